#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace klausul {

class Settings;

/** The user's settings: library folders, author name, export defaults and UI language. */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Settings *settings, QWidget *parent = nullptr);
    /** Writes the choices to the settings. */
    void apply();

private:
    Settings *m_settings;
    QListWidget *m_folders;
    QLineEdit *m_author;
    QComboBox *m_edition;
    QComboBox *m_language;
    QComboBox *m_uiLanguage;
};

} // namespace klausul
