//! Settings: the languages Saathi shows and speaks, units, text size, reminders and the PIN,
//! each with the action that changes it. A helper sees only what they may change.

use saathi_domain::access::Action;
use saathi_domain::message::Message;
use saathi_domain::person::PersonId;
use saathi_domain::units::{GlucoseUnit, Hba1cUnit, WeightUnit};

use super::{ActionStyle, Command, Icon, Screen, ScreenKind, Section, Setting, Words};
use crate::{Result, Session};

impl Session {
    pub fn settings_screen(&self, patient: PersonId, words: &Words) -> Result<Screen> {
        let person = self.person_in_view(patient)?;
        let own = patient == self.actor.id;
        let change = |setting| {
            words.action(
                &Message::new("screen-change"),
                ActionStyle::Secondary,
                Command::ChangeSetting { setting },
            )
        };
        let mut elements = Vec::new();

        let languages = self.languages(patient)?;
        let names = |codes: &[String]| {
            let sep = words.text(&Message::new("list-separator"));
            // Languages go by their own names, as in every language picker.
            let autonym = |c: &String| {
                saathi_l10n::locales::find(c).map_or_else(|| c.clone(), |l| l.autonym.to_string())
            };
            codes.iter().map(autonym).collect::<Vec<_>>().join(&sep)
        };
        let (text, audio) = match &languages {
            Some(l) => (names(&l.text), names(&l.audio)),
            None => (
                saathi_l10n::locales::find(words.l10n.locale())
                    .map_or_else(String::new, |l| l.autonym.to_string()),
                words.text(&Message::new("screen-settings-same-as-text")),
            ),
        };
        let mut lang = words
            .element(
                "languages",
                &Message::new("screen-settings-languages").text("text", text).text("audio", audio),
            )
            .essential()
            .icon(Icon::Language);
        // A helper who logs for a parent may set their languages too (`set_languages`):
        // often it is the helper who sets up the phone.
        if own || self.allowed(patient, Action::LogReadings)?.is_allow() {
            lang = lang.action(change(Setting::Languages));
        }
        elements.push(lang);

        let units = person.units;
        let unit_name = |code: &str| words.text(&Message::new(saathi_domain::wording::unit_key(code)));
        let weight = match units.weight {
            WeightUnit::Kg => unit_name("kg"),
            WeightUnit::StonesPounds => words.text(&Message::new("screen-settings-stones-pounds")),
        };
        let m = Message::new("screen-settings-units")
            .text(
                "glucose",
                unit_name(match units.glucose {
                    GlucoseUnit::MmolPerL => "mmol/L",
                    GlucoseUnit::MgPerDl => "mg/dL",
                }),
            )
            .text(
                "hba1c",
                unit_name(match units.hba1c {
                    Hba1cUnit::MmolPerMol => "mmol/mol",
                    Hba1cUnit::Percent => "%",
                }),
            )
            .text("weight", weight);
        let mut u = words.element("units", &m).icon(Icon::Units);
        if self.allowed(patient, Action::LogReadings)?.is_allow() {
            u = u.action(change(Setting::Units));
        }
        elements.push(u);

        if own {
            let size = self.content_profile(patient)?.text_size;
            let m =
                Message::new("screen-settings-text-size").term("size", format!("text-size-{}", size.code()));
            elements
                .push(words.element("text-size", &m).icon(Icon::TextSize).action(change(Setting::TextSize)));
        }
        // Reminder times are medicines' business (`add_reminder`, `pause_reminder`); whether
        // helpers are told, and when, is the patient's own choice (`set_reminder_settings`,
        // with sharing): two settings, so nobody is offered one they cannot change.
        if self.allowed(patient, Action::ManageMedicines)?.is_allow() {
            elements.push(
                words
                    .element("reminders", &Message::new("screen-settings-reminders"))
                    .icon(Icon::Reminder)
                    .action(change(Setting::Reminders)),
            );
        }
        if self.allowed(patient, Action::ManageSharing)?.is_allow() {
            let alerts = self.reminder_settings(patient)?;
            let on = alerts.missed_dose_alert_minutes.is_some() || alerts.escalation_minutes.is_some();
            let key = if on { "screen-settings-alerts-on" } else { "screen-settings-alerts-off" };
            elements.push(
                words
                    .element("alerts", &Message::new(key))
                    .icon(Icon::Helper)
                    .action(change(Setting::Alerts)),
            );
        }
        if own {
            elements.push(
                words
                    .element("pin", &Message::new("screen-settings-pin"))
                    .icon(Icon::Lock)
                    .action(change(Setting::Pin)),
            );
        }
        let title =
            words.element("title", &Message::new("screen-settings-title")).essential().icon(Icon::Settings);
        Ok(Screen::new(
            ScreenKind::Settings,
            Some(patient),
            words,
            title,
            vec![Section { id: "settings", heading: None, elements }],
        ))
    }
}
