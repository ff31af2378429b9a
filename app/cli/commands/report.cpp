#include "commands.h"
#include "core/libraryreport.h"

#include <QTextStream>

namespace klausul::cli::commands {

namespace {

/** `report`: the library's content and framework coverage. */
class Report : public Command
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::Report)

protected:
    QString description() const override
    {
        return tr("Print the library's content: clauses per theme, type and option, "
                  "and which framework controls no clause refers to.");
    }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption(libraryOption());
        parser.addOption(jsonOption());
    }

    int run(const QCommandLineParser &parser) override
    {
        const auto library = openLibrary(parser);
        if (!library)
            return FileError;
        const LibraryReport report = LibraryReport::build(*library);
        if (parser.isSet(QStringLiteral("json")))
            printJson(report.toJson());
        else
            *m_out << report.toText();
        return hasErrors(library->issues()) ? Invalid : Success;
    }
};

} // namespace

std::unique_ptr<Command> report()
{
    return std::make_unique<Report>();
}

} // namespace klausul::cli::commands
