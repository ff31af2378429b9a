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
                  "numbers. Refused once a version is published (its numbers may be referred to) "
                  "unless --after-publication is given; the next version's change notes then "
                  "list every new number.");
    }
    void addEditOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("after-publication"),
            tr("Renumber even though a version is published.")});
    }

    int edit(DraftDocument &document, const QCommandLineParser &parser) override
    {
        if (parser.isSet(QStringLiteral("after-publication"))) {
            document.renumber();
            return Success;
        }
        QString error;
        if (!document.renumberBeforePublication(&error))
            return fail(Invalid, error + u' ' + tr("(use --after-publication to renumber anyway)"));
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> renumber()
{
    return std::make_unique<Renumber>();
}

} // namespace klausul::cli::commands
