//! Query strings of the real keys with hostile values, raw or encoded.

use hashwatt::catalog::MINERS;
use hashwatt::scenario::Key;
use proptest::prelude::*;
use proptest::sample::select;

/// Every key name the link format knows, `v` included (from `Key::ALL`, so keys added
/// later are fuzzed too).
fn key_names() -> Vec<&'static str> {
    Key::ALL.iter().map(|k| k.as_str()).chain(["v"]).collect()
}

/// Texts that have broken parsers before: number edge cases, escapes, markup.
const HOSTILE_VALUES: &[&str] = &[
    "",
    " ",
    "+",
    "++1",
    "%2B1",
    "-",
    "0",
    "-0",
    "+0",
    "00",
    "0.0",
    ".5",
    "5.",
    ".",
    "e5",
    "1e",
    "1e+",
    "1e-",
    "1E5",
    "1e5",
    "1e+5",
    "1e-5",
    "1e308",
    "1e309",
    "-1e309",
    "1e-63",
    "1e-300",
    "1e-320",
    "1e-400",
    "4.9e-324",
    "5e-324",
    "2.2250738585072014e-308",
    "1.7976931348623157e308",
    "1.7976931348623159e308",
    "inf",
    "-inf",
    "+inf",
    "Infinity",
    "infinity",
    "INF",
    "NaN",
    "nan",
    "-NaN",
    "0x10",
    "0b1",
    "1_000",
    "1,5",
    "1,000",
    "1.5.5",
    "--1",
    "+-1",
    "1+e5",
    "1e5e5",
    "\u{661}\u{662}",
    "\u{ff11}\u{ff12}",
    "\u{a0}1",
    "1\u{a0}",
    "\u{3000}1",
    "\t1\n",
    "%201%20",
    "%zz",
    "%ff%fe",
    "%",
    "%%",
    "%2",
    "%41",
    "%00",
    "%0A",
    "%E2%82%AC",
    "%C3",
    "%31%30",
    "%2e5",
    "%26",
    "%3D",
    "%3F",
    "=",
    "==",
    "&",
    "#",
    "?",
    "1&th=2",
    "<script>alert(1)</script>",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "javascript:alert(1)",
    "\"'`",
    "\0",
    "fpps",
    "pps",
    "FPPS",
    " pps ",
    "pps%00",
    "fpps\u{200b}",
    "antminer-s21",
    "ANTMINER-S21",
    " antminer-s21 ",
    "antminer-s21%20",
    "custom",
    "null",
    "undefined",
    "true",
    "[]",
    "{}",
    "1",
    "2",
    "1.0",
    "01",
    "10000000",
    "10000001",
    "20000000",
    "20000001",
    "1000000000000000000",
    "1000000000000000001",
    "99",
    "99.0000000001",
    "100",
    "100.0000000001",
    "2026-03-20",
    "2009-01-03",
    "2009-01-02",
    "2100-12-31",
    "2101-01-01",
    "2024-02-29",
    "2023-02-29",
    "2024-02-30",
    "2024-13-01",
    "2024-00-10",
    "2024-01-00",
    "0000-01-01",
    "9999-12-31",
    "2024-1-1",
    "24-01-01",
    "2024-01-01T00:00:00Z",
    "2024-01-01-01",
    "+2024-01-01",
    "-2024-01-01",
    "2024/01/01",
    "\u{ff12}\u{ff10}\u{ff12}\u{ff14}-01-01",
    "2024-\u{661}1-01",
    "year",
    "epoch",
    "YEAR",
    " epoch ",
    "month",
    "on",
    "-1",
    "120",
    "121",
    "60",
    "59.999",
    "3600",
    "-90",
    "-90.0001",
    "-50",
    "1000",
];

/// Numbers in every style Rust prints them (any f64: NaN, infinities, subnormals).
fn number_text() -> impl Strategy<Value = String> {
    (any::<f64>(), 0..6u8).prop_map(|(x, style)| match style {
        0 => format!("{x}"),
        1 => format!("{x:e}"),
        2 => format!("{x:E}"),
        3 => format!("{x:+}"),
        4 => format!("{x:.3}"),
        _ => format!("{x:?}"),
    })
}

/// Positive numbers log-uniform over the whole f64 range, subnormals included.
pub(crate) fn any_magnitude() -> impl Strategy<Value = f64> {
    (-1074.0..1024.0f64, 1.0..2.0f64)
        .prop_map(|(e, m)| (m * e.exp2()).min(f64::MAX))
        .prop_filter("positive", |x| *x > 0.0)
}

/// A run of percent escapes, valid and not, and bits of numbers.
fn percent_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(
        select(vec![
            "%", "%z", "%zz", "%ff", "%fe", "%FF", "%41", "%25", "%2", "%C3", "%A9", "%E2", "%82",
            "%00", "%2B", "%20", "1", "0", ".", "e", "E", "+", "-", "&", "=",
        ]),
        0..16,
    )
    .prop_map(|parts| parts.concat())
}

/// A value for a link: hostile text, numbers, catalog ids, soups, arbitrary text.
fn hostile_value() -> impl Strategy<Value = String> {
    let ids: Vec<String> = MINERS.iter().map(|m| m.id.to_owned()).collect();
    prop_oneof![
        6 => select(HOSTILE_VALUES).prop_map(str::to_owned),
        4 => number_text(),
        3 => any_magnitude().prop_map(|x| x.to_string()),
        3 => any_magnitude().prop_map(|x| format!("{x:e}")),
        2 => (0u64..30_000_000).prop_map(|n| n.to_string()),
        2 => (-1e3..1e3f64).prop_map(|x| x.to_string()),
        2 => select(ids),
        2 => percent_soup(),
        2 => "[-+0-9.eE,a-zA-Z%&=;#? ]{0,24}",
        1 => ".{0,24}",
        1 => (select(vec!['9', '0', '1', ' ', '%']), 60usize..70).prop_map(|(c, n)| c.to_string().repeat(n)),
        1 => (select(vec!["9", "0.", "1e", "%2"]), 0usize..2_000).prop_map(|(s, n)| s.repeat(n)),
    ]
}

/// A key as written in a link: the real names, and near misses of them.
fn key_text() -> impl Strategy<Value = String> {
    prop_oneof![
        12 => select(key_names()).prop_map(str::to_owned),
        1 => select(key_names()).prop_map(str::to_uppercase),
        1 => select(key_names()).prop_map(|k| k.bytes().map(|b| format!("%{b:02X}")).collect()),
        1 => select(key_names()).prop_map(|k| format!("{k}+")),
        1 => select(key_names()).prop_map(|k| format!("{k}[]")),
        1 => "[a-z%+]{0,6}",
    ]
}

/// A query built from key/value pairs, values raw or form-encoded, odd separators.
pub(crate) fn query_shaped() -> impl Strategy<Value = String> {
    let pair = (key_text(), hostile_value(), 0..10u8).prop_map(|(k, v, style)| match style {
        0..=5 => format!("{k}={v}"),
        6 | 7 => format!(
            "{k}={}",
            form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>()
        ),
        8 => k,
        _ => format!("{k}=={v}"),
    });
    (
        select(vec!["", "", "", "?", "??", "&", "#"]),
        prop::collection::vec(
            (
                pair,
                select(vec!["&", "&", "&", "&", "&&", ";", "&amp;", "#"]),
            ),
            0..24,
        ),
    )
        .prop_map(|(prefix, pairs)| {
            let mut q = prefix.to_owned();
            for (i, (p, sep)) in pairs.iter().enumerate() {
                if i > 0 {
                    q.push_str(sep);
                }
                q.push_str(p);
            }
            q
        })
}
