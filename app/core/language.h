#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace klausul {

/** The languages of clause texts and exported documents. Danish is the default. */
enum class Language { Danish, English };

/** "da" or "en". */
QString languageCode(Language language);
/** Parses "da"/"en" (also "da_DK", "en-GB" and similar); nullopt for anything else. */
std::optional<Language> languageFromCode(const QString &code);
/** Danish when the system locale is Danish, otherwise English (the UI language default). */
Language systemLanguage();

/**
 * A value in Danish and English. Danish is always there in the bundled library; English may be
 * missing in an organisation library, so get() falls back to Danish.
 */
template<typename T>
struct Translated
{
    T da;
    T en;

    const T &get(Language language) const
    {
        if (language == Language::English && !en.isEmpty())
            return en;
        return da.isEmpty() ? en : da;
    }
    T &ref(Language language) { return language == Language::English ? en : da; }
    bool has(Language language) const
    {
        return language == Language::English ? !en.isEmpty() : !da.isEmpty();
    }
    bool isEmpty() const { return da.isEmpty() && en.isEmpty(); }
    /** The codes of the languages that have a value, e.g. ["da", "en"]. */
    QStringList languages() const
    {
        QStringList codes;
        if (!da.isEmpty())
            codes << languageCode(Language::Danish);
        if (!en.isEmpty())
            codes << languageCode(Language::English);
        return codes;
    }
    friend bool operator==(const Translated &a, const Translated &b)
    {
        return a.da == b.da && a.en == b.en;
    }
    friend bool operator!=(const Translated &a, const Translated &b) { return !(a == b); }
};

using TranslatedText = Translated<QString>;

} // namespace klausul
