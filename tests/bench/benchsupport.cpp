#include "benchsupport.h"

#include "support/testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <ctime>

namespace klausul::bench {

double processCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(QList<double> values)
{
    return percentile(std::move(values), 0.5);
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

namespace {

/** Every word of five letters or more in the text nodes of `texts`: the substitution vocabulary. */
QStringList vocabulary(const QList<QByteArray> &texts)
{
    static const QRegularExpression word(QStringLiteral(">[^<]*<"));
    static const QRegularExpression letters(
        QStringLiteral("(?<![&\\w])\\p{L}{5,}"), QRegularExpression::UseUnicodePropertiesOption);
    QSet<QString> words;
    for (const QByteArray &bytes : texts) {
        const QString text = QString::fromUtf8(bytes);
        auto nodes = word.globalMatch(text);
        while (nodes.hasNext()) {
            const QString node = nodes.next().captured();
            auto it = letters.globalMatch(node);
            while (it.hasNext())
                words.insert(it.next().captured().toLower());
        }
    }
    QStringList list(words.begin(), words.end());
    list.sort();
    return list;
}

/**
 * Rewrites one clone: in every text node of a title, label, paragraph, list item and history
 * text, about one word in four (at least one) is replaced by a word of `vocabulary` chosen by a
 * generator seeded with the clone's number, so no two clauses share a paragraph; integer
 * parameters get another default inside their range.
 */
QString varyClause(const QString &text, int seed, const QStringList &vocabulary)
{
    static const QRegularExpression letters(
        QStringLiteral("(?<![&\\w])\\p{L}{3,}"), QRegularExpression::UseUnicodePropertiesOption);
    static const QSet<QString> varied {QStringLiteral("p"), QStringLiteral("li"),
        QStringLiteral("title"), QStringLiteral("label"), QStringLiteral("text")};
    QRandomGenerator random(quint32(seed) * 2654435761u + 1u);
    QString out;
    out.reserve(text.size() + text.size() / 8);
    QStringList stack;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == u'<') {
            qsizetype end = text.indexOf(u'>', i);
            if (text.mid(i, 4) == QLatin1String("<!--"))
                end = text.indexOf(QLatin1String("-->"), i) + 2;
            QString tag = text.mid(i, end - i + 1);
            if (tag.startsWith(QLatin1String("</"))) {
                if (!stack.isEmpty())
                    stack.removeLast();
            } else if (!tag.startsWith(QLatin1String("<?")) &&
                !tag.startsWith(QLatin1String("<!"))) {
                const QString name =
                    tag.mid(1).section(QRegularExpression(QStringLiteral("[\\s/>]")), 0, 0);
                if (!tag.endsWith(QLatin1String("/>")))
                    stack << name;
                if (name == QLatin1String("parameter")) {
                    static const QRegularExpression range(QStringLiteral(
                        "type=\"integer\".* min=\"(\\d+)\" max=\"(\\d+)\" default=\"\\d+\""));
                    const auto match = range.match(tag);
                    if (match.hasMatch()) {
                        const int low = match.captured(1).toInt();
                        const int high = match.captured(2).toInt();
                        const int value = low + int(random.bounded(quint32(high - low + 1)));
                        static const QRegularExpression defaultValue(
                            QStringLiteral("default=\"\\d+\""));
                        tag.replace(defaultValue, QStringLiteral("default=\"%1\"").arg(value));
                    }
                }
            }
            out += tag;
            i = end + 1;
            continue;
        }
        qsizetype end = text.indexOf(u'<', i);
        if (end < 0)
            end = text.size();
        QString node = text.mid(i, end - i);
        if (!stack.isEmpty() && varied.contains(stack.last())) {
            QList<QRegularExpressionMatch> words;
            auto it = letters.globalMatch(node);
            while (it.hasNext())
                words << it.next();
            if (!words.isEmpty()) {
                const int first = int(random.bounded(quint32(words.size())));
                for (qsizetype w = words.size() - 1; w >= 0; --w) {
                    if (w != first && random.bounded(4u) != 0)
                        continue;
                    QString replacement =
                        vocabulary.at(int(random.bounded(quint32(vocabulary.size()))));
                    if (words.at(w).captured().at(0).isUpper())
                        replacement[0] = replacement.at(0).toUpper();
                    node.replace(
                        words.at(w).capturedStart(), words.at(w).capturedLength(), replacement);
                }
            }
        }
        out += node;
        i = end;
    }
    return out;
}

} // namespace

QStringList generateLibrary(const QString &folder, int count)
{
    const QString source = test::sourcePath(QStringLiteral("clauses"));
    QStringList clauseFiles;
    QStringList templates;
    QDirIterator it(source, {QStringLiteral("*.xml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(source).relativeFilePath(path);
        const QString target = QDir(folder).filePath(relative);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(path, target);
        if (relative.contains(u'/') && !relative.startsWith(QLatin1String("reference/"))) {
            templates << path;
            clauseFiles << target;
        }
    }
    QList<QByteArray> texts;
    for (const QString &path : std::as_const(templates)) {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        texts << file.readAll();
    }
    const QStringList words = vocabulary(texts);
    static const QRegularExpression idAttribute(QStringLiteral("<clause([^>]*?) id=\"[^\"]+\""));
    QDir().mkpath(QDir(folder).filePath(QStringLiteral("synthetic")));
    for (int i = int(templates.size()); i < count; ++i) {
        QString text = varyClause(QString::fromUtf8(texts.at(i % texts.size())), i, words);
        const QString id = QStringLiteral("SYN-%1").arg(i, 5, 10, QLatin1Char('0'));
        text.replace(idAttribute, QStringLiteral("<clause\\1 id=\"") + id + u'"');
        text.replace(QStringLiteral("</title>\n  <title lang=\"en\">"),
            u' ' + QString::number(i) + QStringLiteral("</title>\n  <title lang=\"en\">"));
        const QString path = QDir(folder).filePath(QStringLiteral("synthetic/%1.xml").arg(id));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(text.toUtf8());
        clauseFiles << path;
    }
    return clauseFiles;
}

Draft makeDraft(const Library &library, int count)
{
    Draft draft;
    draft.metadata.authority = QStringLiteral("Benchmark Kommune");
    draft.metadata.tender = QStringLiteral("Benchmark af eksport");
    draft.metadata.annexNumber = QStringLiteral("9");
    draft.metadata.annexTitle = QStringLiteral("Informationssikkerhed");
    for (int i = 0; i < count; ++i) {
        const Clause &clause = library.clauses().at(i % library.clauses().size());
        int section = draft.sectionForTheme(clause.theme);
        if (section < 0) {
            draft.sections.append({draft.nextSectionId(), clause.theme, {}, {}});
            section = int(draft.sections.size()) - 1;
        }
        DraftItem item;
        item.uid = QStringLiteral("i%1").arg(i + 1);
        item.number = i + 1;
        item.clauseId = clause.id;
        item.clauseVersion = clause.version;
        draft.sections[section].items.append(item);
    }
    return draft;
}

qint64 diskSize(const QString &folder)
{
    qint64 total = 0;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
}

int sharedParagraphs(const QList<Clause> &clauses)
{
    QHash<QString, int> owner;
    QSet<int> sharing;
    auto visit = [&](int c, const Flow &flow) {
        for (const Block &block : flow) {
            QStringList texts;
            if (block.kind == Block::Kind::Paragraph)
                texts << RichText::toPlainText(block.inlines);
            for (const Inlines &item : block.items)
                texts << RichText::toPlainText(item);
            for (const QString &text : std::as_const(texts)) {
                const auto it = owner.constFind(text);
                if (it == owner.constEnd())
                    owner.insert(text, c);
                else if (*it != c)
                    sharing.insert(c);
            }
        }
    };
    for (int c = 0; c < clauses.size(); ++c) {
        const Clause &clause = clauses.at(c);
        visit(c, clause.body.da);
        visit(c, clause.body.en);
        for (const Variant &variant : clause.variants) {
            visit(c, variant.body.da);
            visit(c, variant.body.en);
        }
        for (const Guidance *g : {&clause.guidance.da, &clause.guidance.en}) {
            for (const GuidanceHeading &heading : guidanceHeadings())
                visit(c, g->*heading.member);
        }
    }
    return int(sharing.size());
}

QStringList typedQueries()
{
    const QStringList typed {QStringLiteral("hændelse"), QStringLiteral("underleverandør"),
        QStringLiteral("kryptering"), QStringLiteral("adgangskontrol"), QStringLiteral("backup"),
        QStringLiteral("revisionserklæring"), QStringLiteral("sårbarhed"),
        QStringLiteral("logning"), QStringLiteral("beredskab"), QStringLiteral("persondata"),
        QStringLiteral("5.24"), QStringLiteral("multifaktor"), QStringLiteral("leverandøren skal"),
        QStringLiteral("ophør"), QStringLiteral("penetrationstest"),
        QStringLiteral("samfundskritisk"), QStringLiteral("aarlig revision"),
        QStringLiteral("netværk"), QStringLiteral("isae 3402"), QStringLiteral("risikovurdering")};
    QStringList queries;
    for (int w = 0; queries.size() < 200; ++w) {
        const QString word = typed.at(w % typed.size());
        for (int length = 1; length <= word.size() && queries.size() < 200; ++length)
            queries << word.left(length);
    }
    return queries;
}

} // namespace klausul::bench
