#include "draft.h"

#include "richtext.h"

#include <algorithm>

namespace klausul {

QString reviewStatusCode(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Draft:
        return QStringLiteral("draft");
    case ReviewStatus::Ready:
        return QStringLiteral("ready");
    case ReviewStatus::Approved:
        return QStringLiteral("approved");
    }
    return QStringLiteral("draft");
}

std::optional<ReviewStatus> reviewStatusFromCode(const QString &code)
{
    if (code == QLatin1String("draft"))
        return ReviewStatus::Draft;
    if (code == QLatin1String("ready"))
        return ReviewStatus::Ready;
    if (code == QLatin1String("approved"))
        return ReviewStatus::Approved;
    return std::nullopt;
}

QString reviewStateCode(ReviewState state)
{
    switch (state) {
    case ReviewState::Draft:
        return QStringLiteral("draft");
    case ReviewState::Ready:
        return QStringLiteral("ready");
    case ReviewState::Approved:
        return QStringLiteral("approved");
    case ReviewState::ChangedSinceApproval:
        return QStringLiteral("changed");
    }
    return QStringLiteral("draft");
}

ApprovedContent DraftItem::content() const
{
    return {clauseId, clauseVersion, variant, values, type, title, wording};
}

ReviewState DraftItem::reviewState() const
{
    switch (reviewStatus) {
    case ReviewStatus::Draft:
        return ReviewState::Draft;
    case ReviewStatus::Ready:
        return ReviewState::Ready;
    case ReviewStatus::Approved:
        break;
    }
    if (approvedContent && *approvedContent != content())
        return ReviewState::ChangedSinceApproval;
    return ReviewState::Approved;
}

QStringList DraftItem::changedSinceApproval() const
{
    QStringList fields;
    if (reviewStatus != ReviewStatus::Approved || !approvedContent)
        return fields;
    const ApprovedContent &a = *approvedContent;
    if (a.clauseId != clauseId)
        fields << QStringLiteral("clause");
    if (a.clauseVersion != clauseVersion)
        fields << QStringLiteral("version");
    if (a.variant != variant)
        fields << QStringLiteral("variant");
    if (a.type != type)
        fields << QStringLiteral("type");
    QStringList parameters = a.values.keys() + values.keys();
    parameters.removeDuplicates();
    parameters.sort();
    for (const QString &parameter : std::as_const(parameters)) {
        if (a.values.value(parameter) != values.value(parameter))
            fields << QStringLiteral("value:") + parameter;
    }
    if (!(a.title == title))
        fields << QStringLiteral("title");
    if (!(a.wording.da == wording.da))
        fields << QStringLiteral("wording:da");
    if (!(a.wording.en == wording.en))
        fields << QStringLiteral("wording:en");
    return fields;
}

bool operator==(const DraftItem &a, const DraftItem &b)
{
    return a.uid == b.uid && a.number == b.number && a.clauseId == b.clauseId &&
        a.clauseVersion == b.clauseVersion && a.variant == b.variant && a.values == b.values &&
        a.type == b.type && a.title == b.title && a.wording == b.wording &&
        a.reviewStatus == b.reviewStatus && a.approver == b.approver && a.approved == b.approved &&
        a.comments == b.comments && a.approvedContent == b.approvedContent &&
        a.wordingAuthor == b.wordingAuthor && a.wordingDate == b.wordingDate;
}

bool operator==(const DraftMetadata &a, const DraftMetadata &b)
{
    return a.authority == b.authority && a.tender == b.tender && a.caseNumber == b.caseNumber &&
        a.annexNumber == b.annexNumber && a.annexTitle == b.annexTitle &&
        a.annexTitleEn == b.annexTitleEn && a.category == b.category && a.language == b.language &&
        a.libraryId == b.libraryId && a.libraryVersion == b.libraryVersion &&
        a.approvalRequired == b.approvalRequired;
}

bool operator==(const Draft &a, const Draft &b)
{
    return a.metadata == b.metadata && a.contract == b.contract && a.answers == b.answers &&
        a.sections == b.sections && a.explanations == b.explanations && a.versions == b.versions &&
        a.withdrawn == b.withdrawn && a.exclusions == b.exclusions;
}

QString Draft::numberLabel(int number) const
{
    return metadata.annexNumber.isEmpty() ? QString::number(number)
                                          : metadata.annexNumber + u'.' + QString::number(number);
}

int Draft::nextNumber() const
{
    int highest = 0;
    for (const DraftSection &section : sections) {
        for (const DraftItem &item : section.items)
            highest = std::max(highest, item.number);
    }
    for (const WithdrawnRequirement &w : withdrawn)
        highest = std::max(highest, w.number);
    return highest + 1;
}

QString Draft::nextUid() const
{
    int highest = 0;
    auto scan = [&](const QList<DraftSection> &list) {
        for (const DraftSection &section : list) {
            for (const DraftItem &item : section.items) {
                if (item.uid.startsWith(u'i'))
                    highest = std::max(highest, item.uid.mid(1).toInt());
            }
        }
    };
    scan(sections);
    // Uids of published versions are never reused: redlines match requirements by uid.
    for (const VersionEntry &version : versions)
        scan(version.snapshot);
    return QStringLiteral("i%1").arg(highest + 1);
}

QString Draft::nextSectionId() const
{
    int highest = 0;
    for (const DraftSection &section : sections) {
        if (section.id.startsWith(u's'))
            highest = std::max(highest, section.id.mid(1).toInt());
    }
    return QStringLiteral("s%1").arg(highest + 1);
}

std::pair<int, int> Draft::locate(const QString &uid) const
{
    for (int s = 0; s < sections.size(); ++s) {
        const QList<DraftItem> &list = sections.at(s).items;
        for (int i = 0; i < list.size(); ++i) {
            if (list.at(i).uid == uid)
                return {s, i};
        }
    }
    return {-1, -1};
}

const DraftItem *Draft::item(const QString &uid) const
{
    const auto [s, i] = locate(uid);
    return s < 0 ? nullptr : &sections.at(s).items.at(i);
}

DraftItem *Draft::item(const QString &uid)
{
    const auto [s, i] = locate(uid);
    return s < 0 ? nullptr : &sections[s].items[i];
}

QList<const DraftItem *> Draft::items() const
{
    QList<const DraftItem *> result;
    for (const DraftSection &section : sections) {
        for (const DraftItem &item : section.items)
            result << &item;
    }
    return result;
}

QList<const DraftItem *> Draft::itemsForClause(const QString &clauseId) const
{
    QList<const DraftItem *> result;
    for (const DraftItem *item : items()) {
        if (item->clauseId == clauseId)
            result << item;
    }
    return result;
}

int Draft::itemCount() const
{
    int count = 0;
    for (const DraftSection &section : sections)
        count += int(section.items.size());
    return count;
}

int Draft::sectionForTheme(const QString &theme) const
{
    for (int s = 0; s < sections.size(); ++s) {
        if (sections.at(s).theme == theme)
            return s;
    }
    return -1;
}

const Explanation *Draft::explanation(const QString &clauseId) const
{
    const auto it = std::find_if(explanations.cbegin(), explanations.cend(),
        [&](const Explanation &e) { return e.clauseId == clauseId; });
    return it == explanations.cend() ? nullptr : &*it;
}

const ControlExclusion *Draft::exclusion(const QString &scheme, const QString &control) const
{
    const auto it = std::find_if(exclusions.cbegin(), exclusions.cend(),
        [&](const ControlExclusion &e) { return e.scheme == scheme && e.control == control; });
    return it == exclusions.cend() ? nullptr : &*it;
}

QString Draft::currentVersion() const
{
    return versions.isEmpty() ? QString() : versions.constLast().number;
}

const VersionEntry *Draft::version(const QString &number) const
{
    const auto it = std::find_if(versions.cbegin(), versions.cend(),
        [&](const VersionEntry &v) { return v.number == number; });
    return it == versions.cend() ? nullptr : &*it;
}

std::optional<Draft> Draft::publishedDraft(const QString &number) const
{
    const VersionEntry *entry = version(number);
    if (!entry || !entry->hasSnapshot())
        return std::nullopt;
    Draft published = *this;
    published.sections = entry->snapshot;
    return published;
}

std::optional<DraftItem> Draft::removeItem(const QString &uid, const QString &title)
{
    const auto [s, i] = locate(uid);
    if (s < 0)
        return std::nullopt;
    DraftItem removed = sections[s].items.takeAt(i);
    withdrawn.append({removed.number, removed.clauseId, currentVersion(), title});
    std::sort(withdrawn.begin(), withdrawn.end(),
        [](const WithdrawnRequirement &a, const WithdrawnRequirement &b) {
            return a.number < b.number;
        });
    return removed;
}

void Draft::renumber()
{
    int number = 1;
    for (DraftSection &section : sections) {
        for (DraftItem &item : section.items)
            item.number = number++;
    }
    withdrawn.clear();
}

bool Draft::numberedInOrder() const
{
    int expected = 1;
    for (const DraftSection &section : sections) {
        for (const DraftItem &item : section.items) {
            if (item.number != expected++)
                return false;
        }
    }
    return true;
}

QDateTime Draft::timestamp()
{
    const QDateTime now = QDateTime::currentDateTime();
    return now.addMSecs(-now.time().msec());
}

} // namespace klausul

namespace klausul {

ClauseBasis ClauseBasis::fromClause(const Clause &clause)
{
    ClauseBasis basis;
    basis.clauseId = clause.id;
    basis.version = clause.version;
    basis.title = clause.title;
    basis.body = clause.body;
    for (const Variant &variant : clause.variants)
        basis.variants.append({variant.id, variant.label, variant.body, variant.type, 0});
    for (Parameter parameter : clause.parameters) {
        parameter.guidance = {};
        parameter.line = 0;
        basis.parameters.append(parameter);
    }
    return basis;
}

Clause ClauseBasis::applyTo(const Clause &current) const
{
    Clause old = current;
    old.version = version;
    old.title = title;
    old.body = body;
    old.variants = variants;
    old.parameters = parameters;
    return old;
}

QString ClauseBasis::key(const QString &clauseId, int version)
{
    return clauseId + u'@' + QString::number(version);
}

qsizetype ClauseBasis::textSize() const
{
    qsizetype size = title.da.size() + title.en.size();
    const auto flowSize = [](const Translated<PackedFlow> &flow) {
        return RichText::toEditableText(flow.da).size() + RichText::toEditableText(flow.en).size();
    };
    size += flowSize(body);
    for (const Variant &variant : variants)
        size += flowSize(variant.body) + variant.label.da.toString().size() +
            variant.label.en.toString().size();
    for (const Parameter &parameter : parameters)
        size += 64 + parameter.label.da.toString().size() + parameter.label.en.toString().size() +
            parameter.choices.size() * 48;
    return size;
}

} // namespace klausul
