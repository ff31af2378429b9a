// Shared by the benchmarks: statistics and a synthetic library shaped like the bundled one.
#pragma once

#include "core/clause.h"
#include "core/draft.h"
#include "core/library.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace klausul::bench {

/** CPU time of the whole process (all threads) so far, in ms: less sensitive to load than wall. */
double processCpuMs();

/** The median of `values`, 0 for none. */
double median(QList<double> values);

/** The `p` quantile (0..1) of `values`, 0 for none. */
double percentile(QList<double> values, double p);

/**
 * Copies the bundled library into `folder` and adds clones of its clauses, with new ids, up to
 * `count` clauses. Every clone's titles, labels, paragraphs, list items and guidance have words
 * substituted (seeded by the clone's number) and its integer parameters other defaults, so no two
 * clauses share a paragraph. Returns every clause file written.
 */
QStringList generateLibrary(const QString &folder, int count);
/** 200 queries as typed: 20 words and phrases, letter by letter, in turn. */
QStringList typedQueries();

/**
 * A draft of `count` requirements taken in turn from `library`'s clauses (repeating them when the
 * library has fewer), with the metadata an annex needs.
 */
Draft makeDraft(const Library &library, int count);

/** The total size of the files under `folder`, in bytes. */
qint64 diskSize(const QString &folder);

/** How many clauses have a paragraph or list item whose text another clause also has. */
int sharedParagraphs(const QList<Clause> &clauses);

} // namespace klausul::bench
