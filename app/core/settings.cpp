#include "settings.h"

#include <QSettings>

namespace klausul {

namespace {

struct Entry
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

const QList<Entry> &table()
{
    static const QList<Entry> entries {
        {Settings::Key::LibraryFolders, "library/folders", QStringList()},
        {Settings::Key::AuthorName, "review/author", QString()},
        {Settings::Key::AuthorRole, "review/role", QString()},
        {Settings::Key::DefaultEdition, "export/edition", QStringLiteral("tender")},
        {Settings::Key::DefaultLanguage, "export/language", QStringLiteral("da")},
        {Settings::Key::UiLanguage, "ui/language", QStringLiteral("system")},
        {Settings::Key::RecentFiles, "files/recent", QStringList()},
        {Settings::Key::LastFolder, "files/lastFolder", QString()},
        {Settings::Key::AutosaveSeconds, "files/autosaveSeconds", 60},
        {Settings::Key::WindowGeometry, "window/geometry", QByteArray()},
        {Settings::Key::WindowState, "window/state", QByteArray()},
    };
    return entries;
}

const Entry &entry(Settings::Key key)
{
    for (const Entry &e : table()) {
        if (e.key == key)
            return e;
    }
    return table().first();
}

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{ }

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

Settings::~Settings() = default;

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(entry(key).name);
}

QVariant Settings::value(Key key) const
{
    const QVariant stored = m_settings->value(keyName(key), defaultValue(key));
    // QSettings returns an empty list as an invalid variant in INI files.
    if (!stored.isValid())
        return defaultValue(key);
    return stored;
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(keyName(key), value);
}

void Settings::reset(Key key)
{
    m_settings->remove(keyName(key));
}

QString Settings::authorName() const
{
    return value(Key::AuthorName).toString().simplified();
}

QString Settings::authorSignature() const
{
    const QString name = authorName();
    const QString role = authorRole();
    if (name.isEmpty() || role.isEmpty())
        return name;
    return name + QStringLiteral(" (") + role + u')';
}

Edition Settings::defaultEdition() const
{
    return editionFromCode(value(Key::DefaultEdition).toString()).value_or(Edition::Tender);
}

Language Settings::defaultLanguage() const
{
    return languageFromCode(value(Key::DefaultLanguage).toString()).value_or(Language::Danish);
}

Language Settings::uiLanguage() const
{
    const QString setting = value(Key::UiLanguage).toString();
    if (setting == QLatin1String("system"))
        return systemLanguage();
    return languageFromCode(setting).value_or(systemLanguage());
}

void Settings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > 10)
        files.removeLast();
    setValue(Key::RecentFiles, files);
}

} // namespace klausul
