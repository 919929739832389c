//! What a dietitian or clinician assigns to a patient (a lesson, a food, a swap), and how far
//! the patient has got. Pure data and validation; storing and access checks live elsewhere.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use saathi_domain::person::PersonId;
use saathi_domain::plausibility::{Field, ValidationError, check_text};
use saathi_domain::time::Taken;

use crate::catalogue::Catalogue;
use crate::validate::is_kebab_case;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AssignmentId(pub i64);

/// A catalogue item by id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AssignedItem {
    Lesson(String),
    Food(String),
    /// Have `to` instead of `from`.
    Swap {
        from: String,
        to: String,
    },
}

impl AssignedItem {
    /// Ids are kebab-case, and a swap is between two different foods.
    pub fn check(&self) -> Result<(), ValidationError> {
        let ok = match self {
            AssignedItem::Lesson(id) | AssignedItem::Food(id) => is_kebab_case(id),
            AssignedItem::Swap { from, to } => is_kebab_case(from) && is_kebab_case(to) && from != to,
        };
        if ok { Ok(()) } else { Err(ValidationError::NotAChoice { field: Field::ContentItem }) }
    }

    /// Whether the catalogue has the item (for a swap, both foods).
    pub fn exists_in(&self, catalogue: &Catalogue) -> bool {
        match self {
            AssignedItem::Lesson(id) => catalogue.lesson(id).is_some(),
            AssignedItem::Food(id) => catalogue.food(id).is_some(),
            AssignedItem::Swap { from, to } => {
                from != to && catalogue.food(from).is_some() && catalogue.food(to).is_some()
            }
        }
    }

    /// The lesson's id, if this is a lesson.
    pub fn lesson(&self) -> Option<&str> {
        match self {
            AssignedItem::Lesson(id) => Some(id),
            _ => None,
        }
    }
}

/// Long enough for "Try this with your evening meal, and tell me how it went at your next
/// visit", short enough to read aloud.
pub const MAX_NOTE_CHARS: usize = 500;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assignment {
    pub id: AssignmentId,
    pub patient: PersonId,
    /// The dietitian or clinician who assigned it.
    pub by: PersonId,
    pub item: AssignedItem,
    pub note: Option<String>,
    /// A date on the patient's calendar; none means "when you can".
    pub due: Option<NaiveDate>,
    /// When it was assigned, with the wall-clock offset there, so "today" is the day the
    /// dietitian saw on their calendar.
    pub at: Taken,
}

impl Assignment {
    /// Checks the item's ids, the note (not blank, at most `MAX_NOTE_CHARS` characters) and
    /// that the due date is not before the day it was assigned (the same day is allowed).
    pub fn validated(self) -> Result<Self, ValidationError> {
        self.item.check()?;
        if let Some(note) = &self.note {
            check_text(Field::Note, note, MAX_NOTE_CHARS)?;
        }
        if let Some(due) = self.due {
            if due < self.at.local_date() {
                return Err(ValidationError::NotInFuture { field: Field::DueDate });
            }
        }
        Ok(self)
    }

    /// Whether it is due before `today` (a date on the patient's calendar).
    pub fn overdue(&self, today: NaiveDate) -> bool {
        self.due.is_some_and(|due| due < today)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum ProgressState {
    Started,
    /// Part of a lesson's audio heard, 0 to 100 %.
    Heard {
        percent: u8,
    },
    Completed,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Progress {
    pub item: AssignedItem,
    pub state: ProgressState,
}

impl Progress {
    /// The item's ids are checked; `Heard` is for lessons only, and at most 100 %.
    pub fn validated(self) -> Result<Self, ValidationError> {
        self.item.check()?;
        if let ProgressState::Heard { percent } = self.state {
            if self.item.lesson().is_none() {
                return Err(ValidationError::NotAChoice { field: Field::HeardPercent });
            }
            if percent > 100 {
                return Err(ValidationError::AboveMax { field: Field::HeardPercent, max: 100.0, unit: "%" });
            }
        }
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use chrono::{FixedOffset, TimeZone};

    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// Assigned at 00:30 BST on 15 June 2026, which is still 14 June in UTC.
    fn assignment(item: AssignedItem, note: Option<&str>, due: Option<NaiveDate>) -> Assignment {
        let bst = FixedOffset::east_opt(3600).unwrap();
        Assignment {
            id: AssignmentId(1),
            patient: PersonId(1),
            by: PersonId(2),
            item,
            note: note.map(str::to_string),
            due,
            at: Taken::new(bst.with_ymd_and_hms(2026, 6, 15, 0, 30, 0).unwrap()),
        }
    }

    fn lesson() -> AssignedItem {
        AssignedItem::Lesson("less-salt".into())
    }

    #[test]
    fn due_dates_from_the_day_of_assigning_on() {
        assert!(assignment(lesson(), None, None).validated().is_ok());
        // The same local day is fine, though UTC still says the 14th.
        assert!(assignment(lesson(), None, Some(date(2026, 6, 15))).validated().is_ok());
        assert!(assignment(lesson(), None, Some(date(2026, 7, 1))).validated().is_ok());
        assert_eq!(
            assignment(lesson(), None, Some(date(2026, 6, 14))).validated(),
            Err(ValidationError::NotInFuture { field: Field::DueDate })
        );
    }

    #[test]
    fn notes_are_bounded() {
        let max = "न".repeat(MAX_NOTE_CHARS);
        assert!(assignment(lesson(), Some(&max), None).validated().is_ok());
        let over = "न".repeat(MAX_NOTE_CHARS + 1);
        assert_eq!(
            assignment(lesson(), Some(&over), None).validated(),
            Err(ValidationError::TooLong { field: Field::Note, max: MAX_NOTE_CHARS })
        );
        assert_eq!(
            assignment(lesson(), Some("  "), None).validated(),
            Err(ValidationError::Missing { field: Field::Note })
        );
    }

    #[test]
    fn items_need_real_ids_and_a_swap_two_foods() {
        let bad = ValidationError::NotAChoice { field: Field::ContentItem };
        assert_eq!(assignment(AssignedItem::Food(String::new()), None, None).validated(), Err(bad));
        assert_eq!(assignment(AssignedItem::Lesson("Less Salt".into()), None, None).validated(), Err(bad));
        let same = AssignedItem::Swap { from: "roti".into(), to: "roti".into() };
        assert_eq!(assignment(same, None, None).validated(), Err(bad));
        let swap = AssignedItem::Swap { from: "roti".into(), to: "roti-small-wholemeal".into() };
        assert!(assignment(swap, None, None).validated().is_ok());
    }

    #[test]
    fn overdue_is_strictly_before_today() {
        let a = assignment(lesson(), None, Some(date(2026, 6, 20)));
        assert!(!a.overdue(date(2026, 6, 20)));
        assert!(a.overdue(date(2026, 6, 21)));
        assert!(!assignment(lesson(), None, None).overdue(date(2030, 1, 1)));
    }

    #[test]
    fn heard_percent_is_0_to_100_and_for_lessons() {
        let heard = |item, percent| Progress { item, state: ProgressState::Heard { percent } }.validated();
        assert!(heard(lesson(), 0).is_ok());
        assert!(heard(lesson(), 100).is_ok());
        assert_eq!(
            heard(lesson(), 101),
            Err(ValidationError::AboveMax { field: Field::HeardPercent, max: 100.0, unit: "%" })
        );
        assert_eq!(
            heard(AssignedItem::Food("roti".into()), 50),
            Err(ValidationError::NotAChoice { field: Field::HeardPercent })
        );
        let done = Progress { item: AssignedItem::Food("roti".into()), state: ProgressState::Completed };
        assert!(done.validated().is_ok());
    }

    #[test]
    fn serde_shapes() {
        let p = Progress { item: lesson(), state: ProgressState::Heard { percent: 40 } };
        assert_eq!(
            serde_json::to_string(&p).unwrap(),
            r#"{"item":{"lesson":"less-salt"},"state":{"state":"heard","percent":40}}"#
        );
        let swap = AssignedItem::Swap { from: "a".into(), to: "b".into() };
        assert_eq!(serde_json::to_string(&swap).unwrap(), r#"{"swap":{"from":"a","to":"b"}}"#);
    }
}
