#include "cli.h"

#include "commands/commands.h"

#include <QTextStream>

namespace klausul::cli {

namespace {

struct Entry
{
    const char *name;
    commands::Factory make;
    const char *summary;
};

const QList<Entry> &table()
{
    static const QList<Entry> entries {
        {"validate", &commands::validate,
            QT_TRANSLATE_NOOP("klausul::Cli", "check library folders, clause files or drafts")},
        {"list", &commands::list,
            QT_TRANSLATE_NOOP("klausul::Cli", "list the clauses, or search them")},
        {"show", &commands::show, QT_TRANSLATE_NOOP("klausul::Cli", "show one clause in full")},
        {"report", &commands::report,
            QT_TRANSLATE_NOOP(
                "klausul::Cli", "print the library's content and framework coverage")},
        {"suggest", &commands::suggest,
            QT_TRANSLATE_NOOP(
                "klausul::Cli", "suggest clauses from a draft's risk profile, with reasons")},
        {"coverage", &commands::coverage,
            QT_TRANSLATE_NOOP("klausul::Cli", "show which framework controls a draft covers")},
        {"check", &commands::check,
            QT_TRANSLATE_NOOP("klausul::Cli", "list the problems of a draft's annex")},
        {"export", &commands::exportAnnex,
            QT_TRANSLATE_NOOP("klausul::Cli", "export a draft's annex to DOCX and PDF")},
        {"diff", &commands::diff,
            QT_TRANSLATE_NOOP(
                "klausul::Cli", "show what changed between two drafts or two library folders")},
        {"new", &commands::newDraft,
            QT_TRANSLATE_NOOP("klausul::Cli", "create a draft, optionally from a risk profile")},
        {"profile", &commands::profile,
            QT_TRANSLATE_NOOP("klausul::Cli", "answer risk-profile questions")},
        {"apply", &commands::apply,
            QT_TRANSLATE_NOOP(
                "klausul::Cli", "add the suggested clauses as the wizard does, keeping your own")},
        {"add", &commands::add, QT_TRANSLATE_NOOP("klausul::Cli", "add a clause")},
        {"remove", &commands::remove,
            QT_TRANSLATE_NOOP("klausul::Cli", "remove a requirement (its number is withdrawn)")},
        {"set", &commands::set, QT_TRANSLATE_NOOP("klausul::Cli", "set parameter values")},
        {"variant", &commands::variant,
            QT_TRANSLATE_NOOP("klausul::Cli", "choose a requirement's variant")},
        {"wording", &commands::wording,
            QT_TRANSLATE_NOOP("klausul::Cli", "give a requirement your own wording, or reset it")},
        {"type", &commands::type,
            QT_TRANSLATE_NOOP("klausul::Cli", "set a requirement's type (MK, PK or K)")},
        {"explain", &commands::explain,
            QT_TRANSLATE_NOOP("klausul::Cli", "explain why a clause is left out")},
        {"exclude", &commands::exclude,
            QT_TRANSLATE_NOOP("klausul::Cli", "record why a framework control is not covered")},
        {"comment", &commands::comment,
            QT_TRANSLATE_NOOP("klausul::Cli", "add a review comment to a requirement")},
        {"approve", &commands::approve,
            QT_TRANSLATE_NOOP("klausul::Cli", "approve requirements in review")},
        {"upgrade", &commands::upgrade,
            QT_TRANSLATE_NOOP("klausul::Cli",
                "review and accept newer clause versions (three-way with own wording)")},
        {"renumber", &commands::renumber,
            QT_TRANSLATE_NOOP("klausul::Cli", "number the requirements 1..N again")},
        {"publish", &commands::publish,
            QT_TRANSLATE_NOOP("klausul::Cli", "record a version in the annex's version table")},
        {"contract", &commands::contract,
            QT_TRANSLATE_NOOP("klausul::Cli", "edit the contract map (the other annexes)")},
        {"fmt", &commands::fmt,
            QT_TRANSLATE_NOOP("klausul::Cli", "lay library XML files out in the canonical form")},
        {"lint", &commands::lint,
            QT_TRANSLATE_NOOP("klausul::Cli", "check the drafting of library folders")},
    };
    return entries;
}

void printHelp(QTextStream &out)
{
    out << Command::tr("Usage: klausul-cli COMMAND [OPTIONS]") << "\n\n"
        << Command::tr("Commands:") << '\n';
    for (const Entry &entry : table())
        out << QStringLiteral("  %1  %2\n")
                   .arg(QLatin1String(entry.name), -10)
                   .arg(QCoreApplication::translate("klausul::Cli", entry.summary));
    out << '\n'
        << Command::tr("Run \"klausul-cli COMMAND --help\" for the options of a command.") << '\n'
        << Command::tr("Editing commands print what they change (or JSON with --json), write the "
                       "draft atomically, leave it untouched with --dry-run, and refuse a draft "
                       "that is open in Klausul or read-only.")
        << '\n'
        << Command::tr("Exit codes: 0 success, 1 invalid input or problems found, 2 usage error, "
                       "3 an external tool is missing or failed, 4 a file cannot be read or "
                       "written.")
        << '\n';
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(1);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        printHelp(out);
        return command.isEmpty() ? Usage : Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << QStringLiteral("klausul-cli %1 (%2)\n")
                   .arg(QStringLiteral(KLAUSUL_VERSION), QStringLiteral(KLAUSUL_RELEASE_DATE));
        return Success;
    }
    for (const Entry &entry : table()) {
        if (command == QLatin1String(entry.name)) {
            QStringList rest = arguments;
            rest.removeAt(1);
            rest[0] = arguments.value(0) + u' ' + command;
            return entry.make()->execute(rest, out, err);
        }
    }
    return Command::usage(err, Command::tr("unknown command \"%1\"").arg(command));
}

} // namespace klausul::cli
