#include "core/packedflow.h"
#include "core/safexml.h"
#include "core/xmlstring.h"
#include "support/testsupport.h"

#include <QDirIterator>
#include <QStringDecoder>
#include <QTest>

using namespace klausul;

namespace {

/** Every element with p, ul or ol children: the flows of a clause file. */
void collectFlowElements(const xmlNode *node, QList<const xmlNode *> *out)
{
    bool isFlow = false;
    for (const xmlNode *child = xml::firstElement(node); child; child = xml::nextElement(child)) {
        if (xml::isElement(child, "p") || xml::isElement(child, "ul") ||
            xml::isElement(child, "ol"))
            isFlow = true;
        else
            collectFlowElements(child, out);
    }
    if (isFlow)
        out->append(node);
}

QList<int> lines(const QList<const Inline *> &refs)
{
    QList<int> out;
    for (const Inline *item : refs)
        out << item->line;
    return out;
}

QList<int> lines(const QList<Inline> &refs)
{
    QList<int> out;
    for (const Inline &item : refs)
        out << item.line;
    return out;
}

QString plain(const Flow &flow)
{
    return RichText::toPlainText(flow, [](const Inline &) { return QString(); });
}

QString plain(const PackedFlow &flow)
{
    QString out;
    flow.appendPlainText(out);
    return out;
}

QByteArray plainUtf8(const PackedFlow &flow)
{
    QByteArray out;
    flow.appendPlainUtf8(out);
    return out;
}

bool validUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    return !decoder.hasError();
}

XmlDocument parseXml(const QByteArray &xml)
{
    IssueList issues;
    return SafeXml::parse(xml, QStringLiteral("test.xml"), &issues);
}

} // namespace

class TestPackedFlow : public QObject
{
    Q_OBJECT

private slots:
    void read_everyBundledFlow_equalsRichTextReadFlow();
    void pack_flowBuiltInCode_unpacksEqual_data();
    void pack_flowBuiltInCode_unpacksEqual();
    void read_whiteSpaceAndUnknownElements_likeReadFlow_data();
    void read_whiteSpaceAndUnknownElements_likeReadFlow();
    void empty_flow_isEmptyAndUnpacksEmpty();
    void fromBytes_garbage_unpacksWithoutCrash();
    void appendPlainUtf8_garbage_validOnlyWhereTextIsTheSame();
    void equality_ignoresSourceLines();
    void refs_paramsAndXrefs_inOrderWithLines();
};

void TestPackedFlow::read_everyBundledFlow_equalsRichTextReadFlow()
{
    const QString folder = test::sourcePath(QStringLiteral("clauses"));
    QDirIterator it(folder, {QStringLiteral("*.xml")}, QDir::Files, QDirIterator::Subdirectories);
    int flows = 0;
    int withRefs = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QByteArray data;
        IssueList issues;
        QVERIFY(SafeXml::readFile(path, &data, &issues));
        const XmlDocument doc = SafeXml::parse(data, path, &issues);
        QVERIFY2(doc.root(), qPrintable(path));
        QList<const xmlNode *> elements;
        collectFlowElements(doc.root(), &elements);
        for (const xmlNode *element : std::as_const(elements)) {
            const Flow expected = RichText::readFlow(element);
            const PackedFlow packed = PackedFlow::read(element);
            const QString where = path + u':' + QString::number(xml::lineOf(element));
            QVERIFY2(packed.unpack() == expected, qPrintable(where));
            QVERIFY2(PackedFlow(expected) == packed, qPrintable(where));
            QCOMPARE(PackedFlow(expected).bytes(), packed.bytes());
            QCOMPARE(lines(RichText::paramRefs(expected)), lines(packed.refs(Inline::Kind::Param)));
            QCOMPARE(lines(RichText::xrefs(expected)), lines(packed.refs(Inline::Kind::Xref)));
            QCOMPARE(plain(packed), plain(expected));
            QCOMPARE(plainUtf8(packed), plain(expected).toUtf8());
            QCOMPARE(packed.isEmpty(), expected.isEmpty());
            ++flows;
            if (!RichText::paramRefs(expected).isEmpty())
                ++withRefs;
        }
    }
    QVERIFY2(flows > 1000, qPrintable(QString::number(flows)));
    QVERIFY(withRefs > 50);
}

void TestPackedFlow::pack_flowBuiltInCode_unpacksEqual_data()
{
    QTest::addColumn<Flow>("flow");
    QTest::newRow("paragraph") << Flow {Block::paragraph({Inline::plain(QStringLiteral("Å ø"))})};
    QTest::newRow("adjacent and empty texts") << Flow {
        Block::paragraph({Inline::plain(QStringLiteral("a")), Inline::plain(QStringLiteral("b")),
            Inline::plain(QString()), Inline::term(QStringLiteral("T"))})};
    QTest::newRow("control characters and emoji") << Flow {
        Block::paragraph({Inline::plain(QStringLiteral("line\nbreak\ttab \x01 \U0001F600 end"))})};
    Inline emphasis {Inline::Kind::Emphasis, {},
        {Inline::plain(QStringLiteral("x")), Inline::param(QStringLiteral("p"))}, 0};
    Inline deleted {Inline::Kind::Deleted, {}, {Inline::plain(QStringLiteral("gone"))}, 0};
    Inline inserted {Inline::Kind::Inserted, {}, {emphasis}, 0};
    Block tender = Block::paragraph({Inline::plain(QStringLiteral("tender"))});
    tender.tenderOnly = true;
    QTest::newRow("nesting, redlines, tender-only")
        << Flow {Block::paragraph({emphasis, deleted, inserted}), tender};
    QTest::newRow("lists") << Flow {
        {Block::Kind::BulletList, {},
            {{Inline::plain(QStringLiteral("a"))}, {}, {Inline::param(QStringLiteral("q"))}}},
        {Block::Kind::OrderedList, {}, {}}, Block::paragraph({})};
    QTest::newRow("empty emphasis") << Flow {Block::paragraph({{Inline::Kind::Strong, {}, {}, 0}})};
}

void TestPackedFlow::pack_flowBuiltInCode_unpacksEqual()
{
    QFETCH(Flow, flow);
    const PackedFlow packed(flow);
    QCOMPARE(packed.unpack(), flow);
    QCOMPARE(plain(packed), plain(flow));
    QCOMPARE(packed.isEmpty(), flow.isEmpty());
    // Unpacking is a fixed point: packing the unpacked flow gives the same bytes.
    QCOMPARE(PackedFlow(packed.unpack()).bytes(), packed.bytes());
}

void TestPackedFlow::read_whiteSpaceAndUnknownElements_likeReadFlow_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("white space") << QByteArray(
        "<b>  <p>\n   a  <em> b\n </em>  c \n</p><p>   </p><p> <em>x</em> </p></b>");
    QTest::newRow("text after trimmed text")
        << QByteArray("<b><p> <!-- c --> x<!-- c --> y <unknown>z</unknown> </p></b>");
    QTest::newRow("terms and refs") << QByteArray(
        "<b><ul><li> <term>  Leve\n randør </term> <param ref=\"d\"/> </li><li/></ul>"
        "<ol><li><xref clause=\"HAE-01\"/></li></ol><p tender-only=\" 1 \">t</p></b>");
    QTest::newRow("cdata and entities")
        << QByteArray("<b><p><![CDATA[ <x> ]]>&amp;&#x1F600;</p><other>ignored</other></b>");
    QTest::newRow("no flow children") << QByteArray("<b>text only</b>");
}

void TestPackedFlow::read_whiteSpaceAndUnknownElements_likeReadFlow()
{
    QFETCH(QByteArray, xml);
    const XmlDocument doc = parseXml(xml);
    QVERIFY(doc.root());
    const Flow expected = RichText::readFlow(doc.root());
    const PackedFlow packed = PackedFlow::read(doc.root());
    QCOMPARE(packed.unpack(), expected);
    QCOMPARE(plain(packed), plain(expected));
    QCOMPARE(packed.bytes(), PackedFlow(expected).bytes());
}

void TestPackedFlow::empty_flow_isEmptyAndUnpacksEmpty()
{
    const PackedFlow empty;
    QVERIFY(empty.isEmpty());
    QVERIFY(empty.unpack().isEmpty());
    QVERIFY(PackedFlow(Flow()).isEmpty());
    QCOMPARE(plain(empty), QString());
    QVERIFY(empty.refs(Inline::Kind::Param).isEmpty());
    QVERIFY(!PackedFlow(Flow {Block::paragraph({})}).isEmpty());
    QVERIFY(empty != PackedFlow(Flow {Block::paragraph({})}));
}

void TestPackedFlow::fromBytes_garbage_unpacksWithoutCrash()
{
    const PackedFlow valid(Flow {Block::paragraph({Inline::param(QStringLiteral("deadline")),
                                     Inline::plain(QStringLiteral("æøå"))}),
        {Block::Kind::BulletList, {}, {{Inline::plain(QStringLiteral("x"))}}}});
    const QByteArray bytes = valid.bytes();
    // Every truncation and every single-byte change unpacks to some flow (ASan watches).
    for (qsizetype length = 0; length <= bytes.size(); ++length) {
        const PackedFlow cut = PackedFlow::fromBytes(bytes.left(length));
        QString text;
        cut.appendPlainText(text);
        QVERIFY(cut.unpack().size() <= 2);
        cut.refs(Inline::Kind::Param);
    }
    for (qsizetype at = 0; at < bytes.size(); ++at) {
        for (int value : {0x00, 0x0c, 0x10, 0x12, 0x13, 0x80, 0xc3, 0xff}) {
            QByteArray changed = bytes;
            changed[at] = char(value);
            const PackedFlow garbage = PackedFlow::fromBytes(changed);
            QString text;
            garbage.appendPlainText(text);
            garbage.unpack();
            garbage.refs(Inline::Kind::Xref);
        }
    }
    QCOMPARE(PackedFlow::fromBytes(bytes).unpack(), valid.unpack());
}

void TestPackedFlow::appendPlainUtf8_garbage_validOnlyWhereTextIsTheSame()
{
    Inline deleted;
    deleted.kind = Inline::Kind::Deleted;
    deleted.children = {Inline::plain(QStringLiteral("væk"))};
    const PackedFlow valid(Flow {
        Block::paragraph({Inline::plain(QStringLiteral("a\tæ–")), Inline::term(QStringLiteral("ø")),
            deleted, Inline::param(QStringLiteral("p")), Inline::plain(QStringLiteral("日"))}),
        {Block::Kind::OrderedList, {}, {{Inline::plain(QStringLiteral("x"))}, {}}}});
    QCOMPARE(QString::fromUtf8(plainUtf8(valid)), plain(valid));
    const QByteArray bytes = valid.bytes();
    // Where the UTF-8 is valid it is the text; the index trusts it only then.
    int invalid = 0;
    for (qsizetype at = 0; at < bytes.size(); ++at) {
        for (int value : {0x00, 0x0d, 0x10, 0x11, 0x12, 0x13, 0x41, 0x80, 0xa6, 0xc3, 0xe2, 0xff}) {
            QByteArray changed = bytes;
            changed[at] = char(value);
            const PackedFlow garbage = PackedFlow::fromBytes(changed);
            const QByteArray utf8 = plainUtf8(garbage);
            if (validUtf8(utf8))
                QCOMPARE(QString::fromUtf8(utf8), plain(garbage));
            else
                ++invalid;
        }
    }
    QVERIFY(invalid > 0);
    // A sequence cut by a tag (C3, then a term A6 ...) is not made whole by joining the runs.
    const PackedFlow cut = PackedFlow::fromBytes(QByteArray::fromHex("0161c30da66212"));
    QCOMPARE(plain(cut), QStringLiteral("a\uFFFD\uFFFDb"));
    QVERIFY(!validUtf8(plainUtf8(cut)));
}

void TestPackedFlow::equality_ignoresSourceLines()
{
    Inline atTen = Inline::param(QStringLiteral("p"));
    atTen.line = 10;
    Inline atTwenty = atTen;
    atTwenty.line = 20;
    const PackedFlow a(Flow {Block::paragraph({atTen})});
    const PackedFlow b(Flow {Block::paragraph({atTwenty})});
    QVERIFY(a == b);
    QVERIFY(a.bytes() != b.bytes());
    QVERIFY(a != PackedFlow(Flow {Block::paragraph({Inline::param(QStringLiteral("q"))})}));
}

void TestPackedFlow::refs_paramsAndXrefs_inOrderWithLines()
{
    const XmlDocument doc = parseXml("<b>\n<p>a <param ref=\"one\"/>\n<xref clause=\"HAE-01\"/>\n"
                                     "<term>t</term><em><param ref=\"two\"/></em></p></b>");
    const PackedFlow packed = PackedFlow::read(doc.root());
    const QList<Inline> params = packed.refs(Inline::Kind::Param);
    QCOMPARE(params.size(), 2);
    QCOMPARE(params.at(0).text, QStringLiteral("one"));
    QCOMPARE(params.at(0).line, 2);
    QCOMPARE(params.at(1).text, QStringLiteral("two"));
    QCOMPARE(params.at(1).line, 4);
    const QList<Inline> xrefs = packed.refs(Inline::Kind::Xref);
    QCOMPARE(xrefs.size(), 1);
    QCOMPARE(xrefs.at(0).text, QStringLiteral("HAE-01"));
    QCOMPARE(xrefs.at(0).line, 3);
}

QTEST_MAIN(TestPackedFlow)
#include "tst_packedflow.moc"
