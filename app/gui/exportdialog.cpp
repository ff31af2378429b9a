#include "exportdialog.h"

#include "core/draftdocument.h"
#include "core/exportplan.h"
#include "core/publication.h"
#include "core/settings.h"
#include "core/translations.h"
#include "core/xlsxschedule.h"
#include "dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace klausul {

ExportDialog::ExportDialog(DraftDocument *document, Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export annex"));

    m_docx = new QCheckBox(tr("&DOCX (Word)"), this);
    m_docx->setObjectName(QStringLiteral("docxCheck"));
    m_docx->setChecked(true);
    m_pdf = new QCheckBox(tr("&PDF (PDF/A-2b)"), this);
    m_pdf->setObjectName(QStringLiteral("pdfCheck"));
    m_pdf->setChecked(true);
    m_xlsx = new QCheckBox(tr("E&xcel schedule (XLSX)"), this);
    m_xlsx->setObjectName(QStringLiteral("xlsxCheck"));
    m_xlsx->setToolTip(tr("The compliance schedule as a workbook for the tenderer to fill in, "
                          "with drop-down answers"));
    auto *formats = new QHBoxLayout;
    formats->addWidget(m_docx);
    formats->addWidget(m_pdf);
    formats->addWidget(m_xlsx);
    formats->addStretch();

    m_edition = new QComboBox(this);
    m_edition->setObjectName(QStringLiteral("editionCombo"));
    m_edition->addItem(tr("Tender: with guidance for tenderers and compliance schedule"),
        editionCode(Edition::Tender));
    m_edition->addItem(tr("Contract: the requirements only"), editionCode(Edition::Contract));
    m_edition->addItem(tr("Review (internal): deviations as tracked changes, comments, problems"),
        editionCode(Edition::Review));
    m_edition->addItem(
        tr("Compliance schedule: for the tenderer to fill in"), editionCode(Edition::Schedule));
    m_edition->setCurrentIndex(
        std::max(0, m_edition->findData(editionCode(settings->defaultEdition()))));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("exportLanguageCombo"));
    m_language->addItem(tr("Danish"), QStringLiteral("da"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(document->draft().metadata.language == Language::English ? 1 : 0);

    m_destination = new QLineEdit(this);
    m_destination->setObjectName(QStringLiteral("destinationEdit"));
    m_destination->setText(basePath());
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    auto *destination = new QHBoxLayout;
    destination->addWidget(m_destination, 1);
    destination->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Formats:"), formats);
    form->addRow(tr("&Edition:"), m_edition);
    form->addRow(tr("&Language:"), m_language);
    auto *destinationLabel = new QLabel(tr("&Save as:"), this);
    destinationLabel->setBuddy(m_destination);
    form->addRow(destinationLabel, destination);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = m_buttons->addButton(tr("E&xport"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::chooseDestination);
    for (QCheckBox *box : {m_docx, m_pdf})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::updateState);
    connect(m_destination, &QLineEdit::textChanged, this, &ExportDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(620);
    updateState();
}

ExportDialog::~ExportDialog()
{
    if (m_job)
        m_job->cancel();
}

QString ExportDialog::basePath() const
{
    QString folder = m_settings->value(Settings::Key::LastFolder).toString();
    QString name = QStringLiteral("bilag");
    if (!m_document->filePath().isEmpty()) {
        const QFileInfo info(m_document->filePath());
        if (folder.isEmpty())
            folder = info.absolutePath();
        name = info.completeBaseName();
    } else if (!m_document->draft().metadata.annexNumber.isEmpty()) {
        name = QStringLiteral("bilag-") + m_document->draft().metadata.annexNumber;
    }
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(name);
}

void ExportDialog::chooseDestination()
{
    const QString path = FileDialog::saveFileName(
        this, tr("Export to"), m_destination->text(), tr("Word and PDF documents (*.docx *.pdf)"));
    if (path.isEmpty())
        return;
    QString base = path;
    if (base.endsWith(QLatin1String(".docx"), Qt::CaseInsensitive) ||
        base.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        base = base.left(base.lastIndexOf(u'.'));
    m_destination->setText(QDir::toNativeSeparators(base));
}

void ExportDialog::updateState()
{
    const bool running = m_job != nullptr;
    m_exportButton->setEnabled(!running &&
        (m_docx->isChecked() || m_pdf->isChecked() || m_xlsx->isChecked()) &&
        !m_destination->text().trimmed().isEmpty());
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_docx, m_pdf, m_xlsx, m_edition, m_language, m_destination, m_browse})
        w->setEnabled(!running);
}

void ExportDialog::startExport()
{
    if (m_job)
        return;
    const Edition edition =
        editionFromCode(m_edition->currentData().toString()).value_or(Edition::Tender);
    const Language language = m_language->currentData().toString() == QLatin1String("en")
        ? Language::English
        : Language::Danish;
    Annex annex;
    if (edition == Edition::Review) {
        const ScopedTranslation translation(language); // problems in the document's language
        annex = m_document->annex(language);
    } else {
        annex = m_document->annex(language);
    }
    if (ExportPlan::refuses(edition, annex.issues, false)) {
        QStringList lines;
        for (const Issue &issue : annex.issues) {
            if (issue.isError() && lines.size() < 12)
                lines << QStringLiteral("• ") + issue.message;
        }
        m_lastResult = ExportJob::Result::Cancelled;
        MessageBox::warning(this, tr("The annex has problems"),
            tr("The tender and contract editions are made only from an annex without "
               "errors. Fix these problems first, or export the review edition:\n\n%1")
                .arg(lines.join(u'\n')));
        m_status->setText(tr("Not exported: the annex has %n error(s).", nullptr,
            countIssues(annex.issues, Issue::Severity::Error)));
        return;
    }
    // The publication gate: the tender and contract editions need every approval. The user may
    // export anyway; the document is then stamped as a draft that is not approved.
    const IssueList blockers = ExportPlan::blockers(edition, m_document->draft(), annex);
    if (ExportPlan::refuses(edition, annex.issues, blockers, false)) {
        QStringList lines;
        for (const Issue &issue : blockers) {
            if (lines.size() < 15)
                lines << QStringLiteral("• ") + issue.message;
        }
        if (blockers.size() > lines.size())
            lines << tr("… and %n more (View ▸ Review lists them all)", nullptr,
                int(blockers.size() - lines.size()));
        const auto answer = MessageBox::question(this, tr("Not approved"),
            tr("Approval is required before publishing, and %n item(s) are not approved:\n\n%1"
               "\n\nExport a draft stamped \"%2\" instead?",
                nullptr, int(blockers.size()))
                .arg(lines.join(u'\n'), Publication::draftStamp(language)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            m_lastResult = ExportJob::Result::Cancelled;
            m_status->setText(
                tr("Not exported: %n item(s) not approved.", nullptr, int(blockers.size())));
            return;
        }
    }
    const QString stamp = ExportPlan::stamp(edition, annex.issues, blockers, language);
    QString base = QDir::fromNativeSeparators(m_destination->text().trimmed());
    if (base.endsWith(QLatin1String(".docx"), Qt::CaseInsensitive) ||
        base.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        base = base.left(base.lastIndexOf(u'.'));
    ExportRequest request;
    request.annex = annex;
    request.edition = edition;
    request.stamp = stamp;
    const std::optional<ExportPlan::Format> format =
        ExportPlan::formatOf(m_docx->isChecked(), m_pdf->isChecked());
    QString error;
    if ((format || !m_xlsx->isChecked()) &&
        (!format ||
            !ExportPlan::setOutputs(&request, base, *format, QFileInfo(base).fileName(), &error))) {
        m_status->setText(error);
        return;
    }
    m_settings->setValue(Settings::Key::LastFolder, QFileInfo(base).absolutePath());

    // The workbook is quick: written at once (through SafeSave), listed with the job's files.
    m_xlsxWritten.clear();
    if (m_xlsx->isChecked()) {
        const QString workbook = base + QStringLiteral(".xlsx");
        if (!XlsxSchedule::save(annex, workbook, &error)) {
            m_lastResult = ExportJob::Result::WriteFailed;
            m_status->setText(error);
            MessageBox::warning(this, tr("Export failed"), error);
            return;
        }
        m_xlsxWritten = workbook;
        if (!format) {
            m_lastResult = ExportJob::Result::Success;
            m_written = {workbook};
            m_status->setText(tr("Exported: %1").arg(workbook));
            MessageBox::information(
                this, tr("Export finished"), tr("The annex was exported:\n%1").arg(workbook));
            return;
        }
    }

    m_written.clear();
    m_job = new ExportJob(request, this);
    connect(m_job, &ExportJob::progress, this, [this](int percent, const QString &message) {
        m_progress->setValue(percent);
        m_status->setText(message);
    });
    connect(m_job, &ExportJob::finished, this, &ExportDialog::finished);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_status->setText(tr("Exporting…"));
    updateState();
    m_job->start();
}

void ExportDialog::finished(ExportJob::Result result)
{
    ExportJob *job = m_job;
    m_job = nullptr;
    m_lastResult = result;
    m_written = job ? job->writtenFiles() : QStringList();
    if (!m_xlsxWritten.isEmpty() && result == ExportJob::Result::Success)
        m_written.append(m_xlsxWritten);
    const QString error = job ? job->errorString() : QString();
    if (job)
        job->deleteLater();
    m_progress->setVisible(result == ExportJob::Result::Success);
    updateState();
    switch (result) {
    case ExportJob::Result::Success: {
        m_status->setText(tr("Exported: %1").arg(m_written.join(QStringLiteral(", "))));
        QMessageBox box(QMessageBox::Information, tr("Export finished"),
            tr("The annex was exported:\n%1").arg(m_written.join(u'\n')), QMessageBox::Close, this);
        QPushButton *openFile = box.addButton(tr("Open &file"), QMessageBox::ActionRole);
        QPushButton *openFolder = box.addButton(tr("Open f&older"), QMessageBox::ActionRole);
        if (MessageBox::hasPendingAnswer()) { // tests
            MessageBox::information(this, box.windowTitle(), box.text());
            return;
        }
        box.exec();
        if (box.clickedButton() == openFile && !m_written.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_written.last()));
        else if (box.clickedButton() == openFolder && !m_written.isEmpty())
            QDesktopServices::openUrl(
                QUrl::fromLocalFile(QFileInfo(m_written.first()).absolutePath()));
        return;
    }
    case ExportJob::Result::Cancelled:
        m_status->setText(tr("The export was cancelled."));
        return;
    case ExportJob::Result::ToolMissing:
        m_status->setText(error);
        MessageBox::warning(this, tr("A program is missing"), error);
        return;
    case ExportJob::Result::ToolFailed:
    case ExportJob::Result::WriteFailed:
    case ExportJob::Result::Running:
        m_status->setText(error);
        MessageBox::warning(this, tr("Export failed"), error);
        return;
    }
}

void ExportDialog::reject()
{
    if (m_job) {
        m_job->cancel(); // finished(Cancelled) follows
        return;
    }
    QDialog::reject();
}

} // namespace klausul
