//! Time zones by IANA name, read from the operating system's database: /usr/share/zoneinfo
//! on Linux and iOS, the tzdata file on Android (jiff finds it; nothing is bundled, so the
//! phone's own updates to the rules apply). Not SQLite, but this is the crate that does I/O
//! so that `saathi-domain` stays pure.

use jiff::tz::TimeZone;
use saathi_domain::plausibility::{Field, ValidationError};
use saathi_domain::zone::check_zone_name;

/// The zone called `name` ("Europe/London"). A name of the wrong shape, or one the
/// phone's database does not know, is `NotAChoice` for the time-zone field.
pub fn time_zone(name: &str) -> Result<TimeZone, ValidationError> {
    check_zone_name(name)?;
    jiff::tz::db().get(name).map_err(|_| {
        // A zone name is not a health value.
        tracing::warn!(zone = name, "time zone not in the system database");
        ValidationError::NotAChoice { field: Field::TimeZone }
    })
}
