#include "clauseupgrade.h"

#include "draftdiff.h"
#include "parameterformat.h"
#include "translations.h"

#include <QJsonArray>
#include <QLocale>

namespace klausul {

namespace {

QString editable(const Flow &flow)
{
    return RichText::toEditableText(flow);
}

QJsonArray wordsJson(const QList<TextDiff::Segment> &words)
{
    QJsonArray array;
    for (const TextDiff::Segment &s : words) {
        const QString kind = s.kind == TextDiff::Segment::Kind::Same ? QStringLiteral("same")
            : s.kind == TextDiff::Segment::Kind::Inserted            ? QStringLiteral("inserted")
                                                                     : QStringLiteral("deleted");
        array.append(
            QJsonObject {{QStringLiteral("kind"), kind}, {QStringLiteral("text"), s.text}});
    }
    return array;
}

} // namespace

std::optional<ClauseUpgrade> ClauseUpgrade::forItem(
    const Draft &draft, const QString &uid, const Library &library)
{
    const DraftItem *item = draft.item(uid);
    if (!item || item->isOwnRequirement())
        return std::nullopt;
    const Clause *clause = library.clause(item->clauseId);
    if (!clause || item->clauseVersion <= 0 || item->clauseVersion == clause->version)
        return std::nullopt;

    ClauseUpgrade upgrade;
    upgrade.uid = uid;
    upgrade.number = draft.numberLabel(item->number);
    upgrade.clauseId = clause->id;
    upgrade.fromVersion = item->clauseVersion;
    upgrade.toVersion = clause->version;
    upgrade.withdrawn = clause->status == ClauseStatus::Withdrawn;
    upgrade.replacedBy = clause->replacedBy;
    for (const HistoryEntry &entry : clause->history) {
        if (entry.version > item->clauseVersion && entry.version <= clause->version)
            upgrade.history.append(entry);
    }

    const auto basisIt = draft.bases.constFind(ClauseBasis::key(clause->id, item->clauseVersion));
    upgrade.basisKnown = basisIt != draft.bases.constEnd();
    std::optional<Clause> old;
    if (upgrade.basisKnown) {
        old = basisIt->applyTo(*clause);
        upgrade.delta = LibraryDiff::compareClause(*old, *clause);
        // Only the wording the requirement prints: the title and its variant's body (a variant
        // may fall back to the standard body, so the printed bodies are compared).
        QList<ClauseWordingChange> wording;
        for (const ClauseWordingChange &change : std::as_const(upgrade.delta.wording)) {
            if (change.part == QLatin1String("title"))
                wording.append(change);
        }
        const QString printed = item->variant.isEmpty()
            ? QStringLiteral("body")
            : QStringLiteral("variant:") + item->variant;
        for (Language language : {Language::Danish, Language::English}) {
            const QString before = editable(old->bodyFor(item->variant).get(language));
            const QString after = editable(clause->bodyFor(item->variant).get(language));
            if (TextDiff::differs(before, after))
                wording.append({printed, language, TextDiff::diff(before, after)});
        }
        upgrade.delta.wording = wording;
    } else {
        upgrade.delta.id = clause->id;
        upgrade.delta.title = clause->title;
        upgrade.delta.oldVersion = item->clauseVersion;
        upgrade.delta.newVersion = clause->version;
    }

    for (Language language : {Language::Danish, Language::English}) {
        if (!item->hasOwnWording(language))
            continue;
        ThreeWay three;
        three.language = language;
        three.ownWording = editable(item->wording.get(language));
        three.newStandard = editable(clause->bodyFor(item->variant).get(language));
        if (old) {
            three.oldStandard = editable(old->bodyFor(item->variant).get(language));
            three.libraryChange = TextDiff::diff(three.oldStandard, three.newStandard);
            three.ownChange = TextDiff::diff(three.oldStandard, three.ownWording);
            three.needsDecision = TextDiff::differs(three.oldStandard, three.newStandard);
        } else {
            // Without the old text nobody can tell what the library changed: show own → new and
            // ask for a decision.
            three.libraryChange = TextDiff::diff(three.ownWording, three.newStandard);
            three.needsDecision = true;
        }
        upgrade.ownWording.append(three);
    }

    for (auto it = item->values.cbegin(); it != item->values.cend(); ++it) {
        const Parameter *parameter = clause->parameter(it.key());
        if (!parameter) {
            upgrade.valueProblems << tr("The value \"%1\" of %2 is dropped: version %3 has no "
                                        "parameter \"%2\"")
                                         .arg(it.value(), it.key())
                                         .arg(clause->version);
            continue;
        }
        const QString why = ParameterFormat::validate(*parameter, it.value());
        if (!why.isEmpty())
            upgrade.valueProblems << tr("%1 = \"%2\" is not valid in version %3: %4")
                                         .arg(it.key(), it.value())
                                         .arg(clause->version)
                                         .arg(why);
    }
    for (const Parameter &parameter : clause->parameters) {
        if (parameter.isRequired() && !item->values.contains(parameter.id))
            upgrade.valueProblems << tr("Version %1 needs a value for %2 (%3)")
                                         .arg(clause->version)
                                         .arg(parameter.id, parameter.label.get(uiLanguage()));
    }
    return upgrade;
}

QList<ClauseUpgrade> ClauseUpgrade::forDraft(const Draft &draft, const Library &library)
{
    QList<ClauseUpgrade> upgrades;
    for (const DraftItem *item : draft.items()) {
        if (std::optional<ClauseUpgrade> upgrade = forItem(draft, item->uid, library))
            upgrades.append(*upgrade);
    }
    return upgrades;
}

bool ClauseUpgrade::needsDecision() const
{
    for (const ThreeWay &three : ownWording) {
        if (three.needsDecision)
            return true;
    }
    return false;
}

QString ClauseUpgrade::heading() const
{
    return tr("%1 (%2): version %3 → %4").arg(number, clauseId).arg(fromVersion).arg(toVersion);
}

QString ClauseUpgrade::withdrawnNote() const
{
    if (!withdrawn)
        return {};
    return replacedBy.isEmpty()
        ? tr("The clause is withdrawn from the library.")
        : tr("The clause is withdrawn; the library replaces it by %1.").arg(replacedBy);
}

QString ClauseUpgrade::historyLine(const HistoryEntry &entry)
{
    return tr("Version %1 (%2): %3")
        .arg(entry.version)
        .arg(entry.date.toString(Qt::ISODate), entry.text.get(uiLanguage()));
}

QString ClauseUpgrade::toText() const
{
    QString text = heading() + u'\n';
    if (withdrawn)
        text += QStringLiteral("  ") + withdrawnNote() + u'\n';
    for (const HistoryEntry &entry : history)
        text += QStringLiteral("  ") + historyLine(entry) + u'\n';
    if (!basisKnown)
        text += QStringLiteral("  ") +
            tr("The text of version %1 is not recorded in this draft (it was saved by an older "
               "Klausul or before the clause was added here): the changes below compare with the "
               "new version only.")
                .arg(fromVersion) +
            u'\n';
    for (const ClauseWordingChange &w : delta.wording)
        text += QStringLiteral("  ") + LibraryDiff::partName(w.part) + QStringLiteral(" (") +
            languageCode(w.language) + QStringLiteral("): ") +
            DraftDiff::wordDiffText(w.words).replace(u'\n', QStringLiteral(" / ")) + u'\n';
    for (const ClauseFieldChange &f : delta.fields)
        text += QStringLiteral("  ") + LibraryDiff::fieldText(f) + u'\n';
    for (const ThreeWay &three : ownWording) {
        const QString lang = languageCode(three.language);
        text += QStringLiteral("  ") + tr("Own wording (%1):").arg(lang) + u'\n';
        if (basisKnown) {
            text +=
                QStringLiteral("    ") + tr("old standard text: %1").arg(three.oldStandard) + u'\n';
            text +=
                QStringLiteral("    ") + tr("new standard text: %1").arg(three.newStandard) + u'\n';
            text += QStringLiteral("    ") + tr("own wording: %1").arg(three.ownWording) + u'\n';
            text += QStringLiteral("    ") +
                tr("the library changed: %1").arg(DraftDiff::wordDiffText(three.libraryChange)) +
                u'\n';
            text += QStringLiteral("    ") +
                tr("the authority changed: %1").arg(DraftDiff::wordDiffText(three.ownChange)) +
                u'\n';
        } else {
            text += QStringLiteral("    ") +
                tr("own wording → new standard text: %1")
                    .arg(DraftDiff::wordDiffText(three.libraryChange)) +
                u'\n';
        }
        text += QStringLiteral("    ") +
            (three.needsDecision
                    ? tr("decide: the own wording does not have the library's change")
                    : tr("the library did not change the text the own wording replaces")) +
            u'\n';
    }
    for (const QString &problem : valueProblems)
        text += QStringLiteral("  ") + problem + u'\n';
    return text;
}

QJsonObject ClauseUpgrade::toJson() const
{
    QJsonArray wording;
    for (const ClauseWordingChange &w : delta.wording)
        wording.append(QJsonObject {{QStringLiteral("part"), w.part},
            {QStringLiteral("lang"), languageCode(w.language)},
            {QStringLiteral("words"), wordsJson(w.words)}});
    QJsonArray fields;
    for (const ClauseFieldChange &f : delta.fields)
        fields.append(
            QJsonObject {{QStringLiteral("subject"), f.subject}, {QStringLiteral("name"), f.name},
                {QStringLiteral("before"), f.before}, {QStringLiteral("after"), f.after}});
    QJsonArray own;
    for (const ThreeWay &three : ownWording)
        own.append(QJsonObject {{QStringLiteral("lang"), languageCode(three.language)},
            {QStringLiteral("old-standard"), three.oldStandard},
            {QStringLiteral("new-standard"), three.newStandard},
            {QStringLiteral("own-wording"), three.ownWording},
            {QStringLiteral("library-change"), wordsJson(three.libraryChange)},
            {QStringLiteral("own-change"), wordsJson(three.ownChange)},
            {QStringLiteral("needs-decision"), three.needsDecision}});
    QJsonArray history;
    for (const HistoryEntry &entry : this->history)
        history.append(QJsonObject {{QStringLiteral("version"), entry.version},
            {QStringLiteral("date"), entry.date.toString(Qt::ISODate)},
            {QStringLiteral("da"), entry.text.da.toString()},
            {QStringLiteral("en"), entry.text.en.toString()}});
    return {{QStringLiteral("number"), number}, {QStringLiteral("clause"), clauseId},
        {QStringLiteral("from"), fromVersion}, {QStringLiteral("to"), toVersion},
        {QStringLiteral("withdrawn"), withdrawn}, {QStringLiteral("replaced-by"), replacedBy},
        {QStringLiteral("basis-known"), basisKnown}, {QStringLiteral("history"), history},
        {QStringLiteral("wording"), wording}, {QStringLiteral("fields"), fields},
        {QStringLiteral("own-wording"), own},
        {QStringLiteral("value-problems"), QJsonArray::fromStringList(valueProblems)},
        {QStringLiteral("needs-decision"), needsDecision()}};
}

} // namespace klausul
