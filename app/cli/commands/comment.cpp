#include "commands.h"
#include "core/draftdocument.h"

#include <QTextStream>

namespace klausul::cli::commands {

namespace {

/** `comment DRAFT NUMBER --text T`: a review comment. */
class CommentCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::CommentCommand)

protected:
    QString description() const override { return tr("Add a review comment to a requirement."); }
    QString arguments() const override { return QStringLiteral("NUMBER"); }
    std::pair<int, int> argumentCount() const override { return {1, 1}; }
    void addEditOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("text"), tr("The comment."), QStringLiteral("T")});
        parser.addOption(asOption());
    }
    int checkOptions(const QCommandLineParser &parser) override
    {
        if (parser.value(QStringLiteral("text")).trimmed().isEmpty())
            return usage(tr("comment needs --text T"));
        return -1;
    }

    int edit(DraftDocument &document, const QCommandLineParser &parser) override
    {
        const QString uid = itemUid(document, m_arguments.constFirst());
        if (uid.isEmpty())
            return Invalid;
        document.addComment(uid, author(parser), parser.value(QStringLiteral("text")));
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> comment()
{
    return std::make_unique<CommentCommand>();
}

} // namespace klausul::cli::commands
