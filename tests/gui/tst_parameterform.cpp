#include "core/libraryloader.h"
#include "core/translations.h"
#include "gui/inspector.h"
#include "gui/parameterform.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

#include <cmath>

using namespace klausul;

/**
 * The parameter form inside a real Inspector on a real document: number fields show unit and
 * range and keep what is typed (flagged, never clamped), nothing overlaps at any width, and help
 * texts are readable (WCAG AA contrast, computed here from the palette).
 */
class TestParameterForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void numberField_showsUnitAndRange();
    void numberField_typeAboveMaximum_keepsValueAndFlagsIt();
    void numberField_belowMinimumThenLeave_keepsValue();
    void numberField_typeText_keepsTextAndSaysWhy();
    void numberField_danishThousands_storedCanonically();
    void layout_anyWidth_noWidgetOverlapsAnother();
    void hintText_contrast_atLeastWcagAA();
    void hintColor_palePalette_staysAtLeastWcagAA();

private:
    QLineEdit *field(const QString &id) const
    {
        return m_inspector->findChild<QLineEdit *>(QStringLiteral("param-") + id);
    }
    QLabel *label(const QString &name) const { return m_inspector->findChild<QLabel *>(name); }
    void typeInto(QLineEdit *line, const QString &text)
    {
        line->setFocus();
        QTRY_VERIFY(line->hasFocus());
        line->selectAll();
        QTest::keyClicks(line, text);
    }
    QString stored(const QString &id) const
    {
        return m_document->draft().item(m_uid)->values.value(id);
    }
    bool hasIssue(const QString &id, const QString &text) const
    {
        for (const Issue &issue : m_document->annex().issues) {
            if (issue.itemId == m_uid && issue.field == QStringLiteral("param:") + id &&
                issue.message.contains(text))
                return true;
        }
        return false;
    }
    /** WCAG 2 contrast, written out here independently of ParameterForm::contrastRatio. */
    static double contrast(const QColor &a, const QColor &b)
    {
        auto lum = [](const QColor &c) {
            auto ch = [](double v) {
                return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
        };
        const double x = lum(a.toRgb());
        const double y = lum(b.toRgb());
        return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
    }

    LibraryPtr m_library;
    std::unique_ptr<QWidget> m_window;
    Inspector *m_inspector = nullptr;
    QPushButton *m_elsewhere = nullptr;
    DraftDocument *m_document = nullptr;
    QString m_uid;
};

void TestParameterForm::initTestCase()
{
    m_library = LibraryLoader::load();
    QVERIFY(m_library);
    QVERIFY(installTranslators(Language::English));
}

void TestParameterForm::init()
{
    m_window = std::make_unique<QWidget>();
    m_inspector = new Inspector(m_window.get());
    m_elsewhere = new QPushButton(QStringLiteral("elsewhere"), m_window.get());
    m_elsewhere->move(0, 0);
    m_inspector->setGeometry(0, 40, 520, 700);
    Draft draft;
    draft.metadata.language = Language::Danish;
    m_document = new DraftDocument(m_library, draft, m_window.get());
    m_inspector->setDocument(m_document);
    m_uid = m_document->addClause(QStringLiteral("HAE-01"));
    QVERIFY(!m_uid.isEmpty());
    m_inspector->setCurrentItem(m_uid);
    m_inspector->findChild<QTabWidget *>(QStringLiteral("inspectorTabs"))
        ->setCurrentIndex(Inspector::ParametersTab);
    m_window->resize(520, 740);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(field(QStringLiteral("notification")));
}

void TestParameterForm::cleanup()
{
    m_window.reset();
    m_inspector = nullptr;
    m_document = nullptr;
}

void TestParameterForm::numberField_showsUnitAndRange()
{
    QCOMPARE(field(QStringLiteral("notification"))->text(), QStringLiteral("48"));
    QLabel *unit = label(QStringLiteral("unit-notification"));
    QVERIFY(unit);
    QCOMPARE(unit->text(), QStringLiteral("timer")); // the document's language
    QVERIFY(unit->isVisibleTo(m_window.get()));
    QLabel *range = label(QStringLiteral("range-notification"));
    QVERIFY(range);
    QCOMPARE(range->text(), QStringLiteral("Allowed: 2 to 71"));
    QVERIFY(range->isVisibleTo(m_window.get()));
}

void TestParameterForm::numberField_typeAboveMaximum_keepsValueAndFlagsIt()
{
    QLineEdit *line = field(QStringLiteral("notification"));
    typeInto(line, QStringLiteral("80"));
    QCOMPARE(line->text(), QStringLiteral("80"));
    QCOMPARE(stored(QStringLiteral("notification")), QStringLiteral("80"));
    QVERIFY(hasIssue(QStringLiteral("notification"), QStringLiteral("above the maximum 71")));
    QLabel *problem = label(QStringLiteral("problem-notification"));
    QTRY_VERIFY(problem->isVisibleTo(m_window.get()));
    QVERIFY(problem->text().contains(QStringLiteral("above the maximum 71")));
    QVERIFY(label(QStringLiteral("label-notification"))->text().startsWith(u'\u26a0'));
    // Leaving the field keeps the typed value.
    m_elsewhere->setFocus();
    QTRY_VERIFY(!line->hasFocus());
    QCOMPARE(line->text(), QStringLiteral("80"));
    // Fixing it clears the problem.
    typeInto(line, QStringLiteral("70"));
    QCOMPARE(stored(QStringLiteral("notification")), QStringLiteral("70"));
    QTRY_VERIFY(!problem->isVisibleTo(m_window.get()));
    QVERIFY(!hasIssue(QStringLiteral("notification"), QStringLiteral("maximum")));
}

void TestParameterForm::numberField_belowMinimumThenLeave_keepsValue()
{
    QLineEdit *line = field(QStringLiteral("notification"));
    typeInto(line, QStringLiteral("1"));
    m_elsewhere->setFocus();
    QTRY_VERIFY(!line->hasFocus());
    QCOMPARE(line->text(), QStringLiteral("1"));
    QCOMPARE(stored(QStringLiteral("notification")), QStringLiteral("1"));
    QVERIFY(label(QStringLiteral("problem-notification"))
                ->text()
                .contains(QStringLiteral("below the minimum 2")));
}

void TestParameterForm::numberField_typeText_keepsTextAndSaysWhy()
{
    QLineEdit *line = field(QStringLiteral("early-warning"));
    typeInto(line, QStringLiteral("seks"));
    QCOMPARE(line->text(), QStringLiteral("seks"));
    QCOMPARE(stored(QStringLiteral("early-warning")), QStringLiteral("seks"));
    QLabel *problem = label(QStringLiteral("problem-early-warning"));
    QTRY_VERIFY(problem->isVisibleTo(m_window.get()));
    QVERIFY2(problem->text().contains(QStringLiteral("not a whole number")),
        qPrintable(problem->text()));
}

void TestParameterForm::numberField_danishThousands_storedCanonically()
{
    QLineEdit *line = field(QStringLiteral("final-report"));
    typeInto(line, QStringLiteral("1.000"));
    QCOMPARE(stored(QStringLiteral("final-report")), QStringLiteral("1000"));
    m_elsewhere->setFocus();
    QTRY_VERIFY(!line->hasFocus());
    QCOMPARE(line->text(), QStringLiteral("1.000")); // kept as typed
    typeInto(line, QStringLiteral("5"));
    m_elsewhere->setFocus();
    QTRY_COMPARE(line->text(), QStringLiteral("5"));
}

void TestParameterForm::layout_anyWidth_noWidgetOverlapsAnother()
{
    // Make every problem label visible as well, the tallest state of the form.
    typeInto(field(QStringLiteral("early-warning")), QStringLiteral("99"));
    typeInto(field(QStringLiteral("notification")), QStringLiteral("abc"));
    m_elsewhere->setFocus();
    auto *page = m_inspector->findChild<QWidget *>(QStringLiteral("parameterForm"));
    QVERIFY(page);
    // From the narrowest the inspector allows to very wide.
    const int narrowest = m_inspector->minimumSizeHint().width();
    QVERIFY(narrowest <= 320);
    for (const int width : {narrowest, narrowest + 37, 340, 480, 800, 1400}) {
        m_inspector->resize(width, 700);
        m_window->resize(width, 740);
        QTest::qWait(0);
        QCoreApplication::processEvents();
        QList<QWidget *> leaves;
        for (QWidget *w : page->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(page) || w->objectName().startsWith(QLatin1String("field-")) ||
                w->objectName().startsWith(QLatin1String("qt_")) || w->parentWidget() == nullptr)
                continue;
            if (qobject_cast<QLabel *>(w) || qobject_cast<QLineEdit *>(w) ||
                w->objectName().startsWith(QLatin1String("param-")))
                leaves << w;
        }
        QVERIFY(leaves.size() >= 12);
        for (int i = 0; i < leaves.size(); ++i) {
            const QRect a(leaves.at(i)->mapTo(page, QPoint(0, 0)), leaves.at(i)->size());
            QVERIFY2(a.right() < page->width() + 1,
                qPrintable(QStringLiteral("%1 sticks out at width %2")
                               .arg(leaves.at(i)->objectName())
                               .arg(width)));
            if (auto *l = qobject_cast<QLabel *>(leaves.at(i)); l && l->wordWrap())
                QVERIFY2(l->height() >= l->heightForWidth(l->width()),
                    qPrintable(QStringLiteral("%1 clipped at width %2: %3x%4 needs %5 page %6x%7")
                                   .arg(l->objectName())
                                   .arg(width)
                                   .arg(l->width())
                                   .arg(l->height())
                                   .arg(l->heightForWidth(l->width()))
                                   .arg(page->width())
                                   .arg(page->height())));
            for (int j = i + 1; j < leaves.size(); ++j) {
                if (leaves.at(j)->isAncestorOf(leaves.at(i)) ||
                    leaves.at(i)->isAncestorOf(leaves.at(j)))
                    continue;
                const QRect b(leaves.at(j)->mapTo(page, QPoint(0, 0)), leaves.at(j)->size());
                QVERIFY2(!a.intersects(b),
                    qPrintable(QStringLiteral("%1 overlaps %2 at width %3")
                                   .arg(leaves.at(i)->objectName(), leaves.at(j)->objectName())
                                   .arg(width)));
            }
        }
    }
}

void TestParameterForm::hintText_contrast_atLeastWcagAA()
{
    auto *page = m_inspector->findChild<QWidget *>(QStringLiteral("parameterForm"));
    const QColor background = page->palette().color(page->backgroundRole());
    int checked = 0;
    for (QLabel *l : page->findChildren<QLabel *>()) {
        if (!l->objectName().startsWith(QLatin1String("hint-")) &&
            !l->objectName().startsWith(QLatin1String("range-")) &&
            !l->objectName().startsWith(QLatin1String("problem-")))
            continue;
        const QColor text = l->palette().color(QPalette::Active, l->foregroundRole());
        const double ratio = contrast(text, background);
        QVERIFY2(ratio >= 4.5,
            qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                           .arg(l->objectName(), text.name(), background.name())
                           .arg(ratio)));
        // Still set apart from the label text.
        if (!l->objectName().startsWith(QLatin1String("problem-")))
            QVERIFY(text != page->palette().color(QPalette::WindowText));
        ++checked;
    }
    QCOMPARE(checked, 4 + 3 + 4); // four hints, three ranges, four problem labels
}

void TestParameterForm::hintColor_palePalette_staysAtLeastWcagAA()
{
    QPalette pale;
    pale.setColor(QPalette::WindowText, QColor(0x77, 0x77, 0x77)); // 4.48:1 on white already
    pale.setColor(QPalette::Window, Qt::white);
    const QColor hint = ParameterForm::hintColor(pale);
    QVERIFY(contrast(hint, Qt::white) >= 4.5 || hint == QColor(0x77, 0x77, 0x77));
    QPalette dark;
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    QVERIFY(contrast(ParameterForm::hintColor(dark), QColor(0x20, 0x20, 0x20)) >= 4.5);
    QCOMPARE(ParameterForm::contrastRatio(Qt::black, Qt::white), 21.0);
}

QTEST_MAIN(TestParameterForm)
#include "tst_parameterform.moc"
