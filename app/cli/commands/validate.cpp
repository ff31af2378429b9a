#include "commands.h"
#include "core/draftio.h"
#include "core/libraryloader.h"

#include <QFileInfo>
#include <QTextStream>

namespace klausul::cli::commands {

namespace {

/** `validate [PATH...]`: checks library folders, clause files or drafts. */
class Validate : public Command
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::Validate)

protected:
    QString description() const override
    {
        return tr("Check library folders, clause files or drafts. "
                  "Without PATH: the library itself.");
    }
    QString positional() const override { return QStringLiteral("[PATH...]"); }
    void addOptions(QCommandLineParser &parser) override { parser.addOption(libraryOption()); }

    int run(const QCommandLineParser &parser) override
    {
        const QStringList folders = parser.values(QStringLiteral("library"));
        const QStringList paths = parser.positionalArguments();
        auto library = LibraryLoader::load(folders);
        IssueList issues;
        int clauses = 0;
        if (paths.isEmpty()) {
            issues = library->issues();
            clauses = int(library->clauses().size());
        } else {
            // The library given by --library (or the bundled one) is the context for single files.
            if (hasErrors(library->issues()))
                issues += library->issues();
            for (const QString &path : paths) {
                const QFileInfo info(path);
                if (info.isDir()) {
                    auto folderLibrary = LibraryLoader::load({path});
                    issues += folderLibrary->issues();
                    clauses += int(folderLibrary->clauses().size());
                } else if (!info.exists()) {
                    Issue issue = Issue::error(tr("no such file or folder"), path);
                    issue.category = Issue::Category::Io;
                    issues.append(issue);
                } else if (path.endsWith(QLatin1String(".klausul"))) {
                    DraftIo::read(path, &issues);
                    ++clauses;
                } else {
                    issues += LibraryLoader::checkFile(path, *library);
                    ++clauses;
                }
            }
        }
        printIssues(issues);
        const int errors = countIssues(issues, Issue::Severity::Error);
        const int warnings = countIssues(issues, Issue::Severity::Warning);
        *m_out << (paths.isEmpty() ? tr("%n clause(s) checked", nullptr, clauses)
                                   : tr("%n file(s) or clause(s) checked", nullptr, clauses))
               << QStringLiteral(": ") << tr("%n error(s)", nullptr, errors) << QStringLiteral(", ")
               << tr("%n warning(s)", nullptr, warnings) << '\n';
        if (hasIoErrors(issues))
            return FileError;
        return errors > 0 ? Invalid : Success;
    }
};

} // namespace

std::unique_ptr<Command> validate()
{
    return std::make_unique<Validate>();
}

} // namespace klausul::cli::commands
