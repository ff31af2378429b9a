#include "commands.h"
#include "core/draftdiff.h"

#include <QJsonObject>
#include <QTextStream>

namespace klausul::cli::commands {

namespace {

/** `diff DRAFT-A DRAFT-B`: what changed from one draft to another. */
class Diff : public DraftCommand
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::Diff)

protected:
    QString description() const override
    {
        return tr("Show what changed from DRAFT to OTHER: requirements added, removed and "
                  "renumbered, values, variants, types, wording word by word ([-deleted-] "
                  "{+inserted+}), review status and comments, answers, annex details, "
                  "explanations, exclusions and versions.");
    }
    QString arguments() const override { return QStringLiteral("OTHER"); }
    std::pair<int, int> argumentCount() const override { return {1, 1}; }
    void addDraftOptions(QCommandLineParser &parser) override { parser.addOption(jsonOption()); }

    int runDraft(const QCommandLineParser &parser) override
    {
        int code = Success;
        const std::optional<Draft> other = loadDraft(m_arguments.constFirst(), &code);
        if (!other)
            return code;
        const QList<DraftDifference> differences = DraftDiff::compare(m_draft, *other);
        if (parser.isSet(QStringLiteral("json")))
            printJson(QJsonObject {{QStringLiteral("before"), m_path},
                {QStringLiteral("after"), m_arguments.constFirst()},
                {QStringLiteral("changes"), DraftDiff::toJson(differences)}});
        else
            *m_out << DraftDiff::toText(differences);
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> diff()
{
    return std::make_unique<Diff>();
}

} // namespace klausul::cli::commands
