#include "settingsdialog.h"

#include "core/settings.h"
#include "dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace klausul {

SettingsDialog::SettingsDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    auto *libraries = new QGroupBox(tr("Organisation libraries"), this);
    m_folders = new QListWidget(libraries);
    m_folders->setObjectName(QStringLiteral("libraryFolders"));
    m_folders->addItems(settings->libraryFolders());
    auto *add = new QPushButton(tr("&Add folder…"), libraries);
    auto *remove = new QPushButton(tr("&Remove"), libraries);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString folder = FileDialog::existingFolder(this, tr("Library folder"), QString());
        if (!folder.isEmpty() && m_folders->findItems(folder, Qt::MatchExactly).isEmpty())
            m_folders->addItem(folder);
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_folders->currentItem(); });
    auto *libraryButtons = new QVBoxLayout;
    libraryButtons->addWidget(add);
    libraryButtons->addWidget(remove);
    libraryButtons->addStretch();
    auto *libraryLayout = new QHBoxLayout(libraries);
    libraryLayout->addWidget(m_folders, 1);
    libraryLayout->addLayout(libraryButtons);
    auto *libraryHint =
        new QLabel(tr("Folders with the authority's own clauses, layered on top of the "
                      "national library. They take effect at the next start."),
            this);
    libraryHint->setWordWrap(true);

    m_author = new QLineEdit(settings->value(Settings::Key::AuthorName).toString(), this);
    m_author->setObjectName(QStringLiteral("authorEdit"));
    m_author->setPlaceholderText(settings->authorName());
    m_edition = new QComboBox(this);
    m_edition->setObjectName(QStringLiteral("defaultEditionCombo"));
    m_edition->addItem(tr("Tender"), QStringLiteral("tender"));
    m_edition->addItem(tr("Contract"), QStringLiteral("contract"));
    m_edition->addItem(tr("Review"), QStringLiteral("review"));
    m_edition->setCurrentIndex(
        std::max(0, m_edition->findData(settings->value(Settings::Key::DefaultEdition))));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("defaultLanguageCombo"));
    m_language->addItem(tr("Danish"), QStringLiteral("da"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(settings->value(Settings::Key::DefaultLanguage))));
    m_uiLanguage = new QComboBox(this);
    m_uiLanguage->setObjectName(QStringLiteral("uiLanguageCombo"));
    m_uiLanguage->addItem(tr("As the system"), QStringLiteral("system"));
    m_uiLanguage->addItem(QStringLiteral("Dansk"), QStringLiteral("da"));
    m_uiLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_uiLanguage->setCurrentIndex(
        std::max(0, m_uiLanguage->findData(settings->value(Settings::Key::UiLanguage))));

    auto *form = new QFormLayout;
    form->addRow(tr("Your &name (for comments):"), m_author);
    form->addRow(tr("Default &edition:"), m_edition);
    form->addRow(tr("Default document &language:"), m_language);
    form->addRow(tr("&User interface language:"), m_uiLanguage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(libraries);
    layout->addWidget(libraryHint);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 420);
}

void SettingsDialog::apply()
{
    QStringList folders;
    for (int i = 0; i < m_folders->count(); ++i)
        folders << m_folders->item(i)->text();
    m_settings->setValue(Settings::Key::LibraryFolders, folders);
    m_settings->setValue(Settings::Key::AuthorName, m_author->text().trimmed());
    m_settings->setValue(Settings::Key::DefaultEdition, m_edition->currentData());
    m_settings->setValue(Settings::Key::DefaultLanguage, m_language->currentData());
    m_settings->setValue(Settings::Key::UiLanguage, m_uiLanguage->currentData());
}

} // namespace klausul
