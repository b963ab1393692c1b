//! Finding temporal expressions in a sentence and reading what they say,
//! before any resolution against a date.

use std::sync::OnceLock;

use regex::{Captures, Regex};

use crate::civil::{month_from_name, weekday_from_name, CivilDate};

/// Part of a month or year: the first, middle or last third (or half).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Early, beginning of.
    Early,
    /// Mid, middle of.
    Mid,
    /// Late, end of.
    Late,
    /// First half.
    FirstHalf,
    /// Second half.
    SecondHalf,
}

/// A season (meteorological, northern hemisphere: see `resolve.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Season {
    /// March to May.
    Spring,
    /// June to August.
    Summer,
    /// September to November.
    Autumn,
    /// December to February.
    Winter,
}

/// "last", "this" or "next" before a name or unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    /// No modifier: the most recent one (news is about the past) unless the
    /// sentence speaks of the future.
    Plain,
    /// last, past.
    Last,
    /// this, current.
    This,
    /// next, coming.
    Next,
}

/// A calendar unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Day.
    Day,
    /// Week.
    Week,
    /// Month.
    Month,
    /// Year.
    Year,
}

/// How an offset expression relates to its reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// "N days after X": X plus N.
    After,
    /// "N days before X".
    Before,
    /// "within N days (of X)": from X to X plus N.
    Within,
    /// "in N months" with no reference: the N months up to the article's date.
    Span,
}

/// What an expression says, unresolved.
#[derive(Debug, Clone, PartialEq)]
pub enum TimexKind {
    /// A full date: "July 21, 2020", "6 July 2020".
    Date {
        year: i32,
        month: u8,
        day: u8,
        weekday: Option<u8>,
    },
    /// A month and day with no year: "July 5", "Sunday, July 5".
    MonthDay {
        month: u8,
        day: u8,
        weekday: Option<u8>,
    },
    /// "early June", "late June 2020".
    PartOfMonth {
        part: Part,
        month: u8,
        year: Option<i32>,
    },
    /// "January 2020", "June, 2021".
    MonthYear { month: u8, year: i32 },
    /// "in June", "last June".
    Month { month: u8, shift: Shift },
    /// "late 2019", "early 2020".
    PartOfYear { part: Part, year: i32 },
    /// "the summer of 2020", "last summer".
    Season {
        season: Season,
        year: Option<i32>,
        shift: Shift,
    },
    /// "2018".
    Year { year: i32 },
    /// "2018-2020", "between 2018 and 2020".
    Years { first: i32, last: i32 },
    /// "on Friday", "late Saturday evening", "last Monday".
    Weekday { weekday: u8, shift: Shift },
    /// "over the weekend", "last weekend", "this weekend": a Saturday and
    /// the Sunday after it.
    Weekend { shift: Shift },
    /// "today", "yesterday", "tomorrow".
    Day { offset: i64 },
    /// "last week", "this month", "next year", "earlier this month",
    /// "early last month" (a part of the month).
    RelativeUnit {
        unit: Unit,
        shift: Shift,
        so_far: bool,
        part: Option<Part>,
    },
    /// "three days ago".
    Ago { count: i64, unit: Unit },
    /// "10 days after", "within three days", "less than two weeks after",
    /// "days after", "in six months", "four days later". `chained` is true
    /// for "later" and "earlier", which step on from the last date told,
    /// where "after" and "before" name the time of what follows them.
    Offset {
        count: Option<i64>,
        unit: Unit,
        direction: Direction,
        at_most: bool,
        chained: bool,
        /// "the following week": the whole unit after the reference's,
        /// not the day a unit after it.
        whole: bool,
    },
    /// "the last days of the Trump administration": a stretch of a term in
    /// office, fixed by the gazetteer (see `offices.rs`).
    TermPeriod { first: CivilDate, last: CivilDate },
    /// "the anniversary of Soleimani's killing": a yearly return of a day
    /// the gazetteer knows (see `anniversary.rs`); `nth` when it is said.
    Anniversary { of: CivilDate, nth: Option<i32> },
    /// "recent weeks", "in the past": a time, but no date.
    Vague,
}

/// A temporal expression found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Byte offset in the sentence text.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// What it says.
    pub kind: TimexKind,
}

const MONTH: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)";
const WEEKDAY: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const YEAR: &str = r"(?:1[89]\d{2}|20\d{2})";
const COUNT: &str = r"(?:\d+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Ff]ifteen|[Tt]wenty|[Tt]hirty|[Aa] few|[Ss]everal|[Aa] couple of|[Aa]n?)";
const SEASON: &str = r"(?:summer|winter|spring|autumn|fall)";
const UNIT: &str = r"(?:days?|weeks?|months?|years?)";

type Reader = fn(&Captures) -> Option<TimexKind>;

/// The patterns, most specific first. Where two matches overlap, the longer
/// one wins, then the earlier pattern.
fn patterns() -> &'static [(Regex, Reader)] {
    static PATTERNS: OnceLock<Vec<(Regex, Reader)>> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let build = |pattern: String, reader: Reader| {
            let pattern = pattern
                .replace("MONTH", MONTH)
                .replace("WEEKDAY", WEEKDAY)
                .replace("YEAR", YEAR)
                .replace("COUNT", COUNT)
                .replace("SEASON", SEASON)
                .replace("UNIT", UNIT);
            // The patterns are constants of this file; a typo fails every test.
            #[allow(clippy::expect_used)]
            let regex = Regex::new(&pattern).expect("temporal pattern compiles");
            (regex, reader)
        };
        vec![
            build(r"\b(?:(?P<wd>WEEKDAY),?\s+)?(?P<m>MONTH)\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>YEAR)\b".into(), read_date),
            build(r"\b(?:(?P<wd>WEEKDAY),?\s+)?(?P<d>\d{1,2})\s+(?P<m>MONTH),?\s+(?P<y>YEAR)\b".into(), read_date),
            build(r"\b(?P<a>YEAR)\s*(?:-|–|to)\s*(?P<b>YEAR)\b".into(), read_years),
            build(r"\b[Bb]etween\s+(?P<a>YEAR)\s+and\s+(?P<b>YEAR)\b".into(), read_years),
            build(r"(?i:\b(?P<part>early|mid|late|the end of|end of|the beginning of|beginning of|the middle of|middle of))[-\s]+(?P<m>MONTH)(?:,?\s+(?P<y>YEAR))?\b".into(), read_part_of_month),
            build(r"\b(?:(?P<wd>WEEKDAY),?\s+)?(?P<m>MONTH)\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b".into(), read_month_day),
            build(r"\b(?P<m>MONTH),?\s+(?P<y>YEAR)\b".into(), read_month_year),
            build(r"(?i:\b(?P<part>early|mid|late|the end of|end of|the beginning of|beginning of|the first half of|first half of|the second half of|second half of))[-\s]+(?P<y>YEAR)\b".into(), read_part_of_year),
            build(r"(?i:\b(?:the\s+)?(?P<s>SEASON)\s+of\s+)(?P<y>YEAR)\b".into(), read_season),
            build(r"(?i:\b(?P<shift>last|this|next|past|coming)\s+(?P<s>SEASON))\b".into(), read_season),
            build(r"(?i:\b(?P<s>SEASON))\s+(?P<y>YEAR)\b".into(), read_season),
            // "ran short through the summer": the last one. Lower case, and
            // not before a capitalised word ("the winter Olympics"); "fall"
            // is left out ("the fall of Kabul").
            build(r"\bthe\s+(?P<s>summer|winter|spring|autumn)\b(?P<name>\s+[A-Z])?".into(), read_bare_season),
            build(r"(?i:\b(?P<pre>earlier|later)\s+)?(?i:\b(?P<shift>last|this|next|past|coming)\s+(?P<u>week|month|year))\b".into(), read_relative_unit),
            // "early last month", "in mid-next month".
            build(r"(?i:\b(?P<part>early|mid|late)[-\s]+(?P<shift>last|this|next)\s+(?P<u>month))\b".into(), read_relative_unit),
            build(r"(?i:\b(?P<day>yesterday|today|tomorrow))\b".into(), read_day),
            build(r"\b(?P<n>COUNT)\s+(?P<u>UNIT)\s+ago\b".into(), read_ago),
            build(r"(?i:\b(?:(?P<q>less than|more than|nearly|almost|about|some|just)\s+)?)\b(?P<n>COUNT)\s+(?P<u>UNIT)\s+(?P<dir>after|before|later|earlier)\b".into(), read_offset),
            build(r"(?i:\b(?P<n>days|weeks|months)\s+(?P<dir>after|before|later))\b".into(), read_offset),
                        build(r"(?i:\bthe\s+(?P<dir>next|following|previous|preceding)\s+(?P<u>day|week|month|year))\b".into(), read_next_unit),
                        // "rallied ... that day", "the same evening", "later in
                        // the day", "throughout the day", "hours later",
                        // "within hours of their arrival": the day just told.
                        build(r"(?i:\b(?:(?:that|the\s+same)\s+(?:day|night|evening|morning|afternoon)|(?:later|earlier)\s+(?:in\s+the|that)\s+(?:day|evening|morning|afternoon)|throughout\s+the\s+day|(?:hours|minutes|moments)\s+later|within\s+(?:hours|minutes)))\b".into(), |_| {
                            Some(TimexKind::Offset {
                                count: Some(0),
                                unit: Unit::Day,
                                direction: Direction::After,
                                at_most: false,
                                chained: false,
                                whole: false,
                            })
                        }),
            build(r"\b[Tt]he\s+(?P<decade>(?:19|20)\d)0s\b".into(), read_decade),
            build(r"\b[Ww]ithin\s+(?P<n>COUNT)\s+(?P<u>UNIT)\b".into(), read_within),
            build(r"\b[Ii]n\s+(?:the\s+(?:past|last)\s+)?(?P<n>COUNT)\s+(?P<u>days|weeks|months|years)\b".into(), read_span),
            build(r"(?i:\b(?:(?:over|at|during)\s+the|(?P<shift>last|past|this|next|coming))\s+weekend)\b".into(), |captures| {
                Some(TimexKind::Weekend { shift: shift(captures) })
            }),
            build(r"(?i:\b(?:(?P<shift>last|next|this|early|late)\s+)?)\b(?P<wd>WEEKDAY)(?i:\s+(?:morning|afternoon|evening|night))?\b".into(), read_weekday),
            build(r"(?i:\b(?P<shift>last|next|this)\s+)?\b(?P<m>MONTH)\b".into(), read_month),
            build(r"(?i:\brecent\s+(?:days|weeks|months|years)\b|\bin\s+the\s+past\b)".into(), |_| Some(TimexKind::Vague)),
            // References to the present or the recent past with no date of
            // their own (TimeML's PRESENT_REF and PAST_REF).
            build(r"(?i:\b(?:not\s+so\s+long\s+ago|long\s+ago|recently|currently|nowadays|at\s+this\s+(?:stage|point|time|moment)|at\s+the\s+moment|within\s+(?:days|weeks|months)|for\s+now|so\s+far|in\s+the\s+future|now))\b".into(), |_| Some(TimexKind::Vague)),
            build(r"\b(?P<y>YEAR)\b".into(), read_year),
        ]
    })
}

/// Every temporal expression in `sentence`, in order, without overlaps.
pub fn find(sentence: &str) -> Vec<Found> {
    let mut found: Vec<(usize, Found)> = Vec::new();
    for (rank, (regex, reader)) in patterns().iter().enumerate() {
        for captures in regex.captures_iter(sentence) {
            let Some(whole) = captures.get(0) else {
                continue;
            };
            if let Some(kind) = reader(&captures) {
                let kind = generic_today(sentence, whole.start(), whole.end(), kind);
                if plausible(sentence, whole.start(), whole.end(), &kind) {
                    found.push((
                        rank,
                        Found {
                            start: whole.start(),
                            end: whole.end(),
                            kind,
                        },
                    ));
                }
            }
        }
    }
    // Longest first, then the more specific pattern; drop what overlaps a kept one.
    found.sort_by_key(|(rank, item)| (std::cmp::Reverse(item.end - item.start), *rank, item.start));
    let mut kept: Vec<Found> = Vec::new();
    for (_, item) in found {
        if kept
            .iter()
            .all(|other| item.end <= other.start || item.start >= other.end)
        {
            kept.push(item);
        }
    }
    kept.sort_by_key(|item| item.start);
    kept
}

/// "many today are tied to Iran", "Iraq today is different": "today"
/// between a subject and its present-tense verb means "nowadays", a time
/// with no date. As the subject itself ("Today is the deadline") or after a
/// preposition ("until today") it is the day.
fn generic_today(sentence: &str, start: usize, end: usize, kind: TimexKind) -> TimexKind {
    let is_today = kind == TimexKind::Day { offset: 0 };
    let next_word = sentence[end..]
        .split(|c: char| !c.is_alphanumeric())
        .find(|word| !word.is_empty())
        .unwrap_or("");
    let previous_word = sentence[..start]
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let verb_follows = ["is", "are", "remain", "remains", "has", "have"].contains(&next_word);
    let subject_before = !previous_word.is_empty()
        && ![
            "until", "till", "on", "from", "by", "of", "for", "as", "since", "and", "than",
        ]
        .contains(&previous_word.as_str());
    if is_today && verb_follows && subject_before {
        TimexKind::Vague
    } else {
        kind
    }
}

/// Rejects matches that are not dates in context: "May" the verb, a year
/// that is a count ("2,000" cannot match; "1900 troops" can), a weekday that
/// names something else.
fn plausible(sentence: &str, start: usize, end: usize, kind: &TimexKind) -> bool {
    // "within hours of their arrival" is the day of what it names; "will
    // be arrested within hours" names none.
    if matches!(kind, TimexKind::Offset { count: Some(0), .. })
        && sentence[start..end].to_lowercase().starts_with("within")
        && !sentence[end..].starts_with(" of ")
    {
        return false;
    }
    // A day that names a movement: "the March 23 Movement", "the April 6
    // Youth Movement", "the March 14 Alliance".
    if matches!(kind, TimexKind::MonthDay { .. }) {
        let next = sentence[end..]
            .trim_start_matches(['t', 'h', 's', 'n', 'd', 'r'])
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_end_matches(|c: char| !c.is_alphanumeric());
        if [
            "Movement",
            "Alliance",
            "Coalition",
            "Brigade",
            "Brigades",
            "Front",
            "Party",
            "Youth",
            "Group",
            "Revolution",
            "Forces",
        ]
        .contains(&next)
        {
            return false;
        }
    }
    // "that day" is a day; "said that night raids had become routine" and
    // "that day laborers" are no expressions: a noun follows.
    if sentence
        .get(start..start + 5)
        .is_some_and(|opening| opening.eq_ignore_ascii_case("that "))
    {
        let next = sentence[end..]
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_end_matches(|c: char| !c.is_alphanumeric());
        let function_word = matches!(
            next,
            "and"
                | "when"
                | "as"
                | "in"
                | "at"
                | "on"
                | "after"
                | "before"
                | "to"
                | "the"
                | "with"
                | "of"
                | "was"
                | "were"
                | "he"
                | "she"
                | "they"
                | "it"
                | "we"
                | "for"
                | "from"
                | "by"
                | "a"
                | "an"
                | "but"
                | "or"
                | "while"
                | "until"
                | "some"
        );
        let hyphen = sentence[end..].starts_with('-');
        if hyphen || next.starts_with(char::is_lowercase) && !function_word {
            return false;
        }
    }
    let before = sentence[..start].trim_end();
    let previous_word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    match kind {
        TimexKind::Month {
            month: 5,
            shift: Shift::Plain,
        } => {
            matches!(
                previous_word.as_str(),
                "in" | "since"
                    | "of"
                    | "until"
                    | "by"
                    | "from"
                    | "through"
                    | "during"
                    | "mid"
                    | "early"
                    | "late"
                    | "before"
                    | "after"
            )
        }
        TimexKind::Month {
            month: 3 | 4 | 8,
            shift: Shift::Plain,
        } => {
            // "March" and "August" are also words; as a date they follow a preposition.
            !sentence[start..end].starts_with(char::is_lowercase)
                && matches!(
                    previous_word.as_str(),
                    "in" | "since"
                        | "of"
                        | "until"
                        | "by"
                        | "from"
                        | "through"
                        | "during"
                        | "before"
                        | "after"
                        | "last"
                        | "next"
                        | "this"
                )
        }
        TimexKind::Year { .. } => {
            let after = sentence[end..].trim_start();
            let followed_by_unit = [
                "troops", "people", "men", "fighters", "members", "soldiers", "rockets", "km",
                "miles", "meters", "feet",
            ]
            .iter()
            .any(|unit| after.starts_with(unit));
            !followed_by_unit && !sentence[..start].ends_with(['$', '#', '€', '£'])
        }
        _ => true,
    }
}

fn number(captures: &Captures, name: &str) -> Option<i64> {
    captures.name(name)?.as_str().parse().ok()
}

fn month(captures: &Captures) -> Option<u8> {
    month_from_name(captures.name("m")?.as_str())
}

fn weekday(captures: &Captures) -> Option<u8> {
    captures
        .name("wd")
        .and_then(|wd| weekday_from_name(wd.as_str()))
}

fn shift(captures: &Captures) -> Shift {
    match captures
        .name("shift")
        .map(|m| m.as_str().to_lowercase())
        .as_deref()
    {
        Some("last" | "past") => Shift::Last,
        Some("this") => Shift::This,
        Some("next" | "coming") => Shift::Next,
        _ => Shift::Plain,
    }
}

fn part(text: &str) -> Option<Part> {
    let text = text.to_lowercase();
    Some(match text.trim_start_matches("the ") {
        "early" | "beginning of" => Part::Early,
        "mid" | "middle of" => Part::Mid,
        "late" | "end of" => Part::Late,
        "first half of" => Part::FirstHalf,
        "second half of" => Part::SecondHalf,
        _ => return None,
    })
}

fn unit(text: &str) -> Option<Unit> {
    Some(match text.to_lowercase().trim_end_matches('s') {
        "day" => Unit::Day,
        "week" => Unit::Week,
        "month" => Unit::Month,
        "year" => Unit::Year,
        _ => return None,
    })
}

fn count(text: &str) -> Option<i64> {
    let lower = text.to_lowercase();
    Some(match lower.as_str() {
        "a" | "an" | "one" => 1,
        "two" | "a couple of" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "fifteen" => 15,
        "twenty" => 20,
        "thirty" => 30,
        "a few" | "several" => return None,
        // No article counts beyond ten thousand units; larger numbers are not
        // offsets but quantities, and would only overflow the calendar.
        digits => digits.parse().ok().filter(|count: &i64| *count <= 10_000)?,
    })
}

fn read_date(captures: &Captures) -> Option<TimexKind> {
    Some(TimexKind::Date {
        year: number(captures, "y")? as i32,
        month: month(captures)?,
        day: number(captures, "d")? as u8,
        weekday: weekday(captures),
    })
}

fn read_years(captures: &Captures) -> Option<TimexKind> {
    let (first, last) = (number(captures, "a")? as i32, number(captures, "b")? as i32);
    (first < last && last - first <= 50).then_some(TimexKind::Years { first, last })
}

fn read_part_of_month(captures: &Captures) -> Option<TimexKind> {
    Some(TimexKind::PartOfMonth {
        part: part(captures.name("part")?.as_str())?,
        month: month(captures)?,
        year: number(captures, "y").map(|year| year as i32),
    })
}

fn read_month_day(captures: &Captures) -> Option<TimexKind> {
    let day = number(captures, "d")?;
    (1..=31).contains(&day).then_some(TimexKind::MonthDay {
        month: month(captures)?,
        day: day as u8,
        weekday: weekday(captures),
    })
}

fn read_month_year(captures: &Captures) -> Option<TimexKind> {
    Some(TimexKind::MonthYear {
        month: month(captures)?,
        year: number(captures, "y")? as i32,
    })
}

fn read_part_of_year(captures: &Captures) -> Option<TimexKind> {
    Some(TimexKind::PartOfYear {
        part: part(captures.name("part")?.as_str())?,
        year: number(captures, "y")? as i32,
    })
}

fn read_season(captures: &Captures) -> Option<TimexKind> {
    let season = match captures.name("s")?.as_str().to_lowercase().as_str() {
        "spring" => Season::Spring,
        "summer" => Season::Summer,
        "autumn" | "fall" => Season::Autumn,
        _ => Season::Winter,
    };
    Some(TimexKind::Season {
        season,
        year: number(captures, "y").map(|year| year as i32),
        shift: shift(captures),
    })
}

fn read_bare_season(captures: &Captures) -> Option<TimexKind> {
    if captures.name("name").is_some() {
        return None;
    }
    read_season(captures)
}

fn read_relative_unit(captures: &Captures) -> Option<TimexKind> {
    let so_far = captures
        .name("pre")
        .is_some_and(|pre| pre.as_str().eq_ignore_ascii_case("earlier"));
    Some(TimexKind::RelativeUnit {
        unit: unit(captures.name("u")?.as_str())?,
        shift: shift(captures),
        so_far,
        part: match captures.name("part") {
            Some(word) => Some(part(word.as_str())?),
            None => None,
        },
    })
}

fn read_day(captures: &Captures) -> Option<TimexKind> {
    let offset = match captures.name("day")?.as_str().to_lowercase().as_str() {
        "yesterday" => -1,
        "tomorrow" => 1,
        _ => 0,
    };
    Some(TimexKind::Day { offset })
}

fn read_ago(captures: &Captures) -> Option<TimexKind> {
    Some(TimexKind::Ago {
        count: count(captures.name("n")?.as_str())?,
        unit: unit(captures.name("u")?.as_str())?,
    })
}

fn read_offset(captures: &Captures) -> Option<TimexKind> {
    let word = captures.name("dir")?.as_str().to_lowercase();
    let direction = match word.as_str() {
        "after" | "later" => Direction::After,
        _ => Direction::Before,
    };
    // "four days later" steps on from the day just told; "four days after
    // the arrests" names the day of what it introduces.
    let chained = matches!(word.as_str(), "later" | "earlier");
    let n = captures.name("n")?.as_str();
    let (count_value, unit_value) = match captures.name("u") {
        Some(u) => (count(n), unit(u.as_str())?),
        None => (None, unit(n)?), // "days after": an unknown number of days
    };
    let at_most = captures
        .name("q")
        .is_some_and(|q| q.as_str().eq_ignore_ascii_case("less than"));
    Some(TimexKind::Offset {
        count: count_value,
        unit: unit_value,
        direction,
        at_most,
        chained,
        whole: false,
    })
}

fn read_next_unit(captures: &Captures) -> Option<TimexKind> {
    let direction = match captures.name("dir")?.as_str().to_lowercase().as_str() {
        "next" | "following" => Direction::After,
        _ => Direction::Before,
    };
    Some(TimexKind::Offset {
        count: Some(1),
        unit: unit(captures.name("u")?.as_str())?,
        direction,
        at_most: false,
        chained: false,
        whole: true,
    })
}

fn read_decade(captures: &Captures) -> Option<TimexKind> {
    let first = number(captures, "decade")? as i32 * 10;
    Some(TimexKind::Years {
        first,
        last: first + 9,
    })
}

fn read_within(captures: &Captures) -> Option<TimexKind> {
    read_bounded(captures, Direction::Within)
}

fn read_span(captures: &Captures) -> Option<TimexKind> {
    read_bounded(captures, Direction::Span)
}

/// "within three days", "in six months": a stretch of at most N units.
fn read_bounded(captures: &Captures, direction: Direction) -> Option<TimexKind> {
    Some(TimexKind::Offset {
        count: count(captures.name("n")?.as_str()),
        unit: unit(captures.name("u")?.as_str())?,
        direction,
        at_most: true,
        chained: false,
        whole: false,
    })
}

fn read_weekday(captures: &Captures) -> Option<TimexKind> {
    let shift = match captures
        .name("shift")
        .map(|m| m.as_str().to_lowercase())
        .as_deref()
    {
        Some("last") => Shift::Last,
        Some("next") => Shift::Next,
        Some("this") => Shift::This,
        _ => Shift::Plain,
    };
    Some(TimexKind::Weekday {
        weekday: weekday(captures)?,
        shift,
    })
}

fn read_month(captures: &Captures) -> Option<TimexKind> {
    Some(TimexKind::Month {
        month: month(captures)?,
        shift: shift(captures),
    })
}

fn read_year(captures: &Captures) -> Option<TimexKind> {
    Some(TimexKind::Year {
        year: number(captures, "y")? as i32,
    })
}

#[cfg(test)]
mod tests;
