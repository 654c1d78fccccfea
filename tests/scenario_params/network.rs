//! Network figures: live figures put into the keys the user has not edited, and then and
//! now compared at the link's exchange rates.

use hashwatt::engine::snapshot::SHIPPED_SNAPSHOT;
use hashwatt::scenario::{Key, Params};

use crate::scenario;

/// The fixtures' live network (tests/fixtures/mempool): 150 T, next block 978,422,
/// 2,400,000 sat of fees a block, $91,234, read on 2026-12-01.
fn live_network() -> hashwatt::engine::snapshot::NetworkSnapshot {
    use hashwatt::engine::units::{BtcPrice, Difficulty, Sats};
    hashwatt::engine::snapshot::NetworkSnapshot {
        difficulty: Difficulty::new(150e12),
        height: 978_422,
        avg_fees_per_block: Sats::from_sat(2_400_000),
        btc_price: BtcPrice::per_btc(91_234.0),
    }
}

#[test]
fn live_figures_fill_the_unedited_network_keys_and_the_start_follows_the_date() {
    let net = live_network();
    let texts = |p: &Params| {
        [
            Key::Price,
            Key::Diff,
            Key::Height,
            Key::Txfee,
            Key::Date,
            Key::Start,
        ]
        .map(|k| p.get(k).to_owned())
    };
    let mut fresh = Params::default();
    fresh.use_network(&net, "2026-12-01", true, None);
    assert_eq!(
        texts(&fresh),
        [
            "91234",
            "150000000000000",
            "978422",
            "0.024",
            "2026-12-01",
            "2026-12-01"
        ]
    );
    assert!(fresh.on_network(&net, "2026-12-01"));
    assert!(!fresh.on_shipped_snapshot());

    // A typed price is kept; the other figures arrive.
    let mut typed = Params::default();
    typed.set(Key::Price, "70000");
    typed.set(Key::Start, "2027-01-01");
    typed.use_network(&net, "2026-12-01", true, None);
    assert_eq!(
        texts(&typed),
        [
            "70000",
            "150000000000000",
            "978422",
            "0.024",
            "2026-12-01",
            "2027-01-01"
        ]
    );
    // Asked for (not on arrival), every network key takes today's figure.
    typed.use_network(&net, "2026-12-01", false, None);
    assert_eq!(typed.get(Key::Price), "91234");

    // A refresh replaces the previous live figures, never a typed one.
    let mut refreshed = fresh.clone();
    refreshed.set(Key::Txfee, "0.05");
    let newer = hashwatt::engine::snapshot::NetworkSnapshot {
        height: 978_430,
        ..net
    };
    refreshed.use_network(&newer, "2026-12-02", true, Some((&net, "2026-12-01")));
    assert_eq!(
        texts(&refreshed),
        [
            "91234",
            "150000000000000",
            "978430",
            "0.05",
            "2026-12-02",
            "2026-12-02"
        ]
    );
}

/// Issue 13, item 8: then and now convert at the link's exchange rates on both sides;
/// only the network changes. One Avalon A1246 (90 TH/s) in tenge at 431.8 KZT per USD,
/// on the shipped snapshot (133.79 T, 3.125 + 0.02 BTC a block, $62,630):
/// - BTC price: 62,630 x 431.8 = 27,043,634 KZT (not x 515, the shipped rate);
/// - revenue a day: 90e12 x 86,400 / (133.79e12 x 2^32) x 3.145 x 0.98 x 27,043,634 KZT.
#[test]
fn then_and_now_converts_at_the_links_rates() {
    let (s, rejected) = scenario(
        "v=1&miner=avalon-a1246&cur=KZT&fxkzt=431.8&kwh=20&price=46306.45&diff=24272331996979.97&height=716599&txfee=0.05&date=2021-12-31&cmp=1",
    );
    assert!(rejected.is_empty());
    let now = s.on_network(SHIPPED_SNAPSHOT.network).economics().unwrap();
    let price = 62_630.0 * 431.8;
    assert!((now.btc_price.amount_per_btc() / price - 1.0).abs() < 1e-12);
    let revenue = 90e12 * 86_400.0 / (133.79e12 * 4_294_967_296.0) * 3.145 * 0.98 * price;
    assert!((now.fleet.revenue.amount() / revenue - 1.0).abs() < 1e-12);
    assert_eq!(
        s.rates_in_use(),
        [(hashwatt::engine::money::Currency::Kzt, 431.8)]
    );

    // On the snapshot's own figures, then and now are the same whatever the rate.
    let (s, _) = scenario("v=1&th=150&w=3000&cur=CNY&fxcny=7.1&kwh=0.3&cmp=1");
    let now = s.on_network(SHIPPED_SNAPSHOT.network).economics().unwrap();
    assert_eq!(now, s.economics().unwrap());
}
