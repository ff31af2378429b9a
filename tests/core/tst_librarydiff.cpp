#include "core/librarydiff.h"
#include "core/libraryloader.h"
#include "core/pandocast.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace klausul;

/**
 * LibraryDiff on tests/data/librarydiff/{old,new}: DIF-01 unchanged, DIF-02 added, DIF-03
 * withdrawn (replaced by DIF-02), DIF-04 reworded and bumped, DIF-05 reworded without a bump,
 * DIF-06 bumped without a change, DIF-07 parameters and defaults, DIF-08 references and
 * applicability, DIF-09 removed, DIF-10 a variant reworded.
 */
class TestLibraryDiff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void compare_kinds_areSortedAndComplete();
    void compare_unchangedClause_isNotListed();
    void compare_withdrawn_namesReplacement();
    void compare_wording_isWordByWordInBothLanguages();
    void compare_variantWording_isNamed();
    void compare_parameters_defaultsBoundsAndNew();
    void compare_referencesAndApplicability();
    void versionRule_wordingWithoutBump_isError();
    void versionRule_bumpWithoutChange_isWarning();
    void removedClause_isError();
    void sameLibrary_hasNoChangesAndNoIssues();
    void toText_toMarkdown_showTheChanges();
    void toPandoc_onlySafeNodes_danishHeadings();

private:
    const ClauseDelta *delta(const QString &id) const;
    LibraryDiff m_diff;
};

void TestLibraryDiff::initTestCase()
{
    const LibraryPtr before =
        LibraryLoader::load({test::dataPath(QStringLiteral("librarydiff/old"))});
    const LibraryPtr after =
        LibraryLoader::load({test::dataPath(QStringLiteral("librarydiff/new"))});
    QVERIFY2(before->issues().isEmpty(), qPrintable(test::describe(before->issues())));
    QVERIFY2(after->issues().isEmpty(), qPrintable(test::describe(after->issues())));
    m_diff = LibraryDiff::compare(*before, *after);
}

const ClauseDelta *TestLibraryDiff::delta(const QString &id) const
{
    for (const ClauseDelta &d : m_diff.clauses) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

void TestLibraryDiff::compare_kinds_areSortedAndComplete()
{
    QStringList listed;
    for (const ClauseDelta &d : m_diff.clauses)
        listed << LibraryDiff::kindCode(d.kind) + u':' + d.id;
    QCOMPARE(listed,
        (QStringList {QStringLiteral("added:DIF-02"), QStringLiteral("withdrawn:DIF-03"),
            QStringLiteral("removed:DIF-09"), QStringLiteral("changed:DIF-04"),
            QStringLiteral("changed:DIF-05"), QStringLiteral("changed:DIF-06"),
            QStringLiteral("changed:DIF-07"), QStringLiteral("changed:DIF-08"),
            QStringLiteral("changed:DIF-10")}));
    QCOMPARE(m_diff.oldVersion, QStringLiteral("1.0"));
    QCOMPARE(m_diff.newVersion, QStringLiteral("1.1"));
}

void TestLibraryDiff::compare_unchangedClause_isNotListed()
{
    QVERIFY(!delta(QStringLiteral("DIF-01")));
}

void TestLibraryDiff::compare_withdrawn_namesReplacement()
{
    const ClauseDelta *d = delta(QStringLiteral("DIF-03"));
    QVERIFY(d);
    QCOMPARE(d->replacedBy, QStringLiteral("DIF-02"));
    QCOMPARE(d->oldVersion, 1);
    QCOMPARE(d->newVersion, 2);
}

void TestLibraryDiff::compare_wording_isWordByWordInBothLanguages()
{
    const ClauseDelta *d = delta(QStringLiteral("DIF-04"));
    QVERIFY(d);
    QCOMPARE(d->wording.size(), 2);
    QCOMPARE(d->wording.at(0).part, QStringLiteral("body"));
    QCOMPARE(d->wording.at(0).language, Language::Danish);
    QList<QString> inserted;
    for (const TextDiff::Segment &s : d->wording.at(0).words) {
        if (s.kind == TextDiff::Segment::Kind::Inserted)
            inserted << s.text.trimmed();
        QVERIFY(s.kind != TextDiff::Segment::Kind::Deleted);
    }
    QCOMPARE(inserted, QList<QString> {QStringLiteral("opdateret")});
    QCOMPARE(d->wording.at(1).language, Language::English);
    QVERIFY(d->fields.isEmpty());
}

void TestLibraryDiff::compare_variantWording_isNamed()
{
    const ClauseDelta *d = delta(QStringLiteral("DIF-10"));
    QVERIFY(d);
    QCOMPARE(d->wording.size(), 2);
    QCOMPARE(d->wording.at(0).part, QStringLiteral("variant:skaerpet"));
}

void TestLibraryDiff::compare_parameters_defaultsBoundsAndNew()
{
    const ClauseDelta *d = delta(QStringLiteral("DIF-07"));
    QVERIFY(d);
    QStringList fields;
    for (const ClauseFieldChange &f : d->fields)
        fields << f.subject + u'|' + f.name + u'|' + f.before + u'|' + f.after;
    QCOMPARE(fields,
        (QStringList {QStringLiteral("parameter|deadline min|1|2"),
            QStringLiteral("parameter|deadline default|10|14"),
            QStringLiteral("parameter|format||Format")}));
}

void TestLibraryDiff::compare_referencesAndApplicability()
{
    const ClauseDelta *d = delta(QStringLiteral("DIF-08"));
    QVERIFY(d);
    QVERIFY(d->wording.isEmpty());
    QStringList fields;
    for (const ClauseFieldChange &f : d->fields)
        fields << f.subject + u'|' + f.before + u'|' + f.after;
    QCOMPARE(fields,
        (QStringList {QStringLiteral("reference|iso27001:2022 5.24|"),
            QStringLiteral("reference||iso27001:2022 5.26"),
            QStringLiteral("applicability||all(criticality=high)")}));
}

void TestLibraryDiff::versionRule_wordingWithoutBump_isError()
{
    const auto it = std::find_if(m_diff.issues.cbegin(), m_diff.issues.cend(),
        [](const Issue &issue) { return issue.clauseId == QLatin1String("DIF-05"); });
    QVERIFY(it != m_diff.issues.cend());
    QVERIFY(it->isError());
    QVERIFY(it->file.endsWith(QStringLiteral("new/styring/DIF-05.xml")));
    QCOMPARE(it->line, 2);
    QVERIFY(it->message.contains(QStringLiteral("raise it to 2")));
    // DIF-04 and DIF-10 were reworded with a bump: no issue.
    for (const Issue &issue : m_diff.issues)
        QVERIFY(
            issue.clauseId != QLatin1String("DIF-04") && issue.clauseId != QLatin1String("DIF-10"));
}

void TestLibraryDiff::versionRule_bumpWithoutChange_isWarning()
{
    const auto it = std::find_if(m_diff.issues.cbegin(), m_diff.issues.cend(),
        [](const Issue &issue) { return issue.clauseId == QLatin1String("DIF-06"); });
    QVERIFY(it != m_diff.issues.cend());
    QCOMPARE(it->severity, Issue::Severity::Warning);
    QCOMPARE(countIssues(m_diff.issues, Issue::Severity::Error), 2); // DIF-05, DIF-09
    QCOMPARE(countIssues(m_diff.issues, Issue::Severity::Warning), 1);
}

void TestLibraryDiff::removedClause_isError()
{
    const auto it = std::find_if(m_diff.issues.cbegin(), m_diff.issues.cend(),
        [](const Issue &issue) { return issue.clauseId == QLatin1String("DIF-09"); });
    QVERIFY(it != m_diff.issues.cend());
    QVERIFY(it->isError());
    QVERIFY(it->message.contains(QStringLiteral("withdraw")));
}

void TestLibraryDiff::sameLibrary_hasNoChangesAndNoIssues()
{
    const LibraryPtr bundled = LibraryLoader::load();
    const LibraryDiff diff = LibraryDiff::compare(*bundled, *bundled);
    QVERIFY(diff.clauses.isEmpty());
    QVERIFY(diff.issues.isEmpty());
}

void TestLibraryDiff::toText_toMarkdown_showTheChanges()
{
    const QString text = m_diff.toText();
    QVERIFY2(text.contains(QStringLiteral("{+opdateret +}")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("- DIF-03 withdrawn, replaced by DIF-02")));
    QVERIFY(text.contains(QStringLiteral("parameter deadline default: 10 → 14")));
    const QString md = m_diff.toMarkdown();
    QVERIFY2(md.contains(QStringLiteral("## Withdrawn")), qPrintable(md));
    QVERIFY(md.contains(QStringLiteral("**opdateret**")));
    QVERIFY(md.contains(QStringLiteral("~~hurtigst muligt~~")));
    QVERIFY(md.contains(QStringLiteral("DIF\\-05")) || md.contains(QStringLiteral("DIF-05")));
    const QJsonObject json = m_diff.toJson();
    QCOMPARE(json.value(QStringLiteral("clauses")).toArray().size(), 9);
    QCOMPARE(json.value(QStringLiteral("problems")).toArray().size(), 3);
}

void TestLibraryDiff::toPandoc_onlySafeNodes_danishHeadings()
{
    const QJsonObject ast = m_diff.toPandoc({1, 22});
    const QStringList types = PandocAst::nodeTypes(ast);
    for (const QString &type : types)
        QVERIFY2(!type.startsWith(QStringLiteral("Raw")) && type != QLatin1String("Image"),
            qPrintable(type));
    QVERIFY(types.contains(QStringLiteral("Strikeout")));
    QVERIFY(types.contains(QStringLiteral("Underline")));
    const QString json = QString::fromUtf8(QJsonDocument(ast).toJson(QJsonDocument::Compact));
    for (const char *word : {"Ændringsliste", "Nye", "Udgåede", "Ændrede", "Erstattes"})
        QVERIFY2(json.contains(QString::fromUtf8(word)), word);
}

QTEST_GUILESS_MAIN(TestLibraryDiff)
#include "tst_librarydiff.moc"
