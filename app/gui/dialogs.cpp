#include "dialogs.h"

#include "core/safesave.h"

#include <QFile>
#include <QFileDialog>

namespace klausul {

namespace {
QList<QMessageBox::StandardButton> g_answers;
QStringList g_fileNames;
QString g_lastText;

/**
 * Unattended runs (tests/faults/run.sh): with $KLAUSUL_AUTO_ANSWER naming a file, every message
 * is appended to it and answered with its default button instead of waiting for a person.
 */
bool autoAnswered(const QString &text)
{
    const QString log = qEnvironmentVariable("KLAUSUL_AUTO_ANSWER");
    if (log.isEmpty())
        return false;
    QFile file(log);
    QByteArray before;
    if (file.open(QIODevice::ReadOnly))
        before = file.readAll();
    file.close();
    // Zero-width spaces are only line-break hints (e.g. in long paths): the log has the plain text.
    SafeSave::write(
        log, before + QString(text).remove(QChar(0x200b)).toUtf8() + "\n----\n", nullptr);
    return true;
}
} // namespace

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
    const QString &text, QMessageBox::StandardButtons buttons,
    QMessageBox::StandardButton defaultButton)
{
    g_lastText = text;
    if (!g_answers.isEmpty())
        return g_answers.takeFirst();
    if (autoAnswered(text))
        return defaultButton;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    g_lastText = text;
    if (!g_answers.isEmpty()) {
        g_answers.takeFirst();
        return;
    }
    if (autoAnswered(text))
        return;
    QMessageBox::information(parent, title, text);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    g_lastText = text;
    if (!g_answers.isEmpty()) {
        g_answers.takeFirst();
        return;
    }
    if (autoAnswered(text))
        return;
    QMessageBox::warning(parent, title, text);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_answers.append(answer);
}

QString MessageBox::lastText()
{
    return g_lastText;
}

bool MessageBox::hasPendingAnswer()
{
    return !g_answers.isEmpty();
}

QString FileDialog::openFileName(
    QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    if (!g_fileNames.isEmpty())
        return g_fileNames.takeFirst();
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QString FileDialog::saveFileName(
    QWidget *parent, const QString &caption, const QString &path, const QString &filter)
{
    if (!g_fileNames.isEmpty())
        return g_fileNames.takeFirst();
    return QFileDialog::getSaveFileName(parent, caption, path, filter);
}

QString FileDialog::existingFolder(QWidget *parent, const QString &caption, const QString &folder)
{
    if (!g_fileNames.isEmpty())
        return g_fileNames.takeFirst();
    return QFileDialog::getExistingDirectory(parent, caption, folder);
}

void FileDialog::setNextFileName(const QString &path)
{
    g_fileNames.append(path);
}

} // namespace klausul
