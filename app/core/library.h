#pragma once

#include "clause.h"
#include "issue.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace klausul {

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

    /** Problems found while loading; the clauses that loaded are usable even when there are errors.
     */
    const IssueList &issues() const { return m_issues; }

private:
    friend class LibraryLoader;
    void rebuildIndex();

    QList<LibraryInfo> m_layers;
    LibraryInfo m_emptyInfo;
    QList<Clause> m_clauses;
    QHash<QString, int> m_index;
    QList<Theme> m_themes;
    QList<Question> m_questions;
    QList<ReferenceList> m_referenceLists;
    IssueList m_issues;
};

using LibraryPtr = std::shared_ptr<const Library>;

} // namespace klausul
