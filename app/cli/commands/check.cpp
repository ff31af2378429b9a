#include "commands.h"
#include "core/annex.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace klausul::cli::commands {

namespace {

QJsonObject issueJson(const Issue &issue)
{
    QJsonObject object {{QStringLiteral("severity"), severityKeyword(issue.severity)},
        {QStringLiteral("message"), issue.message}, {QStringLiteral("file"), issue.file},
        {QStringLiteral("line"), issue.line}, {QStringLiteral("column"), issue.column}};
    if (!issue.clauseId.isEmpty())
        object.insert(QStringLiteral("clause"), issue.clauseId);
    if (!issue.itemId.isEmpty())
        object.insert(QStringLiteral("item"), issue.itemId);
    if (!issue.field.isEmpty())
        object.insert(QStringLiteral("field"), issue.field);
    return object;
}

/** `check DRAFT`: the problems of the draft's annex. */
class Check : public DraftCommand
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::Check)

protected:
    QString description() const override
    {
        return tr("List the problems of a draft's annex: unfilled or invalid "
                  "values, missing or withdrawn clauses, outdated clause versions.");
    }
    void addDraftOptions(QCommandLineParser &parser) override { parser.addOption(jsonOption()); }

    int runDraft(const QCommandLineParser &parser) override
    {
        const Annex annex = AnnexBuilder::build(*m_library, m_draft, m_path);
        const int errors = countIssues(annex.issues, Issue::Severity::Error);
        const int warnings = countIssues(annex.issues, Issue::Severity::Warning);
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray problems;
            for (const Issue &issue : annex.issues)
                problems.append(issueJson(issue));
            printJson(QJsonObject {{QStringLiteral("draft"), m_path},
                {QStringLiteral("requirements"), annex.requirementCount()},
                {QStringLiteral("errors"), errors}, {QStringLiteral("warnings"), warnings},
                {QStringLiteral("problems"), problems}});
        } else {
            printIssues(annex.issues);
            *m_out << tr("%n requirement(s)", nullptr, annex.requirementCount())
                   << QStringLiteral(": ") << tr("%n error(s)", nullptr, errors)
                   << QStringLiteral(", ") << tr("%n warning(s)", nullptr, warnings) << '\n';
        }
        return errors > 0 ? Invalid : Success;
    }
};

} // namespace

std::unique_ptr<Command> check()
{
    return std::make_unique<Check>();
}

} // namespace klausul::cli::commands
