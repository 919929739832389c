//! The storage budget: a download that is or becomes too big is refused and deleted.

use saathi_net::{Expected, NetError};

use crate::server::{Reply, Server};
use crate::{Place, fetch, pack_bytes, read};

#[tokio::test]
async fn a_file_announced_larger_than_the_budget_is_refused() {
    let server = Server::normal(pack_bytes(200_000));
    let place = Place::temp();
    let mut request = place.request(server.url());
    request.max_bytes = 199_999;

    let error = fetch(&request).await.0.unwrap_err();

    assert!(matches!(error, NetError::TooLarge { limit: 199_999 }), "{error:?}");
    assert_eq!(place.files(), Vec::<String>::new());
    assert_eq!(server.seen().len(), 1, "too large is final, not retried");
}

#[tokio::test]
async fn a_file_exactly_at_the_budget_is_fine() {
    let body = pack_bytes(200_000);
    let server = Server::normal(body.clone());
    let place = Place::temp();
    let mut request = place.request(server.url());
    request.max_bytes = 200_000;

    fetch(&request).await.0.unwrap();
    assert_eq!(read(&place.dest), body);
}

#[tokio::test]
async fn what_is_already_on_disk_counts_towards_the_budget() {
    let body = pack_bytes(200_000);
    let server = Server::normal(body.clone());
    let place = Place::temp();
    std::fs::write(place.part(), &body[..150_000]).unwrap();
    let mut request = place.request(server.url());
    // The 50,000 bytes still to come fit; with the 150,000 on disk they do not.
    request.max_bytes = 180_000;

    let error = fetch(&request).await.0.unwrap_err();

    assert!(matches!(error, NetError::TooLarge { limit: 180_000 }), "{error:?}");
    assert_eq!(server.ranges(), [Some("bytes=150000-".to_owned())]);
    assert_eq!(place.files(), Vec::<String>::new());
}

#[tokio::test]
async fn a_lying_content_length_is_enough_to_refuse() {
    let server = Server::start(pack_bytes(1_000), Vec::new(), Reply::ClaimLength(5_000_000_000));
    let place = Place::temp();

    let error = fetch(&place.request(server.url())).await.0.unwrap_err();

    assert!(matches!(error, NetError::TooLarge { .. }), "{error:?}");
    assert_eq!(place.files(), Vec::<String>::new());
}

#[tokio::test]
async fn a_body_without_a_length_is_stopped_when_it_passes_the_budget() {
    let server = Server::start(pack_bytes(64 * 1024), Vec::new(), Reply::Unsized(20_000_000));
    let place = Place::temp();
    let mut request = place.request(server.url());
    request.max_bytes = 1_000_000;

    let error = fetch(&request).await.0.unwrap_err();

    assert!(matches!(error, NetError::TooLarge { limit: 1_000_000 }), "{error:?}");
    assert_eq!(place.files(), Vec::<String>::new(), "the .part is deleted, not left filling the disk");
    assert_eq!(server.seen().len(), 1);
}

#[tokio::test]
async fn a_body_without_a_length_within_the_budget_is_taken_as_sent() {
    let body = pack_bytes(64 * 1024);
    let server = Server::start(body.clone(), Vec::new(), Reply::Unsized(64 * 1024));
    let place = Place::temp();

    let done = fetch(&place.request(server.url())).await.0.unwrap();

    assert_eq!(done.bytes, 64 * 1024);
    assert_eq!(read(&place.dest), body);
}

#[tokio::test]
async fn an_expected_size_over_the_budget_is_refused_without_asking_the_server() {
    let server = Server::normal(pack_bytes(1_000));
    let place = Place::temp();
    let mut request = place.request(server.url());
    request.max_bytes = 500;
    request.expected = Some(Expected { size: 1_000, sha256: [0; 32] });

    let error = fetch(&request).await.0.unwrap_err();

    assert!(matches!(error, NetError::TooLarge { limit: 500 }), "{error:?}");
    assert!(server.seen().is_empty());
}

#[tokio::test]
async fn a_part_file_over_the_budget_is_thrown_away_first() {
    let body = pack_bytes(50_000);
    let server = Server::normal(body.clone());
    let place = Place::temp();
    std::fs::write(place.part(), vec![1u8; 150_000]).unwrap();
    let mut request = place.request(server.url());
    request.max_bytes = 100_000;

    let done = fetch(&request).await.0.unwrap();

    assert_eq!(done.resumed_from, 0);
    assert_eq!(server.ranges(), [None]);
    assert_eq!(read(&place.dest), body);
}
