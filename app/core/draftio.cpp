#include "draftio.h"

#include "clausereader.h"
#include "richtext.h"
#include "safesave.h"
#include "safexml.h"
#include "xmlstring.h"

#include <QHash>
#include <QXmlStreamWriter>

#include <libxml/tree.h>

#include <algorithm>

namespace klausul {

namespace {

QDateTime parseDateTime(const QString &text)
{
    QDateTime value = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    return value;
}

QString formatDateTime(const QDateTime &value)
{
    return value.toString(Qt::ISODate);
}

/**
 * The 1-based column (in characters) of the `occurrence`-th `<item` start tag on `line`; libxml2
 * gives elements a line but no column.
 */
int itemColumn(const QByteArray &data, int line, int occurrence)
{
    qsizetype start = 0;
    for (int l = 1; l < line; ++l) {
        start = data.indexOf('\n', start);
        if (start < 0)
            return 1;
        ++start;
    }
    qsizetype end = data.indexOf('\n', start);
    if (end < 0)
        end = data.size();
    qsizetype at = start;
    for (;;) {
        at = data.indexOf("<item", at);
        if (at < 0 || at >= end)
            return 1;
        const char next = at + 5 < data.size() ? data.at(at + 5) : '>';
        if (next == ' ' || next == '\t' || next == '\r' || next == '\n' || next == '>' ||
            next == '/') {
            if (occurrence-- == 0)
                break;
        }
        at += 5;
    }
    int column = 1;
    for (qsizetype i = start; i < at; ++i) {
        if ((uchar(data.at(i)) & 0xC0) != 0x80)
            ++column;
    }
    return column;
}

void readMetadataElement(const xmlNode *element, DraftMetadata *metadata)
{
    for (const xmlNode *child = xml::firstElement(element); child;
         child = xml::nextElement(child)) {
        const QString text = xml::textContent(child).simplified();
        if (xml::isElement(child, "authority")) {
            metadata->authority = text;
        } else if (xml::isElement(child, "tender")) {
            metadata->tender = text;
        } else if (xml::isElement(child, "case-number")) {
            metadata->caseNumber = text;
        } else if (xml::isElement(child, "annex")) {
            metadata->annexTitle = text;
            metadata->annexNumber = xml::attribute(child, "number").trimmed();
            metadata->category = xml::attribute(child, "category").trimmed();
            metadata->annexTitleEn = xml::attribute(child, "title-en").simplified();
        } else if (xml::isElement(child, "language")) {
            metadata->language = languageFromCode(text).value_or(Language::Danish);
        } else if (xml::isElement(child, "library")) {
            metadata->libraryId = xml::attribute(child, "id").trimmed();
            metadata->libraryVersion = xml::attribute(child, "version").trimmed();
        }
    }
}

/** Values, title and wording of <item> or <approved-content>. */
void readContentChild(const xmlNode *child, QMap<QString, QString> *values, TranslatedText *title,
    Translated<Flow> *wording)
{
    if (xml::isElement(child, "title")) {
        ClauseReader::readLocalized(child, title);
    } else if (xml::isElement(child, "value")) {
        // Values are kept as typed, apart from surrounding white space.
        values->insert(xml::attribute(child, "param").trimmed(), xml::textContent(child).trimmed());
    } else if (xml::isElement(child, "wording")) {
        const Language language =
            languageFromCode(xml::attribute(child, "lang")).value_or(Language::Danish);
        wording->ref(language) = RichText::readFlow(child);
    }
}

/**
 * The clause version an item or approved content is based on: none (0) for an own requirement,
 * which has no clause, and never negative. What the writer writes, so a draft reads back equal.
 */
int clauseVersionOf(const xmlNode *element, const QString &clauseId)
{
    if (clauseId.isEmpty())
        return 0;
    return std::max(0, xml::attribute(element, "version").trimmed().toInt());
}

ApprovedContent readApprovedContent(const xmlNode *element)
{
    ApprovedContent content;
    content.clauseId = xml::attribute(element, "clause").trimmed();
    content.clauseVersion = clauseVersionOf(element, content.clauseId);
    content.variant = xml::attribute(element, "variant").trimmed();
    if (xml::hasAttribute(element, "type"))
        content.type = requirementTypeFromCode(xml::attribute(element, "type").trimmed());
    for (const xmlNode *child = xml::firstElement(element); child; child = xml::nextElement(child))
        readContentChild(child, &content.values, &content.title, &content.wording);
    return content;
}

DraftItem readItem(const xmlNode *element)
{
    DraftItem item;
    item.uid = xml::attribute(element, "uid").trimmed();
    item.line = xml::lineOf(element);
    item.number = xml::attribute(element, "number").trimmed().toInt();
    item.clauseId = xml::attribute(element, "clause").trimmed();
    item.clauseVersion = clauseVersionOf(element, item.clauseId);
    item.variant = xml::attribute(element, "variant").trimmed();
    if (xml::hasAttribute(element, "type"))
        item.type = requirementTypeFromCode(xml::attribute(element, "type").trimmed());
    for (const xmlNode *child = xml::firstElement(element); child;
         child = xml::nextElement(child)) {
        if (xml::isElement(child, "title") || xml::isElement(child, "value") ||
            xml::isElement(child, "wording")) {
            readContentChild(child, &item.values, &item.title, &item.wording);
        } else if (xml::isElement(child, "review")) {
            item.reviewStatus = reviewStatusFromCode(xml::attribute(child, "status").trimmed())
                                    .value_or(ReviewStatus::Draft);
            item.approver = xml::attribute(child, "approver").simplified();
            if (xml::hasAttribute(child, "approved"))
                item.approved = parseDateTime(xml::attribute(child, "approved"));
            for (const xmlNode *comment = xml::firstElement(child); comment;
                 comment = xml::nextElement(comment)) {
                item.comments.append({xml::attribute(comment, "author").simplified(),
                    parseDateTime(xml::attribute(comment, "date")),
                    xml::textContent(comment).trimmed()});
            }
        } else if (xml::isElement(child, "approved-content")) {
            item.approvedContent = readApprovedContent(child);
        } else if (xml::isElement(child, "wording-change")) {
            item.wordingAuthor = xml::attribute(child, "author").simplified();
            item.wordingDate = parseDateTime(xml::attribute(child, "date"));
        }
    }
    // Drafts from before approval fingerprints: the approval covers the content as saved.
    if (item.reviewStatus == ReviewStatus::Approved && !item.approvedContent)
        item.approvedContent = item.content();
    return item;
}

DraftSection readSection(const xmlNode *element)
{
    DraftSection section;
    section.id = xml::attribute(element, "id").trimmed();
    section.theme = xml::attribute(element, "theme").trimmed();
    for (const xmlNode *part = xml::firstElement(element); part; part = xml::nextElement(part)) {
        if (xml::isElement(part, "title"))
            ClauseReader::readLocalized(part, &section.title);
        else if (xml::isElement(part, "item"))
            section.items.append(readItem(part));
    }
    return section;
}

Parameter readBasisParameter(const xmlNode *element)
{
    Parameter p;
    p.id = xml::attribute(element, "id").trimmed();
    p.type = parameterTypeFromCode(xml::attribute(element, "type").trimmed())
                 .value_or(ParameterType::Text);
    p.unit = unitFromCode(xml::attribute(element, "unit").trimmed());
    const auto number = [&](const char *name) -> std::optional<double> {
        if (!xml::hasAttribute(element, name))
            return std::nullopt;
        bool ok = false;
        const double value = xml::attribute(element, name).trimmed().toDouble(&ok);
        return ok ? std::optional<double>(value) : std::nullopt;
    };
    p.minimum = number("min");
    p.maximum = number("max");
    if (xml::hasAttribute(element, "default"))
        p.defaultValue = xml::attribute(element, "default").trimmed();
    const QString combine = xml::attribute(element, "combine").trimmed();
    p.multiple = !combine.isEmpty();
    p.combineDeclared = p.multiple;
    p.cumulative = combine != QLatin1String("or");
    p.role = xml::attribute(element, "role").trimmed();
    p.target = xml::attribute(element, "target").trimmed();
    for (const xmlNode *child = xml::firstElement(element); child;
         child = xml::nextElement(child)) {
        if (xml::isElement(child, "label")) {
            ClauseReader::readLocalized(child, &p.label);
        } else if (xml::isElement(child, "choice")) {
            ParameterChoice choice;
            choice.value = xml::attribute(child, "value").trimmed();
            for (const xmlNode *l = xml::firstElement(child); l; l = xml::nextElement(l))
                ClauseReader::readLocalized(l, &choice.label);
            p.choices.append(choice);
        }
    }
    return p;
}

void readBody(const xmlNode *element, Translated<PackedFlow> *body)
{
    const Language language =
        languageFromCode(xml::attribute(element, "lang")).value_or(Language::Danish);
    body->ref(language) = PackedFlow::read(element);
}

ClauseBasis readBasis(const xmlNode *element)
{
    ClauseBasis basis;
    basis.clauseId = xml::attribute(element, "clause").trimmed();
    basis.version = xml::attribute(element, "version").trimmed().toInt();
    for (const xmlNode *child = xml::firstElement(element); child;
         child = xml::nextElement(child)) {
        if (xml::isElement(child, "title")) {
            ClauseReader::readLocalized(child, &basis.title);
        } else if (xml::isElement(child, "body")) {
            readBody(child, &basis.body);
        } else if (xml::isElement(child, "variant")) {
            Variant variant;
            variant.id = xml::attribute(child, "id").trimmed();
            variant.type = requirementTypeFromCode(xml::attribute(child, "type").trimmed());
            for (const xmlNode *part = xml::firstElement(child); part;
                 part = xml::nextElement(part)) {
                if (xml::isElement(part, "label"))
                    ClauseReader::readLocalized(part, &variant.label);
                else if (xml::isElement(part, "body"))
                    readBody(part, &variant.body);
            }
            basis.variants.append(variant);
        } else if (xml::isElement(child, "parameter")) {
            basis.parameters.append(readBasisParameter(child));
        }
    }
    return basis;
}

Draft readDraft(const xmlNode *root)
{
    Draft draft;
    for (const xmlNode *child = xml::firstElement(root); child; child = xml::nextElement(child)) {
        if (xml::isElement(child, "metadata")) {
            readMetadataElement(child, &draft.metadata);
        } else if (xml::isElement(child, "contract")) {
            draft.contract.type = xml::attribute(child, "type").trimmed();
            draft.contract.definitionsInContract =
                xml::attribute(child, "definitions").trimmed() == QLatin1String("contract");
            for (const xmlNode *annex = xml::firstElement(child); annex;
                 annex = xml::nextElement(annex))
                draft.contract.annexes.append({xml::attribute(annex, "role").trimmed(),
                    xml::attribute(annex, "number").trimmed(),
                    xml::textContent(annex).simplified()});
        } else if (xml::isElement(child, "profile")) {
            for (const xmlNode *answer = xml::firstElement(child); answer;
                 answer = xml::nextElement(answer))
                draft.answers.insert(xml::attribute(answer, "question").trimmed(),
                    xml::attribute(answer, "value").trimmed());
        } else if (xml::isElement(child, "section")) {
            draft.sections.append(readSection(child));
        } else if (xml::isElement(child, "explanations")) {
            for (const xmlNode *e = xml::firstElement(child); e; e = xml::nextElement(e)) {
                Explanation explanation {xml::attribute(e, "clause").trimmed(),
                    xml::attribute(e, "author").simplified(),
                    parseDateTime(xml::attribute(e, "date")), xml::textContent(e).trimmed(), {}, {},
                    {}};
                if (xml::hasAttribute(e, "approver")) {
                    explanation.approver = xml::attribute(e, "approver").simplified();
                    explanation.approved = parseDateTime(xml::attribute(e, "approved"));
                    // The approved text, when it differs from the current one.
                    explanation.approvedText = xml::hasAttribute(e, "approved-text")
                        ? xml::attribute(e, "approved-text").trimmed()
                        : explanation.text;
                }
                draft.explanations.append(explanation);
            }
        } else if (xml::isElement(child, "exclusions")) {
            for (const xmlNode *e = xml::firstElement(child); e; e = xml::nextElement(e))
                draft.exclusions.append(
                    {xml::attribute(e, "scheme").trimmed(), xml::attribute(e, "control").trimmed(),
                        xml::attribute(e, "author").simplified(),
                        parseDateTime(xml::attribute(e, "date")), xml::textContent(e).trimmed()});
        } else if (xml::isElement(child, "versions")) {
            for (const xmlNode *v = xml::firstElement(child); v; v = xml::nextElement(v))
                draft.versions.append({xml::attribute(v, "number").trimmed(),
                    QDate::fromString(xml::attribute(v, "date").trimmed(), Qt::ISODate),
                    xml::textContent(v).trimmed(), xml::attribute(v, "approver").simplified(), {}});
        } else if (xml::isElement(child, "withdrawn")) {
            for (const xmlNode *w = xml::firstElement(child); w; w = xml::nextElement(w))
                draft.withdrawn.append({xml::attribute(w, "number").trimmed().toInt(),
                    xml::attribute(w, "clause").trimmed(), xml::attribute(w, "version").trimmed(),
                    xml::textContent(w).trimmed()});
        } else if (xml::isElement(child, "publication")) {
            draft.metadata.approvalRequired =
                !QStringList {QStringLiteral("false"), QStringLiteral("0")}.contains(
                    xml::attribute(child, "approval-required").trimmed());
            for (const xmlNode *snapshot = xml::firstElement(child); snapshot;
                 snapshot = xml::nextElement(snapshot)) {
                const QString number = xml::attribute(snapshot, "version").trimmed();
                QList<DraftSection> sections;
                for (const xmlNode *s = xml::firstElement(snapshot); s; s = xml::nextElement(s))
                    sections.append(readSection(s));
                for (VersionEntry &v : draft.versions) {
                    if (v.number == number)
                        v.snapshot = sections;
                }
            }
        } else if (xml::isElement(child, "bases")) {
            for (const xmlNode *b = xml::firstElement(child); b; b = xml::nextElement(b)) {
                const ClauseBasis basis = readBasis(b);
                draft.bases.insert(ClauseBasis::key(basis.clauseId, basis.version), basis);
            }
        }
    }
    return draft;
}

void writeLocalized(QXmlStreamWriter &w, const QString &element, const TranslatedText &text)
{
    for (Language language : {Language::Danish, Language::English}) {
        if (!text.has(language))
            continue;
        w.writeStartElement(element);
        w.writeAttribute(QStringLiteral("lang"), languageCode(language));
        w.writeCharacters(language == Language::Danish ? text.da : text.en);
        w.writeEndElement();
    }
}

void writeBody(QXmlStreamWriter &w, const Translated<PackedFlow> &body)
{
    for (Language language : {Language::Danish, Language::English}) {
        const PackedFlow &packed = language == Language::Danish ? body.da : body.en;
        if (packed.isEmpty())
            continue;
        const Flow flow = packed.unpack();
        w.writeStartElement(QStringLiteral("body"));
        w.writeAttribute(QStringLiteral("lang"), languageCode(language));
        RichText::writeFlow(w, flow);
        w.writeEndElement();
    }
}

void writeBasis(QXmlStreamWriter &w, const ClauseBasis &basis)
{
    w.writeStartElement(QStringLiteral("basis"));
    w.writeAttribute(QStringLiteral("clause"), basis.clauseId);
    w.writeAttribute(QStringLiteral("version"), QString::number(basis.version));
    writeLocalized(w, QStringLiteral("title"), basis.title);
    writeBody(w, basis.body);
    for (const Variant &variant : basis.variants) {
        w.writeStartElement(QStringLiteral("variant"));
        w.writeAttribute(QStringLiteral("id"), variant.id);
        if (variant.type)
            w.writeAttribute(QStringLiteral("type"), requirementTypeCode(*variant.type));
        writeLocalized(w, QStringLiteral("label"), variant.label);
        writeBody(w, variant.body);
        w.writeEndElement();
    }
    for (const Parameter &p : basis.parameters) {
        w.writeStartElement(QStringLiteral("parameter"));
        w.writeAttribute(QStringLiteral("id"), p.id);
        w.writeAttribute(QStringLiteral("type"), parameterTypeCode(p.type));
        if (p.unit != Unit::None)
            w.writeAttribute(QStringLiteral("unit"), unitCode(p.unit));
        if (p.minimum)
            w.writeAttribute(QStringLiteral("min"), QString::number(*p.minimum, 'g', 15));
        if (p.maximum)
            w.writeAttribute(QStringLiteral("max"), QString::number(*p.maximum, 'g', 15));
        if (p.defaultValue)
            w.writeAttribute(QStringLiteral("default"), *p.defaultValue);
        if (p.multiple)
            w.writeAttribute(QStringLiteral("combine"),
                p.cumulative ? QStringLiteral("and") : QStringLiteral("or"));
        if (!p.role.isEmpty())
            w.writeAttribute(QStringLiteral("role"), p.role);
        if (!p.target.isEmpty())
            w.writeAttribute(QStringLiteral("target"), p.target);
        writeLocalized(w, QStringLiteral("label"), p.label);
        for (const ParameterChoice &choice : p.choices) {
            w.writeStartElement(QStringLiteral("choice"));
            w.writeAttribute(QStringLiteral("value"), choice.value);
            writeLocalized(w, QStringLiteral("label"), choice.label);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement();
}

/** The attributes and children shared by <item> and <approved-content>. */
void writeContent(QXmlStreamWriter &w, const ApprovedContent &content)
{
    if (!content.clauseId.isEmpty()) {
        w.writeAttribute(QStringLiteral("clause"), content.clauseId);
        if (content.clauseVersion > 0)
            w.writeAttribute(QStringLiteral("version"), QString::number(content.clauseVersion));
    }
    if (!content.variant.isEmpty())
        w.writeAttribute(QStringLiteral("variant"), content.variant);
    if (content.type)
        w.writeAttribute(QStringLiteral("type"), requirementTypeCode(*content.type));
    writeLocalized(w, QStringLiteral("title"), content.title);
    for (auto it = content.values.cbegin(); it != content.values.cend(); ++it) {
        w.writeStartElement(QStringLiteral("value"));
        w.writeAttribute(QStringLiteral("param"), it.key());
        w.writeCharacters(it.value());
        w.writeEndElement();
    }
    for (Language language : {Language::Danish, Language::English}) {
        const Flow &flow = language == Language::Danish ? content.wording.da : content.wording.en;
        if (flow.isEmpty())
            continue;
        w.writeStartElement(QStringLiteral("wording"));
        w.writeAttribute(QStringLiteral("lang"), languageCode(language));
        RichText::writeFlow(w, flow);
        w.writeEndElement();
    }
}

void writeItem(QXmlStreamWriter &w, const DraftItem &item)
{
    w.writeStartElement(QStringLiteral("item"));
    w.writeAttribute(QStringLiteral("uid"), item.uid);
    w.writeAttribute(QStringLiteral("number"), QString::number(item.number));
    writeContent(w, item.content());
    const bool hasReview = item.reviewStatus != ReviewStatus::Draft || !item.comments.isEmpty() ||
        !item.approver.isEmpty();
    if (hasReview) {
        w.writeStartElement(QStringLiteral("review"));
        w.writeAttribute(QStringLiteral("status"), reviewStatusCode(item.reviewStatus));
        if (!item.approver.isEmpty())
            w.writeAttribute(QStringLiteral("approver"), item.approver);
        if (item.approved.isValid())
            w.writeAttribute(QStringLiteral("approved"), formatDateTime(item.approved));
        for (const ReviewComment &comment : item.comments) {
            w.writeStartElement(QStringLiteral("comment"));
            w.writeAttribute(QStringLiteral("author"), comment.author);
            w.writeAttribute(QStringLiteral("date"), formatDateTime(comment.date));
            w.writeCharacters(comment.text);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    if (item.approvedContent && item.reviewStatus == ReviewStatus::Approved) {
        w.writeStartElement(QStringLiteral("approved-content"));
        writeContent(w, *item.approvedContent);
        w.writeEndElement();
    }
    if (!item.wordingAuthor.isEmpty() || item.wordingDate.isValid()) {
        w.writeEmptyElement(QStringLiteral("wording-change"));
        if (!item.wordingAuthor.isEmpty())
            w.writeAttribute(QStringLiteral("author"), item.wordingAuthor);
        if (item.wordingDate.isValid())
            w.writeAttribute(QStringLiteral("date"), formatDateTime(item.wordingDate));
    }
    w.writeEndElement();
}

void writeSection(QXmlStreamWriter &w, const DraftSection &section)
{
    w.writeStartElement(QStringLiteral("section"));
    w.writeAttribute(QStringLiteral("id"), section.id);
    if (!section.theme.isEmpty())
        w.writeAttribute(QStringLiteral("theme"), section.theme);
    writeLocalized(w, QStringLiteral("title"), section.title);
    for (const DraftItem &item : section.items)
        writeItem(w, item);
    w.writeEndElement();
}

} // namespace

std::optional<Draft> DraftIo::read(const QString &path, IssueList *issues)
{
    QByteArray data;
    if (!SafeXml::readFile(path, &data, issues))
        return std::nullopt;
    return parse(data, path, issues);
}

bool DraftIo::checkRoot(const xmlNode *root, const QString &fileName, IssueList *issues)
{
    if (!xml::isElement(root, "draft") || !root->ns ||
        xml::toQString(root->ns->href) != SafeXml::draftNamespace()) {
        issues->append(Issue::error(tr("not a Klausul draft: expected <draft> in the namespace %1")
                                        .arg(SafeXml::draftNamespace()),
            fileName, xml::lineOf(root), 1));
        return false;
    }
    const int format = xml::attribute(root, "format").trimmed().toInt();
    if (format > FormatVersion) {
        issues->append(Issue::error(tr("the draft was written in format %1 by a newer Klausul; "
                                       "this version reads format %2")
                                        .arg(format)
                                        .arg(FormatVersion),
            fileName, xml::lineOf(root), 1));
        return false;
    }
    return true;
}

std::optional<DraftMetadata> DraftIo::readMetadata(const QString &path, IssueList *issues)
{
    QByteArray data;
    if (!SafeXml::readFile(path, &data, issues))
        return std::nullopt;
    // A stream that stops after <metadata>, near the top: a draft with recorded standard texts
    // is some hundred kB, and a list of drafts needs only their details.
    std::optional<DraftMetadata> metadata;
    const qsizetype issuesBefore = issues->size();
    const bool wellFormed = SafeXml::readFirstChild(
        data, path, "metadata",
        [&](const xmlNode *root, const xmlNode *element) {
            if (!checkRoot(root, path, issues))
                return;
            metadata.emplace();
            readMetadataElement(element, &*metadata);
        },
        issues);
    if (wellFormed && !metadata && issues->size() == issuesBefore) // every draft has <metadata>
        issues->append(Issue::error(tr("not a Klausul draft: expected <draft> in the namespace %1")
                                        .arg(SafeXml::draftNamespace()),
            path, 1, 1));
    return metadata;
}

std::optional<Draft> DraftIo::parse(
    const QByteArray &data, const QString &fileName, IssueList *issues)
{
    const XmlDocument doc = SafeXml::parse(data, fileName, issues);
    if (!doc)
        return std::nullopt;
    const xmlNode *root = doc.root();
    if (!checkRoot(root, fileName, issues))
        return std::nullopt;
    if (!SafeXml::validate(doc, Schema::Draft, data, fileName, issues))
        return std::nullopt;
    std::optional<Draft> draft = readDraft(root);
    if (draft) {
        QHash<int, int> onLine; // items already seen on a line
        for (DraftSection &section : draft->sections) {
            for (DraftItem &item : section.items) {
                if (item.line > 0)
                    item.column = itemColumn(data, item.line, onLine[item.line]++);
            }
        }
    }
    return draft;
}

QByteArray DraftIo::serialize(const Draft &draft)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeDefaultNamespace(SafeXml::draftNamespace());
    w.writeStartElement(QStringLiteral("draft"));
    w.writeAttribute(QStringLiteral("format"), QString::number(FormatVersion));

    const DraftMetadata &m = draft.metadata;
    w.writeStartElement(QStringLiteral("metadata"));
    w.writeTextElement(QStringLiteral("authority"), m.authority);
    w.writeTextElement(QStringLiteral("tender"), m.tender);
    if (!m.caseNumber.isEmpty())
        w.writeTextElement(QStringLiteral("case-number"), m.caseNumber);
    w.writeStartElement(QStringLiteral("annex"));
    w.writeAttribute(QStringLiteral("number"), m.annexNumber);
    if (!m.category.isEmpty())
        w.writeAttribute(QStringLiteral("category"), m.category);
    if (!m.annexTitleEn.isEmpty())
        w.writeAttribute(QStringLiteral("title-en"), m.annexTitleEn);
    w.writeCharacters(m.annexTitle);
    w.writeEndElement();
    w.writeTextElement(QStringLiteral("language"), languageCode(m.language));
    if (!m.libraryId.isEmpty()) {
        w.writeEmptyElement(QStringLiteral("library"));
        w.writeAttribute(QStringLiteral("id"), m.libraryId);
        w.writeAttribute(QStringLiteral("version"), m.libraryVersion);
    }
    w.writeEndElement();

    if (!draft.contract.isEmpty()) {
        w.writeStartElement(QStringLiteral("contract"));
        if (!draft.contract.type.isEmpty())
            w.writeAttribute(QStringLiteral("type"), draft.contract.type);
        if (draft.contract.definitionsInContract)
            w.writeAttribute(QStringLiteral("definitions"), QStringLiteral("contract"));
        for (const ContractAnnex &annex : draft.contract.annexes) {
            w.writeStartElement(QStringLiteral("annex"));
            w.writeAttribute(QStringLiteral("role"), annex.role);
            if (!annex.number.isEmpty())
                w.writeAttribute(QStringLiteral("number"), annex.number);
            w.writeCharacters(annex.title);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    if (!draft.answers.isEmpty()) {
        w.writeStartElement(QStringLiteral("profile"));
        for (auto it = draft.answers.cbegin(); it != draft.answers.cend(); ++it) {
            w.writeEmptyElement(QStringLiteral("answer"));
            w.writeAttribute(QStringLiteral("question"), it.key());
            w.writeAttribute(QStringLiteral("value"), it.value());
        }
        w.writeEndElement();
    }
    for (const DraftSection &section : draft.sections)
        writeSection(w, section);
    if (!draft.explanations.isEmpty()) {
        w.writeStartElement(QStringLiteral("explanations"));
        for (const Explanation &e : draft.explanations) {
            w.writeStartElement(QStringLiteral("explanation"));
            w.writeAttribute(QStringLiteral("clause"), e.clauseId);
            w.writeAttribute(QStringLiteral("author"), e.author);
            w.writeAttribute(QStringLiteral("date"), formatDateTime(e.date));
            if (!e.approver.isEmpty()) {
                w.writeAttribute(QStringLiteral("approver"), e.approver);
                if (e.approved.isValid())
                    w.writeAttribute(QStringLiteral("approved"), formatDateTime(e.approved));
                if (e.approvedText != e.text)
                    w.writeAttribute(QStringLiteral("approved-text"), e.approvedText);
            }
            w.writeCharacters(e.text);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    if (!draft.exclusions.isEmpty()) {
        w.writeStartElement(QStringLiteral("exclusions"));
        for (const ControlExclusion &e : draft.exclusions) {
            w.writeStartElement(QStringLiteral("exclusion"));
            w.writeAttribute(QStringLiteral("scheme"), e.scheme);
            w.writeAttribute(QStringLiteral("control"), e.control);
            w.writeAttribute(QStringLiteral("author"), e.author);
            w.writeAttribute(QStringLiteral("date"), formatDateTime(e.date));
            w.writeCharacters(e.text);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    if (!draft.versions.isEmpty()) {
        w.writeStartElement(QStringLiteral("versions"));
        for (const VersionEntry &v : draft.versions) {
            w.writeStartElement(QStringLiteral("version"));
            w.writeAttribute(QStringLiteral("number"), v.number);
            w.writeAttribute(QStringLiteral("date"), v.date.toString(Qt::ISODate));
            if (!v.approver.isEmpty())
                w.writeAttribute(QStringLiteral("approver"), v.approver);
            w.writeCharacters(v.changes);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    if (!draft.withdrawn.isEmpty()) {
        w.writeStartElement(QStringLiteral("withdrawn"));
        for (const WithdrawnRequirement &r : draft.withdrawn) {
            w.writeStartElement(QStringLiteral("requirement"));
            w.writeAttribute(QStringLiteral("number"), QString::number(r.number));
            if (!r.clauseId.isEmpty())
                w.writeAttribute(QStringLiteral("clause"), r.clauseId);
            if (!r.version.isEmpty())
                w.writeAttribute(QStringLiteral("version"), r.version);
            w.writeCharacters(r.title);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    bool hasSnapshots = false;
    for (const VersionEntry &v : draft.versions)
        hasSnapshots = hasSnapshots || v.hasSnapshot();
    if (!draft.metadata.approvalRequired || hasSnapshots) {
        w.writeStartElement(QStringLiteral("publication"));
        w.writeAttribute(QStringLiteral("approval-required"),
            draft.metadata.approvalRequired ? QStringLiteral("true") : QStringLiteral("false"));
        for (const VersionEntry &v : draft.versions) {
            if (!v.hasSnapshot())
                continue;
            w.writeStartElement(QStringLiteral("snapshot"));
            w.writeAttribute(QStringLiteral("version"), v.number);
            for (const DraftSection &section : v.snapshot)
                writeSection(w, section);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    if (!draft.bases.isEmpty()) {
        w.writeStartElement(QStringLiteral("bases"));
        for (const ClauseBasis &basis : draft.bases)
            writeBasis(w, basis);
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    // Unicode direction controls (typed or pasted in the app, where the annex reports them as
    // errors) are never written: reading refuses them, and a saved draft must always open again.
    QByteArray clean;
    clean.reserve(out.size());
    for (qsizetype i = 0; i < out.size(); ++i) {
        const auto byte = [&](qsizetype at) { return at < out.size() ? uchar(out.at(at)) : 0; };
        if (byte(i) == 0xE2 &&
            ((byte(i + 1) == 0x80 && byte(i + 2) >= 0xAA && byte(i + 2) <= 0xAE) ||
                (byte(i + 1) == 0x81 && byte(i + 2) >= 0xA6 && byte(i + 2) <= 0xA9))) {
            i += 2;
            continue;
        }
        clean += out.at(i);
    }
    return clean;
}

bool DraftIo::write(const Draft &draft, const QString &path, QString *error)
{
    return SafeSave::write(path, serialize(draft), error);
}

} // namespace klausul
