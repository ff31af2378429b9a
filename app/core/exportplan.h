#pragma once

#include "annex.h"
#include "draft.h"
#include "issue.h"
#include "pandocast.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace klausul {

struct ExportRequest;

/**
 * The export rules shared by the command line and the export dialog: which formats exist, where
 * the files go (and that a file name's extension matches its format), and which editions refuse
 * an annex with errors.
 */
class ExportPlan
{
    Q_DECLARE_TR_FUNCTIONS(klausul::ExportPlan)

public:
    enum class Format { Docx, Pdf, All };

    /** "docx", "pdf" or "all"; nullopt for anything else. */
    static std::optional<Format> formatFromCode(const QString &code);
    /** The format of a choice of DOCX and/or PDF; nullopt when neither is chosen. */
    static std::optional<Format> formatOf(bool docx, bool pdf);

    /**
     * Sets the request's DOCX and PDF paths from `output`: a folder (the files are named
     * `baseName`.docx/.pdf in it), a file name with the extension of its format, or a name without
     * one (the extensions are added). With Format::All a .docx or .pdf extension is replaced.
     * Returns false and a reason when the extension contradicts the format (`-o x.pdf` for a DOCX).
     */
    static bool setOutputs(ExportRequest *request, const QString &output, Format format,
        const QString &baseName, QString *error);

    /** True when `edition` must not be made from an annex with these issues (review never
     * refuses; --force overrides). */
    static bool refuses(Edition edition, const IssueList &issues, bool force);

    /**
     * The publication gate (Publication::blockers): for the tender and contract editions of a
     * draft that requires approval, one error per requirement, own wording or explanation not
     * approved (or changed since its approval); empty for the review and schedule editions.
     */
    static IssueList blockers(Edition edition, const Draft &draft, const Annex &annex);
    /** True when `edition` must not be made: errors in the annex or publication blockers, and no
     * --force (the review edition never refuses). */
    static bool refuses(
        Edition edition, const IssueList &issues, const IssueList &blockers, bool force);
    /**
     * The stamp of an export forced past the gate or past errors ("UDKAST – ikke godkendt" /
     * "DRAFT – not approved", in the document language), for the header of every page and the
     * document properties; empty when nothing was forced.
     */
    static QString stamp(
        Edition edition, const IssueList &issues, const IssueList &blockers, Language language);
};

} // namespace klausul
