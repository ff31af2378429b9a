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
                  "approved by NAME, or ready/draft with --status. Approving records what was "
                  "approved; a later change makes it \"changed since approval\". With "
                  "--explanation ID the follow-or-explain explanation of ID is approved.");
    }
    QString arguments() const override { return QStringLiteral("[NUMBER]"); }
    std::pair<int, int> argumentCount() const override { return {0, 1}; }
    void addEditOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("all"),
            tr("Every requirement and follow-or-explain explanation of the draft.")});
        parser.addOption({QStringLiteral("explanation"),
            tr("Approve the explanation of why clause ID is not in the annex."),
            QStringLiteral("ID")});
        parser.addOption(asOption());
        parser.addOption({QStringLiteral("status"),
            tr("The review status to set: approved (default), ready or draft."),
            QStringLiteral("approved|ready|draft"), QStringLiteral("approved")});
    }
    int checkOptions(const QCommandLineParser &parser) override
    {
        const int targets = (parser.positionalArguments().size() == 2 ? 1 : 0) +
            (parser.isSet(QStringLiteral("all")) ? 1 : 0) +
            (parser.isSet(QStringLiteral("explanation")) ? 1 : 0);
        if (targets != 1)
            return usage(tr("approve needs either a NUMBER or --all (or --explanation ID)"));
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
        const QString approver = parser.value(QStringLiteral("as")).trimmed();
        if (parser.isSet(QStringLiteral("explanation"))) {
            const QString id = parser.value(QStringLiteral("explanation"));
            if (!document.draft().explanation(id))
                return fail(Invalid, tr("the draft has no explanation for %1").arg(id));
            document.approveExplanation(
                id, status == ReviewStatus::Approved ? approver : QString());
            return Success;
        }
        QStringList uids;
        if (parser.isSet(QStringLiteral("all"))) {
            for (const DraftItem *item : document.draft().items()) {
                // An item changed since its approval is approved again (a new fingerprint).
                if (item->reviewStatus != status ||
                    item->reviewState() == ReviewState::ChangedSinceApproval)
                    uids << item->uid;
            }
        } else {
            const QString uid = itemUid(document, m_arguments.constFirst());
            if (uid.isEmpty())
                return Invalid;
            uids << uid;
        }
        for (const QString &uid : std::as_const(uids))
            document.setReviewStatus(uid, status, approver);
        if (parser.isSet(QStringLiteral("all"))) {
            const QString explanationApprover =
                status == ReviewStatus::Approved ? approver : QString();
            const QList<Explanation> explanations = document.draft().explanations; // a copy
            for (const Explanation &explanation : explanations) {
                if (explanation.isApproved() != !explanationApprover.isEmpty())
                    document.approveExplanation(explanation.clauseId, explanationApprover);
            }
        }
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> approve()
{
    return std::make_unique<Approve>();
}

} // namespace klausul::cli::commands
