#pragma once

#include "annex.h"
#include "draft.h"
#include "edition.h"
#include "issue.h"

#include <QCoreApplication>
#include <QString>

namespace klausul {

/**
 * The publication gate: with the draft setting "approval required before publishing" (on by
 * default) the tender and contract editions refuse while a requirement (with its own wording) or
 * a follow-or-explain explanation is not approved, or was changed since its approval. An export
 * forced past the gate is stamped "UDKAST – ikke godkendt" / "DRAFT – not approved".
 *
 * Kept free of the export machinery so that the export rules (ExportPlan) can call it.
 */
class Publication
{
    Q_DECLARE_TR_FUNCTIONS(klausul::Publication)

public:
    /** True for the editions that go to tenderers or into the contract. */
    static bool needsApproval(Edition edition);
    /**
     * What stands between the draft and publication, one error each, located at the requirement
     * (itemId, field "review") or the explanation (clauseId, field "explanation"). Empty when the
     * draft does not require approval.
     */
    static IssueList blockers(const Draft &draft, const Annex &annex);
    /** True when `edition` must not be made: it needs approval and there are blockers. */
    static bool refuses(Edition edition, const Draft &draft, const Annex &annex);
    /** "UDKAST – ikke godkendt" / "DRAFT – not approved". */
    static QString draftStamp(Language language);
    /** "Til intern brug – ikke til tilbudsgivere" / "For internal use – not for tenderers". */
    static QString internalNotice(Language language);

    /** Document texts of the review edition's approval and version comparison. */
    enum class Phrase {
        ChangedSinceApproval, ///< "Ændret siden godkendelsen"
        ChangedFields, ///< "Ændret siden godkendelsen: %1"
        ChangesSince, ///< "Ændringer siden version %1"
        Added, ///< "Nyt krav"
        Removed, ///< "Udgået krav"
        Renumbered, ///< "Omnummereret fra %1"
        NoChangesSince, ///< "Ingen ændringer siden version %1."
    };
    static QString text(Phrase phrase, Language language);
    /** The review state's name in the document language. */
    static QString stateName(ReviewState state, Language language);
};

/** The gate as a free function, the name the export rules use. */
inline IssueList publicationBlockers(const Draft &draft, const Annex &annex)
{
    return Publication::blockers(draft, annex);
}

} // namespace klausul
