#include "core/draftio.h"
#include "core/libraryloader.h"
#include "core/pandocast.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace klausul;

/**
 * Golden tests of the Pandoc AST: the JSON for each edition of tests/data/drafts/full.klausul is
 * compared with the files in tests/data/export. After an intended change, regenerate them with
 * KLAUSUL_UPDATE_GOLDEN=1 and review the diff.
 */
class TestPandocAst : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void build_fullDraft_matchesGolden_data();
    void build_fullDraft_matchesGolden();
    void json_fullDraft_isTheGoldenAstByteForByte_data();
    void json_fullDraft_isTheGoldenAstByteForByte();
    void build_anyDraft_hasNoRawOrImageNodes_data();
    void build_anyDraft_hasNoRawOrImageNodes();
    void build_injectionDraft_keepsTextLiteral();
    void build_editions_differInSections();

private:
    QJsonObject build(const QString &draftFile, Edition edition, Language language) const;
    LibraryPtr m_library;
};

void TestPandocAst::initTestCase()
{
    m_library = LibraryLoader::load({test::dataPath(QStringLiteral("clauses/valid"))});
}

QJsonObject TestPandocAst::build(const QString &draftFile, Edition edition, Language language) const
{
    IssueList issues;
    const auto draft =
        DraftIo::read(test::dataPath(QStringLiteral("drafts/") + draftFile), &issues);
    if (!draft)
        return {};
    const Annex annex = AnnexBuilder::build(*m_library, *draft, language);
    PandocAst::Options options;
    options.edition = edition;
    options.changeDate = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
    return PandocAst::build(annex, options);
}

void TestPandocAst::build_fullDraft_matchesGolden_data()
{
    QTest::addColumn<int>("edition");
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("golden");
    QTest::newRow("tender da") << int(Edition::Tender) << int(Language::Danish)
                               << QStringLiteral("full-tender-da.json");
    QTest::newRow("contract en") << int(Edition::Contract) << int(Language::English)
                                 << QStringLiteral("full-contract-en.json");
    QTest::newRow("review da") << int(Edition::Review) << int(Language::Danish)
                               << QStringLiteral("full-review-da.json");
}

void TestPandocAst::build_fullDraft_matchesGolden()
{
    QFETCH(int, edition);
    QFETCH(int, language);
    QFETCH(QString, golden);
    const QJsonObject ast =
        build(QStringLiteral("full.klausul"), Edition(edition), Language(language));
    QVERIFY(!ast.isEmpty());
    const QByteArray actual = QJsonDocument(ast).toJson(QJsonDocument::Indented);
    const QString path = test::dataPath(QStringLiteral("export/") + golden);
    if (qEnvironmentVariableIsSet("KLAUSUL_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual);
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path + QStringLiteral(" is missing")));
    const QByteArray expected = file.readAll();
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(expected));
}

void TestPandocAst::json_fullDraft_isTheGoldenAstByteForByte_data()
{
    build_fullDraft_matchesGolden_data();
}

void TestPandocAst::json_fullDraft_isTheGoldenAstByteForByte()
{
    QFETCH(int, edition);
    QFETCH(int, language);
    QFETCH(QString, golden);
    IssueList issues;
    const auto draft =
        DraftIo::read(test::dataPath(QStringLiteral("drafts/full.klausul")), &issues);
    QVERIFY(draft);
    PandocAst::Options options;
    options.edition = Edition(edition);
    options.changeDate = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
    const QByteArray streamed =
        PandocAst::json(AnnexBuilder::build(*m_library, *draft, Language(language)), options);
    QFile file(test::dataPath(QStringLiteral("export/") + golden));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error {};
    const QJsonDocument expected = QJsonDocument::fromJson(file.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    // What QJsonDocument would write for the golden tree, to the byte.
    QCOMPARE(
        QString::fromUtf8(streamed), QString::fromUtf8(expected.toJson(QJsonDocument::Compact)));
}

void TestPandocAst::build_anyDraft_hasNoRawOrImageNodes_data()
{
    QTest::addColumn<QString>("draft");
    QTest::addColumn<int>("edition");
    for (const QString &draft : {QStringLiteral("full.klausul"),
             QStringLiteral("injection.klausul"), QStringLiteral("problems.klausul")}) {
        for (Edition edition : {Edition::Tender, Edition::Contract, Edition::Review})
            QTest::newRow(qPrintable(draft + u' ' + editionCode(edition))) << draft << int(edition);
    }
}

void TestPandocAst::build_anyDraft_hasNoRawOrImageNodes()
{
    QFETCH(QString, draft);
    QFETCH(int, edition);
    const QStringList types =
        PandocAst::nodeTypes(build(draft, Edition(edition), Language::Danish));
    QVERIFY(types.contains(QStringLiteral("Str")));
    const QStringList allowed {QStringLiteral("AlignDefault"), QStringLiteral("AlignLeft"),
        QStringLiteral("BulletList"), QStringLiteral("ColWidth"), QStringLiteral("Decimal"),
        QStringLiteral("Div"), QStringLiteral("Emph"), QStringLiteral("Header"),
        QStringLiteral("MetaBlocks"), QStringLiteral("MetaInlines"), QStringLiteral("MetaList"),
        QStringLiteral("MetaString"), QStringLiteral("OrderedList"), QStringLiteral("Para"),
        QStringLiteral("Period"), QStringLiteral("Plain"), QStringLiteral("Space"),
        QStringLiteral("Span"), QStringLiteral("Str"), QStringLiteral("Strong"),
        QStringLiteral("Table")};
    for (const QString &type : types)
        QVERIFY2(allowed.contains(type), qPrintable(QStringLiteral("unexpected node ") + type));
}

void TestPandocAst::build_injectionDraft_keepsTextLiteral()
{
    const QByteArray json =
        QJsonDocument(build(QStringLiteral("injection.klausul"), Edition::Tender, Language::Danish))
            .toJson(QJsonDocument::Compact);
    // Each hostile string is carried as ordinary Str text, split only at spaces (punctuation of
    // the clause text may follow it in the same Str).
    for (const char *literal : {"\\\\input{/etc/hostname}", "</w:t></w:r><w:r><w:t>XMLINJ",
             "<script>alert(1)</script>", "**fed**", "$x$", "{=openxml}",
             "![billede](/etc/hostname)", "[lenke](file:///etc/passwd)"}) {
        const QByteArray needle = QByteArray("{\"c\":\"") + literal;
        QVERIFY2(json.contains(needle), literal);
    }
}

void TestPandocAst::build_editions_differInSections()
{
    auto headers = [](const QJsonObject &ast) {
        QStringList ids;
        for (const QJsonValue &block : ast.value(QStringLiteral("blocks")).toArray()) {
            const QJsonObject o = block.toObject();
            if (o.value(QStringLiteral("t")) == QLatin1String("Header") &&
                o.value(QStringLiteral("c")).toArray().at(0).toInt() == 1)
                ids << o.value(QStringLiteral("c")).toArray().at(1).toArray().at(0).toString();
        }
        return ids;
    };
    const QStringList tender =
        headers(build(QStringLiteral("full.klausul"), Edition::Tender, Language::Danish));
    const QStringList contract =
        headers(build(QStringLiteral("full.klausul"), Edition::Contract, Language::Danish));
    const QStringList review =
        headers(build(QStringLiteral("full.klausul"), Edition::Review, Language::Danish));
    QCOMPARE(tender,
        (QStringList {QStringLiteral("vejledning"), QStringLiteral("indledning"),
            QStringLiteral("afsnit-s1"), QStringLiteral("afsnit-s2"),
            QStringLiteral("complianceskema")}));
    QCOMPARE(contract,
        (QStringList {QStringLiteral("indledning"), QStringLiteral("afsnit-s1"),
            QStringLiteral("afsnit-s2")}));
    QCOMPARE(review,
        (QStringList {QStringLiteral("problemer"), QStringLiteral("afsnit-s1"),
            QStringLiteral("afsnit-s2"), QStringLiteral("foelg-eller-forklar"),
            QStringLiteral("daekning")}));
}

QTEST_GUILESS_MAIN(TestPandocAst)
#include "tst_pandocast.moc"
