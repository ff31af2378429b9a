#include "inspector.h"

#include "core/documenttext.h"
#include "core/htmlrender.h"
#include "core/parameterformat.h"
#include "core/richtext.h"
#include "core/translations.h"
#include "parameterchipedit.h"
#include "parameterform.h"
#include "upgradedialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace klausul {

Inspector::Inspector(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("inspector"));
    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);

    auto *page = new QWidget(this);
    m_heading = new QLabel(page);
    m_heading->setObjectName(QStringLiteral("inspectorHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_source = new QLabel(page);
    m_source->setObjectName(QStringLiteral("inspectorSource"));
    m_source->setWordWrap(true);

    // Shown when the item is based on another version of its clause than the library's.
    m_versionBanner = new QWidget(page);
    m_versionBanner->setObjectName(QStringLiteral("versionBanner"));
    m_versionBanner->setAutoFillBackground(true);
    QPalette bannerPalette = m_versionBanner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xff, 0xf1, 0xc2));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x5c, 0x44, 0x00));
    m_versionBanner->setPalette(bannerPalette);
    m_versionText = new QLabel(m_versionBanner);
    m_versionText->setWordWrap(true);
    m_versionText->setTextFormat(Qt::PlainText);
    m_acceptVersion = new QPushButton(m_versionBanner);
    m_acceptVersion->setObjectName(QStringLiteral("acceptVersionButton"));
    auto *bannerLayout = new QHBoxLayout(m_versionBanner);
    bannerLayout->addWidget(m_versionText, 1);
    bannerLayout->addWidget(m_acceptVersion);
    connect(m_acceptVersion, &QPushButton::clicked, this, [this] {
        if (!m_document)
            return;
        const std::optional<ClauseUpgrade> upgrade =
            ClauseUpgrade::forItem(m_document->draft(), m_uid, *m_document->library());
        if (!upgrade)
            return;
        UpgradeDialog dialog(m_document, *upgrade, this);
        dialog.exec();
    });

    m_variantLabel = new QLabel(page);
    m_variant = new QComboBox(page);
    m_variant->setObjectName(QStringLiteral("variantCombo"));
    m_variantLabel->setBuddy(m_variant);
    m_typeLabel = new QLabel(page);
    m_type = new QComboBox(page);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_typeLabel->setBuddy(m_type);
    m_titleLabel = new QLabel(page);
    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_titleLabel->setBuddy(m_title);
    auto *choices = new QFormLayout;
    choices->addRow(m_titleLabel, m_title);
    choices->addRow(m_variantLabel, m_variant);
    choices->addRow(m_typeLabel, m_type);

    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("inspectorTabs"));

    // Text: the requirement as it reads, and the own-wording editor.
    auto *textPage = new QWidget(m_tabs);
    m_text = new QTextBrowser(textPage);
    m_text->setObjectName(QStringLiteral("requirementText"));
    m_wordingLabel = new QLabel(textPage);
    m_wordingLabel->setWordWrap(true);
    m_wording = new ParameterChipEdit(textPage);
    m_wording->setObjectName(QStringLiteral("wordingEdit"));
    // Chips: {id} shown as the parameter's label and current value.
    m_wording->setResolver([this](const QString &id) -> std::optional<std::pair<QString, QString>> {
        const DraftItem *item = m_document ? m_document->draft().item(m_uid) : nullptr;
        const Clause *clause = item ? m_document->library()->clause(item->clauseId) : nullptr;
        const Parameter *parameter = clause ? clause->parameter(id) : nullptr;
        if (!parameter)
            return std::nullopt;
        const Language lang = language();
        if (parameter->type == ParameterType::Reference) // filled from the contract map
            return std::make_pair(parameter->label.get(lang), QString());
        const QString value = item->values.value(id, parameter->defaultValue.value_or(QString()));
        return std::make_pair(parameter->label.get(lang),
            value.isEmpty() ? tr("not filled in")
                            : ParameterFormat::format(*parameter, value, lang));
    });
    m_wording->setTabChangesFocus(true);
    m_wordingLabel->setBuddy(m_wording);
    m_resetWording = new QPushButton(textPage);
    m_resetWording->setObjectName(QStringLiteral("resetWordingButton"));
    auto *textLayout = new QVBoxLayout(textPage);
    textLayout->addWidget(m_text, 3);
    textLayout->addWidget(m_wordingLabel);
    textLayout->addWidget(m_wording, 2);
    auto *resetRow = new QHBoxLayout;
    resetRow->addStretch();
    resetRow->addWidget(m_resetWording);
    textLayout->addLayout(resetRow);

    // Parameters: a form generated from the parameter types.
    m_parameterForm = new ParameterForm(m_tabs);
    connect(m_parameterForm, &ParameterForm::valueEdited, this,
        [this](const QString &id, const QString &value) {
            if (m_document && !m_updating)
                m_document->setParameter(m_uid, id, value);
        });

    m_guidance = new QTextBrowser(m_tabs);
    m_guidance->setObjectName(QStringLiteral("guidanceText"));

    // Review: status, approver, comments.
    auto *reviewPage = new QWidget(m_tabs);
    m_statusLabel = new QLabel(reviewPage);
    m_status = new QComboBox(reviewPage);
    m_status->setObjectName(QStringLiteral("reviewStatusCombo"));
    // As wide as its longest status, never squeezed by a long approval text beside it.
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_statusLabel->setBuddy(m_status);
    m_approver = new QLabel(reviewPage);
    m_approver->setObjectName(QStringLiteral("approverLabel"));
    m_comments = new QListWidget(reviewPage);
    m_comments->setObjectName(QStringLiteral("commentList"));
    m_comments->setWordWrap(true);
    m_comment = new QPlainTextEdit(reviewPage);
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(90);
    m_addComment = new QPushButton(reviewPage);
    m_addComment->setObjectName(QStringLiteral("addCommentButton"));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLabel);
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_approver, 1);
    auto *reviewLayout = new QVBoxLayout(reviewPage);
    reviewLayout->addLayout(statusRow);
    reviewLayout->addWidget(m_comments, 1);
    reviewLayout->addWidget(m_comment);
    auto *commentRow = new QHBoxLayout;
    commentRow->addStretch();
    commentRow->addWidget(m_addComment);
    reviewLayout->addLayout(commentRow);

    m_tabs->addTab(textPage, QString());
    m_tabs->addTab(m_parameterForm, QString());
    m_tabs->addTab(m_guidance, QString());
    m_tabs->addTab(reviewPage, QString());

    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_heading);
    pageLayout->addWidget(m_source);
    pageLayout->addWidget(m_versionBanner);
    pageLayout->addLayout(choices);
    pageLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_stack);

    connect(m_variant, &QComboBox::activated, this, [this] {
        if (m_document && !m_updating)
            m_document->setVariant(m_uid, m_variant->currentData().toString());
    });
    connect(m_type, &QComboBox::activated, this, [this] {
        if (!m_document || m_updating)
            return;
        const QString code = m_type->currentData().toString();
        m_document->setRequirementType(
            m_uid, code.isEmpty() ? std::nullopt : requirementTypeFromCode(code));
    });
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_document && !m_updating)
            m_document->setItemTitle(m_uid, language(), text);
    });
    connect(m_wording, &QPlainTextEdit::textChanged, this, &Inspector::wordingEdited);
    connect(m_resetWording, &QPushButton::clicked, this, [this] {
        if (m_document)
            m_document->resetWording(m_uid);
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        if (!m_document || m_updating)
            return;
        const auto status = ReviewStatus(m_status->currentData().toInt());
        const QString author = reviewAuthor();
        if (author.isEmpty() || !m_document->setReviewStatus(m_uid, status, author))
            refresh(); // cancelled: show the status as it is
    });
    connect(m_addComment, &QPushButton::clicked, this, [this] {
        if (!m_document || m_comment->toPlainText().trimmed().isEmpty())
            return;
        const QString author = reviewAuthor();
        if (author.isEmpty())
            return;
        m_document->addComment(m_uid, author, m_comment->toPlainText());
        m_comment->clear();
    });
    retranslate();
    refresh();
}

QString Inspector::reviewAuthor()
{
    if (m_authorProvider)
        m_author = m_authorProvider();
    return m_author.trimmed();
}

Language Inspector::language() const
{
    return m_document ? m_document->draft().metadata.language : Language::Danish;
}

void Inspector::retranslate()
{
    m_empty->setText(
        tr("Select a requirement of the annex to see and adapt it here.\n\nAdd clauses "
           "from the library by double-clicking them, dragging them here or with "
           "Ctrl+Return."));
    m_variantLabel->setText(tr("&Variant:"));
    m_typeLabel->setText(tr("Requirement &type:"));
    m_titleLabel->setText(tr("T&itle:"));
    m_tabs->setTabText(TextTab, tr("Te&xt"));
    m_tabs->setTabText(ParametersTab, tr("&Parameters"));
    m_tabs->setTabText(GuidanceTab, tr("&Guidance"));
    m_tabs->setTabText(ReviewTab, tr("&Review"));
    m_wordingLabel->setText(
        tr("&Own wording (values as {parameter}; blank lines separate paragraphs, "
           "\"- \" starts a bullet):"));
    m_resetWording->setText(tr("Reset to &standard text"));
    m_resetWording->setToolTip(tr("Discard the own wording and use the library's text"));
    m_statusLabel->setText(tr("&Status:"));
    m_addComment->setText(tr("Add &comment"));
    m_acceptVersion->setText(tr("Review the new &version…"));
    m_comment->setPlaceholderText(tr("Write a comment for the review…"));
    m_parameterForm->retranslate();
    m_text->setAccessibleName(tr("Requirement text"));
    m_wording->setAccessibleName(tr("Own wording"));
    m_comment->setAccessibleName(tr("New comment"));
    m_comments->setAccessibleName(tr("Comments"));
    m_formKey.clear();
    refresh();
}

void Inspector::setDocument(DraftDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_uid.clear();
    m_formKey.clear();
    if (m_document)
        connect(m_document, &DraftDocument::changed, this, &Inspector::refresh);
    refresh();
}

void Inspector::setCurrentItem(const QString &uid)
{
    if (uid == m_uid)
        return;
    m_uid = uid;
    refresh();
}

void Inspector::focusField(const QString &field)
{
    if (field.startsWith(QLatin1String("param:"))) {
        m_tabs->setCurrentIndex(ParametersTab);
        m_parameterForm->focusParameter(field.mid(6));
    } else if (field == QLatin1String("wording")) {
        m_tabs->setCurrentIndex(TextTab);
        m_wording->setFocus(Qt::OtherFocusReason);
    } else if (field == QLatin1String("variant")) {
        m_variant->setFocus(Qt::OtherFocusReason);
    } else if (field == QLatin1String("title")) {
        m_title->setFocus(Qt::OtherFocusReason);
    } else {
        m_tabs->setCurrentIndex(TextTab);
    }
}

void Inspector::refresh()
{
    const DraftItem *item = m_document ? m_document->draft().item(m_uid) : nullptr;
    if (!item) {
        m_stack->setCurrentIndex(0);
        m_formKey.clear();
        return;
    }
    m_stack->setCurrentIndex(1);
    m_updating = true;
    const Library &library = *m_document->library();
    const Language lang = language();
    const Clause *clause = library.clause(item->clauseId);
    const AnnexRequirement *requirement = m_document->annex().requirement(item->uid);

    m_heading->setText(
        requirement ? requirement->numberLabel + u' ' + requirement->title : item->clauseId);
    if (item->isOwnRequirement())
        m_source->setText(tr("The authority's own requirement"));
    else if (clause)
        m_source->setText(tr("Clause %1, version %2 · DIGST option %3")
                              .arg(clause->id)
                              .arg(item->clauseVersion)
                              .arg(optionCode(clause->option)));
    else
        m_source->setText(tr("Clause %1 is not in the library").arg(item->clauseId));

    // A newer (or older) clause version in the library than the one the item was based on.
    const bool outdated =
        clause && item->clauseVersion > 0 && item->clauseVersion != clause->version;
    m_versionBanner->setVisible(outdated);
    if (outdated) {
        QStringList changes;
        for (const HistoryEntry &entry : clause->history) {
            if (entry.version > item->clauseVersion && entry.version <= clause->version)
                changes << tr("Version %1 (%2): %3")
                               .arg(entry.version)
                               .arg(QLocale().toString(entry.date, QLocale::ShortFormat),
                                   entry.text.get(uiLanguage()));
        }
        m_versionText->setText(
            tr("This requirement is based on version %1 of %2; the library now has "
               "version %3. Review what it changes, then accept it.")
                .arg(item->clauseVersion)
                .arg(clause->id)
                .arg(clause->version) +
            (changes.isEmpty() ? QString() : u'\n' + changes.join(u'\n')));
    }

    // Variant and type.
    m_variant->clear();
    m_variant->addItem(tr("Standard"), QString());
    if (clause) {
        for (const Variant &variant : clause->variants)
            m_variant->addItem(variant.label.get(lang), variant.id);
    }
    m_variant->setCurrentIndex(std::max(0, m_variant->findData(item->variant)));
    m_variant->setEnabled(clause && !clause->variants.isEmpty());
    m_variantLabel->setVisible(!item->isOwnRequirement());
    m_variant->setVisible(!item->isOwnRequirement());
    m_titleLabel->setVisible(item->isOwnRequirement());
    m_title->setVisible(item->isOwnRequirement());
    if (item->isOwnRequirement() && !m_title->hasFocus())
        m_title->setText(item->title.get(lang));

    m_type->clear();
    if (clause) {
        const Variant *variant = clause->variant(item->variant);
        const RequirementType standard = variant && variant->type ? *variant->type : clause->type;
        m_type->addItem(tr("As the clause (%1)").arg(requirementTypeCode(standard)), QString());
    }
    const std::pair<RequirementType, QString> types[] = {
        {RequirementType::MK, tr("MK – minimum requirement")},
        {RequirementType::PK, tr("PK – prioritised requirement")},
        {RequirementType::K, tr("K – requirement")},
        {RequirementType::Option, tr("Option")},
    };
    for (const auto &[type, name] : types)
        m_type->addItem(name, requirementTypeCode(type));
    m_type->setCurrentIndex(
        std::max(0, m_type->findData(item->type ? requirementTypeCode(*item->type) : QString())));

    // Text and own wording.
    m_text->setHtml(requirement ? HtmlRender::requirement(*requirement, lang) : QString());
    const Flow &own = lang == Language::English ? item->wording.en : item->wording.da;
    Flow editable = own;
    if (editable.isEmpty() && clause)
        editable = clause->bodyFor(item->variant).get(lang);
    if (RichText::fromEditableText(m_wording->editableText()) != editable) {
        const QSignalBlocker blocker(m_wording);
        m_wording->setEditableText(RichText::toEditableText(editable));
    } else {
        m_wording->refreshChips(); // a value may have changed
    }
    m_resetWording->setEnabled(!own.isEmpty() && !item->isOwnRequirement());
    m_resetWording->setVisible(!item->isOwnRequirement());

    // Parameters: the form is rebuilt only when the requirement or variant changes, so typing in
    // a field is never interrupted.
    QString contractKey;
    for (const ContractAnnex &annex : m_document->draft().contract.annexes)
        contractKey += annex.role + u'=' + annex.number + u'=' + annex.title + u';';
    const QString key = item->uid + u'|' + item->clauseId + u'|' + item->variant + u'|' +
        contractKey + u'|' + QString::number(m_document->draft().itemCount());
    if (key != m_formKey) {
        m_parameterForm->rebuild(*m_document, clause, *item);
        m_formKey = key;
    }
    updateParameterValues(clause, *item);

    // Guidance and references.
    m_guidance->setHtml(clause ? HtmlRender::guidance(*clause, library, lang) : QString());
    m_tabs->setTabEnabled(GuidanceTab, clause != nullptr);

    // Review.
    m_status->clear();
    m_status->addItem(tr("Draft"), int(ReviewStatus::Draft));
    m_status->addItem(tr("Ready for review"), int(ReviewStatus::Ready));
    m_status->addItem(tr("Approved"), int(ReviewStatus::Approved));
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(item->reviewStatus))));
    QString approval = item->reviewStatus == ReviewStatus::Approved && !item->approver.isEmpty()
        ? tr("Approved by %1 on %2")
              .arg(item->approver, QLocale().toString(item->approved, QLocale::ShortFormat))
              .toHtmlEscaped()
        : QString();
    if (item->reviewState() == ReviewState::ChangedSinceApproval) {
        // What changed since the approval, word by word (the approved text -> the current one).
        approval += QStringLiteral("<p><b>") +
            tr("Changed since approval: %1")
                .arg(item->changedSinceApproval().join(QStringLiteral(", ")))
                .toHtmlEscaped() +
            QStringLiteral("</b></p>");
        if (requirement && !requirement->approvalRedline.isEmpty())
            approval += HtmlRender::flow(requirement->approvalRedline);
    }
    m_approver->setTextFormat(Qt::RichText);
    m_approver->setWordWrap(true);
    m_approver->setText(approval);
    m_comments->clear();
    for (const ReviewComment &comment : item->comments)
        m_comments->addItem(
            tr("%1, %2:\n%3")
                .arg(comment.author, QLocale().toString(comment.date, QLocale::ShortFormat),
                    comment.text));
    m_tabs->setTabText(ReviewTab,
        item->comments.isEmpty() ? tr("&Review") : tr("&Review (%1)").arg(item->comments.size()));
    m_updating = false;
}

void Inspector::wordingEdited()
{
    if (!m_document || m_updating)
        return;
    const DraftItem *item = m_document->draft().item(m_uid);
    if (!item)
        return;
    const Language lang = language();
    Flow flow = RichText::fromEditableText(m_wording->editableText());
    if (const Clause *clause = m_document->library()->clause(item->clauseId)) {
        // Typing the standard text back is the same as no own wording.
        if (flow == clause->bodyFor(item->variant).get(lang).unpack())
            flow.clear();
    }
    m_document->setWording(m_uid, lang, flow);
}

void Inspector::updateParameterValues(const Clause *clause, const DraftItem &item)
{
    if (!clause)
        return;
    // Required but empty (or otherwise wrong): marked at the label, the problem under the field.
    QHash<QString, QString> problems;
    for (const Issue &issue : m_document->annex().issues) {
        if (issue.itemId == item.uid && issue.isError() &&
            issue.field.startsWith(QLatin1String("param:")) &&
            !problems.contains(issue.field.mid(6)))
            problems.insert(issue.field.mid(6), issue.message);
    }
    m_parameterForm->updateValues(clause, item, problems);
}

} // namespace klausul
