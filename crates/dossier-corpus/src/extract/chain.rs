//! Predicates in a chain: in "Khazali had visited Lebanon in 2017 and
//! threatened Israel" the one who threatened is Khazali, the subject of the
//! first predicate, not Lebanon, the actor just before "and". The subject
//! is the last actor before "and" that a verb follows ("Khazali had", "the
//! Hashd who fought").

use std::sync::OnceLock;

use regex::Regex;

use super::modality::is_past_verb;

/// "... and threatened ", "... and have opposed the ": a second predicate
/// whose object is the next actor, and the relation its verb names.
fn second_predicate() -> &'static Regex {
    static PREDICATE: OnceLock<Regex> = OnceLock::new();
    // A constant pattern; a typo fails every test.
    #[allow(clippy::expect_used)]
    PREDICATE.get_or_init(|| {
        Regex::new(r"^[^.;:]{0,80}\band (?:(?:has |have |had |is |are |was |were )?(?:also |now )?(threatened|opposed|condemned|defied|fought|attacked|targeted|killed|arrested|detained|allied with|aligned with|backed by|supported by|headed by|led by|run by|an? (?:close |key |longtime |long-time |staunch )?)|(close to))(?: (?:his|her|their|its) [a-z-]+(?: [a-z-]+)?,)? ?(?:the )?$")
            .expect("chain pattern compiles")
    })
}

/// The relation a verb of a second predicate names; "led_by" is "leads"
/// the other way round.
fn kind_of(verb: &str) -> &'static str {
    match verb {
        "fought" | "attacked" | "targeted" => "attacked",
        "killed" => "killed",
        "arrested" | "detained" => "detained",
        "close to" | "allied with" | "aligned with" => "allied_with",
        "backed by" | "supported by" => "backed_by",
        "headed by" | "led by" | "run by" => "led_by",
        _ => "opposes",
    }
}

/// The relations that second predicates state in `text`, whose actors'
/// mentions are at the byte ranges `spans` (in order): (subject index,
/// object index, kind).
pub fn chained(text: &str, spans: &[(usize, usize)]) -> Vec<(usize, usize, &'static str)> {
    let mut found = Vec::new();
    for (object, &(start, _)) in spans.iter().enumerate().skip(1) {
        let (_, previous_end) = spans[object - 1];
        let Some(gap) = text.get(previous_end..start) else {
            continue;
        };
        let Some(verb) = second_predicate()
            .captures(gap)
            .and_then(|captures| captures.get(1).or_else(|| captures.get(2)))
        else {
            continue;
        };
        // "and a close Hezbollah ally": the noun after the object says it.
        let ally = matches!(verb.as_str().split(' ').next(), Some("a" | "an"));
        let kind = if ally {
            let after = text.get(spans[object].1..).unwrap_or("");
            if !(after.starts_with(" ally") || after.starts_with(" allies")) {
                continue;
            }
            "allied_with"
        } else {
            kind_of(verb.as_str().trim_end())
        };
        let and_at = previous_end + verb.start();
        // An ally is also the head of an apposition: "Nabih Berri, the
        // leader of the Amal Movement and a close Hezbollah ally".
        let apposition = |end: usize| {
            kind == "allied_with"
                && [", the ", ", a ", ", an "]
                    .iter()
                    .any(|opener| text[end..].starts_with(opener))
        };
        // "and a close Hezbollah ally" describes the head of an apposition
        // only: in "Israel killed Haniyeh and a Hamas ally" the ally is
        // another person.
        let subject = spans[..object].iter().rposition(|&(_, end)| {
            end <= and_at
                && if ally {
                    apposition(end)
                } else {
                    verb_follows(&text[end..])
                }
        });
        if let Some(subject) = subject.filter(|&subject| subject + 1 < object) {
            found.push((subject, object, kind));
        }
    }
    found
}

/// ", publicly warned ", "..., who leads a bloc in parliament, threatened
/// the ": a predicate after a comma, whose object is the next actor.
fn after_a_comma() -> &'static Regex {
    static PREDICATE: OnceLock<Regex> = OnceLock::new();
    // A constant pattern; a typo fails every test.
    #[allow(clippy::expect_used)]
    PREDICATE.get_or_init(|| {
        Regex::new(r"^[^.;:]{0,80}, (?:(?:has|have|had|also|publicly|openly|repeatedly|then|later|again) )*(threatened|warned|opposed|condemned|defied|fought|attacked|targeted|killed|arrested|detained) (?:the )?$")
            .expect("comma pattern compiles")
    })
}

/// The relations of a predicate that follows its subject's apposition or
/// relative clause, closed by a comma: "the leader of the militia, Qais
/// Khazali, publicly warned al-Kadhimi"; "Khazali, who leads a bloc in
/// Iraq’s parliament, warned al-Kadhimi" (not the parliament). As
/// [`chained`]: (subject index, object index, kind).
pub fn after_its_clause(text: &str, spans: &[(usize, usize)]) -> Vec<(usize, usize, &'static str)> {
    let mut found = Vec::new();
    for (object, &(start, _)) in spans.iter().enumerate().skip(1) {
        let (previous_start, previous_end) = spans[object - 1];
        let Some(gap) = text.get(previous_end..start) else {
            continue;
        };
        let Some(verb) = after_a_comma()
            .captures(gap)
            .and_then(|captures| captures.get(1))
        else {
            continue;
        };
        let comma = previous_end + gap[..verb.start()].rfind(',').unwrap_or(0);
        // A relative clause with no comma of its own, opened right after
        // the subject; else an apposition: ", Qais Khazali," stands between
        // two commas.
        let relative = spans[..object].iter().rposition(|&(_, end)| {
            end < comma
                && [", who ", ", which "]
                    .iter()
                    .any(|opener| text[end..].starts_with(opener))
                && !text[end + 1..comma].contains(',')
        });
        let apposition =
            (comma == previous_end && text[..previous_start].ends_with(", ")).then_some(object - 1);
        let subject = relative.or(apposition);
        if let Some(subject) = subject {
            found.push((subject, object, kind_of(verb.as_str())));
        }
    }
    found
}

/// "... met in Doha", "... met on Friday": a meeting with no object.
fn met_without_object() -> &'static Regex {
    static MET: OnceLock<Regex> = OnceLock::new();
    // A constant pattern; a typo fails every test.
    #[allow(clippy::expect_used)]
    MET.get_or_init(|| {
        Regex::new(r"^,? (?:(?:have|had|also|then|later|first|finally) )*(?:met|held talks|spoke by telephone) (?:in|on|at|for|late|early|again|privately|separately|briefly|twice|behind|face)\b")
            .expect("meeting pattern compiles")
    })
}

/// The pairs that meet in "Lavrov, Araghchi and Fidan met in Doha": every
/// two of a list of actors joined by commas and "and", whose predicate is a
/// meeting with no object. Of a list that holds several kinds ("the
/// ministers of Russia, Iran and Turkey, Lavrov, Araghchi and Fidan"), the
/// actors of the last one's kind. `kinds` gives each span's kind, as any
/// comparable label. As (first index, second index).
pub fn met_together<K: PartialEq>(
    text: &str,
    spans: &[(usize, usize)],
    kinds: &[K],
) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut first = 0;
    while first < spans.len() {
        let mut last = first;
        while last + 1 < spans.len()
            && text
                .get(spans[last].1..spans[last + 1].0)
                .is_some_and(|gap| matches!(gap, ", " | " and " | ", and " | " and the "))
        {
            last += 1;
        }
        let after = text.get(spans[last].1..).unwrap_or("");
        if last > first && met_without_object().is_match(after) {
            // The part of the list that is the subject: after the last
            // stretch that a preposition governs ("In a rebuke to the
            // United States and Britain, France and Germany met"; "the
            // ministers of Russia, ..., Lavrov and Fidan met").
            let mut subject_from = first;
            let mut stretch_start = first;
            for at in first..=last {
                let opening_comma = at > first
                    && text
                        .get(spans[at - 1].1..spans[at].0)
                        .is_some_and(|gap| gap.starts_with(','));
                if opening_comma {
                    stretch_start = at;
                }
                let clause_start = text[..spans[stretch_start].0]
                    .rfind([',', ';', '.', '—'])
                    .map_or(0, |comma| comma + 1);
                let lead = text[clause_start..spans[stretch_start].0].to_lowercase();
                let governed = lead.split_whitespace().any(|word| {
                    matches!(
                        word,
                        "to" | "of"
                            | "with"
                            | "unlike"
                            | "from"
                            | "for"
                            | "against"
                            | "like"
                            | "besides"
                            | "including"
                            | "by"
                            | "between"
                            | "among"
                    )
                });
                if governed {
                    subject_from = at + 1;
                }
            }
            let members: Vec<usize> = (subject_from..=last)
                .filter(|&at| kinds.get(at) == kinds.get(last))
                .collect();
            for (position, &a) in members.iter().enumerate() {
                for &b in &members[position + 1..] {
                    found.push((a, b));
                }
            }
        }
        first = last + 1;
    }
    found
}

/// True when the words after an actor start with a verb: "had visited",
/// "who fought", "threatened".
pub fn verb_follows(after: &str) -> bool {
    // Past the bracket of an acronym: "the Free Patriotic Movement (FPM)
    // founded by".
    let after = after.strip_prefix(')').unwrap_or(after);
    let after = match after.trim_start().strip_prefix('(') {
        Some(inside) => inside.split_once(')').map_or(after, |(_, rest)| rest),
        None => after,
    };
    // After a comma, only a relative clause or a participle with its agent
    // goes on from the actor: "The Front, led by", "Asaib, which is"; not
    // "Saudi Arabia, said it", where the comma closed something else.
    if let Some(clause) = after.trim_start().strip_prefix(',') {
        let mut words = clause.split_whitespace();
        let first = words.next().unwrap_or("");
        let second = words.next().unwrap_or("");
        return matches!(first, "who" | "which" | "that") || second == "by";
    }
    let Some(word) = after.split_whitespace().next() else {
        return false;
    };
    let word = word
        .trim_matches(|c: char| !c.is_alphabetic())
        .to_lowercase();
    matches!(
        word.as_str(),
        "had" | "has" | "have" | "was" | "were" | "is" | "are" | "who" | "which" | "that"
    ) || is_past_verb(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The spans of `names` in `text`, each at its first occurrence.
    fn spans_of(text: &str, names: &[&str]) -> Vec<(usize, usize)> {
        names
            .iter()
            .map(|name| {
                let at = text.find(name).unwrap();
                (at, at + name.len())
            })
            .collect()
    }

    /// A reader of relations: `chained` or `after_its_clause`.
    type Reader = fn(&str, &[(usize, usize)]) -> Vec<(usize, usize, &'static str)>;

    /// The relations `read` finds in `text`, whose actors are the `names`;
    /// as (subject, object, kind).
    fn check_with(read: Reader, text: &str, names: &[&str], expected: &[(&str, &str, &str)]) {
        let got: Vec<(&str, &str, &str)> = read(text, &spans_of(text, names))
            .into_iter()
            .map(|(subject, object, kind)| (names[subject], names[object], kind))
            .collect();
        assert_eq!(got, expected, "{text:?}");
    }

    /// The chained relations of `text`.
    fn check(text: &str, names: &[&str], expected: &[(&str, &str, &str)]) {
        check_with(chained, text, names, expected);
    }

    #[test]
    fn the_subject_of_the_first_predicate_does_the_second() {
        check(
            "It is known that Haddad had visited Tyre in 2017 and threatened Varga.",
            &["Haddad", "Tyre", "Varga"],
            &[("Haddad", "Varga", "opposes")],
        );
    }

    #[test]
    fn second_predicates_of_ties() {
        check(
            "The Front, led by Haddad and close to Tyre, won seats.",
            &["Front", "Haddad", "Tyre"],
            &[("Front", "Tyre", "allied_with")],
        );
        check(
            "The Movement founded by Haddad and now headed by his son-in-law, Varga, lost.",
            &["Movement", "Haddad", "Varga"],
            &[("Movement", "Varga", "led_by")],
        );
        // Through an acronym in brackets, and not from an actor before a
        // comma that closed something else.
        check(
            "The Front, close to Tyre, said it overtook the Free Movement (FM) founded by Haddad and now headed by his son-in-law, Varga.",
            &["Front", "Tyre", "Free Movement", "FM", "Haddad", "Varga"],
            &[("FM", "Varga", "led_by")],
        );
        check(
            "Haddad, the leader of the Front and a close League ally, spoke.",
            &["Haddad", "Front", "League"],
            &[("Haddad", "League", "allied_with")],
        );
        // "a" and a name with no "ally" after it says nothing.
        check(
            "Haddad, the leader of the Front and a League member, spoke.",
            &["Haddad", "Front", "League"],
            &[],
        );
    }

    #[test]
    fn second_predicates_whose_verb_starts_like_an_article() {
        check(
            "It is known that Haddad had visited Tyre in 2017 and attacked Varga.",
            &["Haddad", "Tyre", "Varga"],
            &[("Haddad", "Varga", "attacked")],
        );
        check(
            "The Front, led by Haddad and allied with Tyre, won seats.",
            &["Front", "Haddad", "Tyre"],
            &[("Front", "Tyre", "allied_with")],
        );
    }

    #[test]
    fn ties_that_are_not_second_predicates() {
        // Another person, not the killer's ally; a distance, not a tie.
        check(
            "Israel killed Haniyeh and a Hamas ally in Tehran.",
            &["Israel", "Haniyeh", "Hamas", "Tehran"],
            &[],
        );
        check(
            "The Front, which seized Tyre and is now close to Sidon, paused.",
            &["Front", "Tyre", "Sidon"],
            &[],
        );
    }

    #[test]
    fn a_relative_clause_gives_its_own_subject() {
        check(
            "The Front was part of the Brigades who fought the League and have opposed the Union.",
            &["Front", "Brigades", "League", "Union"],
            &[("Brigades", "Union", "opposes")],
        );
    }

    /// The relations of predicates after a comma.
    fn check_comma(text: &str, names: &[&str], expected: &[(&str, &str, &str)]) {
        check_with(after_its_clause, text, names, expected);
    }

    #[test]
    fn a_predicate_after_an_apposition_or_a_relative_clause() {
        check_comma(
            "The leader of the Front, Haddad, publicly warned Varga.",
            &["Front", "Haddad", "Varga"],
            &[("Haddad", "Varga", "opposes")],
        );
        check_comma(
            "Haddad, who leads a bloc in the Assembly, warned Varga.",
            &["Haddad", "Assembly", "Varga"],
            &[("Haddad", "Varga", "opposes")],
        );
        // No apposition: the comma ends a phrase that only holds Tyre.
        check_comma(
            "Troops from Tyre, later attacked Varga.",
            &["Tyre", "Varga"],
            &[],
        );
        // A clause with commas of its own says too little of its subject.
        check_comma(
            "Haddad, who met Tyre, Sidon and Varga, warned the League.",
            &["Haddad", "Tyre", "Sidon", "Varga", "League"],
            &[],
        );
    }

    #[test]
    fn a_list_that_met_meets_pairwise_within_its_last_kind() {
        let text =
            "The ministers of Russia, Iran and Turkey, Lavrov, Araghchi and Fidan, met in Doha.";
        let names = [
            "Russia", "Iran", "Turkey", "Lavrov", "Araghchi", "Fidan", "Doha",
        ];
        let spans: Vec<(usize, usize)> = names
            .iter()
            .map(|name| {
                let at = text.find(name).unwrap();
                (at, at + name.len())
            })
            .collect();
        let kinds = [
            "state", "state", "state", "person", "person", "person", "place",
        ];
        let pairs: Vec<(&str, &str)> = met_together(text, &spans, &kinds)
            .into_iter()
            .map(|(a, b)| (names[a], names[b]))
            .collect();
        assert_eq!(
            pairs,
            [
                ("Lavrov", "Araghchi"),
                ("Lavrov", "Fidan"),
                ("Araghchi", "Fidan")
            ]
        );
        // A list a preposition governs is no subject.
        let text = "In a rebuke to the Union and Tyre, the Front and the League met in Sidon.";
        let names = ["Union", "Tyre", "Front", "League", "Sidon"];
        let spans = spans_of(text, &names);
        let pairs: Vec<(&str, &str)> = met_together(text, &spans, &["g", "g", "g", "g", "p"])
            .into_iter()
            .map(|(a, b)| (names[a], names[b]))
            .collect();
        assert_eq!(pairs, [("Front", "League")]);
        let text = "Unlike Lavrov and Araghchi, Fidan met in Doha with rebels.";
        let spans = [(7, 13), (18, 26), (28, 33)];
        assert!(met_together(text, &spans, &["p", "p", "p"]).is_empty());
        // A meeting with an object is the pattern's, not the list's.
        let text = "Lavrov and Araghchi met Fidan.";
        let spans = [(0, 6), (11, 19), (24, 29)];
        assert!(met_together(text, &spans, &["p", "p", "p"]).is_empty());
    }

    #[test]
    fn two_objects_of_one_predicate_are_no_chain() {
        check(
            "Haddad met Varga and the League.",
            &["Haddad", "Varga", "League"],
            &[],
        );
    }
}
