//! Parses the corpus folder at compile time, runs the extraction (actors,
//! dates, events, relations) and embeds the result.
//!
//! The folder is `seeds/` unless `DOSSIER_SEEDS` names another one. The
//! parsed corpus is written as postcard bytes to `$OUT_DIR/corpus.bin`, which
//! `src/data.rs` includes, with the actor network and its settled layout in
//! `$OUT_DIR/actor_map.bin`, the search index in `$OUT_DIR/search.bin`, and
//! the basemap of the corpus's region (from
//! `data/natural-earth/`) in `$OUT_DIR/basemap.bin`. Warnings print as `file:line: message`; a folder
//! with no usable article, or a malformed gazetteer, fails the build with
//! every reason (`file:line:column` for the gazetteer).

use std::path::PathBuf;

use dossier_corpus::geo::basemap_file;
use dossier_corpus::graph::actor_map;
use dossier_corpus::search::build_index;
use dossier_corpus::{build_corpus, BuildError, LoadError, LoadOptions, Severity};

fn main() {
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
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    write(
        &out_dir.join("corpus.bin"),
        postcard::to_allocvec(&built.corpus.without_repeated_text()),
    );
    write(
        &out_dir.join("search.bin"),
        postcard::to_allocvec(&build_index(&built.corpus)),
    );
    write(
        &out_dir.join("actor_map.bin"),
        postcard::to_allocvec(&actor_map(&built.corpus)),
    );
    // The basemap of the places the corpus is about, from the world file.
    let world = manifest_dir.join("data/natural-earth/ne_110m_admin_0_countries.geojson");
    println!("cargo:rerun-if-changed={}", world.display());
    let places: Vec<[f64; 2]> = built
        .corpus
        .actors
        .iter()
        .filter_map(|actor| actor.coordinates)
        .collect();
    let basemap = match basemap_file(&world, &places) {
        Ok(basemap) => basemap,
        Err(error) => fail(&error.to_string()),
    };
    write(
        &out_dir.join("basemap.bin"),
        postcard::to_allocvec(&basemap),
    );
}

fn write(path: &std::path::Path, bytes: Result<Vec<u8>, postcard::Error>) {
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(error) => fail(&format!("cannot encode {}: {error}", path.display())),
    };
    if let Err(error) = std::fs::write(path, bytes) {
        fail(&format!("{}: cannot write: {error}", path.display()));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    println!("cargo:warning=error: {message}");
    std::process::exit(1);
}
