#pragma once

#include <QByteArray>

namespace klausul {

/**
 * Repairs of the review edition's word/document.xml that pandoc cannot be told to do.
 *
 * pandoc 2.17 numbers w:ins and w:del with two separate counters, so an insertion and a deletion
 * share a w:id (ECMA-376 wants every annotation id unique in the document; Word may merge or drop
 * such changes). Meant to run in the DOCX post-processing step (DocxPostProcess on the
 * header/footer branch) on the review edition's document.xml.
 */
namespace DocxReview {

/**
 * Gives every w:ins and w:del a unique w:id, numbered after the highest comment id (w:comment,
 * w:commentRangeStart/End and w:commentReference keep theirs). Everything else is unchanged.
 */
QByteArray uniqueChangeIds(const QByteArray &documentXml);

} // namespace DocxReview
} // namespace klausul
