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

use super::actors::words::DEMONYM_STATES;
use super::chain::chained;
use super::names::fold;

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
            // "X, who served simultaneously as de-facto commander of the
            // broader PMF force".
            (r"^,? (?:who (?:served|serves|was|is|became)(?: [a-z]+)? as )?(?:the |its |a )?(?:former |de-facto |de facto |top |senior )?(?:leader|head|chief|commander|founder|secretary-general|secretary general) of (?:the )?(?:broader |wider |whole )?$", "leads", Orient::Forward),
            (r"^(?: militia| group| movement| party| organization)? (?:is|was) (?:run|led|headed|commanded|founded) by $", "leads", Orient::Backward),
            (r"^(?: militia| group| movement)?[’']s? (?:former |top |new )?(?:leader|head|chief|commander|founder|secretary-general),? $", "leads", Orient::Backward),
            // "the EU’s foreign policy chief, Josep Borrell": a chief of a
            // part of the group is its member.
            // "The coalition’s spokesman, Brig. Gen. Turki al-Maliki".
            (r"^[’']s (?:[a-z-]+ ){0,3}(?:chief|head|leader|spokesman|spokeswoman|negotiator|envoy|minister|ambassador|official|adviser|advisor|commander),? (?:(?:Brig|Gen|Col|Maj|Lt|Capt|Dr|Sheikh)\. )*$", "member_of", Orient::Backward),
            (r"^(?: militia| group| movement)? (?:secretary-general|secretary general|leader|chief|commander|spokesman|head) $", "leads", Orient::Backward),
            (r"^(?: militia| group| movement| force| forces)?,? (?:which is |is |was |are |were )?(?:formally )?(?:an? )?(?:part of|member of|an umbrella group of|a unit of|a faction of|a wing of|one of the groups in|under the umbrella of|within) (?:the )?$", "member_of", Orient::Forward),
            (r"^-(?:backed|supported|sponsored|funded|armed|aligned|allied)(?: [a-z]+){0,2} $", "backed_by", Orient::Backward),
            (r"^(?: militia| group| movement| forces)?,? (?:which is |are |is |was )?(?:backed|supported|sponsored|funded|armed) by (?:the )?$", "backed_by", Orient::Forward),
            (r"^ (?:receives?|received|gets|got)(?: [a-z]+){0,3} (?:support|backing|funding|weapons|money) from (?:the )?$", "backed_by", Orient::Forward),
            (r"^[’']s? (?:also )?(?:backed|supported|backs|supports) $", "backed_by", Orient::Backward),
            (r"^ (?:also )?(?:backed|supported|backs|supports) $", "backed_by", Orient::Backward),
            (r"^,? (?:is |was )?(?:a |an )?(?:former |close |key |old )?ally of $", "allied_with", Orient::Forward),
            (r"^ (?:are |is |was |were )?(?:linked up with|allied with|aligned with|close to|cooperat(?:es|ed) with) (?:the )?$", "allied_with", Orient::Forward),
            (r"^ (?:who |which |that )?(?:has |have |had )?(?:threatened|warned|opposed|confronted|defied|condemned|accused|criticized|criticised)(?: [A-Z][\w’'-]*| Prime| Minister| President){0,4} $", "opposes", Orient::Forward),
            (r"^ (?:who |which |that )?(?:has |have |had )?(?:fought|battled|attacked|struck|targeted|fired (?:rockets|missiles|a rocket) at|launched (?:an? )?(?:rocket )?attacks? on) (?:the )?$", "attacked", Orient::Forward),
            (r"^ (?:who |which |that )?(?:has |have |had )?(?:killed|assassinated) $", "killed", Orient::Forward),
            (r"^ (?:was |were )?(?:killed|assassinated) by (?:the )?$", "killed", Orient::Backward),
            (r"^ (?:who |which |that )?(?:has |have |had )?(?:tried |attempted |sought )?(?:to )?(?:arrested|arrest|detained|detain|captured|seized)(?: \d+| more than a dozen| over a dozen)?(?: members| leaders| fighters| militants| men)?(?: of)?(?: the)? $", "detained", Orient::Forward),
            (r"^ (?:was |were )?(?:arrested|detained|captured) by (?:the )?$", "detained", Orient::Backward),
            (r"^ (?:has |have |had )?(?:released|freed)(?: \d+)?(?: members| fighters| militants)?(?: of)?(?: the)? $", "released", Orient::Forward),
            (r"^ (?:met|meets|met with|meeting with|welcomes|welcomed|hosted|received|held talks with|was talking to|talked to|spoke with|spoke to)(?: [A-Z][\w’'-]*){0,4} $", "met", Orient::Forward),
            (r"^ (?:has |have |had )?(?:moved|pushed back|push back|turned|acted|cracked down|cracking down) (?:against|on) (?:the )?$", "opposes", Orient::Forward),
            // Adverbs may stand between ("has long opposed"), but not "and":
            // after "X fought Y and opposed Z" it is X, not Y, that opposes.
            (r"^(?: (?:has|have|had|long|also|openly|publicly|repeatedly|strongly|always|previously|since|then|who|which|that))* (?:opposed|threatened|warned|fought|defied) (?:the )?$", "opposes", Orient::Forward),
            // An organisation, a title and a person: "IRGC-QF commander Qasem
            // Soleimani" leads; "New Lines Institute senior analyst Rasha Al
            // Aqeedi" works there.
            (r"^ (?:[a-z]+ )?(?i:commander|leader|chief|head|chairman|president|founder|secretary-general|secretary general|director)(?: [A-Z][a-z]+)? $", "leads", Orient::Backward),
            (r"^ (?:[a-z]+ )?(?:analyst|fellow|researcher|spokesman|spokeswoman|official|adviser|advisor|member|cadre|scholar|expert|envoy|ambassador|minister|representative|delegate) $", "member_of", Orient::Backward),
            (r"^(?: militia| group| movement| party| forces)?,? (?:which is |is |was )?(?:run|led|headed|commanded|founded) by (?:(?:Gen|Brig|Col|Maj|Lt|Dr|Sheikh)\. |General |President |Prime Minister )*$", "leads", Orient::Backward),
            (r"^[’']s $", "member_of_possessive", Orient::Backward),
            // A state's office and its holder: "Iraq’s Prime Minister Mustafa
            // al-Kadhimi" leads; "US Secretary of State Mike Pompeo" serves.
            (r"^(?:[’']s)? (?:President|Prime Minister|PM|Premier|King|Emir|Supreme Leader|Chairman|Leader) $", "leads", Orient::Backward),
            (r"^(?:[’']s)? (?:Secretary of State|Foreign Minister|Defense Secretary|Defence Minister|Interior Minister|Minister|Secretary|Ambassador|Envoy|Gen\.|General) $", "member_of", Orient::Backward),
            // "the RSF, a paramilitary group led by Gen. Mohamed Dagalo".
            (r"^,? (?:an? |the )?(?:[a-z-]+ ){0,3}(?:group|militia|force|forces|movement|party|organization|faction|coalition|alliance|bloc) (?:now )?(?:led|headed|run|commanded|founded) by (?:(?:Gen|Brig|Col|Maj|Lt|Dr|Sheikh)\. |General |President |Prime Minister )*$", "leads", Orient::Backward),
            // "Assaad Hardan of the Syrian Social Nationalist Party": a
            // person of a group is its member (checked on their kinds).
            (r"^ of (?:the )?$", "member_of_group", Orient::Forward),
            // "Nabih Berri, a close Hezbollah ally"; "the PMF, an Iran-backed
            // force": the tie is named after the second actor.
            (r"^,? (?:(?:is|was|are|were|became|now|often|remains?|functions?|serves?|acts?|as) )*(?:an?|another|the)? ?(?:close |key |longtime |long-time |staunch |old |former |main |powerful )?$", "named_after", Orient::Forward),
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

/// What a matched pattern says of a pair, once their kinds and the words
/// after the second are known.
enum Resolved {
    /// A typed relation.
    Use(&'static str, Orient),
    /// Nothing: try the next pattern.
    Next,
    /// Nothing typed: the pair has no typed tie.
    Stop,
}

/// Resolves the patterns whose kind depends on the actors' kinds or on the
/// words after the second actor; every other pattern stands as written.
fn resolve(
    kind: &'static str,
    orient: Orient,
    first: Option<ActorKind>,
    second: Option<ActorKind>,
    after: &str,
) -> Resolved {
    let person = Some(ActorKind::Person);
    let body = |kind: Option<ActorKind>| matches!(kind, Some(ActorKind::Group | ActorKind::State));
    match kind {
        // Possessives: "the Heritage Foundation’s James Phillips" is its
        // member; "Sadr’s Saraya al-Salam" is his; other possessives say
        // nothing typed.
        "member_of_possessive" => match (first, second) {
            (first, second) if body(first) && second == person => {
                Resolved::Use("member_of", Orient::Backward)
            }
            (first, Some(ActorKind::Group)) if first == person => {
                Resolved::Use("leads", Orient::Forward)
            }
            _ => Resolved::Stop,
        },
        "member_of_group" if first == person && second == Some(ActorKind::Group) => {
            Resolved::Use("member_of", Orient::Forward)
        }
        "member_of_group" => Resolved::Next,
        "named_after" => {
            let after = after.to_lowercase();
            if after.starts_with(" ally") || after.starts_with(" allies") {
                Resolved::Use("allied_with", Orient::Forward)
            } else if [" detainee", " prisoner", " captive", " hostage"]
                .iter()
                .any(|cue| after.starts_with(cue))
            {
                // "Qais Khazali, a former US detainee".
                Resolved::Use("detained", Orient::Backward)
            } else if ["-backed", "-supported", "-sponsored", "-funded", "-armed"]
                .iter()
                .any(|cue| after.starts_with(cue))
            {
                Resolved::Use("backed_by", Orient::Forward)
            } else {
                Resolved::Next
            }
        }
        // "X, the head of Y’s parliamentary bloc" heads a part of Y: a member.
        "leads" if matches!(orient, Orient::Forward) && possessive(after) => {
            Resolved::Use("member_of", Orient::Forward)
        }
        _ => Resolved::Use(kind, orient),
    }
}

/// The ties to states that the words after a group's name state with a
/// demonym, when they describe it: ", a vehemently anti-American Iranian
/// export" (opposes the United States, backed by Iran), " movement which is
/// second Iranian proxy", ", an Iranian-backed militia". As (state, kind).
fn demonym_ties(after: &str) -> Vec<(&'static str, &'static str)> {
    let words: Vec<String> = after
        .split_whitespace()
        .take(8)
        .map(|word| word.to_lowercase())
        .collect();
    let describes = after.trim_start().starts_with(',')
        || words.iter().take(3).any(|word| {
            matches!(
                word.as_str(),
                "is" | "was" | "are" | "were" | "as" | "remains"
            )
        });
    if !describes {
        return Vec::new();
    }
    let state = |word: &str| {
        DEMONYM_STATES
            .iter()
            .find(|(demonym, _)| *demonym == word)
            .map(|(_, state)| *state)
    };
    let mut ties = Vec::new();
    for (at, raw) in words.iter().enumerate() {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        if let Some(state) = word.strip_prefix("anti-").and_then(state) {
            ties.push((state, "opposes"));
        }
        let (demonym, tie) = match word.split_once('-') {
            Some((demonym, tie)) => (demonym, tie.to_owned()),
            None => (
                word,
                words.get(at + 1).map_or(String::new(), |next| {
                    next.trim_matches(|c: char| !c.is_alphanumeric()).to_owned()
                }),
            ),
        };
        if let Some(state) = state(demonym) {
            match tie.as_str() {
                "proxy" | "proxies" | "export" | "client" | "backed" | "funded" | "sponsored"
                | "supported" | "armed" => ties.push((state, "backed_by")),
                "ally" | "allies" | "aligned" => ties.push((state, "allied_with")),
                _ => {}
            }
        }
        // The description ends with its clause.
        if raw.ends_with([',', ';', '.']) && at > 0 {
            break;
        }
    }
    ties
}

/// The end of a "He" or "She" opening `text`, when one does.
fn opening_pronoun(text: &str) -> Option<usize> {
    ["He ", "She "]
        .iter()
        .find(|pronoun| text.starts_with(*pronoun))
        .map(|pronoun| pronoun.len() - 1)
}

/// True when `before`, the text before a person's name, ends with a title
/// of "its": "and its former Leader ", "its commander, ".
fn follows_its_title(before: &str) -> bool {
    static TITLE: OnceLock<Regex> = OnceLock::new();
    // A constant pattern; a typo fails every test.
    #[allow(clippy::expect_used)]
    TITLE
        .get_or_init(|| {
            Regex::new(r"(?i)\bits (?:former |late |founding |current |new |top )?(?:leader|head|chief|commander|founder|secretary-general|secretary general),? $")
                .expect("title pattern compiles")
        })
        .is_match(before)
}

/// The person whose "of" phrase holds `group`: Assaad Hardan in "Assaad
/// Hardan of the Syrian Social Nationalist Party". `earlier` are the
/// sentence's mentions before the group.
fn person_of<'a>(
    group: &Mention,
    earlier: &[&'a Mention],
    text: &str,
    kinds: &BTreeMap<&str, ActorKind>,
) -> Option<&'a Mention> {
    // "the Syrian Social Nationalist Party (SSNP)": the name before the
    // bracket is the group's.
    let (group, earlier) = match earlier.split_last() {
        Some((long, rest)) if long.actor == group.actor => (*long, rest),
        _ => (group, earlier),
    };
    let person = earlier.last()?;
    let between = text.get(person.end as usize..group.start as usize)?;
    let is_person = kinds.get(person.actor.as_str()) == Some(&ActorKind::Person);
    (is_person && (between == " of the " || between == " of ")).then_some(*person)
}

/// True when the words after an actor start with a possessive ending.
fn possessive(after: &str) -> bool {
    after.starts_with("’s ") || after.starts_with("'s ")
}

/// Finds the relations of every document. Fills `corpus.relations`.
pub fn find_relations(corpus: &mut Corpus) {
    let kinds: BTreeMap<&str, ActorKind> = corpus
        .actors
        .iter()
        .map(|actor| (actor.id.as_str(), actor.kind))
        .collect();
    // The states of the corpus, by every name they go by.
    let states: HashMap<String, &str> = corpus
        .actors
        .iter()
        .filter(|actor| actor.kind == ActorKind::State)
        .flat_map(|actor| {
            std::iter::once(&actor.name)
                .chain(&actor.aliases)
                .map(move |name| (fold(name), actor.id.as_str()))
        })
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
        // The person a sentence opening with "He" or "She" speaks of: the
        // first person named in the last sentence that named one, at most
        // three sentences back. A sentence opening with the pronoun names
        // that person again, so a chain of "He ..." sentences goes on.
        let mut last_person: Option<(usize, String)> = None;
        for (at, sentence) in document.sentences.iter().enumerate() {
            let named = by_sentence.get(sentence.id.as_str());
            let pronoun = opening_pronoun(&sentence.text).and_then(|end| {
                let (when, actor) = last_person.as_ref()?;
                (at - when <= 3).then(|| Mention {
                    sentence: sentence.id.clone(),
                    start: 0,
                    end: end as u32,
                    actor: actor.clone(),
                })
            });
            let first_person = pronoun
                .as_ref()
                .map(|mention| mention.actor.clone())
                .or_else(|| {
                    named?
                        .iter()
                        .find(|mention| {
                            kinds.get(mention.actor.as_str()) == Some(&ActorKind::Person)
                        })
                        .map(|mention| mention.actor.clone())
                });
            if let Some(person) = first_person {
                last_person = Some((at, person));
            }
            let with_pronoun: Vec<&Mention>;
            let mentions = match (&pronoun, named) {
                (Some(pronoun), Some(named)) => {
                    with_pronoun = std::iter::once(pronoun)
                        .chain(named.iter().copied())
                        .collect();
                    &with_pronoun
                }
                (None, Some(named)) => named,
                _ => continue,
            };
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
            // "Kataib Hezbollah, a vehemently anti-American Iranian export":
            // ties to states named by a demonym, up to the next name.
            for (position, mention) in mentions.iter().enumerate() {
                if kinds.get(mention.actor.as_str()) != Some(&ActorKind::Group) {
                    continue;
                }
                let until = mentions
                    .get(position + 1)
                    .map_or(sentence.text.len(), |next| next.start as usize);
                let from = (mention.end as usize).min(until);
                for (state, kind) in demonym_ties(&sentence.text[from..until]) {
                    if let Some(state) = states.get(&fold(state)) {
                        add(&mention.actor, state, kind);
                    }
                }
            }
            // "KH receives more support from the IRGC-QF than any other
            // militia, and its former leader Abu Mahdi al-Muhandis ...":
            // "its" is the subject, the first group the sentence names.
            for (position, mention) in mentions.iter().enumerate() {
                if kinds.get(mention.actor.as_str()) != Some(&ActorKind::Person)
                    || !follows_its_title(&sentence.text[..mention.start as usize])
                {
                    continue;
                }
                if let Some(group) = mentions[..position]
                    .iter()
                    .find(|earlier| kinds.get(earlier.actor.as_str()) == Some(&ActorKind::Group))
                {
                    add(&mention.actor, &group.actor, "leads");
                }
            }
            if mentions.len() < 2 {
                continue;
            }
            let spans: Vec<(usize, usize)> = mentions
                .iter()
                .map(|mention| (mention.start as usize, mention.end as usize))
                .collect();
            for (subject, object, kind) in chained(&sentence.text, &spans) {
                add(&mentions[subject].actor, &mentions[object].actor, kind);
            }
            for (index, first) in mentions.iter().enumerate() {
                // Co-occurrence only between near neighbours: a sentence
                // listing hundreds of names must not make every pair a tie.
                for second in mentions[index + 1..].iter().take(CO_OCCURRENCE_REACH) {
                    if first.actor != second.actor {
                        let not_place = |mention: &Mention| {
                            kinds.get(mention.actor.as_str()) != Some(&ActorKind::Place)
                        };
                        // A pronoun ties by what it says, not by being near.
                        let not_pronoun = |mention: &Mention| {
                            pronoun
                                .as_ref()
                                .is_none_or(|pronoun| !std::ptr::eq(pronoun, mention))
                        };
                        if not_place(first) && not_place(second) && not_pronoun(first) {
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
                    // An acronym in brackets after a name ("the Rapid
                    // Support Forces (RSF), a group led by") is the name
                    // again: the words go on after the bracket.
                    let opened =
                        |mention: &Mention| sentence.text[..mention.start as usize].ends_with('(');
                    let from = if opened(first) && sentence.text[from..].starts_with(')') {
                        from + 1
                    } else {
                        from
                    };
                    let gap = &sentence.text[from.min(to)..to];
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
                    let last = subjects.last().copied().unwrap_or(first);
                    let mut last_subject = last.end as usize;
                    if opened(last) && sentence.text[last_subject..].starts_with(')') {
                        last_subject += 1;
                    }
                    let gap = &sentence.text[last_subject.min(to)..to];
                    let kind_of = |mention: &Mention| kinds.get(mention.actor.as_str()).copied();
                    let after = &sentence.text[(second.end as usize).min(sentence.text.len())..];
                    for (regex, kind, orient) in patterns() {
                        if !regex.is_match(gap) {
                            continue;
                        }
                        let named_after = *kind == "named_after";
                        let (kind, orient) =
                            match resolve(kind, *orient, kind_of(first), kind_of(second), after) {
                                Resolved::Use(kind, orient) => (kind, orient),
                                Resolved::Next => continue,
                                Resolved::Stop => break,
                            };
                        // A title or a possessive binds the nearest actor
                        // only: in "the AU and UN Secretary-General Guterres"
                        // he leads the UN alone.
                        let compound = gap.starts_with(['’', '\'', '-'])
                            || gap.trim_start().starts_with(char::is_uppercase);
                        let skip = if compound {
                            subjects.len().saturating_sub(1)
                        } else {
                            0
                        };
                        // "Assaad Hardan of the SSNP, a Hezbollah ally":
                        // what follows the comma describes the person of
                        // the group, not the group.
                        let of_person = named_after
                            .then(|| person_of(first, &mentions[..index], &sentence.text, &kinds))
                            .flatten();
                        let subjects = match of_person {
                            Some(person) => vec![person],
                            None => subjects[skip..].to_vec(),
                        };
                        for subject in &subjects {
                            match orient {
                                Orient::Forward => add(&subject.actor, &second.actor, kind),
                                Orient::Backward => add(&second.actor, &subject.actor, kind),
                            }
                        }
                        break;
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

#[cfg(test)]
mod tests {
    use super::follows_its_title;

    #[test]
    fn a_title_of_its() {
        assert!(follows_its_title(
            "KH receives more support than any other militia, and its former Leader "
        ));
        assert!(follows_its_title("The group said its commander, "));
        assert!(!follows_its_title("The group said its "));
        assert!(!follows_its_title("the former leader "));
    }
}
