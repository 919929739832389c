//! Expected size and SHA-256: a file that does not match is refused, deleted, and leaves the
//! previous file in place.

use saathi_net::{Expected, NetError};

use crate::server::{Reply, Server};
use crate::{Place, expected, fetch, pack_bytes, read, sha256};

#[tokio::test]
async fn wrong_bytes_are_refused_and_the_old_file_stays() {
    let body = pack_bytes(100_000);
    let server = Server::start(body.clone(), Vec::new(), Reply::WrongBytes);
    let place = Place::temp();
    std::fs::write(&place.dest, b"the pack installed last month").unwrap();
    let mut request = place.request(server.url());
    request.expected = expected(&body);

    let error = fetch(&request).await.0.unwrap_err();

    assert!(matches!(error, NetError::WrongHash), "{error:?}");
    assert_eq!(read(&place.dest), b"the pack installed last month");
    assert_eq!(place.files(), ["demo.pack"], "the .part is deleted so a retry starts clean");
    assert_eq!(server.seen().len(), 1, "a wrong hash is not retried within the call");
}

#[tokio::test]
async fn a_wrong_prefix_already_on_disk_is_caught_and_the_retry_starts_clean() {
    let body = pack_bytes(100_000);
    let server = Server::normal(body.clone());
    let place = Place::temp();
    // Left by an earlier run: the right length, the wrong bytes.
    std::fs::write(place.part(), vec![0u8; 40_000]).unwrap();
    let mut request = place.request(server.url());
    request.expected = expected(&body);

    let error = fetch(&request).await.0.unwrap_err();
    assert!(matches!(error, NetError::WrongHash), "{error:?}");
    assert_eq!(place.files(), Vec::<String>::new());

    let done = fetch(&request).await.0.unwrap();
    assert_eq!((done.resumed_from, done.attempts), (0, 1));
    assert_eq!(server.ranges(), [Some("bytes=40000-".to_owned()), None]);
    assert_eq!(read(&place.dest), body);
}

#[tokio::test]
async fn a_size_other_than_expected_is_refused_before_the_body_is_written() {
    let body = pack_bytes(100_000);
    let server = Server::normal(body.clone());
    let place = Place::temp();
    let mut request = place.request(server.url());
    request.expected = Some(Expected { size: 90_000, sha256: sha256(&body[..90_000]) });

    let error = fetch(&request).await.0.unwrap_err();

    assert!(matches!(error, NetError::WrongSize { expected: 90_000, actual: 100_000 }), "{error:?}");
    assert_eq!(place.files(), Vec::<String>::new());
}

#[tokio::test]
async fn without_an_expected_hash_the_hash_of_what_arrived_is_reported() {
    // saathi-packs checks the signature; it gets the hash of the bytes as they are on disk.
    let body = pack_bytes(10_000);
    let server = Server::start(body.clone(), Vec::new(), Reply::WrongBytes);
    let place = Place::temp();

    let done = fetch(&place.request(server.url())).await.0.unwrap();

    let on_disk = read(&place.dest);
    assert_ne!(on_disk, body);
    assert_eq!(done.sha256, sha256(&on_disk));
}
