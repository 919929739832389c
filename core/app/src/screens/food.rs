//! The food guide: foods a dietitian asked the person to try (and swaps), and search results
//! in any script, each with its household portion, carbohydrate, traffic lights in words and
//! the swaps the person's diet allows.

use saathi_content::Locale;
use saathi_content::assignment::AssignedItem;
use saathi_content::tailoring::{DietRule, swaps_within};
use saathi_content::traffic_lights::{Light, traffic_lights};
use saathi_domain::access::Action;
use saathi_domain::message::Message;
use saathi_domain::person::PersonId;

use super::lessons::from_message;
use super::{Detail, Element, Icon, Screen, ScreenKind, Section, Severity, Words};
use crate::content::{Content, reading_locales};
use crate::{Result, Session};

/// How many results a search shows.
const RESULTS: usize = 8;

fn light_term(l: Light) -> String {
    format!("screen-light-{}", l.code())
}

/// A food as two elements: its portion and carbohydrate, and its lights with any swaps.
fn food_elements(
    content: &Content,
    id: &str,
    diet: &[DietRule],
    prefer: &[Locale],
    words: &Words,
) -> Vec<Element> {
    let Some(food) = content.catalogue.food(id) else { return Vec::new() };
    let name = content.food_name(id, prefer).unwrap_or(id).to_string();
    let lights = traffic_lights(food);
    let head = Message::new("screen-food")
        .text("food", name)
        .text("portion", content.portion_text(id, prefer).unwrap_or_default().to_string())
        .decimal("carbs", food.per_portion.carbohydrate_g, 0);
    let worst =
        [lights.sugars, lights.fat, lights.saturates, lights.salt].into_iter().max_by_key(|l| *l as u8);
    let lights_m = Message::new("screen-food-lights")
        .term("sugars", light_term(lights.sugars))
        .term("fat", light_term(lights.fat))
        .term("saturates", light_term(lights.saturates))
        .term("salt", light_term(lights.salt));
    let severity = match worst {
        Some(Light::Red) => Severity::Caution,
        Some(Light::Amber) => Severity::Info,
        _ => Severity::Good,
    };
    let mut out = vec![
        words.element(format!("food-{id}"), &head).icon(Icon::Food).essential(),
        words.element(format!("lights-{id}"), &lights_m).severity(severity).detail(Detail::FoodLights {
            food: id.to_string(),
            sugars: lights.sugars.code().into(),
            fat: lights.fat.code().into(),
            saturates: lights.saturates.code().into(),
            salt: lights.salt.code().into(),
        }),
    ];
    // Estimated figures, or ones no dietitian has checked, say so beside the lights.
    if content.is_estimate(food) {
        let m = Message::new("screen-food-estimate");
        out.push(words.element(format!("estimate-{id}"), &m).severity(Severity::Info).icon(Icon::Food));
    }
    for swap in swaps_within(&content.catalogue, food, diet) {
        if let Some(to) = content.food_name(&swap.to, prefer) {
            let m = Message::new("screen-food-swap").text("food", to.to_string());
            out.push(words.element(format!("swap-{id}-{}", swap.to), &m).icon(Icon::Check));
        }
    }
    out
}

impl Session {
    /// The food guide for `patient`: what was assigned to try (if this person may see
    /// their lessons and foods), then results for `query`, or a hint to search.
    pub fn food_screen(&self, patient: PersonId, query: Option<&str>, words: &Words) -> Result<Screen> {
        let content = self.inner.content.current()?;
        let mut prefer: Vec<Locale> = Locale::from_bcp47(words.l10n.locale()).into_iter().collect();
        let may_see = self.allowed(patient, Action::ViewLessons)?.is_allow();
        let diet = self.diet(patient)?;
        let title = words.element("title", &Message::new("screen-food-title")).essential().icon(Icon::Food);
        let mut sections = Vec::new();
        if may_see {
            prefer.extend(reading_locales(self.languages(patient).ok().flatten().as_ref()));
            let assignments = self.assignments(patient)?;
            let mut to_try = Vec::new();
            for a in &assignments {
                let from = from_message(&a.by_name, a.assignment.note.as_deref());
                let name = |id: &str| content.food_name(id, &prefer).unwrap_or(id).to_string();
                let m = match &a.assignment.item {
                    AssignedItem::Food(id) => {
                        Message::new("screen-food-try").text("food", name(id)).message("from", from)
                    }
                    AssignedItem::Swap { from: f, to } => Message::new("screen-food-swap-try")
                        .text("food", name(f))
                        .text("to", name(to))
                        .message("from", from),
                    AssignedItem::Lesson(_) => continue,
                };
                to_try.push(
                    words.element(format!("try-{}", a.assignment.id.0), &m).icon(Icon::Food).essential(),
                );
            }
            if !to_try.is_empty() {
                sections.push(Section {
                    id: "to-try",
                    heading: Some(words.element("to-try-heading", &Message::new("screen-food-to-try"))),
                    elements: to_try,
                });
            }
        }
        let results = match query.map(str::trim).filter(|q| !q.is_empty()) {
            None => vec![words.element("hint", &Message::new("screen-food-hint"))],
            Some(q) => {
                let hits = self.search_foods(q, RESULTS)?;
                let found: Vec<Element> = hits
                    .iter()
                    .flat_map(|h| food_elements(&content, &h.food, &diet, &prefer, words))
                    .collect();
                if found.is_empty() {
                    vec![words.element("none", &Message::new("screen-food-none"))]
                } else {
                    found
                }
            }
        };
        sections.push(Section {
            id: "results",
            heading: Some(words.element("results-heading", &Message::new("screen-food-results"))),
            elements: results,
        });
        Ok(Screen::new(ScreenKind::Food, Some(patient), words, title, sections))
    }
}
