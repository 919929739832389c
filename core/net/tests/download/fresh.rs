//! Downloads that go right the first time.

use std::time::Duration;

use crate::server::{Reply, Server};
use crate::{Place, downloader, fetch, pack_bytes, read, sha256};

#[tokio::test]
async fn a_download_lands_whole_at_dest_and_nothing_else_is_left() {
    let body = pack_bytes(300_000);
    let server = Server::normal(body.clone());
    let place = Place::temp();

    let (result, _) = fetch(&place.request(server.url())).await;
    let done = result.unwrap();

    assert_eq!(read(&place.dest), body);
    assert_eq!(done.path, place.dest);
    assert_eq!((done.bytes, done.resumed_from, done.attempts), (300_000, 0, 1));
    assert_eq!(done.sha256, sha256(&body));
    assert_eq!(place.files(), ["demo.pack"]);

    let seen = server.seen();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].target, "/packs/demo.pack");
    assert_eq!(seen[0].range, None);
    assert_eq!(seen[0].user_agent.as_deref(), Some("Saathi/9.9.9-test"));
}

#[tokio::test]
async fn progress_counts_up_to_the_full_size() {
    let body = pack_bytes(200_000);
    let server = Server::normal(body);
    let place = Place::temp();

    let (result, reports) = fetch(&place.request(server.url())).await;
    result.unwrap();

    assert_eq!(reports.first().map(|p| p.received), Some(0));
    assert_eq!(reports.last().map(|p| p.received), Some(200_000));
    assert!(reports.iter().all(|p| p.total == Some(200_000)));
    assert!(reports.windows(2).all(|w| w[0].received <= w[1].received));
}

#[tokio::test]
async fn a_slow_but_steady_server_is_waited_for() {
    let body = pack_bytes(64 * 1024);
    // Each pause is shorter than the read timeout (1.5 s); together they are longer.
    let pace = Reply::Slow { chunk: 8 * 1024, pause: Duration::from_millis(60) };
    let server = Server::start(body.clone(), Vec::new(), pace);
    let place = Place::temp();

    let (result, reports) = fetch(&place.request(server.url())).await;
    let done = result.unwrap();

    assert_eq!(read(&place.dest), body);
    assert_eq!(done.attempts, 1);
    assert!(reports.len() >= 8, "one report per chunk that arrived, got {}", reports.len());
}

#[tokio::test]
async fn an_older_file_at_dest_is_replaced_and_missing_folders_are_made() {
    let body = pack_bytes(10_000);
    let server = Server::normal(body.clone());
    let place = Place::temp();
    std::fs::write(&place.dest, b"last year's pack").unwrap();

    fetch(&place.request(server.url())).await.0.unwrap();
    assert_eq!(read(&place.dest), body);

    let mut nested = place.request(server.url());
    nested.dest = place.dir.path().join("packs/ur/demo.pack");
    fetch(&nested).await.0.unwrap();
    assert_eq!(read(&nested.dest), body);
}

#[test]
fn the_download_future_can_move_between_threads() {
    // UniFFI's async calls run on a multi-threaded tokio runtime: the future must be Send.
    fn assert_send<T: Send>(_: &T) {}
    let place = Place::temp();
    let request = place.request("http://127.0.0.1:9/".to_owned());
    let downloader = downloader();
    let future = downloader.fetch(&request, &|_| {});
    assert_send(&future);
}
