#include "cli.h"

#include "core/annex.h"
#include "core/clausejson.h"
#include "core/coverage.h"
#include "core/draftio.h"
#include "core/exportjob.h"
#include "core/libraryloader.h"
#include "core/libraryreport.h"
#include "core/parameterformat.h"
#include "core/publication.h"
#include "core/riskprofile.h"
#include "core/searchindex.h"
#include "core/translations.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace klausul::cli {

namespace {

/** One klausul-cli session: options, streams and the shared helpers of the commands. */
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(klausul::Cli)

public:
    Cli(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    { }

    int run(const QStringList &arguments);

private:
    using Handler = int (Cli::*)(const QStringList &);
    struct Command
    {
        const char *name;
        Handler handler;
        const char *summary;
    };
    static const QList<Command> &commands();

    int usage(const QString &message);
    void printHelp();
    int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
        const QString &positional);

    QCommandLineOption libraryOption() const;
    QCommandLineOption langOption() const;
    QCommandLineOption jsonOption() const;
    bool parseLanguage(const QCommandLineParser &parser, Language *language);
    /** The library of --library (or the bundled one); prints the problems, null if unreadable. */
    std::shared_ptr<Library> openLibrary(const QCommandLineParser &parser);

    void printIssues(IssueList issues);
    void printJson(const QJsonValue &value);
    QString resolveText(const Clause &clause, const Flow &flow, Language language) const;

    int validate(const QStringList &arguments);
    int list(const QStringList &arguments);
    int show(const QStringList &arguments);
    int check(const QStringList &arguments);
    int report(const QStringList &arguments);
    int suggest(const QStringList &arguments);
    int coverage(const QStringList &arguments);
    int exportAnnex(const QStringList &arguments);

    /** Loads a draft; prints its problems and returns the exit code on failure. */
    std::optional<Draft> loadDraft(const QString &path, int *exitCode);
    static QJsonObject issueJson(const Issue &issue);

    QTextStream &m_out;
    QTextStream &m_err;
};

const QList<Cli::Command> &Cli::commands()
{
    static const QList<Command> table {
        {"validate", &Cli::validate,
            QT_TRANSLATE_NOOP("klausul::Cli", "check library folders, clause files or drafts")},
        {"list", &Cli::list, QT_TRANSLATE_NOOP("klausul::Cli", "list the clauses, or search them")},
        {"show", &Cli::show, QT_TRANSLATE_NOOP("klausul::Cli", "show one clause in full")},
        {"report", &Cli::report,
            QT_TRANSLATE_NOOP(
                "klausul::Cli", "print the library's content and framework coverage")},
        {"suggest", &Cli::suggest,
            QT_TRANSLATE_NOOP(
                "klausul::Cli", "suggest clauses from a draft's risk profile, with reasons")},
        {"coverage", &Cli::coverage,
            QT_TRANSLATE_NOOP("klausul::Cli", "show which framework controls a draft covers")},
        {"check", &Cli::check,
            QT_TRANSLATE_NOOP("klausul::Cli", "list the problems of a draft's annex")},
        {"export", &Cli::exportAnnex,
            QT_TRANSLATE_NOOP("klausul::Cli", "export a draft's annex to DOCX and PDF")},
    };
    return table;
}

int Cli::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        printHelp();
        return command.isEmpty() ? Usage : Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_out << QStringLiteral("klausul-cli %1 (%2)\n")
                     .arg(QStringLiteral(KLAUSUL_VERSION), QStringLiteral(KLAUSUL_RELEASE_DATE));
        return Success;
    }
    for (const Command &entry : commands()) {
        if (command == QLatin1String(entry.name)) {
            QStringList rest = arguments;
            rest.removeAt(1);
            rest[0] = arguments.value(0) + u' ' + command;
            return (this->*entry.handler)(rest);
        }
    }
    return usage(tr("unknown command \"%1\"").arg(command));
}

void Cli::printHelp()
{
    m_out << tr("Usage: klausul-cli COMMAND [OPTIONS]") << "\n\n" << tr("Commands:") << '\n';
    for (const Command &entry : commands())
        m_out << QStringLiteral("  %1  %2\n")
                     .arg(QLatin1String(entry.name), -10)
                     .arg(QCoreApplication::translate("klausul::Cli", entry.summary));
    m_out << '\n'
          << tr("Run \"klausul-cli COMMAND --help\" for the options of a command.") << '\n'
          << tr("Exit codes: 0 success, 1 invalid input or problems found, 2 usage error, "
                "3 an external tool is missing or failed, 4 a file cannot be read or written.")
          << '\n';
}

int Cli::usage(const QString &message)
{
    m_err << QStringLiteral("klausul-cli: ") << message << '\n'
          << tr("Run \"klausul-cli --help\" for usage.") << '\n';
    return Usage;
}

int Cli::parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
    const QString &positional)
{
    parser.setApplicationDescription(command);
    const QCommandLineOption help = parser.addHelpOption();
    if (!positional.isEmpty())
        parser.addPositionalArgument(positional, QString());
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        return Success;
    }
    return -1;
}

QCommandLineOption Cli::libraryOption() const
{
    return {QStringLiteral("library"),
        tr("Load the library in DIR instead of the bundled one (repeat to layer organisation "
           "libraries on top)."),
        QStringLiteral("DIR")};
}

QCommandLineOption Cli::langOption() const
{
    return {QStringLiteral("lang"), tr("Language of clause texts: da (default) or en."),
        QStringLiteral("da|en"), QStringLiteral("da")};
}

QCommandLineOption Cli::jsonOption() const
{
    return {QStringLiteral("json"), tr("Print JSON (see README.md for its form).")};
}

bool Cli::parseLanguage(const QCommandLineParser &parser, Language *language)
{
    const QString value = parser.value(QStringLiteral("lang"));
    if (value != QLatin1String("da") && value != QLatin1String("en"))
        return false;
    *language = value == QLatin1String("en") ? Language::English : Language::Danish;
    return true;
}

std::shared_ptr<Library> Cli::openLibrary(const QCommandLineParser &parser)
{
    auto library = LibraryLoader::load(parser.values(QStringLiteral("library")));
    if (!hasIoErrors(library->issues()))
        return library;
    printIssues(library->issues());
    return nullptr;
}

void Cli::printIssues(IssueList issues)
{
    std::stable_sort(issues.begin(), issues.end(), [](const Issue &a, const Issue &b) {
        if (a.file != b.file)
            return a.file < b.file;
        return a.line < b.line;
    });
    for (const Issue &issue : std::as_const(issues))
        m_err << issue.toString() << '\n';
}

void Cli::printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QString Cli::resolveText(const Clause &clause, const Flow &flow, Language language) const
{
    return RichText::toPlainText(flow, [&](const Inline &item) {
        if (item.kind == Inline::Kind::Xref)
            return item.text;
        const Parameter *parameter = clause.parameter(item.text);
        if (!parameter)
            return u'{' + item.text + u'}';
        const QString label = parameter->label.get(language);
        if (parameter->defaultValue &&
            ParameterFormat::validate(*parameter, *parameter->defaultValue).isEmpty())
            return u'[' + label + QStringLiteral(": ") +
                ParameterFormat::format(*parameter, *parameter->defaultValue, language) + u']';
        return u'[' + label + u']';
    });
}

int Cli::validate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(libraryOption());
    if (const int code = parse(parser, arguments,
            tr("Check library folders, clause files or drafts. "
               "Without PATH: the library itself."),
            QStringLiteral("[PATH...]"));
        code >= 0)
        return code;

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
    m_out << (paths.isEmpty() ? tr("%n clause(s) checked", nullptr, clauses)
                              : tr("%n file(s) or clause(s) checked", nullptr, clauses))
          << QStringLiteral(": ") << tr("%n error(s)", nullptr, errors) << QStringLiteral(", ")
          << tr("%n warning(s)", nullptr, warnings) << '\n';
    if (hasIoErrors(issues))
        return FileError;
    return errors > 0 ? Invalid : Success;
}

int Cli::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(libraryOption());
    parser.addOption(langOption());
    parser.addOption({QStringLiteral("query"),
        tr("Only clauses matching TEXT, best matches first."), QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("theme"), tr("Only clauses of theme T."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("control"),
        tr("Only clauses referring to ID, e.g. 5.24, cis:17 or gdpr:33."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("type"),
        tr("Only clauses of requirement type MK, PK, K or "
           "option."),
        QStringLiteral("MK|PK|K|option")});
    parser.addOption(jsonOption());
    if (const int code = parse(
            parser, arguments, tr("List the clauses of the library, or search them."), QString());
        code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("list takes no arguments other than options"));
    Language language = Language::Danish;
    if (!parseLanguage(parser, &language))
        return usage(tr("--lang must be da or en"));
    std::optional<RequirementType> type;
    if (parser.isSet(QStringLiteral("type"))) {
        type = requirementTypeFromCode(parser.value(QStringLiteral("type")));
        if (!type)
            return usage(tr("--type must be MK, PK, K or option"));
    }

    const auto library = openLibrary(parser);
    if (!library)
        return FileError;

    QList<int> order;
    if (parser.isSet(QStringLiteral("query"))) {
        const SearchIndex index(library->clauses(), library->themes());
        const QList<SearchIndex::Hit> hits = index.search(parser.value(QStringLiteral("query")));
        for (const SearchIndex::Hit &hit : hits)
            order << hit.clause;
    } else {
        for (int i = 0; i < library->clauses().size(); ++i)
            order << i;
    }

    const QString theme = parser.value(QStringLiteral("theme"));
    QString controlScheme;
    QString control = parser.value(QStringLiteral("control"));
    if (const qsizetype colon = control.lastIndexOf(u':'); colon > 0) {
        controlScheme = control.left(colon);
        control = control.mid(colon + 1);
    }
    QList<const Clause *> selected;
    for (int i : std::as_const(order)) {
        const Clause &clause = library->clauses().at(i);
        if (!theme.isEmpty() && clause.theme != theme)
            continue;
        if (type && clause.type != *type)
            continue;
        if (!control.isEmpty()) {
            const bool match = std::any_of(
                clause.references.cbegin(), clause.references.cend(), [&](const Reference &r) {
                    return r.id == control &&
                        (controlScheme.isEmpty() || r.scheme == controlScheme ||
                            r.schemeKey() == controlScheme);
                });
            if (!match)
                continue;
        }
        selected << &clause;
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Clause *clause : std::as_const(selected))
            array.append(ClauseJson::summary(*clause, *library, language));
        printJson(array);
    } else {
        int idWidth = 2;
        for (const Clause *clause : std::as_const(selected))
            idWidth = std::max(idWidth, int(clause->id.size()));
        for (const Clause *clause : std::as_const(selected)) {
            m_out << clause->id.leftJustified(idWidth) << QStringLiteral("  ")
                  << requirementTypeCode(clause->type).leftJustified(6) << QStringLiteral("  ")
                  << optionCode(clause->option) << QStringLiteral("  ")
                  << clause->theme.leftJustified(16) << QStringLiteral("  ")
                  << clause->title.get(language);
            if (clause->status == ClauseStatus::Withdrawn)
                m_out << QStringLiteral("  (") << tr("withdrawn") << u')';
            m_out << '\n';
        }
    }
    if (hasErrors(library->issues())) {
        m_err << tr("klausul-cli: the library has %n error(s); run \"klausul-cli validate\" to see "
                    "them",
                     nullptr, countIssues(library->issues(), Issue::Severity::Error))
              << '\n';
        return Invalid;
    }
    return Success;
}

int Cli::show(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(libraryOption());
    parser.addOption(langOption());
    parser.addOption(jsonOption());
    if (const int code =
            parse(parser, arguments, tr("Show one clause in full."), QStringLiteral("ID"));
        code >= 0)
        return code;
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
    if (!clause) {
        m_err << QStringLiteral("klausul-cli: ") << tr("error: no clause with id \"%1\"").arg(id)
              << '\n';
        return Invalid;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(ClauseJson::full(*clause, *library));
        return Success;
    }

    const Theme *theme = library->theme(clause->theme);
    m_out << clause->id << QStringLiteral("  ") << clause->title.get(language) << '\n';
    const QString status = clause->status == ClauseStatus::Approved ? tr("approved")
        : clause->status == ClauseStatus::Withdrawn                 ? tr("withdrawn")
                                                                    : tr("draft");
    m_out << tr("Version %1, %2. DIGST option %3. Requirement type %4. Theme: %5.")
                 .arg(clause->version)
                 .arg(status, optionCode(clause->option), requirementTypeCode(clause->type),
                     theme ? theme->name.get(language) : clause->theme)
          << '\n';
    if (!clause->replacedBy.isEmpty())
        m_out << tr("Replaced by %1").arg(clause->replacedBy) << '\n';
    m_out << '\n' << resolveText(*clause, clause->body.get(language), language) << '\n';

    for (const Variant &variant : clause->variants) {
        m_out << '\n'
              << tr("Variant \"%1\": %2").arg(variant.id, variant.label.get(language)) << "\n\n"
              << resolveText(*clause, variant.body.get(language), language) << '\n';
    }
    if (!clause->parameters.isEmpty()) {
        m_out << '\n' << tr("Parameters:") << '\n';
        for (const Parameter &p : clause->parameters) {
            QString details = parameterTypeCode(p.type);
            if (p.unit != Unit::None)
                details += QStringLiteral(", ") + unitCode(p.unit);
            if (p.minimum || p.maximum)
                details += QStringLiteral(", %1–%2").arg(
                    p.minimum ? QString::number(*p.minimum) : QString(),
                    p.maximum ? QString::number(*p.maximum) : QString());
            if (p.defaultValue)
                details += QStringLiteral(", ") + tr("default %1").arg(*p.defaultValue);
            m_out << QStringLiteral("  %1  %2 (%3)\n").arg(p.id, p.label.get(language), details);
            if (!p.guidance.get(language).isEmpty())
                m_out << QStringLiteral("      ") << p.guidance.get(language) << '\n';
            for (const ParameterChoice &choice : p.choices)
                m_out << QStringLiteral("      - %1: %2\n")
                             .arg(choice.value, choice.label.get(language));
        }
    }
    const Guidance &guidance = clause->guidance.get(language);
    const std::pair<QString, const Flow *> sections[] = {
        {tr("Purpose"), &guidance.purpose},
        {tr("Suitable contract types"), &guidance.contractTypes},
        {tr("Pros and cons"), &guidance.prosCons},
        {tr("Follow-up during operation"), &guidance.followUp},
        {tr("Remedies"), &guidance.remedies},
        {tr("Note for legal review"), &guidance.legalNote},
    };
    for (const auto &[heading, flow] : sections) {
        if (!flow->isEmpty())
            m_out << '\n' << heading << '\n' << RichText::toPlainText(*flow) << '\n';
    }
    if (!clause->references.isEmpty()) {
        m_out << '\n' << tr("References:") << '\n';
        for (const Reference &reference : clause->references) {
            const QString title = library->referenceTitle(reference, language);
            m_out << QStringLiteral("  %1 %2%3\n")
                         .arg(reference.schemeKey(), reference.id,
                             title.isEmpty() ? QString() : QStringLiteral("  ") + title);
        }
    }
    m_out << '\n' << tr("Source file: %1").arg(clause->sourceFile) << '\n';
    return Success;
}

QJsonObject Cli::issueJson(const Issue &issue)
{
    QJsonObject object {{QStringLiteral("severity"), severityKeyword(issue.severity)},
        {QStringLiteral("message"), issue.message}, {QStringLiteral("file"), issue.file},
        {QStringLiteral("line"), issue.line}, {QStringLiteral("column"), issue.column}};
    if (!issue.clauseId.isEmpty())
        object.insert(QStringLiteral("clause"), issue.clauseId);
    if (!issue.itemId.isEmpty())
        object.insert(QStringLiteral("item"), issue.itemId);
    if (!issue.field.isEmpty())
        object.insert(QStringLiteral("field"), issue.field);
    return object;
}

std::optional<Draft> Cli::loadDraft(const QString &path, int *exitCode)
{
    IssueList issues;
    std::optional<Draft> draft = DraftIo::read(path, &issues);
    if (!draft) {
        printIssues(issues);
        *exitCode = hasIoErrors(issues) ? FileError : Invalid;
    }
    return draft;
}

int Cli::report(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(libraryOption());
    parser.addOption(jsonOption());
    if (const int code = parse(parser, arguments,
            tr("Print the library's content: clauses per theme, type and option, "
               "and which framework controls no clause refers to."),
            QString());
        code >= 0)
        return code;
    const auto library = openLibrary(parser);
    if (!library)
        return FileError;
    const LibraryReport report = LibraryReport::build(*library);
    if (parser.isSet(QStringLiteral("json")))
        printJson(report.toJson());
    else
        m_out << report.toText();
    return hasErrors(library->issues()) ? Invalid : Success;
}

int Cli::suggest(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(libraryOption());
    parser.addOption(jsonOption());
    if (const int code = parse(parser, arguments,
            tr("Suggest the clauses that the draft's risk profile calls for, each "
               "with the answers that call for it."),
            QStringLiteral("DRAFT"));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("suggest takes exactly one draft"));
    const auto library = openLibrary(parser);
    if (!library)
        return FileError;
    int code = Success;
    const std::optional<Draft> draft = loadDraft(parser.positionalArguments().constFirst(), &code);
    if (!draft)
        return code;
    const Language language = draft->metadata.language;
    const QList<Suggestion> suggestions = RiskProfile::suggest(*library, *draft);
    const OptionAdvice advice = RiskProfile::optionAdvice(*library, draft->answers);
    QSet<QString> suggested;
    for (const Suggestion &s : suggestions)
        suggested.insert(s.clauseId);
    QStringList notSuggested;
    for (const DraftItem *item : draft->items()) {
        if (!item->clauseId.isEmpty() && !suggested.contains(item->clauseId))
            notSuggested << item->clauseId;
    }
    const QStringList undecided = RiskProfile::undecided(*library, *draft);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Suggestion &s : suggestions) {
            const Clause *clause = library->clause(s.clauseId);
            QJsonObject object {{QStringLiteral("id"), s.clauseId},
                {QStringLiteral("title"), clause->title.get(language)},
                {QStringLiteral("type"), requirementTypeCode(s.type)},
                {QStringLiteral("reason"), s.reason},
                {QStringLiteral("because"), QJsonArray::fromStringList(s.because)},
                {QStringLiteral("inDraft"), s.inDraft},
                {QStringLiteral("societyCritical"), s.societyCritical}};
            if (!s.variant.isEmpty())
                object.insert(QStringLiteral("variant"), s.variant);
            array.append(object);
        }
        printJson(QJsonObject {{QStringLiteral("option"), optionCode(advice.option)},
            {QStringLiteral("optionReason"), advice.reason}, {QStringLiteral("suggestions"), array},
            {QStringLiteral("inDraftNotSuggested"), QJsonArray::fromStringList(notSuggested)},
            {QStringLiteral("undecided"), QJsonArray::fromStringList(undecided)}});
        return Success;
    }
    m_out << advice.reason << "\n\n";
    int toAdd = 0;
    for (const Suggestion &s : suggestions) {
        const Clause *clause = library->clause(s.clauseId);
        m_out << (s.inDraft ? QStringLiteral("  ") : QStringLiteral("+ "))
              << s.clauseId.leftJustified(7) << requirementTypeCode(s.type).leftJustified(7)
              << clause->title.get(language) << '\n'
              << QStringLiteral("           ") << s.reason << '\n';
        if (!s.inDraft)
            ++toAdd;
    }
    m_out << '\n'
          << tr("%n clause(s) suggested", nullptr, int(suggestions.size())) << QStringLiteral(", ")
          << tr("%n not yet in the draft (marked +)", nullptr, toAdd) << '\n';
    if (!notSuggested.isEmpty())
        m_out << tr("In the draft but not suggested by the profile: %1")
                     .arg(notSuggested.join(QStringLiteral(", ")))
              << '\n';
    if (!undecided.isEmpty())
        m_out << tr("Undecided until more questions are answered: %1")
                     .arg(undecided.join(QStringLiteral(", ")))
              << '\n';
    return Success;
}

int Cli::coverage(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(libraryOption());
    parser.addOption(jsonOption());
    parser.addOption(
        {QStringLiteral("framework"), tr("Only this framework: iso27001, cis, nis2 or gdpr."),
            QStringLiteral("iso27001|cis|nis2|gdpr")});
    parser.addOption({QStringLiteral("csv"), tr("Print the Statement of Applicability as CSV.")});
    if (const int code = parse(parser, arguments,
            tr("Show which requirements of the draft cover each framework control, "
               "which controls are not covered and which are excluded."),
            QStringLiteral("DRAFT"));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("coverage takes exactly one draft"));
    const QString framework = parser.value(QStringLiteral("framework"));
    if (!framework.isEmpty() &&
        !QStringList {QStringLiteral("iso27001"), QStringLiteral("cis"), QStringLiteral("nis2"),
            QStringLiteral("gdpr")}
             .contains(framework))
        return usage(tr("--framework must be iso27001, cis, nis2 or gdpr"));
    const auto library = openLibrary(parser);
    if (!library)
        return FileError;
    int code = Success;
    const std::optional<Draft> draft = loadDraft(parser.positionalArguments().constFirst(), &code);
    if (!draft)
        return code;
    const QList<FrameworkStatement> statements = Coverage::compute(*library, *draft, framework);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(Coverage::json(statements));
        return Success;
    }
    if (parser.isSet(QStringLiteral("csv"))) {
        m_out << Coverage::csv(statements, draft->metadata.language);
        return Success;
    }
    for (const FrameworkStatement &statement : statements) {
        m_out << statement.title << QStringLiteral(": ")
              << tr("covered: %1 of %2 (%3 %) · excluded: %4 · open: %5")
                     .arg(statement.coveredCount())
                     .arg(statement.controls.size())
                     .arg(qRound(statement.coveredPercent()))
                     .arg(statement.excludedCount())
                     .arg(statement.openCount())
              << '\n';
        for (const ControlCoverage &c : statement.controls) {
            QString state = c.covered() ? c.requirements.join(QStringLiteral(", "))
                : c.excluded            ? tr("excluded: %1").arg(c.justification)
                                        : tr("not covered");
            m_out << QStringLiteral("  ") << c.id.leftJustified(10)
                  << c.title.left(60).leftJustified(62) << state << '\n';
        }
        m_out << '\n';
    }
    return Success;
}

int Cli::check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(libraryOption());
    parser.addOption(jsonOption());
    if (const int code = parse(parser, arguments,
            tr("List the problems of a draft's annex: unfilled or invalid "
               "values, missing or withdrawn clauses, outdated clause versions."),
            QStringLiteral("DRAFT"));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("check takes exactly one draft"));
    const QString path = parser.positionalArguments().constFirst();
    const auto library = openLibrary(parser);
    if (!library)
        return FileError;
    int code = Success;
    const std::optional<Draft> draft = loadDraft(path, &code);
    if (!draft)
        return code;
    const Annex annex = AnnexBuilder::build(*library, *draft, path);
    const int errors = countIssues(annex.issues, Issue::Severity::Error);
    const int warnings = countIssues(annex.issues, Issue::Severity::Warning);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray problems;
        for (const Issue &issue : annex.issues)
            problems.append(issueJson(issue));
        printJson(QJsonObject {{QStringLiteral("draft"), path},
            {QStringLiteral("requirements"), annex.requirementCount()},
            {QStringLiteral("errors"), errors}, {QStringLiteral("warnings"), warnings},
            {QStringLiteral("problems"), problems}});
    } else {
        printIssues(annex.issues);
        m_out << tr("%n requirement(s)", nullptr, annex.requirementCount()) << QStringLiteral(": ")
              << tr("%n error(s)", nullptr, errors) << QStringLiteral(", ")
              << tr("%n warning(s)", nullptr, warnings) << '\n';
    }
    return errors > 0 ? Invalid : Success;
}

int Cli::exportAnnex(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(libraryOption());
    parser.addOption({QStringLiteral("format"), tr("Output format: docx, pdf or all (both)."),
        QStringLiteral("docx|pdf|all"), QStringLiteral("all")});
    parser.addOption({QStringLiteral("edition"),
        tr("tender (with guidance and compliance schedule), contract, or review "
           "(internal: deviations as tracked changes, comments, problems)."),
        QStringLiteral("tender|contract|review"), QStringLiteral("tender")});
    parser.addOption({QStringLiteral("lang"),
        tr("Language of the document: da or en (default: the draft's language)."),
        QStringLiteral("da|en")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
        tr("Output file, or a folder. With --format all, OUT.docx and OUT.pdf are "
           "written."),
        QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("force"),
        tr("Export the tender or contract edition even when the annex has errors or is not "
           "approved; the document is then stamped \"DRAFT – not approved\".")});
    parser.addOption({QStringLiteral("compare"),
        tr("Review edition: show the changes since the published version V as tracked changes."),
        QStringLiteral("V")});
    if (const int code = parse(parser, arguments, tr("Export a draft's annex to DOCX and PDF."),
            QStringLiteral("DRAFT"));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("export takes exactly one draft"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("docx") && format != QLatin1String("pdf") &&
        format != QLatin1String("all"))
        return usage(tr("--format must be docx, pdf or all"));
    const std::optional<Edition> edition = editionFromCode(parser.value(QStringLiteral("edition")));
    if (!edition)
        return usage(tr("--edition must be tender, contract or review"));
    if (!parser.isSet(QStringLiteral("output")))
        return usage(tr("export needs an output: -o OUT"));
    std::optional<Language> language;
    if (parser.isSet(QStringLiteral("lang"))) {
        language = languageFromCode(parser.value(QStringLiteral("lang")));
        const QString value = parser.value(QStringLiteral("lang"));
        if (!language || (value != QLatin1String("da") && value != QLatin1String("en")))
            return usage(tr("--lang must be da or en"));
    }

    const QString path = parser.positionalArguments().constFirst();
    const auto library = openLibrary(parser);
    if (!library)
        return FileError;
    int code = Success;
    const std::optional<Draft> draft = loadDraft(path, &code);
    if (!draft)
        return code;
    const Language documentLanguage = language.value_or(draft->metadata.language);
    Annex annex;
    if (*edition == Edition::Review) {
        // The review edition lists the problems: in the document's language.
        const ScopedTranslation translation(documentLanguage);
        annex = AnnexBuilder::build(*library, *draft, documentLanguage, path);
    } else {
        annex = AnnexBuilder::build(*library, *draft, documentLanguage, path);
    }
    if (hasErrors(annex.issues) && *edition != Edition::Review &&
        !parser.isSet(QStringLiteral("force"))) {
        printIssues(annex.issues);
        m_err << QStringLiteral("klausul-cli: ")
              << tr("error: the annex has %n error(s); fix them, export the review edition, or use "
                    "--force",
                     nullptr, countIssues(annex.issues, Issue::Severity::Error))
              << '\n';
        return Invalid;
    }
    printIssues(annex.issues); // warnings (or errors with --force / in the review edition)

    // The publication gate: the tender and contract editions need every approval.
    QString stamp;
    const IssueList blockers =
        Publication::needsApproval(*edition) ? Publication::blockers(*draft, annex) : IssueList();
    if (!blockers.isEmpty()) {
        printIssues(blockers);
        if (!parser.isSet(QStringLiteral("force"))) {
            m_err << QStringLiteral("klausul-cli: ")
                  << tr("error: %n item(s) not approved; approval is required before publishing "
                        "(export the review edition, or use --force for a stamped draft)",
                         nullptr, int(blockers.size()))
                  << '\n';
            return Invalid;
        }
        stamp = Publication::draftStamp(documentLanguage);
    } else if (hasErrors(annex.issues) && *edition != Edition::Review) {
        stamp = Publication::draftStamp(documentLanguage); // forced past errors
    }
    std::optional<Annex> compared;
    const QString comparedVersion = parser.value(QStringLiteral("compare")).trimmed();
    if (!comparedVersion.isEmpty()) {
        if (*edition != Edition::Review)
            return usage(tr("--compare is for the review edition"));
        const std::optional<Draft> published = draft->publishedDraft(comparedVersion);
        if (!published) {
            m_err << QStringLiteral("klausul-cli: ")
                  << tr("error: the draft has no published version %1 with a snapshot")
                         .arg(comparedVersion)
                  << '\n';
            return Invalid;
        }
        compared = AnnexBuilder::build(*library, *published, documentLanguage, path);
    }

    // Where the files go.
    QString out = parser.value(QStringLiteral("output"));
    if (QFileInfo(out).isDir()) {
        out = QDir(out).filePath(QFileInfo(path).completeBaseName() + u'-' + editionCode(*edition) +
            u'-' + languageCode(annex.language));
    } else if (out.endsWith(QLatin1String(".docx"), Qt::CaseInsensitive) ||
        out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        if (format == QLatin1String("all"))
            out = out.left(out.lastIndexOf(u'.'));
    }
    const bool hasSuffix = out.endsWith(QLatin1String(".docx"), Qt::CaseInsensitive) ||
        out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    ExportRequest request;
    request.annex = annex;
    request.edition = *edition;
    request.stamp = stamp;
    request.compared = compared;
    request.comparedVersion = comparedVersion;
    if (format != QLatin1String("pdf"))
        request.docxPath = hasSuffix ? out : out + QStringLiteral(".docx");
    if (format != QLatin1String("docx"))
        request.pdfPath = hasSuffix ? out : out + QStringLiteral(".pdf");

    ExportJob job(request);
    const ExportJob::Result result = job.run();
    switch (result) {
    case ExportJob::Result::Success:
        for (const QString &file : job.writtenFiles())
            m_out << file << '\n';
        return Success;
    case ExportJob::Result::WriteFailed:
        m_err << QStringLiteral("klausul-cli: ") << tr("error: %1").arg(job.errorString()) << '\n';
        return FileError;
    case ExportJob::Result::ToolMissing:
    case ExportJob::Result::ToolFailed:
    case ExportJob::Result::Cancelled:
    case ExportJob::Result::Running:
        m_err << QStringLiteral("klausul-cli: ") << tr("error: %1").arg(job.errorString()) << '\n';
        return ToolFailed;
    }
    return ToolFailed;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Cli cli(out, err);
    return cli.run(arguments);
}

} // namespace klausul::cli
