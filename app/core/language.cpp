#include "language.h"

#include <QLocale>

namespace klausul {

QString languageCode(Language language)
{
    return language == Language::English ? QStringLiteral("en") : QStringLiteral("da");
}

std::optional<Language> languageFromCode(const QString &code)
{
    const QString lower = code.trimmed().toLower();
    if (lower == QLatin1String("da") || lower.startsWith(QLatin1String("da_")) ||
        lower.startsWith(QLatin1String("da-")))
        return Language::Danish;
    if (lower == QLatin1String("en") || lower.startsWith(QLatin1String("en_")) ||
        lower.startsWith(QLatin1String("en-")))
        return Language::English;
    return std::nullopt;
}

Language systemLanguage()
{
    return QLocale::system().language() == QLocale::Danish ? Language::Danish : Language::English;
}

} // namespace klausul
