#include "metadatadialog.h"

#include "core/documenttext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace klausul {

MetadataDialog::MetadataDialog(const DraftMetadata &metadata, bool isNew, QWidget *parent)
    : QDialog(parent)
    , m_metadata(metadata)
{
    setObjectName(QStringLiteral("metadataDialog"));
    setWindowTitle(isNew ? tr("New draft") : tr("Annex details"));
    auto *form = new QFormLayout;
    m_authority = new QLineEdit(metadata.authority, this);
    m_authority->setObjectName(QStringLiteral("authorityEdit"));
    m_authority->setPlaceholderText(tr("e.g. Eksempel Kommune"));
    m_tender = new QLineEdit(metadata.tender, this);
    m_tender->setObjectName(QStringLiteral("tenderEdit"));
    m_tender->setPlaceholderText(tr("e.g. Operation of the case management system"));
    m_caseNumber = new QLineEdit(metadata.caseNumber, this);
    m_caseNumber->setObjectName(QStringLiteral("caseNumberEdit"));
    m_annexNumber = new QLineEdit(metadata.annexNumber, this);
    m_annexNumber->setObjectName(QStringLiteral("annexNumberEdit"));
    m_annexNumber->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9A-Za-z]{1,6}(\\.[0-9A-Za-z]{1,6}){0,3}")), this));
    m_annexNumber->setMaximumWidth(100);
    // A document text, not a UI text: the default title follows the document language.
    const QString defaultTitle =
        DocumentText::text(DocumentText::Phrase::DefaultAnnexTitle, metadata.language);
    m_annexTitle =
        new QLineEdit(metadata.annexTitle.isEmpty() ? defaultTitle : metadata.annexTitle, this);
    m_annexTitle->setObjectName(QStringLiteral("annexTitleEdit"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_category->addItem(tr("Not stated"), QString());
    m_category->addItem(tr("A – used as is"), QStringLiteral("A"));
    m_category->addItem(tr("B – completed by the customer"), QStringLiteral("B"));
    m_category->addItem(tr("C – drafted by the customer"), QStringLiteral("C"));
    m_category->setCurrentIndex(std::max(0, m_category->findData(metadata.category)));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("documentLanguageCombo"));
    m_language->addItem(tr("Danish"), QStringLiteral("da"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(metadata.language == Language::English ? 1 : 0);

    form->addRow(tr("&Authority:"), m_authority);
    form->addRow(tr("&Tender:"), m_tender);
    form->addRow(tr("&Case number:"), m_caseNumber);
    form->addRow(tr("Annex &number:"), m_annexNumber);
    form->addRow(tr("Annex t&itle:"), m_annexTitle);
    form->addRow(tr("K04 annex &category:"), m_category);
    form->addRow(tr("Document &language:"), m_language);

    auto *hint =
        new QLabel(tr("The annex is titled \"Bilag <number> <title>\" and its requirements "
                      "are numbered <number>.1, <number>.2, …"),
            this);
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    hint->setStyleSheet(QStringLiteral("color: palette(mid)"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_authority, m_tender, m_annexNumber, m_annexTitle})
        connect(edit, &QLineEdit::textChanged, this, &MetadataDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    validate();
    resize(520, sizeHint().height());
}

void MetadataDialog::validate()
{
    m_ok->setEnabled(!m_authority->text().trimmed().isEmpty() &&
        !m_tender->text().trimmed().isEmpty() && !m_annexNumber->text().trimmed().isEmpty() &&
        !m_annexTitle->text().trimmed().isEmpty());
}

DraftMetadata MetadataDialog::metadata() const
{
    DraftMetadata m = m_metadata;
    m.authority = m_authority->text().simplified();
    m.tender = m_tender->text().simplified();
    m.caseNumber = m_caseNumber->text().simplified();
    m.annexNumber = m_annexNumber->text().trimmed();
    m.annexTitle = m_annexTitle->text().simplified();
    m.category = m_category->currentData().toString();
    m.language = m_language->currentData().toString() == QLatin1String("en") ? Language::English
                                                                             : Language::Danish;
    return m;
}

} // namespace klausul
