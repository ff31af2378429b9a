#include "publication.h"

namespace klausul {

bool Publication::needsApproval(Edition edition)
{
    return edition == Edition::Tender || edition == Edition::Contract;
}

IssueList Publication::blockers(const Draft &draft, const Annex &annex)
{
    IssueList issues;
    if (!draft.metadata.approvalRequired)
        return issues;
    for (const AnnexRequirement *requirement : annex.requirements()) {
        QString message;
        switch (requirement->reviewState) {
        case ReviewState::Approved:
            continue;
        case ReviewState::ChangedSinceApproval:
            message = tr("requirement %1 was changed since it was approved (%2)")
                          .arg(requirement->numberLabel,
                              requirement->changedSinceApproval.join(QStringLiteral(", ")));
            break;
        case ReviewState::Ready:
            message = tr("requirement %1 is ready for review, not approved")
                          .arg(requirement->numberLabel);
            break;
        case ReviewState::Draft:
            message = requirement->ownRequirement
                ? tr("the authority's own requirement %1 is not approved")
                      .arg(requirement->numberLabel)
                : tr("requirement %1 is not approved").arg(requirement->numberLabel);
            break;
        }
        Issue issue = Issue::error(message);
        issue.itemId = requirement->uid;
        issue.clauseId = requirement->clauseId;
        issue.field = QStringLiteral("review");
        issues.append(issue);
    }
    for (const Explanation &explanation : draft.explanations) {
        if (explanation.isApproved())
            continue;
        Issue issue = Issue::error(explanation.approver.isEmpty()
                ? tr("the explanation for %1 is not approved").arg(explanation.clauseId)
                : tr("the explanation for %1 was changed since it was approved")
                      .arg(explanation.clauseId));
        issue.clauseId = explanation.clauseId;
        issue.field = QStringLiteral("explanation");
        issues.append(issue);
    }
    return issues;
}

bool Publication::refuses(Edition edition, const Draft &draft, const Annex &annex)
{
    return needsApproval(edition) && !blockers(draft, annex).isEmpty();
}

QString Publication::draftStamp(Language language)
{
    // Document text, in the document's language (not the UI's).
    return language == Language::English ? QStringLiteral("DRAFT – not approved")
                                         : QStringLiteral("UDKAST – ikke godkendt");
}

QString Publication::internalNotice(Language language)
{
    return language == Language::English
        ? QStringLiteral("For internal use – not for tenderers")
        : QStringLiteral("Til intern brug – ikke til tilbudsgivere");
}

QString Publication::text(Phrase phrase, Language language)
{
    const bool en = language == Language::English;
    switch (phrase) {
    case Phrase::ChangedSinceApproval:
        return en ? QStringLiteral("Changed since approval")
                  : QStringLiteral("Ændret siden godkendelsen");
    case Phrase::ChangedFields:
        return en ? QStringLiteral("Changed since the approval: %1")
                  : QStringLiteral("Ændret siden godkendelsen: %1");
    case Phrase::ChangesSince:
        return en ? QStringLiteral("Changes since version %1")
                  : QStringLiteral("Ændringer siden version %1");
    case Phrase::Added:
        return en ? QStringLiteral("New requirement") : QStringLiteral("Nyt krav");
    case Phrase::Removed:
        return en ? QStringLiteral("Removed requirement") : QStringLiteral("Udgået krav");
    case Phrase::Renumbered:
        return en ? QStringLiteral("Renumbered from %1") : QStringLiteral("Omnummereret fra %1");
    case Phrase::NoChangesSince:
        return en ? QStringLiteral("No changes since version %1.")
                  : QStringLiteral("Ingen ændringer siden version %1.");
    }
    return {};
}

QString Publication::stateName(ReviewState state, Language language)
{
    const bool en = language == Language::English;
    switch (state) {
    case ReviewState::Draft:
        return en ? QStringLiteral("Draft") : QStringLiteral("Kladde");
    case ReviewState::Ready:
        return en ? QStringLiteral("Ready for review") : QStringLiteral("Klar til gennemgang");
    case ReviewState::Approved:
        return en ? QStringLiteral("Approved") : QStringLiteral("Godkendt");
    case ReviewState::ChangedSinceApproval:
        return text(Phrase::ChangedSinceApproval, language);
    }
    return {};
}

} // namespace klausul
