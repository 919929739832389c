//! A real HTTP/1.1 server on 127.0.0.1 that serves one file, honours `Range`, and misbehaves
//! on request. Every connection gets one answer and `Connection: close`, so each request the
//! client makes is one connection here, and a dropped connection is a real closed socket.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::Duration;

/// How the server answers one request.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// 200, or 206 for a `Range: bytes=N-` (416 when N is past the end).
    Normal,
    /// Like `Normal`, but the connection is closed after this many body bytes.
    DropAfter(u64),
    /// Like `Normal`, but every byte of the body is flipped (same length, wrong content).
    WrongBytes,
    /// Only this status, with a short body.
    Status(u16),
    /// 200 with the whole file, whatever `Range` asked.
    IgnoreRange,
    /// 206 with the whole file labelled `bytes 0-…`, whatever `Range` asked.
    WrongRangeStart,
    /// Says `Content-Length: n` in the headers, then sends the file.
    ClaimLength(u64),
    /// No `Content-Length`: the body is this many bytes (the file repeated) ended by closing.
    Unsized(u64),
    /// Like `Normal`, sent in chunks of `chunk` bytes with `pause` between them.
    Slow { chunk: usize, pause: Duration },
    /// Sends `after` body bytes, then goes silent for `pause`, then closes.
    Stall { after: u64, pause: Duration },
    /// 302 to this path on the same server.
    Redirect(&'static str),
}

/// What the server saw of one request.
#[derive(Debug, Clone)]
pub struct Seen {
    pub target: String,
    pub range: Option<String>,
    pub user_agent: Option<String>,
}

struct Shared {
    body: Vec<u8>,
    script: Mutex<VecDeque<Reply>>,
    default: Reply,
    seen: Mutex<Vec<Seen>>,
    stop: AtomicBool,
}

pub struct Server {
    addr: SocketAddr,
    shared: Arc<Shared>,
    accept: Option<JoinHandle<()>>,
}

impl Server {
    /// Serves `body`, answering the first requests as `script` says and all others as `default`.
    pub fn start(body: Vec<u8>, script: Vec<Reply>, default: Reply) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a free port on 127.0.0.1");
        let addr = listener.local_addr().expect("the bound address");
        let shared = Arc::new(Shared {
            body,
            script: Mutex::new(script.into()),
            default,
            seen: Mutex::new(Vec::new()),
            stop: AtomicBool::new(false),
        });
        let for_thread = Arc::clone(&shared);
        let accept = thread::spawn(move || {
            for stream in listener.incoming() {
                if for_thread.stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let shared = Arc::clone(&for_thread);
                // Answered on their own threads, so a stalled answer never blocks the next.
                thread::spawn(move || serve(&shared, stream));
            }
        });
        Server { addr, shared, accept: Some(accept) }
    }

    /// Serves `body` normally.
    pub fn normal(body: Vec<u8>) -> Server {
        Server::start(body, Vec::new(), Reply::Normal)
    }

    pub fn url(&self) -> String {
        format!("http://{}/packs/demo.pack", self.addr)
    }

    pub fn seen(&self) -> Vec<Seen> {
        self.shared.seen.lock().expect("seen lock").clone()
    }

    /// The `Range` header of each request, in order.
    pub fn ranges(&self) -> Vec<Option<String>> {
        self.seen().into_iter().map(|s| s.range).collect()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees `stop`.
        let _ = TcpStream::connect(self.addr);
        if let Some(accept) = self.accept.take() {
            let _ = accept.join();
        }
    }
}

fn serve(shared: &Shared, mut stream: TcpStream) {
    let Some(seen) = read_request(&stream) else { return };
    if shared.stop.load(Ordering::SeqCst) {
        return;
    }
    let range_start = seen.range.as_deref().and_then(parse_range_start);
    shared.seen.lock().expect("seen lock").push(seen);
    let reply =
        shared.script.lock().expect("script lock").pop_front().unwrap_or_else(|| shared.default.clone());
    let body = &shared.body;
    let len = body.len() as u64;

    // What a correct server would send: (status, extra headers, body slice start).
    let honest = || -> (u16, String, u64) {
        match range_start {
            None => (200, String::new(), 0),
            Some(start) if start >= len => (416, format!("Content-Range: bytes */{len}\r\n"), len),
            Some(start) => (206, format!("Content-Range: bytes {start}-{}/{len}\r\n", len - 1), start),
        }
    };

    let _ = match reply {
        Reply::Normal => {
            let (status, headers, start) = honest();
            let part = if status == 416 { &[][..] } else { &body[start as usize..] };
            respond(&mut stream, status, &headers, Some(part.len() as u64), part, Pace::AllAtOnce)
        }
        Reply::DropAfter(n) => {
            let (status, headers, start) = honest();
            let part = &body[start as usize..];
            let cut = (n as usize).min(part.len());
            respond(&mut stream, status, &headers, Some(part.len() as u64), &part[..cut], Pace::AllAtOnce)
        }
        Reply::WrongBytes => {
            let (status, headers, start) = honest();
            let flipped: Vec<u8> = body[start as usize..].iter().map(|b| !b).collect();
            respond(&mut stream, status, &headers, Some(flipped.len() as u64), &flipped, Pace::AllAtOnce)
        }
        Reply::Status(status) => respond(&mut stream, status, "", Some(6), b"failed", Pace::AllAtOnce),
        Reply::IgnoreRange => respond(&mut stream, 200, "", Some(len), body, Pace::AllAtOnce),
        Reply::WrongRangeStart => {
            let headers = format!("Content-Range: bytes 0-{}/{len}\r\n", len - 1);
            respond(&mut stream, 206, &headers, Some(len), body, Pace::AllAtOnce)
        }
        Reply::ClaimLength(n) => respond(&mut stream, 200, "", Some(n), body, Pace::AllAtOnce),
        Reply::Unsized(n) => respond(&mut stream, 200, "", None, body, Pace::Repeat(n)),
        Reply::Slow { chunk, pause } => {
            let (status, headers, start) = honest();
            let part = &body[start as usize..];
            respond(&mut stream, status, &headers, Some(part.len() as u64), part, Pace::Chunks(chunk, pause))
        }
        Reply::Redirect(path) => {
            respond(&mut stream, 302, &format!("Location: {path}\r\n"), Some(0), b"", Pace::AllAtOnce)
        }
        Reply::Stall { after, pause } => {
            let (status, headers, start) = honest();
            let part = &body[start as usize..];
            let cut = (after as usize).min(part.len());
            let sent = respond(
                &mut stream,
                status,
                &headers,
                Some(part.len() as u64),
                &part[..cut],
                Pace::AllAtOnce,
            );
            thread::sleep(pause);
            sent
        }
    };
    let _ = stream.flush();
    let _ = stream.shutdown(Shutdown::Both);
}

enum Pace {
    AllAtOnce,
    Chunks(usize, Duration),
    /// The body over and over until this many bytes are sent (written as it goes: building
    /// megabytes first would be slower than the client's read timeout in a debug build).
    Repeat(u64),
}

fn respond(
    stream: &mut TcpStream,
    status: u16,
    headers: &str,
    content_length: Option<u64>,
    body: &[u8],
    pace: Pace,
) -> std::io::Result<()> {
    let reason = match status {
        200 => "OK",
        206 => "Partial Content",
        302 => "Found",
        404 => "Not Found",
        416 => "Range Not Satisfiable",
        500 => "Internal Server Error",
        _ => "Whatever",
    };
    let length = content_length.map(|n| format!("Content-Length: {n}\r\n")).unwrap_or_default();
    let head = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: application/octet-stream\r\n\
         Accept-Ranges: bytes\r\n{headers}{length}Connection: close\r\n\r\n"
    );
    stream.write_all(head.as_bytes())?;
    match pace {
        Pace::AllAtOnce => stream.write_all(body)?,
        Pace::Chunks(size, pause) => {
            for piece in body.chunks(size.max(1)) {
                stream.write_all(piece)?;
                stream.flush()?;
                thread::sleep(pause);
            }
        }
        Pace::Repeat(total) => {
            let mut left = total as usize;
            while left > 0 {
                let piece = &body[..left.min(body.len())];
                stream.write_all(piece)?;
                left -= piece.len();
            }
        }
    }
    Ok(())
}

/// Reads the request line and headers (a GET has no body).
fn read_request(stream: &TcpStream) -> Option<Seen> {
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let (_method, target) = (parts.next()?, parts.next()?.to_owned());
    let mut seen = Seen { target, range: None, user_agent: None };
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).ok()? == 0 {
            return None;
        }
        let header = header.trim_end();
        if header.is_empty() {
            return Some(seen);
        }
        let (name, value) = header.split_once(':')?;
        let value = Some(value.trim().to_owned());
        match name.to_ascii_lowercase().as_str() {
            "range" => seen.range = value,
            "user-agent" => seen.user_agent = value,
            _ => {}
        }
    }
}

/// `bytes=N-` → N.
fn parse_range_start(value: &str) -> Option<u64> {
    value.strip_prefix("bytes=")?.strip_suffix('-')?.parse().ok()
}
