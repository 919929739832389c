//! Confirmed log-a-reading drafts already saved in this run of the app, so the same save
//! sent twice (a double tap on "Yes", a shell retrying after a slow screen) stores the
//! reading once. The confirm screen gives its Yes a fresh token; the save remembers it.
//!
//! Kept in memory, not in the database: a repeated tap comes within seconds, from the
//! same running app. A counter, not a random number, so screens stay the same run to run.

use std::collections::VecDeque;

use saathi_domain::person::PersonId;

use crate::Logged;

/// How many recent saves are remembered: far more than anyone taps twice.
const REMEMBERED: usize = 32;

#[derive(Default)]
pub(crate) struct SavedDrafts {
    issued: u64,
    recent: VecDeque<(PersonId, u64, Logged)>,
}

impl SavedDrafts {
    /// A token no confirm screen in this run has had.
    pub(crate) fn next_token(&mut self) -> u64 {
        self.issued += 1;
        self.issued
    }

    pub(crate) fn get(&self, patient: PersonId, token: u64) -> Option<Logged> {
        self.recent.iter().find(|(p, t, _)| *p == patient && *t == token).map(|(_, _, l)| l.clone())
    }

    pub(crate) fn remember(&mut self, patient: PersonId, token: u64, logged: Logged) {
        if self.recent.len() == REMEMBERED {
            self.recent.pop_front();
        }
        self.recent.push_back((patient, token, logged));
    }
}
