#include "exportplan.h"

#include "exportjob.h"
#include "publication.h"

#include <QDir>
#include <QFileInfo>

namespace klausul {

namespace {

const QLatin1String DocxSuffix(".docx");
const QLatin1String PdfSuffix(".pdf");

} // namespace

std::optional<ExportPlan::Format> ExportPlan::formatFromCode(const QString &code)
{
    if (code == QLatin1String("docx"))
        return Format::Docx;
    if (code == QLatin1String("pdf"))
        return Format::Pdf;
    if (code == QLatin1String("all"))
        return Format::All;
    return std::nullopt;
}

std::optional<ExportPlan::Format> ExportPlan::formatOf(bool docx, bool pdf)
{
    if (docx && pdf)
        return Format::All;
    if (docx)
        return Format::Docx;
    if (pdf)
        return Format::Pdf;
    return std::nullopt;
}

bool ExportPlan::setOutputs(ExportRequest *request, const QString &output, Format format,
    const QString &baseName, QString *error)
{
    QString base = output;
    if (QFileInfo(output).isDir())
        base = QDir(output).filePath(baseName);
    const bool isDocx = base.endsWith(DocxSuffix, Qt::CaseInsensitive);
    const bool isPdf = base.endsWith(PdfSuffix, Qt::CaseInsensitive);
    if ((isPdf && format == Format::Docx) || (isDocx && format == Format::Pdf)) {
        if (error)
            *error = format == Format::Docx
                ? tr("%1 is a PDF name, but the format is DOCX; use a .docx name or --format pdf")
                      .arg(QDir::toNativeSeparators(output))
                : tr("%1 is a DOCX name, but the format is PDF; use a .pdf name or --format docx")
                      .arg(QDir::toNativeSeparators(output));
        return false;
    }
    if (isDocx || isPdf)
        base.truncate(base.lastIndexOf(u'.'));
    request->docxPath = format != Format::Pdf ? base + DocxSuffix : QString();
    request->pdfPath = format != Format::Docx ? base + PdfSuffix : QString();
    if (isDocx && format == Format::Docx)
        request->docxPath = output;
    if (isPdf && format == Format::Pdf)
        request->pdfPath = output;
    return true;
}

bool ExportPlan::refuses(Edition edition, const IssueList &issues, bool force)
{
    return edition != Edition::Review && !force && hasErrors(issues);
}

IssueList ExportPlan::blockers(Edition edition, const Draft &draft, const Annex &annex)
{
    return Publication::needsApproval(edition) ? Publication::blockers(draft, annex) : IssueList();
}

bool ExportPlan::refuses(
    Edition edition, const IssueList &issues, const IssueList &blockers, bool force)
{
    return edition != Edition::Review && !force && (hasErrors(issues) || !blockers.isEmpty());
}

QString ExportPlan::stamp(
    Edition edition, const IssueList &issues, const IssueList &blockers, Language language)
{
    if (edition == Edition::Review || (blockers.isEmpty() && !hasErrors(issues)))
        return {};
    return Publication::draftStamp(language);
}

} // namespace klausul
