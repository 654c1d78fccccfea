//! `hashwatt::decimal::parse_f64` reads every text exactly as `str::parse::<f64>` does:
//! the same values, bit for bit, and the same refusals (src/decimal.rs says why the crate
//! does not call `str::parse` itself).
#![cfg(not(target_arch = "wasm32"))]

use hashwatt::decimal::parse_f64;
use proptest::prelude::*;

#[track_caller]
fn same(text: &str) {
    let core = text.parse::<f64>().ok();
    let ours = parse_f64(text);
    assert_eq!(
        ours.map(f64::to_bits),
        core.map(f64::to_bits),
        "{text:?}: ours {ours:?}, core {core:?}"
    );
}

#[test]
fn known_texts_read_as_core_reads_them() {
    for text in [
        "0",
        "-0",
        "+0",
        "1",
        "-1",
        "+1",
        "0.06",
        "1.",
        ".5",
        "-.5",
        "+.5",
        ".",
        "-",
        "+",
        "",
        " 1",
        "1 ",
        "1e5",
        "1E5",
        "1e+5",
        "1e-5",
        "1e",
        "e5",
        "1e5.0",
        "1.2.3",
        "1_000",
        "1,5",
        "0x10",
        "00012.50",
        "133790000000000",
        "133.79T",
        "9007199254740993",
        "2.2250738585072011e-308",
        "2.2250738585072012e-308",
        "4.9e-324",
        "2e-324",
        "1.7976931348623157e308",
        "1.7976931348623159e308",
        "1e309",
        "-1e309",
        "0.1000000000000000055511151231257827021181583404541015625",
        "123456789012345678901234567890",
        "1e-400",
        "inf",
        "-inf",
        "+inf",
        "Inf",
        "INFINITY",
        "infinity",
        "infin",
        "nan",
        "NaN",
        "-nan",
        "NAN",
        "nan(1)",
        "١",
        "１",
        "1\u{0}",
        "\u{2212}1",
    ] {
        same(text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 20_000, ..ProptestConfig::default() })]

    /// Texts in and around the grammar: signs, digits, points and exponents in any order.
    #[test]
    fn texts_of_number_characters(text in "[-+]?[0-9]{0,30}(\\.[0-9]{0,30})?([eE][-+]?[0-9]{0,5})?") {
        same(&text);
    }

    #[test]
    fn any_mix_of_number_characters(text in "[0-9.eE+\\- infaINFAty_,x]{0,24}") {
        same(&text);
    }

    #[test]
    fn any_text(text in any::<String>()) {
        same(&text);
    }

    /// Every float written as the crate writes them (shortest, and in exponent form)
    /// reads back as itself.
    #[test]
    fn written_floats(bits in any::<u64>()) {
        let v = f64::from_bits(bits);
        same(&format!("{v}"));
        same(&format!("{v:e}"));
        same(&format!("{v:.20}"));
    }
}
