#pragma once

#include "annex.h"
#include "edition.h"
#include "library.h"

#include <QCoreApplication>

namespace klausul {

/**
 * HTML for the app's previews (QTextBrowser): a clause, one requirement, the whole annex. Every
 * text is escaped; nothing from a clause or draft is ever inserted as markup.
 */
class HtmlRender
{
    Q_DECLARE_TR_FUNCTIONS(klausul::HtmlRender)

public:
    static QString flow(const Flow &flow);
    /** A library clause with its parameters, variants, guidance and references. */
    static QString clause(const Clause &clause, const Library &library, Language language);
    /** One requirement of the annex: text with values filled and deviations marked. */
    static QString requirement(const AnnexRequirement &requirement, Language language);
    /** The whole annex as it will read (live preview). */
    static QString annex(const Annex &annex, Edition edition);

    /** A piece of annex(): its heading, a section heading, a requirement or the empty note. */
    struct AnnexPart
    {
        enum class Kind { Head, Section, Requirement, Tail };
        Kind kind;
        /** The section id or the requirement's uid (also its anchor name in the HTML). */
        QString key;
        QString html;
    };
    /** annex() in pieces, in order: the preview replaces only the pieces that changed. */
    static QList<AnnexPart> annexParts(const Annex &annex, Edition edition);
    /** Guidance and references of a clause (inspector). */
    static QString guidance(const Clause &clause, const Library &library, Language language);
};

} // namespace klausul
