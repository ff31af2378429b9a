#include "commands.h"
#include "core/annex.h"
#include "core/exportjob.h"
#include "core/exportplan.h"
#include "core/translations.h"
#include "core/xlsxschedule.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace klausul::cli::commands {

namespace {

/** `export DRAFT -o OUT`: the annex as DOCX and/or PDF. */
class Export : public DraftCommand
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::Export)

protected:
    QString description() const override { return tr("Export a draft's annex to DOCX and PDF."); }
    void addDraftOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("format"),
            tr("Output format: docx, pdf, all (both), or xlsx (the compliance schedule as a "
               "workbook "
               "for the tenderer to fill in)."),
            QStringLiteral("docx|pdf|all|xlsx"), QStringLiteral("all")});
        parser.addOption({QStringLiteral("edition"),
            tr("tender (with guidance and compliance schedule), contract, review "
               "(internal: deviations as tracked changes, comments, problems), or schedule (the "
               "compliance schedule on its own, to fill in)."),
            QStringLiteral("tender|contract|review|schedule"), QStringLiteral("tender")});
        parser.addOption({QStringLiteral("lang"),
            tr("Language of the document: da or en (default: the draft's language)."),
            QStringLiteral("da|en")});
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
            tr("Output file, or a folder. With --format all, OUT.docx and OUT.pdf are "
               "written."),
            QStringLiteral("OUT")});
        parser.addOption({QStringLiteral("force"),
            tr("Export the tender or contract edition even when the annex has errors or is not "
               "approved; the document is then stamped \"DRAFT – not approved\".")});
        parser.addOption({QStringLiteral("compare"),
            tr("Review edition: show the changes since the published version V as tracked "
               "changes."),
            QStringLiteral("V")});
    }
    int checkOptions(const QCommandLineParser &parser) override
    {
        const QString code = parser.value(QStringLiteral("format"));
        m_xlsx = code == QLatin1String("xlsx");
        const std::optional<ExportPlan::Format> format = ExportPlan::formatFromCode(code);
        if (!format && !m_xlsx)
            return usage(tr("--format must be docx, pdf, all or xlsx"));
        m_format = format.value_or(ExportPlan::Format::All);
        const std::optional<Edition> edition =
            editionFromCode(parser.value(QStringLiteral("edition")));
        if (!edition)
            return usage(tr("--edition must be tender, contract, review or schedule"));
        m_edition = *edition;
        if (!parser.isSet(QStringLiteral("output")))
            return usage(tr("export needs an output: -o OUT"));
        if (parser.isSet(QStringLiteral("compare")) && m_edition != Edition::Review)
            return usage(tr("--compare is for the review edition"));
        if (parser.isSet(QStringLiteral("lang"))) {
            m_language = languageFromCode(parser.value(QStringLiteral("lang")));
            const QString value = parser.value(QStringLiteral("lang"));
            if (!m_language || (value != QLatin1String("da") && value != QLatin1String("en")))
                return usage(tr("--lang must be da or en"));
        }
        return -1;
    }

    int runDraft(const QCommandLineParser &parser) override
    {
        const Language documentLanguage = m_language.value_or(m_draft.metadata.language);
        // The review edition lists the problems: in the document's language.
        std::optional<ScopedTranslation> translation;
        if (m_edition == Edition::Review)
            translation.emplace(documentLanguage);
        const Annex annex = AnnexBuilder::build(*m_library, m_draft, documentLanguage, m_path);
        translation.reset();
        if (ExportPlan::refuses(m_edition, annex.issues, parser.isSet(QStringLiteral("force")))) {
            printIssues(annex.issues);
            *m_err << QStringLiteral("klausul-cli: ")
                   << tr("error: the annex has %n error(s); fix them, export the review edition, "
                         "or use "
                         "--force",
                          nullptr, countIssues(annex.issues, Issue::Severity::Error))
                   << '\n';
            return Invalid;
        }
        printIssues(annex.issues); // warnings (or errors with --force / in the review edition)

        // The publication gate: the tender and contract editions need every approval.
        const IssueList blockers = ExportPlan::blockers(m_edition, m_draft, annex);
        if (!blockers.isEmpty()) {
            printIssues(blockers);
            if (ExportPlan::refuses(
                    m_edition, annex.issues, blockers, parser.isSet(QStringLiteral("force")))) {
                *m_err << QStringLiteral("klausul-cli: ")
                       << tr("error: %n item(s) not approved; approval is required before "
                             "publishing (export the review edition, or use --force for a "
                             "stamped draft)",
                              nullptr, int(blockers.size()))
                       << '\n';
                return Invalid;
            }
        }
        std::optional<Annex> compared;
        const QString comparedVersion = parser.value(QStringLiteral("compare")).trimmed();
        if (!comparedVersion.isEmpty()) {
            const std::optional<Draft> published = m_draft.publishedDraft(comparedVersion);
            if (!published)
                return fail(Invalid,
                    tr("the draft has no published version %1 with a snapshot")
                        .arg(comparedVersion));
            compared = AnnexBuilder::build(*m_library, *published, documentLanguage, m_path);
        }

        if (m_xlsx)
            return exportSchedule(annex, parser.value(QStringLiteral("output")));

        ExportRequest request;
        request.annex = annex;
        request.edition = m_edition;
        request.stamp = ExportPlan::stamp(m_edition, annex.issues, blockers, documentLanguage);
        request.compared = compared;
        request.comparedVersion = comparedVersion;
        QString error;
        if (!ExportPlan::setOutputs(&request, parser.value(QStringLiteral("output")), m_format,
                QFileInfo(m_path).completeBaseName() + u'-' + editionCode(m_edition) + u'-' +
                    languageCode(annex.language),
                &error))
            return usage(error);

        ExportJob job(request);
        const ExportJob::Result result = job.run();
        switch (result) {
        case ExportJob::Result::Success:
            for (const QString &file : job.writtenFiles())
                *m_out << file << '\n';
            return Success;
        case ExportJob::Result::WriteFailed:
            return fail(FileError, job.errorString());
        case ExportJob::Result::ToolMissing:
        case ExportJob::Result::ToolFailed:
        case ExportJob::Result::Cancelled:
        case ExportJob::Result::Running:
            return fail(ToolFailed, job.errorString());
        }
        return ToolFailed;
    }

private:
    /** The compliance schedule as an XLSX workbook (libxlsxwriter), written through SafeSave. */
    int exportSchedule(const Annex &annex, QString out)
    {
        if (QFileInfo(out).isDir())
            out = QDir(out).filePath(QFileInfo(m_path).completeBaseName() +
                QStringLiteral("-schedule-") + languageCode(annex.language) +
                QStringLiteral(".xlsx"));
        else if (!out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
            out += QStringLiteral(".xlsx");
        QString error;
        if (!XlsxSchedule::save(annex, out, &error))
            return fail(FileError, error);
        *m_out << out << '\n';
        return Success;
    }

    bool m_xlsx = false;
    ExportPlan::Format m_format = ExportPlan::Format::All;
    Edition m_edition = Edition::Tender;
    std::optional<Language> m_language;
};

} // namespace

std::unique_ptr<Command> exportAnnex()
{
    return std::make_unique<Export>();
}

} // namespace klausul::cli::commands
