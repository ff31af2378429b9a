#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace klausul {

/**
 * The parts of an OOXML package (DOCX) in their stored order, read and written with minizip
 * (Debian: libminizip-dev). Used to post-process the DOCX that pandoc makes; the package is written
 * to a file in the export's temporary folder, which is then moved into place with SafeSave.
 */
class DocxPackage
{
    Q_DECLARE_TR_FUNCTIONS(klausul::DocxPackage)

public:
    static std::optional<DocxPackage> read(const QString &path, QString *error);
    /** Writes every part, [Content_Types].xml first; `path` is a temporary file. */
    bool write(const QString &path, QString *error) const;

    bool has(const QString &name) const;
    QByteArray part(const QString &name) const;
    /** Replaces the part or adds it at the end. */
    void setPart(const QString &name, const QByteArray &data);
    QStringList names() const;

private:
    QList<std::pair<QString, QByteArray>> m_parts;
};

} // namespace klausul
