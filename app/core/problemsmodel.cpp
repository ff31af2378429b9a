#include "problemsmodel.h"

#include <QIcon>

namespace klausul {

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ProblemsModel::setIssues(const IssueList &issues)
{
    if (issues == m_issues)
        return;
    beginResetModel();
    m_issues = issues;
    endResetModel();
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_issues.size())
        return {};
    const Issue &issue = m_issues.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return (issue.isError()                              ? tr("Error: %1")
                : issue.severity == Issue::Severity::Warning ? tr("Warning: %1")
                                                             : tr("Note: %1"))
            .arg(issue.message);
    case Qt::DecorationRole:
        return QIcon::fromTheme(
            issue.isError() ? QStringLiteral("dialog-error") : QStringLiteral("dialog-warning"));
    case Qt::ToolTipRole:
        return issue.toString();
    case SeverityRole:
        return int(issue.severity);
    case ItemRole:
        return issue.itemId;
    case FieldRole:
        return issue.field;
    case ClauseRole:
        return issue.clauseId;
    default:
        return {};
    }
}

} // namespace klausul
