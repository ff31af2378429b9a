#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <sys/resource.h>

namespace klausul::test {

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(KLAUSUL_TEST_DATA_DIR)).filePath(relative);
}

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(KLAUSUL_SOURCE_DIR)).filePath(relative);
}

QList<Expectation> readExpectations()
{
    QList<Expectation> result;
    QFile file(dataPath(QStringLiteral("clauses/expectations.tsv")));
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        if (fields.size() != 3)
            continue;
        result.append({fields.at(0), fields.at(1).toInt(), fields.at(2)});
    }
    return result;
}

QString describe(const IssueList &issues)
{
    QStringList lines;
    for (const Issue &issue : issues)
        lines << issue.toString();
    return lines.join(u'\n');
}

long peakRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

bool copyTree(const QString &from, const QString &to)
{
    QDir source(from);
    if (!QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(to).filePath(source.relativeFilePath(path));
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(path, target))
            return false;
    }
    return true;
}

QStringList secretMarkers()
{
    QStringList markers {QStringLiteral("KLAUSUL-SECRET-MARKER"), QStringLiteral("root:x:0:0")};
    QFile hostname(QStringLiteral("/etc/hostname"));
    if (hostname.open(QIODevice::ReadOnly)) {
        const QString name = QString::fromUtf8(hostname.readAll()).trimmed();
        if (name.size() >= 6) // short names would match ordinary words
            markers << name;
    }
    return markers;
}

} // namespace klausul::test
