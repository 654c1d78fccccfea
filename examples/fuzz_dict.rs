//! Prints the part of the link decoder's libFuzzer dictionary that follows the key
//! table: every key as `"name="`, the names the choice keys take, the date range and
//! the catalog's machine ids. `scripts/fuzz.sh` runs it and appends the tokens of the
//! format itself (separators, escapes, number forms).
//!
//! Run: `cargo run --quiet --example fuzz_dict`.

use hashwatt::catalog::MINERS;
use hashwatt::engine::economics::PayoutScheme;
use hashwatt::engine::money::Currency;
use hashwatt::engine::projection::GrowthPeriod;
use hashwatt::scenario::{
    payout_name, period_name, Key, Params, Region, DATE_RANGE, FORMAT_VERSION,
};

/// A dictionary entry: the token in double quotes, `"` and `\` escaped.
fn entry(token: &str) -> String {
    format!("\"{}\"", token.replace('\\', "\\\\").replace('"', "\\\""))
}

fn main() {
    let mut tokens = vec![format!("v={FORMAT_VERSION}"), "v=".to_owned()];
    tokens.extend(Key::ALL.map(|k| format!("{}=", k.as_str())));
    tokens.extend([PayoutScheme::Fpps, PayoutScheme::Pps].map(|p| payout_name(p).to_owned()));
    tokens.extend([GrowthPeriod::Year, GrowthPeriod::Epoch].map(|p| period_name(p).to_owned()));
    tokens.extend(Currency::ALL.map(|c| c.code().to_owned()));
    tokens.extend(Region::ALL.map(|r| r.id().to_owned()));
    tokens.extend([DATE_RANGE.0, DATE_RANGE.1].map(str::to_owned));
    tokens.push(Params::default().get(Key::Date).to_owned());
    tokens.extend(MINERS.iter().map(|m| m.id.to_owned()));
    let mut seen = std::collections::BTreeSet::new();
    for token in tokens {
        if seen.insert(token.clone()) {
            println!("{}", entry(&token));
        }
    }
}
