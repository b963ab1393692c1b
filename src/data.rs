//! The corpus that the build extracted: the four parts of its data file
//! (`dossier_corpus::bundle`), each decoded once, on first use.
//!
//! Natively (the first screen rendered ahead, the rendering tests) and in
//! the in-browser tests (feature `embedded`), `build.rs` writes the data
//! file and it is compiled in. The app in the browser holds no corpus:
//! `boot.js` fetches the build's data file while the wasm loads and leaves
//! its bytes on `globalThis.dossierData` (or why it could not, on
//! `globalThis.dossierDataError`), so that a new corpus needs no new wasm.

use std::rc::Rc;

use dossier_corpus::bundle::Parts;
use dossier_corpus::geo::Basemap;
use dossier_corpus::graph::ActorMap;
use dossier_corpus::search::SearchIndex;
use dossier_corpus::Corpus;

/// The data file written by `build.rs`, compiled in.
#[cfg(any(not(target_arch = "wasm32"), feature = "embedded"))]
fn data_file() -> Result<&'static [u8], String> {
    Ok(include_bytes!(concat!(env!("OUT_DIR"), "/data.bin")))
}

/// The data file that `boot.js` fetched, taken from the page once.
#[cfg(all(target_arch = "wasm32", not(feature = "embedded")))]
fn data_file() -> Result<&'static [u8], String> {
    thread_local! {
        static FILE: Result<&'static [u8], String> = fetched_data_file();
    }
    FILE.with(Clone::clone)
}

/// The bytes `boot.js` left on the page, moved into the wasm's memory for
/// the app's lifetime (the parts decoded from them borrow them).
#[cfg(all(target_arch = "wasm32", not(feature = "embedded")))]
fn fetched_data_file() -> Result<&'static [u8], String> {
    use wasm_bindgen::JsCast;
    let global = js_sys::global();
    let take = |name: &str| {
        let value = js_sys::Reflect::get(&global, &name.into()).ok();
        let _ = js_sys::Reflect::delete_property(&global, &name.into());
        value
    };
    let bytes = take("dossierData");
    let reason = take("dossierDataError").and_then(|reason| reason.as_string());
    match bytes.and_then(|bytes| bytes.dyn_into::<js_sys::Uint8Array>().ok()) {
        Some(bytes) => Ok(Box::leak(bytes.to_vec().into_boxed_slice())),
        None => Err(format!(
            "The corpus data file could not be loaded ({}). Reload the page; if that does not help, rebuild the app.",
            reason.unwrap_or_else(|| "the page did not fetch it".to_owned())
        )),
    }
}

/// The data file's four parts, or why it cannot be read.
fn parts() -> Result<Parts<&'static [u8]>, String> {
    let bytes = data_file()?;
    Parts::decode(bytes).map_err(|error| {
        format!("The corpus data file could not be read: {error}. Rebuild the app.")
    })
}

thread_local! {
    static SEARCH: Result<Rc<SearchIndex>, String> = parts().and_then(|parts| postcard::from_bytes(parts.search)
        .map(Rc::new)
        .map_err(|error| format!("The search index could not be read ({error}). Rebuild the app.")));
    static BASEMAP: Result<Option<Rc<Basemap>>, String> = parts().and_then(|parts| postcard::from_bytes::<Option<Basemap>>(parts.basemap)
        .map(|basemap| basemap.map(Rc::new))
        .map_err(|error| format!("The basemap could not be read ({error}). Rebuild the app.")));
    static MAP: Result<MapHandle, String> = parts().and_then(|parts| postcard::from_bytes(parts.map)
        .map(|map| MapHandle(Rc::new(map)))
        .map_err(|error| format!("The actor map could not be read ({error}). Rebuild the app.")));
}

/// The search index, decoded once on first use.
pub fn load_index() -> Result<Rc<SearchIndex>, String> {
    SEARCH.with(Clone::clone)
}

/// The basemap, decoded once on first use.
pub fn load_basemap() -> Result<Option<Rc<Basemap>>, String> {
    BASEMAP.with(Clone::clone)
}

/// The actor map, decoded once on first use.
pub fn load_map() -> Result<MapHandle, String> {
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

/// Decodes the corpus; the error is a sentence for the reader.
pub fn load_corpus() -> Result<Rc<Corpus>, String> {
    decode_corpus(parts()?.corpus)
}

/// Decodes a corpus from postcard bytes.
pub fn decode_corpus(bytes: &[u8]) -> Result<Rc<Corpus>, String> {
    postcard::from_bytes(bytes)
        .map(Rc::new)
        .map_err(|error| format!("The corpus could not be read ({error}). Rebuild the app."))
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
