#include "core/exportjob.h"
#include "core/exportplan.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace klausul;

class TestExportPlan : public QObject
{
    Q_OBJECT

private slots:
    void setOutputs_names_data();
    void setOutputs_names();
    void setOutputs_extensionContradictsFormat_refused_data();
    void setOutputs_extensionContradictsFormat_refused();
    void refuses_errorsOnlyForTenderAndContract();
    void formatFromCode_knownCodesOnly();
};

void TestExportPlan::setOutputs_names_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("docx");
    QTest::addColumn<QString>("pdf");
    const int docx = int(ExportPlan::Format::Docx);
    const int pdf = int(ExportPlan::Format::Pdf);
    const int all = int(ExportPlan::Format::All);
    QTest::newRow("docx name") << QStringLiteral("out/a.docx") << docx
                               << QStringLiteral("out/a.docx") << QString();
    QTest::newRow("pdf name") << QStringLiteral("out/a.PDF") << pdf << QString()
                              << QStringLiteral("out/a.PDF");
    QTest::newRow("all from docx name")
        << QStringLiteral("out/a.docx") << all << QStringLiteral("out/a.docx")
        << QStringLiteral("out/a.pdf");
    QTest::newRow("all from pdf name")
        << QStringLiteral("out/a.pdf") << all << QStringLiteral("out/a.docx")
        << QStringLiteral("out/a.pdf");
    QTest::newRow("no extension") << QStringLiteral("out/bilag") << all
                                  << QStringLiteral("out/bilag.docx")
                                  << QStringLiteral("out/bilag.pdf");
    QTest::newRow("other extension")
        << QStringLiteral("out/b.v2") << docx << QStringLiteral("out/b.v2.docx") << QString();
}

void TestExportPlan::setOutputs_names()
{
    QFETCH(QString, output);
    QFETCH(int, format);
    QFETCH(QString, docx);
    QFETCH(QString, pdf);
    ExportRequest request;
    QString error;
    QVERIFY2(ExportPlan::setOutputs(
                 &request, output, ExportPlan::Format(format), QStringLiteral("base"), &error),
        qPrintable(error));
    QCOMPARE(request.docxPath, docx);
    QCOMPARE(request.pdfPath, pdf);

    // A folder: the base name goes into it.
    QTemporaryDir dir;
    QVERIFY(ExportPlan::setOutputs(
        &request, dir.path(), ExportPlan::Format::All, QStringLiteral("d-tender-da"), &error));
    QCOMPARE(request.docxPath, QDir(dir.path()).filePath(QStringLiteral("d-tender-da.docx")));
    QCOMPARE(request.pdfPath, QDir(dir.path()).filePath(QStringLiteral("d-tender-da.pdf")));
}

void TestExportPlan::setOutputs_extensionContradictsFormat_refused_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<int>("format");
    QTest::newRow("pdf name, docx format")
        << QStringLiteral("x.pdf") << int(ExportPlan::Format::Docx);
    QTest::newRow("docx name, pdf format")
        << QStringLiteral("x.docx") << int(ExportPlan::Format::Pdf);
}

void TestExportPlan::setOutputs_extensionContradictsFormat_refused()
{
    QFETCH(QString, output);
    QFETCH(int, format);
    ExportRequest request;
    QString error;
    QVERIFY(!ExportPlan::setOutputs(
        &request, output, ExportPlan::Format(format), QStringLiteral("base"), &error));
    QVERIFY2(error.contains(output), qPrintable(error));
}

void TestExportPlan::refuses_errorsOnlyForTenderAndContract()
{
    const IssueList errors {Issue::error(QStringLiteral("broken"), QStringLiteral("d"), 1, 1)};
    QVERIFY(ExportPlan::refuses(Edition::Tender, errors, false));
    QVERIFY(ExportPlan::refuses(Edition::Contract, errors, false));
    QVERIFY(!ExportPlan::refuses(Edition::Review, errors, false));
    QVERIFY(!ExportPlan::refuses(Edition::Tender, errors, true));
    QVERIFY(!ExportPlan::refuses(Edition::Tender, IssueList(), false));
}

void TestExportPlan::formatFromCode_knownCodesOnly()
{
    QCOMPARE(ExportPlan::formatFromCode(QStringLiteral("all")), ExportPlan::Format::All);
    QCOMPARE(ExportPlan::formatFromCode(QStringLiteral("docx")), ExportPlan::Format::Docx);
    QCOMPARE(ExportPlan::formatFromCode(QStringLiteral("pdf")), ExportPlan::Format::Pdf);
    QVERIFY(!ExportPlan::formatFromCode(QStringLiteral("odt")));
    QVERIFY(!ExportPlan::formatOf(false, false));
}

QTEST_GUILESS_MAIN(TestExportPlan)
#include "tst_exportplan.moc"
