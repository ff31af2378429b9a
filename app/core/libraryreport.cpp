#include "libraryreport.h"

#include <QJsonArray>
#include <QSet>

namespace klausul {

LibraryReport LibraryReport::build(const Library &library)
{
    LibraryReport report;
    QHash<QString, QSet<QString>> referenced; // scheme key -> ids
    for (const Clause &clause : library.clauses()) {
        ++report.clauses;
        if (clause.status == ClauseStatus::Approved)
            ++report.approved;
        if (clause.status == ClauseStatus::Withdrawn)
            ++report.withdrawn;
        if (!clause.variants.isEmpty())
            ++report.withVariants;
        report.byTheme[clause.theme] += 1;
        report.byType[requirementTypeCode(clause.type)] += 1;
        report.byOption[optionCode(clause.option)] += 1;
        for (const Parameter &p : clause.parameters) {
            ++report.parameters;
            report.parameterTypes[parameterTypeCode(p.type) +
                (p.unit == Unit::None ? QString() : u'/' + unitCode(p.unit))] += 1;
        }
        if (clause.status == ClauseStatus::Withdrawn)
            continue; // a withdrawn clause covers nothing
        for (const Reference &reference : clause.references) {
            referenced[reference.schemeKey()].insert(reference.id);
            if (reference.scheme == QLatin1String("society-critical"))
                report.societyCriticalThemes[reference.id] += 1;
        }
    }
    for (const ReferenceList &list : library.referenceLists()) {
        LibraryFrameworkCoverage coverage;
        coverage.scheme = list.schemeKey();
        coverage.title = list.title.get(Language::English);
        coverage.total = int(list.items.size());
        const QSet<QString> ids = referenced.value(coverage.scheme);
        for (const ReferenceItem &item : list.items)
            (ids.contains(item.id) ? coverage.covered : coverage.missing) << item.id;
        report.frameworks.append(coverage);
    }
    return report;
}

const LibraryFrameworkCoverage *LibraryReport::framework(const QString &scheme) const
{
    for (const LibraryFrameworkCoverage &f : frameworks) {
        if (f.scheme == scheme)
            return &f;
    }
    return nullptr;
}

namespace {
QJsonObject counts(const QMap<QString, int> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}
} // namespace

QJsonObject LibraryReport::toJson() const
{
    QJsonArray list;
    for (const LibraryFrameworkCoverage &f : frameworks)
        list.append(QJsonObject {{QStringLiteral("scheme"), f.scheme},
            {QStringLiteral("title"), f.title}, {QStringLiteral("total"), f.total},
            {QStringLiteral("covered"), int(f.covered.size())},
            {QStringLiteral("missing"), QJsonArray::fromStringList(f.missing)}});
    return {{QStringLiteral("clauses"), clauses}, {QStringLiteral("approved"), approved},
        {QStringLiteral("withdrawn"), withdrawn}, {QStringLiteral("withVariants"), withVariants},
        {QStringLiteral("parameters"), parameters}, {QStringLiteral("byTheme"), counts(byTheme)},
        {QStringLiteral("byType"), counts(byType)}, {QStringLiteral("byOption"), counts(byOption)},
        {QStringLiteral("parameterTypes"), counts(parameterTypes)},
        {QStringLiteral("societyCritical"), counts(societyCriticalThemes)},
        {QStringLiteral("frameworks"), list}};
}

QString LibraryReport::toText() const
{
    QString out;
    auto line = [&](const QString &label, const QString &value) {
        out += label.leftJustified(34) + value + u'\n';
    };
    auto join = [](const QMap<QString, int> &map) {
        QStringList parts;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            parts << it.key() + u' ' + QString::number(it.value());
        return parts.join(QStringLiteral(", "));
    };
    line(QStringLiteral("clauses"),
        QStringLiteral("%1 (%2 approved, %3 withdrawn)").arg(clauses).arg(approved).arg(withdrawn));
    line(QStringLiteral("by requirement type"), join(byType));
    line(QStringLiteral("by DIGST option"), join(byOption));
    line(QStringLiteral("with variants"), QString::number(withVariants));
    line(QStringLiteral("parameters"),
        QStringLiteral("%1: %2").arg(parameters).arg(join(parameterTypes)));
    line(QStringLiteral("society-critical provisions"), join(societyCriticalThemes));
    line(QStringLiteral("by theme"), join(byTheme));
    out += u'\n';
    for (const LibraryFrameworkCoverage &f : frameworks) {
        line(f.scheme,
            QStringLiteral("%1 of %2 referenced (%3 %)")
                .arg(f.covered.size())
                .arg(f.total)
                .arg(f.total ? 100 * f.covered.size() / f.total : 0));
        if (!f.missing.isEmpty())
            line(QString(),
                QStringLiteral("not referenced: ") + f.missing.join(QStringLiteral(", ")));
    }
    return out;
}

} // namespace klausul
