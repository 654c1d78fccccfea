//! Returns: the NPV at the projection's IRR, and every IRR of plain cash flows.

use hashwatt::engine::economics::Operation;
use hashwatt::engine::projection::{Assumptions, YEAR_SECS};
use hashwatt::engine::units::{Fiat, Percent};

use crate::tolerance::assert_within;
use crate::{flat, run, s21};

#[test]
fn irr_of_a_known_rate() {
    // 10 % a year, and the NPV at the IRR is zero.
    let op = Operation {
        hardware_cost: Fiat::new(3_000.0),
        ..s21(2, 0.03)
    };
    let a = Assumptions {
        resale: Percent::new(20.0),
        ..flat(60)
    };
    let p = run(&op, &a);
    assert_eq!(p.irr.len(), 1, "{:?}", p.irr);
    let irr = p.irr[0];
    let at_irr = run(
        &op,
        &Assumptions {
            discount_rate: Percent::new(irr * 100.0),
            ..a
        },
    );
    assert!(
        at_irr.npv.amount().abs() < 1e-6 * p.hardware.amount(),
        "{}",
        at_irr.npv.amount()
    );
    // A higher discount rate lowers the NPV.
    let at_higher = run(
        &op,
        &Assumptions {
            discount_rate: Percent::new(irr * 100.0 + 5.0),
            ..a
        },
    );
    assert!(at_higher.npv.amount() < 0.0);
}

#[test]
fn irr_function_on_plain_flows() {
    // -1000 now, +1100 in a year: 10 %. -1000 now, +1210 in two years: 10 %.
    let irr = hashwatt_irr(&[(0.0, -1_000.0), (YEAR_SECS, 1_100.0)]);
    assert_eq!(irr.len(), 1);
    assert_within(irr[0], 0.10, 1e-12);
    let irr = hashwatt_irr(&[(0.0, -1_000.0), (2.0 * YEAR_SECS, 1_210.0)]);
    assert_eq!(irr.len(), 1);
    assert_within(irr[0], 0.10, 1e-12);
    assert_eq!(
        hashwatt_irr(&[(0.0, 1_000.0), (YEAR_SECS, 1_100.0)]),
        Vec::<f64>::new(),
        "no sign change"
    );
}

/// Issue 13, item 4: the whole range above -100 % is searched. -1 now and +10,001 in a
/// year: 1 + r = 10,001, r = 10,000 (1,000,000 % a year), beyond the old 10,000 % cap.
/// -1 now and +0.000001 in a year: r = -0.999999, below the old -99 % floor.
#[test]
fn irr_far_above_and_below_the_old_bounds() {
    let irr = hashwatt_irr(&[(0.0, -1.0), (YEAR_SECS, 10_001.0)]);
    assert_eq!(irr.len(), 1);
    assert_within(irr[0], 10_000.0, 1e-12);
    let irr = hashwatt_irr(&[(0.0, -1.0), (YEAR_SECS, 1e-6)]);
    assert_eq!(irr.len(), 1);
    assert_within(irr[0], -0.999_999, 1e-12);
}

/// Flows whose sign changes twice have up to two rates, and three changes up to three;
/// every one is given, lowest first. With y = 1 + r:
/// - -1000, +2300 at 1 y, -1320 at 2 y: -1000 y² + 2300 y - 1320 = 0, so
///   y = (2300 ± √(2300² - 4 x 1000 x 1320)) / 2000 = (2300 ± 100) / 2000: 10 % and 20 %;
/// - -1000, +3800, -4770, +1980 at 0..3 y: -1000 (y - 1.1)(y - 1.2)(y - 1.5)
///   = -1000 y³ + 3800 y² - 4770 y + 1980: 10 %, 20 % and 50 %.
#[test]
fn irr_gives_every_rate_lowest_first() {
    let irr = hashwatt_irr(&[
        (0.0, -1_000.0),
        (YEAR_SECS, 2_300.0),
        (2.0 * YEAR_SECS, -1_320.0),
    ]);
    assert_eq!(irr.len(), 2, "{irr:?}");
    assert_within(irr[0], 0.10, 1e-12);
    assert_within(irr[1], 0.20, 1e-12);
    let irr = hashwatt_irr(&[
        (0.0, -1_000.0),
        (YEAR_SECS, 3_800.0),
        (2.0 * YEAR_SECS, -4_770.0),
        (3.0 * YEAR_SECS, 1_980.0),
    ]);
    assert_eq!(irr.len(), 3, "{irr:?}");
    for (got, want) in irr.iter().zip([0.10, 0.20, 0.50]) {
        assert_within(*got, want, 1e-11);
    }
    // Two sign changes and no rate: -1000, +1000, -1000 (f < 0 for every y > 0).
    assert!(hashwatt_irr(&[
        (0.0, -1_000.0),
        (YEAR_SECS, 1_000.0),
        (2.0 * YEAR_SECS, -1_000.0)
    ])
    .is_empty());
}

fn hashwatt_irr(flows: &[(f64, f64)]) -> Vec<f64> {
    hashwatt::engine::projection::irr(flows)
}
