#pragma once

#include "cli.h"
#include "core/draft.h"
#include "core/issue.h"
#include "core/library.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QLockFile>

#include <memory>
#include <optional>

class QTextStream;

namespace klausul {
class DraftDocument;
}

namespace klausul::cli {

/**
 * One klausul-cli command (as KeePassXC's cli/Command): its options, its positional arguments and
 * what it does. `execute` parses the arguments (usage errors exit 2, --help prints the help) and
 * calls run(). The helpers print problems, JSON and errors the same way for every command.
 */
class Command
{
    Q_DECLARE_TR_FUNCTIONS(klausul::Cli)

public:
    Command() = default;
    virtual ~Command();
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    /** Runs the command; `arguments` start with the program and command name. */
    int execute(const QStringList &arguments, QTextStream &out, QTextStream &err);

    /** Prints "klausul-cli: message" and the hint to --help; returns Usage. */
    static int usage(QTextStream &err, const QString &message);

protected:
    /** The first line of the command's --help. */
    virtual QString description() const = 0;
    /** The positional arguments as shown in --help and usage errors, e.g. "DRAFT NUMBER". */
    virtual QString positional() const { return {}; }
    virtual void addOptions(QCommandLineParser &parser) { Q_UNUSED(parser) }
    virtual int run(const QCommandLineParser &parser) = 0;

    int usage(const QString &message) { return usage(*m_err, message); }
    /** Prints "DRAFT: error: message" (or "klausul-cli: error: ...") and returns `code`. */
    int fail(int code, const QString &message);
    /** A usage error naming the expected arguments. */
    int wrongArguments();
    void printIssues(IssueList issues);
    void printJson(const QJsonValue &value);
    /** The library of --library (or the bundled one); prints the problems, null if unreadable. */
    LibraryPtr openLibrary(const QCommandLineParser &parser);
    static bool parseLanguage(const QCommandLineParser &parser, Language *language);

    /**
     * Prints the difference `before` -> `after` (text or JSON) and, unless `dryRun` or nothing
     * changed, writes `after` to `path` atomically. Returns Success or FileError.
     */
    int commit(
        const Draft &before, const Draft &after, const QString &path, bool dryRun, bool json);

    /** The --as name, or the user's login name. */
    static QString author(const QCommandLineParser &parser);
    static QCommandLineOption asOption();
    static QCommandLineOption libraryOption();
    static QCommandLineOption langOption();
    static QCommandLineOption jsonOption();

    QString m_name;
    QString m_location; ///< what fail() names before "error:" (the draft), or empty
    QTextStream *m_out = nullptr;
    QTextStream *m_err = nullptr;
};

/**
 * A command on one draft (as KeePassXC's DatabaseCommand): takes DRAFT first, opens the library of
 * --library and the draft, and calls runDraft() with both. A draft that cannot be read is reported
 * once here for every command (exit 4 for a file problem, 1 for an invalid draft).
 */
class DraftCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::DraftCommand)

protected:
    /** The arguments after DRAFT, e.g. "NUMBER PARAM=VALUE..."; empty: none. */
    virtual QString arguments() const { return {}; }
    /** How many arguments after DRAFT: at least `first`, at most `second` (-1: any). */
    virtual std::pair<int, int> argumentCount() const { return {0, 0}; }
    virtual void addDraftOptions(QCommandLineParser &parser) { Q_UNUSED(parser) }
    /** Option checks before anything is read; a usage error code, or -1 to go on. */
    virtual int checkOptions(const QCommandLineParser &parser)
    {
        Q_UNUSED(parser)
        return -1;
    }
    /** Runs before the library and draft are read; an exit code, or -1 to go on. */
    virtual int prepare(const QCommandLineParser &parser)
    {
        Q_UNUSED(parser)
        return -1;
    }
    virtual int runDraft(const QCommandLineParser &parser) = 0;

    QString positional() const final;
    void addOptions(QCommandLineParser &parser) final;
    int run(const QCommandLineParser &parser) final;

    /** Loads a draft; prints its problems and returns nullopt (and the exit code) on failure. */
    std::optional<Draft> loadDraft(const QString &path, int *exitCode);
    /** The item numbered `number` ("3" or "9.3"), or null after printing a located error. */
    const DraftItem *findItem(const Draft &draft, const QString &number);

    LibraryPtr m_library;
    Draft m_draft;
    QString m_path;
    QStringList m_arguments; ///< the positional arguments after DRAFT
};

/**
 * A command that changes a draft: the change goes through DraftDocument's undoable operations
 * (the GUI's), is printed as the difference before/after (text or --json), and is written
 * atomically through DraftIo unless --dry-run. A draft locked by a running app or read-only is
 * refused with exit 4 before anything is changed.
 */
class EditCommand : public DraftCommand
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::EditCommand)

protected:
    /** Makes the change on `document`; returns Success, or an error code after printing why. */
    virtual int edit(DraftDocument &document, const QCommandLineParser &parser) = 0;
    virtual void addEditOptions(QCommandLineParser &parser) { Q_UNUSED(parser) }
    /** True when this invocation only reports (no lock taken, nothing written). */
    virtual bool reportOnly(const QCommandLineParser &parser) const
    {
        Q_UNUSED(parser)
        return false;
    }

    void addDraftOptions(QCommandLineParser &parser) final;
    int prepare(const QCommandLineParser &parser) final;
    int runDraft(const QCommandLineParser &parser) final;

    /** The item `number` of the document's draft as a uid, or empty after printing an error. */
    QString itemUid(const DraftDocument &document, const QString &number);

private:
    std::unique_ptr<QLockFile> m_lock; ///< held from prepare() until the draft is written
};

/**
 * Checks that `path` may be written by this process: not locked by a running Klausul (a QLockFile
 * "<path>.lock"), and (when `existing`) not read-only. On success the lock is held until `lock`
 * is destroyed.
 */
bool acquireDraft(
    const QString &path, std::unique_ptr<QLockFile> *lock, QString *error, bool existing = true);

/** Writes `draft` to `path` atomically (DraftIo/SafeSave). */
bool writeDraft(const Draft &draft, const QString &path, QString *error);

} // namespace klausul::cli
