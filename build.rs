//! Parses the corpus folder at compile time, runs the extraction (actors,
//! dates, events, relations) and embeds the result, for the native builds
//! (the first screen rendered ahead, the rendering tests) and the in-browser
//! tests (feature `embedded`).
//!
//! The app itself, compiled to wasm, holds no corpus: it fetches the data
//! file that `cargo xtask`'s post-build hook writes next to it
//! (`dossier bundle`, the same [`Parts::encode`] as here), so that a
//! corpus changed never recompiles it. For that build this script does
//! nothing and watches nothing.
//!
//! The folder is `seeds/` unless `DOSSIER_SEEDS` names another one. The
//! data file (the corpus, its search index, its actor network and layout,
//! and the basemap of its region from `data/natural-earth/`) is written to
//! `$OUT_DIR/data.bin`, which `src/data.rs` includes. Warnings print as
//! `file:line: message`; a folder with no usable article, or a malformed
//! gazetteer, fails the build with every reason (`file:line:column` for the
//! gazetteer).

use std::path::PathBuf;

use dossier_corpus::bundle::encode_parts;
use dossier_corpus::{build_corpus, BuildError, LoadError, LoadOptions, Severity};

fn main() {
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    if wasm && std::env::var_os("CARGO_FEATURE_EMBEDDED").is_none() {
        println!("cargo:rerun-if-changed=build.rs");
        return;
    }
    println!("cargo:rerun-if-env-changed=DOSSIER_SEEDS");
    println!("cargo:rerun-if-env-changed=DOSSIER_MAX_FILE_BYTES");
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let seeds = std::env::var_os("DOSSIER_SEEDS")
        .map(PathBuf::from)
        .map(|dir| {
            if dir.is_absolute() {
                dir
            } else {
                manifest_dir.join(dir)
            }
        })
        .unwrap_or_else(|| manifest_dir.join("seeds"));
    println!("cargo:rerun-if-changed={}", seeds.display());

    let mut options = LoadOptions::default();
    if let Ok(limit) = std::env::var("DOSSIER_MAX_FILE_BYTES") {
        match limit.parse() {
            Ok(limit) => options.max_file_bytes = limit,
            Err(_) => fail(&format!(
                "DOSSIER_MAX_FILE_BYTES is not a number of bytes: {limit}"
            )),
        }
    }
    let built = match build_corpus(&seeds, &options) {
        Ok(built) => built,
        Err(error) => {
            if let BuildError::Load(LoadError::NoArticles { diagnostics, .. }) = &error {
                diagnostics
                    .iter()
                    .for_each(|diagnostic| eprintln!("{diagnostic}"));
            }
            fail(&error.to_string());
        }
    };
    for diagnostic in &built.diagnostics {
        if diagnostic.severity >= Severity::Warning {
            println!("cargo:warning={diagnostic}");
        }
    }
    let world = manifest_dir.join("data/natural-earth/ne_110m_admin_0_countries.geojson");
    println!("cargo:rerun-if-changed={}", world.display());
    let parts = match encode_parts(&built, &world) {
        Ok(parts) => parts,
        Err(error) => fail(&error),
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("data.bin");
    if let Err(error) = std::fs::write(&out, parts.encode()) {
        fail(&format!("{}: cannot write: {error}", out.display()));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    println!("cargo:warning=error: {message}");
    std::process::exit(1);
}
