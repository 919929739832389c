//! Saathi's pure rules. See README.md for the map of modules.

pub mod access;
pub mod alerts;
pub mod audit_chain;
pub mod bands;
pub mod bp_protocol;
pub mod grants;
pub mod invite;
pub mod medicine;
pub mod message;
pub mod person;
pub mod pin;
pub mod plausibility;
pub mod ramadan;
pub mod reading;
pub mod reminders;
pub mod schedule;
pub mod sources;
pub mod summary;
pub mod targets;
pub mod time;
pub mod units;
pub mod wording;
pub mod zone;

#[cfg(test)]
mod testing;

pub use plausibility::ValidationError;
