#include "core/coveragemodel.h"
#include "core/draftio.h"
#include "core/libraryloader.h"
#include "core/riskprofile.h"
#include "core/translations.h"
#include "gui/riskwizard.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>
#include <QTreeWidget>

#include <cmath>

using namespace klausul;

/** The risk-profile wizard under offscreen, driven by object names. */
class TestRiskWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wizard_newDraft_startsEmpty_nextDisabledUntilAllAnswered();
    void wizard_dontKnow_showsEffect_suggestsRecommendedAndFlagsOpen();
    void wizard_helpAndEffectTexts_contrastAtLeastWcagAA();
    void wizard_answersToSuggestions_appliesAsOneUndoStep();
    void wizard_rerun_keepsOwnWordingAndValues();
    void wizard_tiers_optionalUntickedWarningsShown_ownChoicesKept();
    void wizard_societyCritical_asksForExplanations();
    void coverageModel_passesModelTester();

private:
    static void answer(RiskWizard &wizard, const QString &question, const QString &value);
    /** Answers every question not answered yet with the question's default. */
    void answerRest(RiskWizard &wizard);
    static QStringList listed(RiskWizard &wizard);
    LibraryPtr m_library;
};

void TestRiskWizard::initTestCase()
{
    m_library = LibraryLoader::load();
    installTranslators(Language::English);
}

void TestRiskWizard::answer(RiskWizard &wizard, const QString &question, const QString &value)
{
    auto *combo = wizard.findChild<QComboBox *>(QStringLiteral("answer-") + question);
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(value));
    QCOMPARE(combo->currentData().toString(), value);
}

void TestRiskWizard::answerRest(RiskWizard &wizard)
{
    for (const Question &question : m_library->questions()) {
        auto *combo = wizard.findChild<QComboBox *>(QStringLiteral("answer-") + question.id);
        QVERIFY(combo);
        if (combo->currentIndex() < 0)
            answer(wizard, question.id, question.defaultValue);
    }
}

QStringList TestRiskWizard::listed(RiskWizard &wizard)
{
    QStringList ids;
    auto *list = wizard.findChild<QTreeWidget *>(QStringLiteral("suggestionList"));
    for (int i = 0; list && i < list->topLevelItemCount(); ++i)
        ids << list->topLevelItem(i)->text(0).section(u' ', 0, 0);
    return ids;
}

void TestRiskWizard::wizard_newDraft_startsEmpty_nextDisabledUntilAllAnswered()
{
    DraftDocument document(m_library, Draft());
    RiskWizard wizard(&document, QStringLiteral("Anne"));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    const QList<Question> questions = m_library->questions();
    QVERIFY(questions.size() > 2);
    for (const Question &question : questions) {
        auto *combo = wizard.findChild<QComboBox *>(QStringLiteral("answer-") + question.id);
        QVERIFY(combo);
        QCOMPARE(combo->currentIndex(), -1); // no default is pre-filled
    }
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QVERIFY(!next->isEnabled());
    wizard.next(); // ignored while the page is incomplete
    QCOMPARE(wizard.currentId(), int(RiskWizard::QuestionsPage));
    // Every question but the last: still disabled.
    for (qsizetype i = 0; i + 1 < questions.size(); ++i)
        answer(wizard, questions.at(i).id, questions.at(i).options.first().value);
    QVERIFY(!next->isEnabled());
    answer(wizard, questions.last().id, questions.last().options.first().value);
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(RiskWizard::SuggestionsPage));
    QCOMPARE(wizard.answers().size(), questions.size());
}

void TestRiskWizard::wizard_dontKnow_showsEffect_suggestsRecommendedAndFlagsOpen()
{
    DraftDocument document(m_library, Draft());
    RiskWizard wizard(&document, QStringLiteral("Anne"));
    wizard.resize(900, 800);
    wizard.show();
    for (const QString &id : {QStringLiteral("third-country"), QStringLiteral("nis2-entity")}) {
        auto *combo = wizard.findChild<QComboBox *>(QStringLiteral("answer-") + id);
        const int unknown = combo->findData(QStringLiteral("unknown"));
        QVERIFY2(unknown >= 0, qPrintable(id));
        QCOMPARE(combo->itemText(unknown), QStringLiteral("Don't know"));
        const QString effect = m_library->question(id)
                                   ->option(QStringLiteral("unknown"))
                                   ->effect.get(Language::English);
        QVERIFY(!effect.isEmpty());
        auto *label = wizard.findChild<QLabel *>(QStringLiteral("effect-") + id);
        QVERIFY2(label, qPrintable(id));
        QVERIFY(label->isVisible());
        QVERIFY(label->text().contains(effect));
        QCOMPARE(combo->itemData(unknown, Qt::ToolTipRole).toString(), effect);
    }
    answer(wizard, QStringLiteral("personal-data"), QStringLiteral("ordinary"));
    answer(wizard, QStringLiteral("third-country"), QStringLiteral("unknown"));
    answerRest(wizard);
    if (qEnvironmentVariableIsSet("KLAUSUL_SCREENSHOTS")) {
        auto *scroll = wizard.page(RiskWizard::QuestionsPage)->findChild<QScrollArea *>();
        scroll->ensureWidgetVisible(
            wizard.findChild<QLabel *>(QStringLiteral("effect-third-country")));
        wizard.grab().save(
            qEnvironmentVariable("KLAUSUL_SCREENSHOTS") + QStringLiteral("/wizard.png"));
    }
    wizard.next();
    QCOMPARE(wizard.currentId(), int(RiskWizard::SuggestionsPage));
    // The transfer clause is suggested as for "Possibly", but only as recommended.
    const QStringList ids = listed(wizard);
    const int row = int(ids.indexOf(QStringLiteral("PDA-11")));
    QVERIFY(row >= 0);
    auto *list = wizard.findChild<QTreeWidget *>(QStringLiteral("suggestionList"));
    QCOMPARE(list->topLevelItem(row)->text(1), RiskProfile::tierName(Tier::Recommended));
    QCOMPARE(list->topLevelItem(row)->checkState(0), Qt::Checked);
    QVERIFY(list->topLevelItem(row)->text(4).contains(QStringLiteral("Don't know")));
    wizard.applyToDocument();
    QCOMPARE(
        document.draft().answers.value(QStringLiteral("third-country")), QStringLiteral("unknown"));
    const IssueList issues = document.annex().issues;
    QVERIFY(std::any_of(issues.cbegin(), issues.cend(), [](const Issue &i) {
        return i.field == QLatin1String("answer:third-country") &&
            i.severity == Issue::Severity::Warning && i.message.contains(QStringLiteral("Settle"));
    }));
}

void TestRiskWizard::wizard_helpAndEffectTexts_contrastAtLeastWcagAA()
{
    // WCAG 2 contrast, written out here independently of ParameterForm::contrastRatio.
    auto contrast = [](const QColor &a, const QColor &b) {
        auto lum = [](const QColor &c) {
            auto ch = [](double v) {
                return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
        };
        const double x = lum(a.toRgb());
        const double y = lum(b.toRgb());
        return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
    };
    DraftDocument document(m_library, Draft());
    RiskWizard wizard(&document, QStringLiteral("Anne"));
    wizard.show();
    int checked = 0;
    for (QLabel *label : wizard.findChildren<QLabel *>()) {
        if (!label->objectName().startsWith(QLatin1String("help-")) &&
            !label->objectName().startsWith(QLatin1String("effect-")))
            continue;
        const QColor text = label->palette().color(QPalette::Active, label->foregroundRole());
        const QColor background = label->palette().color(QPalette::Active, QPalette::Window);
        const double ratio = contrast(text, background);
        QVERIFY2(ratio >= 4.5,
            qPrintable(QStringLiteral("%1: %2:1").arg(label->objectName()).arg(ratio)));
        ++checked;
    }
    QVERIFY(checked >= int(m_library->questions().size())); // every help text and both effects
}

void TestRiskWizard::wizard_answersToSuggestions_appliesAsOneUndoStep()
{
    DraftDocument document(m_library, Draft());
    RiskWizard wizard(&document, QStringLiteral("Anne"));
    wizard.show();
    answer(wizard, QStringLiteral("personal-data"), QStringLiteral("none"));
    answer(wizard, QStringLiteral("criticality"), QStringLiteral("low"));
    answer(wizard, QStringLiteral("supplier-certified"), QStringLiteral("yes"));
    answer(wizard, QStringLiteral("hosting"), QStringLiteral("cloud"));
    answerRest(wizard);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(RiskWizard::SuggestionsPage));
    const QStringList ids = listed(wizard);
    QVERIFY(ids.contains(QStringLiteral("STY-01")));
    QVERIFY(!ids.contains(QStringLiteral("PDA-01")));
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("optionAdvice"))
                ->text()
                .startsWith(QStringLiteral("Option A")));
    if (qEnvironmentVariableIsSet("KLAUSUL_SCREENSHOTS")) // for people looking at the UI
        wizard.grab().save(qEnvironmentVariable("KLAUSUL_SCREENSHOTS") +
            QStringLiteral("/wizard-suggestions.png"));
    // Untick STY-01.
    auto *list = wizard.findChild<QTreeWidget *>(QStringLiteral("suggestionList"));
    list->topLevelItem(int(ids.indexOf(QStringLiteral("STY-01"))))->setCheckState(0, Qt::Unchecked);
    QVERIFY(wizard.nextId() == -1); // not society-critical: no explanation page
    int ticked = 0;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        ticked += list->topLevelItem(i)->checkState(0) == Qt::Checked;
    QVERIFY(ticked < int(ids.size())); // optional suggestions start unticked
    wizard.applyToDocument();
    QCOMPARE(document.draft().itemCount(), ticked);
    QVERIFY(document.draft().itemsForClause(QStringLiteral("STY-01")).isEmpty());
    QCOMPARE(
        document.draft().answers.value(QStringLiteral("personal-data")), QStringLiteral("none"));
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.draft().itemCount(), 0);
}

void TestRiskWizard::wizard_rerun_keepsOwnWordingAndValues()
{
    IssueList issues;
    const auto draft = DraftIo::read(
        test::sourcePath(QStringLiteral("clauses/examples/kommune-sagsbehandling.klausul")),
        &issues);
    DraftDocument document(m_library, *draft);
    const DraftItem before = *document.draft().itemsForClause(QStringLiteral("PDA-09")).first();
    QVERIFY(!before.wording.isEmpty());
    RiskWizard wizard(&document, QStringLiteral("Anne"));
    wizard.show();
    // With no personal data, PDA-09 is no longer suggested; it stays listed and ticked.
    answer(wizard, QStringLiteral("personal-data"), QStringLiteral("none"));
    answerRest(wizard);
    wizard.next();
    const QStringList ids = listed(wizard);
    auto *list = wizard.findChild<QTreeWidget *>(QStringLiteral("suggestionList"));
    const int row = int(ids.indexOf(QStringLiteral("PDA-09")));
    QVERIFY(row >= 0);
    QCOMPARE(list->topLevelItem(row)->checkState(0), Qt::Checked);
    QVERIFY(list->topLevelItem(row)->text(4).contains(QStringLiteral("own wording")));
    wizard.applyToDocument();
    const QList<const DraftItem *> after =
        document.draft().itemsForClause(QStringLiteral("PDA-09"));
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first()->wording, before.wording);
    QCOMPARE(after.first()->values, before.values);
    QCOMPARE(after.first()->comments, before.comments);
}

void TestRiskWizard::wizard_tiers_optionalUntickedWarningsShown_ownChoicesKept()
{
    IssueList issues;
    const auto profile = DraftIo::read(
        test::dataPath(QStringLiteral("profiles/state-society-critical.klausul")), &issues);
    QVERIFY(profile);
    DraftDocument document(m_library, *profile);
    RiskWizard wizard(&document, QStringLiteral("Anne"));
    wizard.show();
    answerRest(wizard);
    wizard.next();
    auto *list = wizard.findChild<QTreeWidget *>(QStringLiteral("suggestionList"));
    const QStringList ids = listed(wizard);
    const QList<Suggestion> suggestions = RiskProfile::suggest(*m_library, *profile);
    QCOMPARE(ids.size(), suggestions.size());
    for (const Suggestion &s : suggestions) {
        const QTreeWidgetItem *row = list->topLevelItem(int(ids.indexOf(s.clauseId)));
        QCOMPARE(row->text(1), RiskProfile::tierName(s.tier));
        QCOMPARE(row->checkState(0) == Qt::Checked, s.tier != Tier::Optional);
        QVERIFY(row->text(4).contains(s.tierReason));
        for (const CompetitionWarning &w : s.warnings)
            QVERIFY2(row->text(4).contains(w.text), qPrintable(s.clauseId));
    }
    const int sam03 = int(ids.indexOf(QStringLiteral("SAM-03")));
    QVERIFY(list->topLevelItem(sam03)->text(2).contains(u'\u26a0'));
    if (qEnvironmentVariableIsSet("KLAUSUL_SCREENSHOTS")) { // where the tiers meet
        list->scrollToItem(list->topLevelItem(int(ids.indexOf(QStringLiteral("LEV-08")))),
            QAbstractItemView::PositionAtCenter);
        wizard.grab().save(
            qEnvironmentVariable("KLAUSUL_SCREENSHOTS") + QStringLiteral("/wizard-tiers.png"));
    }
    // The user's own ticks survive going back, changing an answer and coming again.
    const int optional =
        int(std::find_if(suggestions.cbegin(), suggestions.cend(), [](const Suggestion &s) {
            return s.tier == Tier::Optional;
        }) - suggestions.cbegin());
    const QString optionalId = suggestions.at(optional).clauseId;
    const int core = int(ids.indexOf(QStringLiteral("HAE-01")));
    list->topLevelItem(int(ids.indexOf(optionalId)))->setCheckState(0, Qt::Checked);
    list->topLevelItem(core)->setCheckState(0, Qt::Unchecked);
    wizard.back();
    answer(wizard, QStringLiteral("development"), QStringLiteral("yes"));
    wizard.next();
    const QStringList again = listed(wizard);
    QCOMPARE(list->topLevelItem(int(again.indexOf(optionalId)))->checkState(0), Qt::Checked);
    QCOMPARE(list->topLevelItem(int(again.indexOf(QStringLiteral("HAE-01"))))->checkState(0),
        Qt::Unchecked);
    wizard.next(); // explanations
    wizard.applyToDocument();
    QVERIFY(!document.draft().itemsForClause(optionalId).isEmpty());
    QVERIFY(document.draft().itemsForClause(QStringLiteral("HAE-01")).isEmpty());
}

void TestRiskWizard::wizard_societyCritical_asksForExplanations()
{
    DraftDocument document(m_library, Draft());
    RiskWizard wizard(&document, QStringLiteral("Lars Berg"));
    wizard.show();
    answer(wizard, QStringLiteral("society-critical"), QStringLiteral("yes"));
    answerRest(wizard);
    wizard.next();
    auto *list = wizard.findChild<QTreeWidget *>(QStringLiteral("suggestionList"));
    QStringList ids = listed(wizard);
    QVERIFY(ids.contains(QStringLiteral("SAM-07")));
    list->topLevelItem(int(ids.indexOf(QStringLiteral("SAM-07"))))->setCheckState(0, Qt::Unchecked);
    QCOMPARE(wizard.nextId(), int(RiskWizard::ExplainPage));
    wizard.next();
    auto *edit = wizard.findChild<QPlainTextEdit *>(QStringLiteral("explain-SAM-07"));
    QVERIFY(edit);
    QTest::keyClicks(edit, QStringLiteral("Trusselsniveauet håndteres i bilag 12."));
    wizard.applyToDocument();
    const Explanation *explanation = document.draft().explanation(QStringLiteral("SAM-07"));
    QVERIFY(explanation);
    QCOMPARE(explanation->author, QStringLiteral("Lars Berg"));
    QVERIFY(RiskProfile::unexplained(*m_library, document.draft()).isEmpty());
    QVERIFY(!hasErrors(document.annex().issues) ||
        std::none_of(document.annex().issues.cbegin(), document.annex().issues.cend(),
            [](const Issue &i) { return i.field == QLatin1String("explanation"); }));
}

void TestRiskWizard::coverageModel_passesModelTester()
{
    IssueList issues;
    const auto draft = DraftIo::read(
        test::sourcePath(QStringLiteral("clauses/examples/kommune-sagsbehandling.klausul")),
        &issues);
    CoverageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const FrameworkStatement &statement : Coverage::compute(*m_library, *draft))
        model.setStatement(statement);
    QCOMPARE(model.rowCount(), 28); // GDPR last: 28 articles since the second edition
    QVERIFY(model.index(0, CoverageModel::IncludedColumn).data().isValid());
}

QTEST_MAIN(TestRiskWizard)
#include "tst_riskwizard.moc"
