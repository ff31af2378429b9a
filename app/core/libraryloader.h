#pragma once

#include "library.h"

#include <QStringList>

#include <future>
#include <memory>

namespace klausul {

/**
 * Loads clause libraries from folders (or the bundled resource) with SafeXml and checks them.
 *
 * Each folder holds a library.xml manifest, questions.xml, the lists in reference/ and one clause
 * per
 * *.xml file in any sub-folder. One bad file never stops the others: it is reported and skipped.
 * After loading, cross-file checks run: duplicate ids, parameter references, unknown framework
 * ids, replaced-by targets, themes, questions and cross-references.
 */
class LibraryLoader
{
    Q_DECLARE_TR_FUNCTIONS(klausul::LibraryLoader)

public:
    /** The bundled national library compiled into the binary. */
    static QString bundledPath();

    /** How load() checks the files of the compiled-in library (bundledPath()). */
    enum class Validation {
        Full, ///< against their schemas, as the files of any folder
        /**
         * Parsed and read with every check of the clause model and across files, but not
         * validated against their schemas again: the build validated exactly these bytes (the
         * target check_bundled_library runs `klausul-cli validate`, which uses Full) and they
         * cannot change after it. Other folders are validated in full. The app starts this way.
         */
        TrustCompiledIn,
    };

    /**
     * Loads `folders` in order: the first is the base library, later ones are organisation
     * libraries layered on top (they may add themes, questions and clauses, never change a
     * clause of a lower layer). An empty list loads the bundled library.
     */
    static std::shared_ptr<Library> load(
        const QStringList &folders = {}, Validation validation = Validation::Full);
    /**
     * load() on a thread of its own (which uses the other cores as load() does), so the caller
     * can go on, e.g. build the window; the future's get() waits for it. Translators must be
     * installed first: issues are worded while loading.
     */
    static std::future<std::shared_ptr<Library>> loadInBackground(
        const QStringList &folders = {}, Validation validation = Validation::Full);

    /**
     * Checks single files against `context` (its themes, questions, reference lists and clauses):
     * clause files get the same checks as inside a library; manifests, questions and reference
     * lists are validated against their schema.
     */
    static IssueList checkFile(const QString &path, const Library &context);

    /** Cross-file checks of one clause against the rest of `library`. */
    static IssueList checkClause(const Clause &clause, const Library &library);
};

} // namespace klausul
