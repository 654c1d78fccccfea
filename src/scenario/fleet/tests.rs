use super::*;

#[test]
fn lines_split_join_and_edit() {
    let text = "avalon-a1246_90_3420_10300_0";
    assert_eq!(
        split_line(text),
        Some(["avalon-a1246", "90", "3420", "10300", "0"])
    );
    assert_eq!(
        with_part(text, LinePart::N, "5_0"),
        "avalon-a1246_90_3420_50_0"
    );
    assert_eq!(split_line("a_b"), None);
    let parsed = parse_line(Key::M2, text, Scale::default()).unwrap();
    assert_eq!(parsed.line.units, 10_300);
    let errors = parse_line(Key::M3, "nope_x_3420_0_0", Scale::default()).unwrap_err();
    let parts: Vec<_> = errors.iter().map(|e| e.part).collect();
    assert_eq!(
        parts,
        [Some(LinePart::Miner), Some(LinePart::Th), Some(LinePart::N)]
    );
}

#[test]
fn bands_read_and_write() {
    let s = Scale::default();
    let tiers = parse_bands("1*0.05_2", s).unwrap();
    assert_eq!(tiers.len(), 2);
    assert_eq!(write_bands(&tiers, |x| x.to_string()), "1*0.05_2");
    assert!(parse_bands("1*0.05_2*0.05", s).is_err());
    assert!(parse_bands("x", s).is_err());
    assert!(parse_bands("11", s).is_err(), "over 10 USD/kWh");
    assert_eq!(parse_bands("", s).unwrap(), []);
}

#[test]
fn a_band_without_a_surcharge_is_unknown_and_named_by_its_prices() {
    let kzt = Scale {
        currency: crate::engine::money::Currency::Kzt,
        per_usd: 515.0,
    };
    let unknown = |text| parse_bands(text, kzt).map_err(|e| e.problem);
    // The Kazakh grid preset: 1 from 24 is published; below 24 it is not.
    assert_eq!(
        unknown("1*24_*0"),
        Err(Problem::SurchargeUnknown {
            from: 0.0,
            to: Some(24.0)
        })
    );
    // The band's range runs to the next band up, whatever the order written; the
    // top band's has no end. A band without a from-price is from 0, as elsewhere.
    assert_eq!(
        unknown("25*0_1*24_*10"),
        Err(Problem::SurchargeUnknown {
            from: 10.0,
            to: Some(24.0)
        })
    );
    assert_eq!(
        unknown("25_*24"),
        Err(Problem::SurchargeUnknown {
            from: 24.0,
            to: None
        })
    );
    assert_eq!(
        unknown("1*24_"),
        Err(Problem::SurchargeUnknown {
            from: 0.0,
            to: Some(24.0)
        })
    );
    // A table typed in full is taken as written.
    assert_eq!(parse_bands("1*24_25", kzt).unwrap().len(), 2);
    // A malformed surcharge is still a format error, not an unknown band.
    assert_eq!(unknown("x*24_1"), Err(Problem::SurchargeFormat));
}

#[test]
fn peak_windows_wrap_past_midnight() {
    assert_eq!(parse_peak_hours("18-22").unwrap(), (18, 4));
    assert_eq!(parse_peak_hours("22-6").unwrap(), (22, 8));
    assert!(parse_peak_hours("5-5").is_err());
    assert!(parse_peak_hours("18-25").is_err());
    assert!(parse_peak_hours("18").is_err());
    assert_eq!(parse_peak_hours("0-24").unwrap(), (0, 24));
    assert_eq!(parse_peak_hours("24-6").unwrap(), (0, 6));
    for window in ["18-22", "22-6", "0-24", "23-0"] {
        assert_eq!(write_peak_hours(parse_peak_hours(window).unwrap()), window);
    }
}
