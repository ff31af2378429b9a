#include "commands.h"
#include "core/draftdocument.h"

#include <QTextStream>

namespace klausul::cli::commands {

namespace {

/** `explain DRAFT CLAUSE-ID --text T`: follow-or-explain for a clause left out. */
class Explain : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::Explain)

protected:
    QString description() const override
    {
        return tr("Explain why a clause (e.g. a society-critical catalogue provision) is not in "
                  "the annex; an empty text removes the explanation.");
    }
    QString arguments() const override { return QStringLiteral("CLAUSE-ID"); }
    std::pair<int, int> argumentCount() const override { return {1, 1}; }
    void addEditOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("text"), tr("The explanation."), QStringLiteral("T")});
        parser.addOption(asOption());
    }
    int checkOptions(const QCommandLineParser &parser) override
    {
        if (!parser.isSet(QStringLiteral("text")))
            return usage(tr("explain needs --text T"));
        return -1;
    }

    int edit(DraftDocument &document, const QCommandLineParser &parser) override
    {
        const QString id = m_arguments.constFirst();
        if (!m_library->clause(id))
            return fail(Invalid, tr("no clause with id \"%1\"").arg(id));
        if (const QList<const DraftItem *> items = document.draft().itemsForClause(id);
            !items.isEmpty())
            return fail(Invalid,
                tr("%1 is in the draft as %2; only a clause left out is explained")
                    .arg(id, document.draft().numberLabel(items.constFirst()->number)));
        document.setExplanation(id, author(parser), parser.value(QStringLiteral("text")));
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> explain()
{
    return std::make_unique<Explain>();
}

} // namespace klausul::cli::commands
