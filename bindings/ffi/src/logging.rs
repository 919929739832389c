//! The core's logs, handed to the shell: a `tracing` layer forwards each event (level,
//! target, message with its fields) to a `LogSink` the shell implements (Logcat, os_log).
//!
//! Health values are logged only at trace level, and trace never crosses: `LogLevel` stops
//! at `Debug`, so no setting can send a reading to a shell's logs (or its crash reports).
//! The sink starts at `Info`.

use std::cell::Cell;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, OnceLock, PoisonError, RwLock};

use tracing::field::{Field, Visit};
use tracing::level_filters::LevelFilter;
use tracing::{Event, Metadata, Subscriber};
use tracing_subscriber::Layer;
use tracing_subscriber::layer::{Context, SubscriberExt};

use crate::error::SaathiError;

/// Receives the core's log lines. Called on whichever thread logged, possibly several at
/// once; keep it quick and do not call back into Saathi from it (such calls are not logged).
#[uniffi::export(with_foreign)]
pub trait LogSink: Send + Sync {
    fn log(&self, record: LogRecord);
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LogRecord {
    pub level: LogLevel,
    /// Where it came from, as a Rust module path ("saathi_core::error").
    pub target: String,
    /// The message, then each field as ` name=value`.
    pub message: String,
}

/// How much to send. There is no trace level: that is where health values are logged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, uniffi::Enum)]
pub enum LogLevel {
    Error,
    Warn,
    Info,
    Debug,
}

impl LogLevel {
    fn filter(self) -> LevelFilter {
        match self {
            LogLevel::Error => LevelFilter::ERROR,
            LogLevel::Warn => LevelFilter::WARN,
            LogLevel::Info => LevelFilter::INFO,
            LogLevel::Debug => LevelFilter::DEBUG,
        }
    }

    fn of(level: &tracing::Level) -> Option<LogLevel> {
        match *level {
            tracing::Level::ERROR => Some(LogLevel::Error),
            tracing::Level::WARN => Some(LogLevel::Warn),
            tracing::Level::INFO => Some(LogLevel::Info),
            tracing::Level::DEBUG => Some(LogLevel::Debug),
            _ => None,
        }
    }
}

/// The sink, if any. `LEVEL` holds the `LevelFilter` as an index (0 = off).
static SINK: RwLock<Option<Arc<dyn LogSink>>> = RwLock::new(None);
static LEVEL: AtomicU8 = AtomicU8::new(0);

fn level_filter() -> LevelFilter {
    match LEVEL.load(Ordering::Relaxed) {
        1 => LevelFilter::ERROR,
        2 => LevelFilter::WARN,
        3 => LevelFilter::INFO,
        4 => LevelFilter::DEBUG,
        _ => LevelFilter::OFF,
    }
}

fn store_level(filter: LevelFilter) {
    let index = [LevelFilter::ERROR, LevelFilter::WARN, LevelFilter::INFO, LevelFilter::DEBUG]
        .iter()
        .position(|f| *f == filter)
        .map_or(0, |i| i as u8 + 1);
    LEVEL.store(index, Ordering::Relaxed);
    // tracing caches which call sites are on; a new level must reach them.
    tracing::callsite::rebuild_interest_cache();
}

/// Sends the core's logs at `Info` and above to `sink` (replacing any earlier sink).
#[uniffi::export]
pub fn set_log_sink(sink: Arc<dyn LogSink>) -> Result<(), SaathiError> {
    install()?;
    *SINK.write().unwrap_or_else(PoisonError::into_inner) = Some(sink);
    store_level(LogLevel::Info.filter());
    Ok(())
}

/// Changes how much reaches the sink (no trace: see `LogLevel`).
#[uniffi::export]
pub fn set_log_level(level: LogLevel) {
    if SINK.read().unwrap_or_else(PoisonError::into_inner).is_some() {
        store_level(level.filter());
    }
}

/// Stops sending logs; the sink is released.
#[uniffi::export]
pub fn clear_log_sink() {
    store_level(LevelFilter::OFF);
    *SINK.write().unwrap_or_else(PoisonError::into_inner) = None;
}

/// Makes the forwarding layer the process's subscriber, once. Fails if something else in
/// the process already set one (then logs cannot reach the shell this way).
fn install() -> Result<(), SaathiError> {
    static INSTALLED: OnceLock<bool> = OnceLock::new();
    let ok = *INSTALLED.get_or_init(|| {
        tracing::subscriber::set_global_default(tracing_subscriber::registry().with(ForeignLayer)).is_ok()
    });
    if ok { Ok(()) } else { Err(SaathiError::Internal) }
}

thread_local! {
    /// Set while this thread is inside the sink, so a log line caused by the sink itself
    /// (a call back into Saathi) is dropped instead of recursing.
    static IN_SINK: Cell<bool> = const { Cell::new(false) };
}

struct ForeignLayer;

impl<S: Subscriber> Layer<S> for ForeignLayer {
    fn enabled(&self, metadata: &Metadata<'_>, _: Context<'_, S>) -> bool {
        *metadata.level() <= level_filter()
    }

    fn max_level_hint(&self) -> Option<LevelFilter> {
        Some(level_filter())
    }

    fn on_event(&self, event: &Event<'_>, _: Context<'_, S>) {
        let Some(level) = LogLevel::of(event.metadata().level()) else { return };
        if level.filter() > level_filter() || IN_SINK.get() {
            return;
        }
        let Some(sink) = SINK.read().unwrap_or_else(PoisonError::into_inner).clone() else { return };
        let mut text = Text::default();
        event.record(&mut text);
        let record = LogRecord {
            level,
            target: event.metadata().target().to_string(),
            message: text.message + &text.fields,
        };
        // Reset even if the sink panics (a foreign exception), or this thread would never
        // log again.
        struct Leave;
        impl Drop for Leave {
            fn drop(&mut self) {
                IN_SINK.set(false);
            }
        }
        IN_SINK.set(true);
        let _leave = Leave;
        sink.log(record);
    }
}

/// An event's message and fields as one line.
#[derive(Default)]
struct Text {
    message: String,
    fields: String,
}

impl Visit for Text {
    fn record_str(&mut self, field: &Field, value: &str) {
        if field.name() == "message" {
            self.message.push_str(value);
        } else {
            let _ = write!(self.fields, " {}={}", field.name(), value);
        }
    }

    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            let _ = write!(self.message, "{value:?}");
        } else {
            let _ = write!(self.fields, " {}={:?}", field.name(), value);
        }
    }
}
