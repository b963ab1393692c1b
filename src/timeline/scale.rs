//! Mapping between days and screen positions, and the axis ticks that adapt
//! from decades to days as the window narrows. Pure functions of numbers.

use dossier_corpus::CivilDate;

use crate::format::month_short;

/// A window of time, in days since 1970-01-01 (fractions allowed while
/// zooming). `end` is exclusive.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Window {
    /// First day shown.
    pub start: f64,
    /// One past the last day shown.
    pub end: f64,
}

/// The narrowest window the timeline zooms to: three days.
pub const MIN_SPAN: f64 = 3.0;
/// The widest: two hundred years.
pub const MAX_SPAN: f64 = 73_000.0;

impl Window {
    /// The window from `first` to `last` (inclusive days).
    pub fn days(first: CivilDate, last: CivilDate) -> Window {
        Window {
            start: first.to_days() as f64,
            end: last.to_days() as f64 + 1.0,
        }
    }

    /// Its length in days.
    pub fn span(&self) -> f64 {
        self.end - self.start
    }

    /// Zoomed by `factor` (below 1 zooms in) around the point at fraction
    /// `anchor` (0 = left edge, 1 = right edge), within the span limits.
    pub fn zoom(&self, factor: f64, anchor: f64) -> Window {
        let span = (self.span() * factor).clamp(MIN_SPAN, MAX_SPAN);
        let pivot = self.start + self.span() * anchor.clamp(0.0, 1.0);
        let start = pivot - span * anchor.clamp(0.0, 1.0);
        Window {
            start,
            end: start + span,
        }
    }

    /// Moved by `days` (negative moves back in time).
    pub fn pan(&self, days: f64) -> Window {
        Window {
            start: self.start + days,
            end: self.end + days,
        }
    }

    /// The first and last whole days the window shows.
    pub fn bounds(&self) -> (CivilDate, CivilDate) {
        (
            CivilDate::from_days(self.start.floor() as i64),
            CivilDate::from_days(self.end.ceil() as i64 - 1),
        )
    }
}

/// The x position of `day` in a window drawn `width` pixels wide.
pub fn x_from_day(day: f64, window: Window, width: f64) -> f64 {
    (day - window.start) / window.span() * width
}

/// The day at x position `x`.
pub fn day_from_x(x: f64, window: Window, width: f64) -> f64 {
    window.start + x / width * window.span()
}

/// One tick of the axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// The day it marks.
    pub day: i64,
    /// Its label.
    pub label: String,
    /// True for ticks that open a larger unit (a year among months).
    pub major: bool,
}

/// The room a month's tick needs for its label with the year, in pixels.
const MONTH_LABEL_PIXELS: f64 = 64.0;

/// Ticks for `window` drawn `width` pixels wide: about one every 90 pixels,
/// on the calendar unit that fits (years, quarters, months, weeks or days).
pub fn ticks(window: Window, width: f64) -> Vec<Tick> {
    let days_per_tick = window.span() / (width / 90.0).max(1.0);
    let (first, last) = window.bounds();
    let mut out = Vec::new();
    if days_per_tick > 300.0 {
        let step = [1, 2, 5, 10, 20, 50]
            .into_iter()
            .find(|step| f64::from(*step) * 365.0 >= days_per_tick)
            .unwrap_or(100);
        let mut year = first.year - first.year.rem_euclid(step);
        while year <= last.year {
            if let Some(date) = CivilDate::new(year, 1, 1) {
                out.push(Tick {
                    day: date.to_days(),
                    label: year.to_string(),
                    major: year % (step * 5) == 0,
                });
            }
            year += step;
        }
    } else if days_per_tick > 20.0 {
        // Months while each has room for a year's label ("Jan 2021", about
        // 60 pixels); quarters when they come closer.
        let month_pixels = 30.44 / days_per_tick * 90.0;
        let step = if month_pixels < MONTH_LABEL_PIXELS {
            3
        } else {
            1
        };
        let mut month = (first.year * 12 + i32::from(first.month) - 1) / step * step;
        while month < last.year * 12 + i32::from(last.month) {
            let (year, number) = (month.div_euclid(12), (month.rem_euclid(12) + 1) as u8);
            if let Some(date) = CivilDate::new(year, number, 1) {
                let major = number == 1;
                let label = if major {
                    format!("{} {year}", month_short(number))
                } else {
                    month_short(number).to_owned()
                };
                out.push(Tick {
                    day: date.to_days(),
                    label,
                    major,
                });
            }
            month += step;
        }
    } else {
        let step: i64 = if days_per_tick > 4.0 { 7 } else { 1 };
        // Weeks start on Mondays.
        let mut day = first.to_days();
        if step == 7 {
            day -= i64::from(first.weekday());
        }
        while day <= last.to_days() {
            let date = CivilDate::from_days(day);
            let major = date.day == 1 || (step == 7 && date.day <= 7);
            let label = if major {
                format!("{} {}", date.day, month_short(date.month))
            } else {
                date.day.to_string()
            };
            out.push(Tick { day, label, major });
            day += step;
        }
    }
    out.retain(|tick| {
        (tick.day as f64) >= window.start - 1.0 && (tick.day as f64) < window.end + 1.0
    });
    out
}

/// The window a first view should show: the shortest stretch holding at
/// least 60% of `days` (sorted or not), padded by a tenth on each side and at
/// least two weeks long. Events span decades but crowd into a few months; this
/// frames the crowd, not the outliers.
pub fn densest_window(days: &[i64]) -> Option<Window> {
    let mut days = days.to_vec();
    days.sort_unstable();
    let (first, last) = (*days.first()?, *days.last()?);
    let keep = ((days.len() as f64) * 0.6).ceil().max(1.0) as usize;
    let (mut best_start, mut best_end) = (first, last);
    for index in 0..=days.len() - keep {
        let (start, end) = (days[index], days[index + keep - 1]);
        if end - start < best_end - best_start {
            (best_start, best_end) = (start, end);
        }
    }
    let span = ((best_end - best_start + 1) as f64).max(14.0);
    let pad = span / 10.0;
    let middle = (best_start + best_end) as f64 / 2.0 + 0.5;
    Some(Window {
        start: middle - span / 2.0 - pad,
        end: middle + span / 2.0 + pad,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> i64 {
        CivilDate::parse_iso(text).unwrap().to_days()
    }

    #[test]
    fn positions_round_trip() {
        let window = Window {
            start: 100.0,
            end: 200.0,
        };
        assert_eq!(x_from_day(150.0, window, 1000.0), 500.0);
        assert_eq!(day_from_x(250.0, window, 1000.0), 125.0);
    }

    #[test]
    fn zoom_keeps_the_anchor_and_respects_limits() {
        let window = Window {
            start: 0.0,
            end: 100.0,
        };
        let zoomed = window.zoom(0.5, 0.5);
        assert_eq!((zoomed.start, zoomed.end), (25.0, 75.0));
        let left = window.zoom(0.5, 0.0);
        assert_eq!(left.start, 0.0);
        assert_eq!(window.zoom(0.0001, 0.5).span(), MIN_SPAN);
        assert_eq!(window.pan(10.0).start, 10.0);
    }

    #[test]
    fn ticks_adapt_from_years_to_days() {
        let decades = Window::days(
            CivilDate::new(2000, 1, 1).unwrap(),
            CivilDate::new(2021, 12, 31).unwrap(),
        );
        let labels: Vec<String> = ticks(decades, 900.0)
            .into_iter()
            .map(|tick| tick.label)
            .collect();
        assert_eq!(labels, ["2000", "2005", "2010", "2015", "2020"]);
        let months = Window::days(
            CivilDate::new(2020, 5, 1).unwrap(),
            CivilDate::new(2020, 12, 31).unwrap(),
        );
        let labels: Vec<String> = ticks(months, 900.0)
            .into_iter()
            .map(|tick| tick.label)
            .collect();
        assert_eq!(labels.first().map(String::as_str), Some("May"));
        assert!(labels.contains(&"Jul".to_owned()));
        let days = Window::days(
            CivilDate::new(2020, 7, 1).unwrap(),
            CivilDate::new(2020, 7, 7).unwrap(),
        );
        let labels: Vec<String> = ticks(days, 900.0)
            .into_iter()
            .map(|tick| tick.label)
            .collect();
        assert_eq!(labels, ["1 Jul", "2", "3", "4", "5", "6", "7"]);
        // Fourteen months in 600 pixels: a month would have 43, too few for
        // "Jan 2021" beside "Feb"; quarters, far enough apart.
        let narrow = Window::days(
            CivilDate::new(2020, 4, 30).unwrap(),
            CivilDate::new(2021, 6, 26).unwrap(),
        );
        let marks = ticks(narrow, 600.0);
        let labels: Vec<&str> = marks.iter().map(|tick| tick.label.as_str()).collect();
        assert_eq!(labels, ["Jul", "Oct", "Jan 2021", "Apr"]);
        for pair in marks.windows(2) {
            let gap = x_from_day(pair[1].day as f64, narrow, 600.0)
                - x_from_day(pair[0].day as f64, narrow, 600.0);
            assert!(gap >= MONTH_LABEL_PIXELS, "{gap}");
        }
    }

    #[test]
    fn the_first_view_frames_the_crowd() {
        let mut days = vec![day("2004-01-01"), day("2017-06-01")];
        days.extend((0..20).map(|offset| day("2020-06-20") + offset));
        let window = densest_window(&days).unwrap();
        assert!(
            window.start > day("2020-06-01") as f64 && window.end < day("2020-07-31") as f64,
            "{window:?}"
        );
        assert!(densest_window(&[]).is_none());
        let single = densest_window(&[day("2020-01-01")]).unwrap();
        assert!(single.span() >= 14.0);
    }
}
