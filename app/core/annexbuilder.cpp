#include "annex.h"
#include "contractmap.h"
#include "documenttext.h"
#include "parameterformat.h"
#include "richtext.h"
#include "riskprofile.h"
#include "textdiff.h"
#include "translations.h"

#include <QRegularExpression>

#include <algorithm>

namespace klausul {

using DocumentText::Phrase;

namespace {

/** Unicode bidi embeddings, overrides and isolates: they make "27" print as "72". */
bool hasDirectionControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
    });
}

} // namespace

int Annex::requirementCount() const
{
    int count = 0;
    for (const AnnexSection &section : sections)
        count += int(section.requirements.size());
    return count;
}

QList<const AnnexRequirement *> Annex::requirements() const
{
    QList<const AnnexRequirement *> result;
    for (const AnnexSection &section : sections) {
        for (const AnnexRequirement &requirement : section.requirements)
            result << &requirement;
    }
    return result;
}

const AnnexRequirement *Annex::requirement(const QString &uid) const
{
    // The annex view asks this for every cell it paints: through the index when it is right.
    const auto found = requirementIndex.constFind(uid);
    if (found != requirementIndex.cend()) {
        const auto [s, r] = *found;
        if (s >= 0 && s < sections.size() && r >= 0 && r < sections.at(s).requirements.size() &&
            sections.at(s).requirements.at(r).uid == uid)
            return &sections.at(s).requirements.at(r);
    }
    for (const AnnexSection &section : sections) {
        for (const AnnexRequirement &requirement : section.requirements) {
            if (requirement.uid == uid)
                return &requirement;
        }
    }
    return nullptr;
}

void Annex::indexRequirements()
{
    requirementIndex.clear();
    for (int s = 0; s < sections.size(); ++s) {
        const QList<AnnexRequirement> &list = sections.at(s).requirements;
        for (int r = 0; r < list.size(); ++r)
            requirementIndex.insert(list.at(r).uid, {s, r});
    }
}

namespace {

/** Replaces parameter slots and cross-references by text; Inlines keep their structure. */
Inlines resolveInlines(
    const Inlines &inlines, const std::function<QString(const Inline &)> &resolve)
{
    Inlines out;
    for (const Inline &item : inlines) {
        switch (item.kind) {
        case Inline::Kind::Param:
        case Inline::Kind::Xref:
            out.append(Inline::plain(resolve(item)));
            break;
        case Inline::Kind::Emphasis:
        case Inline::Kind::Strong:
        case Inline::Kind::Inserted:
        case Inline::Kind::Deleted: {
            Inline copy = item;
            copy.children = resolveInlines(item.children, resolve);
            out.append(copy);
            break;
        }
        case Inline::Kind::Text:
        case Inline::Kind::Term:
            out.append(item);
            break;
        }
    }
    // Merge neighbouring text so comparisons and exports see whole runs.
    Inlines merged;
    for (const Inline &item : std::as_const(out)) {
        if (item.kind == Inline::Kind::Text && !merged.isEmpty() &&
            merged.last().kind == Inline::Kind::Text)
            merged.last().text += item.text;
        else
            merged.append(item);
    }
    return merged;
}

Flow resolveFlow(const Flow &flow, const std::function<QString(const Inline &)> &resolve)
{
    Flow out;
    for (const Block &block : flow) {
        Block copy {block.kind, resolveInlines(block.inlines, resolve), {}, block.tenderOnly};
        for (const Inlines &item : block.items)
            copy.items.append(resolveInlines(item, resolve));
        out.append(copy);
    }
    return out;
}

QString thisAnnexText(Language language)
{
    return language == Language::Danish ? QStringLiteral("dette bilag")
                                        : QStringLiteral("this annex");
}

QString contractText(Language language)
{
    return language == Language::Danish ? QStringLiteral("Kontrakten")
                                        : QStringLiteral("the Contract");
}

/** "bilag 12, Databehandleraftale" / "Annex 12, Data processing agreement". */
QString annexReference(const ContractAnnex &annex, Language language)
{
    const QString word =
        language == Language::Danish ? QStringLiteral("bilag %1") : QStringLiteral("Annex %1");
    return annex.title.isEmpty() ? word.arg(annex.number)
                                 : word.arg(annex.number) + QStringLiteral(", ") + annex.title;
}

/** The effective values of shared parameters: the first value set in document order. */
QHash<QString, QString> sharedValuesOf(const Library &library, const Draft &draft)
{
    QHash<QString, QString> values;
    for (const DraftItem *item : draft.items()) {
        for (auto it = item->values.cbegin(); it != item->values.cend(); ++it) {
            if (it.value().trimmed().isEmpty())
                continue;
            if (const SharedValue *shared = library.sharedValue(item->clauseId, it.key())) {
                if (!values.contains(shared->id))
                    values.insert(shared->id, it.value());
            }
        }
    }
    return values;
}

} // namespace

QString AnnexBuilder::effectiveValue(
    const Library &library, const Draft &draft, const DraftItem &item, const Parameter &parameter)
{
    const QString own = item.values.value(parameter.id);
    if (!own.trimmed().isEmpty())
        return own;
    if (const SharedValue *shared = library.sharedValue(item.clauseId, parameter.id)) {
        const QString value = sharedValuesOf(library, draft).value(shared->id);
        if (!value.isEmpty())
            return value;
    }
    return parameter.defaultValue.value_or(QString());
}

Annex AnnexBuilder::build(const Library &library, const Draft &draft, const QString &draftFile)
{
    return build(library, draft, draft.metadata.language, draftFile);
}

Annex AnnexBuilder::build(
    const Library &library, const Draft &draft, Language language, const QString &draftFile)
{
    Annex annex = buildOnce(library, draft, language, draftFile);
    // What changed since each approval: the annex as approved, compared word by word.
    const std::optional<Draft> approved = approvedDraft(draft);
    if (!approved)
        return annex;
    const Annex before = buildOnce(library, *approved, language, draftFile);
    for (AnnexSection &section : annex.sections) {
        for (AnnexRequirement &requirement : section.requirements) {
            if (requirement.reviewState != ReviewState::ChangedSinceApproval)
                continue;
            if (const AnnexRequirement *old = before.requirement(requirement.uid))
                requirement.approvalRedline = TextDiff::redline(old->text, requirement.text);
        }
    }
    return annex;
}

std::optional<Draft> AnnexBuilder::approvedDraft(const Draft &draft)
{
    Draft approved = draft;
    bool changed = false;
    for (DraftSection &section : approved.sections) {
        for (DraftItem &item : section.items) {
            if (item.reviewState() != ReviewState::ChangedSinceApproval)
                continue;
            const ApprovedContent &a = *item.approvedContent;
            item.clauseId = a.clauseId;
            item.clauseVersion = a.clauseVersion;
            item.variant = a.variant;
            item.values = a.values;
            item.type = a.type;
            item.title = a.title;
            item.wording = a.wording;
            changed = true;
        }
    }
    if (!changed)
        return std::nullopt;
    return approved;
}

bool AnnexBuilder::updateRequirement(const Library &library, const Draft &draft, Language language,
    const QString &uid, Annex *annex, const QString &draftFile)
{
    const auto [sectionIndex, row] = draft.locate(uid);
    if (sectionIndex < 0 || uid.isEmpty() || annex->language != language ||
        annex->sections.size() != draft.sections.size())
        return false;
    AnnexSection &section = annex->sections[sectionIndex];
    if (section.id != draft.sections.at(sectionIndex).id || row >= section.requirements.size() ||
        section.requirements.at(row).uid != uid)
        return false;

    Annex part = buildOnce(library, draft, language, draftFile, uid);
    if (part.sections.size() != 1 || part.sections.constFirst().requirements.size() != 1)
        return false;
    AnnexRequirement &requirement = part.sections.first().requirements.first();
    if (requirement.reviewState == ReviewState::ChangedSinceApproval) {
        if (const std::optional<Draft> approved = approvedDraft(draft)) {
            const Annex before = buildOnce(library, *approved, language, draftFile, uid);
            if (const AnnexRequirement *old = before.requirement(uid))
                requirement.approvalRedline = TextDiff::redline(old->text, requirement.text);
        }
    }

    // The requirement's own problems: a run of its uid among the requirements' problems, which
    // follow the draft details' (the same before and after: the details did not change).
    qsizetype head = 0;
    while (head < part.issues.size() && part.issues.at(head).itemId != uid)
        ++head;
    IssueList &issues = annex->issues;
    if (annex->requirementIssuesEnd > issues.size() || head > annex->requirementIssuesEnd)
        return false;
    for (qsizetype i = 0; i < head; ++i) {
        if (!(issues.at(i) == part.issues.at(i)))
            return false;
    }
    qsizetype start = head;
    for (int s = 0; s <= sectionIndex; ++s) {
        const QList<AnnexRequirement> &list = annex->sections.at(s).requirements;
        const int rows = s == sectionIndex ? row : int(list.size());
        for (int r = 0; r < rows; ++r) {
            while (start < annex->requirementIssuesEnd && issues.at(start).itemId == list.at(r).uid)
                ++start;
        }
    }
    qsizetype end = start;
    while (end < annex->requirementIssuesEnd && issues.at(end).itemId == uid)
        ++end;

    section.requirements[row] = std::move(requirement);
    IssueList updated = issues.mid(0, start);
    updated.append(part.issues.mid(head));
    updated.append(issues.mid(end, annex->requirementIssuesEnd - end));
    annex->issues = std::move(updated);
    annex->requirementIssuesEnd = annex->issues.size();
    annex->definitions.clear();
    annex->definitionsPointer.clear();
    appendDraftIssues(library, draft, language, draftFile, annex);
    return true;
}

void AnnexBuilder::appendDraftIssues(const Library &library, const Draft &draft, Language language,
    const QString &draftFile, Annex *annex)
{
    annex->issues.append(RiskProfile::followOrExplainIssues(library, draft, draftFile));
    annex->issues.append(RiskProfile::competitionIssues(library, draft, draftFile));
    annex->issues.append(RiskProfile::openAnswerIssues(library, draft, draftFile));
    annex->issues.append(contextIssues(library, draft, language, draftFile));
    collectDefinitions(library, draft, language, annex);
}

Annex AnnexBuilder::buildOnce(const Library &library, const Draft &draft, Language language,
    const QString &draftFile, const QString &onlyUid)
{
    Annex annex;
    annex.metadata = draft.metadata;
    annex.language = language;
    annex.title = DocumentText::annexTitle(draft.metadata, language);
    annex.versions = draft.versions;
    annex.withdrawn = draft.withdrawn;
    annex.explanations = draft.explanations;
    annex.libraryId = library.info().id;
    annex.libraryVersion = library.info().version;

    const DraftMetadata &m = draft.metadata;
    for (const QString &text : {m.authority, m.tender, m.caseNumber, m.annexNumber, m.annexTitle}) {
        if (hasDirectionControl(text)) {
            Issue issue = Issue::error(
                tr("the draft's details contain an invisible Unicode direction control that makes "
                   "them print differently from what they say; remove it"),
                draftFile, draftFile.isEmpty() ? 0 : 1, draftFile.isEmpty() ? 0 : 1);
            issue.field = QStringLiteral("metadata");
            annex.issues.append(issue);
            break;
        }
    }
    const QRegularExpression thisAnnexNumber(
        QStringLiteral("\\b(bilag|annex)\\s+%1\\b(?!\\.[0-9])")
            .arg(QRegularExpression::escape(draft.metadata.annexNumber)),
        QRegularExpression::CaseInsensitiveOption);

    // Numbers of the clauses in the annex, for cross-references.
    QHash<QString, QString> numberOfClause;
    QHash<QString, int> clauseCount;
    for (const DraftItem *item : draft.items()) {
        if (!item->clauseId.isEmpty()) {
            if (!numberOfClause.contains(item->clauseId))
                numberOfClause.insert(item->clauseId, draft.numberLabel(item->number));
            clauseCount[item->clauseId] += 1;
        }
    }

    for (const DraftSection &draftSection : draft.sections) {
        AnnexSection section;
        section.id = draftSection.id;
        section.theme = draftSection.theme;
        section.title = draftSection.title.get(language);
        if (section.title.isEmpty()) {
            const Theme *theme = library.theme(draftSection.theme);
            section.title = theme ? theme->name.get(language) : draftSection.theme;
        }

        for (const DraftItem &item : draftSection.items) {
            if (!onlyUid.isEmpty() && item.uid != onlyUid)
                continue;
            AnnexRequirement requirement;
            requirement.uid = item.uid;
            requirement.number = item.number;
            requirement.numberLabel = draft.numberLabel(item.number);
            requirement.clauseId = item.clauseId;
            requirement.basedOnVersion = item.clauseVersion;
            requirement.ownRequirement = item.isOwnRequirement();
            requirement.reviewStatus = item.reviewStatus;
            requirement.approver = item.approver;
            requirement.approved = item.approved;
            requirement.comments = item.comments;
            requirement.variantId = item.variant;
            requirement.reviewState = item.reviewState();
            requirement.changedSinceApproval = item.changedSinceApproval();
            requirement.wordingAuthor = item.wordingAuthor;
            requirement.wordingDate = item.wordingDate;

            auto issue = [&](Issue::Severity severity, const QString &message,
                             const QString &field = {}) {
                Issue i;
                i.severity = severity;
                i.message = tr("requirement %1: %2").arg(requirement.numberLabel, message);
                i.file = draftFile;
                i.line = item.line;
                i.column = item.line > 0 ? std::max(1, item.column) : 0;
                i.clauseId = item.clauseId;
                i.itemId = item.uid;
                i.field = field;
                annex.issues.append(i);
            };

            // Text typed or pasted in the app is checked here (files are refused when read).
            const QString deceptive =
                tr("contains an invisible Unicode direction control that makes it print "
                   "differently from what it says; remove it");
            for (auto value = item.values.cbegin(); value != item.values.cend(); ++value) {
                if (hasDirectionControl(value.value()))
                    issue(Issue::Severity::Error,
                        tr("the value of %1 %2").arg(value.key(), deceptive),
                        QStringLiteral("param:") + value.key());
            }
            if (hasDirectionControl(item.title.da) || hasDirectionControl(item.title.en))
                issue(Issue::Severity::Error, tr("the title %1").arg(deceptive),
                    QStringLiteral("title"));
            if (hasDirectionControl(RichText::toPlainText(item.wording.da)) ||
                hasDirectionControl(RichText::toPlainText(item.wording.en)))
                issue(Issue::Severity::Error, tr("the own wording %1").arg(deceptive),
                    QStringLiteral("wording"));
            for (const ReviewComment &comment : item.comments) {
                if (hasDirectionControl(comment.text) || hasDirectionControl(comment.author))
                    issue(Issue::Severity::Error, tr("a comment %1").arg(deceptive),
                        QStringLiteral("comment"));
            }

            const Clause *clause =
                item.isOwnRequirement() ? nullptr : library.clause(item.clauseId);
            if (item.isOwnRequirement()) {
                requirement.title = item.title.get(language);
                requirement.type = item.type.value_or(RequirementType::K);
                if (requirement.title.isEmpty())
                    issue(Issue::Severity::Error,
                        tr("the authority's own requirement has no title"),
                        QStringLiteral("title"));
                if (item.wording.isEmpty())
                    issue(Issue::Severity::Error, tr("the authority's own requirement has no text"),
                        QStringLiteral("wording"));
                for (const Flow *flow : {&item.wording.da, &item.wording.en}) {
                    const QString plain = RichText::toPlainText(*flow).trimmed();
                    if (plain.contains(u'…') || plain.endsWith(QLatin1String("..."))) {
                        issue(Issue::Severity::Error,
                            tr("the authority's own requirement still holds the placeholder "
                               "text \"%1\"")
                                .arg(plain.left(60)),
                            QStringLiteral("wording"));
                        break;
                    }
                }
            } else if (!clause) {
                requirement.title = item.title.get(language).isEmpty()
                    ? DocumentText::text(Phrase::Unfilled, language).arg(item.clauseId)
                    : item.title.get(language);
                requirement.type = item.type.value_or(RequirementType::K);
                issue(Issue::Severity::Error,
                    tr("the clause %1 is not in the library %2")
                        .arg(item.clauseId, annex.libraryId));
            } else {
                requirement.theme = clause->theme;
                requirement.title = item.title.get(language).isEmpty() ? clause->title.get(language)
                                                                       : item.title.get(language);
                requirement.libraryVersion = clause->version;
                requirement.references = clause->references;
                requirement.societyCritical = clause->isSocietyCritical();
                const Variant *variant =
                    item.variant.isEmpty() ? nullptr : clause->variant(item.variant);
                if (!item.variant.isEmpty() && !variant)
                    issue(Issue::Severity::Error,
                        tr("the clause %1 has no variant \"%2\"; the standard text is used")
                            .arg(clause->id, item.variant),
                        QStringLiteral("variant"));
                if (variant)
                    requirement.variantLabel = variant->label.get(language);
                requirement.type =
                    item.type.value_or(variant && variant->type ? *variant->type : clause->type);

                if (clause->status == ClauseStatus::Withdrawn) {
                    const Clause *replacement = library.clause(clause->replacedBy);
                    issue(Issue::Severity::Warning,
                        replacement ? tr("the clause %1 is withdrawn; it is replaced by %2 %3")
                                          .arg(clause->id, replacement->id,
                                              replacement->title.get(language))
                                    : tr("the clause %1 is withdrawn without a replacement")
                                          .arg(clause->id));
                }
                if (item.clauseVersion > 0 && item.clauseVersion != clause->version)
                    issue(Issue::Severity::Warning,
                        tr("based on version %1 of %2, but the library has version %3; review "
                           "the changes and update the requirement")
                            .arg(item.clauseVersion)
                            .arg(clause->id)
                            .arg(clause->version),
                        QStringLiteral("version"));
                if (clauseCount.value(clause->id) > 1 &&
                    numberOfClause.value(clause->id) == requirement.numberLabel)
                    issue(Issue::Severity::Warning,
                        tr("the clause %1 is in the annex %2 times")
                            .arg(clause->id)
                            .arg(clauseCount.value(clause->id)));
                if (!clause->body.has(language) || !clause->title.has(language))
                    issue(Issue::Severity::Warning,
                        tr("the clause %1 has no text in this language; the Danish text is used")
                            .arg(clause->id));
                for (auto it = item.values.cbegin(); it != item.values.cend(); ++it) {
                    const Parameter *parameter = clause->parameter(it.key());
                    if (parameter && parameter->type == ParameterType::Text &&
                        thisAnnexNumber.match(it.value()).hasMatch())
                        issue(Issue::Severity::Error,
                            tr("the value of \"%1\" refers to this annex by its number; write "
                               "\"dette bilag\" or use a requirement reference")
                                .arg(parameter->label.get(language)),
                            QStringLiteral("param:") + it.key());
                    if (!clause->parameter(it.key()))
                        issue(Issue::Severity::Warning,
                            tr("the value for \"%1\" is ignored: the clause has no such parameter")
                                .arg(it.key()),
                            QStringLiteral("param:") + it.key());
                }
            }

            // Parameter values: typed, checked and formatted for the language.
            QSet<QString> reported;
            // A reference: `target` is an annex role of the contract map, or for a requirement
            // of this annex a clause id.
            auto resolveReference = [&](const Parameter &parameter, const QString &target,
                                        const QString &label) -> QString {
                auto fail = [&](const QString &message) {
                    if (!reported.contains(parameter.id)) {
                        reported.insert(parameter.id);
                        requirement.unfilled << label;
                        issue(Issue::Severity::Error, message,
                            QStringLiteral("param:") + parameter.id);
                    }
                    return DocumentText::text(Phrase::Unfilled, language).arg(label);
                };
                if (parameter.role == QLatin1String("requirement")) {
                    if (numberOfClause.contains(target))
                        return DocumentText::text(Phrase::RequirementRef, language)
                            .arg(numberOfClause.value(target));
                    return fail(tr("\"%1\" points to a requirement based on %2, but %2 is not in "
                                   "the annex")
                                    .arg(label, target));
                }
                if (target == QLatin1String("security"))
                    return thisAnnexText(language);
                if (target == QLatin1String("contract"))
                    return contractText(language);
                const ContractAnnex *mapped = draft.contract.annex(target);
                if (!mapped)
                    return fail(tr("\"%1\" points to the annex with the role \"%2\", which the "
                                   "contract map does not list")
                                    .arg(label, ContractMap::roleName(target, language)));
                if (mapped->number.isEmpty())
                    return fail(tr("\"%1\" points to the annex \"%2\", which has no number in "
                                   "the contract map")
                                    .arg(label, mapped->title));
                return annexReference(*mapped, language);
            };
            auto resolve = [&](const Inline &slot) -> QString {
                if (slot.kind == Inline::Kind::Xref) {
                    if (numberOfClause.contains(slot.text))
                        return DocumentText::text(Phrase::RequirementRef, language)
                            .arg(numberOfClause.value(slot.text));
                    const Clause *target = library.clause(slot.text);
                    return target ? target->title.get(language) : slot.text;
                }
                const Parameter *parameter = clause ? clause->parameter(slot.text) : nullptr;
                if (!parameter) {
                    if (!reported.contains(slot.text)) {
                        reported.insert(slot.text);
                        issue(Issue::Severity::Error,
                            tr("the text refers to the parameter \"%1\", which the clause does not "
                               "have")
                                .arg(slot.text),
                            QStringLiteral("wording"));
                    }
                    return DocumentText::text(Phrase::Unfilled, language).arg(slot.text);
                }
                const QString label = parameter->label.get(language);
                const QString value = effectiveValue(library, draft, item, *parameter);
                if (parameter->type == ParameterType::Reference && value.trimmed().isEmpty() &&
                    parameter->role != QLatin1String("requirement"))
                    return resolveReference(*parameter, parameter->role, label);
                if (parameter->type == ParameterType::Reference &&
                    parameter->role == QLatin1String("requirement") && value.trimmed().isEmpty() &&
                    !parameter->target.isEmpty())
                    return resolveReference(*parameter, parameter->target, label);
                if (value.trimmed().isEmpty()) {
                    if (!reported.contains(parameter->id)) {
                        reported.insert(parameter->id);
                        requirement.unfilled << label;
                        issue(Issue::Severity::Error,
                            tr("the parameter \"%1\" has no value").arg(label),
                            QStringLiteral("param:") + parameter->id);
                    }
                    return DocumentText::text(Phrase::Unfilled, language).arg(label);
                }
                const QString problem = ParameterFormat::validate(*parameter, value);
                if (!problem.isEmpty()) {
                    if (!reported.contains(parameter->id)) {
                        reported.insert(parameter->id);
                        issue(Issue::Severity::Error,
                            tr("the value of \"%1\" is invalid: %2").arg(label, problem),
                            QStringLiteral("param:") + parameter->id);
                    }
                    return DocumentText::text(Phrase::Unfilled, language).arg(label);
                }
                if (parameter->type == ParameterType::Reference)
                    return resolveReference(*parameter, value.trimmed(), label);
                return ParameterFormat::format(*parameter, value, language);
            };

            if (clause) {
                requirement.standardText =
                    resolveFlow(clause->bodyFor(item.variant).get(language), resolve);
            }
            const Flow &own = language == Language::English ? item.wording.en : item.wording.da;
            const Flow &otherOwn =
                language == Language::English ? item.wording.da : item.wording.en;
            if (!own.isEmpty()) {
                requirement.text = resolveFlow(own, resolve);
            } else if (item.isOwnRequirement()) {
                requirement.text = resolveFlow(otherOwn, resolve);
            } else {
                requirement.text = requirement.standardText;
                if (!otherOwn.isEmpty())
                    issue(Issue::Severity::Warning,
                        tr("the requirement's own wording exists only in the other language; this "
                           "language uses "
                           "the standard text"),
                        QStringLiteral("wording"));
            }
            if (clause && !own.isEmpty()) {
                requirement.changedWords =
                    TextDiff::changedWords(requirement.standardText, requirement.text);
                requirement.deviates = requirement.changedWords > 0;
                if (requirement.deviates)
                    requirement.redline =
                        TextDiff::redline(requirement.standardText, requirement.text);
            }
            section.requirements.append(requirement);
        }
        if (onlyUid.isEmpty() || !section.requirements.isEmpty())
            annex.sections.append(section);
    }
    annex.requirementIssuesEnd = annex.issues.size();
    annex.indexRequirements();
    if (!onlyUid.isEmpty())
        return annex;
    appendDraftIssues(library, draft, language, draftFile, &annex);
    annex.coverage = Coverage::compute(library, draft);
    return annex;
}

IssueList AnnexBuilder::contextIssues(
    const Library &library, const Draft &draft, Language language, const QString &draftFile)
{
    IssueList issues;
    const Language ui = uiLanguage();
    auto add = [&](const QString &message, const QString &field, const DraftItem *item = nullptr) {
        Issue issue =
            Issue::error(message, draftFile, item ? item->line : 0, item && item->line > 0 ? 5 : 0);
        issue.field = field;
        if (item) {
            issue.itemId = item->uid;
            issue.clauseId = item->clauseId;
        }
        issues.append(issue);
    };

    // The contract map.
    QSet<QString> seenRoles;
    for (const ContractAnnex &annex : draft.contract.annexes) {
        if (!ContractMap::isRole(annex.role) || annex.role == QLatin1String("contract"))
            add(tr("the contract map lists an annex with the unknown role \"%1\"").arg(annex.role),
                QStringLiteral("contract"));
        else if (annex.role == QLatin1String("security"))
            add(tr("the contract map lists the customer's security requirements as another "
                   "annex; they are this annex"),
                QStringLiteral("contract"));
        if (seenRoles.contains(annex.role))
            add(tr("the contract map lists the role \"%1\" twice")
                    .arg(ContractMap::roleName(annex.role, ui)),
                QStringLiteral("contract"));
        seenRoles.insert(annex.role);
        if (!annex.number.isEmpty() && annex.number == draft.metadata.annexNumber)
            add(tr("the contract map gives \"%1\" the number %2, which is this annex's number")
                    .arg(annex.title, annex.number),
                QStringLiteral("contract"));
    }

    // Risk-profile answers must be known to the library: never silently ignored.
    for (auto it = draft.answers.cbegin(); it != draft.answers.cend(); ++it) {
        const Question *question = library.question(it.key());
        if (!question)
            add(tr("the risk profile answers the question \"%1\", which the library %2 does not "
                   "have")
                    .arg(it.key(), library.info().id),
                QStringLiteral("profile"));
        else if (!question->option(it.value()))
            add(tr("\"%1\" is not an answer to the risk-profile question \"%2\"")
                    .arg(it.value(), it.key()),
                QStringLiteral("profile"));
    }

    // Shared values: one value everywhere.
    QHash<QString, std::pair<const DraftItem *, QString>> firstShared;
    for (const DraftItem *item : draft.items()) {
        for (auto it = item->values.cbegin(); it != item->values.cend(); ++it) {
            const SharedValue *shared = library.sharedValue(item->clauseId, it.key());
            if (!shared || it.value().trimmed().isEmpty())
                continue;
            const auto first = firstShared.constFind(shared->id);
            if (first == firstShared.cend()) {
                firstShared.insert(shared->id, {item, it.value().trimmed()});
            } else if (first->second != it.value().trimmed()) {
                add(tr("requirement %1: \"%2\" is %3 here but %4 in requirement %5; it is one "
                       "value")
                        .arg(draft.numberLabel(item->number), shared->label.get(ui),
                            it.value().trimmed(), first->second,
                            draft.numberLabel(first->first->number)),
                    QStringLiteral("param:") + it.key(), item);
            }
        }
    }

    // Declared constraints.
    auto matches = [&](const DraftItem *item, const QString &clause, const QString &variant) {
        return item->clauseId == clause && (variant.isEmpty() || item->variant == variant);
    };
    auto describe = [&](const DraftItem *item) {
        const Clause *clause = library.clause(item->clauseId);
        return tr("requirement %1 (%2 %3)")
            .arg(draft.numberLabel(item->number), item->clauseId,
                clause ? clause->title.get(language) : QString());
    };
    for (const Constraint &constraint : library.constraints()) {
        const QString reason = constraint.reason.get(ui);
        switch (constraint.kind) {
        case Constraint::Kind::AtMost: {
            const Clause *ca = library.clause(constraint.first.clause);
            const Clause *cb = library.clause(constraint.second.clause);
            const Parameter *pa = ca ? ca->parameter(constraint.first.parameter) : nullptr;
            const Parameter *pb = cb ? cb->parameter(constraint.second.parameter) : nullptr;
            if (!pa || !pb)
                break;
            for (const DraftItem *a : draft.itemsForClause(ca->id)) {
                for (const DraftItem *b : draft.itemsForClause(cb->id)) {
                    const QString va = effectiveValue(library, draft, *a, *pa);
                    const QString vb = effectiveValue(library, draft, *b, *pb);
                    if (!ParameterFormat::validate(*pa, va).isEmpty() ||
                        !ParameterFormat::validate(*pb, vb).isEmpty())
                        continue;
                    double x = va.toDouble();
                    double y = vb.toDouble();
                    if (pa->unit != pb->unit) {
                        if (hoursPerUnit(pa->unit) == 0.0 || hoursPerUnit(pb->unit) == 0.0)
                            continue;
                        x *= hoursPerUnit(pa->unit);
                        y *= hoursPerUnit(pb->unit);
                    }
                    if (x <= y)
                        continue;
                    add(tr("%1: \"%2\" (%3) must not exceed \"%4\" (%5) of %6. %7")
                            .arg(describe(a), pa->label.get(ui),
                                ParameterFormat::format(*pa, va, ui), pb->label.get(ui),
                                ParameterFormat::format(*pb, vb, ui), describe(b), reason)
                            .trimmed(),
                        QStringLiteral("param:") + pa->id, a);
                }
            }
            break;
        }
        case Constraint::Kind::ClauseConflict:
            for (const DraftItem *a : draft.items()) {
                if (!matches(a, constraint.clause, constraint.variant))
                    continue;
                for (const DraftItem *b : draft.items()) {
                    if (b != a && matches(b, constraint.otherClause, constraint.otherVariant))
                        add(tr("%1 conflicts with %2. %3")
                                .arg(describe(a), describe(b), reason)
                                .trimmed(),
                            QStringLiteral("variant"), a);
                }
            }
            break;
        case Constraint::Kind::AnswerConflict: {
            const QString answer = RiskProfile::answer(library, draft.answers, constraint.question);
            if (!constraint.answers.contains(answer) &&
                !constraint.answers.contains(
                    RiskProfile::assumedAnswer(library, draft.answers, constraint.question)))
                break;
            const Question *question = library.question(constraint.question);
            const QuestionOption *option = question ? question->option(answer) : nullptr;
            for (const DraftItem *a : draft.items()) {
                if (matches(a, constraint.clause, constraint.variant))
                    add(tr("%1 conflicts with the risk-profile answer \"%2\": %3. %4")
                            .arg(describe(a),
                                question ? question->text.get(ui) : constraint.question,
                                option ? option->label.get(ui) : answer, reason)
                            .trimmed(),
                        QStringLiteral("variant"), a);
            }
            break;
        }
        }
    }
    return issues;
}

void AnnexBuilder::collectDefinitions(
    const Library &library, const Draft &draft, Language language, Annex *annex)
{
    if (draft.contract.definitionsInContract) {
        const ContractAnnex *definitions = draft.contract.annex(QStringLiteral("definitions"));
        const QString where = definitions && !definitions->number.isEmpty()
            ? annexReference(*definitions, language)
            : contractText(language);
        annex->definitionsPointer = language == Language::Danish
            ? QStringLiteral("Begreber skrevet med stort begyndelsesbogstav har den betydning, "
                             "der er fastlagt i %1.")
                  .arg(where)
            : QStringLiteral("Capitalised terms have the meaning given in %1.").arg(where);
        if (!definitions && !draft.contract.annexes.isEmpty()) {
            Issue issue = Issue::error(tr("the contract is said to define the terms, but the "
                                          "contract map lists no definitions annex"));
            issue.field = QStringLiteral("contract");
            annex->issues.append(issue);
        }
        return;
    }
    QHash<QString, const Definition *> used;
    std::function<void(const Inlines &)> scan = [&](const Inlines &inlines) {
        for (const Inline &item : inlines) {
            if (item.kind == Inline::Kind::Term) {
                if (const Definition *definition = library.definitionFor(item.text, language))
                    used.insert(definition->id, definition);
            }
            scan(item.children);
        }
    };
    for (const AnnexRequirement *requirement : annex->requirements()) {
        for (const Block &block : requirement->text) {
            scan(block.inlines);
            for (const Inlines &li : block.items)
                scan(li);
        }
    }
    for (const Definition *definition : std::as_const(used))
        annex->definitions.append({definition->term.get(language), definition->text.get(language)});
    std::sort(annex->definitions.begin(), annex->definitions.end(),
        [](const AnnexDefinition &a, const AnnexDefinition &b) {
            return QString::localeAwareCompare(a.term, b.term) < 0;
        });
}

} // namespace klausul
