#include "commands.h"
#include "core/draftdocument.h"

#include <QTextStream>

namespace klausul::cli::commands {

namespace {

/** `add DRAFT CLAUSE-ID`: adds a clause (to the section of its theme, or --section). */
class Add : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::Add)

protected:
    QString description() const override
    {
        return tr("Add a library clause to the draft, in the section of its theme (made when "
                  "missing) or at the end of section S.");
    }
    QString arguments() const override { return QStringLiteral("CLAUSE-ID"); }
    std::pair<int, int> argumentCount() const override { return {1, 1}; }
    void addEditOptions(QCommandLineParser &parser) override
    {
        parser.addOption(
            {QStringLiteral("variant"), tr("Use variant V of the clause."), QStringLiteral("V")});
        parser.addOption({QStringLiteral("section"),
            tr("Add to section S (its id, e.g. s3, or its theme, e.g. adgang)."),
            QStringLiteral("S")});
    }

    int edit(DraftDocument &document, const QCommandLineParser &parser) override
    {
        const QString id = m_arguments.constFirst();
        const Clause *clause = m_library->clause(id);
        if (!clause)
            return fail(Invalid, tr("no clause with id \"%1\"").arg(id));
        const Draft &draft = document.draft();
        if (const QList<const DraftItem *> items = draft.itemsForClause(id); !items.isEmpty())
            return fail(Invalid,
                tr("%1 is already in the draft as %2")
                    .arg(id, draft.numberLabel(items.constFirst()->number)));
        const QString variant = parser.value(QStringLiteral("variant"));
        if (!variant.isEmpty() && !clause->variant(variant))
            return fail(Invalid, tr("%1 has no variant \"%2\"").arg(id, variant));
        int section = -1;
        if (parser.isSet(QStringLiteral("section"))) {
            const QString wanted = parser.value(QStringLiteral("section"));
            for (int s = 0; s < draft.sections.size(); ++s) {
                if (draft.sections.at(s).id == wanted || draft.sections.at(s).theme == wanted)
                    section = s;
            }
            if (section < 0)
                return fail(Invalid, tr("the draft has no section \"%1\"").arg(wanted));
        }
        const QString uid = document.addClause(id, section);
        if (!variant.isEmpty())
            document.setVariant(uid, variant);
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> add()
{
    return std::make_unique<Add>();
}

} // namespace klausul::cli::commands
