#include "core/coverage.h"

#include "commands.h"
#include "core/frameworks.h"

#include <QTextStream>

namespace klausul::cli::commands {

namespace {

/** `coverage DRAFT`: which framework controls the draft covers, excludes or leaves open. */
class CoverageCommand : public DraftCommand
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::CoverageCommand)

protected:
    QString description() const override
    {
        return tr("Show which requirements of the draft cover each framework control, "
                  "which controls are not covered and which are excluded.");
    }
    void addDraftOptions(QCommandLineParser &parser) override
    {
        parser.addOption(jsonOption());
        const QStringList keys = Frameworks::keys();
        parser.addOption({QStringLiteral("framework"),
            tr("Only this framework: %1.").arg(keys.join(QStringLiteral(", "))), keys.join(u'|')});
        parser.addOption(
            {QStringLiteral("csv"), tr("Print the Statement of Applicability as CSV.")});
    }
    int checkOptions(const QCommandLineParser &parser) override
    {
        const QString framework = parser.value(QStringLiteral("framework"));
        if (!framework.isEmpty() && !Frameworks::find(framework))
            return usage(tr("--framework must be one of %1")
                             .arg(Frameworks::keys().join(QStringLiteral(", "))));
        return -1;
    }

    int runDraft(const QCommandLineParser &parser) override
    {
        const QList<FrameworkStatement> statements =
            Coverage::compute(*m_library, m_draft, parser.value(QStringLiteral("framework")));
        if (parser.isSet(QStringLiteral("json"))) {
            printJson(Coverage::json(statements));
            return Success;
        }
        if (parser.isSet(QStringLiteral("csv"))) {
            *m_out << Coverage::csv(statements, m_draft.metadata.language);
            return Success;
        }
        for (const FrameworkStatement &statement : statements) {
            *m_out << statement.title << QStringLiteral(": ")
                   << tr("covered: %1 of %2 (%3 %) · excluded: %4 · open: %5")
                          .arg(statement.coveredCount())
                          .arg(statement.controls.size())
                          .arg(qRound(statement.coveredPercent()))
                          .arg(statement.excludedCount())
                          .arg(statement.openCount())
                   << '\n';
            for (const ControlCoverage &c : statement.controls) {
                QString state = c.coveredByRequirement() ? c.requirements.join(QStringLiteral(", "))
                    : c.covered()
                    ? tr("through option %1 (%2)").arg(c.throughOption, c.optionRequirement)
                    : c.excluded ? tr("excluded: %1").arg(c.justification)
                                 : tr("not covered");
                *m_out << QStringLiteral("  ") << c.id.leftJustified(10)
                       << c.title.left(60).leftJustified(62) << state << '\n';
            }
            *m_out << '\n';
        }
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> coverage()
{
    return std::make_unique<CoverageCommand>();
}

} // namespace klausul::cli::commands
