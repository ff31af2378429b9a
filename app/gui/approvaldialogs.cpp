#include "approvaldialogs.h"

#include "core/publication.h"
#include "core/settings.h"
#include "dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace klausul {

namespace {

QString stateName(ReviewState state)
{
    switch (state) {
    case ReviewState::Draft:
        return ReviewDialog::tr("Draft");
    case ReviewState::Ready:
        return ReviewDialog::tr("Ready for review");
    case ReviewState::Approved:
        return ReviewDialog::tr("Approved");
    case ReviewState::ChangedSinceApproval:
        return ReviewDialog::tr("Changed since approval");
    }
    return {};
}

} // namespace

ReviewerDialog::ReviewerDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Who is reviewing?"));
    m_name = new QLineEdit(settings->authorName(), this);
    m_name->setObjectName(QStringLiteral("reviewerName"));
    m_role = new QLineEdit(settings->authorRole(), this);
    m_role->setObjectName(QStringLiteral("reviewerRole"));
    m_role->setPlaceholderText(tr("e.g. Lawyer, Procurement officer"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    auto *intro = new QLabel(tr("Approvals and comments are recorded with your name and the time. "
                                "The name is kept in the settings."),
        this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReviewerDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void ReviewerDialog::accept()
{
    const QString name = m_name->text().simplified();
    if (name.isEmpty()) {
        m_name->setFocus();
        return;
    }
    m_settings->setValue(Settings::Key::AuthorName, name);
    m_settings->setValue(Settings::Key::AuthorRole, m_role->text().simplified());
    QDialog::accept();
}

QString ReviewerDialog::ensureReviewer(Settings *settings, QWidget *parent)
{
    if (!settings->hasAuthor()) {
        ReviewerDialog dialog(settings, parent);
        if (dialog.exec() != QDialog::Accepted)
            return {};
    }
    return settings->authorSignature();
}

PublishVersionDialog::PublishVersionDialog(
    DraftDocument *document, const QString &approver, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_approver(approver)
{
    setWindowTitle(tr("Publish version"));
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("versionNumber"));
    m_number->setPlaceholderText(tr("e.g. 1.0"));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("versionNote"));
    m_note->setPlaceholderText(tr("e.g. Tender version"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Version:"), m_number);
    form->addRow(tr("&Changes:"), m_note);
    form->addRow(tr("Approved by:"), new QLabel(approver.toHtmlEscaped(), this));
    const IssueList blockers = Publication::blockers(document->draft(), document->annex());
    auto *gate = new QLabel(blockers.isEmpty()
            ? tr("Every requirement and explanation is approved.")
            : tr("%n item(s) are not approved; see View ▸ Review.", nullptr, int(blockers.size())),
        this);
    gate->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Publish"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PublishVersionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PublishVersionDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(gate);
    layout->addWidget(buttons);
}

void PublishVersionDialog::accept()
{
    QString error;
    if (!m_document->publishVersion(m_number->text(), m_note->toPlainText(), m_approver, &error)) {
        MessageBox::warning(this, tr("Not published"), error);
        return;
    }
    QDialog::accept();
}

ReviewDialog::ReviewDialog(DraftDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Review"));
    resize(720, 480);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("reviewFilter"));
    m_filter->addItem(tr("Everything not approved"), -1);
    m_filter->addItem(tr("All"), -2);
    for (ReviewState state : {ReviewState::Draft, ReviewState::Ready,
             ReviewState::ChangedSinceApproval, ReviewState::Approved})
        m_filter->addItem(stateName(state), int(state));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("reviewList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("No."), tr("Title"), tr("Status"), tr("Approved by")});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReviewDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);
    layout->addWidget(filterLabel);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ReviewDialog::refresh);
    connect(document, &DraftDocument::changed, this, &ReviewDialog::refresh);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString uid = item->data(0, Qt::UserRole).toString();
        if (!uid.isEmpty())
            emit requirementActivated(uid);
        else
            emit explanationActivated(item->data(0, Qt::UserRole + 1).toString());
    });
    refresh();
}

void ReviewDialog::refresh()
{
    const int filter = m_filter->currentData().toInt();
    auto shown = [filter](ReviewState state) {
        if (filter == -2)
            return true;
        if (filter == -1)
            return state != ReviewState::Approved;
        return int(state) == filter;
    };
    m_list->clear();
    for (const AnnexRequirement *requirement : m_document->annex().requirements()) {
        if (!shown(requirement->reviewState))
            continue;
        auto *row = new QTreeWidgetItem(m_list,
            {requirement->numberLabel, requirement->title, stateName(requirement->reviewState),
                requirement->approver});
        row->setData(0, Qt::UserRole, requirement->uid);
    }
    for (const Explanation &explanation : m_document->draft().explanations) {
        const ReviewState state = explanation.isApproved() ? ReviewState::Approved
            : explanation.approver.isEmpty()               ? ReviewState::Draft
                                                           : ReviewState::ChangedSinceApproval;
        if (!shown(state))
            continue;
        auto *row = new QTreeWidgetItem(m_list,
            {explanation.clauseId, tr("Explanation: %1").arg(explanation.text.left(80)),
                stateName(state), explanation.approver});
        row->setData(0, Qt::UserRole + 1, explanation.clauseId);
    }
    m_list->resizeColumnToContents(0);
}

} // namespace klausul
