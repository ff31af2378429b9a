#include "commands.h"
#include "core/coverage.h"
#include "core/draftdocument.h"
#include "core/frameworks.h"

#include <QTextStream>

namespace klausul::cli::commands {

namespace {

/** `exclude DRAFT CONTROL --reason T`: a framework control deliberately not covered. */
class Exclude : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::Exclude)

protected:
    QString description() const override
    {
        return tr("Record why a framework control is not covered (Statement of Applicability). "
                  "CONTROL is FRAMEWORK:ID, e.g. iso27001:7.4, cis:17, nis2:21(2)(b) or gdpr:32; "
                  "an empty reason removes the exclusion.");
    }
    QString arguments() const override { return QStringLiteral("CONTROL"); }
    std::pair<int, int> argumentCount() const override { return {1, 1}; }
    void addEditOptions(QCommandLineParser &parser) override
    {
        parser.addOption(
            {QStringLiteral("reason"), tr("Why it is not covered."), QStringLiteral("T")});
        parser.addOption(asOption());
    }
    int checkOptions(const QCommandLineParser &parser) override
    {
        if (!parser.isSet(QStringLiteral("reason")))
            return usage(tr("exclude needs --reason T"));
        return -1;
    }

    int edit(DraftDocument &document, const QCommandLineParser &parser) override
    {
        const QString control = m_arguments.constFirst();
        const qsizetype colon = control.indexOf(u':');
        const Framework *framework = colon > 0 ? Frameworks::find(control.left(colon)) : nullptr;
        const QString scheme = framework ? framework->schemeKey() : QString();
        const QString id = control.mid(colon + 1);
        const ReferenceList *list = nullptr;
        for (const ReferenceList &each : m_library->referenceLists()) {
            if (each.schemeKey() == scheme)
                list = &each;
        }
        if (colon <= 0 || !list || !list->item(id))
            return fail(Invalid,
                tr("no framework control \"%1\" (use FRAMEWORK:ID with FRAMEWORK one of %2)")
                    .arg(control, Frameworks::keys().join(QStringLiteral(", "))));
        document.setExclusion(scheme, id, author(parser), parser.value(QStringLiteral("reason")));
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> exclude()
{
    return std::make_unique<Exclude>();
}

} // namespace klausul::cli::commands
