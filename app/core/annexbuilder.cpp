#include "annex.h"
#include "documenttext.h"
#include "parameterformat.h"
#include "riskprofile.h"
#include "textdiff.h"

namespace klausul {

using DocumentText::Phrase;

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
    for (const AnnexRequirement *requirement : requirements()) {
        if (requirement->uid == uid)
            return requirement;
    }
    return nullptr;
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
        Block copy {block.kind, resolveInlines(block.inlines, resolve), {}};
        for (const Inlines &item : block.items)
            copy.items.append(resolveInlines(item, resolve));
        out.append(copy);
    }
    return out;
}

} // namespace

Annex AnnexBuilder::build(const Library &library, const Draft &draft, const QString &draftFile)
{
    return build(library, draft, draft.metadata.language, draftFile);
}

Annex AnnexBuilder::build(
    const Library &library, const Draft &draft, Language language, const QString &draftFile)
{
    Annex annex = buildOnce(library, draft, language, draftFile);
    // What changed since each approval: the annex as approved, compared word by word.
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
        return annex;
    const Annex before = buildOnce(library, approved, language, draftFile);
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

Annex AnnexBuilder::buildOnce(
    const Library &library, const Draft &draft, Language language, const QString &draftFile)
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
                i.column = item.line > 0 ? 5 : 0;
                i.clauseId = item.clauseId;
                i.itemId = item.uid;
                i.field = field;
                annex.issues.append(i);
            };

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
                    if (!clause->parameter(it.key()))
                        issue(Issue::Severity::Warning,
                            tr("the value for \"%1\" is ignored: the clause has no such parameter")
                                .arg(it.key()),
                            QStringLiteral("param:") + it.key());
                }
            }

            // Parameter values: typed, checked and formatted for the language.
            QSet<QString> reported;
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
                QString value = item.values.value(parameter->id);
                if (value.trimmed().isEmpty() && parameter->defaultValue)
                    value = *parameter->defaultValue;
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
        annex.sections.append(section);
    }
    annex.issues.append(RiskProfile::followOrExplainIssues(library, draft, draftFile));
    annex.coverage = Coverage::compute(library, draft);
    return annex;
}

} // namespace klausul
