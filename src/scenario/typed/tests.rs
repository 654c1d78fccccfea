use super::*;
use Currency::*;

#[track_caller]
fn case(key: Key, currency: Currency, text: &str, want: Result<&str, Misread>) {
    assert_eq!(
        read(key, text, currency),
        want.map(str::to_owned),
        "{key:?} in {currency:?}: {text:?}"
    );
}

#[track_caller]
fn refused(key: Key, currency: Currency, text: &str, mark: &'static str) {
    let field = field_currency(key, currency);
    case(key, currency, text, Err(Misread::Currency { mark, field }));
}

#[test]
fn the_issues_examples() {
    case(Key::N, Usd, "10,000", Ok("10000"));
    case(Key::Price, Usd, "62,630", Ok("62630"));
    case(Key::Kwh, Usd, "$0.05", Ok("0.05"));
    case(Key::Kwh, Usd, "0,05", Ok("0.05"));
    case(Key::Diff, Usd, "133.79T", Ok("133790000000000"));
    case(Key::Kwh, Usd, "5¢", Ok("0.05"));
    case(Key::Th, Usd, "1.2P", Ok("1200"));
    case(Key::Th, Usd, "0.5E", Ok("500000"));
}

#[test]
fn commas_group_thousands_before_three_digits_else_mark_decimals() {
    case(Key::N, Usd, "1,234,567", Ok("1234567"));
    case(Key::Kwh, Usd, "1,23", Ok("1.23"));
    case(Key::Kwh, Usd, "12,3456", Ok("12.3456"));
    case(Key::Kwh, Usd, "0,050", Ok("0.05"));
    case(Key::Kwh, Usd, ",5", Ok("0.5"));
    case(Key::Hw, Usd, "3,499.99", Ok("3499.99"));
    case(Key::Hw, Usd, "10 000", Ok("10000"));
    case(Key::Hw, Usd, "10\u{a0}000,5", Ok("10000.5"));
    case(Key::Hw, Usd, "1\u{202f}234\u{202f}567", Ok("1234567"));
    // Neither: refused, with the separators named.
    case(Key::Hw, Usd, "1,234,5", Err(Misread::Separators));
    case(Key::Hw, Usd, "1.234,5", Err(Misread::Separators));
    case(Key::Hw, Usd, "12,34,567", Err(Misread::Separators));
    case(Key::Hw, Usd, "1234,567", Err(Misread::Separators));
    case(Key::Hw, Usd, "0,123,456", Err(Misread::Separators));
    case(Key::Hw, Usd, "1 5", Err(Misread::Separators));
    case(Key::Hw, Usd, "5,", Err(Misread::Separators));
    case(Key::Hw, Usd, "1.2.3", Err(Misread::NotANumber));
}

#[test]
fn the_link_format_passes_unchanged_and_empty_stays_empty() {
    for text in ["0.05", "1e-9", "1.3379e14", "+0.05", "-5", "007", "0.050"] {
        case(Key::Kwh, Usd, text, Ok(text));
    }
    case(Key::Kwh, Usd, "  0.05 ", Ok("0.05"));
    case(Key::Kwh, Usd, "", Ok(""));
    case(Key::Cap, Usd, "   ", Ok(""));
    // Not numbers: passed as typed, for their own parsers.
    case(Key::Date, Usd, "2026-03-20", Ok("2026-03-20"));
    case(Key::Peakh, Usd, "18-22 ", Ok("18-22 "));
}

#[test]
fn a_minus_sign_is_a_minus_and_the_range_decides() {
    case(Key::Dg, Usd, "\u{2212}5", Ok("-5"));
    case(Key::Pg, Usd, "\u{2212}12,5 %", Ok("-12.5"));
    case(Key::Dh, Usd, "- 5%", Ok("-5"));
    case(Key::Hw, Usd, "-$1,000", Ok("-1000"));
    case(Key::Hw, Usd, "$-1,000", Ok("-1000"));
    case(Key::Dg, Usd, "-0,0", Ok("0"));
    case(Key::Dg, Usd, "--5", Err(Misread::NotANumber));
}

#[test]
fn junk_is_not_a_number() {
    for text in [
        "abc",
        "inf",
        "NaN",
        "5x",
        "T",
        "$",
        "¢",
        "1e5T",
        "0x10",
        "5 5 5,5.5",
    ] {
        let got = read(Key::Diff, text, Usd);
        assert!(got.is_err(), "{text:?} read as {got:?}");
    }
    case(Key::Kwh, Usd, "5T", Err(Misread::NotANumber));
    case(Key::N, Usd, "5%", Err(Misread::NotANumber));
    case(Key::Kwh, Usd, "$5%", Err(Misread::NotANumber));
    case(Key::Kwh, Usd, "$5¢", Err(Misread::NotANumber));
    // A mark beside no number is no mark.
    case(Key::Pool, Usd, "abc", Err(Misread::NotANumber));
    case(Key::Kwh, Kzt, "$abc", Err(Misread::NotANumber));
}

#[test]
fn prefixes_only_where_the_row_gives_them() {
    case(Key::Diff, Usd, "133.79 T", Ok("133790000000000"));
    case(Key::Diff, Usd, "133,79t", Ok("133790000000000"));
    case(Key::Diff, Usd, "0.1P", Ok("100000000000000"));
    case(Key::Diff, Usd, "1E", Ok("1000000000000000000"));
    case(Key::Th, Usd, "200 TH/s", Ok("200"));
    case(Key::Th, Usd, "1.2 ph/s", Ok("1200"));
    case(Key::Th, Usd, "1.2PH", Ok("1200"));
    case(Key::Diff, Usd, "133.79TH/s", Err(Misread::NotANumber));
    case(Key::W, Usd, "3.5T", Err(Misread::NotANumber));
    case(Key::Price, Usd, "62.6T", Err(Misread::NotANumber));
}

#[test]
fn currency_marks_must_be_the_fields_currency() {
    case(Key::Kwh, Usd, "$ 0.05", Ok("0.05"));
    case(Key::Kwh, Usd, "0.05$", Ok("0.05"));
    case(Key::Kwh, Usd, "US$0.05", Ok("0.05"));
    case(Key::Kwh, Usd, "0.05 usd", Ok("0.05"));
    case(Key::Kwh, Eur, "€0,05", Ok("0.05"));
    case(Key::Kwh, Eur, "5 ¢", Ok("0.05"));
    case(Key::Kwh, Usd, "5c", Ok("0.05"));
    case(Key::Kwh, Usd, "0.5¢", Ok("0.005"));
    case(Key::Kwh, Kzt, "₸20", Ok("20"));
    case(Key::Kwh, Kzt, "20 KZT", Ok("20"));
    case(Key::Hw, Rub, "1 500 000 ₽", Ok("1500000"));
    case(Key::Hw, Cny, "¥25,000", Ok("25000"));
    // The BTC price is always in dollars, whatever `cur` is.
    case(Key::Price, Kzt, "$62,630", Ok("62630"));
    refused(Key::Price, Usd, "€62,630", "€");
    // Another currency's mark: refused, never converted.
    refused(Key::Kwh, Kzt, "$0.05", "$");
    refused(Key::Kwh, Kzt, "5¢", "¢");
    refused(Key::Kwh, Kzt, "5c", "¢");
    refused(Key::Kwh, Usd, "€0.05", "€");
    refused(Key::Kwh, Usd, "0.05 EUR", "EUR");
    refused(Key::Kwh, Eur, "₸20", "₸");
    refused(Key::Kwh, Usd, "₽20", "₽");
    refused(Key::Kwh, Usd, "¥20", "¥");
    refused(Key::Kwh, Usd, "£0.05", "£");
    refused(Key::Kwh, Cny, "5¢", "¢");
    refused(Key::Kwh, Rub, "5¢", "¢");
    // No currency at all: not money.
    refused(Key::N, Usd, "$10", "$");
    refused(Key::Pool, Usd, "2¢", "¢");
    // The surcharge bands are in `scur`.
    case(Key::Sur, Kzt, "₸1,5", Ok("1.5"));
    refused(Key::Sur, Kzt, "$1", "$");
}

#[test]
fn what_is_read_fits_a_value() {
    let tiny = format!("0.{}1¢", "0".repeat(60));
    case(Key::Kwh, Usd, &tiny, Ok("1e-63"));
    let huge = format!("{}E", "9".repeat(50));
    let read = read(Key::Diff, &huge, Usd).expect("a number");
    assert!(read.len() < super::super::key::MAX_VALUE_LEN, "{read}");
    assert_eq!(read.parse::<f64>().ok(), Some(1e68));
}

// proptest is a native dev-dependency only.
#[cfg(not(target_arch = "wasm32"))]
proptest::proptest! {
    /// Any amount written as people write it reads as its plain text: thousands
    /// grouped by commas or spaces, a decimal point or (but for three decimals, which
    /// read as thousands) a decimal comma, the field's currency sign.
    #[test]
    fn written_amounts_read_as_their_plain_text(
        int in 0u64..10_000_000_000_000,
        frac in proptest::option::of("[0-9]{1,6}"),
        space in proptest::bool::ANY,
        comma in proptest::bool::ANY,
    ) {
        let frac = frac.map(|f| f.trim_end_matches('0').to_owned()).filter(|f| !f.is_empty());
        let plain = match &frac {
            Some(f) => format!("{int}.{f}"),
            None => int.to_string(),
        };
        let mut written = grouped(&int.to_string());
        if space {
            written = written.replace(',', " ");
        }
        let comma = comma && (space || int < 1000) && frac.as_ref().is_some_and(|f| f.len() != 3);
        if let Some(f) = &frac {
            written = format!("{written}{}{f}", if comma { ',' } else { '.' });
        }
        proptest::prop_assert_eq!(read(Key::Hw, &format!("${written}"), Usd), Ok(plain.clone()));
        proptest::prop_assert_eq!(read(Key::Hw, &written, Usd), Ok(plain));
    }
}

#[test]
fn grouped_reads_back_with_thousands() {
    assert_eq!(grouped("133790000000000"), "133,790,000,000,000");
    assert_eq!(grouped("10000"), "10,000");
    assert_eq!(grouped("-1234.5678"), "-1,234.5678");
    assert_eq!(grouped("0.05"), "0.05");
    assert_eq!(grouped("1e-63"), "1e-63");
    assert_eq!(grouped("999"), "999");
}
