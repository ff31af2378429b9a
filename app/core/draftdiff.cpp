#include "draftdiff.h"

#include "richtext.h"

#include <QJsonObject>
#include <QSet>

namespace klausul {

namespace {

using Kind = DraftDifference::Kind;

QString typeText(const std::optional<RequirementType> &type)
{
    return type ? requirementTypeCode(*type) : QString();
}

QString reviewText(const DraftItem &item)
{
    const QString status = reviewStatusCode(item.reviewStatus);
    return item.approver.isEmpty() ? status : status + QStringLiteral(" (") + item.approver + u')';
}

/** The differences of one requirement present in both drafts. */
void compareItems(const Draft &a, const Draft &b, const DraftItem &x, const DraftItem &y,
    QList<DraftDifference> *out)
{
    const QString number = b.numberLabel(y.number);
    auto add = [&](Kind kind, const QString &field, const QString &before, const QString &after) {
        out->append({kind, number, y.clauseId, field, before, after, {}});
    };
    if (a.numberLabel(x.number) != number)
        add(Kind::Renumbered, {}, a.numberLabel(x.number), number);
    QSet<QString> parameters;
    for (auto it = x.values.cbegin(); it != x.values.cend(); ++it)
        parameters.insert(it.key());
    for (auto it = y.values.cbegin(); it != y.values.cend(); ++it)
        parameters.insert(it.key());
    QStringList sorted = parameters.values();
    sorted.sort();
    for (const QString &parameter : std::as_const(sorted)) {
        if (x.values.value(parameter) != y.values.value(parameter))
            add(Kind::Value, parameter, x.values.value(parameter), y.values.value(parameter));
    }
    if (x.variant != y.variant)
        add(Kind::Variant, {}, x.variant, y.variant);
    if (x.type != y.type)
        add(Kind::Type, {}, typeText(x.type), typeText(y.type));
    for (const Language language : {Language::Danish, Language::English}) {
        if (x.title.get(language) != y.title.get(language) &&
            (language == Language::Danish || !x.title.en.isEmpty() || !y.title.en.isEmpty()))
            add(Kind::Title, languageCode(language), x.title.get(language), y.title.get(language));
        const QString before =
            RichText::toPlainText(language == Language::English ? x.wording.en : x.wording.da);
        const QString after =
            RichText::toPlainText(language == Language::English ? y.wording.en : y.wording.da);
        if (before != after) {
            DraftDifference difference {
                Kind::Wording, number, y.clauseId, languageCode(language), before, after, {}};
            difference.words = TextDiff::diff(before, after);
            out->append(difference);
        }
    }
    if (x.reviewStatus != y.reviewStatus || x.approver != y.approver)
        add(Kind::Review, {}, reviewText(x), reviewText(y));
    for (const ReviewComment &comment : y.comments) {
        if (!x.comments.contains(comment))
            add(Kind::Comment, comment.author, {}, comment.text);
    }
}

void compareMaps(Kind kind, const QMap<QString, QString> &a, const QMap<QString, QString> &b,
    QList<DraftDifference> *out)
{
    QStringList keys = a.keys() + b.keys();
    keys.sort();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        if (a.value(key) != b.value(key))
            out->append({kind, {}, {}, key, a.value(key), b.value(key), {}});
    }
}

QMap<QString, QString> metadataFields(const DraftMetadata &m)
{
    return {{QStringLiteral("authority"), m.authority}, {QStringLiteral("tender"), m.tender},
        {QStringLiteral("case-number"), m.caseNumber},
        {QStringLiteral("annex-number"), m.annexNumber},
        {QStringLiteral("annex-title"), m.annexTitle}, {QStringLiteral("category"), m.category},
        {QStringLiteral("language"), languageCode(m.language)},
        {QStringLiteral("library"), m.libraryId},
        {QStringLiteral("library-version"), m.libraryVersion}};
}

} // namespace

QList<DraftDifference> DraftDiff::compare(const Draft &a, const Draft &b)
{
    QList<DraftDifference> out;
    compareMaps(Kind::Metadata, metadataFields(a.metadata), metadataFields(b.metadata), &out);
    compareMaps(Kind::Answer, a.answers, b.answers, &out);

    // Match requirements: the same uid, else the first unmatched one of the same clause.
    const QList<const DraftItem *> before = a.items();
    const QList<const DraftItem *> after = b.items();
    QList<const DraftItem *> partner(after.size(), nullptr);
    QSet<const DraftItem *> matched;
    for (int i = 0; i < after.size(); ++i) {
        if (const DraftItem *x = a.item(after.at(i)->uid);
            x && x->clauseId == after.at(i)->clauseId) {
            partner[i] = x;
            matched.insert(x);
        }
    }
    // The authority's own requirements have no clause: the same Danish title is the same one.
    auto key = [](const DraftItem *item) {
        return item->isOwnRequirement() ? QStringLiteral("own:") + item->title.da : item->clauseId;
    };
    for (int i = 0; i < after.size(); ++i) {
        if (partner.at(i))
            continue;
        for (const DraftItem *x : before) {
            if (!matched.contains(x) && key(x) == key(after.at(i))) {
                partner[i] = x;
                matched.insert(x);
                break;
            }
        }
    }
    for (const DraftItem *x : before) {
        if (!matched.contains(x))
            out.append({Kind::Removed, a.numberLabel(x->number), x->clauseId, {},
                x->clauseId.isEmpty() ? x->title.get(a.metadata.language) : QString(), {}, {}});
    }
    for (int i = 0; i < after.size(); ++i) {
        const DraftItem *y = after.at(i);
        if (!partner.at(i))
            out.append({Kind::Added, b.numberLabel(y->number), y->clauseId, {}, {},
                y->clauseId.isEmpty() ? y->title.get(b.metadata.language) : QString(), {}});
        else
            compareItems(a, b, *partner.at(i), *y, &out);
    }

    for (const Explanation &e : a.explanations) {
        if (!b.explanation(e.clauseId))
            out.append({Kind::Explanation, {}, e.clauseId, {}, e.text, {}, {}});
    }
    for (const Explanation &e : b.explanations) {
        const Explanation *old = a.explanation(e.clauseId);
        if (!old || old->text != e.text)
            out.append(
                {Kind::Explanation, {}, e.clauseId, {}, old ? old->text : QString(), e.text, {}});
    }
    auto exclusionField = [](const ControlExclusion &e) { return e.scheme + u' ' + e.control; };
    for (const ControlExclusion &e : a.exclusions) {
        if (!b.exclusion(e.scheme, e.control))
            out.append({Kind::Exclusion, {}, {}, exclusionField(e), e.text, {}, {}});
    }
    for (const ControlExclusion &e : b.exclusions) {
        const ControlExclusion *old = a.exclusion(e.scheme, e.control);
        if (!old || old->text != e.text)
            out.append({Kind::Exclusion, {}, {}, exclusionField(e), old ? old->text : QString(),
                e.text, {}});
    }
    for (const VersionEntry &v : b.versions) {
        if (!a.versions.contains(v))
            out.append({Kind::Version, {}, {}, v.number, {},
                v.date.toString(Qt::ISODate) + QStringLiteral(": ") + v.changes, {}});
    }
    return out;
}

QString DraftDiff::kindCode(DraftDifference::Kind kind)
{
    switch (kind) {
    case Kind::Metadata:
        return QStringLiteral("metadata");
    case Kind::Answer:
        return QStringLiteral("answer");
    case Kind::Added:
        return QStringLiteral("added");
    case Kind::Removed:
        return QStringLiteral("removed");
    case Kind::Renumbered:
        return QStringLiteral("renumbered");
    case Kind::Value:
        return QStringLiteral("value");
    case Kind::Variant:
        return QStringLiteral("variant");
    case Kind::Type:
        return QStringLiteral("type");
    case Kind::Wording:
        return QStringLiteral("wording");
    case Kind::Title:
        return QStringLiteral("title");
    case Kind::Review:
        return QStringLiteral("review");
    case Kind::Comment:
        return QStringLiteral("comment");
    case Kind::Explanation:
        return QStringLiteral("explanation");
    case Kind::Exclusion:
        return QStringLiteral("exclusion");
    case Kind::Version:
        return QStringLiteral("version");
    }
    return {};
}

QJsonArray DraftDiff::toJson(const QList<DraftDifference> &differences)
{
    QJsonArray array;
    for (const DraftDifference &d : differences) {
        QJsonObject object {{QStringLiteral("kind"), kindCode(d.kind)}};
        auto insert = [&](const char *key, const QString &value) {
            if (!value.isEmpty())
                object.insert(QLatin1String(key), value);
        };
        insert("number", d.number);
        insert("clause", d.clauseId);
        insert("field", d.field);
        object.insert(QStringLiteral("before"), d.before);
        object.insert(QStringLiteral("after"), d.after);
        if (d.kind == Kind::Wording) {
            QJsonArray words;
            for (const TextDiff::Segment &s : d.words) {
                const QString kind = s.kind == TextDiff::Segment::Kind::Inserted
                    ? QStringLiteral("+")
                    : s.kind == TextDiff::Segment::Kind::Deleted ? QStringLiteral("-")
                                                                 : QStringLiteral("=");
                words.append(QJsonArray {kind, s.text});
            }
            object.insert(QStringLiteral("words"), words);
        }
        array.append(object);
    }
    return array;
}

QString DraftDiff::wordDiffText(const QList<TextDiff::Segment> &words)
{
    QString text;
    for (const TextDiff::Segment &s : words) {
        switch (s.kind) {
        case TextDiff::Segment::Kind::Same:
            text += s.text;
            break;
        case TextDiff::Segment::Kind::Inserted:
            text += QStringLiteral("{+") + s.text + QStringLiteral("+}");
            break;
        case TextDiff::Segment::Kind::Deleted:
            text += QStringLiteral("[-") + s.text + QStringLiteral("-]");
            break;
        }
    }
    return text;
}

QString DraftDiff::toText(const QList<DraftDifference> &differences)
{
    QString text;
    auto quoted = [](const QString &value) {
        return value.isEmpty() ? tr("(none)") : u'"' + value + u'"';
    };
    for (const DraftDifference &d : differences) {
        QString subject = d.number;
        if (!d.clauseId.isEmpty())
            subject += subject.isEmpty() ? d.clauseId : u' ' + d.clauseId;
        QString line;
        switch (d.kind) {
        case Kind::Metadata:
            line = tr("annex detail %1: %2 → %3").arg(d.field, quoted(d.before), quoted(d.after));
            break;
        case Kind::Answer:
            line = tr("answer %1: %2 → %3").arg(d.field, quoted(d.before), quoted(d.after));
            break;
        case Kind::Added:
            line = tr("%1: added").arg(d.after.isEmpty() ? subject : subject + u' ' + d.after);
            break;
        case Kind::Removed:
            line = tr("%1: removed").arg(d.before.isEmpty() ? subject : subject + u' ' + d.before);
            break;
        case Kind::Renumbered:
            line = tr("%1: renumbered from %2").arg(subject, d.before);
            break;
        case Kind::Value:
            line = tr("%1: value %2: %3 → %4")
                       .arg(subject, d.field, quoted(d.before), quoted(d.after));
            break;
        case Kind::Variant:
            line = tr("%1: variant %2 → %3").arg(subject, quoted(d.before), quoted(d.after));
            break;
        case Kind::Type:
            line =
                tr("%1: requirement type %2 → %3").arg(subject, quoted(d.before), quoted(d.after));
            break;
        case Kind::Wording:
            line = tr("%1: wording (%2): %3")
                       .arg(subject, d.field,
                           d.after.isEmpty() ? tr("back to the standard text")
                                             : wordDiffText(d.words));
            break;
        case Kind::Title:
            line = tr("%1: title (%2): %3 → %4")
                       .arg(subject, d.field, quoted(d.before), quoted(d.after));
            break;
        case Kind::Review:
            line = tr("%1: review %2 → %3").arg(subject, d.before, d.after);
            break;
        case Kind::Comment:
            line = tr("%1: comment by %2: %3").arg(subject, d.field, d.after);
            break;
        case Kind::Explanation:
            line = tr("explanation for %1: %2 → %3")
                       .arg(d.clauseId, quoted(d.before), quoted(d.after));
            break;
        case Kind::Exclusion:
            line = tr("exclusion of %1: %2 → %3").arg(d.field, quoted(d.before), quoted(d.after));
            break;
        case Kind::Version:
            line = tr("version %1: %2").arg(d.field, d.after);
            break;
        }
        text += line + u'\n';
    }
    return text;
}

} // namespace klausul
