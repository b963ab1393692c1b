//! The formats of `dossier export`: their names on the command line, and
//! the engine function that writes each one.

use dossier_corpus::export;
use dossier_corpus::graph::{network, Params};
use dossier_corpus::Corpus;

/// What `dossier export --format` can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The whole corpus as JSON, the data the app loads (the default).
    Json,
    /// Events as CSV.
    CsvEvents,
    /// Actors as CSV.
    CsvActors,
    /// Relations as CSV.
    CsvRelations,
    /// Events as JSON: the CSV's rows as objects, the app's JSON file.
    JsonEvents,
    /// Actors as JSON.
    JsonActors,
    /// Relations as JSON.
    JsonRelations,
    /// The actor network as GraphML.
    Graphml,
    /// The actor network as GEXF, with a layout.
    Gexf,
    /// Events as a TimelineJS3 data file.
    Timelinejs,
}

/// Every format by its command-line name, in the order `--help` lists them.
pub const FORMATS: [(&str, Format); 10] = [
    ("json", Format::Json),
    ("csv-events", Format::CsvEvents),
    ("csv-actors", Format::CsvActors),
    ("csv-relations", Format::CsvRelations),
    ("json-events", Format::JsonEvents),
    ("json-actors", Format::JsonActors),
    ("json-relations", Format::JsonRelations),
    ("graphml", Format::Graphml),
    ("gexf", Format::Gexf),
    ("timelinejs", Format::Timelinejs),
];

/// The layout gives up heating after this many ticks; a network of the
/// seeds' size settles in a few hundred.
const MAX_LAYOUT_TICKS: usize = 2_000;

/// The side of the box that GEXF positions are fitted into, in Gephi's
/// units: large enough that Gephi's default node sizes do not overlap.
const LAYOUT_BOX: f32 = 1_000.0;

impl Format {
    /// The format with this command-line name.
    pub fn parse(name: &str) -> Option<Format> {
        FORMATS
            .iter()
            .find(|(known, _)| *known == name)
            .map(|&(_, format)| format)
    }

    /// The known names, for an error message: "json, csv-events, ...".
    pub fn names() -> String {
        FORMATS.map(|(name, _)| name).join(", ")
    }

    /// The corpus written in this format.
    pub fn write(self, corpus: &Corpus) -> Result<String, String> {
        Ok(match self {
            Format::Json => {
                let json =
                    serde_json::to_string_pretty(corpus).map_err(|error| error.to_string())?;
                // `println!` ended the JSON with a line break before the
                // other formats existed; keep the bytes the same.
                json + "\n"
            }
            Format::CsvEvents => export::events_csv(corpus),
            Format::CsvActors => export::actors_csv(corpus),
            Format::CsvRelations => export::relations_csv(corpus),
            Format::JsonEvents => export::events_json(corpus),
            Format::JsonActors => export::actors_json(corpus),
            Format::JsonRelations => export::relations_json(corpus),
            Format::Graphml => export::graphml(corpus, &network(corpus)),
            Format::Gexf => {
                // The engine's deterministic layout, so that Gephi opens a
                // picture rather than a pile of nodes, the same on every run.
                let network = network(corpus);
                let mut layout = network.layout(Params::default());
                for _ in 0..MAX_LAYOUT_TICKS {
                    if layout.is_settled() {
                        break;
                    }
                    layout.tick();
                }
                let positions = layout.normalised(LAYOUT_BOX);
                export::gexf(corpus, &network, Some(&positions))
            }
            Format::Timelinejs => export::timelinejs(corpus),
        })
    }
}
