//! `dossier gen-corpus N DIR`: a deterministic synthetic corpus for
//! benchmarks. Articles read like the wire copy the engine is built for:
//! headlines, datelines on most, several paragraphs, names from the
//! gazetteer (with its spelling variants), dated events of every type,
//! relations in the shapes the engine reads, captions and trailers now and
//! then. The same N always gives the same files.
//!
//! The gazetteer names about 130 actors, too few for benchmarks of the
//! actor map at a thousand nodes; `--invent K` adds K made-up actors
//! (pronounceable names of people and groups, the same for the same K) to
//! the corpus's copy of the gazetteer and to the articles, so the engine
//! finds them by the same path as the real ones.

use std::fmt::Write as _;
use std::path::Path;

use dossier_corpus::civil::{MONTH_NAMES, WEEKDAY_NAMES};
use dossier_corpus::extract::Gazetteer;
use dossier_corpus::{ActorKind, CivilDate};

/// SplitMix64: small, fast, and the same on every machine.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// Names by kind, each with the spellings it may appear under.
struct Cast {
    people: Vec<Vec<String>>,
    groups: Vec<Vec<String>>,
    states: Vec<Vec<String>>,
    places: Vec<Vec<String>>,
}

impl Cast {
    fn from(gazetteer: &Gazetteer) -> Cast {
        let mut cast = Cast {
            people: Vec::new(),
            groups: Vec::new(),
            states: Vec::new(),
            places: Vec::new(),
        };
        for entry in &gazetteer.actors {
            let mut names = vec![entry.name.clone()];
            names.extend(entry.aliases.iter().cloned());
            names.extend(entry.acronyms.iter().cloned());
            match entry.kind {
                ActorKind::Person => cast.people.push(names),
                ActorKind::Group => cast.groups.push(names),
                ActorKind::State => cast.states.push(names),
                ActorKind::Place => cast.places.push(names),
            }
        }
        for (list, fallback) in [
            (&mut cast.people, "Sami Haddad"),
            (&mut cast.groups, "Northern Brigades"),
            (&mut cast.states, "Iraq"),
            (&mut cast.places, "Baghdad"),
        ] {
            if list.is_empty() {
                list.push(vec![fallback.to_owned()]);
            }
        }
        cast
    }

    /// Adds invented actors; their names have one spelling each.
    fn add(&mut self, invented: &[Invented]) {
        for actor in invented {
            let list = match actor.kind {
                ActorKind::Group => &mut self.groups,
                _ => &mut self.people,
            };
            list.push(vec![actor.name.clone()]);
        }
    }
}

/// A made-up actor for a larger network.
#[derive(Debug, Clone, PartialEq)]
struct Invented {
    name: String,
    kind: ActorKind,
}

/// Syllables of invented words: consonant then vowel, 75 in all.
const CONSONANTS: &[u8] = b"bdfghjklmnrstvz";
const VOWELS: &[u8] = b"aeiou";

/// Word number `index`, three syllables, capitalised. Words are unique for
/// indices below 75³; the index is scrambled first (a multiplication by a
/// number prime to 75³, so still one to one) so that neighbouring actors do
/// not get names one letter apart.
fn invented_word(index: usize) -> String {
    const SYLLABLES: usize = 75;
    const WORDS: usize = SYLLABLES * SYLLABLES * SYLLABLES;
    let mut code = (index % WORDS) * 7919 % WORDS;
    let mut word = String::new();
    for _ in 0..3 {
        let syllable = code % SYLLABLES;
        code /= SYLLABLES;
        let consonant = char::from(CONSONANTS[syllable / VOWELS.len()]);
        word.push(if word.is_empty() {
            consonant.to_ascii_uppercase()
        } else {
            consonant
        });
        word.push(char::from(VOWELS[syllable % VOWELS.len()]));
    }
    word
}

/// `count` invented actors: three people to every two groups, each name made
/// of invented words so no two share a word and none is an English one.
fn invent(count: usize) -> Vec<Invented> {
    const GROUP_WORDS: [&str; 3] = ["Brigades", "Front", "Movement"];
    (0..count)
        .map(|index| {
            if index % 5 < 2 {
                Invented {
                    name: format!(
                        "{} {}",
                        invented_word(2 * index),
                        GROUP_WORDS[index % GROUP_WORDS.len()]
                    ),
                    kind: ActorKind::Group,
                }
            } else {
                Invented {
                    name: format!(
                        "{} {}",
                        invented_word(2 * index),
                        invented_word(2 * index + 1)
                    ),
                    kind: ActorKind::Person,
                }
            }
        })
        .collect()
}

/// The gazetteer entries of invented actors, in the gazetteer's TOML.
fn gazetteer_entries(invented: &[Invented]) -> String {
    let mut text = String::from(
        "\n\n# Invented by `dossier gen-corpus --invent`, for benchmarks; no such actors exist.\n",
    );
    for actor in invented {
        let kind = if actor.kind == ActorKind::Group {
            "group"
        } else {
            "person"
        };
        let _ = write!(
            text,
            "\n[[actor]]\nname = \"{}\"\nkind = \"{kind}\"\nrole = \"invented for benchmarks\"\n",
            actor.name
        );
    }
    text
}

/// Writes `count` articles into `dir` (created if needed), with a copy of
/// `gazetteer_text` as its gazetteer, plus `invented` made-up actors in
/// both. Returns the number of files written.
pub fn generate(
    count: usize,
    dir: &Path,
    gazetteer: &Gazetteer,
    gazetteer_text: &str,
    invented: usize,
) -> Result<usize, String> {
    std::fs::create_dir_all(dir).map_err(|error| format!("{}: {error}", dir.display()))?;
    let invented = invent(invented);
    let mut gazetteer_text = gazetteer_text.to_owned();
    if !invented.is_empty() {
        gazetteer_text.push_str(&gazetteer_entries(&invented));
    }
    std::fs::write(dir.join("gazetteer.toml"), gazetteer_text)
        .map_err(|error| error.to_string())?;
    let mut cast = Cast::from(gazetteer);
    cast.add(&invented);
    for index in 0..count {
        let mut random = Random(0x5EED ^ (index as u64).wrapping_mul(0x2545_F491_4F6C_DD1D));
        let text = article(&mut random, &cast, index);
        let name = format!("{index:05}_synthetic.txt");
        std::fs::write(dir.join(name), text).map_err(|error| error.to_string())?;
    }
    Ok(count)
}

fn name(random: &mut Random, names: &[Vec<String>]) -> String {
    let forms = random.pick(names);
    // Mostly the canonical name, sometimes another spelling or an acronym.
    if random.chance(75) {
        forms[0].clone()
    } else {
        random.pick(forms).clone()
    }
}

fn date_text(date: CivilDate, with_weekday: bool) -> String {
    let month = MONTH_NAMES[usize::from(date.month - 1)];
    if with_weekday {
        format!(
            "{}, {month} {}",
            WEEKDAY_NAMES[usize::from(date.weekday())],
            date.day
        )
    } else {
        format!("{month} {}", date.day)
    }
}

fn article(random: &mut Random, cast: &Cast, index: usize) -> String {
    // Spread over four years from 2019, a little denser in the middle.
    let offset = (random.below(1461) + random.below(1461)) / 2;
    let published = CivilDate::from_days(
        CivilDate::new(2019, 1, 1).map_or(17_897, CivilDate::to_days) + offset as i64,
    );
    let (group, rival, person, leader, state, place) = (
        name(random, &cast.groups),
        name(random, &cast.groups),
        name(random, &cast.people),
        name(random, &cast.people),
        name(random, &cast.states),
        name(random, &cast.places),
    );
    let mut out = String::new();
    if random.chance(70) {
        let _ = writeln!(
            out,
            "{} {}, {}\n",
            MONTH_NAMES[usize::from(published.month - 1)],
            published.day,
            published.year
        );
    }
    let headlines = [
        format!("{group} steps up pressure on {state} as talks stall"),
        format!("{person} warns {group} after attack in {place}"),
        format!("Rockets hit {place} as {rival} and {group} trade blame"),
        format!("{state} arrests {group} commanders in {place}"),
    ];
    let _ = writeln!(out, "{}\n", random.pick(&headlines));
    if random.chance(20) {
        let _ = writeln!(
            out,
            "Fighters of {group} at a checkpoint in {place}, {}. (AP Photo/Staff Photographer)",
            date_text(published.add_days(-2), false)
        );
    }
    let paragraphs = 4 + random.below(5);
    let mut day = published.add_days(-(random.below(20) as i64) - 1);
    for paragraph in 0..paragraphs {
        let mut sentences: Vec<String> = Vec::new();
        for _ in 0..2 + random.below(3) {
            let actor_a = if random.chance(50) {
                name(random, &cast.groups)
            } else {
                group.clone()
            };
            let actor_b = name(random, &cast.states);
            let who = if random.chance(50) {
                name(random, &cast.people)
            } else {
                person.clone()
            };
            let where_ = if random.chance(60) {
                place.clone()
            } else {
                name(random, &cast.places)
            };
            day = day.add_days(-(random.below(6) as i64));
            let when = match random.below(8) {
                0 => format!("on {}", date_text(day, true)),
                1 => format!("on {}", date_text(day, false)),
                2 => format!("on {}", WEEKDAY_NAMES[usize::from(day.weekday())]),
                3 => format!("in early {}", MONTH_NAMES[usize::from(day.month - 1)]),
                4 => "last week".to_owned(),
                5 => format!("in {}", day.year - random.below(4) as i32),
                6 => format!("{} days after the arrests", 2 + random.below(9)),
                _ => format!("in late {}", MONTH_NAMES[usize::from(day.month - 1)]),
            };
            let templates = [
                format!("{actor_a} fired rockets at a base near {where_} {when}, officials said."),
                format!("Security forces arrested members of {actor_a} in {where_} {when}."),
                format!("{who} met officials from {actor_b} in {where_} {when} to discuss the crisis."),
                format!("{actor_b} released a statement {when} condemning the violence."),
                format!("{actor_a}, part of {rival}, warned {actor_b} {when} that it would retaliate."),
                format!("{leader}, the leader of {actor_a}, said {when} that the group would not disarm."),
                format!("Most of the detainees were released {when}, according to a lawyer for the men."),
                format!("{actor_b} carried out an air strike on positions held by {actor_a} {when}."),
                format!("Protesters rallied in {where_} {when} against {actor_b}-backed {actor_a}."),
                format!("Analysts say the rivalry between {actor_a} and {rival} has deepened since then."),
            ];
            sentences.push(random.pick(&templates).clone());
        }
        if paragraph == 2 && random.chance(30) {
            let _ = writeln!(
                out,
                "  • {}\n  • {}\n",
                sentences[0],
                sentences.last().cloned().unwrap_or_default()
            );
        } else {
            let _ = writeln!(out, "{}\n", sentences.join(" "));
        }
    }
    if random.chance(25) {
        let _ = writeln!(out, "Related Content\n\nMore on {group} (article {index})");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invented_names_are_unique_and_the_gazetteer_reads_them() {
        let invented = invent(2000);
        let names: std::collections::HashSet<&str> =
            invented.iter().map(|actor| actor.name.as_str()).collect();
        assert_eq!(names.len(), 2000, "no two invented actors share a name");
        let words: std::collections::HashSet<&str> = invented
            .iter()
            .flat_map(|actor| actor.name.split(' '))
            .filter(|word| !matches!(*word, "Brigades" | "Front" | "Movement"))
            .collect();
        assert_eq!(words.len(), 2000 + 1200, "no two share an invented word");
        let (gazetteer, _) = Gazetteer::parse(&gazetteer_entries(&invent(5)), "invented.toml")
            .expect("invented entries parse");
        assert_eq!(gazetteer.actors.len(), 5);
        assert_eq!(gazetteer.actors[0].kind, ActorKind::Group);
        assert_eq!(gazetteer.actors[2].kind, ActorKind::Person);
        assert_eq!(invent(5), invent(5), "the same count, the same actors");
    }
}
