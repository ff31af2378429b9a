#include "core/settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace klausul;

/** Typed settings over one table of defaults, stored in an INI file of the test's own. */
class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void value_unset_isTheDefault();
    void setValue_thenNewInstance_readsItBack();
    void reset_afterSet_restoresDefault();
    void keyName_everyKey_isUniqueAndGrouped();
    void addRecentFile_repeatsAndOverflow_newestFirstAtMostTen();
    void recentFiles_emptyListStored_readsAsEmpty();
    void defaultEdition_unknownCode_fallsBackToTender();
    void defaultLanguage_en_isEnglish();
    void authorName_set_isTrimmed();
    void authorName_unset_isEmptyNeverAPlaceholder();

private:
    QString iniFile() const { return m_dir->filePath(QStringLiteral("klausul.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

const QList<Settings::Key> AllKeys {Settings::Key::LibraryFolders, Settings::Key::AuthorName,
    Settings::Key::AuthorRole, Settings::Key::DefaultEdition, Settings::Key::DefaultLanguage,
    Settings::Key::UiLanguage, Settings::Key::RecentFiles, Settings::Key::LastFolder,
    Settings::Key::AutosaveSeconds, Settings::Key::WindowGeometry, Settings::Key::WindowState};

} // namespace

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSettings::value_unset_isTheDefault()
{
    Settings settings(iniFile());
    QCOMPARE(settings.autosaveSeconds(), 60);
    QCOMPARE(settings.defaultEdition(), Edition::Tender);
    QCOMPARE(settings.defaultLanguage(), Language::Danish);
    QVERIFY(settings.libraryFolders().isEmpty());
    QVERIFY(settings.recentFiles().isEmpty());
    for (Settings::Key key : AllKeys)
        QCOMPARE(settings.value(key), Settings::defaultValue(key));
}

void TestSettings::setValue_thenNewInstance_readsItBack()
{
    {
        Settings settings(iniFile());
        settings.setValue(Settings::Key::AutosaveSeconds, 15);
        settings.setValue(Settings::Key::LibraryFolders,
            QStringList {QStringLiteral("/srv/a"), QStringLiteral("/srv/b")});
        settings.setValue(Settings::Key::DefaultEdition, QStringLiteral("review"));
    }
    Settings settings(iniFile());
    QCOMPARE(settings.autosaveSeconds(), 15);
    QCOMPARE(settings.libraryFolders(),
        (QStringList {QStringLiteral("/srv/a"), QStringLiteral("/srv/b")}));
    QCOMPARE(settings.defaultEdition(), Edition::Review);
    // Stored under the table's key name, where another program (or an admin) would find it.
    QSettings raw(iniFile(), QSettings::IniFormat);
    QCOMPARE(raw.value(Settings::keyName(Settings::Key::AutosaveSeconds)).toInt(), 15);
}

void TestSettings::reset_afterSet_restoresDefault()
{
    Settings settings(iniFile());
    settings.setValue(Settings::Key::DefaultLanguage, QStringLiteral("en"));
    QCOMPARE(settings.defaultLanguage(), Language::English);
    settings.reset(Settings::Key::DefaultLanguage);
    QCOMPARE(settings.defaultLanguage(), Language::Danish);
}

void TestSettings::keyName_everyKey_isUniqueAndGrouped()
{
    QSet<QString> names;
    for (Settings::Key key : AllKeys) {
        const QString name = Settings::keyName(key);
        QVERIFY2(name.contains(u'/'), qPrintable(name)); // "group/key"
        names.insert(name);
    }
    QCOMPARE(names.size(), AllKeys.size());
}

void TestSettings::addRecentFile_repeatsAndOverflow_newestFirstAtMostTen()
{
    Settings settings(iniFile());
    for (int i = 0; i < 12; ++i)
        settings.addRecentFile(QStringLiteral("/d/%1.klausul").arg(i));
    settings.addRecentFile(QStringLiteral("/d/5.klausul"));
    const QStringList recent = settings.recentFiles();
    QCOMPARE(recent.size(), 10);
    QCOMPARE(recent.first(), QStringLiteral("/d/5.klausul"));
    QCOMPARE(recent.at(1), QStringLiteral("/d/11.klausul"));
    QCOMPARE(recent.count(QStringLiteral("/d/5.klausul")), 1);
    QVERIFY(!recent.contains(QStringLiteral("/d/0.klausul")));
}

void TestSettings::recentFiles_emptyListStored_readsAsEmpty()
{
    {
        Settings settings(iniFile());
        settings.setValue(Settings::Key::RecentFiles, QStringList());
    }
    Settings settings(iniFile());
    QVERIFY(settings.value(Settings::Key::RecentFiles).isValid());
    QVERIFY(settings.recentFiles().isEmpty());
}

void TestSettings::defaultEdition_unknownCode_fallsBackToTender()
{
    Settings settings(iniFile());
    settings.setValue(Settings::Key::DefaultEdition, QStringLiteral("nonsense"));
    QCOMPARE(settings.defaultEdition(), Edition::Tender);
}

void TestSettings::defaultLanguage_en_isEnglish()
{
    Settings settings(iniFile());
    settings.setValue(Settings::Key::DefaultLanguage, QStringLiteral("en"));
    QCOMPARE(settings.defaultLanguage(), Language::English);
    settings.setValue(Settings::Key::UiLanguage, QStringLiteral("da"));
    QCOMPARE(settings.uiLanguage(), Language::Danish);
}

void TestSettings::authorName_set_isTrimmed()
{
    Settings settings(iniFile());
    settings.setValue(Settings::Key::AuthorName, QStringLiteral("  Jens Jensen "));
    QCOMPARE(settings.authorName(), QStringLiteral("Jens Jensen"));
}

void TestSettings::authorName_unset_isEmptyNeverAPlaceholder()
{
    qputenv("USER", "systemuser");
    Settings settings(iniFile());
    QCOMPARE(settings.authorName(), QString());
    QVERIFY(!settings.hasAuthor());
    QCOMPARE(settings.authorSignature(), QString());
    settings.setValue(Settings::Key::AuthorRole, QStringLiteral("Jurist"));
    QCOMPARE(settings.authorSignature(), QString()); // a role alone is nobody
    settings.setValue(Settings::Key::AuthorName, QStringLiteral("Anne Holm"));
    QVERIFY(settings.hasAuthor());
    QCOMPARE(settings.authorSignature(), QStringLiteral("Anne Holm (Jurist)"));
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
