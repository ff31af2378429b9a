#include "command.h"

#include "core/draftdiff.h"
#include "core/draftdocument.h"
#include "core/draftguard.h"
#include "core/draftio.h"
#include "core/libraryloader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTextStream>

#include <algorithm>

namespace klausul::cli {

Command::~Command() = default;

int Command::execute(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    m_out = &out;
    m_err = &err;
    m_name = arguments.value(0).section(u' ', -1);
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption help = parser.addHelpOption();
    for (const QString &argument : positional().split(u' ', Qt::SkipEmptyParts))
        parser.addPositionalArgument(argument, QString());
    addOptions(parser);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        out << parser.helpText();
        return Success;
    }
    return run(parser);
}

int Command::usage(QTextStream &err, const QString &message)
{
    err << QStringLiteral("klausul-cli: ") << message << '\n'
        << tr("Run \"klausul-cli --help\" for usage.") << '\n';
    return Usage;
}

int Command::fail(int code, const QString &message)
{
    *m_err << (m_location.isEmpty() ? QStringLiteral("klausul-cli") : m_location)
           << QStringLiteral(": ") << tr("error: %1").arg(message) << '\n';
    return code;
}

int Command::wrongArguments()
{
    return usage(tr("usage: klausul-cli %1 %2").arg(m_name, positional()));
}

void Command::printIssues(IssueList issues)
{
    std::stable_sort(issues.begin(), issues.end(), [](const Issue &a, const Issue &b) {
        if (a.file != b.file)
            return a.file < b.file;
        return a.line < b.line;
    });
    for (const Issue &issue : std::as_const(issues))
        *m_err << issue.toString() << '\n';
}

void Command::printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    *m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

LibraryPtr Command::openLibrary(const QCommandLineParser &parser)
{
    auto library = LibraryLoader::load(parser.values(QStringLiteral("library")));
    if (!hasIoErrors(library->issues()))
        return library;
    printIssues(library->issues());
    return nullptr;
}

bool Command::parseLanguage(const QCommandLineParser &parser, Language *language)
{
    const QString value = parser.value(QStringLiteral("lang"));
    if (value != QLatin1String("da") && value != QLatin1String("en"))
        return false;
    *language = value == QLatin1String("en") ? Language::English : Language::Danish;
    return true;
}

QCommandLineOption Command::libraryOption()
{
    return {QStringLiteral("library"),
        tr("Load the library in DIR instead of the bundled one (repeat to layer organisation "
           "libraries on top)."),
        QStringLiteral("DIR")};
}

QCommandLineOption Command::langOption()
{
    return {QStringLiteral("lang"), tr("Language of clause texts: da (default) or en."),
        QStringLiteral("da|en"), QStringLiteral("da")};
}

QCommandLineOption Command::jsonOption()
{
    return {QStringLiteral("json"), tr("Print JSON (see README.md for its form).")};
}

QString DraftCommand::positional() const
{
    return arguments().isEmpty() ? QStringLiteral("DRAFT") : QStringLiteral("DRAFT ") + arguments();
}

void DraftCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(libraryOption());
    addDraftOptions(parser);
}

int DraftCommand::run(const QCommandLineParser &parser)
{
    QStringList positionals = parser.positionalArguments();
    const auto [least, most] = argumentCount();
    if (positionals.size() < 1 + least || (most >= 0 && positionals.size() > 1 + most))
        return wrongArguments();
    if (const int code = checkOptions(parser); code >= 0)
        return code;
    m_path = positionals.takeFirst();
    m_location = m_path;
    m_arguments = positionals;
    if (const int code = prepare(parser); code >= 0)
        return code;
    m_library = openLibrary(parser);
    if (!m_library)
        return FileError;
    int code = Success;
    std::optional<Draft> draft = loadDraft(m_path, &code);
    if (!draft)
        return code;
    m_draft = *draft;
    return runDraft(parser);
}

std::optional<Draft> DraftCommand::loadDraft(const QString &path, int *exitCode)
{
    IssueList issues;
    std::optional<Draft> draft = DraftIo::read(path, &issues);
    if (!draft) {
        printIssues(issues);
        *exitCode = hasIoErrors(issues) ? FileError : Invalid;
    }
    return draft;
}

const DraftItem *DraftCommand::findItem(const Draft &draft, const QString &number)
{
    // "9.3" or "3": the annex number prefix is optional.
    QString digits = number;
    const QString prefix = draft.metadata.annexNumber + u'.';
    if (digits.startsWith(prefix))
        digits = digits.mid(prefix.size());
    bool ok = false;
    const int value = digits.toInt(&ok);
    if (ok) {
        for (const DraftItem *item : draft.items()) {
            if (item->number == value)
                return item;
        }
    }
    fail(Invalid, tr("no requirement numbered \"%1\" in the draft").arg(number));
    return nullptr;
}

void EditCommand::addDraftOptions(QCommandLineParser &parser)
{
    parser.addOption(jsonOption());
    parser.addOption(
        {QStringLiteral("dry-run"), tr("Print the change without writing the draft.")});
    addEditOptions(parser);
}

QCommandLineOption Command::asOption()
{
    return {QStringLiteral("as"), tr("Your name, recorded with the change (default: your login)."),
        QStringLiteral("NAME")};
}

QString Command::author(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("as")))
        return parser.value(QStringLiteral("as"));
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

QString EditCommand::itemUid(const DraftDocument &document, const QString &number)
{
    const DraftItem *item = findItem(document.draft(), number);
    return item ? item->uid : QString();
}

int EditCommand::prepare(const QCommandLineParser &parser)
{
    if (reportOnly(parser))
        return -1;
    // Before anything is read: a draft open in the app or read-only is refused at once.
    QString error;
    if (!acquireDraft(m_path, &m_lock, &error))
        return fail(FileError, error);
    return -1;
}

int EditCommand::runDraft(const QCommandLineParser &parser)
{
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    DraftDocument document(m_library, m_draft);
    document.setFilePath(m_path);
    if (const int code = edit(document, parser); code != Success || reportOnly(parser))
        return code;
    return commit(m_draft, document.draft(), m_path, dryRun, parser.isSet(QStringLiteral("json")));
}

int Command::commit(
    const Draft &before, const Draft &after, const QString &path, bool dryRun, bool json)
{
    const QList<DraftDifference> differences = DraftDiff::compare(before, after);
    // The draft itself decides, not the report: a change DraftDiff does not describe (the
    // contract map) must still be written.
    const bool changed = !(before == after);
    if (!dryRun && changed) {
        QString error;
        if (!writeDraft(after, path, &error))
            return fail(FileError, error);
    }
    if (json) {
        printJson(QJsonObject {{QStringLiteral("draft"), path},
            {QStringLiteral("written"), !dryRun && changed},
            {QStringLiteral("changes"), DraftDiff::toJson(differences)}});
    } else {
        *m_out << DraftDiff::toText(differences);
        if (!changed)
            *m_out << tr("%1: nothing changed").arg(path) << '\n';
        else if (dryRun)
            *m_out << tr("%1: not written (dry run)").arg(path) << '\n';
        else
            *m_out << tr("%1: written").arg(path) << '\n';
    }
    return Success;
}

bool acquireDraft(
    const QString &path, std::unique_ptr<QLockFile> *lock, QString *error, bool existing)
{
    // The same lock file as the app's DraftGuard, so a draft open in the app is refused.
    const QString lockFile = DraftGuard::lockFilePath(path);
    *lock = std::make_unique<QLockFile>(lockFile);
    if (!(*lock)->tryLock(0)) {
        *error = (*lock)->error() == QLockFile::LockFailedError
            ? Command::tr("%1 is open in Klausul (locked by %2); close it there first")
                  .arg(path, lockFile)
            : Command::tr("%1 cannot be locked for writing (%2)").arg(path, lockFile);
        return false;
    }
    if (!existing)
        return true;
    const QFileInfo info(path);
    // The owner's write bit too: a draft marked read-only stays untouched even for root.
    if (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner)) {
        *error = Command::tr("%1 is read-only").arg(path);
        return false;
    }
    return true;
}

bool writeDraft(const Draft &draft, const QString &path, QString *error)
{
    return DraftIo::write(draft, path, error);
}

} // namespace klausul::cli
