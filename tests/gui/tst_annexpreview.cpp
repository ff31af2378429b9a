// The annex preview replaces only the requirements that changed, and the result reads exactly as
// the whole annex rendered afresh.

#include "core/annex.h"
#include "core/draftdocument.h"
#include "core/draftio.h"
#include "core/libraryloader.h"
#include "gui/annexpreview.h"
#include "support/testsupport.h"

#include <QApplication>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using namespace klausul;

namespace {

/** Every block's text and heading level: what the reader sees, independent of the HTML. */
QStringList blocks(const QTextDocument *document)
{
    QStringList out;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        // Heading level, the first run's weight, size and colour, and the text.
        const QTextCharFormat first =
            block.begin().atEnd() ? block.charFormat() : block.begin().fragment().charFormat();
        out << QStringLiteral("%1|%2|%3|%4|%5")
                   .arg(block.blockFormat().headingLevel())
                   .arg(first.fontWeight())
                   .arg(first.fontPointSize())
                   .arg(first.foreground().color().name(), block.text());
    }
    return out;
}

AnnexSection &firstWithRequirements(Annex &annex)
{
    for (AnnexSection &section : annex.sections) {
        if (!section.requirements.isEmpty())
            return section;
    }
    qFatal("the test draft has no requirements");
}

QStringList rendered(const Annex &annex)
{
    QTextBrowser fresh;
    fresh.setHtml(HtmlRender::annex(annex, Edition::Tender));
    return blocks(fresh.document());
}

} // namespace

class TestAnnexPreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_library = LibraryLoader::load({test::dataPath(QStringLiteral("clauses/valid"))});
        IssueList issues;
        const auto draft =
            DraftIo::read(test::dataPath(QStringLiteral("drafts/full.klausul")), &issues);
        QVERIFY(draft);
        m_annex = AnnexBuilder::build(*m_library, *draft);
        QVERIFY(m_annex.requirementCount() >= 3);
    }

    void show_oneRequirementChanged_replacesInPlaceAsAFreshRender()
    {
        QTextBrowser browser;
        AnnexPreview preview(&browser);
        QVERIFY(!preview.show(m_annex, Edition::Tender)); // the first time: all of it
        QCOMPARE(blocks(browser.document()), rendered(m_annex));

        // A changed title and an added paragraph in the middle: more blocks than before.
        Annex changed = m_annex;
        AnnexRequirement &middle = firstWithRequirements(changed).requirements.first();
        middle.title += QStringLiteral(" ændret");
        middle.text.append(Block::paragraph({Inline::plain(QStringLiteral("En ny sætning."))}));
        QVERIFY(preview.show(changed, Edition::Tender));
        QCOMPARE(blocks(browser.document()), rendered(changed));

        // Then one after it: found where the first replacement moved it.
        AnnexRequirement *last = nullptr;
        for (AnnexSection &section : changed.sections) {
            if (!section.requirements.isEmpty())
                last = &section.requirements.last();
        }
        QVERIFY(last && last != &middle);
        last->text.clear();
        last->text.append(Block::paragraph({Inline::plain(QStringLiteral("Kun dette."))}));
        QVERIFY(preview.show(changed, Edition::Tender));
        QCOMPARE(blocks(browser.document()), rendered(changed));

        // And back: the same as the original.
        QVERIFY(preview.show(m_annex, Edition::Tender));
        QCOMPARE(blocks(browser.document()), rendered(m_annex));
    }

    void show_requirementRemoved_rendersItAll()
    {
        QTextBrowser browser;
        AnnexPreview preview(&browser);
        preview.show(m_annex, Edition::Tender);
        Annex fewer = m_annex;
        firstWithRequirements(fewer).requirements.removeFirst();
        QVERIFY(!preview.show(fewer, Edition::Tender));
        QCOMPARE(blocks(browser.document()), rendered(fewer));
        // Nothing changed: nothing replaced, nothing lost.
        QVERIFY(preview.show(fewer, Edition::Tender));
        QCOMPARE(blocks(browser.document()), rendered(fewer));
    }

    void show_documentTypedInto_readsAsAFreshRenderOfAFreshBuild()
    {
        // Typing into own wordings: the document updates its annex one requirement at a time,
        // the preview replaces that requirement, and both read as if made afresh.
        IssueList issues;
        const auto draft =
            DraftIo::read(test::dataPath(QStringLiteral("drafts/full.klausul")), &issues);
        QVERIFY(draft);
        DraftDocument document(m_library, *draft);
        QTextBrowser browser;
        AnnexPreview preview(&browser);
        preview.show(document.annex(), Edition::Tender);
        const int builds = document.annexBuilds();
        int inPlace = 0;
        for (const QString &uid :
            {QStringLiteral("i2"), QStringLiteral("i3"), QStringLiteral("i2")}) {
            QString text = QStringLiteral("Leverandøren skal");
            for (const QString &word : {QStringLiteral(" altid"), QStringLiteral(" kryptere"),
                     QStringLiteral(" Kundens Data."), QStringLiteral("\n\nNyt afsnit")}) {
                text += word;
                document.setWording(uid, Language::Danish, RichText::fromEditableText(text));
                inPlace += preview.show(document.annex(), Edition::Tender) ? 1 : 0;
                QCOMPARE(blocks(browser.document()),
                    rendered(AnnexBuilder::build(*m_library, document.draft())));
            }
        }
        document.setParameter(QStringLiteral("i1"), QStringLiteral("penalty"), QStringLiteral("5"));
        inPlace += preview.show(document.annex(), Edition::Tender) ? 1 : 0;
        QCOMPARE(blocks(browser.document()),
            rendered(AnnexBuilder::build(*m_library, document.draft())));
        QCOMPARE(document.annexBuilds(), builds); // every edit updated the annex in place
        QCOMPARE(inPlace, 13); // and the preview replaced the requirement in place
    }

private:
    LibraryPtr m_library;
    Annex m_annex;
};

QTEST_MAIN(TestAnnexPreview)
#include "tst_annexpreview.moc"
