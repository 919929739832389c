//! What is refused before any connection is made.

use std::time::Duration;

use saathi_net::{NetError, Network};

use crate::server::{Reply, Server};
use crate::{Place, downloader, fetch, pack_bytes, read};

#[tokio::test]
async fn wifi_only_on_mobile_data_waits_for_wifi_without_connecting() {
    let server = Server::normal(pack_bytes(1_000));
    let place = Place::temp();
    let mut request = place.request(server.url());
    request.wifi_only = true;
    request.network = Network::Metered;

    let error = fetch(&request).await.0.unwrap_err();

    assert!(matches!(error, NetError::NeedsWifi), "{error:?}");
    assert!(server.seen().is_empty());
    assert_eq!(place.files(), Vec::<String>::new());
}

#[tokio::test]
async fn offline_is_refused_without_connecting() {
    let server = Server::normal(pack_bytes(1_000));
    let place = Place::temp();
    for wifi_only in [false, true] {
        let mut request = place.request(server.url());
        request.wifi_only = wifi_only;
        request.network = Network::Offline;

        let error = fetch(&request).await.0.unwrap_err();
        assert!(matches!(error, NetError::Offline), "{error:?}");
    }
    assert!(server.seen().is_empty());
    assert_eq!(place.files(), Vec::<String>::new());
}

#[tokio::test]
async fn mobile_data_is_used_when_the_person_allows_it() {
    let body = pack_bytes(1_000);
    let server = Server::normal(body.clone());
    let place = Place::temp();
    let mut request = place.request(server.url());
    request.network = Network::Metered;

    fetch(&request).await.0.unwrap();
    assert_eq!(read(&place.dest), body);
}

#[tokio::test]
async fn only_http_and_https_urls_are_accepted() {
    let place = Place::temp();
    for (url, code) in [
        ("not a url", "bad-url"),
        ("/relative/path.pack", "bad-url"),
        ("ftp://127.0.0.1/demo.pack", "unsupported-scheme"),
        ("file:///etc/passwd", "unsupported-scheme"),
    ] {
        let error = fetch(&place.request(url.to_owned())).await.0.unwrap_err();
        assert_eq!(error.code(), code, "{url}");
    }
    assert_eq!(place.files(), Vec::<String>::new());
}

#[tokio::test]
async fn a_second_download_to_the_same_file_is_refused_while_the_first_runs() {
    let body = pack_bytes(64 * 1024);
    let slow = Reply::Slow { chunk: 16 * 1024, pause: Duration::from_millis(100) };
    let server = Server::start(body.clone(), Vec::new(), slow);
    let place = Place::temp();
    let request = place.request(server.url());
    let downloader = downloader();

    let second = async {
        while server.seen().is_empty() {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        downloader.fetch(&request, &|_| {}).await
    };
    let (first, second) = tokio::join!(downloader.fetch(&request, &|_| {}), second);

    assert!(matches!(second, Err(NetError::AlreadyDownloading)), "{second:?}");
    first.unwrap();
    assert_eq!(read(&place.dest), body);
    assert_eq!(server.seen().len(), 1);
}
