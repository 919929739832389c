//! The audit trail's hash chain: each entry's hash covers the previous entry's hash and
//! every field of the entry, so editing, deleting or reordering entries breaks the chain.
//! Pure: the store feeds entries in, this says whether and where the chain breaks.

use serde::Serialize;
use sha2::{Digest, Sha256};

pub type Hash = [u8; 32];

/// The hash before the first entry.
pub const GENESIS: Hash = [0; 32];

/// An audit entry's fields, exactly as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link<'a> {
    pub id: i64,
    pub at_ms: i64,
    pub actor: i64,
    pub patient: Option<i64>,
    pub action: &'a str,
    pub record_kind: Option<&'a str>,
    pub record: Option<i64>,
    pub private: bool,
}

fn put_opt_int(h: &mut Sha256, v: Option<i64>) {
    match v {
        Some(v) => {
            h.update([1]);
            h.update(v.to_be_bytes());
        }
        None => h.update([0]),
    }
}

fn put_str(h: &mut Sha256, s: Option<&str>) {
    match s {
        Some(s) => {
            h.update([1]);
            h.update((s.len() as u64).to_be_bytes());
            h.update(s.as_bytes());
        }
        None => h.update([0]),
    }
}

/// The hash of `entry` following `prev`. Every field is length-prefixed or fixed-width,
/// so no two different entries serialise alike.
pub fn hash(prev: &Hash, e: &Link<'_>) -> Hash {
    let mut h = Sha256::new();
    h.update(b"saathi-audit-v1");
    h.update(prev);
    h.update(e.id.to_be_bytes());
    h.update(e.at_ms.to_be_bytes());
    h.update(e.actor.to_be_bytes());
    put_opt_int(&mut h, e.patient);
    put_str(&mut h, Some(e.action));
    put_str(&mut h, e.record_kind);
    put_opt_int(&mut h, e.record);
    h.update([u8::from(e.private)]);
    h.finalize().into()
}

/// Where a chain breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "kebab-case")]
pub enum Break {
    /// This entry was changed after it was written.
    Altered { id: i64 },
    /// Entries before this one were removed or moved.
    Missing { before_id: i64 },
    /// Entries at the end were removed: the chain is shorter than its recorded head.
    Truncated { entries: u64, expected: u64 },
}

/// Walks a chain: feed each stored entry with its stored `prev` and `hash`, in id order.
pub struct Verifier {
    expected_prev: Hash,
    count: u64,
}

impl Default for Verifier {
    fn default() -> Self {
        Verifier { expected_prev: GENESIS, count: 0 }
    }
}

impl Verifier {
    pub fn next(&mut self, entry: &Link<'_>, stored_prev: &Hash, stored_hash: &Hash) -> Result<(), Break> {
        if *stored_prev != self.expected_prev {
            return Err(Break::Missing { before_id: entry.id });
        }
        if hash(stored_prev, entry) != *stored_hash {
            return Err(Break::Altered { id: entry.id });
        }
        self.expected_prev = *stored_hash;
        self.count += 1;
        Ok(())
    }

    /// Checks the end of the chain against the recorded head (count and last hash).
    pub fn finish(self, head_count: u64, head_hash: &Hash) -> Result<u64, Break> {
        if self.count != head_count || self.expected_prev != *head_hash {
            return Err(Break::Truncated { entries: self.count, expected: head_count });
        }
        Ok(self.count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: i64, action: &str) -> Link<'_> {
        Link {
            id,
            at_ms: 1_000 * id,
            actor: 1,
            patient: Some(1),
            action,
            record_kind: None,
            record: None,
            private: false,
        }
    }

    fn chain(actions: &[&'static str]) -> Vec<(Link<'static>, Hash, Hash)> {
        let mut prev = GENESIS;
        actions
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let e = entry(i as i64 + 1, a);
                let h = hash(&prev, &e);
                let out = (e, prev, h);
                prev = h;
                out
            })
            .collect()
    }

    fn verify(links: &[(Link<'_>, Hash, Hash)], head: (u64, Hash)) -> Result<u64, Break> {
        let mut v = Verifier::default();
        for (e, p, h) in links {
            v.next(e, p, h)?;
        }
        v.finish(head.0, &head.1)
    }

    #[test]
    fn an_intact_chain_verifies_and_any_change_breaks_it() {
        let c = chain(&["log", "view-readings", "revoke-safeguarding", "log"]);
        let head = (4, c[3].2);
        assert_eq!(verify(&c, head), Ok(4));

        let mut altered = c.clone();
        altered[1].0.action = "log";
        assert_eq!(verify(&altered, head), Err(Break::Altered { id: 2 }));

        let mut deleted = c.clone();
        deleted.remove(1);
        assert_eq!(verify(&deleted, head), Err(Break::Missing { before_id: 3 }));

        let mut swapped = c.clone();
        swapped.swap(1, 2);
        assert_eq!(verify(&swapped, head), Err(Break::Missing { before_id: 3 }));

        let truncated = &c[..3];
        assert_eq!(verify(truncated, head), Err(Break::Truncated { entries: 3, expected: 4 }));
    }

    #[test]
    fn fields_cannot_slide_into_each_other() {
        let a = Link { record_kind: Some("ab"), ..entry(1, "x") };
        let b = Link { action: "xa", record_kind: Some("b"), ..entry(1, "x") };
        assert_ne!(hash(&GENESIS, &a), hash(&GENESIS, &b));
    }
}
