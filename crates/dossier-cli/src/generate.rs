//! `dossier gen-corpus N DIR`: a deterministic synthetic corpus for
//! benchmarks. Articles read like the wire copy the engine is built for:
//! headlines, datelines on most, several paragraphs, names from the
//! gazetteer (with its spelling variants), dated events of every type,
//! relations in the shapes the engine reads, captions and trailers now and
//! then. The same N always gives the same files.

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
}

/// Writes `count` articles into `dir` (created if needed), with a copy of
/// `gazetteer_text` as its gazetteer. Returns the number of files written.
pub fn generate(
    count: usize,
    dir: &Path,
    gazetteer: &Gazetteer,
    gazetteer_text: &str,
) -> Result<usize, String> {
    std::fs::create_dir_all(dir).map_err(|error| format!("{}: {error}", dir.display()))?;
    std::fs::write(dir.join("gazetteer.toml"), gazetteer_text)
        .map_err(|error| error.to_string())?;
    let cast = Cast::from(gazetteer);
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
