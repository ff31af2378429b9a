#pragma once

#include "richtext.h"

#include <QList>
#include <QString>

namespace klausul {

/**
 * Word-by-word comparison of own wording with the standard text.
 *
 * Texts are split into words, white space and punctuation; the longest common subsequence of
 * tokens is kept and the rest is marked inserted or deleted. Paragraph and list structure are
 * compared too: a removed paragraph shows up as deleted words.
 */
namespace TextDiff {

struct Segment
{
    enum class Kind { Same, Inserted, Deleted };
    Kind kind = Kind::Same;
    QString text;

    friend bool operator==(const Segment &a, const Segment &b)
    {
        return a.kind == b.kind && a.text == b.text;
    }
};

/** Splits into word, white-space and punctuation tokens. */
QStringList tokenize(const QString &text);

/** The segments turning `before` into `after`; adjacent segments of one kind are merged. */
QList<Segment> diff(const QString &before, const QString &after);

/** True when the words differ (white-space differences do not count). */
bool differs(const QString &before, const QString &after);

/**
 * A redline: the blocks of `after` with Inserted/Deleted marks against `before`. Both flows
 * must already have parameter values filled in (only Text inlines are compared).
 */
Flow redline(const Flow &before, const Flow &after);

/** Counts the changed words (inserted plus deleted) between two flows. */
int changedWords(const Flow &before, const Flow &after);

} // namespace TextDiff
} // namespace klausul
