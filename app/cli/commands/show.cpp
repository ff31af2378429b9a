#include "commands.h"
#include "core/clausejson.h"
#include "core/suggestionreport.h"

#include <QTextStream>

namespace klausul::cli::commands {

namespace {

/** `show ID`: one clause in full. */
class Show : public Command
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::Show)

protected:
    QString description() const override { return tr("Show one clause in full."); }
    QString positional() const override { return QStringLiteral("ID"); }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption(libraryOption());
        parser.addOption(langOption());
        parser.addOption(jsonOption());
    }

    int run(const QCommandLineParser &parser) override
    {
        if (parser.positionalArguments().size() != 1)
            return usage(tr("show takes exactly one clause id"));
        Language language = Language::Danish;
        if (!parseLanguage(parser, &language))
            return usage(tr("--lang must be da or en"));
        const auto library = openLibrary(parser);
        if (!library)
            return FileError;
        const QString id = parser.positionalArguments().constFirst();
        const Clause *clause = library->clause(id);
        if (!clause)
            return fail(Invalid, tr("no clause with id \"%1\"").arg(id));
        if (parser.isSet(QStringLiteral("json")))
            printJson(ClauseJson::full(*clause, *library));
        else
            *m_out << ClauseReport::toText(*clause, *library, language);
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> show()
{
    return std::make_unique<Show>();
}

} // namespace klausul::cli::commands
