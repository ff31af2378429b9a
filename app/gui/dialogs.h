#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace klausul {

/**
 * Modal questions go through these seams so GUI tests can answer them: a test queues the answer
 * with setNextAnswer()/setNextFileName(), and the next call returns it without showing a dialog.
 */
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
        const QString &text, QMessageBox::StandardButtons buttons,
        QMessageBox::StandardButton defaultButton);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    /** The text of the last message shown or answered (tests). */
    static QString lastText();
    static bool hasPendingAnswer();
};

class FileDialog
{
public:
    static QString openFileName(
        QWidget *parent, const QString &caption, const QString &folder, const QString &filter);
    static QString saveFileName(
        QWidget *parent, const QString &caption, const QString &path, const QString &filter);
    static QString existingFolder(QWidget *parent, const QString &caption, const QString &folder);

    static void setNextFileName(const QString &path);
};

} // namespace klausul
