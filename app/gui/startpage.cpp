#include "startpage.h"

#include "core/draftio.h"
#include "core/settings.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace klausul {

namespace {

const QString ExamplesFolder = QStringLiteral(":/klausul/library/examples");

QLabel *heading(QWidget *parent, qreal scale)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

void clear(QVBoxLayout *layout)
{
    while (QLayoutItem *child = layout->takeAt(0)) {
        delete child->widget();
        delete child;
    }
}

QPushButton *linkButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setFlat(true);
    button->setToolTip(toolTip);
    button->setStyleSheet(QStringLiteral("text-align: left; padding: 3px 6px"));
    return button;
}

} // namespace

StartPage::StartPage(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("startPage"));
    auto *content = new QWidget;
    m_heading = heading(content, 1.4);
    m_intro = new QLabel(content);
    m_intro->setWordWrap(true);
    m_profile = new QPushButton(content);
    m_profile->setObjectName(QStringLiteral("startProfileButton"));
    m_open = new QPushButton(content);
    m_open->setObjectName(QStringLiteral("startOpenButton"));
    m_library = new QPushButton(content);
    m_library->setObjectName(QStringLiteral("startLibraryButton"));
    m_recentHeading = heading(content, 1.1);
    m_recent = new QVBoxLayout;
    m_recent->setSpacing(0);
    m_noRecent = new QLabel(content);
    m_noRecent->setWordWrap(true);
    m_examplesHeading = heading(content, 1.1);
    m_examples = new QVBoxLayout;
    m_examples->setSpacing(0);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    for (QPushButton *button : {m_profile, m_open, m_library}) {
        auto *row = new QHBoxLayout;
        row->addWidget(button);
        row->addStretch();
        layout->addLayout(row);
    }
    layout->addSpacing(12);
    layout->addWidget(m_recentHeading);
    layout->addWidget(m_noRecent);
    layout->addLayout(m_recent);
    layout->addSpacing(12);
    layout->addWidget(m_examplesHeading);
    layout->addLayout(m_examples);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_profile, &QPushButton::clicked, this, &StartPage::newFromProfileRequested);
    connect(m_open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_library, &QPushButton::clicked, this, &StartPage::browseLibraryRequested);
    retranslate();
}

void StartPage::retranslate()
{
    m_heading->setText(tr("Start a security annex"));
    m_intro->setText(
        tr("Answer a few questions about the contract to get suggested requirements, open a "
           "draft, or add clauses from the library on the left (search, then Ctrl+Return)."));
    m_profile->setText(tr("New annex from a &risk profile…"));
    m_open->setText(tr("&Open a draft…"));
    m_library->setText(tr("&Browse the library"));
    m_recentHeading->setText(tr("Recent drafts"));
    m_noRecent->setText(tr("No recent drafts yet."));
    m_examplesHeading->setText(tr("Examples"));
    refresh();
}

void StartPage::refresh()
{
    clear(m_recent);
    const QStringList files = m_settings->recentFiles();
    int index = 0;
    for (const QString &file : files) {
        if (++index > 6)
            break;
        auto *button = linkButton(QFileInfo(file).fileName(), QDir::toNativeSeparators(file), this);
        button->setObjectName(QStringLiteral("recent-%1").arg(index));
        button->setAccessibleDescription(QDir::toNativeSeparators(file));
        connect(
            button, &QPushButton::clicked, this, [this, file] { emit openFileRequested(file); });
        m_recent->addWidget(button);
    }
    m_noRecent->setVisible(files.isEmpty());

    clear(m_examples);
    for (const Example &example : examples()) {
        auto *button = linkButton(example.title,
            example.authority.isEmpty()
                ? QString()
                : tr("Example by %1; opens as an untitled copy").arg(example.authority),
            this);
        button->setObjectName(
            QStringLiteral("example-") + QFileInfo(example.path).completeBaseName());
        connect(button, &QPushButton::clicked, this,
            [this, path = example.path] { emit openFileRequested(path); });
        m_examples->addWidget(button);
    }
}

const QList<StartPage::Example> &StartPage::examples()
{
    if (!m_exampleDetails) {
        m_exampleDetails.emplace();
        const QStringList names =
            QDir(ExamplesFolder).entryList({QStringLiteral("*.klausul")}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            Example example {ExamplesFolder + u'/' + name, QFileInfo(name).completeBaseName(), {}};
            IssueList issues;
            if (const std::optional<DraftMetadata> metadata =
                    DraftIo::readMetadata(example.path, &issues)) {
                if (!metadata->tender.isEmpty())
                    example.title = metadata->tender;
                example.authority = metadata->authority;
            }
            m_exampleDetails->append(example);
        }
    }
    return *m_exampleDetails;
}

} // namespace klausul
