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
