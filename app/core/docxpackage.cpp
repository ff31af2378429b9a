#include "docxpackage.h"

#include <QFile>

#include <minizip/unzip.h>
#include <minizip/zip.h>

namespace klausul {

std::optional<DocxPackage> DocxPackage::read(const QString &path, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    unzFile zip = unzOpen64(name.constData());
    if (!zip) {
        if (error)
            *error = tr("%1 is not a readable DOCX (ZIP) file").arg(path);
        return std::nullopt;
    }
    DocxPackage package;
    bool ok = true;
    for (int status = unzGoToFirstFile(zip); status == UNZ_OK; status = unzGoToNextFile(zip)) {
        unz_file_info64 info {};
        char entryName[1024] = {};
        if (unzGetCurrentFileInfo64(
                zip, &info, entryName, sizeof entryName - 1, nullptr, 0, nullptr, 0) != UNZ_OK ||
            info.uncompressed_size > 256u * 1024u * 1024u || unzOpenCurrentFile(zip) != UNZ_OK) {
            ok = false;
            break;
        }
        QByteArray data;
        data.reserve(qsizetype(info.uncompressed_size));
        char buffer[65536];
        int read = 0;
        while ((read = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
            data.append(buffer, read);
        const bool crcOk = unzCloseCurrentFile(zip) == UNZ_OK;
        if (read < 0 || !crcOk) {
            ok = false;
            break;
        }
        package.m_parts.append({QString::fromUtf8(entryName), data});
    }
    unzClose(zip);
    if (!ok || package.m_parts.isEmpty()) {
        if (error)
            *error = tr("%1 is a damaged DOCX (ZIP) file").arg(path);
        return std::nullopt;
    }
    return package;
}

bool DocxPackage::write(const QString &path, QString *error) const
{
    const QByteArray name = QFile::encodeName(path);
    zipFile zip = zipOpen64(name.constData(), APPEND_STATUS_CREATE);
    if (!zip) {
        if (error)
            *error = tr("cannot write %1").arg(path);
        return false;
    }
    QList<std::pair<QString, QByteArray>> ordered;
    for (const auto &part : m_parts) {
        if (part.first == QLatin1String("[Content_Types].xml"))
            ordered.prepend(part);
        else
            ordered.append(part);
    }
    bool ok = true;
    for (const auto &[entry, data] : ordered) {
        zip_fileinfo info {};
        // A fixed time stamp: the same annex gives the same package.
        info.tmz_date.tm_year = 2026;
        info.tmz_date.tm_mon = 0;
        info.tmz_date.tm_mday = 1;
        const QByteArray entryName = entry.toUtf8();
        if (zipOpenNewFileInZip(zip, entryName.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                Z_DEFLATED, Z_DEFAULT_COMPRESSION) != ZIP_OK) {
            ok = false;
            break;
        }
        const bool written = data.isEmpty() ||
            zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) == ZIP_OK;
        if (zipCloseFileInZip(zip) != ZIP_OK || !written) {
            ok = false;
            break;
        }
    }
    if (zipClose(zip, nullptr) != ZIP_OK)
        ok = false;
    if (!ok && error)
        *error = tr("cannot write %1").arg(path);
    return ok;
}

bool DocxPackage::has(const QString &name) const
{
    for (const auto &part : m_parts) {
        if (part.first == name)
            return true;
    }
    return false;
}

QByteArray DocxPackage::part(const QString &name) const
{
    for (const auto &part : m_parts) {
        if (part.first == name)
            return part.second;
    }
    return {};
}

void DocxPackage::setPart(const QString &name, const QByteArray &data)
{
    for (auto &part : m_parts) {
        if (part.first == name) {
            part.second = data;
            return;
        }
    }
    m_parts.append({name, data});
}

QStringList DocxPackage::names() const
{
    QStringList list;
    for (const auto &part : m_parts)
        list << part.first;
    return list;
}

} // namespace klausul
