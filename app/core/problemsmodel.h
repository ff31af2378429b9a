#pragma once

#include "issue.h"

#include <QAbstractListModel>

namespace klausul {

/** A list of Issues for the problems panel; activating one navigates to what it names. */
class ProblemsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        SeverityRole = Qt::UserRole + 1, ///< int Issue::Severity
        ItemRole, ///< QString draft item uid
        FieldRole, ///< QString field, e.g. "param:deadline"
        ClauseRole, ///< QString clause id
    };

    explicit ProblemsModel(QObject *parent = nullptr);
    void setIssues(const IssueList &issues);
    const IssueList &issues() const { return m_issues; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    IssueList m_issues;
};

} // namespace klausul
