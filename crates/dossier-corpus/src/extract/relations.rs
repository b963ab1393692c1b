//! Relations: typed ties between actors that a sentence states, each with
//! every evidence sentence and the dates of that evidence. Direction is kept
//! only where the sentence gives it. Being named in one sentence is kept as a
//! separate, weaker kind (`co_occurs`).
//!
//! Each pattern reads the words between two mentions (and, for a few, the
//! words just before the first): "X, leader of Y", "Y is run by X", "Y's
//! leader X", "Y, part of X", "X-backed Y", "Y, backed by X", "X met Y".

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use regex::Regex;

use crate::civil::CivilDate;
use crate::model::{ActorKind, Corpus, Mention, Relation, SourceRef};

/// How a pattern orients the pair (first mention A, second mention B).
#[derive(Clone, Copy)]
enum Orient {
    /// kind(A, B).
    Forward,
    /// kind(B, A).
    Backward,
}

type Pattern = (Regex, &'static str, Orient);

fn patterns() -> &'static [Pattern] {
    static PATTERNS: OnceLock<Vec<Pattern>> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let rules: &[(&str, &str, Orient)] = &[
            (r"^,? (?:the |its |a )?(?:former |de-facto |de facto |top |senior )?(?:leader|head|chief|commander|founder|secretary-general|secretary general) of (?:the )?$", "leads", Orient::Forward),
            (r"^(?: militia| group| movement| party| organization)? (?:is|was) (?:run|led|headed|commanded|founded) by $", "leads", Orient::Backward),
            (r"^(?: militia| group| movement)?[’']s? (?:former |top |new )?(?:leader|head|chief|commander|founder|secretary-general) $", "leads", Orient::Backward),
            (r"^(?: militia| group| movement)? (?:secretary-general|secretary general|leader|chief|commander|spokesman|head) $", "leads", Orient::Backward),
            (r"^(?: militia| group| movement| force| forces)?,? (?:which is |is |was |are |were )?(?:formally )?(?:an? )?(?:part of|member of|an umbrella group of|a unit of|a faction of|a wing of|one of the groups in|under the umbrella of|within) (?:the )?$", "member_of", Orient::Forward),
            (r"^-(?:backed|supported|sponsored|funded|armed|aligned|allied)(?: [a-z]+){0,2} $", "backed_by", Orient::Backward),
            (r"^(?: militia| group| movement| forces)?,? (?:which is |are |is |was )?(?:backed|supported|sponsored|funded|armed) by (?:the )?$", "backed_by", Orient::Forward),
            (r"^ (?:receives?|received|gets|got)(?: [a-z]+){0,3} (?:support|backing|funding|weapons|money) from (?:the )?$", "backed_by", Orient::Forward),
            (r"^[’']s? (?:also )?(?:backed|supported|backs|supports) $", "backed_by", Orient::Backward),
            (r"^ (?:also )?(?:backed|supported|backs|supports) $", "backed_by", Orient::Backward),
            (r"^,? (?:is |was |a )?(?:former |close |key |old )?ally of $", "allied_with", Orient::Forward),
            (r"^ (?:are |is |was |were )?(?:linked up with|allied with|aligned with|close to|cooperat(?:es|ed) with) (?:the )?$", "allied_with", Orient::Forward),
            (r"^ (?:has |have |had )?(?:threatened|warned|opposed|confronted|defied|condemned|accused|criticized|criticised)(?: [A-Z][\w’'-]*| Prime| Minister| President){0,4} $", "opposes", Orient::Forward),
            (r"^ (?:has |have |had )?(?:fought|battled|attacked|struck|targeted|fired (?:rockets|missiles|a rocket) at|launched (?:an? )?(?:rocket )?attacks? on) (?:the )?$", "attacked", Orient::Forward),
            (r"^ (?:has |have |had )?(?:killed|assassinated) $", "killed", Orient::Forward),
            (r"^ (?:was |were )?(?:killed|assassinated) by (?:the )?$", "killed", Orient::Backward),
            (r"^ (?:has |have |had )?(?:to )?(?:arrested|arrest|detained|detain|captured|seized)(?: \d+| more than a dozen| over a dozen)?(?: members| leaders| fighters| militants| men)?(?: of)?(?: the)? $", "detained", Orient::Forward),
            (r"^ (?:was |were )?(?:arrested|detained|captured) by (?:the )?$", "detained", Orient::Backward),
            (r"^ (?:has |have |had )?(?:released|freed)(?: \d+)?(?: members| fighters| militants)?(?: of)?(?: the)? $", "released", Orient::Forward),
            (r"^ (?:met|meets|met with|meeting with|welcomes|welcomed|hosted|received|held talks with|was talking to|talked to|spoke with|spoke to)(?: [A-Z][\w’'-]*){0,4} $", "met", Orient::Forward),
            (r"^ (?:has |have |had )?(?:moved|pushed back|push back|turned|acted|cracked down|cracking down) (?:against|on) (?:the )?$", "opposes", Orient::Forward),
            (r"^(?: [a-z]+){0,3} (?:has |have |had )?(?:opposed|threatened|warned|fought|defied) (?:the )?$", "opposes", Orient::Forward),
            // An organisation, a title and a person: "IRGC-QF commander Qasem
            // Soleimani" leads; "New Lines Institute senior analyst Rasha Al
            // Aqeedi" works there.
            (r"^ (?:[a-z]+ )?(?:commander|leader|chief|head|chairman|president|founder|secretary-general|director)(?: [A-Z][a-z]+)? $", "leads", Orient::Backward),
            (r"^ (?:[a-z]+ )?(?:analyst|fellow|researcher|spokesman|spokeswoman|official|adviser|advisor|member|cadre|scholar|expert|envoy|ambassador|minister|representative|delegate) $", "member_of", Orient::Backward),
            (r"^(?: militia| group| movement| party| forces)?,? (?:which is |is |was )?(?:run|led|headed|commanded|founded) by $", "leads", Orient::Backward),
            (r"^[’']s $", "member_of_possessive", Orient::Backward),
            // A state's office and its holder: "Iraq’s Prime Minister Mustafa
            // al-Kadhimi" leads; "US Secretary of State Mike Pompeo" serves.
            (r"^(?:[’']s)? (?:President|Prime Minister|PM|Premier|King|Emir|Supreme Leader|Chairman|Leader) $", "leads", Orient::Backward),
            (r"^(?:[’']s)? (?:Secretary of State|Foreign Minister|Defense Secretary|Defence Minister|Interior Minister|Minister|Secretary|Ambassador|Envoy|Gen\.|General) $", "member_of", Orient::Backward),
            // A verb later in a chain of predicates: "Khazali fought the
            // Americans, linked up with Lebanese Hezbollah".
            (r"^ [a-z]+ [^.;]{0,60}, (?:linked up with|allied with|aligned with|sided with) (?:the )?$", "allied_with", Orient::Forward),
            (r"^ [a-z]+ [^.;]{0,60}, (?:threatened|fought|attacked|opposed) (?:the )?$", "opposes", Orient::Forward),
        ];
        rules
            .iter()
            .map(|(pattern, kind, orient)| {
                // The patterns are constants of this file; a typo fails every test.
                #[allow(clippy::expect_used)]
                let regex = Regex::new(pattern).expect("relation pattern compiles");
                (regex, *kind, *orient)
            })
            .collect()
    })
}

/// How many following mentions of a sentence a mention co-occurs with.
const CO_OCCURRENCE_REACH: usize = 6;

/// What is known of one relation so far: an evidence text, every evidence
/// sentence, and the first and last dates.
type Evidence = (String, Vec<SourceRef>, Option<CivilDate>, Option<CivilDate>);

/// The words between a group named after "the leader of" and its leader.
fn leader_gap() -> &'static Regex {
    static GAP: OnceLock<Regex> = OnceLock::new();
    // A constant pattern; a typo fails every test.
    #[allow(clippy::expect_used)]
    GAP.get_or_init(|| {
        Regex::new(r"^(?: militia| group| movement| party| organization| brigades)?, $")
            .expect("leader gap compiles")
    })
}

/// Kinds whose direction the text gives.
fn is_directed(kind: &str) -> bool {
    !matches!(kind, "allied_with" | "met" | "co_occurs")
}

/// Finds the relations of every document. Fills `corpus.relations`.
pub fn find_relations(corpus: &mut Corpus) {
    let kinds: BTreeMap<&str, ActorKind> = corpus
        .actors
        .iter()
        .map(|actor| (actor.id.as_str(), actor.kind))
        .collect();
    let mut found: BTreeMap<(String, String, String), Evidence> = BTreeMap::new();
    for document in &corpus.documents {
        // Mentions and first dates grouped by sentence once, not per sentence.
        let mut by_sentence: HashMap<&str, Vec<&Mention>> = HashMap::new();
        for mention in &document.mentions {
            by_sentence
                .entry(mention.sentence.as_str())
                .or_default()
                .push(mention);
        }
        let mut first_date: HashMap<&str, CivilDate> = HashMap::new();
        for timex in &document.timexes {
            if let Some(value) = timex.value {
                first_date
                    .entry(timex.sentence.as_str())
                    .or_insert(value.start);
            }
        }
        for sentence in &document.sentences {
            let Some(mentions) = by_sentence.get(sentence.id.as_str()) else {
                continue;
            };
            if mentions.len() < 2 {
                continue;
            }
            let date = first_date
                .get(sentence.id.as_str())
                .copied()
                .or_else(|| document.date.as_ref().map(|date| date.start));
            let mut add = |source: &str, target: &str, kind: &str| {
                if source == target {
                    return;
                }
                let (source, target) = if is_directed(kind) || source < target {
                    (source, target)
                } else {
                    (target, source)
                };
                let entry = found
                    .entry((source.to_owned(), target.to_owned(), kind.to_owned()))
                    .or_insert_with(|| (sentence.text.clone(), Vec::new(), None, None));
                let evidence = SourceRef {
                    doc: document.id.clone(),
                    sentence: sentence.id.clone(),
                };
                if !entry.1.contains(&evidence) {
                    entry.1.push(evidence);
                }
                if let Some(date) = date {
                    entry.2 = Some(entry.2.map_or(date, |first| first.min(date)));
                    entry.3 = Some(entry.3.map_or(date, |last| last.max(date)));
                }
            };
            for (index, first) in mentions.iter().enumerate() {
                // Co-occurrence only between near neighbours: a sentence
                // listing hundreds of names must not make every pair a tie.
                for second in mentions[index + 1..].iter().take(CO_OCCURRENCE_REACH) {
                    if first.actor != second.actor {
                        let not_place = |mention: &Mention| {
                            kinds.get(mention.actor.as_str()) != Some(&ActorKind::Place)
                        };
                        if not_place(first) && not_place(second) {
                            add(&first.actor, &second.actor, "co_occurs");
                        }
                    }
                }
                // Typed patterns: between a mention and the next (or, through
                // a coordination "A and B", the one after).
                let mut subjects = vec![*first];
                for second in &mentions[index + 1..] {
                    let (from, to) = (first.end as usize, second.start as usize);
                    if from > to || to > sentence.text.len() {
                        break;
                    }
                    let gap = &sentence.text[from..to];
                    if gap == " and " || gap == ", " {
                        subjects.push(second);
                        continue;
                    }
                    // "the leader of the Asa’ib Ahl Al Haq militia, Qais Khazali"
                    let before = sentence.text[..first.start as usize].to_lowercase();
                    let led_before = [
                        "leader of the ",
                        "leader of ",
                        "head of the ",
                        "commander of the ",
                        "founder of the ",
                        "chief of the ",
                    ]
                    .iter()
                    .any(|lead| before.ends_with(lead));
                    if led_before && leader_gap().is_match(gap) {
                        add(&second.actor, &first.actor, "leads");
                        break;
                    }
                    let last_subject =
                        subjects.last().map_or(first.end, |subject| subject.end) as usize;
                    let gap = &sentence.text[last_subject.min(to)..to];
                    for (regex, kind, orient) in patterns() {
                        if regex.is_match(gap) {
                            // "the Heritage Foundation’s James Phillips": a
                            // group's person is its member; other possessives
                            // say nothing typed.
                            // Possessives: "the Heritage Foundation’s James
                            // Phillips" is its member; "Sadr’s Saraya al-Salam"
                            // is his; other possessives say nothing typed.
                            let (kind, orient) = if *kind == "member_of_possessive" {
                                let kind_of =
                                    |mention: &Mention| kinds.get(mention.actor.as_str()).copied();
                                match (kind_of(first), kind_of(second)) {
                                    (
                                        Some(ActorKind::Group | ActorKind::State),
                                        Some(ActorKind::Person),
                                    ) => ("member_of", Orient::Backward),
                                    (Some(ActorKind::Person), Some(ActorKind::Group)) => {
                                        ("leads", Orient::Forward)
                                    }
                                    _ => break,
                                }
                            } else {
                                (*kind, *orient)
                            };
                            for subject in &subjects {
                                match orient {
                                    Orient::Forward => add(&subject.actor, &second.actor, kind),
                                    Orient::Backward => add(&second.actor, &subject.actor, kind),
                                }
                            }
                            break;
                        }
                    }
                    break;
                }
            }
        }
    }
    corpus.relations = found
        .into_iter()
        .map(
            |((source, target, kind), (text, evidence, first, last))| Relation {
                directed: is_directed(&kind),
                source,
                target,
                kind,
                first,
                last,
                text,
                evidence,
            },
        )
        .collect();
}
