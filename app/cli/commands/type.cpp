#include "commands.h"
#include "core/draftdocument.h"

#include <QTextStream>

namespace klausul::cli::commands {

namespace {

/** `type DRAFT NUMBER MK|PK|K|default`: overrides the requirement type. */
class Type : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::Type)

protected:
    QString description() const override
    {
        return tr("Set the requirement type of a requirement: MK (minimum requirement), PK, K, or "
                  "default (the clause's own type).");
    }
    QString arguments() const override { return QStringLiteral("NUMBER MK|PK|K|default"); }
    std::pair<int, int> argumentCount() const override { return {2, 2}; }

    int edit(DraftDocument &document, const QCommandLineParser &parser) override
    {
        Q_UNUSED(parser)
        const QString code = m_arguments.at(1);
        std::optional<RequirementType> type;
        if (code != QLatin1String("default")) {
            type = requirementTypeFromCode(code);
            if (!type || *type == RequirementType::Option)
                return fail(
                    Invalid, tr("the type must be MK, PK, K or default, not \"%1\"").arg(code));
        }
        const QString uid = itemUid(document, m_arguments.constFirst());
        if (uid.isEmpty())
            return Invalid;
        document.setRequirementType(uid, type);
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> type()
{
    return std::make_unique<Type>();
}

} // namespace klausul::cli::commands
