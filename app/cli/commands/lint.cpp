#include "core/lint.h"

#include "commands.h"
#include "core/editableclause.h"
#include "core/libraryloader.h"
#include "core/safexml.h"

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
        return tr("Check library folders or single clause files as validate does, and their "
                  "drafting: Danish and "
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
            if (QFileInfo(path).isFile()) {
                clauses += lintFile(parser, path, &issues);
                continue;
            }
            if (!QFileInfo(path).isDir()) {
                Issue issue = Issue::error(tr("not a library folder or clause file"), path);
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

private:
    /**
     * One clause file: checked inside the library folder it belongs to (the nearest folder above
     * it with a library.xml), or else against the --library layers or the bundled library.
     * Adds only the file's own problems; returns the number of clauses checked (0 or 1).
     */
    int lintFile(const QCommandLineParser &parser, const QString &path, IssueList *issues)
    {
        const QString file = QFileInfo(path).absoluteFilePath();
        auto own = [&file](const Issue &issue) {
            return QFileInfo(issue.file).absoluteFilePath() == file;
        };
        QStringList folders = parser.values(QStringLiteral("library"));
        for (QDir dir = QFileInfo(path).absoluteDir();;) {
            if (dir.exists(QStringLiteral("library.xml"))) {
                const LibraryPtr library = LibraryLoader::load(folders << dir.path());
                int count = 0;
                for (const Issue &issue : library->issues()) {
                    if (own(issue))
                        issues->append(issue);
                }
                for (const Lint::Finding &finding : Lint::check(*library)) {
                    if (own(finding.issue))
                        issues->append(finding.issue);
                }
                for (const Clause &clause : library->clauses())
                    count += own(Issue::note({}, clause.sourceFile));
                return count;
            }
            if (!dir.cdUp())
                break;
        }
        const LibraryPtr context = LibraryLoader::load(folders);
        IssueList fileIssues = LibraryLoader::checkFile(path, *context);
        *issues += fileIssues;
        if (hasErrors(fileIssues))
            return 0;
        QByteArray data;
        IssueList ignored;
        if (!SafeXml::readFile(path, &data, &ignored))
            return 0;
        const auto editable = EditableClause::fromXml(data, path, &ignored);
        const auto clause = editable ? editable->toClause(path, &ignored) : std::nullopt;
        if (!clause)
            return 0;
        for (const Lint::Finding &finding : Lint::check(*context, *clause, clause->id)) {
            if (finding.issue.clauseId == clause->id)
                issues->append(finding.issue);
        }
        return 1;
    }
};

} // namespace

std::unique_ptr<Command> lint()
{
    return std::make_unique<LintCommand>();
}

} // namespace klausul::cli::commands
