//! Days and parts of months told without a year ("April 7", "early
//! June"), placed once the bounds the rest of the text gives are known.

use crate::model::Precision;

use super::super::resolve::{resolve, Context};
use super::super::tagger::TimexKind;
use super::{Bounds, Evidence};

/// Raises `bounds` by the days without a year of `expressions`: after the
/// latest stated fact, or in the year the text is known to be from; then a
/// bare day that lands far before a vaguer bound comes after it.
pub(super) fn place(expressions: &[Evidence], bounds: &mut Bounds) {
    // Recent dates without a year fall after the latest stated fact; after
    // the start of a year the article is known to be from, they are of it.
    let in_the_year_after = bounds.year_after;
    if let Some((bound, _)) = bounds.lower {
        for Evidence { kind, future, .. } in expressions {
            let recent = matches!(
                kind,
                TimexKind::MonthDay { weekday: None, .. }
                    | TimexKind::PartOfMonth { year: None, .. }
            );
            if !recent || *future {
                continue;
            }
            // In the bound's own year, or within two months before it, it is
            // the past the article tells around the bound. A year-less date
            // does not reach further back into a year the text never named:
            // it falls after the bound instead (the bound was background,
            // the undated facts are the news).
            let past = resolve(
                kind,
                &Context {
                    anchor: bound,
                    reference: None,
                    future: false,
                    stated: false,
                },
            );
            if !in_the_year_after
                && past.is_some_and(|value| {
                    value.start.year == bound.year || bound.to_days() - value.end.to_days() <= 60
                })
            {
                continue;
            }
            let context = Context {
                anchor: bound.add_days(1),
                reference: None,
                future: true,
                stated: false,
            };
            if let Some(value) = resolve(kind, &context) {
                if bounds.upper.is_none_or(|limit| value.end < limit) {
                    bounds.raise(
                        value.end,
                        value.precision,
                        format!("{} (a date without a year, taken as recent)", value.end),
                    );
                }
            }
        }
    }
    // A day without a year that the first reading put half a year or more
    // before a bound that only a vaguer date without a year gave ("seizing
    // Minova on Jan. 21" read as January 2024, "called off in mid-December"
    // as December 2024) is more likely the newest news: news tells a bare
    // day when it is recent. It comes after the bound.
    if let Some((bound, Precision::PartOfMonth | Precision::Month)) = bounds.lower {
        for Evidence { kind, future, .. } in expressions {
            if *future || !matches!(kind, TimexKind::MonthDay { weekday: None, .. }) {
                continue;
            }
            let context = |anchor, future| Context {
                anchor,
                reference: None,
                future,
                stated: false,
            };
            let past = resolve(kind, &context(bound, false));
            if past.is_none_or(|value| bound.to_days() - value.end.to_days() < 183) {
                continue;
            }
            if let Some(value) = resolve(kind, &context(bound.add_days(1), true)) {
                if bounds.upper.is_none_or(|limit| value.end < limit) {
                    bounds.raise(
                        value.end,
                        value.precision,
                        format!(
                            "{} (a day without a year, newer than the months it tells)",
                            value.end
                        ),
                    );
                }
            }
        }
    }
}
