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
    }
    return QStringLiteral("tender");
}

std::optional<Edition> editionFromCode(const QString &code)
{
    for (Edition edition : {Edition::Tender, Edition::Contract, Edition::Review}) {
        if (editionCode(edition) == code)
            return edition;
    }
    return std::nullopt;
}

} // namespace klausul
