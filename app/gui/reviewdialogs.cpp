#include "reviewdialogs.h"

#include "core/coveragemodel.h"
#include "core/frameworks.h"
#include "core/riskprofile.h"
#include "core/safesave.h"
#include "core/settings.h"
#include "dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace klausul {

FollowOrExplainDialog::FollowOrExplainDialog(
    DraftDocument *document, const QString &author, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_author(author)
{
    setObjectName(QStringLiteral("followOrExplainDialog"));
    setWindowTitle(tr("Follow or explain"));
    auto *intro =
        new QLabel(tr("For a society-critical system every provision of the catalogue must be "
                      "in the annex, or the authority must explain why it is left out of this "
                      "contract. Explanations are listed in the review edition."),
            this);
    intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("provisionList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Provision"), tr("Theme"), tr("State")});
    m_list->header()->resizeSection(0, 420);
    m_explanation = new QPlainTextEdit(this);
    m_explanation->setObjectName(QStringLiteral("explanationEdit"));
    m_explanation->setTabChangesFocus(true);
    m_explanation->setPlaceholderText(tr("Why is this provision left out of this contract?"));
    m_explanation->setMaximumHeight(110);
    m_save = new QPushButton(tr("&Save explanation"), this);
    m_save->setObjectName(QStringLiteral("saveExplanationButton"));
    m_add = new QPushButton(tr("&Add to annex instead"), this);
    m_add->setObjectName(QStringLiteral("followButton"));
    auto *approve = new QPushButton(tr("A&pprove explanation"), this);
    approve->setObjectName(QStringLiteral("approveExplanationButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    buttons->addWidget(approve);
    buttons->addWidget(m_save);
    connect(approve, &QPushButton::clicked, this, [this] {
        const QString id = currentClause();
        if (!id.isEmpty() && !m_author.isEmpty())
            m_document->approveExplanation(id, m_author);
    });
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_explanation);
    layout->addLayout(buttons);
    layout->addWidget(close);

    connect(
        m_list, &QTreeWidget::currentItemChanged, this, &FollowOrExplainDialog::selectionChanged);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString id = currentClause();
        if (!id.isEmpty())
            m_document->setExplanation(id, m_author, m_explanation->toPlainText());
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString id = currentClause();
        if (!id.isEmpty())
            m_document->addClause(id);
    });
    connect(m_document, &DraftDocument::changed, this, &FollowOrExplainDialog::refresh);
    refresh();
    resize(760, 560);
}

QString FollowOrExplainDialog::currentClause() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString()
                                 : QString();
}

void FollowOrExplainDialog::refresh()
{
    const QString current = currentClause();
    const Library &library = *m_document->library();
    const Draft &draft = m_document->draft();
    const Language language = draft.metadata.language;
    QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Clause &clause : library.clauses()) {
        if (!clause.isSocietyCritical() || clause.status == ClauseStatus::Withdrawn)
            continue;
        QString theme;
        for (const Reference &r : clause.references) {
            if (r.scheme == QLatin1String("society-critical"))
                theme = library.referenceTitle(r, language);
        }
        const bool included = !draft.itemsForClause(clause.id).isEmpty();
        const Explanation *explanation = draft.explanation(clause.id);
        auto *item = new QTreeWidgetItem(m_list,
            {clause.id + QStringLiteral("  ") + clause.title.get(language), theme,
                included ? tr("in the annex")
                    : explanation
                    ? (explanation->isApproved() ? tr("explained, approved") : tr("explained"))
                    : tr("explanation missing")});
        item->setData(0, Qt::UserRole, clause.id);
        item->setForeground(
            2, included || explanation ? QColor(0x1a, 0x6b, 0x2f) : QColor(0xb4, 0x23, 0x18));
    }
    blocker.unblock();
    selectClause(current);
}

void FollowOrExplainDialog::selectClause(const QString &clauseId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toString() == clauseId) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return;
        }
    }
    if (m_list->topLevelItemCount() > 0 && !m_list->currentItem())
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void FollowOrExplainDialog::selectionChanged()
{
    const QString id = currentClause();
    const bool included = !id.isEmpty() && !m_document->draft().itemsForClause(id).isEmpty();
    const Explanation *explanation = m_document->draft().explanation(id);
    m_explanation->setPlainText(explanation ? explanation->text : QString());
    m_explanation->setEnabled(!id.isEmpty() && !included);
    m_save->setEnabled(!id.isEmpty() && !included);
    m_add->setEnabled(!id.isEmpty() && !included);
}

CoverageDialog::CoverageDialog(DraftDocument *document, Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("coverageDialog"));
    setWindowTitle(tr("Coverage (Statement of Applicability)"));
    m_framework = new QComboBox(this);
    m_framework->setObjectName(QStringLiteral("frameworkCombo"));
    for (const Framework &framework : Frameworks::all())
        m_framework->addItem(framework.translatedTitle(), framework.key);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("coverageSummary"));
    m_model = new CoverageModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("coverageTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(
        CoverageModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(
        CoverageModel::JustificationColumn, QHeaderView::Stretch);
    auto *exclude = new QPushButton(tr("&Exclude with justification…"), this);
    exclude->setObjectName(QStringLiteral("excludeButton"));
    auto *csv = new QPushButton(tr("Save as &CSV…"), this);
    csv->setObjectName(QStringLiteral("csvButton"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Framework:"), this));
    top->addWidget(m_framework);
    top->addStretch();
    top->addWidget(m_summary);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(exclude);
    buttons->addStretch();
    buttons->addWidget(csv);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(close);
    connect(m_framework, &QComboBox::currentIndexChanged, this, &CoverageDialog::refresh);
    connect(m_document, &DraftDocument::changed, this, &CoverageDialog::refresh);
    connect(exclude, &QPushButton::clicked, this, &CoverageDialog::exclude);
    connect(csv, &QPushButton::clicked, this, &CoverageDialog::saveCsv);
    refresh();
    resize(980, 640);
}

void CoverageDialog::refresh()
{
    const QList<FrameworkStatement> statements = Coverage::compute(
        *m_document->library(), m_document->draft(), m_framework->currentData().toString());
    if (statements.isEmpty())
        return;
    const FrameworkStatement &statement = statements.first();
    m_model->setStatement(statement);
    m_summary->setText(tr("covered: %1 of %2 (%3 %) · excluded: %4 · open: %5")
                           .arg(statement.coveredCount())
                           .arg(statement.controls.size())
                           .arg(qRound(statement.coveredPercent()))
                           .arg(statement.excludedCount())
                           .arg(statement.openCount()));
}

void CoverageDialog::exclude()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const QString control = index.data(CoverageModel::ControlIdRole).toString();
    const QString scheme = m_model->statement().scheme;
    const ControlExclusion *existing = m_document->draft().exclusion(scheme, control);
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Exclude %1").arg(control),
        tr("Why is %1 not covered by this contract? (Leave it empty to cancel the exclusion.)")
            .arg(control),
        existing ? existing->text : QString(), &ok);
    if (ok)
        m_document->setExclusion(scheme, control, m_settings->authorName(), text);
}

void CoverageDialog::saveCsv()
{
    const QString path = FileDialog::saveFileName(this, tr("Save Statement of Applicability"),
        QDir(m_settings->value(Settings::Key::LastFolder).toString())
            .filePath(QStringLiteral("soa.csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString csv =
        Coverage::csv(Coverage::compute(*m_document->library(), m_document->draft()),
            m_document->draft().metadata.language);
    QString error;
    // A byte-order mark lets Excel read the Danish letters.
    if (!SafeSave::write(path, QByteArrayLiteral("\xEF\xBB\xBF") + csv.toUtf8(), &error))
        MessageBox::warning(this, tr("Cannot save"), error);
}

} // namespace klausul
