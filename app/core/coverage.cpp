#include "coverage.h"

#include "documenttext.h"
#include "frameworks.h"

#include <QJsonArray>

namespace klausul {

int FrameworkStatement::coveredCount() const
{
    return int(std::count_if(
        controls.cbegin(), controls.cend(), [](const ControlCoverage &c) { return c.covered(); }));
}

int FrameworkStatement::excludedCount() const
{
    return int(std::count_if(controls.cbegin(), controls.cend(),
        [](const ControlCoverage &c) { return !c.covered() && c.excluded; }));
}

int FrameworkStatement::optionCount() const
{
    return int(std::count_if(controls.cbegin(), controls.cend(),
        [](const ControlCoverage &c) { return !c.coveredByRequirement() && c.covered(); }));
}

int FrameworkStatement::openCount() const
{
    return int(controls.size()) - coveredCount() - excludedCount();
}

double FrameworkStatement::coveredPercent() const
{
    return controls.isEmpty() ? 0.0 : 100.0 * coveredCount() / double(controls.size());
}

QList<FrameworkStatement> Coverage::compute(
    const Library &library, const Draft &draft, const QString &framework)
{
    // Option A or B in the annex covers every ISO/IEC 27001 Annex A control.
    QString option;
    QString optionRequirement;
    for (const DraftItem *draftItem : draft.items()) {
        const Clause *clause = library.clause(draftItem->clauseId);
        if (clause && clause->option != DigstOption::C && option.isEmpty()) {
            option = optionCode(clause->option);
            optionRequirement = draft.numberLabel(draftItem->number);
        }
    }
    QList<FrameworkStatement> statements;
    for (const Framework &f : Frameworks::all()) {
        if (!framework.isEmpty() && f.key != framework)
            continue;
        const QString key = f.schemeKey();
        const ReferenceList *list = library.referenceList(f.scheme, f.version);
        if (!list)
            continue;
        FrameworkStatement statement;
        statement.scheme = key;
        statement.title = list->title.get(draft.metadata.language);
        for (const ReferenceItem &item : list->items) {
            ControlCoverage control;
            control.id = item.id;
            control.title = item.title.get(draft.metadata.language);
            for (const DraftItem *draftItem : draft.items()) {
                const Clause *clause = library.clause(draftItem->clauseId);
                if (!clause)
                    continue;
                const bool refers = std::any_of(clause->references.cbegin(),
                    clause->references.cend(),
                    [&](const Reference &r) { return r.schemeKey() == key && r.id == item.id; });
                if (refers)
                    control.requirements << draft.numberLabel(draftItem->number);
            }
            if (control.requirements.isEmpty() && f.key == QLatin1String("iso27001")) {
                control.throughOption = option;
                control.optionRequirement = optionRequirement;
            }
            if (const ControlExclusion *exclusion = draft.exclusion(key, item.id)) {
                control.excluded = true;
                control.justification = exclusion->text;
            }
            statement.controls.append(control);
        }
        statements.append(statement);
    }
    return statements;
}

namespace {
QString csvField(const QString &value)
{
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') ||
        value.contains(u'\r')) {
        QString quoted = value;
        quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + quoted + u'"';
    }
    return value;
}
} // namespace

QString Coverage::csv(const QList<FrameworkStatement> &statements, Language language)
{
    using DocumentText::Phrase;
    auto text = [language](Phrase phrase) { return DocumentText::text(phrase, language); };
    QString out = QStringList {text(Phrase::ColumnFramework), text(Phrase::ColumnControl),
                      text(Phrase::ColumnControlTitle), text(Phrase::ColumnIncluded),
                      text(Phrase::ColumnRequirements), text(Phrase::ColumnJustification)}
                      .join(u',') +
        QStringLiteral("\r\n");
    for (const FrameworkStatement &statement : statements) {
        for (const ControlCoverage &c : statement.controls) {
            QString included = text(c.coveredByRequirement() ? Phrase::Yes : Phrase::No);
            QStringList requirements = c.requirements;
            if (!c.coveredByRequirement() && c.covered()) {
                included = text(Phrase::ThroughOption).arg(c.throughOption);
                requirements = QStringList {c.optionRequirement};
            }
            out += QStringList {csvField(statement.scheme), csvField(c.id), csvField(c.title),
                       included, csvField(requirements.join(QStringLiteral(" "))),
                       csvField(c.justification)}
                       .join(u',') +
                QStringLiteral("\r\n");
        }
    }
    return out;
}

QJsonObject Coverage::json(const QList<FrameworkStatement> &statements)
{
    QJsonArray frameworks;
    for (const FrameworkStatement &statement : statements) {
        QJsonArray controls;
        for (const ControlCoverage &c : statement.controls) {
            QJsonObject control {{QStringLiteral("id"), c.id}, {QStringLiteral("title"), c.title},
                {QStringLiteral("covered"), c.covered()},
                {QStringLiteral("requirements"), QJsonArray::fromStringList(c.requirements)},
                {QStringLiteral("excluded"), c.excluded}};
            if (!c.throughOption.isEmpty()) {
                control.insert(QStringLiteral("throughOption"), c.throughOption);
                control.insert(QStringLiteral("optionRequirement"), c.optionRequirement);
            }
            if (c.excluded)
                control.insert(QStringLiteral("justification"), c.justification);
            controls.append(control);
        }
        frameworks.append(QJsonObject {{QStringLiteral("scheme"), statement.scheme},
            {QStringLiteral("title"), statement.title},
            {QStringLiteral("total"), int(statement.controls.size())},
            {QStringLiteral("covered"), statement.coveredCount()},
            {QStringLiteral("excluded"), statement.excludedCount()},
            {QStringLiteral("throughOption"), statement.optionCount()},
            {QStringLiteral("open"), statement.openCount()},
            {QStringLiteral("coveredPercent"), statement.coveredPercent()},
            {QStringLiteral("controls"), controls}});
    }
    return {{QStringLiteral("frameworks"), frameworks}};
}

} // namespace klausul
