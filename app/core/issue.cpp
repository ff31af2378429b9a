#include "issue.h"

#include <algorithm>

namespace klausul {

namespace {
Issue make(
    Issue::Severity severity, const QString &message, const QString &file, int line, int column)
{
    Issue issue;
    issue.severity = severity;
    issue.message = message;
    issue.file = file;
    issue.line = line;
    issue.column = column;
    return issue;
}
} // namespace

Issue Issue::error(const QString &message, const QString &file, int line, int column)
{
    return make(Severity::Error, message, file, line, column);
}

Issue Issue::warning(const QString &message, const QString &file, int line, int column)
{
    return make(Severity::Warning, message, file, line, column);
}

Issue Issue::note(const QString &message, const QString &file, int line, int column)
{
    return make(Severity::Note, message, file, line, column);
}

QString Issue::toString() const
{
    QString location = file;
    if (!location.isEmpty() && line > 0) {
        location += u':' + QString::number(line);
        if (column > 0)
            location += u':' + QString::number(column);
    }
    QString text;
    if (!location.isEmpty())
        text = location + QStringLiteral(": ");
    text += severityKeyword(severity) + QStringLiteral(": ") + message;
    return text;
}

bool operator==(const Issue &a, const Issue &b)
{
    return a.severity == b.severity && a.category == b.category && a.message == b.message &&
        a.file == b.file && a.line == b.line && a.column == b.column && a.clauseId == b.clauseId &&
        a.itemId == b.itemId && a.field == b.field;
}

QString severityKeyword(Issue::Severity severity)
{
    switch (severity) {
    case Issue::Severity::Error:
        return QStringLiteral("error");
    case Issue::Severity::Warning:
        return QStringLiteral("warning");
    case Issue::Severity::Note:
        return QStringLiteral("note");
    }
    return QStringLiteral("error");
}

int countIssues(const IssueList &issues, Issue::Severity severity)
{
    return int(std::count_if(issues.cbegin(), issues.cend(),
        [severity](const Issue &i) { return i.severity == severity; }));
}

bool hasErrors(const IssueList &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const Issue &i) { return i.isError(); });
}

bool hasIoErrors(const IssueList &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
        [](const Issue &i) { return i.category == Issue::Category::Io; });
}

} // namespace klausul
