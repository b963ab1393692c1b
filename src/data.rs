//! The corpus that `build.rs` parsed and embedded.

use std::rc::Rc;

use dossier_corpus::geo::Basemap;
use dossier_corpus::graph::ActorMap;
use dossier_corpus::search::SearchIndex;
use dossier_corpus::Corpus;

/// The postcard bytes written by `build.rs`.
static CORPUS_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));
/// The actor network and its layout, written by `build.rs`.
static MAP_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/actor_map.bin"));

/// The basemap of the places, written by `build.rs` (none when no place
/// has coordinates).
static BASEMAP_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/basemap.bin"));

/// The search index, written by `build.rs`.
static SEARCH_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/search.bin"));

thread_local! {
    static SEARCH: Result<Rc<SearchIndex>, String> = postcard::from_bytes(SEARCH_BYTES)
        .map(Rc::new)
        .map_err(|error| format!("The embedded search index could not be read ({error}). Rebuild the app."));
    static BASEMAP: Result<Option<Rc<Basemap>>, String> = postcard::from_bytes::<Option<Basemap>>(BASEMAP_BYTES)
        .map(|basemap| basemap.map(Rc::new))
        .map_err(|error| format!("The embedded basemap could not be read ({error}). Rebuild the app."));
    static MAP: Result<MapHandle, String> = postcard::from_bytes(MAP_BYTES)
        .map(|map| MapHandle(Rc::new(map)))
        .map_err(|error| format!("The embedded actor map could not be read ({error}). Rebuild the app."));
}

/// The embedded search index, decoded once on first use.
pub fn embedded_index() -> Result<Rc<SearchIndex>, String> {
    SEARCH.with(Clone::clone)
}

/// The embedded basemap, decoded once on first use.
pub fn embedded_basemap() -> Result<Option<Rc<Basemap>>, String> {
    BASEMAP.with(Clone::clone)
}

/// The embedded actor map, decoded once on first use.
pub fn embedded_map() -> Result<MapHandle, String> {
    MAP.with(Clone::clone)
}

/// A shared actor map that compares by identity.
#[derive(Debug, Clone)]
pub struct MapHandle(pub Rc<ActorMap>);

impl PartialEq for MapHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for MapHandle {
    type Target = ActorMap;

    fn deref(&self) -> &ActorMap {
        &self.0
    }
}

/// Decodes the embedded corpus; the error is a sentence for the reader.
pub fn embedded_corpus() -> Result<Rc<Corpus>, String> {
    decode_corpus(CORPUS_BYTES)
}

/// Decodes a corpus from postcard bytes.
pub fn decode_corpus(bytes: &[u8]) -> Result<Rc<Corpus>, String> {
    postcard::from_bytes(bytes).map(Rc::new).map_err(|error| {
        format!("The embedded corpus could not be read ({error}). Rebuild the app.")
    })
}

/// A shared corpus that compares by identity, so that passing it as a prop
/// never walks the whole corpus to decide whether to re-render.
#[derive(Debug, Clone)]
pub struct CorpusHandle(pub Rc<Corpus>);

impl PartialEq for CorpusHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for CorpusHandle {
    type Target = Corpus;

    fn deref(&self) -> &Corpus {
        &self.0
    }
}
