#pragma once

#include <QString>

#include <optional>

namespace klausul {

/**
 * The three editions of one annex. Settings, the HTML preview, the export plan and the Pandoc
 * writer all speak of editions, so the enum lives on its own, not in the Pandoc writer.
 */
enum class Edition {
    Tender, ///< guidance to tenderers, requirements, compliance schedule
    Contract, ///< requirements only
    Review, ///< internal: redline, comments, review status, problems, explanations
    Schedule, ///< the compliance schedule on its own, for the tenderer to fill in
};
QString editionCode(Edition edition);
std::optional<Edition> editionFromCode(const QString &code);

} // namespace klausul
