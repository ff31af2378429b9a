#pragma once

#include "library.h"

#include <QJsonArray>
#include <QJsonObject>

namespace klausul {

/**
 * The stable JSON forms of clauses that `klausul-cli list --json` and `show --json` print
 * (documented in README.md). Keys are never renamed; new keys may be added.
 */
namespace ClauseJson {

/** The summary object of `list --json`: id, version, status, title, theme, option, type, … */
QJsonObject summary(const Clause &clause, const Library &library, Language language);
/** The full object of `show --json`: every field in both languages. */
QJsonObject full(const Clause &clause, const Library &library);

/** Structured text: an array of blocks ({"p": […]}, {"ul": [[…], …]}, {"ol": …}). */
QJsonArray flow(const Flow &flow);
QJsonObject translated(const TranslatedText &text);
QJsonObject condition(const Condition &condition);

} // namespace ClauseJson
} // namespace klausul
