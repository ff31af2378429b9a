#pragma once

#include "clause.h"
#include "issue.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <future>
#include <memory>

namespace klausul {

class SearchIndex;

/** A theme of the library (from library.xml): groups clauses in the browser and the annex. */
struct Theme
{
    QString id;
    TranslatedText name;
};

struct QuestionOption
{
    QString value;
    TranslatedText label;
    TranslatedText effect; ///< what the answer does, e.g. for "Don't know" (may be empty)
    QString assume; ///< conditions treat this answer as `assume` (empty: as itself)
};

/** A risk-profile question (questions.xml); applicability conditions refer to it. */
struct Question
{
    QString id;
    TranslatedText text;
    TranslatedText help;
    QList<QuestionOption> options;
    QString defaultValue;

    const QuestionOption *option(const QString &value) const;
};

struct ReferenceItem
{
    QString id;
    QString group;
    TranslatedText title;
};

struct ReferenceGroup
{
    QString id;
    TranslatedText name;
};

/** The ids (and short titles only) of one framework, e.g. ISO/IEC 27001:2022 Annex A. */
struct ReferenceList
{
    QString scheme;
    QString version;
    TranslatedText title;
    QList<ReferenceGroup> groups;
    QList<ReferenceItem> items;

    QString schemeKey() const { return version.isEmpty() ? scheme : scheme + u':' + version; }
    const ReferenceItem *item(const QString &id) const;
};

/** A parameter of a clause: "HAE-01" + "early-warning". */
struct ParameterRef
{
    QString clause;
    QString parameter;
    int line = 0;

    friend bool operator==(const ParameterRef &a, const ParameterRef &b)
    {
        return a.clause == b.clause && a.parameter == b.parameter;
    }
};

/**
 * Parameters of different clauses that are one quantity (consistency.xml, <shared>): in a draft
 * they hold one value, and setting it in one requirement sets it in all.
 */
struct SharedValue
{
    QString id; ///< e.g. "early-warning-deadline"
    TranslatedText label;
    QList<ParameterRef> members;
    QString sourceFile;
    int line = 0;
};

/**
 * A declared constraint between clauses, variants, values and risk-profile answers
 * (consistency.xml). check reports each violation naming both requirements.
 */
struct Constraint
{
    enum class Kind {
        AtMost, ///< value of `first` <= value of `second` (<at-most>)
        ClauseConflict, ///< `clause` (variant) conflicts with `otherClause` (variant)
        AnswerConflict ///< `clause` (variant) conflicts with an answer of `question` in `answers`
    };
    Kind kind = Kind::AtMost;
    ParameterRef first; ///< AtMost
    ParameterRef second; ///< AtMost
    QString clause; ///< conflicts
    QString variant; ///< conflicts: empty = any variant
    QString otherClause; ///< ClauseConflict
    QString otherVariant; ///< ClauseConflict: empty = any variant
    QString question; ///< AnswerConflict
    QStringList answers; ///< AnswerConflict
    TranslatedText reason; ///< why, shown with the violation
    QString sourceFile;
    int line = 0;
};

/** A defined term of the library (definitions.xml) for the annex's definitions section. */
struct Definition
{
    QString id;
    TranslatedText term; ///< "Sikkerhedshændelse" / "Security Incident"
    TranslatedText text; ///< the definition
};

/** The manifest (library.xml) of one library folder. */
struct LibraryInfo
{
    QString id;
    QString version;
    QDate released;
    TranslatedText title;
    TranslatedText publisher;
    QString extends;
    QString folder;
};

/**
 * A loaded clause library: clauses, themes, questions and reference lists, plus the issues found
 * while loading. Immutable once LibraryLoader has built it; shared between views.
 */
class Library
{
public:
    /** The first (base) library's manifest. */
    const LibraryInfo &info() const { return m_layers.isEmpty() ? m_emptyInfo : m_layers.first(); }
    /** Base library first, then each organisation library layered on top. */
    const QList<LibraryInfo> &layers() const { return m_layers; }

    /** All clauses, ordered by theme (manifest order) and then id. */
    const QList<Clause> &clauses() const { return m_clauses; }
    const Clause *clause(const QString &id) const;
    int indexOf(const QString &id) const { return m_index.value(id, -1); }

    const QList<Theme> &themes() const { return m_themes; }
    const Theme *theme(const QString &id) const;

    const QList<Question> &questions() const { return m_questions; }
    const Question *question(const QString &id) const;

    const QList<ReferenceList> &referenceLists() const { return m_referenceLists; }
    const ReferenceList *referenceList(const QString &scheme, const QString &version = {}) const;
    /** The short title of a reference in `language`, or an empty string when unknown. */
    QString referenceTitle(const Reference &reference, Language language) const;

    /** Parameters declared to be one quantity (consistency.xml). */
    const QList<SharedValue> &sharedValues() const { return m_sharedValues; }
    /** The shared value `parameter` of `clause` belongs to, or nullptr. */
    const SharedValue *sharedValue(const QString &clause, const QString &parameter) const;
    /** Constraints between clauses, variants, values and answers (consistency.xml). */
    const QList<Constraint> &constraints() const { return m_constraints; }
    /** The library's defined terms (definitions.xml). */
    const QList<Definition> &definitions() const { return m_definitions; }
    /** The definition whose term `used` is a form of (e.g. "Sikkerhedshændelsen"), or nullptr. */
    const Definition *definitionFor(const QString &used, Language language) const;

    /** Problems found while loading; the clauses that loaded are usable even when there are errors.
     */
    const IssueList &issues() const { return m_issues; }

    /**
     * The full-text index of the clauses and their theme names, built once, on first use or by
     * prepareSearchIndex(), and shared by every user of this library: the browser's filter and
     * the CLI. Safe from any thread; waits while a build is under way.
     */
    const SearchIndex &searchIndex() const;
    /** Starts building searchIndex() on a thread of its own, unless it is built or under way. */
    void prepareSearchIndex() const;

private:
    friend class LibraryLoader;
    void rebuildIndex();

    struct SearchCache;
    std::shared_future<std::shared_ptr<const SearchIndex>> searchFuture(bool background) const;
    /** Built on demand; shared by copies, which have the same clauses and themes. */
    std::shared_ptr<SearchCache> m_search; // set by rebuildIndex()

    QList<LibraryInfo> m_layers;
    LibraryInfo m_emptyInfo;
    QList<Clause> m_clauses;
    QHash<QString, int> m_index;
    QList<Theme> m_themes;
    QList<Question> m_questions;
    QList<ReferenceList> m_referenceLists;
    QList<SharedValue> m_sharedValues;
    QList<Constraint> m_constraints;
    QList<Definition> m_definitions;
    IssueList m_issues;
};

using LibraryPtr = std::shared_ptr<const Library>;

} // namespace klausul
