//! Makes a new publisher key pair from the operating system's randomness:
//!
//! ```sh
//! cargo run -p saathi-packs --example keygen -- PATH/NAME
//! ```
//!
//! writes `NAME.signing-key` (the secret, readable only by you; never commit it) and
//! `NAME.publisher-key` (the public key that apps trust). Refuses to overwrite either.

use std::path::PathBuf;
use std::process::ExitCode;

use saathi_packs::SigningKey;

fn main() -> ExitCode {
    let Some(prefix) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: keygen PATH/NAME  (writes NAME.signing-key and NAME.publisher-key)");
        return ExitCode::from(2);
    };
    let secret = prefix.with_extension("signing-key");
    let public = prefix.with_extension("publisher-key");
    let made = SigningKey::generate().and_then(|key| {
        key.write(&secret)?;
        let text = key.public_key().to_key_file();
        std::fs::write(&public, text).map_err(|source| saathi_packs::Error::Io {
            op: "write",
            path: public.clone(),
            source,
        })?;
        Ok(key.public_key())
    });
    match made {
        Ok(key) => {
            println!("publisher key {key}\nsecret: {}\npublic: {}", secret.display(), public.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("keygen: {e}");
            ExitCode::FAILURE
        }
    }
}
