#include "librarymodel.h"

#include <QMimeData>

namespace klausul {

namespace {
// Internal ids: 0 for theme rows; theme row + 1 for clause rows (their parent's row).
constexpr quintptr ThemeRowId = 0;
} // namespace

LibraryModel::LibraryModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void LibraryModel::setLibrary(LibraryPtr library)
{
    beginResetModel();
    m_library = std::move(library);
    rebuild();
    endResetModel();
}

void LibraryModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        for (int row = 0; row < rowCount(); ++row) {
            const QModelIndex parent = index(row, 0);
            if (rowCount(parent) > 0)
                emit dataChanged(
                    index(0, 0, parent), index(rowCount(parent) - 1, ColumnCount - 1, parent));
        }
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void LibraryModel::rebuild()
{
    m_clausesByTheme.clear();
    m_themeIds.clear();
    if (!m_library)
        return;
    QHash<QString, int> themeRow;
    for (const Theme &theme : m_library->themes()) {
        themeRow.insert(theme.id, int(m_themeIds.size()));
        m_themeIds << theme.id;
        m_clausesByTheme.append(QList<int>());
    }
    const QList<Clause> &clauses = m_library->clauses();
    for (int i = 0; i < clauses.size(); ++i) {
        auto it = themeRow.find(clauses.at(i).theme);
        if (it == themeRow.end()) { // a clause with an undeclared theme still shows up
            it = themeRow.insert(clauses.at(i).theme, int(m_themeIds.size()));
            m_themeIds << clauses.at(i).theme;
            m_clausesByTheme.append(QList<int>());
        }
        m_clausesByTheme[it.value()].append(i);
    }
}

QModelIndex LibraryModel::indexOfClause(const QString &clauseId) const
{
    if (!m_library)
        return {};
    const int clause = m_library->indexOf(clauseId);
    if (clause < 0)
        return {};
    for (int theme = 0; theme < m_clausesByTheme.size(); ++theme) {
        const int row = int(m_clausesByTheme.at(theme).indexOf(clause));
        if (row >= 0)
            return createIndex(row, 0, quintptr(theme + 1));
    }
    return {};
}

const Clause *LibraryModel::clauseAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == ThemeRowId || !m_library)
        return nullptr;
    const int theme = int(index.internalId()) - 1;
    return &m_library->clauses().at(m_clausesByTheme.at(theme).at(index.row()));
}

QModelIndex LibraryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, ThemeRowId);
    if (parent.internalId() != ThemeRowId)
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex LibraryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == ThemeRowId)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, ThemeRowId);
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_themeIds.size());
    if (parent.column() != 0 || parent.internalId() != ThemeRowId)
        return 0;
    return int(m_clausesByTheme.at(parent.row()).size());
}

int LibraryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_library)
        return {};
    if (index.internalId() == ThemeRowId) {
        const QString &themeId = m_themeIds.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == TitleColumn) {
                const Theme *theme = m_library->theme(themeId);
                return theme ? theme->name.get(m_language) : themeId;
            }
            return {};
        case ThemeIdRole:
            return themeId;
        case IsThemeRole:
            return true;
        case ClauseIdRole:
            return QString();
        default:
            return {};
        }
    }
    const Clause *clause = clauseAt(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return clause->id + QStringLiteral("  ") + clause->title.get(m_language);
        case TypeColumn:
            return requirementTypeCode(clause->type);
        case OptionColumn:
            return optionCode(clause->option);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return clause->title.get(m_language);
    case Qt::AccessibleTextRole:
        return clause->id + QStringLiteral(": ") + clause->title.get(m_language);
    case ClauseIdRole:
        return clause->id;
    case ThemeIdRole:
        return clause->theme;
    case IsThemeRole:
        return false;
    case StatusRole:
        return statusCode(clause->status);
    default:
        return {};
    }
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Clause");
    case TypeColumn:
        return tr("Type");
    case OptionColumn:
        return tr("Option");
    default:
        return {};
    }
}

Qt::ItemFlags LibraryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == ThemeRowId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QString LibraryModel::clauseMimeType()
{
    return QStringLiteral("application/x-klausul-clause-ids");
}

QStringList LibraryModel::mimeTypes() const
{
    return {clauseMimeType()};
}

QMimeData *LibraryModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        if (const Clause *clause = clauseAt(index); clause && !ids.contains(clause->id))
            ids << clause->id;
    }
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(clauseMimeType(), ids.join(u'\n').toUtf8());
    mime->setText(ids.join(u'\n'));
    return mime;
}

} // namespace klausul
