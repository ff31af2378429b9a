#include "commands.h"
#include "core/contractmap.h"
#include "core/draftdocument.h"

#include <QTextStream>

namespace klausul::cli::commands {

namespace {

/**
 * `contract DRAFT [--type T] [--template] [--annex ROLE=NUMBER[:TITLE]]... [--remove ROLE]...
 * [--definitions-in-contract yes|no]`: the contract map, as the app's Contract dialog edits it.
 */
class Contract : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::Contract)

protected:
    QString description() const override
    {
        return tr("Edit the contract map: the contract type and the other annexes (number, title "
                  "and role) that reference parameters point to.");
    }
    void addEditOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("type"),
            tr("The contract type: %1.").arg(ContractMap::types().join(QStringLiteral(", "))),
            QStringLiteral("TYPE")});
        parser.addOption({QStringLiteral("template"),
            tr("Replace the annex list with the contract type's template (numbers left empty).")});
        parser.addOption({QStringLiteral("annex"),
            tr("Set the annex that plays ROLE (one of %1): its number and, optionally, title.")
                .arg(ContractMap::roles().join(QStringLiteral(", "))),
            QStringLiteral("ROLE=NUMBER[:TITLE]")});
        parser.addOption({QStringLiteral("remove"), tr("Remove the annex that plays ROLE."),
            QStringLiteral("ROLE")});
        parser.addOption({QStringLiteral("definitions-in-contract"),
            tr("yes: the main contract defines the terms (the annex points there); no: the annex "
               "lists the library's definitions."),
            QStringLiteral("yes|no")});
    }
    int checkOptions(const QCommandLineParser &parser) override
    {
        if (parser.isSet(QStringLiteral("type")) &&
            !ContractMap::types().contains(parser.value(QStringLiteral("type"))))
            return usage(tr("--type must be one of %1")
                             .arg(ContractMap::types().join(QStringLiteral(", "))));
        if (parser.isSet(QStringLiteral("template")) && !parser.isSet(QStringLiteral("type")))
            return usage(tr("--template needs --type"));
        const QString definitions = parser.value(QStringLiteral("definitions-in-contract"));
        if (!definitions.isEmpty() && definitions != QLatin1String("yes") &&
            definitions != QLatin1String("no"))
            return usage(tr("--definitions-in-contract must be yes or no"));
        return -1;
    }

    int edit(DraftDocument &document, const QCommandLineParser &parser) override
    {
        ContractMap map = document.draft().contract;
        const Language language = document.draft().metadata.language;
        if (parser.isSet(QStringLiteral("type"))) {
            const QString type = parser.value(QStringLiteral("type"));
            if (parser.isSet(QStringLiteral("template"))) {
                const bool definitions = map.definitionsInContract;
                map = ContractMap::templateFor(type, language);
                map.definitionsInContract = definitions;
            }
            map.type = type;
        }
        for (const QString &role : parser.values(QStringLiteral("remove"))) {
            const auto before = map.annexes.size();
            map.annexes.removeIf([&](const ContractAnnex &a) { return a.role == role; });
            if (map.annexes.size() == before)
                return fail(
                    Invalid, tr("the contract map has no annex with role \"%1\"").arg(role));
        }
        for (const QString &value : parser.values(QStringLiteral("annex"))) {
            const qsizetype equals = value.indexOf(u'=');
            const QString role = value.left(equals);
            if (equals <= 0 || !ContractMap::isRole(role))
                return fail(Invalid,
                    tr("--annex %1: the role must be one of %2")
                        .arg(value, ContractMap::roles().join(QStringLiteral(", "))));
            const QString rest = value.mid(equals + 1);
            const qsizetype colon = rest.indexOf(u':');
            const QString number = (colon < 0 ? rest : rest.left(colon)).trimmed();
            QString title = colon < 0 ? QString() : rest.mid(colon + 1).trimmed();
            if (number.isEmpty())
                return fail(Invalid, tr("--annex %1: the annex number is missing").arg(value));
            auto it = std::find_if(map.annexes.begin(), map.annexes.end(),
                [&](const ContractAnnex &a) { return a.role == role; });
            if (it == map.annexes.end()) {
                if (title.isEmpty())
                    title = ContractMap::roleName(role, language);
                map.annexes.append({role, number, title});
            } else {
                it->number = number;
                if (!title.isEmpty())
                    it->title = title;
            }
        }
        const QString definitions = parser.value(QStringLiteral("definitions-in-contract"));
        if (!definitions.isEmpty())
            map.definitionsInContract = definitions == QLatin1String("yes");
        document.setContract(map);
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> contract()
{
    return std::make_unique<Contract>();
}

} // namespace klausul::cli::commands
