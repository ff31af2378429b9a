#pragma once

#include "edition.h"
#include "language.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;

namespace klausul {

/**
 * Klausul's settings as typed keys with one table of defaults. The storage is QSettings in the
 * user's configuration folder; tests give the constructor a file of their own.
 */
class Settings
{
public:
    enum class Key {
        LibraryFolders, ///< QStringList: organisation libraries layered on the bundled one
        AuthorName, ///< QString: author of review comments and explanations
        AuthorRole, ///< QString: the reviewer's role, e.g. "Jurist" (shown with the name)
        DefaultEdition, ///< QString: tender | contract | review
        DefaultLanguage, ///< QString: da | en, the document language of new drafts
        UiLanguage, ///< QString: system | da | en
        RecentFiles, ///< QStringList, newest first
        LastFolder, ///< QString
        AutosaveSeconds, ///< int: seconds between autosaves of the recovery file
        WindowGeometry, ///< QByteArray
        WindowState, ///< QByteArray
    };

    /** The user's settings. */
    Settings();
    /** Settings in an INI file of their own (tests). */
    explicit Settings(const QString &iniFile);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);

    static QVariant defaultValue(Key key);
    static QString keyName(Key key);

    // Typed shortcuts.
    QStringList libraryFolders() const { return value(Key::LibraryFolders).toStringList(); }
    /**
     * The reviewer's name as set by the user, or empty: never a guess. Review actions ask for the
     * name first (hasAuthor()), so no placeholder such as "?" can reach a draft.
     */
    QString authorName() const;
    QString authorRole() const { return value(Key::AuthorRole).toString().trimmed(); }
    bool hasAuthor() const { return !authorName().isEmpty(); }
    /** "Name (Role)", or the name alone; what comments, approvals and changes record. */
    QString authorSignature() const;
    Edition defaultEdition() const;
    Language defaultLanguage() const;
    /** The UI language: the setting, or the system's when it is "system". */
    Language uiLanguage() const;
    QStringList recentFiles() const { return value(Key::RecentFiles).toStringList(); }
    /** Puts `path` first in the recent files (at most 10). */
    void addRecentFile(const QString &path);
    int autosaveSeconds() const { return value(Key::AutosaveSeconds).toInt(); }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace klausul
