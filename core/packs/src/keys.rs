//! Publisher keys (Ed25519, ed25519-dalek): the secret [`SigningKey`] a publisher signs
//! packs with, the public [`PublisherKey`] a manifest names, and [`TrustedKeys`], the
//! publisher keys an app build accepts.
//!
//! Key files are text: a first line that says which kind of key the file holds, then the
//! 32 key bytes as 64 lowercase hex digits. Lines starting with '#' after the first are
//! comments. The first line is checked so that a secret key is never read as a public one
//! or the other way round.

use std::collections::HashSet;
use std::fmt;
use std::fs;
use std::io::Write;
use std::path::Path;

use ed25519_dalek::{Signature, Signer};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{Error, IoContext};

const SIGNING_HEADER: &str = "# saathi pack signing key";
const PUBLIC_HEADER: &str = "# saathi pack publisher key";

/// The length of `manifest.sig`: one raw Ed25519 signature.
pub const SIGNATURE_LEN: usize = 64;

/// A publisher's secret key. Whoever holds it can publish packs that every app trusting
/// its [`PublisherKey`] installs, so it never goes in a repository (the demo key is the one
/// deliberate exception, see the README). `Debug` does not print it.
pub struct SigningKey(ed25519_dalek::SigningKey);

impl SigningKey {
    /// A new key from the operating system's randomness.
    pub fn generate() -> Result<Self, Error> {
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed).map_err(|_| Error::NoRandomness)?;
        let key = SigningKey(ed25519_dalek::SigningKey::from_bytes(&seed));
        seed.fill(0);
        Ok(key)
    }

    /// The key from its 32 secret bytes (the Ed25519 seed).
    pub fn from_bytes(seed: &[u8; 32]) -> Self {
        SigningKey(ed25519_dalek::SigningKey::from_bytes(seed))
    }

    pub fn public_key(&self) -> PublisherKey {
        PublisherKey(self.0.verifying_key())
    }

    pub(crate) fn sign(&self, message: &[u8]) -> [u8; SIGNATURE_LEN] {
        self.0.sign(message).to_bytes()
    }

    /// The key file's text. It holds the secret: write it with [`SigningKey::write`].
    pub fn to_key_file(&self) -> String {
        format!(
            "{SIGNING_HEADER} (SECRET: whoever holds this can publish packs)\n# publisher key {}\n{}\n",
            self.public_key(),
            hex::encode(self.0.to_bytes())
        )
    }

    pub fn from_key_file(text: &str) -> Result<Self, Error> {
        let seed = parse_key_file(text, SIGNING_HEADER)?;
        Ok(SigningKey::from_bytes(&seed))
    }

    pub fn read(path: &Path) -> Result<Self, Error> {
        SigningKey::from_key_file(&fs::read_to_string(path).ctx("read the key file", path)?)
    }

    /// Writes a new key file, readable only by its owner on Unix. Refuses to overwrite an
    /// existing file: losing a signing key means re-signing every pack under a new key.
    pub fn write(&self, path: &Path) -> Result<(), Error> {
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(path).ctx("create the key file", path)?;
        file.write_all(self.to_key_file().as_bytes()).ctx("write the key file", path)?;
        file.sync_all().ctx("write the key file", path)
    }
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SigningKey(publisher key {})", self.public_key())
    }
}

/// A publisher's public key: names the publisher in a manifest and checks its signature.
/// Displays as 64 lowercase hex digits.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct PublisherKey(ed25519_dalek::VerifyingKey);

impl PublisherKey {
    /// Refuses bytes that are not a point on the curve, and weak (small-order) points, for
    /// which signatures prove nothing.
    pub fn from_bytes(bytes: &[u8; 32]) -> Option<Self> {
        let key = ed25519_dalek::VerifyingKey::from_bytes(bytes).ok()?;
        if key.is_weak() { None } else { Some(PublisherKey(key)) }
    }

    /// From 64 lowercase hex digits.
    pub fn from_hex(text: &str) -> Option<Self> {
        PublisherKey::from_bytes(&decode_hex32(text)?)
    }

    pub fn as_bytes(&self) -> &[u8; 32] {
        self.0.as_bytes()
    }

    /// Whether `signature` is this key's signature of `message`. Strict verification:
    /// refuses the non-canonical encodings that would let one signature take several forms.
    pub(crate) fn verifies(&self, message: &[u8], signature: &[u8; SIGNATURE_LEN]) -> bool {
        self.0.verify_strict(message, &Signature::from_bytes(signature)).is_ok()
    }

    pub fn to_key_file(&self) -> String {
        format!("{PUBLIC_HEADER}\n{self}\n")
    }

    pub fn from_key_file(text: &str) -> Result<Self, Error> {
        let bytes = parse_key_file(text, PUBLIC_HEADER)?;
        PublisherKey::from_bytes(&bytes).ok_or(Error::BadKeyFile { why: "not an Ed25519 public key" })
    }

    pub fn read(path: &Path) -> Result<Self, Error> {
        PublisherKey::from_key_file(&fs::read_to_string(path).ctx("read the key file", path)?)
    }
}

impl fmt::Display for PublisherKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex::encode(self.as_bytes()))
    }
}

impl fmt::Debug for PublisherKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublisherKey({self})")
    }
}

impl Serialize for PublisherKey {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PublisherKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        PublisherKey::from_hex(&text).ok_or_else(|| {
            serde::de::Error::custom("the publisher key is not 64 hex digits of an Ed25519 key")
        })
    }
}

/// The publisher keys an app build trusts. Release builds hold only real publishers'
/// keys; the demo key belongs in demo and test builds alone (see the README).
#[derive(Debug, Clone, Default)]
pub struct TrustedKeys {
    keys: HashSet<PublisherKey>,
}

impl TrustedKeys {
    pub fn new() -> Self {
        TrustedKeys::default()
    }

    pub fn with(mut self, key: PublisherKey) -> Self {
        self.keys.insert(key);
        self
    }

    pub fn insert(&mut self, key: PublisherKey) {
        self.keys.insert(key);
    }

    pub fn contains(&self, key: &PublisherKey) -> bool {
        self.keys.contains(key)
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}

impl FromIterator<PublisherKey> for TrustedKeys {
    fn from_iter<I: IntoIterator<Item = PublisherKey>>(keys: I) -> Self {
        TrustedKeys { keys: keys.into_iter().collect() }
    }
}

/// 64 lowercase hex digits to 32 bytes. Upper case is refused so that each key and hash has
/// exactly one spelling.
pub(crate) fn decode_hex32(text: &str) -> Option<[u8; 32]> {
    if text.len() != 64 || !text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        return None;
    }
    let mut bytes = [0u8; 32];
    hex::decode_to_slice(text, &mut bytes).ok()?;
    Some(bytes)
}

fn parse_key_file(text: &str, header: &str) -> Result<[u8; 32], Error> {
    let mut lines = text.lines();
    if !lines.next().is_some_and(|first| first.starts_with(header)) {
        let why = if header == SIGNING_HEADER {
            "the first line must say this is a saathi pack signing key"
        } else {
            "the first line must say this is a saathi pack publisher key"
        };
        return Err(Error::BadKeyFile { why });
    }
    let mut data = lines.map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'));
    let (Some(key), None) = (data.next(), data.next()) else {
        return Err(Error::BadKeyFile { why: "there must be exactly one line of key digits" });
    };
    decode_hex32(key).ok_or(Error::BadKeyFile { why: "the key must be 64 lowercase hex digits" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_files_round_trip_and_are_not_confused() {
        let key = SigningKey::generate().expect("key");
        let public = key.public_key();
        let secret_text = key.to_key_file();
        let public_text = public.to_key_file();
        assert_eq!(SigningKey::from_key_file(&secret_text).expect("secret").public_key(), public);
        assert_eq!(PublisherKey::from_key_file(&public_text).expect("public"), public);
        assert!(matches!(PublisherKey::from_key_file(&secret_text), Err(Error::BadKeyFile { .. })));
        assert!(matches!(SigningKey::from_key_file(&public_text), Err(Error::BadKeyFile { .. })));
        assert!(
            !format!("{key:?}").contains(&hex::encode(key.0.to_bytes())),
            "Debug must not show the secret"
        );
    }

    #[test]
    fn generated_keys_differ() {
        let a = SigningKey::generate().expect("key").public_key();
        let b = SigningKey::generate().expect("key").public_key();
        assert_ne!(a, b);
    }

    #[test]
    fn signatures_verify_only_for_their_message_and_key() {
        let key = SigningKey::generate().expect("key");
        let other = SigningKey::generate().expect("key");
        let sig = key.sign(b"manifest");
        assert!(key.public_key().verifies(b"manifest", &sig));
        assert!(!key.public_key().verifies(b"manifesT", &sig));
        assert!(!other.public_key().verifies(b"manifest", &sig));
    }

    #[test]
    fn refuses_uppercase_short_and_weak_keys() {
        let public = SigningKey::generate().expect("key").public_key().to_string();
        assert!(PublisherKey::from_hex(&public).is_some());
        assert!(PublisherKey::from_hex(&public.to_uppercase()).is_none());
        assert!(PublisherKey::from_hex(&public[..62]).is_none());
        // The identity point (a small-order point): any "signature" would verify under it.
        let identity = format!("01{}", "00".repeat(31));
        assert!(PublisherKey::from_hex(&identity).is_none());
    }
}
