#include "benchsupport.h"

#include "support/testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace klausul::bench {

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
    static const QRegularExpression idAttribute(QStringLiteral("<clause([^>]*?) id=\"[^\"]+\""));
    const QStringList words {QStringLiteral("drift"), QStringLiteral("netværk"),
        QStringLiteral("arkiv"), QStringLiteral("borgerservice"), QStringLiteral("økonomi"),
        QStringLiteral("løn"), QStringLiteral("sundhed"), QStringLiteral("skat")};
    QDir().mkpath(QDir(folder).filePath(QStringLiteral("synthetic")));
    for (int i = int(templates.size()); i < count; ++i) {
        QString text = QString::fromUtf8(texts.at(i % texts.size()));
        const QString id = QStringLiteral("SYN-%1").arg(i, 5, 10, QLatin1Char('0'));
        text.replace(idAttribute, QStringLiteral("<clause\\1 id=\"") + id + u'"');
        text.replace(QStringLiteral("</title>\n  <title lang=\"en\">"),
            u' ' + words.at(i % words.size()) + QString::number(i) +
                QStringLiteral("</title>\n  <title lang=\"en\">"));
        const QString path = QDir(folder).filePath(QStringLiteral("synthetic/%1.xml").arg(id));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(text.toUtf8());
        clauseFiles << path;
    }
    return clauseFiles;
}

} // namespace klausul::bench
