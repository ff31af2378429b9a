#include "annexmodel.h"

#include "documenttext.h"
#include "librarymodel.h"

#include <QColor>
#include <QMimeData>

namespace klausul {

namespace {
constexpr quintptr SectionRowId = 0; // items carry their section row + 1
} // namespace

AnnexModel::AnnexModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void AnnexModel::setDocument(DraftDocument *document)
{
    beginResetModel();
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document)
        connect(m_document, &DraftDocument::changed, this, &AnnexModel::documentChanged);
    m_structure = structure();
    indexIssues();
    m_rows = rowStates();
    endResetModel();
}

QStringList AnnexModel::structure() const
{
    QStringList shape;
    if (!m_document)
        return shape;
    for (const DraftSection &section : m_document->draft().sections) {
        shape << u'#' + section.id;
        for (const DraftItem &item : section.items)
            shape << item.uid;
    }
    return shape;
}

void AnnexModel::documentChanged()
{
    const QStringList shape = structure();
    if (shape != m_structure) {
        beginResetModel();
        m_structure = shape;
        indexIssues();
        m_rows = rowStates();
        endResetModel();
        return;
    }
    // Only the rows that show something else: a view told that every row changed measures
    // them all again (its resize-to-contents column), which costs more than the edit itself.
    indexIssues();
    const QList<std::pair<QString, QList<RowState>>> rows = rowStates();
    for (int s = 0; s < rows.size(); ++s) {
        const bool known =
            s < m_rows.size() && m_rows.at(s).second.size() == rows.at(s).second.size();
        if (!known || m_rows.at(s).first != rows.at(s).first)
            emit dataChanged(index(s, 0), index(s, ColumnCount - 1));
        const QModelIndex parent = index(s, 0);
        const QList<RowState> &now = rows.at(s).second;
        for (int r = 0; r < now.size();) {
            if (known && m_rows.at(s).second.at(r) == now.at(r)) {
                ++r;
                continue;
            }
            int last = r;
            while (last + 1 < now.size() &&
                !(known && m_rows.at(s).second.at(last + 1) == now.at(last + 1)))
                ++last;
            emit dataChanged(index(r, 0, parent), index(last, ColumnCount - 1, parent));
            r = last + 1;
        }
    }
    m_rows = rows;
}

void AnnexModel::indexIssues()
{
    m_issueFlags.clear();
    if (!m_document)
        return;
    for (const Issue &issue : m_document->annex().issues) {
        if (issue.itemId.isEmpty())
            continue;
        int flags = 0;
        if (issue.isError())
            flags |= Problem;
        if (issue.field == QLatin1String("version") ||
            issue.message.contains(QLatin1String("withdrawn")))
            flags |= Outdated;
        m_issueFlags[issue.itemId] |= flags;
    }
}

QString AnnexModel::sectionTitle(int row) const
{
    const Draft &draft = m_document->draft();
    const DraftSection &section = draft.sections.at(row);
    for (const AnnexSection &annexSection : m_document->annex().sections) {
        if (annexSection.id == section.id)
            return annexSection.title;
    }
    return section.title.get(draft.metadata.language);
}

QList<std::pair<QString, QList<AnnexModel::RowState>>> AnnexModel::rowStates() const
{
    QList<std::pair<QString, QList<RowState>>> states;
    if (!m_document)
        return states;
    const Draft &draft = m_document->draft();
    const Annex &annex = m_document->annex();
    for (int s = 0; s < draft.sections.size(); ++s) {
        QList<RowState> rows;
        for (const DraftItem &item : draft.sections.at(s).items) {
            const AnnexRequirement *requirement = annex.requirement(item.uid);
            rows.append({draft.numberLabel(item.number) + QStringLiteral("  ") +
                    (requirement ? requirement->title : item.clauseId),
                requirement ? requirementTypeCode(requirement->type) : QString(), badges(item.uid),
                item.clauseVersion});
        }
        states.append({sectionTitle(s), rows});
    }
    return states;
}

QModelIndex AnnexModel::indexOfItem(const QString &uid) const
{
    if (!m_document)
        return {};
    const auto [section, row] = m_document->draft().locate(uid);
    return section < 0 ? QModelIndex() : createIndex(row, 0, quintptr(section + 1));
}

QString AnnexModel::uidAt(const QModelIndex &index) const
{
    return index.data(UidRole).toString();
}

QModelIndex AnnexModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, SectionRowId);
    if (parent.internalId() != SectionRowId)
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex AnnexModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == SectionRowId)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, SectionRowId);
}

int AnnexModel::rowCount(const QModelIndex &parent) const
{
    if (!m_document)
        return 0;
    const QList<DraftSection> &sections = m_document->draft().sections;
    if (!parent.isValid())
        return int(sections.size());
    if (parent.column() != 0 || parent.internalId() != SectionRowId)
        return 0;
    return int(sections.at(parent.row()).items.size());
}

int AnnexModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

int AnnexModel::badges(const QString &uid) const
{
    const Annex &annex = m_document->annex();
    const AnnexRequirement *requirement = annex.requirement(uid);
    int flags = 0;
    if (!requirement)
        return flags;
    if (!requirement->unfilled.isEmpty())
        flags |= Unfilled;
    if (requirement->deviates)
        flags |= Deviation;
    if (!requirement->comments.isEmpty())
        flags |= Commented;
    switch (requirement->reviewState) {
    case ReviewState::Draft:
        flags |= NotReviewed;
        break;
    case ReviewState::Ready:
        flags |= Ready;
        break;
    case ReviewState::Approved:
        flags |= Approved;
        break;
    case ReviewState::ChangedSinceApproval:
        flags |= ChangedSinceApproval;
        break;
    }
    return flags | m_issueFlags.value(uid);
}

QVariant AnnexModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_document)
        return {};
    const Draft &draft = m_document->draft();
    if (index.internalId() == SectionRowId) {
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == TitleColumn ? QVariant(sectionTitle(index.row())) : QVariant();
        case SectionRole:
            return index.row();
        case IsSectionRole:
            return true;
        case UidRole:
            return QString();
        default:
            return {};
        }
    }
    const int sectionRow = int(index.internalId()) - 1;
    const DraftItem &item = draft.sections.at(sectionRow).items.at(index.row());
    const AnnexRequirement *requirement = m_document->annex().requirement(item.uid);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return draft.numberLabel(item.number) + QStringLiteral("  ") +
                (requirement ? requirement->title : item.clauseId);
        case TypeColumn:
            return requirement ? requirementTypeCode(requirement->type) : QString();
        case StatusColumn: {
            const int flags = badges(item.uid);
            QStringList marks;
            if (flags & Problem)
                marks << tr("problem");
            else if (flags & Unfilled)
                marks << tr("unfilled");
            if (flags & Deviation)
                marks << tr("own wording");
            if (flags & Commented)
                marks << tr("comment");
            if (flags & Outdated)
                marks << tr("outdated");
            if (flags & Approved)
                marks << tr("approved");
            else if (flags & Ready)
                marks << tr("for review");
            return marks.join(QStringLiteral(", "));
        }
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn) {
            const int flags = badges(item.uid);
            if (flags & (Problem | Unfilled))
                return QColor(0xb4, 0x23, 0x18);
            if (flags & Approved)
                return QColor(0x1a, 0x7f, 0x37);
            if (flags & (Deviation | Outdated))
                return QColor(0x9a, 0x67, 0x00);
        }
        return {};
    case Qt::ToolTipRole:
        if (requirement && !item.clauseId.isEmpty())
            return tr("Clause %1, version %2").arg(item.clauseId).arg(item.clauseVersion);
        return {};
    case Qt::AccessibleTextRole:
        return draft.numberLabel(item.number) + u' ' +
            (requirement ? requirement->title : item.clauseId);
    case UidRole:
        return item.uid;
    case SectionRole:
        return sectionRow;
    case IsSectionRole:
        return false;
    case BadgesRole:
        return badges(item.uid);
    case ClauseIdRole:
        return item.clauseId;
    default:
        return {};
    }
}

QVariant AnnexModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Requirement");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags AnnexModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    if (index.internalId() == SectionRowId)
        return Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions AnnexModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QString AnnexModel::itemMimeType()
{
    return QStringLiteral("application/x-klausul-item-uid");
}

QStringList AnnexModel::mimeTypes() const
{
    return {itemMimeType(), LibraryModel::clauseMimeType()};
}

QMimeData *AnnexModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        const QString uid = uidAt(index);
        if (!uid.isEmpty()) {
            auto *mime = new QMimeData;
            mime->setData(itemMimeType(), uid.toUtf8());
            return mime;
        }
    }
    return nullptr;
}

bool AnnexModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const
{
    return m_document && data &&
        (data->hasFormat(itemMimeType()) || data->hasFormat(LibraryModel::clauseMimeType()));
}

bool AnnexModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    int section = -1;
    if (parent.isValid()) {
        if (parent.internalId() == SectionRowId) {
            section = parent.row();
        } else {
            section = int(parent.internalId()) - 1;
            row = parent.row() + 1;
        }
    } else if (row >= 0 && row < rowCount()) {
        section = row; // dropped between sections: at the start of the next one
        row = 0;
    } else if (rowCount() > 0 && data->hasFormat(itemMimeType())) {
        section = rowCount() - 1;
        row = -1;
    }
    if (data->hasFormat(itemMimeType())) {
        const QString uid = QString::fromUtf8(data->data(itemMimeType()));
        if (section < 0)
            return false;
        const auto [from, fromRow] = m_document->draft().locate(uid);
        if (from == section && row > fromRow)
            --row; // the item leaves its old place first
        if (row < 0)
            row = int(m_document->draft().sections.at(section).items.size());
        m_document->moveItem(uid, section, row);
        // The view must not remove the source row itself: the model already moved it.
        return false;
    }
    const QStringList ids = QString::fromUtf8(data->data(LibraryModel::clauseMimeType()))
                                .split(u'\n', Qt::SkipEmptyParts);
    for (const QString &id : ids)
        m_document->addClause(id, section, row < 0 ? -1 : row++);
    return true;
}

} // namespace klausul
