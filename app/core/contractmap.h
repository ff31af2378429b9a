#pragma once

#include "language.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace klausul {

/** One other annex of the contract: its number, title and the role it plays. */
struct ContractAnnex
{
    QString role; ///< one of ContractMap::roles(), e.g. "dpa"
    QString number; ///< e.g. "12" or "7.4.A"; empty until the authority fills it in
    QString title; ///< in the draft's language, e.g. "Databehandleraftale"

    friend bool operator==(const ContractAnnex &a, const ContractAnnex &b)
    {
        return a.role == b.role && a.number == b.number && a.title == b.title;
    }
};

/**
 * The contract the annex belongs to: the contract type and the other annexes with their roles.
 * Reference parameters of the clauses name a role; the map turns it into "bilag 12,
 * Databehandleraftale". The security annex itself (role "security") is the draft's own annex.
 */
struct ContractMap
{
    QString type; ///< "k04", "k03", "k02", "own" or empty (no map yet)
    QList<ContractAnnex> annexes;
    /** True when the main contract (its definitions annex) defines the terms; the annex then
     * points there instead of listing the library's definitions. */
    bool definitionsInContract = false;

    bool isEmpty() const { return type.isEmpty() && annexes.isEmpty() && !definitionsInContract; }
    const ContractAnnex *annex(const QString &role) const;

    /** The roles an annex can play (fixed vocabulary), in a sensible order. */
    static QStringList roles();
    /** The roles a reference parameter can name: roles() plus "requirement". */
    static QStringList referenceRoles();
    static bool isRole(const QString &role);
    /** A short name of the role, e.g. "Databehandleraftale" / "Data processing agreement". */
    static QString roleName(const QString &role, Language language);
    /** The contract types: k04, k03, k02, own. */
    static QStringList types();
    static QString typeName(const QString &type, Language language);
    /**
     * The editable template of a contract type: the usual annexes with their roles and titles.
     * Numbers are left empty: they depend on the contract the authority actually uses.
     */
    static ContractMap templateFor(const QString &type, Language language);

    friend bool operator==(const ContractMap &a, const ContractMap &b)
    {
        return a.type == b.type && a.annexes == b.annexes &&
            a.definitionsInContract == b.definitionsInContract;
    }
};

} // namespace klausul
