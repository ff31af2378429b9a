#include "commands.h"
#include "core/draftdocument.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace klausul::cli::commands {

namespace {

/** Line and column (1-based) of `offset` in `data`. */
std::pair<int, int> position(const QByteArray &data, qsizetype offset)
{
    const QByteArray before = data.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(offset - (before.lastIndexOf('\n') + 1)) + 1;
    return {line, column};
}

/** Why `question`=`answer` is not possible, or empty. */
QString checkAnswer(const Library &library, const QString &question, const QString &answer)
{
    const Question *q = library.question(question);
    if (!q) {
        QStringList known;
        for (const Question &each : library.questions())
            known << each.id;
        return Command::tr("no question \"%1\" (questions: %2)")
            .arg(question, known.join(QStringLiteral(", ")));
    }
    if (!q->option(answer)) {
        QStringList known;
        for (const QuestionOption &option : q->options)
            known << option.value;
        return Command::tr("question \"%1\" has no answer \"%2\" (answers: %3)")
            .arg(question, answer, known.join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace

void addAnswerOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("profile"),
        Command::tr("Read risk-profile answers from FILE, a JSON object "
                    "{\"question\": \"answer\", ...}."),
        QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("answer"),
        Command::tr("Answer question Q with A (repeatable; see \"klausul-cli new --help\" and "
                    "questions.xml for the questions)."),
        QStringLiteral("Q=A")});
}

bool readAnswers(const Library &library, const QCommandLineParser &parser,
    QMap<QString, QString> *answers, QString *error, int *code)
{
    if (parser.isSet(QStringLiteral("profile"))) {
        const QString path = parser.value(QStringLiteral("profile"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error =
                QStringLiteral("%1: ").arg(path) + Command::tr("error: %1").arg(file.errorString());
            *code = FileError;
            return false;
        }
        const QByteArray data = file.readAll();
        QJsonParseError parseError {};
        const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            const auto [line, column] = position(data, parseError.offset);
            *error = QStringLiteral("%1:%2:%3: ").arg(path).arg(line).arg(column) +
                Command::tr("error: %1")
                    .arg(doc.isNull() ? parseError.errorString()
                                      : Command::tr("expected a JSON object of answers"));
            *code = Invalid;
            return false;
        }
        const QJsonObject object = doc.object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString why = checkAnswer(library, it.key(), it.value().toString());
            if (!why.isEmpty()) {
                const qsizetype at = data.indexOf('"' + it.key().toUtf8() + '"');
                const auto [line, column] = position(data, at < 0 ? 0 : at);
                *error = QStringLiteral("%1:%2:%3: ").arg(path).arg(line).arg(column) +
                    Command::tr("error: %1").arg(why);
                *code = Invalid;
                return false;
            }
            answers->insert(it.key(), it.value().toString());
        }
    }
    for (const QString &pair : parser.values(QStringLiteral("answer"))) {
        const qsizetype equals = pair.indexOf(u'=');
        const QString question = pair.left(equals);
        const QString answer = equals < 0 ? QString() : pair.mid(equals + 1);
        const QString why =
            equals < 0 ? Command::tr("expected Q=A") : checkAnswer(library, question, answer);
        if (!why.isEmpty()) {
            *error = QStringLiteral("--answer %1: ").arg(pair) + Command::tr("error: %1").arg(why);
            *code = Invalid;
            return false;
        }
        answers->insert(question, answer);
    }
    return true;
}

namespace {

/** `profile DRAFT --answer Q=A ...`: answers risk-profile questions. */
class Profile : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(klausul::cli::commands::Profile)

protected:
    QString description() const override
    {
        return tr("Answer risk-profile questions of the draft (the wizard's first page). "
                  "Run \"klausul-cli apply\" afterwards to take the suggestions.");
    }
    void addEditOptions(QCommandLineParser &parser) override { addAnswerOptions(parser); }
    int checkOptions(const QCommandLineParser &parser) override
    {
        if (!parser.isSet(QStringLiteral("answer")) && !parser.isSet(QStringLiteral("profile")))
            return usage(tr("profile needs --answer Q=A or --profile FILE"));
        return -1;
    }

    int edit(DraftDocument &document, const QCommandLineParser &parser) override
    {
        QMap<QString, QString> answers = document.draft().answers;
        QString error;
        int code = Success;
        if (!readAnswers(*m_library, parser, &answers, &error, &code)) {
            *m_err << error << '\n';
            return code;
        }
        document.setAnswers(answers);
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> profile()
{
    return std::make_unique<Profile>();
}

} // namespace klausul::cli::commands
