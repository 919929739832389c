//! Error statuses and unreachable servers: 4xx at once, 5xx and connection failures retried.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::Duration;

use saathi_net::NetError;

use crate::server::{Reply, Server};
use crate::{MAX_ATTEMPTS, Place, fetch, pack_bytes, read};

#[tokio::test]
async fn not_found_is_final_at_once_and_changes_nothing() {
    let server = Server::start(pack_bytes(1_000), Vec::new(), Reply::Status(404));
    let place = Place::temp();
    std::fs::write(&place.dest, b"installed pack").unwrap();

    let error = fetch(&place.request(server.url())).await.0.unwrap_err();

    assert!(matches!(error, NetError::Http { status: 404 }), "{error:?}");
    assert_eq!(server.seen().len(), 1);
    assert_eq!(read(&place.dest), b"installed pack");
    assert_eq!(place.files(), ["demo.pack"]);
}

#[tokio::test]
async fn a_failing_server_is_retried_then_reported() {
    let server = Server::start(pack_bytes(1_000), Vec::new(), Reply::Status(500));
    let place = Place::temp();

    let error = fetch(&place.request(server.url())).await.0.unwrap_err();

    assert!(matches!(error, NetError::Http { status: 500 }), "{error:?}");
    assert_eq!(server.seen().len(), MAX_ATTEMPTS as usize);
    assert_eq!(place.files(), Vec::<String>::new());
}

#[tokio::test]
async fn a_server_that_fails_once_is_retried_into_success() {
    let body = pack_bytes(30_000);
    let server = Server::start(body.clone(), vec![Reply::Status(500)], Reply::Normal);
    let place = Place::temp();

    let done = fetch(&place.request(server.url())).await.0.unwrap();

    assert_eq!(done.attempts, 2);
    assert_eq!(read(&place.dest), body);
}

#[tokio::test]
async fn what_arrived_before_a_server_error_is_kept_for_next_time() {
    let body = pack_bytes(100_000);
    let server = Server::start(body.clone(), vec![Reply::DropAfter(30_000)], Reply::Status(503));
    let place = Place::temp();

    let error = fetch(&place.request(server.url())).await.0.unwrap_err();

    assert!(matches!(error, NetError::Http { status: 503 }), "{error:?}");
    assert_eq!(server.seen().len(), MAX_ATTEMPTS as usize);
    assert!(!place.dest.exists());
    assert_eq!(read(&place.part()), body[..30_000]);
}

#[tokio::test]
async fn a_redirect_is_followed_and_keeps_the_range() {
    let body = pack_bytes(100_000);
    let server = Server::start(body.clone(), vec![Reply::Redirect("/moved/demo.pack")], Reply::Normal);
    let place = Place::temp();
    std::fs::write(place.part(), &body[..40_000]).unwrap();

    let done = fetch(&place.request(server.url())).await.0.unwrap();

    assert_eq!((done.resumed_from, done.attempts), (40_000, 1));
    let seen = server.seen();
    let targets: Vec<_> = seen.iter().map(|s| s.target.as_str()).collect();
    assert_eq!(targets, ["/packs/demo.pack", "/moved/demo.pack"]);
    assert_eq!(seen[1].range.as_deref(), Some("bytes=40000-"));
    assert_eq!(read(&place.dest), body);
}

#[tokio::test]
async fn a_redirect_loop_is_given_up_at_once() {
    let server = Server::start(pack_bytes(1_000), Vec::new(), Reply::Redirect("/packs/demo.pack"));
    let place = Place::temp();

    let error = fetch(&place.request(server.url())).await.0.unwrap_err();

    assert!(matches!(error, NetError::BadResponse), "{error:?}");
    assert_eq!(server.seen().len(), 6, "the first request and five redirects, in one attempt");
    assert_eq!(place.files(), Vec::<String>::new());
}

#[tokio::test]
async fn an_unreachable_server_is_retried_then_reported_as_interrupted() {
    // A port that was just free: nothing listens there.
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let place = Place::temp();

    let error = fetch(&place.request(format!("http://127.0.0.1:{port}/demo.pack"))).await.0.unwrap_err();

    assert!(matches!(error, NetError::Interrupted { attempts: MAX_ATTEMPTS }), "{error:?}");
    assert_eq!(place.files(), Vec::<String>::new());
}

#[tokio::test]
async fn errors_never_repeat_the_url_and_its_secrets() {
    let server = Server::start(pack_bytes(1_000), Vec::new(), Reply::Status(403));
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let place = Place::temp();

    for url in [format!("{}?token=s3cret", server.url()), format!("http://127.0.0.1:{port}/p?token=s3cret")] {
        let error = fetch(&place.request(url)).await.0.unwrap_err();
        let shown = format!("{error} {error:?}");
        assert!(!shown.contains("s3cret") && !shown.contains("127.0.0.1"), "{shown}");
    }
}

#[tokio::test]
async fn https_to_something_that_is_not_tls_is_refused_without_retrying() {
    // A plain HTTP server where TLS was expected, like a Wi-Fi sign-in page: it answers the
    // TLS greeting with an HTTP error, which rustls (with ring) refuses.
    let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
    let port = listener.local_addr().expect("the bound address").port();
    listener.set_nonblocking(true).expect("non-blocking");
    let stop = Arc::new(AtomicBool::new(false));
    let stop_answering = Arc::clone(&stop);
    let answering = thread::spawn(move || {
        let mut connections = 0;
        while !stop_answering.load(Ordering::SeqCst) {
            match listener.accept() {
                Ok((mut stream, _)) => {
                    connections += 1;
                    stream.set_nonblocking(false).expect("blocking");
                    let mut greeting = [0u8; 1024];
                    let _ = stream.read(&mut greeting);
                    let _ = stream.write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
                }
                Err(_) => thread::sleep(Duration::from_millis(5)),
            }
        }
        connections
    });
    let place = Place::temp();

    let error = fetch(&place.request(format!("https://127.0.0.1:{port}/demo.pack"))).await.0.unwrap_err();
    // Time for a retry to show up, had there been one (the tests' backoff is 5 ms).
    tokio::time::sleep(Duration::from_millis(200)).await;
    stop.store(true, Ordering::SeqCst);

    assert!(matches!(error, NetError::Tls), "{error:?}");
    assert_eq!(answering.join().expect("the listener thread"), 1, "not retried");
    assert_eq!(place.files(), Vec::<String>::new());
}
