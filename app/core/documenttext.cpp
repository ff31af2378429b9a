#include "documenttext.h"

namespace klausul::DocumentText {

namespace {

struct Entry
{
    Phrase phrase;
    const char *da;
    const char *en;
};

// clang-format off
constexpr Entry entries[] = {
    {Phrase::Annex, "Bilag", "Annex"},
    {Phrase::DefaultAnnexTitle, "Informationssikkerhed", "Information security"},
    {Phrase::TableOfContents, "Indholdsfortegnelse", "Contents"},
    {Phrase::VersionTable, "Versionshistorik", "Version history"},
    {Phrase::Version, "Version", "Version"},
    {Phrase::Changes, "Ændringer", "Changes"},
    {Phrase::Date, "Dato", "Date"},
    {Phrase::FirstVersion, "Første udgave", "First edition"},
    {Phrase::RequirementRemoved, "Krav %1 fjernet", "Requirement %1 removed"},
    {Phrase::RequirementsRemoved, "Fjernede krav: %1.", "Removed requirements: %1."},
    {Phrase::GuidanceHeading, "Vejledning til tilbudsgiver", "Guidance for tenderers"},
    {Phrase::GuidanceNotPart,
     "Dette afsnit er ikke en del af Kontrakten og udgår ved kontraktindgåelsen.",
     "This section is not part of the Contract and will be removed when the Contract is signed."},
    {Phrase::GuidanceTypes,
     "Hvert krav er markeret med sin kravtype:",
     "Each requirement is marked with its requirement type:"},
    {Phrase::GuidanceMk,
     "Mindstekrav (MK) skal opfyldes fuldt ud og uden forbehold. Et tilbud, der ikke opfylder et mindstekrav, er ikke konditionsmæssigt og vil blive afvist.",
     "Minimum requirements (MK) must be met in full and without reservation. A tender that does not meet a minimum requirement is non-compliant and will be rejected."},
    {Phrase::GuidancePk,
     "Prioriterede krav (PK) indgår i evalueringen efter tildelingskriterierne. Tilbudsgiver bør beskrive sin opfyldelse udførligt.",
     "Prioritised requirements (PK) are weighted in the evaluation under the award criteria. The tenderer should describe in detail how it meets them."},
    {Phrase::GuidanceK,
     "Krav (K) skal opfyldes. Eventuelle forbehold skal angives i forbeholdslisten og kan medføre, at tilbuddet ikke kan tages i betragtning.",
     "Requirements (K) must be met. Any reservation must be stated in the list of reservations and may mean that the tender cannot be considered."},
    {Phrase::GuidanceOption,
     "Optioner (Option) er ydelser, som Kunden kan vælge at gøre brug af i Kontraktens løbetid.",
     "Options are services that the Customer may choose to call off during the term of the Contract."},
    {Phrase::GuidanceSchedule,
     "Tilbudsgiver skal udfylde complianceskemaet sidst i bilaget for hvert krav: om kravet er opfyldt (ja, nej eller delvis), en beskrivelse af opfyldelsen og en henvisning til dokumentation.",
     "For each requirement the tenderer must fill in the compliance schedule at the end of this annex: whether the requirement is met (yes, no or partly), a description of how, and a reference to documentation."},
    {Phrase::GuidanceBrackets,
     "Tekst i skarpe parenteser [ ] skal udfyldes af Kunden inden udbuddet.",
     "Text in square brackets [ ] must be completed by the Customer before the tender is published."},
    {Phrase::Introduction, "Indledning", "Introduction"},
    {Phrase::IntroductionText,
     "Dette bilag indeholder %1s krav til informationssikkerhed i forbindelse med %2. Kravene er nummereret %3 og grupperet efter emne. Bilaget skal læses i sammenhæng med Kontrakten og dennes øvrige bilag.",
     "This annex sets out %1's information security requirements for %2. The requirements are numbered %3 and grouped by subject. The annex must be read together with the Contract and its other annexes."},
    {Phrase::RequirementType, "Kravtype", "Requirement type"},
    {Phrase::ComplianceSchedule, "Complianceskema", "Compliance schedule"},
    {Phrase::ColumnNumber, "Kravnr.", "Req. no."},
    {Phrase::ColumnType, "Type", "Type"},
    {Phrase::ColumnTitle, "Krav", "Requirement"},
    {Phrase::ColumnMet, "Opfyldt (ja / nej / delvis)", "Met (yes / no / partly)"},
    {Phrase::ColumnAnswer, "Tilbudsgivers beskrivelse", "Tenderer's description"},
    {Phrase::ColumnDocumentation, "Dokumentation", "Documentation"},
    {Phrase::CaseNumber, "Sagsnr. %1", "Case no. %1"},
    {Phrase::Category, "K04-bilagskategori %1", "K04 annex category %1"},
    {Phrase::RequirementRef, "krav %1", "requirement %1"},
    {Phrase::ReviewTitle, "Gennemgangsudgave", "Review edition"},
    {Phrase::ReviewInternal,
     "Til intern brug – må ikke sendes til tilbudsgivere. Afvigelser fra standardteksten er vist som registrerede ændringer.",
     "For internal use – not to be sent to tenderers. Deviations from the standard text are shown as tracked changes."},
    {Phrase::ReviewProblems, "Problemer", "Problems"},
    {Phrase::ReviewNoProblems, "Der er ingen problemer.", "There are no problems."},
    {Phrase::ReviewStatus, "Status: %1", "Status: %1"},
    {Phrase::ReviewApprovedBy, "godkendt af %1", "approved by %1"},
    {Phrase::ReviewComments, "Kommentarer", "Comments"},
    {Phrase::ReviewDeviation, "Afviger fra standardteksten (%1 ord ændret)", "Deviates from the standard text (%1 words changed)"},
    {Phrase::ReviewStandard, "Standardtekst", "Standard text"},
    {Phrase::ReviewSource, "Klausul %1, version %2", "Clause %1, version %2"},
    {Phrase::ReviewOwnRequirement, "Kundens eget krav (ikke fra biblioteket)", "The Customer's own requirement (not from the library)"},
    {Phrase::OwnRequirementsSection, "Kundens egne krav", "The Customer's own requirements"},
    {Phrase::OwnRequirementPlaceholder, "Leverandøren skal …", "The Supplier shall …"},
    {Phrase::ReviewNoChanges, "Standardteksten anvendes uændret.", "The standard text is used unchanged."},
    {Phrase::ReviewExplanations, "Følg eller forklar", "Follow or explain"},
    {Phrase::ReviewNoExplanations, "Der er ingen forklaringer.", "There are no explanations."},
    {Phrase::CoverageHeading, "Dækning (Statement of Applicability)", "Coverage (Statement of Applicability)"},
    {Phrase::CoverageSummary, "%1 af %2 kontroller er dækket af krav (%3 %); %4 er fravalgt med begrundelse.",
     "%1 of %2 controls are covered by requirements (%3%); %4 are excluded with a justification."},
    {Phrase::ColumnFramework, "Rammeværk", "Framework"},
    {Phrase::ColumnControl, "Kontrol", "Control"},
    {Phrase::ColumnControlTitle, "Titel", "Title"},
    {Phrase::ColumnIncluded, "Omfattet", "Included"},
    {Phrase::ColumnJustification, "Begrundelse", "Justification"},
    {Phrase::ColumnRequirements, "Krav", "Requirements"},
    {Phrase::Yes, "ja", "yes"},
    {Phrase::No, "nej", "no"},
    {Phrase::ThroughOption, "gennem option %1", "through option %1"},
    {Phrase::Definitions, "Definitioner", "Definitions"},
    {Phrase::ExplanationMissing, "Mangler forklaring", "Explanation missing"},
    {Phrase::StatusDraft, "Kladde", "Draft"},
    {Phrase::StatusReady, "Klar til gennemgang", "Ready for review"},
    {Phrase::StatusApproved, "Godkendt", "Approved"},
    {Phrase::Variant, "Variant: %1", "Variant: %1"},
    {Phrase::Unfilled, "[%1]", "[%1]"},
    {Phrase::ContractEdition, "Kontraktudgave", "Contract edition"},
    {Phrase::TenderEdition, "Udbudsudgave", "Tender edition"},
    {Phrase::DraftVersion, "Udkast", "Draft"},
    {Phrase::PageOf, "Side %1 af %2", "Page %1 of %2"},
    {Phrase::Withdrawn, "Udgået", "Withdrawn"},
    {Phrase::Customer, "Kunden", "the Customer"},
    {Phrase::TheContract, "Kontrakten", "the Contract"},
    {Phrase::ScheduleIntro,
     "Tilbudsgiver udfylder skemaet for hvert krav. Svaret i kolonnen »Opfyldt« har følgende betydning:",
     "The tenderer completes the schedule for each requirement. The answer in the column “Met” means:"},
    {Phrase::ScheduleMk,
     "Mindstekrav (MK): »ja« er det eneste svar, der gør tilbuddet konditionsmæssigt. Svarer tilbudsgiver »nej« eller »delvis«, er tilbuddet ikke konditionsmæssigt og vil blive afvist.",
     "Minimum requirement (MK): “yes” is the only answer that makes the tender compliant. An answer of “no” or “partly” makes the tender non-compliant, and it will be rejected."},
    {Phrase::ScheduleK,
     "Krav (K): »nej« eller »delvis« er et forbehold. Forbeholdet skal beskrives og opføres på forbeholdslisten; Kunden vurderer, om det er et forbehold for et grundlæggende element, der gør tilbuddet ukonditionsmæssigt, eller om det kan prissættes.",
     "Requirement (K): “no” or “partly” is a reservation. It must be described and included in the list of reservations; the Customer assesses whether it concerns a fundamental element, which makes the tender non-compliant, or whether it can be priced."},
    {Phrase::SchedulePk,
     "Prioriteret krav (PK): svaret og beskrivelsen evalueres under tildelingskriteriet; jo bedre opfyldelse, desto højere bedømmelse. »Nej« gør ikke tilbuddet ukonditionsmæssigt.",
     "Prioritised requirement (PK): the answer and description are evaluated under the award criterion; the better the fulfilment, the higher the score. “No” does not make the tender non-compliant."},
    {Phrase::ScheduleOption,
     "Option: tilbudsgiver angiver, om optionen tilbydes, og på hvilke vilkår.",
     "Option: the tenderer states whether the option is offered and on which terms."},
    {Phrase::ColumnReference, "Henvisning i tilbuddet", "Reference in the tender"},
};
// clang-format on

} // namespace

QString text(Phrase phrase, Language language)
{
    for (const Entry &entry : entries) {
        if (entry.phrase == phrase)
            return QString::fromUtf8(language == Language::Danish ? entry.da : entry.en);
    }
    return {};
}

QString requirementTypeName(RequirementType type, Language language)
{
    const bool da = language == Language::Danish;
    switch (type) {
    case RequirementType::MK:
        return da ? QStringLiteral("Mindstekrav (MK)") : QStringLiteral("Minimum requirement (MK)");
    case RequirementType::PK:
        return da ? QStringLiteral("Prioriteret krav (PK)")
                  : QStringLiteral("Prioritised requirement (PK)");
    case RequirementType::K:
        return da ? QStringLiteral("Krav (K)") : QStringLiteral("Requirement (K)");
    case RequirementType::Option:
        return da ? QStringLiteral("Option") : QStringLiteral("Option");
    }
    return {};
}

QString requirementTypeCodeText(RequirementType type)
{
    switch (type) {
    case RequirementType::MK:
        return QStringLiteral("MK");
    case RequirementType::PK:
        return QStringLiteral("PK");
    case RequirementType::K:
        return QStringLiteral("K");
    case RequirementType::Option:
        return QStringLiteral("Option");
    }
    return {};
}

QString reviewStatusName(ReviewStatus status, Language language)
{
    switch (status) {
    case ReviewStatus::Draft:
        return text(Phrase::StatusDraft, language);
    case ReviewStatus::Ready:
        return text(Phrase::StatusReady, language);
    case ReviewStatus::Approved:
        return text(Phrase::StatusApproved, language);
    }
    return {};
}

QString annexTitle(const DraftMetadata &metadata, Language language)
{
    QString name = metadata.annexTitle;
    if (language == Language::English) {
        // The draft's English title, or the standard one for the standard Danish title.
        if (!metadata.annexTitleEn.isEmpty())
            name = metadata.annexTitleEn;
        else if (name.compare(QLatin1String("Informationssikkerhed"), Qt::CaseInsensitive) == 0)
            name = QStringLiteral("Information security");
    }
    QString title = text(Phrase::Annex, language);
    if (!metadata.annexNumber.isEmpty())
        title += u' ' + metadata.annexNumber;
    if (!name.isEmpty())
        title +=
            (metadata.annexNumber.isEmpty() ? QStringLiteral(" ") : QStringLiteral(" – ")) + name;
    return title;
}

} // namespace klausul::DocumentText
