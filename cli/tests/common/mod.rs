//! Runs the real `saathi` binary on a real SQLite file in a temporary directory, with HOME
//! pointed at an empty temporary directory so nothing touches the real data directory.
//!
//! Every run passes `--db`; `at(now, ...)` also passes the hidden `--now` so time is fixed.
#![allow(dead_code)]

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;
use tempfile::TempDir;

pub const BIN: &str = env!("CARGO_BIN_EXE_saathi");

/// How long one ordinary command may take before the test fails (a debug build on a busy
/// machine; every command here normally takes well under a second).
pub const COMMAND_LIMIT: Duration = Duration::from_secs(60);

/// A temporary directory holding the database, files to import, and an empty HOME.
pub struct Saathi {
    dir: TempDir,
    pub db: PathBuf,
    pub home: PathBuf,
}

/// What one run of `saathi` did.
#[derive(Debug)]
pub struct Run {
    pub args: Vec<String>,
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Saathi {
    pub fn new() -> Saathi {
        Saathi::with_db_name("x.db")
    }

    pub fn with_db_name(name: &str) -> Saathi {
        let dir = tempfile::tempdir().expect("temporary directory");
        let home = dir.path().join("home");
        std::fs::create_dir(&home).expect("a HOME for the test");
        let db = dir.path().join(name);
        Saathi { dir, db, home }
    }

    /// A path in the test's directory (not the database).
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn write(&self, name: &str, contents: &str) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, contents).expect("write a test file");
        path
    }

    /// The command, with `--db` (and `--now`) first and the test's own environment.
    pub fn command(&self, now: Option<&str>, args: &[&str]) -> (Command, Vec<String>) {
        let mut all: Vec<String> = vec!["--db".into(), self.db.display().to_string()];
        if let Some(now) = now {
            all.extend(["--now".to_string(), now.to_string()]);
        }
        all.extend(args.iter().map(|a| a.to_string()));
        let mut command = Command::new(BIN);
        command
            .args(&all)
            .env("HOME", &self.home)
            .env_remove("XDG_DATA_HOME")
            .env_remove("SAATHI_DB")
            .env_remove("SAATHI_NOW")
            .env_remove("SAATHI_PIN")
            .env_remove("SAATHI_LOG")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        (command, all)
    }

    /// Runs `saathi --db <db> ARGS` on the real clock.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_within(None, args, COMMAND_LIMIT)
    }

    /// Runs `saathi --db <db> --now NOW ARGS`.
    pub fn at(&self, now: &str, args: &[&str]) -> Run {
        self.run_within(Some(now), args, COMMAND_LIMIT)
    }

    pub fn run_within(&self, now: Option<&str>, args: &[&str], limit: Duration) -> Run {
        let (mut command, all) = self.command(now, args);
        let child = command.spawn().expect("start the saathi binary");
        finish(child, all, limit)
    }

    /// Every current reading of the acting person, as JSON (`extra` goes before the
    /// subcommand, e.g. `["--as", "Ali"]`). The window is wide so future times show too.
    pub fn stored(&self, now: &str, extra: &[&str]) -> Vec<Value> {
        let mut args: Vec<&str> = vec!["--json"];
        args.extend_from_slice(extra);
        args.extend(["readings", "--since", "1990-01-01", "--until", "2150-01-01"]);
        match self.at(now, &args).json() {
            Value::Array(entries) => entries,
            other => panic!("readings JSON is not a list: {other}"),
        }
    }

    /// True if nothing at all has been written under HOME.
    pub fn home_is_empty(&self) -> bool {
        std::fs::read_dir(&self.home).expect("read HOME").next().is_none()
    }
}

/// Waits for the child, reading both pipes as it goes, and fails the test if it runs long.
pub fn finish(mut child: Child, args: Vec<String>, limit: Duration) -> Run {
    let stdout = child.stdout.take().map(reader);
    let stderr = child.stderr.take().map(reader);
    let status = wait(&mut child, &args, limit);
    let text = |r: Option<std::thread::JoinHandle<Vec<u8>>>| {
        let bytes = r.map(|h| h.join().expect("pipe reader")).unwrap_or_default();
        String::from_utf8(bytes).expect("saathi writes UTF-8")
    };
    Run { code: status.code(), stdout: text(stdout), stderr: text(stderr), args }
}

pub fn wait(child: &mut Child, args: &[String], limit: Duration) -> ExitStatus {
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait for saathi") {
            return status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("`saathi {}` took more than {limit:?}", args.join(" "));
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

fn reader(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        pipe.read_to_end(&mut bytes).expect("read saathi's output");
        bytes
    })
}

impl Run {
    fn describe(&self) -> String {
        format!(
            "`saathi {}` exited {:?}\n--- stdout ---\n{}--- stderr ---\n{}",
            self.args.join(" "),
            self.code,
            self.stdout,
            self.stderr
        )
    }

    /// Exit 0 and nothing on stderr; returns stdout.
    pub fn ok(self) -> String {
        assert_eq!(self.code, Some(0), "expected success: {}", self.describe());
        assert!(self.stderr.is_empty(), "expected a quiet stderr: {}", self.describe());
        self.stdout
    }

    /// Exit 0; stdout parsed as JSON.
    pub fn json(self) -> Value {
        let args = self.args.join(" ");
        let out = self.ok();
        serde_json::from_str(&out)
            .unwrap_or_else(|e| panic!("`saathi {args}` printed bad JSON ({e}):\n{out}"))
    }

    /// The error contract: exit `code`, nothing on stdout, and exactly one line on stderr
    /// starting "saathi: ". Returns that line's words, without the prefix.
    pub fn refused(self, code: i32) -> String {
        assert_eq!(self.code, Some(code), "wrong exit code: {}", self.describe());
        assert!(self.stdout.is_empty(), "stdout must be empty on an error: {}", self.describe());
        let line = self
            .stderr
            .strip_suffix('\n')
            .unwrap_or_else(|| panic!("stderr must be one whole line: {}", self.describe()));
        assert!(!line.contains('\n'), "stderr must be exactly one line: {}", self.describe());
        line.strip_prefix("saathi: ")
            .unwrap_or_else(|| panic!("the line must start \"saathi: \": {}", self.describe()))
            .to_string()
    }
}

/// The lines of `text` that contain `needle`.
pub fn lines_with<'a>(text: &'a str, needle: &str) -> Vec<&'a str> {
    text.lines().filter(|l| l.contains(needle)).collect()
}

/// Asserts `text` has each of `needles`, in that order.
pub fn assert_in_order(text: &str, needles: &[&str]) {
    let mut rest = text;
    for needle in needles {
        match rest.find(needle) {
            Some(i) => rest = &rest[i + needle.len()..],
            None => panic!("expected {needle:?} (after {needles:?}'s earlier items) in:\n{text}"),
        }
    }
}

pub fn f64_of(v: &Value) -> f64 {
    v.as_f64().unwrap_or_else(|| panic!("not a number: {v}"))
}

pub fn assert_close(actual: &Value, expected: f64, what: &str) {
    let a = f64_of(actual);
    assert!((a - expected).abs() < 1e-9, "{what}: expected {expected}, got {a}");
}

/// The bytes of a file.
pub fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}
