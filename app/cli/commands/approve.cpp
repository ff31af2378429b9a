#include "commands.h"
#include "core/draftdocument.h"

#include <QTextStream>

namespace klausul::cli::commands {

namespace {

/** `approve DRAFT NUMBER|--all --as NAME`: approves requirements in review. */
class Approve : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::Approve)

protected:
    QString description() const override
    {
        return tr("Set the review status of a requirement (or of every requirement with --all): "
                  "approved by NAME, or ready/draft with --status.");
    }
    QString arguments() const override { return QStringLiteral("[NUMBER]"); }
    std::pair<int, int> argumentCount() const override { return {0, 1}; }
    void addEditOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("all"), tr("Every requirement of the draft.")});
        parser.addOption(asOption());
        parser.addOption({QStringLiteral("status"),
            tr("The review status to set: approved (default), ready or draft."),
            QStringLiteral("approved|ready|draft"), QStringLiteral("approved")});
    }
    int checkOptions(const QCommandLineParser &parser) override
    {
        if ((parser.positionalArguments().size() == 2) == parser.isSet(QStringLiteral("all")))
            return usage(tr("approve needs either a NUMBER or --all"));
        if (!reviewStatusFromCode(parser.value(QStringLiteral("status"))))
            return usage(tr("--status must be approved, ready or draft"));
        if (*reviewStatusFromCode(parser.value(QStringLiteral("status"))) ==
                ReviewStatus::Approved &&
            parser.value(QStringLiteral("as")).trimmed().isEmpty())
            return usage(tr("approve needs the approver: --as NAME"));
        return -1;
    }

    int edit(DraftDocument &document, const QCommandLineParser &parser) override
    {
        const ReviewStatus status = *reviewStatusFromCode(parser.value(QStringLiteral("status")));
        QStringList uids;
        if (parser.isSet(QStringLiteral("all"))) {
            for (const DraftItem *item : document.draft().items()) {
                if (item->reviewStatus != status)
                    uids << item->uid;
            }
        } else {
            const QString uid = itemUid(document, m_arguments.constFirst());
            if (uid.isEmpty())
                return Invalid;
            uids << uid;
        }
        for (const QString &uid : std::as_const(uids))
            document.setReviewStatus(uid, status, parser.value(QStringLiteral("as")).trimmed());
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> approve()
{
    return std::make_unique<Approve>();
}

} // namespace klausul::cli::commands
