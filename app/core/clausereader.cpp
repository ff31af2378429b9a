#include "clausereader.h"

#include "xmlstring.h"

#include <QLocale>
#include <QSet>

namespace klausul::ClauseReader {

namespace {

/**
 * One shared copy of a value that recurs across clauses (parameter and variant ids, schemes,
 * control ids, themes, contract types, answers) instead of a heap block per occurrence. Per
 * thread: the loader reads on several. Only short vocabulary-like values go through here.
 */
QString intern(const QString &value)
{
    thread_local QSet<QString> pool;
    if (value.isEmpty())
        return value;
    const auto it = pool.constFind(value);
    if (it != pool.cend())
        return *it;
    pool.insert(value);
    return value;
}

Language langOf(const xmlNode *element)
{
    return languageFromCode(xml::attribute(element, "lang")).value_or(Language::Danish);
}

QString simplifiedText(const xmlNode *element)
{
    return xml::textContent(element).simplified();
}

std::optional<double> decimalAttribute(const xmlNode *element, const char *name)
{
    if (!xml::hasAttribute(element, name))
        return std::nullopt;
    bool ok = false;
    const double value = QLocale::c().toDouble(xml::attribute(element, name).trimmed(), &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

Parameter readParameter(const xmlNode *element)
{
    Parameter parameter;
    parameter.id = intern(xml::attribute(element, "id"));
    parameter.type =
        parameterTypeFromCode(xml::attribute(element, "type")).value_or(ParameterType::Text);
    parameter.unit = unitFromCode(xml::attribute(element, "unit"));
    parameter.minimum = decimalAttribute(element, "min");
    parameter.maximum = decimalAttribute(element, "max");
    const QString multiple = xml::attribute(element, "multiple").trimmed();
    parameter.multiple = multiple == QLatin1String("true") || multiple == QLatin1String("1");
    parameter.cumulative = xml::attribute(element, "combine").trimmed() != QLatin1String("or");
    parameter.combineDeclared = xml::hasAttribute(element, "combine");
    parameter.role = intern(xml::attribute(element, "role").trimmed());
    parameter.target = xml::attribute(element, "target").trimmed();
    if (xml::hasAttribute(element, "default"))
        parameter.defaultValue = xml::attribute(element, "default").simplified();
    parameter.line = xml::lineOf(element);
    for (const xmlNode *child = xml::firstElement(element); child;
         child = xml::nextElement(child)) {
        if (xml::isElement(child, "label")) {
            readLocalized(child, &parameter.label);
        } else if (xml::isElement(child, "guidance")) {
            readLocalized(child, &parameter.guidance);
        } else if (xml::isElement(child, "choice")) {
            ParameterChoice choice;
            choice.value = intern(xml::attribute(child, "value").trimmed());
            for (const xmlNode *label = xml::firstElement(child); label;
                 label = xml::nextElement(label)) {
                if (xml::isElement(label, "label"))
                    readLocalized(label, &choice.label);
            }
            parameter.choices.append(choice);
        }
    }
    parameter.choices.squeeze();
    return parameter;
}

Variant readVariant(const xmlNode *element)
{
    Variant variant;
    variant.id = intern(xml::attribute(element, "id"));
    variant.line = xml::lineOf(element);
    if (xml::hasAttribute(element, "type"))
        variant.type = requirementTypeFromCode(xml::attribute(element, "type").trimmed());
    for (const xmlNode *child = xml::firstElement(element); child;
         child = xml::nextElement(child)) {
        if (xml::isElement(child, "label"))
            readLocalized(child, &variant.label);
        else if (xml::isElement(child, "body"))
            variant.body.ref(langOf(child)) = PackedFlow::read(child);
    }
    return variant;
}

Guidance readGuidance(const xmlNode *element)
{
    Guidance guidance;
    for (const xmlNode *child = xml::firstElement(element); child;
         child = xml::nextElement(child)) {
        for (const GuidanceHeading &heading : guidanceHeadings()) {
            if (xml::isElement(child, heading.element))
                guidance.*heading.member = PackedFlow::read(child);
        }
    }
    return guidance;
}

} // namespace

void readLocalized(const xmlNode *element, TranslatedText *target)
{
    target->ref(langOf(element)) = simplifiedText(element);
}

void readLocalized(const xmlNode *element, PackedTranslatedText *target)
{
    target->ref(langOf(element)) = simplifiedText(element);
}

Condition readCondition(const xmlNode *element)
{
    Condition condition;
    condition.line = xml::lineOf(element);
    if (xml::isElement(element, "when")) {
        condition.kind = Condition::Kind::When;
        condition.question = intern(xml::attribute(element, "question").trimmed());
        condition.values = xml::attribute(element, "in").split(u' ', Qt::SkipEmptyParts);
        for (QString &value : condition.values)
            value = intern(value);
        condition.values.squeeze();
        return condition;
    }
    if (xml::isElement(element, "any"))
        condition.kind = Condition::Kind::Any;
    else if (xml::isElement(element, "not"))
        condition.kind = Condition::Kind::Not;
    else
        condition.kind = Condition::Kind::All; // applies, all
    for (const xmlNode *child = xml::firstElement(element); child; child = xml::nextElement(child))
        condition.children.append(readCondition(child));
    condition.children.squeeze();
    return condition;
}

namespace {
SuggestionRules readSuggestionRules(const xmlNode *element)
{
    SuggestionRules rules;
    rules.declared = true;
    rules.line = xml::lineOf(element);
    const QString tier = xml::attribute(element, "tier").trimmed();
    if (tier == QLatin1String("core"))
        rules.tier = Tier::Core;
    else if (tier == QLatin1String("recommended"))
        rules.tier = Tier::Recommended;
    if (xml::hasAttribute(element, "option-covered")) {
        const QString covered = xml::attribute(element, "option-covered").trimmed();
        rules.optionCovered = covered == QLatin1String("true") || covered == QLatin1String("1");
    }
    for (const xmlNode *child = xml::firstElement(element); child;
         child = xml::nextElement(child)) {
        if (xml::isElement(child, "core")) {
            rules.core = readCondition(child);
        } else if (xml::isElement(child, "recommended")) {
            rules.recommended = readCondition(child);
        } else if (xml::isElement(child, "stricter")) {
            StricterRule rule;
            rule.variant = xml::attribute(child, "variant").trimmed();
            rule.condition = readCondition(child);
            rule.line = xml::lineOf(child);
            rules.stricter.append(rule);
        } else if (xml::isElement(child, "restricts")) {
            MarketRestriction restriction;
            restriction.variant = xml::attribute(child, "variant").trimmed();
            restriction.kind = xml::attribute(child, "kind").trimmed();
            restriction.alternative =
                requirementTypeFromCode(xml::attribute(child, "alternative").trimmed())
                    .value_or(RequirementType::PK);
            restriction.line = xml::lineOf(child);
            for (const xmlNode *text = xml::firstElement(child); text;
                 text = xml::nextElement(text))
                readLocalized(text, &restriction.excludes);
            rules.restricts.append(restriction);
        }
    }
    return rules;
}
} // namespace

Clause readClause(const xmlNode *root, const QString &fileName)
{
    Clause clause;
    clause.sourceFile = fileName;
    clause.line = xml::lineOf(root);
    clause.id = xml::attribute(root, "id").trimmed();
    clause.version = xml::attribute(root, "version").trimmed().toInt();
    clause.status =
        statusFromCode(xml::attribute(root, "status").trimmed()).value_or(ClauseStatus::Draft);
    clause.replacedBy = xml::attribute(root, "replaced-by").trimmed();
    clause.option =
        optionFromCode(xml::attribute(root, "option").trimmed()).value_or(DigstOption::C);
    clause.theme = intern(xml::attribute(root, "theme").trimmed());
    clause.type = requirementTypeFromCode(xml::attribute(root, "type").trimmed())
                      .value_or(RequirementType::K);

    for (const xmlNode *child = xml::firstElement(root); child; child = xml::nextElement(child)) {
        if (xml::isElement(child, "title")) {
            readLocalized(child, &clause.title);
        } else if (xml::isElement(child, "body")) {
            clause.body.ref(langOf(child)) = PackedFlow::read(child);
        } else if (xml::isElement(child, "variant")) {
            clause.variants.append(readVariant(child));
        } else if (xml::isElement(child, "parameter")) {
            clause.parameters.append(readParameter(child));
        } else if (xml::isElement(child, "guidance")) {
            clause.guidance.ref(langOf(child)) = readGuidance(child);
        } else if (xml::isElement(child, "references")) {
            for (const xmlNode *ref = xml::firstElement(child); ref; ref = xml::nextElement(ref)) {
                Reference reference;
                reference.scheme = intern(xml::attribute(ref, "scheme").trimmed());
                reference.version = intern(xml::attribute(ref, "version").trimmed());
                reference.id = intern(xml::attribute(ref, "id").trimmed());
                reference.line = xml::lineOf(ref);
                clause.references.append(reference);
            }
        } else if (xml::isElement(child, "contract-types")) {
            clause.contractTypes = xml::textContent(child).split(u' ', Qt::SkipEmptyParts);
            for (QString &type : clause.contractTypes)
                type = intern(type.trimmed());
        } else if (xml::isElement(child, "applies")) {
            clause.applies = readCondition(child);
        } else if (xml::isElement(child, "suggestion")) {
            clause.suggestion = readSuggestionRules(child);
        } else if (xml::isElement(child, "history")) {
            for (const xmlNode *change = xml::firstElement(child); change;
                 change = xml::nextElement(change)) {
                HistoryEntry entry;
                entry.version = xml::attribute(change, "version").trimmed().toInt();
                entry.date =
                    QDate::fromString(xml::attribute(change, "date").trimmed(), Qt::ISODate);
                for (const xmlNode *text = xml::firstElement(change); text;
                     text = xml::nextElement(text))
                    readLocalized(text, &entry.text);
                clause.history.append(entry);
            }
        }
    }
    // A library keeps its clauses for its lifetime: no reserved slack in their lists.
    clause.variants.squeeze();
    clause.parameters.squeeze();
    clause.references.squeeze();
    clause.contractTypes.squeeze();
    clause.history.squeeze();
    clause.suggestion.stricter.squeeze();
    clause.suggestion.restricts.squeeze();
    return clause;
}

LibraryInfo readManifest(const xmlNode *root, QList<Theme> *themes)
{
    LibraryInfo info;
    info.id = xml::attribute(root, "id").trimmed();
    info.version = xml::attribute(root, "version").trimmed();
    info.released = QDate::fromString(xml::attribute(root, "released").trimmed(), Qt::ISODate);
    info.extends = xml::attribute(root, "extends").trimmed();
    for (const xmlNode *child = xml::firstElement(root); child; child = xml::nextElement(child)) {
        if (xml::isElement(child, "title")) {
            readLocalized(child, &info.title);
        } else if (xml::isElement(child, "publisher")) {
            readLocalized(child, &info.publisher);
        } else if (xml::isElement(child, "theme")) {
            Theme theme;
            theme.id = xml::attribute(child, "id").trimmed();
            for (const xmlNode *name = xml::firstElement(child); name;
                 name = xml::nextElement(name))
                readLocalized(name, &theme.name);
            themes->append(theme);
        }
    }
    return info;
}

QList<Question> readQuestions(const xmlNode *root)
{
    QList<Question> questions;
    for (const xmlNode *element = xml::firstElement(root); element;
         element = xml::nextElement(element)) {
        Question question;
        question.id = xml::attribute(element, "id").trimmed();
        question.defaultValue = xml::attribute(element, "default").trimmed();
        for (const xmlNode *child = xml::firstElement(element); child;
             child = xml::nextElement(child)) {
            if (xml::isElement(child, "text")) {
                readLocalized(child, &question.text);
            } else if (xml::isElement(child, "help")) {
                readLocalized(child, &question.help);
            } else if (xml::isElement(child, "option")) {
                QuestionOption option;
                option.value = xml::attribute(child, "value").trimmed();
                option.assume = xml::attribute(child, "assume").trimmed();
                for (const xmlNode *label = xml::firstElement(child); label;
                     label = xml::nextElement(label))
                    readLocalized(
                        label, xml::isElement(label, "effect") ? &option.effect : &option.label);
                question.options.append(option);
            }
        }
        questions.append(question);
    }
    return questions;
}

ReferenceList readReferenceList(const xmlNode *root)
{
    ReferenceList list;
    list.scheme = xml::attribute(root, "scheme").trimmed();
    list.version = xml::attribute(root, "version").trimmed();
    for (const xmlNode *child = xml::firstElement(root); child; child = xml::nextElement(child)) {
        if (xml::isElement(child, "title")) {
            readLocalized(child, &list.title);
        } else if (xml::isElement(child, "group")) {
            ReferenceGroup group;
            group.id = xml::attribute(child, "id").trimmed();
            for (const xmlNode *name = xml::firstElement(child); name;
                 name = xml::nextElement(name))
                readLocalized(name, &group.name);
            list.groups.append(group);
        } else if (xml::isElement(child, "item")) {
            ReferenceItem item;
            item.id = xml::attribute(child, "id").trimmed();
            item.group = xml::attribute(child, "group").trimmed();
            for (const xmlNode *title = xml::firstElement(child); title;
                 title = xml::nextElement(title))
                readLocalized(title, &item.title);
            list.items.append(item);
        }
    }
    return list;
}

void readConsistency(const xmlNode *root, const QString &fileName, QList<SharedValue> *shared,
    QList<Constraint> *constraints)
{
    for (const xmlNode *element = xml::firstElement(root); element;
         element = xml::nextElement(element)) {
        if (xml::isElement(element, "shared")) {
            SharedValue value;
            value.id = xml::attribute(element, "id").trimmed();
            value.sourceFile = fileName;
            value.line = xml::lineOf(element);
            for (const xmlNode *child = xml::firstElement(element); child;
                 child = xml::nextElement(child)) {
                if (xml::isElement(child, "label"))
                    readLocalized(child, &value.label);
                else if (xml::isElement(child, "param"))
                    value.members.append({xml::attribute(child, "clause").trimmed(),
                        xml::attribute(child, "param").trimmed(), xml::lineOf(child)});
            }
            shared->append(value);
            continue;
        }
        Constraint constraint;
        constraint.sourceFile = fileName;
        constraint.line = xml::lineOf(element);
        for (const xmlNode *child = xml::firstElement(element); child;
             child = xml::nextElement(child)) {
            if (xml::isElement(child, "reason"))
                readLocalized(child, &constraint.reason);
        }
        if (xml::isElement(element, "at-most")) {
            constraint.kind = Constraint::Kind::AtMost;
            constraint.first = {xml::attribute(element, "clause").trimmed(),
                xml::attribute(element, "param").trimmed(), constraint.line};
            constraint.second = {xml::attribute(element, "than-clause").trimmed(),
                xml::attribute(element, "than-param").trimmed(), constraint.line};
        } else if (xml::isElement(element, "conflict")) {
            constraint.clause = xml::attribute(element, "clause").trimmed();
            constraint.variant = xml::attribute(element, "variant").trimmed();
            constraint.otherClause = xml::attribute(element, "with-clause").trimmed();
            constraint.otherVariant = xml::attribute(element, "with-variant").trimmed();
            constraint.question = xml::attribute(element, "question").trimmed();
            constraint.answers = xml::attribute(element, "answers").split(u' ', Qt::SkipEmptyParts);
            constraint.kind = constraint.question.isEmpty() ? Constraint::Kind::ClauseConflict
                                                            : Constraint::Kind::AnswerConflict;
        } else {
            continue;
        }
        constraints->append(constraint);
    }
}

QList<Definition> readDefinitions(const xmlNode *root)
{
    QList<Definition> definitions;
    for (const xmlNode *element = xml::firstElement(root); element;
         element = xml::nextElement(element)) {
        Definition definition;
        definition.id = xml::attribute(element, "id").trimmed();
        for (const xmlNode *child = xml::firstElement(element); child;
             child = xml::nextElement(child)) {
            if (xml::isElement(child, "term"))
                readLocalized(child, &definition.term);
            else if (xml::isElement(child, "text"))
                readLocalized(child, &definition.text);
        }
        definitions.append(definition);
    }
    return definitions;
}

} // namespace klausul::ClauseReader
