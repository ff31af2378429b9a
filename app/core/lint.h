#pragma once

#include "library.h"

#include <QCoreApplication>

namespace klausul {

/**
 * Editorial checks of a loaded library beyond what the schema and LibraryLoader check
 * (`klausul-cli lint`, the maintainer's workbench). Each finding names its rule; errors make an
 * annex wrong, warnings are matters of drafting a maintainer should look at.
 */
class Lint
{
    Q_DECLARE_TR_FUNCTIONS(klausul::Lint)

public:
    enum class Rule {
        BilingualParameters, ///< error: da and en use different parameters (in body or variant)
        BilingualLists, ///< error: da and en differ in paragraphs, lists or list items
        BilingualNumbers, ///< warning: da and en contain different numbers
        VagueWord, ///< warning: "passende", "rimelig" … in the Danish text
        NumberNotParameter, ///< warning: a number in a clause text that is not a parameter
        ParameterWithoutGuidance, ///< warning: a parameter without guidance
        RepeatedGuidance, ///< warning: guidance repeating another clause's word for word
        TermInLowerCase, ///< warning: a defined term written in lower case
        WithdrawnWithoutReason, ///< error: withdrawn without replaced-by or a history entry
    };

    struct Finding
    {
        Rule rule;
        Issue issue;
    };

    /** Every finding in `library`'s clauses, in clause order. */
    static QList<Finding> check(const Library &library);
    /**
     * The findings with `replacement` in place of the clause `replacing` (or added when the
     * library has none): the library editor's check of a clause being edited.
     */
    static QList<Finding> check(
        const Library &library, const Clause &replacement, const QString &replacing);
    static IssueList issues(const QList<Finding> &findings);

    /** The rule's code, printed after each message, e.g. "vague-word". */
    static QString ruleCode(Rule rule);
    static QList<Rule> allRules();

    /**
     * The running text of a flow: the words of text and emphasis, with defined terms, parameters
     * and cross-references left out (a space each), one line per paragraph or list item.
     */
    static QString runningText(const Flow &flow);
    /** The vague words of a Danish running text, as written. */
    static QStringList vagueWords(const QString &danishText);
    /** The numbers of a running text that are not citations of law or a named standard. */
    static QStringList unexplainedNumbers(const QString &text);

private:
    static QList<Finding> check(const Library &library, const QList<const Clause *> &clauses);
};

} // namespace klausul
