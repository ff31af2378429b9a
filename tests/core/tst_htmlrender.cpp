#include "core/annex.h"
#include "core/draftio.h"
#include "core/htmlrender.h"
#include "core/libraryloader.h"
#include "support/testsupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTextDocument>

using namespace klausul;

/**
 * HtmlRender promises that nothing from a clause or a draft is ever inserted as markup. The
 * injection draft carries HTML, OpenXML, LaTeX and Markdown in values, titles and own wording; the
 * previews must show it as text and contain only the tags HtmlRender itself writes.
 */
class TestHtmlRender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void annex_injectionDraft_onlyOwnTags_data();
    void annex_injectionDraft_onlyOwnTags();
    void requirement_injectionDraft_showsHostileTextLiterally();
    void clause_everyLibraryClause_onlyOwnTags();
    void flow_markupInText_isEscaped();

private:
    static QSet<QString> tagsOf(const QString &html);
    static void verifyOwnTags(const QString &html);

    LibraryPtr m_library;
    Draft m_injection;
};

void TestHtmlRender::initTestCase()
{
    m_library = LibraryLoader::load({test::dataPath(QStringLiteral("clauses/valid"))});
    QVERIFY(m_library);
    IssueList issues;
    const auto draft =
        DraftIo::read(test::dataPath(QStringLiteral("drafts/injection.klausul")), &issues);
    QVERIFY2(draft, qPrintable(test::describe(issues)));
    m_injection = *draft;
}

QSet<QString> TestHtmlRender::tagsOf(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<\\s*/?\\s*([A-Za-z][A-Za-z0-9:_-]*)"));
    QSet<QString> tags;
    for (const QRegularExpressionMatch &match : tag.globalMatch(html))
        tags.insert(match.captured(1).toLower());
    return tags;
}

void TestHtmlRender::verifyOwnTags(const QString &html)
{
    // The tags htmlrender.cpp writes, and nothing else.
    static const QSet<QString> own {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("br"),
        QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"),
        QStringLiteral("i"), QStringLiteral("li"), QStringLiteral("ol"), QStringLiteral("p"),
        QStringLiteral("span"), QStringLiteral("table"), QStringLiteral("td"), QStringLiteral("th"),
        QStringLiteral("tr"), QStringLiteral("ul")};
    const QSet<QString> tags = tagsOf(html);
    QVERIFY(!tags.isEmpty());
    for (const QString &tag : tags)
        QVERIFY2(own.contains(tag), qPrintable(QStringLiteral("tag <%1> came from data").arg(tag)));
}

void TestHtmlRender::annex_injectionDraft_onlyOwnTags_data()
{
    QTest::addColumn<int>("edition");
    QTest::addColumn<int>("language");
    for (Edition edition : {Edition::Tender, Edition::Contract, Edition::Review}) {
        for (Language language : {Language::Danish, Language::English}) {
            QTest::newRow(qPrintable(editionCode(edition) + u' ' + languageCode(language)))
                << int(edition) << int(language);
        }
    }
}

void TestHtmlRender::annex_injectionDraft_onlyOwnTags()
{
    QFETCH(int, edition);
    QFETCH(int, language);
    Draft draft = m_injection;
    draft.metadata.language = Language(language);
    const Annex annex = AnnexBuilder::build(*m_library, draft);
    const QString html = HtmlRender::annex(annex, Edition(edition));
    verifyOwnTags(html);
    QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("</w:t>")));
    // The hostile metadata reaches the page as text.
    QTextDocument document;
    document.setHtml(html);
    QVERIFY2(document.toPlainText().contains(QStringLiteral("<script>alert(1)</script>")),
        qPrintable(document.toPlainText().left(400)));
}

void TestHtmlRender::requirement_injectionDraft_showsHostileTextLiterally()
{
    const Annex annex = AnnexBuilder::build(*m_library, m_injection);
    QString text;
    for (const AnnexRequirement *requirement : annex.requirements()) {
        const QString html = HtmlRender::requirement(*requirement, Language::Danish);
        verifyOwnTags(html);
        QTextDocument document;
        document.setHtml(html);
        text += document.toPlainText();
    }
    for (const char *literal : {"\\input{/etc/hostname}", "</w:t></w:r><w:r><w:t>OWNINJ",
             "<script>x</script>", "**b**", "$y$", "{=openxml}"}) {
        QVERIFY2(text.contains(QString::fromUtf8(literal)), literal);
    }
}

void TestHtmlRender::clause_everyLibraryClause_onlyOwnTags()
{
    const LibraryPtr bundled = LibraryLoader::load();
    QVERIFY(bundled);
    QVERIFY(!bundled->clauses().isEmpty());
    for (const Clause &clause : bundled->clauses()) {
        for (Language language : {Language::Danish, Language::English}) {
            verifyOwnTags(HtmlRender::clause(clause, *bundled, language));
            const QString guidance = HtmlRender::guidance(clause, *bundled, language);
            if (!guidance.isEmpty())
                verifyOwnTags(guidance);
        }
    }
}

void TestHtmlRender::flow_markupInText_isEscaped()
{
    Block paragraph;
    paragraph.kind = Block::Kind::Paragraph;
    paragraph.inlines.append(
        Inline::plain(QStringLiteral("<b>fed</b> & <img src=x onerror=alert(1)>")));
    const Flow flow {paragraph};
    const QString html = HtmlRender::flow(flow);
    QCOMPARE(html,
        QStringLiteral("<p>&lt;b&gt;fed&lt;/b&gt; &amp; &lt;img src=x onerror=alert(1)&gt;</p>"));
}

QTEST_MAIN(TestHtmlRender)
#include "tst_htmlrender.moc"
