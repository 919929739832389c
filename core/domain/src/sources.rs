//! The guidelines Saathi's numbers come from. Every band, limit and default target carries
//! one of these, so a clinician can see where a threshold came from (CLINICAL.md).

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Source {
    /// Stable identifier, stored beside data that cites it.
    pub id: &'static str,
    pub citation: &'static str,
}

pub const NICE_NG28: Source = Source {
    id: "nice-ng28",
    citation: "NICE NG28: Type 2 diabetes in adults: management (self-monitoring targets, HbA1c targets)",
};
pub const NICE_NG136: Source = Source {
    id: "nice-ng136",
    citation: "NICE NG136: Hypertension in adults: diagnosis and management (home thresholds, targets, protocol)",
};
pub const NHS_HYPOGLYCAEMIA: Source =
    Source { id: "nhs-hypoglycaemia", citation: "nhs.uk: Low blood sugar (hypoglycaemia), '4 is the floor'" };
pub const ADA_SOC_TABLE_6_3: Source = Source {
    id: "ada-soc-6.3",
    citation: "ADA Standards of Care in Diabetes, table 6.3: classification of hypoglycaemia",
};
pub const IDF_DAR_2021: Source =
    Source { id: "idf-dar-2021", citation: "IDF-DAR Diabetes and Ramadan Practical Guidelines 2021" };
pub const PLAUSIBILITY: Source = Source {
    id: "plausibility-simple-tidepool",
    citation: "Entry limits modelled on Simple (simpledotorg) and Tidepool's accepted ranges",
};
/// Not clinical: bounds that only catch typing slips in counts (minutes in a day, steps).
pub const DATA_SANITY: Source = Source {
    id: "saathi-data-sanity",
    citation: "Saathi data-entry sanity bounds (not a clinical threshold)",
};
/// Not clinical: when reminders count a dose as on time or missed, and where Ramadan mode
/// puts medicine times. Product choices a clinician may override for a person.
pub const SAATHI_REMINDERS: Source = Source {
    id: "saathi-reminder-choices",
    citation: "Saathi reminder timing choices (not a clinical threshold)",
};
