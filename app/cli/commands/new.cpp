#include "commands.h"
#include "core/draftdocument.h"

#include <QFileInfo>
#include <QLockFile>
#include <QTextStream>

namespace klausul::cli::commands {

namespace {

/** `new -o DRAFT`: a new draft, optionally with a risk profile and its suggestions. */
class New : public Command
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::New)

protected:
    QString description() const override
    {
        return tr("Create a new draft with the annex details given, optionally answering the "
                  "risk profile and applying its suggestions.");
    }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption(libraryOption());
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
            tr("The draft file to create."), QStringLiteral("DRAFT")});
        addAnswerOptions(parser);
        parser.addOption({QStringLiteral("apply-suggestions"),
            tr("Add the clauses the risk profile suggests (as \"klausul-cli apply\").")});
        addApplyOptions(parser);
        parser.addOption({QStringLiteral("authority"), tr("The contracting authority."),
            QStringLiteral("NAME")});
        parser.addOption(
            {QStringLiteral("tender"), tr("The tender (procurement) title."), QStringLiteral("T")});
        parser.addOption({QStringLiteral("case-number"), tr("The authority's case number."),
            QStringLiteral("N")});
        parser.addOption({QStringLiteral("annex-number"),
            tr("The annex number in the contract (default 9)."), QStringLiteral("N")});
        parser.addOption(
            {QStringLiteral("annex-title"), tr("The annex title."), QStringLiteral("T")});
        parser.addOption({QStringLiteral("category"), tr("The K04 annex category: A, B or C."),
            QStringLiteral("A|B|C")});
        parser.addOption({QStringLiteral("lang"), tr("The annex language: da (default) or en."),
            QStringLiteral("da|en"), QStringLiteral("da")});
        parser.addOption(asOption());
        parser.addOption(jsonOption());
        parser.addOption({QStringLiteral("dry-run"), tr("Print the draft without writing it.")});
        parser.addOption({QStringLiteral("force"), tr("Overwrite DRAFT when it exists.")});
    }

    int run(const QCommandLineParser &parser) override
    {
        if (!parser.positionalArguments().isEmpty())
            return usage(tr("new takes no arguments other than options"));
        if (!parser.isSet(QStringLiteral("output")))
            return usage(tr("new needs the draft to create: -o DRAFT"));
        Language language = Language::Danish;
        if (!parseLanguage(parser, &language))
            return usage(tr("--lang must be da or en"));
        const QString category = parser.value(QStringLiteral("category"));
        if (!category.isEmpty() &&
            !QStringList {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}.contains(
                category))
            return usage(tr("--category must be A, B or C"));
        QList<RequirementType> types;
        if (!parseTypes(parser, &types))
            return usage(tr("--types must list MK, PK or K, comma-separated"));
        QList<Tier> tiers;
        if (!parseTiers(parser, &tiers))
            return usage(tr("--tiers must list core, recommended or optional, comma-separated"));
        const QString path = parser.value(QStringLiteral("output"));
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        if (QFileInfo::exists(path) && !parser.isSet(QStringLiteral("force")))
            return fail(FileError, tr("%1 exists; use --force to replace it").arg(path));

        const LibraryPtr library = openLibrary(parser);
        if (!library)
            return FileError;
        Draft draft; // as MainWindow::newDraft: the library the draft is made with
        draft.metadata.libraryId = library->info().id;
        draft.metadata.libraryVersion = library->info().version;
        DraftDocument document(library, draft);
        DraftMetadata metadata = draft.metadata;
        metadata.language = language;
        metadata.category = category;
        auto text = [&](const char *option, QString *field) {
            if (parser.isSet(QLatin1String(option)))
                *field = parser.value(QLatin1String(option));
        };
        text("authority", &metadata.authority);
        text("tender", &metadata.tender);
        text("case-number", &metadata.caseNumber);
        text("annex-number", &metadata.annexNumber);
        text("annex-title", &metadata.annexTitle);
        document.setMetadata(metadata);

        QMap<QString, QString> answers;
        QString error;
        int code = Success;
        if (!readAnswers(*library, parser, &answers, &error, &code)) {
            *m_err << error << '\n';
            return code;
        }
        if (!answers.isEmpty())
            document.setAnswers(answers);
        if (parser.isSet(QStringLiteral("apply-suggestions")))
            applySuggestions(document, types, tiers, author(parser));

        std::unique_ptr<QLockFile> lock;
        if (!dryRun && !acquireDraft(path, &lock, &error, false))
            return fail(FileError, error);
        return commit(
            Draft(), document.draft(), path, dryRun, parser.isSet(QStringLiteral("json")));
    }
};

} // namespace

std::unique_ptr<Command> newDraft()
{
    return std::make_unique<New>();
}

} // namespace klausul::cli::commands
