#pragma once

#include "clause.h"
#include "language.h"

#include <QString>

namespace klausul {

/**
 * Checking and formatting typed parameter values.
 *
 * Values are stored in a canonical, language-neutral form: integers as digits, decimals with a
 * '.', dates as YYYY-MM-DD, several choice values separated by single spaces. Formatting is the
 * document's language, not the UI's: "24 timer", "1.000.000 kr.", "1. marts 2027" in Danish and
 * "24 hours", "DKK 1,000,000", "1 March 2027" in English.
 */
namespace ParameterFormat {

/** An empty string when `value` is valid for `parameter`; otherwise why not (translated). */
QString validate(const Parameter &parameter, const QString &value);

/** The value as it appears in a document in `language`. The value must be valid. */
QString format(const Parameter &parameter, const QString &value, Language language);

/** The unit word for `amount` in `language`, e.g. "timer", "day"; empty for None/Percent/Dkk. */
QString unitWord(Unit unit, double amount, Language language);

/** A number formatted the Danish or English way with thousands separators. */
QString formatNumber(double value, int decimals, Language language);

/** A date formatted the Danish ("1. marts 2027") or English ("1 March 2027") way. */
QString formatDate(const QDate &date, Language language);

/** Joins items as "a, b og c" or "a, b and c". */
QString joinList(const QStringList &items, Language language);

/** Alternatives: "en af følgende: a, b eller c" or "one of the following: a, b or c". */
QString alternatives(const QStringList &items, Language language);

/** The canonical value typed by a user in either language ("1.000.000", "12,5"), or empty. */
QString canonicalNumber(const QString &typed, bool allowDecimals);

} // namespace ParameterFormat
} // namespace klausul
