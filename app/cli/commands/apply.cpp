#include "commands.h"
#include "core/draftdocument.h"
#include "core/riskprofile.h"

#include <QTextStream>

namespace klausul::cli::commands {

void addApplyOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("types"),
        Command::tr("Only add suggestions of these requirement types (comma-separated, e.g. "
                    "MK,PK); clauses already in the draft are always kept."),
        QStringLiteral("MK,PK,K")});
    parser.addOption({QStringLiteral("tiers"),
        Command::tr("Add suggestions of these tiers (comma-separated: core, recommended, "
                    "optional); default core,recommended, as the wizard ticks them."),
        QStringLiteral("core,recommended")});
}

bool parseTiers(const QCommandLineParser &parser, QList<Tier> *tiers)
{
    if (!parser.isSet(QStringLiteral("tiers"))) {
        *tiers = {Tier::Core, Tier::Recommended};
        return true;
    }
    for (const QString &code :
        parser.value(QStringLiteral("tiers")).split(u',', Qt::SkipEmptyParts)) {
        const std::optional<Tier> tier = tierFromCode(code.trimmed().toLower());
        if (!tier)
            return false;
        tiers->append(*tier);
    }
    return !tiers->isEmpty();
}

bool parseTypes(const QCommandLineParser &parser, QList<RequirementType> *types)
{
    if (!parser.isSet(QStringLiteral("types")))
        return true;
    for (const QString &code :
        parser.value(QStringLiteral("types")).split(u',', Qt::SkipEmptyParts)) {
        const std::optional<RequirementType> type = requirementTypeFromCode(code.trimmed());
        if (!type || *type == RequirementType::Option)
            return false;
        types->append(*type);
    }
    return !types->isEmpty();
}

void applySuggestions(DraftDocument &document, const QList<RequirementType> &types,
    const QList<Tier> &tiers, const QString &author)
{
    const Library &library = *document.library();
    const Draft &draft = document.draft();
    const ProfileSelection selection =
        RiskProfile::defaultSelection(library, draft, draft.answers, types, tiers);
    document.replaceDraft(RiskProfile::apply(library, draft, draft.answers, selection.keep,
                              selection.variants, {}, author),
        Command::tr("Apply the risk profile"));
}

namespace {

/** `apply DRAFT`: takes the risk profile's suggestions, keeping the user's own choices. */
class Apply : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::Apply)

protected:
    QString description() const override
    {
        return tr("Add the core and recommended clauses the draft's risk profile suggests, with "
                  "their suggested variants, as accepting the wizard does: clauses already in the "
                  "draft stay with "
                  "your values, variants, wording and comments; nothing is removed.");
    }
    void addEditOptions(QCommandLineParser &parser) override
    {
        addApplyOptions(parser);
        parser.addOption(asOption());
    }
    int checkOptions(const QCommandLineParser &parser) override
    {
        QList<RequirementType> types;
        if (!parseTypes(parser, &types))
            return usage(tr("--types must list MK, PK or K, comma-separated"));
        QList<Tier> tiers;
        if (!parseTiers(parser, &tiers))
            return usage(tr("--tiers must list core, recommended or optional, comma-separated"));
        return -1;
    }

    int edit(DraftDocument &document, const QCommandLineParser &parser) override
    {
        QList<RequirementType> types;
        parseTypes(parser, &types);
        QList<Tier> tiers;
        parseTiers(parser, &tiers);
        applySuggestions(document, types, tiers, author(parser));
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> apply()
{
    return std::make_unique<Apply>();
}

} // namespace klausul::cli::commands
