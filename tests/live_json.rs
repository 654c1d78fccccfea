//! `hashwatt::live::json` reads what serde_json reads, to the same values, and refuses
//! what serde_json refuses: on the recorded answers, hostile texts, and generated ones
//! (valid JSON, and JSON with one character changed).
#![cfg(not(target_arch = "wasm32"))]

use hashwatt::live::json::{parse, Json, Number, MAX_DEPTH};
use proptest::prelude::*;
use serde_json::Value;

/// Whether `ours` is the value serde_json read (`theirs`): numbers of the same kind and
/// bits, strings equal, arrays item by item, objects with the same keys and each key's
/// last value.
fn same(ours: &Json, theirs: &Value) -> bool {
    match (ours, theirs) {
        (Json::Null, Value::Null) => true,
        (Json::Bool(a), Value::Bool(b)) => a == b,
        (Json::String(a), Value::String(b)) => a == b,
        (Json::Number(n), Value::Number(m)) => match *n {
            Number::Unsigned(a) => m.as_u64() == Some(a),
            Number::Negative(a) => m.as_u64().is_none() && m.as_i64() == Some(a),
            Number::Float(a) => m.is_f64() && m.as_f64().map(f64::to_bits) == Some(a.to_bits()),
        },
        (Json::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
        }
        (Json::Object(members), Value::Object(map)) => {
            let mut keys: Vec<&str> = members.iter().map(|(k, _)| k.as_str()).collect();
            keys.sort_unstable();
            keys.dedup();
            keys.len() == map.len()
                && map
                    .iter()
                    .all(|(k, v)| ours.get(k).is_some_and(|o| same(o, v)))
        }
        _ => false,
    }
}

#[track_caller]
fn check(text: &str) {
    let ours = parse(text);
    let theirs = serde_json::from_str::<Value>(text);
    match (&ours, &theirs) {
        (Some(o), Ok(t)) => assert!(same(o, t), "{text:?}: ours {o:?}, serde_json {t:?}"),
        (None, Err(_)) => {}
        _ => panic!("{text:?}: ours {ours:?}, serde_json {theirs:?}"),
    }
}

#[test]
fn the_recorded_answers_read_alike() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/mempool");
    let mut read = 0;
    for entry in std::fs::read_dir(dir).expect("the fixtures") {
        let path = entry.expect("an entry").path();
        if path.extension().is_some_and(|e| e == "json" || e == "txt") {
            let text = std::fs::read_to_string(&path).expect("a fixture");
            assert!(parse(&text).is_some(), "{}", path.display());
            check(&text);
            read += 1;
        }
    }
    assert!(read >= 6, "read {read} fixtures");
}

#[test]
fn hostile_and_edge_texts_read_alike() {
    for text in [
        "",
        " ",
        "null",
        "nul",
        "nulll",
        "true",
        "tru",
        "false",
        "True",
        "1 2",
        " [ ] ",
        "[1,]",
        "[,1]",
        "[1 2]",
        "{\"a\":1,}",
        "{\"a\" 1}",
        "{1:2}",
        "{\"a\":1 \"b\":2}",
        "{\"a\":1,\"a\":2}",
        "{\"a\":{\"b\":[]},\"a\":null}",
        "[\"a\" \"b\"]",
        "\"abc",
        "0",
        "-0",
        "-0.0",
        "0.0",
        "01",
        "-01",
        "00",
        "1.",
        ".1",
        "+1",
        "-",
        "1e",
        "1e+",
        "1E+5",
        "1e-5",
        "1.5e3",
        "0x10",
        "NaN",
        "Infinity",
        "-Infinity",
        "1e400",
        "-1e400",
        "1e-400",
        "0e999999999999999999",
        "1e99999999999999999999",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775808",
        "-9223372036854775809",
        "9223372036854775808",
        "123456789012345678901234567890",
        "2.2250738585072011e-308",
        "4.9e-324",
        "1.7976931348623157e308",
        "93621.07",
        "\"\\ud800\"",
        "\"\\udc00\"",
        "\"\\ud83d\\ude00\"",
        "\"\\ud83d\\u0041\"",
        "\"\\ud83dx\"",
        "\"\\u00e9\\u00E9\"",
        "\"\\u12\"",
        "\"\\u12G4\"",
        "\"\\x\"",
        "\"\\/\\b\\f\\n\\r\\t\\\\\\\"\"",
        "\"\u{1}\"",
        "\"\u{7f}\"",
        "\"tab\there\"",
        "\"é€😀\"",
        "\u{feff}1",
        "1\u{0}",
        "[1]\n",
        "\n\r\t [1] \t",
        "[\u{a0}1]",
        "<html><body>503</body></html>",
        "{\"USD\": \"93621\"}",
        "{\"USD\": -1}",
        "[{\"height\": 941471, \"timestamp\": 1764547200}]",
    ] {
        check(text);
    }
}

#[test]
fn nesting_stops_where_serde_json_stops() {
    for depth in [
        1,
        MAX_DEPTH - 1,
        MAX_DEPTH,
        MAX_DEPTH + 1,
        MAX_DEPTH + 2,
        10_000,
    ] {
        check(&format!("{}{}", "[".repeat(depth), "]".repeat(depth)));
        check(&format!("{}1{}", "[".repeat(depth), "]".repeat(depth)));
        check(&format!("{}{}", "{\"a\":".repeat(depth), "}".repeat(depth)));
        check(&format!(
            "{}null{}",
            "{\"a\":".repeat(depth),
            "}".repeat(depth)
        ));
    }
    let deepest = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
    assert!(parse(&deepest).is_some());
}

/// Any JSON value, as serde_json writes it.
fn values() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<u64>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |v| v.is_finite())
            .prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::String),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec(("[a-zA-Z]{0,3}", inner), 0..6)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 5_000, ..ProptestConfig::default() })]

    #[test]
    fn written_json_reads_alike(value in values(), pretty in any::<bool>()) {
        let text = if pretty {
            serde_json::to_string_pretty(&value).expect("a value writes")
        } else {
            serde_json::to_string(&value).expect("a value writes")
        };
        check(&text);
        prop_assert!(parse(&text).is_some());
    }

    /// Written JSON with one character replaced, inserted or removed.
    #[test]
    fn damaged_json_reads_alike(
        value in values(),
        at in any::<prop::sample::Index>(),
        edit in 0..3u8,
        c in prop::sample::select(
            "[]{}:,\"\\0123456789.eE+- \t\nnultrfas\u{0}\u{1f}é".chars().collect::<Vec<_>>()
        ),
    ) {
        let text = serde_json::to_string(&value).expect("a value writes");
        let mut chars: Vec<char> = text.chars().collect();
        let i = at.index(chars.len() + 1);
        match edit {
            0 if i < chars.len() => chars[i] = c,
            1 => chars.insert(i, c),
            _ if i < chars.len() => {
                chars.remove(i);
            }
            _ => chars.push(c),
        }
        check(&chars.into_iter().collect::<String>());
    }

    #[test]
    fn texts_of_json_characters_read_alike(
        text in "[\\[\\]{}:,\"\\\\0-9.eE+\\- \\tnultrfasu\u{0}]{0,30}"
    ) {
        check(&text);
    }
}
