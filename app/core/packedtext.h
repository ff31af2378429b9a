#pragma once

#include "language.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <utility>

namespace klausul {

/**
 * An immutable short text (a title, a label, a parameter's guidance, a history entry) held in
 * UTF-8. A library holds tens of thousands of them: a QString costs two bytes per character, a
 * PackedText about one for the Danish and English of the clauses. It converts to and from
 * QString implicitly, so code that reads or builds a clause handles QString as before; each
 * conversion to QString decodes (a copy), so keep the QString where a text is used repeatedly.
 */
class PackedText
{
public:
    PackedText() = default;
    /** Packs `text`. Implicit, so that code building a Clause can assign a QString. */
    PackedText(const QString &text) // NOLINT(google-explicit-constructor)
    {
        if (text.isEmpty())
            return;
        // toUtf8() leaves room for three bytes per character: copied out at its exact size.
        const QByteArray utf8 = text.toUtf8();
        m_utf8 = QByteArray(utf8.constData(), utf8.size());
    }

    /** A PackedText of UTF-8 bytes, taken as they are. */
    static PackedText fromUtf8(const QByteArray &utf8)
    {
        PackedText text;
        text.m_utf8 = utf8;
        return text;
    }

    QString toString() const { return QString::fromUtf8(m_utf8); }
    /** Decodes: a PackedText can be passed where a `const QString &` is expected. */
    operator QString() const { return toString(); } // NOLINT(google-explicit-constructor)

    bool isEmpty() const { return m_utf8.isEmpty(); }
    const QByteArray &utf8() const { return m_utf8; }

    friend bool operator==(const PackedText &a, const PackedText &b)
    {
        return a.m_utf8 == b.m_utf8;
    }
    friend bool operator!=(const PackedText &a, const PackedText &b) { return !(a == b); }
    friend bool operator==(const PackedText &a, const QString &b) { return a.toString() == b; }
    friend bool operator==(const QString &a, const PackedText &b) { return b == a; }
    friend bool operator!=(const PackedText &a, const QString &b) { return !(a == b); }
    friend bool operator!=(const QString &a, const PackedText &b) { return !(b == a); }

private:
    QByteArray m_utf8;
};

/**
 * A Danish and English short text of a clause, packed (see PackedText). Reads like a
 * TranslatedText, except that get() returns the QString by value; it converts to and from a
 * TranslatedText implicitly.
 */
template<>
struct Translated<PackedText>
{
    PackedText da;
    PackedText en;

    Translated() = default;
    Translated(PackedText danish, PackedText english = {})
        : da(std::move(danish))
        , en(std::move(english))
    { }
    Translated(const TranslatedText &text) // NOLINT(google-explicit-constructor)
        : da(text.da)
        , en(text.en)
    { }
    operator TranslatedText() const { return unpack(); } // NOLINT(google-explicit-constructor)
    TranslatedText unpack() const { return {da.toString(), en.toString()}; }

    QString get(Language language) const
    {
        if (language == Language::English && !en.isEmpty())
            return en.toString();
        return da.isEmpty() ? en.toString() : da.toString();
    }
    PackedText &ref(Language language) { return language == Language::English ? en : da; }
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
    friend bool operator==(const Translated &a, const TranslatedText &b)
    {
        return a.da == b.da && a.en == b.en;
    }
    friend bool operator==(const TranslatedText &a, const Translated &b) { return b == a; }
    friend bool operator!=(const Translated &a, const TranslatedText &b) { return !(a == b); }
    friend bool operator!=(const TranslatedText &a, const Translated &b) { return !(b == a); }
};

/** The short texts of a library's clauses. */
using PackedTranslatedText = Translated<PackedText>;

} // namespace klausul
