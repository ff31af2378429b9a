#include "clausejson.h"

namespace klausul::ClauseJson {

namespace {

QJsonArray inlines(const Inlines &items)
{
    QJsonArray array;
    for (const Inline &item : items) {
        switch (item.kind) {
        case Inline::Kind::Text:
            array.append(item.text);
            break;
        case Inline::Kind::Emphasis:
            array.append(QJsonObject {{QStringLiteral("em"), inlines(item.children)}});
            break;
        case Inline::Kind::Strong:
            array.append(QJsonObject {{QStringLiteral("strong"), inlines(item.children)}});
            break;
        case Inline::Kind::Term:
            array.append(QJsonObject {{QStringLiteral("term"), item.text}});
            break;
        case Inline::Kind::Param:
            array.append(QJsonObject {{QStringLiteral("param"), item.text}});
            break;
        case Inline::Kind::Xref:
            array.append(QJsonObject {{QStringLiteral("xref"), item.text}});
            break;
        case Inline::Kind::Inserted:
            array.append(QJsonObject {{QStringLiteral("inserted"), inlines(item.children)}});
            break;
        case Inline::Kind::Deleted:
            array.append(QJsonObject {{QStringLiteral("deleted"), inlines(item.children)}});
            break;
        }
    }
    return array;
}

QJsonObject translatedFlow(const Translated<PackedFlow> &text)
{
    QJsonObject object;
    if (!text.da.isEmpty())
        object.insert(QStringLiteral("da"), flow(text.da));
    if (!text.en.isEmpty())
        object.insert(QStringLiteral("en"), flow(text.en));
    return object;
}

QJsonObject guidance(const Guidance &g)
{
    QJsonObject object;
    for (const GuidanceHeading &heading : guidanceHeadings())
        object.insert(QLatin1String(heading.jsonKey), flow(g.*heading.member));
    return object;
}

QJsonArray references(const Clause &clause, const Library &library, bool withTitles)
{
    QJsonArray array;
    for (const Reference &reference : clause.references) {
        QJsonObject object {{QStringLiteral("scheme"), reference.schemeKey()},
            {QStringLiteral("id"), reference.id}};
        if (withTitles) {
            const QString da = library.referenceTitle(reference, Language::Danish);
            const QString en = library.referenceTitle(reference, Language::English);
            if (!da.isEmpty() || !en.isEmpty())
                object.insert(QStringLiteral("title"), translated({da, en}));
        }
        array.append(object);
    }
    return array;
}

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject parameter(const Parameter &p)
{
    QJsonArray choices;
    for (const ParameterChoice &choice : p.choices)
        choices.append(QJsonObject {{QStringLiteral("value"), choice.value},
            {QStringLiteral("label"), translated(choice.label)}});
    QJsonObject object {
        {QStringLiteral("id"), p.id},
        {QStringLiteral("type"), parameterTypeCode(p.type)},
        {QStringLiteral("unit"),
            p.unit == Unit::None ? QJsonValue(QJsonValue::Null) : QJsonValue(unitCode(p.unit))},
        {QStringLiteral("min"), number(p.minimum)},
        {QStringLiteral("max"), number(p.maximum)},
        {QStringLiteral("multiple"), p.multiple},
        {QStringLiteral("default"),
            p.defaultValue ? QJsonValue(*p.defaultValue) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("label"), translated(p.label)},
        {QStringLiteral("guidance"), translated(p.guidance)},
    };
    object.insert(QStringLiteral("required"), p.isRequired());
    if (p.type == ParameterType::Choice)
        object.insert(QStringLiteral("choices"), choices);
    if (p.multiple)
        object.insert(
            QStringLiteral("combine"), p.cumulative ? QStringLiteral("and") : QStringLiteral("or"));
    if (p.type == ParameterType::Reference) {
        object.insert(QStringLiteral("role"), p.role);
        if (!p.target.isEmpty())
            object.insert(QStringLiteral("target"), p.target);
    }
    return object;
}

} // namespace

QJsonArray flow(const Flow &blocks)
{
    QJsonArray array;
    for (const Block &block : blocks) {
        if (block.kind == Block::Kind::Paragraph) {
            array.append(QJsonObject {{QStringLiteral("p"), inlines(block.inlines)}});
            continue;
        }
        QJsonArray items;
        for (const Inlines &item : block.items)
            items.append(inlines(item));
        array.append(QJsonObject {
            {block.kind == Block::Kind::BulletList ? QStringLiteral("ul") : QStringLiteral("ol"),
                items}});
    }
    return array;
}

QJsonObject translated(const TranslatedText &text)
{
    QJsonObject object;
    if (!text.da.isEmpty())
        object.insert(QStringLiteral("da"), text.da);
    if (!text.en.isEmpty())
        object.insert(QStringLiteral("en"), text.en);
    return object;
}

QJsonObject condition(const Condition &c)
{
    switch (c.kind) {
    case Condition::Kind::When:
        return {{QStringLiteral("when"),
            QJsonObject {{QStringLiteral("question"), c.question},
                {QStringLiteral("in"), QJsonArray::fromStringList(c.values)}}}};
    case Condition::Kind::All:
    case Condition::Kind::Any:
    case Condition::Kind::Not: {
        QJsonArray children;
        for (const Condition &child : c.children)
            children.append(condition(child));
        const QString key = c.kind == Condition::Kind::All ? QStringLiteral("all")
            : c.kind == Condition::Kind::Any               ? QStringLiteral("any")
                                                           : QStringLiteral("not");
        return {{key, children}};
    }
    }
    return {};
}

QJsonObject summary(const Clause &clause, const Library &library, Language language)
{
    QJsonObject object {
        {QStringLiteral("id"), clause.id},
        {QStringLiteral("version"), clause.version},
        {QStringLiteral("status"), statusCode(clause.status)},
        {QStringLiteral("title"), clause.title.get(language)},
        {QStringLiteral("theme"), clause.theme},
        {QStringLiteral("option"), optionCode(clause.option)},
        {QStringLiteral("type"), requirementTypeCode(clause.type)},
        {QStringLiteral("languages"), QJsonArray::fromStringList(clause.languages())},
        {QStringLiteral("references"), references(clause, library, false)},
        {QStringLiteral("societyCritical"), clause.isSocietyCritical()},
    };
    if (!clause.replacedBy.isEmpty())
        object.insert(QStringLiteral("replacedBy"), clause.replacedBy);
    return object;
}

QJsonObject full(const Clause &clause, const Library &library)
{
    QJsonObject object = summary(clause, library, Language::Danish);
    object.insert(QStringLiteral("title"), translated(clause.title));
    if (const Theme *theme = library.theme(clause.theme))
        object.insert(QStringLiteral("themeName"), translated(theme->name));
    object.insert(QStringLiteral("references"), references(clause, library, true));
    object.insert(QStringLiteral("body"), translatedFlow(clause.body));
    QJsonArray variants;
    for (const Variant &variant : clause.variants) {
        QJsonObject v {{QStringLiteral("id"), variant.id},
            {QStringLiteral("label"), translated(variant.label)},
            {QStringLiteral("body"), translatedFlow(variant.body)}};
        if (variant.type)
            v.insert(QStringLiteral("type"), requirementTypeCode(*variant.type));
        variants.append(v);
    }
    object.insert(QStringLiteral("variants"), variants);
    QJsonArray parameters;
    for (const Parameter &p : clause.parameters)
        parameters.append(parameter(p));
    object.insert(QStringLiteral("parameters"), parameters);
    QJsonObject guidanceObject;
    if (!clause.guidance.da.isEmpty())
        guidanceObject.insert(QStringLiteral("da"), guidance(clause.guidance.da));
    if (!clause.guidance.en.isEmpty())
        guidanceObject.insert(QStringLiteral("en"), guidance(clause.guidance.en));
    object.insert(QStringLiteral("guidance"), guidanceObject);
    object.insert(
        QStringLiteral("contractTypes"), QJsonArray::fromStringList(clause.contractTypes));
    object.insert(QStringLiteral("applies"),
        clause.applies ? QJsonValue(condition(*clause.applies)) : QJsonValue(QJsonValue::Null));
    QJsonArray history;
    for (const HistoryEntry &entry : clause.history)
        history.append(QJsonObject {{QStringLiteral("version"), entry.version},
            {QStringLiteral("date"), entry.date.toString(Qt::ISODate)},
            {QStringLiteral("text"), translated(entry.text)}});
    object.insert(QStringLiteral("history"), history);
    object.insert(QStringLiteral("source"), clause.sourceFile);
    return object;
}

} // namespace klausul::ClauseJson
