#pragma once

#include "draft.h"
#include "textdiff.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace klausul {

/** One difference between two versions of a draft. */
struct DraftDifference
{
    enum class Kind {
        Metadata, ///< field: the metadata field ("authority", "annex-number", ...)
        Answer, ///< field: the question id
        Added, ///< a requirement is new
        Removed, ///< a requirement is gone
        Renumbered, ///< before/after: the old and new number labels
        Value, ///< field: the parameter id
        Variant,
        Type, ///< the requirement-type override
        Wording, ///< field: the language code; words: the word-by-word difference
        Title, ///< field: the language code
        Review, ///< before/after: review status codes (after "approved" with the approver)
        Comment, ///< after: "author: text"
        Explanation, ///< clause: the explained clause
        Exclusion, ///< field: "scheme control"
        Version, ///< field: the version number; after: "date: changes"
    };

    Kind kind = Kind::Metadata;
    QString
        number; ///< the requirement's number label in the newer draft (else the older), e.g. "9.3"
    QString clauseId;
    QString field;
    QString before;
    QString after;
    QList<TextDiff::Segment> words;

    friend bool operator==(const DraftDifference &a, const DraftDifference &b)
    {
        return a.kind == b.kind && a.number == b.number && a.clauseId == b.clauseId &&
            a.field == b.field && a.before == b.before && a.after == b.after && a.words == b.words;
    }
};

/**
 * What changed between two drafts (`klausul-cli diff`, and what every editing command reports):
 * requirements added, removed and renumbered, values, variants, types, wording word by word, review
 * status and comments, answers, annex details, explanations, exclusions and versions.
 * Requirements are matched by their uid, then by clause id (own requirements by their Danish
 * title).
 */
class DraftDiff
{
    Q_DECLARE_TR_FUNCTIONS(klausul::DraftDiff)

public:
    static QList<DraftDifference> compare(const Draft &before, const Draft &after);
    static QString kindCode(DraftDifference::Kind kind);
    /** The differences as a JSON array of {kind, number, clause, field, before, after, words}. */
    static QJsonArray toJson(const QList<DraftDifference> &differences);
    /** One translated line a difference; wording as "[-deleted-]{+inserted+}". */
    static QString toText(const QList<DraftDifference> &differences);
    /** The word difference as "[-deleted-]{+inserted+}" (as git's word diff). */
    static QString wordDiffText(const QList<TextDiff::Segment> &words);
};

} // namespace klausul
