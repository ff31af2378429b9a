#include "commands.h"
#include "core/suggestionreport.h"

#include <QTextStream>

namespace klausul::cli::commands {

namespace {

/** `suggest DRAFT`: the clauses the draft's risk profile calls for, with reasons. */
class Suggest : public DraftCommand
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::Suggest)

protected:
    QString description() const override
    {
        return tr("Suggest the clauses that the draft's risk profile calls for, each "
                  "with the answers that call for it.");
    }
    void addDraftOptions(QCommandLineParser &parser) override { parser.addOption(jsonOption()); }

    int runDraft(const QCommandLineParser &parser) override
    {
        const SuggestionReport report = SuggestionReport::build(*m_library, m_draft);
        if (parser.isSet(QStringLiteral("json")))
            printJson(report.toJson());
        else
            *m_out << report.toText();
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> suggest()
{
    return std::make_unique<Suggest>();
}

} // namespace klausul::cli::commands
