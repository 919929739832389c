//! `saathi screen ...`: the phone's screens in the terminal, from the same view models the
//! Android and iOS shells render (laid out as text by `Screen::lines`).

use saathi_core::screens::{LogDraft, Words};

use crate::args::ScreenArg;
use crate::context::Ctx;
use crate::output::CliError;

pub fn show(ctx: &Ctx<'_>, which: &ScreenArg) -> Result<(), CliError> {
    let (session, patient) = ctx.session()?;
    let screen = ctx.out.with_l10n(|l10n| {
        let words = Words::new(l10n);
        match which {
            ScreenArg::Today => session.today_screen(patient.id, &words),
            ScreenArg::Log { kind, value, second, context, confirm } => {
                let draft = LogDraft {
                    patient: patient.id,
                    kind: kind.map(Into::into),
                    value: *value,
                    second: *second,
                    context: context.map(Into::into),
                    confirmed: *confirm,
                    // One command, one process: nothing to send twice.
                    save_token: None,
                };
                session.log_screen(&draft, &words)
            }
            ScreenArg::Trends { kind, days } => {
                session.trends_screen(patient.id, (*kind).into(), *days, &words)
            }
            ScreenArg::Medicines => session.medicines_screen(patient.id, &words),
            ScreenArg::Lessons => session.lessons_screen(patient.id, &words),
            ScreenArg::Lesson { id } => session.lesson_screen(patient.id, id, &words),
            ScreenArg::Food { query } => session.food_screen(patient.id, query.as_deref(), &words),
            ScreenArg::Helper => session.helper_screen(&words),
            ScreenArg::Sharing => session.sharing_screen(patient.id, &words),
            ScreenArg::Settings => session.settings_screen(patient.id, &words),
        }
    })?;
    ctx.out.print(&screen, || screen.lines(false));
    Ok(())
}
