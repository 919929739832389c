//! A screen as plain text: what the terminal shell prints, and what snapshot tests compare.
//! Each element is one line with a mark for its severity; its actions follow, numbered, as
//! the buttons a phone would show.

use super::{Detail, Element, Importance, Screen, Severity};

/// One line of a screen as text, in parts, so a shell can lay it out either way round (the
/// terminal puts the gutter after the text for right-to-left languages).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextLine {
    pub kind: LineKind,
    /// How many columns the gutter takes: 0 for titles, headings and blank lines.
    pub gutter: usize,
    /// What the gutter holds: a severity mark ("!!!", "✓") or an action's number ("[1]"),
    /// without padding; empty for none.
    pub marker: String,
    pub text: String,
}

/// What a line shows, so a shell knows which parts are numbers it may write in the
/// locale's digits and which are data (file names).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Blank,
    Title,
    Heading,
    Element,
    /// What an element sounds like (detailed lines only).
    Said,
    /// A chart, or a number to type with its range.
    Detail,
    /// A lesson's files, length and progress.
    Media,
    Action,
}

impl TextLine {
    fn new(kind: LineKind, gutter: usize, marker: impl Into<String>, text: impl Into<String>) -> TextLine {
        TextLine { kind, gutter, marker: marker.into(), text: text.into() }
    }

    /// The line left to right: the marker right-aligned in its gutter, then the text.
    pub fn left_to_right(&self) -> String {
        if self.gutter == 0 {
            return self.text.clone();
        }
        let pad = self.gutter.saturating_sub(self.marker.chars().count());
        format!("{}{} {}", " ".repeat(pad), self.marker, self.text)
    }
}

/// The gutter of an element (its severity mark), and of what hangs beneath it.
const MARK_GUTTER: usize = 3;
const DETAIL_GUTTER: usize = 5;
/// Actions are indented by six columns, then numbered.
const ACTION_INDENT: usize = 6;

impl Screen {
    /// The screen as lines. `detailed` adds, for tests and reviewers, each element's
    /// importance and icon, and what each line sounds like (language, clip or voice).
    pub fn lines(&self, detailed: bool) -> Vec<String> {
        self.text_lines(detailed).iter().map(TextLine::left_to_right).collect()
    }

    /// The screen as lines in parts (see `lines`), for shells that lay them out themselves.
    pub fn text_lines(&self, detailed: bool) -> Vec<TextLine> {
        let mut out = Vec::new();
        let mut n = 0;
        out.push(TextLine::new(LineKind::Title, 0, "", format!("═══ {} ═══", self.title.text)));
        if detailed {
            out.push(TextLine::new(LineKind::Said, MARK_GUTTER, "", said(&self.title)));
        }
        for section in &self.sections {
            out.push(TextLine::new(LineKind::Blank, 0, "", ""));
            if let Some(h) = &section.heading {
                out.push(TextLine::new(LineKind::Heading, 0, "", h.text.clone()));
            }
            for e in &section.elements {
                element(e, detailed, &mut out, &mut n);
            }
        }
        out
    }
}

/// A mark a glance can read: how serious each line is.
fn mark(s: Option<Severity>) -> &'static str {
    match s {
        Some(Severity::Danger) => "!!!",
        Some(Severity::Warning) => "!!",
        Some(Severity::Caution) => "!",
        Some(Severity::Good) => "✓",
        Some(Severity::Info) | None => "",
    }
}

fn said(e: &Element) -> String {
    let u = &e.utterance;
    // A clip by its file name: where the pack is installed differs from device to device.
    let file =
        |c: &str| std::path::Path::new(c).file_name().map_or(c.to_string(), |f| f.to_string_lossy().into());
    let how = u.clip.as_deref().map_or_else(|| "voice".to_string(), |c| format!("clip {}", file(c)));
    format!("🔊 [{}] ({how}) {}", u.language, u.text)
}

fn element(e: &Element, detailed: bool, out: &mut Vec<TextLine>, n: &mut usize) {
    let line = |kind, gutter, marker: &str, text: String| TextLine::new(kind, gutter, marker, text);
    if detailed {
        let importance = match e.importance {
            Importance::Essential => "E",
            Importance::Normal => "N",
            Importance::Extra => "x",
        };
        let icon = e.icon.map(|i| format!(" <{}>", serde_plain(&i))).unwrap_or_default();
        let text = format!("[{importance}]{icon} {}", e.text);
        out.push(line(LineKind::Element, MARK_GUTTER, mark(e.severity), text));
        out.push(line(LineKind::Said, DETAIL_GUTTER, "", said(e)));
    } else {
        out.push(line(LineKind::Element, MARK_GUTTER, mark(e.severity), e.text.clone()));
    }
    match &e.detail {
        Some(Detail::Chart { series }) => {
            let bars = sparkline(series.points.iter().map(|p| p.value));
            out.push(line(LineKind::Detail, DETAIL_GUTTER, "", bars));
            if detailed {
                let daily = if series.daily { ", daily means" } else { "" };
                let about = format!("({} points{daily}, {})", series.points.len(), series.unit);
                out.push(line(LineKind::Detail, DETAIL_GUTTER, "", about));
            }
        }
        Some(Detail::NumberInput { unit, min, max, .. }) => {
            out.push(line(LineKind::Detail, DETAIL_GUTTER, "", format!("[ ___ ] {unit} ({min}–{max})")))
        }
        Some(Detail::Media { audio, video, captions, duration_ms, progress_percent, .. }) => {
            // File names only: the folder differs per device.
            let name = |p: &Option<std::path::PathBuf>| {
                p.as_ref().and_then(|p| p.file_name()).map(|n| n.to_string_lossy().into_owned())
            };
            let files: Vec<String> =
                [name(audio), name(video), name(captions)].into_iter().flatten().collect();
            let seconds = duration_ms.map(|ms| ms.div_ceil(1000)).unwrap_or(0);
            let text =
                format!("▶ {} ({}:{:02}) {progress_percent}%", files.join(" "), seconds / 60, seconds % 60);
            out.push(line(LineKind::Media, DETAIL_GUTTER, "", text));
        }
        _ => {}
    }
    for a in &e.actions {
        *n += 1;
        let number = format!("[{n}]");
        let text = if detailed {
            let command = serde_json::to_string(&a.command).unwrap_or_default();
            format!("{} ({}) {command}", a.label, serde_plain(&a.style))
        } else {
            a.label.clone()
        };
        out.push(line(LineKind::Action, ACTION_INDENT + number.chars().count(), &number, text));
    }
}

/// A unit enum's kebab-case code, as serde writes it.
fn serde_plain<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

/// Values as a row of bars, lowest to highest: a chart at a glance.
fn sparkline(values: impl Iterator<Item = f64> + Clone) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let (lo, hi) = values.clone().fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let span = (hi - lo).max(f64::EPSILON);
    values.map(|v| BARS[(((v - lo) / span) * 7.0).round().clamp(0.0, 7.0) as usize]).collect()
}
