#include "commands.h"
#include "core/draftdocument.h"
#include "core/parameterformat.h"

#include <QTextStream>

namespace klausul::cli::commands {

namespace {

/** `set DRAFT NUMBER PARAM=VALUE ...`: sets parameter values (all or none). */
class Set : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::Set)

protected:
    QString description() const override
    {
        return tr("Set parameter values of a requirement. Values are checked against the "
                  "parameter (type, range, choices); an empty VALUE clears it. If one value is "
                  "wrong, nothing is changed.");
    }
    QString arguments() const override { return QStringLiteral("NUMBER PARAM=VALUE..."); }
    std::pair<int, int> argumentCount() const override { return {2, -1}; }

    int edit(DraftDocument &document, const QCommandLineParser &parser) override
    {
        Q_UNUSED(parser)
        const DraftItem *item = findItem(document.draft(), m_arguments.constFirst());
        if (!item)
            return Invalid;
        const QString label = document.draft().numberLabel(item->number);
        const Clause *clause = m_library->clause(item->clauseId);
        QList<std::pair<QString, QString>> values;
        for (const QString &pair : m_arguments.mid(1)) {
            const qsizetype equals = pair.indexOf(u'=');
            if (equals <= 0)
                return usage(tr("expected PARAM=VALUE, not \"%1\"").arg(pair));
            const QString id = pair.left(equals);
            QString value = pair.mid(equals + 1);
            const Parameter *parameter = clause ? clause->parameter(id) : nullptr;
            if (!parameter) {
                QStringList known;
                if (clause) {
                    for (const Parameter &p : clause->parameters)
                        known << p.id;
                }
                return fail(Invalid,
                    tr("%1 has no parameter \"%2\" (parameters: %3)")
                        .arg(label, id, known.join(QStringLiteral(", "))));
            }
            if (!value.isEmpty()) {
                QString why = ParameterFormat::validate(*parameter, value);
                // Numbers typed the Danish way ("1.000.000", "12,5") are accepted as in the
                // GUI.
                const QString canonical = ParameterFormat::canonicalNumber(value, true);
                if (!why.isEmpty() && !canonical.isEmpty() &&
                    ParameterFormat::validate(*parameter, canonical).isEmpty()) {
                    value = canonical;
                    why.clear();
                }
                if (!why.isEmpty())
                    return fail(Invalid, tr("%1 %2: %3").arg(label, id, why));
            }
            values.append({id, value});
        }
        for (const auto &[id, value] : std::as_const(values))
            document.setParameter(item->uid, id, value);
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> set()
{
    return std::make_unique<Set>();
}

} // namespace klausul::cli::commands
