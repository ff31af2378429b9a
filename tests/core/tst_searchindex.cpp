#include "core/libraryloader.h"
#include "core/searchindex.h"
#include "support/testsupport.h"

#include <QTest>

using namespace klausul;

class TestSearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void normalize_danishAndAccents_data();
    void normalize_danishAndAccents();
    void tokenize_idsAndReferences_stayWhole();
    void search_danishQueries_data();
    void search_danishQueries();
    void search_titleHit_ranksAboveBodyHit();
    void search_emptyQuery_returnsAllInOrder();
    void search_bundledLibrary_findsIncidentClause();

private:
    static Clause make(const QString &id, const QString &title, const QString &body,
        const QString &guidance = {}, const QString &reference = {});
    QList<Clause> m_clauses;
    SearchIndex m_index;
};

Clause TestSearchIndex::make(const QString &id, const QString &title, const QString &body,
    const QString &guidance, const QString &reference)
{
    Clause clause;
    clause.id = id;
    clause.title.da = title;
    clause.body.da = {Block::paragraph({Inline::plain(body)})};
    if (!guidance.isEmpty())
        clause.guidance.da.purpose = {Block::paragraph({Inline::plain(guidance)})};
    if (!reference.isEmpty())
        clause.references.append(
            {QStringLiteral("iso27001"), QStringLiteral("2022"), reference, 0});
    return clause;
}

void TestSearchIndex::initTestCase()
{
    m_clauses = {
        make(QStringLiteral("HAE-01"), QStringLiteral("Underretning om Sikkerhedshændelser"),
            QStringLiteral("Leverandøren skal give varsel."), {}, QStringLiteral("5.24")),
        make(QStringLiteral("REV-01"), QStringLiteral("Årlig revisionserklæring"),
            QStringLiteral("En erklæring efter ISAE 3402."), {}, QStringLiteral("5.35")),
        make(QStringLiteral("KRY-01"), QStringLiteral("Kryptering"),
            QStringLiteral("Data krypteres med AES; hændelser logges."),
            QStringLiteral("Formålet er fortrolighed.")),
        make(QStringLiteral("CAF-01"), QStringLiteral("Résumé på café"),
            QStringLiteral("Naïve tekst om ørken og ål.")),
        make(QStringLiteral("NIS-01"), QStringLiteral("Forsyningskæden"),
            QStringLiteral("Se NIS2 art. 21(2)(d)."), {}, QStringLiteral("21(2)(d)")),
    };
    m_index = SearchIndex(m_clauses);
}

void TestSearchIndex::normalize_danishAndAccents_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("upper case Danish")
        << QStringLiteral("HÆNDELSE ØST ÅR") << QStringLiteral("hændelse øst år");
    QTest::newRow("aa is å") << QStringLiteral("Aarhus aarlig") << QStringLiteral("århus årlig");
    QTest::newRow("ae is æ") << QStringLiteral("haendelse") << QStringLiteral("hændelse");
    QTest::newRow("oe is ø") << QStringLiteral("Leverandoeren") << QStringLiteral("leverandøren");
    QTest::newRow("Swedish and German letters")
        << QStringLiteral("Ärende Öl") << QStringLiteral("ærende øl");
    QTest::newRow("accents go") << QStringLiteral("Résumé naïve café")
                                << QStringLiteral("resume naive cafe");
    QTest::newRow("ø stays ø") << QStringLiteral("ø") << QStringLiteral("ø");
}

void TestSearchIndex::normalize_danishAndAccents()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(SearchIndex::normalize(input), expected);
}

void TestSearchIndex::tokenize_idsAndReferences_stayWhole()
{
    const QStringList tokens =
        SearchIndex::tokenize(QStringLiteral("HAE-01 og 5.24, jf. 21(2)(b)."));
    QVERIFY2(tokens.contains(QStringLiteral("hæ-01")), qPrintable(tokens.join(u'|')));
    QVERIFY(tokens.contains(QStringLiteral("hæ")));
    QVERIFY(tokens.contains(QStringLiteral("5.24")));
    QVERIFY(tokens.contains(QStringLiteral("21(2)(b)")));
    QVERIFY(tokens.contains(QStringLiteral("og")));
    QVERIFY(tokens.contains(QStringLiteral("jf")));
    QCOMPARE(SearchIndex::tokenize(QStringLiteral("21(2)(b)"), false),
        QStringList {QStringLiteral("21(2)(b)")});
}

void TestSearchIndex::search_danishQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const QStringList hae {QStringLiteral("HAE-01")};
    QTest::newRow("exact word") << QStringLiteral("sikkerhedshændelser") << hae;
    QTest::newRow("case-insensitive") << QStringLiteral("SIKKERHEDSHÆNDELSER") << hae;
    QTest::newRow("prefix") << QStringLiteral("underr") << hae;
    QTest::newRow("ae for æ") << QStringLiteral("sikkerhedshaendelser") << hae;
    QTest::newRow("oe for ø") << QStringLiteral("leverandoeren") << hae;
    QTest::newRow("o is not ø") << QStringLiteral("leverandoren") << QStringList();
    QTest::newRow("aa finds å") << QStringLiteral("aarlig")
                                << QStringList {QStringLiteral("REV-01")};
    QTest::newRow("a is not å") << QStringLiteral("arlig") << QStringList();
    QTest::newRow("accent-insensitive")
        << QStringLiteral("resume cafe") << QStringList {QStringLiteral("CAF-01")};
    QTest::newRow("accented query")
        << QStringLiteral("ØRKEN ÅL") << QStringList {QStringLiteral("CAF-01")};
    QTest::newRow("clause id") << QStringLiteral("hae-01") << hae;
    QTest::newRow("clause id prefix")
        << QStringLiteral("rev") << QStringList {QStringLiteral("REV-01")};
    QTest::newRow("ISO control id") << QStringLiteral("5.24") << hae;
    QTest::newRow("NIS2 letter") << QStringLiteral("21(2)(d)")
                                 << QStringList {QStringLiteral("NIS-01")};
    QTest::newRow("guidance text")
        << QStringLiteral("fortrolighed") << QStringList {QStringLiteral("KRY-01")};
    QTest::newRow("all words must match") << QStringLiteral("kryptering revision") << QStringList();
    QTest::newRow("ISAE") << QStringLiteral("isae 3402") << QStringList {QStringLiteral("REV-01")};
}

void TestSearchIndex::search_danishQueries()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(m_index.searchIds(query), expected);
}

void TestSearchIndex::search_titleHit_ranksAboveBodyHit()
{
    // "hændelse" is in HAE-01's title and only in KRY-01's text.
    const QStringList ids = m_index.searchIds(QStringLiteral("hændelse"));
    QCOMPARE(ids.size(), 2);
    QCOMPARE(ids.at(0), QStringLiteral("HAE-01"));
    QCOMPARE(ids.at(1), QStringLiteral("KRY-01"));
}

void TestSearchIndex::search_emptyQuery_returnsAllInOrder()
{
    QCOMPARE(m_index.searchIds(QStringLiteral("  ")).size(), m_clauses.size());
    QCOMPARE(m_index.searchIds(QString()).first(), QStringLiteral("HAE-01"));
}

void TestSearchIndex::search_bundledLibrary_findsIncidentClause()
{
    const auto library = LibraryLoader::load();
    const SearchIndex index(library->clauses());
    const QStringList ids = index.searchIds(QStringLiteral("hændelse"));
    QVERIFY(ids.contains(QStringLiteral("HAE-01")));
    QVERIFY(index.searchIds(QStringLiteral("haendelse")).contains(QStringLiteral("HAE-01")));
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
