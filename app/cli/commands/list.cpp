#include "commands.h"
#include "core/clausejson.h"
#include "core/searchindex.h"

#include <QJsonArray>
#include <QTextStream>

#include <algorithm>

namespace klausul::cli::commands {

namespace {

/** `list`: the clauses of the library, filtered or searched. */
class List : public Command
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::List)

protected:
    QString description() const override
    {
        return tr("List the clauses of the library, or search them.");
    }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption(libraryOption());
        parser.addOption(langOption());
        parser.addOption({QStringLiteral("query"),
            tr("Only clauses matching TEXT, best matches first."), QStringLiteral("TEXT")});
        parser.addOption(
            {QStringLiteral("theme"), tr("Only clauses of theme T."), QStringLiteral("T")});
        parser.addOption({QStringLiteral("control"),
            tr("Only clauses referring to ID, e.g. 5.24, cis:17 or gdpr:33."),
            QStringLiteral("ID")});
        parser.addOption({QStringLiteral("type"),
            tr("Only clauses of requirement type MK, PK, K or "
               "option."),
            QStringLiteral("MK|PK|K|option")});
        parser.addOption(jsonOption());
    }

    int run(const QCommandLineParser &parser) override
    {
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
            const QList<SearchIndex::Hit> hits =
                library->searchIndex().search(parser.value(QStringLiteral("query")));
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
                *m_out << clause->id.leftJustified(idWidth) << QStringLiteral("  ")
                       << requirementTypeCode(clause->type).leftJustified(6) << QStringLiteral("  ")
                       << optionCode(clause->option) << QStringLiteral("  ")
                       << clause->theme.leftJustified(16) << QStringLiteral("  ")
                       << clause->title.get(language);
                if (clause->status == ClauseStatus::Withdrawn)
                    *m_out << QStringLiteral("  (") << tr("withdrawn") << u')';
                *m_out << '\n';
            }
        }
        if (hasErrors(library->issues())) {
            *m_err << tr("klausul-cli: the library has %n error(s); run \"klausul-cli validate\" "
                         "to see "
                         "them",
                          nullptr, countIssues(library->issues(), Issue::Severity::Error))
                   << '\n';
            return Invalid;
        }
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> list()
{
    return std::make_unique<List>();
}

} // namespace klausul::cli::commands
