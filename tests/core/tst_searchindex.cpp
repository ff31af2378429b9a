#include "core/libraryloader.h"
#include "core/searchindex.h"
#include "support/testsupport.h"

#include <QMap>
#include <QTest>

#include <algorithm>

using namespace klausul;

namespace {

/**
 * The search index as it was first written, slow and simple, to compare the real one with: every
 * field's text through RichText::toPlainText() and SearchIndex::tokenize(), a map from term to
 * clause to best weight, and a search that tries every term.
 */
class ReferenceIndex
{
public:
    struct Hit
    {
        int clause;
        double score;
    };

    ReferenceIndex(const QList<Clause> &clauses, const QList<Theme> &themes)
    {
        QHash<QString, QString> themeNames;
        for (const Theme &theme : themes)
            themeNames.insert(theme.id, theme.name.da + u' ' + theme.name.en);
        const auto pair = [](const auto &text) { return text.da + u' ' + text.en; };
        for (int c = 0; c < clauses.size(); ++c) {
            const Clause &clause = clauses.at(c);
            add(c, clause.id, 100);
            add(c, pair(clause.title), 40);
            add(c, themeNames.value(clause.theme), 25);
            for (const Reference &reference : clause.references)
                add(c, reference.id, 30);
            add(c, flowText(clause.body.da), 10);
            add(c, flowText(clause.body.en), 10);
            for (const Variant &variant : clause.variants) {
                add(c, pair(variant.label), 8);
                add(c, flowText(variant.body.da), 10);
                add(c, flowText(variant.body.en), 10);
            }
            for (const Parameter &parameter : clause.parameters) {
                add(c, pair(parameter.label), 8);
                for (const ParameterChoice &choice : parameter.choices)
                    add(c, pair(choice.label), 8);
            }
            for (const Guidance *g : {&clause.guidance.da, &clause.guidance.en}) {
                for (const GuidanceHeading &heading : guidanceHeadings())
                    add(c, flowText(g->*heading.member), 3);
            }
        }
        m_clauseCount = int(clauses.size());
    }

    int termCount() const { return int(m_terms.size()); }
    QStringList terms() const { return m_terms.keys(); }

    QList<Hit> search(const QString &query) const
    {
        const QStringList words = SearchIndex::tokenize(query, false);
        QList<Hit> hits;
        std::vector<double> total(std::size_t(m_clauseCount), 0.0);
        std::vector<bool> matchedAll(std::size_t(m_clauseCount), true);
        for (const QString &word : words) {
            std::vector<float> best(std::size_t(m_clauseCount), 0.0f);
            for (auto term = m_terms.cbegin(); term != m_terms.cend(); ++term) {
                float factor = 0.0f;
                if (term.key() == word)
                    factor = 1.0f;
                else if (term.key().startsWith(word))
                    factor = 0.8f;
                else if (word.size() >= 3 && term.key().contains(word))
                    factor = 0.5f;
                if (factor == 0.0f)
                    continue;
                for (auto posting = term->cbegin(); posting != term->cend(); ++posting) {
                    float &b = best[std::size_t(posting.key())];
                    b = std::max(b, posting.value() * factor);
                }
            }
            for (std::size_t c = 0; c < best.size(); ++c) {
                if (best[c] == 0.0f)
                    matchedAll[c] = false;
                total[c] += best[c];
            }
        }
        for (int c = 0; c < m_clauseCount; ++c) {
            if (words.isEmpty() || matchedAll[std::size_t(c)])
                hits.append({c, words.isEmpty() ? 0.0 : total[std::size_t(c)]});
        }
        std::stable_sort(
            hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.score > b.score; });
        return hits;
    }

private:
    static QString flowText(const Flow &flow)
    {
        return RichText::toPlainText(flow, [](const Inline &) { return QString(); });
    }

    void add(int clause, const QString &text, float weight)
    {
        const QStringList tokens = SearchIndex::tokenize(text);
        for (const QString &token : tokens) {
            float &best = m_terms[token][clause];
            best = std::max(best, weight);
        }
    }

    QMap<QString, QMap<int, float>> m_terms;
    int m_clauseCount = 0;
};

/** Compares the index's hits for `queries` with the reference's, clause by clause and score. */
void compareWithReference(
    const QList<Clause> &clauses, const QList<Theme> &themes, const QStringList &queries)
{
    const SearchIndex index(clauses, themes);
    const ReferenceIndex reference(clauses, themes);
    QCOMPARE(index.termCount(), reference.termCount());
    for (const QString &query : queries) {
        const QList<SearchIndex::Hit> hits = index.search(query);
        const QList<ReferenceIndex::Hit> expected = reference.search(query);
        QVERIFY2(hits.size() == expected.size(),
            qPrintable(QStringLiteral("query \"%1\": %2 hits, expected %3")
                           .arg(query)
                           .arg(hits.size())
                           .arg(expected.size())));
        for (qsizetype i = 0; i < hits.size(); ++i) {
            QVERIFY2(hits.at(i).clause == expected.at(i).clause &&
                    hits.at(i).score == expected.at(i).score,
                qPrintable(QStringLiteral("query \"%1\", hit %2: clause %3 (%4), expected %5 (%6)")
                               .arg(query)
                               .arg(i)
                               .arg(hits.at(i).clause)
                               .arg(hits.at(i).score)
                               .arg(expected.at(i).clause)
                               .arg(expected.at(i).score)));
        }
    }
}

} // namespace

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
    void search_bundledLibrary_matchesReference();
    void search_unusualText_matchesReference();
    void search_packedTextCases_matchesReference();

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

void TestSearchIndex::search_bundledLibrary_matchesReference()
{
    // More than 64 clauses: the index is built in two halves on two threads where there are two
    // cores, and merged.
    const auto library = LibraryLoader::load();
    QVERIFY(library->clauses().size() > 64);
    QStringList queries {QStringLiteral("hændelse"), QStringLiteral("haendelse"),
        QStringLiteral("leverandøren skal"), QStringLiteral("aarlig revision"),
        QStringLiteral("5.24"), QStringLiteral("isae 3402"), QStringLiteral("a"),
        QStringLiteral("s"), QStringLiteral("sik"), QStringLiteral("kryptering adgang"),
        QStringLiteral("21(2)"), QStringLiteral("ISO/IEC"), QStringLiteral("HAE-01"),
        QStringLiteral("nis2 art. 21"), QStringLiteral("zzzz"), QStringLiteral(" ")};
    // Every 80th term whole, its first one to three letters and its inside.
    const QStringList terms = ReferenceIndex(library->clauses(), library->themes()).terms();
    for (qsizetype t = 0; t < terms.size(); t += 80) {
        const QString &term = terms.at(t);
        queries << term << term.left(1) << term.left(2) << term.left(3);
        if (term.size() > 5)
            queries << term.mid(1, 4);
    }
    compareWithReference(library->clauses(), library->themes(), queries);
}

void TestSearchIndex::search_unusualText_matchesReference()
{
    // Folding corner cases (aa/ae/oe runs, letters whose lower case is longer, characters outside
    // the BMP, Latin-1 and beyond) in enough clauses to be built on two threads.
    const QStringList texts {QStringLiteral("Aae AAAE aaae oee OEE Oae laaerer"),
        QStringLiteral("İstanbul ǅemal ﬁnans Straße KELVIN \u212A \u00C5ngstr\u00F6m"),
        QStringLiteral("Mathematical \U0001D504\U0001D505 letters and \U0001F600 emoji"),
        QStringLiteral("Ærø ØRE Åben ÄRENDE Öl naïve façade Ĳssel Ωmega ΣΊΣΥΦΟΣ"),
        QStringLiteral("21(2)(b). iso/iec-27001:2022 a..b x- -y (z) 5.24. HAE-01) 1.2.3"),
        QStringLiteral("tab\tnew\nline\u00A0nbsp ¹²³ ½ µ ª º ÿ")};
    QList<Clause> clauses;
    for (int c = 0; c < 80; ++c) {
        const QString text = texts.at(c % texts.size());
        clauses << make(QStringLiteral("T-%1").arg(c), text.left(12 + c % 7),
            text + QStringLiteral(" klausul%1").arg(c % 9), text.mid(c % 5),
            QStringLiteral("%1.%2").arg(c % 4).arg(c % 3));
    }
    const QList<Theme> themes;
    compareWithReference(clauses, themes,
        {QStringLiteral("aae"), QStringLiteral("åæ"), QStringLiteral("øe"),
            QStringLiteral("laærer"), QStringLiteral("istanbul"), QStringLiteral("i̇stanbul"),
            QStringLiteral("finans"), QStringLiteral("ﬁnans"), QStringLiteral("strasse"),
            QStringLiteral("straße"), QStringLiteral("k"), QStringLiteral("ångstrøm"),
            QStringLiteral("\U0001D504"), QStringLiteral("æro"), QStringLiteral("ærø"),
            QStringLiteral("ærende"), QStringLiteral("naive facade"), QStringLiteral("σίσυφος"),
            QStringLiteral("21(2)(b)"), QStringLiteral("iso/iec-27001:2022"),
            QStringLiteral("27001"), QStringLiteral("a..b"), QStringLiteral("1.2.3"),
            QStringLiteral("klausul3"), QStringLiteral("t-7"), QStringLiteral("ª"),
            QStringLiteral("½"), QStringLiteral("2.1"), QStringLiteral("nbsp")});
}

void TestSearchIndex::search_packedTextCases_matchesReference()
{
    // What the UTF-8 path of the build meets in packed clause texts: inlines that join words
    // (terms, slots as nothing, deleted text), lists with numbers, escaped control characters,
    // characters beyond Latin-1 (one whose lower case is longer in UTF-8), words of 8, 15, 16 and
    // more bytes sharing their first 16, aa/ae/oe at every place of a 16-byte block and across
    // inlines, and bytes that are not UTF-8 (a sequence cut by a tag, a stray continuation).
    const QString ascii =
        QStringLiteral("Thequickbrownfoxjumpsoverthelazydog sikkerhedshaendelse ");
    QList<Flow> flows;
    for (int shift = 0; shift < 18; ++shift) {
        flows << Flow {Block::paragraph({Inline::plain(QString(shift, u'x') +
            QStringLiteral(" baad aeble oel OE AAAE paa-aa x.ae 21(2)(b)."))})};
    }
    flows << Flow {Block::paragraph(
        {Inline::plain(QStringLiteral("Leverand")), Inline::term(QStringLiteral("ørens")),
            Inline::plain(QStringLiteral(" pa")), Inline::param(QStringLiteral("slot")),
            Inline::plain(QStringLiteral("arl")), Inline::plain(QStringLiteral("ig a")),
            Inline::term(QStringLiteral("e")), Inline::plain(QStringLiteral("ble"))})};
    Inline deleted;
    deleted.kind = Inline::Kind::Deleted;
    deleted.children = {Inline::plain(QStringLiteral("slettet tekst"))};
    Inline emphasis;
    emphasis.kind = Inline::Kind::Emphasis;
    emphasis.children = {
        Inline::plain(QStringLiteral("fremhævet")), Inline::term(QStringLiteral("ord"))};
    flows << Flow {Block::paragraph({Inline::plain(QStringLiteral("før")), deleted,
                       Inline::plain(QStringLiteral("efter ")), emphasis}),
        {Block::Kind::OrderedList, {},
            {{Inline::plain(QStringLiteral("første punkt"))},
                {Inline::plain(QStringLiteral("andet"))},
                {Inline::plain(QStringLiteral("tredje"))}}},
        {Block::Kind::BulletList, {}, {{Inline::plain(QStringLiteral("punkt - med streg"))}}}};
    flows << Flow {Block::paragraph({Inline::plain(QStringLiteral(
        "tab\there\nnew\u0001ctl “citat” – tankestreg ‘x’ \u00A0nbsp \u023Aa \u023A\u023A "
        "Ǆemal ΑΘΗΝΑ Мосвка 日本語 Straße ﬁ İstanbul ẞ"))})};
    flows << Flow {Block::paragraph({Inline::plain(ascii.repeated(3) +
        QStringLiteral("abcdefgh abcdefghijklmno abcdefghijklmnop abcdefghijklmnopq "
                       "abcdefghijklmnopr abcdefghijklmnopqrstuvwxyz1 "
                       "abcdefghijklmnopqrstuvwxyz2 abcdefghijklmnæø abcdefghijklmnøæ"))})};
    // Paragraph, "ab", a cut sequence (C3), a term of a stray continuation (A6), "x", its end,
    // "c"; then a lone lead byte and an overlong "/" in a second paragraph.
    const QByteArray garbage = QByteArray::fromHex("01616263c30da67812630161e2c0af2f62");
    QList<Clause> clauses;
    for (int c = 0; c < 72; ++c) {
        Clause clause = make(QStringLiteral("P-%1").arg(c), QStringLiteral("Titel %1").arg(c % 5),
            QString(), QStringLiteral("vejledning %1").arg(c % 3));
        clause.body.da = flows.at(c % flows.size());
        clause.body.en = c % 4 == 0 ? PackedFlow::fromBytes(garbage)
                                    : PackedFlow(flows.at((c + 5) % flows.size()));
        clauses << clause;
    }
    compareWithReference(clauses, {},
        {QStringLiteral("båd"), QStringLiteral("æble"), QStringLiteral("øl"), QStringLiteral("ø"),
            QStringLiteral("åæ"), QStringLiteral("på-å"), QStringLiteral("x.æ"),
            QStringLiteral("21(2)(b)"), QStringLiteral("leverandørens"), QStringLiteral("påårlig"),
            QStringLiteral("æble"), QStringLiteral("førefter"), QStringLiteral("slettet"),
            QStringLiteral("fremhævetord"), QStringLiteral("1"), QStringLiteral("3"),
            QStringLiteral("punkt"), QStringLiteral("streg"), QStringLiteral("tab"),
            QStringLiteral("ctl"), QStringLiteral("citat"), QStringLiteral("tankestreg"),
            QStringLiteral("\u2C65a"), QStringLiteral("ⱥⱥ"), QStringLiteral("ǆemal"),
            QStringLiteral("αθηνα"), QStringLiteral("мосвка"), QStringLiteral("日本"),
            QStringLiteral("straße"), QStringLiteral("fi"), QStringLiteral("istanbul"),
            QStringLiteral("ß"), QStringLiteral("thequick"), QStringLiteral("sikkerhedshændelse"),
            QStringLiteral("abcdefgh"), QStringLiteral("abcdefghijklmno"),
            QStringLiteral("abcdefghijklmnop"), QStringLiteral("abcdefghijklmnopq"),
            QStringLiteral("abcdefghijklmnopr"), QStringLiteral("abcdefghijklmnopqrstuvwxyz1"),
            QStringLiteral("abcdefghijklmnæø"), QStringLiteral("ab"), QStringLiteral("abc"),
            QStringLiteral("xc"), QStringLiteral("b"), QStringLiteral("klm")});
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
