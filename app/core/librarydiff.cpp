#include "librarydiff.h"

#include "draftdiff.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace klausul {

namespace {

QString number(const std::optional<double> &value)
{
    return value ? QLocale::c().toString(*value, 'g', 12) : QString();
}

QString conditionText(const Condition &condition)
{
    switch (condition.kind) {
    case Condition::Kind::When:
        return condition.question + u'=' + condition.values.join(u'|');
    case Condition::Kind::All:
    case Condition::Kind::Any:
    case Condition::Kind::Not: {
        QStringList children;
        for (const Condition &child : condition.children)
            children << conditionText(child);
        const QString name = condition.kind == Condition::Kind::All ? QStringLiteral("all")
            : condition.kind == Condition::Kind::Any                ? QStringLiteral("any")
                                                                    : QStringLiteral("not");
        return name + u'(' + children.join(QStringLiteral(", ")) + u')';
    }
    }
    return {};
}

/** The facts of a parameter that a change list names, as field -> value. */
QList<std::pair<QString, QString>> parameterFacts(const Parameter &p)
{
    QStringList choices;
    for (const ParameterChoice &choice : p.choices)
        choices << choice.value;
    return {
        {QStringLiteral("type"), parameterTypeCode(p.type)},
        {QStringLiteral("unit"), unitCode(p.unit)},
        {QStringLiteral("min"), number(p.minimum)},
        {QStringLiteral("max"), number(p.maximum)},
        {QStringLiteral("multiple"),
            p.multiple ? (p.cumulative ? QStringLiteral("and") : QStringLiteral("or")) : QString()},
        {QStringLiteral("default"), p.defaultValue.value_or(QString())},
        {QStringLiteral("choices"), choices.join(u' ')},
        {QStringLiteral("role"), p.role},
        {QStringLiteral("target"), p.target},
        {QStringLiteral("label-da"), p.label.da},
        {QStringLiteral("label-en"), p.label.en},
    };
}

QString referenceKey(const Reference &reference)
{
    return reference.schemeKey() + u' ' + reference.id;
}

void compareWording(const QString &part, const Translated<QString> &before,
    const Translated<QString> &after, QList<ClauseWordingChange> *out)
{
    for (Language language : {Language::Danish, Language::English}) {
        const QString &a = language == Language::Danish ? before.da : before.en;
        const QString &b = language == Language::Danish ? after.da : after.en;
        if (TextDiff::differs(a, b))
            out->append({part, language, TextDiff::diff(a, b)});
    }
}

Translated<QString> editable(const Translated<PackedFlow> &flow)
{
    return {RichText::toEditableText(flow.da), RichText::toEditableText(flow.en)};
}

void compareClauses(const Clause &a, const Clause &b, ClauseDelta *delta)
{
    compareWording(QStringLiteral("title"), a.title, b.title, &delta->wording);
    compareWording(QStringLiteral("body"), editable(a.body), editable(b.body), &delta->wording);
    QList<ClauseFieldChange> &fields = delta->fields;
    auto field = [&fields](const QString &subject, const QString &name, const QString &before,
                     const QString &after) {
        if (before != after)
            fields.append({subject, name, before, after});
    };
    for (const Variant &variant : a.variants) {
        const Variant *other = b.variant(variant.id);
        if (!other) {
            field(QStringLiteral("variant"), variant.id, variant.label.da, {});
            continue;
        }
        compareWording(QStringLiteral("variant:") + variant.id, editable(variant.body),
            editable(other->body), &delta->wording);
        field(QStringLiteral("variant"), variant.id + QStringLiteral(" label-da"), variant.label.da,
            other->label.da);
        field(QStringLiteral("variant"), variant.id + QStringLiteral(" label-en"), variant.label.en,
            other->label.en);
        field(QStringLiteral("variant"), variant.id + QStringLiteral(" type"),
            variant.type ? requirementTypeCode(*variant.type) : QString(),
            other->type ? requirementTypeCode(*other->type) : QString());
    }
    for (const Variant &variant : b.variants) {
        if (!a.variant(variant.id))
            field(QStringLiteral("variant"), variant.id, {}, variant.label.da);
    }
    for (const Parameter &parameter : a.parameters) {
        const Parameter *other = b.parameter(parameter.id);
        if (!other) {
            field(QStringLiteral("parameter"), parameter.id, parameter.label.da, {});
            continue;
        }
        const auto before = parameterFacts(parameter);
        const auto after = parameterFacts(*other);
        for (int i = 0; i < before.size(); ++i)
            field(QStringLiteral("parameter"), parameter.id + u' ' + before.at(i).first,
                before.at(i).second, after.at(i).second);
    }
    for (const Parameter &parameter : b.parameters) {
        if (!a.parameter(parameter.id))
            field(QStringLiteral("parameter"), parameter.id, {}, parameter.label.da);
    }
    QStringList referencesBefore, referencesAfter;
    for (const Reference &reference : a.references)
        referencesBefore << referenceKey(reference);
    for (const Reference &reference : b.references)
        referencesAfter << referenceKey(reference);
    for (const QString &key : std::as_const(referencesBefore)) {
        if (!referencesAfter.contains(key))
            field(QStringLiteral("reference"), key, key, {});
    }
    for (const QString &key : std::as_const(referencesAfter)) {
        if (!referencesBefore.contains(key))
            field(QStringLiteral("reference"), key, {}, key);
    }
    field(QStringLiteral("applicability"), QStringLiteral("applies"),
        a.applies ? conditionText(*a.applies) : QString(),
        b.applies ? conditionText(*b.applies) : QString());
    field(QStringLiteral("attribute"), QStringLiteral("status"), statusCode(a.status),
        statusCode(b.status));
    field(QStringLiteral("attribute"), QStringLiteral("replaced-by"), a.replacedBy, b.replacedBy);
    field(QStringLiteral("attribute"), QStringLiteral("type"), requirementTypeCode(a.type),
        requirementTypeCode(b.type));
    field(QStringLiteral("attribute"), QStringLiteral("option"), optionCode(a.option),
        optionCode(b.option));
    field(QStringLiteral("attribute"), QStringLiteral("theme"), a.theme, b.theme);
    field(QStringLiteral("attribute"), QStringLiteral("contract-types"), a.contractTypes.join(u' '),
        b.contractTypes.join(u' '));
    for (Language language : {Language::Danish, Language::English}) {
        if (!(a.guidance.get(language) == b.guidance.get(language)))
            fields.append({QStringLiteral("guidance"), languageCode(language),
                LibraryDiff::tr("changed"), LibraryDiff::tr("changed")});
    }
}

// --- text forms -------------------------------------------------------------------------------

QString partName(const QString &part)
{
    if (part == QLatin1String("title"))
        return LibraryDiff::tr("title");
    if (part == QLatin1String("body"))
        return LibraryDiff::tr("text");
    return LibraryDiff::tr("variant \"%1\"").arg(part.section(u':', 1));
}

QString fieldLine(const ClauseFieldChange &f)
{
    const QString subject = f.subject + u' ' + f.name;
    if (f.subject == QLatin1String("guidance"))
        return LibraryDiff::tr("guidance (%1) changed").arg(f.name);
    if (f.before.isEmpty())
        return f.after == f.name ? LibraryDiff::tr("%1 added").arg(subject)
                                 : LibraryDiff::tr("%1 added: %2").arg(subject, f.after);
    if (f.after.isEmpty())
        return f.before == f.name ? LibraryDiff::tr("%1 removed").arg(subject)
                                  : LibraryDiff::tr("%1 removed (was %2)").arg(subject, f.before);
    return LibraryDiff::tr("%1: %2 → %3").arg(subject, f.before, f.after);
}

QString markdownEscape(QString text)
{
    for (const char *special : {"\\", "*", "_", "~", "`", "[", "]", "<", ">", "#"})
        text.replace(QLatin1String(special), u'\\' + QLatin1String(special));
    return text;
}

QString markdownWords(const QList<TextDiff::Segment> &words)
{
    QString text;
    for (const TextDiff::Segment &s : words) {
        QString escaped = markdownEscape(s.text);
        escaped.replace(u'\n', u' ');
        if (s.kind == TextDiff::Segment::Kind::Same || escaped.trimmed().isEmpty())
            text += escaped;
        else if (s.kind == TextDiff::Segment::Kind::Inserted)
            text += QStringLiteral("**") + escaped.trimmed() + QStringLiteral("**");
        else
            text += QStringLiteral("~~") + escaped.trimmed() + QStringLiteral("~~");
    }
    return text;
}

// --- Pandoc AST (Danish) ----------------------------------------------------------------------

QJsonObject node(const char *type, const QJsonValue &content)
{
    return {{QStringLiteral("t"), QLatin1String(type)}, {QStringLiteral("c"), content}};
}

QJsonArray str(const QString &text)
{
    QJsonArray inlines;
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    for (int i = 0; i < words.size(); ++i) {
        if (i > 0)
            inlines.append(QJsonObject {{QStringLiteral("t"), QStringLiteral("Space")}});
        inlines.append(node("Str", words.at(i)));
    }
    return inlines;
}

void append(QJsonArray *to, const QJsonArray &from)
{
    for (const QJsonValue &value : from)
        to->append(value);
}

QJsonObject para(const QJsonArray &inlines)
{
    return node("Para", inlines);
}

QJsonObject header(int level, const QString &text)
{
    return node("Header",
        QJsonArray {level, QJsonArray {QString(), QJsonArray(), QJsonArray()}, str(text)});
}

QJsonArray redline(const QList<TextDiff::Segment> &words)
{
    QJsonArray inlines;
    for (const TextDiff::Segment &s : words) {
        const bool space = s.text.startsWith(u' ') || s.text.startsWith(u'\n');
        const bool trailing = s.text.endsWith(u' ') || s.text.endsWith(u'\n');
        if (space && !inlines.isEmpty())
            inlines.append(QJsonObject {{QStringLiteral("t"), QStringLiteral("Space")}});
        const QJsonArray pieces = str(s.text);
        if (!pieces.isEmpty()) {
            if (s.kind == TextDiff::Segment::Kind::Same)
                append(&inlines, pieces);
            else
                inlines.append(
                    node(s.kind == TextDiff::Segment::Kind::Inserted ? "Underline" : "Strikeout",
                        pieces));
        }
        if (trailing && !pieces.isEmpty())
            inlines.append(QJsonObject {{QStringLiteral("t"), QStringLiteral("Space")}});
    }
    return inlines;
}

QString danishField(const ClauseFieldChange &f)
{
    static const QHash<QString, QString> subjects {
        {QStringLiteral("parameter"), QStringLiteral("Parameter")},
        {QStringLiteral("variant"), QStringLiteral("Variant")},
        {QStringLiteral("reference"), QStringLiteral("Reference")},
        {QStringLiteral("applicability"), QStringLiteral("Anvendelse")},
        {QStringLiteral("attribute"), QStringLiteral("Egenskab")},
    };
    if (f.subject == QLatin1String("guidance"))
        return QStringLiteral("Vejledningen (%1) er ændret.").arg(f.name);
    const QString subject = subjects.value(f.subject, f.subject) + u' ' + f.name;
    if (f.before.isEmpty())
        return f.after == f.name ? QStringLiteral("%1 tilføjet").arg(subject)
                                 : QStringLiteral("%1 tilføjet: %2").arg(subject, f.after);
    if (f.after.isEmpty())
        return f.before == f.name ? QStringLiteral("%1 fjernet").arg(subject)
                                  : QStringLiteral("%1 fjernet (var %2)").arg(subject, f.before);
    return QStringLiteral("%1: %2 → %3").arg(subject, f.before, f.after);
}

} // namespace

ClauseDelta LibraryDiff::compareClause(const Clause &before, const Clause &after)
{
    ClauseDelta delta;
    delta.id = after.id;
    delta.title = after.title;
    delta.oldVersion = before.version;
    delta.newVersion = after.version;
    delta.replacedBy = after.replacedBy;
    delta.file = after.sourceFile;
    delta.line = after.line;
    compareClauses(before, after, &delta);
    return delta;
}

QString LibraryDiff::partName(const QString &part)
{
    return klausul::partName(part);
}

QString LibraryDiff::fieldText(const ClauseFieldChange &field)
{
    return fieldLine(field);
}

LibraryDiff LibraryDiff::compare(const Library &before, const Library &after)
{
    LibraryDiff diff;
    diff.libraryId = after.info().id;
    diff.oldVersion = before.info().version;
    diff.newVersion = after.info().version;
    QList<ClauseDelta> added, withdrawn, removed, changed;
    for (const Clause &clause : after.clauses()) {
        const Clause *old = before.clause(clause.id);
        ClauseDelta delta;
        delta.id = clause.id;
        delta.title = clause.title;
        delta.newVersion = clause.version;
        delta.replacedBy = clause.replacedBy;
        delta.file = clause.sourceFile;
        delta.line = clause.line;
        if (!old) {
            delta.kind = ClauseDelta::Kind::Added;
            added << delta;
            continue;
        }
        delta.oldVersion = old->version;
        compareClauses(*old, clause, &delta);
        const bool changedAnything = !delta.wording.isEmpty() || !delta.fields.isEmpty();
        if (!delta.wording.isEmpty() && clause.version <= old->version) {
            diff.issues.append(Issue::error(
                tr("%1: the wording changed but the version is still %2; raise it to %3")
                    .arg(clause.id)
                    .arg(clause.version)
                    .arg(old->version + 1),
                clause.sourceFile, clause.line));
        } else if (clause.version < old->version) {
            diff.issues.append(Issue::error(tr("%1: the version went down from %2 to %3")
                                                .arg(clause.id)
                                                .arg(old->version)
                                                .arg(clause.version),
                clause.sourceFile, clause.line));
        } else if (clause.version > old->version && !changedAnything) {
            diff.issues.append(Issue::warning(
                tr("%1: the version was raised from %2 to %3 but nothing changed; drafts "
                   "based on it will be flagged for review for nothing")
                    .arg(clause.id)
                    .arg(old->version)
                    .arg(clause.version),
                clause.sourceFile, clause.line));
        }
        for (Issue &issue : diff.issues) {
            if (issue.clauseId.isEmpty() && issue.file == clause.sourceFile)
                issue.clauseId = clause.id;
        }
        if (clause.status == ClauseStatus::Withdrawn && old->status != ClauseStatus::Withdrawn) {
            delta.kind = ClauseDelta::Kind::Withdrawn;
            withdrawn << delta;
        } else if (changedAnything || clause.version != old->version) {
            delta.kind = ClauseDelta::Kind::Changed;
            changed << delta;
        }
    }
    for (const Clause &clause : before.clauses()) {
        if (after.clause(clause.id))
            continue;
        ClauseDelta delta;
        delta.kind = ClauseDelta::Kind::Removed;
        delta.id = clause.id;
        delta.title = clause.title;
        delta.oldVersion = clause.version;
        delta.file = clause.sourceFile;
        delta.line = clause.line;
        removed << delta;
        Issue issue = Issue::error(tr("%1 was removed; a clause id stays in the library for ever: "
                                      "withdraw it (status=\"withdrawn\") instead")
                                       .arg(clause.id),
            clause.sourceFile, clause.line);
        issue.clauseId = clause.id;
        diff.issues.append(issue);
    }
    auto byId = [](const ClauseDelta &a, const ClauseDelta &b) { return a.id < b.id; };
    for (QList<ClauseDelta> *list : {&added, &withdrawn, &removed, &changed}) {
        std::sort(list->begin(), list->end(), byId);
        diff.clauses += *list;
    }
    return diff;
}

int LibraryDiff::count(ClauseDelta::Kind kind) const
{
    return int(std::count_if(clauses.cbegin(), clauses.cend(),
        [kind](const ClauseDelta &delta) { return delta.kind == kind; }));
}

QString LibraryDiff::kindCode(ClauseDelta::Kind kind)
{
    switch (kind) {
    case ClauseDelta::Kind::Added:
        return QStringLiteral("added");
    case ClauseDelta::Kind::Withdrawn:
        return QStringLiteral("withdrawn");
    case ClauseDelta::Kind::Removed:
        return QStringLiteral("removed");
    case ClauseDelta::Kind::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

QJsonObject LibraryDiff::toJson() const
{
    QJsonArray array;
    for (const ClauseDelta &delta : clauses) {
        QJsonArray wording;
        for (const ClauseWordingChange &w : delta.wording) {
            QJsonArray words;
            for (const TextDiff::Segment &s : w.words) {
                const char *kind = s.kind == TextDiff::Segment::Kind::Same ? "same"
                    : s.kind == TextDiff::Segment::Kind::Inserted          ? "inserted"
                                                                           : "deleted";
                words.append(QJsonObject {{QStringLiteral("kind"), QLatin1String(kind)},
                    {QStringLiteral("text"), s.text}});
            }
            wording.append(QJsonObject {{QStringLiteral("part"), w.part},
                {QStringLiteral("lang"), languageCode(w.language)},
                {QStringLiteral("words"), words},
                {QStringLiteral("text"), DraftDiff::wordDiffText(w.words)}});
        }
        QJsonArray fields;
        for (const ClauseFieldChange &f : delta.fields)
            fields.append(QJsonObject {{QStringLiteral("subject"), f.subject},
                {QStringLiteral("name"), f.name}, {QStringLiteral("before"), f.before},
                {QStringLiteral("after"), f.after}});
        QJsonObject object {{QStringLiteral("kind"), kindCode(delta.kind)},
            {QStringLiteral("id"), delta.id},
            {QStringLiteral("title"),
                QJsonObject {{QStringLiteral("da"), delta.title.da},
                    {QStringLiteral("en"), delta.title.en}}},
            {QStringLiteral("wording"), wording}, {QStringLiteral("fields"), fields}};
        if (delta.oldVersion)
            object.insert(QStringLiteral("oldVersion"), delta.oldVersion);
        if (delta.newVersion)
            object.insert(QStringLiteral("newVersion"), delta.newVersion);
        if (!delta.replacedBy.isEmpty())
            object.insert(QStringLiteral("replacedBy"), delta.replacedBy);
        array.append(object);
    }
    QJsonArray problems;
    for (const Issue &issue : issues)
        problems.append(QJsonObject {{QStringLiteral("severity"), severityKeyword(issue.severity)},
            {QStringLiteral("clause"), issue.clauseId}, {QStringLiteral("message"), issue.message},
            {QStringLiteral("file"), issue.file}, {QStringLiteral("line"), issue.line}});
    return {{QStringLiteral("library"), libraryId}, {QStringLiteral("oldVersion"), oldVersion},
        {QStringLiteral("newVersion"), newVersion}, {QStringLiteral("clauses"), array},
        {QStringLiteral("problems"), problems}};
}

QString LibraryDiff::toText() const
{
    QString text = tr("Library %1 %2 → %3: %4 added, %5 withdrawn, %6 removed, %7 changed")
                       .arg(libraryId, oldVersion, newVersion)
                       .arg(count(ClauseDelta::Kind::Added))
                       .arg(count(ClauseDelta::Kind::Withdrawn))
                       .arg(count(ClauseDelta::Kind::Removed))
                       .arg(count(ClauseDelta::Kind::Changed)) +
        u'\n';
    for (const ClauseDelta &delta : clauses) {
        switch (delta.kind) {
        case ClauseDelta::Kind::Added:
            text +=
                tr("+ %1 (version %2): %3").arg(delta.id).arg(delta.newVersion).arg(delta.title.da);
            break;
        case ClauseDelta::Kind::Withdrawn:
            text += delta.replacedBy.isEmpty()
                ? tr("- %1 withdrawn: %2").arg(delta.id, delta.title.da)
                : tr("- %1 withdrawn, replaced by %2: %3")
                      .arg(delta.id, delta.replacedBy, delta.title.da);
            break;
        case ClauseDelta::Kind::Removed:
            text += tr("- %1 removed: %2").arg(delta.id, delta.title.da);
            break;
        case ClauseDelta::Kind::Changed:
            text += tr("~ %1 (version %2 → %3): %4")
                        .arg(delta.id)
                        .arg(delta.oldVersion)
                        .arg(delta.newVersion)
                        .arg(delta.title.da);
            break;
        }
        text += u'\n';
        for (const ClauseWordingChange &w : delta.wording)
            text += QStringLiteral("    ") + partName(w.part) + QStringLiteral(" (") +
                languageCode(w.language) + QStringLiteral("): ") +
                DraftDiff::wordDiffText(w.words).replace(
                    QStringLiteral("\n"), QStringLiteral(" / ")) +
                u'\n';
        for (const ClauseFieldChange &f : delta.fields)
            text += QStringLiteral("    ") + fieldLine(f) + u'\n';
    }
    return text;
}

QString LibraryDiff::toMarkdown() const
{
    QString md = QStringLiteral("# ") +
        tr("Changes in %1 %2 (from %3)")
            .arg(
                markdownEscape(libraryId), markdownEscape(newVersion), markdownEscape(oldVersion)) +
        QStringLiteral("\n");
    const std::pair<ClauseDelta::Kind, QString> sections[] = {
        {ClauseDelta::Kind::Added, tr("Added")},
        {ClauseDelta::Kind::Withdrawn, tr("Withdrawn")},
        {ClauseDelta::Kind::Removed, tr("Removed")},
        {ClauseDelta::Kind::Changed, tr("Changed")},
    };
    for (const auto &[kind, heading] : sections) {
        if (count(kind) == 0)
            continue;
        md += QStringLiteral("\n## ") + heading + u'\n';
        for (const ClauseDelta &delta : clauses) {
            if (delta.kind != kind)
                continue;
            md += QStringLiteral("\n### ") + delta.id + QStringLiteral(" ") +
                markdownEscape(delta.title.da) + u'\n';
            if (kind == ClauseDelta::Kind::Changed)
                md += u'\n' + tr("Version %1 → %2.").arg(delta.oldVersion).arg(delta.newVersion) +
                    u'\n';
            if (!delta.replacedBy.isEmpty())
                md += u'\n' + tr("Replaced by %1.").arg(delta.replacedBy) + u'\n';
            if (!delta.wording.isEmpty() || !delta.fields.isEmpty())
                md += u'\n';
            for (const ClauseWordingChange &w : delta.wording)
                md += QStringLiteral("- ") + partName(w.part) + QStringLiteral(" (") +
                    languageCode(w.language) + QStringLiteral("): ") + markdownWords(w.words) +
                    u'\n';
            for (const ClauseFieldChange &f : delta.fields)
                md += QStringLiteral("- ") + markdownEscape(fieldLine(f)) + u'\n';
        }
    }
    if (!issues.isEmpty()) {
        md += QStringLiteral("\n## ") + tr("Problems") + QStringLiteral("\n\n");
        for (const Issue &issue : issues)
            md += QStringLiteral("- ") + severityKeyword(issue.severity) + QStringLiteral(": ") +
                markdownEscape(issue.message) + u'\n';
    }
    return md;
}

QJsonObject LibraryDiff::toPandoc(const QList<int> &apiVersion) const
{
    // The change list is for the library's users, who read Danish: fixed Danish phrases.
    QJsonArray blocks;
    blocks.append(para(str(QStringLiteral("Bibliotek %1, version %2 i forhold til version %3.")
                               .arg(libraryId, newVersion, oldVersion))));
    const std::pair<ClauseDelta::Kind, QString> sections[] = {
        {ClauseDelta::Kind::Added, QStringLiteral("Nye klausuler")},
        {ClauseDelta::Kind::Withdrawn, QStringLiteral("Udgåede klausuler")},
        {ClauseDelta::Kind::Removed, QStringLiteral("Fjernede klausuler")},
        {ClauseDelta::Kind::Changed, QStringLiteral("Ændrede klausuler")},
    };
    for (const auto &[kind, heading] : sections) {
        if (count(kind) == 0)
            continue;
        blocks.append(header(1, heading));
        for (const ClauseDelta &delta : clauses) {
            if (delta.kind != kind)
                continue;
            blocks.append(header(2, delta.id + u' ' + delta.title.da));
            if (kind == ClauseDelta::Kind::Changed)
                blocks.append(para(str(QStringLiteral("Version %1 → %2.")
                                           .arg(delta.oldVersion)
                                           .arg(delta.newVersion))));
            if (kind == ClauseDelta::Kind::Added)
                blocks.append(para(str(QStringLiteral("Version %1.").arg(delta.newVersion))));
            if (!delta.replacedBy.isEmpty())
                blocks.append(para(str(QStringLiteral("Erstattes af %1.").arg(delta.replacedBy))));
            for (const ClauseWordingChange &w : delta.wording) {
                if (w.language != Language::Danish)
                    continue; // the Danish list shows the Danish wording
                const QString part = w.part == QLatin1String("title") ? QStringLiteral("Titel")
                    : w.part == QLatin1String("body")
                    ? QStringLiteral("Tekst")
                    : QStringLiteral("Variant %1").arg(w.part.section(u':', 1));
                QJsonArray inlines {node("Strong", str(part + u':')),
                    QJsonObject {{QStringLiteral("t"), QStringLiteral("Space")}}};
                append(&inlines, redline(w.words));
                blocks.append(para(inlines));
            }
            QJsonArray items;
            for (const ClauseFieldChange &f : delta.fields)
                items.append(QJsonArray {node("Plain", str(danishField(f)))});
            if (!items.isEmpty())
                blocks.append(node("BulletList", items));
        }
    }
    QJsonArray version;
    for (int part : apiVersion)
        version.append(part);
    return {{QStringLiteral("pandoc-api-version"), version},
        {QStringLiteral("meta"),
            QJsonObject {{QStringLiteral("title"),
                QJsonObject {{QStringLiteral("t"), QStringLiteral("MetaInlines")},
                    {QStringLiteral("c"), str(QStringLiteral("Ændringsliste"))}}}}},
        {QStringLiteral("blocks"), blocks}};
}

} // namespace klausul
