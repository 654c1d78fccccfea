//! Halvings: their height and date at the assumed block time, the subsidy across two of
//! them, and the difficulty change at the first retarget after one.

use hashwatt::engine::economics::Operation;
use hashwatt::engine::projection::{project, Assumptions};
use hashwatt::engine::snapshot::{NetworkSnapshot, SHIPPED_SNAPSHOT};
use hashwatt::engine::units::{BtcPrice, Difficulty, Percent, Sats};

use crate::tolerance::assert_within;
use crate::{day, flat, run, s21};

/// Ten years from height 941,472 cross the halvings at 1,050,000 and 1,260,000.
#[test]
fn a_horizon_across_two_halvings() {
    let op = Operation {
        pool_fee: Percent::new(0.0),
        ..s21(1, 0.05)
    };
    let net = NetworkSnapshot {
        avg_fees_per_block: Sats::ZERO,
        ..SHIPPED_SNAPSHOT.network
    };
    let p = project(&op, &net, &flat(120)).unwrap();
    let rate = 200e12 / (133.79e12 * 4_294_967_296.0); // blocks per second
    let to_first = (1_050_000.0 - 941_472.0) * 600.0;
    let era = 210_000.0 * 600.0;
    let horizon = 3_653.0 * 86_400.0; // 2026-03-20 to 2036-03-20
    assert_eq!(p.end, day("2036-03-20"));
    let expected = rate * (to_first * 3.125 + era * 1.5625 + (horizon - to_first - era) * 0.781_25);
    assert_within(p.total_btc.btc(), expected, 1e-12);
    // docs/domain.md §1: at 600 s a block the next halving falls near 2028-04-11.
    assert_eq!(p.halving.date, day("2028-04-11"));
    assert_eq!(p.halving.height, 1_050_000);
    assert_eq!(
        (
            p.halving.subsidy_before.to_sat(),
            p.halving.subsidy_after.to_sat()
        ),
        (312_500_000, 156_250_000)
    );
}

#[test]
fn faster_blocks_bring_the_halving_earlier() {
    let a = Assumptions {
        block_time_secs: 540.0,
        ..flat(36)
    };
    let p = run(&s21(1, 0.05), &a);
    // 108,528 blocks at 540 s = 678.3 days after 2026-03-20.
    assert_eq!(p.halving.date, day("2026-03-20").plus_days(678));
}

#[test]
fn halving_change_applies_once_after_the_halving() {
    let op = s21(1, 0.05);
    let drop = Assumptions {
        halving_difficulty_change: Percent::new(-20.0),
        ..flat(36)
    };
    let p = run(&op, &drop);
    let q = run(&op, &flat(36));
    // Before the halving (April 2028) the two agree; after, lower difficulty pays more.
    assert_within(p.months[20].btc.btc(), q.months[20].btc.btc(), 1e-12);
    assert_within(p.months[30].btc.btc(), q.months[30].btc.btc() / 0.8, 1e-12);
}

/// Issue 13, item 3: block 1,260,000 is both a retarget (625 x 2016) and the 2032
/// halving. That retarget measures blocks 1,257,984 to 1,259,999, all before the halving,
/// so `dh` waits for the next one, at 1,262,016.
///
/// From height 1,257,984 (a retarget) at difficulty D = 1e14, no fees, no growth, 600 s
/// blocks, dh = -20 %, one month from 2026-03-20 (31 days = 4,464 blocks):
/// - blocks 1,257,984..1,259,999 (2,016): subsidy 1.5625 (50 >> 5) at D;
/// - blocks 1,260,000..1,262,015 (2,016): subsidy 0.78125 (50 >> 6), still at D;
/// - blocks 1,262,016..1,262,447 (432): subsidy 0.78125 at 0.8 D.
///
/// BTC = H x 0.98 / (D x 2^32) x 600 x (2016 x 1.5625 + 2016 x 0.78125 + 432 x 0.78125 / 0.8)
/// (a block every 600 s; the pool keeps 2 %). Applied one retarget early, the middle
/// term would be 2016 x 0.78125 / 0.8.
#[test]
fn halving_change_waits_for_the_retarget_after_a_halving_on_a_retarget() {
    let net = NetworkSnapshot {
        difficulty: Difficulty::new(1e14),
        height: 1_257_984,
        avg_fees_per_block: Sats::ZERO,
        btc_price: BtcPrice::per_btc(100_000.0),
    };
    assert_eq!(1_260_000 % 2016, 0);
    let a = Assumptions {
        halving_difficulty_change: Percent::new(-20.0),
        ..flat(1)
    };
    let p = project(&s21(1, 0.05), &net, &a).unwrap();
    let per_block = 200e12 * 0.98 * 600.0 / (1e14 * 4_294_967_296.0);
    let want = per_block * (2016.0 * 1.5625 + 2016.0 * 0.78125 + 432.0 * 0.78125 / 0.8);
    assert_within(p.total_btc.btc(), want, 1e-12);
}
