#include "commands.h"
#include "core/clauseupgrade.h"
#include "core/draftdocument.h"

#include <QJsonArray>
#include <QTextStream>

namespace klausul::cli::commands {

namespace {

/**
 * `upgrade DRAFT [NUMBER...]`: what the library's newer clause versions change in the draft's
 * requirements (ClauseUpgrade: the library diff, and old standard / new standard / own wording);
 * with --accept it takes the new versions, and own wording the library changed under needs
 * --keep-wording or --take-standard.
 */
class Upgrade : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::Upgrade)

protected:
    QString description() const override
    {
        return tr("Show what the library's newer clause versions change in the requirements "
                  "(old standard text, new standard text and own wording), and accept them.");
    }
    QString arguments() const override { return QStringLiteral("[NUMBER...]"); }
    std::pair<int, int> argumentCount() const override { return {0, -1}; }

    void addEditOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("accept"),
            tr("Accept the new versions of the given requirements (all outdated ones when no "
               "number is given).")});
        parser.addOption({QStringLiteral("keep-wording"),
            tr("With --accept: keep own wording the library changed under.")});
        parser.addOption({QStringLiteral("take-standard"),
            tr("With --accept: replace such own wording by the new standard text.")});
    }

    int checkOptions(const QCommandLineParser &parser) override
    {
        const bool keep = parser.isSet(QStringLiteral("keep-wording"));
        const bool take = parser.isSet(QStringLiteral("take-standard"));
        if (keep && take)
            return usage(tr("--keep-wording and --take-standard exclude each other"));
        if ((keep || take) && !parser.isSet(QStringLiteral("accept")))
            return usage(tr("--keep-wording and --take-standard need --accept"));
        return -1;
    }

    bool reportOnly(const QCommandLineParser &parser) const override
    {
        return !parser.isSet(QStringLiteral("accept"));
    }

    int edit(DraftDocument &document, const QCommandLineParser &parser) override
    {
        const Draft &draft = document.draft();
        QList<ClauseUpgrade> upgrades;
        if (m_arguments.isEmpty()) {
            upgrades = ClauseUpgrade::forDraft(draft, *m_library);
        } else {
            for (const QString &number : std::as_const(m_arguments)) {
                const DraftItem *item = findItem(draft, number);
                if (!item)
                    return Invalid;
                std::optional<ClauseUpgrade> upgrade =
                    ClauseUpgrade::forItem(draft, item->uid, *m_library);
                if (!upgrade)
                    return fail(Invalid,
                        tr("%1 is already based on the library's version of its clause")
                            .arg(draft.numberLabel(item->number)));
                upgrades.append(*upgrade);
            }
        }

        if (reportOnly(parser)) {
            if (parser.isSet(QStringLiteral("json"))) {
                QJsonArray array;
                for (const ClauseUpgrade &upgrade : std::as_const(upgrades))
                    array.append(upgrade.toJson());
                printJson(QJsonObject {{QStringLiteral("draft"), m_path},
                    {QStringLiteral("library-version"), m_library->info().version},
                    {QStringLiteral("upgrades"), array}});
                return Success;
            }
            if (upgrades.isEmpty())
                *m_out << tr("%1: every requirement is based on the library's current version")
                              .arg(m_path)
                       << '\n';
            for (const ClauseUpgrade &upgrade : std::as_const(upgrades))
                *m_out << upgrade.toText() << '\n';
            return Success;
        }

        const bool keep = parser.isSet(QStringLiteral("keep-wording"));
        const bool take = parser.isSet(QStringLiteral("take-standard"));
        QStringList undecided;
        for (const ClauseUpgrade &upgrade : std::as_const(upgrades)) {
            if (upgrade.needsDecision() && !keep && !take)
                undecided << upgrade.number;
        }
        if (!undecided.isEmpty())
            return fail(Invalid,
                tr("%1: the library changed the standard text under own wording; run without "
                   "--accept to see the three texts, then add --keep-wording or --take-standard")
                    .arg(undecided.join(QStringLiteral(", "))));
        for (const ClauseUpgrade &upgrade : std::as_const(upgrades)) {
            document.acceptClauseVersion(upgrade.uid, take);
        }
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> upgrade()
{
    return std::make_unique<Upgrade>();
}

} // namespace klausul::cli::commands
