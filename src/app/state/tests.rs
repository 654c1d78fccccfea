use super::*;

fn after(actions: impl IntoIterator<Item = Action>) -> Rc<Calculator> {
    actions
        .into_iter()
        .fold(Rc::new(Calculator::default()), Reducible::reduce)
}

#[test]
fn picking_a_miner_fills_its_specs_and_custom_keeps_them() {
    let s = after([Action::PickMiner("avalon-a1246".into())]);
    assert_eq!(
        (s.params.get(Key::Th), s.params.get(Key::W)),
        ("90", "3420")
    );
    let s = after([
        Action::PickMiner("avalon-a1246".into()),
        Action::PickMiner(String::new()),
    ]);
    assert_eq!(
        (s.params.get(Key::Miner), s.params.get(Key::Th)),
        ("", "90")
    );
}

#[test]
fn edits_keep_the_text_and_restore_puts_specs_back() {
    let s = after([Action::Edit(Key::Th, "21O".into())]);
    assert_eq!(s.params.get(Key::Th), "21O");
    let s = after([
        Action::Edit(Key::Th, "210".into()),
        Action::RestoreMinerSpecs,
    ]);
    assert_eq!(s.params.get(Key::Th), "200");
}

#[test]
fn only_deliberate_changes_count() {
    let s = after([
        Action::Edit(Key::N, "3".into()),
        Action::Restore(Params::default()),
    ]);
    assert_eq!(s.deliberate, 0);
    let s = after([
        Action::PickMiner("antminer-s9".into()),
        Action::Edit(Key::N, "3".into()),
    ]);
    assert_eq!(s.deliberate, 1);
    // Picking the machine already picked changes nothing, and counts nothing.
    let s = after([Action::PickMiner("antminer-s21".into())]);
    assert_eq!(s.deliberate, 0);
}

#[test]
fn an_action_that_would_change_a_locked_key_is_refused_whole() {
    let start = Rc::new(Calculator {
        locked: Locks::new(&[Key::Kwh, Key::Th]),
        ..Calculator::default()
    });
    let defaults = Params::default();
    for action in [
        Action::Edit(Key::Kwh, "0.01".into()),
        // Would change th: the machine stays too.
        Action::PickMiner("avalon-a1246".into()),
        // Would convert kwh: the currency stays too.
        Action::PickCurrency(Currency::Eur),
        Action::Open(Params::from_query("kwh=0.09&n=4").0),
        Action::Restore(Params::from_query("kwh=0.08").0),
    ] {
        let s = Reducible::reduce(start.clone(), action.clone());
        assert_eq!(s.params, defaults, "{action:?} was applied");
    }
    // What leaves the locked keys alone goes through.
    let s = Reducible::reduce(start, Action::Open(Params::from_query("n=4").0));
    assert_eq!(s.params.get(Key::N), "4");
}

#[test]
fn long_text_is_bounded_and_network_resets() {
    let s = after([
        Action::Edit(Key::Diff, "9".repeat(500)),
        Action::ResetNetwork,
    ]);
    assert_eq!(s.params, Params::default());
    let s = after([Action::Edit(Key::Kwh, "1".repeat(500))]);
    assert_eq!(s.params.get(Key::Kwh).len(), MAX_VALUE_LEN);
}

#[test]
fn fleet_lines_are_added_edited_picked_and_removed_in_order() {
    let s = after([Action::AddLine, Action::AddLine]);
    assert_eq!(s.params.get(Key::M2), "antminer-s21_200_3500_1_0");
    assert_eq!(s.params.get(Key::M3), "antminer-s21_200_3500_1_0");
    let s = after([
        Action::AddLine,
        Action::AddLine,
        Action::PickLineMiner(Key::M3, "avalon-a1246".into()),
        Action::EditLine(Key::M3, LinePart::N, "10_300".into()),
        Action::RemoveLine(Key::M2),
    ]);
    // The separator typed into a value is dropped; the later line moved up.
    assert_eq!(s.params.get(Key::M2), "avalon-a1246_90_3420_10300_0");
    assert_eq!(s.params.get(Key::M3), "");
    // Editing a line that does not exist changes nothing.
    let s = after([Action::EditLine(Key::M5, LinePart::Th, "1".into())]);
    assert_eq!(s.params, Params::default());
    // Eight lines at most: the eighth add finds no free key.
    let s = after(std::iter::repeat_n(Action::AddLine, 9));
    assert!(Key::LINES.iter().all(|k| !s.params.get(*k).is_empty()));
}

#[test]
fn currency_and_region_convert_and_fill() {
    let s = after([Action::PickCurrency(Currency::Kzt)]);
    assert_eq!(s.params.get(Key::Cur), "KZT");
    assert_eq!(s.params.get(Key::Kwh), "30.9"); // 0.06 USD at 515 KZT per USD
    let s = after([Action::ApplyRegion(Region::Kazakhstan)]);
    assert_eq!(
        [Key::Cur, Key::Kwh, Key::Sur, Key::Co2, Key::Region].map(|k| s.params.get(k)),
        ["KZT", "20", "1*24_*0", "821", "kz"]
    );
    assert_eq!(s.deliberate, 1);
}

#[test]
fn a_round_of_currency_switches_gives_back_the_amounts_as_entered() {
    use Currency::*;
    let cycle = [Kzt, Eur, Rub, Cny, Usd].map(Action::PickCurrency);
    let s = after(
        [
            Action::Edit(Key::Hw, "3499.99".into()),
            Action::AddLine,
            Action::EditLine(Key::M2, LinePart::Hw, "1234.56".into()),
        ]
        .into_iter()
        .chain(cycle.clone()),
    );
    assert_eq!(s.params.get(Key::Hw), "3499.99");
    assert_eq!(s.params.get(Key::Kwh), "0.06");
    assert_eq!(
        fleet::line_part(s.params.get(Key::M2), LinePart::Hw),
        "1234.56"
    );
    // Converting each conversion instead drifts (the old behaviour, by hand): 3499.99 USD
    // is 1.80249e6 KZT at 515 (six digits), 3045.00 EUR at 0.87 from that, and so on.
    let mut drift = Params::default();
    drift.set(Key::Hw, "3499.99");
    for c in [Kzt, Eur, Rub, Cny, Usd] {
        drift.switch_currency(c, &mut Entered::default());
    }
    assert_eq!(drift.get(Key::Hw), "3499.97");
    // An amount typed in another currency is the new amount entered.
    let s = after([
        Action::PickCurrency(Kzt),
        Action::Edit(Key::Hw, "1800000".into()),
        Action::PickCurrency(Eur),
        Action::PickCurrency(Kzt),
    ]);
    assert_eq!(s.params.get(Key::Hw), "1800000");
    // In between, each currency shows the amount entered converted once:
    // 1,800,000 KZT / 515 * 0.87 = 3040.776... EUR, to six digits.
    let s = after([
        Action::PickCurrency(Kzt),
        Action::Edit(Key::Hw, "1800000".into()),
        Action::PickCurrency(Eur),
        Action::PickCurrency(Rub),
        Action::PickCurrency(Eur),
    ]);
    assert_eq!(s.params.get(Key::Hw), "3040.78");
}

#[test]
fn surcharge_bands_edit_as_rows() {
    let s = after([
        Action::ApplyRegion(Region::Kazakhstan),
        Action::EditBand(0, BandPart::From, "15".into()),
        Action::EditBand(1, BandPart::PerKwh, "2*5".into()),
        Action::AddBand,
        Action::RemoveBand(0),
        Action::RemoveBand(7),
    ]);
    assert_eq!(s.params.get(Key::Sur), "25*0_0*16");
    let s = after([Action::ApplyRegion(Region::Kazakhstan), Action::AddBand]);
    assert_eq!(s.params.get(Key::Sur), "1*24_*0_0*25");
    assert_eq!(
        fleet::split_bands("1*24_25"),
        [("1".into(), "24".into()), ("25".into(), String::new())]
    );
    // The preset's unknown band is a row with an empty surcharge, to fill in.
    assert_eq!(
        fleet::split_bands("1*24_*0"),
        [("1".into(), "24".into()), (String::new(), "0".into())]
    );
}
