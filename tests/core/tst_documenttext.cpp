#include "core/documenttext.h"

#include <QRegularExpression>
#include <QTest>

using namespace klausul;

/**
 * The fixed phrases of exported documents: every phrase exists in Danish and English, both carry
 * the same placeholders (a translation that drops "%2" would print a wrong annex), and the
 * composed titles read as a lawyer expects.
 */
class TestDocumentText : public QObject
{
    Q_OBJECT

private slots:
    void text_everyPhrase_hasBothLanguagesWithSamePlaceholders_data();
    void text_everyPhrase_hasBothLanguagesWithSamePlaceholders();
    void text_languages_differWhereTheWordsDiffer();
    void requirementTypeName_eachType_namesItsCode();
    void reviewStatusName_eachStatus_isDistinct();
    void annexTitle_numberAndTitle_composed();
};

namespace {

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%\\d"));
    QStringList found;
    for (const QRegularExpressionMatch &match : marker.globalMatch(text))
        found << match.captured();
    found.sort();
    return found;
}

} // namespace

void TestDocumentText::text_everyPhrase_hasBothLanguagesWithSamePlaceholders_data()
{
    QTest::addColumn<int>("phrase");
    for (int p = int(DocumentText::Phrase::Annex); p <= int(DocumentText::Phrase::TenderEdition);
         ++p)
        QTest::newRow(qPrintable(QString::number(p))) << p;
}

void TestDocumentText::text_everyPhrase_hasBothLanguagesWithSamePlaceholders()
{
    QFETCH(int, phrase);
    const QString da = DocumentText::text(DocumentText::Phrase(phrase), Language::Danish);
    const QString en = DocumentText::text(DocumentText::Phrase(phrase), Language::English);
    QVERIFY2(!da.isEmpty(), "no Danish text");
    QVERIFY2(!en.isEmpty(), "no English text");
    QCOMPARE(placeholders(da), placeholders(en));
}

void TestDocumentText::text_languages_differWhereTheWordsDiffer()
{
    using DocumentText::Phrase;
    for (Phrase phrase : {Phrase::Annex, Phrase::TableOfContents, Phrase::ComplianceSchedule,
             Phrase::GuidanceHeading, Phrase::ReviewTitle, Phrase::Yes, Phrase::No}) {
        QVERIFY2(DocumentText::text(phrase, Language::Danish) !=
                DocumentText::text(phrase, Language::English),
            qPrintable(DocumentText::text(phrase, Language::Danish)));
    }
    QCOMPARE(DocumentText::text(Phrase::Annex, Language::Danish), QStringLiteral("Bilag"));
    QCOMPARE(DocumentText::text(Phrase::Annex, Language::English), QStringLiteral("Annex"));
}

void TestDocumentText::requirementTypeName_eachType_namesItsCode()
{
    for (RequirementType type : {RequirementType::MK, RequirementType::PK, RequirementType::K}) {
        for (Language language : {Language::Danish, Language::English}) {
            const QString name = DocumentText::requirementTypeName(type, language);
            QVERIFY2(name.endsWith(u'(' + requirementTypeCode(type) + u')'), qPrintable(name));
        }
    }
    QCOMPARE(DocumentText::requirementTypeName(RequirementType::MK, Language::Danish),
        QStringLiteral("Mindstekrav (MK)"));
    QCOMPARE(DocumentText::requirementTypeName(RequirementType::PK, Language::English),
        QStringLiteral("Prioritised requirement (PK)"));
}

void TestDocumentText::reviewStatusName_eachStatus_isDistinct()
{
    for (Language language : {Language::Danish, Language::English}) {
        QSet<QString> names;
        for (ReviewStatus status :
            {ReviewStatus::Draft, ReviewStatus::Ready, ReviewStatus::Approved})
            names.insert(DocumentText::reviewStatusName(status, language));
        QCOMPARE(names.size(), 3);
        QVERIFY(!names.contains(QString()));
    }
}

void TestDocumentText::annexTitle_numberAndTitle_composed()
{
    DraftMetadata metadata;
    metadata.annexNumber = QStringLiteral("9");
    metadata.annexTitle = QStringLiteral("Informationssikkerhed");
    QVERIFY(
        DocumentText::annexTitle(metadata, Language::Danish).startsWith(QStringLiteral("Bilag 9")));
    QVERIFY(DocumentText::annexTitle(metadata, Language::Danish)
                .endsWith(QStringLiteral("Informationssikkerhed")));
    QVERIFY(DocumentText::annexTitle(metadata, Language::English)
                .startsWith(QStringLiteral("Annex 9")));
    metadata.annexNumber.clear();
    metadata.annexTitle.clear();
    QCOMPARE(DocumentText::annexTitle(metadata, Language::Danish), QStringLiteral("Bilag"));
}

QTEST_MAIN(TestDocumentText)
#include "tst_documenttext.moc"
