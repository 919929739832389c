//! The `.part` file a download grows in, with the SHA-256 of everything in it kept up to date,
//! and the one step that turns it into the final file.

use std::io;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use tokio::fs::{File, OpenOptions};
use tokio::io::{AsyncReadExt, AsyncSeekExt, AsyncWriteExt};

/// `dest` + ".part", beside `dest` so the final rename stays on one file system.
pub(crate) fn part_path(dest: &Path) -> io::Result<PathBuf> {
    let Some(name) = dest.file_name() else {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, "the destination has no file name"));
    };
    let mut part_name = name.to_os_string();
    part_name.push(".part");
    Ok(dest.with_file_name(part_name))
}

pub(crate) struct PartFile {
    path: PathBuf,
    file: File,
    len: u64,
    /// The hash of the first `len` bytes of the file.
    hasher: Sha256,
}

impl PartFile {
    /// Opens the `.part` file, creating it if needed. What is already there (from an earlier
    /// call or an earlier run of the app) is read once to bring the hash up to date.
    pub async fn open(path: PathBuf) -> io::Result<PartFile> {
        let mut file =
            OpenOptions::new().read(true).write(true).create(true).truncate(false).open(&path).await?;
        let mut hasher = Sha256::new();
        let mut len = 0u64;
        let mut buffer = vec![0u8; 64 * 1024];
        loop {
            let n = file.read(&mut buffer).await?;
            if n == 0 {
                break;
            }
            hasher.update(&buffer[..n]);
            len += n as u64;
        }
        // Reading left the cursor at the end, where appends go.
        Ok(PartFile { path, file, len, hasher })
    }

    pub fn len(&self) -> u64 {
        self.len
    }

    pub fn sha256(&self) -> [u8; 32] {
        self.hasher.clone().finalize().into()
    }

    /// Throws away everything received, to start over from the first byte.
    pub async fn truncate(&mut self) -> io::Result<()> {
        self.file.set_len(0).await?;
        self.file.rewind().await?;
        self.len = 0;
        self.hasher = Sha256::new();
        Ok(())
    }

    pub async fn append(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.file.write_all(bytes).await?;
        self.hasher.update(bytes);
        self.len += bytes.len() as u64;
        Ok(())
    }

    /// Waits until every append has reached the OS (tokio writes in the background).
    pub async fn flush(&mut self) -> io::Result<()> {
        self.file.flush().await
    }

    /// Deletes the `.part` file.
    pub async fn delete(mut self) -> io::Result<()> {
        // Let writes in flight finish before the file goes; their errors no longer matter.
        let _ = self.file.flush().await;
        drop(self.file);
        match tokio::fs::remove_file(&self.path).await {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    /// Puts the complete file at `dest` in one step: synced to disk first, then renamed over
    /// whatever was there, so `dest` is never half written, even after a power cut.
    pub async fn finish(mut self, dest: &Path) -> io::Result<()> {
        self.file.flush().await?;
        self.file.sync_all().await?;
        drop(self.file);
        tokio::fs::rename(&self.path, dest).await?;
        sync_parent(dest).await
    }
}

/// Makes the rename itself durable.
#[cfg(unix)]
async fn sync_parent(dest: &Path) -> io::Result<()> {
    match dest.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(dir) => File::open(dir).await?.sync_all().await,
        None => File::open(".").await?.sync_all().await,
    }
}

/// Directories cannot be opened as files elsewhere; the rename is as durable as the OS makes it.
#[cfg(not(unix))]
async fn sync_parent(_dest: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_part_file_sits_beside_the_destination() {
        let part = part_path(Path::new("/data/packs/diabetes-ur.pack")).unwrap();
        assert_eq!(part, Path::new("/data/packs/diabetes-ur.pack.part"));
        assert!(part_path(Path::new("/")).is_err());
    }
}
