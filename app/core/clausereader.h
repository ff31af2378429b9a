#pragma once

#include "clause.h"
#include "library.h"

struct _xmlNode;

namespace klausul {

/**
 * Turns schema-valid library documents into the model. It trusts the schema for structure and
 * does no checking of its own; LibraryLoader does the cross-file checks.
 */
namespace ClauseReader {

Clause readClause(const _xmlNode *root, const QString &fileName);
LibraryInfo readManifest(const _xmlNode *root, QList<Theme> *themes);
QList<Question> readQuestions(const _xmlNode *root);
ReferenceList readReferenceList(const _xmlNode *root);
/** consistency.xml: shared values and constraints. */
void readConsistency(const _xmlNode *root, const QString &fileName, QList<SharedValue> *shared,
    QList<Constraint> *constraints);
QList<Definition> readDefinitions(const _xmlNode *root);

/** Reads a localised string element (title, label, …) into `target` by its lang attribute. */
void readLocalized(const _xmlNode *element, TranslatedText *target);
void readLocalized(const _xmlNode *element, PackedTranslatedText *target);
/** Reads a Condition group (applies, all, any, not) and its descendants. */
Condition readCondition(const _xmlNode *element);

} // namespace ClauseReader
} // namespace klausul
