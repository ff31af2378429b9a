#include "commands.h"
#include "core/draftdocument.h"
#include "core/richtext.h"

#include <QFile>
#include <QTextStream>

namespace klausul::cli::commands {

namespace {

/** `wording DRAFT NUMBER --file F|--reset`: own wording of a requirement. */
class Wording : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::Wording)

protected:
    QString description() const override
    {
        return tr(
            "Give a requirement your own wording from a text file (paragraphs separated by "
            "blank lines, \"- \" for list items, {parameter} for values), or --reset it to the "
            "standard text.");
    }
    QString arguments() const override { return QStringLiteral("NUMBER"); }
    std::pair<int, int> argumentCount() const override { return {1, 1}; }
    void addEditOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("file"), tr("Read the wording from FILE (UTF-8)."),
            QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("reset"), tr("Go back to the standard text.")});
        parser.addOption({QStringLiteral("lang"),
            tr("The language of the wording (default: the draft's language)."),
            QStringLiteral("da|en")});
    }
    int checkOptions(const QCommandLineParser &parser) override
    {
        if (parser.isSet(QStringLiteral("file")) == parser.isSet(QStringLiteral("reset")))
            return usage(tr("wording needs either --file F or --reset"));
        const QString lang = parser.value(QStringLiteral("lang"));
        if (!lang.isEmpty() && lang != QLatin1String("da") && lang != QLatin1String("en"))
            return usage(tr("--lang must be da or en"));
        return -1;
    }

    int edit(DraftDocument &document, const QCommandLineParser &parser) override
    {
        const DraftItem *item = findItem(document.draft(), m_arguments.constFirst());
        if (!item)
            return Invalid;
        if (parser.isSet(QStringLiteral("reset"))) {
            if (item->isOwnRequirement())
                return fail(Invalid,
                    tr("%1 is your own requirement; it has no standard text")
                        .arg(document.draft().numberLabel(item->number)));
            document.resetWording(item->uid);
            return Success;
        }
        QFile file(parser.value(QStringLiteral("file")));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return fail(FileError, tr("%1: %2").arg(file.fileName(), file.errorString()));
        const QString text = QString::fromUtf8(file.readAll());
        if (text.trimmed().isEmpty())
            return fail(
                Invalid, tr("%1 is empty; use --reset for the standard text").arg(file.fileName()));
        const QString lang = parser.value(QStringLiteral("lang"));
        const Language language = lang.isEmpty() ? document.draft().metadata.language
            : lang == QLatin1String("en")        ? Language::English
                                                 : Language::Danish;
        document.setWording(item->uid, language, RichText::fromEditableText(text));
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> wording()
{
    return std::make_unique<Wording>();
}

} // namespace klausul::cli::commands
