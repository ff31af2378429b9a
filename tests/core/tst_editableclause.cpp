#include "core/editableclause.h"
#include "core/xmlformat.h"
#include "support/testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace klausul;

/** EditableClause: the library editor's model of one clause file. */
class TestEditableClause : public QObject
{
    Q_OBJECT

private slots:
    void toXml_everyBundledClauseUnedited_isByteIdenticalToFmt();
    void setBody_sameText_keepsMarkup();
    void setBody_changedText_keepsDefinedTermsAndLoadsBack();
    void create_withParameterAndVariant_isSchemaValid();
    void setParameters_removeOne_dropsOnlyThatElement();
    void setReferences_thenEmpty_removesElement();
    void applicability_nestedGroups_notEditableAndKept();
    void wordingDiffers_titleChange_true_referenceChange_false();
    void fromXml_notWellFormed_givesLocatedIssue();
};

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString clausePath(const QString &relative)
{
    return QStringLiteral(KLAUSUL_SOURCE_DIR "/clauses/") + relative;
}

EditableClause load(const QString &relative)
{
    IssueList issues;
    const auto clause = EditableClause::fromXml(readAll(clausePath(relative)), relative, &issues);
    if (!clause)
        qFatal("cannot read %s", qPrintable(relative));
    return *clause;
}

} // namespace

void TestEditableClause::toXml_everyBundledClauseUnedited_isByteIdenticalToFmt()
{
    int count = 0;
    QDirIterator it(
        clausePath({}), {QStringLiteral("*.xml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray data = readAll(path);
        if (!data.contains("<clause "))
            continue; // manifest, questions, reference lists, definitions
        IssueList issues;
        const auto clause = EditableClause::fromXml(data, path, &issues);
        QVERIFY2(clause, qPrintable(path));
        const QByteArray canonical = XmlFormat::format(data, path, &issues);
        QVERIFY(!canonical.isEmpty());
        QCOMPARE(clause->toXml(), canonical);
        // Reading every field and setting it back unchanged changes nothing either.
        EditableClause copy = *clause;
        for (const QString &lang : {QStringLiteral("da"), QStringLiteral("en")}) {
            copy.setTitle(lang, copy.title(lang));
            copy.setBody(lang, copy.body(lang));
            for (const GuidanceHeading &heading : guidanceHeadings()) {
                const QString name = QString::fromLatin1(heading.element);
                copy.setGuidance(lang, name, copy.guidance(lang, name));
            }
        }
        copy.setParameters(copy.parameters());
        copy.setVariants(copy.variants());
        copy.setReferences(copy.references());
        copy.setContractTypes(copy.contractTypes());
        if (const auto rule = copy.applicability())
            copy.setApplicability(*rule);
        QCOMPARE(copy.toXml(), canonical);
        ++count;
    }
    QVERIFY2(count > 100, qPrintable(QString::number(count)));
}

void TestEditableClause::setBody_sameText_keepsMarkup()
{
    EditableClause clause = load(QStringLiteral("adgang/ADG-01.xml"));
    const QByteArray before = clause.toXml();
    QVERIFY(before.contains("<term>Leverandøren</term>"));
    clause.setBody(QStringLiteral("da"), clause.body(QStringLiteral("da")));
    QCOMPARE(clause.toXml(), before);
}

void TestEditableClause::setBody_changedText_keepsDefinedTermsAndLoadsBack()
{
    EditableClause clause = load(QStringLiteral("adgang/ADG-01.xml"));
    QString text = clause.body(QStringLiteral("da"));
    QVERIFY(text.contains(QStringLiteral("{delivery}")));
    text.replace(QStringLiteral("dokumenteret politik"), QStringLiteral("skriftlig politik"));
    clause.setBody(QStringLiteral("da"), text);
    const QByteArray xml = clause.toXml();
    QVERIFY(xml.contains("skriftlig politik"));
    QVERIFY(xml.contains("<term>Leverandøren</term> skal have en skriftlig politik"));
    QVERIFY(xml.contains("<param ref=\"delivery\"/>"));
    IssueList issues;
    const auto loaded = clause.toClause(QStringLiteral("ADG-01.xml"), &issues);
    QVERIFY2(loaded, qPrintable(issues.isEmpty() ? QString() : issues.first().toString()));
    QCOMPARE(loaded->body.da.unpack().first().inlines.first().kind, Inline::Kind::Term);
    QCOMPARE(clause.body(QStringLiteral("da")), text);
}

void TestEditableClause::create_withParameterAndVariant_isSchemaValid()
{
    EditableClause clause =
        EditableClause::create(QStringLiteral("ADG-99"), QStringLiteral("adgang"));
    IssueList issues;
    QVERIFY(!clause.toClause(QStringLiteral("ADG-99.xml"), &issues)); // empty titles and bodies
    QVERIFY(hasErrors(issues));
    clause.setTitle(QStringLiteral("da"), QStringLiteral("Ny klausul"));
    clause.setTitle(QStringLiteral("en"), QStringLiteral("New clause"));
    clause.setBody(QStringLiteral("da"), QStringLiteral("Inden {deadline}.\n\n- et\n- to"));
    clause.setBody(QStringLiteral("en"), QStringLiteral("Within {deadline}.\n\n- one\n- two"));
    for (const QString &lang : {QStringLiteral("da"), QStringLiteral("en")}) {
        for (const GuidanceHeading &heading : guidanceHeadings())
            clause.setGuidance(
                lang, QString::fromLatin1(heading.element), QStringLiteral("Tekst."));
    }
    EditableParameter deadline;
    deadline.id = QStringLiteral("deadline");
    deadline.type = QStringLiteral("integer");
    deadline.unit = QStringLiteral("days");
    deadline.minimum = QStringLiteral("1");
    deadline.defaultValue = QStringLiteral("5");
    deadline.label = {QStringLiteral("Frist"), QStringLiteral("Deadline")};
    clause.setParameters({deadline});
    EditableVariant strict;
    strict.id = QStringLiteral("skaerpet");
    strict.type = QStringLiteral("MK");
    strict.label = {QStringLiteral("Skærpet"), QStringLiteral("Stricter")};
    strict.body = {QStringLiteral("Straks."), QStringLiteral("At once.")};
    clause.setVariants({strict});
    clause.setReferences(
        {{QStringLiteral("iso27001"), QStringLiteral("2022"), QStringLiteral("5.15"), 0}});
    clause.setApplicability(QStringLiteral("criticality: medium high"));

    issues.clear();
    const auto loaded = clause.toClause(QStringLiteral("ADG-99.xml"), &issues);
    QVERIFY2(loaded, qPrintable(issues.isEmpty() ? QString() : issues.first().toString()));
    QCOMPARE(loaded->parameters.size(), 1);
    QCOMPARE(loaded->parameters.first().defaultValue.value_or(QString()), QStringLiteral("5"));
    QCOMPARE(loaded->variants.size(), 1);
    QCOMPARE(loaded->variants.first().type, std::optional<RequirementType>(RequirementType::MK));
    QCOMPARE(loaded->body.en.unpack().size(), 2);
    QCOMPARE(loaded->body.en.unpack().at(1).kind, Block::Kind::BulletList);
    QVERIFY(loaded->applies.has_value());
    QCOMPARE(loaded->references.size(), 1);
    // The written file is in the canonical layout.
    QCOMPARE(XmlFormat::format(clause.toXml(), QStringLiteral("x"), &issues), clause.toXml());
}

void TestEditableClause::setParameters_removeOne_dropsOnlyThatElement()
{
    EditableClause clause = load(QStringLiteral("adgang/ADG-01.xml"));
    QList<EditableParameter> parameters = clause.parameters();
    QCOMPARE(parameters.size(), 3);
    parameters.removeAt(1);
    clause.setParameters(parameters);
    const QByteArray xml = clause.toXml();
    QVERIFY(!xml.contains("id=\"change-notice\""));
    QVERIFY(xml.contains("id=\"delivery\""));
    QVERIFY(xml.contains("id=\"customer-policy\""));
    QVERIFY(xml.indexOf("id=\"customer-policy\"") < xml.indexOf("<guidance lang=\"da\">\n"));
    QCOMPARE(clause.parameters(), parameters);
}

void TestEditableClause::setReferences_thenEmpty_removesElement()
{
    EditableClause clause = load(QStringLiteral("adgang/ADG-01.xml"));
    QList<Reference> refs = clause.references();
    QCOMPARE(refs.size(), 4);
    refs.append({QStringLiteral("cfcs-top4"), {}, QStringLiteral("2"), 0});
    clause.setReferences(refs);
    QVERIFY(clause.toXml().contains("<ref scheme=\"cfcs-top4\" id=\"2\"/>"));
    clause.setReferences({});
    QVERIFY(!clause.toXml().contains("<references>"));
}

void TestEditableClause::applicability_nestedGroups_notEditableAndKept()
{
    EditableClause clause = load(QStringLiteral("adgang/ADG-01.xml"));
    // ADG-01 has no <applies>, only suggestion rules, which the form keeps as they are.
    QCOMPARE(clause.applicability(), std::optional<QString>(QString()));
    QVERIFY(clause.uneditedElements().contains(QStringLiteral("suggestion")));
    const QByteArray xml = clause.toXml();
    clause.setApplicability(QStringLiteral("criticality: high"));
    QVERIFY(clause.toXml().contains("<applies>"));
    QVERIFY(clause.toXml().indexOf("<applies>") < clause.toXml().indexOf("<suggestion"));
    clause.setApplicability(QString());
    QCOMPARE(clause.toXml(), xml);

    const QByteArray nested = "<clause xmlns=\"urn:klausul:library:1\" id=\"X-01\"><applies><any>"
                              "<when question=\"a\" in=\"b\"/></any></applies></clause>";
    IssueList issues;
    auto other = EditableClause::fromXml(nested, QStringLiteral("x.xml"), &issues);
    QVERIFY(other);
    QVERIFY(!other->applicability());
    other->setApplicability(QStringLiteral("a: c"));
    QVERIFY(other->toXml().contains("<any>"));
    QVERIFY(other->uneditedElements().contains(QStringLiteral("applies")));
}

void TestEditableClause::wordingDiffers_titleChange_true_referenceChange_false()
{
    const EditableClause original = load(QStringLiteral("adgang/ADG-01.xml"));
    EditableClause refs = original;
    refs.setReferences({});
    QVERIFY(!refs.wordingDiffers(original));
    EditableClause title = original;
    title.setTitle(QStringLiteral("en"), QStringLiteral("Another title"));
    QVERIFY(title.wordingDiffers(original));
}

void TestEditableClause::fromXml_notWellFormed_givesLocatedIssue()
{
    IssueList issues;
    const auto clause =
        EditableClause::fromXml("<clause>\n<title>", QStringLiteral("broken.xml"), &issues);
    QVERIFY(!clause);
    QVERIFY(hasErrors(issues));
    QCOMPARE(issues.first().file, QStringLiteral("broken.xml"));
    QVERIFY(issues.first().line > 0);
}

QTEST_GUILESS_MAIN(TestEditableClause)
#include "tst_editableclause.moc"
