#include "lint.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace klausul {

namespace {

/** A text of a clause in both languages: its body or a variant's body. */
struct ClauseText
{
    QString where; ///< translated: "the text" or "variant "x""
    const Translated<PackedFlow> *flow;
    int line;
};

QList<ClauseText> clauseTexts(const Clause &clause)
{
    QList<ClauseText> texts {{Lint::tr("the text"), &clause.body, clause.line}};
    for (const Variant &variant : clause.variants)
        texts.append({Lint::tr("variant \"%1\"").arg(variant.id), &variant.body,
            variant.line ? variant.line : clause.line});
    return texts;
}

void collectText(const Inlines &inlines, QString *out)
{
    for (const Inline &item : inlines) {
        if (item.kind == Inline::Kind::Text)
            *out += item.text;
        else if (item.kind == Inline::Kind::Emphasis || item.kind == Inline::Kind::Strong)
            collectText(item.children, out);
        else
            *out += u' ';
    }
}

QStringList sortedParams(const Flow &flow)
{
    QStringList ids;
    for (const Inline *param : RichText::paramRefs(flow))
        ids << param->text;
    ids.sort();
    ids.removeDuplicates();
    return ids;
}

/** Paragraphs and lists in order: "p", "ol(3)", "ul(2)". */
QString structure(const Flow &flow)
{
    QStringList parts;
    for (const Block &block : flow) {
        switch (block.kind) {
        case Block::Kind::Paragraph:
            parts << QStringLiteral("p");
            break;
        case Block::Kind::BulletList:
            parts << QStringLiteral("ul(%1)").arg(block.items.size());
            break;
        case Block::Kind::OrderedList:
            parts << QStringLiteral("ol(%1)").arg(block.items.size());
            break;
        }
    }
    return parts.join(u' ');
}

/** Every number of a text, without thousands or decimal separators ("1.000" and "1,000"). */
QSet<QString> numbersIn(const QString &text)
{
    static const QRegularExpression number(QStringLiteral(R"(\d+(?:[.,]\d+)*)"));
    QSet<QString> numbers;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        QString value = it.next().captured();
        value.remove(u'.');
        value.remove(u',');
        numbers.insert(value);
    }
    return numbers;
}

QString quotedList(QStringList values)
{
    values.sort();
    for (QString &value : values)
        value = u'"' + value + u'"';
    return values.isEmpty() ? Lint::tr("none") : values.join(QStringLiteral(", "));
}

QString normalised(const QString &text)
{
    return text.simplified().toLower();
}

} // namespace

QString Lint::ruleCode(Rule rule)
{
    switch (rule) {
    case Rule::BilingualParameters:
        return QStringLiteral("bilingual-parameters");
    case Rule::BilingualLists:
        return QStringLiteral("bilingual-lists");
    case Rule::BilingualNumbers:
        return QStringLiteral("bilingual-numbers");
    case Rule::VagueWord:
        return QStringLiteral("vague-word");
    case Rule::NumberNotParameter:
        return QStringLiteral("number-not-parameter");
    case Rule::ParameterWithoutGuidance:
        return QStringLiteral("parameter-without-guidance");
    case Rule::RepeatedGuidance:
        return QStringLiteral("repeated-guidance");
    case Rule::TermInLowerCase:
        return QStringLiteral("term-in-lower-case");
    case Rule::WithdrawnWithoutReason:
        return QStringLiteral("withdrawn-without-reason");
    }
    return {};
}

QList<Lint::Rule> Lint::allRules()
{
    return {Rule::BilingualParameters, Rule::BilingualLists, Rule::BilingualNumbers,
        Rule::VagueWord, Rule::NumberNotParameter, Rule::ParameterWithoutGuidance,
        Rule::RepeatedGuidance, Rule::TermInLowerCase, Rule::WithdrawnWithoutReason};
}

QString Lint::runningText(const Flow &flow)
{
    QString out;
    for (const Block &block : flow) {
        collectText(block.inlines, &out);
        for (const Inlines &item : block.items) {
            out += u'\n';
            collectText(item, &out);
        }
        out += u'\n';
    }
    return out;
}

QStringList Lint::vagueWords(const QString &danishText)
{
    // Words that leave the supplier to decide what is enough: they need a measure, a parameter
    // or a defined term.
    static const QRegularExpression vague(
        QStringLiteral(R"(\b(passende|rimelig\w*|relevant\w*|tilstrækkelig\w*|væsentlig\w*)\b)"
                       R"(|i større omfang)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QStringList words;
    for (auto it = vague.globalMatch(danishText); it.hasNext();)
        words << it.next().captured();
    return words;
}

QStringList Lint::unexplainedNumbers(const QString &text)
{
    // Numbers fixed by law or by a named standard may stay in the text: article, section and
    // paragraph citations, regulation numbers and the names of standards and protocols.
    static const QRegularExpression citation(
        QStringLiteral(
            R"((art(ikel|icle)?s?\.?|§§?|stk\.|sections?|litra|afsnit|paragraph)\s*\d+[a-z]?)"
            R"(((\(\d+\))|(\([a-z]\))|,?\s*(og|and|-|–)\s*\d+)*)"
            R"(|\d+\.\s*(afsnit|pkt\.)|\(EU\)\s*\d{4}/\d+|ISO(/IEC)?\s*\d+(:\d{4})?|NIS\s?2|ISAE\s*\d+)"
            R"(|type\s*2|K0\d)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression digit(QStringLiteral(R"(\S*\d\S*)"));
    QString rest = text;
    rest.replace(citation, QStringLiteral(" "));
    QStringList numbers;
    for (auto it = digit.globalMatch(rest); it.hasNext();)
        numbers << it.next().captured();
    return numbers;
}

QList<Lint::Finding> Lint::check(const Library &library)
{
    QList<const Clause *> clauses;
    for (const Clause &clause : library.clauses())
        clauses.append(&clause);
    return check(library, clauses);
}

QList<Lint::Finding> Lint::check(
    const Library &library, const Clause &replacement, const QString &replacing)
{
    QList<const Clause *> clauses;
    bool replaced = false;
    for (const Clause &clause : library.clauses()) {
        const bool match = clause.id == replacing;
        clauses.append(match ? &replacement : &clause);
        replaced = replaced || match;
    }
    if (!replaced)
        clauses.append(&replacement);
    return check(library, clauses);
}

QList<Lint::Finding> Lint::check(const Library &library, const QList<const Clause *> &clauses)
{
    QList<Finding> findings;
    auto add = [&findings](Rule rule, Issue::Severity severity, const Clause &clause, int line,
                   const QString &message, const QString &field = {}) {
        Issue issue;
        issue.severity = severity;
        issue.message = message + QStringLiteral(" [") + ruleCode(rule) + u']';
        issue.file = clause.sourceFile;
        issue.line = line ? line : clause.line;
        issue.clauseId = clause.id;
        issue.field = field;
        findings.append({rule, issue});
    };
    constexpr auto Error = Issue::Severity::Error;
    constexpr auto Warning = Issue::Severity::Warning;

    // Defined terms that start with a capital: written in lower case they are not the term. Only
    // a form that reads as a use of the term counts, not the same word used generically: a
    // multi-word term in any inflection ("væsentlig ændring", "material changes"); a Danish
    // one-word term in its definite form ("kunden", "ydelserne", "parten", not "en ydelse" or
    // "sikkerhedshændelser"); an English one-word term after "the" ("the supplier", not "a
    // supplier", "other customers" or "third party").
    struct TermPattern
    {
        QString term;
        QRegularExpression pattern; ///< group 1: the term as written
    };
    Translated<QList<TermPattern>> terms;
    for (const Definition &definition : library.definitions()) {
        for (Language language : {Language::Danish, Language::English}) {
            const QString &term =
                language == Language::Danish ? definition.term.da : definition.term.en;
            if (term.isEmpty() || !term.at(0).isUpper())
                continue;
            const bool phrase = term.contains(u' ');
            const QString escaped = QRegularExpression::escape(term);
            QString pattern;
            if (language == Language::Danish) {
                const bool definite = term.endsWith(QLatin1String("en")) ||
                    term.endsWith(QLatin1String("et")) || term.endsWith(QLatin1String("ne"));
                const QString suffix = phrase ? QStringLiteral(R"(\w{0,4})")
                    : definite                ? QStringLiteral("s?")
                                              : QStringLiteral("(?:n|en|et|ne|rne|erne|ene)s?");
                pattern = QStringLiteral(R"((?<![\w-])()") + escaped + suffix +
                    QStringLiteral(R"()(?![\w-]))");
            } else {
                pattern = (phrase ? QStringLiteral(R"((?<![\w-])()")
                                  : QStringLiteral(R"((?<![\w-])the\s+()")) +
                    escaped + (phrase ? QStringLiteral("s?") : QString()) +
                    QStringLiteral(R"()(?:'s)?(?![\w-]))");
            }
            terms.ref(language).append({term,
                QRegularExpression(pattern,
                    QRegularExpression::CaseInsensitiveOption |
                        QRegularExpression::UseUnicodePropertiesOption)});
        }
    }
    QHash<QString, QString> guidanceSeen; // language|heading|text -> clause id

    for (const Clause *clausePointer : clauses) {
        const Clause &clause = *clausePointer;
        for (const ClauseText &text : clauseTexts(clause)) {
            const Flow &da = text.flow->da;
            const Flow &en = text.flow->en;
            if (da.isEmpty() || en.isEmpty())
                continue; // a missing language is LibraryLoader's finding
            const QStringList daParams = sortedParams(da);
            const QStringList enParams = sortedParams(en);
            if (daParams != enParams)
                add(Rule::BilingualParameters, Error, clause, text.line,
                    tr("%1: the Danish text uses the parameters %2, the English text %3")
                        .arg(text.where, quotedList(daParams), quotedList(enParams)));
            const QString daStructure = structure(da);
            const QString enStructure = structure(en);
            if (daStructure != enStructure)
                add(Rule::BilingualLists, Error, clause, text.line,
                    tr("%1: the Danish and English texts differ in paragraphs or lists "
                       "(Danish: %2; English: %3)")
                        .arg(text.where, daStructure, enStructure));
            const QString daText = runningText(da);
            const QString enText = runningText(en);
            const QSet<QString> daNumbers = numbersIn(daText);
            const QSet<QString> enNumbers = numbersIn(enText);
            if (daNumbers != enNumbers)
                add(Rule::BilingualNumbers, Warning, clause, text.line,
                    tr("%1: numbers only in the Danish text: %2; only in the English text: %3")
                        .arg(text.where, quotedList((daNumbers - enNumbers).values()),
                            quotedList((enNumbers - daNumbers).values())));
            const QStringList vague = vagueWords(daText);
            if (!vague.isEmpty())
                add(Rule::VagueWord, Warning, clause, text.line,
                    tr("%1: the vague word(s) %2 need a measure, a parameter or a defined term")
                        .arg(text.where, quotedList(vague)));
            for (Language language : {Language::Danish, Language::English}) {
                const QString &running = language == Language::Danish ? daText : enText;
                const QStringList numbers = unexplainedNumbers(running);
                if (!numbers.isEmpty())
                    add(Rule::NumberNotParameter, Warning, clause, text.line,
                        tr("%1 (%2): the number(s) %3 are fixed in the text; make them "
                           "parameters or cite their source")
                            .arg(text.where, languageCode(language), quotedList(numbers)));
                QStringList lower;
                for (const TermPattern &term : terms.ref(language)) {
                    for (auto it = term.pattern.globalMatch(running); it.hasNext();) {
                        const QString found = it.next().captured(1);
                        if (found.at(0).isLower())
                            lower << found;
                    }
                }
                lower.removeDuplicates();
                if (!lower.isEmpty())
                    add(Rule::TermInLowerCase, Warning, clause, text.line,
                        tr("%1 (%2): %3 written in lower case is not the defined term; mark it "
                           "as a term or rephrase")
                            .arg(text.where, languageCode(language), quotedList(lower)));
            }
        }

        for (const Parameter &parameter : clause.parameters) {
            if (parameter.guidance.da.toString().trimmed().isEmpty() &&
                parameter.guidance.en.toString().trimmed().isEmpty())
                add(Rule::ParameterWithoutGuidance, Warning, clause, parameter.line,
                    tr("parameter \"%1\" has no guidance on choosing its value").arg(parameter.id),
                    QStringLiteral("param:") + parameter.id);
        }

        for (Language language : {Language::Danish, Language::English}) {
            const Guidance &guidance = clause.guidance.get(language);
            for (const GuidanceHeading &heading : guidanceHeadings()) {
                const Flow &flow = guidance.*heading.member;
                QStringList paragraphs;
                for (const Block &block : flow) {
                    paragraphs << RichText::toPlainText(block.inlines);
                    for (const Inlines &item : block.items)
                        paragraphs << RichText::toPlainText(item);
                }
                for (const QString &paragraph : std::as_const(paragraphs)) {
                    const QString key = normalised(paragraph);
                    // Short sentences ("Alle kontrakter.") may well recur.
                    if (key.count(u' ') < 11)
                        continue;
                    const QString full =
                        languageCode(language) + u'|' + QLatin1String(heading.element) + u'|' + key;
                    const QString first = guidanceSeen.value(full);
                    if (first.isEmpty())
                        guidanceSeen.insert(full, clause.id);
                    else if (first != clause.id)
                        add(Rule::RepeatedGuidance, Warning, clause, clause.line,
                            tr("guidance (%1, %2) repeats %3 word for word; say what is "
                               "particular to this clause")
                                .arg(heading.translatedTitle(), languageCode(language), first));
                }
            }
        }

        if (clause.status == ClauseStatus::Withdrawn && clause.replacedBy.isEmpty()) {
            const bool reason = std::any_of(clause.history.cbegin(), clause.history.cend(),
                [&clause](const HistoryEntry &entry) {
                    return entry.version == clause.version && !entry.text.da.isEmpty();
                });
            if (!reason)
                add(Rule::WithdrawnWithoutReason, Error, clause, clause.line,
                    tr("withdrawn without replaced-by and without a history entry for version %1 "
                       "saying why")
                        .arg(clause.version));
        }
    }
    return findings;
}

IssueList Lint::issues(const QList<Finding> &findings)
{
    IssueList issues;
    for (const Finding &finding : findings)
        issues.append(finding.issue);
    return issues;
}

} // namespace klausul
