//! `saathi`: a terminal shell over Saathi's public API. It decides nothing itself: every
//! rule, band and word comes from the core and from `locales/`.

mod args;
mod audit;
mod bp_check;
mod content;
mod context;
mod demo;
mod helpers;
mod import;
mod medicines;
mod output;
mod parse;
mod people;
mod readings;
mod record;
mod reminders;
mod screens;
mod summary;
mod targets;

use std::process::ExitCode;

use clap::Parser;

use args::{Cli, Command};
use context::Ctx;
use output::{CliError, Out};
use saathi_domain::message::Message;

fn main() -> ExitCode {
    // Logs go to stderr only when asked for (SAATHI_LOG=debug); health values are only ever
    // logged at trace level.
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("SAATHI_LOG").unwrap_or_else(|_| "error".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(e),
    };
    let l10n = match localizer(&cli) {
        Ok(l) => l,
        Err(lang) => {
            let fallback = saathi_l10n::Localizer::new(saathi_l10n::SOURCE_LOCALE)
                .expect("source locale is compiled in");
            let out = Out::new(fallback, cli.json, false);
            out.error(&CliError::Usage(Message::new("cli-error-unknown-language").text("lang", lang)));
            return ExitCode::from(2);
        }
    };
    let out = Out::new(l10n, cli.json, cli.speak);
    let code = match run(&cli, &out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            out.error(&e);
            e.exit_code()
        }
    };
    out.print_utterances();
    code
}

/// clap's own refusal (an unknown option, a choice not on the list, a missing value) as
/// one line in the person's language (`--lang` is looked for by hand: parsing failed),
/// naming the option and its choices but never echoing what was typed. Help and version
/// print as clap prints them.
fn usage_error(e: clap::Error) -> ExitCode {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        e.exit();
    }
    let args: Vec<String> = std::env::args().collect();
    let lang = args
        .iter()
        .position(|a| a == "--lang")
        .and_then(|i| args.get(i + 1).cloned())
        .or_else(|| args.iter().find_map(|a| a.strip_prefix("--lang=").map(str::to_string)));
    let json = args.iter().any(|a| a == "--json");
    let l10n = lang
        .and_then(|l| saathi_l10n::Localizer::new(l.split(',').next().unwrap_or_default()).ok())
        .or_else(|| saathi_l10n::Localizer::new(saathi_l10n::SOURCE_LOCALE).ok());
    let Some(l10n) = l10n else { e.exit() };
    // The option's name as declared ("--context <CONTEXT>" is shown as "--context"), only
    // where clap names a declared option: for an unknown argument it would be what was
    // typed (perhaps a reading), and for a missing one a placeholder.
    let names_option = matches!(e.kind(), ErrorKind::InvalidValue | ErrorKind::ValueValidation);
    let arg = match e.get(ContextKind::InvalidArg).filter(|_| names_option) {
        Some(ContextValue::String(s)) => Some(s.split_whitespace().next().unwrap_or_default().to_string()),
        Some(ContextValue::Strings(v)) => {
            v.first().map(|s| s.split_whitespace().next().unwrap_or_default().to_string())
        }
        _ => None,
    };
    let choices = match e.get(ContextKind::ValidValue) {
        Some(ContextValue::Strings(v)) if !v.is_empty() => Some(v.join(", ")),
        _ => None,
    };
    let message = match (arg, choices) {
        (Some(arg), Some(choices)) => {
            Message::new("cli-error-usage-choices").text("arg", arg).text("choices", choices)
        }
        (Some(arg), None) => Message::new("cli-error-usage-arg").text("arg", arg),
        (None, _) => Message::new("cli-error-usage"),
    };
    Out::new(l10n, json, false).error(&CliError::Usage(message));
    ExitCode::from(2)
}

/// The person's words and voice from --lang, --audio-lang, --voices and --digits; an unknown
/// language is named back.
fn localizer(cli: &Cli) -> Result<saathi_l10n::Localizer, String> {
    localizer_for(cli, None)
}

/// As `localizer`, with a person's saved languages where the command line gives none.
pub fn localizer_for(
    cli: &Cli,
    saved: Option<&saathi_domain::person::Languages>,
) -> Result<saathi_l10n::Localizer, String> {
    use saathi_l10n::{LanguagePrefs, Localizer, NumberReading};
    let list =
        |s: &str| s.split(',').map(|c| c.trim().to_string()).filter(|c| !c.is_empty()).collect::<Vec<_>>();
    let text = match (&cli.lang, saved) {
        (Some(lang), _) => list(lang),
        (None, Some(saved)) => saved.text.clone(),
        (None, None) => vec![saathi_l10n::SOURCE_LOCALE.to_string()],
    };
    let audio = match (&cli.audio_lang, &cli.lang, saved) {
        (Some(audio), _, _) => list(audio),
        (None, None, Some(saved)) => saved.audio.clone(),
        _ => text.clone(),
    };
    for code in text.iter().chain(audio.iter()) {
        if saathi_l10n::locales::find(code).is_none()
            && !code.eq_ignore_ascii_case(saathi_l10n::PSEUDO_LOCALE)
        {
            return Err(code.clone());
        }
    }
    if let [only] = text.as_slice() {
        if only.eq_ignore_ascii_case(saathi_l10n::PSEUDO_LOCALE) {
            return Localizer::new(only).map_err(|_| only.clone());
        }
    }
    let voices = cli.voices.as_deref().map(list).unwrap_or_default();
    let voices: Vec<&str> = voices.iter().map(String::as_str).collect();
    let prefs = LanguagePrefs { text, audio };
    let l = Localizer::with_prefs(&prefs, &voices).map_err(|_| prefs.text.join(","))?;
    Ok(if cli.digits { l.reading_numbers(NumberReading::DigitByDigit) } else { l })
}

fn run(cli: &Cli, out: &Out) -> Result<(), CliError> {
    if let Command::Demo(args) = &cli.command {
        return demo::run(cli, out, args);
    }
    let db = cli.db.clone().unwrap_or_else(context::default_db);
    let ctx = Ctx::open(cli, out, db)?;
    // Without --lang, speak to the acting person in their own languages.
    if cli.lang.is_none() {
        if let Some(saved) = ctx.saved_languages() {
            if let Ok(l) = localizer_for(cli, Some(&saved)) {
                out.set_localizer(l);
            }
        }
    }
    dispatch(&ctx, &cli.command)
}

fn dispatch(ctx: &Ctx<'_>, command: &Command) -> Result<(), CliError> {
    match command {
        Command::Demo(_) => unreachable!("handled before opening the database"),
        Command::Screen(which) => screens::show(ctx, which),
        Command::Reminders { hours } => reminders::show(ctx, *hours),
        Command::Log(reading) => record::log(ctx, reading),
        Command::Correct { record, reason, reading } => record::correct(ctx, *record, reason, reading),
        Command::Delete { kind, record, reason } => record::delete(ctx, (*kind).into(), *record, reason),
        Command::History { kind, record } => record::history(ctx, (*kind).into(), *record),
        Command::DealingWith { kind, record } => record::dealing_with(ctx, (*kind).into(), *record),
        Command::Readings { since, until, kind, limit } => {
            readings::list(ctx, since.as_deref(), until.as_deref(), kind.map(Into::into), *limit)
        }
        Command::Summary { days, from, to } => summary::show(ctx, *days, from.as_deref(), to.as_deref()),
        Command::Person(c) => people::run(ctx, c),
        Command::Target(c) => targets::run(ctx, c),
        Command::BpCheck(c) => bp_check::run(ctx, c),
        Command::Medicine(c) => medicines::run(ctx, c),
        Command::Import { file, unit, source } => import::run(ctx, file, unit, (*source).into()),
        Command::Audit { verify } => audit::show(ctx, *verify),
        Command::Helper(c) => helpers::run(ctx, c),
        Command::Pack(c) => content::pack(ctx, c),
        Command::Lessons { command } => content::lessons(ctx, command.as_ref()),
        Command::Food(c) => content::food(ctx, c),
        Command::Assign(c) => content::assign(ctx, c),
    }
}
