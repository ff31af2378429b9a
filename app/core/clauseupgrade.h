#pragma once

#include "draft.h"
#include "library.h"
#include "librarydiff.h"
#include "textdiff.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace klausul {

/**
 * What accepting the library's current version of a clause changes in one requirement of a draft
 * (the per-draft upgrade). It uses the library diff on the clause version the requirement was
 * based on (Draft::bases) and the library's current one, and for own wording it gives the three
 * texts side by side: the old standard text, the new standard text and the own wording, with what
 * the library changed (old → new) and what the authority changed (old → own).
 */
class ClauseUpgrade
{
    Q_DECLARE_TR_FUNCTIONS(klausul::ClauseUpgrade)

public:
    /** Own wording in one language against both standard texts (own-wording text form). */
    struct ThreeWay
    {
        Language language = Language::Danish;
        QString oldStandard; ///< empty when the old version is not recorded in the draft
        QString newStandard;
        QString ownWording;
        QList<TextDiff::Segment> libraryChange; ///< old standard → new standard
        QList<TextDiff::Segment> ownChange; ///< old standard → own wording
        /** The library changed the text the own wording replaces: the own wording does not
         * have the change and somebody must decide. */
        bool needsDecision = false;
    };

    QString uid;
    QString number; ///< "9.3"
    QString clauseId;
    int fromVersion = 0;
    int toVersion = 0;
    bool withdrawn = false; ///< the clause is withdrawn in the library
    QString replacedBy;
    /** The old version's text is recorded in the draft, so `delta` is complete. */
    bool basisKnown = false;
    ClauseDelta delta; ///< the library diff, restricted to the item's variant's wording
    QList<HistoryEntry> history; ///< the library's notes for the versions in between
    QList<ThreeWay> ownWording; ///< one per language with own wording
    /** Values the requirement has that the new version no longer accepts, as messages. */
    QStringList valueProblems;

    /** The upgrade of the item `uid`, or nullopt when the item is already at the library's
     * version, is an own requirement, or its clause is not in the library. */
    static std::optional<ClauseUpgrade> forItem(
        const Draft &draft, const QString &uid, const Library &library);
    /** Every outdated item of the draft in document order. */
    static QList<ClauseUpgrade> forDraft(const Draft &draft, const Library &library);

    /** "9.3 (HAE-01): version 1 → 2", translated. */
    QString heading() const;
    /** Withdrawn (and replacement) as a sentence, or empty. */
    QString withdrawnNote() const;
    /** One history note: "Version 2 (2026-06-15): text". */
    static QString historyLine(const HistoryEntry &entry);

    /** True when own wording must be looked at (the library changed the replaced text). */
    bool needsDecision() const;
    /** A readable report in the UI language; wording changes as "[-deleted-]{+inserted+}". */
    QString toText() const;
    QJsonObject toJson() const;
};

} // namespace klausul
