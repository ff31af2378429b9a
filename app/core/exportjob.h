#pragma once

#include "annex.h"
#include "pandocast.h"
#include "safexml.h"

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QStringList>
#include <QTimer>

#include <memory>

class QTemporaryDir;

namespace klausul {

/** Finding and describing the external programs of the export: pandoc and LibreOffice. */
class ExternalTools
{
    Q_DECLARE_TR_FUNCTIONS(klausul::ExternalTools)

public:
    /** pandoc on PATH (or $KLAUSUL_PANDOC); empty when missing. */
    static QString pandoc();
    /** LibreOffice's soffice on PATH or in the usual install places ($KLAUSUL_SOFFICE); empty when
     * missing. */
    static QString soffice();
    static QString pandocMissingMessage();
    static QString libreOfficeMissingMessage();
};

/** What to export and where. */
struct ExportRequest
{
    Annex annex;
    Edition edition = Edition::Tender;
    QString docxPath; ///< empty: no DOCX wanted (a PDF is still made from one)
    QString pdfPath; ///< empty: no PDF
    /** A Pandoc AST built elsewhere (the library change list of `klausul-cli diff`): used
        instead of the annex's, without the annex's table of contents, header and footer; its
        pandoc-api-version is set to the installed pandoc's. */
    QJsonObject document;
    /** Forced past the publication gate: the draft stamp (Publication::draftStamp), else empty. */
    QString stamp;
    /** Review edition: the annex as published in `comparedVersion`, for the redline. */
    std::optional<Annex> compared;
    QString comparedVersion;
    int pandocTimeoutMs = 120'000; ///< $KLAUSUL_PANDOC_TIMEOUT (seconds) overrides
    int officeTimeoutMs = 180'000; ///< $KLAUSUL_SOFFICE_TIMEOUT (seconds) overrides
};

/**
 * One export, run asynchronously: the annex's Pandoc AST goes through pandoc (with
 * reference.docx) to a DOCX, and LibreOffice (its own copy of a profile prepared once; indexes
 * updated so the table of contents has page numbers; tagged PDF/A-2b) turns that DOCX into the PDF
 * and, in the same run, saves the DOCX with the PDF's pages. A DOCX alone needs no LibreOffice: its
 * table of contents is filled by DocxPostProcess, without page numbers. Processes start with
 * an argument list, never through a shell, each in its own process group with a timeout that stops
 * the whole group, and with TMPDIR in the job's folder. Outputs are checked (the DOCX is read back
 * as a ZIP whose word/document.xml parses) and moved into place together through SafeSave, so a
 * failed or cancelled export writes no file at all and changes nothing that existed before.
 */
class ExportJob : public QObject
{
    Q_OBJECT

public:
    enum class Result { Running, Success, ToolMissing, ToolFailed, WriteFailed, Cancelled };
    Q_ENUM(Result)

    explicit ExportJob(ExportRequest request, QObject *parent = nullptr);
    ~ExportJob() override;

    void start();
    /** Stops the running process; finished(Cancelled) follows. */
    void cancel();
    /** Runs the job to the end in a local event loop (CLI, tests). */
    Result run();

    Result result() const { return m_result; }
    QString errorString() const { return m_error; }
    QStringList writtenFiles() const { return m_written; }

    /**
     * True when `path` is a readable ZIP whose word/document.xml is well-formed XML of at most
     * `limit` bytes (never less than SafeXml::MaxFileSize). The member is checked as it inflates,
     * so its size costs no memory.
     */
    static bool checkDocx(
        const QString &path, QString *reason, qint64 limit = SafeXml::MaxFileSize);
    /** The largest word/document.xml an annex whose Pandoc JSON has `astBytes` can make. */
    static qint64 documentLimit(qint64 astBytes);
    /**
     * Whether a member of `size` bytes, `packed` in the ZIP, may be inflated: up to
     * SafeXml::MaxFileSize always; above it up to `limit` and at most MaxCompressionRatio times its
     * packed size (real XML packs about 5-30 to 1; a ZIP bomb about 1,000 to 1).
     */
    static bool memberSizeAllowed(quint64 size, quint64 packed, qint64 limit);
    static constexpr int MaxCompressionRatio = 100;

    /** The pandoc-api-version of the installed pandoc, asked once per process. */
    static QList<int> cachedApiVersion();

    /**
     * Where a LibreOffice user profile, prepared once for `soffice`, is kept between exports (in
     * the user's cache folder, named after the LibreOffice installation so an upgrade prepares a
     * new one); empty when there is no cache folder. Each export works on its own copy: parallel
     * conversions sharing one profile lose output, and the copy takes milliseconds where preparing
     * a profile takes a LibreOffice start.
     */
    static QString preparedProfilePath(const QString &soffice);

signals:
    void progress(int percent, const QString &message);
    void finished(klausul::ExportJob::Result result);

private:
    enum class Step { Idle, ApiVersion, Pandoc, OfficeInit, OfficeConvert, Done };

    void runProcess(Step step, const QString &program, const QStringList &arguments,
        const QByteArray &input, int timeoutMs, bool keepInputOpen = false);
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void onProcessError(QProcess::ProcessError error);
    void onTimeout();
    void startPandoc();
    void afterPandoc();
    void startOffice();
    void startOfficeConvert();
    void keepPreparedProfile();
    QProcess *newProcess();
    QStringList officeConvertArguments(bool whenReady) const;
    void startOfficeEarly();
    /** Hands the early LibreOffice the finished DOCX; false: none is waiting. */
    bool adoptEarlyOffice();
    void stopEarlyOffice();
    void retryWithFreshProfile();
    void afterOffice();
    void commitOutputs(const QString &docx);
    void killProcessGroup();
    static QString officePackageHint();
    void fail(Result result, const QString &message);
    void succeed();
    QString toolName() const;

    ExportRequest m_request;
    Result m_result = Result::Running;
    QString m_error;
    QStringList m_written;
    Step m_step = Step::Idle;
    std::unique_ptr<QTemporaryDir> m_work;
    QPointer<QProcess> m_process;
    QTimer m_timer;
    QByteArray m_stdout;
    QString m_pandoc;
    QString m_soffice;
    qint64 m_documentLimit = SafeXml::MaxFileSize;
    qint64 m_processGroup = 0;
    bool m_cancelled = false;
    /** The profile is a copy of the prepared one; on failure it is prepared afresh once. */
    bool m_profileFromCache = false;
    bool m_profileRetried = false;
    /** LibreOffice started beside pandoc, waiting for the DOCX (not yet m_process). */
    QPointer<QProcess> m_early;
    qint64 m_earlyGroup = 0;
};

} // namespace klausul
