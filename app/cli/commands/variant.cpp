#include "commands.h"
#include "core/draftdocument.h"

#include <QTextStream>

namespace klausul::cli::commands {

namespace {

/** `variant DRAFT NUMBER V`: chooses the variant (or "standard"). */
class Variant : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::Variant)

protected:
    QString description() const override
    {
        return tr("Choose the variant of a requirement; \"standard\" for the standard text.");
    }
    QString arguments() const override { return QStringLiteral("NUMBER V|standard"); }
    std::pair<int, int> argumentCount() const override { return {2, 2}; }

    int edit(DraftDocument &document, const QCommandLineParser &parser) override
    {
        Q_UNUSED(parser)
        const DraftItem *item = findItem(document.draft(), m_arguments.constFirst());
        if (!item)
            return Invalid;
        const QString variant =
            m_arguments.at(1) == QLatin1String("standard") ? QString() : m_arguments.at(1);
        const Clause *clause = m_library->clause(item->clauseId);
        if (!variant.isEmpty() && (!clause || !clause->variant(variant))) {
            QStringList known {QStringLiteral("standard")};
            if (clause) {
                for (const klausul::Variant &v : clause->variants)
                    known << v.id;
            }
            return fail(Invalid,
                tr("%1 has no variant \"%2\" (variants: %3)")
                    .arg(document.draft().numberLabel(item->number), variant,
                        known.join(QStringLiteral(", "))));
        }
        document.setVariant(item->uid, variant);
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> variant()
{
    return std::make_unique<Variant>();
}

} // namespace klausul::cli::commands
