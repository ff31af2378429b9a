#include "core/textdiff.h"

#include <QTest>

using namespace klausul;
using Segment = TextDiff::Segment;

class TestTextDiff : public QObject
{
    Q_OBJECT

private slots:
    void diff_changedWord_isDeletionAndInsertion();
    void diff_identical_isOneSameSegment();
    void differs_whiteSpaceOnly_isFalse();
    void redline_keepsStructureOfNewText();
    void changedWords_countsWordsNotSpaces();
};

void TestTextDiff::diff_changedWord_isDeletionAndInsertion()
{
    const QList<Segment> segments = TextDiff::diff(QStringLiteral("Leverandøren skal give besked."),
        QStringLiteral("Leverandøren bør give besked straks."));
    const QList<Segment> expected {
        {Segment::Kind::Same, QStringLiteral("Leverandøren ")},
        {Segment::Kind::Deleted, QStringLiteral("skal")},
        {Segment::Kind::Inserted, QStringLiteral("bør")},
        {Segment::Kind::Same, QStringLiteral(" give besked")},
        {Segment::Kind::Inserted, QStringLiteral(" straks")},
        {Segment::Kind::Same, QStringLiteral(".")},
    };
    QCOMPARE(segments, expected);
}

void TestTextDiff::diff_identical_isOneSameSegment()
{
    const QList<Segment> segments =
        TextDiff::diff(QStringLiteral("a b c"), QStringLiteral("a b c"));
    QCOMPARE(segments, (QList<Segment> {{Segment::Kind::Same, QStringLiteral("a b c")}}));
}

void TestTextDiff::differs_whiteSpaceOnly_isFalse()
{
    QVERIFY(!TextDiff::differs(QStringLiteral("a  b\n c"), QStringLiteral("a b c")));
    QVERIFY(TextDiff::differs(QStringLiteral("a b c"), QStringLiteral("a b d")));
}

void TestTextDiff::redline_keepsStructureOfNewText()
{
    const Flow before {Block::paragraph({Inline::plain(QStringLiteral("Første afsnit."))}),
        Block::paragraph({Inline::plain(QStringLiteral("Andet afsnit fjernes."))})};
    const Flow after {Block::paragraph({Inline::plain(QStringLiteral("Første nye afsnit."))})};
    const Flow redline = TextDiff::redline(before, after);
    QCOMPARE(redline.size(), 1);
    const Inlines &inlines = redline.first().inlines;
    QString inserted;
    QString deleted;
    for (const Inline &item : inlines) {
        if (item.kind == Inline::Kind::Inserted)
            inserted += item.children.first().text;
        if (item.kind == Inline::Kind::Deleted)
            deleted += item.children.first().text;
    }
    QVERIFY2(inserted.contains(QStringLiteral("nye")), qPrintable(inserted));
    QVERIFY2(
        deleted.contains(QStringLiteral("Andet")) && deleted.contains(QStringLiteral("fjernes")),
        qPrintable(deleted));
    QCOMPARE(RichText::toPlainText(redline), QStringLiteral("Første nye afsnit."));
}

void TestTextDiff::changedWords_countsWordsNotSpaces()
{
    const Flow before {Block::paragraph(
        {Inline::plain(QStringLiteral("uden unødig forsinkelse og senest 12 timer"))})};
    const Flow after {
        Block::paragraph({Inline::plain(QStringLiteral("straks og senest 12 timer"))})};
    QCOMPARE(TextDiff::changedWords(before, after), 4);
    QCOMPARE(TextDiff::changedWords(before, before), 0);
}

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
