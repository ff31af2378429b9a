#include "commands.h"
#include "core/annex.h"
#include "core/draftdocument.h"
#include "core/publication.h"

#include <QTextStream>

namespace klausul::cli::commands {

namespace {

/** `publish DRAFT --version V --note T --as NAME`: a version with its snapshot. */
class Publish : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::Publish)

protected:
    QString description() const override
    {
        return tr("Publish a version of the annex: records version V with today's date, the "
                  "approver NAME and the note in the annex's version table, and keeps the "
                  "requirements as published (for --compare V). Refused while the annex has "
                  "errors or items that are not approved (unless --force), or when V is already "
                  "in the table.");
    }
    void addEditOptions(QCommandLineParser &parser) override
    {
        parser.addOption(
            {QStringLiteral("version"), tr("The version number, e.g. 1.0."), QStringLiteral("V")});
        parser.addOption(
            {QStringLiteral("note"), tr("What changed in this version."), QStringLiteral("T")});
        parser.addOption(asOption());
        parser.addOption({QStringLiteral("force"),
            tr("Publish even when the annex has errors or items that are not approved.")});
    }
    int checkOptions(const QCommandLineParser &parser) override
    {
        if (parser.value(QStringLiteral("version")).trimmed().isEmpty())
            return usage(tr("publish needs --version V"));
        if (parser.value(QStringLiteral("note")).trimmed().isEmpty())
            return usage(tr("publish needs --note T"));
        return -1;
    }

    int edit(DraftDocument &document, const QCommandLineParser &parser) override
    {
        const QString version = parser.value(QStringLiteral("version")).trimmed();
        for (const VersionEntry &entry : document.draft().versions) {
            if (entry.number == version)
                return fail(Invalid, tr("version %1 is already published").arg(version));
        }
        const IssueList &issues = document.annex().issues;
        if (hasErrors(issues) && !parser.isSet(QStringLiteral("force"))) {
            printIssues(issues);
            return fail(Invalid,
                tr("the annex has %n error(s); fix them before publishing, or use --force", nullptr,
                    countIssues(issues, Issue::Severity::Error)));
        }
        const IssueList blockers = Publication::blockers(document.draft(), document.annex());
        if (!blockers.isEmpty() && !parser.isSet(QStringLiteral("force"))) {
            printIssues(blockers);
            return fail(Invalid,
                tr("%n item(s) not approved; approve them before publishing, or use --force",
                    nullptr, int(blockers.size())));
        }
        QString error;
        if (!document.publishVersion(
                version, parser.value(QStringLiteral("note")), author(parser), &error))
            return fail(Invalid, error);
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> publish()
{
    return std::make_unique<Publish>();
}

} // namespace klausul::cli::commands
