#include "core/safexml.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <libxml/parser.h>
#include <libxml/tree.h>

using namespace klausul;

class TestSafeXml : public QObject
{
    Q_OBJECT

private slots:
    void parse_wellFormedClause_succeeds();
    void parse_generatedHostile_isRefusedWithLocation_data();
    void parse_generatedHostile_isRefusedWithLocation();
    void readFile_twentyMegabyteAttribute_isRefusedBeforeReading();
    void validate_longAttributeValue_messageIsCut();
    void validate_schemaError_pointsAtElementColumn();
    void entityLoader_withEntitySubstitution_stillLoadsNothing();
    void entityLoader_xinclude_staysInert();
    void readFile_missingFile_isIoError();
    void readFirstChild_childNearTop_readsItAndStopsThere();
    void readFirstChild_noSuchChild_trueWithoutReading();
    void streamCheck_documentInPieces_acceptedAboveTheFileLimit();
    void streamCheck_hostile_isRefused_data();
    void streamCheck_hostile_isRefused();
};

namespace {
const QByteArray minimalClause = QByteArrayLiteral(
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<clause xmlns=\"urn:klausul:library:1\" id=\"T-01\" version=\"1\" status=\"approved\" "
    "option=\"C\" theme=\"x\" type=\"K\">\n"
    "  <title lang=\"da\">Titel</title>\n"
    "</clause>\n");
} // namespace

void TestSafeXml::parse_wellFormedClause_succeeds()
{
    IssueList issues;
    const XmlDocument doc = SafeXml::parse(minimalClause, QStringLiteral("t.xml"), &issues);
    QVERIFY2(doc, qPrintable(test::describe(issues)));
    QVERIFY(issues.isEmpty());
    QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(doc.root()->name)),
        QStringLiteral("clause"));
}

void TestSafeXml::parse_generatedHostile_isRefusedWithLocation_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    QByteArray deep = QByteArrayLiteral("<?xml version=\"1.0\"?>\n");
    for (int i = 0; i < 200000; ++i)
        deep += "<a>";
    for (int i = 0; i < 200000; ++i)
        deep += "</a>";
    QTest::newRow("200000-deep nesting") << deep << 2 << QStringLiteral("nested too deeply");

    QByteArray big = QByteArrayLiteral("<?xml version=\"1.0\"?>\n<clause id=\"");
    big += QByteArray(20 * 1024 * 1024, 'A');
    big += "\"/>\n";
    QTest::newRow("20 MB attribute") << big << 1 << QStringLiteral("too large");

    QTest::newRow("BOM then DOCTYPE")
        << QByteArrayLiteral("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n\n<!DOCTYPE x [<!ENTITY e "
                             "SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")
        << 3 << QStringLiteral("DOCTYPE");
    QTest::newRow("lower-case doctype")
        << QByteArrayLiteral("<!doctype x><x/>") << 1 << QStringLiteral("DOCTYPE");
    QTest::newRow("UTF-32 declared")
        << QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-32\"?><x/>") << 1
        << QStringLiteral("must be encoded as UTF-8");
    QTest::newRow("undeclared entity")
        << QByteArrayLiteral("<?xml version=\"1.0\"?>\n<x>&nope;</x>") << 2
        << QStringLiteral("Entity 'nope' not defined");
    QTest::newRow("two roots") << QByteArrayLiteral("<?xml version=\"1.0\"?>\n<x/>\n<y/>") << 3
                               << QStringLiteral("unexpected content after the root element");
}

void TestSafeXml::parse_generatedHostile_isRefusedWithLocation()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, message);

    // parse() and the stream of readFirstChild() (no such child: it reads everything) alike.
    for (const bool streamed : {false, true}) {
        IssueList issues;
        const QString file = QStringLiteral("hostile.xml");
        const bool read = streamed
            ? SafeXml::readFirstChild(
                  data, file, "none", [](const xmlNode *, const xmlNode *) {}, &issues)
            : bool(SafeXml::parse(data, file, &issues));
        QVERIFY(!read);
        QVERIFY2(!issues.isEmpty(), "refused without saying why");
        const Issue &first = issues.constFirst();
        QVERIFY2(first.message.contains(message), qPrintable(test::describe(issues)));
        QCOMPARE(first.file, file);
        QCOMPARE(first.line, line);
        QVERIFY(first.column >= 1);
        QVERIFY2(first.message.size() < 400, "a message must not echo the document");
    }
}

void TestSafeXml::readFile_twentyMegabyteAttribute_isRefusedBeforeReading()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.xml"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version=\"1.0\"?>\n<clause id=\"");
        const QByteArray chunk(1024 * 1024, 'A');
        for (int i = 0; i < 20; ++i)
            file.write(chunk);
        file.write("\"/>\n");
    }
    const long before = test::peakRssKiB();
    QByteArray data;
    IssueList issues;
    QVERIFY(!SafeXml::readFile(path, &data, &issues));
    QVERIFY(data.isEmpty());
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues.first().message.contains(QStringLiteral("too large")));
    QCOMPARE(issues.first().line, 1);
    // Refused from the file size: the 20 MB were never read into memory.
    QVERIFY2(test::peakRssKiB() - before < 10 * 1024, "the file was read before it was refused");
}

void TestSafeXml::validate_longAttributeValue_messageIsCut()
{
    QByteArray data = minimalClause;
    data.replace("id=\"T-01\"", "id=\"" + QByteArray(7 * 1024 * 1024, 'Q') + '"');
    IssueList issues;
    const XmlDocument doc = SafeXml::parse(data, QStringLiteral("long.xml"), &issues);
    QVERIFY2(doc, qPrintable(test::describe(issues)));
    QVERIFY(!SafeXml::validate(doc, Schema::Clause, data, QStringLiteral("long.xml"), &issues));
    QVERIFY(!issues.isEmpty());
    for (const Issue &issue : std::as_const(issues))
        QVERIFY2(issue.message.size() <= 301, "a long value from the file was echoed whole");
    QCOMPARE(issues.first().line, 2);
}

void TestSafeXml::validate_schemaError_pointsAtElementColumn()
{
    QByteArray data = minimalClause;
    data.replace("  <title lang=\"da\">Titel</title>\n",
        "  <title lang=\"da\">Titel</title>\n    <bogus/>\n");
    IssueList issues;
    const XmlDocument doc = SafeXml::parse(data, QStringLiteral("col.xml"), &issues);
    QVERIFY(doc);
    QVERIFY(!SafeXml::validate(doc, Schema::Clause, data, QStringLiteral("col.xml"), &issues));
    const auto it = std::find_if(issues.cbegin(), issues.cend(),
        [](const Issue &i) { return i.message.contains(QStringLiteral("'bogus'")); });
    QVERIFY2(it != issues.cend(), qPrintable(test::describe(issues)));
    QCOMPARE(it->line, 4);
    QCOMPARE(it->column, 5);
    QVERIFY2(!it->message.contains(QStringLiteral("urn:klausul")), "namespace noise in message");
}

void TestSafeXml::entityLoader_withEntitySubstitution_stillLoadsNothing()
{
    // The second line of defence: even a caller that asked libxml2 for entity substitution
    // (Klausul never does) gets nothing from disk once SafeXml is initialised.
    SafeXml::initialise();
    const QString secret = test::dataPath(QStringLiteral("clauses/hostile/secret.txt"));
    const QByteArray doc = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file://" +
        secret.toUtf8() + "\">]><x>&e;</x>";
    xmlDoc *parsed = xmlReadMemory(doc.constData(), int(doc.size()), "t.xml", nullptr,
        XML_PARSE_NOENT | XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    QString content;
    if (parsed) {
        xmlChar *text = xmlNodeGetContent(xmlDocGetRootElement(parsed));
        content = QString::fromUtf8(reinterpret_cast<const char *>(text));
        xmlFree(text);
        xmlFreeDoc(parsed);
    }
    QVERIFY2(!content.contains(QStringLiteral("KLAUSUL-SECRET-MARKER")),
        "the deny-all loader let an external entity through");
}

void TestSafeXml::entityLoader_xinclude_staysInert()
{
    const QByteArray data = QByteArrayLiteral(
        "<?xml version=\"1.0\"?>\n<x xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
        "<xi:include href=\"file:///etc/passwd\" parse=\"text\"/></x>");
    IssueList issues;
    const XmlDocument doc = SafeXml::parse(data, QStringLiteral("xi.xml"), &issues);
    QVERIFY(doc); // well-formed; the include is just an element and is never processed
    xmlChar *text = xmlNodeGetContent(doc.root());
    const QString content = QString::fromUtf8(reinterpret_cast<const char *>(text));
    xmlFree(text);
    QVERIFY(!content.contains(QStringLiteral("root:")));
}

void TestSafeXml::readFile_missingFile_isIoError()
{
    QByteArray data;
    IssueList issues;
    QVERIFY(!SafeXml::readFile(QStringLiteral("/nonexistent/klausul.xml"), &data, &issues));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().category, Issue::Category::Io);
}

QTEST_GUILESS_MAIN(TestSafeXml)
void TestSafeXml::readFirstChild_childNearTop_readsItAndStopsThere()
{
    // The stream stops a little after the child: the fault at the end of this 400 kB document
    // is never reached.
    QByteArray data = "<?xml version=\"1.0\"?>\n<draft xmlns=\"urn:x\" format=\"1\">"
                      "<before><metadata>not this one</metadata></before>\n"
                      "<metadata><tender>Cloud &amp; drift</tender><n>2</n></metadata>";
    for (int i = 0; i < 10000; ++i)
        data += "<section><p>Some forty bytes of text.</p></section>\n";
    data += "<section><unclosed></section>";
    IssueList issues;
    QString rootName, rootNamespace, format, tender;
    int children = 0;
    const bool ok = SafeXml::readFirstChild(
        data, QStringLiteral("head.xml"), "metadata",
        [&](const xmlNode *root, const xmlNode *element) {
            rootName = QString::fromUtf8(reinterpret_cast<const char *>(root->name));
            rootNamespace = QString::fromUtf8(reinterpret_cast<const char *>(root->ns->href));
            xmlChar *value = xmlGetProp(root, reinterpret_cast<const xmlChar *>("format"));
            format = QString::fromUtf8(reinterpret_cast<const char *>(value));
            xmlFree(value);
            for (const xmlNode *child = element->children; child; child = child->next) {
                ++children;
                if (xmlStrEqual(child->name, reinterpret_cast<const xmlChar *>("tender"))) {
                    xmlChar *text = xmlNodeGetContent(child);
                    tender = QString::fromUtf8(reinterpret_cast<const char *>(text));
                    xmlFree(text);
                }
            }
        },
        &issues);
    QVERIFY2(ok, qPrintable(test::describe(issues)));
    QVERIFY(issues.isEmpty());
    QCOMPARE(rootName, QStringLiteral("draft"));
    QCOMPARE(rootNamespace, QStringLiteral("urn:x"));
    QCOMPARE(format, QStringLiteral("1"));
    QCOMPARE(tender, QStringLiteral("Cloud & drift"));
    QCOMPARE(children, 2);
}

void TestSafeXml::readFirstChild_noSuchChild_trueWithoutReading()
{
    IssueList issues;
    bool called = false;
    QVERIFY(SafeXml::readFirstChild(
        "<draft><a><metadata/></a><b/></draft>", QStringLiteral("none.xml"), "metadata",
        [&](const xmlNode *, const xmlNode *) { called = true; }, &issues));
    QVERIFY(!called);
    QVERIFY(issues.isEmpty());
}

void TestSafeXml::streamCheck_documentInPieces_acceptedAboveTheFileLimit()
{
    QByteArray document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><d>";
    const QByteArray row = "<p a=\"1\">tekst &amp; mere tekst æøå</p>";
    while (document.size() <= SafeXml::MaxFileSize)
        document += row;
    document += "</d>";
    SafeXml::StreamCheck check(QStringLiteral("big.xml"));
    // Pieces that cut through tags, entities and multi-byte characters.
    for (qsizetype at = 0; at < document.size(); at += 4093)
        QVERIFY(check.feed(
            document.constData() + at, int(qMin<qsizetype>(4093, document.size() - at))));
    IssueList issues;
    QVERIFY(check.finish(&issues));
    QVERIFY(issues.isEmpty());
}

void TestSafeXml::streamCheck_hostile_isRefused_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("message");
    QTest::newRow("doctype") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a "
                                           "\"aaaa\">]><d>&a;</d>")
                             << QStringLiteral("DOCTYPE");
    QTest::newRow("undeclared entity") << QByteArray("<d>&a;</d>") << QStringLiteral("a");
    QTest::newRow("unclosed") << QByteArray("<d><e></d>") << QStringLiteral("");
    QTest::newRow("utf16") << QByteArray("\xFF\xFE<\0d\0/\0>\0", 10) << QStringLiteral("UTF-8");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
}

void TestSafeXml::streamCheck_hostile_isRefused()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, message);
    SafeXml::StreamCheck check(QStringLiteral("hostile.xml"));
    if (!document.isEmpty())
        check.feed(document.constData(), int(document.size()));
    IssueList issues;
    QVERIFY(!check.finish(&issues));
    QVERIFY(!issues.isEmpty());
    QCOMPARE(issues.constFirst().file, QStringLiteral("hostile.xml"));
    QVERIFY2(
        issues.constFirst().message.contains(message), qPrintable(issues.constFirst().message));
}

#include "tst_safexml.moc"
