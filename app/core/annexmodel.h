#pragma once

#include "draftdocument.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace klausul {

/**
 * The draft's annex as a tree for views: sections, each with its numbered requirements, with the
 * state a reviewer needs as badges. Reordering by drag and drop and dropping clauses from the
 * library go through the document's undo stack.
 */
class AnnexModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, TypeColumn, StatusColumn, ColumnCount };
    enum Role {
        UidRole = Qt::UserRole + 1, ///< QString item uid; empty for sections
        SectionRole, ///< int section index
        IsSectionRole, ///< bool
        BadgesRole, ///< int: Badge flags
        ClauseIdRole, ///< QString
    };
    enum Badge {
        Unfilled = 0x1, ///< a parameter has no value
        Deviation = 0x2, ///< own wording differs from the standard text
        Commented = 0x4, ///< has review comments
        Ready = 0x8, ///< review status: ready for review
        Approved = 0x10, ///< review status: approved
        Problem = 0x20, ///< has an error in the problems list
        Outdated = 0x40, ///< based on an older clause version or a withdrawn clause
        ChangedSinceApproval = 0x80, ///< approved, then changed (derived from the fingerprint)
        NotReviewed = 0x100, ///< review status: draft
    };

    explicit AnnexModel(QObject *parent = nullptr);
    void setDocument(DraftDocument *document);
    DraftDocument *document() const { return m_document; }

    QModelIndex indexOfItem(const QString &uid) const;
    QString uidAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;

    static QString itemMimeType();

private:
    /** What a row shows: only rows whose state changed are reported to the views. */
    struct RowState
    {
        QString title;
        QString type;
        int badges = 0;
        int clauseVersion = 0;
        friend bool operator==(const RowState &a, const RowState &b)
        {
            return a.title == b.title && a.type == b.type && a.badges == b.badges &&
                a.clauseVersion == b.clauseVersion;
        }
    };

    void documentChanged();
    QStringList structure() const;
    int badges(const QString &uid) const;
    QString sectionTitle(int section) const;
    /** Reads the issue flags of every requirement from the annex (once per change). */
    void indexIssues();
    /** Per section: its title and the state of each of its rows. */
    QList<std::pair<QString, QList<RowState>>> rowStates() const;

    QPointer<DraftDocument> m_document;
    QStringList m_structure; // section ids and item uids, to tell edits from reshapes
    QHash<QString, int> m_issueFlags; // uid -> Problem | Outdated, from the annex's issues
    QList<std::pair<QString, QList<RowState>>> m_rows;
};

} // namespace klausul
