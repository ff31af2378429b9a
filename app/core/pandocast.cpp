#include "pandocast.h"

#include "complianceschedule.h"
#include "documenttext.h"
#include "parameterformat.h"
#include "publication.h"
#include "textdiff.h"
#include "typography.h"

#include <QJsonArray>
#include <QSet>

namespace klausul {

using DocumentText::Phrase;

namespace PandocAst {

namespace {

// Custom styles, defined in resources/export/reference.docx.
const QString StyleRequirementType = QStringLiteral("Kravtype");
const QString StyleRequirementText = QStringLiteral("Kravtekst");
const QString StyleGuidance = QStringLiteral("Vejledning");
const QString StyleReviewNote = QStringLiteral("Gennemgang");
const QString StyleComment = QStringLiteral("Kommentar");

QJsonObject node(const char *type, const QJsonValue &content)
{
    return {{QStringLiteral("t"), QLatin1String(type)}, {QStringLiteral("c"), content}};
}

QJsonObject node(const char *type)
{
    return {{QStringLiteral("t"), QLatin1String(type)}};
}

QJsonArray attr(const QString &id = {}, const QStringList &classes = {},
    const QList<std::pair<QString, QString>> &pairs = {})
{
    QJsonArray kv;
    for (const auto &[key, value] : pairs)
        kv.append(QJsonArray {key, value});
    return {id, QJsonArray::fromStringList(classes), kv};
}

/** Text as Str and Space nodes; every character stays literal. */
QJsonArray text(const QString &value)
{
    QJsonArray out;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            out.append(node("Str", word));
        word.clear();
    };
    for (const QChar c : value) {
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r') {
            flush();
            if (out.isEmpty() ||
                out.last().toObject().value(QStringLiteral("t")) != QLatin1String("Space"))
                out.append(node("Space"));
            continue;
        }
        word += c;
    }
    flush();
    return out;
}

QJsonArray concat(std::initializer_list<QJsonArray> parts)
{
    QJsonArray out;
    for (const QJsonArray &part : parts) {
        for (const QJsonValue &value : part)
            out.append(value);
    }
    return out;
}

QJsonObject para(const QJsonArray &inlines)
{
    return node("Para", inlines);
}

QJsonObject plain(const QJsonArray &inlines)
{
    return node("Plain", inlines);
}

QJsonObject strong(const QJsonArray &inlines)
{
    return node("Strong", inlines);
}

QJsonObject emph(const QJsonArray &inlines)
{
    return node("Emph", inlines);
}

QJsonObject header(int level, const QString &id, const QJsonArray &inlines)
{
    return node("Header", QJsonArray {level, attr(id), inlines});
}

QJsonObject styled(const QString &style, const QJsonArray &blocks)
{
    return node(
        "Div", QJsonArray {attr({}, {}, {{QStringLiteral("custom-style"), style}}), blocks});
}

QJsonObject bulletList(const QList<QJsonArray> &items)
{
    QJsonArray list;
    for (const QJsonArray &blocks : items)
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

QJsonArray inlines(const Inlines &items, const Context &context)
{
    QJsonArray out;
    for (const Inline &item : items) {
        switch (item.kind) {
        case Inline::Kind::Text:
        case Inline::Kind::Term:
        case Inline::Kind::Param: // resolved by AnnexBuilder; an unresolved slot shows its id
        case Inline::Kind::Xref:
            for (const QJsonValue &v : text(Typography::apply(item.text, context.language)))
                out.append(v);
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
                QJsonArray {
                    attr({}, {kind},
                        {{QStringLiteral("author"), author}, {QStringLiteral("date"), date}}),
                    inlines(item.children, context)}));
            break;
        }
        }
    }
    return out;
}

QJsonArray blocks(const Flow &flow, const Context &context)
{
    QJsonArray out;
    for (const Block &block : flow) {
        // Instructions to the tenderer ("… skal i sit tilbud beskrive …") are not contract text.
        if (block.tenderOnly && context.options.edition == Edition::Contract)
            continue;
        if (block.kind == Block::Kind::Paragraph) {
            out.append(para(inlines(block.inlines, context)));
            continue;
        }
        QJsonArray items;
        for (const Inlines &item : block.items)
            items.append(QJsonArray {para(inlines(item, context))});
        if (block.kind == Block::Kind::BulletList)
            out.append(node("BulletList", items));
        else
            out.append(node("OrderedList",
                QJsonArray {QJsonArray {1, node("Decimal"), node("Period")}, items}));
    }
    return out;
}

/** A table with a header row; widths are fractions of the text width. */
QJsonObject table(
    const QStringList &headings, const QList<QList<QJsonArray>> &rows, const QList<double> &widths)
{
    auto cell = [](const QJsonArray &cellInlines) {
        return QJsonArray {attr(), node("AlignDefault"), 1, 1, QJsonArray {plain(cellInlines)}};
    };
    QJsonArray colSpecs;
    for (double width : widths)
        colSpecs.append(QJsonArray {node("AlignLeft"), node("ColWidth", width)});
    QJsonArray headCells;
    for (const QString &heading : headings)
        headCells.append(cell(text(heading)));
    QJsonArray bodyRows;
    for (const QList<QJsonArray> &row : rows) {
        QJsonArray cells;
        for (const QJsonArray &content : row)
            cells.append(cell(content));
        bodyRows.append(QJsonArray {attr(), cells});
    }
    return node("Table",
        QJsonArray {attr(), QJsonArray {QJsonValue::Null, QJsonArray {}}, colSpecs,
            QJsonArray {attr(), QJsonArray {QJsonArray {attr(), headCells}}},
            QJsonArray {QJsonArray {attr(), 0, QJsonArray {}, bodyRows}},
            QJsonArray {attr(), QJsonArray {}}});
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

QJsonObject versionTable(const Context &context)
{
    const Annex &annex = context.annex;
    QList<QList<QJsonArray>> rows;
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

QJsonObject meta(const Context &context)
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

    QJsonObject meta {
        {QStringLiteral("title"), node("MetaInlines", text(title))},
        {QStringLiteral("lang"),
            node("MetaString",
                context.language == Language::Danish ? QStringLiteral("da-DK")
                                                     : QStringLiteral("en-GB"))},
        {QStringLiteral("toc-title"),
            node("MetaInlines", text(context.phrase(Phrase::TableOfContents)))},
        {QStringLiteral("abstract"),
            node("MetaBlocks",
                QJsonArray {para(QJsonArray {strong(text(context.phrase(Phrase::VersionTable)))}),
                    versionTable(context)})},
    };
    if (!annex.metadata.tender.isEmpty())
        meta.insert(QStringLiteral("subtitle"), node("MetaInlines", text(annex.metadata.tender)));
    if (!annex.metadata.authority.isEmpty())
        meta.insert(QStringLiteral("author"),
            node("MetaList", QJsonArray {node("MetaInlines", text(annex.metadata.authority))}));
    if (!dateParts.isEmpty())
        meta.insert(QStringLiteral("date"),
            node("MetaInlines", text(dateParts.join(QStringLiteral(" · ")))));
    return meta;
}

void appendGuidance(QJsonArray &body, const Context &context)
{
    body.append(
        header(1, QStringLiteral("vejledning"), text(context.phrase(Phrase::GuidanceHeading))));
    const QList<QJsonArray> types {
        QJsonArray {para(text(context.phrase(Phrase::GuidanceMk)))},
        QJsonArray {para(text(context.phrase(Phrase::GuidancePk)))},
        QJsonArray {para(text(context.phrase(Phrase::GuidanceK)))},
        QJsonArray {para(text(context.phrase(Phrase::GuidanceOption)))},
    };
    body.append(styled(StyleGuidance,
        QJsonArray {para(QJsonArray {strong(text(context.phrase(Phrase::GuidanceNotPart)))}),
            para(text(context.phrase(Phrase::GuidanceTypes))), bulletList(types),
            para(text(context.phrase(Phrase::GuidanceSchedule)))}));
}

void appendIntroduction(QJsonArray &body, const Context &context)
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
void appendDefinitions(QJsonArray &body, const Context &context)
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
        body.append(para(concat({QJsonArray {strong(text(definition.term + u':'))},
            QJsonArray {node("Space")}, text(definition.text)})));
}

QJsonArray typeLine(const AnnexRequirement &requirement, const Context &context)
{
    return concat({QJsonArray {strong(text(context.phrase(Phrase::RequirementType) + u':'))},
        QJsonArray {node("Space")},
        text(DocumentText::requirementTypeName(requirement.type, context.language))});
}

/** Changed since approval: the changed fields and the approved text -> the current text. */
void appendApprovalChanges(
    QJsonArray &body, const AnnexRequirement &requirement, const Context &context)
{
    if (requirement.reviewState != ReviewState::ChangedSinceApproval)
        return;
    body.append(styled(StyleReviewNote,
        QJsonArray {para(QJsonArray {strong(
            text(context.review(Publication::Phrase::ChangedFields)
                     .arg(requirement.changedSinceApproval.join(QStringLiteral(", ")))))})}));
    if (!requirement.approvalRedline.isEmpty())
        body.append(styled(StyleReviewNote, blocks(requirement.approvalRedline, context)));
}

/** `anchorText` with the requirement's review comments anchored to it as Word comments. */
QJsonArray commentedHeading(
    const AnnexRequirement &requirement, const QJsonArray &heading, int *nextCommentId)
{
    QJsonArray out;
    QList<int> ids;
    for (const ReviewComment &comment : requirement.comments) {
        const int id = (*nextCommentId)++;
        ids << id;
        out.append(node("Span",
            QJsonArray {
                attr({}, {QStringLiteral("comment-start")},
                    {{QStringLiteral("id"), QString::number(id)},
                        {QStringLiteral("author"), comment.author},
                        {QStringLiteral("date"), comment.date.toUTC().toString(Qt::ISODate)}}),
                text(comment.text)}));
    }
    for (const QJsonValue &v : heading)
        out.append(v);
    for (int id : std::as_const(ids))
        out.append(node("Span",
            QJsonArray {attr({}, {QStringLiteral("comment-end")},
                            {{QStringLiteral("id"), QString::number(id)}}),
                QJsonArray {}}));
    return out;
}

void appendReviewDetails(
    QJsonArray &body, const AnnexRequirement &requirement, const Context &context)
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
        QJsonArray {para(text(context.phrase(Phrase::ReviewStatus).arg(status))),
            para(text(source.join(QStringLiteral(" · "))))}));
    appendApprovalChanges(body, requirement, context);
}

void appendComments(QJsonArray &body, const AnnexRequirement &requirement, const Context &context)
{
    if (requirement.comments.isEmpty())
        return;
    QList<QJsonArray> items;
    for (const ReviewComment &comment : requirement.comments) {
        const QString who = comment.author + QStringLiteral(", ") +
            ParameterFormat::formatDate(comment.date.date(), context.language) +
            comment.date.toString(QStringLiteral(" HH:mm")) + u':';
        items.append(QJsonArray {para(concat(
            {QJsonArray {strong(text(who))}, QJsonArray {node("Space")}, text(comment.text)}))});
    }
    body.append(styled(StyleComment,
        QJsonArray {para(QJsonArray {strong(text(context.phrase(Phrase::ReviewComments)))}),
            bulletList(items)}));
}

/** "9.5 Udgået": a withdrawn number stays in the annex, so numbers are never reused. */
void appendWithdrawn(
    QJsonArray &body, const WithdrawnRequirement &withdrawn, const Context &context)
{
    body.append(header(2, anchor(context.annex, withdrawn.number),
        text(numberLabel(context.annex, withdrawn.number) + u' ' +
            context.phrase(Phrase::Withdrawn))));
}

void appendRequirements(QJsonArray &body, const Context &context)
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
            const QJsonArray type = typeLine(requirement, context);
            body.append(styled(StyleRequirementType,
                QJsonArray {para(review && context.options.wordComments
                        ? commentedHeading(requirement, type, &nextCommentId)
                        : type)}));
            if (review) {
                appendReviewDetails(body, requirement, context);
                if (requirement.deviates) {
                    body.append(styled(StyleReviewNote,
                        QJsonArray {
                            para(QJsonArray {emph(text(context.phrase(Phrase::ReviewDeviation)
                                                           .arg(requirement.changedWords)))})}));
                    body.append(styled(StyleRequirementText, blocks(requirement.redline, context)));
                } else {
                    body.append(styled(StyleRequirementText, blocks(requirement.text, context)));
                    if (!requirement.ownRequirement)
                        body.append(styled(StyleReviewNote,
                            QJsonArray {para(QJsonArray {
                                emph(text(context.phrase(Phrase::ReviewNoChanges)))})}));
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

void appendComplianceSchedule(QJsonArray &body, const Context &context)
{
    body.append(header(
        1, QStringLiteral("complianceskema"), text(context.phrase(Phrase::ComplianceSchedule))));
    body.append(para(text(context.phrase(Phrase::ScheduleIntro))));
    QList<QJsonArray> meanings;
    for (const QString &meaning : ComplianceSchedule::explanations(context.language))
        meanings.append(QJsonArray {para(text(meaning))});
    body.append(bulletList(meanings));
    QList<QList<QJsonArray>> rows;
    for (const ScheduleRow &row : ComplianceSchedule::rows(context.annex)) {
        rows.append({text(row.numberLabel), text(row.title), text(row.type), QJsonArray {},
            QJsonArray {}, QJsonArray {}});
    }
    body.append(table(
        ComplianceSchedule::columns(context.language), rows, {0.09, 0.29, 0.09, 0.13, 0.24, 0.16}));
}

void appendProblems(QJsonArray &body, const Context &context)
{
    body.append(
        header(1, QStringLiteral("problemer"), text(context.phrase(Phrase::ReviewProblems))));
    if (context.annex.issues.isEmpty()) {
        body.append(para(text(context.phrase(Phrase::ReviewNoProblems))));
        return;
    }
    QList<QJsonArray> items;
    for (const Issue &issue : context.annex.issues)
        items.append(QJsonArray {
            para(text(severityKeyword(issue.severity) + QStringLiteral(": ") + issue.message))});
    body.append(bulletList(items));
}

void appendExplanations(QJsonArray &body, const Context &context)
{
    body.append(header(1, QStringLiteral("foelg-eller-forklar"),
        text(context.phrase(Phrase::ReviewExplanations))));
    if (context.annex.explanations.isEmpty()) {
        body.append(para(text(context.phrase(Phrase::ReviewNoExplanations))));
        return;
    }
    QList<QJsonArray> items;
    for (const Explanation &e : context.annex.explanations) {
        const QString who = e.clauseId + QStringLiteral(" – ") + e.author + QStringLiteral(", ") +
            ParameterFormat::formatDate(e.date.date(), context.language) + u':';
        items.append(QJsonArray {para(
            concat({QJsonArray {strong(text(who))}, QJsonArray {node("Space")}, text(e.text)}))});
    }
    body.append(bulletList(items));
}

void appendCoverage(QJsonArray &body, const Context &context)
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
        QList<QList<QJsonArray>> rows;
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
void appendVersionComparison(QJsonArray &body, const Context &context)
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
                QJsonArray {para(QJsonArray {emph(text(notes.join(QStringLiteral(" · "))))})}));
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
            QJsonArray {
                para(QJsonArray {emph(text(context.review(Publication::Phrase::Removed)))})}));
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

QJsonObject build(const Annex &annex, const Options &options)
{
    const Context context {annex, options, annex.language, {}, {}};
    QJsonArray body;
    if (!options.stamp.isEmpty())
        body.append(
            styled(StyleReviewNote, QJsonArray {para(QJsonArray {strong(text(options.stamp))})}));
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
            QJsonArray {para(QJsonArray {strong(text(context.phrase(Phrase::ReviewInternal)))})}));
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
    QJsonArray api;
    for (int part : options.apiVersion)
        api.append(part);
    QJsonObject metadata = meta(context);
    if (!options.stamp.isEmpty()) {
        metadata.insert(QStringLiteral("subject"), node("MetaInlines", text(options.stamp)));
        metadata.insert(QStringLiteral("klausul-status"), node("MetaString", options.stamp));
    }
    return {{QStringLiteral("pandoc-api-version"), api}, {QStringLiteral("meta"), metadata},
        {QStringLiteral("blocks"), body}};
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
