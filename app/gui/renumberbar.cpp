#include "renumberbar.h"

#include "core/draftdocument.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace klausul {

RenumberBar::RenumberBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("renumberBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("renumberText"));
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_renumber = new QPushButton(this);
    m_renumber->setObjectName(QStringLiteral("renumberButton"));
    m_dismiss = new QPushButton(this);
    m_dismiss->setObjectName(QStringLiteral("renumberDismissButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_renumber);
    layout->addWidget(m_dismiss);
    connect(m_renumber, &QPushButton::clicked, this, [this] {
        QString error;
        if (m_document && !m_document->renumberBeforePublication(&error))
            m_text->setText(error);
        else
            hide();
    });
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
    retranslate();
}

void RenumberBar::offer(DraftDocument *document, const QString &uid)
{
    if (m_document != document) {
        if (m_document)
            disconnect(m_document, nullptr, this, nullptr);
        m_document = document;
        if (document)
            connect(document, &DraftDocument::changed, this, [this] {
                if (isVisible() && (!m_document || !m_document->offersRenumbering()))
                    hide();
            });
    }
    m_uid = uid;
    refresh();
    setVisible(m_document && m_document->offersRenumbering());
}

void RenumberBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void RenumberBar::retranslate()
{
    m_renumber->setText(tr("&Renumber"));
    m_renumber->setToolTip(tr("Number every requirement again in the order of the annex"));
    m_dismiss->setText(tr("Not now"));
    refresh();
}

void RenumberBar::refresh()
{
    const DraftItem *item = m_document ? m_document->draft().item(m_uid) : nullptr;
    const QString number = item ? m_document->draft().numberLabel(item->number) : QString();
    m_text->setText(number.isEmpty()
            ? tr("The requirement numbers are not in the order of the annex.")
            : tr("The new requirement %1 is out of number order. Nothing is published yet, so "
                 "you can renumber in the order of the annex.")
                  .arg(number));
}

} // namespace klausul
