#pragma once

#include "coverage.h"
#include "draft.h"
#include "issue.h"
#include "library.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>
#include <utility>

namespace klausul {

/** One resolved, numbered requirement: texts with values filled in, deviations computed. */
struct AnnexRequirement
{
    QString uid;
    int number = 0;
    QString numberLabel; ///< "9.3"
    QString clauseId; ///< empty for the authority's own requirement
    int basedOnVersion = 0; ///< clause version the draft item was based on
    int libraryVersion = 0; ///< clause version in the library
    QString theme;
    QString title;
    RequirementType type = RequirementType::K;
    QString variantId;
    QString variantLabel;
    Flow text; ///< what the annex says: own wording or the standard text, values filled
    Flow standardText; ///< the library text of the chosen variant, values filled
    Flow redline; ///< standardText -> text with Inserted/Deleted marks (when deviating)
    bool deviates = false;
    int changedWords = 0;
    bool ownRequirement = false;
    QStringList unfilled; ///< labels of parameters without a value
    ReviewStatus reviewStatus = ReviewStatus::Draft;
    QString approver;
    QDateTime approved;
    QList<ReviewComment> comments;
    QList<Reference> references;
    bool societyCritical = false;
    /** Derived from the approval fingerprint: ChangedSinceApproval when approved content changed.
     */
    ReviewState reviewState = ReviewState::Draft;
    /** The fingerprinted fields changed since the approval ("value:x", "variant", ...). */
    QStringList changedSinceApproval;
    /** The approved text -> the current text, word by word (when changed since approval). */
    Flow approvalRedline;
    QString wordingAuthor; ///< who last changed the own wording
    QDateTime wordingDate;
};

struct AnnexSection
{
    QString id;
    QString theme;
    QString title;
    QList<AnnexRequirement> requirements;
};

/** A defined term the annex's requirements use, with the library's definition. */
struct AnnexDefinition
{
    QString term;
    QString text;
};

/** A draft resolved against a library in one language: what every export edition is made from. */
struct Annex
{
    DraftMetadata metadata;
    Language language = Language::Danish;
    QString title; ///< "Bilag 9 Informationssikkerhed"
    QList<AnnexSection> sections;
    QList<VersionEntry> versions;
    QList<WithdrawnRequirement> withdrawn;
    QList<Explanation> explanations;
    QList<FrameworkStatement> coverage; ///< Statement of Applicability per framework
    /** The defined terms the requirements use (library definitions), in alphabetical order. */
    QList<AnnexDefinition> definitions;
    /** When the contract defines the terms: "Definitioner: se bilag 1, Definitioner." */
    QString definitionsPointer;
    IssueList issues;
    QString libraryId;
    QString libraryVersion;
    /**
     * issues[0, requirementIssuesEnd) are the draft details' and the requirements' own problems,
     * in document order; the rest concern the draft as a whole (AnnexBuilder::updateRequirement).
     */
    qsizetype requirementIssuesEnd = 0;
    /** uid -> (section, row), made by indexRequirements(); a stale entry is never trusted. */
    QHash<QString, std::pair<int, int>> requirementIndex;

    int requirementCount() const;
    QList<const AnnexRequirement *> requirements() const;
    /** The requirement `uid`: through requirementIndex, else by looking through the sections. */
    const AnnexRequirement *requirement(const QString &uid) const;
    /** Indexes the requirements by uid (after the sections changed). */
    void indexRequirements();
};

/**
 * Builds the annex from library + draft: numbering, variants, parameter values typed and
 * formatted for the language, cross-references, deviations of own wording (word by word), and the
 * problems: unfilled or invalid values, clauses missing from the library, withdrawn clauses (with
 * their replacement), drafts based on another clause version.
 */
class AnnexBuilder
{
    Q_DECLARE_TR_FUNCTIONS(klausul::AnnexBuilder)

public:
    /** `draftFile` and the items' lines locate the issues. */
    static Annex build(const Library &library, const Draft &draft, Language language,
        const QString &draftFile = {});
    /** Builds in the draft's own document language. */
    static Annex build(const Library &library, const Draft &draft, const QString &draftFile = {});

    /**
     * Updates `annex`, built by build() in `language` from `library` and a draft that differs
     * from `draft` only in the item `uid` (not in its clause, its number or a shared value), to
     * exactly what build() gives for `draft`: that requirement and its problems, the problems of
     * the draft as a whole and the defined terms. Cross-references and coverage depend only on
     * the clauses and numbers, which did not change. False (and `annex` unchanged) when the item
     * is not found or the annex was not built that way: build afresh.
     */
    static bool updateRequirement(const Library &library, const Draft &draft, Language language,
        const QString &uid, Annex *annex, const QString &draftFile = {});

    /**
     * The value a parameter has in an item: its own, else the value of its shared quantity set in
     * another requirement, else the library default; empty when none.
     */
    static QString effectiveValue(const Library &library, const Draft &draft, const DraftItem &item,
        const Parameter &parameter);

    /**
     * The contract context problems of a draft: the contract map (unknown roles, this annex's
     * number), risk-profile answers the library does not know, shared values that differ and
     * violated constraints.
     */
    static IssueList contextIssues(
        const Library &library, const Draft &draft, Language language, const QString &draftFile);

private:
    static void collectDefinitions(
        const Library &library, const Draft &draft, Language language, Annex *annex);
    /** With `onlyUid`: that requirement and its problems only (no draft-wide parts). */
    static Annex buildOnce(const Library &library, const Draft &draft, Language language,
        const QString &draftFile, const QString &onlyUid = {});
    /** The draft with the approved content of every item changed since its approval. */
    static std::optional<Draft> approvedDraft(const Draft &draft);
    /** The problems of the draft as a whole, after the requirements' own. */
    static void appendDraftIssues(const Library &library, const Draft &draft, Language language,
        const QString &draftFile, Annex *annex);
};

} // namespace klausul
