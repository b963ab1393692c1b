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
    // The bound a date without a year set, and its sentence.
    let mut set_by = None;
    if let Some((bound, _)) = bounds.lower {
        for Evidence {
            kind,
            future,
            sentence,
            ..
        } in expressions
        {
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
                    if bounds.lower.is_some_and(|(date, _)| date == value.end) {
                        set_by = Some((value.end, *sentence));
                    }
                }
            }
        }
    }
    // A day without a year that the first reading put half a year or more
    // before a bound that only a vaguer date without a year gave, told
    // further on as background ("seizing Minova on Jan. 21" read as January
    // 2024, and two paragraphs later "called off in mid-December" as
    // December 2024), is more likely the newest news: news tells a bare day
    // when it is recent, and its background after it. It comes after the
    // bound. A story told in order ("agreed on Feb. 14 held until it
    // collapsed in mid-October") keeps its order.
    let vague_bound = matches!(
        bounds.lower,
        Some((_, Precision::PartOfMonth | Precision::Month))
    );
    if let (Some((bound, bound_sentence)), true) = (set_by, vague_bound) {
        for Evidence {
            kind,
            future,
            sentence,
            ..
        } in expressions
        {
            if *future
                || !matches!(kind, TimexKind::MonthDay { weekday: None, .. })
                || sentence + 2 > bound_sentence
            {
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
