#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace klausul {

namespace {
Language g_uiLanguage = Language::English;
} // namespace

Language uiLanguage()
{
    return g_uiLanguage;
}

bool installTranslators(Language language)
{
    g_uiLanguage = language;
    static std::unique_ptr<QTranslator> own;
    static std::unique_ptr<QTranslator> qt;
    for (auto *translator : {own.get(), qt.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    own = std::make_unique<QTranslator>();
    qt = std::make_unique<QTranslator>();
    const QString code = languageCode(language);
    const bool loaded = own->load(QStringLiteral(":/i18n/klausul_") + code);
    if (loaded)
        QCoreApplication::installTranslator(own.get());
    if (qt->load(
            QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt.get());
    return loaded;
}

ScopedTranslation::ScopedTranslation(Language language)
    : m_previous(uiLanguage())
    , m_switched(language != uiLanguage())
{
    if (m_switched)
        installTranslators(language);
}

ScopedTranslation::~ScopedTranslation()
{
    if (m_switched)
        installTranslators(m_previous);
}

} // namespace klausul
