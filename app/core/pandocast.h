#pragma once

#include "annex.h"
#include "edition.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace klausul {

/**
 * The annex as a Pandoc JSON AST: a pure function of the annex, so it is tested against golden
 * files. It never emits RawBlock or RawInline and never an Image, so no clause text, parameter
 * value or own wording can inject OpenXML, LaTeX or HTML: every text becomes Str nodes, which the
 * writers escape. Word styles come from reference.docx through custom-style attributes.
 */
namespace PandocAst {

struct Options
{
    Edition edition = Edition::Tender;
    /** pandoc-api-version of the installed pandoc; only major.minor have to match. */
    QList<int> apiVersion {1, 22};
    /** Author and date of the tracked changes in the review edition. */
    QString changeAuthor = QStringLiteral("Klausul");
    QDateTime changeDate;
    /**
     * Set when an edition is forced past the publication gate: "UDKAST – ikke godkendt" at the
     * top of the document and in the document properties (subject and the custom property
     * "klausul-status").
     */
    QString stamp;
    /**
     * Review edition: review comments as Word comments (comments.xml) anchored to the requirement.
     * Off when a PDF is made from the DOCX: LibreOffice's PDF conversion macro fails on them.
     */
    bool wordComments = true;
    /** Review edition: the annex as published in `comparedVersion`, shown as a redline. */
    std::optional<Annex> compared;
    QString comparedVersion;
};

/**
 * The AST as compact JSON, written block by block as it is built (never the whole document as a
 * tree): what the export gives pandoc. Byte for byte what QJsonDocument::toJson(Compact) writes
 * for build().
 */
QByteArray json(const Annex &annex, const Options &options);

/** The AST as a JSON object (parsed from json()), for tests and tools that look into it. */
QJsonObject build(const Annex &annex, const Options &options);

/** Every node type ("t") in a Pandoc JSON value, for tests and for the export's own check. */
QStringList nodeTypes(const QJsonValue &value);

/** The custom Word styles the AST uses; reference.docx defines each of them. */
QStringList customStyles();

} // namespace PandocAst
} // namespace klausul
