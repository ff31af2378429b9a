#include "commands.h"
#include "core/draftdocument.h"

#include <QTextStream>

namespace klausul::cli::commands {

namespace {

/** `remove DRAFT NUMBER`: removes a requirement; its number is withdrawn, not reused. */
class Remove : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::Remove)

protected:
    QString description() const override
    {
        return tr("Remove a requirement. Its number is withdrawn (listed in the version table, "
                  "never reused) until \"klausul-cli renumber\".");
    }
    QString arguments() const override { return QStringLiteral("NUMBER"); }
    std::pair<int, int> argumentCount() const override { return {1, 1}; }

    int edit(DraftDocument &document, const QCommandLineParser &parser) override
    {
        Q_UNUSED(parser)
        const QString uid = itemUid(document, m_arguments.constFirst());
        if (uid.isEmpty())
            return Invalid;
        document.removeItem(uid);
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> remove()
{
    return std::make_unique<Remove>();
}

} // namespace klausul::cli::commands
