//! Random inputs for the native property tests, each inside the range the engine
//! accepts (`engine::limits`), spread over every order of magnitude.
#![allow(dead_code)] // Each test file uses its own part of this.

use hashwatt::catalog::MINERS;
use hashwatt::engine::date::Date;
use hashwatt::engine::economics::{Line, Machine, Operation, PayoutScheme};
use hashwatt::engine::money::{Currency, FxRates, SHIPPED_RATES};
use hashwatt::engine::projection::{Assumptions, GrowthPeriod};
use hashwatt::engine::site::{Site, Surcharge, SurchargeTier, TimeOfUse};
use hashwatt::engine::snapshot::NetworkSnapshot;
use hashwatt::engine::units::{
    BtcPrice, Difficulty, EnergyPrice, Fiat, Hashrate, Percent, Power, Sats,
};
use hashwatt::scenario::{Key, ParsedLine, Region, Scenario};
use proptest::prelude::*;

/// Log-uniform over `[lo, hi]`: wide ranges get every order of magnitude, not just the top.
pub fn log_range(lo: f64, hi: f64) -> impl Strategy<Value = f64> {
    (lo.ln()..=hi.ln())
        .prop_map(f64::exp)
        .prop_map(move |x| x.clamp(lo, hi))
}

pub fn operation() -> impl Strategy<Value = Operation> {
    (
        (
            log_range(1e-6, 1e6),
            log_range(1e-3, 1e7),
            1u32..=10_000_000,
            0.0..=10.0f64,
        ),
        (
            0.0..=99.0f64,
            log_range(1e-3, 100.0),
            0.0..=10_000_000.0f64,
            any::<bool>(),
        ),
    )
        .prop_map(|((th, w, units, kwh), (pool, up, hw, pps))| Operation {
            machine: Machine {
                hashrate: Hashrate::from_th_per_s(th),
                power: Power::from_watts(w),
            },
            units,
            power_price: EnergyPrice::per_kwh(kwh),
            pool_fee: Percent::new(pool),
            payout: if pps {
                PayoutScheme::Pps
            } else {
                PayoutScheme::Fpps
            },
            uptime: Percent::new(up),
            hardware_cost: Fiat::new(hw),
        })
}

pub fn network() -> impl Strategy<Value = NetworkSnapshot> {
    (
        log_range(1.0, 1e18),
        0u64..=20_000_000,
        0u64..=10_000_000_000,
        log_range(1e-6, 1e9),
    )
        .prop_map(|(d, height, fee_sat, price)| NetworkSnapshot {
            difficulty: Difficulty::new(d),
            height,
            avg_fees_per_block: Sats::from_sat(fee_sat),
            btc_price: BtcPrice::per_btc(price),
        })
}

/// Any projection the page accepts: a date from the genesis block on, machines
/// starting up to eleven years later but before the horizon's end, every growth rate
/// in range.
pub fn assumptions() -> impl Strategy<Value = Assumptions> {
    let first = Date::parse_iso("2009-01-03").expect("a valid date");
    let last = Date::parse_iso("2100-12-31").expect("a valid date");
    (
        (0i64..33_000, 0i64..4_000, 1u32..=120, any::<bool>()),
        (
            -90.0..=1_000.0f64,
            -90.0..=300.0f64,
            -90.0..=1_000.0f64,
            -90.0..=1_000.0f64,
        ),
        (
            60.0..=3_600.0f64,
            0.0..=100.0f64,
            any::<bool>(),
            -50.0..=100.0f64,
        ),
    )
        .prop_map(
            move |((date, late, months, per_epoch), (dg, dh, pg, fg), (bt, resale, off, disc))| {
                let start = first.plus_days(date);
                Assumptions {
                    start,
                    months,
                    difficulty_growth: Percent::new(if per_epoch {
                        dg.clamp(-50.0, 100.0)
                    } else {
                        dg
                    }),
                    difficulty_growth_period: if per_epoch {
                        GrowthPeriod::Epoch
                    } else {
                        GrowthPeriod::Year
                    },
                    halving_difficulty_change: Percent::new(dh),
                    price_growth: Percent::new(pg),
                    fee_growth: Percent::new(fg),
                    block_time_secs: bt,
                    machines_start: start
                        .plus_days(late)
                        .min(last)
                        .min(start.plus_months(months).plus_days(-1)),
                    resale: Percent::new(resale),
                    switch_off_when_losing: off,
                    discount_rate: Percent::new(disc),
                }
            },
        )
}

/// Fleet lines 2 to 8 (up to three of them, on any of the seven keys).
fn lines() -> impl Strategy<Value = Vec<ParsedLine>> {
    proptest::collection::vec(
        (
            proptest::option::of(0..MINERS.len()),
            log_range(1e-6, 1e6),
            log_range(1e-3, 1e7),
            1u32..=10_000_000,
            0.0..=10_000_000.0f64,
        ),
        0..=3,
    )
    .prop_flat_map(|lines| {
        let n = lines.len();
        (
            Just(lines),
            proptest::sample::subsequence(Key::LINES.to_vec(), n),
        )
    })
    .prop_map(|(lines, keys)| {
        lines
            .into_iter()
            .zip(keys)
            .map(|((miner, th, w, units, hw), key)| ParsedLine {
                key,
                miner: miner.map(|i| &MINERS[i]),
                line: Line {
                    machine: Machine {
                        hashrate: Hashrate::from_th_per_s(th),
                        power: Power::from_watts(w),
                    },
                    units,
                    hardware_cost: Fiat::new(hw),
                },
            })
            .collect()
    })
}

/// Surcharge bands with different from-prices, in dollar ranges (valid in any currency
/// of a rate of at least 1).
fn bands() -> impl Strategy<Value = Vec<SurchargeTier>> {
    proptest::collection::vec((0.0..=10.0f64, 0.0..=10.0f64), 0..=4).prop_map(|raw| {
        let mut tiers: Vec<SurchargeTier> = Vec::new();
        for (per_kwh, from_price) in raw {
            if tiers.iter().all(|t| t.from_price != from_price) {
                tiers.push(SurchargeTier {
                    from_price,
                    per_kwh,
                });
            }
        }
        tiers.sort_by(|a, b| b.from_price.total_cmp(&a.from_price));
        tiers
    })
}

/// Site, region, currency and rates. Rates are at least 1 per dollar, so that every
/// amount drawn in dollar ranges stays valid in any currency.
fn site_terms() -> impl Strategy<Value = (Site, (u32, u32), bool, Region, Currency, FxRates, bool)>
{
    (
        (
            proptest::option::of(log_range(1e-3, 1e5)),
            1.0..=3.0f64,
            0.0..=10.0f64,
            0.0..=1_000_000.0f64,
            0.0..=24.0f64,
            0.0..=100_000.0f64,
        ),
        (
            proptest::option::of(0.0..=10.0f64),
            0u32..24,
            1u32..24,
            any::<bool>(),
            proptest::option::of(0.0..=2_000.0f64),
            bands(),
            0..Currency::ALL.len(),
        ),
        (
            0..Region::ALL.len(),
            0..Currency::ALL.len(),
            [
                log_range(1.0, 1e6),
                log_range(1.0, 1e6),
                log_range(1.0, 1e6),
                log_range(1.0, 1e6),
            ],
            any::<bool>(),
        ),
    )
        .prop_map(
            |(
                (cap, pue, hkwh, hfee, curt, curtc),
                (peak, start, length, off, co2, tiers, scur),
                (region, cur, [kzt, eur, cny, rub], compare),
            )| {
                let site = Site {
                    capacity_mw: cap,
                    pue,
                    hosting_per_kwh: EnergyPrice::per_kwh(hkwh),
                    hosting_fee_per_month: Fiat::new(hfee),
                    curtailed_hours: curt,
                    curtailment_credit_per_mwh: Fiat::new(curtc),
                    time_of_use: peak.map(|p| TimeOfUse {
                        peak_price: EnergyPrice::per_kwh(p),
                        hours: f64::from(length),
                        switch_off: off,
                    }),
                    carbon_g_per_kwh: co2,
                    surcharge: Surcharge {
                        currency: Currency::ALL[scur],
                        tiers,
                    },
                };
                (
                    site,
                    (start, length),
                    off,
                    Region::ALL[region],
                    Currency::ALL[cur],
                    FxRates::new(kzt, eur, cny, rub),
                    compare,
                )
            },
        )
}

/// Any valid scenario: a catalog machine or a custom one, and everything above.
pub fn scenario() -> impl Strategy<Value = Scenario> {
    (
        proptest::option::of(0..MINERS.len()),
        operation(),
        network(),
        assumptions(),
        lines(),
        site_terms(),
    )
        .prop_map(
            |(
                miner,
                operation,
                network,
                projection,
                lines,
                (site, peak_window, peak_off, region, currency, rates, compare),
            )| Scenario {
                miner: miner.map(|i| &MINERS[i]),
                operation,
                lines,
                site,
                peak_window,
                peak_off,
                region,
                currency,
                rates,
                compare,
                network,
                projection,
            },
        )
}

/// A scenario of one model on a plain site, in dollars: what links of the first
/// version of the format describe.
pub fn plain_scenario() -> impl Strategy<Value = Scenario> {
    (
        proptest::option::of(0..MINERS.len()),
        operation(),
        network(),
        assumptions(),
    )
        .prop_map(|(miner, operation, network, projection)| Scenario {
            miner: miner.map(|i| &MINERS[i]),
            operation,
            lines: Vec::new(),
            site: Site::default(),
            peak_window: (18, 4),
            peak_off: false,
            region: Region::Custom,
            currency: Currency::Usd,
            rates: SHIPPED_RATES.rates,
            compare: false,
            network,
            projection,
        })
}
