use super::*;

/// The keys named, in order.
fn keys(rejected: &[Rejected]) -> Vec<&str> {
    rejected.iter().map(|r| r.key.as_str()).collect()
}

#[test]
fn a_repeated_key_counts_by_its_last_occurrence_in_value_and_notice() {
    let default = Params::default().get(Key::Kwh).to_owned();
    let long = "1".repeat(500);
    let (p, r) = Params::from_query(&format!("kwh=0.05&kwh={long}"));
    assert_eq!((p.get(Key::Kwh), keys(&r)), (default.as_str(), vec!["kwh"]));
    let (p, r) = Params::from_query(&format!("kwh={long}&kwh=0.05"));
    assert_eq!((p.get(Key::Kwh), keys(&r)), ("0.05", vec![]));
    let (p, r) = Params::from_query("kwh=0.05&kwh=abc");
    assert_eq!((p.get(Key::Kwh), keys(&r)), (default.as_str(), vec!["kwh"]));
    let (p, r) = Params::from_query("kwh=abc&kwh=0.05");
    assert_eq!((p.get(Key::Kwh), keys(&r)), ("0.05", vec![]));
    assert_eq!(keys(&Params::from_query("v=1&v=2").1), ["v"]);
    assert!(Params::from_query("v=2&v=1").1.is_empty());
    let (p, r) = Params::from_query("miner=nope&miner=antminer-s9");
    assert_eq!((p.get(Key::Miner), keys(&r)), ("antminer-s9", vec![]));
    // The same in a message, over the current scenario.
    let current = Params::from_query("kwh=0.04").0;
    let (p, r) = current.with_query(&format!("kwh=0.05&kwh={long}"), &[]);
    assert_eq!((p.get(Key::Kwh), keys(&r)), ("0.04", vec!["kwh"]));
}

#[test]
fn a_machine_id_with_spaces_around_it_reads_the_same_in_miner_and_in_a_line() {
    use crate::scenario::fleet::line_part;
    use crate::scenario::LinePart;
    let (p, r) = Params::from_query("miner=+antminer-s9+&m2=antminer-s21+_200_3500_2_0");
    assert!(r.is_empty(), "{r:?}");
    assert_eq!(p.get(Key::Miner), "antminer-s9");
    // The stored id is the catalog's, so the line's picker shows it.
    assert_eq!(line_part(p.get(Key::M2), LinePart::Miner), "antminer-s21");
    assert_eq!(p.get(Key::M2), "antminer-s21_200_3500_2_0");
    // Spaces inside an id are no id, in both.
    let (_, r) = Params::from_query("miner=antminer+s9&m2=antminer+s21_200_3500_2_0");
    assert_eq!(keys(&r), ["miner", "m2"]);
    let (p, r) = Params::default().with_query("m3=+avalon-a1246+_90_3420_1_0", &[]);
    assert!(r.is_empty(), "{r:?}");
    assert_eq!(p.get(Key::M3), "avalon-a1246_90_3420_1_0");
}
