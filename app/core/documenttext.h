#pragma once

#include "clause.h"
#include "draft.h"
#include "language.h"

#include <QString>

namespace klausul {

/**
 * Fixed phrases of exported documents in the document's language (Danish or English), which is
 * chosen per draft and is independent of the user interface language: a Danish annex can be made
 * from an English UI. UI strings use tr(); these do not.
 */
namespace DocumentText {

enum class Phrase {
    Annex, ///< "Bilag"
    DefaultAnnexTitle, ///< "Informationssikkerhed": the title of a new annex
    TableOfContents,
    VersionTable, ///< heading above the version table
    Version,
    Changes,
    Date,
    FirstVersion, ///< "Første udgave"
    RequirementRemoved, ///< "Krav %1 fjernet"
    RequirementsRemoved, ///< "Krav %1 er fjernet." (sentence)
    GuidanceHeading, ///< "Vejledning til tilbudsgiver"
    GuidanceNotPart,
    GuidanceTypes,
    GuidanceMk,
    GuidancePk,
    GuidanceK,
    GuidanceOption,
    GuidanceSchedule,
    GuidanceBrackets,
    Introduction,
    IntroductionText, ///< "%1" authority, "%2" tender, "%3" range of numbers
    RequirementType, ///< "Kravtype"
    ComplianceSchedule,
    ColumnNumber,
    ColumnType,
    ColumnTitle,
    ColumnMet,
    ColumnAnswer,
    ColumnDocumentation,
    CaseNumber,
    Category, ///< "K04-bilagskategori %1"
    RequirementRef, ///< "krav %1" (cross-reference)
    ReviewTitle, ///< "Gennemgangsudgave"
    ReviewInternal,
    ReviewProblems,
    ReviewNoProblems,
    ReviewStatus,
    ReviewApprovedBy,
    ReviewComments,
    ReviewDeviation, ///< "Afviger fra standardteksten (%1 ord ændret)"
    ReviewStandard, ///< "Standardtekst"
    ReviewSource, ///< "Klausul %1, version %2"
    ReviewOwnRequirement,
    OwnRequirementsSection, ///< "Kundens egne krav": the section of own requirements
    OwnRequirementPlaceholder, ///< "Leverandøren skal …": the wording of a new own requirement
    ReviewNoChanges,
    ReviewExplanations,
    ReviewNoExplanations,
    CoverageHeading, ///< "Dækning (Statement of Applicability)"
    CoverageSummary, ///< "%1 af %2 kontroller er dækket (%3 %), %4 er fravalgt med begrundelse."
    ColumnFramework, ///< "Rammeværk"
    ColumnControl,
    ColumnControlTitle, ///< "Titel" (of a control)
    ColumnIncluded,
    ColumnJustification,
    ColumnRequirements, ///< "Krav" (the numbers that cover a control)
    Yes,
    No,
    ThroughOption, ///< "through option %1" in the SoA's Included column
    Definitions, ///< "Definitioner": the defined terms the requirements use
    ExplanationMissing, ///< "Mangler forklaring"
    StatusDraft,
    StatusReady,
    StatusApproved,
    Variant,
    Unfilled, ///< "[%1]" placeholder for an unfilled value
    ContractEdition,
    TenderEdition,
    DraftVersion, ///< "Udkast": the header's version before the first version
    PageOf, ///< "Side %1 af %2"
    Withdrawn, ///< "Udgået": a withdrawn requirement number
    Customer, ///< "Kunden"
    TheContract, ///< "Kontrakten"
    ScheduleIntro,
    ScheduleMk, ///< what "nej" / "delvis" means for a minimum requirement
    ScheduleK,
    SchedulePk,
    ScheduleOption,
    ColumnReference, ///< reference to the tender
};

QString text(Phrase phrase, Language language);
/** "Mindstekrav (MK)", "Minimum requirement (MK)", … */
QString requirementTypeName(RequirementType type, Language language);
QString reviewStatusName(ReviewStatus status, Language language);
/** "MK", "PK", "K", "Option": the short type shown in headings and the compliance schedule. */
QString requirementTypeCodeText(RequirementType type);
/** "Bilag 9 Informationssikkerhed" / "Annex 9 Information security". */
QString annexTitle(const DraftMetadata &metadata, Language language);

} // namespace DocumentText
} // namespace klausul
