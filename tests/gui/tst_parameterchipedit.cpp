#include "core/draftdocument.h"
#include "core/libraryloader.h"
#include "core/parameterformat.h"
#include "core/richtext.h"
#include "core/translations.h"
#include "gui/inspector.h"
#include "gui/parameterchipedit.h"
#include "support/testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QTabWidget>
#include <QTest>

using namespace klausul;

/**
 * The own-wording editor shows {id} slots as chips with the parameter's label and value, while
 * the stored text keeps {id} through typing, deleting, undo, copy and paste.
 */
class TestParameterChipEdit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void setEditableText_slots_becomeChipsStoredTextUnchanged();
    void typingAroundChip_keepsSlot_backspaceRemovesWholeChip();
    void copyPaste_chip_copiesSlotAndPastesChip();
    void inspector_wording_showsLabelAndValue_storesSlot();

private:
    static void setUp(ParameterChipEdit &edit);
    LibraryPtr m_library;
};

void TestParameterChipEdit::initTestCase()
{
    m_library = LibraryLoader::load();
    QVERIFY(installTranslators(Language::English));
}

void TestParameterChipEdit::setUp(ParameterChipEdit &edit)
{
    edit.setResolver([](const QString &id) -> std::optional<std::pair<QString, QString>> {
        if (id == QLatin1String("deadline"))
            return std::make_pair(QStringLiteral("Frist"), QStringLiteral("24 timer"));
        return std::nullopt;
    });
    edit.resize(400, 200);
    edit.show();
}

void TestParameterChipEdit::setEditableText_slots_becomeChipsStoredTextUnchanged()
{
    ParameterChipEdit edit;
    setUp(edit);
    const QString text =
        QStringLiteral("Senest {deadline} efter {unknown}.\n\nIkke \\{deadline}, men {deadline}.");
    edit.setEditableText(text);
    QCOMPARE(edit.chipIds(), QStringList({QStringLiteral("deadline"), QStringLiteral("deadline")}));
    QCOMPARE(edit.chipText(QStringLiteral("deadline")), QStringLiteral("Frist: 24 timer"));
    QVERIFY(edit.chipText(QStringLiteral("unknown")).isEmpty());
    // On screen the chip, not the markup; an unknown slot and an escaped one stay text.
    QCOMPARE(edit.toPlainText().count(QStringLiteral("{deadline}")), 1);
    QVERIFY(edit.toPlainText().contains(QStringLiteral("{unknown}")));
    QCOMPARE(edit.editableText(), text);
    // The chip is drawn wide enough for its label and value.
    const QImage image = edit.grab().toImage();
    QVERIFY(!image.isNull());
}

void TestParameterChipEdit::typingAroundChip_keepsSlot_backspaceRemovesWholeChip()
{
    ParameterChipEdit edit;
    setUp(edit);
    edit.setEditableText(QStringLiteral("Senest {deadline} efter."));
    edit.setFocus();
    QTextCursor cursor = edit.textCursor();
    cursor.setPosition(7); // before the chip
    edit.setTextCursor(cursor);
    QTest::keyClicks(&edit, QStringLiteral("og højst "));
    QTest::keyClick(&edit, Qt::Key_Right); // over the chip: one step
    QTest::keyClicks(&edit, QStringLiteral(" (hverdage)"));
    QCOMPARE(edit.editableText(), QStringLiteral("Senest og højst {deadline} (hverdage) efter."));
    QCOMPARE(edit.chipIds().size(), 1);
    // Text typed after the chip is plain text, not part of it.
    QVERIFY(edit.toPlainText().contains(QStringLiteral(" (hverdage)")));

    cursor = edit.textCursor();
    cursor.setPosition(int(QStringLiteral("Senest og højst ").size()) + 1); // after the chip
    edit.setTextCursor(cursor);
    QTest::keyClick(&edit, Qt::Key_Backspace);
    QCOMPARE(edit.editableText(), QStringLiteral("Senest og højst  (hverdage) efter."));
    QVERIFY(edit.chipIds().isEmpty());
    QTest::keyClick(&edit, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(edit.editableText(), QStringLiteral("Senest og højst {deadline} (hverdage) efter."));
}

void TestParameterChipEdit::copyPaste_chip_copiesSlotAndPastesChip()
{
    ParameterChipEdit edit;
    setUp(edit);
    edit.setEditableText(QStringLiteral("Senest {deadline}."));
    QTextCursor cursor = edit.textCursor();
    cursor.setPosition(0);
    cursor.setPosition(8, QTextCursor::KeepAnchor); // "Senest " and the chip
    edit.setTextCursor(cursor);
    edit.copy();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Senest {deadline}"));
    edit.moveCursor(QTextCursor::End);
    edit.paste();
    QCOMPARE(edit.editableText(), QStringLiteral("Senest {deadline}.Senest {deadline}"));
    QCOMPARE(edit.chipIds().size(), 2);
}

void TestParameterChipEdit::inspector_wording_showsLabelAndValue_storesSlot()
{
    DraftDocument document(m_library, Draft());
    const QString uid = document.addClause(QStringLiteral("PDA-09"));
    Inspector inspector;
    inspector.setDocument(&document);
    inspector.setCurrentItem(uid);
    inspector.resize(600, 700);
    inspector.show();
    auto *edit = inspector.findChild<ParameterChipEdit *>(QStringLiteral("wordingEdit"));
    QVERIFY(edit);
    QVERIFY(edit->chipIds().contains(QStringLiteral("deadline")));
    const Parameter *deadline =
        m_library->clause(QStringLiteral("PDA-09"))->parameter(QStringLiteral("deadline"));
    const QString label = deadline->label.get(Language::Danish);
    auto shown = [&](const char *value) {
        return label + QStringLiteral(": ") +
            ParameterFormat::format(*deadline, QLatin1String(value), Language::Danish);
    };
    QVERIFY(shown("24").contains(QStringLiteral("timer")));
    QCOMPARE(edit->chipText(QStringLiteral("deadline")), shown("24"));
    QVERIFY(!edit->toPlainText().contains(QStringLiteral("{deadline}")));
    // A reference is filled from the contract map: its chip names it, with no made-up value.
    QCOMPARE(edit->chipText(QStringLiteral("contact")),
        m_library->clause(QStringLiteral("PDA-09"))
            ->parameter(QStringLiteral("contact"))
            ->label.get(Language::Danish));
    if (qEnvironmentVariableIsSet("KLAUSUL_SCREENSHOTS"))
        inspector.grab().save(
            qEnvironmentVariable("KLAUSUL_SCREENSHOTS") + QStringLiteral("/wording-chips.png"));

    // A new value shows in the chip at once.
    document.setParameter(uid, QStringLiteral("deadline"), QStringLiteral("12"));
    QCOMPARE(edit->chipText(QStringLiteral("deadline")), shown("12"));

    // Typing in front of the text: the own wording keeps the slot, not the chip's text.
    edit->setFocus();
    edit->moveCursor(QTextCursor::Start);
    QTest::keyClicks(edit, QStringLiteral("Straks: "));
    const DraftItem *item = document.draft().item(uid);
    QVERIFY(!item->wording.da.isEmpty());
    const QString stored = RichText::toEditableText(item->wording.da);
    QVERIFY2(stored.startsWith(QStringLiteral("Straks: ")), qPrintable(stored));
    QVERIFY2(stored.contains(QStringLiteral("{deadline}")), qPrintable(stored));
    QVERIFY(!stored.contains(label));
    QCOMPARE(RichText::paramRefs(item->wording.da).size(),
        m_library->clause(QStringLiteral("PDA-09"))->body.da.refs(Inline::Kind::Param).size());
}

QTEST_MAIN(TestParameterChipEdit)
#include "tst_parameterchipedit.moc"
