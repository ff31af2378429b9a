#include "commands.h"
#include "core/draftdiff.h"
#include "core/exportjob.h"
#include "core/librarydiff.h"
#include "core/libraryloader.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QTextStream>

namespace klausul::cli::commands {

namespace {

/** `diff DRAFT-A DRAFT-B`: what changed from one draft to another. */
class Diff : public DraftCommand
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::Diff)

protected:
    QString description() const override
    {
        return tr("Show what changed from DRAFT to OTHER: requirements added, removed and "
                  "renumbered, values, variants, types, wording word by word ([-deleted-] "
                  "{+inserted+}), review status and comments, answers, annex details, "
                  "explanations, exclusions and versions.");
    }
    QString arguments() const override { return QStringLiteral("OTHER"); }
    std::pair<int, int> argumentCount() const override { return {1, 1}; }
    void addDraftOptions(QCommandLineParser &parser) override { parser.addOption(jsonOption()); }

    int runDraft(const QCommandLineParser &parser) override
    {
        int code = Success;
        const std::optional<Draft> other = loadDraft(m_arguments.constFirst(), &code);
        if (!other)
            return code;
        const QList<DraftDifference> differences = DraftDiff::compare(m_draft, *other);
        if (parser.isSet(QStringLiteral("json")))
            printJson(QJsonObject {{QStringLiteral("before"), m_path},
                {QStringLiteral("after"), m_arguments.constFirst()},
                {QStringLiteral("changes"), DraftDiff::toJson(differences)}});
        else
            *m_out << DraftDiff::toText(differences);
        return Success;
    }
};

/**
 * `diff OLD NEW`: two drafts (Diff above), or the release notes between two library folders
 * (LibraryDiff) as text, JSON, Markdown or the Danish DOCX change list.
 */
class DiffDispatch : public Command
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::Diff)

protected:
    QString description() const override
    {
        return tr("Show what changed from OLD to NEW. Two drafts: requirements added, removed "
                  "and renumbered, values, variants, types, wording word by word ([-deleted-] "
                  "{+inserted+}), review status and comments, answers, annex details, "
                  "explanations, exclusions and versions. Two library folders: the release "
                  "notes (clauses added, withdrawn, removed and changed: wording in both "
                  "languages word by word, parameters, defaults, references, applicability); a "
                  "wording change without a version bump is an error (exit 1), a bump without "
                  "a change a warning. --markdown or --docx -o FILE (the Danish "
                  "\"Ændringsliste\") for libraries only.");
    }
    QString positional() const override { return QStringLiteral("OLD NEW"); }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption(libraryOption());
        parser.addOption(jsonOption());
        parser.addOption({QStringLiteral("markdown"), tr("Libraries: print Markdown.")});
        parser.addOption({QStringLiteral("docx"),
            tr("Libraries: write the change list as DOCX to the file of --output.")});
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
            tr("The DOCX file to write."), tr("FILE")});
    }

    int run(const QCommandLineParser &parser) override
    {
        const QStringList paths = parser.positionalArguments();
        if (paths.size() != 2)
            return wrongArguments();
        const bool markdown = parser.isSet(QStringLiteral("markdown"));
        const bool docx = parser.isSet(QStringLiteral("docx"));
        const bool json = parser.isSet(QStringLiteral("json"));
        if (int(markdown) + int(docx) + int(json) > 1)
            return usage(tr("choose one of --json, --markdown and --docx"));
        if (!QFileInfo(paths.at(0)).isDir() || !QFileInfo(paths.at(1)).isDir()) {
            if (markdown || docx || parser.isSet(QStringLiteral("output")))
                return usage(tr("--markdown, --docx and --output compare library folders"));
            QStringList arguments {QStringLiteral("klausul-cli diff"), paths.at(0), paths.at(1)};
            if (json)
                arguments << QStringLiteral("--json");
            for (const QString &folder : parser.values(QStringLiteral("library")))
                arguments << QStringLiteral("--library") << folder;
            return Diff().execute(arguments, *m_out, *m_err);
        }
        if (docx && parser.value(QStringLiteral("output")).isEmpty())
            return usage(tr("--docx needs --output FILE"));
        return runLibraries(paths.at(0), paths.at(1), parser);
    }

private:
    int runLibraries(
        const QString &oldFolder, const QString &newFolder, const QCommandLineParser &parser)
    {
        const QStringList base = parser.values(QStringLiteral("library"));
        const LibraryPtr before = LibraryLoader::load(QStringList(base) << oldFolder);
        const LibraryPtr after = LibraryLoader::load(QStringList(base) << newFolder);
        IssueList loadIssues;
        for (const LibraryPtr &library : {before, after}) {
            for (const Issue &issue : library->issues()) {
                if (issue.isError())
                    loadIssues << issue;
            }
        }
        if (!loadIssues.isEmpty()) {
            // Release notes of a library that does not load would be wrong: validate first.
            printIssues(loadIssues);
            return hasIoErrors(loadIssues) ? FileError : Invalid;
        }
        const LibraryDiff diff = LibraryDiff::compare(*before, *after);
        if (parser.isSet(QStringLiteral("docx"))) {
            ExportRequest request;
            request.docxPath = parser.value(QStringLiteral("output"));
            request.document = diff.toPandoc(ExportJob::cachedApiVersion());
            ExportJob job(request);
            const ExportJob::Result result = job.run();
            if (result != ExportJob::Result::Success) {
                *m_err << request.docxPath << QStringLiteral(": ")
                       << tr("error: %1").arg(job.errorString()) << '\n';
                return result == ExportJob::Result::WriteFailed ? FileError : ToolFailed;
            }
            *m_out << tr("%1 written").arg(request.docxPath) << '\n';
        } else if (parser.isSet(QStringLiteral("json"))) {
            printJson(diff.toJson());
        } else if (parser.isSet(QStringLiteral("markdown"))) {
            *m_out << diff.toMarkdown();
        } else {
            *m_out << diff.toText();
        }
        printIssues(diff.issues);
        return hasErrors(diff.issues) ? Invalid : Success;
    }
};

} // namespace

std::unique_ptr<Command> diff()
{
    return std::make_unique<DiffDispatch>();
}

} // namespace klausul::cli::commands
