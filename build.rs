//! Builds the miner catalog from `data/miners.csv` into a static table, and the shipped
//! network snapshot from `data/snapshot.csv` (written by `scripts/snapshot.sh`), so the
//! page ships both without fetching anything. A malformed row fails the build with its
//! line.

use std::fmt::Write as _;
use std::{env, fs, path::Path};

const CSV: &str = "data/miners.csv";
const COLUMNS: [&str; 9] = [
    "id",
    "maker",
    "model",
    "hashrate_th",
    "power_w",
    "released",
    "cooling",
    "confidence",
    "source",
];

fn main() {
    catalog();
    snapshot();
}

const SNAPSHOT_CSV: &str = "data/snapshot.csv";
const SNAPSHOT_COLUMNS: [&str; 6] = [
    "date",
    "difficulty",
    "height",
    "txfee_sat",
    "price_usd",
    "source",
];

/// `data/snapshot.csv`: one row, the network figures the page starts from, checked
/// against the ranges a person may type (src/engine/limits.rs).
fn snapshot() {
    println!("cargo::rerun-if-changed={SNAPSHOT_CSV}");
    let file = SNAPSHOT_CSV;
    let mut reader = csv::Reader::from_path(file).unwrap_or_else(|e| panic!("{file}: {e}"));
    let header: Vec<String> = reader
        .headers()
        .unwrap_or_else(|e| panic!("{file}: {e}"))
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header, SNAPSHOT_COLUMNS, "{file}: unexpected columns");
    let rows: Vec<csv::StringRecord> = reader
        .records()
        .map(|r| r.unwrap_or_else(|e| panic!("{file}: {e}")))
        .collect();
    assert_eq!(rows.len(), 1, "{file}: exactly one row of figures");
    let row = &rows[0];
    let field = |name: &str| {
        let col = SNAPSHOT_COLUMNS
            .iter()
            .position(|c| *c == name)
            .expect("known column");
        row.get(col).unwrap_or("").trim().to_owned()
    };
    let number = |name: &str, min: f64, max: f64| -> f64 {
        let v: f64 = field(name)
            .parse()
            .unwrap_or_else(|e| panic!("{file}: {name}: {e}"));
        assert!(
            v.is_finite() && (min..=max).contains(&v),
            "{file}: {name} {v} outside {min} to {max}"
        );
        v
    };
    let whole = |name: &str, min: f64, max: f64| -> u64 {
        let v = number(name, min, max);
        assert!(v.fract() == 0.0, "{file}: {name} must be a whole number");
        v as u64
    };
    let date = field("date");
    let b = date.as_bytes();
    assert!(
        b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && date
                .bytes()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit()),
        "{file}: date {date:?} must be YYYY-MM-DD"
    );
    let difficulty = number("difficulty", 1.0, 1e18);
    let height = whole("height", 0.0, 20_000_000.0);
    let fees = whole("txfee_sat", 0.0, 100.0 * 1e8);
    let price = number("price_usd", f64::MIN_POSITIVE, 1e9);
    let source = field("source");
    assert!(!source.is_empty(), "{file}: say where the figures are from");
    let out = format!(
        "ShippedSnapshot {{ date: {date:?}, source: {source:?}, network: NetworkSnapshot {{ difficulty: Difficulty::new({difficulty:?}), height: {height}, avg_fees_per_block: Sats::from_sat({fees}), btc_price: BtcPrice::per_btc({price:?}) }} }}"
    );
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("snapshot.rs");
    fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}

/// `data/miners.csv`: the catalog.
fn catalog() {
    println!("cargo::rerun-if-changed={CSV}");
    let mut reader = csv::Reader::from_path(CSV).unwrap_or_else(|e| panic!("{CSV}: {e}"));
    let header: Vec<String> = reader
        .headers()
        .unwrap_or_else(|e| panic!("{CSV}: {e}"))
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header, COLUMNS, "{CSV}: unexpected columns");

    let mut out = String::from("&[\n");
    let mut ids = Vec::new();
    for (i, row) in reader.records().enumerate() {
        let line = i + 2;
        let row = row.unwrap_or_else(|e| panic!("{CSV}:{line}: {e}"));
        let field = |name: &str| {
            let col = COLUMNS
                .iter()
                .position(|c| *c == name)
                .expect("known column");
            let value = row.get(col).unwrap_or("").trim();
            assert!(!value.is_empty(), "{CSV}:{line}: empty {name}");
            value.to_owned()
        };
        let number = |name: &str| -> f64 {
            let v: f64 = field(name)
                .parse()
                .unwrap_or_else(|e| panic!("{CSV}:{line}: {name}: {e}"));
            assert!(
                v.is_finite() && v > 0.0,
                "{CSV}:{line}: {name} must be positive"
            );
            v
        };
        let id = field("id");
        assert!(
            id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{CSV}:{line}: id {id:?} must be lower-case letters, digits and hyphens (it is a URL value)"
        );
        assert!(!ids.contains(&id), "{CSV}:{line}: duplicate id {id}");
        let released: u16 = field("released")
            .parse()
            .unwrap_or_else(|e| panic!("{CSV}:{line}: released: {e}"));
        let cooling = match field("cooling").as_str() {
            "air" => "Air",
            "hydro" => "Hydro",
            "immersion" => "Immersion",
            other => panic!("{CSV}:{line}: unknown cooling {other}"),
        };
        let confidence = match field("confidence").as_str() {
            "good" => "Good",
            "medium" => "Medium",
            "low" => "Low",
            other => panic!("{CSV}:{line}: unknown confidence {other}"),
        };
        writeln!(
            out,
            "    Miner {{ id: {id:?}, maker: {:?}, model: {:?}, hashrate_th: {:?}, power_w: {:?}, released: {released}, cooling: Cooling::{cooling}, confidence: Confidence::{confidence}, source: {:?} }},",
            field("maker"),
            field("model"),
            number("hashrate_th"),
            number("power_w"),
            field("source"),
        )
        .expect("writing to a String cannot fail");
        ids.push(id);
    }
    out.push(']');
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("miners.rs");
    fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}
