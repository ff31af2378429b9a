#include "commands.h"
#include "core/draftdocument.h"

#include <QTextStream>

namespace klausul::cli::commands {

namespace {

/** `renumber DRAFT`: numbers the requirements 1..N in document order. */
class Renumber : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::Renumber)

protected:
    QString description() const override
    {
        return tr("Number the requirements 1..N in document order again and forget the withdrawn "
                  "numbers (before the first version is published).");
    }

    int edit(DraftDocument &document, const QCommandLineParser &parser) override
    {
        Q_UNUSED(parser)
        document.renumber();
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> renumber()
{
    return std::make_unique<Renumber>();
}

} // namespace klausul::cli::commands
