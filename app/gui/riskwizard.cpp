#include "riskwizard.h"

#include "core/translations.h"
#include "parameterform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizardPage>

namespace klausul {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

/** The questions page: complete only when every question has an answer. */
class QuestionsWizardPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    QList<QComboBox *> combos;

    bool isComplete() const override
    {
        return std::all_of(combos.cbegin(), combos.cend(),
            [](const QComboBox *combo) { return combo->currentIndex() >= 0; });
    }
    /** Also QWizard::next() from code or a key: never past an unanswered question. */
    bool validatePage() override { return isComplete(); }
};
} // namespace

RiskWizard::RiskWizard(DraftDocument *document, const QString &author, QWidget *parent)
    : QWizard(parent)
    , m_document(document)
    , m_author(author)
{
    setObjectName(QStringLiteral("riskWizard"));
    setWindowTitle(tr("Risk profile"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);

    auto *questions = new QuestionsWizardPage(this);
    questions->setTitle(tr("Risk profile"));
    questions->setSubTitle(
        tr("Answer every question about the service (\"Don't know\" where offered, if you "
           "must). Klausul suggests the clauses the answers call for, and tells you why."));
    auto *suggestions = new QWizardPage(this);
    suggestions->setTitle(tr("Suggested clauses"));
    suggestions->setSubTitle(
        tr("Untick what you leave out. Requirements already in the annex are listed "
           "too; untick one to remove it."));
    auto *explain = new QWizardPage(this);
    explain->setTitle(tr("Follow or explain"));
    explain->setSubTitle(
        tr("The system is society-critical: every provision of the catalogue must be in "
           "the annex, or you must explain why it is left out."));
    setPage(QuestionsPage, questions);
    setPage(SuggestionsPage, suggestions);
    setPage(ExplainPage, explain);
    buildQuestions();
    resize(900, 640);
}

void RiskWizard::buildQuestions()
{
    auto *page = static_cast<QuestionsWizardPage *>(this->page(QuestionsPage));
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the texts wrap instead
    auto *content = new QWidget(scroll);
    auto *form = new QFormLayout(content);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const Library &library = *m_document->library();
    const Language language = uiLanguage();
    const QColor hint = ParameterForm::hintColor(palette());
    for (const Question &question : library.questions()) {
        auto *combo = new QComboBox(content);
        combo->setObjectName(QStringLiteral("answer-") + question.id);
        combo->setPlaceholderText(tr("Choose an answer"));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        for (const QuestionOption &option : question.options) {
            combo->addItem(option.label.get(language), option.value);
            if (!option.effect.get(language).isEmpty())
                combo->setItemData(
                    combo->count() - 1, option.effect.get(language), Qt::ToolTipRole);
        }
        // Only the draft's own answers are filled in, never the questions' defaults: a newcomer
        // clicking Next without reading must not get a profile nobody chose.
        combo->setCurrentIndex(combo->findData(m_document->draft().answers.value(question.id)));
        combo->setAccessibleName(question.text.get(language));
        auto *label = new QLabel(question.text.get(language), content);
        label->setWordWrap(true);
        label->setBuddy(combo);
        auto *field = new QWidget(content);
        auto *fieldLayout = new QVBoxLayout(field);
        fieldLayout->setContentsMargins(0, 0, 0, 8);
        fieldLayout->addWidget(combo, 0, Qt::AlignLeft);
        auto addHint = [&](const QString &text, const QString &name) {
            auto *help = new QLabel(text, field);
            help->setObjectName(name);
            help->setWordWrap(true);
            help->setTextFormat(Qt::PlainText);
            QPalette p = help->palette();
            p.setColor(QPalette::WindowText, hint);
            help->setPalette(p);
            fieldLayout->addWidget(help);
        };
        if (!question.help.get(language).isEmpty())
            addHint(question.help.get(language), QStringLiteral("help-") + question.id);
        for (const QuestionOption &option : question.options) {
            if (!option.effect.get(language).isEmpty())
                addHint(tr("If you answer \"%1\": %2")
                            .arg(option.label.get(language), option.effect.get(language)),
                    QStringLiteral("effect-") + question.id);
        }
        form->addRow(label, field);
        m_answers.insert(question.id, combo);
        page->combos << combo;
        connect(combo, &QComboBox::currentIndexChanged, page, &QWizardPage::completeChanged);
    }
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(scroll);
}

QMap<QString, QString> RiskWizard::answers() const
{
    QMap<QString, QString> result;
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it) {
        if (it.value()->currentIndex() >= 0)
            result.insert(it.key(), it.value()->currentData().toString());
    }
    return result;
}

void RiskWizard::initializePage(int id)
{
    if (id == SuggestionsPage)
        buildSuggestions();
    else if (id == ExplainPage)
        buildExplanations();
    QWizard::initializePage(id);
}

void RiskWizard::buildSuggestions()
{
    QWizardPage *page = this->page(SuggestionsPage);
    if (!m_suggestions) {
        m_option = new QLabel(page);
        m_option->setObjectName(QStringLiteral("optionAdvice"));
        m_option->setWordWrap(true);
        m_suggestions = new QTreeWidget(page);
        m_suggestions->setObjectName(QStringLiteral("suggestionList"));
        m_suggestions->setRootIsDecorated(false);
        m_suggestions->setHeaderLabels(
            {tr("Clause"), tr("Tier"), tr("Type"), tr("Change"), tr("Why")});
        m_suggestions->header()->setSectionResizeMode(0, QHeaderView::Interactive);
        m_suggestions->header()->resizeSection(0, 330);
        m_summary = new QLabel(page);
        m_summary->setObjectName(QStringLiteral("suggestionSummary"));
        auto *layout = new QVBoxLayout(page);
        layout->addWidget(m_option);
        layout->addWidget(m_suggestions, 1);
        layout->addWidget(m_summary);
        connect(m_suggestions, &QTreeWidget::itemChanged, this,
            [this](QTreeWidgetItem *changed, int column) {
                // The user's own tick survives going back, changing answers and coming again.
                if (changed && column == 0)
                    m_userChoices.insert(
                        changed->data(0, IdRole).toString(), changed->checkState(0) == Qt::Checked);
                int add = 0;
                int remove = 0;
                for (int i = 0; i < m_suggestions->topLevelItemCount(); ++i) {
                    const QTreeWidgetItem *item = m_suggestions->topLevelItem(i);
                    const bool inDraft = item->data(3, IdRole).toBool();
                    const bool checked = item->checkState(0) == Qt::Checked;
                    add += checked && !inDraft;
                    remove += !checked && inDraft;
                }
                m_summary->setText(tr("%n clause(s) will be added", nullptr, add) +
                    QStringLiteral(", ") +
                    tr("%n requirement(s) will be removed", nullptr, remove) + u'.');
            });
    }
    const Library &library = *m_document->library();
    Draft preview = m_document->draft();
    preview.answers = answers();
    const Language language = m_document->draft().metadata.language;
    m_option->setText(RiskProfile::optionAdvice(library, preview.answers).reason);

    QSignalBlocker blocker(m_suggestions);
    m_suggestions->clear();
    m_variants.clear();
    QSet<QString> listed;
    auto addRow = [&](const QString &id, bool checked, const QString &change, const QString &why,
                      bool inDraft, const QString &tier = {},
                      const QString &type = {}) -> QTreeWidgetItem * {
        const Clause *clause = library.clause(id);
        auto *item = new QTreeWidgetItem(m_suggestions);
        item->setText(
            0, id + QStringLiteral("  ") + (clause ? clause->title.get(language) : QString()));
        item->setData(0, IdRole, id);
        item->setData(3, IdRole, inDraft);
        item->setText(1, tier);
        item->setText(
            2, !type.isEmpty() ? type : (clause ? requirementTypeCode(clause->type) : QString()));
        item->setText(3, change);
        item->setText(4, why);
        item->setToolTip(4, why);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const auto own = m_userChoices.constFind(id);
        if (own != m_userChoices.cend())
            checked = own.value();
        item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
        listed.insert(id);
        return item;
    };
    // The ticks start as RiskProfile::defaultSelection (klausul-cli apply uses the same rules):
    // core and recommended ticked, optional unticked unless already in the draft.
    const ProfileSelection selection =
        RiskProfile::defaultSelection(library, m_document->draft(), preview.answers);
    m_variants = selection.variants;
    const QList<Suggestion> suggestions = RiskProfile::suggest(library, preview);
    for (const Tier tier : {Tier::Core, Tier::Recommended, Tier::Optional}) {
        for (const Suggestion &s : suggestions) {
            if (s.tier != tier)
                continue;
            QStringList why {s.tierReason, s.reason};
            if (!s.variantWithheld.isEmpty())
                why << s.variantWithheld;
            for (const CompetitionWarning &w : s.warnings)
                why << QStringLiteral("\u26a0 ") + w.text;
            QTreeWidgetItem *item = addRow(s.clauseId, selection.keep.contains(s.clauseId),
                s.inDraft ? tr("keep") : tr("add"), why.join(u' '), s.inDraft,
                RiskProfile::tierName(s.tier), requirementTypeCode(s.type));
            item->setData(1, IdRole, tierCode(s.tier));
            if (!s.warnings.isEmpty()) {
                item->setData(4, IdRole, true);
                item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
                item->setText(2, requirementTypeCode(s.type) + QStringLiteral(" \u26a0"));
            }
        }
    }
    for (const DraftItem *item : m_document->draft().items()) {
        if (item->isOwnRequirement() || listed.contains(item->clauseId))
            continue;
        const bool adapted =
            !item->wording.isEmpty() || !item->values.isEmpty() || !item->comments.isEmpty();
        addRow(item->clauseId, selection.keep.contains(item->clauseId), tr("keep (not suggested)"),
            adapted
                ? tr("Not called for by the answers. It has your own wording, values or comments: "
                     "untick it only if you want to remove them too.")
                : tr("Not called for by the answers; untick to remove it."),
            true);
    }
    for (const QString &id : RiskProfile::undecided(library, preview)) {
        if (!listed.contains(id))
            addRow(id, false, tr("undecided"), tr("Depends on a question answered \"Don't know\"."),
                false);
    }
    blocker.unblock();
    emit m_suggestions->itemChanged(nullptr, 0);
}

QStringList RiskWizard::keep() const
{
    QStringList ids;
    if (!m_suggestions)
        return ids;
    for (int i = 0; i < m_suggestions->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_suggestions->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            ids << item->data(0, IdRole).toString();
    }
    return ids;
}

int RiskWizard::nextId() const
{
    if (currentId() == QuestionsPage)
        return SuggestionsPage;
    if (currentId() == SuggestionsPage) {
        Draft preview = m_document->draft();
        preview.answers = answers();
        return RiskProfile::followOrExplainApplies(*m_document->library(), preview) ? ExplainPage
                                                                                    : -1;
    }
    return -1;
}

void RiskWizard::buildExplanations()
{
    QWizardPage *page = this->page(ExplainPage);
    delete m_explainBox;
    m_explainEdits.clear();
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    m_explainBox = scroll;
    auto *content = new QWidget(scroll);
    auto *form = new QFormLayout(content);
    const Library &library = *m_document->library();
    const QStringList kept = keep();
    const Language language = m_document->draft().metadata.language;
    int count = 0;
    for (const Clause &clause : library.clauses()) {
        if (!clause.isSocietyCritical() || clause.status == ClauseStatus::Withdrawn ||
            kept.contains(clause.id))
            continue;
        auto *edit = new QPlainTextEdit(content);
        edit->setObjectName(QStringLiteral("explain-") + clause.id);
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(70);
        if (const Explanation *existing = m_document->draft().explanation(clause.id))
            edit->setPlainText(existing->text);
        edit->setPlaceholderText(tr("Why is this provision left out of this contract?"));
        auto *label =
            new QLabel(clause.id + QStringLiteral("  ") + clause.title.get(language), content);
        label->setWordWrap(true);
        label->setBuddy(edit);
        form->addRow(label, edit);
        m_explainEdits.insert(clause.id, edit);
        ++count;
    }
    if (count == 0)
        form->addRow(new QLabel(tr("Every provision of the catalogue is in the annex."), content));
    scroll->setWidget(content);
    if (!page->layout())
        new QVBoxLayout(page);
    page->layout()->addWidget(scroll);
}

QMap<QString, QString> RiskWizard::explanations() const
{
    QMap<QString, QString> result;
    for (auto it = m_explainEdits.cbegin(); it != m_explainEdits.cend(); ++it)
        result.insert(it.key(), it.value()->toPlainText());
    return result;
}

void RiskWizard::applyToDocument()
{
    if (!m_suggestions)
        buildSuggestions();
    const Draft after = RiskProfile::apply(*m_document->library(), m_document->draft(), answers(),
        keep(), m_variants, explanations(), m_author);
    m_document->replaceDraft(after, tr("Apply the risk profile"));
}

} // namespace klausul
