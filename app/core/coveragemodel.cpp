#include "coveragemodel.h"

#include <QColor>

namespace klausul {

CoverageModel::CoverageModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CoverageModel::setStatement(const FrameworkStatement &statement)
{
    beginResetModel();
    m_statement = statement;
    endResetModel();
}

int CoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_statement.controls.size());
}

int CoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoverageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_statement.controls.size())
        return {};
    const ControlCoverage &control = m_statement.controls.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ControlColumn:
            return control.id;
        case TitleColumn:
            return control.title;
        case IncludedColumn:
            if (!control.coveredByRequirement() && control.covered())
                return tr("through option %1").arg(control.throughOption);
            return control.covered() ? tr("yes") : control.excluded ? tr("excluded") : tr("no");
        case RequirementsColumn:
            if (!control.coveredByRequirement() && control.covered())
                return control.optionRequirement;
            return control.requirements.join(QStringLiteral(", "));
        case JustificationColumn:
            return control.justification;
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == IncludedColumn)
            return control.covered() ? QColor(0x1a, 0x6b, 0x2f)
                : control.excluded   ? QColor(0x7a, 0x52, 0x00)
                                     : QColor(0xb4, 0x23, 0x18);
        return {};
    case ControlIdRole:
        return control.id;
    case CoveredRole:
        return control.covered();
    case ExcludedRole:
        return control.excluded;
    default:
        return {};
    }
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ControlColumn:
        return tr("Control");
    case TitleColumn:
        return tr("Title");
    case IncludedColumn:
        return tr("Included");
    case RequirementsColumn:
        return tr("Requirements");
    case JustificationColumn:
        return tr("Justification");
    default:
        return {};
    }
}

} // namespace klausul
