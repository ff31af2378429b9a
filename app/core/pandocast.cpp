#include "pandocast.h"

#include "complianceschedule.h"
#include "documenttext.h"
#include "parameterformat.h"
#include "publication.h"
#include "textdiff.h"
#include "typography.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

namespace klausul {

using DocumentText::Phrase;

namespace PandocAst {

namespace {

/**
 * One JSON value of the AST, held as its compact JSON text (keys in order, as QJsonDocument
 * writes them): composing values concatenates bytes, and a block is written out as soon as it is
 * complete. QJsonArray and QJsonObject cost a tree of heap blocks, a copy per level of nesting
 * and the whole document at once.
 */
class Value
{
public:
    Value()
        : m_json("null")
    { }
    Value(int number)
        : m_json(std::to_string(number))
    { }
    Value(double number)
    {
        // As QJsonDocument: integral values without a fraction, others as short as exact.
        if (std::isfinite(number) && number == std::floor(number) && std::abs(number) < 1e15)
            m_json = std::to_string(qint64(number));
        else
            m_json = QByteArray::number(number, 'g', QLocale::FloatingPointShortest).toStdString();
    }
    Value(const QString &text) { writeString(m_json, text); }
    Value(QLatin1String text) { writeString(m_json, QString(text)); }
    Value(std::initializer_list<Value> items)
    {
        qsizetype size = 2;
        for (const Value &item : items)
            size += item.m_json.size() + 1;
        m_json.reserve(size);
        m_json += '[';
        for (const Value &item : items) {
            if (m_json.size() > 1)
                m_json += ',';
            m_json += item.m_json;
        }
        m_json += ']';
    }

    /** {"c": content, "t": type}. */
    static Value node(const char *type, const Value &content)
    {
        Value v(Raw {});
        v.m_json.reserve(content.m_json.size() + qsizetype(std::strlen(type)) + 16);
        v.m_json += "{\"c\":";
        v.m_json += content.m_json;
        v.m_json += ",\"t\":\"";
        v.m_json += type;
        v.m_json += "\"}";
        return v;
    }
    /** {"t": type}. */
    static Value node(const char *type)
    {
        Value v(Raw {});
        v.m_json += "{\"t\":\"";
        v.m_json += type;
        v.m_json += "\"}";
        return v;
    }

    const std::string &json() const { return m_json; }

    static void writeString(std::string &out, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        out.reserve(out.size() + size_t(utf8.size()) + 2);
        out += '"';
        writeEscaped(out, utf8.constData(), utf8.size());
        out += '"';
    }

    /** UTF-8 bytes as the inside of a JSON string, escaped as QJsonDocument does. */
    static void writeEscaped(std::string &out, const char *bytes, qsizetype size)
    {
        static const char hex[] = "0123456789abcdef";
        qsizetype run = 0; // start of the bytes not yet written
        for (qsizetype i = 0; i < size; ++i) {
            const char c = bytes[i];
            if (uchar(c) >= 0x20 && c != '"' && c != '\\')
                continue;
            out.append(bytes + run, size_t(i - run));
            run = i + 1;
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default: {
                const char escape[] = {
                    '\\', 'u', '0', '0', hex[uchar(c) >> 4], hex[uchar(c) & 0xF]};
                out.append(escape, sizeof escape);
            }
            }
        }
        out.append(bytes + run, size_t(size - run));
    }

protected:
    struct Raw
    { };
    explicit Value(Raw) { }
    std::string m_json;
};

/** A JSON array (an empty one when default-constructed). */
class Array : public Value
{
public:
    Array()
        : Value(Raw {})
    {
        m_json = "[]";
    }
    Array(std::initializer_list<Value> items)
        : Value(items)
    { }

    bool isEmpty() const { return m_json.size() <= 2; }
    void append(const Value &value)
    {
        m_json.pop_back();
        if (m_json.size() > 1)
            m_json += ',';
        m_json += value.json();
        m_json += ']';
    }
    /**
     * Appends `text` as Str and Space nodes (a run of white space is one Space), written
     * straight into the array's JSON: every character stays literal.
     */
    void appendText(const QString &text)
    {
        static const std::string space = "{\"t\":\"Space\"}";
        const QByteArray utf8 = text.toUtf8();
        m_json.pop_back();
        m_json.reserve(m_json.size() + 3 * size_t(utf8.size()) + 16);
        bool lastIsSpace = false;
        qsizetype wordStart = 0;
        auto item = [this] {
            if (m_json.size() > 1)
                m_json += ',';
        };
        auto flush = [&](qsizetype end) {
            if (end > wordStart) {
                item();
                m_json.append("{\"c\":\"", 6);
                writeEscaped(m_json, utf8.constData() + wordStart, end - wordStart);
                m_json.append("\",\"t\":\"Str\"}", 12);
                lastIsSpace = false;
            }
        };
        for (qsizetype i = 0; i < utf8.size(); ++i) {
            const char c = utf8.at(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                flush(i);
                wordStart = i + 1;
                if (!lastIsSpace) {
                    item();
                    m_json += space;
                }
                lastIsSpace = true;
            }
        }
        flush(utf8.size());
        m_json += ']';
    }

    /** Appends the items of `other`. */
    void appendItems(const Array &other)
    {
        if (other.isEmpty())
            return;
        m_json.pop_back();
        if (m_json.size() > 1)
            m_json += ',';
        m_json.append(other.m_json, 1, std::string::npos);
    }
};

/** A JSON object; members sorted by key, as QJsonObject keeps them. */
class Object
{
public:
    void insert(const QString &key, const Value &value)
    {
        auto at = std::lower_bound(m_members.begin(), m_members.end(), key,
            [](const std::pair<QString, std::string> &member, const QString &k) {
                return member.first < k;
            });
        if (at != m_members.end() && at->first == key)
            at->second = value.json();
        else
            m_members.insert(at, {key, value.json()});
    }
    void write(std::string &out) const
    {
        out += '{';
        bool first = true;
        for (const auto &[key, json] : m_members) {
            if (!first)
                out += ',';
            first = false;
            Value::writeString(out, key);
            out += ':';
            out += json;
        }
        out += '}';
    }

private:
    std::vector<std::pair<QString, std::string>> m_members;
};

/** The document's blocks, each written out as soon as it is appended. */
class Body
{
public:
    explicit Body(QByteArray *out)
        : m_out(out)
    { }
    void append(const Value &block)
    {
        if (m_count++ > 0)
            *m_out += ',';
        m_out->append(block.json().data(), qsizetype(block.json().size()));
    }

private:
    QByteArray *m_out;
    qsizetype m_count = 0;
};

// Custom styles, defined in resources/export/reference.docx.
const QString StyleRequirementType = QStringLiteral("Kravtype");
const QString StyleRequirementText = QStringLiteral("Kravtekst");
const QString StyleGuidance = QStringLiteral("Vejledning");
const QString StyleReviewNote = QStringLiteral("Gennemgang");
const QString StyleComment = QStringLiteral("Kommentar");

Value node(const char *type, const Value &content)
{
    return Value::node(type, content);
}

Value node(const char *type)
{
    return Value::node(type);
}

Array attr(const QString &id = {}, const QStringList &classes = {},
    const QList<std::pair<QString, QString>> &pairs = {})
{
    Array kv;
    for (const auto &[key, value] : pairs)
        kv.append(Array {key, value});
    Array classList;
    for (const QString &name : classes)
        classList.append(name);
    return {id, std::move(classList), std::move(kv)};
}

/** Text as Str and Space nodes; every character stays literal. */
Array text(const QString &value)
{
    Array out;
    out.appendText(value);
    return out;
}

Array concat(std::initializer_list<Array> parts)
{
    Array out;
    for (const Array &part : parts)
        out.appendItems(part);
    return out;
}

Value para(const Array &inlines)
{
    return node("Para", inlines);
}

Value plain(const Array &inlines)
{
    return node("Plain", inlines);
}

Value strong(const Array &inlines)
{
    return node("Strong", inlines);
}

Value emph(const Array &inlines)
{
    return node("Emph", inlines);
}

Value header(int level, const QString &id, const Array &inlines)
{
    return node("Header", Array {level, attr(id), inlines});
}

Value styled(const QString &style, const Array &blocks)
{
    return node("Div", Array {attr({}, {}, {{QStringLiteral("custom-style"), style}}), blocks});
}

Value bulletList(const QList<Array> &items)
{
    Array list;
    for (const Array &blocks : items)
        list.append(blocks);
    return node("BulletList", list);
}

struct Context
{
    const Annex &annex;
    const Options &options;
    Language language;
    /** Author and time of the tracked changes being written (the requirement's wording change). */
    mutable QString changeAuthor;
    mutable QDateTime changeDate;

    QString phrase(Phrase p) const { return DocumentText::text(p, language); }
    QString review(Publication::Phrase p) const { return Publication::text(p, language); }
};

Array inlines(const Inlines &items, const Context &context)
{
    Array out;
    for (const Inline &item : items) {
        switch (item.kind) {
        case Inline::Kind::Text:
        case Inline::Kind::Term:
        case Inline::Kind::Param: // resolved by AnnexBuilder; an unresolved slot shows its id
        case Inline::Kind::Xref:
            out.appendText(Typography::apply(item.text, context.language));
            break;
        case Inline::Kind::Emphasis:
            out.append(emph(inlines(item.children, context)));
            break;
        case Inline::Kind::Strong:
            out.append(strong(inlines(item.children, context)));
            break;
        case Inline::Kind::Inserted:
        case Inline::Kind::Deleted: {
            // pandoc's docx writer turns these spans into w:ins / w:del tracked changes.
            const QString kind = item.kind == Inline::Kind::Inserted ? QStringLiteral("insertion")
                                                                     : QStringLiteral("deletion");
            const QDateTime when =
                context.changeDate.isValid() ? context.changeDate : context.options.changeDate;
            const QString date = when.toUTC().toString(Qt::ISODate);
            const QString author = context.changeAuthor.isEmpty() ? context.options.changeAuthor
                                                                  : context.changeAuthor;
            out.append(node("Span",
                Array {attr({}, {kind},
                           {{QStringLiteral("author"), author}, {QStringLiteral("date"), date}}),
                    inlines(item.children, context)}));
            break;
        }
        }
    }
    return out;
}

Array blocks(const Flow &flow, const Context &context)
{
    Array out;
    for (const Block &block : flow) {
        // Instructions to the tenderer ("… skal i sit tilbud beskrive …") are not contract text.
        if (block.tenderOnly && context.options.edition == Edition::Contract)
            continue;
        if (block.kind == Block::Kind::Paragraph) {
            out.append(para(inlines(block.inlines, context)));
            continue;
        }
        Array items;
        for (const Inlines &item : block.items)
            items.append(Array {para(inlines(item, context))});
        if (block.kind == Block::Kind::BulletList)
            out.append(node("BulletList", items));
        else
            out.append(
                node("OrderedList", Array {Array {1, node("Decimal"), node("Period")}, items}));
    }
    return out;
}

/** A table with a header row; widths are fractions of the text width. */
Value table(
    const QStringList &headings, const QList<QList<Array>> &rows, const QList<double> &widths)
{
    auto cell = [](const Array &cellInlines) {
        return Array {attr(), node("AlignDefault"), 1, 1, Array {plain(cellInlines)}};
    };
    Array colSpecs;
    for (double width : widths)
        colSpecs.append(Array {node("AlignLeft"), node("ColWidth", width)});
    Array headCells;
    for (const QString &heading : headings)
        headCells.append(cell(text(heading)));
    Array bodyRows;
    for (const QList<Array> &row : rows) {
        Array cells;
        for (const Array &content : row)
            cells.append(cell(content));
        bodyRows.append(Array {attr(), cells});
    }
    return node("Table",
        Array {attr(), Array {Value(), Array {}}, colSpecs,
            Array {attr(), Array {Array {attr(), headCells}}},
            Array {Array {attr(), 0, Array {}, bodyRows}}, Array {attr(), Array {}}});
}

QString anchor(const AnnexRequirement &requirement)
{
    QString id = QStringLiteral("krav-") + requirement.numberLabel;
    id.replace(u'.', u'-');
    return id;
}

/** "9.2": the label of a number, also of a withdrawn one (which no requirement carries). */
QString numberLabel(const Annex &annex, int number)
{
    return annex.metadata.annexNumber.isEmpty()
        ? QString::number(number)
        : annex.metadata.annexNumber + u'.' + QString::number(number);
}

/** "9.1–9.12": the lowest to the highest number, withdrawn numbers included. */
QString range(const Annex &annex)
{
    QList<int> numbers;
    for (const AnnexRequirement *requirement : annex.requirements())
        numbers << requirement->number;
    for (const WithdrawnRequirement &w : annex.withdrawn)
        numbers << w.number;
    if (numbers.isEmpty())
        return QString();
    const int low = *std::min_element(numbers.cbegin(), numbers.cend());
    const int high = *std::max_element(numbers.cbegin(), numbers.cend());
    if (low == high)
        return numberLabel(annex, low);
    return numberLabel(annex, low) + QStringLiteral("–") + numberLabel(annex, high);
}

/** Withdrawn numbers in ascending order. */
QList<WithdrawnRequirement> withdrawnByNumber(const Annex &annex)
{
    QList<WithdrawnRequirement> list = annex.withdrawn;
    std::sort(
        list.begin(), list.end(), [](const WithdrawnRequirement &a, const WithdrawnRequirement &b) {
            return a.number < b.number;
        });
    return list;
}

QString anchor(const Annex &annex, int number)
{
    QString id = QStringLiteral("krav-") + numberLabel(annex, number);
    id.replace(u'.', u'-');
    return id;
}

Value versionTable(const Context &context)
{
    const Annex &annex = context.annex;
    QList<QList<Array>> rows;
    auto removedIn = [&](const QString &version) {
        QStringList numbers;
        for (const WithdrawnRequirement &w : annex.withdrawn) {
            if (w.version == version) {
                numbers
                    << context.phrase(Phrase::RequirementRemoved).arg(numberLabel(annex, w.number));
            }
        }
        return numbers;
    };
    if (annex.versions.isEmpty()) {
        QStringList changes = removedIn(QString());
        rows.append({text(context.phrase(Phrase::DraftVersion)),
            text(changes.join(QStringLiteral("; "))), text(QString())});
    }
    for (int i = 0; i < annex.versions.size(); ++i) {
        const VersionEntry &v = annex.versions.at(i);
        QStringList changes;
        if (!v.changes.isEmpty())
            changes << v.changes;
        // Numbers removed before the first version are listed with it.
        changes << removedIn(v.number);
        if (i == 0)
            changes << removedIn(QString());
        rows.append({text(v.number), text(changes.join(QStringLiteral("; "))),
            text(ParameterFormat::formatDate(v.date, context.language))});
    }
    return table({context.phrase(Phrase::Version), context.phrase(Phrase::Changes),
                     context.phrase(Phrase::Date)},
        rows, {0.15, 0.6, 0.25});
}

Object meta(const Context &context)
{
    const Annex &annex = context.annex;
    const Edition edition = context.options.edition;
    QString title = annex.title;
    if (edition == Edition::Review)
        title += QStringLiteral(" – ") + context.phrase(Phrase::ReviewTitle);
    else if (edition == Edition::Schedule)
        title += QStringLiteral(" – ") + context.phrase(Phrase::ComplianceSchedule);
    QStringList dateParts;
    if (!annex.metadata.caseNumber.isEmpty())
        dateParts << context.phrase(Phrase::CaseNumber).arg(annex.metadata.caseNumber);
    if (!annex.metadata.category.isEmpty())
        dateParts << context.phrase(Phrase::Category).arg(annex.metadata.category);
    if (!annex.versions.isEmpty())
        dateParts << context.phrase(Phrase::Version) + u' ' + annex.versions.constLast().number;

    Object meta;
    meta.insert(QStringLiteral("title"), node("MetaInlines", text(title)));
    meta.insert(QStringLiteral("lang"),
        node("MetaString",
            context.language == Language::Danish ? QStringLiteral("da-DK")
                                                 : QStringLiteral("en-GB")));
    meta.insert(QStringLiteral("toc-title"),
        node("MetaInlines", text(context.phrase(Phrase::TableOfContents))));
    meta.insert(QStringLiteral("abstract"),
        node("MetaBlocks",
            Array {para(Array {strong(text(context.phrase(Phrase::VersionTable)))}),
                versionTable(context)}));
    if (!annex.metadata.tender.isEmpty())
        meta.insert(QStringLiteral("subtitle"), node("MetaInlines", text(annex.metadata.tender)));
    if (!annex.metadata.authority.isEmpty())
        meta.insert(QStringLiteral("author"),
            node("MetaList", Array {node("MetaInlines", text(annex.metadata.authority))}));
    if (!dateParts.isEmpty())
        meta.insert(QStringLiteral("date"),
            node("MetaInlines", text(dateParts.join(QStringLiteral(" · ")))));
    return meta;
}

void appendGuidance(Body &body, const Context &context)
{
    body.append(
        header(1, QStringLiteral("vejledning"), text(context.phrase(Phrase::GuidanceHeading))));
    const QList<Array> types {
        Array {para(text(context.phrase(Phrase::GuidanceMk)))},
        Array {para(text(context.phrase(Phrase::GuidancePk)))},
        Array {para(text(context.phrase(Phrase::GuidanceK)))},
        Array {para(text(context.phrase(Phrase::GuidanceOption)))},
    };
    body.append(styled(StyleGuidance,
        Array {para(Array {strong(text(context.phrase(Phrase::GuidanceNotPart)))}),
            para(text(context.phrase(Phrase::GuidanceTypes))), bulletList(types),
            para(text(context.phrase(Phrase::GuidanceSchedule)))}));
}

void appendIntroduction(Body &body, const Context &context)
{
    const Annex &annex = context.annex;
    body.append(
        header(1, QStringLiteral("indledning"), text(context.phrase(Phrase::Introduction))));
    const QString authority = annex.metadata.authority.isEmpty() ? context.phrase(Phrase::Customer)
                                                                 : annex.metadata.authority;
    const QString tender = annex.metadata.tender.isEmpty() ? context.phrase(Phrase::TheContract)
                                                           : annex.metadata.tender;
    QString intro = context.phrase(Phrase::IntroductionText).arg(authority, tender, range(annex));
    if (context.language == Language::Danish && authority.endsWith(u's'))
        intro.replace(authority + QStringLiteral("s krav"), authority + QStringLiteral("' krav"));
    body.append(para(text(intro)));
}

/** The defined terms the requirements use, or where the contract defines them. */
void appendDefinitions(Body &body, const Context &context)
{
    const Annex &annex = context.annex;
    if (annex.definitions.isEmpty() && annex.definitionsPointer.isEmpty())
        return;
    body.append(
        header(1, QStringLiteral("definitioner"), text(context.phrase(Phrase::Definitions))));
    if (!annex.definitionsPointer.isEmpty()) {
        body.append(para(text(annex.definitionsPointer)));
        return;
    }
    for (const AnnexDefinition &definition : annex.definitions)
        body.append(para(concat({Array {strong(text(definition.term + u':'))},
            Array {node("Space")}, text(definition.text)})));
}

Array typeLine(const AnnexRequirement &requirement, const Context &context)
{
    return concat({Array {strong(text(context.phrase(Phrase::RequirementType) + u':'))},
        Array {node("Space")},
        text(DocumentText::requirementTypeName(requirement.type, context.language))});
}

/** Changed since approval: the changed fields and the approved text -> the current text. */
void appendApprovalChanges(Body &body, const AnnexRequirement &requirement, const Context &context)
{
    if (requirement.reviewState != ReviewState::ChangedSinceApproval)
        return;
    body.append(styled(StyleReviewNote,
        Array {para(Array {strong(
            text(context.review(Publication::Phrase::ChangedFields)
                     .arg(requirement.changedSinceApproval.join(QStringLiteral(", ")))))})}));
    if (!requirement.approvalRedline.isEmpty())
        body.append(styled(StyleReviewNote, blocks(requirement.approvalRedline, context)));
}

/** `anchorText` with the requirement's review comments anchored to it as Word comments. */
Array commentedHeading(
    const AnnexRequirement &requirement, const Array &heading, int *nextCommentId)
{
    Array out;
    QList<int> ids;
    for (const ReviewComment &comment : requirement.comments) {
        const int id = (*nextCommentId)++;
        ids << id;
        out.append(node("Span",
            Array {attr({}, {QStringLiteral("comment-start")},
                       {{QStringLiteral("id"), QString::number(id)},
                           {QStringLiteral("author"), comment.author},
                           {QStringLiteral("date"), comment.date.toUTC().toString(Qt::ISODate)}}),
                text(comment.text)}));
    }
    out.appendItems(heading);
    for (int id : std::as_const(ids))
        out.append(node("Span",
            Array {attr({}, {QStringLiteral("comment-end")},
                       {{QStringLiteral("id"), QString::number(id)}}),
                Array {}}));
    return out;
}

void appendReviewDetails(Body &body, const AnnexRequirement &requirement, const Context &context)
{
    QString status = Publication::stateName(requirement.reviewState, context.language);
    if (!requirement.approver.isEmpty())
        status += QStringLiteral(" (") +
            context.phrase(Phrase::ReviewApprovedBy).arg(requirement.approver) +
            (requirement.approved.isValid() ? QStringLiteral(", ") +
                        ParameterFormat::formatDate(requirement.approved.date(), context.language)
                                            : QString()) +
            u')';
    QStringList source;
    if (requirement.ownRequirement)
        source << context.phrase(Phrase::ReviewOwnRequirement);
    else
        source << context.phrase(Phrase::ReviewSource)
                      .arg(requirement.clauseId)
                      .arg(requirement.basedOnVersion > 0 ? requirement.basedOnVersion
                                                          : requirement.libraryVersion);
    if (!requirement.variantLabel.isEmpty())
        source << context.phrase(Phrase::Variant).arg(requirement.variantLabel);
    body.append(styled(StyleReviewNote,
        Array {para(text(context.phrase(Phrase::ReviewStatus).arg(status))),
            para(text(source.join(QStringLiteral(" · "))))}));
    appendApprovalChanges(body, requirement, context);
}

void appendComments(Body &body, const AnnexRequirement &requirement, const Context &context)
{
    if (requirement.comments.isEmpty())
        return;
    QList<Array> items;
    for (const ReviewComment &comment : requirement.comments) {
        const QString who = comment.author + QStringLiteral(", ") +
            ParameterFormat::formatDate(comment.date.date(), context.language) +
            comment.date.toString(QStringLiteral(" HH:mm")) + u':';
        items.append(Array {
            para(concat({Array {strong(text(who))}, Array {node("Space")}, text(comment.text)}))});
    }
    body.append(styled(StyleComment,
        Array {para(Array {strong(text(context.phrase(Phrase::ReviewComments)))}),
            bulletList(items)}));
}

/** "9.5 Udgået": a withdrawn number stays in the annex, so numbers are never reused. */
void appendWithdrawn(Body &body, const WithdrawnRequirement &withdrawn, const Context &context)
{
    body.append(header(2, anchor(context.annex, withdrawn.number),
        text(numberLabel(context.annex, withdrawn.number) + u' ' +
            context.phrase(Phrase::Withdrawn))));
}

void appendRequirements(Body &body, const Context &context)
{
    const bool review = context.options.edition == Edition::Review;
    const QList<WithdrawnRequirement> withdrawn = withdrawnByNumber(context.annex);
    qsizetype nextWithdrawn = 0;
    const AnnexSection *lastSection = nullptr;
    for (const AnnexSection &section : context.annex.sections) {
        if (!section.requirements.isEmpty())
            lastSection = &section;
    }
    int nextCommentId = 0;
    for (const AnnexSection &section : context.annex.sections) {
        if (section.requirements.isEmpty())
            continue;
        body.append(header(1, QStringLiteral("afsnit-") + section.id, text(section.title)));
        for (const AnnexRequirement &requirement : section.requirements) {
            // Withdrawn numbers below this one, in their place in the numbering.
            while (nextWithdrawn < withdrawn.size() &&
                withdrawn.at(nextWithdrawn).number < requirement.number)
                appendWithdrawn(body, withdrawn.at(nextWithdrawn++), context);
            body.append(header(2, anchor(requirement),
                text(requirement.numberLabel + u' ' + requirement.title + QStringLiteral(" [") +
                    DocumentText::requirementTypeCodeText(requirement.type) + u']')));
            context.changeAuthor = requirement.wordingAuthor;
            context.changeDate = requirement.wordingDate;
            // The review comments are Word comments anchored to the requirement's type line (not
            // its heading: LibreOffice fails to update a table of contents over annotated
            // headings).
            const Array type = typeLine(requirement, context);
            body.append(styled(StyleRequirementType,
                Array {para(review && context.options.wordComments
                        ? commentedHeading(requirement, type, &nextCommentId)
                        : type)}));
            if (review) {
                appendReviewDetails(body, requirement, context);
                if (requirement.deviates) {
                    body.append(styled(StyleReviewNote,
                        Array {para(Array {emph(text(context.phrase(Phrase::ReviewDeviation)
                                                         .arg(requirement.changedWords)))})}));
                    body.append(styled(StyleRequirementText, blocks(requirement.redline, context)));
                } else {
                    body.append(styled(StyleRequirementText, blocks(requirement.text, context)));
                    if (!requirement.ownRequirement)
                        body.append(styled(StyleReviewNote,
                            Array {para(
                                Array {emph(text(context.phrase(Phrase::ReviewNoChanges)))})}));
                }
                appendComments(body, requirement, context);
            } else {
                body.append(styled(StyleRequirementText, blocks(requirement.text, context)));
            }
        }
        if (&section == lastSection) {
            while (nextWithdrawn < withdrawn.size())
                appendWithdrawn(body, withdrawn.at(nextWithdrawn++), context);
        }
    }
}

void appendComplianceSchedule(Body &body, const Context &context)
{
    body.append(header(
        1, QStringLiteral("complianceskema"), text(context.phrase(Phrase::ComplianceSchedule))));
    body.append(para(text(context.phrase(Phrase::ScheduleIntro))));
    QList<Array> meanings;
    for (const QString &meaning : ComplianceSchedule::explanations(context.language))
        meanings.append(Array {para(text(meaning))});
    body.append(bulletList(meanings));
    QList<QList<Array>> rows;
    for (const ScheduleRow &row : ComplianceSchedule::rows(context.annex)) {
        rows.append(
            {text(row.numberLabel), text(row.title), text(row.type), Array {}, Array {}, Array {}});
    }
    body.append(table(
        ComplianceSchedule::columns(context.language), rows, {0.09, 0.29, 0.09, 0.13, 0.24, 0.16}));
}

void appendProblems(Body &body, const Context &context)
{
    body.append(
        header(1, QStringLiteral("problemer"), text(context.phrase(Phrase::ReviewProblems))));
    if (context.annex.issues.isEmpty()) {
        body.append(para(text(context.phrase(Phrase::ReviewNoProblems))));
        return;
    }
    QList<Array> items;
    for (const Issue &issue : context.annex.issues)
        items.append(Array {
            para(text(severityKeyword(issue.severity) + QStringLiteral(": ") + issue.message))});
    body.append(bulletList(items));
}

void appendExplanations(Body &body, const Context &context)
{
    body.append(header(1, QStringLiteral("foelg-eller-forklar"),
        text(context.phrase(Phrase::ReviewExplanations))));
    if (context.annex.explanations.isEmpty()) {
        body.append(para(text(context.phrase(Phrase::ReviewNoExplanations))));
        return;
    }
    QList<Array> items;
    for (const Explanation &e : context.annex.explanations) {
        const QString who = e.clauseId + QStringLiteral(" – ") + e.author + QStringLiteral(", ") +
            ParameterFormat::formatDate(e.date.date(), context.language) + u':';
        items.append(
            Array {para(concat({Array {strong(text(who))}, Array {node("Space")}, text(e.text)}))});
    }
    body.append(bulletList(items));
}

void appendCoverage(Body &body, const Context &context)
{
    body.append(
        header(1, QStringLiteral("daekning"), text(context.phrase(Phrase::CoverageHeading))));
    for (const FrameworkStatement &statement : context.annex.coverage) {
        body.append(
            header(2, QStringLiteral("daekning-") + QString(statement.scheme).replace(u':', u'-'),
                text(statement.title)));
        body.append(para(text(context.phrase(Phrase::CoverageSummary)
                                  .arg(statement.coveredCount())
                                  .arg(statement.controls.size())
                                  .arg(qRound(statement.coveredPercent()))
                                  .arg(statement.excludedCount()))));
        QList<QList<Array>> rows;
        for (const ControlCoverage &control : statement.controls) {
            rows.append({text(control.id), text(control.title),
                text(context.phrase(control.covered() ? Phrase::Yes : Phrase::No)),
                text(control.requirements.join(QStringLiteral(", "))),
                text(control.justification)});
        }
        body.append(
            table({context.phrase(Phrase::ColumnControl), context.phrase(Phrase::ColumnTitle),
                      context.phrase(Phrase::ColumnIncluded), context.phrase(Phrase::ColumnNumber),
                      context.phrase(Phrase::ColumnJustification)},
                rows, {0.1, 0.38, 0.1, 0.14, 0.28}));
    }
}

/** A flow as one tracked change: all inserted (a new requirement) or all deleted (removed). */
Flow markedFlow(const Flow &flow, Inline::Kind kind)
{
    Flow out;
    for (const Block &block : flow) {
        Block copy {block.kind, {}, {}};
        if (!block.inlines.isEmpty())
            copy.inlines = {Inline {kind, {}, block.inlines, 0}};
        for (const Inlines &item : block.items)
            copy.items.append(Inlines {Inline {kind, {}, item, 0}});
        out.append(copy);
    }
    return out;
}

/**
 * The review edition's redline against a published version: requirements added, removed,
 * renumbered and changed (wording and values), as tracked changes. Requirements are matched by
 * their uid, which stays with a requirement through moves and renumbering.
 */
void appendVersionComparison(Body &body, const Context &context)
{
    if (!context.options.compared)
        return;
    const Annex &old = *context.options.compared;
    const QString version = context.options.comparedVersion;
    body.append(header(1, QStringLiteral("aendringer-siden"),
        text(context.review(Publication::Phrase::ChangesSince).arg(version))));
    const VersionEntry *entry = nullptr;
    for (const VersionEntry &v : context.annex.versions) {
        if (v.number == version)
            entry = &v;
    }
    // The comparison's tracked changes: by the versions' publisher, at the time of the export.
    context.changeAuthor = entry && !entry->approver.isEmpty() ? entry->approver : QString();
    context.changeDate = QDateTime();
    int changes = 0;
    for (const AnnexRequirement *now : context.annex.requirements()) {
        const AnnexRequirement *before = old.requirement(now->uid);
        if (before && before->clauseId != now->clauseId)
            before = nullptr; // another clause under a reused uid: removed and added
        QStringList notes;
        Flow flow;
        if (!before) {
            notes << context.review(Publication::Phrase::Added);
            flow = markedFlow(now->text, Inline::Kind::Inserted);
        } else {
            if (before->numberLabel != now->numberLabel)
                notes << context.review(Publication::Phrase::Renumbered).arg(before->numberLabel);
            if (TextDiff::changedWords(before->text, now->text) > 0 || before->title != now->title)
                flow = TextDiff::redline(before->text, now->text);
            if (notes.isEmpty() && flow.isEmpty())
                continue;
        }
        ++changes;
        body.append(header(2, QStringLiteral("aendret-") + anchor(*now).mid(5),
            text(now->numberLabel + u' ' + now->title)));
        if (!notes.isEmpty())
            body.append(styled(StyleReviewNote,
                Array {para(Array {emph(text(notes.join(QStringLiteral(" · "))))})}));
        if (!flow.isEmpty())
            body.append(styled(StyleRequirementText, blocks(flow, context)));
    }
    for (const AnnexRequirement *before : old.requirements()) {
        const AnnexRequirement *now = context.annex.requirement(before->uid);
        if (now && now->clauseId == before->clauseId)
            continue;
        ++changes;
        body.append(header(2, QStringLiteral("udgaaet-") + anchor(*before).mid(5),
            text(before->numberLabel + u' ' + before->title)));
        body.append(styled(StyleReviewNote,
            Array {para(Array {emph(text(context.review(Publication::Phrase::Removed)))})}));
        body.append(styled(StyleRequirementText,
            blocks(markedFlow(before->text, Inline::Kind::Deleted), context)));
    }
    if (changes == 0)
        body.append(para(text(context.review(Publication::Phrase::NoChangesSince).arg(version))));
    context.changeAuthor.clear();
}

void collectTypes(const QJsonValue &value, QSet<QString> *types)
{
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectTypes(v, types);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.contains(QStringLiteral("t")) && object.value(QStringLiteral("t")).isString())
            types->insert(object.value(QStringLiteral("t")).toString());
        for (const QJsonValue &v : object)
            collectTypes(v, types);
    }
}

} // namespace

QByteArray json(const Annex &annex, const Options &options)
{
    const Context context {annex, options, annex.language, {}, {}};
    // Keys in QJsonDocument's order: blocks, meta, pandoc-api-version.
    QByteArray out;
    out.reserve(256 * 1024);
    out += "{\"blocks\":[";
    Body body(&out);
    if (!options.stamp.isEmpty())
        body.append(styled(StyleReviewNote, Array {para(Array {strong(text(options.stamp))})}));
    switch (options.edition) {
    case Edition::Tender:
        appendGuidance(body, context);
        appendIntroduction(body, context);
        appendDefinitions(body, context);
        appendRequirements(body, context);
        appendComplianceSchedule(body, context);
        break;
    case Edition::Contract:
        appendIntroduction(body, context);
        appendDefinitions(body, context);
        appendRequirements(body, context);
        break;
    case Edition::Review:
        body.append(styled(StyleReviewNote,
            Array {para(Array {strong(text(context.phrase(Phrase::ReviewInternal)))})}));
        appendProblems(body, context);
        appendVersionComparison(body, context);
        appendRequirements(body, context);
        appendExplanations(body, context);
        appendCoverage(body, context);
        break;
    case Edition::Schedule:
        appendComplianceSchedule(body, context);
        break;
    }
    out += "],\"meta\":";
    Array api;
    for (int part : options.apiVersion)
        api.append(part);
    Object metadata = meta(context);
    if (!options.stamp.isEmpty()) {
        metadata.insert(QStringLiteral("subject"), node("MetaInlines", text(options.stamp)));
        metadata.insert(QStringLiteral("klausul-status"), node("MetaString", options.stamp));
    }
    std::string tail;
    metadata.write(tail);
    tail += ",\"pandoc-api-version\":";
    tail += api.json();
    tail += '}';
    out.append(tail.data(), qsizetype(tail.size()));
    return out;
}

QJsonObject build(const Annex &annex, const Options &options)
{
    return QJsonDocument::fromJson(json(annex, options)).object();
}

QStringList nodeTypes(const QJsonValue &value)
{
    QSet<QString> types;
    collectTypes(value, &types);
    QStringList list(types.cbegin(), types.cend());
    list.sort();
    return list;
}

QStringList customStyles()
{
    return {
        StyleRequirementType, StyleRequirementText, StyleGuidance, StyleReviewNote, StyleComment};
}

} // namespace PandocAst
} // namespace klausul
