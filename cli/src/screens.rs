//! `saathi screen ...`: the phone's screens in the terminal, from the same view models the
//! Android and iOS shells render (as text by `Screen::text_lines`, laid out here in the
//! direction the person reads).

use saathi_core::screens::{LineKind, LogDraft, Screen, TextLine, Words};
use saathi_l10n::Direction;

use crate::args::ScreenArg;
use crate::context::Ctx;
use crate::output::{CliError, Out, right_edge, width, wrap};

pub fn show(ctx: &Ctx<'_>, which: &ScreenArg) -> Result<(), CliError> {
    let (session, patient) = ctx.session()?;
    let screen = ctx.out.with_l10n(|l10n| {
        let words = Words::new(l10n);
        session.at_one_instant(|session| match which {
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
        })
    })?;
    ctx.out.print(&screen, || lines(ctx.out, &screen));
    Ok(())
}

/// The screen's lines for this terminal. Left to right, exactly `Screen::lines`. Right to
/// left, each line's gutter (severity mark, action number) follows its text, so it ends
/// up on the right where the reader starts; text too long for the line is broken at
/// spaces with the gutter on its first piece only; `Out::print` then aligns every line on
/// the right edge (see `output::right_to_left`). Action numbers and a number input's range
/// are written in the locale's digits, like every number in the text beside them.
pub fn lines(out: &Out, screen: &Screen) -> Vec<String> {
    let rtl = screen.direction == Direction::RightToLeft;
    let edge = right_edge();
    screen.text_lines(false).into_iter().flat_map(|l| line(out, l, rtl, edge)).collect()
}

fn line(out: &Out, mut l: TextLine, rtl: bool, edge: usize) -> Vec<String> {
    l.marker = out.digits(&l.marker);
    if l.kind == LineKind::Detail {
        l.text = out.digits(&l.text);
    }
    if !rtl || l.gutter == 0 {
        return vec![l.left_to_right()];
    }
    let gutter = |first: bool| {
        let marker = if first { l.marker.as_str() } else { "" };
        format!(" {marker}{}", " ".repeat(l.gutter.saturating_sub(width(marker))))
    };
    let room = edge.saturating_sub(l.gutter + 1).max(1);
    wrap(&l.text, room)
        .into_iter()
        .enumerate()
        .map(|(i, piece)| format!("{piece}{}", gutter(i == 0)))
        .collect()
}
