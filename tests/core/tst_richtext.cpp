#include "core/richtext.h"

#include <QTest>
#include <QXmlStreamWriter>

using namespace klausul;

class TestRichText : public QObject
{
    Q_OBJECT

private slots:
    void fromEditableText_paragraphsListsAndParams();
    void fromEditableText_injectionLikeText_staysText();
    void editableText_roundTrip_isLossless();
    void editableText_roundTrip_edgeCases_data();
    void editableText_roundTrip_edgeCases();
    void toPlainText_resolver_fillsParams();
    void writeFlow_escapesMarkup();
};

void TestRichText::fromEditableText_paragraphsListsAndParams()
{
    const Flow flow = RichText::fromEditableText(QStringLiteral(
        "Leverandøren skal senest {deadline} give\nbesked.\n\n- første punkt\n- andet {where}\n\n"
        "1. et\n2. to, jf. {ref:HAE-01}"));
    QCOMPARE(flow.size(), 3);
    QCOMPARE(flow.at(0).kind, Block::Kind::Paragraph);
    QCOMPARE(flow.at(0).inlines.size(), 3);
    QCOMPARE(flow.at(0).inlines.at(1), Inline::param(QStringLiteral("deadline")));
    QCOMPARE(flow.at(0).inlines.at(2).text, QStringLiteral(" give besked."));
    QCOMPARE(flow.at(1).kind, Block::Kind::BulletList);
    QCOMPARE(flow.at(1).items.size(), 2);
    QCOMPARE(flow.at(1).items.at(1).at(1), Inline::param(QStringLiteral("where")));
    QCOMPARE(flow.at(2).kind, Block::Kind::OrderedList);
    QCOMPARE(flow.at(2).items.at(1).last().kind, Inline::Kind::Xref);
    QCOMPARE(flow.at(2).items.at(1).last().text, QStringLiteral("HAE-01"));
}

void TestRichText::fromEditableText_injectionLikeText_staysText()
{
    const QString text = QStringLiteral("\\input{/etc/hostname} </w:t></w:r><w:r><w:t> "
                                        "<script>x</script> **b** $x$ {=openxml} {A}");
    const Flow flow = RichText::fromEditableText(text);
    QCOMPARE(flow.size(), 1);
    for (const Inline &item : flow.first().inlines)
        QCOMPARE(item.kind, Inline::Kind::Text); // no braces form a parameter here
    QCOMPARE(RichText::toPlainText(flow), text);
    QCOMPARE(RichText::fromEditableText(RichText::toEditableText(flow)), flow);
}

void TestRichText::editableText_roundTrip_isLossless()
{
    const Flow flow {
        Block::paragraph(
            {Inline::plain(QStringLiteral("Senest ")), Inline::param(QStringLiteral("d")),
                Inline::plain(QStringLiteral(" med {klammer} og \\ skråstreg."))}),
        {Block::Kind::BulletList, {},
            {{Inline::plain(QStringLiteral("a"))}, {Inline::plain(QStringLiteral("b"))}}},
    };
    const QString editable = RichText::toEditableText(flow);
    QCOMPARE(RichText::fromEditableText(editable), flow);
}

void TestRichText::editableText_roundTrip_edgeCases_data()
{
    QTest::addColumn<Flow>("flow");
    const auto para = [](Inlines inlines) { return Flow {Block::paragraph(std::move(inlines))}; };
    // Each row was a round-trip failure found by tests/fuzz/fuzz_editable_text.
    QTest::newRow("paragraph that looks like a bullet")
        << para({Inline::plain(QStringLiteral("- ikke et punkt"))});
    QTest::newRow("paragraph that looks like a number")
        << para({Inline::plain(QStringLiteral("2. ikke et punkt"))});
    QTest::newRow("paragraph that looks like the escape")
        << para({Inline::plain(QStringLiteral("\\1 og \\- og \\\\"))});
    QTest::newRow("backslash before a parameter")
        << para({Inline::plain(QStringLiteral("sti C:\\")), Inline::param(QStringLiteral("d"))});
    QTest::newRow("brace closed by a later inline")
        << para({Inline {Inline::Kind::Strong, {}, {Inline::plain(QStringLiteral("{abc"))}, 0},
               Inline::plain(QStringLiteral("d}"))});
    // An empty bullet continued on an indented line gets no leading space.
    QTest::newRow("empty list item continued")
        << RichText::fromEditableText(QStringLiteral("*\t\n   x."));
}

void TestRichText::editableText_roundTrip_edgeCases()
{
    QFETCH(Flow, flow);
    const QString editable = RichText::toEditableText(flow);
    const Flow back = RichText::fromEditableText(editable);
    // Emphasis is not part of the editable form, so compare what the reader sees.
    QCOMPARE(RichText::toPlainText(back), RichText::toPlainText(flow));
    QCOMPARE(back.size(), flow.size());
    QCOMPARE(back.first().kind, flow.first().kind);
    QCOMPARE(RichText::paramRefs(back).size(), RichText::paramRefs(flow).size());
    QCOMPARE(RichText::toEditableText(back), editable);
    QVERIFY(!RichText::toPlainText(back).contains(QLatin1String("- ") + u' '));
}

void TestRichText::toPlainText_resolver_fillsParams()
{
    const Flow flow {Block::paragraph({Inline::plain(QStringLiteral("Inden ")),
        Inline::param(QStringLiteral("d")), Inline::plain(QStringLiteral("."))})};
    QCOMPARE(RichText::toPlainText(flow, [](const Inline &i) { return i.text.toUpper() + u'!'; }),
        QStringLiteral("Inden D!."));
    QCOMPARE(RichText::paramRefs(flow).size(), 1);
}

void TestRichText::writeFlow_escapesMarkup()
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    RichText::writeFlow(writer, {Block::paragraph({Inline::plain(QStringLiteral("<b>&</b>"))})});
    QCOMPARE(xml, QStringLiteral("<p>&lt;b&gt;&amp;&lt;/b&gt;</p>"));
}

QTEST_GUILESS_MAIN(TestRichText)
#include "tst_richtext.moc"
