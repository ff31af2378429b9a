#include "core/libraryloader.h"
#include "core/parameterformat.h"
#include "support/testsupport.h"

#include <QTest>

using namespace klausul;

/** Content checks of the bundled national library (clauses/). */
class TestBundledLibrary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void load_bundled_hasNoErrorsOrWarnings();
    void everyClause_isBilingualWithCompleteGuidance();
    void everyParameter_hasBilingualLabelAndValidDefault();

private:
    LibraryPtr m_library;
};

void TestBundledLibrary::initTestCase()
{
    m_library = LibraryLoader::load();
}

void TestBundledLibrary::load_bundled_hasNoErrorsOrWarnings()
{
    QVERIFY2(m_library->issues().isEmpty(), qPrintable(test::describe(m_library->issues())));
}

void TestBundledLibrary::everyClause_isBilingualWithCompleteGuidance()
{
    for (const Clause &clause : m_library->clauses()) {
        const QByteArray id = clause.id.toUtf8();
        QVERIFY2(clause.languages() == (QStringList {QStringLiteral("da"), QStringLiteral("en")}),
            id.constData());
        for (const Guidance *g : {&clause.guidance.da, &clause.guidance.en}) {
            QVERIFY2(!g->purpose.isEmpty() && !g->contractTypes.isEmpty() &&
                    !g->prosCons.isEmpty() && !g->followUp.isEmpty() && !g->remedies.isEmpty() &&
                    !g->legalNote.isEmpty(),
                id.constData());
        }
        for (const Variant &variant : clause.variants)
            QVERIFY2(variant.body.has(Language::Danish) && variant.body.has(Language::English),
                id.constData());
    }
}

void TestBundledLibrary::everyParameter_hasBilingualLabelAndValidDefault()
{
    for (const Clause &clause : m_library->clauses()) {
        for (const Parameter &p : clause.parameters) {
            const QByteArray where = (clause.id + u'/' + p.id).toUtf8();
            QVERIFY2(
                p.label.has(Language::Danish) && p.label.has(Language::English), where.constData());
            if (p.defaultValue)
                QVERIFY2(
                    ParameterFormat::validate(p, *p.defaultValue).isEmpty(), where.constData());
            for (const ParameterChoice &choice : p.choices)
                QVERIFY2(choice.label.has(Language::Danish) && choice.label.has(Language::English),
                    where.constData());
        }
    }
}

QTEST_GUILESS_MAIN(TestBundledLibrary)
#include "tst_bundledlibrary.moc"
