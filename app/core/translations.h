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

/** The language of the user interface: the one last installed, English before that. */
Language uiLanguage();

} // namespace klausul
