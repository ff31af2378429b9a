#include "core/annex.h"
#include "core/draftio.h"
#include "core/libraryloader.h"
#include "support/testsupport.h"

#include <QTest>

using namespace klausul;

class TestAnnexBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void build_fullDraft_numbersAndFillsValues();
    void build_english_formatsTheEnglishWay();
    void build_ownWording_isDeviationWithRedline();
    void build_ownRequirement_hasTitleAndText();
    void build_problemsDraft_reportsEachProblemLocated_data();
    void build_problemsDraft_reportsEachProblemLocated();
    void build_xref_becomesRequirementNumber();
    void build_bundledExamples_haveNoErrors();

private:
    static QString textOf(const Flow &flow)
    {
        return RichText::toPlainText(flow).replace(u'\u00a0', u' ');
    }
    LibraryPtr m_library;
    Draft m_full;
};

void TestAnnexBuilder::initTestCase()
{
    m_library = LibraryLoader::load({test::dataPath(QStringLiteral("clauses/valid"))});
    IssueList issues;
    m_full = *DraftIo::read(test::dataPath(QStringLiteral("drafts/full.klausul")), &issues);
}

void TestAnnexBuilder::build_fullDraft_numbersAndFillsValues()
{
    const Annex annex = AnnexBuilder::build(*m_library, m_full, QStringLiteral("full.klausul"));
    QVERIFY2(annex.issues.isEmpty(), qPrintable(test::describe(annex.issues)));
    QCOMPARE(annex.title, QStringLiteral("Bilag 9 – Informationssikkerhed"));
    QCOMPARE(annex.requirementCount(), 3);
    QCOMPARE(annex.sections.at(0).title, QStringLiteral("Sikkerhedshændelser"));
    QCOMPARE(annex.sections.at(1).title, QStringLiteral("Persondata og kryptering"));
    const AnnexRequirement *first = annex.requirement(QStringLiteral("i1"));
    QCOMPARE(first->numberLabel, QStringLiteral("9.1"));
    QCOMPARE(first->type, RequirementType::MK);
    QCOMPARE(first->variantLabel, QStringLiteral("Skærpet"));
    // The variant's text, with the draft's value (6) instead of the default (12).
    QCOMPARE(textOf(first->text.mid(0, 1)),
        QStringLiteral("Leverandøren skal straks og senest 6 timer underrette Kunden."));
    // The variant's second paragraph addresses the tenderer: marked, so the contract leaves it out.
    QCOMPARE(first->text.size(), 2);
    QVERIFY(!first->text.at(0).tenderOnly);
    QVERIFY(first->text.at(1).tenderOnly);
    QVERIFY(!first->deviates);
    QCOMPARE(annex.requirement(QStringLiteral("i2"))->numberLabel, QStringLiteral("9.3"));
    QCOMPARE(annex.requirement(QStringLiteral("i2"))->type, RequirementType::PK); // override
}

void TestAnnexBuilder::build_english_formatsTheEnglishWay()
{
    Draft draft = m_full;
    draft.sections.first().items.first().variant.clear();
    const Annex annex = AnnexBuilder::build(*m_library, draft, Language::English);
    // The standard Danish title has a standard English one; a stored English title wins.
    QCOMPARE(annex.title, QStringLiteral("Annex 9 – Information security"));
    Draft titled = draft;
    titled.metadata.annexTitleEn = QStringLiteral("Security of information");
    QCOMPARE(AnnexBuilder::build(*m_library, titled, Language::English).title,
        QStringLiteral("Annex 9 – Security of information"));
    const QString text = textOf(annex.requirement(QStringLiteral("i1"))->text);
    QVERIFY2(text.contains(QStringLiteral("no later than 6 hours after")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Data is stored in Denmark.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("DKK 1,000,000 per breach, capped at 12.5% of the fee")),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1 March 2027")), qPrintable(text));

    const Annex danish = AnnexBuilder::build(*m_library, draft, Language::Danish);
    const QString da = textOf(danish.requirement(QStringLiteral("i1"))->text);
    QVERIFY2(da.contains(QStringLiteral("1.000.000 kr. pr. overskridelse, dog højst 12,5 % af")),
        qPrintable(da));
    QVERIFY2(da.contains(QStringLiteral("senest 1. marts 2027")), qPrintable(da));
}

void TestAnnexBuilder::build_ownWording_isDeviationWithRedline()
{
    const Annex annex = AnnexBuilder::build(*m_library, m_full);
    const AnnexRequirement *req = annex.requirement(QStringLiteral("i2"));
    QVERIFY(req->deviates);
    QCOMPARE(req->changedWords, 5); // + "altid", + "med mindst AES-256" (AES and 256 are two words)
    QCOMPARE(textOf(req->standardText),
        QStringLiteral("Leverandøren skal kryptere Kundens Data i hvile og under transport."));
    QString inserted;
    for (const Inline &item : req->redline.first().inlines) {
        if (item.kind == Inline::Kind::Inserted)
            inserted += item.children.first().text + u'|';
    }
    QCOMPARE(inserted, QStringLiteral("altid | med mindst AES-256|"));

    // The English annex has no own wording for i2: the standard text, and a warning.
    const Annex english = AnnexBuilder::build(*m_library, m_full, Language::English);
    QVERIFY(!english.requirement(QStringLiteral("i2"))->deviates);
    QCOMPARE(countIssues(english.issues, Issue::Severity::Warning), 1);
}

void TestAnnexBuilder::build_ownRequirement_hasTitleAndText()
{
    const Annex annex = AnnexBuilder::build(*m_library, m_full, Language::English);
    const AnnexRequirement *own = annex.requirement(QStringLiteral("i3"));
    QVERIFY(own->ownRequirement);
    QCOMPARE(own->title, QStringLiteral("Sign-in with MitID Erhverv"));
    QCOMPARE(textOf(own->text),
        QStringLiteral("The Customer's staff must be able to sign in with MitID Erhverv."));
    QVERIFY(!own->deviates);
}

void TestAnnexBuilder::build_problemsDraft_reportsEachProblemLocated_data()
{
    QTest::addColumn<QString>("uid");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("older clause version")
        << QStringLiteral("i1") << int(Issue::Severity::Warning) << QStringLiteral("version")
        << QStringLiteral("based on version 2 of VAL-01, but the library has version 3");
    QTest::newRow("value out of bounds")
        << QStringLiteral("i1") << int(Issue::Severity::Error) << QStringLiteral("param:deadline")
        << QStringLiteral("the value 48 is above the maximum 24");
    QTest::newRow("unfilled parameter")
        << QStringLiteral("i1") << int(Issue::Severity::Error) << QStringLiteral("param:penalty")
        << QStringLiteral("the parameter \"Bod\" has no value");
    QTest::newRow("missing clause")
        << QStringLiteral("i2") << int(Issue::Severity::Error) << QString()
        << QStringLiteral("the clause NOPE-01 is not in the library");
    QTest::newRow("withdrawn, replacement named")
        << QStringLiteral("i3") << int(Issue::Severity::Warning) << QString()
        << QStringLiteral("VAL-02 is withdrawn; it is replaced by VAL-03 Kryptering af persondata");
    QTest::newRow("unknown variant")
        << QStringLiteral("i4") << int(Issue::Severity::Error) << QStringLiteral("variant")
        << QStringLiteral("has no variant \"gold\"");
}

void TestAnnexBuilder::build_problemsDraft_reportsEachProblemLocated()
{
    QFETCH(QString, uid);
    QFETCH(int, severity);
    QFETCH(QString, field);
    QFETCH(QString, message);
    IssueList issues;
    const QString path = test::dataPath(QStringLiteral("drafts/problems.klausul"));
    const auto draft = DraftIo::read(path, &issues);
    QVERIFY(draft);
    const Annex annex = AnnexBuilder::build(*m_library, *draft, path);
    QCOMPARE(annex.issues.size(), 6);
    const auto it = std::find_if(annex.issues.cbegin(), annex.issues.cend(),
        [&](const Issue &i) { return i.itemId == uid && i.message.contains(message); });
    QVERIFY2(it != annex.issues.cend(), qPrintable(test::describe(annex.issues)));
    QCOMPARE(int(it->severity), severity);
    QCOMPARE(it->field, field);
    QCOMPARE(it->file, path);
    QCOMPARE(it->line, draft->item(uid)->line);
    QVERIFY(it->message.startsWith(QStringLiteral("requirement 7.")));
    // An unfilled value shows as a bracketed placeholder, never as an empty gap.
    if (field == QLatin1String("param:penalty"))
        QVERIFY(textOf(annex.requirement(uid)->text).contains(QStringLiteral("[Bod]")));
}

void TestAnnexBuilder::build_xref_becomesRequirementNumber()
{
    Draft draft = m_full;
    DraftItem xrefItem;
    xrefItem.uid = QStringLiteral("i9");
    xrefItem.number = 9;
    xrefItem.clauseId = QStringLiteral("VAL-04");
    xrefItem.clauseVersion = 1;
    draft.sections.first().items.append(xrefItem);
    const Annex annex = AnnexBuilder::build(*m_library, draft);
    QCOMPARE(textOf(annex.requirement(QStringLiteral("i9"))->text),
        QStringLiteral("Kunden kan føre kontrol med Leverandøren, jf. krav 9.1."));
}

void TestAnnexBuilder::build_bundledExamples_haveNoErrors()
{
    const auto library = LibraryLoader::load();
    for (const QString &name :
        {QStringLiteral("kommune-sagsbehandling"), QStringLiteral("saas-moedebooking")}) {
        IssueList issues;
        const auto draft = DraftIo::read(
            test::sourcePath(QStringLiteral("clauses/examples/%1.klausul").arg(name)), &issues);
        QVERIFY2(draft, qPrintable(test::describe(issues)));
        for (Language language : {Language::Danish, Language::English}) {
            const Annex annex = AnnexBuilder::build(*library, *draft, language);
            QVERIFY2(
                !hasErrors(annex.issues), qPrintable(name + u'\n' + test::describe(annex.issues)));
        }
    }
}

QTEST_GUILESS_MAIN(TestAnnexBuilder)
#include "tst_annexbuilder.moc"
