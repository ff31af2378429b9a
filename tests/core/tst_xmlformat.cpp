#include "core/clausejson.h"
#include "core/libraryloader.h"
#include "core/xmlformat.h"
#include "support/testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace klausul;

/** XmlFormat: the canonical layout of library XML (`klausul-cli fmt`). */
class TestXmlFormat : public QObject
{
    Q_OBJECT

private slots:
    void format_messyClause_givesCanonicalLayout();
    void format_everyBundledFile_isIdempotent();
    void format_bundledLibraryCopy_loadsToTheSameData();
    void format_notWellFormed_givesLocatedIssueAndNothing();
    void formatFile_withoutWrite_leavesFileByteIdentical();
    void formatFile_write_thenUnchanged();
    void xmlFiles_missingPath_givesIoIssue();
};

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString text(const TranslatedText &t)
{
    return t.da + u'|' + t.en;
}

/** Everything the loader makes of a library folder, without source lines and paths. */
QString fingerprint(const Library &library)
{
    QStringList parts;
    parts << library.info().id << library.info().version << text(library.info().title);
    for (const Clause &clause : library.clauses()) {
        QJsonObject json = ClauseJson::full(clause, library);
        json.remove(QStringLiteral("source")); // the folder differs
        json.remove(QStringLiteral("line"));
        parts << QString::fromUtf8(QJsonDocument(json).toJson());
    }
    for (const Theme &theme : library.themes())
        parts << theme.id + text(theme.name);
    for (const Question &question : library.questions()) {
        parts << question.id + text(question.text) + text(question.help) + question.defaultValue;
        for (const QuestionOption &option : question.options)
            parts << option.value + text(option.label);
    }
    for (const ReferenceList &list : library.referenceLists()) {
        parts << list.schemeKey() + text(list.title);
        for (const ReferenceItem &item : list.items)
            parts << item.id + item.group + text(item.title);
    }
    for (const Definition &definition : library.definitions())
        parts << definition.id + text(definition.term) + text(definition.text);
    for (const SharedValue &shared : library.sharedValues()) {
        parts << shared.id + text(shared.label);
        for (const ParameterRef &member : shared.members)
            parts << member.clause + member.parameter;
    }
    for (const Constraint &constraint : library.constraints())
        parts << constraint.clause + constraint.variant + constraint.otherClause +
                constraint.otherVariant + constraint.question + constraint.answers.join(u' ') +
                constraint.first.clause + constraint.first.parameter + constraint.second.clause +
                constraint.second.parameter + text(constraint.reason);
    return parts.join(u'\n');
}

} // namespace

void TestXmlFormat::format_messyClause_givesCanonicalLayout()
{
    const QString path = test::dataPath(QStringLiteral("format/messy.xml"));
    IssueList issues;
    const QByteArray formatted = XmlFormat::format(readAll(path), path, &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(test::describe(issues)));
    const QByteArray expected =
        readAll(test::dataPath(QStringLiteral("format/messy.expected.xml")));
    QVERIFY(!expected.isEmpty());
    if (formatted != expected)
        qWarning().noquote() << QString::fromUtf8(formatted);
    QCOMPARE(formatted, expected);
}

void TestXmlFormat::format_everyBundledFile_isIdempotent()
{
    QDirIterator it(test::sourcePath(QStringLiteral("clauses")), {QStringLiteral("*.xml")},
        QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        IssueList issues;
        const QByteArray once = XmlFormat::format(readAll(path), path, &issues);
        const QByteArray twice = XmlFormat::format(once, path, &issues);
        QVERIFY2(issues.isEmpty(), qPrintable(test::describe(issues)));
        QVERIFY2(!once.isEmpty() && once == twice, qPrintable(path));
        for (const QByteArray &line : once.split('\n')) {
            // Only a line without a break opportunity may be wider than the limit.
            if (QString::fromUtf8(line).size() > XmlFormat::LineWidth)
                QVERIFY2(!line.trimmed().contains(' ') || line.trimmed().startsWith("<!--"),
                    qPrintable(path + QStringLiteral(": ") + QString::fromUtf8(line)));
        }
        ++files;
    }
    QVERIFY(files > 150);
}

void TestXmlFormat::format_bundledLibraryCopy_loadsToTheSameData()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("clauses"));
    QVERIFY(test::copyTree(test::sourcePath(QStringLiteral("clauses")), copy));
    IssueList issues;
    // The bundled library is already canonical (ctest library_fmt): disturb the copy's layout
    // (one more space of indentation on every line) so that formatting has work to do.
    for (const QString &file : XmlFormat::xmlFiles({copy}, &issues)) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        bytes.replace("\n  ", "\n   ");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
        f.close();
    }
    int changed = 0;
    for (const QString &file : XmlFormat::xmlFiles({copy}, &issues)) {
        if (XmlFormat::formatFile(file, true, &issues) == XmlFormat::Result::Changed)
            ++changed;
    }
    QVERIFY2(issues.isEmpty(), qPrintable(test::describe(issues)));
    QVERIFY(changed > 0); // the test compares something reformatted, not the same bytes
    const LibraryPtr original = LibraryLoader::load({test::sourcePath(QStringLiteral("clauses"))});
    const LibraryPtr formatted = LibraryLoader::load({copy});
    QVERIFY2(formatted->issues().isEmpty(), qPrintable(test::describe(formatted->issues())));
    QCOMPARE(formatted->clauses().size(), original->clauses().size());
    const QString before = fingerprint(*original);
    const QString after = fingerprint(*formatted);
    QVERIFY(before.size() > 100000);
    // Name the first line that differs, not two truncated strings.
    const QStringList beforeLines = before.split(u'\n');
    const QStringList afterLines = after.split(u'\n');
    for (int i = 0; i < std::min(beforeLines.size(), afterLines.size()); ++i)
        QCOMPARE(afterLines.at(i), beforeLines.at(i));
    QCOMPARE(afterLines.size(), beforeLines.size());
}

void TestXmlFormat::format_notWellFormed_givesLocatedIssueAndNothing()
{
    IssueList issues;
    const QByteArray result = XmlFormat::format(
        QByteArrayLiteral("<?xml version=\"1.0\"?>\n<clause>\n  <title>\n</clause>\n"),
        QStringLiteral("broken.xml"), &issues);
    QVERIFY(result.isEmpty());
    QVERIFY(hasErrors(issues));
    QCOMPARE(issues.constFirst().file, QStringLiteral("broken.xml"));
    QVERIFY(issues.constFirst().line >= 3);
}

void TestXmlFormat::formatFile_withoutWrite_leavesFileByteIdentical()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("FMT-01.xml"));
    QVERIFY(QFile::copy(test::dataPath(QStringLiteral("format/messy.xml")), path));
    const QByteArray before = readAll(path);
    IssueList issues;
    QCOMPARE(XmlFormat::formatFile(path, false, &issues), XmlFormat::Result::Changed);
    QCOMPARE(readAll(path), before);
}

void TestXmlFormat::formatFile_write_thenUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("FMT-01.xml"));
    QVERIFY(QFile::copy(test::dataPath(QStringLiteral("format/messy.xml")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    IssueList issues;
    QCOMPARE(XmlFormat::formatFile(path, true, &issues), XmlFormat::Result::Changed);
    QCOMPARE(readAll(path), readAll(test::dataPath(QStringLiteral("format/messy.expected.xml"))));
    QCOMPARE(XmlFormat::formatFile(path, true, &issues), XmlFormat::Result::Unchanged);
    QVERIFY(issues.isEmpty());
}

void TestXmlFormat::xmlFiles_missingPath_givesIoIssue()
{
    IssueList issues;
    const QStringList files = XmlFormat::xmlFiles(
        {test::dataPath(QStringLiteral("format")), QStringLiteral("/nonexistent/x.xml")}, &issues);
    QVERIFY(files.contains(test::dataPath(QStringLiteral("format/messy.xml"))));
    QCOMPARE(issues.size(), 1);
    QVERIFY(hasIoErrors(issues));
}

QTEST_GUILESS_MAIN(TestXmlFormat)
#include "tst_xmlformat.moc"
