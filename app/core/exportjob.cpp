#include "exportjob.h"

#include "docxpostprocess.h"
#include "safesave.h"
#include "safexml.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <mutex>
#include <zlib.h>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif

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

quint32 le32(const QByteArray &data, qsizetype at)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData() + at);
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
}

quint16 le16(const QByteArray &data, qsizetype at)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData() + at);
    return quint16(p[0] | p[1] << 8);
}

/** Why a ZIP member could not be checked. */
enum class MemberCheck { Ok, Unreadable, TooLarge, NotWellFormed };

/**
 * Inflates one member of a ZIP file in memory piece by piece into a streaming well-formedness
 * check, and checks its CRC. Never holds the inflated member: a member is refused above `limit`
 * bytes and, above SafeXml::MaxFileSize, when it inflates by more than
 * ExportJob::MaxCompressionRatio (a ZIP bomb, not a document).
 */
MemberCheck checkZipXmlMember(
    const QByteArray &zip, const QByteArray &name, qint64 limit, IssueList *issues)
{
    constexpr qsizetype EndSize = 22;
    if (zip.size() < EndSize)
        return MemberCheck::Unreadable;
    qsizetype end = -1;
    for (qsizetype at = zip.size() - EndSize; at >= 0 && at >= zip.size() - EndSize - 65535; --at) {
        if (le32(zip, at) == 0x06054b50) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return MemberCheck::Unreadable;
    const quint16 entries = le16(zip, end + 10);
    qsizetype at = le32(zip, end + 16);
    for (int i = 0; i < entries; ++i) {
        if (at < 0 || at + 46 > zip.size() || le32(zip, at) != 0x02014b50)
            return MemberCheck::Unreadable;
        const quint16 method = le16(zip, at + 10);
        const quint32 crc = le32(zip, at + 16);
        const quint32 packed = le32(zip, at + 20);
        const quint32 size = le32(zip, at + 24);
        const quint16 nameLength = le16(zip, at + 28);
        const qsizetype next = at + 46 + nameLength + le16(zip, at + 30) + le16(zip, at + 32);
        const qsizetype local = le32(zip, at + 42);
        if (at + 46 + nameLength > zip.size())
            return MemberCheck::Unreadable;
        if (zip.mid(at + 46, nameLength) != name) {
            at = next;
            continue;
        }
        if (local + 30 > zip.size() || le32(zip, local) != 0x04034b50)
            return MemberCheck::Unreadable;
        if (!ExportJob::memberSizeAllowed(size, packed, limit))
            return MemberCheck::TooLarge;
        const qsizetype data = local + 30 + le16(zip, local + 26) + le16(zip, local + 28);
        if (data + qsizetype(packed) > zip.size() || (method != 0 && method != 8))
            return MemberCheck::Unreadable;
        SafeXml::StreamCheck check(QString::fromUtf8(name));
        uLong actual = crc32(0L, nullptr, 0);
        bool wellFormed = true;
        auto consume = [&](const char *bytes, qsizetype count) {
            actual = crc32(actual, reinterpret_cast<const Bytef *>(bytes), uInt(count));
            if (wellFormed)
                wellFormed = check.feed(bytes, int(count));
        };
        if (method == 0) {
            if (packed != size)
                return MemberCheck::Unreadable;
            constexpr qsizetype Piece = 1 << 20;
            for (qsizetype offset = 0; offset < qsizetype(size); offset += Piece)
                consume(zip.constData() + data + offset, std::min(Piece, qsizetype(size) - offset));
        } else {
            z_stream stream {};
            if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
                return MemberCheck::Unreadable;
            stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zip.constData() + data));
            stream.avail_in = packed;
            char buffer[64 * 1024];
            int status = Z_OK;
            while (status == Z_OK) {
                stream.next_out = reinterpret_cast<Bytef *>(buffer);
                stream.avail_out = sizeof buffer;
                status = inflate(&stream, Z_NO_FLUSH);
                const qsizetype produced = qsizetype(sizeof buffer) - stream.avail_out;
                // Never more than the directory said, whatever the stream claims.
                if (stream.total_out > size)
                    status = Z_DATA_ERROR;
                else if (produced > 0)
                    consume(buffer, produced);
                if (status == Z_BUF_ERROR && produced > 0)
                    status = Z_OK;
            }
            const uLong total = stream.total_out;
            inflateEnd(&stream);
            if (status != Z_STREAM_END || total != size)
                return MemberCheck::Unreadable;
        }
        if (actual != crc)
            return MemberCheck::Unreadable;
        if (!check.finish(issues) || !wellFormed)
            return MemberCheck::NotWellFormed;
        return MemberCheck::Ok;
    }
    return MemberCheck::Unreadable;
}

int timeoutFromEnvironment(const char *name, int fallbackMs)
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue(name, &ok);
    return ok && seconds > 0 ? seconds * 1000 : fallbackMs;
}

/**
 * The LibreOffice Basic macro that opens the DOCX, turns on Danish/English hyphenation, updates
 * its indexes (the table of contents), saves the DOCX again (so its table of contents is filled and
 * its page count is the PDF's) and saves PDF/A-2b. An empty URL skips that output.
 */
QByteArray convertMacro()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<!DOCTYPE script:module PUBLIC \"-//OpenOffice.org//DTD OfficeDocument 1.0//EN\" "
        "\"module.dtd\">\n"
        "<script:module xmlns:script=\"http://openoffice.org/2000/script\" script:name=\"Module1\" "
        "script:language=\"StarBasic\">\n"
        "Sub ConvertToPdf(inUrl As String, docxUrl As String, outUrl As String)\n"
        "    On Error GoTo Failed\n"
        "    Dim loadProps(1) As New com.sun.star.beans.PropertyValue\n"
        "    loadProps(0).Name = &quot;Hidden&quot;\n"
        "    loadProps(0).Value = True\n"
        "    loadProps(1).Name = &quot;ReadOnly&quot;\n"
        "    loadProps(1).Value = True\n"
        "    Dim doc As Object\n"
        "    doc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, loadProps())\n"
        "    If IsNull(doc) Then Exit Sub\n"
        "    Dim paragraphStyles As Object\n"
        "    paragraphStyles = doc.getStyleFamilies().getByName(&quot;ParagraphStyles&quot;)\n"
        "    If paragraphStyles.hasByName(&quot;Standard&quot;) Then\n"
        "        paragraphStyles.getByName(&quot;Standard&quot;).ParaIsHyphenation = True\n"
        "    End If\n"
        "    Dim indexes As Object\n"
        "    indexes = doc.getDocumentIndexes()\n"
        "    Dim i As Integer\n"
        "    For i = 0 To indexes.getCount() - 1\n"
        "        indexes.getByIndex(i).update()\n"
        "    Next i\n"
        "    doc.refresh()\n"
        "    If docxUrl &lt;&gt; &quot;&quot; Then\n"
        "        Dim docxProps(0) As New com.sun.star.beans.PropertyValue\n"
        "        docxProps(0).Name = &quot;FilterName&quot;\n"
        "        docxProps(0).Value = &quot;MS Word 2007 XML&quot;\n"
        "        doc.storeToURL(docxUrl, docxProps())\n"
        "    End If\n"
        "    If outUrl &lt;&gt; &quot;&quot; Then\n"
        "        Dim filterData(1) As New com.sun.star.beans.PropertyValue\n"
        "        filterData(0).Name = &quot;SelectPdfVersion&quot;\n"
        "        filterData(0).Value = 2\n"
        "        filterData(1).Name = &quot;UseTaggedPDF&quot;\n"
        "        filterData(1).Value = True\n"
        "        Dim storeProps(1) As New com.sun.star.beans.PropertyValue\n"
        "        storeProps(0).Name = &quot;FilterName&quot;\n"
        "        storeProps(0).Value = &quot;writer_pdf_Export&quot;\n"
        "        storeProps(1).Name = &quot;FilterData&quot;\n"
        "        storeProps(1).Value = filterData()\n"
        "        doc.storeToURL(outUrl, storeProps())\n"
        "    End If\n"
        "    doc.close(True)\n"
        "    Exit Sub\n"
        "Failed:\n"
        "    If Not IsNull(doc) Then doc.close(True)\n"
        "End Sub\n"
        "Sub ConvertWhenReady(readyUrl As String, inUrl As String, docxUrl As String, "
        "outUrl As String)\n"
        "    Do While Not FileExists(readyUrl)\n"
        "        Wait 20\n"
        "    Loop\n"
        "    ConvertToPdf(inUrl, docxUrl, outUrl)\n"
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

bool ExportJob::memberSizeAllowed(quint64 size, quint64 packed, qint64 limit)
{
    if (size <= quint64(SafeXml::MaxFileSize))
        return true;
    return size <= quint64(std::max(limit, SafeXml::MaxFileSize)) &&
        size <= quint64(MaxCompressionRatio) * std::max<quint64>(packed, 1);
}

qint64 ExportJob::documentLimit(qint64 astBytes)
{
    // pandoc's word/document.xml is smaller than the JSON it came from except in tables (an empty
    // cell is about twice its JSON); LibreOffice's copy adds run properties. Four times the AST is
    // a generous bound for both, which a file from elsewhere cannot raise.
    return std::max(SafeXml::MaxFileSize, 4 * astBytes);
}

bool ExportJob::checkDocx(const QString &path, QString *reason, qint64 limit)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly) ||
        file.size() > 4 * std::max(limit, SafeXml::MaxFileSize)) {
        *reason = tr("the DOCX file is missing or cannot be read");
        return false;
    }
    IssueList issues;
    switch (
        checkZipXmlMember(file.readAll(), QByteArrayLiteral("word/document.xml"), limit, &issues)) {
    case MemberCheck::Ok:
        return true;
    case MemberCheck::Unreadable:
        *reason = tr("the DOCX file is not a readable ZIP archive with word/document.xml");
        return false;
    case MemberCheck::TooLarge:
        *reason = tr("word/document.xml in the DOCX file is larger than this annex can make "
                     "(%1 MiB at most) or compressed like a ZIP bomb")
                      .arg(std::max(limit, SafeXml::MaxFileSize) / (1024 * 1024));
        return false;
    case MemberCheck::NotWellFormed:
        break;
    }
    *reason = tr("word/document.xml in the DOCX file is not well-formed XML: %1")
                  .arg(issues.isEmpty() ? QString() : issues.constFirst().message);
    return false;
}

ExportJob::ExportJob(ExportRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{
    m_request.pandocTimeoutMs =
        timeoutFromEnvironment("KLAUSUL_PANDOC_TIMEOUT", m_request.pandocTimeoutMs);
    m_request.officeTimeoutMs =
        timeoutFromEnvironment("KLAUSUL_SOFFICE_TIMEOUT", m_request.officeTimeoutMs);
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
    killProcessGroup();
    stopEarlyOffice();
}

void ExportJob::killProcessGroup()
{
#ifdef Q_OS_UNIX
    // Everything the tool started (soffice.bin, its helpers) is in the group of the tool's
    // process; the group's id cannot be reused while any member lives.
    if (m_processGroup > 0)
        ::kill(-pid_t(m_processGroup), SIGKILL);
#endif
    m_processGroup = 0;
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
    // LibreOffice is needed for a PDF only (a DOCX alone is finished without it).
    m_soffice = ExternalTools::soffice();
    if (!m_request.pdfPath.isEmpty()) {
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
    startOfficeEarly();
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
    stopEarlyOffice();
    if (m_process) {
        killProcessGroup();
        m_process->kill();
    } else {
        fail(Result::Cancelled, tr("the export was cancelled"));
    }
}

QString ExportJob::toolName() const
{
    return m_step == Step::OfficeInit || m_step == Step::OfficeConvert
        ? QStringLiteral("LibreOffice")
        : QStringLiteral("pandoc");
}

void ExportJob::runProcess(Step step, const QString &program, const QStringList &arguments,
    const QByteArray &input, int timeoutMs, bool keepInputOpen)
{
    m_step = step;
    m_stdout.clear();
    auto *process = newProcess();
    m_process = process;
    connect(process, &QProcess::readyReadStandardOutput, this,
        [this, process] { m_stdout += process->readAllStandardOutput(); });
    connect(process, &QProcess::finished, this, &ExportJob::onProcessFinished);
    connect(process, &QProcess::errorOccurred, this, &ExportJob::onProcessError);
    m_timer.start(timeoutMs);
    process->start(program, arguments);
    m_processGroup = process->processId();
    if (!input.isNull()) {
        process->write(input);
    }
    if (!keepInputOpen)
        process->closeWriteChannel();
}

QProcess *ExportJob::newProcess()
{
    auto *process = new QProcess(this);
    process->setWorkingDirectory(m_work->path());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"),
        m_work->path()); // LibreOffice and pandoc stay in the sandbox folder
    // Their temporary files (LibreOffice's lu*.tmp) too: the folder goes when the job ends.
    const QString temp = m_work->filePath(QStringLiteral("tmp"));
    QDir().mkpath(temp);
    for (const QString &name :
        {QStringLiteral("TMPDIR"), QStringLiteral("TMP"), QStringLiteral("TEMP")})
        environment.insert(name, temp);
    process->setProcessEnvironment(environment);
#ifdef Q_OS_UNIX
    // Its own process group, so a timeout or cancel stops everything it started.
    process->setChildProcessModifier([] { ::setsid(); });
#endif
    return process;
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
    killProcessGroup();
    m_process->kill();
}

void ExportJob::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    m_timer.stop();
    QProcess *process = m_process;
    m_process = nullptr;
    if (!process)
        return;
    killProcessGroup(); // nothing it started outlives it
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
        if (exitCode != 0) {
            fail(Result::ToolFailed,
                tr("LibreOffice failed to start (exit code %1): %2")
                    .arg(exitCode)
                    .arg(stderrText.isEmpty() ? officePackageHint() : stderrText));
            return;
        }
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
    emit progress(20, tr("Making the DOCX with pandoc"));
    QStringList arguments {QStringLiteral("--from=json"), QStringLiteral("--to=docx"),
        QStringLiteral("--reference-doc=") + referencePath, QStringLiteral("--toc"),
        QStringLiteral("--toc-depth=2"),
        QStringLiteral("--output=") + m_work->filePath(QStringLiteral("pandoc.docx"))};
    // One section (the schedule) or not an annex: no table of contents.
    if (m_request.edition == Edition::Schedule || !m_request.document.isEmpty())
        arguments.removeAll(QStringLiteral("--toc"));
    // pandoc starts while the AST is written: its start-up (some 70 ms) and the AST overlap.
    runProcess(Step::Pandoc, m_pandoc, arguments, QByteArray(), m_request.pandocTimeoutMs, true);
    QByteArray json;
    if (m_request.document.isEmpty()) {
        json = PandocAst::json(m_request.annex, options);
    } else {
        // Built before the installed pandoc's API version was known.
        QJsonObject document = m_request.document;
        QJsonArray version;
        for (int part : options.apiVersion)
            version.append(part);
        document.insert(QStringLiteral("pandoc-api-version"), version);
        json = QJsonDocument(document).toJson(QJsonDocument::Compact);
    }
    m_documentLimit = documentLimit(json.size());
    if (m_process && m_result == Result::Running) {
        m_process->write(json);
        m_process->closeWriteChannel();
    }
}

void ExportJob::afterPandoc()
{
    const QString pandocDocx = m_work->filePath(QStringLiteral("pandoc.docx"));
    QString reason;
    if (!checkDocx(pandocDocx, &reason, m_documentLimit)) {
        fail(Result::ToolFailed,
            tr("pandoc reported success but did not create a valid DOCX file: %1").arg(reason));
        return;
    }
    if (!m_request.document.isEmpty() && m_request.pdfPath.isEmpty()) {
        commitOutputs(pandocDocx); // not an annex: no annex header and footer
        return;
    }
    // Running header and footer, rows kept together: see DocxPostProcess.
    const QString docx = m_work->filePath(QStringLiteral("annex.docx"));
    QString error;
    // LibreOffice lays the pages out only for a PDF; its DOCX then has the PDF's pages and page
    // numbers in the table of contents. A DOCX alone gets its table of contents here (entries
    // without page numbers) and no LibreOffice run: it is made about as fast as pandoc makes it.
    const bool office = !m_request.pdfPath.isEmpty();
    if (!DocxPostProcess::apply(pandocDocx, docx, m_request.annex, m_request.edition,
            m_request.stamp, &error, !office)) {
        fail(Result::ToolFailed, tr("cannot finish the DOCX: %1").arg(error));
        return;
    }
    if (!office) {
        commitOutputs(docx);
        return;
    }
    if (adoptEarlyOffice())
        return;
    startOffice();
}

QString ExportJob::preparedProfilePath(const QString &soffice)
{
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (cache.isEmpty() || soffice.isEmpty())
        return {};
    // The installation: where its program is and when its binary and version file were written.
    const QFileInfo program(QFileInfo(soffice).canonicalFilePath());
    QByteArray key = program.absoluteFilePath().toUtf8();
    for (const QString &name :
        {QStringLiteral("soffice.bin"), QStringLiteral("versionrc"), program.fileName()}) {
        const QFileInfo file(program.absoluteDir().filePath(name));
        if (file.exists())
            key += '\n' + name.toUtf8() + ' ' + QByteArray::number(file.size()) + ' ' +
                QByteArray::number(file.lastModified().toMSecsSinceEpoch());
    }
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex();
    return cache + QStringLiteral("/klausul/office-profile-") +
        QString::fromLatin1(digest.left(16));
}

namespace {

/** Copies the folder `from` to `to` (which must not exist), files and sub-folders. */
bool copyFolder(const QString &from, const QString &to)
{
    const QDir source(from);
    if (!source.exists() || !QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo entry = it.fileInfo();
        const QString target = to + u'/' + source.relativeFilePath(entry.filePath());
        if (entry.isSymLink())
            continue; // a prepared profile has none; never follow one out of the folder
        if (entry.isDir()) {
            if (!QDir().mkpath(target))
                return false;
        } else if (!entry.isFile() || !QFile::copy(entry.filePath(), target)) {
            return false;
        }
    }
    return true;
}

} // namespace

void ExportJob::startOffice()
{
    emit progress(50, tr("Preparing LibreOffice"));
    const QString profileFolder = m_work->filePath(QStringLiteral("office-profile"));
    // A copy of the profile prepared by an earlier export, if there is one: no LibreOffice start
    // just to make a profile. A private copy per run: parallel conversions sharing one profile
    // lose output.
    const QString prepared = m_profileRetried ? QString() : preparedProfilePath(m_soffice);
    if (!prepared.isEmpty() && QFileInfo::exists(prepared)) {
        if (QFileInfo(prepared + QStringLiteral("/user")).isDir() &&
            copyFolder(prepared, profileFolder)) {
            m_profileFromCache = true;
            startOfficeConvert();
            return;
        }
        // Not a profile (any more): prepared again below.
        QDir(profileFolder).removeRecursively();
        if (QFileInfo(prepared).isDir())
            QDir(prepared).removeRecursively();
        else
            QFile::remove(prepared);
    }
    m_profileFromCache = false;
    const QString profile = QUrl::fromLocalFile(m_work->filePath(QStringLiteral("office-profile")))
                                .toString(QUrl::FullyEncoded);
    runProcess(Step::OfficeInit, m_soffice,
        {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
            QStringLiteral("--norestore"), QStringLiteral("--nologo"),
            QStringLiteral("--terminate_after_init")},
        QByteArray(), m_request.officeTimeoutMs);
}

void ExportJob::keepPreparedProfile()
{
    // Kept as LibreOffice left it after starting, before any document was opened (so it lists
    // no recent document). Made beside its place and renamed into it: another export either sees
    // the whole profile or none; if one was faster, its profile is as good as ours.
    const QString prepared = preparedProfilePath(m_soffice);
    if (prepared.isEmpty() || QFileInfo::exists(prepared))
        return;
    const QFileInfo place(prepared);
    if (!QDir().mkpath(place.absolutePath()))
        return;
    QTemporaryDir staging(place.absolutePath() + QStringLiteral("/.office-profile-XXXXXX"));
    if (!staging.isValid())
        return;
    const QString copy = staging.filePath(QStringLiteral("profile"));
    if (copyFolder(m_work->filePath(QStringLiteral("office-profile")), copy))
        QDir().rename(copy, prepared);
}

QStringList ExportJob::officeConvertArguments(bool whenReady) const
{
    const QString docxOut = m_request.docxPath.isEmpty()
        ? QString()
        : QUrl::fromLocalFile(m_work->filePath(QStringLiteral("office.docx")))
              .toString(QUrl::FullyEncoded);
    const QString profile = QUrl::fromLocalFile(m_work->filePath(QStringLiteral("office-profile")))
                                .toString(QUrl::FullyEncoded);
    const QString in = QUrl::fromLocalFile(m_work->filePath(QStringLiteral("annex.docx")))
                           .toString(QUrl::FullyEncoded);
    const QString out = m_request.pdfPath.isEmpty()
        ? QString()
        : QUrl::fromLocalFile(m_work->filePath(QStringLiteral("annex.pdf")))
              .toString(QUrl::FullyEncoded);
    const QString macro = whenReady
        ? QStringLiteral("macro:///Standard.Module1.ConvertWhenReady(\"%1\",\"%2\",\"%3\",\"%4\")")
              .arg(QUrl::fromLocalFile(m_work->filePath(QStringLiteral("annex.ready")))
                       .toString(QUrl::FullyEncoded),
                  in, docxOut, out)
        : QStringLiteral("macro:///Standard.Module1.ConvertToPdf(\"%1\",\"%2\",\"%3\")")
              .arg(in, docxOut, out);
    return {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
        QStringLiteral("--norestore"), QStringLiteral("--nologo"), QStringLiteral("--invisible"),
        macro};
}

void ExportJob::startOfficeEarly()
{
    // LibreOffice takes seconds of CPU to start; with a prepared profile it starts now, beside
    // pandoc, and its macro waits for annex.ready, written once the DOCX is finished.
    if (m_request.pdfPath.isEmpty() || m_soffice.isEmpty() || !m_request.document.isEmpty())
        return;
    const QString prepared = preparedProfilePath(m_soffice);
    const QString profileFolder = m_work->filePath(QStringLiteral("office-profile"));
    if (prepared.isEmpty() || !QFileInfo(prepared + QStringLiteral("/user/basic")).isDir() ||
        !copyFolder(prepared, profileFolder)) {
        QDir(profileFolder).removeRecursively();
        return;
    }
    QString error;
    if (!SafeSave::write(
            m_work->filePath(QStringLiteral("office-profile/user/basic/Standard/Module1.xba")),
            convertMacro(), &error)) {
        QDir(profileFolder).removeRecursively();
        return;
    }
    m_early = newProcess();
    m_early->start(m_soffice, officeConvertArguments(true));
    m_earlyGroup = m_early->processId();
    m_early->closeWriteChannel();
}

void ExportJob::stopEarlyOffice()
{
#ifdef Q_OS_UNIX
    if (m_earlyGroup > 0)
        ::kill(-pid_t(m_earlyGroup), SIGKILL);
#endif
    m_earlyGroup = 0;
    if (m_early) {
        m_early->disconnect(this);
        m_early->kill();
        m_early->waitForFinished(5000);
        m_early->deleteLater();
    }
    m_early = nullptr;
}

bool ExportJob::adoptEarlyOffice()
{
    if (!m_early)
        return false;
    if (m_early->state() != QProcess::Running) {
        // It ended before the DOCX was ready (it should have waited): start LibreOffice again.
        stopEarlyOffice();
        QDir(m_work->filePath(QStringLiteral("office-profile"))).removeRecursively();
        return false;
    }
    QString error;
    if (!SafeSave::write(m_work->filePath(QStringLiteral("annex.ready")), "ready\n", &error)) {
        fail(Result::WriteFailed, error);
        return true;
    }
    emit progress(65, tr("Making the PDF with LibreOffice"));
    QProcess *process = m_early;
    m_early = nullptr;
    m_step = Step::OfficeConvert;
    m_stdout.clear();
    m_process = process;
    m_processGroup = m_earlyGroup;
    m_earlyGroup = 0;
    m_profileFromCache = true;
    connect(process, &QProcess::readyReadStandardOutput, this,
        [this, process] { m_stdout += process->readAllStandardOutput(); });
    connect(process, &QProcess::finished, this, &ExportJob::onProcessFinished);
    connect(process, &QProcess::errorOccurred, this, &ExportJob::onProcessError);
    m_timer.start(m_request.officeTimeoutMs);
    return true;
}

void ExportJob::startOfficeConvert()
{
    if (!m_profileFromCache)
        keepPreparedProfile();
    // The macro goes into the profile's own Standard library, which LibreOffice trusts.
    const QString module =
        m_work->filePath(QStringLiteral("office-profile/user/basic/Standard/Module1.xba"));
    if (!QFileInfo(module).absoluteDir().exists()) {
        if (m_profileFromCache && !m_profileRetried) {
            retryWithFreshProfile();
            return;
        }
        fail(Result::ToolFailed,
            tr("LibreOffice exited without creating its user profile; %1")
                .arg(officePackageHint()));
        return;
    }
    QString error;
    if (!SafeSave::write(module, convertMacro(), &error)) {
        fail(Result::WriteFailed, error);
        return;
    }
    emit progress(65, tr("Making the PDF with LibreOffice"));
    runProcess(Step::OfficeConvert, m_soffice, officeConvertArguments(false), QByteArray(),
        m_request.officeTimeoutMs);
}

void ExportJob::afterOffice()
{
    // LibreOffice exits with 0 even when it failed: the outputs are what counts. The DOCX is
    // LibreOffice's copy, with the table of contents filled and the PDF's page breaks.
    QString docx;
    if (!m_request.docxPath.isEmpty()) {
        docx = m_work->filePath(QStringLiteral("office.docx"));
        QString reason;
        if (!checkDocx(docx, &reason, m_documentLimit)) {
            if (m_profileFromCache && !m_profileRetried) {
                retryWithFreshProfile();
                return;
            }
            fail(Result::ToolFailed,
                tr("LibreOffice did not save the DOCX with its table of contents (%1); %2")
                    .arg(reason, officePackageHint()));
            return;
        }
    }
    if (!m_request.pdfPath.isEmpty() &&
        !fileStartsWith(
            m_work->filePath(QStringLiteral("annex.pdf")), QByteArrayLiteral("%PDF-"), 1000)) {
        if (m_profileFromCache && !m_profileRetried) {
            retryWithFreshProfile();
            return;
        }
        fail(Result::ToolFailed,
            tr("LibreOffice exited without producing the PDF; %1").arg(officePackageHint()));
        return;
    }
    commitOutputs(docx);
}

void ExportJob::retryWithFreshProfile()
{
    // The prepared profile may be damaged or from another LibreOffice: prepare it again, once.
    QDir(preparedProfilePath(m_soffice)).removeRecursively();
    QDir(m_work->filePath(QStringLiteral("office-profile"))).removeRecursively();
    m_profileRetried = true;
    startOffice();
}

QString ExportJob::officePackageHint()
{
    return tr("check that the Debian package libreoffice-writer-nogui (or LibreOffice Writer) is "
              "installed and starts");
}

void ExportJob::commitOutputs(const QString &docx)
{
    // Both files or neither: each is written and flushed beside its target first, and only
    // when every one succeeded are they renamed into place.
    QList<QPair<QString, QString>> copies;
    if (!m_request.docxPath.isEmpty())
        copies.append({docx, m_request.docxPath});
    if (!m_request.pdfPath.isEmpty())
        copies.append({m_work->filePath(QStringLiteral("annex.pdf")), m_request.pdfPath});
    QString error;
    if (!SafeSave::copyAllInto(copies, &error)) {
        fail(Result::WriteFailed, error);
        return;
    }
    for (const auto &copy : copies)
        m_written << copy.second;
    succeed();
}

void ExportJob::fail(Result result, const QString &message)
{
    if (m_result != Result::Running)
        return;
    m_step = Step::Done;
    m_result = result;
    m_error = message;
    // Nothing was written: outputs are moved into place only when all of them are ready.
    killProcessGroup();
    stopEarlyOffice();
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
