#include "core/clauseupgrade.h"
#include "core/draftdocument.h"
#include "core/libraryloader.h"
#include "core/richtext.h"
#include "core/translations.h"
#include "gui/upgradedialog.h"
#include "support/testsupport.h"

#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

using namespace klausul;

/**
 * The review of a newer clause version in the app (UpgradeDialog), on the librarydiff fixture
 * libraries: the three texts are shown, and accepting is one undo step. With
 * KLAUSUL_SCREENSHOTS=<folder> the dialog is saved as a picture to look at.
 */
class TestUpgradeDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ownWording_showsThreeTexts_takeStandardIsOneUndoStep();
    void noOwnWording_singleAcceptButton();

private:
    DraftDocument *makeDocument(bool ownWording, QString *uid);
    LibraryPtr m_old;
    LibraryPtr m_new;
};

void TestUpgradeDialog::initTestCase()
{
    QVERIFY(installTranslators(Language::English));
    m_old = LibraryLoader::load({test::dataPath(QStringLiteral("librarydiff/old"))});
    m_new = LibraryLoader::load({test::dataPath(QStringLiteral("librarydiff/new"))});
    QVERIFY(m_old->issues().isEmpty() && m_new->issues().isEmpty());
}

DraftDocument *TestUpgradeDialog::makeDocument(bool ownWording, QString *uid)
{
    DraftDocument old(m_old, Draft {});
    *uid = old.addClause(QStringLiteral("DIF-07"));
    if (ownWording)
        old.setWording(*uid, Language::Danish,
            RichText::fromEditableText(QStringLiteral("Leverandøren leverer en plan for DIF-07 "
                                                      "senest {deadline} efter aftalen, godkendt "
                                                      "af kunden.")));
    return new DraftDocument(m_new, old.draft(), this);
}

void TestUpgradeDialog::ownWording_showsThreeTexts_takeStandardIsOneUndoStep()
{
    QString uid;
    DraftDocument *document = makeDocument(true, &uid);
    const std::optional<ClauseUpgrade> upgrade =
        ClauseUpgrade::forItem(document->draft(), uid, *m_new);
    QVERIFY(upgrade);
    UpgradeDialog dialog(document, *upgrade);
    dialog.resize(1000, 640);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString shown =
        dialog.findChild<QTextBrowser *>(QStringLiteral("upgradeView"))->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("Old standard text (version 1)")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("New standard text (version 2)")));
    QVERIFY(shown.contains(QStringLiteral("Your own wording")));
    QVERIFY(shown.contains(QStringLiteral("godkendt af kunden")));
    QVERIFY(shown.contains(QStringLiteral("i formatet {format}")));
    QVERIFY(shown.contains(QStringLiteral("parameter deadline min: 1 → 2")));
    if (const QString shots = qEnvironmentVariable("KLAUSUL_SCREENSHOTS"); !shots.isEmpty())
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/upgrade-dialog.png")));

    auto *take = dialog.findChild<QPushButton *>(QStringLiteral("acceptTakeButton"));
    QVERIFY(take->isVisible());
    take->click();
    QCOMPARE(document->draft().item(uid)->clauseVersion, 2);
    QVERIFY(!document->draft().item(uid)->hasOwnWording(Language::Danish));
    QCOMPARE(document->undoStack()->count(), 1);
    document->undoStack()->undo();
    QCOMPARE(document->draft().item(uid)->clauseVersion, 1);
    QVERIFY(document->draft().item(uid)->hasOwnWording(Language::Danish));
}

void TestUpgradeDialog::noOwnWording_singleAcceptButton()
{
    QString uid;
    DraftDocument *document = makeDocument(false, &uid);
    UpgradeDialog dialog(document, *ClauseUpgrade::forItem(document->draft(), uid, *m_new));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("acceptTakeButton"))->isVisible());
    auto *accept = dialog.findChild<QPushButton *>(QStringLiteral("acceptKeepButton"));
    QCOMPARE(accept->text().remove(u'&'), QStringLiteral("Accept the new version"));
    accept->click();
    QCOMPARE(document->draft().item(uid)->clauseVersion, 2);
}

QTEST_MAIN(TestUpgradeDialog)
#include "tst_upgradedialog.moc"
