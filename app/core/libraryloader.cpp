#include "libraryloader.h"

#include "clausereader.h"
#include "contractmap.h"
#include "parameterformat.h"
#include "safexml.h"
#include "translations.h"
#include "xmlstring.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

#include <libxml/tree.h>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace klausul {

namespace {

enum class DocumentKind {
    Unknown,
    Clause,
    Manifest,
    Questions,
    ReferenceList,
    Consistency,
    Definitions
};

DocumentKind kindOf(const xmlNode *root)
{
    if (!root || !root->ns || !root->ns->href ||
        xml::toQString(root->ns->href) != SafeXml::libraryNamespace())
        return DocumentKind::Unknown;
    if (xml::isElement(root, "clause"))
        return DocumentKind::Clause;
    if (xml::isElement(root, "library"))
        return DocumentKind::Manifest;
    if (xml::isElement(root, "questions"))
        return DocumentKind::Questions;
    if (xml::isElement(root, "reference-list"))
        return DocumentKind::ReferenceList;
    if (xml::isElement(root, "consistency"))
        return DocumentKind::Consistency;
    if (xml::isElement(root, "definitions"))
        return DocumentKind::Definitions;
    return DocumentKind::Unknown;
}

/** Everything read from one folder, before it is merged into the library. */
struct Layer
{
    QString folder;
    std::optional<LibraryInfo> info;
    QString manifestFile;
    QList<Theme> themes;
    QList<std::pair<QList<Question>, QString>> questionFiles;
    QList<std::pair<ReferenceList, QString>> referenceLists;
    QList<Clause> clauses;
    QList<SharedValue> shared;
    QList<Constraint> constraints;
    QList<Definition> definitions;
};

struct ParsedFile
{
    DocumentKind kind = DocumentKind::Unknown;
    XmlDocument doc;
};

/** What a worker made of one file of a folder. */
struct FileResult
{
    ParsedFile parsed;
    IssueList issues;
    bool clause = false; ///< the clause was read into its slot of Layer::clauses
};

/** `validate` false: parsed only (a compiled-in file the build validated, see Validation). */
ParsedFile parseAndValidate(const QString &path, IssueList *issues, bool validate = true)
{
    ParsedFile result;
    QByteArray data;
    if (!SafeXml::readFile(path, &data, issues))
        return result;
    XmlDocument doc = SafeXml::parse(data, path, issues);
    if (!doc)
        return result;
    const xmlNode *root = doc.root();
    const DocumentKind kind = kindOf(root);
    if (kind == DocumentKind::Unknown) {
        issues->append(Issue::error(
            LibraryLoader::tr("unknown document <%1>: a library file must be a <clause>, "
                              "<library>, <questions>, <reference-list>, <consistency> or "
                              "<definitions> in the namespace %2")
                .arg(xml::localName(root).left(60), SafeXml::libraryNamespace()),
            path, xml::lineOf(root), 1));
        return result;
    }
    const Schema schema = kind == DocumentKind::Clause ? Schema::Clause : Schema::Library;
    if (validate && !SafeXml::validate(doc, schema, data, path, issues))
        return result;
    result.kind = kind;
    result.doc = std::move(doc);
    return result;
}

void readFolder(
    const QString &folder, Layer *layer, IssueList *issues, LibraryLoader::Validation validation)
{
    const bool validate =
        validation == LibraryLoader::Validation::Full || folder != LibraryLoader::bundledPath();
    layer->folder = folder;
    const QFileInfo info(folder);
    if (!info.exists() || !info.isDir()) {
        Issue issue = Issue::error(LibraryLoader::tr("no such library folder"), folder);
        issue.category = Issue::Category::Io;
        issues->append(issue);
        return;
    }
    QStringList files;
    // System entries too (FIFOs, sockets, devices, broken links), so they are refused by name
    // instead of silently skipped or, through a symlink, opened and waited on for ever.
    const QString canonicalFolder = info.canonicalFilePath() + u'/';
    QDirIterator it(folder, {QStringLiteral("*.xml")},
        QDir::Files | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    // Compiled in (the bundled library): only regular files can be there.
    const bool compiledIn = folder.startsWith(u':');
    while (it.hasNext()) {
        const QString path = it.next();
        if (compiledIn) {
            files << path;
            continue;
        }
        const QFileInfo entry(path);
        auto refuse = [&](const QString &message) {
            Issue issue = Issue::error(message, path);
            issue.category = Issue::Category::Io;
            issues->append(issue);
        };
        if (entry.isSymLink() && !entry.canonicalFilePath().startsWith(canonicalFolder)) {
            refuse(LibraryLoader::tr("is a symbolic link to %1, outside the library folder; "
                                     "refused")
                       .arg(QDir::toNativeSeparators(entry.symLinkTarget())));
            continue;
        }
        if (!entry.isFile()) {
            refuse(LibraryLoader::tr(
                "is not a regular file (a pipe, socket, device or broken link); refused"));
            continue;
        }
        files << path;
    }
    files.sort();

    // Reading, parsing, validating and reading the clause model are independent per file: they
    // run on every core, each file into its own slot, and are merged below in file order, so the
    // issues and clauses come out exactly as from one thread. A clause's libxml2 tree is freed by
    // the worker as soon as the clause is read; only the few other documents are kept until the
    // merge.
    // A worker reads a clause straight into its slot of the layer's list (one Clause structure,
    // about 1 kB, per file: a 10,000-clause library held two or three of them per clause while
    // they were moved from list to list); the read of other files are dropped below.
    std::vector<FileResult> results(std::size_t(files.size()));
    const qsizetype base = layer->clauses.size();
    layer->clauses.resize(base + files.size());
    Clause *const clauseSlot = layer->clauses.data() + base;
    std::atomic<qsizetype> next {0};
    auto work = [&] {
        for (qsizetype i = next++; i < files.size(); i = next++) {
            const QString &path = files.at(i);
            FileResult &result = results[std::size_t(i)];
            result.parsed = parseAndValidate(path, &result.issues, validate);
            if (result.parsed.kind == DocumentKind::Clause) {
                clauseSlot[i] = ClauseReader::readClause(result.parsed.doc.root(), path);
                result.clause = true;
                result.parsed.doc = XmlDocument();
            }
        }
    };
    const int threads = int(std::min<qsizetype>(
        std::max(1, QThread::idealThreadCount()), std::max<qsizetype>(1, files.size() / 8)));
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(work);
    work();
    for (std::thread &worker : workers)
        worker.join();

    qsizetype kept = base;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        FileResult &result = results[std::size_t(i)];
        issues->append(result.issues);
        ParsedFile &parsed = result.parsed;
        const xmlNode *root = parsed.doc.root();
        switch (parsed.kind) {
        case DocumentKind::Unknown:
            break;
        case DocumentKind::Clause:
            if (result.clause) {
                if (kept != base + i)
                    clauseSlot[kept - base] = std::move(clauseSlot[i]);
                ++kept;
            }
            break;
        case DocumentKind::Manifest:
            if (layer->info) {
                issues->append(Issue::error(
                    LibraryLoader::tr("a folder may have only one library manifest; %1 is "
                                      "already its manifest")
                        .arg(layer->manifestFile),
                    path, xml::lineOf(root), 1));
                break;
            }
            layer->info = ClauseReader::readManifest(root, &layer->themes);
            layer->info->folder = folder;
            layer->manifestFile = path;
            break;
        case DocumentKind::Questions:
            layer->questionFiles.append({ClauseReader::readQuestions(root), path});
            break;
        case DocumentKind::ReferenceList:
            layer->referenceLists.append({ClauseReader::readReferenceList(root), path});
            break;
        case DocumentKind::Consistency:
            ClauseReader::readConsistency(root, path, &layer->shared, &layer->constraints);
            break;
        case DocumentKind::Definitions:
            layer->definitions.append(ClauseReader::readDefinitions(root));
            break;
        }
        result = FileResult(); // frees the tree now, not after the whole folder
    }
    layer->clauses.resize(kept);
    if (!layer->info) {
        issues->append(Issue::error(
            LibraryLoader::tr("the folder has no library.xml manifest (library id, version, "
                              "release date and themes)"),
            QDir(folder).filePath(QStringLiteral("library.xml"))));
    }
}

QString describeReference(const Reference &reference)
{
    return reference.schemeKey() + u' ' + reference.id;
}

void checkCondition(
    const Condition &condition, const Clause &clause, const Library &library, IssueList *issues)
{
    if (condition.kind != Condition::Kind::When) {
        for (const Condition &child : condition.children)
            checkCondition(child, clause, library, issues);
        return;
    }
    const Question *question = library.question(condition.question);
    if (!question) {
        issues->append(Issue::error(
            LibraryLoader::tr("the applicability condition asks about \"%1\", which is not a "
                              "risk-profile question of the library")
                .arg(condition.question),
            clause.sourceFile, condition.line, 0));
        return;
    }
    for (const QString &value : condition.values) {
        if (!question->option(value)) {
            QStringList known;
            for (const QuestionOption &option : question->options)
                known << option.value;
            issues->append(Issue::error(
                LibraryLoader::tr("\"%1\" is not an answer to the question \"%2\" (answers: %3)")
                    .arg(value, condition.question, known.join(QStringLiteral(", "))),
                clause.sourceFile, condition.line, 0));
        }
    }
}

void checkFlowParams(
    const PackedFlow &flow, const Clause &clause, IssueList *issues, QSet<QString> *used)
{
    // Read from the packed bytes: no Flow is unpacked while a library loads.
    const QList<Inline> params = flow.refs(Inline::Kind::Param);
    for (const Inline &param : params) {
        if (used)
            used->insert(param.text);
        if (!clause.parameter(param.text)) {
            Issue issue = Issue::error(
                LibraryLoader::tr("the text refers to the parameter \"%1\", which the clause does "
                                  "not define")
                    .arg(param.text),
                clause.sourceFile, param.line, 0);
            issue.field = QStringLiteral("param:") + param.text;
            issues->append(issue);
        }
    }
}

void checkFlowXrefs(
    const PackedFlow &flow, const Clause &clause, const Library &library, IssueList *issues)
{
    const QList<Inline> xrefs = flow.refs(Inline::Kind::Xref);
    for (const Inline &xref : xrefs) {
        if (xref.text == clause.id) {
            issues->append(Issue::warning(
                LibraryLoader::tr("the clause refers to itself"), clause.sourceFile, xref.line, 0));
        } else if (!library.clause(xref.text)) {
            Issue issue = Issue::error(
                LibraryLoader::tr("the text refers to the clause %1, which is not in the library")
                    .arg(xref.text),
                clause.sourceFile, xref.line, 0);
            issue.field = QStringLiteral("xref:") + xref.text;
            issues->append(issue);
        }
    }
}

/**
 * Cross-file checks know the line of an element but not its column (libxml2 keeps no columns
 * for nodes). Fill it in from the file: the parameter or cross-reference the issue is about, or
 * else the first character of the line.
 */
void locateColumns(IssueList *issues)
{
    QHash<QString, QList<QByteArray>> cache;
    for (Issue &issue : *issues) {
        if (issue.line <= 0 || issue.column > 0 || issue.file.isEmpty())
            continue;
        auto it = cache.find(issue.file);
        if (it == cache.end()) {
            QByteArray data;
            IssueList ignored;
            SafeXml::readFile(issue.file, &data, &ignored);
            it = cache.insert(issue.file, data.split('\n'));
        }
        const QByteArray line = it->value(issue.line - 1);
        qsizetype at = -1;
        if (issue.field.startsWith(QLatin1String("param:")))
            at = line.indexOf("<param ref=\"" + issue.field.mid(6).toUtf8() + '"');
        else if (issue.field.startsWith(QLatin1String("xref:")))
            at = line.indexOf("<xref clause=\"" + issue.field.mid(5).toUtf8() + '"');
        if (at < 0) {
            at = 0;
            while (at < line.size() && (line.at(at) == ' ' || line.at(at) == '\t'))
                ++at;
        }
        issue.column = int(QString::fromUtf8(line.left(at)).size()) + 1;
    }
}

/** "bilag 3", "Annex 12", "appendix 2": an annex number the library cannot know. */
bool namesAnnexNumber(const QString &text)
{
    static const QRegularExpression annexNumber(
        QStringLiteral("\\b(bilag|underbilag|annex|appendix|schedule)\\s*[0-9]"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return annexNumber.match(text).hasMatch();
}

/**
 * Checks that a parameter fits the contract context: no invented annex number, date or amount as
 * default, references name a role of the contract map, multiple choices say "and" or "or".
 */
void checkContext(const Parameter &parameter, const Clause &clause, const Library &library,
    const std::function<void(Issue)> &add)
{
    const QString &file = clause.sourceFile;
    if (parameter.defaultValue && namesAnnexNumber(*parameter.defaultValue))
        add(Issue::error(LibraryLoader::tr("the default of the parameter \"%1\" names an annex "
                                           "number; only the authority knows it: make the "
                                           "parameter a reference with a role")
                             .arg(parameter.id),
            file, parameter.line, 0));
    if (parameter.defaultValue && parameter.type == ParameterType::Date)
        add(Issue::error(LibraryLoader::tr("the date parameter \"%1\" has a default; only the "
                                           "authority knows the date: leave the default out")
                             .arg(parameter.id),
            file, parameter.line, 0));
    if (parameter.defaultValue && parameter.unit == Unit::Dkk)
        add(Issue::error(LibraryLoader::tr("the amount parameter \"%1\" has a default; only the "
                                           "authority knows the amount: leave the default out")
                             .arg(parameter.id),
            file, parameter.line, 0));
    if (parameter.multiple && !parameter.combineDeclared)
        add(Issue::error(LibraryLoader::tr("the multiple-choice parameter \"%1\" must say whether "
                                           "its values are cumulative (combine=\"and\") or "
                                           "alternatives (combine=\"or\")")
                             .arg(parameter.id),
            file, parameter.line, 0));
    if (!parameter.multiple && parameter.combineDeclared)
        add(Issue::warning(LibraryLoader::tr("the parameter \"%1\" has combine but is not multiple")
                               .arg(parameter.id),
            file, parameter.line, 0));
    if (parameter.type != ParameterType::Reference) {
        if (!parameter.role.isEmpty() || !parameter.target.isEmpty())
            add(Issue::error(LibraryLoader::tr("the parameter \"%1\" has a role or target but is "
                                               "not of type reference")
                                 .arg(parameter.id),
                file, parameter.line, 0));
        return;
    }
    if (parameter.role.isEmpty()) {
        add(Issue::error(
            LibraryLoader::tr("the reference parameter \"%1\" names no role (roles: %2)")
                .arg(parameter.id, ContractMap::referenceRoles().join(QStringLiteral(", "))),
            file, parameter.line, 0));
    } else if (!ContractMap::referenceRoles().contains(parameter.role)) {
        add(Issue::error(LibraryLoader::tr("the reference parameter \"%1\" names the unknown role "
                                           "\"%2\" (roles: %3)")
                             .arg(parameter.id, parameter.role,
                                 ContractMap::referenceRoles().join(QStringLiteral(", "))),
            file, parameter.line, 0));
    }
    if (parameter.defaultValue)
        add(Issue::error(LibraryLoader::tr("the reference parameter \"%1\" has a default; its "
                                           "value comes from the draft's contract map")
                             .arg(parameter.id),
            file, parameter.line, 0));
    if (parameter.role == QLatin1String("requirement") && !parameter.target.isEmpty() &&
        !library.clause(parameter.target))
        add(Issue::error(LibraryLoader::tr("the reference parameter \"%1\" points to the clause "
                                           "%2, which is not in the library")
                             .arg(parameter.id, parameter.target),
            file, parameter.line, 0));
    if (parameter.role != QLatin1String("requirement") && !parameter.target.isEmpty())
        add(Issue::warning(LibraryLoader::tr("the reference parameter \"%1\" has a target but "
                                             "its role is not \"requirement\"")
                               .arg(parameter.id),
            file, parameter.line, 0));
}

/** Checks consistency.xml against the library: every clause, parameter, variant and answer. */
IssueList checkConsistency(const Library &library)
{
    IssueList issues;
    auto parameterOf = [&](const ParameterRef &ref, const QString &file,
                           int line) -> const Parameter * {
        const Clause *clause = library.clause(ref.clause);
        if (!clause) {
            issues.append(
                Issue::error(LibraryLoader::tr("%1 is not a clause of the library").arg(ref.clause),
                    file, line, 0));
            return nullptr;
        }
        const Parameter *parameter = clause->parameter(ref.parameter);
        if (!parameter)
            issues.append(Issue::error(LibraryLoader::tr("the clause %1 has no parameter \"%2\"")
                                           .arg(ref.clause, ref.parameter),
                file, line, 0));
        return parameter;
    };
    auto checkVariant = [&](const QString &clauseId, const QString &variant, const QString &file,
                            int line) {
        const Clause *clause = library.clause(clauseId);
        if (!clause) {
            issues.append(
                Issue::error(LibraryLoader::tr("%1 is not a clause of the library").arg(clauseId),
                    file, line, 0));
        } else if (!variant.isEmpty() && !clause->variant(variant)) {
            issues.append(Issue::error(
                LibraryLoader::tr("the clause %1 has no variant \"%2\"").arg(clauseId, variant),
                file, line, 0));
        }
    };

    QHash<QString, QString> memberOf; // "CLAUSE/param" -> shared id
    for (const SharedValue &shared : library.sharedValues()) {
        const Parameter *first = nullptr;
        QString firstName;
        for (const ParameterRef &member : shared.members) {
            const QString key = member.clause + u'/' + member.parameter;
            if (memberOf.contains(key)) {
                issues.append(
                    Issue::error(LibraryLoader::tr("%1 is already part of the shared value \"%2\"")
                                     .arg(key, memberOf.value(key)),
                        shared.sourceFile, member.line, 0));
                continue;
            }
            memberOf.insert(key, shared.id);
            const Parameter *parameter = parameterOf(member, shared.sourceFile, member.line);
            if (!parameter)
                continue;
            if (!first) {
                first = parameter;
                firstName = key;
                continue;
            }
            if (parameter->type != first->type || parameter->unit != first->unit)
                issues.append(Issue::error(
                    LibraryLoader::tr("%1 and %2 cannot share a value: their types or units "
                                      "differ")
                        .arg(firstName, key),
                    shared.sourceFile, member.line, 0));
            else if (parameter->defaultValue != first->defaultValue)
                issues.append(Issue::error(
                    LibraryLoader::tr("%1 and %2 share a value but have different defaults")
                        .arg(firstName, key),
                    shared.sourceFile, member.line, 0));
        }
    }
    for (const Constraint &constraint : library.constraints()) {
        const QString &file = constraint.sourceFile;
        const int line = constraint.line;
        switch (constraint.kind) {
        case Constraint::Kind::AtMost: {
            const Parameter *a = parameterOf(constraint.first, file, line);
            const Parameter *b = parameterOf(constraint.second, file, line);
            if (!a || !b)
                break;
            const auto numeric = [](const Parameter *p) {
                return p->type == ParameterType::Integer || p->type == ParameterType::Decimal;
            };
            if (!numeric(a) || !numeric(b))
                issues.append(Issue::error(
                    LibraryLoader::tr("at-most compares numbers, but a parameter is not a number"),
                    file, line, 0));
            else if (a->unit != b->unit &&
                (hoursPerUnit(a->unit) == 0.0 || hoursPerUnit(b->unit) == 0.0))
                issues.append(Issue::error(
                    LibraryLoader::tr("at-most cannot compare %1 with %2: the units differ")
                        .arg(unitCode(a->unit), unitCode(b->unit)),
                    file, line, 0));
            break;
        }
        case Constraint::Kind::ClauseConflict:
            checkVariant(constraint.clause, constraint.variant, file, line);
            checkVariant(constraint.otherClause, constraint.otherVariant, file, line);
            break;
        case Constraint::Kind::AnswerConflict: {
            checkVariant(constraint.clause, constraint.variant, file, line);
            if (!constraint.otherClause.isEmpty())
                issues.append(Issue::error(
                    LibraryLoader::tr("a conflict names either with-clause or question, not both"),
                    file, line, 0));
            const Question *question = library.question(constraint.question);
            if (!question) {
                issues.append(Issue::error(
                    LibraryLoader::tr("\"%1\" is not a risk-profile question of the library")
                        .arg(constraint.question),
                    file, line, 0));
                break;
            }
            if (constraint.answers.isEmpty())
                issues.append(
                    Issue::error(LibraryLoader::tr("the conflict names a question but no answers"),
                        file, line, 0));
            for (const QString &answer : constraint.answers) {
                if (!question->option(answer))
                    issues.append(Issue::error(
                        LibraryLoader::tr("\"%1\" is not an answer to the question \"%2\"")
                            .arg(answer, constraint.question),
                        file, line, 0));
            }
            break;
        }
        }
        if (constraint.kind == Constraint::Kind::ClauseConflict && constraint.otherClause.isEmpty())
            issues.append(Issue::error(
                LibraryLoader::tr("a conflict needs with-clause or question"), file, line, 0));
    }
    return issues;
}

} // namespace

QString LibraryLoader::bundledPath()
{
    return QStringLiteral(":/klausul/library");
}

IssueList LibraryLoader::checkClause(const Clause &clause, const Library &library)
{
    IssueList issues;
    const QString &file = clause.sourceFile;
    auto add = [&](Issue issue) {
        issue.clauseId = clause.id;
        issues.append(issue);
    };

    if (!library.theme(clause.theme)) {
        add(Issue::error(tr("the theme \"%1\" is not declared in library.xml").arg(clause.theme),
            file, clause.line, 0));
    }
    if (!clause.title.has(Language::Danish) || !clause.body.has(Language::Danish))
        add(Issue::error(tr("the clause has no Danish title or text"), file, clause.line, 0));
    if (!clause.title.has(Language::English) || !clause.body.has(Language::English))
        add(Issue::warning(tr("the clause has no English title or text"), file, clause.line, 0));
    if (clause.guidance.da.isEmpty())
        add(Issue::warning(tr("the clause has no Danish guidance"), file, clause.line, 0));
    if (clause.guidance.en.isEmpty())
        add(Issue::warning(tr("the clause has no English guidance"), file, clause.line, 0));

    // Status and replacement.
    if (!clause.replacedBy.isEmpty()) {
        if (clause.replacedBy == clause.id) {
            add(Issue::error(
                tr("the clause names itself as its replacement"), file, clause.line, 0));
        } else if (const Clause *replacement = library.clause(clause.replacedBy)) {
            if (replacement->status == ClauseStatus::Withdrawn)
                add(Issue::warning(
                    tr("the replacement %1 is itself withdrawn").arg(clause.replacedBy), file,
                    clause.line, 0));
        } else {
            add(Issue::error(
                tr("replaced-by names %1, which is not in the library").arg(clause.replacedBy),
                file, clause.line, 0));
        }
        if (clause.status != ClauseStatus::Withdrawn)
            add(Issue::warning(
                tr("replaced-by is set, but the clause is not withdrawn"), file, clause.line, 0));
    }

    // Parameters: definitions, defaults and use in every text.
    for (const Parameter &parameter : clause.parameters) {
        if (parameter.minimum && parameter.maximum && *parameter.minimum > *parameter.maximum)
            add(Issue::error(
                tr("the parameter \"%1\" has a minimum above its maximum").arg(parameter.id), file,
                parameter.line, 0));
        if (parameter.type == ParameterType::Choice && parameter.choices.size() < 2)
            add(Issue::error(
                tr("the choice parameter \"%1\" needs at least two choices").arg(parameter.id),
                file, parameter.line, 0));
        if (parameter.type != ParameterType::Choice && !parameter.choices.isEmpty())
            add(Issue::warning(
                tr("the parameter \"%1\" has choices but is not of type choice").arg(parameter.id),
                file, parameter.line, 0));
        const bool numeric =
            parameter.type == ParameterType::Integer || parameter.type == ParameterType::Decimal;
        if (!numeric && parameter.unit != Unit::None)
            add(Issue::warning(
                tr("the parameter \"%1\" has a unit but is not a number").arg(parameter.id), file,
                parameter.line, 0));
        if (!numeric && (parameter.minimum || parameter.maximum))
            add(Issue::warning(
                tr("the parameter \"%1\" has a minimum or maximum but is not a number")
                    .arg(parameter.id),
                file, parameter.line, 0));
        if (parameter.defaultValue) {
            const QString problem = ParameterFormat::validate(parameter, *parameter.defaultValue);
            if (!problem.isEmpty())
                add(Issue::error(tr("the default of the parameter \"%1\" is invalid: %2")
                                     .arg(parameter.id, problem),
                    file, parameter.line, 0));
        }
        if (!parameter.label.has(Language::Danish))
            add(Issue::error(tr("the parameter \"%1\" has no Danish label").arg(parameter.id), file,
                parameter.line, 0));
        checkContext(parameter, clause, library, add);
    }

    QSet<QString> usedDa;
    QSet<QString> usedEn;
    checkFlowParams(clause.body.da, clause, &issues, &usedDa);
    checkFlowParams(clause.body.en, clause, &issues, &usedEn);
    checkFlowXrefs(clause.body.da, clause, library, &issues);
    checkFlowXrefs(clause.body.en, clause, library, &issues);
    for (const Variant &variant : clause.variants) {
        checkFlowParams(variant.body.da, clause, &issues, nullptr);
        checkFlowParams(variant.body.en, clause, &issues, nullptr);
        checkFlowXrefs(variant.body.da, clause, library, &issues);
        checkFlowXrefs(variant.body.en, clause, library, &issues);
        if (!variant.body.has(Language::Danish))
            add(Issue::error(tr("the variant \"%1\" has no Danish text").arg(variant.id), file,
                variant.line, 0));
    }
    for (const Parameter &parameter : clause.parameters) {
        if (!usedDa.contains(parameter.id))
            add(Issue::warning(
                tr("the parameter \"%1\" is not used in the Danish text").arg(parameter.id), file,
                parameter.line, 0));
        else if (clause.body.has(Language::English) && !usedEn.contains(parameter.id))
            add(Issue::warning(tr("the parameter \"%1\" is used in the Danish text but not in "
                                  "the English one")
                                   .arg(parameter.id),
                file, parameter.line, 0));
    }

    // References must name lists and ids the library knows.
    QSet<QString> seenReferences;
    for (const Reference &reference : clause.references) {
        const QString key = describeReference(reference);
        if (seenReferences.contains(key))
            add(Issue::warning(
                tr("the reference %1 is listed twice").arg(key), file, reference.line, 0));
        seenReferences.insert(key);
        const ReferenceList *list = library.referenceList(reference.scheme, reference.version);
        if (!list) {
            QStringList versions;
            for (const ReferenceList &candidate : library.referenceLists()) {
                if (candidate.scheme == reference.scheme)
                    versions << (candidate.version.isEmpty() ? tr("without version")
                                                             : candidate.version);
            }
            add(Issue::error(versions.isEmpty()
                    ? tr("the library has no reference list for %1").arg(reference.schemeKey())
                    : tr("the library has no reference list for %1 (known versions: %2)")
                          .arg(reference.schemeKey(), versions.join(QStringLiteral(", "))),
                file, reference.line, 0));
            continue;
        }
        if (!list->item(reference.id)) {
            add(Issue::error(
                tr("%1 has no item \"%2\"").arg(list->title.get(uiLanguage()), reference.id), file,
                reference.line, 0));
        }
    }

    if (clause.applies)
        checkCondition(*clause.applies, clause, library, &issues);
    const SuggestionRules &rules = clause.suggestion;
    if (rules.core)
        checkCondition(*rules.core, clause, library, &issues);
    if (rules.recommended)
        checkCondition(*rules.recommended, clause, library, &issues);
    for (const StricterRule &rule : rules.stricter) {
        checkCondition(rule.condition, clause, library, &issues);
        if (!clause.variant(rule.variant))
            add(Issue::error(tr("the suggestion rule names the variant \"%1\", which the clause "
                                "does not have")
                                 .arg(rule.variant),
                file, rule.line, 0));
    }
    for (const MarketRestriction &restriction : rules.restricts) {
        if (!restriction.variant.isEmpty() && !clause.variant(restriction.variant))
            add(Issue::error(tr("the market restriction names the variant \"%1\", which the "
                                "clause does not have")
                                 .arg(restriction.variant),
                file, restriction.line, 0));
    }

    for (const HistoryEntry &entry : clause.history) {
        if (entry.version > clause.version)
            add(Issue::warning(tr("the history mentions version %1, but the clause is version %2")
                                   .arg(entry.version)
                                   .arg(clause.version),
                file, clause.line, 0));
    }
    for (Issue &issue : issues)
        issue.clauseId = clause.id;
    return issues;
}

std::shared_ptr<Library> LibraryLoader::load(const QStringList &folders, Validation validation)
{
    SafeXml::initialise();
    auto library = std::make_shared<Library>();
    const QStringList sources = folders.isEmpty() ? QStringList {bundledPath()} : folders;

    QHash<QString, QString> clauseFiles; // id -> file, across layers
    QHash<QString, int> clauseLayers; // id -> the layer that defined it
    QHash<QString, QString> themeFiles;
    QHash<QString, QString> questionFiles;
    QHash<QString, QString> listFiles;

    for (int layerIndex = 0; layerIndex < sources.size(); ++layerIndex) {
        Layer layer;
        readFolder(sources.at(layerIndex), &layer, &library->m_issues, validation);
        if (layer.info)
            library->m_layers.append(*layer.info);

        for (const Theme &theme : std::as_const(layer.themes)) {
            if (themeFiles.contains(theme.id)) {
                if (layerIndex > 0) // a layer may reuse a base theme: same id, same theme
                    continue;
                library->m_issues.append(Issue::error(
                    tr("the theme \"%1\" is declared twice").arg(theme.id), layer.manifestFile));
                continue;
            }
            themeFiles.insert(theme.id, layer.manifestFile);
            library->m_themes.append(theme);
        }
        for (const auto &[questions, file] : std::as_const(layer.questionFiles)) {
            for (const Question &question : questions) {
                if (questionFiles.contains(question.id)) {
                    library->m_issues.append(
                        Issue::error(tr("the question \"%1\" is already defined in %2")
                                         .arg(question.id, questionFiles.value(question.id)),
                            file));
                    continue;
                }
                if (!question.defaultValue.isEmpty() && !question.option(question.defaultValue))
                    library->m_issues.append(Issue::error(
                        tr("the default answer \"%1\" of the question \"%2\" is not one of its "
                           "options")
                            .arg(question.defaultValue, question.id),
                        file));
                for (const QuestionOption &option : question.options) {
                    const QuestionOption *assumed =
                        option.assume.isEmpty() ? nullptr : question.option(option.assume);
                    if (!option.assume.isEmpty() && (!assumed || !assumed->assume.isEmpty()))
                        library->m_issues.append(Issue::error(
                            tr("the answer \"%1\" of the question \"%2\" assumes \"%3\", "
                               "which is not another of its options")
                                .arg(option.value, question.id, option.assume),
                            file));
                }
                questionFiles.insert(question.id, file);
                library->m_questions.append(question);
            }
        }
        for (const auto &[list, file] : std::as_const(layer.referenceLists)) {
            const QString key = list.schemeKey();
            if (listFiles.contains(key)) {
                library->m_issues.append(
                    Issue::error(tr("the reference list %1 is already defined in %2")
                                     .arg(key, listFiles.value(key)),
                        file));
                continue;
            }
            listFiles.insert(key, file);
            library->m_referenceLists.append(list);
        }
        // Duplicates are dropped in place, and the first layer's list becomes the library's:
        // moving 10,000 clauses into a second list held both lists' structures at once.
        qsizetype kept = 0;
        for (qsizetype i = 0; i < layer.clauses.size(); ++i) {
            Clause &clause = layer.clauses[i];
            if (clauseFiles.contains(clause.id)) {
                const QString other = clauseFiles.value(clause.id);
                const bool sameLayer = clauseLayers.value(clause.id) == layerIndex;
                library->m_issues.append(Issue::error(sameLayer
                        ? tr("duplicate clause id %1: %2 already defines it").arg(clause.id, other)
                        : tr("the clause %1 is already defined by a lower library layer "
                             "(%2); an organisation library may add clauses but not "
                             "change existing ones")
                              .arg(clause.id, other),
                    clause.sourceFile, clause.line, 0));
                continue;
            }
            clauseFiles.insert(clause.id, clause.sourceFile);
            clauseLayers.insert(clause.id, layerIndex);
            if (kept != i)
                layer.clauses[kept] = std::move(clause);
            ++kept;
        }
        layer.clauses.resize(kept);
        if (library->m_clauses.isEmpty()) {
            library->m_clauses = std::move(layer.clauses);
        } else {
            library->m_clauses.reserve(library->m_clauses.size() + layer.clauses.size());
            for (Clause &clause : layer.clauses)
                library->m_clauses.append(std::move(clause));
        }
        library->m_sharedValues.append(layer.shared);
        library->m_constraints.append(layer.constraints);
        library->m_definitions.append(layer.definitions);
    }
    library->rebuildIndex();

    // Each clause is checked against the whole library, read-only: the second half of the
    // clauses on another core, its issues appended after the first half's (the same order as on
    // one thread).
    const QList<Clause> &clauses = library->m_clauses;
    const qsizetype half = QThread::idealThreadCount() > 1 && clauses.size() >= 16
        ? clauses.size() / 2
        : clauses.size();
    IssueList secondHalf;
    std::thread other;
    if (half < clauses.size()) {
        other = std::thread([&] {
            for (qsizetype i = half; i < clauses.size(); ++i)
                secondHalf.append(checkClause(clauses.at(i), *library));
        });
    }
    for (qsizetype i = 0; i < half; ++i)
        library->m_issues.append(checkClause(clauses.at(i), *library));
    if (other.joinable()) {
        other.join();
        library->m_issues.append(secondHalf);
    }
    library->m_issues.append(checkConsistency(*library));
    locateColumns(&library->m_issues);
    return library;
}

std::future<std::shared_ptr<Library>> LibraryLoader::loadInBackground(
    const QStringList &folders, Validation validation)
{
    return std::async(
        std::launch::async, [folders, validation] { return load(folders, validation); });
}

IssueList LibraryLoader::checkFile(const QString &path, const Library &context)
{
    SafeXml::initialise();
    IssueList issues;
    ParsedFile parsed = parseAndValidate(path, &issues);
    if (parsed.kind == DocumentKind::Clause) {
        const Clause clause = ClauseReader::readClause(parsed.doc.root(), path);
        issues.append(checkClause(clause, context));
    } else if (parsed.kind == DocumentKind::Consistency) {
        // Checked as if it replaced the library's own consistency declarations.
        Library library = context;
        library.m_sharedValues.clear();
        library.m_constraints.clear();
        ClauseReader::readConsistency(
            parsed.doc.root(), path, &library.m_sharedValues, &library.m_constraints);
        issues.append(checkConsistency(library));
    }
    locateColumns(&issues);
    return issues;
}

} // namespace klausul
