//! What crosses between the page and an input section mounted by the on-demand module,
//! as text (the two modules share no Rust value):
//!
//! - **to the section**, the scenario as entered ([`encode_state`]): every key's text,
//!   the way a form would send it, and the keys an embed locks. The section reads its
//!   own fields and their errors from it, as the page would;
//! - **to the page**, each action the section takes ([`encode_action`]): a field's new
//!   text, a line or band added or removed, a currency or region picked. The page
//!   decodes it ([`decode_action`]) and dispatches it to its one reducer, as it does its
//!   own fields' actions.
//!
//! The story's figures and then and now are told today's network ([`encode_today`]),
//! which only the page has (live figures, or the shipped snapshot), after the link
//! query of then and now's scenario.
//!
//! All are query strings (`form_urlencoded`), tested to read back as written.

use crate::app::state::{Action, BandPart};
use crate::decimal::parse_f64;
use crate::embed::Locks;
use crate::engine::limits::{check, Input};
use crate::engine::money::Currency;
use crate::engine::snapshot::NetworkSnapshot;
use crate::engine::units::{BtcPrice, Difficulty, Sats};
use crate::scenario::{Key, LinePart, Params, Region};

/// The name under which [`encode_state`] lists the locked keys; not a key's name.
const LOCKED: &str = "~locked";

/// `params` and `locks`, for a section.
pub fn encode_state(params: &Params, locks: &Locks) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    for key in Key::ALL {
        out.append_pair(key.as_str(), params.get(key));
    }
    let locked: Vec<&str> = locks.keys().iter().map(|k| k.as_str()).collect();
    out.append_pair(LOCKED, &locked.join(","));
    out.finish()
}

/// What [`encode_state`] wrote. A key it leaves out keeps its v1 default; unknown names
/// are skipped.
pub fn decode_state(text: &str) -> (Params, Locks) {
    let mut params = Params::default();
    let mut locked = Vec::new();
    for (name, value) in form_urlencoded::parse(text.as_bytes()) {
        if name == LOCKED {
            locked = value.split(',').filter_map(Key::from_name).collect();
        } else if let Some(key) = Key::from_name(&name) {
            params.set(key, value.into_owned());
        }
    }
    (params, Locks::new(&locked))
}

/// `action` as text for the page; `None` for an action no input section takes.
pub fn encode_action(action: &Action) -> Option<String> {
    let mut out = form_urlencoded::Serializer::new(String::new());
    match action {
        Action::Edit(key, text) => out
            .append_pair("a", "edit")
            .append_pair("k", key.as_str())
            .append_pair("t", text),
        Action::EditLine(key, part, text) => out
            .append_pair("a", "line")
            .append_pair("k", key.as_str())
            .append_pair("p", part.key().as_str())
            .append_pair("t", text),
        Action::PickLineMiner(key, id) => out
            .append_pair("a", "line-miner")
            .append_pair("k", key.as_str())
            .append_pair("t", id),
        Action::AddLine => out.append_pair("a", "add-line"),
        Action::RemoveLine(key) => out
            .append_pair("a", "remove-line")
            .append_pair("k", key.as_str()),
        Action::PickCurrency(currency) => out
            .append_pair("a", "currency")
            .append_pair("t", currency.code()),
        Action::ApplyRegion(region) => out.append_pair("a", "region").append_pair("t", region.id()),
        Action::EditBand(row, part, text) => out
            .append_pair("a", "band")
            .append_pair("r", &row.to_string())
            .append_pair("p", band_part_name(*part))
            .append_pair("t", text),
        Action::AddBand => out.append_pair("a", "add-band"),
        Action::RemoveBand(row) => out
            .append_pair("a", "remove-band")
            .append_pair("r", &row.to_string()),
        _ => return None,
    };
    Some(out.finish())
}

/// The action [`encode_action`] wrote; `None` for any other text.
pub fn decode_action(text: &str) -> Option<Action> {
    let (mut a, mut k, mut p, mut r, mut t) = (None, None, None, None, None);
    for (name, value) in form_urlencoded::parse(text.as_bytes()) {
        let slot = match &*name {
            "a" => &mut a,
            "k" => &mut k,
            "p" => &mut p,
            "r" => &mut r,
            "t" => &mut t,
            _ => return None,
        };
        *slot = Some(value.into_owned());
    }
    let key = || k.as_deref().and_then(Key::from_name);
    let line = || key().filter(|key| Key::LINES.contains(key));
    let row = || r.as_deref().and_then(|r| r.parse::<usize>().ok());
    let line_part = || {
        let p = p.as_deref()?;
        LinePart::ALL
            .into_iter()
            .find(|part| part.key().as_str() == p)
    };
    let band_part = || {
        let p = p.as_deref()?;
        [BandPart::PerKwh, BandPart::From]
            .into_iter()
            .find(|part| band_part_name(*part) == p)
    };
    Some(match a.as_deref()? {
        "edit" => Action::Edit(key()?, t?),
        "line" => Action::EditLine(line()?, line_part()?, t?),
        "line-miner" => Action::PickLineMiner(line()?, t?),
        "add-line" => Action::AddLine,
        "remove-line" => Action::RemoveLine(line()?),
        "currency" => Action::PickCurrency(Currency::from_code(t.as_deref()?)?),
        "region" => Action::ApplyRegion(Region::from_id(t.as_deref()?)?),
        "band" => Action::EditBand(row()?, band_part()?, t?),
        "add-band" => Action::AddBand,
        "remove-band" => Action::RemoveBand(row()?),
        _ => return None,
    })
}

/// Today's network, its date (ISO) and where it comes from ("live figures"), under
/// names no scenario key has (they start with `~`), so that it can follow a link query.
pub fn encode_today(network: &NetworkSnapshot, date: &str, source: &str) -> String {
    form_urlencoded::Serializer::new(String::new())
        .append_pair("~diff", &network.difficulty.get().to_string())
        .append_pair("~height", &network.height.to_string())
        .append_pair("~fees", &network.avg_fees_per_block.to_sat().to_string())
        .append_pair("~price", &network.btc_price.amount_per_btc().to_string())
        .append_pair("~date", date)
        .append_pair("~source", source)
        .finish()
}

/// What [`encode_today`] wrote, found among any other pairs of `text`; `None` if a figure
/// is missing or outside what the calculator accepts.
pub fn decode_today(text: &str) -> Option<(NetworkSnapshot, String, String)> {
    let (mut diff, mut height, mut fees, mut price, mut date, mut source) =
        (None, None, None, None, None, None);
    for (name, value) in form_urlencoded::parse(text.as_bytes()) {
        match &*name {
            "~diff" => diff = parse_f64(&value),
            "~height" => height = value.parse::<u64>().ok(),
            "~fees" => fees = value.parse::<u64>().ok(),
            "~price" => price = parse_f64(&value),
            "~date" => date = Some(value.into_owned()),
            "~source" => source = Some(value.into_owned()),
            _ => {}
        }
    }
    let (diff, height, fees, price) = (diff?, height?, fees?, price?);
    check(Input::Difficulty, diff).ok()?;
    check(Input::Height, height as f64).ok()?;
    check(Input::TxFees, fees as f64 / 1e8).ok()?;
    check(Input::BtcPrice, price).ok()?;
    let network = NetworkSnapshot {
        difficulty: Difficulty::new(diff),
        height,
        avg_fees_per_block: Sats::from_sat(fees),
        btc_price: BtcPrice::per_btc(price),
    };
    Some((network, date?, source?))
}

fn band_part_name(part: BandPart) -> &'static str {
    match part {
        BandPart::PerKwh => "per-kwh",
        BandPart::From => "from",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_section_action_reads_back_as_written() {
        let actions = [
            Action::Edit(Key::Pue, "1.2".into()),
            Action::Edit(Key::Peak, "18-22".into()),
            Action::Edit(Key::Months, "".into()),
            Action::Edit(Key::Dgper, "a=b&c=d ü".into()),
            Action::EditLine(Key::LINES[0], LinePart::Th, "200".into()),
            Action::EditLine(Key::LINES[6], LinePart::Hw, "".into()),
            Action::EditLine(Key::LINES[2], LinePart::Miner, "antminer-s21".into()),
            Action::PickLineMiner(Key::LINES[1], "".into()),
            Action::PickLineMiner(Key::LINES[1], "avalon-a1246".into()),
            Action::AddLine,
            Action::RemoveLine(Key::LINES[3]),
            Action::PickCurrency(Currency::Kzt),
            Action::ApplyRegion(Region::ALL[1]),
            Action::EditBand(0, BandPart::PerKwh, "1".into()),
            Action::EditBand(7, BandPart::From, "24,5".into()),
            Action::AddBand,
            Action::RemoveBand(2),
        ];
        for action in actions {
            let text = encode_action(&action).expect("a section action");
            assert_eq!(decode_action(&text), Some(action.clone()), "{text}");
        }
    }

    #[test]
    fn actions_of_the_page_alone_are_not_written_and_stray_text_reads_as_none() {
        assert_eq!(encode_action(&Action::ResetNetwork), None);
        assert_eq!(encode_action(&Action::Open(Params::default())), None);
        for text in [
            "",
            "a=edit",
            "a=edit&k=nope&t=1",
            "a=line&k=kwh&p=th&t=1",
            "a=line&k=m2&p=nope&t=1",
            "a=remove-line&k=n",
            "a=currency&t=XYZ",
            "a=region&t=atlantis",
            "a=band&r=-1&p=from&t=1",
            "a=band&r=1&p=th&t=1",
            "a=launch",
            "a=add-line&x=1",
        ] {
            assert_eq!(decode_action(text), None, "{text}");
        }
    }

    #[test]
    fn todays_network_reads_back_after_a_link_query() {
        let network = crate::engine::snapshot::SHIPPED_SNAPSHOT.network;
        let text = format!(
            "v=1&kwh=0.05&{}",
            encode_today(&network, "2026-03-20", "the snapshot")
        );
        let (read, date, source) = decode_today(&text).expect("today");
        assert_eq!(read, network);
        assert_eq!(
            (date.as_str(), source.as_str()),
            ("2026-03-20", "the snapshot")
        );
        assert_eq!(decode_today("v=1&kwh=0.05"), None);
        let absurd = NetworkSnapshot {
            btc_price: BtcPrice::per_btc(-1.0),
            ..network
        };
        assert_eq!(
            decode_today(&encode_today(&absurd, "2026-03-20", "x")),
            None
        );
        // The scenario's keys read as the link alone would.
        let (params, rejected) = Params::from_query(&text);
        assert_eq!(params, Params::from_query("v=1&kwh=0.05").0);
        assert!(rejected.is_empty(), "{rejected:?}");
    }

    #[test]
    fn the_state_reads_back_with_every_text_and_lock() {
        let mut params = Params::first_visit();
        params.set(Key::Pue, "1,2");
        params.set(Key::Sur, "1*24_2");
        params.set(Key::LINES[0], "antminer-s21_200_3500_10_");
        params.set(Key::Kwh, "");
        let locks = Locks::new(&[Key::Kwh, Key::Cur]);
        let (read, read_locks) = decode_state(&encode_state(&params, &locks));
        assert_eq!(read, params);
        assert_eq!(read_locks, locks);
        let (_, none) = decode_state(&encode_state(&params, &Locks::default()));
        assert_eq!(none, Locks::default());
    }
}
