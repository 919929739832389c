//! Dropped connections, stalls and `.part` files left from before: the download resumes with
//! `Range` where that is safe and starts over where it is not.

use std::time::Duration;

use saathi_net::NetError;

use crate::server::{Reply, Server};
use crate::{MAX_ATTEMPTS, Place, expected, fetch, pack_bytes, read, sha256};

#[tokio::test]
async fn a_dropped_connection_is_resumed_with_a_range_request() {
    let body = pack_bytes(300_000);
    let server = Server::start(body.clone(), vec![Reply::DropAfter(100_000)], Reply::Normal);
    let place = Place::temp();

    let done = fetch(&place.request(server.url())).await.0.unwrap();

    assert_eq!(read(&place.dest), body);
    assert_eq!((done.resumed_from, done.attempts), (100_000, 2));
    assert_eq!(server.ranges(), [None, Some("bytes=100000-".to_owned())]);
    assert_eq!(place.files(), ["demo.pack"]);
}

#[tokio::test]
async fn a_resumed_download_is_hashed_as_one_file() {
    let body = pack_bytes(300_000);
    let server = Server::start(body.clone(), vec![Reply::DropAfter(123_457)], Reply::Normal);
    let place = Place::temp();
    let mut request = place.request(server.url());
    request.expected = expected(&body);

    let done = fetch(&request).await.0.unwrap();

    assert_eq!(done.sha256, sha256(&body));
    assert_eq!((done.resumed_from, done.attempts), (123_457, 2));
    assert_eq!(read(&place.dest), body);
}

#[tokio::test]
async fn a_connection_that_always_drops_keeps_what_arrived_for_next_time() {
    let body = pack_bytes(300_000);
    let place = Place::temp();
    {
        let server = Server::start(body.clone(), Vec::new(), Reply::DropAfter(50_000));
        let error = fetch(&place.request(server.url())).await.0.unwrap_err();

        assert!(matches!(error, NetError::Interrupted { attempts: MAX_ATTEMPTS }), "{error:?}");
        assert_eq!(
            server.ranges(),
            [None, Some("bytes=50000-".to_owned()), Some("bytes=100000-".to_owned())]
        );
        assert!(!place.dest.exists());
        assert_eq!(read(&place.part()), body[..150_000]);
    }

    // Later, on a better connection.
    let server = Server::normal(body.clone());
    let done = fetch(&place.request(server.url())).await.0.unwrap();

    assert_eq!((done.resumed_from, done.attempts), (150_000, 1));
    assert_eq!(server.ranges(), [Some("bytes=150000-".to_owned())]);
    assert_eq!(read(&place.dest), body);
    assert_eq!(place.files(), ["demo.pack"]);
}

#[tokio::test]
async fn a_part_file_left_by_an_earlier_run_is_resumed() {
    let body = pack_bytes(300_000);
    let server = Server::normal(body.clone());
    let place = Place::temp();
    std::fs::write(place.part(), &body[..123_456]).unwrap();
    let mut request = place.request(server.url());
    request.expected = expected(&body);

    let done = fetch(&request).await.0.unwrap();

    assert_eq!((done.resumed_from, done.attempts), (123_456, 1));
    assert_eq!(server.ranges(), [Some("bytes=123456-".to_owned())]);
    assert_eq!(read(&place.dest), body);
}

#[tokio::test]
async fn a_server_that_ignores_range_is_downloaded_from_the_start() {
    let body = pack_bytes(300_000);
    let server = Server::start(body.clone(), Vec::new(), Reply::IgnoreRange);
    let place = Place::temp();
    std::fs::write(place.part(), &body[..100_000]).unwrap();

    let done = fetch(&place.request(server.url())).await.0.unwrap();

    // The 200 replaced the .part's contents rather than being appended to them.
    assert_eq!(read(&place.dest), body);
    assert_eq!((done.resumed_from, done.attempts), (0, 1));
    assert_eq!(server.ranges(), [Some("bytes=100000-".to_owned())]);
}

#[tokio::test]
async fn a_partial_answer_that_starts_in_the_wrong_place_means_starting_over() {
    let body = pack_bytes(300_000);
    let server = Server::start(body.clone(), vec![Reply::WrongRangeStart], Reply::Normal);
    let place = Place::temp();
    std::fs::write(place.part(), &body[..100_000]).unwrap();

    let done = fetch(&place.request(server.url())).await.0.unwrap();

    assert_eq!(read(&place.dest), body);
    assert_eq!((done.resumed_from, done.attempts), (0, 2));
    assert_eq!(server.ranges(), [Some("bytes=100000-".to_owned()), None]);
}

#[tokio::test]
async fn a_server_that_goes_silent_is_given_up_on_and_resumed() {
    let body = pack_bytes(200_000);
    // Silent for longer than the read timeout (1.5 s).
    let stall = Reply::Stall { after: 80_000, pause: Duration::from_secs(4) };
    let server = Server::start(body.clone(), vec![stall], Reply::Normal);
    let place = Place::temp();

    let done = fetch(&place.request(server.url())).await.0.unwrap();

    assert_eq!(read(&place.dest), body);
    assert_eq!((done.resumed_from, done.attempts), (80_000, 2));
    assert_eq!(server.ranges(), [None, Some("bytes=80000-".to_owned())]);
}

#[tokio::test]
async fn a_complete_part_file_is_finished_without_a_body_when_the_size_is_known() {
    let body = pack_bytes(50_000);
    let server = Server::normal(body.clone());
    let place = Place::temp();
    std::fs::write(place.part(), &body).unwrap();
    let mut request = place.request(server.url());
    request.expected = expected(&body);

    let done = fetch(&request).await.0.unwrap();

    // The server answered 416 (nothing after byte 50,000) and the file was already whole.
    assert_eq!((done.bytes, done.resumed_from, done.attempts), (50_000, 50_000, 1));
    assert_eq!(server.ranges(), [Some("bytes=50000-".to_owned())]);
    assert_eq!(read(&place.dest), body);
}

#[tokio::test]
async fn a_complete_looking_part_file_is_downloaded_again_when_the_size_is_not_known() {
    let body = pack_bytes(50_000);
    let server = Server::normal(body.clone());
    let place = Place::temp();
    // As long as the file, but whose bytes these are nobody can tell without an expected hash.
    std::fs::write(place.part(), vec![0u8; 50_000]).unwrap();

    let done = fetch(&place.request(server.url())).await.0.unwrap();

    assert_eq!((done.resumed_from, done.attempts), (0, 2));
    assert_eq!(server.ranges(), [Some("bytes=50000-".to_owned()), None]);
    assert_eq!(read(&place.dest), body);
}

#[tokio::test]
async fn a_part_file_longer_than_the_expected_size_is_thrown_away_first() {
    let body = pack_bytes(50_000);
    let server = Server::normal(body.clone());
    let place = Place::temp();
    std::fs::write(place.part(), vec![7u8; 60_000]).unwrap();
    let mut request = place.request(server.url());
    request.expected = expected(&body);

    let done = fetch(&request).await.0.unwrap();

    assert_eq!((done.resumed_from, done.attempts), (0, 1));
    assert_eq!(server.ranges(), [None]);
    assert_eq!(read(&place.dest), body);
}
