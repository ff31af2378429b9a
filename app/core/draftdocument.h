#pragma once

#include "annex.h"
#include "draft.h"
#include "library.h"

#include <QObject>
#include <QUndoStack>

#include <functional>

namespace klausul {

/**
 * An open draft: the Draft value, its file, the library it is shown against, and the undo stack
 * through which every change goes. "Modified" is the undo stack's clean state. The annex (with
 * its problems) is recomputed from library + draft on demand and cached until the next change.
 */
class DraftDocument : public QObject
{
    Q_OBJECT

public:
    /** Merge ids of undo commands: consecutive edits of one field merge into one step. */
    enum MergeId {
        NoMerge = -1,
        MergeParameter = 1,
        MergeWording,
        MergeMetadata,
        MergeComment,
        MergeExplanation,
        MergeTitle,
        MergeExclusion
    };

    DraftDocument(LibraryPtr library, Draft draft, QObject *parent = nullptr);
    ~DraftDocument() override;

    const Draft &draft() const { return m_draft; }
    const LibraryPtr &library() const { return m_library; }
    void setLibrary(LibraryPtr library);
    QUndoStack *undoStack() { return &m_undo; }

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    /** The file name, or "Untitled" for a new draft. */
    QString displayName() const;
    bool isModified() const { return !m_undo.isClean(); }
    void markSaved();

    /** The annex in the draft's language (cached). */
    const Annex &annex() const;
    /** The annex in another language. */
    Annex annex(Language language) const;
    /** How many times annex() built the annex afresh rather than updating it (for tests). */
    int annexBuilds() const { return m_annexBuilds; }

    // Every change below is one undoable step.
    /** Adds a clause to the section of its theme (made when missing) or at `section`/`row`. */
    QString addClause(const QString &clauseId, int section = -1, int row = -1);
    /** Adds the authority's own requirement. */
    QString addOwnRequirement(
        const TranslatedText &title, const Translated<Flow> &wording, RequirementType type);
    void removeItem(const QString &uid);
    /** Moves an item to `row` of `section` (sections and rows after removal). */
    void moveItem(const QString &uid, int section, int row);
    void setParameter(const QString &uid, const QString &parameter, const QString &value);
    void setVariant(const QString &uid, const QString &variant);
    void setRequirementType(const QString &uid, std::optional<RequirementType> type);
    /** Sets the own wording in `language`; an empty flow returns to the standard text. */
    void setWording(const QString &uid, Language language, const Flow &wording);
    void resetWording(const QString &uid);
    /**
     * Accepts the library's current version of the item's clause (after the user reviewed what
     * changed: ClauseUpgrade), which clears the "outdated" problem, in one undo step. Own
     * wording is kept, or with `takeStandardText` replaced by the new standard text.
     */
    void acceptClauseVersion(const QString &uid, bool takeStandardText = false);
    void setItemTitle(const QString &uid, Language language, const QString &title);
    void addComment(const QString &uid, const QString &author, const QString &text);
    /**
     * Sets the review status. Approving records the approver, the time and the approval
     * fingerprint (the content approved); an empty approver refuses the approval. Returns false
     * when nothing was changed.
     */
    bool setReviewStatus(const QString &uid, ReviewStatus status, const QString &approver);
    /** Approves (or with an empty approver withdraws the approval of) an explanation. */
    bool approveExplanation(const QString &clauseId, const QString &approver);
    /**
     * The reviewer recorded with wording changes (author and time of each tracked change in the
     * review edition). Empty: wording changes are recorded without an author.
     */
    void setReviewer(const QString &name) { m_reviewer = name; }
    QString reviewer() const { return m_reviewer; }
    /**
     * Publishes a version: the version table gets `number` with today's date, the approver and
     * the note, and the draft keeps a snapshot of the requirements as published (for redlines).
     * Refuses (false, with a reason) an empty or already published number or an empty approver.
     */
    bool publishVersion(
        const QString &number, const QString &note, const QString &approver, QString *error);
    /** Sets the draft setting "approval required before publishing". */
    void setApprovalRequired(bool required);
    void setMetadata(const DraftMetadata &metadata);
    void setAnswers(const QMap<QString, QString> &answers);
    /** Replaces the contract map (contract type, other annexes). */
    void setContract(const ContractMap &contract);
    /**
     * The requirement numbers of the other requirements that share the value of `parameter` of
     * item `uid` (a shared value of the library); empty when it is not shared.
     */
    QStringList sharedElsewhere(const QString &uid, const QString &parameter) const;
    void setExplanation(const QString &clauseId, const QString &author, const QString &text);
    /** Records (or with an empty text removes) why a framework control is not covered. */
    void setExclusion(
        const QString &scheme, const QString &control, const QString &author, const QString &text);
    /** Adds a version entry; without a snapshot the current requirements are recorded. */
    void addVersion(const VersionEntry &version);
    void renumber();
    /**
     * Renumbers (one undo step) only while no version is published: once the annex has been
     * published, tenderers and the contract refer to its numbers, so this refuses (false, with
     * a reason) and the numbers stay.
     */
    bool renumberBeforePublication(QString *error);
    /** True when renumbering would change something and no version is published yet. */
    bool offersRenumbering() const;
    /** Replaces the whole draft in one step (e.g. applying the risk-profile wizard). */
    void replaceDraft(const Draft &draft, const QString &description);

    /**
     * Inserts a clause into `draft` in the section of its theme (made in the library's theme order
     * when missing), or at `section`/`row`. Returns the new item's uid, or empty.
     */
    static QString insertClause(Draft &draft, const Library &library, const QString &clauseId,
        int section = -1, int row = -1);

    /**
     * The uid of the one item `after` changes in `before` when nothing else changes that the
     * annex depends on (not its clause, its number, a shared value, the sections or the draft's
     * other parts); empty otherwise, and when nothing changed.
     */
    static QString onlyChangedItem(const Library &library, const Draft &before, const Draft &after);

signals:
    /** The draft changed (edit, undo or redo). */
    void changed();
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    friend class DraftChange;
    void push(const QString &text, const Draft &after, int mergeId = NoMerge,
        const QString &mergeKey = {});
    /** Pushes `edit` of item `uid` as one undo step, unless the item is gone or `edit` declines. */
    void editItem(const QString &uid, const QString &text,
        const std::function<bool(DraftItem &)> &edit, int mergeId = NoMerge,
        const QString &mergeKey = {});
    void apply(const Draft &draft);
    /**
     * Keeps Draft::bases in step with the items: records the library's text for every item based
     * on the library's current version of its clause (own wording first, up to BasisBudget
     * characters in all, so a draft file stays far below SafeXml::MaxFileSize), and drops bases no
     * item is based on any more. Bases the library can no longer give are never dropped while an
     * item still refers to them.
     */
    void recordBases();

    LibraryPtr m_library;
    Draft m_draft;
    QUndoStack m_undo;
    QString m_filePath;
    QString m_reviewer;
    mutable std::optional<Annex> m_annex;
    mutable int m_annexBuilds = 0;
};

/** The one undo command: a before/after pair of the draft (implicitly shared, so cheap). */
class DraftChange : public QUndoCommand
{
public:
    DraftChange(DraftDocument *document, const QString &text, Draft before, Draft after,
        int mergeId, QString mergeKey);
    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    DraftDocument *m_document;
    Draft m_before;
    Draft m_after;
    int m_mergeId;
    QString m_mergeKey;
};

} // namespace klausul
