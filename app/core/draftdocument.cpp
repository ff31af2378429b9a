#include "draftdocument.h"

#include "documenttext.h"
#include "translations.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace klausul {

DraftChange::DraftChange(DraftDocument *document, const QString &text, Draft before, Draft after,
    int mergeId, QString mergeKey)
    : m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeId(mergeId)
    , m_mergeKey(std::move(mergeKey))
{
    setText(text);
}

void DraftChange::undo()
{
    m_document->apply(m_before);
}

void DraftChange::redo()
{
    m_document->apply(m_after);
}

bool DraftChange::mergeWith(const QUndoCommand *other)
{
    const auto *change = dynamic_cast<const DraftChange *>(other);
    if (!change || change->m_mergeId != m_mergeId || change->m_mergeKey != m_mergeKey)
        return false;
    m_after = change->m_after;
    return true;
}

DraftDocument::DraftDocument(LibraryPtr library, Draft draft, QObject *parent)
    : QObject(parent)
    , m_library(std::move(library))
    , m_draft(std::move(draft))
{
    connect(&m_undo, &QUndoStack::cleanChanged, this,
        [this](bool clean) { emit modifiedChanged(!clean); });
    recordBases();
}

DraftDocument::~DraftDocument()
{
    // The undo stack emits signals while it is cleared; nobody may hear them from a dying document.
    m_undo.blockSignals(true);
    blockSignals(true);
}

void DraftDocument::setLibrary(LibraryPtr library)
{
    m_library = std::move(library);
    recordBases();
    m_annex.reset();
    emit changed();
}

void DraftDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    m_annex.reset(); // its problems name the file
    emit filePathChanged(path);
}

QString DraftDocument::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

void DraftDocument::markSaved()
{
    m_undo.setClean();
}

const Annex &DraftDocument::annex() const
{
    if (!m_annex) {
        m_annex = AnnexBuilder::build(*m_library, m_draft, m_filePath);
        ++m_annexBuilds;
    }
    return *m_annex;
}

Annex DraftDocument::annex(Language language) const
{
    return AnnexBuilder::build(*m_library, m_draft, language, m_filePath);
}

QString DraftDocument::onlyChangedItem(
    const Library &library, const Draft &before, const Draft &after)
{
    const auto sameSection = [](const DraftSection &a, const DraftSection &b) {
        return a.id == b.id && a.theme == b.theme && a.title == b.title &&
            a.items.size() == b.items.size();
    };
    if (!(before.metadata == after.metadata) || !(before.contract == after.contract) ||
        before.answers != after.answers || before.explanations != after.explanations ||
        before.exclusions != after.exclusions || before.versions != after.versions ||
        before.withdrawn != after.withdrawn || before.sections.size() != after.sections.size())
        return {};
    QString changed;
    for (qsizetype s = 0; s < before.sections.size(); ++s) {
        const DraftSection &a = before.sections.at(s);
        const DraftSection &b = after.sections.at(s);
        if (!sameSection(a, b))
            return {};
        for (qsizetype i = 0; i < a.items.size(); ++i) {
            const DraftItem &x = a.items.at(i);
            const DraftItem &y = b.items.at(i);
            if (x.uid != y.uid || x.number != y.number || x.clauseId != y.clauseId)
                return {};
            if (x == y && x.line == y.line && x.column == y.column)
                continue;
            if (!changed.isEmpty() || x.uid.isEmpty())
                return {};
            // A shared value is every requirement's value: the others change too.
            for (auto it = x.values.cbegin(); it != x.values.cend(); ++it) {
                if (y.values.value(it.key()) != it.value() &&
                    library.sharedValue(x.clauseId, it.key()))
                    return {};
            }
            for (auto it = y.values.cbegin(); it != y.values.cend(); ++it) {
                if (!x.values.contains(it.key()) && library.sharedValue(y.clauseId, it.key()))
                    return {};
            }
            changed = x.uid;
        }
    }
    return changed;
}

void DraftDocument::apply(const Draft &draft)
{
    // An edit of one requirement updates only its part of a cached annex; anything else (or
    // an edit reaching other requirements) builds it afresh on demand.
    const QString edited =
        m_annex && m_library ? onlyChangedItem(*m_library, m_draft, draft) : QString();
    // Bases are not undone: an older state keeps every basis recorded since.
    QMap<QString, ClauseBasis> bases = m_draft.bases;
    bases.insert(draft.bases);
    m_draft = draft;
    m_draft.bases = bases;
    recordBases();
    if (edited.isEmpty() ||
        !AnnexBuilder::updateRequirement(
            *m_library, m_draft, m_draft.metadata.language, edited, &*m_annex, m_filePath))
        m_annex.reset();
    emit changed();
}

void DraftDocument::recordBases()
{
    // About 1.5 MB of UTF-8 at most: a few hundred clauses (a real annex has far fewer).
    constexpr qsizetype BasisBudget = 1'500'000;
    QSet<QString> used;
    QList<const DraftItem *> items = m_draft.items();
    std::stable_partition(items.begin(), items.end(), [](const DraftItem *item) {
        return item->hasOwnWording(Language::Danish) || item->hasOwnWording(Language::English);
    });
    for (const DraftItem *item : std::as_const(items)) {
        if (!item->isOwnRequirement())
            used.insert(ClauseBasis::key(item->clauseId, item->clauseVersion));
    }
    for (auto it = m_draft.bases.begin(); it != m_draft.bases.end();) {
        if (used.contains(it.key()))
            ++it;
        else
            it = m_draft.bases.erase(it);
    }
    if (!m_library)
        return;
    QList<const Clause *> missing;
    for (const DraftItem *item : std::as_const(items)) {
        const Clause *clause =
            item->isOwnRequirement() ? nullptr : m_library->clause(item->clauseId);
        if (clause && clause->version == item->clauseVersion &&
            !m_draft.bases.contains(ClauseBasis::key(item->clauseId, item->clauseVersion)) &&
            !missing.contains(clause))
            missing.append(clause);
    }
    if (missing.isEmpty())
        return; // the common case on every edit: nothing to measure
    qsizetype size = 0;
    for (const ClauseBasis &basis : std::as_const(m_draft.bases))
        size += basis.textSize();
    for (const Clause *clause : std::as_const(missing)) {
        const QString key = ClauseBasis::key(clause->id, clause->version);
        ClauseBasis basis = ClauseBasis::fromClause(*clause);
        size += basis.textSize();
        if (size > BasisBudget)
            break;
        m_draft.bases.insert(key, std::move(basis));
    }
}

void DraftDocument::push(
    const QString &text, const Draft &after, int mergeId, const QString &mergeKey)
{
    if (after == m_draft)
        return;
    m_undo.push(new DraftChange(this, text, m_draft, after, mergeId, mergeKey));
}

QString DraftDocument::insertClause(
    Draft &after, const Library &library, const QString &clauseId, int section, int row)
{
    const Clause *clause = library.clause(clauseId);
    if (!clause)
        return {};
    if (section < 0 || section >= after.sections.size()) {
        section = after.sectionForTheme(clause->theme);
        if (section < 0) {
            // A new section, placed in the library's theme order.
            DraftSection fresh {after.nextSectionId(), clause->theme, {}, {}};
            int insertAt = int(after.sections.size());
            const QList<Theme> &themes = library.themes();
            auto order = [&](const QString &theme) {
                for (int i = 0; i < themes.size(); ++i) {
                    if (themes.at(i).id == theme)
                        return i;
                }
                return int(themes.size());
            };
            for (int s = 0; s < after.sections.size(); ++s) {
                if (order(after.sections.at(s).theme) > order(clause->theme)) {
                    insertAt = s;
                    break;
                }
            }
            after.sections.insert(insertAt, fresh);
            section = insertAt;
        }
    }
    DraftItem item;
    item.uid = after.nextUid();
    item.number = after.nextNumber();
    item.clauseId = clause->id;
    item.clauseVersion = clause->version;
    QList<DraftItem> &items = after.sections[section].items;
    if (row < 0 || row > items.size())
        row = int(items.size());
    items.insert(row, item);
    return item.uid;
}

QString DraftDocument::addClause(const QString &clauseId, int section, int row)
{
    Draft after = m_draft;
    const QString uid = insertClause(after, *m_library, clauseId, section, row);
    if (!uid.isEmpty())
        push(tr("Add %1").arg(clauseId), after);
    return uid;
}

QString DraftDocument::addOwnRequirement(
    const TranslatedText &title, const Translated<Flow> &wording, RequirementType type)
{
    Draft after = m_draft;
    int section = after.sectionForTheme(QStringLiteral("egne"));
    if (section < 0) {
        DraftSection own {after.nextSectionId(), QStringLiteral("egne"),
            {DocumentText::text(DocumentText::Phrase::OwnRequirementsSection, Language::Danish),
                DocumentText::text(
                    DocumentText::Phrase::OwnRequirementsSection, Language::English)},
            {}};
        after.sections.append(own);
        section = int(after.sections.size()) - 1;
    }
    DraftItem item;
    item.uid = after.nextUid();
    item.number = after.nextNumber();
    item.title = title;
    item.wording = wording;
    item.type = type;
    after.sections[section].items.append(item);
    push(tr("Add own requirement"), after);
    return item.uid;
}

void DraftDocument::removeItem(const QString &uid)
{
    Draft after = m_draft;
    const DraftItem *item = after.item(uid);
    if (!item)
        return;
    QString title = item->title.get(after.metadata.language);
    if (title.isEmpty()) {
        if (const Clause *clause = m_library->clause(item->clauseId))
            title = clause->title.get(after.metadata.language);
    }
    const QString label = after.numberLabel(item->number);
    after.removeItem(uid, title);
    // An emptied section goes too.
    for (int s = int(after.sections.size()) - 1; s >= 0; --s) {
        if (after.sections.at(s).items.isEmpty())
            after.sections.removeAt(s);
    }
    push(tr("Remove requirement %1").arg(label), after);
}

void DraftDocument::moveItem(const QString &uid, int section, int row)
{
    Draft after = m_draft;
    const auto [fromSection, fromRow] = after.locate(uid);
    if (fromSection < 0 || section < 0 || section >= after.sections.size())
        return;
    DraftItem item = after.sections[fromSection].items.takeAt(fromRow);
    QList<DraftItem> &target = after.sections[section].items;
    row = qBound(0, row, int(target.size()));
    target.insert(row, item);
    push(tr("Move requirement %1").arg(after.numberLabel(item.number)), after);
}

void DraftDocument::editItem(const QString &uid, const QString &text,
    const std::function<bool(DraftItem &)> &edit, int mergeId, const QString &mergeKey)
{
    Draft after = m_draft;
    DraftItem *item = after.item(uid);
    if (item && edit(*item))
        push(text, after, mergeId, mergeKey);
}

void DraftDocument::setParameter(const QString &uid, const QString &parameter, const QString &value)
{
    const DraftItem *edited = m_draft.item(uid);
    const SharedValue *shared =
        edited ? m_library->sharedValue(edited->clauseId, parameter) : nullptr;
    if (shared) {
        // One quantity, one value: set it in every requirement that has it, in one step.
        Draft after = m_draft;
        for (DraftSection &section : after.sections) {
            for (DraftItem &item : section.items) {
                for (const ParameterRef &member : shared->members) {
                    if (item.clauseId != member.clause)
                        continue;
                    if (value.isEmpty())
                        item.values.remove(member.parameter);
                    else
                        item.values.insert(member.parameter, value);
                }
            }
        }
        push(tr("Set %1").arg(shared->label.get(uiLanguage())), after, MergeParameter,
            QStringLiteral("shared/") + shared->id);
        return;
    }
    editItem(
        uid, tr("Set %1").arg(parameter),
        [&](DraftItem &item) {
            if (value.isEmpty())
                item.values.remove(parameter);
            else
                item.values.insert(parameter, value);
            return true;
        },
        MergeParameter, uid + u'/' + parameter);
}

void DraftDocument::setVariant(const QString &uid, const QString &variant)
{
    editItem(uid, tr("Change variant"), [&](DraftItem &item) {
        item.variant = variant;
        return true;
    });
}

void DraftDocument::setRequirementType(const QString &uid, std::optional<RequirementType> type)
{
    editItem(uid, tr("Change requirement type"), [&](DraftItem &item) {
        item.type = type;
        return true;
    });
}

void DraftDocument::setWording(const QString &uid, Language language, const Flow &wording)
{
    editItem(
        uid, tr("Edit wording"),
        [&](DraftItem &item) {
            item.wording.ref(language) = wording;
            item.wordingAuthor = m_reviewer;
            item.wordingDate = Draft::timestamp();
            return true;
        },
        MergeWording, uid + u'/' + languageCode(language));
}

void DraftDocument::resetWording(const QString &uid)
{
    editItem(uid, tr("Reset to the standard text"), [this](DraftItem &item) {
        if (item.isOwnRequirement())
            return false; // an own requirement has no standard text to go back to
        item.wording = {};
        item.wordingAuthor = m_reviewer;
        item.wordingDate = Draft::timestamp();
        return true;
    });
}

void DraftDocument::acceptClauseVersion(const QString &uid, bool takeStandardText)
{
    const DraftItem *current = m_draft.item(uid);
    const Clause *clause = current ? m_library->clause(current->clauseId) : nullptr;
    if (!clause)
        return;
    editItem(uid, tr("Accept version %1 of %2").arg(clause->version).arg(clause->id),
        [&](DraftItem &item) {
            item.clauseVersion = clause->version;
            if (takeStandardText && (!item.wording.da.isEmpty() || !item.wording.en.isEmpty())) {
                item.wording = {};
                item.wordingAuthor = m_reviewer;
                item.wordingDate = Draft::timestamp();
            }
            return true;
        });
}

void DraftDocument::setItemTitle(const QString &uid, Language language, const QString &title)
{
    editItem(
        uid, tr("Edit title"),
        [&](DraftItem &item) {
            item.title.ref(language) = title;
            return true;
        },
        MergeTitle, uid + u'/' + languageCode(language));
}

void DraftDocument::addComment(const QString &uid, const QString &author, const QString &text)
{
    if (text.trimmed().isEmpty() || author.trimmed().isEmpty())
        return;
    editItem(uid, tr("Add comment"), [&](DraftItem &item) {
        item.comments.append({author, Draft::timestamp(), text.trimmed()});
        return true;
    });
}

bool DraftDocument::setReviewStatus(
    const QString &uid, ReviewStatus status, const QString &approver)
{
    const bool approving = status == ReviewStatus::Approved;
    if (approving && approver.trimmed().isEmpty())
        return false; // an approval without a name binds nobody
    const DraftItem *current = m_draft.item(uid);
    if (!current)
        return false;
    if (current->reviewState() == ReviewState::Approved && approving &&
        current->approver == approver.trimmed())
        return false;
    editItem(uid, approving ? tr("Approve") : tr("Change review status"), [&](DraftItem &item) {
        item.reviewStatus = status;
        item.approver = approving ? approver.trimmed() : QString();
        item.approved = approving ? Draft::timestamp() : QDateTime();
        if (approving)
            item.approvedContent = item.content();
        else
            item.approvedContent.reset();
        return true;
    });
    return true;
}

bool DraftDocument::approveExplanation(const QString &clauseId, const QString &approver)
{
    Draft after = m_draft;
    auto it = std::find_if(after.explanations.begin(), after.explanations.end(),
        [&](const Explanation &e) { return e.clauseId == clauseId; });
    if (it == after.explanations.end())
        return false;
    it->approver = approver.trimmed();
    it->approved = it->approver.isEmpty() ? QDateTime() : Draft::timestamp();
    it->approvedText = it->approver.isEmpty() ? QString() : it->text;
    push(tr("Approve the explanation of %1").arg(clauseId), after);
    return true;
}

bool DraftDocument::publishVersion(
    const QString &number, const QString &note, const QString &approver, QString *error)
{
    const QString version = number.trimmed();
    if (version.isEmpty()) {
        *error = tr("the version needs a number");
        return false;
    }
    if (m_draft.version(version)) {
        *error = tr("version %1 is already published").arg(version);
        return false;
    }
    if (approver.trimmed().isEmpty()) {
        *error = tr("publishing needs the name of the approver");
        return false;
    }
    addVersion({version, QDate::currentDate(), note.trimmed(), approver.trimmed(), {}});
    return true;
}

void DraftDocument::setApprovalRequired(bool required)
{
    if (m_draft.metadata.approvalRequired == required)
        return;
    Draft after = m_draft;
    after.metadata.approvalRequired = required;
    push(required ? tr("Require approval before publishing")
                  : tr("Allow publishing without approval"),
        after);
}

void DraftDocument::setMetadata(const DraftMetadata &metadata)
{
    Draft after = m_draft;
    after.metadata = metadata;
    push(tr("Edit annex details"), after, MergeMetadata, QStringLiteral("metadata"));
}

void DraftDocument::setContract(const ContractMap &contract)
{
    Draft after = m_draft;
    after.contract = contract;
    push(tr("Edit contract map"), after, MergeMetadata, QStringLiteral("contract"));
}

QStringList DraftDocument::sharedElsewhere(const QString &uid, const QString &parameter) const
{
    QStringList numbers;
    const DraftItem *edited = m_draft.item(uid);
    const SharedValue *shared =
        edited ? m_library->sharedValue(edited->clauseId, parameter) : nullptr;
    if (!shared)
        return numbers;
    for (const DraftItem *item : m_draft.items()) {
        if (item->uid == uid)
            continue;
        for (const ParameterRef &member : shared->members) {
            if (item->clauseId == member.clause) {
                numbers << m_draft.numberLabel(item->number);
                break;
            }
        }
    }
    return numbers;
}

void DraftDocument::setAnswers(const QMap<QString, QString> &answers)
{
    Draft after = m_draft;
    after.answers = answers;
    push(tr("Change the risk profile"), after);
}

void DraftDocument::setExplanation(
    const QString &clauseId, const QString &author, const QString &text)
{
    Draft after = m_draft;
    auto it = std::find_if(after.explanations.begin(), after.explanations.end(),
        [&](const Explanation &e) { return e.clauseId == clauseId; });
    if (text.trimmed().isEmpty()) {
        if (it != after.explanations.end())
            after.explanations.erase(it);
    } else {
        const QDateTime now = Draft::timestamp();
        if (it == after.explanations.end()) {
            after.explanations.append({clauseId, author, now, text.trimmed(), {}, {}, {}});
        } else {
            // The approval (and the text it approved) stays: a changed text is no longer approved.
            it->author = author;
            it->date = now;
            it->text = text.trimmed();
        }
    }
    push(tr("Explain %1").arg(clauseId), after, MergeExplanation, clauseId);
}

void DraftDocument::setExclusion(
    const QString &scheme, const QString &control, const QString &author, const QString &text)
{
    Draft after = m_draft;
    auto it = std::find_if(after.exclusions.begin(), after.exclusions.end(),
        [&](const ControlExclusion &e) { return e.scheme == scheme && e.control == control; });
    if (text.trimmed().isEmpty()) {
        if (it != after.exclusions.end())
            after.exclusions.erase(it);
    } else {
        const ControlExclusion exclusion {
            scheme, control, author, Draft::timestamp(), text.trimmed()};
        if (it == after.exclusions.end())
            after.exclusions.append(exclusion);
        else
            *it = exclusion;
    }
    push(tr("Exclude %1").arg(control), after, MergeExclusion, scheme + u'/' + control);
}

void DraftDocument::addVersion(const VersionEntry &version)
{
    Draft after = m_draft;
    after.versions.append(version);
    if (!after.versions.last().hasSnapshot())
        after.versions.last().snapshot = m_draft.sections;
    if (after.versions.last().approver.isEmpty())
        after.versions.last().approver = m_reviewer;
    push(tr("Add version %1").arg(version.number), after);
}

void DraftDocument::renumber()
{
    Draft after = m_draft;
    after.renumber();
    push(tr("Renumber requirements"), after);
}

bool DraftDocument::renumberBeforePublication(QString *error)
{
    if (!m_draft.versions.isEmpty()) {
        *error = tr("version %1 is published, and its requirement numbers may be referred to: "
                    "they are not renumbered")
                     .arg(m_draft.currentVersion());
        return false;
    }
    if (!m_draft.numberedInOrder())
        renumber();
    return true;
}

bool DraftDocument::offersRenumbering() const
{
    return m_draft.versions.isEmpty() && !m_draft.numberedInOrder();
}

void DraftDocument::replaceDraft(const Draft &draft, const QString &description)
{
    push(description, draft);
}

} // namespace klausul
