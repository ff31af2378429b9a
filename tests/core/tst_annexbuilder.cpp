#include "core/annex.h"
#include "core/draftdocument.h"
#include "core/draftio.h"
#include "core/libraryloader.h"
#include "support/testsupport.h"

#include <QRegularExpression>
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
    void build_issues_carryTheItemsRealColumn();
    void build_directionControlTypedInApp_isLocatedError();
    void build_xref_becomesRequirementNumber();
    void build_bundledExamples_haveNoErrors();
    void build_reference_resolvedFromContractMap();
    void build_reference_unmappedOrUnnumbered_isLocatedError();
    void build_requiredValueMissing_isLocatedError();
    void build_contractMapWithThisAnnexNumber_isError();
    void build_unknownProfileAnswerOrQuestion_isError();
    void build_ownRequirementPlaceholder_isError();
    void build_atMostConstraint_violationNamesBoth();
    void build_clauseConflict_namesBoth();
    void build_answerConflict_namesRequirementAndAnswer();
    void build_sharedValue_setOnceUsedEverywhere_differingValuesAreError();
    void build_definitions_listUsedTerms_orPointToContract();
    void build_strippedExamples_oneLocatedErrorPerRequiredParameter();

private:
    /** A draft of the bundled library with these clauses, in annex 9. */
    static Draft bundledDraft(const Library &library, const QStringList &clauses)
    {
        Draft draft;
        draft.metadata.annexNumber = QStringLiteral("9");
        for (const QString &id : clauses)
            DraftDocument::insertClause(draft, library, id);
        return draft;
    }
    static QString uidOf(const Draft &draft, const QString &clause)
    {
        const QList<const DraftItem *> items = draft.itemsForClause(clause);
        return items.isEmpty() ? QString() : items.first()->uid;
    }
    static IssueList errorsWith(const IssueList &issues, const QString &text)
    {
        IssueList found;
        for (const Issue &issue : issues) {
            if (issue.isError() && issue.message.contains(text))
                found << issue;
        }
        return found;
    }

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

void TestAnnexBuilder::build_issues_carryTheItemsRealColumn()
{
    const QByteArray line4 = "<section id=\"s1\"><item uid=\"i1\" number=\"1\" clause=\"NOPE-01\" "
                             "version=\"1\"/>  <item uid=\"i2\" number=\"2\" clause=\"NOPE-02\" "
                             "version=\"1\"/></section></draft>\n";
    const QByteArray data =
        "<?xml version=\"1.0\"?>\n<draft xmlns=\"urn:klausul:draft:1\" format=\"1\">\n"
        "<metadata><authority>A</authority><tender>T</tender>"
        "<annex number=\"9\">X</annex><language>da</language></metadata>\n" +
        line4;
    IssueList issues;
    const auto draft = DraftIo::parse(data, QStringLiteral("columns.klausul"), &issues);
    QVERIFY2(draft, qPrintable(test::describe(issues)));
    const Annex annex = AnnexBuilder::build(*m_library, *draft, QStringLiteral("columns.klausul"));
    QCOMPARE(annex.issues.size(), 2);
    QCOMPARE(annex.issues.at(0).line, 4);
    QCOMPARE(annex.issues.at(0).column, int(line4.indexOf("<item")) + 1);
    QCOMPARE(annex.issues.at(1).column, int(line4.lastIndexOf("<item")) + 1);
}

void TestAnnexBuilder::build_directionControlTypedInApp_isLocatedError()
{
    // "senest <RLO>27<PDF> timer" prints as "72 timer": typed or pasted in the app.
    Draft draft = m_full;
    DraftItem *item = draft.item(QStringLiteral("i1"));
    QVERIFY(item);
    item->values.insert(QStringLiteral("deadline"), QStringLiteral("\u202E27\u202C"));
    item->comments.append({QStringLiteral("Mette"), QDateTime::currentDateTime(),
        QStringLiteral("OK \u2067x\u2069")});
    draft.metadata.tender += QStringLiteral("\u202D");
    const Annex annex = AnnexBuilder::build(*m_library, draft, QStringLiteral("full.klausul"));
    QStringList fields;
    for (const Issue &issue : annex.issues) {
        if (issue.isError() && issue.message.contains(QStringLiteral("direction control")))
            fields << issue.field;
    }
    fields.sort();
    QCOMPARE(fields,
        QStringList({QStringLiteral("comment"), QStringLiteral("metadata"),
            QStringLiteral("param:deadline")}));
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
    for (const QString &name : {QStringLiteral("kommune-sagsbehandling"),
             QStringLiteral("saas-moedebooking"), QStringLiteral("stat-k04-samfundskritisk")}) {
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

void TestAnnexBuilder::build_reference_resolvedFromContractMap()
{
    Draft draft = m_full;
    draft.sections.first().items.first().variant.clear();
    Annex annex = AnnexBuilder::build(*m_library, draft);
    QVERIFY2(!hasErrors(annex.issues), qPrintable(test::describe(annex.issues)));
    QVERIFY2(textOf(annex.requirement(QStringLiteral("i1"))->text)
                 .contains(QStringLiteral("jf. bilag 2, Samarbejdsorganisation.")),
        qPrintable(textOf(annex.requirement(QStringLiteral("i1"))->text)));
    annex = AnnexBuilder::build(*m_library, draft, Language::English);
    QVERIFY(textOf(annex.requirement(QStringLiteral("i1"))->text)
                .contains(QStringLiteral("see Annex 2, Samarbejdsorganisation.")));
    // The value can choose another role: the security annex is this annex.
    draft.sections.first().items.first().values.insert(
        QStringLiteral("annex"), QStringLiteral("security"));
    annex = AnnexBuilder::build(*m_library, draft);
    QVERIFY(textOf(annex.requirement(QStringLiteral("i1"))->text)
                .contains(QStringLiteral("jf. dette bilag.")));
    // Renumbering the annex in the map changes every reference.
    draft.sections.first().items.first().values.remove(QStringLiteral("annex"));
    draft.contract.annexes.first().number = QStringLiteral("7.4.A");
    annex = AnnexBuilder::build(*m_library, draft);
    QVERIFY(textOf(annex.requirement(QStringLiteral("i1"))->text)
                .contains(QStringLiteral("jf. bilag 7.4.A, Samarbejdsorganisation.")));
}

void TestAnnexBuilder::build_reference_unmappedOrUnnumbered_isLocatedError()
{
    Draft draft = m_full;
    draft.sections.first().items.first().variant.clear();
    draft.contract.annexes.removeFirst(); // organisation
    Annex annex = AnnexBuilder::build(*m_library, draft, QStringLiteral("full.klausul"));
    IssueList errors = errorsWith(annex.issues, QStringLiteral("which the contract map does not"));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, QStringLiteral("param:annex"));
    QCOMPARE(errors.first().itemId, QStringLiteral("i1"));
    QVERIFY(errors.first().line > 0 && errors.first().column > 0);
    QVERIFY(errors.first().message.startsWith(QStringLiteral("requirement 9.1: ")));
    QVERIFY(textOf(annex.requirement(QStringLiteral("i1"))->text).contains(u'['));

    draft.contract.annexes.prepend(
        {QStringLiteral("organisation"), QString(), QStringLiteral("Samarbejdsorganisation")});
    annex = AnnexBuilder::build(*m_library, draft, QStringLiteral("full.klausul"));
    QCOMPARE(errorsWith(annex.issues, QStringLiteral("which has no number")).size(), 1);
}

void TestAnnexBuilder::build_requiredValueMissing_isLocatedError()
{
    Draft draft = m_full;
    draft.sections.first().items.first().variant.clear();
    draft.sections.first().items.first().values.remove(QStringLiteral("first-report"));
    const Annex annex = AnnexBuilder::build(*m_library, draft, QStringLiteral("full.klausul"));
    const IssueList errors = errorsWith(annex.issues, QStringLiteral("has no value"));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, QStringLiteral("param:first-report"));
    QCOMPARE(errors.first().file, QStringLiteral("full.klausul"));
    QCOMPARE(errors.first().line, draft.sections.first().items.first().line);
    QVERIFY(errors.first().line > 0 && errors.first().column > 0);
    QCOMPARE(annex.requirement(QStringLiteral("i1"))->unfilled.size(), 1);
}

void TestAnnexBuilder::build_contractMapWithThisAnnexNumber_isError()
{
    Draft draft = m_full;
    draft.contract.annexes.first().number = QStringLiteral("9"); // this annex is 9
    const Annex annex = AnnexBuilder::build(*m_library, draft);
    QCOMPARE(errorsWith(annex.issues, QStringLiteral("which is this annex's number")).size(), 1);
    draft.contract.annexes.append({QStringLiteral("kantine"), QStringLiteral("30"), {}});
    QCOMPARE(errorsWith(AnnexBuilder::build(*m_library, draft).issues,
                 QStringLiteral("unknown role \"kantine\""))
                 .size(),
        1);
}

void TestAnnexBuilder::build_unknownProfileAnswerOrQuestion_isError()
{
    Draft draft = m_full;
    draft.answers.insert(QStringLiteral("hair-colour"), QStringLiteral("red"));
    draft.answers.insert(QStringLiteral("criticality"), QStringLiteral("extreme"));
    const Annex annex = AnnexBuilder::build(*m_library, draft);
    const IssueList question = errorsWith(annex.issues, QStringLiteral("\"hair-colour\""));
    QCOMPARE(question.size(), 1);
    QCOMPARE(question.first().field, QStringLiteral("profile"));
    QCOMPARE(errorsWith(annex.issues,
                 QStringLiteral("\"extreme\" is not an answer to the risk-profile "
                                "question \"criticality\""))
                 .size(),
        1);
}

void TestAnnexBuilder::build_ownRequirementPlaceholder_isError()
{
    Draft draft = m_full;
    DraftItem &own = draft.sections[1].items[1];
    QVERIFY(own.isOwnRequirement());
    own.wording.da = {Block::paragraph({Inline::plain(QStringLiteral("Leverandøren skal …"))})};
    const Annex annex = AnnexBuilder::build(*m_library, draft);
    const IssueList errors = errorsWith(annex.issues, QStringLiteral("placeholder"));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().itemId, own.uid);
    QCOMPARE(errors.first().field, QStringLiteral("wording"));
}

void TestAnnexBuilder::build_atMostConstraint_violationNamesBoth()
{
    const auto library = LibraryLoader::load();
    Draft draft = bundledDraft(*library, {QStringLiteral("HAE-01"), QStringLiteral("PDA-09")});
    // PDA-09's breach deadline (default 24 hours) above HAE-01's notification (set to 12).
    draft.item(uidOf(draft, QStringLiteral("HAE-01")))
        ->values.insert(QStringLiteral("notification"), QStringLiteral("12"));
    draft.item(uidOf(draft, QStringLiteral("HAE-01")))
        ->values.insert(QStringLiteral("early-warning"), QStringLiteral("6"));
    const Annex annex = AnnexBuilder::build(*library, draft);
    const IssueList errors = errorsWith(annex.issues, QStringLiteral("must not exceed"));
    QCOMPARE(errors.size(), 1);
    const QString pda =
        draft.numberLabel(draft.item(uidOf(draft, QStringLiteral("PDA-09")))->number);
    const QString hae =
        draft.numberLabel(draft.item(uidOf(draft, QStringLiteral("HAE-01")))->number);
    QVERIFY2(errors.first().message.contains(QStringLiteral("requirement %1 (PDA-09").arg(pda)) &&
            errors.first().message.contains(QStringLiteral("requirement %1 (HAE-01").arg(hae)),
        qPrintable(errors.first().message));
    QCOMPARE(errors.first().itemId, uidOf(draft, QStringLiteral("PDA-09")));
    // Within the bound: no problem.
    draft.item(uidOf(draft, QStringLiteral("HAE-01")))
        ->values.insert(QStringLiteral("notification"), QStringLiteral("24"));
    QVERIFY(
        errorsWith(AnnexBuilder::build(*library, draft).issues, QStringLiteral("must not exceed"))
            .isEmpty());
}

void TestAnnexBuilder::build_clauseConflict_namesBoth()
{
    const auto library = LibraryLoader::load();
    Draft draft = bundledDraft(*library, {QStringLiteral("PDA-08"), QStringLiteral("REV-07")});
    const IssueList errors =
        errorsWith(AnnexBuilder::build(*library, draft).issues, QStringLiteral("conflicts with"));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().message.contains(QStringLiteral("(PDA-08")));
    QVERIFY(errors.first().message.contains(QStringLiteral("(REV-07")));
    draft = bundledDraft(*library, {QStringLiteral("PDA-08")});
    QVERIFY(errorsWith(AnnexBuilder::build(*library, draft).issues, QStringLiteral("conflicts"))
                .isEmpty());
}

void TestAnnexBuilder::build_answerConflict_namesRequirementAndAnswer()
{
    const auto library = LibraryLoader::load();
    Draft draft = bundledDraft(*library, {QStringLiteral("PDA-11")});
    draft.answers.insert(QStringLiteral("third-country"), QStringLiteral("possible"));
    QVERIFY(errorsWith(AnnexBuilder::build(*library, draft).issues, QStringLiteral("conflicts"))
                .isEmpty()); // the standard text allows transfers on a valid basis
    draft.sections.first().items.first().variant = QStringLiteral("skaerpet");
    const IssueList errors = errorsWith(
        AnnexBuilder::build(*library, draft).issues, QStringLiteral("conflicts with the risk"));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().message.contains(QStringLiteral("(PDA-11")));
    QCOMPARE(errors.first().field, QStringLiteral("variant"));
    draft.answers.insert(QStringLiteral("third-country"), QStringLiteral("no"));
    QVERIFY(errorsWith(AnnexBuilder::build(*library, draft).issues, QStringLiteral("conflicts"))
                .isEmpty());
}

void TestAnnexBuilder::build_sharedValue_setOnceUsedEverywhere_differingValuesAreError()
{
    const auto library = LibraryLoader::load();
    Draft draft = bundledDraft(*library, {QStringLiteral("HAE-01"), QStringLiteral("HAE-06")});
    draft.contract.annexes.append(
        {QStringLiteral("organisation"), QStringLiteral("7"), QStringLiteral("Samarbejde")});
    draft.item(uidOf(draft, QStringLiteral("HAE-01")))
        ->values.insert(QStringLiteral("early-warning"), QStringLiteral("4"));
    Annex annex = AnnexBuilder::build(*library, draft);
    QVERIFY2(!hasErrors(annex.issues), qPrintable(test::describe(annex.issues)));
    // HAE-06 has no value of its own: it uses the one quantity set in HAE-01, not its default.
    const QString hae06 = textOf(annex.requirement(uidOf(draft, QStringLiteral("HAE-06")))->text);
    QVERIFY2(hae06.contains(QStringLiteral("senest 4 timer efter")), qPrintable(hae06));
    QVERIFY(!hae06.contains(QStringLiteral("senest 12 timer efter")));
    draft.item(uidOf(draft, QStringLiteral("HAE-06")))
        ->values.insert(QStringLiteral("deadline"), QStringLiteral("12"));
    annex = AnnexBuilder::build(*library, draft);
    const IssueList errors = errorsWith(annex.issues, QStringLiteral("it is one value"));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().itemId, uidOf(draft, QStringLiteral("HAE-06")));
}

void TestAnnexBuilder::build_definitions_listUsedTerms_orPointToContract()
{
    const auto library = LibraryLoader::load();
    Draft draft = bundledDraft(*library, {QStringLiteral("HAE-01")});
    draft.contract.annexes.append(
        {QStringLiteral("organisation"), QStringLiteral("7"), QStringLiteral("Samarbejde")});
    Annex annex = AnnexBuilder::build(*library, draft);
    QStringList terms;
    for (const AnnexDefinition &definition : annex.definitions)
        terms << definition.term;
    QVERIFY2(terms.contains(QStringLiteral("Sikkerhedshændelse")) &&
            terms.contains(QStringLiteral("Kunden")) &&
            terms.contains(QStringLiteral("Leverandøren")),
        qPrintable(terms.join(u',')));
    QVERIFY2(!terms.contains(QStringLiteral("Underleverandør")), qPrintable(terms.join(u',')));
    annex = AnnexBuilder::build(*library, draft, Language::English);
    QVERIFY(std::any_of(annex.definitions.cbegin(), annex.definitions.cend(),
        [](const AnnexDefinition &d) { return d.term == QLatin1String("Security Incident"); }));

    draft.contract.definitionsInContract = true;
    draft.contract.annexes.append(
        {QStringLiteral("definitions"), QStringLiteral("1"), QStringLiteral("Definitioner")});
    annex = AnnexBuilder::build(*library, draft);
    QVERIFY(annex.definitions.isEmpty());
    QVERIFY2(annex.definitionsPointer.contains(QStringLiteral("bilag 1, Definitioner")),
        qPrintable(annex.definitionsPointer));
}

void TestAnnexBuilder::build_strippedExamples_oneLocatedErrorPerRequiredParameter()
{
    const auto library = LibraryLoader::load();
    const QDir examples(test::sourcePath(QStringLiteral("clauses/examples")));
    const QStringList files = examples.entryList({QStringLiteral("*.klausul")});
    QCOMPARE(files.size(), 3);
    int requiredInAll = 0;
    for (const QString &name : files) {
        QFile file(examples.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString xml = QString::fromUtf8(file.readAll());
        xml.remove(QRegularExpression(QStringLiteral("\\s*<value [^>]*>[^<]*</value>")));
        QVERIFY(!xml.contains(QStringLiteral("<value")));
        IssueList issues;
        const auto draft = DraftIo::parse(xml.toUtf8(), name, &issues);
        QVERIFY2(draft, qPrintable(test::describe(issues)));
        // Expected: every required parameter the requirement's text uses, once per requirement.
        QSet<QString> expected;
        for (const DraftItem *item : draft->items()) {
            const Clause *clause = library->clause(item->clauseId);
            if (!clause)
                continue;
            const QList<Inline> params =
                clause->bodyFor(item->variant).da.refs(Inline::Kind::Param);
            for (const Inline &slot : params) {
                const Parameter *parameter = clause->parameter(slot.text);
                if (parameter && parameter->isRequired())
                    expected.insert(item->uid + u'/' + parameter->id);
            }
        }
        requiredInAll += int(expected.size());
        const Annex annex = AnnexBuilder::build(*library, *draft, name);
        QSet<QString> reported;
        for (const Issue &issue : errorsWith(annex.issues, QStringLiteral("has no value"))) {
            QVERIFY2(issue.line > 0 && issue.column > 0, qPrintable(issue.toString()));
            QCOMPARE(issue.file, name);
            QVERIFY(issue.message.startsWith(QStringLiteral("requirement ")));
            const QString key = issue.itemId + u'/' + issue.field.mid(6);
            QVERIFY2(!reported.contains(key), qPrintable(QStringLiteral("twice: ") + key));
            reported.insert(key);
        }
        QCOMPARE(reported, expected);
    }
    QVERIFY(requiredInAll >= 1); // REV-01's first audit period end at least
}

QTEST_GUILESS_MAIN(TestAnnexBuilder)
#include "tst_annexbuilder.moc"
