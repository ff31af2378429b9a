#include "contractmap.h"

#include <algorithm>
#include <array>

namespace klausul {

namespace {

struct RoleInfo
{
    const char *role;
    const char *da;
    const char *en;
};

// The K04 template lists these roles in this order (the annex itself, "security", excluded).
constexpr std::array<RoleInfo, 17> roleTable {{
    {"definitions", "Definitioner", "Definitions"},
    {"time-schedule", "Tidsplan", "Time schedule"},
    {"requirements", "Kundens kravspecifikation", "Customer's requirements specification"},
    {"solution", "Leverandørens løsningsbeskrivelse", "Supplier's solution description"},
    {"it-environment", "Kundens it-miljø", "Customer's IT environment"},
    {"service-levels", "Servicemål og bod", "Service levels and liquidated damages"},
    {"organisation", "Samarbejdsorganisation", "Cooperation and governance"},
    {"change-management", "Ændringshåndtering", "Change management"},
    {"tests", "Prøver", "Tests"},
    {"prices", "Vederlag og betalingsplan", "Remuneration and payment plan"},
    {"documentation", "Dokumentation", "Documentation"},
    {"contingency", "Beredskab", "Contingency"},
    {"sub-suppliers", "Underleverandører", "Subcontractors"},
    {"exit", "Ophørsbistand", "Exit assistance"},
    {"dpa", "Databehandleraftale", "Data processing agreement"},
    {"security", "Kundens sikkerhedskrav", "Customer's security requirements"},
    {"contract", "Kontrakten", "the Contract"},
}};

} // namespace

const ContractAnnex *ContractMap::annex(const QString &role) const
{
    const auto it = std::find_if(
        annexes.cbegin(), annexes.cend(), [&](const ContractAnnex &a) { return a.role == role; });
    return it == annexes.cend() ? nullptr : &*it;
}

QStringList ContractMap::roles()
{
    QStringList result;
    for (const RoleInfo &info : roleTable)
        result << QString::fromLatin1(info.role);
    return result;
}

QStringList ContractMap::referenceRoles()
{
    return roles() << QStringLiteral("requirement");
}

bool ContractMap::isRole(const QString &role)
{
    return roles().contains(role);
}

QString ContractMap::roleName(const QString &role, Language language)
{
    if (role == QLatin1String("requirement"))
        return language == Language::Danish ? QStringLiteral("Krav i dette bilag")
                                            : QStringLiteral("Requirement of this annex");
    for (const RoleInfo &info : roleTable) {
        if (role == QLatin1String(info.role))
            return QString::fromUtf8(language == Language::Danish ? info.da : info.en);
    }
    return role;
}

QStringList ContractMap::types()
{
    return {
        QStringLiteral("k04"), QStringLiteral("k03"), QStringLiteral("k02"), QStringLiteral("own")};
}

QString ContractMap::typeName(const QString &type, Language language)
{
    const bool da = language == Language::Danish;
    if (type == QLatin1String("k04"))
        return da ? QStringLiteral("K04 (it-drift)") : QStringLiteral("K04 (IT operations)");
    if (type == QLatin1String("k03"))
        return da ? QStringLiteral("K03 (agilt udviklingsprojekt)")
                  : QStringLiteral("K03 (agile development project)");
    if (type == QLatin1String("k02"))
        return da ? QStringLiteral("K02 (længerevarende it-projekt)")
                  : QStringLiteral("K02 (long-term IT project)");
    if (type == QLatin1String("own"))
        return da ? QStringLiteral("Egen kontrakt") : QStringLiteral("Own contract");
    return type;
}

ContractMap ContractMap::templateFor(const QString &type, Language language)
{
    ContractMap map;
    map.type = type;
    if (type == QLatin1String("own"))
        return map;
    for (const RoleInfo &info : roleTable) {
        const QString role = QString::fromLatin1(info.role);
        if (role == QLatin1String("security") || role == QLatin1String("contract"))
            continue;
        // K02/K03 are development contracts: no separate contingency or IT environment annex.
        if (type != QLatin1String("k04") &&
            (role == QLatin1String("contingency") || role == QLatin1String("it-environment")))
            continue;
        map.annexes.append({role, QString(), roleName(role, language)});
    }
    return map;
}

} // namespace klausul
