//! The README's key table is made from the key table (`scenario::key`): every row's
//! meaning, unit, accepted values and meaning when missing. This test writes it and
//! compares it with README.md between `<!-- keys:start -->` and `<!-- keys:end -->`;
//! `BLESS=1 cargo test --test readme_keys` rewrites that part of README.md.
#![cfg(not(target_arch = "wasm32"))]

use hashwatt::engine::economics::PayoutScheme;
use hashwatt::engine::limits::{Input, Limit};
use hashwatt::engine::money::{Currency, SHIPPED_RATES};
use hashwatt::engine::projection::GrowthPeriod;
use hashwatt::scenario::{
    money_default, payout_name, period_name, plain_number, Key, Kind, Omitted, Params, Range,
    Region, Scale, DATE_RANGE, FORMAT_VERSION, MAX_BANDS,
};

const START: &str = "<!-- keys:start -->";
const END: &str = "<!-- keys:end -->";

/// `0 to 10`, `above 0 to 100`, `whole, 1 to 120`.
fn range(limit: &Limit) -> String {
    let whole = if limit.whole { "whole, " } else { "" };
    let above = if limit.min_exclusive { "above " } else { "" };
    format!(
        "{whole}{above}{} to {}",
        plain_number(limit.min),
        plain_number(limit.max)
    )
}

fn code_list(names: impl IntoIterator<Item = impl AsRef<str>>) -> String {
    names
        .into_iter()
        .map(|n| format!("`{}`", n.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What a number key takes: its range, for money in dollars and its currency.
fn number_accepted(key: Key, input: Input) -> String {
    let limit = range(&input.limit());
    if key.is_money() {
        format!("{limit} {}, in `cur` at its rate", key.unit())
    } else {
        limit
    }
}

fn accepted(key: Key) -> String {
    let spec = key.spec();
    let text = match (key.kind(), key.range()) {
        _ if !spec.accepted.is_empty() => spec.accepted.to_owned(),
        (_, Range::Input(input)) => number_accepted(key, input),
        (_, Range::Depends { inputs, .. }) => inputs
            .iter()
            .map(|i| format!("{} ({})", number_accepted(key, *i), i.label()))
            .collect::<Vec<_>>()
            .join("; "),
        (_, Range::InHorizon { from, months }) => format!(
            "on or after `{}`, before `{}` + `{}` (the horizon's end)",
            from.as_str(),
            from.as_str(),
            months.as_str()
        ),
        (Kind::Date, _) => format!("{} to {}", DATE_RANGE.0, DATE_RANGE.1),
        (Kind::Bands, _) => format!(
            "at most {MAX_BANDS} bands, each {} {}/kWh, in `scur` at its rate, prices different",
            range(&Input::Surcharge.limit()),
            Currency::Usd.code()
        ),
        (Kind::Choice, _) => match key {
            Key::Payout => code_list([PayoutScheme::Fpps, PayoutScheme::Pps].map(payout_name)),
            Key::Dgper => code_list([GrowthPeriod::Year, GrowthPeriod::Epoch].map(period_name)),
            Key::Cur | Key::Scur => code_list(Currency::ALL.map(Currency::code)),
            Key::Region => code_list(Region::ALL.map(Region::id)),
            // The switches.
            _ => code_list(["0", "1"]),
        },
        _ => String::new(),
    };
    if key.may_be_empty() && !key.is_line() {
        format!("{text}, or empty")
    } else {
        text
    }
}

/// The unit column: amounts in `cur` (the surcharge in `scur`), dates as written.
fn unit(key: Key) -> String {
    match key.kind() {
        Kind::Money => key.unit().replacen("USD", "`cur`", 1),
        Kind::Bands => "`scur`/kWh".to_owned(),
        Kind::Date => "YYYY-MM-DD".to_owned(),
        _ => key.unit().to_owned(),
    }
}

fn when_missing(key: Key, defaults: &Params) -> String {
    let v1 = v1_meaning(key, defaults);
    match key.first_visit() {
        Some(first) => {
            format!("{v1} in a link; a new visitor (no link, or an embed) starts from `{first}`")
        }
        None => v1,
    }
}

fn v1_meaning(key: Key, defaults: &Params) -> String {
    let value = defaults.get(key);
    let shown = if key.kind() == Kind::Choice {
        format!("`{value}`")
    } else {
        value.to_owned()
    };
    match key.omitted() {
        Omitted::Fixed("") => "empty".to_owned(),
        Omitted::Fixed(text) if key.is_money() && text != "0" => {
            let kzt = Scale::of(Currency::Kzt, defaults);
            let converted = money_default(key, kzt).unwrap_or_default();
            format!(
                "{text} USD, in `cur` at its rate ({converted} with `cur=KZT` at {}), to 6 digits",
                SHIPPED_RATES.rates.per_usd(Currency::Kzt)
            )
        }
        Omitted::Fixed(text) if matches!(key.kind(), Kind::Choice | Kind::Hours) => {
            format!("`{text}`")
        }
        Omitted::Fixed(text) => text.to_owned(),
        Omitted::Snapshot => format!("snapshot ({shown})"),
        Omitted::Catalog => format!("catalog ({shown})"),
        Omitted::SameAsDate => "`date`".to_owned(),
        Omitted::Rate => format!("rate: shipped ({shown})"),
    }
}

/// The table as the README shows it.
fn table() -> String {
    let defaults = Params::default();
    let mut out =
        String::from("| key | meaning | unit | accepted | when missing |\n|---|---|---|---|---|\n");
    out.push_str(&format!(
        "| `v` | link format version | | `{FORMAT_VERSION}` | `{FORMAT_VERSION}` |\n"
    ));
    for key in Key::ALL {
        let cells = [
            format!("`{}`", key.as_str()),
            key.spec().meaning.to_owned(),
            unit(key),
            accepted(key),
            when_missing(key, &defaults),
        ];
        // An empty cell is one space wide, as in the rest of the README.
        let row: String = cells
            .iter()
            .map(|c| {
                if c.is_empty() {
                    "| ".to_owned()
                } else {
                    format!("| {c} ")
                }
            })
            .collect();
        out.push_str(&format!("{row}|\n"));
    }
    out
}

#[test]
fn the_readme_key_table_is_the_key_table() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).expect("README.md");
    let (Some(start), Some(end)) = (readme.find(START), readme.find(END)) else {
        panic!("README.md has no {START} ... {END} markers");
    };
    let from = start + START.len();
    let shown = readme.get(from..end).unwrap_or("").trim();
    let table = table();
    if std::env::var_os("BLESS").is_some() {
        let updated = format!("{}\n{table}{}", &readme[..from], &readme[end..]);
        std::fs::write(path, updated).expect("README.md written");
        return;
    }
    assert_eq!(
        shown,
        table.trim(),
        "README.md's key table is not the key table's: run BLESS=1 cargo test --test readme_keys"
    );
}
