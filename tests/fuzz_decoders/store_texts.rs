//! Store texts: JSON value trees, store envelopes, and edits that corrupt them.

use hashwatt::saved::{FORMAT, STORE_VERSION};
use proptest::prelude::*;
use proptest::sample::{select, Index};
use serde_json::{json, Map, Value};

/// Names that collide: the same text with other whitespace, and lengths at the limit.
pub(crate) fn name_text() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => select(vec!["A", "B", "Site A", "a", "A (copy)", "A (2)", "A (copy) (2)", "Ünïcödé 🙂", "<script>"]).prop_map(str::to_owned),
        3 => (select(vec!["", " ", "\t", "\u{3000}", "\u{a0}", "\n"]), select(vec!["A", "B", "Site A"]), select(vec!["", " ", "\r\n", "\u{2003}"]))
            .prop_map(|(a, b, c)| format!("{a}{b}{c}")),
        2 => (select(vec!['x', 'é', '🙂', ' ']), 70usize..=90).prop_map(|(c, n)| format!("N{}", c.to_string().repeat(n))),
        2 => (0usize..=100, select(vec!["x", "A"])).prop_map(|(n, s)| format!("{}{s}", " ".repeat(n))),
        1 => select(vec!["", " ", "   ", "\u{3000}", "\t\n"]).prop_map(str::to_owned),
        1 => ".{0,20}",
        1 => any::<String>(),
    ]
}

fn query_text() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => (1u32..100).prop_map(|n| format!("v=1&n={n}")),
        2 => ".{0,30}",
        1 => (4_090usize..=4_100).prop_map(|n| "q".repeat(n)),
        1 => (1_360usize..=1_370).prop_map(|n| "€".repeat(n)),
    ]
}

/// Any JSON value, a few levels deep.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        ".{0,12}".prop_map(Value::String),
        name_text().prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec(
                (
                    select(vec![
                        "name",
                        "query",
                        "saved",
                        "format",
                        "version",
                        "scenarios",
                        "x"
                    ])
                    .prop_map(str::to_owned),
                    inner
                ),
                0..5
            )
            .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// One entry of a store: well formed, nearly so, or anything.
fn entry() -> impl Strategy<Value = Value> {
    let saved = prop_oneof![
        4 => Just(Some(json!("2026-11-25T10:00:00Z"))),
        1 => Just(None),
        1 => json_value().prop_map(Some),
    ];
    let extra = prop::option::weighted(0.15, (select(vec!["note", "x", "Name", ""]), json_value()));
    prop_oneof![
        6 => (name_text(), query_text(), saved, extra).prop_map(|(name, query, saved, extra)| {
            let mut m = Map::new();
            m.insert("name".into(), json!(name));
            m.insert("query".into(), json!(query));
            if let Some(s) = saved {
                m.insert("saved".into(), s);
            }
            if let Some((k, v)) = extra {
                m.insert(k.into(), v);
            }
            Value::Object(m)
        }),
        2 => (json_value(), json_value(), json_value()).prop_map(|(name, query, saved)| {
            json!({"name": name, "query": query, "saved": saved})
        }),
        1 => name_text().prop_map(|name| json!({"name": name})),
        2 => json_value(),
    ]
}

/// A store file: the real envelope (mostly), wrong envelopes, in compact or pretty text.
fn store_value() -> impl Strategy<Value = Value> {
    let format = prop_oneof![
        8 => Just(json!(FORMAT)),
        1 => select(vec!["", "other", "HASHWATT-SAVED", "hashwatt-saved "]).prop_map(|s| json!(s)),
        1 => json_value(),
    ];
    let version = prop_oneof![
        8 => Just(json!(STORE_VERSION)),
        1 => Just(json!(0)),
        1 => select(vec![2u64, 3, u64::MAX]).prop_map(|v| json!(v)),
        1 => select(vec![json!(-1), json!(1.0), json!("1"), json!(null), json!(1.5)]),
    ];
    let scenarios = prop_oneof![
        8 => prop::collection::vec(entry(), 0..12).prop_map(Value::Array),
        1 => json_value(),
    ];
    let extra = prop::option::weighted(0.1, json_value());
    (format, version, scenarios, extra, 0..8u8).prop_map(
        |(format, version, scenarios, extra, drop)| {
            let mut m = Map::new();
            if drop != 0 {
                m.insert("format".into(), format);
            }
            if drop != 1 {
                m.insert("version".into(), version);
            }
            if drop != 2 {
                m.insert("scenarios".into(), scenarios);
            }
            if let Some(x) = extra {
                m.insert("exported_by".into(), x);
            }
            Value::Object(m)
        },
    )
}

pub(crate) fn store_text() -> impl Strategy<Value = String> {
    (store_value(), any::<bool>()).prop_map(|(v, pretty)| {
        if pretty {
            serde_json::to_string_pretty(&v).expect("a Value serializes")
        } else {
            v.to_string()
        }
    })
}

/// Fragments that JSON value trees cannot express: repeated keys, out-of-range numbers,
/// deep nesting, a BOM, lone escapes.
const JSON_FRAGMENTS: &[&str] = &[
    "\"format\":\"hashwatt-saved\",",
    "\"version\":1,",
    "\"version\":2,",
    "\"name\":\"A\",",
    "\"name\":\"B\",",
    "\"query\":\"v=1\",",
    "{\"name\":\"A\",\"query\":\"v=1\"},",
    "{\"name\":\"A\",\"name\":\"B\",\"query\":\"v=1\"},",
    "1e400",
    "-1e400",
    "-0",
    "1.0",
    "18446744073709551616",
    "\"\\ud800\"",
    "\"\\u0000\"",
    "\\",
    "\"",
    "\u{feff}",
    "null",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
];

#[derive(Debug, Clone)]
pub(crate) enum Edit {
    Truncate(Index),
    Delete(Index, usize),
    Insert(Index, String),
    Replace(Index, char),
    Repeat(Index, usize),
}

pub(crate) fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        2 => any::<Index>().prop_map(Edit::Truncate),
        2 => (any::<Index>(), 1usize..16).prop_map(|(i, n)| Edit::Delete(i, n)),
        3 => (any::<Index>(), prop_oneof![select(JSON_FRAGMENTS).prop_map(str::to_owned), ".{1,3}"]).prop_map(|(i, s)| Edit::Insert(i, s)),
        2 => (any::<Index>(), any::<char>()).prop_map(|(i, c)| Edit::Replace(i, c)),
        1 => (any::<Index>(), 1usize..40).prop_map(|(i, n)| Edit::Repeat(i, n)),
    ]
}

pub(crate) fn apply(text: &str, edits: &[Edit]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for e in edits {
        let len = chars.len();
        let at = |i: &Index| if len == 0 { 0 } else { i.index(len + 1) };
        match e {
            Edit::Truncate(i) => chars.truncate(at(i)),
            Edit::Delete(i, n) => {
                let from = at(i).min(len);
                chars.drain(from..(from + n).min(len));
            }
            Edit::Insert(i, s) => {
                let pos = at(i);
                chars.splice(pos..pos, s.chars());
            }
            Edit::Replace(i, c) if len > 0 => chars[i.index(len)] = *c,
            Edit::Replace(..) => {}
            Edit::Repeat(i, n) => {
                let from = at(i).min(len);
                let piece: Vec<char> = chars[from..(from + n).min(len)].to_vec();
                chars.splice(from..from, piece);
            }
        }
    }
    chars.into_iter().collect()
}
