// Shared by the benchmarks: statistics and a synthetic library shaped like the bundled one.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace klausul::bench {

/** The median of `values`, 0 for none. */
double median(QList<double> values);

/** The `p` quantile (0..1) of `values`, 0 for none. */
double percentile(QList<double> values, double p);

/**
 * Copies the bundled library into `folder` and adds clones of its clauses, with new ids and varied
 * titles, up to `count` clauses. Returns every clause file written.
 */
QStringList generateLibrary(const QString &folder, int count);

} // namespace klausul::bench
