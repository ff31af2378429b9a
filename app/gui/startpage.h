#pragma once

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace klausul {

class Settings;

/**
 * What an empty, untitled draft shows instead of the inspector: start from a risk profile, open a
 * draft, one of the recent drafts or a bundled example, or add clauses from the library.
 */
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(Settings *settings, QWidget *parent = nullptr);
    /** Re-reads the recent drafts (the examples are compiled in: their details are read once). */
    void refresh();
    void retranslate();

signals:
    void newFromProfileRequested();
    void openRequested();
    void openFileRequested(const QString &path);
    void browseLibraryRequested();

private:
    /** A bundled example draft and its details (read once, as a stream up to its details). */
    struct Example
    {
        QString path;
        QString title; ///< the tender's name, else the file's
        QString authority; ///< empty when the details could not be read
    };
    const QList<Example> &examples();

    Settings *m_settings;
    std::optional<QList<Example>> m_exampleDetails;
    QLabel *m_heading;
    QLabel *m_intro;
    QPushButton *m_profile;
    QPushButton *m_open;
    QPushButton *m_library;
    QLabel *m_recentHeading;
    QVBoxLayout *m_recent;
    QLabel *m_noRecent;
    QLabel *m_examplesHeading;
    QVBoxLayout *m_examples;
};

} // namespace klausul
