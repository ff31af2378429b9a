#include "edition.h"

namespace klausul {

QString editionCode(Edition edition)
{
    switch (edition) {
    case Edition::Tender:
        return QStringLiteral("tender");
    case Edition::Contract:
        return QStringLiteral("contract");
    case Edition::Review:
        return QStringLiteral("review");
    case Edition::Schedule:
        return QStringLiteral("schedule");
    }
    return QStringLiteral("tender");
}

std::optional<Edition> editionFromCode(const QString &code)
{
    for (Edition edition :
        {Edition::Tender, Edition::Contract, Edition::Review, Edition::Schedule}) {
        if (editionCode(edition) == code)
            return edition;
    }
    return std::nullopt;
}

} // namespace klausul
