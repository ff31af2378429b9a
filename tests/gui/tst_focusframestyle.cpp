#include "gui/focusframestyle.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QTreeView>

using namespace klausul;

/**
 * The application's style: the focus frame of lists and text panels, and the standard icons it
 * loads only when they are first drawn.
 */
class TestFocusFrameStyle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deferredIcons_drawnLikeTheBaseStylesIcons();
    void clearButton_searchFieldWithText_showsTheIcon();
    void frameWidth_listsReserveTheFocusFrame();
};

void TestFocusFrameStyle::initTestCase()
{
    FocusFrameStyle::install();
    QVERIFY(qobject_cast<FocusFrameStyle *>(QApplication::style()));
    FocusFrameStyle::install(); // a second time changes nothing
    QVERIFY(qobject_cast<FocusFrameStyle *>(QApplication::style()));
}

void TestFocusFrameStyle::deferredIcons_drawnLikeTheBaseStylesIcons()
{
    auto *style = qobject_cast<FocusFrameStyle *>(QApplication::style());
    for (const QStyle::StandardPixmap which : {QStyle::SP_ToolBarHorizontalExtensionButton,
             QStyle::SP_ToolBarVerticalExtensionButton, QStyle::SP_LineEditClearButton}) {
        const QIcon deferred = style->standardIcon(which);
        const QIcon base = style->baseStyle()->standardIcon(which);
        QVERIFY(!deferred.isNull());
        QVERIFY(!base.isNull());
        const QImage drawn = deferred.pixmap(QSize(16, 16)).toImage();
        QVERIFY(!drawn.isNull());
        QCOMPARE(drawn, base.pixmap(QSize(16, 16)).toImage());
        QCOMPARE(deferred.availableSizes(), base.availableSizes());
    }
}

void TestFocusFrameStyle::clearButton_searchFieldWithText_showsTheIcon()
{
    QLineEdit edit;
    edit.setClearButtonEnabled(true);
    edit.resize(300, 30);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    const QImage empty = edit.grab().toImage();
    edit.setText(QStringLiteral("hændelse"));
    // The right-hand end, clear of the text: the clear button is drawn there only with text (it
    // fades in, so the picture is taken until it has).
    const QRect end(edit.width() - 24, 4, 18, edit.height() - 8);
    QTRY_VERIFY(edit.grab().toImage().copy(end) != empty.copy(end));
}

void TestFocusFrameStyle::frameWidth_listsReserveTheFocusFrame()
{
    QTreeView view;
    QLineEdit edit;
    QCOMPARE(QApplication::style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, &view), 2);
    QCOMPARE(QApplication::style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, &edit),
        qobject_cast<FocusFrameStyle *>(QApplication::style())
            ->baseStyle()
            ->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, &edit));
}

QTEST_MAIN(TestFocusFrameStyle)
#include "tst_focusframestyle.moc"
