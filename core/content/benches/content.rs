//! Benchmarks of the content crate (targets from issue 5; figures in docs/perf.md):
//! - `content/food_search_5000/<query>`: one search over 5,000 foods named in all six
//!   scripts, with Latin transliterations (target: median under 1 ms);
//! - `content/food_index_5000`: building that index once (no target; paid at pack load);
//! - `content/rank_lessons_5000`: ranking 5,000 lessons for one person with assignments and
//!   progress (target: under 5 ms).
//!
//! The synthetic catalogues are made from the real shapes of the test fixture: each food
//! is one of its foods with a modifier and a variety added to every name, in each script.

use std::hint::black_box;

use chrono::{FixedOffset, NaiveDate, TimeZone};
use criterion::Criterion;

use saathi_content::assignment::{AssignedItem, Assignment, AssignmentId, Progress, ProgressState};
use saathi_content::codes::{Audience, Topic};
use saathi_content::tailoring::DietRule;
use saathi_content::{Catalogue, FoodIndex, Locale, Profile, rank_lessons};
use saathi_domain::person::{Condition, PersonId};
use saathi_domain::time::Taken;

const FIXTURE: &[u8] = include_bytes!("../tests/fixtures/catalogue.json");

/// Words that vary a dish, per locale (en-GB, ur, pa, bn, gu, hi) and in Latin letters.
const MODIFIERS: [[&str; 7]; 12] = [
    ["home-made", "گھر کی", "ਘਰ ਦੀ", "ঘরে তৈরি", "ઘરની", "घर की", "ghar ki"],
    ["village", "گاؤں کی", "ਪਿੰਡ ਦੀ", "গ্রামের", "ગામની", "गाँव की", "gaon ki"],
    ["spicy", "مصالحے دار", "ਮਸਾਲੇਦਾਰ", "ঝাল", "તીખી", "मसालेदार", "masaledar"],
    ["sweet", "میٹھی", "ਮਿੱਠੀ", "মিষ্টি", "મીઠી", "मीठी", "meethi"],
    ["with ghee", "گھی والی", "ਘਿਓ ਵਾਲੀ", "ঘি দিয়ে", "ઘીવાળી", "घी वाली", "ghee wali"],
    ["small", "چھوٹی", "ਛੋਟੀ", "ছোট", "નાની", "छोटी", "chhoti"],
    ["large", "بڑی", "ਵੱਡੀ", "বড়", "મોટી", "बड़ी", "badi"],
    ["fried", "تلی ہوئی", "ਤਲੀ ਹੋਈ", "ভাজা", "તળેલી", "तली हुई", "tali hui"],
    ["baked", "بیک کی ہوئی", "ਬੇਕ ਕੀਤੀ", "বেক করা", "બેક કરેલી", "बेक की हुई", "baked"],
    ["festival", "تہوار کی", "ਤਿਉਹਾਰ ਦੀ", "উৎসবের", "તહેવારની", "त्योहार की", "tyohar ki"],
    ["wedding", "شادی کی", "ਵਿਆਹ ਦੀ", "বিয়ের", "લગ્નની", "शादी की", "shadi ki"],
    ["street", "بازار کی", "ਬਾਜ਼ਾਰ ਦੀ", "রাস্তার", "બજારની", "बाज़ार की", "bazaar ki"],
];

/// Regional varieties, by number in each script's digits, to keep 5,000 names distinct.
fn variety(i: usize, locale: usize) -> String {
    let digits: [&[char; 10]; 7] = [
        &['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
        &['۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹'],
        &['੦', '੧', '੨', '੩', '੪', '੫', '੬', '੭', '੮', '੯'],
        &['০', '১', '২', '৩', '৪', '৫', '৬', '৭', '৮', '৯'],
        &['૦', '૧', '૨', '૩', '૪', '૫', '૬', '૭', '૮', '૯'],
        &['०', '१', '२', '३', '४', '५', '६', '७', '८', '९'],
        &['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    ];
    i.to_string().chars().map(|c| digits[locale][c.to_digit(10).unwrap_or(0) as usize]).collect()
}

fn foods_5000() -> Catalogue {
    let base = Catalogue::from_json(FIXTURE).expect("fixture parses");
    let mut c = base.clone();
    c.foods.clear();
    for i in 0..5000 {
        let mut f = base.foods[i % base.foods.len()].clone();
        let m = &MODIFIERS[(i / base.foods.len()) % MODIFIERS.len()];
        let v = i / (base.foods.len() * MODIFIERS.len());
        f.id = format!("{}-{i}", f.id);
        for (l, names) in f.names.iter_mut() {
            let k = Locale::TEXT.iter().position(|t| t == l).unwrap_or(0);
            for name in names.iter_mut() {
                *name = format!("{} {name} {}", m[k], variety(v, k));
            }
        }
        for t in f.transliterations.iter_mut() {
            *t = format!("{} {t} {v}", m[6]);
        }
        f.swaps.clear();
        c.foods.push(f);
    }
    c
}

fn search(c: &mut Criterion) {
    let catalogue = foods_5000();
    let mut build = c.benchmark_group("content");
    build.sample_size(10);
    build.bench_function("food_index_5000", |b| b.iter(|| black_box(FoodIndex::new(&catalogue))));
    build.finish();
    let index = FoodIndex::new(&catalogue);
    let mut group = c.benchmark_group("content/food_search_5000");
    for (label, query) in [
        ("latin_exact_word", "roti"),
        ("latin_prefix", "chap"),
        ("latin_variant", "chapatti"),
        ("latin_two_words", "ghar ki chai"),
        ("urdu", "روٹی"),
        ("hindi", "रोटी"),
        ("gurmukhi", "ਚਾਹ"),
        ("bengali", "রুটি"),
        ("gujarati", "રોટલી"),
        ("one_letter", "c"),
    ] {
        assert!(!index.search(query, 20).is_empty(), "{query} finds something");
        group.bench_function(label, |b| b.iter(|| black_box(index.search(black_box(query), 20))));
    }
    group.finish();
}

fn lessons_5000() -> Catalogue {
    let base = Catalogue::from_json(FIXTURE).expect("fixture parses");
    let mut c = base.clone();
    c.lessons.clear();
    let topics = Topic::ALL;
    for i in 0..5000 {
        let mut l = base.lessons[i % base.lessons.len()].clone();
        l.id = format!("{}-{i}", l.id);
        l.topic = topics[i % topics.len()];
        l.conditions = match i % 4 {
            0 => vec![],
            1 => vec![Condition::Type2Diabetes],
            2 => vec![Condition::HighBloodPressure],
            _ => vec![Condition::HeartDisease],
        };
        l.unsuitable_for = if i % 97 == 0 { vec![Condition::HighBloodPressure] } else { vec![] };
        l.reading_level = (i % 3) as u8 + 1;
        l.audience = if i % 10 == 0 { Audience::Helper } else { Audience::Patient };
        c.lessons.push(l);
    }
    c
}

fn person(c: &Catalogue) -> Profile {
    let bst = FixedOffset::east_opt(3600).expect("offset");
    let at = Taken::new(bst.with_ymd_and_hms(2026, 6, 1, 10, 0, 0).single().expect("time"));
    let assignments = (0..20)
        .map(|i| Assignment {
            id: AssignmentId(i),
            patient: PersonId(1),
            by: PersonId(9),
            item: AssignedItem::Lesson(c.lessons[(i * 37) as usize].id.clone()),
            note: None,
            due: NaiveDate::from_ymd_opt(2026, 6, 5 + i as u32),
            at,
        })
        .collect();
    let progress = (0..200)
        .map(|i| Progress {
            item: AssignedItem::Lesson(c.lessons[i * 23].id.clone()),
            state: ProgressState::Completed,
        })
        .collect();
    Profile {
        conditions: vec![Condition::Type2Diabetes, Condition::HighBloodPressure],
        text_languages: vec![Locale::Bn, Locale::EnGb],
        audio_languages: vec![Locale::Syl, Locale::Bn],
        diet: vec![DietRule::Halal],
        interests: vec![Topic::Food, Topic::Fasting],
        fasts: true,
        audience: Audience::Patient,
        assignments,
        progress,
    }
}

fn ranking(c: &mut Criterion) {
    let catalogue = lessons_5000();
    let profile = person(&catalogue);
    let today = NaiveDate::from_ymd_opt(2026, 6, 15).expect("date");
    assert!(rank_lessons(&catalogue, &profile, today).len() > 3000);
    c.bench_function("content/rank_lessons_5000", |b| {
        b.iter(|| black_box(rank_lessons(&catalogue, black_box(&profile), today)))
    });
}

criterion::criterion_group!(benches, search, ranking);
criterion::criterion_main!(benches);
