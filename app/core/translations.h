#pragma once

#include "language.h"

class QCoreApplication;

namespace klausul {

/**
 * Installs Klausul's and Qt's translators for `language` on the application, replacing any
 * installed earlier by this function. Returns false when Klausul's own translation is missing.
 */
bool installTranslators(Language language);

/** The language of the user interface: the one last installed, English before that. */
Language uiLanguage();

/**
 * Switches the translators to `language` for a scope, e.g. while the review edition of a Danish
 * annex is built from an English UI, so its list of problems reads in the document's language.
 */
class ScopedTranslation
{
public:
    explicit ScopedTranslation(Language language);
    ~ScopedTranslation();
    ScopedTranslation(const ScopedTranslation &) = delete;
    ScopedTranslation &operator=(const ScopedTranslation &) = delete;

private:
    Language m_previous;
    bool m_switched;
};

} // namespace klausul
