//! The app's data file: what the build extracted from a corpus folder, in
//! the four parts the app decodes on its own schedule (the corpus, its
//! search index, its actor map with the layout, the basemap), each as
//! postcard bytes, one after the other in one file.
//!
//! The app's wasm does not hold the corpus: the page fetches this file next
//! to it (`cargo xtask` writes it into every build as
//! `dossier-data-HASH.bin`). A corpus changed is then a new data file and
//! the same wasm, which the build neither recompiles nor optimises again,
//! and which a browser keeps in its cache.
//!
//! The layout: the 8 bytes of [`MAGIC`] (the last one the format's
//! version), then each part as its length (4 bytes, little-endian) and its
//! bytes, in the order of the fields of [`Parts`].

/// What a data file starts with; the last byte is the format's version.
pub const MAGIC: &[u8; 8] = b"DOSSIER\x01";

/// The four parts of a data file, as bytes or anything else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parts<T> {
    /// The [`crate::Corpus`], its paragraphs' text left out (the sentences
    /// hold it).
    pub corpus: T,
    /// The [`crate::search::SearchIndex`].
    pub search: T,
    /// The [`crate::graph::ActorMap`], laid out.
    pub map: T,
    /// The `Option<`[`crate::geo::Basemap`]`>`: none when no place has
    /// coordinates.
    pub basemap: T,
}

/// Why bytes are not a data file this app can read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BundleError {
    /// The bytes do not start with [`MAGIC`]'s first seven bytes.
    #[error("it is not a Dossier data file")]
    NotDossier,
    /// A data file of another version of the format.
    #[error("it is a Dossier data file of format {found}, and this app reads format {expected}: rebuild the app and its data together")]
    Version {
        /// The version the file says.
        found: u8,
        /// The version this code reads.
        expected: u8,
    },
    /// The file ends inside a part, or runs on after the last.
    #[error("it is cut short or has bytes after its end ({0})")]
    Length(&'static str),
}

impl Parts<Vec<u8>> {
    /// The data file holding these parts.
    pub fn encode(&self) -> Vec<u8> {
        let parts = [&self.corpus, &self.search, &self.map, &self.basemap];
        let size = MAGIC.len() + parts.iter().map(|part| 4 + part.len()).sum::<usize>();
        let mut out = Vec::with_capacity(size);
        out.extend_from_slice(MAGIC);
        for part in parts {
            // A part over 4 GiB cannot be a corpus a browser would open;
            // its length is written saturated and decoding says so.
            let length = u32::try_from(part.len()).unwrap_or(u32::MAX);
            out.extend_from_slice(&length.to_le_bytes());
            out.extend_from_slice(part);
        }
        out
    }
}

impl<'a> Parts<&'a [u8]> {
    /// The parts of a data file, borrowed from its bytes.
    pub fn decode(bytes: &'a [u8]) -> Result<Self, BundleError> {
        let (version, mut rest) = match bytes.split_at_checked(MAGIC.len()) {
            Some((head, rest)) if head[..MAGIC.len() - 1] == MAGIC[..MAGIC.len() - 1] => {
                (head[MAGIC.len() - 1], rest)
            }
            _ => return Err(BundleError::NotDossier),
        };
        let expected = MAGIC[MAGIC.len() - 1];
        if version != expected {
            return Err(BundleError::Version {
                found: version,
                expected,
            });
        }
        let mut next = |name: &'static str| -> Result<&'a [u8], BundleError> {
            let (length, after) = rest.split_at_checked(4).ok_or(BundleError::Length(name))?;
            let mut four = [0; 4];
            four.copy_from_slice(length);
            let length =
                usize::try_from(u32::from_le_bytes(four)).map_err(|_| BundleError::Length(name))?;
            let (part, after) = after
                .split_at_checked(length)
                .ok_or(BundleError::Length(name))?;
            rest = after;
            Ok(part)
        };
        let parts = Parts {
            corpus: next("the corpus")?,
            search: next("the search index")?,
            map: next("the actor map")?,
            basemap: next("the basemap")?,
        };
        if rest.is_empty() {
            Ok(parts)
        } else {
            Err(BundleError::Length("after the basemap"))
        }
    }
}

/// The data file's parts for a built corpus: `world` is the GeoJSON file
/// of countries the basemap is drawn from.
#[cfg(feature = "extract")]
pub fn encode_parts(
    built: &crate::Built,
    world: &std::path::Path,
) -> Result<Parts<Vec<u8>>, String> {
    let places: Vec<[f64; 2]> = built
        .corpus
        .actors
        .iter()
        .filter_map(|actor| actor.coordinates)
        .collect();
    let basemap = crate::geo::basemap_file(world, &places).map_err(|error| error.to_string())?;
    let encode = |what: &str, bytes: Result<Vec<u8>, postcard::Error>| {
        bytes.map_err(|error| format!("cannot encode {what}: {error}"))
    };
    Ok(Parts {
        corpus: encode(
            "the corpus",
            postcard::to_allocvec(&built.corpus.without_repeated_text()),
        )?,
        search: encode(
            "the search index",
            postcard::to_allocvec(&crate::search::build_index(&built.corpus)),
        )?,
        map: encode(
            "the actor map",
            postcard::to_allocvec(&crate::graph::actor_map(&built.corpus)),
        )?,
        basemap: encode("the basemap", postcard::to_allocvec(&basemap))?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts() -> Parts<Vec<u8>> {
        Parts {
            corpus: b"corpus".to_vec(),
            search: Vec::new(),
            map: vec![0, 1, 2, 255],
            basemap: b"\x00".to_vec(),
        }
    }

    #[test]
    fn a_data_file_gives_back_its_parts() {
        let file = parts().encode();
        assert!(file.starts_with(MAGIC));
        let decoded = Parts::decode(&file).unwrap();
        assert_eq!(decoded.corpus, b"corpus");
        assert_eq!(decoded.search, b"");
        assert_eq!(decoded.map, [0, 1, 2, 255]);
        assert_eq!(decoded.basemap, b"\x00");
    }

    #[test]
    fn bytes_that_are_not_a_data_file_say_why() {
        let file = parts().encode();
        assert_eq!(
            Parts::decode(b"<!doctype html><html>"),
            Err(BundleError::NotDossier)
        );
        assert_eq!(Parts::decode(b""), Err(BundleError::NotDossier));
        let mut other_version = file.clone();
        other_version[7] = 9;
        assert_eq!(
            Parts::decode(&other_version),
            Err(BundleError::Version {
                found: 9,
                expected: 1
            })
        );
        // Every cut, and a byte too many, is an error, never a panic.
        for end in MAGIC.len()..file.len() {
            assert!(
                matches!(Parts::decode(&file[..end]), Err(BundleError::Length(_))),
                "cut at {end}"
            );
        }
        let mut longer = file;
        longer.push(0);
        assert_eq!(
            Parts::decode(&longer),
            Err(BundleError::Length("after the basemap"))
        );
    }
}
