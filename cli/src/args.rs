//! The command line, as clap types. Global options come before the subcommand:
//! `saathi --db x.db --as Rashid log glucose 6.8 --context before-meal`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "saathi",
    version,
    about = "Saathi: track blood sugar, blood pressure, weight and medicines."
)]
#[command(subcommand_required = true)]
pub struct Cli {
    /// The database file (default: saathi.db in your data directory).
    #[arg(long, env = "SAATHI_DB")]
    pub db: Option<PathBuf>,
    /// Print results as JSON, for scripts.
    #[arg(long)]
    pub json: bool,
    /// The languages to read, most preferred first (en-GB, ur, pa, bn, gu, hi; qps-ploc
    /// for the pseudo-locale), e.g. "bn,en-GB".
    /// (default: the acting person's own languages, else en-GB).
    #[arg(long, env = "SAATHI_LANG")]
    pub lang: Option<String>,
    /// The languages to hear, most preferred first, e.g. "syl,bn" (default: as --lang).
    #[arg(long)]
    pub audio_lang: Option<String>,
    /// Languages this device can speak aloud, e.g. "en-GB,hi" (with --speak).
    #[arg(long)]
    pub voices: Option<String>,
    /// After the output, print what would be spoken for each message, and in which language.
    #[arg(long)]
    pub speak: bool,
    /// Read numbers digit by digit when speaking.
    #[arg(long)]
    pub digits: bool,
    /// Who is using Saathi (a name). Needed when more than one person is set up.
    #[arg(long = "as", value_name = "PERSON")]
    pub actor: Option<String>,
    /// Whose record to work on, when it is not your own (a name).
    #[arg(long = "for", value_name = "PERSON")]
    pub patient: Option<String>,
    /// Your PIN, if your profile has one (or set SAATHI_PIN).
    #[arg(long, env = "SAATHI_PIN", hide_env_values = true)]
    pub pin: Option<String>,
    /// A private session (needs your PIN): review and stop sharing without helpers seeing.
    #[arg(long)]
    pub private: bool,
    /// A publisher key file whose packs may be installed (repeatable).
    #[arg(long, value_name = "KEYFILE")]
    pub trust: Vec<PathBuf>,
    /// Trust the demo publisher key (its secret is public: for demos and tests only).
    #[arg(long)]
    pub trust_demo: bool,
    /// Pretend it is this time (RFC 3339): for reproducible runs.
    #[arg(long, hide = true, env = "SAATHI_NOW")]
    pub now: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a demo household with two years of readings, and show what Saathi does.
    Demo(DemoArgs),
    /// Show a screen of the app, as the phone would (the same view models).
    #[command(subcommand)]
    Screen(ScreenArg),
    /// The reminders that go off next (what the phone schedules as notifications), and
    /// what is due or missed now.
    Reminders {
        /// How far ahead to look, in hours.
        #[arg(long, default_value_t = 24)]
        hours: u32,
    },
    /// Log a reading.
    #[command(subcommand)]
    Log(Reading),
    /// Correct a reading: the old one is kept in its history.
    Correct {
        /// The reading's number, from `saathi readings`.
        record: i64,
        /// Why it is being corrected.
        #[arg(long)]
        reason: String,
        #[command(subcommand)]
        reading: Reading,
    },
    /// Delete a reading (it stays in its history).
    Delete {
        kind: KindArg,
        record: i64,
        #[arg(long)]
        reason: String,
    },
    /// Every version of one reading.
    History { kind: KindArg, record: i64 },
    /// Say you are dealing with a dangerous reading yourself: helpers are not told of it.
    DealingWith { kind: KindArg, record: i64 },
    /// List readings.
    Readings {
        /// From this date (YYYY-MM-DD), local time.
        #[arg(long)]
        since: Option<String>,
        /// Up to (not including) this date.
        #[arg(long)]
        until: Option<String>,
        /// Only this kind.
        #[arg(long)]
        kind: Option<KindArg>,
        /// At most this many, newest kept.
        #[arg(long)]
        limit: Option<usize>,
    },
    /// A summary of the last days.
    Summary {
        #[arg(long, default_value_t = 30, conflicts_with_all = ["from", "to"])]
        days: u32,
        /// Start date (YYYY-MM-DD) of any range, with --to.
        #[arg(long, requires = "to")]
        from: Option<String>,
        /// End date (not included).
        #[arg(long, requires = "from")]
        to: Option<String>,
    },
    /// People on this device.
    #[command(subcommand)]
    Person(PersonCommand),
    /// Targets: show them, or (clinicians) set one.
    #[command(subcommand)]
    Target(TargetCommand),
    /// NICE's home blood pressure check: two readings a minute apart, morning and evening.
    #[command(subcommand, name = "bp-check")]
    BpCheck(BpCheckCommand),
    /// Medicines and doses.
    #[command(subcommand)]
    Medicine(MedicineCommand),
    /// Import glucose readings from a CSV export (time,value[,unit[,context]]).
    Import {
        file: PathBuf,
        /// The unit of rows that do not name one.
        #[arg(long, default_value = "mmol/L")]
        unit: String,
        /// Where the readings came from.
        #[arg(long, value_enum, default_value_t = SourceArg::CgmImport)]
        source: SourceArg,
    },
    /// Who did what to your record; `--verify` checks nobody has changed that record.
    Audit {
        /// Check that the record of who did what has not been changed (exit 6 if it has).
        #[arg(long)]
        verify: bool,
    },
    /// Family helpers and clinicians: invite, accept, list, stop.
    #[command(subcommand)]
    Helper(HelperCommand),
    /// Content packs: build and sign (publishers), verify, archive, install.
    #[command(subcommand)]
    Pack(PackCommand),
    /// Lessons for you (or --for someone), assigned ones first; `lessons play ID`.
    Lessons {
        #[command(subcommand)]
        command: Option<LessonCommand>,
    },
    /// The food guide.
    #[command(subcommand)]
    Food(FoodCommand),
    /// Dietitians and clinicians: send a lesson, a food to try or a swap (--for a patient).
    #[command(subcommand)]
    Assign(AssignCommand),
}

#[derive(Debug, Subcommand)]
pub enum PackCommand {
    /// List every file of DIR in a signed manifest (manifest.json, manifest.sig). The
    /// catalogue is checked first, so a broken pack is never signed.
    Build {
        dir: PathBuf,
        #[arg(long)]
        id: String,
        #[arg(long)]
        version: String,
        #[arg(long)]
        title: String,
        /// The publisher's name (default: the title).
        #[arg(long)]
        publisher: Option<String>,
        /// The pack's languages, e.g. "en-GB,ur,pa,bn,gu,hi".
        #[arg(long, default_value = "en-GB,ur,pa,bn,gu,hi")]
        languages: String,
        /// The publisher's secret key file (NAME.signing-key).
        #[arg(long)]
        key: PathBuf,
    },
    /// Sign the manifest.json already in DIR with KEY (writes manifest.sig), then check
    /// every file against it.
    Sign {
        dir: PathBuf,
        /// The publisher's secret key file (NAME.signing-key).
        #[arg(long)]
        key: PathBuf,
    },
    /// Check a signed pack folder byte for byte (against --trust keys, else the key it names).
    Verify { path: PathBuf },
    /// Install a pack folder or archive (signed by a --trust key, or the demo key with --trust-demo).
    Install { path: PathBuf },
    /// Write a signed pack folder as the archive phones download.
    Archive { dir: PathBuf, out: PathBuf },
    /// Make a publisher key pair: OUT.signing-key (secret) and OUT.publisher-key.
    Keygen { out: PathBuf },
    /// The packs installed.
    List,
}

#[derive(Debug, Subcommand)]
pub enum LessonCommand {
    /// What the player needs: title, words, audio or video file, captions, length; notes
    /// that the lesson was started.
    Play { id: String },
    /// Notes how much of a lesson was heard (0-100 %).
    Heard { id: String, percent: u8 },
    /// Notes that a lesson was finished.
    Done { id: String },
}

#[derive(Debug, Subcommand)]
pub enum FoodCommand {
    /// Find foods by name, in any script: "roti", "روٹی", "ਰੋਟੀ".
    Search {
        text: String,
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
    /// Foods for you (or --for someone): assigned ones and helpful swaps first.
    List {
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
}

#[derive(Debug, Args)]
pub struct AssignOptions {
    /// Why: shown to the patient with your name.
    #[arg(long)]
    pub note: Option<String>,
    /// By when (YYYY-MM-DD).
    #[arg(long)]
    pub due: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum AssignCommand {
    Lesson {
        id: String,
        #[command(flatten)]
        options: AssignOptions,
    },
    Food {
        id: String,
        #[command(flatten)]
        options: AssignOptions,
    },
    /// Have TO instead of FROM.
    Swap {
        from: String,
        to: String,
        #[command(flatten)]
        options: AssignOptions,
    },
}

#[derive(Debug, Subcommand)]
pub enum HelperCommand {
    /// Make a code for someone to help with your record (read it aloud or text it).
    Invite {
        /// What they may do, like view-readings,log-readings.
        #[arg(long, value_enum, value_delimiter = ',', required = true)]
        scopes: Vec<ScopeArg>,
        /// How many days the help lasts once accepted (default: until you stop it).
        #[arg(long)]
        days: Option<u32>,
        /// Only on these days and hours: `--window mon,tue,wed,thu,fri 09:00-17:00`.
        #[arg(long, num_args = 2, value_names = ["DAYS", "HOURS"])]
        window: Option<Vec<String>>,
        /// Why they may act for you.
        #[arg(long, value_enum, default_value_t = BasisArg::Consent)]
        basis: BasisArg,
    },
    /// Accept an invitation code someone gave you (spaces, dashes and small letters are fine).
    Accept {
        #[arg(required = true, num_args = 1..)]
        code: Vec<String>,
    },
    /// Who can see or change your record, and the people you help.
    List,
    /// Stop someone's access to your record, at once.
    Revoke {
        /// Their name.
        name: String,
        #[arg(long, value_enum, default_value_t = ReasonArg::PatientChoice)]
        reason: ReasonArg,
    },
}

#[derive(Debug, Subcommand)]
pub enum PinCommand {
    /// Set or change your PIN (4 to 8 digits). To change it, give the old one with --pin.
    Set { pin: String },
    /// Remove your PIN (give it with --pin).
    Clear,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Days of history to create.
    #[arg(long, default_value_t = 730)]
    pub days: u32,
    /// The demo content pack folder (default: content/pack in the source tree).
    #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/../content/pack"))]
    pub content: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum Reading {
    /// Blood sugar: `saathi log glucose 6.8 --context before-meal`.
    Glucose {
        #[arg(allow_hyphen_values = true)]
        value: String,
        /// mmol/L or mg/dL (default: the person's unit).
        #[arg(long)]
        unit: Option<String>,
        /// When it was taken (default: any time; a correction keeps the old one).
        #[arg(long, value_enum)]
        context: Option<ContextArg>,
        /// You are keeping a fast now (Ramadan or another).
        #[arg(long)]
        fasting: bool,
        #[command(flatten)]
        common: Common,
    },
    /// Blood pressure: `saathi log bp 142/88 --pulse 71`.
    Bp {
        /// Top/bottom numbers, like 142/88.
        #[arg(allow_hyphen_values = true)]
        value: String,
        #[arg(long, allow_hyphen_values = true)]
        pulse: Option<String>,
        #[arg(long, value_enum)]
        arm: Option<ArmArg>,
        #[arg(long, value_enum)]
        position: Option<PositionArg>,
        /// Part of the running home blood pressure check.
        #[arg(long)]
        check: bool,
        #[command(flatten)]
        common: Common,
    },
    /// Weight: `saathi log weight 72.5` or `saathi log weight 11st4lb`.
    Weight {
        #[arg(allow_hyphen_values = true)]
        value: String,
        #[command(flatten)]
        common: Common,
    },
    /// HbA1c: `saathi log hba1c 53` (mmol/mol) or `saathi log hba1c 7.0 --unit %`.
    Hba1c {
        #[arg(allow_hyphen_values = true)]
        value: String,
        #[arg(long)]
        unit: Option<String>,
        #[command(flatten)]
        common: Common,
    },
    /// Activity: `saathi log activity --minutes 30 --kind walking`.
    Activity {
        #[arg(long, allow_hyphen_values = true)]
        minutes: Option<String>,
        #[arg(long, allow_hyphen_values = true)]
        steps: Option<String>,
        #[arg(long, value_enum)]
        kind: Option<ActivityArg>,
        #[arg(long, value_enum)]
        intensity: Option<IntensityArg>,
        #[command(flatten)]
        common: Common,
    },
}

#[derive(Debug, Args)]
pub struct Common {
    /// When it was taken: HH:MM today, YYYY-MM-DD HH:MM, or RFC 3339 (default: now).
    #[arg(long)]
    pub at: Option<String>,
    #[arg(long, value_enum, default_value_t = SourceArg::Hand)]
    pub source: SourceArg,
}

#[derive(Debug, Subcommand)]
pub enum PersonCommand {
    /// Add a person.
    Add {
        name: String,
        #[arg(long, value_enum, default_value_t = RoleArg::Patient)]
        role: RoleArg,
        /// Year of birth (used for age-based targets).
        #[arg(long)]
        born: Option<i32>,
        #[arg(long = "condition", value_enum)]
        conditions: Vec<ConditionArg>,
        #[arg(long, default_value = "mmol/L")]
        glucose_unit: String,
        #[arg(long, default_value = "kg")]
        weight_unit: String,
        #[arg(long, default_value = "mmol/mol")]
        hba1c_unit: String,
    },
    /// List people.
    List,
    /// The languages a person reads and hears; set them with --text and --audio.
    Languages {
        /// Languages to read, most preferred first: "bn,en-GB".
        #[arg(long)]
        text: Option<String>,
        /// Languages to hear, most preferred first: "syl,bn,en-GB".
        #[arg(long)]
        audio: Option<String>,
    },
    /// Your PIN on a shared phone.
    #[command(subcommand)]
    Pin(PinCommand),
}

#[derive(Debug, Subcommand)]
pub enum TargetCommand {
    /// Show the targets in force and where they come from.
    Show,
    /// Set a target (clinicians only).
    Set {
        #[arg(value_enum)]
        metric: MetricArg,
        /// Glucose: the top of the range; BP: the highest top number; HbA1c: mmol/mol.
        #[arg(long)]
        high: f64,
        /// Glucose: the bottom of the range (at least 4.0).
        #[arg(long)]
        low: Option<f64>,
        /// BP: the highest bottom number.
        #[arg(long)]
        diastolic: Option<f64>,
        #[arg(long)]
        reason: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum BpCheckCommand {
    /// Start a check today, for 4 to 7 days.
    Start {
        #[arg(long, default_value_t = 7)]
        days: u32,
    },
    /// Where the check stands and what to do next.
    Status,
}

#[derive(Debug, Subcommand)]
pub enum MedicineCommand {
    /// Add a medicine: `saathi medicine add Metformin --dose "500 mg" --times 08:00,20:00`.
    Add {
        name: String,
        #[arg(long)]
        dose: String,
        /// Daily times, like 08:00,20:00.
        #[arg(long)]
        times: String,
        #[arg(long, value_enum, default_value_t = FoodArg::Either)]
        food: FoodArg,
    },
    /// List medicines.
    List,
    /// Record a dose: `saathi medicine dose Metformin --time 08:00 --status taken`.
    Dose {
        name: String,
        #[arg(long)]
        time: String,
        #[arg(long, value_enum, default_value_t = StatusArg::Taken)]
        status: StatusArg,
        #[arg(long)]
        at: Option<String>,
    },
    /// Change a medicine (the old details stay in its history; its reminders follow):
    /// `saathi medicine change Metformin --dose "1000 mg" --reason "GP changed it"`.
    Change {
        name: String,
        /// A new name (default: the same).
        #[arg(long)]
        new_name: Option<String>,
        #[arg(long)]
        dose: Option<String>,
        /// New daily times, like 08:00,20:00.
        #[arg(long)]
        times: Option<String>,
        #[arg(long, value_enum)]
        food: Option<FoodArg>,
        /// Why it is being changed.
        #[arg(long)]
        reason: String,
    },
    /// Stop a medicine: its reminders stop; its history and past doses are kept.
    Stop {
        name: String,
        #[arg(long)]
        reason: String,
    },
    /// Correct a recorded dose, by its number: `saathi medicine correct-dose 3 --status late`.
    CorrectDose {
        /// The dose's number, from `saathi medicine dose`.
        dose: i64,
        #[arg(long, value_enum)]
        status: StatusArg,
        /// When it was taken (default: the time it has).
        #[arg(long)]
        at: Option<String>,
        #[arg(long)]
        reason: String,
    },
    /// Delete a recorded dose (it stays in its history).
    DeleteDose {
        dose: i64,
        #[arg(long)]
        reason: String,
    },
}

/// Defines a clap value enum mirroring a domain enum, with the conversion.
macro_rules! value_enum {
    ($name:ident => $target:ty { $($variant:ident => $to:expr),+ $(,)? }) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
        pub enum $name { $($variant),+ }
        impl From<$name> for $target {
            fn from(v: $name) -> $target {
                match v { $($name::$variant => $to),+ }
            }
        }
    };
}

use saathi_domain as d;

value_enum!(ContextArg => d::reading::GlucoseContext {
    Fasting => d::reading::GlucoseContext::Fasting,
    BeforeMeal => d::reading::GlucoseContext::BeforeMeal,
    AfterMeal => d::reading::GlucoseContext::AfterMeal,
    Bedtime => d::reading::GlucoseContext::Bedtime,
    Random => d::reading::GlucoseContext::Random,
    BeforeSuhoor => d::reading::GlucoseContext::BeforeSuhoor,
    AfterIftar => d::reading::GlucoseContext::AfterIftar,
});
value_enum!(SourceArg => d::reading::ReadingSource {
    Hand => d::reading::ReadingSource::Hand,
    Meter => d::reading::ReadingSource::Meter,
    CgmImport => d::reading::ReadingSource::CgmImport,
});
value_enum!(ArmArg => d::reading::Arm { Left => d::reading::Arm::Left, Right => d::reading::Arm::Right });
value_enum!(PositionArg => d::reading::Position {
    Sitting => d::reading::Position::Sitting,
    Standing => d::reading::Position::Standing,
    Lying => d::reading::Position::Lying,
});
value_enum!(ActivityArg => d::reading::ActivityKind {
    Walking => d::reading::ActivityKind::Walking,
    ChairExercise => d::reading::ActivityKind::ChairExercise,
    Yoga => d::reading::ActivityKind::Yoga,
    Gardening => d::reading::ActivityKind::Gardening,
    Dancing => d::reading::ActivityKind::Dancing,
    Housework => d::reading::ActivityKind::Housework,
    Swimming => d::reading::ActivityKind::Swimming,
    Cycling => d::reading::ActivityKind::Cycling,
    Other => d::reading::ActivityKind::Other,
});
value_enum!(IntensityArg => d::reading::Intensity {
    Light => d::reading::Intensity::Light,
    Moderate => d::reading::Intensity::Moderate,
    Vigorous => d::reading::Intensity::Vigorous,
});
value_enum!(KindArg => d::reading::ReadingKind {
    Glucose => d::reading::ReadingKind::Glucose,
    Bp => d::reading::ReadingKind::BloodPressure,
    Weight => d::reading::ReadingKind::Weight,
    Hba1c => d::reading::ReadingKind::Hba1c,
    Activity => d::reading::ReadingKind::Activity,
});
value_enum!(RoleArg => d::person::Role {
    Patient => d::person::Role::Patient,
    Helper => d::person::Role::Helper,
    Clinician => d::person::Role::Clinician,
});
value_enum!(ConditionArg => d::person::Condition {
    Type2Diabetes => d::person::Condition::Type2Diabetes,
    HighBloodPressure => d::person::Condition::HighBloodPressure,
    HeartDisease => d::person::Condition::HeartDisease,
});
value_enum!(MetricArg => d::targets::TargetMetric {
    GlucoseBeforeMeal => d::targets::TargetMetric::GlucoseBeforeMeal,
    GlucoseAfterMeal => d::targets::TargetMetric::GlucoseAfterMeal,
    GlucoseOther => d::targets::TargetMetric::GlucoseOther,
    BpHome => d::targets::TargetMetric::BloodPressureHome,
    Hba1c => d::targets::TargetMetric::Hba1c,
});
value_enum!(FoodArg => d::medicine::WithFood {
    WithFood => d::medicine::WithFood::With,
    WithoutFood => d::medicine::WithFood::Without,
    Either => d::medicine::WithFood::Either,
});
value_enum!(StatusArg => d::medicine::DoseStatus {
    Taken => d::medicine::DoseStatus::Taken,
    Late => d::medicine::DoseStatus::Late,
    Skipped => d::medicine::DoseStatus::Skipped,
});
value_enum!(ScopeArg => d::grants::Scope {
    ViewReadings => d::grants::Scope::ViewReadings,
    LogReadings => d::grants::Scope::LogReadings,
    ManageMedicines => d::grants::Scope::ManageMedicines,
    ReceiveAlerts => d::grants::Scope::ReceiveAlerts,
    ViewLessons => d::grants::Scope::ViewLessons,
    AssignContent => d::grants::Scope::AssignContent,
    ViewSharedReadings => d::grants::Scope::ViewSharedReadings,
});
value_enum!(BasisArg => d::grants::LegalBasis {
    Consent => d::grants::LegalBasis::Consent,
    LastingPowerOfAttorney => d::grants::LegalBasis::LastingPowerOfAttorney,
    Deputy => d::grants::LegalBasis::Deputy,
    BestInterest => d::grants::LegalBasis::BestInterest,
    ParentalResponsibility => d::grants::LegalBasis::ParentalResponsibility,
});
// "The end date was reached" is the core's own reason, never a person's choice.
value_enum!(ReasonArg => d::grants::EndReason {
    PatientChoice => d::grants::EndReason::PatientChoice,
    Safeguarding => d::grants::EndReason::Safeguarding,
    Misuse => d::grants::EndReason::Misuse,
});

/// The screens `saathi screen` shows.
#[derive(Debug, Subcommand)]
pub enum ScreenArg {
    /// Greeting, what needs doing now, the last readings, the next medicine, the day.
    Today,
    /// Add a reading, one question per step: give the answers so far to see the next step.
    Log {
        #[arg(long)]
        kind: Option<KindArg>,
        /// The number (blood pressure: the top number).
        #[arg(long, allow_negative_numbers = true)]
        value: Option<f64>,
        /// Blood pressure's bottom number.
        #[arg(long)]
        second: Option<f64>,
        #[arg(long)]
        context: Option<ContextArg>,
        /// "Yes, that is right": save it and show what it means.
        #[arg(long)]
        confirm: bool,
    },
    /// A chart of one kind of reading and what it says.
    Trends {
        #[arg(long, default_value = "glucose")]
        kind: KindArg,
        #[arg(long, default_value_t = 7)]
        days: u32,
    },
    /// Today's doses and this week's.
    Medicines,
    /// Lessons, assigned ones first, each with how far you got.
    Lessons,
    /// One lesson's player: audio or video, captions, words.
    Lesson { id: String },
    /// The food guide: search results with portions, traffic lights and swaps.
    Food {
        #[arg(long)]
        query: Option<String>,
    },
    /// The people you help, their alerts and what you may do.
    Helper,
    /// Who can see your record.
    Sharing,
    /// Languages, units, text size, reminders, PIN.
    Settings,
}
