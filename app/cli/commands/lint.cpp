#include "core/lint.h"

#include "commands.h"
#include "core/libraryloader.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace klausul::cli::commands {

namespace {

/** `lint PATH...`: editorial checks of library folders (core/lint.h). */
class LintCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::Lint)

protected:
    QString description() const override
    {
        return tr("Check library folders as validate does, and their drafting: Danish and "
                  "English that differ in parameters, lists or numbers, vague words, numbers "
                  "that are not parameters, parameters without guidance, guidance repeated "
                  "from another clause, defined terms in lower case, withdrawn clauses without "
                  "a successor or reason. Each message ends with its rule in brackets. "
                  "With --library the folders are layered on top of those libraries.");
    }
    QString positional() const override { return QStringLiteral("PATH..."); }
    void addOptions(QCommandLineParser &parser) override { parser.addOption(libraryOption()); }

    int run(const QCommandLineParser &parser) override
    {
        const QStringList paths = parser.positionalArguments();
        if (paths.isEmpty())
            return wrongArguments();
        IssueList issues;
        int clauses = 0;
        for (const QString &path : paths) {
            if (!QFileInfo(path).isDir()) {
                Issue issue = Issue::error(tr("not a library folder"), path);
                issue.category = Issue::Category::Io;
                issues.append(issue);
                continue;
            }
            const LibraryPtr library =
                LibraryLoader::load(parser.values(QStringLiteral("library")) << path);
            issues += library->issues();
            // Only the clauses of PATH, not of the layers below it.
            const QString folder = QDir(path).absolutePath() + u'/';
            for (const Lint::Finding &finding : Lint::check(*library)) {
                if (QFileInfo(finding.issue.file).absoluteFilePath().startsWith(folder))
                    issues.append(finding.issue);
            }
            for (const Clause &clause : library->clauses())
                clauses += QFileInfo(clause.sourceFile).absoluteFilePath().startsWith(folder);
        }
        printIssues(issues);
        const int errors = countIssues(issues, Issue::Severity::Error);
        const int warnings = countIssues(issues, Issue::Severity::Warning);
        *m_out << tr("%n clause(s) checked", nullptr, clauses) << QStringLiteral(": ")
               << tr("%n error(s)", nullptr, errors) << QStringLiteral(", ")
               << tr("%n warning(s)", nullptr, warnings) << '\n';
        if (hasIoErrors(issues))
            return FileError;
        return errors > 0 ? Invalid : Success;
    }
};

} // namespace

std::unique_ptr<Command> lint()
{
    return std::make_unique<LintCommand>();
}

} // namespace klausul::cli::commands
