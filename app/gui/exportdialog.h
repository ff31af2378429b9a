#pragma once

#include "core/exportjob.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace klausul {

class DraftDocument;
class Settings;

/**
 * Export of the open draft: formats, edition, language and destination. The export runs
 * asynchronously with progress and a cancel button; success offers to open the file or folder.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(DraftDocument *document, Settings *settings, QWidget *parent = nullptr);
    ~ExportDialog() override;

    /** Starts the export with the current choices (the Export button). */
    void startExport();
    bool isRunning() const { return m_job != nullptr; }
    QStringList writtenFiles() const { return m_written; }
    ExportJob::Result lastResult() const { return m_lastResult; }

protected:
    void reject() override;

private:
    void chooseDestination();
    void updateState();
    void finished(ExportJob::Result result);
    QString basePath() const;

    DraftDocument *m_document;
    Settings *m_settings;
    QCheckBox *m_docx;
    QCheckBox *m_pdf;
    QCheckBox *m_xlsx;
    QString m_xlsxWritten; ///< the workbook written with the running export, if any
    QComboBox *m_edition;
    QComboBox *m_language;
    QLineEdit *m_destination;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_exportButton;
    QPointer<ExportJob> m_job;
    QStringList m_written;
    ExportJob::Result m_lastResult = ExportJob::Result::Running;
};

} // namespace klausul
