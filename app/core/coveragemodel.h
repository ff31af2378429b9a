#pragma once

#include "coverage.h"

#include <QAbstractTableModel>

namespace klausul {

/** One framework's Statement of Applicability as a table: control, title, included, requirements,
 * justification. */
class CoverageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ControlColumn,
        TitleColumn,
        IncludedColumn,
        RequirementsColumn,
        JustificationColumn,
        ColumnCount
    };
    enum Role { ControlIdRole = Qt::UserRole + 1, CoveredRole, ExcludedRole };

    explicit CoverageModel(QObject *parent = nullptr);
    void setStatement(const FrameworkStatement &statement);
    const FrameworkStatement &statement() const { return m_statement; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    FrameworkStatement m_statement;
};

} // namespace klausul
