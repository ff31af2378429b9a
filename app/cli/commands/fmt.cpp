#include "commands.h"
#include "core/xmlformat.h"

#include <QTextStream>

namespace klausul::cli::commands {

namespace {

/** `fmt [--check] PATH...`: the canonical layout of library XML files. */
class Fmt : public Command
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::Fmt)

protected:
    QString description() const override
    {
        return tr("Rewrite library XML files (folders: every *.xml below them) in the one "
                  "canonical layout: attribute order, two-space indentation, text filled to "
                  "%1 columns. With --check nothing is written: the files that differ are "
                  "listed and the exit code is 1.")
            .arg(XmlFormat::LineWidth);
    }
    QString positional() const override { return QStringLiteral("PATH..."); }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("check"),
            tr("Only list the files whose layout differs; exit 1 if there are any.")});
    }

    int run(const QCommandLineParser &parser) override
    {
        const QStringList paths = parser.positionalArguments();
        if (paths.isEmpty())
            return wrongArguments();
        const bool check = parser.isSet(QStringLiteral("check"));
        IssueList issues;
        const QStringList files = XmlFormat::xmlFiles(paths, &issues);
        int changed = 0;
        for (const QString &file : files) {
            if (XmlFormat::formatFile(file, !check, &issues) != XmlFormat::Result::Changed)
                continue;
            ++changed;
            *m_out << (check ? tr("%1: not in the canonical layout").arg(file)
                             : tr("%1: formatted").arg(file))
                   << '\n';
        }
        printIssues(issues);
        *m_out << (check ? tr("%1 of %2 files to format") : tr("%1 of %2 files formatted"))
                      .arg(changed)
                      .arg(files.size())
               << '\n';
        if (hasIoErrors(issues))
            return FileError;
        if (hasErrors(issues))
            return Invalid;
        return check && changed > 0 ? Invalid : Success;
    }
};

} // namespace

std::unique_ptr<Command> fmt()
{
    return std::make_unique<Fmt>();
}

} // namespace klausul::cli::commands
