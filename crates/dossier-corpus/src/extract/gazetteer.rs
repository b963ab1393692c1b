//! The curated gazetteer: known actors, their aliases and acronyms, roles,
//! affiliations, coordinates for places, and pairs known to be distinct. It is
//! data a user reads and edits (`seeds/gazetteer.toml`), never code.

use std::path::Path;

use serde::Deserialize;

use crate::civil::CivilDate;
use crate::diagnostic::{Diagnostic, Severity};
use crate::model::ActorKind;

/// File name of the gazetteer inside a corpus folder.
pub const GAZETTEER_FILE: &str = "gazetteer.toml";

/// One known actor.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Canonical name.
    pub name: String,
    /// Person, group, state or place.
    pub kind: ActorKind,
    /// Other names, spellings and translations.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Short forms ("KH", "PMF").
    #[serde(default)]
    pub acronyms: Vec<String>,
    /// A one-line description.
    #[serde(default)]
    pub role: Option<String>,
    /// Canonical names of other entries this one belongs to or is backed by.
    #[serde(default)]
    pub affiliations: Vec<String>,
    /// Latitude and longitude, for places.
    #[serde(default)]
    pub coordinates: Option<[f64; 2]>,
    /// What kind of place ("city", "zone", ...).
    #[serde(default)]
    pub place_type: Option<String>,
    /// Terms in office, for people: an article that calls them by their
    /// title ("President Joe Biden") was written during one of them.
    #[serde(default)]
    pub terms: Vec<Term>,
    /// The day a person died: "the anniversary of X's killing" counts from it.
    #[serde(default)]
    pub died: Option<CivilDate>,
}

/// One term in office of a person.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The title news puts before the name ("President").
    pub title: String,
    /// The day of the election (or appointment) that gave the office, when
    /// the holder waited between the two ("President-elect").
    #[serde(default)]
    pub elected: Option<CivilDate>,
    /// The first day in office.
    pub start: CivilDate,
    /// The day the term ended (the successor's first day); none while it runs.
    #[serde(default)]
    pub end: Option<CivilDate>,
}

/// Two entries that must never be merged.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Distinct {
    /// The two canonical names.
    pub names: [String; 2],
    /// Why they are different.
    #[serde(default)]
    pub why: Option<String>,
}

/// The whole gazetteer.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gazetteer {
    /// Known actors.
    #[serde(default, rename = "actor")]
    pub actors: Vec<Entry>,
    /// Pairs known to be distinct.
    #[serde(default)]
    pub distinct: Vec<Distinct>,
}

/// A gazetteer that could not be read, with where and why.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}:{column}: {message}")]
pub struct GazetteerError {
    /// The file.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column (characters).
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

impl Gazetteer {
    /// Reads `dir/gazetteer.toml`. A missing file is an empty gazetteer (with
    /// a note); a malformed one is an error naming file, line and column.
    pub fn load_from_dir(dir: &Path) -> Result<(Gazetteer, Vec<Diagnostic>), GazetteerError> {
        let path = dir.join(GAZETTEER_FILE);
        let display = path.display().to_string();
        match std::fs::read_to_string(&path) {
            Ok(text) => Gazetteer::parse(&text, &display),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok((
                Gazetteer::default(),
                vec![Diagnostic::new(
                    &display,
                    0,
                    Severity::Note,
                    "no gazetteer: actors are found from the text alone",
                )],
            )),
            Err(error) => Err(GazetteerError {
                file: display,
                line: 1,
                column: 1,
                message: format!("cannot be read as UTF-8 text: {error}"),
            }),
        }
    }

    /// Parses gazetteer TOML; `file` names it in messages.
    pub fn parse(text: &str, file: &str) -> Result<(Gazetteer, Vec<Diagnostic>), GazetteerError> {
        let gazetteer: Gazetteer = toml::from_str(text).map_err(|error| {
            let offset = error.span().map_or(0, |span| span.start);
            let (line, column) = line_column(text, offset);
            GazetteerError {
                file: file.to_owned(),
                line,
                column,
                message: error.message().trim().to_owned(),
            }
        })?;
        let diagnostics = gazetteer.check(text, file);
        Ok((gazetteer, diagnostics))
    }

    /// Warnings for entries that parse but make no sense: coordinates off the
    /// globe, affiliations or distinct pairs naming no entry, repeated names.
    fn check(&self, text: &str, file: &str) -> Vec<Diagnostic> {
        let mut diagnostics = Vec::new();
        let line_of = |name: &str| {
            text.find(&format!("\"{name}\""))
                .map_or(0, |offset| line_column(text, offset).0 as u32)
        };
        let mut seen = std::collections::HashSet::new();
        for entry in &self.actors {
            if !seen.insert(entry.name.as_str()) {
                let second = text
                    .rfind(&format!("\"{}\"", entry.name))
                    .map_or(0, |offset| line_column(text, offset).0 as u32);
                diagnostics.push(Diagnostic::new(file, second,
                    Severity::Warning,
                    format!("“{}” is listed twice; the second entry is kept apart as another actor (give it another name, or merge the two)", entry.name),
                ));
            }
            if let Some([latitude, longitude]) = entry.coordinates {
                if !(-90.0..=90.0).contains(&latitude) || !(-180.0..=180.0).contains(&longitude) {
                    diagnostics.push(Diagnostic::new(file, line_of(&entry.name), Severity::Warning, format!("“{}”: coordinates [{latitude}, {longitude}] are not [latitude, longitude]; ignored", entry.name)));
                }
            }
            for affiliation in &entry.affiliations {
                if self.entry(affiliation).is_none() {
                    diagnostics.push(Diagnostic::new(
                        file,
                        line_of(affiliation),
                        Severity::Warning,
                        format!(
                            "“{}”: affiliation “{affiliation}” names no entry",
                            entry.name
                        ),
                    ));
                }
            }
        }
        for pair in &self.distinct {
            for name in &pair.names {
                if self.entry(name).is_none() {
                    diagnostics.push(Diagnostic::new(
                        file,
                        line_of(name),
                        Severity::Warning,
                        format!("distinct pair names “{name}”, which is no entry"),
                    ));
                }
            }
        }
        diagnostics
    }

    /// The entry with this canonical name.
    pub fn entry(&self, name: &str) -> Option<&Entry> {
        self.actors.iter().find(|entry| entry.name == name)
    }

    /// True when the gazetteer says these two canonical names are distinct.
    pub fn are_distinct(&self, a: &str, b: &str) -> bool {
        self.distinct.iter().any(|pair| {
            (pair.names[0] == a && pair.names[1] == b) || (pair.names[0] == b && pair.names[1] == a)
        })
    }
}

fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .map_or(0, |line| line.chars().count())
        + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_entries_and_distinct_pairs() {
        let text = r#"
[[actor]]
name = "Kata'ib Hezbollah"
kind = "group"
acronyms = ["KH"]
affiliations = ["Popular Mobilization Forces"]

[[actor]]
name = "Popular Mobilization Forces"
kind = "group"

[[actor]]
name = "Baghdad"
kind = "place"
coordinates = [33.3152, 44.3661]

[[distinct]]
names = ["Kata'ib Hezbollah", "Popular Mobilization Forces"]
"#;
        let (gazetteer, diagnostics) = Gazetteer::parse(text, "g.toml").unwrap();
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert_eq!(gazetteer.actors.len(), 3);
        assert!(gazetteer.are_distinct("Popular Mobilization Forces", "Kata'ib Hezbollah"));
        assert_eq!(
            gazetteer.entry("Baghdad").unwrap().coordinates,
            Some([33.3152, 44.3661])
        );
    }

    #[test]
    fn malformed_files_name_line_and_column() {
        let error =
            Gazetteer::parse("[[actor]]\nname = \"X\"\nkind = \"planet\"\n", "g.toml").unwrap_err();
        assert_eq!((error.line, error.column), (3, 8), "{error}");
        assert!(error.to_string().starts_with("g.toml:3:8: "), "{error}");
        let error = Gazetteer::parse(
            "[[actor]]\nname = \"X\"\nkind = \"group\"\nalias = [\"Y\"]\n",
            "g.toml",
        )
        .unwrap_err();
        assert_eq!(error.line, 4, "unknown fields are caught: {error}");
        let error = Gazetteer::parse("[[actor]\nname = 1", "g.toml").unwrap_err();
        assert_eq!(error.line, 1, "{error}");
    }

    #[test]
    fn dangling_names_and_bad_coordinates_are_warned_about() {
        let text = "[[actor]]\nname = \"A\"\nkind = \"place\"\ncoordinates = [200.0, 10.0]\naffiliations = [\"Nobody\"]\n";
        let (_, diagnostics) = Gazetteer::parse(text, "g.toml").unwrap();
        assert_eq!(diagnostics.len(), 2, "{diagnostics:?}");
    }
}
