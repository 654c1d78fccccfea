//! Query strings giving keys values inside their ranges, often at the edges.

use hashwatt::catalog::MINERS;
use hashwatt::engine::date::Date;
use hashwatt::engine::limits::{Input, Limit};
use hashwatt::scenario::Key;
use proptest::prelude::*;
use proptest::sample::select;

use crate::hostile_queries::any_magnitude;

/// A number inside `limit`, written in an accepted style, often at the edges (the range
/// bounds, the smallest numbers, many digits).
fn in_range_value(limit: Limit) -> BoxedStrategy<String> {
    let (min, max) = (limit.min, limit.max);
    if limit.whole {
        let (lo, hi) = (min as u64, max as u64);
        return prop_oneof![select(vec![lo, lo + 1, hi - 1, hi]), lo..=hi,]
            .prop_flat_map(|n| {
                select(vec![
                    n.to_string(),
                    format!("{n}.0"),
                    format!("{:e}", n as f64),
                    format!("%2B{n}"),
                    format!("+{n}+"),
                ])
            })
            .boxed();
    }
    let smallest = if limit.min_exclusive {
        min.next_up()
    } else {
        min
    };
    let magnitude = (any_magnitude(), any::<bool>()).prop_map(move |(x, negative)| {
        let x = if negative && min < 0.0 { -x } else { x };
        x.clamp(smallest, max)
    });
    let value = prop_oneof![
        2 => select(vec![smallest, min.next_up(), min.next_up().next_up(), max, max.next_down(), 0.0, -0.0, f64::MIN_POSITIVE]),
        4 => magnitude,
        3 => smallest..=max,
        1 => (-1_000i32..1_000, 0i32..4).prop_map(move |(n, d)| (f64::from(n) / 10f64.powi(d)).clamp(smallest, max)),
    ]
    .prop_filter("in range", move |x| limit.contains(*x));
    value
        .prop_flat_map(|x| {
            let mut styles = vec![
                x.to_string(),
                format!("{x:e}"),
                format!("{x:E}"),
                format!("+{x}+"),
            ];
            if x.is_sign_positive() {
                styles.push(format!("%2B{x:e}"));
            }
            select(styles)
        })
        .boxed()
}

fn date(text: &str) -> Date {
    Date::parse_iso(text).expect("a valid date")
}

/// A query giving every key (or most of them) a value it accepts, in a random order:
/// `dg` within the range of its `dgper`, `start` on or after `date` and before the
/// horizon's end (`date` + `months`).
pub(crate) fn valid_query() -> impl Strategy<Value = (String, Vec<(String, String)>)> {
    let numeric: Vec<BoxedStrategy<Option<(String, String)>>> = Key::ALL
        .into_iter()
        .filter(|k| *k != Key::Dg)
        .filter_map(|k| k.input().map(|input| (k, input)))
        .map(|(k, input)| {
            prop::option::weighted(0.85, in_range_value(input.limit()))
                .prop_map(move |v| v.map(|v| (k.as_str().to_owned(), v)))
                .boxed()
        })
        .collect();
    let ids: Vec<String> = MINERS
        .iter()
        .map(|m| m.id.to_owned())
        .chain([String::new()])
        .collect();
    let growth = prop::option::weighted(0.7, select(vec!["year", "epoch", "+epoch+"]))
        .prop_flat_map(|period| {
            let limit = if period.is_some_and(|p| p.contains("epoch")) {
                Input::DifficultyGrowthEpoch.limit()
            } else {
                Input::DifficultyGrowthYear.limit()
            };
            (
                Just(period),
                prop::option::weighted(0.85, in_range_value(limit)),
            )
        });
    let (first, last) = (date("2009-01-03"), date("2100-12-31"));
    let span = last.days_since_epoch() - first.days_since_epoch();
    let dates = (
        prop::option::weighted(0.8, prop_oneof![Just(0), Just(span), 0..=span]),
        prop::option::weighted(0.6, prop_oneof![Just(0i64), 0i64..100, 0i64..40_000]),
    )
        .prop_map(move |(d, s)| {
            let shipped = date(hashwatt::engine::snapshot::SHIPPED_SNAPSHOT.date);
            let on = d.map(|d| first.plus_days(d));
            let start = s.map(|s| on.unwrap_or(shipped).plus_days(s).min(last));
            (on.map(Date::to_iso), start.map(Date::to_iso))
        });
    (
        (
            prop::option::weighted(0.8, select(ids)),
            prop::option::weighted(0.8, select(vec!["fpps", "pps", "+pps+", "%20fpps"])),
            prop::option::weighted(0.5, select(vec!["0", "1", "+1"])),
        ),
        numeric,
        growth,
        dates,
    )
        .prop_flat_map(
            |((miner, payout, off), numeric, (period, dg), (on, start))| {
                let mut pairs: Vec<(String, String)> = numeric.into_iter().flatten().collect();
                // The machines start before the horizon's end: `date` (or the
                // snapshot's) plus `months` (or 36), less a day.
                let months = pairs
                    .iter()
                    .find(|(k, _)| k == "months")
                    .and_then(|(_, v)| {
                        // As a link reads it: decoded, then parsed.
                        let (params, _) =
                            hashwatt::scenario::Params::from_query(&format!("months={v}"));
                        hashwatt::scenario::parse_number(Key::Months, params.get(Key::Months)).ok()
                    })
                    .map_or(36, |m| m as u32);
                let from = on.as_deref().map_or(
                    date(hashwatt::engine::snapshot::SHIPPED_SNAPSHOT.date),
                    date,
                );
                let latest = from.plus_months(months).plus_days(-1);
                let start = start.map(|s| date(&s).min(latest).to_iso());
                let choices = [
                    ("miner", miner),
                    ("payout", payout.map(str::to_owned)),
                    ("off", off.map(str::to_owned)),
                    ("dgper", period.map(str::to_owned)),
                    ("dg", dg),
                    ("date", on),
                    ("start", start),
                ];
                for (k, v) in choices {
                    if let Some(v) = v {
                        pairs.push((k.to_owned(), v));
                    }
                }
                Just(pairs).prop_shuffle()
            },
        )
        .prop_map(|pairs| {
            let body: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
            (format!("v=1&{}", body.join("&")), pairs)
        })
}
