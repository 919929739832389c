//! SHA-256 over streams, with one large buffer so that hashing, not system calls, sets the
//! pace (see benches/verify.rs).

use std::io::{self, Read, Write};

use sha2::{Digest, Sha256};

/// 256 KiB. The size hardly matters (16 KiB to 4 MiB measured within noise of each other
/// here: hashing sets the pace); this keeps system calls few without holding much memory.
const BUFFER: usize = 256 * 1024;

/// Which side of a copy failed: reading the pack, or writing the staged copy. They need
/// different messages (a damaged source, a full disk).
#[derive(Debug)]
pub(crate) enum CopyError {
    Read(io::Error),
    Write(io::Error),
}

impl CopyError {
    /// For hashing without a copy, where only reading can fail.
    pub fn into_io(self) -> io::Error {
        match self {
            CopyError::Read(e) | CopyError::Write(e) => e,
        }
    }
}

/// What a stream held: how many bytes and their SHA-256.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hashed {
    pub size: u64,
    pub sha256: [u8; 32],
}

/// Hashes streams through one buffer, reused from file to file: allocating a fresh large
/// buffer per file costs more than hashing a small file.
pub(crate) struct StreamHasher {
    buffer: Vec<u8>,
}

impl StreamHasher {
    pub fn new() -> Self {
        StreamHasher { buffer: vec![0u8; BUFFER] }
    }

    /// Hashes up to `limit + 1` bytes of `from`, copying them to `to` if given. Reading one
    /// byte past the limit is how a stream longer than promised is caught without reading
    /// all of it.
    pub fn hash(
        &mut self,
        from: &mut impl Read,
        to: Option<&mut dyn Write>,
        limit: u64,
    ) -> Result<Hashed, CopyError> {
        hash_with(&mut self.buffer, from, to, limit)
    }
}

fn hash_with(
    buffer: &mut [u8],
    from: &mut impl Read,
    mut to: Option<&mut dyn Write>,
    limit: u64,
) -> Result<Hashed, CopyError> {
    let mut hasher = Sha256::new();
    let mut size = 0u64;
    let mut from = from.take(limit.saturating_add(1));
    loop {
        let n = match from.read(buffer) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(CopyError::Read(e)),
        };
        hasher.update(&buffer[..n]);
        if let Some(to) = to.as_mut() {
            to.write_all(&buffer[..n]).map_err(CopyError::Write)?;
        }
        size += n as u64;
    }
    Ok(Hashed { size, sha256: hasher.finalize().into() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_like_the_known_vector_and_copies() {
        let mut out = Vec::new();
        let hashed = StreamHasher::new().hash(&mut &b"abc"[..], Some(&mut out), 100).expect("hash");
        assert_eq!(hashed.size, 3);
        assert_eq!(
            hex::encode(hashed.sha256),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(out, b"abc");
    }

    #[test]
    fn stops_one_byte_past_the_limit() {
        let data = vec![7u8; 10_000];
        let hashed = StreamHasher::new().hash(&mut &data[..], None, 100).expect("hash");
        assert_eq!(hashed.size, 101);
    }
}
