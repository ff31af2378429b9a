#include "cli/cli.h"
#include "core/contractmap.h"
#include "core/draftguard.h"
#include "core/draftio.h"
#include "core/libraryloader.h"
#include "core/translations.h"
#include "support/clirun.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QXmlStreamReader>

#include <numeric>

using namespace klausul;

/**
 * The editing commands of klausul-cli (new, profile, apply, add, remove, set, variant, wording,
 * type, explain, exclude, comment, approve, renumber, publish) and diff, run in-process: a whole
 * municipal draft made from nothing, the edits diff reports, and bad input leaving drafts as they
 * were.
 */
class TestCliEdit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void endToEnd_municipalDraftFromNothing_checksAndExports();
    void diff_afterEdits_reportsExactlyTheEdits();
    void diff_json_wordingWordByWord();
    void apply_afterOwnChoices_keepsThemAsTheWizardDoes();
    void profile_unknownQuestionOrAnswer_exitsOneLocated_data();
    void profile_unknownQuestionOrAnswer_exitsOneLocated();
    void badInput_exitCode_draftByteIdentical_data();
    void badInput_exitCode_draftByteIdentical();
    void lockedDraft_everyEditingCommand_exitsFourUnchanged_data();
    void lockedDraft_everyEditingCommand_exitsFourUnchanged();
    void readOnlyDraft_everyEditingCommand_exitsFourUnchanged_data();
    void readOnlyDraft_everyEditingCommand_exitsFourUnchanged();
    void dryRun_printsChange_draftUnchanged();
    void editing_json_listsTheChange();
    void new_existingFile_refusedWithoutForce();
    void publish_annexWithErrors_refusedUnlessForced();
    void renumber_afterPublication_refusedUnlessAsked();

private:
    using Result = test::CliResult;
    static Result run(QStringList arguments) { return test::runCli(std::move(arguments)); }
    static QByteArray read(const QString &path);
    /** Builds the S1-style municipal draft in `path` with the commands only; "" or a failure. */
    static QString buildMunicipalDraft(const QString &dir, const QString &path);
    /** A copy of the bundled example draft in `dir`. */
    static QString exampleCopy(const QString &dir);
    /** Every editing command with valid arguments for the example draft. */
    static QList<QStringList> editingCommands(const QString &dir);

    QTemporaryDir m_dir;
    QString m_municipal; ///< built once by initTestCase with the commands only
    QString m_buildFailure;
};

QByteArray TestCliEdit::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestCliEdit::initTestCase()
{
    QVERIFY(installTranslators(Language::English));
    QVERIFY(m_dir.isValid());
    m_municipal = m_dir.filePath(QStringLiteral("s1.klausul"));
    m_buildFailure = buildMunicipalDraft(m_dir.path(), m_municipal);
}

QString TestCliEdit::exampleCopy(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("kommune.klausul"));
    QFile::remove(path);
    if (!QFile::copy(
            test::sourcePath(QStringLiteral("clauses/examples/kommune-sagsbehandling.klausul")),
            path))
        return {};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

QString TestCliEdit::buildMunicipalDraft(const QString &dir, const QString &path)
{
    // The risk profile of the example (S1: a municipality's cloud case-handling system).
    const QString answers = QDir(dir).filePath(QStringLiteral("answers.json"));
    {
        QFile file(answers);
        if (!file.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write answers.json");
        file.write(R"({
  "service-kind": "standard",
  "criticality": "high",
  "personal-data": "sensitive",
  "society-critical": "no",
  "hosting": "cloud",
  "development": "no",
  "supplier-certified": "yes",
  "own-soa": "no",
  "nis2-entity": "no",
  "third-country": "possible"
}
)");
    }
    Result r = run({QStringLiteral("new"), QStringLiteral("-o"), path, QStringLiteral("--profile"),
        answers, QStringLiteral("--authority"), QStringLiteral("Eksempel Kommune"),
        QStringLiteral("--tender"), QStringLiteral("Cloudbaseret sagsbehandlingssystem"),
        QStringLiteral("--case-number"), QStringLiteral("26/04711"), QStringLiteral("--category"),
        QStringLiteral("B"), QStringLiteral("--annex-title"),
        QStringLiteral("Informationssikkerhed")});
    if (r.code != cli::Success)
        return QStringLiteral("new: ") + r.err;
    r = run({QStringLiteral("apply"), path});
    if (r.code != cli::Success)
        return QStringLiteral("apply: ") + r.err;
    // The contract map: K04's annexes, numbered by the authority (this annex is 9).
    QStringList contract {QStringLiteral("contract"), path, QStringLiteral("--type"),
        QStringLiteral("k04"), QStringLiteral("--template")};
    int annexNumber = 1;
    for (const QString &role : ContractMap::roles()) {
        if (role == QLatin1String("security") || role == QLatin1String("contract"))
            continue;
        if (annexNumber == 9)
            ++annexNumber;
        contract << QStringLiteral("--annex") << role + u'=' + QString::number(annexNumber++);
    }
    r = run(contract);
    if (r.code != cli::Success)
        return QStringLiteral("contract: ") + r.err;
    // The library declares PDA-08 and REV-07 in conflict (both allocate audit costs); the
    // authority keeps PDA-08, as a user answering `check` would.
    IssueList readIssues;
    if (const std::optional<Draft> applied = DraftIo::read(path, &readIssues)) {
        const QList<const DraftItem *> rev07 = applied->itemsForClause(QStringLiteral("REV-07"));
        if (!rev07.isEmpty() && !applied->itemsForClause(QStringLiteral("PDA-08")).isEmpty()) {
            r = run({QStringLiteral("remove"), path, QString::number(rev07.constFirst()->number)});
            if (r.code != cli::Success)
                return QStringLiteral("remove: ") + r.err;
        }
    }
    // A stricter variant the library declares in conflict with an answer ("third-country:
    // possible" against PDA-11's stricter variant) goes back to the standard text, as the
    // authority answering `check` would.
    r = run({QStringLiteral("check"), path, QStringLiteral("--json")});
    for (const QJsonValue &value : QJsonDocument::fromJson(r.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("problems"))
                                       .toArray()) {
        const QJsonObject problem = value.toObject();
        if (!problem.value(QStringLiteral("message"))
                 .toString()
                 .contains(QStringLiteral("conflicts with the risk-profile answer")))
            continue;
        const std::optional<Draft> current = DraftIo::read(path, &readIssues);
        const DraftItem *item =
            current ? current->item(problem.value(QStringLiteral("item")).toString()) : nullptr;
        if (!item)
            return QStringLiteral("no item for: ") +
                problem.value(QStringLiteral("message")).toString();
        r = run({QStringLiteral("variant"), path, QString::number(item->number),
            QStringLiteral("standard")});
        if (r.code != cli::Success)
            return QStringLiteral("variant: ") + r.err;
    }

    // Every value the annex still needs: the example's where it has one, else the parameter's
    // default, first choice or minimum (a test stands in for the authority here).
    IssueList issues;
    const std::optional<Draft> example = DraftIo::read(
        test::sourcePath(QStringLiteral("clauses/examples/kommune-sagsbehandling.klausul")),
        &issues);
    const auto library = LibraryLoader::load({});
    r = run({QStringLiteral("check"), path, QStringLiteral("--json")});
    const QJsonArray problems = QJsonDocument::fromJson(r.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("problems"))
                                    .toArray();
    const std::optional<Draft> draft = DraftIo::read(path, &issues);
    if (!example || !draft)
        return QStringLiteral("cannot read drafts: ") + test::describe(issues);
    QMap<int, QMap<QString, QString>> values; // number -> parameter -> value
    // The authority's own values: those of the example for the same clauses.
    for (const DraftItem *own : example->items()) {
        const QList<const DraftItem *> same = draft->itemsForClause(own->clauseId);
        if (!same.isEmpty())
            values[same.constFirst()->number].insert(own->values);
    }
    // Then whatever the annex still reports as missing.
    for (const QJsonValue &value : problems) {
        const QJsonObject problem = value.toObject();
        const QString field = problem.value(QStringLiteral("field")).toString();
        // Notes (e.g. a competition warning on an MK) inform; they block nothing.
        if (problem.value(QStringLiteral("severity")).toString() == QLatin1String("note"))
            continue;
        if (!field.startsWith(QLatin1String("param:")))
            return QStringLiteral("unexpected problem: ") +
                problem.value(QStringLiteral("message")).toString();
        const QString parameterId = field.mid(6);
        const DraftItem *item = draft->item(problem.value(QStringLiteral("item")).toString());
        const Clause *clause = item ? library->clause(item->clauseId) : nullptr;
        const Parameter *parameter = clause ? clause->parameter(parameterId) : nullptr;
        if (!parameter)
            return QStringLiteral("no parameter ") + field;
        QString chosen;
        if (parameter->type == ParameterType::Reference)
            chosen = parameter->role == QLatin1String("requirement") ? parameter->target
                                                                     : parameter->role;
        else if (!parameter->choices.isEmpty())
            chosen = parameter->choices.constFirst().value;
        else if (parameter->minimum)
            chosen = QString::number(*parameter->minimum);
        else if (parameter->type == ParameterType::Date)
            chosen = QStringLiteral("2027-06-30");
        else if (parameter->type == ParameterType::Integer ||
            parameter->type == ParameterType::Decimal)
            chosen = QStringLiteral("1");
        else
            chosen = QStringLiteral("Kundens kontaktpunkt for informationssikkerhed");
        values[item->number].insert(parameterId, chosen);
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QStringList pairs;
        for (auto v = it.value().cbegin(); v != it.value().cend(); ++v)
            pairs << v.key() + u'=' + v.value();
        if (pairs.isEmpty())
            continue;
        r = run(QStringList {QStringLiteral("set"), path, QString::number(it.key())} + pairs);
        if (r.code != cli::Success)
            return QStringLiteral("set: ") + r.err;
    }
    r = run({QStringLiteral("approve"), path, QStringLiteral("--all"), QStringLiteral("--as"),
        QStringLiteral("Anne Holm, jurist")});
    if (r.code != cli::Success)
        return QStringLiteral("approve: ") + r.err;
    r = run({QStringLiteral("publish"), path, QStringLiteral("--version"), QStringLiteral("1.0"),
        QStringLiteral("--note"), QStringLiteral("Udbudsversion"), QStringLiteral("--as"),
        QStringLiteral("Anne Holm")});
    if (r.code != cli::Success)
        return QStringLiteral("publish: ") + r.err + r.out;
    return {};
}

void TestCliEdit::endToEnd_municipalDraftFromNothing_checksAndExports()
{
    QVERIFY2(m_buildFailure.isEmpty(), qPrintable(m_buildFailure));
    QTemporaryDir dir;
    const QString path = m_municipal;

    Result r = run({QStringLiteral("check"), path});
    QVERIFY2(r.code == cli::Success, qPrintable(r.err + r.out));
    QVERIFY(r.out.contains(QStringLiteral(": 0 errors")));

    IssueList issues;
    const std::optional<Draft> draft = DraftIo::read(path, &issues);
    QVERIFY2(draft, qPrintable(test::describe(issues)));
    QCOMPARE(draft->metadata.authority, QStringLiteral("Eksempel Kommune"));
    QCOMPARE(draft->answers.value(QStringLiteral("criticality")), QStringLiteral("high"));
    QVERIFY(draft->itemCount() >= 8);
    for (const DraftItem *item : draft->items()) {
        QCOMPARE(item->reviewStatus, ReviewStatus::Approved);
        QCOMPARE(item->approver, QStringLiteral("Anne Holm, jurist"));
    }
    // The values set are the example's.
    QCOMPARE(draft->itemsForClause(QStringLiteral("LOG-01"))
                 .value(0)
                 ->values.value(QStringLiteral("retention")),
        QStringLiteral("13"));
    QCOMPARE(draft->itemsForClause(QStringLiteral("HAE-01"))
                 .value(0)
                 ->values.value(QStringLiteral("notification")),
        QStringLiteral("24"));
    QCOMPARE(draft->versions.size(), 1);
    QCOMPARE(draft->versions.constFirst().number, QStringLiteral("1.0"));
    QCOMPARE(draft->versions.constFirst().changes, QStringLiteral("Udbudsversion"));
    // The example's clauses the same profile calls for are all there.
    for (const QString &id : {QStringLiteral("STY-01"), QStringLiteral("KRY-01"),
             QStringLiteral("LOG-01"), QStringLiteral("HAE-01")})
        QVERIFY2(!draft->itemsForClause(id).isEmpty(), qPrintable(id));

    const QString out = dir.filePath(QStringLiteral("bilag9"));
    r = run({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("all"),
        QStringLiteral("-o"), out});
    QVERIFY2(r.code == cli::Success, qPrintable(r.err));
    QVERIFY(QFileInfo(out + QStringLiteral(".pdf")).size() > 1000);
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
        {QStringLiteral("-p"), out + QStringLiteral(".docx"), QStringLiteral("word/document.xml")});
    QVERIFY(unzip.waitForFinished(60000));
    QXmlStreamReader reader(unzip.readAllStandardOutput());
    QString text;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::Characters)
            text += reader.text();
    }
    QVERIFY(!reader.hasError());
    QVERIFY2(text.contains(QStringLiteral("Eksempel Kommune")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("Udbudsversion")));
    QVERIFY(text.contains(QStringLiteral("9.1")));
}

QList<QStringList> TestCliEdit::editingCommands(const QString &dir)
{
    const QString wording = QDir(dir).filePath(QStringLiteral("wording.txt"));
    QFile file(wording);
    if (file.open(QIODevice::WriteOnly))
        file.write("Leverandøren skal levere inden for {delivery-deadline}.\n");
    return {
        {QStringLiteral("profile"), QStringLiteral("--answer"), QStringLiteral("criticality=low")},
        {QStringLiteral("apply")},
        {QStringLiteral("add"), QStringLiteral("LOG-02")},
        {QStringLiteral("remove"), QStringLiteral("2")},
        {QStringLiteral("set"), QStringLiteral("7"), QStringLiteral("retention=24")},
        {QStringLiteral("variant"), QStringLiteral("3"), QStringLiteral("standard")},
        {QStringLiteral("wording"), QStringLiteral("1"), QStringLiteral("--file"), wording},
        {QStringLiteral("type"), QStringLiteral("1"), QStringLiteral("MK")},
        {QStringLiteral("explain"), QStringLiteral("PER-01"), QStringLiteral("--text"),
            QStringLiteral("Dækket af rammeaftalen")},
        {QStringLiteral("exclude"), QStringLiteral("iso27001:7.4"), QStringLiteral("--reason"),
            QStringLiteral("Ingen fysiske lokaler")},
        {QStringLiteral("comment"), QStringLiteral("1"), QStringLiteral("--text"),
            QStringLiteral("Frist ok?")},
        {QStringLiteral("approve"), QStringLiteral("--all"), QStringLiteral("--as"),
            QStringLiteral("Anne")},
        {QStringLiteral("renumber")},
        {QStringLiteral("publish"), QStringLiteral("--version"), QStringLiteral("9.9"),
            QStringLiteral("--note"), QStringLiteral("x"), QStringLiteral("--force"),
            QStringLiteral("--as"), QStringLiteral("Anne")},
    };
}

void TestCliEdit::diff_afterEdits_reportsExactlyTheEdits()
{
    QVERIFY2(m_buildFailure.isEmpty(), qPrintable(m_buildFailure));
    QTemporaryDir dir;
    const QString before = dir.filePath(QStringLiteral("before.klausul"));
    QVERIFY(QFile::copy(m_municipal, before));
    const QString after = dir.filePath(QStringLiteral("after.klausul"));
    QVERIFY(QFile::copy(before, after));

    IssueList issues;
    const std::optional<Draft> draft = DraftIo::read(before, &issues);
    QVERIFY(draft);
    const DraftItem *log = draft->itemsForClause(QStringLiteral("LOG-01")).value(0);
    const DraftItem *sty = draft->itemsForClause(QStringLiteral("STY-01")).value(0);
    const DraftItem *last = draft->items().constLast();
    QVERIFY(log && sty && last && last != log && last != sty);
    const QString logNumber = QString::number(log->number);
    const QString styNumber = QString::number(sty->number);
    const QString wording = dir.filePath(QStringLiteral("own.txt"));
    {
        QFile file(wording);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Leverandøren skal rette fejl hurtigt.\n");
    }
    const QList<QStringList> edits {
        {QStringLiteral("set"), after, logNumber, QStringLiteral("retention=24")},
        {QStringLiteral("type"), after, styNumber, QStringLiteral("MK")},
        {QStringLiteral("wording"), after, styNumber, QStringLiteral("--file"), wording},
        {QStringLiteral("comment"), after, logNumber, QStringLiteral("--text"),
            QStringLiteral("24 måneder efter aftale med DPO"), QStringLiteral("--as"),
            QStringLiteral("Bo")},
        {QStringLiteral("approve"), after, logNumber, QStringLiteral("--status"),
            QStringLiteral("ready")},
        {QStringLiteral("remove"), after, QString::number(last->number)},
        {QStringLiteral("add"), after, QStringLiteral("STY-02")},
    };
    for (const QStringList &edit : edits) {
        const Result r = run(edit);
        QVERIFY2(
            r.code == cli::Success, qPrintable(edit.join(u' ') + QStringLiteral(": ") + r.err));
    }

    const Result r = run({QStringLiteral("diff"), before, after, QStringLiteral("--json")});
    QVERIFY2(r.code == cli::Success, qPrintable(r.err));
    const QJsonArray changes =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("changes")).toArray();
    QStringList got;
    for (const QJsonValue &value : changes) {
        const QJsonObject c = value.toObject();
        got << QStringList {c.value(QStringLiteral("kind")).toString(),
            c.value(QStringLiteral("clause")).toString(),
            c.value(QStringLiteral("field")).toString(),
            c.value(QStringLiteral("after")).toString()}
                   .join(u'|');
    }
    const QString lastNumber = draft->numberLabel(last->number);
    QStringList expected {
        QStringLiteral("removed|%1||").arg(last->clauseId),
        QStringLiteral("value|LOG-01|retention|24"),
        QStringLiteral("review|LOG-01||ready"),
        QStringLiteral("comment|LOG-01|Bo|24 måneder efter aftale med DPO"),
        QStringLiteral("type|STY-01||MK"),
        QStringLiteral("wording|STY-01|da|Leverandøren skal rette fejl hurtigt."),
        QStringLiteral("added|STY-02||"),
    };
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
    // The removed one keeps its number; the new one gets the next number (never reused).
    QVERIFY(r.out.contains(lastNumber));

    // The text form says the same.
    const Result text = run({QStringLiteral("diff"), before, after});
    QCOMPARE(text.code, int(cli::Success));
    QCOMPARE(text.out.count(u'\n'), expected.size());
    QVERIFY(text.out.contains(QStringLiteral("retention: \"13\" → \"24\"")));
    // And nothing between a draft and itself.
    QVERIFY(run({QStringLiteral("diff"), after, after}).out.isEmpty());
}

void TestCliEdit::diff_json_wordingWordByWord()
{
    QTemporaryDir dir;
    const QString before = exampleCopy(dir.path());
    const QString after = dir.filePath(QStringLiteral("after.klausul"));
    QVERIFY(QFile::copy(before, after));
    const QString first = dir.filePath(QStringLiteral("a.txt"));
    const QString second = dir.filePath(QStringLiteral("b.txt"));
    for (const auto &[file, text] : {std::pair {first, "Data skal krypteres under transport."},
             std::pair {second, "Data skal altid krypteres under transport."}}) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    QCOMPARE(run({QStringLiteral("wording"), before, QStringLiteral("4"), QStringLiteral("--file"),
                     first})
                 .code,
        int(cli::Success));
    QCOMPARE(run({QStringLiteral("wording"), after, QStringLiteral("4"), QStringLiteral("--file"),
                     second})
                 .code,
        int(cli::Success));
    const Result r = run({QStringLiteral("diff"), before, after});
    QCOMPARE(r.code, int(cli::Success));
    QCOMPARE(r.out,
        QStringLiteral(
            "9.4 KRY-01: wording (da): Data skal {+altid +}krypteres under transport.\n"));
}

void TestCliEdit::apply_afterOwnChoices_keepsThemAsTheWizardDoes()
{
    QTemporaryDir dir;
    const QString path = exampleCopy(dir.path());
    // Own choices: a value, the standard variant instead of the suggested one, and a clause the
    // profile does not call for.
    QCOMPARE(run({QStringLiteral("set"), path, QStringLiteral("7"), QStringLiteral("retention=24")})
                 .code,
        int(cli::Success));
    QCOMPARE(run({QStringLiteral("variant"), path, QStringLiteral("3"), QStringLiteral("standard")})
                 .code,
        int(cli::Success));
    QCOMPARE(run({QStringLiteral("add"), path, QStringLiteral("STY-02")}).code, int(cli::Success));
    const Result r = run({QStringLiteral("apply"), path, QStringLiteral("--json")});
    QVERIFY2(r.code == cli::Success, qPrintable(r.err));
    IssueList issues;
    const std::optional<Draft> draft = DraftIo::read(path, &issues);
    QVERIFY(draft);
    QCOMPARE(draft->itemsForClause(QStringLiteral("LOG-01"))
                 .value(0)
                 ->values.value(QStringLiteral("retention")),
        QStringLiteral("24"));
    QCOMPARE(draft->itemsForClause(QStringLiteral("ADG-05")).value(0)->variant, QString());
    QVERIFY(!draft->itemsForClause(QStringLiteral("STY-02")).isEmpty());
    // Whatever apply changed, it only added.
    for (const QJsonValue &c :
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("changes")).toArray())
        QCOMPARE(c.toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("added"));
}

void TestCliEdit::profile_unknownQuestionOrAnswer_exitsOneLocated_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown question")
        << QStringList {QStringLiteral("--answer"), QStringLiteral("colour=blue")} << QString()
        << QStringLiteral("--answer colour=blue: error: no question \"colour\"");
    QTest::newRow("unknown answer")
        << QStringList {QStringLiteral("--answer"), QStringLiteral("criticality=extreme")}
        << QString()
        << QStringLiteral("--answer criticality=extreme: error: question \"criticality\" has no "
                          "answer \"extreme\" (answers: ");
    QTest::newRow("no equals") << QStringList {QStringLiteral("--answer"), QStringLiteral("x")}
                               << QString() << QStringLiteral("--answer x: error: expected Q=A");
    QTest::newRow("unknown answer in file")
        << QStringList()
        << QStringLiteral("{\n  \"hosting\": \"cloud\",\n  \"criticality\": \"x\"\n}")
        << QStringLiteral("answers.json:3:3: error: question \"criticality\" has no answer \"x\"");
    QTest::newRow("broken file") << QStringList() << QStringLiteral("{\n  \"hosting\": \n}")
                                 << QStringLiteral("answers.json:3:");
}

void TestCliEdit::profile_unknownQuestionOrAnswer_exitsOneLocated()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, json);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = exampleCopy(dir.path());
    const QByteArray original = read(path);
    if (!json.isEmpty()) {
        const QString file = dir.filePath(QStringLiteral("answers.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json.toUtf8());
        f.close();
        arguments << QStringLiteral("--profile") << file;
    }
    const Result r = run(QStringList {QStringLiteral("profile"), path} + arguments);
    QCOMPARE(r.code, int(cli::Invalid));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(read(path), original);
    // new refuses the same answers and writes nothing.
    const QString fresh = dir.filePath(QStringLiteral("fresh.klausul"));
    QCOMPARE(run(QStringList {QStringLiteral("new"), QStringLiteral("-o"), fresh} + arguments).code,
        int(cli::Invalid));
    QVERIFY(!QFileInfo::exists(fresh));
}

void TestCliEdit::badInput_exitCode_draftByteIdentical_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    auto row = [](const char *name, QStringList arguments, int code, const char *message) {
        QTest::newRow(name) << arguments << code << QString::fromUtf8(message);
    };
    const QString s = QStringLiteral("set");
    row("set unknown number", {s, QStringLiteral("99"), QStringLiteral("retention=24")},
        cli::Invalid, "no requirement numbered \"99\"");
    row("set unknown parameter", {s, QStringLiteral("7"), QStringLiteral("colour=red")},
        cli::Invalid,
        "kommune.klausul: error: 9.7 has no parameter \"colour\" (parameters: retention");
    row("set out of range", {s, QStringLiteral("7"), QStringLiteral("retention=99999")},
        cli::Invalid, "9.7 retention: ");
    row("set not a number", {s, QStringLiteral("7"), QStringLiteral("retention=many")},
        cli::Invalid, "9.7 retention: ");
    row("set one bad of two",
        {s, QStringLiteral("6"), QStringLiteral("critical-days=3"), QStringLiteral("high-days=-1")},
        cli::Invalid, "9.6 high-days: ");
    row("set no value", {s, QStringLiteral("7")}, cli::Usage, "usage: klausul-cli set");
    row("set no equals", {s, QStringLiteral("7"), QStringLiteral("retention")}, cli::Usage,
        "expected PARAM=VALUE");
    row("remove unknown number", {QStringLiteral("remove"), QStringLiteral("42")}, cli::Invalid,
        "no requirement numbered \"42\"");
    row("remove no number", {QStringLiteral("remove")}, cli::Usage, "usage:");
    row("add unknown clause", {QStringLiteral("add"), QStringLiteral("XYZ-99")}, cli::Invalid,
        "no clause with id \"XYZ-99\"");
    row("add twice", {QStringLiteral("add"), QStringLiteral("LOG-01")}, cli::Invalid,
        "LOG-01 is already in the draft as 9.7");
    row("add bad variant",
        {QStringLiteral("add"), QStringLiteral("LOG-02"), QStringLiteral("--variant"),
            QStringLiteral("nope")},
        cli::Invalid, "LOG-02 has no variant \"nope\"");
    row("add bad section",
        {QStringLiteral("add"), QStringLiteral("LOG-02"), QStringLiteral("--section"),
            QStringLiteral("s99")},
        cli::Invalid, "no section \"s99\"");
    row("variant unknown", {QStringLiteral("variant"), QStringLiteral("3"), QStringLiteral("x")},
        cli::Invalid, "9.3 has no variant \"x\" (variants: standard");
    row("variant unknown number",
        {QStringLiteral("variant"), QStringLiteral("9.77"), QStringLiteral("standard")},
        cli::Invalid, "no requirement numbered \"9.77\"");
    row("type bad", {QStringLiteral("type"), QStringLiteral("1"), QStringLiteral("XL")},
        cli::Invalid, "the type must be MK, PK, K or default");
    row("type unknown number", {QStringLiteral("type"), QStringLiteral("0"), QStringLiteral("K")},
        cli::Invalid, "no requirement numbered \"0\"");
    row("wording missing file",
        {QStringLiteral("wording"), QStringLiteral("1"), QStringLiteral("--file"),
            QStringLiteral("/nonexistent/w.txt")},
        cli::FileError, "/nonexistent/w.txt");
    row("wording neither", {QStringLiteral("wording"), QStringLiteral("1")}, cli::Usage,
        "either --file F or --reset");
    row("wording unknown number",
        {QStringLiteral("wording"), QStringLiteral("50"), QStringLiteral("--reset")}, cli::Invalid,
        "no requirement numbered \"50\"");
    row("explain unknown clause",
        {QStringLiteral("explain"), QStringLiteral("NOPE-1"), QStringLiteral("--text"),
            QStringLiteral("x")},
        cli::Invalid, "no clause with id \"NOPE-1\"");
    row("explain clause in draft",
        {QStringLiteral("explain"), QStringLiteral("LOG-01"), QStringLiteral("--text"),
            QStringLiteral("x")},
        cli::Invalid, "LOG-01 is in the draft as 9.7");
    row("explain no text", {QStringLiteral("explain"), QStringLiteral("PER-01")}, cli::Usage,
        "explain needs --text");
    row("exclude unknown control",
        {QStringLiteral("exclude"), QStringLiteral("iso27001:99.9"), QStringLiteral("--reason"),
            QStringLiteral("x")},
        cli::Invalid, "no framework control \"iso27001:99.9\"");
    row("exclude no framework",
        {QStringLiteral("exclude"), QStringLiteral("7.4"), QStringLiteral("--reason"),
            QStringLiteral("x")},
        cli::Invalid, "no framework control \"7.4\"");
    row("comment unknown number",
        {QStringLiteral("comment"), QStringLiteral("120"), QStringLiteral("--text"),
            QStringLiteral("x")},
        cli::Invalid, "no requirement numbered \"120\"");
    row("comment no text", {QStringLiteral("comment"), QStringLiteral("1")}, cli::Usage,
        "comment needs --text");
    row("approve unknown number",
        {QStringLiteral("approve"), QStringLiteral("77"), QStringLiteral("--as"),
            QStringLiteral("A")},
        cli::Invalid, "no requirement numbered \"77\"");
    row("approve without name", {QStringLiteral("approve"), QStringLiteral("--all")}, cli::Usage,
        "--as NAME");
    row("approve number and all",
        {QStringLiteral("approve"), QStringLiteral("1"), QStringLiteral("--all"),
            QStringLiteral("--as"), QStringLiteral("A")},
        cli::Usage, "either a NUMBER or --all");
    row("approve bad status",
        {QStringLiteral("approve"), QStringLiteral("1"), QStringLiteral("--status"),
            QStringLiteral("done")},
        cli::Usage, "--status must be");
    row("publish no version",
        {QStringLiteral("publish"), QStringLiteral("--note"), QStringLiteral("x")}, cli::Usage,
        "publish needs --version");
    row("publish existing version",
        {QStringLiteral("publish"), QStringLiteral("--version"), QStringLiteral("1.0"),
            QStringLiteral("--note"), QStringLiteral("x"), QStringLiteral("--force")},
        cli::Invalid, "version 1.0 is already published");
    row("apply bad types",
        {QStringLiteral("apply"), QStringLiteral("--types"), QStringLiteral("XL")}, cli::Usage,
        "--types must list");
    row("profile nothing", {QStringLiteral("profile")}, cli::Usage, "profile needs --answer");
    row("renumber extra argument", {QStringLiteral("renumber"), QStringLiteral("1")}, cli::Usage,
        "usage: klausul-cli renumber DRAFT");
    row("unknown option", {QStringLiteral("renumber"), QStringLiteral("--colour")}, cli::Usage,
        "Unknown option");
}

void TestCliEdit::badInput_exitCode_draftByteIdentical()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, message);
    const QString path = exampleCopy(m_dir.path());
    QVERIFY(!path.isEmpty());
    const QByteArray original = read(path);
    arguments.insert(1, path);
    const Result r = run(arguments);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(read(path), original);
    QVERIFY(!QFileInfo::exists(DraftGuard::lockFilePath(path)));
}

void TestCliEdit::lockedDraft_everyEditingCommand_exitsFourUnchanged_data()
{
    QTest::addColumn<QStringList>("arguments");
    for (const QStringList &command : editingCommands(m_dir.path()))
        QTest::newRow(qPrintable(command.constFirst())) << command;
}

void TestCliEdit::lockedDraft_everyEditingCommand_exitsFourUnchanged()
{
    QFETCH(QStringList, arguments);
    const QString path = exampleCopy(m_dir.path());
    const QByteArray original = read(path);
    // The app's DraftGuard holds this lock while the draft is open.
    QLockFile lock(DraftGuard::lockFilePath(path));
    QVERIFY(lock.tryLock(0));
    arguments.insert(1, path);
    const Result r = run(arguments);
    QCOMPARE(r.code, int(cli::FileError));
    QVERIFY2(r.err.contains(QStringLiteral("is open in Klausul")), qPrintable(r.err));
    QCOMPARE(read(path), original);
    lock.unlock();
    // (tst_clibinary shows the same command working once the lock is gone.)
}

void TestCliEdit::readOnlyDraft_everyEditingCommand_exitsFourUnchanged_data()
{
    lockedDraft_everyEditingCommand_exitsFourUnchanged_data();
}

void TestCliEdit::readOnlyDraft_everyEditingCommand_exitsFourUnchanged()
{
    QFETCH(QStringList, arguments);
    const QString path = exampleCopy(m_dir.path());
    const QByteArray original = read(path);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    arguments.insert(1, path);
    const Result r = run(arguments);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(r.code, int(cli::FileError));
    QVERIFY2(r.err.contains(QStringLiteral("is read-only")), qPrintable(r.err));
    QCOMPARE(read(path), original);
}

void TestCliEdit::dryRun_printsChange_draftUnchanged()
{
    const QString path = exampleCopy(m_dir.path());
    const QByteArray original = read(path);
    const Result r = run({QStringLiteral("set"), path, QStringLiteral("9.7"),
        QStringLiteral("retention=24"), QStringLiteral("--dry-run")});
    QVERIFY2(r.code == cli::Success, qPrintable(r.err));
    QCOMPARE(r.out,
        QStringLiteral("9.7 LOG-01: value retention: \"13\" → \"24\"\n%1: not written (dry run)\n")
            .arg(path));
    QCOMPARE(read(path), original);
    // new --dry-run writes no file.
    const QString fresh = m_dir.filePath(QStringLiteral("dry.klausul"));
    QCOMPARE(
        run({QStringLiteral("new"), QStringLiteral("-o"), fresh, QStringLiteral("--dry-run")}).code,
        int(cli::Success));
    QVERIFY(!QFileInfo::exists(fresh));
}

void TestCliEdit::editing_json_listsTheChange()
{
    const QString path = exampleCopy(m_dir.path());
    IssueList issues;
    const qsizetype withdrawnBefore = DraftIo::read(path, &issues)->withdrawn.size();
    const Result r =
        run({QStringLiteral("remove"), path, QStringLiteral("2"), QStringLiteral("--json")});
    QVERIFY2(r.code == cli::Success, qPrintable(r.err));
    const QJsonObject object = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(object.value(QStringLiteral("written")).toBool(), true);
    const QJsonArray changes = object.value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("removed"));
    QCOMPARE(
        changes.at(0).toObject().value(QStringLiteral("number")).toString(), QStringLiteral("9.2"));
    const std::optional<Draft> draft = DraftIo::read(path, &issues);
    QVERIFY(draft);
    QVERIFY(draft->itemsForClause(QStringLiteral("STY-05")).isEmpty());
    // The number is withdrawn (the example already has numbers withdrawn at publication).
    QCOMPARE(draft->withdrawn.size(), withdrawnBefore + 1);
    QVERIFY(std::any_of(draft->withdrawn.cbegin(), draft->withdrawn.cend(),
        [](const WithdrawnRequirement &w) { return w.number == 2; }));
}

void TestCliEdit::new_existingFile_refusedWithoutForce()
{
    const QString path = exampleCopy(m_dir.path());
    const QByteArray original = read(path);
    const Result r = run({QStringLiteral("new"), QStringLiteral("-o"), path});
    QCOMPARE(r.code, int(cli::FileError));
    QVERIFY2(r.err.contains(QStringLiteral("use --force")), qPrintable(r.err));
    QCOMPARE(read(path), original);
    QCOMPARE(
        run({QStringLiteral("new"), QStringLiteral("-o"), path, QStringLiteral("--force")}).code,
        int(cli::Success));
    QVERIFY(read(path) != original);
}

void TestCliEdit::publish_annexWithErrors_refusedUnlessForced()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("problems.klausul"));
    QVERIFY(QFile::copy(test::dataPath(QStringLiteral("drafts/problems.klausul")), path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QByteArray original = read(path);
    const QStringList arguments {QStringLiteral("publish"), path, QStringLiteral("--library"),
        test::dataPath(QStringLiteral("clauses/valid")), QStringLiteral("--version"),
        QStringLiteral("1.0"), QStringLiteral("--note"), QStringLiteral("x"),
        QStringLiteral("--as"), QStringLiteral("Anne Holm")};
    const Result r = run(arguments);
    QCOMPARE(r.code, int(cli::Invalid));
    QVERIFY2(r.err.contains(QStringLiteral("fix them before publishing")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("problems.klausul:"))); // the problems, located
    QCOMPARE(read(path), original);
    const Result forced = run(arguments + QStringList {QStringLiteral("--force")});
    QVERIFY2(forced.code == cli::Success, qPrintable(forced.err));
    QVERIFY(forced.out.contains(QStringLiteral("version 1.0: ")));
}

void TestCliEdit::renumber_afterPublication_refusedUnlessAsked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("renumber.klausul"));
    auto numbers = [&] {
        IssueList issues;
        const std::optional<Draft> draft = DraftIo::read(path, &issues);
        QList<int> list;
        if (draft) {
            for (const DraftItem *item : draft->items())
                list << item->number;
        }
        return list;
    };
    auto oneToN = [](qsizetype n) {
        QList<int> list(n);
        std::iota(list.begin(), list.end(), 1);
        return list;
    };
    auto succeeds = [&](const QStringList &arguments) {
        const Result r = run(arguments);
        if (r.code != cli::Success)
            qWarning("%s: %s", qPrintable(arguments.join(u' ')), qPrintable(r.err));
        return r.code == cli::Success;
    };

    // Before the first publication a gap is closed.
    QVERIFY(succeeds({QStringLiteral("new"), QStringLiteral("-o"), path}));
    for (const QString &clause : {QStringLiteral("HAE-01"), QStringLiteral("KRY-01"),
             QStringLiteral("LOG-01"), QStringLiteral("STY-01"), QStringLiteral("STY-02")})
        QVERIFY(succeeds({QStringLiteral("add"), path, clause}));
    QVERIFY(succeeds({QStringLiteral("remove"), path, QStringLiteral("2")}));
    QVERIFY(numbers() != oneToN(numbers().size()));
    QVERIFY(succeeds({QStringLiteral("renumber"), path}));
    const qsizetype count = numbers().size();
    QVERIFY(count > 3);
    QCOMPARE(numbers(), oneToN(count));

    // Once published, the numbers may be referred to: refused, the draft untouched.
    QVERIFY(succeeds({QStringLiteral("publish"), path, QStringLiteral("--version"),
        QStringLiteral("1.0"), QStringLiteral("--note"), QStringLiteral("x"),
        QStringLiteral("--force"), QStringLiteral("--as"), QStringLiteral("Anne")}));
    QVERIFY(succeeds({QStringLiteral("remove"), path, QStringLiteral("1")}));
    const QByteArray published = read(path);
    const Result refused = run({QStringLiteral("renumber"), path});
    QCOMPARE(refused.code, int(cli::Invalid));
    QVERIFY2(
        refused.err.contains(QStringLiteral("version 1.0 is published")), qPrintable(refused.err));
    QVERIFY(refused.err.contains(QStringLiteral("--after-publication")));
    QCOMPARE(read(path), published);

    // Asked for, it renumbers; the next version's notes say so (tst_pandocast).
    QVERIFY(succeeds({QStringLiteral("renumber"), path, QStringLiteral("--after-publication")}));
    QCOMPARE(numbers(), oneToN(count - 1));
}

QTEST_GUILESS_MAIN(TestCliEdit)
#include "tst_cliedit.moc"
