#pragma once

#include "library.h"
#include "riskprofile.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace klausul {

/**
 * What the risk profile of a draft suggests (`klausul-cli suggest`, the wizard's list): the
 * option advice, the suggested clauses with reasons, the clauses in the draft the profile does
 * not call for, and those undecided until more questions are answered.
 */
struct SuggestionReport
{
    Q_DECLARE_TR_FUNCTIONS(klausul::SuggestionReport)

public:
    Language language = Language::Danish;
    OptionAdvice advice;
    QList<Suggestion> suggestions;
    QStringList inDraftNotSuggested;
    QStringList undecided;
    QMap<QString, QString> titles; ///< clause id -> title in `language`

    static SuggestionReport build(const Library &library, const Draft &draft);
    QJsonObject toJson() const;
    QString toText() const;
};

/** The full text of one clause as `klausul-cli show` prints it. */
class ClauseReport
{
    Q_DECLARE_TR_FUNCTIONS(klausul::ClauseReport)

public:
    static QString toText(const Clause &clause, const Library &library, Language language);
    /** A clause text with parameters as "[label]" or "[label: default]". */
    static QString resolveText(const Clause &clause, const Flow &flow, Language language);
};

} // namespace klausul
