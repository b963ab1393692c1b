//! The sentence shapes that state a relation between two mentions, read
//! in the words between them (and, for a few, the words around them), and
//! what they say once the actors' kinds are known.

use std::sync::OnceLock;

use regex::Regex;

use crate::model::ActorKind;

use crate::extract::actors::words::DEMONYM_STATES;

/// How a pattern orients the pair (first mention A, second mention B).
#[derive(Clone, Copy)]
pub(super) enum Orient {
    /// kind(A, B).
    Forward,
    /// kind(B, A).
    Backward,
}

pub(super) type Pattern = (Regex, &'static str, Orient);

pub(super) fn patterns() -> &'static [Pattern] {
    static PATTERNS: OnceLock<Vec<Pattern>> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let rules: &[(&str, &str, Orient)] = &[
            // "Angola’s president, João Lourenço"; "Israel’s prime
            // minister, Benjamin Netanyahu".
            (r"^[’']s (?:(?:new|interim|acting) )?(?:president|prime minister|premier|king|emir|supreme leader|chancellor), $", "leads", Orient::Backward),
            // "X, who served simultaneously as de-facto commander of the
            // broader PMF force".
            // "William Ruto, who chairs the East African Community".
            (r"^,? who (?:chairs|chaired|heads|headed|leads|led|commands|commanded|founded) (?:the )?$", "leads", Orient::Forward),
            (r"^,? (?:who (?:served|serves|was|is|became)(?: [a-z]+)? as )?(?:the |its |a )?(?:former |de-facto |de facto |top |senior )?(?:leader|head|chief|commander|founder|secretary-general|secretary general) of (?:the )?(?:broader |wider |whole )?$", "leads", Orient::Forward),
            // "The BNP’s leader, former prime minister Khaleda Zia".
            (r"^(?: militia| group| movement)?[’']s? (?:former |top |new )?(?:leader|head|chief|commander|founder|secretary-general),? (?:(?:former |acting )?(?:prime minister|president|chairman|chairwoman|general) )?$", "leads", Orient::Backward),
            // "the EU’s foreign policy chief, Josep Borrell": a chief of a
            // part of the group is its member.
            // "The coalition’s spokesman, Brig. Gen. Turki al-Maliki".
            (r"^[’']s (?:[a-z-]+ ){0,3}(?:chief|head|leader|spokesman|spokeswoman|negotiator|envoy|minister|ambassador|official|adviser|advisor|commander),? (?:(?:Brig|Gen|Col|Maj|Lt|Capt|Dr|Sheikh)\. )*$", "member_of", Orient::Backward),
            (r"^(?: militia| group| movement)? (?:secretary-general|secretary general|leader|chief|commander|head) $", "leads", Orient::Backward),
            (r"^(?: militia| group| movement| force| forces)?,? (?:which is |is |was |are |were )?(?:formally )?(?:an? )?(?:part of|member of|an umbrella group of|a unit of|a faction of|a wing of|one of the groups in|under the umbrella of|within) (?:the )?$", "member_of", Orient::Forward),
            (r"^-(?:backed|supported|sponsored|funded|armed|aligned|allied)(?: [a-z]+){0,2} $", "backed_by", Orient::Backward),
            (r"^(?: militia| group| movement| forces)?,? (?:which is |are |is |was )?(?:backed|supported|sponsored|funded|armed) by (?:the )?$", "backed_by", Orient::Forward),
            (r"^ (?:receives?|received|gets|got)(?: [a-z]+){0,3} (?:support|backing|funding|weapons|money) from (?:the )?$", "backed_by", Orient::Forward),
            // "the Syrian National Army (SNA), a coalition of rebel factions
            // backed by Turkey"; "The SDF, a Kurdish-led alliance backed by".
            (r"^, (?:an? |the )(?:[\w’'-]+ ){1,5}(?:backed|supported|sponsored|funded|armed) by (?:the )?$", "backed_by", Orient::Forward),
            // "Iran and its ally Hezbollah".
            (r"^ and (?:its|their|his|her) (?:close |key |main |longtime |long-time )?(?:ally|allies|partner|partners) (?:the )?$", "allied_with", Orient::Forward),
            (r"^[’']s? (?:also )?(?:backed|supported|backs|supports) $", "backed_by", Orient::Backward),
            (r"^ (?:also )?(?:backed|supported|backs|supports) $", "backed_by", Orient::Backward),
            (r"^,? (?:is |was |has been |had been |remains )?(?:a |an )?(?:former |close |key |old |strategic |major |important )?(?:ally|partner) of (?:the )?$", "allied_with", Orient::Forward),
            (r"^ (?:are |is |was |were )?(?:linked up with|allied with|aligned with|close to|cooperat(?:es|ed) with) (?:the )?$", "allied_with", Orient::Forward),
            // "The United States, which designated HTS a terrorist
            // organisation".
            (r"^(?:,? (?:who|which|that))? (?:has |have |had )?(?:threatened|warned|opposed|confronted|defied|condemned|accused|criticized|criticised|sanctioned)(?: the)?(?: [A-Z][\w’'-]*| Prime| Minister| President){0,4} $", "opposes", Orient::Forward),
            // A terrorist designation, not an envoy's: checked on what
            // follows the second actor.
            (r"^(?:,? (?:who|which|that))? (?:has |have |had )?designated (?:the )?$", "designates", Orient::Forward),
            (r"^ (?:who |which |that )?(?:has |have |had )?(?:fought|battled|attacked|struck|targeted|fired (?:rockets|missiles|a rocket) at|launched (?:an? )?(?:rocket )?attacks? on) (?:the )?$", "attacked", Orient::Forward),
            // "struck dozens of targets in Houthi-held parts of Yemen".
            (r"^ (?:struck|hit|bombed|targeted|shelled) (?:dozens of |scores of |several |multiple |more than [0-9]+ |[0-9]+ )?(?:targets|positions|sites|camps|bases|depots) (?:in|of|belonging to|held by) (?:the )?$", "attacked", Orient::Forward),
            (r"^ (?:has been |have been |is |are |was |were )?(?:at war with|in conflict with) (?:the )?$", "opposes", Orient::Forward),
            (r"^ (?:who |which |that )?(?:has |have |had )?(?:killed|assassinated) $", "killed", Orient::Forward),
            // "a new police chief, Rameau Normil, took charge of the PNH"
            // (a person and a group only: an army takes command of a city).
            (r"^,? (?:who |which )?(?:has |had )?(?:took|takes|taken) (?:charge|command) of (?:the )?$", "leads_person_group", Orient::Forward),
            // "Nahid Islam, a sociology student at Dhaka University" (a
            // person, and not a former one).
            (r"^, (?:an? |the )former (?:[a-z]+ ){0,2}(?:student|professor|lecturer|teacher|researcher|employee|staffer) (?:at|of) (?:the )?$", "none", Orient::Forward),
            (r"^, (?:an? |the )(?:[a-z]+ ){0,2}(?:student|professor|lecturer|teacher|researcher|employee|staffer) (?:at|of) (?:the )?$", "member_of_person", Orient::Forward),
            (r"^ (?:was |were )?(?:killed|assassinated) by (?:the )?$", "killed", Orient::Backward),
            (r"^ (?:who |which |that )?(?:has |have |had )?(?:tried |attempted |sought )?(?:to )?(?:arrested|arrest|detained|detain|captured|seized)(?: \d+| more than a dozen| over a dozen)?(?: members| leaders| fighters| militants| men)?(?: of)?(?: the)? $", "detained", Orient::Forward),
            (r"^ (?:was |were )?(?:arrested|detained|captured) by (?:the )?$", "detained", Orient::Backward),
            (r"^ (?:has |have |had )?(?:released|freed)(?: \d+)?(?: members| fighters| militants)?(?: of)?(?: the)? $", "released", Orient::Forward),
            (r"^ (?:met|meets|met with|meeting with|welcomes|welcomed|hosted|received|held talks with|was talking to|talked to|spoke with|spoke to)(?: [A-Z][\w’'-]*){0,4} $", "met", Orient::Forward),
            // "Saudi Arabia, which has been in talks with the Houthis".
            (r"^,? (?:which |who )?(?:has been |have been |had been |is |are |was |were )(?:in talks with|negotiating with|holding talks with) (?:the )?$", "met", Orient::Forward),
            (r"^ (?:has |have |had )?(?:moved|pushed back|push back|turned|acted|cracked down|cracking down) (?:against|on) (?:the )?$", "opposes", Orient::Forward),
            // Adverbs may stand between ("has long opposed"), but not "and":
            // after "X fought Y and opposed Z" it is X, not Y, that opposes.
            (r"^(?: (?:has|have|had|long|also|openly|publicly|repeatedly|strongly|always|previously|since|then|who|which|that))* (?:opposed|threatened|warned|fought|defied) (?:the )?$", "opposes", Orient::Forward),
            // An organisation, a title and a person: "IRGC-QF commander Qasem
            // Soleimani" leads; "New Lines Institute senior analyst Rasha Al
            // Aqeedi" works there.
            (r"^ (?:[a-z]+ )?(?i:commander|leader|chief|head|chairman|president|founder|secretary-general|secretary general|director)(?: [A-Z][a-z]+)? $", "leads", Orient::Backward),
            (r"^ (?:[a-z]+ )?(?:analyst|fellow|researcher|spokesman|spokeswoman|official|adviser|advisor|member|cadre|scholar|expert|envoy|ambassador|minister|representative|delegate),? $", "member_of", Orient::Backward),
            (r"^(?: militia| group| movement| party| organization| forces)?,? (?:which is |is |was )?(?:run|led|headed|commanded|founded) by (?:(?:Gen|Brig|Col|Maj|Lt|Dr|Sheikh)\. |General |President |Prime Minister )*$", "leads", Orient::Backward),
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

/// The words between a group named after "the leader of" and its leader.
pub(super) fn leader_gap() -> &'static Regex {
    static GAP: OnceLock<Regex> = OnceLock::new();
    // A constant pattern; a typo fails every test.
    #[allow(clippy::expect_used)]
    GAP.get_or_init(|| {
        Regex::new(r"^(?: militia| group| movement| party| organization| brigades)?, $")
            .expect("leader gap compiles")
    })
}

/// What a matched pattern says of a pair, once their kinds and the words
/// after the second are known.
pub(super) enum Resolved {
    /// A typed relation.
    Use(&'static str, Orient),
    /// Nothing: try the next pattern.
    Next,
    /// Nothing typed: the pair has no typed tie.
    Stop,
}

/// Resolves the patterns whose kind depends on the actors' kinds or on the
/// words after the second actor; every other pattern stands as written.
pub(super) fn resolve(
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
        "leads_person_group" if first == person && second == Some(ActorKind::Group) => {
            Resolved::Use("leads", orient)
        }
        "member_of_person" if first == person => Resolved::Use("member_of", orient),
        "leads_person_group" | "member_of_person" | "none" => Resolved::Stop,
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
        // "who led the U.S. delegation": a part the name only modifies.
        "leads"
            if matches!(orient, Orient::Forward)
                && after
                    .split_whitespace()
                    .next()
                    .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
                    .is_some_and(|word| {
                        matches!(
                            word,
                            "delegation"
                                | "team"
                                | "side"
                                | "mission"
                                | "campaign"
                                | "embassy"
                                | "forces"
                                | "troops"
                                | "negotiators"
                                | "effort"
                                | "offensive"
                                | "bid"
                                | "talks"
                                | "contingent"
                        )
                    }) =>
        {
            Resolved::Stop
        }
        "designates" => {
            let after: String = after.chars().take(60).collect::<String>().to_lowercase();
            if after.contains("terror") {
                Resolved::Use("opposes", orient)
            } else {
                Resolved::Stop
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
pub(super) fn demonym_ties(after: &str) -> Vec<(&'static str, &'static str)> {
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

/// True when `before`, the text before a person's name, ends with a title
/// of "its": "and its former Leader ", "its commander, ".
pub(super) fn follows_its_title(before: &str) -> Option<&'static str> {
    static TITLE: OnceLock<Regex> = OnceLock::new();
    // A constant pattern; a typo fails every test.
    #[allow(clippy::expect_used)]
    let title = TITLE.get_or_init(|| {
        Regex::new(r"(?i)\b(?:its|their) (?:former |late |founding |current |new |top |chief |senior |military |political )?(leader|head|chief|commander|founder|secretary-general|secretary general|spokesman|spokeswoman|spokesperson|negotiator|envoy|representative),? $")
            .expect("title pattern compiles")
    });
    let word = title.captures(before)?.get(1)?.as_str().to_lowercase();
    Some(match word.as_str() {
        "spokesman" | "spokeswoman" | "spokesperson" | "negotiator" | "envoy"
        | "representative" => "member_of",
        _ => "leads",
    })
}

/// True when the words after an actor start with a possessive ending.
pub(super) fn possessive(after: &str) -> bool {
    ["’s ", "'s ", "’ ", "' "]
        .iter()
        .any(|ending| after.starts_with(ending))
}

/// The relation a person's people's deed before a name gives the person:
/// "two days after his soldiers detained President Mohamed Bazoum" (the
/// general detained him). `before` is the text before the name.
pub(super) fn deed_of_his_people(before: &str) -> Option<&'static str> {
    static DEED: OnceLock<Regex> = OnceLock::new();
    // A constant pattern; a typo fails every test.
    #[allow(clippy::expect_used)]
    let deed = DEED.get_or_init(|| {
        Regex::new(r"(?i)\b(?:his|her) (?:soldiers|troops|forces|men|guards|fighters|loyalists|supporters) (?:had )?(detained|arrested|seized|captured|killed|attacked)(?: the)?(?: (?:President|Prime Minister|Gen\.|General|Col\.))? $")
            .expect("deed pattern compiles")
    });
    let verb = deed.captures(before)?.get(1)?.as_str().to_lowercase();
    Some(match verb.as_str() {
        "killed" => "killed",
        "attacked" => "attacked",
        _ => "detained",
    })
}

/// True when the words before two actors joined by "and" name a hostility
/// between them: "the tensions between Tehran and Washington", "the war
/// between Armenia and Azerbaijan". Each opposes the other.
pub(super) fn hostility_between(before: &str) -> bool {
    const HOSTILITIES: &[&str] = &[
        "tension",
        "tensions",
        "conflict",
        "conflicts",
        "war",
        "wars",
        "rivalry",
        "hostility",
        "hostilities",
        "fighting",
        "clashes",
        "feud",
        "standoff",
        "confrontation",
        "enmity",
    ];
    let before = before.trim_end();
    let before = before.strip_suffix(" the").unwrap_or(before);
    before.strip_suffix(" between").is_some_and(|rest| {
        rest.rsplit(' ')
            .next()
            .is_some_and(|word| HOSTILITIES.contains(&word))
    })
}

/// The state and the tie a demonym and a title before a person's name
/// give: "Kenyan President William Ruto" leads Kenya, "Iranian Foreign
/// Minister Abbas Araghchi" serves Iran. `before` is the text before the
/// name. As (state, kind).
pub(super) fn demonym_title(before: &str) -> Option<(&'static str, &'static str)> {
    static TITLE: OnceLock<Regex> = OnceLock::new();
    // A constant pattern; a typo fails every test.
    #[allow(clippy::expect_used)]
    let title = TITLE.get_or_init(|| {
        Regex::new(r"\b([A-Z][a-z]+) (?:(?:interim|acting|new) )?(President|Prime Minister|Premier|King|Emir|Supreme Leader|Chancellor|Foreign Minister|Defen[cs]e Minister|Interior Minister|Finance Minister|Secretary of State|Ambassador|Envoy),? $")
            .expect("demonym title pattern compiles")
    });
    let captures = title.captures(before)?;
    // A former holder leads no more: "Former Brazilian President Jair
    // Bolsonaro".
    let opening = before[..captures.get(1)?.start()].trim_end().to_lowercase();
    if opening.ends_with("former") || opening.ends_with("late") {
        return None;
    }
    let demonym = captures.get(1)?.as_str().to_lowercase();
    let state = DEMONYM_STATES
        .iter()
        .find(|(word, _)| *word == demonym)
        .map(|(_, state)| *state)?;
    let leads = matches!(
        captures.get(2)?.as_str(),
        "President"
            | "Prime Minister"
            | "Premier"
            | "King"
            | "Emir"
            | "Supreme Leader"
            | "Chancellor"
    );
    Some((state, if leads { "leads" } else { "member_of" }))
}

#[cfg(test)]
mod tests {
    use super::{demonym_title, follows_its_title};

    #[test]
    fn a_title_of_its() {
        assert_eq!(
            follows_its_title(
                "KH receives more support than any other militia, and its former Leader "
            ),
            Some("leads")
        );
        assert_eq!(
            follows_its_title("The group said its commander, "),
            Some("leads")
        );
        assert_eq!(follows_its_title("Its spokesman, "), Some("member_of"));
        assert_eq!(
            follows_its_title("Their chief negotiator, "),
            Some("member_of")
        );
        assert_eq!(follows_its_title("The group said its "), None);
        assert_eq!(follows_its_title("the former leader "), None);
    }

    #[test]
    fn a_demonym_and_a_title_before_a_name() {
        assert_eq!(demonym_title("Kenyan President "), Some(("Kenya", "leads")));
        assert_eq!(
            demonym_title("said Iranian Foreign Minister "),
            Some(("Iran", "member_of"))
        );
        assert_eq!(demonym_title("Former Brazilian President "), None);
        assert_eq!(demonym_title("said former Brazilian President "), None);
        // Not a demonym of a state, or no title.
        assert_eq!(demonym_title("Kurdish President "), None);
        assert_eq!(demonym_title("Kenyan runner "), None);
    }
}
