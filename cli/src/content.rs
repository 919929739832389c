//! `saathi pack|lessons|food|assign`: content packs for publishers and devices, the lesson
//! list and player, the food guide, and dietitians' assignments.

use std::path::Path;

use chrono::{NaiveDate, Utc};
use serde_json::json;

use saathi_content::assignment::{AssignedItem, Progress, ProgressState};
use saathi_content::tailoring::swaps_within;
use saathi_content::traffic_lights::{Light, traffic_lights};
use saathi_content::{Catalogue, Locale};
use saathi_core::content::reading_locales;
use saathi_core::{InstallOutcome, PackChange};
use saathi_domain::message::Message;
use saathi_packs::{Manifest, PackInfo, SigningKey, TrustedKeys};

use crate::args::{AssignCommand, AssignOptions, FoodCommand, LessonCommand, PackCommand};
use crate::context::Ctx;
use crate::output::{CliError, Out};

fn packs_error(e: saathi_packs::Error) -> CliError {
    tracing::warn!(error = %e, "content pack");
    CliError::Core(saathi_core::Error::PackRefused { code: e.code() })
}

fn usage(key: &str, path: &Path) -> CliError {
    CliError::Usage(Message::new(key.to_string()).text("path", path.display().to_string()))
}

/// "Signed ID VERSION: N files." (or its JSON), after `pack build` and `pack sign`.
fn print_signed(out: &Out, manifest: &Manifest) {
    let said = out.say(
        &Message::new("cli-pack-built")
            .text("id", manifest.id.clone())
            .text("version", manifest.version.to_string())
            .int("files", manifest.files.len() as i64),
    );
    out.print(
        &json!({ "id": manifest.id, "version": manifest.version, "files": manifest.files.len() }),
        || vec![said.clone()],
    );
}

pub fn pack(ctx: &Ctx<'_>, command: &PackCommand) -> Result<(), CliError> {
    let out = ctx.out;
    match command {
        PackCommand::Build { dir, id, version, title, publisher, languages, key } => {
            let catalogue = std::fs::read(dir.join("catalogue.json"))
                .map_err(|_| usage("cli-error-read-file", &dir.join("catalogue.json")))?;
            match Catalogue::from_json(&catalogue) {
                Err(e) => {
                    // For the publisher: each problem names the item, field and rule.
                    tracing::error!(error = %e, "the catalogue is not valid");
                    return Err(CliError::Usage(Message::new("cli-error-catalogue")));
                }
                Ok(c) => {
                    // A signed pack whose catalogue names a file it lacks would be refused
                    // by every phone: never sign one.
                    let missing: Vec<String> = c
                        .media_files()
                        .into_iter()
                        .filter(|f| !dir.join(f).is_file())
                        .map(String::from)
                        .collect();
                    if !missing.is_empty() {
                        tracing::error!(files = ?missing, "the catalogue names media files the pack lacks");
                        return Err(CliError::Usage(Message::new("cli-error-catalogue")));
                    }
                }
            }
            let key = SigningKey::read(key).map_err(|_| usage("cli-error-key-file", key))?;
            let version =
                version.parse().map_err(|_| CliError::Usage(Message::new("cli-error-pack-version")))?;
            let info = PackInfo {
                id: id.clone(),
                version,
                title: title.clone(),
                publisher: publisher.clone().unwrap_or_else(|| title.clone()),
                languages: languages
                    .split(',')
                    .map(|l| l.trim().to_string())
                    .filter(|l| !l.is_empty())
                    .collect(),
                created: Utc::now(),
            };
            let manifest = saathi_packs::pack(dir, info, &key).map_err(packs_error)?;
            print_signed(out, &manifest);
        }
        PackCommand::Sign { dir, key } => {
            // Signs the manifest.json already in DIR (made by `build` or another tool), as
            // after moving to a new publisher key; the files are checked against it after.
            let bytes = std::fs::read(dir.join(saathi_packs::MANIFEST_FILE))
                .map_err(|_| usage("cli-error-read-file", &dir.join(saathi_packs::MANIFEST_FILE)))?;
            let manifest = Manifest::parse(&bytes).map_err(packs_error)?;
            let key = SigningKey::read(key).map_err(|_| usage("cli-error-key-file", key))?;
            saathi_packs::sign(dir, &manifest, &key).map_err(packs_error)?;
            let trusted = saathi_packs::TrustedKeys::new().with(key.public_key());
            saathi_packs::verify_dir(dir, &trusted).map_err(packs_error)?;
            print_signed(out, &manifest);
        }
        PackCommand::Verify { path } => {
            let mut keys = ctx.trusted.clone();
            if keys.is_empty() {
                // No key named: check the pack against the key it names, and say which.
                let bytes = std::fs::read(path.join(saathi_packs::MANIFEST_FILE))
                    .map_err(|_| usage("cli-error-read-file", path))?;
                keys.push(Manifest::parse(&bytes).map_err(packs_error)?.publisher.key);
            }
            let trusted = keys.into_iter().fold(TrustedKeys::new(), TrustedKeys::with);
            let pack = saathi_packs::verify_dir(path, &trusted).map_err(packs_error)?;
            let said = out.say(
                &Message::new("cli-pack-verified")
                    .text("id", pack.manifest.id.clone())
                    .text("version", pack.manifest.version.to_string())
                    .text("key", pack.manifest.publisher.key.to_string()),
            );
            out.print(
                &json!({ "id": pack.manifest.id, "version": pack.manifest.version, "key": pack.manifest.publisher.key.to_string(), "bytes": pack.bytes }),
                || vec![said.clone()],
            );
        }
        PackCommand::Install { path } => {
            let outcome = ctx.saathi.install_pack(path)?;
            installed(out, &outcome);
        }
        PackCommand::Archive { dir, out: file } => {
            saathi_packs::write_archive(dir, file).map_err(packs_error)?;
            let said = out.say(&Message::new("cli-pack-archived").text("path", file.display().to_string()));
            out.print(&json!({ "path": file }), || vec![said.clone()]);
        }
        PackCommand::Keygen { out: prefix } => {
            let secret = prefix.with_extension("signing-key");
            let public = prefix.with_extension("publisher-key");
            let key = SigningKey::generate().map_err(packs_error)?;
            key.write(&secret).map_err(packs_error)?;
            std::fs::write(&public, key.public_key().to_key_file())
                .map_err(|_| usage("cli-error-write-file", &public))?;
            let said = out.say(
                &Message::new("cli-pack-keygen")
                    .text("secret", secret.display().to_string())
                    .text("public", public.display().to_string())
                    .text("key", key.public_key().to_string()),
            );
            out.print(
                &json!({ "key": key.public_key().to_string(), "secret": secret, "public": public }),
                || vec![said.clone()],
            );
        }
        PackCommand::List => {
            let packs = ctx.saathi.packs()?;
            let rows: Vec<Vec<String>> = packs
                .iter()
                .map(|p| {
                    vec![p.id.clone(), p.version.to_string(), p.title.clone(), p.dir.display().to_string()]
                })
                .collect();
            let list: Vec<_> = packs
                .iter()
                .map(|p| json!({ "id": p.id, "version": p.version, "title": p.title, "dir": p.dir, "bytes": p.bytes }))
                .collect();
            out.print(&list, || {
                if rows.is_empty() { vec![out.say(&Message::new("cli-pack-none"))] } else { out.table(&rows) }
            });
        }
    }
    Ok(())
}

/// One line on what an install did.
pub fn installed(out: &Out, outcome: &InstallOutcome) {
    let p = &outcome.pack;
    let m = match &outcome.change {
        PackChange::Added => Message::new("cli-pack-installed"),
        PackChange::Upgraded { from } => Message::new("cli-pack-upgraded").text("from", from.to_string()),
        PackChange::AlreadyInstalled => Message::new("cli-pack-already"),
    };
    let said = out.say(&m.text("id", p.id.clone()).text("version", p.version.to_string()));
    out.print(&json!({ "id": p.id, "version": p.version, "dir": p.dir }), || vec![said.clone()]);
}

fn language_name(l: Option<Locale>) -> String {
    l.and_then(|l| saathi_l10n::locales::find(l.code())).map(|i| i.autonym.to_string()).unwrap_or_default()
}

fn progress_words(out: &Out, state: Option<ProgressState>) -> String {
    out.say(&match state {
        None => Message::new("cli-progress-none"),
        Some(ProgressState::Started) => Message::new("cli-progress-started"),
        Some(ProgressState::Heard { percent }) => {
            Message::new("cli-progress-heard").int("percent", percent.into())
        }
        Some(ProgressState::Completed) => Message::new("cli-progress-completed"),
    })
}

pub fn lessons(ctx: &Ctx<'_>, command: Option<&LessonCommand>) -> Result<(), CliError> {
    let (session, patient) = ctx.session()?;
    let out = ctx.out;
    match command {
        None => {
            let content = ctx.saathi.content()?;
            let lessons = session.lessons(patient.id)?;
            let assignments = session.assignments(patient.id)?;
            let media: Vec<_> =
                lessons.iter().map(|l| session.lesson_media(patient.id, &l.id)).collect::<Result<_, _>>()?;
            let mut rows = vec![vec![
                out.text("cli-col-lesson"),
                out.text("cli-col-minutes"),
                out.text("cli-col-language"),
                out.text("cli-col-progress"),
                out.text("cli-col-from"),
                out.text("cli-col-audio"),
            ]];
            for (l, m) in lessons.iter().zip(&media) {
                // "Shown / heard in": the lesson's own languages, not the screen's.
                let from = assignments
                    .iter()
                    .find(|a| a.assignment.item == AssignedItem::Lesson(l.id.clone()))
                    .map(|a| {
                        let m = match &a.assignment.note {
                            Some(note) => Message::new("cli-lesson-from").text("note", note.clone()),
                            None => Message::new("cli-lesson-from-no-note"),
                        };
                        out.say(&m.text("name", a.by_name.clone()))
                    })
                    .unwrap_or_default();
                let title = content.lesson_title(&l.id, l.text).unwrap_or(&l.id);
                rows.push(vec![
                    format!("{} ({})", title, l.id),
                    m.duration_ms.map(|ms| ms.div_ceil(60_000).to_string()).unwrap_or_default(),
                    format!("{} / {}", language_name(l.text), language_name(l.audio)),
                    progress_words(out, m.progress),
                    from,
                    m.audio.as_ref().map(|p| p.display().to_string()).unwrap_or_default(),
                ]);
            }
            let value: Vec<_> =
                lessons.iter().zip(&media).map(|(l, m)| json!({ "lesson": l, "media": m })).collect();
            out.print(&json!({ "lessons": value, "assignments": assignments }), || out.table(&rows));
        }
        Some(LessonCommand::Play { id }) => {
            let media = session.lesson_media(patient.id, id)?;
            if media.progress.is_none() {
                let started =
                    Progress { item: AssignedItem::Lesson(id.clone()), state: ProgressState::Started };
                session.set_progress(patient.id, started)?;
            }
            let media = session.lesson_media(patient.id, id)?;
            let path = |key: &str, p: &Option<std::path::PathBuf>| {
                p.as_ref()
                    .map(|p| out.say(&Message::new(key.to_string()).text("path", p.display().to_string())))
            };
            let mut lines = vec![media.title.clone().unwrap_or_else(|| id.clone())];
            lines.extend(path("cli-lesson-audio", &media.audio));
            lines.extend(path("cli-lesson-video", &media.video));
            lines.extend(path("cli-lesson-captions", &media.captions));
            if let Some(ms) = media.duration_ms {
                let seconds = ms.div_ceil(1000);
                lines.push(
                    out.say(
                        &Message::new("cli-lesson-length")
                            .int("minutes", (seconds / 60) as i64)
                            .int("seconds", (seconds % 60) as i64),
                    ),
                );
            }
            lines.push(progress_words(out, media.progress));
            if let Some(words) = media.text.as_ref().or(media.transcript.as_ref()) {
                lines.push(String::new());
                lines.push(words.clone());
            }
            out.print(&media, || lines.clone());
        }
        Some(LessonCommand::Heard { id, percent }) => {
            let state = ProgressState::Heard { percent: *percent };
            session.set_progress(patient.id, Progress { item: AssignedItem::Lesson(id.clone()), state })?;
            let said = progress_words(out, Some(state));
            out.print(&json!({ "lesson": id, "state": state }), || vec![said.clone()]);
        }
        Some(LessonCommand::Done { id }) => {
            let state = ProgressState::Completed;
            session.set_progress(patient.id, Progress { item: AssignedItem::Lesson(id.clone()), state })?;
            let said = progress_words(out, Some(state));
            out.print(&json!({ "lesson": id, "state": state }), || vec![said.clone()]);
        }
    }
    Ok(())
}

fn light_words(out: &Out, grams: f64, light: Light) -> String {
    out.say(&Message::new(format!("cli-light-{}", light.code())).decimal("grams", grams, 1))
}

pub fn food(ctx: &Ctx<'_>, command: &FoodCommand) -> Result<(), CliError> {
    let (session, patient) = ctx.session()?;
    let out = ctx.out;
    let content = ctx.saathi.content()?;
    // The language on screen first (--lang, or the person's own), then the patient's.
    let mut prefer: Vec<Locale> = out.with_l10n(|l| Locale::from_bcp47(l.locale())).into_iter().collect();
    prefer.extend(reading_locales(session.languages(patient.id).ok().flatten().as_ref()));
    let diet = session.diet(patient.id)?;
    let (ids, value) = match command {
        FoodCommand::Search { text, limit } => {
            let hits = session.search_foods(text, *limit)?;
            (hits.iter().map(|h| h.food.clone()).collect::<Vec<_>>(), json!(hits))
        }
        FoodCommand::List { limit } => {
            let mut foods = session.foods(patient.id)?;
            foods.truncate(*limit);
            (foods.iter().map(|f| f.id.clone()).collect(), json!(foods))
        }
    };
    let mut rows = vec![vec![
        out.text("cli-col-food-name"),
        out.text("cli-col-portion"),
        out.text("cli-col-carbs"),
        out.text("cli-col-sugars"),
        out.text("cli-col-fat"),
        out.text("cli-col-salt"),
        out.text("cli-col-swaps"),
    ]];
    for id in &ids {
        let Some(food) = content.catalogue.food(id) else { continue };
        let lights = traffic_lights(food);
        let n = &food.per_portion;
        let swaps: Vec<&str> = swaps_within(&content.catalogue, food, &diet)
            .filter_map(|s| content.food_name(&s.to, &prefer))
            .collect();
        rows.push(vec![
            content.food_name(id, &prefer).unwrap_or(id).to_string(),
            content.portion_text(id, &prefer).unwrap_or_default().to_string(),
            out.say(&Message::new("cli-grams").decimal("grams", n.carbohydrate_g, 0)),
            light_words(out, n.sugars_g, lights.sugars),
            light_words(out, n.fat_g, lights.fat),
            light_words(out, n.salt_g, lights.salt),
            swaps.join(", "),
        ]);
    }
    // Estimated or unchecked figures are never shown as fact.
    let estimates = ids.iter().any(|id| content.catalogue.food(id).is_some_and(|f| content.is_estimate(f)));
    out.print(&value, || {
        if ids.is_empty() {
            return vec![out.say(&Message::new("cli-food-none"))];
        }
        let mut lines = out.table(&rows);
        if estimates {
            lines.push(out.say(&Message::new("screen-food-estimate")));
        }
        lines
    });
    Ok(())
}

pub fn assign(ctx: &Ctx<'_>, command: &AssignCommand) -> Result<(), CliError> {
    let (session, patient) = ctx.session()?;
    let out = ctx.out;
    let (item, options): (AssignedItem, &AssignOptions) = match command {
        AssignCommand::Lesson { id, options } => (AssignedItem::Lesson(id.clone()), options),
        AssignCommand::Food { id, options } => (AssignedItem::Food(id.clone()), options),
        AssignCommand::Swap { from, to, options } => {
            (AssignedItem::Swap { from: from.clone(), to: to.clone() }, options)
        }
    };
    let due = options
        .due
        .as_deref()
        .map(|d| {
            NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d")
                .map_err(|_| CliError::Usage(Message::new("cli-error-date-format")))
        })
        .transpose()?;
    let id = session.assign(patient.id, item, options.note.clone(), due)?;
    let said = out.say(&Message::new("cli-assigned").text("name", patient.name.clone()));
    out.print(&json!({ "assignment": id }), || vec![said.clone()]);
    Ok(())
}
