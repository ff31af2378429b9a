#pragma once

#include "clause.h"
#include "contractmap.h"
#include "language.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace klausul {

enum class ReviewStatus { Draft, Ready, Approved };
QString reviewStatusCode(ReviewStatus status);
std::optional<ReviewStatus> reviewStatusFromCode(const QString &code);

/**
 * The review state shown to the user, derived from the stored status and the approval
 * fingerprint (never stored itself, so it cannot go stale): an approved item whose content has
 * changed since the approval is ChangedSinceApproval; undoing back to the approved content makes
 * it Approved again.
 */
enum class ReviewState { Draft, Ready, Approved, ChangedSinceApproval };
QString reviewStateCode(ReviewState state);

struct ReviewComment
{
    QString author;
    QDateTime date;
    QString text;

    friend bool operator==(const ReviewComment &a, const ReviewComment &b)
    {
        return a.author == b.author && a.date == b.date && a.text == b.text;
    }
};

/**
 * What an approval covers (the approval fingerprint): the clause and version, variant,
 * requirement type, every value, the title and the own wording. Stored with the approval.
 */
struct ApprovedContent
{
    QString clauseId;
    int clauseVersion = 0;
    QString variant;
    QMap<QString, QString> values;
    std::optional<RequirementType> type;
    TranslatedText title;
    Translated<Flow> wording;

    friend bool operator==(const ApprovedContent &a, const ApprovedContent &b)
    {
        return a.clauseId == b.clauseId && a.clauseVersion == b.clauseVersion &&
            a.variant == b.variant && a.values == b.values && a.type == b.type &&
            a.title == b.title && a.wording == b.wording;
    }
    friend bool operator!=(const ApprovedContent &a, const ApprovedContent &b) { return !(a == b); }
};

/**
 * A requirement of the draft's annex: a library clause (by id and the version it was based on)
 * with the user's choices, or the authority's own requirement (no clause id; title + wording).
 */
struct DraftItem
{
    QString uid; ///< stable within the draft, e.g. "i7"
    int number = 0; ///< persisted running number; shown as "<annex>.<number>"
    QString clauseId; ///< empty for the authority's own requirement
    int clauseVersion = 0; ///< the clause version the item was based on
    QString variant; ///< empty: the standard text
    QMap<QString, QString> values; ///< parameter id -> canonical value
    std::optional<RequirementType> type; ///< override of the clause's default type
    TranslatedText title; ///< own requirements (and an optional retitling)
    Translated<Flow> wording; ///< own wording per language; empty: the library text
    ReviewStatus reviewStatus = ReviewStatus::Draft;
    QString approver;
    QDateTime approved;
    QList<ReviewComment> comments;
    /** What was approved (set with the approval; kept when the content changes afterwards). */
    std::optional<ApprovedContent> approvedContent;
    QString wordingAuthor; ///< who last changed the own wording
    QDateTime wordingDate; ///< when the own wording was last changed
    int line = 0; ///< where the item was read from (not saved, not compared)
    int column = 0; ///< the column of its start tag (not saved, not compared)

    /** The item's current fingerprinted content. */
    ApprovedContent content() const;
    /** The review state: the status, or ChangedSinceApproval when approved content changed. */
    ReviewState reviewState() const;
    /** The fields that differ from the approved content ("value:x", "variant", "type", ...). */
    QStringList changedSinceApproval() const;

    bool isOwnRequirement() const { return clauseId.isEmpty(); }
    bool hasOwnWording(Language language) const
    {
        return language == Language::English ? !wording.en.isEmpty() : !wording.da.isEmpty();
    }
    friend bool operator==(const DraftItem &a, const DraftItem &b);
};

/**
 * The standard text of one clause version as a requirement was based on it: titles, bodies,
 * variants and parameters (without guidance), recorded in the draft while the library has that
 * version. When the library later brings a newer version, ClauseUpgrade compares the two and
 * shows what changes in the requirement, including own wording written on top of the old text.
 */
struct ClauseBasis
{
    QString clauseId;
    int version = 0;
    TranslatedText title;
    Translated<PackedFlow> body; ///< packed, as in the library: a basis is a clause's old text
    QList<Variant> variants; ///< id, label, body and type only
    QList<Parameter> parameters; ///< without guidance

    static ClauseBasis fromClause(const Clause &clause);
    /** `current` with this version's texts and parameters (everything else stays current). */
    Clause applyTo(const Clause &current) const;
    /** The key of the basis map: "ID@version". */
    static QString key(const QString &clauseId, int version);
    /** Characters of text it holds (for the draft's size budget). */
    qsizetype textSize() const;
};

/** An ordered group of requirements; by default one per theme. */
struct DraftSection
{
    QString id;
    QString theme; ///< the theme it was made for, if any
    TranslatedText title; ///< empty: the theme's name
    QList<DraftItem> items;

    friend bool operator==(const DraftSection &a, const DraftSection &b)
    {
        return a.id == b.id && a.theme == b.theme && a.title == b.title && a.items == b.items;
    }
};

struct VersionEntry
{
    QString number; ///< e.g. "1.0"
    QDate date;
    QString changes;
    QString approver = {}; ///< who published (approved) the version; empty in older drafts
    /** The requirements as published (empty for entries typed before snapshots existed). */
    QList<DraftSection> snapshot = {};

    bool hasSnapshot() const { return !snapshot.isEmpty(); }
    friend bool operator==(const VersionEntry &a, const VersionEntry &b)
    {
        return a.number == b.number && a.date == b.date && a.changes == b.changes &&
            a.approver == b.approver && a.snapshot == b.snapshot;
    }
};

/** A requirement number that was removed: never reused, listed in the version table. */
struct WithdrawnRequirement
{
    int number = 0;
    QString clauseId;
    QString version; ///< the annex version it was removed in (empty: before the first version)
    QString title;

    friend bool operator==(const WithdrawnRequirement &a, const WithdrawnRequirement &b)
    {
        return a.number == b.number && a.clauseId == b.clauseId && a.version == b.version &&
            a.title == b.title;
    }
};

/** Follow-or-explain: why a catalogue provision (or a suggested clause) is not in the annex. */
struct Explanation
{
    QString clauseId;
    QString author;
    QDateTime date;
    QString text;
    QString approver = {}; ///< empty: not approved
    QDateTime approved = {};
    QString approvedText = {}; ///< the text that was approved (the fingerprint)

    /** Approved, and the text is still the approved one. */
    bool isApproved() const { return !approver.isEmpty() && approvedText == text; }
    friend bool operator==(const Explanation &a, const Explanation &b)
    {
        return a.clauseId == b.clauseId && a.author == b.author && a.date == b.date &&
            a.text == b.text && a.approver == b.approver && a.approved == b.approved &&
            a.approvedText == b.approvedText;
    }
};

/** A framework control deliberately not covered by the annex (Statement of Applicability). */
struct ControlExclusion
{
    QString scheme; ///< e.g. "iso27001:2022", "cis:8", "nis2", "gdpr"
    QString control; ///< e.g. "7.4"
    QString author;
    QDateTime date;
    QString text;

    friend bool operator==(const ControlExclusion &a, const ControlExclusion &b)
    {
        return a.scheme == b.scheme && a.control == b.control && a.author == b.author &&
            a.date == b.date && a.text == b.text;
    }
};

struct DraftMetadata
{
    QString authority;
    QString tender;
    QString caseNumber;
    QString annexNumber = QStringLiteral("9");
    QString annexTitle;
    QString annexTitleEn; ///< the English edition's title; empty: a standard translation or Danish
    QString category; ///< K04 annex category: "A", "B", "C" or empty
    Language language = Language::Danish;
    QString libraryId;
    QString libraryVersion;
    /** The tender and contract editions refuse while anything is not approved. */
    bool approvalRequired = true;

    friend bool operator==(const DraftMetadata &a, const DraftMetadata &b);
};

/**
 * The user's choices for one annex (*.klausul): metadata, risk-profile answers, ordered sections of
 * items, follow-or-explain explanations, the version table and withdrawn numbers. It holds no
 * clause text; AnnexBuilder combines it with a Library.
 */
struct Draft
{
    DraftMetadata metadata;
    ContractMap contract; ///< the contract the annex belongs to and its other annexes
    QMap<QString, QString> answers; ///< question id -> answer value
    QList<DraftSection> sections;
    QList<Explanation> explanations;
    QList<ControlExclusion> exclusions;
    QList<VersionEntry> versions;
    QList<WithdrawnRequirement> withdrawn;
    /**
     * ClauseBasis by "ID@version" for the library items (kept by DraftDocument; not part of the
     * draft's content: equality ignores it, undo does not record it).
     */
    QMap<QString, ClauseBasis> bases;

    friend bool operator==(const Draft &a, const Draft &b);

    /** "9.3" for number 3 in annex 9. */
    QString numberLabel(int number) const;
    /** The next number: one above every number used or withdrawn (numbers are never reused). */
    int nextNumber() const;
    /** A fresh item uid. */
    QString nextUid() const;
    QString nextSectionId() const;

    const DraftItem *item(const QString &uid) const;
    DraftItem *item(const QString &uid);
    /** Section index and item index of an item, or {-1, -1}. */
    std::pair<int, int> locate(const QString &uid) const;
    /** Every item in document order. */
    QList<const DraftItem *> items() const;
    /** The items based on `clauseId`. */
    QList<const DraftItem *> itemsForClause(const QString &clauseId) const;
    int itemCount() const;
    /** The index of the section made for `theme`, or -1. */
    int sectionForTheme(const QString &theme) const;
    const Explanation *explanation(const QString &clauseId) const;
    const ControlExclusion *exclusion(const QString &scheme, const QString &control) const;
    /** The newest version number of the version table, or empty. */
    QString currentVersion() const;
    /** The version entry `number`, or null. */
    const VersionEntry *version(const QString &number) const;
    /** This draft as it was published in `version` (its snapshot's sections), or nullopt. */
    std::optional<Draft> publishedDraft(const QString &number) const;

    /** Removes an item and records its number as withdrawn. Returns the removed item. */
    std::optional<DraftItem> removeItem(const QString &uid, const QString &title);
    /** Renumbers every item 1..N in document order and forgets withdrawn numbers. */
    void renumber();
    /** True when the numbers run 1..N in document order with no gap (nothing to renumber). */
    bool numberedInOrder() const;

    /** Now, to the second: the precision of every timestamp a draft file stores. */
    static QDateTime timestamp();
};

} // namespace klausul
