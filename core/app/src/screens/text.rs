//! A screen as plain text: what the terminal shell prints, and what snapshot tests compare.
//! Each element is one line with a mark for its severity; its actions follow, numbered, as
//! the buttons a phone would show.

use super::{Detail, Element, Importance, Screen, Severity};

impl Screen {
    /// The screen as lines. `detailed` adds, for tests and reviewers, each element's
    /// importance and icon, and what each line sounds like (language, clip or voice).
    pub fn lines(&self, detailed: bool) -> Vec<String> {
        let mut out = Vec::new();
        let mut n = 0;
        out.push(format!("═══ {} ═══", self.title.text));
        if detailed {
            out.push(format!("    {}", said(&self.title)));
        }
        for section in &self.sections {
            out.push(String::new());
            if let Some(h) = &section.heading {
                out.push(h.text.clone());
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
        Some(Severity::Warning) => " !!",
        Some(Severity::Caution) => "  !",
        Some(Severity::Good) => "  ✓",
        Some(Severity::Info) | None => "   ",
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

fn element(e: &Element, detailed: bool, out: &mut Vec<String>, n: &mut usize) {
    if detailed {
        let importance = match e.importance {
            Importance::Essential => "E",
            Importance::Normal => "N",
            Importance::Extra => "x",
        };
        let icon = e.icon.map(|i| format!(" <{}>", serde_plain(&i))).unwrap_or_default();
        out.push(format!("{} [{importance}]{icon} {}", mark(e.severity), e.text));
        out.push(format!("      {}", said(e)));
    } else {
        out.push(format!("{} {}", mark(e.severity), e.text));
    }
    match &e.detail {
        Some(Detail::Chart { series }) => {
            out.push(format!("      {}", sparkline(series.points.iter().map(|p| p.value))));
            if detailed {
                let daily = if series.daily { ", daily means" } else { "" };
                out.push(format!("      ({} points{daily}, {})", series.points.len(), series.unit));
            }
        }
        Some(Detail::NumberInput { unit, min, max, .. }) => {
            out.push(format!("      [ ___ ] {unit} ({min}–{max})"))
        }
        Some(Detail::Media { audio, video, captions, duration_ms, progress_percent, .. }) => {
            // File names only: the folder differs per device.
            let name = |p: &Option<std::path::PathBuf>| {
                p.as_ref().and_then(|p| p.file_name()).map(|n| n.to_string_lossy().into_owned())
            };
            let files: Vec<String> =
                [name(audio), name(video), name(captions)].into_iter().flatten().collect();
            let seconds = duration_ms.map(|ms| ms.div_ceil(1000)).unwrap_or(0);
            out.push(format!(
                "      ▶ {} ({}:{:02}) {progress_percent}%",
                files.join(" "),
                seconds / 60,
                seconds % 60
            ));
        }
        _ => {}
    }
    for a in &e.actions {
        *n += 1;
        if detailed {
            let command = serde_json::to_string(&a.command).unwrap_or_default();
            out.push(format!("      [{n}] {} ({}) {command}", a.label, serde_plain(&a.style)));
        } else {
            out.push(format!("      [{n}] {}", a.label));
        }
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
