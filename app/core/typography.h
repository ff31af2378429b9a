#pragma once

#include "language.h"

#include <QString>

namespace klausul {

/**
 * Typesetting of clause texts for the exported documents: an en dash in number ranges ("nr. 1–5",
 * "CVSS 9,0–10,0"; never in dates such as 2026-11-24) and typographic quotes (Danish »…«, English
 * “…”) instead of straight ones. The library and drafts keep plain ASCII; only the output changes.
 */
namespace Typography {

QString apply(const QString &text, Language language);

} // namespace Typography
} // namespace klausul
