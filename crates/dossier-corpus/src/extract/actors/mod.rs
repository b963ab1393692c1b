//! Actors: finding every name in the corpus and deciding which names are one
//! actor.
//!
//! Names come from the gazetteer (its names, aliases and acronyms, matched
//! longest first) and from the text (capitalised runs the gazetteer does not
//! list, [`spans`]). Unlisted names are then resolved, in order: an exact
//! folded match to a known name; an acronym defined in the text; a bare
//! surname of a person, or the first word of a group's name, named in the same
//! document (or once in the whole corpus); a spelling variant of exactly one
//! known name of the same kind ([`super::names::are_variants`]); otherwise a
//! new actor. Two gazetteer entries are never merged, and a merge the
//! gazetteer did not make is reported for review.

pub mod spans;
pub mod tokens;
pub mod words;

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::model::{Actor, ActorKind, Corpus, Mention};

use super::gazetteer::Gazetteer;
use super::names::{are_variants_folded, fold, slug};
use spans::{find_spans, Span};
use tokens::{all_capitals, tokenize};

/// The gazetteer's names, folded, for matching.
pub struct Lexicon {
    /// Folded name or alias → entry index.
    pub names: HashMap<String, usize>,
    /// Acronym (exact case) → entry index.
    pub acronyms: HashMap<String, usize>,
    /// Each entry's kind.
    pub kinds: Vec<ActorKind>,
}

impl Lexicon {
    /// True when the entry is a place or a state, names that end a run of
    /// capitals ("Asaib Baghdad" is two names).
    pub fn is_place_or_state(&self, entry: usize) -> bool {
        self.kinds
            .get(entry)
            .is_some_and(|kind| matches!(kind, ActorKind::Place | ActorKind::State))
    }

    /// Builds the lexicon. Aliases written in capitals (US, U.S.) are
    /// acronyms: they match only in their own case, so "us" is no country.
    pub fn new(gazetteer: &Gazetteer) -> Lexicon {
        let mut names = HashMap::new();
        let mut acronyms = HashMap::new();
        for (index, entry) in gazetteer.actors.iter().enumerate() {
            for name in std::iter::once(&entry.name).chain(&entry.aliases) {
                let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
                if letters.len() <= 5 && letters.iter().all(|c| c.is_uppercase()) {
                    acronyms.entry(name.clone()).or_insert(index);
                } else {
                    names.entry(fold(name)).or_insert(index);
                }
            }
            for acronym in &entry.acronyms {
                acronyms.entry(acronym.clone()).or_insert(index);
            }
        }
        Lexicon {
            names,
            acronyms,
            kinds: gazetteer.actors.iter().map(|entry| entry.kind).collect(),
        }
    }
}

/// One actor being assembled.
#[derive(Debug, Clone)]
struct Cluster {
    name: String,
    kind: ActorKind,
    entry: Option<usize>,
    forms: BTreeMap<String, u32>,
    mentions: u32,
    /// Every name it goes by (canonical, gazetteer aliases, forms seen),
    /// folded once, so that resolution compares without re-folding.
    folded: Vec<String>,
}

impl Cluster {
    fn new(name: &str, kind: ActorKind, entry: Option<usize>, aliases: &[String]) -> Cluster {
        let mut folded = vec![fold(name)];
        for alias in aliases {
            let alias = fold(alias);
            if !folded.contains(&alias) {
                folded.push(alias);
            }
        }
        Cluster {
            name: name.to_owned(),
            kind,
            entry,
            forms: BTreeMap::new(),
            mentions: 0,
            folded,
        }
    }

    /// Counts one mention under `form`.
    fn add_mention(&mut self, form: &str) {
        let count = self.forms.entry(form.to_owned()).or_insert(0);
        if *count == 0 {
            let folded = fold(form);
            if !self.folded.contains(&folded) {
                self.folded.push(folded);
            }
        }
        *count += 1;
        self.mentions += 1;
    }
}

/// What a curator should look at, from the actor stage.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ActorReview {
    /// Merges of a spelling into a known name that no gazetteer entry lists.
    pub uncurated_merges: Vec<(String, String)>,
    /// Names kept apart from a similar name (same skeleton, kept distinct).
    pub near_duplicates: Vec<(String, String)>,
    /// Lone capitalised words that could not be tied to an actor.
    pub unrecognised: Vec<String>,
}

/// Finds every actor of `corpus`, fills `corpus.actors` and each document's
/// `mentions`, and returns what deserves review.
pub fn find_actors(corpus: &mut Corpus, gazetteer: &Gazetteer) -> ActorReview {
    let lexicon = Lexicon::new(gazetteer);
    let capitalized = capitalized_words(corpus);
    let capitalized_elsewhere = |word: &str| capitalized.contains(word);
    let mut clusters: Vec<Cluster> = gazetteer
        .actors
        .iter()
        .enumerate()
        .map(|(index, entry)| Cluster::new(&entry.name, entry.kind, Some(index), &entry.aliases))
        .collect();
    let mut keys: HashMap<String, usize> = lexicon.names.clone();
    let mut acronyms: HashMap<String, usize> = lexicon.acronyms.clone();
    let mut review = ActorReview::default();
    // Lone unknown words, decided once the whole corpus has been read.
    let mut pending: Vec<(usize, usize, Span)> = Vec::new();
    // Lone unknown words that a later name was introduced as ("The Houthis,
    // who call their movement Ansar Allah"): folded word → that name's actor.
    let mut pending_aliases: HashMap<String, usize> = HashMap::new();

    // Spans of every sentence, and the acronyms the text defines.
    let mut all_spans: Vec<Vec<(usize, Vec<Span>)>> = Vec::new();
    for document in &corpus.documents {
        let mut spans_of_document = Vec::new();
        for (index, sentence) in document.sentences.iter().enumerate() {
            let tokens = tokenize(&sentence.text);
            // A wire dateline opens the first sentence, or the second after
            // a headline read as text (as `document/` reads it).
            let dateline = (index < 2)
                .then(|| crate::document::wire::wire_dateline_layout(&sentence.text))
                .flatten();
            spans_of_document.push((
                index,
                find_spans(
                    &sentence.text,
                    &tokens,
                    &lexicon,
                    &capitalized_elsewhere,
                    dateline,
                ),
            ));
        }
        all_spans.push(spans_of_document);
    }

    for (document_index, spans_of_document) in all_spans.iter().enumerate() {
        let document = &corpus.documents[document_index];
        // Actors named in full in this document, for bare surnames and short forms.
        let mut local: Vec<usize> = Vec::new();
        // First word of each longer name used so far in this document: a
        // lone "Hizbullah" after "Hizbullah brigades" is that group, whatever
        // else the bare word could name.
        let mut first_words: HashMap<String, usize> = HashMap::new();
        let mut mentions: Vec<Mention> = Vec::new();
        for (sentence_index, spans) in spans_of_document {
            let text = &document.sentences[*sentence_index].text;
            // The actor of the span before, and where it ended; and the
            // lone word before, when it was left pending.
            let mut before: Option<(usize, usize)> = None;
            let mut pending_before: Option<(usize, String)> = None;
            for span in spans {
                let folded_surface = fold(&span.surface);
                // "Mohamed Hamdan Dagalo, widely known as Hemedti": a name the
                // gazetteer does not list, introduced as another's, is that
                // actor's alias from here on.
                let introduced = before
                    .filter(|&(end, _)| span.entry.is_none() && end <= span.start)
                    .filter(|&(end, _)| introduces_alias(&text[end..span.start]))
                    .map(|(_, cluster)| cluster);
                if let Some(cluster) = introduced {
                    keys.entry(folded_surface.clone()).or_insert(cluster);
                }
                let single_word = !folded_surface.contains(' ');
                let short_form = single_word
                    .then(|| first_words.get(&folded_surface).copied())
                    .flatten();
                let cluster = match (span.entry, short_form) {
                    // Only a group's short form names another group: a lone
                    // "US" after "the US embassy" is still the state.
                    (Some(entry), Some(longer))
                        if longer != entry
                            && clusters[entry].kind == ActorKind::Group
                            && clusters[longer].kind == ActorKind::Group =>
                    {
                        Some(longer)
                    }
                    (Some(entry), _) => Some(entry),
                    (None, _) => None,
                };
                // "U.S." and "the United States": one state, by its full name.
                let full_name = words::state_full_name(&folded_surface);
                let known_state = full_name.and_then(|full| keys.get(&fold(full)).copied());
                let cluster = match cluster.or(introduced).or(known_state) {
                    Some(entry) => Some(entry),
                    None => resolve(
                        span,
                        &keys,
                        &acronyms,
                        &clusters,
                        &local,
                        gazetteer,
                        &mut review,
                    ),
                };
                let cluster = match cluster {
                    Some(cluster) => cluster,
                    None if full_name.is_some() => {
                        let full = full_name.unwrap_or_default();
                        clusters.push(Cluster::new(full, ActorKind::State, None, &[]));
                        let index = clusters.len() - 1;
                        keys.insert(fold(full), index);
                        keys.insert(folded_surface.clone(), index);
                        index
                    }
                    None if !span.weak && span.last - span.first >= 2
                        || span.defines.is_some()
                        || span.surface.chars().filter(|c| c.is_uppercase()).count() >= 2
                            && span.surface.len() <= 6 =>
                    {
                        clusters.push(Cluster::new(
                            &span.surface,
                            span.kind_guess.unwrap_or(ActorKind::Group),
                            None,
                            &[],
                        ));
                        let index = clusters.len() - 1;
                        keys.insert(fold(&span.surface), index);
                        index
                    }
                    None => {
                        if !span.weak {
                            pending.push((document_index, *sentence_index, span.clone()));
                            pending_before = Some((span.end, folded_surface));
                            before = None;
                        }
                        continue;
                    }
                };
                if let Some((end, word)) = pending_before.take() {
                    if span.entry.is_none()
                        && end <= span.start
                        && introduces_alias(&text[end..span.start])
                    {
                        pending_aliases.entry(word).or_insert(cluster);
                    }
                }
                if let Some(acronym) = &span.defines {
                    acronyms.entry(acronym.clone()).or_insert(cluster);
                    acronyms
                        .entry(acronym.trim_end_matches('s').to_owned())
                        .or_insert(cluster);
                }
                if !local.contains(&cluster) {
                    local.push(cluster);
                }
                // An acronym that opens a longer name stands for it alone
                // when it heads it ("PMF of Shrines"), not when it only
                // modifies it: "UN" is not the "UN Security Council".
                let mut words_of_surface = span.surface.split_whitespace();
                let opening = words_of_surface.next().unwrap_or("");
                let modifies = opening.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && all_capitals(opening)
                    && !matches!(words_of_surface.next(), Some("of" | "for" | "in"));
                if let Some(first_word) = folded_surface
                    .split(' ')
                    .next()
                    .filter(|_| !single_word && !modifies)
                {
                    first_words.entry(first_word.to_owned()).or_insert(cluster);
                }
                before = Some((span.end, cluster));
                let entry = &mut clusters[cluster];
                entry.add_mention(&span.surface);
                // The actor's id is known only at the end: hold the cluster's index.
                mentions.push(Mention {
                    sentence: document.sentences[*sentence_index].id.clone(),
                    start: span.start as u32,
                    end: span.end as u32,
                    actor: format!("#{cluster}"),
                });
            }
        }
        corpus.documents[document_index].mentions = mentions;
    }
    adopt_repeated_names(
        corpus,
        &mut clusters,
        pending,
        &pending_aliases,
        &mut review,
    );
    finish(corpus, gazetteer, clusters);
    review.unrecognised.sort();
    review.unrecognised.dedup();
    review
}

/// True when `gap`, the text between two names, makes the second an alias
/// of the first: ", widely known as ", " (also known as ", ", who call
/// themselves ", ", who call their movement ".
fn introduces_alias(gap: &str) -> bool {
    let words: Vec<String> = gap
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect();
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    // "Trump dubbed Harris ...": a verb, not an apposition; these count
    // only after a comma.
    let apposed = gap.trim_start().starts_with(',');
    match words.as_slice() {
        ["known", "as"] => true,
        ["aka"] | ["dubbed"] | ["nicknamed"] => apposed,
        [adverb, "known", "as"] => {
            ["also", "widely", "better", "commonly", "popularly"].contains(adverb)
        }
        ["who" | "which", "call" | "calls", rest @ ..] => matches!(
            rest,
            ["themselves"]
                | ["itself"]
                | [
                    "their" | "its",
                    "movement" | "group" | "organisation" | "organization"
                ]
        ),
        _ => false,
    }
}

/// A lone unknown name written two or more times in the corpus is an actor
/// ("Khartoum", "Mali"); one written once goes to the review list.
fn adopt_repeated_names(
    corpus: &mut Corpus,
    clusters: &mut Vec<Cluster>,
    pending: Vec<(usize, usize, Span)>,
    aliases: &HashMap<String, usize>,
    review: &mut ActorReview,
) {
    // A word and its plural are one name ("Houthi", "Houthis").
    let words: HashSet<String> = pending
        .iter()
        .map(|(_, _, span)| fold(&span.surface))
        .collect();
    let key = |word: String| match singular_of(&word) {
        Some(singular) if words.contains(singular) => singular.to_owned(),
        _ => word,
    };
    let mut groups: BTreeMap<String, Vec<(usize, usize, Span)>> = BTreeMap::new();
    for item in pending {
        groups
            .entry(key(fold(&item.2.surface)))
            .or_default()
            .push(item);
    }
    for (word, items) in groups {
        // Introduced as another name: that name's actor, however rare.
        let known = aliases
            .get(&word)
            .or_else(|| aliases.get(&format!("{word}s")))
            .copied();
        if let Some(index) = known {
            // A name used in the plural ("the Houthis") names a group, not
            // a person, whatever the alias looked like.
            let plural = items
                .iter()
                .any(|(_, _, span)| fold(&span.surface) == format!("{word}s"));
            if plural
                && clusters[index].entry.is_none()
                && clusters[index].kind == ActorKind::Person
            {
                clusters[index].kind = ActorKind::Group;
            }
            attach(corpus, &mut clusters[index], index, items);
            continue;
        }
        if items.len() < 2 {
            review
                .unrecognised
                .extend(items.into_iter().map(|(_, _, span)| span.surface));
            continue;
        }
        let place = items
            .iter()
            .any(|(_, _, span)| span.kind_guess == Some(ActorKind::Place));
        let name = items[0].2.surface.clone();
        let kind = if words::STATES.contains(&word.as_str()) {
            ActorKind::State
        } else if place {
            ActorKind::Place
        } else {
            ActorKind::Group
        };
        clusters.push(Cluster::new(&name, kind, None, &[]));
        let index = clusters.len() - 1;
        attach(corpus, &mut clusters[index], index, items);
    }
    // Keep each document's mentions in reading order.
    for document in &mut corpus.documents {
        let order: HashMap<String, usize> = document
            .sentences
            .iter()
            .enumerate()
            .map(|(at, sentence)| (sentence.id.clone(), at))
            .collect();
        document.mentions.sort_by_key(|mention| {
            (
                order.get(&mention.sentence).copied().unwrap_or(usize::MAX),
                mention.start,
            )
        });
    }
}

/// The singular of a plural name of five letters or more before its "s"
/// ("houthis" → "houthi"); "Hama" and "Hamas" are a city and a group.
fn singular_of(word: &str) -> Option<&str> {
    word.strip_suffix('s')
        .filter(|singular| singular.len() >= 5)
}

/// Gives the pending spans `items` to the cluster at `index`: its mentions,
/// and a mention in each document (the id is known only at the end).
fn attach(
    corpus: &mut Corpus,
    cluster: &mut Cluster,
    index: usize,
    items: Vec<(usize, usize, Span)>,
) {
    for (document_index, sentence_index, span) in items {
        cluster.add_mention(&span.surface);
        let document = &mut corpus.documents[document_index];
        let sentence = document.sentences[sentence_index].id.clone();
        document.mentions.push(Mention {
            sentence,
            start: span.start as u32,
            end: span.end as u32,
            actor: format!("#{index}"),
        });
    }
}

/// The initials of a name's content words; an acronym inside the name
/// counts with all its letters ("UN Development Programme" → UNDP). With
/// `with_function_words`, "of", "and" and "the" count too (ECOWAS).
fn initials(name: &str, with_function_words: bool) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|word| !word.is_empty())
        .filter(|word| {
            with_function_words || !matches!(*word, "of" | "for" | "and" | "the" | "in" | "on")
        })
        .filter(|word| !matches!(*word, "al" | "el"))
        .map(|word| {
            let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
            if letters.len() >= 2 && letters.chars().all(char::is_uppercase) {
                letters
            } else {
                letters
                    .chars()
                    .next()
                    .map(|c| c.to_uppercase().to_string())
                    .unwrap_or_default()
            }
        })
        .collect()
}

/// Resolves a span the gazetteer did not match directly.
fn resolve(
    span: &Span,
    keys: &HashMap<String, usize>,
    acronyms: &HashMap<String, usize>,
    clusters: &[Cluster],
    local: &[usize],
    gazetteer: &Gazetteer,
    review: &mut ActorReview,
) -> Option<usize> {
    let folded = fold(&span.surface);
    if let Some(&cluster) = keys.get(&folded) {
        return Some(cluster);
    }
    // An acronym alone names itself, never a longer name it opens.
    let acronym = all_capitals(&span.surface);
    // A one-word group's name in the plural or the singular: "Houthis",
    // "Houthi".
    let other = match folded.strip_suffix('s') {
        Some(_) => singular_of(&folded).map(str::to_owned),
        None => (folded.len() >= 5).then(|| format!("{folded}s")),
    };
    if let Some(other) = other.filter(|_| !folded.contains(' ')) {
        if let Some(&cluster) = keys.get(&other) {
            if clusters[cluster].kind == ActorKind::Group && clusters[cluster].entry.is_none() {
                return Some(cluster);
            }
        }
    }
    if let Some(&cluster) = acronyms
        .get(span.surface.as_str())
        .or_else(|| acronyms.get(span.surface.trim_end_matches('s')))
    {
        return Some(cluster);
    }
    // An acronym the text never defined: the one known name whose initials
    // it spells.
    let letters: String = span.surface.chars().filter(|c| c.is_alphabetic()).collect();
    if (2..=8).contains(&letters.len()) && letters.chars().all(char::is_uppercase) {
        let spelled: Vec<usize> = (0..clusters.len())
            .filter(|&index| clusters[index].mentions > 0)
            .filter(|&index| {
                names_of(&clusters[index], gazetteer)
                    .iter()
                    .filter(|name| name.split_whitespace().count() >= 2)
                    .any(|name| initials(name, false) == letters || initials(name, true) == letters)
            })
            .collect();
        if let [only] = spelled.as_slice() {
            review
                .uncurated_merges
                .push((span.surface.clone(), clusters[*only].name.clone()));
            return Some(*only);
        }
    }
    let single = !folded.contains(' ');
    if single {
        // A bare surname of a person, or the first word of a group, named in
        // this document; failing that, in exactly one actor of the corpus.
        let part_of = |cluster: &Cluster| -> bool {
            let names: Vec<&String> = cluster
                .folded
                .iter()
                .filter(|name| name.contains(' '))
                .collect();
            match cluster.kind {
                ActorKind::Person => names
                    .iter()
                    .any(|name| name.rsplit(' ').next() == Some(folded.as_str())),
                // Not a place: "into Tigray" is the region, not the Tigray
                // People's Liberation Front; nor a state: "Congo" is not the
                // Congo River Alliance.
                ActorKind::Group => {
                    span.kind_guess != Some(ActorKind::Place)
                        && !words::STATES.contains(&folded.as_str())
                        && !acronym
                        && names
                            .iter()
                            .any(|name| name.split(' ').next() == Some(folded.as_str()))
                }
                _ => false,
            }
        };
        let in_document: Vec<usize> = local
            .iter()
            .copied()
            .filter(|&index| part_of(&clusters[index]))
            .collect();
        if in_document.len() == 1 {
            return in_document.first().copied();
        }
        let in_corpus: Vec<usize> = (0..clusters.len())
            .filter(|&index| clusters[index].mentions > 0 && part_of(&clusters[index]))
            .collect();
        if in_document.is_empty() && in_corpus.len() == 1 {
            return in_corpus.first().copied();
        }
        // A given name used alone, as Ethiopian or Icelandic usage has it
        // ("Abiy" for Abiy Ahmed): the one person of this document it
        // opens the name of.
        let by_given_name: Vec<usize> = local
            .iter()
            .copied()
            .filter(|&index| {
                clusters[index].kind == ActorKind::Person
                    && clusters[index].folded.iter().any(|name| {
                        name.contains(' ') && name.split(' ').next() == Some(folded.as_str())
                    })
            })
            .collect();
        // Not a place or a state ("visited Jordan" is no Jordan Bardella).
        let placed = matches!(span.kind_guess, Some(ActorKind::Place | ActorKind::State))
            || words::STATES.contains(&folded.as_str());
        if !placed && in_document.is_empty() && in_corpus.is_empty() && by_given_name.len() == 1 {
            return by_given_name.first().copied();
        }
    }
    // The first words of exactly one group's name ("Popular Mobilization"
    // militia for the Popular Mobilization Forces).
    if !single {
        let prefix_of: Vec<usize> = (0..clusters.len())
            .filter(|&index| {
                clusters[index].kind == ActorKind::Group
                    && (clusters[index].mentions > 0 || clusters[index].entry.is_some())
            })
            .filter(|&index| {
                clusters[index]
                    .folded
                    .iter()
                    .any(|name| name.starts_with(&format!("{folded} ")))
            })
            .collect();
        if let [only] = prefix_of.as_slice() {
            review
                .uncurated_merges
                .push((span.surface.clone(), clusters[*only].name.clone()));
            return Some(*only);
        }
    }
    // A spelling variant of exactly one known name (or, for a lone word, of
    // exactly one surname or short form) of a compatible kind.
    let mut matches: Vec<usize> = Vec::new();
    for (index, cluster) in clusters.iter().enumerate() {
        // A guessed kind never overrules the gazetteer's: "Khataib
        // Hezbollah" may look like a person's name, but its variant is a
        // curated group. Between two uncurated names the kinds must agree.
        if span
            .kind_guess
            .is_some_and(|kind| !compatible(kind, cluster.kind))
            && !single
            && cluster.entry.is_none()
        {
            continue;
        }
        // A place or a state named alone is not the group named after it,
        // and an acronym alone names itself.
        let placed = span.kind_guess == Some(ActorKind::Place)
            || words::STATES.contains(&folded.as_str())
            || acronym;
        if single && placed && cluster.kind == ActorKind::Group {
            continue;
        }
        let hit = cluster.folded.iter().any(|folded_name| {
            if single {
                let part = if cluster.kind == ActorKind::Person {
                    folded_name.rsplit(' ').next()
                } else {
                    folded_name.split(' ').next()
                };
                part.is_some_and(|part| part.len() >= 4 && are_variants_folded(part, &folded))
            } else {
                are_variants_folded(folded_name, &folded)
            }
        });
        if hit && (cluster.mentions > 0 || cluster.entry.is_some()) {
            matches.push(index);
        }
    }
    let merged = match matches.as_slice() {
        [only] => Some(*only),
        [] => None,
        several => {
            for pair in several.windows(2) {
                if clusters[pair[0]].entry.is_some()
                    && clusters[pair[1]].entry.is_some()
                    && gazetteer.are_distinct(&clusters[pair[0]].name, &clusters[pair[1]].name)
                {
                    review.near_duplicates.push((
                        clusters[pair[0]].name.clone(),
                        clusters[pair[1]].name.clone(),
                    ));
                }
            }
            None
        }
    }?;
    review
        .uncurated_merges
        .push((span.surface.clone(), clusters[merged].name.clone()));
    Some(merged)
}

/// Every name a cluster goes by: its canonical name, its gazetteer aliases
/// and the forms seen so far.
fn names_of(cluster: &Cluster, gazetteer: &Gazetteer) -> Vec<String> {
    let mut names = vec![cluster.name.clone()];
    if let Some(entry) = cluster.entry.and_then(|index| gazetteer.actors.get(index)) {
        names.extend(entry.aliases.iter().cloned());
    }
    names.extend(cluster.forms.keys().cloned());
    names
}

fn compatible(guess: ActorKind, known: ActorKind) -> bool {
    guess == known
        || matches!(
            (guess, known),
            (ActorKind::Group, ActorKind::State) | (ActorKind::State, ActorKind::Group)
        )
}

/// Words written with a capital somewhere other than at a sentence's start.
fn capitalized_words(corpus: &Corpus) -> HashSet<String> {
    let mut words = HashSet::new();
    for document in &corpus.documents {
        for sentence in &document.sentences {
            for token in tokenize(&sentence.text).iter().skip(1) {
                if token.is_capitalized() {
                    words.insert(token.stem().to_owned());
                }
            }
        }
    }
    words
}

/// Turns clusters into actors with ids, and points mentions at those ids.
fn finish(corpus: &mut Corpus, gazetteer: &Gazetteer, clusters: Vec<Cluster>) {
    let mut ids: Vec<String> = Vec::with_capacity(clusters.len());
    let mut taken: HashSet<String> = HashSet::new();
    for cluster in &clusters {
        let base = slug(&cluster.name);
        let mut id = if base.is_empty() {
            "actor".to_owned()
        } else {
            base.clone()
        };
        let mut counter = 2;
        while taken.contains(&id) {
            id = format!("{base}-{counter}");
            counter += 1;
        }
        taken.insert(id.clone());
        ids.push(id);
    }
    for document in &mut corpus.documents {
        for mention in &mut document.mentions {
            if let Some(index) = mention
                .actor
                .strip_prefix('#')
                .and_then(|index| index.parse::<usize>().ok())
            {
                mention.actor = ids[index].clone();
            }
        }
    }
    let mut actors: Vec<Actor> = clusters
        .into_iter()
        .zip(ids)
        .filter(|(cluster, _)| cluster.mentions > 0)
        .map(|(cluster, id)| {
            let entry = cluster.entry.and_then(|index| gazetteer.actors.get(index));
            Actor {
                id,
                name: cluster.name,
                kind: cluster.kind,
                aliases: cluster.forms.into_keys().collect(),
                mentions: cluster.mentions,
                role: entry.and_then(|entry| entry.role.clone()),
                curated: entry.is_some(),
                coordinates: entry
                    .and_then(|entry| entry.coordinates)
                    .filter(|[lat, lon]| {
                        (-90.0..=90.0).contains(lat) && (-180.0..=180.0).contains(lon)
                    }),
                place_type: entry.and_then(|entry| entry.place_type.clone()),
            }
        })
        .collect();
    actors.sort_by(|a, b| {
        b.mentions
            .cmp(&a.mentions)
            .then_with(|| a.name.cmp(&b.name))
    });
    corpus.actors = actors;
}
