//! Reading the `Content-Range` header of a 206 answer (RFC 9110 §14.4).

/// `bytes first-last/complete`: the part being sent and, when the server knows it, the size of
/// the whole file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ContentRange {
    pub first: u64,
    pub last: u64,
    pub complete: Option<u64>,
}

impl ContentRange {
    /// Parses `bytes 100-199/1000` or `bytes 100-199/*`; anything else (including the
    /// `bytes */1000` of a 416, and ranges that end before they start or past the file's end)
    /// is `None`.
    pub fn parse(value: &str) -> Option<ContentRange> {
        let rest = value.trim().strip_prefix("bytes ")?;
        let (range, complete) = rest.split_once('/')?;
        let (first, last) = range.split_once('-')?;
        let first = parse_number(first)?;
        let last = parse_number(last)?;
        let complete = match complete.trim() {
            "*" => None,
            n => Some(parse_number(n)?),
        };
        let fits = first <= last && complete.is_none_or(|n| last < n);
        fits.then_some(ContentRange { first, last, complete })
    }

    /// The size of the whole file, when it is known: the server's word, or else where this
    /// part ends (true when the caller asked for everything from `first` on).
    pub fn complete_or_end(self) -> u64 {
        self.complete.unwrap_or(self.last + 1)
    }
}

/// Only ASCII digits: `u64::from_str` would also accept a leading `+`.
fn parse_number(text: &str) -> Option<u64> {
    let text = text.trim();
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// The complete length in a 416's `Content-Range: bytes */1000`.
pub(crate) fn unsatisfied_complete(value: &str) -> Option<u64> {
    parse_number(value.trim().strip_prefix("bytes */")?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_range_with_and_without_a_known_size() {
        assert_eq!(
            ContentRange::parse("bytes 100-999/1000"),
            Some(ContentRange { first: 100, last: 999, complete: Some(1000) })
        );
        assert_eq!(
            ContentRange::parse("bytes 0-9/*"),
            Some(ContentRange { first: 0, last: 9, complete: None })
        );
        assert_eq!(ContentRange::parse("bytes 0-9/*").map(ContentRange::complete_or_end), Some(10));
    }

    #[test]
    fn refuses_what_is_not_a_satisfied_byte_range() {
        for bad in [
            "",
            "bytes */1000",
            "items 0-9/10",
            "bytes 10-9/100",
            "bytes 0-100/100",
            "bytes +1-9/10",
            "bytes 0-9",
            "bytes a-9/10",
            "bytes 0-99999999999999999999/*",
        ] {
            assert_eq!(ContentRange::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn reads_the_size_in_a_416() {
        assert_eq!(unsatisfied_complete("bytes */1000"), Some(1000));
        assert_eq!(unsatisfied_complete("bytes 0-9/1000"), None);
    }
}
