#include "annexpreview.h"

#include <QHash>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>

namespace klausul {

using Part = HtmlRender::AnnexPart;

AnnexPreview::AnnexPreview(QTextBrowser *browser)
    : m_browser(browser)
{
    // Replacements are not user edits: no undo history piling up behind them.
    m_browser->document()->setUndoRedoEnabled(false);
}

bool AnnexPreview::show(const Annex &annex, Edition edition)
{
    QList<Part> parts = HtmlRender::annexParts(annex, edition);
    const int scroll = m_browser->verticalScrollBar()->value();
    bool inPlace = replaceInPlace(parts);
    if (!inPlace) {
        QString html;
        for (const Part &part : std::as_const(parts))
            html += part.html;
        m_browser->setHtml(html);
        m_browser->document()->setUndoRedoEnabled(false);
    }
    m_parts = std::move(parts);
    if (!indexBlocks())
        m_parts.clear(); // the next update renders it all
    m_browser->verticalScrollBar()->setValue(scroll);
    return inPlace;
}

bool AnnexPreview::replaceInPlace(const QList<Part> &parts)
{
    if (m_parts.size() != parts.size() || m_firstBlock.size() != m_parts.size())
        return false;
    QList<int> changed;
    for (int i = 0; i < parts.size(); ++i) {
        const Part &was = m_parts.at(i);
        const Part &now = parts.at(i);
        if (was.kind != now.kind || was.key != now.key)
            return false;
        if (was.html == now.html)
            continue;
        if (now.kind != Part::Kind::Requirement)
            return false;
        changed << i;
    }
    if (changed.size() > MaxInPlace)
        return false;
    QTextDocument *document = m_browser->document();
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    // From the last to the first, so the block numbers of the ones before stay valid.
    for (auto it = changed.crbegin(); it != changed.crend(); ++it) {
        const int i = *it;
        const int first = m_firstBlock.at(i);
        const int end =
            i + 1 < m_firstBlock.size() ? m_firstBlock.at(i + 1) : document->blockCount();
        const QTextBlock from = document->findBlockByNumber(first);
        const QTextBlock to = document->findBlockByNumber(end - 1);
        if (!from.isValid() || !to.isValid() || end <= first) {
            cursor.endEditBlock();
            return false;
        }
        const int start = from.position();
        cursor.setPosition(start);
        cursor.setPosition(to.position() + to.length() - 1, QTextCursor::KeepAnchor);
        cursor.insertHtml(parts.at(i).html);
        // Inserting merges the first and last new block into the blocks the selection left,
        // with their formats (a heading would lose its level): give every new block the format
        // it has when the requirement is rendered on its own.
        QTextDocument alone;
        alone.setDefaultStyleSheet(document->defaultStyleSheet());
        alone.setDefaultFont(document->defaultFont());
        alone.setHtml(parts.at(i).html);
        QTextBlock block = document->findBlock(start);
        for (QTextBlock model = alone.begin(); model.isValid() && block.isValid();
             model = model.next(), block = block.next()) {
            QTextCursor format(block);
            format.setBlockFormat(model.blockFormat());
            format.setBlockCharFormat(model.charFormat());
        }
    }
    cursor.endEditBlock();
    return true;
}

bool AnnexPreview::indexBlocks()
{
    m_firstBlock.clear();
    QHash<QString, int> anchors;
    const QTextDocument *document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        // An anchor before a heading lands in the heading block's own character format.
        for (const QString &name : block.charFormat().anchorNames())
            anchors.insert(name, block.blockNumber());
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            for (const QString &name : names)
                anchors.insert(name, block.blockNumber());
            if (!names.isEmpty())
                break;
        }
    }
    m_firstBlock.resize(m_parts.size());
    // Walk backwards: a section heading is the one block before its first requirement.
    int next = document->blockCount();
    for (qsizetype i = m_parts.size() - 1; i >= 0; --i) {
        const Part &part = m_parts.at(i);
        int first = 0;
        switch (part.kind) {
        case Part::Kind::Requirement:
            first = anchors.value(part.key, -1);
            break;
        case Part::Kind::Section:
            first = next - 1;
            break;
        case Part::Kind::Head:
            first = 0;
            break;
        case Part::Kind::Tail:
            first = next - 1;
            break;
        }
        if (first < 0 || first >= next) {
            m_firstBlock.clear();
            return false;
        }
        m_firstBlock[i] = first;
        next = first;
    }
    return true;
}

} // namespace klausul
