//! The UniFFI bindings generator, pinned to the same uniffi version as `saathi-ffi` (a
//! mismatch gives bindings that fail at load time with a checksum error).
//! Run it through `scripts/gen-bindings.sh`, which passes the right library and paths.

fn main() {
    uniffi::uniffi_bindgen_main()
}
