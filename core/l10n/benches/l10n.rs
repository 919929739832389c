//! Benchmarks of the words layer (targets in docs/perf.md):
//! - `l10n/load_all_locales`: parsing every locale's Fluent files into bundles (what the
//!   first screen of a cold start pays).
//! - `l10n/screen_30_messages/<locale>`: formatting a screen's worth of messages (30, with
//!   numbers, plurals, nested readings), shown and spoken.

use std::hint::black_box;

use criterion::Criterion;

use saathi_domain::message::Message;
use saathi_l10n::{LOCALES, LanguagePrefs, Library, Localizer, NoClips};

fn screen() -> Vec<Message> {
    let mut out = Vec::new();
    for i in 0..6 {
        let glucose = Message::new("reading-glucose")
            .decimal("value", 5.0 + f64::from(i) * 0.7, 1)
            .term("unit", "unit-mmol-per-l");
        out.push(
            Message::new("reading-with-context")
                .message("reading", glucose)
                .term("context", "context-before-meal"),
        );
        out.push(Message::new("reading-bp").int("systolic", 130 + i64::from(i)).int("diastolic", 84));
        out.push(Message::new("summary-streak").int("days", i64::from(i) + 1));
        out.push(Message::new("summary-glucose-in-range").int("percent", 90).int("days", 7));
        out.push(Message::new("advice-glucose-in-range"));
    }
    out
}

fn load(c: &mut Criterion) {
    c.bench_function("l10n/load_all_locales", |b| {
        b.iter(|| black_box(Library::load().expect("locales load")))
    });
}

fn format(c: &mut Criterion) {
    let messages = screen();
    assert_eq!(messages.len(), 30);
    let mut group = c.benchmark_group("l10n/screen_30_messages");
    for locale in LOCALES.iter().filter(|l| l.has_text()) {
        let l =
            Localizer::with_prefs(&LanguagePrefs::single(locale.code), &[locale.code]).expect("localizer");
        group.bench_function(format!("{}/show", locale.code), |b| {
            b.iter(|| messages.iter().map(|m| l.message(m).len()).sum::<usize>())
        });
        group.bench_function(format!("{}/show_and_speak", locale.code), |b| {
            b.iter(|| {
                messages
                    .iter()
                    .map(|m| l.message(m).len() + l.utterance(m, &NoClips).text.len())
                    .sum::<usize>()
            })
        });
    }
    group.finish();
}

criterion::criterion_group!(benches, load, format);
criterion::criterion_main!(benches);
