#include "exportjob.h"

#include "safesave.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <mutex>

namespace klausul {

namespace {

QList<int> g_apiVersion;
std::mutex g_apiMutex;

bool fileStartsWith(const QString &path, const QByteArray &magic, qint64 minimumSize)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() < minimumSize)
        return false;
    return file.read(magic.size()) == magic;
}

/** The LibreOffice Basic macro that opens the DOCX, updates its indexes and saves PDF/A-2b. */
QByteArray convertMacro()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<!DOCTYPE script:module PUBLIC \"-//OpenOffice.org//DTD OfficeDocument 1.0//EN\" "
        "\"module.dtd\">\n"
        "<script:module xmlns:script=\"http://openoffice.org/2000/script\" script:name=\"Module1\" "
        "script:language=\"StarBasic\">\n"
        "Sub ConvertToPdf(inUrl As String, outUrl As String)\n"
        "    On Error GoTo Failed\n"
        "    Dim loadProps(1) As New com.sun.star.beans.PropertyValue\n"
        "    loadProps(0).Name = &quot;Hidden&quot;\n"
        "    loadProps(0).Value = True\n"
        "    loadProps(1).Name = &quot;ReadOnly&quot;\n"
        "    loadProps(1).Value = True\n"
        "    Dim doc As Object\n"
        "    doc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, loadProps())\n"
        "    If IsNull(doc) Then Exit Sub\n"
        "    Dim indexes As Object\n"
        "    indexes = doc.getDocumentIndexes()\n"
        "    Dim i As Integer\n"
        "    For i = 0 To indexes.getCount() - 1\n"
        "        indexes.getByIndex(i).update()\n"
        "    Next i\n"
        "    Dim filterData(1) As New com.sun.star.beans.PropertyValue\n"
        "    filterData(0).Name = &quot;SelectPdfVersion&quot;\n"
        "    filterData(0).Value = 2\n"
        "    filterData(1).Name = &quot;UseTaggedPDF&quot;\n"
        "    filterData(1).Value = True\n"
        "    Dim storeProps(1) As New com.sun.star.beans.PropertyValue\n"
        "    storeProps(0).Name = &quot;FilterName&quot;\n"
        "    storeProps(0).Value = &quot;writer_pdf_Export&quot;\n"
        "    storeProps(1).Name = &quot;FilterData&quot;\n"
        "    storeProps(1).Value = filterData()\n"
        "    doc.storeToURL(outUrl, storeProps())\n"
        "    doc.close(True)\n"
        "    Exit Sub\n"
        "Failed:\n"
        "    If Not IsNull(doc) Then doc.close(True)\n"
        "End Sub\n"
        "</script:module>\n");
}

} // namespace

QString ExternalTools::pandoc()
{
    const QString overridden = qEnvironmentVariable("KLAUSUL_PANDOC");
    if (!overridden.isEmpty())
        return QFileInfo(overridden).isExecutable() ? overridden : QString();
    return QStandardPaths::findExecutable(QStringLiteral("pandoc"));
}

QString ExternalTools::soffice()
{
    const QString overridden = qEnvironmentVariable("KLAUSUL_SOFFICE");
    if (!overridden.isEmpty())
        return QFileInfo(overridden).isExecutable() ? overridden : QString();
    for (const QString &name : {QStringLiteral("soffice"), QStringLiteral("libreoffice")}) {
        const QString found = QStandardPaths::findExecutable(name);
        if (!found.isEmpty())
            return found;
    }
    const QStringList places {
        QStringLiteral("/usr/lib/libreoffice/program/soffice"),
        QStringLiteral("/opt/libreoffice/program/soffice"),
        QStringLiteral("/Applications/LibreOffice.app/Contents/MacOS/soffice"),
        QStringLiteral("C:/Program Files/LibreOffice/program/soffice.exe"),
    };
    for (const QString &place : places) {
        if (QFileInfo(place).isExecutable())
            return place;
    }
    return {};
}

QString ExternalTools::pandocMissingMessage()
{
    return tr(
        "pandoc is not installed; it makes the DOCX. Install it (Debian and Ubuntu: "
        "\"sudo apt install pandoc\"; Windows and macOS: https://pandoc.org/installing.html).");
}

QString ExternalTools::libreOfficeMissingMessage()
{
    return tr("LibreOffice is not installed; it makes the PDF. Install it (Debian and Ubuntu: "
              "\"sudo apt install libreoffice-writer-nogui fonts-crosextra-carlito "
              "fonts-crosextra-caladea\"; Windows and macOS: https://www.libreoffice.org).");
}

ExportJob::ExportJob(ExportRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ExportJob::onTimeout);
}

ExportJob::~ExportJob()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QList<int> ExportJob::cachedApiVersion()
{
    std::lock_guard<std::mutex> lock(g_apiMutex);
    return g_apiVersion;
}

void ExportJob::start()
{
    m_result = Result::Running;
    m_pandoc = ExternalTools::pandoc();
    if (m_pandoc.isEmpty()) {
        fail(Result::ToolMissing, ExternalTools::pandocMissingMessage());
        return;
    }
    if (!m_request.pdfPath.isEmpty()) {
        m_soffice = ExternalTools::soffice();
        if (m_soffice.isEmpty()) {
            fail(Result::ToolMissing, ExternalTools::libreOfficeMissingMessage());
            return;
        }
    }
    // Check the destinations before the slow part.
    for (const QString &path : {m_request.docxPath, m_request.pdfPath}) {
        if (path.isEmpty())
            continue;
        const QFileInfo info(path);
        if (!info.absoluteDir().exists()) {
            fail(Result::WriteFailed,
                tr("cannot write %1: the folder %2 does not exist")
                    .arg(QDir::toNativeSeparators(path),
                        QDir::toNativeSeparators(info.absolutePath())));
            return;
        }
        if (info.isDir()) {
            fail(Result::WriteFailed,
                tr("cannot write %1: it is a folder").arg(QDir::toNativeSeparators(path)));
            return;
        }
    }
    m_work = std::make_unique<QTemporaryDir>(
        QDir::tempPath() + QStringLiteral("/klausul-export-XXXXXX"));
    if (!m_work->isValid()) {
        fail(Result::WriteFailed,
            tr("cannot create a temporary folder: %1").arg(m_work->errorString()));
        return;
    }
    emit progress(5, tr("Starting pandoc"));
    if (cachedApiVersion().isEmpty())
        runProcess(Step::ApiVersion, m_pandoc,
            {QStringLiteral("--from=markdown"), QStringLiteral("--to=json")}, QByteArray(),
            m_request.pandocTimeoutMs);
    else
        startPandoc();
}

ExportJob::Result ExportJob::run()
{
    QEventLoop loop;
    connect(this, &ExportJob::finished, &loop, &QEventLoop::quit);
    start();
    if (m_result == Result::Running)
        loop.exec();
    return m_result;
}

void ExportJob::cancel()
{
    if (m_result != Result::Running)
        return;
    m_cancelled = true;
    if (m_process)
        m_process->kill();
    else
        fail(Result::Cancelled, tr("the export was cancelled"));
}

QString ExportJob::toolName() const
{
    return m_step == Step::OfficeInit || m_step == Step::OfficeConvert
        ? QStringLiteral("LibreOffice")
        : QStringLiteral("pandoc");
}

void ExportJob::runProcess(Step step, const QString &program, const QStringList &arguments,
    const QByteArray &input, int timeoutMs)
{
    m_step = step;
    m_stdout.clear();
    auto *process = new QProcess(this);
    m_process = process;
    process->setWorkingDirectory(m_work->path());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"),
        m_work->path()); // LibreOffice and pandoc stay in the sandbox folder
    process->setProcessEnvironment(environment);
    connect(process, &QProcess::readyReadStandardOutput, this,
        [this, process] { m_stdout += process->readAllStandardOutput(); });
    connect(process, &QProcess::finished, this, &ExportJob::onProcessFinished);
    connect(process, &QProcess::errorOccurred, this, &ExportJob::onProcessError);
    m_timer.start(timeoutMs);
    process->start(program, arguments);
    if (!input.isNull()) {
        process->write(input);
    }
    process->closeWriteChannel();
}

void ExportJob::onProcessError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // Crashed and friends arrive through finished()
    m_timer.stop();
    if (m_process)
        m_process->deleteLater();
    fail(Result::ToolMissing,
        tr("%1 could not be started: %2")
            .arg(toolName(), m_process ? m_process->errorString() : QString()));
}

void ExportJob::onTimeout()
{
    if (!m_process)
        return;
    m_error = tr("%1 did not finish within %2 seconds and was stopped")
                  .arg(toolName())
                  .arg((m_step == Step::OfficeInit || m_step == Step::OfficeConvert
                               ? m_request.officeTimeoutMs
                               : m_request.pandocTimeoutMs) /
                      1000);
    m_process->kill();
}

void ExportJob::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    m_timer.stop();
    QProcess *process = m_process;
    m_process = nullptr;
    if (!process)
        return;
    m_stdout += process->readAllStandardOutput();
    const QString stderrText =
        QString::fromUtf8(process->readAllStandardError()).trimmed().left(600);
    process->deleteLater();

    if (m_cancelled) {
        fail(Result::Cancelled, tr("the export was cancelled"));
        return;
    }
    if (!m_error.isEmpty()) { // timed out
        fail(Result::ToolFailed, m_error);
        return;
    }
    if (status != QProcess::NormalExit) {
        fail(Result::ToolFailed,
            tr("%1 stopped unexpectedly (it crashed or was killed)").arg(toolName()));
        return;
    }
    switch (m_step) {
    case Step::ApiVersion: {
        const QJsonArray api = QJsonDocument::fromJson(m_stdout)
                                   .object()
                                   .value(QStringLiteral("pandoc-api-version"))
                                   .toArray();
        if (exitCode != 0 || api.size() < 2) {
            fail(Result::ToolFailed,
                tr("pandoc did not report its API version (exit code %1): %2")
                    .arg(exitCode)
                    .arg(stderrText));
            return;
        }
        {
            std::lock_guard<std::mutex> lock(g_apiMutex);
            g_apiVersion = {api.at(0).toInt(), api.at(1).toInt()};
        }
        startPandoc();
        return;
    }
    case Step::Pandoc:
        if (exitCode != 0) {
            fail(Result::ToolFailed,
                tr("pandoc failed (exit code %1): %2").arg(exitCode).arg(stderrText));
            return;
        }
        afterPandoc();
        return;
    case Step::OfficeInit:
        startOfficeConvert();
        return;
    case Step::OfficeConvert:
        afterOffice();
        return;
    case Step::Idle:
    case Step::Done:
        return;
    }
}

void ExportJob::startPandoc()
{
    QFile reference(QStringLiteral(":/klausul/export/reference.docx"));
    const QString referencePath = m_work->filePath(QStringLiteral("reference.docx"));
    if (!reference.copy(referencePath)) {
        fail(Result::WriteFailed,
            tr("cannot prepare the Word styles: %1").arg(reference.errorString()));
        return;
    }
    PandocAst::Options options;
    options.edition = m_request.edition;
    options.apiVersion = cachedApiVersion();
    options.changeDate = QDateTime::currentDateTimeUtc();
    options.stamp = m_request.stamp;
    options.wordComments = m_request.pdfPath.isEmpty();
    options.compared = m_request.compared;
    options.comparedVersion = m_request.comparedVersion;
    const QByteArray json =
        QJsonDocument(PandocAst::build(m_request.annex, options)).toJson(QJsonDocument::Compact);
    emit progress(20, tr("Making the DOCX with pandoc"));
    runProcess(Step::Pandoc, m_pandoc,
        {QStringLiteral("--from=json"), QStringLiteral("--to=docx"),
            QStringLiteral("--reference-doc=") + referencePath, QStringLiteral("--toc"),
            QStringLiteral("--toc-depth=2"),
            QStringLiteral("--output=") + m_work->filePath(QStringLiteral("annex.docx"))},
        json, m_request.pandocTimeoutMs);
}

void ExportJob::afterPandoc()
{
    const QString docx = m_work->filePath(QStringLiteral("annex.docx"));
    if (!fileStartsWith(docx, QByteArrayLiteral("PK\x03\x04"), 1000)) {
        fail(Result::ToolFailed, tr("pandoc reported success but did not create a DOCX file"));
        return;
    }
    if (!m_request.docxPath.isEmpty()) {
        QString error;
        if (!SafeSave::copyInto(docx, m_request.docxPath, &error)) {
            fail(Result::WriteFailed, error);
            return;
        }
        m_written << m_request.docxPath;
    }
    if (m_request.pdfPath.isEmpty()) {
        succeed();
        return;
    }
    startOffice();
}

void ExportJob::startOffice()
{
    emit progress(50, tr("Preparing LibreOffice"));
    // A private profile per run: parallel conversions sharing one profile lose output.
    const QString profile = QUrl::fromLocalFile(m_work->filePath(QStringLiteral("office-profile")))
                                .toString(QUrl::FullyEncoded);
    runProcess(Step::OfficeInit, m_soffice,
        {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
            QStringLiteral("--norestore"), QStringLiteral("--nologo"),
            QStringLiteral("--terminate_after_init")},
        QByteArray(), m_request.officeTimeoutMs);
}

void ExportJob::startOfficeConvert()
{
    // The macro goes into the profile's own Standard library, which LibreOffice trusts.
    const QString module =
        m_work->filePath(QStringLiteral("office-profile/user/basic/Standard/Module1.xba"));
    QString error;
    if (!QFileInfo(module).absoluteDir().exists() ||
        !SafeSave::write(module, convertMacro(), &error)) {
        fail(Result::ToolFailed, tr("LibreOffice did not create its profile: %1").arg(error));
        return;
    }
    emit progress(65, tr("Making the PDF with LibreOffice"));
    const QString profile = QUrl::fromLocalFile(m_work->filePath(QStringLiteral("office-profile")))
                                .toString(QUrl::FullyEncoded);
    const QString in = QUrl::fromLocalFile(m_work->filePath(QStringLiteral("annex.docx")))
                           .toString(QUrl::FullyEncoded);
    const QString out = QUrl::fromLocalFile(m_work->filePath(QStringLiteral("annex.pdf")))
                            .toString(QUrl::FullyEncoded);
    runProcess(Step::OfficeConvert, m_soffice,
        {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
            QStringLiteral("--norestore"), QStringLiteral("--nologo"),
            QStringLiteral("--invisible"),
            QStringLiteral("macro:///Standard.Module1.ConvertToPdf(\"%1\",\"%2\")").arg(in, out)},
        QByteArray(), m_request.officeTimeoutMs);
}

void ExportJob::afterOffice()
{
    // LibreOffice exits with 0 even when it failed: the output is what counts.
    const QString pdf = m_work->filePath(QStringLiteral("annex.pdf"));
    if (!fileStartsWith(pdf, QByteArrayLiteral("%PDF-"), 1000)) {
        fail(Result::ToolFailed,
            tr("LibreOffice did not produce the PDF (is libreoffice-writer-nogui installed?)"));
        return;
    }
    QString error;
    if (!SafeSave::copyInto(pdf, m_request.pdfPath, &error)) {
        fail(Result::WriteFailed, error);
        return;
    }
    m_written << m_request.pdfPath;
    succeed();
}

void ExportJob::fail(Result result, const QString &message)
{
    if (m_result != Result::Running)
        return;
    m_step = Step::Done;
    m_result = result;
    m_error = message;
    // Files written before the failure (a DOCX when the PDF then failed) stay: each is complete.
    emit finished(m_result);
}

void ExportJob::succeed()
{
    m_step = Step::Done;
    m_result = Result::Success;
    emit progress(100, tr("Done"));
    emit finished(m_result);
}

} // namespace klausul
