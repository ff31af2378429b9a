#include "core/clausereader.h"
#include "core/libraryloader.h"
#include "core/packedtext.h"
#include "core/safexml.h"
#include "core/xmlstring.h"
#include "support/testsupport.h"

#include <QDirIterator>
#include <QTest>

using namespace klausul;

namespace {

/** Every element of a clause file with a lang attribute and text only: its short texts. */
void collectTextElements(const xmlNode *node, QList<const xmlNode *> *out)
{
    const xmlNode *child = xml::firstElement(node);
    if (!child && xml::hasAttribute(node, "lang"))
        out->append(node);
    for (; child; child = xml::nextElement(child))
        collectTextElements(child, out);
}

/** Every packed short text of a clause. */
QList<PackedTranslatedText> textsOf(const Clause &clause)
{
    QList<PackedTranslatedText> texts {clause.title};
    for (const Variant &variant : clause.variants)
        texts << variant.label;
    for (const Parameter &parameter : clause.parameters) {
        texts << parameter.label << parameter.guidance;
        for (const ParameterChoice &choice : parameter.choices)
            texts << choice.label;
    }
    for (const MarketRestriction &restriction : clause.suggestion.restricts)
        texts << restriction.excludes;
    for (const HistoryEntry &entry : clause.history)
        texts << entry.text;
    return texts;
}

} // namespace

class TestPackedText : public QObject
{
    Q_OBJECT

private slots:
    void readLocalized_everyBundledText_equalsTheQStringReading();
    void loadedLibrary_everyClauseText_roundTripsThroughQString();
    void roundTrip_nonBmpAndSpecialText_equal_data();
    void roundTrip_nonBmpAndSpecialText_equal();
    void empty_nullAndEmptyQString_areEmptyAndEqual();
    void fromUtf8_invalidBytes_decodeWithoutCrash();
    void translated_get_fallsBackLikeTranslatedText_data();
    void translated_get_fallsBackLikeTranslatedText();
    void translated_convertsToAndFromTranslatedText();
};

void TestPackedText::readLocalized_everyBundledText_equalsTheQStringReading()
{
    const QString folder = test::sourcePath(QStringLiteral("clauses"));
    QDirIterator it(folder, {QStringLiteral("*.xml")}, QDir::Files, QDirIterator::Subdirectories);
    int texts = 0;
    int nonAscii = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QByteArray data;
        IssueList issues;
        QVERIFY(SafeXml::readFile(path, &data, &issues));
        const XmlDocument doc = SafeXml::parse(data, path, &issues);
        QVERIFY2(doc.root(), qPrintable(path));
        QList<const xmlNode *> elements;
        collectTextElements(doc.root(), &elements);
        for (const xmlNode *element : std::as_const(elements)) {
            TranslatedText expected;
            PackedTranslatedText packed;
            ClauseReader::readLocalized(element, &expected);
            ClauseReader::readLocalized(element, &packed);
            const QString where = path + u':' + QString::number(xml::lineOf(element));
            QVERIFY2(packed == expected, qPrintable(where));
            QVERIFY2(packed.unpack() == expected, qPrintable(where));
            for (const Language language : {Language::Danish, Language::English}) {
                QCOMPARE(packed.get(language), expected.get(language));
                QCOMPARE(packed.has(language), expected.has(language));
            }
            QCOMPARE(packed.languages(), expected.languages());
            ++texts;
            const QString text = expected.get(Language::Danish);
            if (text.toUtf8().size() != text.size())
                ++nonAscii;
        }
    }
    // Titles, labels, guidance and history of 114 clauses and the library's other files.
    QVERIFY2(texts > 1000, qPrintable(QString::number(texts)));
    QVERIFY2(nonAscii > 100, qPrintable(QString::number(nonAscii)));
}

void TestPackedText::loadedLibrary_everyClauseText_roundTripsThroughQString()
{
    const auto library = LibraryLoader::load({});
    QVERIFY(library->issues().isEmpty());
    QVERIFY(library->clauses().size() > 100);
    int texts = 0;
    for (const Clause &clause : library->clauses()) {
        for (const PackedTranslatedText &text : textsOf(clause)) {
            const TranslatedText unpacked = text;
            QCOMPARE(PackedTranslatedText(unpacked), text);
            QCOMPARE(text.da.toString().toUtf8(), text.da.utf8());
            QCOMPARE(text.en.toString().toUtf8(), text.en.utf8());
            QCOMPARE(PackedText(text.da.toString()), text.da);
            if (!text.isEmpty())
                ++texts;
        }
        QVERIFY2(clause.title.has(Language::Danish), qPrintable(clause.id));
    }
    QVERIFY2(texts > 1000, qPrintable(QString::number(texts)));
}

void TestPackedText::roundTrip_nonBmpAndSpecialText_equal_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("danish") << QStringLiteral("Leverandørens ændringer på øen, Århus");
    QTest::newRow("non-BMP") << QString::fromUtf8(
        "\xF0\x9D\x94\x98 mathematical U, \xF0\x9F\x94\x92 lock");
    QTest::newRow("non-BMP only") << QString::fromUtf8("\xF0\x9F\x98\x80");
    QTest::newRow("combining") << QString::fromUtf8("e\xCC\x81 a\xCC\x8A");
    QTest::newRow("embedded NUL") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"));
    QTest::newRow("markup characters") << QStringLiteral("<term> & \"x\" 'y'");
    QTest::newRow("one character") << QStringLiteral("x");
}

void TestPackedText::roundTrip_nonBmpAndSpecialText_equal()
{
    QFETCH(QString, text);
    const PackedText packed(text);
    QCOMPARE(packed.toString(), text);
    QCOMPARE(QString(packed), text);
    QCOMPARE(packed.toString().size(), text.size());
    QCOMPARE(packed.utf8(), text.toUtf8());
    QVERIFY(packed == text);
    QVERIFY(text == packed);
    QVERIFY(packed != QString(text + u'.'));
    QVERIFY(!packed.isEmpty());
    QCOMPARE(PackedText::fromUtf8(packed.utf8()), packed);
}

void TestPackedText::empty_nullAndEmptyQString_areEmptyAndEqual()
{
    const PackedText null {QString()};
    const PackedText empty {QStringLiteral("")};
    QVERIFY(null.isEmpty());
    QVERIFY(empty.isEmpty());
    QVERIFY(PackedText().isEmpty());
    QCOMPARE(null, empty);
    QCOMPARE(null, PackedText());
    QVERIFY(null.toString().isEmpty());
    QVERIFY(null == QString());
    QVERIFY(null != QStringLiteral(" "));
    const PackedTranslatedText translated;
    QVERIFY(translated.isEmpty());
    QVERIFY(translated.get(Language::Danish).isEmpty());
    QVERIFY(translated.get(Language::English).isEmpty());
    QVERIFY(translated.languages().isEmpty());
    QCOMPARE(translated, PackedTranslatedText(TranslatedText()));
}

void TestPackedText::fromUtf8_invalidBytes_decodeWithoutCrash()
{
    const PackedText garbage = PackedText::fromUtf8(QByteArray("a\xFF\xC3", 3));
    QVERIFY(!garbage.isEmpty());
    const QString text = garbage.toString();
    QVERIFY(text.startsWith(u'a'));
    QVERIFY(text.contains(QChar::ReplacementCharacter));
}

void TestPackedText::translated_get_fallsBackLikeTranslatedText_data()
{
    QTest::addColumn<QString>("da");
    QTest::addColumn<QString>("en");
    QTest::newRow("both") << QStringLiteral("Adgang") << QStringLiteral("Access");
    QTest::newRow("Danish only") << QStringLiteral("Adgang") << QString();
    QTest::newRow("English only") << QString() << QStringLiteral("Access");
    QTest::newRow("neither") << QString() << QString();
}

void TestPackedText::translated_get_fallsBackLikeTranslatedText()
{
    QFETCH(QString, da);
    QFETCH(QString, en);
    const TranslatedText expected {da, en};
    const PackedTranslatedText packed {da, en};
    for (const Language language : {Language::Danish, Language::English}) {
        QCOMPARE(packed.get(language), expected.get(language));
        QCOMPARE(packed.has(language), expected.has(language));
    }
    QCOMPARE(packed.isEmpty(), expected.isEmpty());
    QCOMPARE(packed.languages(), expected.languages());
}

void TestPackedText::translated_convertsToAndFromTranslatedText()
{
    const TranslatedText text {QStringLiteral("Kryptering"), QString::fromUtf8("\xF0\x9F\x94\x92")};
    PackedTranslatedText packed = text;
    QVERIFY(packed == text);
    QVERIFY(text == packed);
    const TranslatedText back = packed;
    QCOMPARE(back, text);
    packed.ref(Language::English) = QStringLiteral("Encryption");
    QVERIFY(packed != text);
    QCOMPARE(packed.get(Language::English), QStringLiteral("Encryption"));
    QCOMPARE(packed.get(Language::Danish), QStringLiteral("Kryptering"));
}

QTEST_GUILESS_MAIN(TestPackedText)
#include "tst_packedtext.moc"
