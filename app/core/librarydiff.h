#pragma once

#include "library.h"
#include "textdiff.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace klausul {

/** One changed field of a clause: a parameter's default, a reference, the applicability … */
struct ClauseFieldChange
{
    QString subject; ///< "parameter", "reference", "applicability", "variant", "status", …
    QString name; ///< the parameter or variant id, the reference, the field
    QString before; ///< empty: added
    QString after; ///< empty: removed
};

/** The wording of one part of a clause, word by word. */
struct ClauseWordingChange
{
    QString part; ///< "title", "body" or "variant:ID"
    Language language = Language::Danish;
    QList<TextDiff::Segment> words;
};

/** What happened to one clause between two releases of a library. */
struct ClauseDelta
{
    enum class Kind { Added, Withdrawn, Removed, Changed };
    Kind kind = Kind::Changed;
    QString id;
    TranslatedText title; ///< the newer one, else the older
    int oldVersion = 0; ///< 0: added
    int newVersion = 0; ///< 0: removed
    QString replacedBy;
    QList<ClauseWordingChange> wording;
    QList<ClauseFieldChange> fields;
    QString file; ///< the newer file, else the older
    int line = 0;
};

/**
 * Release notes between two versions of a library (`klausul-cli diff OLD NEW` on two folders):
 * clauses added, withdrawn (with replacement), removed, and changed — wording word by word in
 * both languages (TextDiff on the own-wording text form, parameters as {id}), parameters,
 * defaults, references, applicability and other attributes. It also checks the version rule: a
 * wording change without a version bump is an error, a bump without any change a warning, and a
 * clause id that disappears is an error (withdraw it instead).
 */
class LibraryDiff
{
    Q_DECLARE_TR_FUNCTIONS(klausul::LibraryDiff)

public:
    QString oldVersion; ///< library.xml versions
    QString newVersion;
    QString libraryId;
    QList<ClauseDelta> clauses; ///< added, withdrawn, removed, changed; by id within each
    IssueList issues;

    static LibraryDiff compare(const Library &before, const Library &after);
    /**
     * What changed between two versions of one clause: wording word by word (title, body,
     * variants; da and en), parameters, references, applicability and attributes. `kind` is
     * Changed; used by compare() and by the per-draft upgrade (ClauseUpgrade).
     */
    static ClauseDelta compareClause(const Clause &before, const Clause &after);
    /** One changed part's name ("text", "title", "variant \"x\"") in the UI language. */
    static QString partName(const QString &part);
    /** One changed field as a line ("parameter deadline min: 1 → 2"). */
    static QString fieldText(const ClauseFieldChange &field);

    int count(ClauseDelta::Kind kind) const;
    static QString kindCode(ClauseDelta::Kind kind);

    QJsonObject toJson() const;
    /** Translated text; wording as "[-deleted-]{+inserted+}". */
    QString toText() const;
    /** Markdown for a release page; wording as ~~deleted~~ and **inserted**. */
    QString toMarkdown() const;
    /**
     * The Danish "Ændringsliste" for the users of the library as a Pandoc JSON AST (Str, Space,
     * Header, Para, BulletList, Strikeout and Underline only: no Raw node, no Image).
     */
    QJsonObject toPandoc(const QList<int> &apiVersion) const;
};

} // namespace klausul
