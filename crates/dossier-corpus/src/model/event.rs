//! Events and relations: what the extraction stage finds between actors,
//! and the sentences that are its evidence.

use serde::{Deserialize, Serialize};

use super::Precision;
use crate::civil::CivilDate;

/// How sure the text is that a happening took place: the serialised names
/// are the schema's strings ("asserted", "planned", ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// The text reports it as fact.
    Asserted,
    /// It is scheduled or intended ("will meet", "plans to").
    Planned,
    /// It may happen, or would under a condition ("could", "if").
    Hypothetical,
    /// Someone says it happened, and the text does not vouch for it.
    Claimed,
    /// Someone says it did not happen.
    Denied,
}

impl Modality {
    /// Every modality, in the order of the schema.
    pub const ALL: [Modality; 5] = [
        Modality::Asserted,
        Modality::Planned,
        Modality::Hypothetical,
        Modality::Claimed,
        Modality::Denied,
    ];

    /// The schema's name for it, as serialised ("asserted").
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Planned => "planned",
            Modality::Hypothetical => "hypothetical",
            Modality::Claimed => "claimed",
            Modality::Denied => "denied",
        }
    }
}

impl std::fmt::Display for Modality {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A dated happening reported by the corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable id.
    pub id: String,
    /// First day (inclusive).
    pub start: CivilDate,
    /// Last day (inclusive).
    pub end: CivilDate,
    /// How precise the date is.
    pub precision: Precision,
    /// The event type ("attack", "arrest", ...).
    pub r#type: String,
    /// The PLOVER category the type belongs to ("ASSAULT", "COERCE", ...).
    pub plover: String,
    /// Ids of the actors involved.
    pub actors: Vec<String>,
    /// Who acted, when the sentence says so.
    pub source_actor: Option<String>,
    /// Who was acted on, when the sentence says so.
    pub target_actor: Option<String>,
    /// Where it happened, when a place is named (an actor id).
    pub place: Option<String>,
    /// The date as the text states it.
    pub date_text: String,
    /// True when the date was inferred rather than stated.
    pub inferred: bool,
    /// How sure the text is that it happened.
    pub modality: Modality,
    /// The document of the first evidence sentence.
    pub doc: String,
    /// The id of the first evidence sentence.
    pub sentence: String,
    /// The text of the first evidence sentence.
    pub text: String,
    /// Every (document, sentence) that reports it.
    pub sources: Vec<SourceRef>,
}

/// A pointer to one sentence of one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    /// Document id.
    pub doc: String,
    /// Sentence id.
    pub sentence: String,
}

/// A typed tie between two actors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    /// The actor the relation goes from.
    pub source: String,
    /// The actor the relation goes to.
    pub target: String,
    /// The relation type ("leads", "backed_by", ...; "co_occurs" for the weaker
    /// tie of being named in one sentence).
    pub kind: String,
    /// True when the text gives the direction.
    pub directed: bool,
    /// Earliest date of the evidence sentences, when dated.
    pub first: Option<CivilDate>,
    /// Latest date of the evidence sentences, when dated.
    pub last: Option<CivilDate>,
    /// One evidence sentence's text.
    pub text: String,
    /// Every evidence sentence.
    pub evidence: Vec<SourceRef>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modality_names_match_their_serialised_form() {
        for modality in Modality::ALL {
            let json = serde_json::to_string(&modality).unwrap();
            assert_eq!(json, format!("\"{}\"", modality.as_str()));
        }
    }
}
