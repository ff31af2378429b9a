#pragma once

#include "core/htmlrender.h"

#include <QList>

class QTextBrowser;

namespace klausul {

/**
 * The annex preview's document, kept up to date with the draft. When only requirements changed
 * (the usual case while typing an own wording), just their blocks are replaced in the
 * QTextDocument, so a keystroke costs one requirement's HTML rather than the whole annex's;
 * anything else (added, removed or moved requirements, a changed heading) renders it all again.
 */
class AnnexPreview
{
public:
    explicit AnnexPreview(QTextBrowser *browser);

    /** Shows `annex`; true when only changed requirements were replaced in place. */
    bool show(const Annex &annex, Edition edition);

    /** At most this many changed requirements are replaced in place; more render it all. */
    static constexpr int MaxInPlace = 8;

private:
    bool replaceInPlace(const QList<HtmlRender::AnnexPart> &parts);
    /** Finds the first block of every part from the requirements' anchors; false if one is lost. */
    bool indexBlocks();

    QTextBrowser *m_browser;
    QList<HtmlRender::AnnexPart> m_parts;
    QList<int> m_firstBlock;
};

} // namespace klausul
