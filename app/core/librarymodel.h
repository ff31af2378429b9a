#pragma once

#include "library.h"

#include <QAbstractItemModel>

namespace klausul {

/**
 * The library as a two-level tree for views: themes (manifest order), each with its clauses.
 * Read-only; the library it shows is immutable, so it is replaced as a whole with setLibrary().
 */
class LibraryModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, TypeColumn, OptionColumn, ColumnCount };
    enum Role {
        ClauseIdRole = Qt::UserRole + 1, ///< QString; empty for theme rows
        ThemeIdRole, ///< QString
        IsThemeRole, ///< bool
        StatusRole, ///< QString status code (clause rows)
    };

    explicit LibraryModel(QObject *parent = nullptr);

    void setLibrary(LibraryPtr library);
    const LibraryPtr &library() const { return m_library; }
    /** The language of titles and theme names. */
    void setLanguage(Language language);
    Language language() const { return m_language; }

    /** The index of a clause's row (column 0), or an invalid index. */
    QModelIndex indexOfClause(const QString &clauseId) const;
    /** The clause of a clause row, or nullptr for theme rows. */
    const Clause *clauseAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    /** The MIME type of dragged clause ids (one per line). */
    static QString clauseMimeType();

private:
    void rebuild();

    LibraryPtr m_library;
    Language m_language = Language::Danish;
    QList<QList<int>> m_clausesByTheme; // per theme row: indexes into Library::clauses()
    QList<QString> m_themeIds; // per theme row
};

} // namespace klausul
