#pragma once

#include "cli/command.h"

#include <memory>

/** One factory a command (app/cli/commands/<name>.cpp); cli.cpp lists them. */
namespace klausul::cli::commands {

using Factory = std::unique_ptr<Command> (*)();

/** Adds --profile FILE and --answer Q=A (new, profile). */
void addAnswerOptions(QCommandLineParser &parser);
/**
 * Merges the answers of --profile FILE (a JSON object question -> answer) and then of every
 * --answer Q=A into `answers`. An unknown question or answer, or an unreadable file, gives false
 * with a located message ("FILE:LINE:COLUMN: error: ..." or "--answer Q=A: error: ...") in
 * `error` and the exit code in `code`.
 */
bool readAnswers(const Library &library, const QCommandLineParser &parser,
    QMap<QString, QString> *answers, QString *error, int *code);

/** Adds --types and --tiers (apply, new). */
void addApplyOptions(QCommandLineParser &parser);
/** The --types list, or false for an unknown type. */
bool parseTypes(const QCommandLineParser &parser, QList<RequirementType> *types);
/** The --tiers list (default core and recommended), or false for an unknown tier. */
bool parseTiers(const QCommandLineParser &parser, QList<Tier> *tiers);
/**
 * Applies the draft's risk profile as the wizard does when accepted untouched
 * (RiskProfile::defaultSelection, then RiskProfile::apply): suggested clauses are added with their
 * suggested variant, the clauses already in the draft and their choices are kept.
 */
void applySuggestions(DraftDocument &document, const QList<RequirementType> &types,
    const QList<Tier> &tiers, const QString &author);

std::unique_ptr<Command> validate();
std::unique_ptr<Command> list();
std::unique_ptr<Command> show();
std::unique_ptr<Command> report();
std::unique_ptr<Command> suggest();
std::unique_ptr<Command> coverage();
std::unique_ptr<Command> check();
std::unique_ptr<Command> exportAnnex();
std::unique_ptr<Command> diff();
std::unique_ptr<Command> newDraft();
std::unique_ptr<Command> profile();
std::unique_ptr<Command> apply();
std::unique_ptr<Command> add();
std::unique_ptr<Command> remove();
std::unique_ptr<Command> set();
std::unique_ptr<Command> variant();
std::unique_ptr<Command> wording();
std::unique_ptr<Command> type();
std::unique_ptr<Command> explain();
std::unique_ptr<Command> exclude();
std::unique_ptr<Command> comment();
std::unique_ptr<Command> approve();
std::unique_ptr<Command> renumber();
std::unique_ptr<Command> publish();
std::unique_ptr<Command> contract();
std::unique_ptr<Command> fmt();
std::unique_ptr<Command> lint();
std::unique_ptr<Command> upgrade();

} // namespace klausul::cli::commands
