//! Surcharge bands: read in their currency through the exchange rate, and chosen by the
//! average purchase price of the hours the machines run.

use hashwatt::engine::economics::FleetOperation;
use hashwatt::engine::money::{Currency, FxRates};
use hashwatt::engine::site::{Site, Surcharge, SurchargeTier, TimeOfUse};
use hashwatt::engine::units::EnergyPrice;

use crate::tolerance::assert_within;
use crate::{eval, one, BTC_PER_TH_DAY};

/// Kazakhstan's bands as seeded: 1 KZT/kWh from 24 KZT/kWh, 25 KZT/kWh below.
fn kz_bands() -> Surcharge {
    Surcharge {
        currency: Currency::Kzt,
        tiers: vec![
            SurchargeTier {
                from_price: 24.0,
                per_kwh: 1.0,
            },
            SurchargeTier {
                from_price: 0.0,
                per_kwh: 25.0,
            },
        ],
    }
}

#[test]
fn surcharge_bands_are_read_in_their_currency_through_the_rate() {
    let rates = FxRates::new(500.0, 0.9, 7.0, 80.0);
    let in_usd = |kwh| {
        eval(&FleetOperation {
            rates,
            ..one(
                kwh,
                Site {
                    surcharge: kz_bands(),
                    ..Site::default()
                },
            )
        })
    };
    // $0.05 is 25 KZT: the 1 KZT band, $0.002 a kWh; 72 kWh pay $0.144.
    let e = in_usd(0.05);
    assert_within(e.site.surcharge_per_kwh.amount_per_kwh(), 0.002, 1e-12);
    assert_within(e.fleet.surcharge.amount(), 0.144, 1e-12);
    assert_within(e.fleet.power_cost.amount(), 72.0 * 0.052, 1e-12);
    // $0.04 is 20 KZT: the 25 KZT band, $0.05 a kWh.
    assert_within(in_usd(0.04).fleet.surcharge.amount(), 72.0 * 0.05, 1e-12);

    // The same in tenge: the tariff is entered in KZT and the BTC price follows.
    let kzt = eval(&FleetOperation {
        currency: Currency::Kzt,
        rates,
        ..one(
            25.0,
            Site {
                surcharge: kz_bands(),
                ..Site::default()
            },
        )
    });
    assert_within(kzt.fleet.power_cost.amount(), 72.0 * 26.0, 1e-12);
    assert_within(kzt.btc_price.amount_per_btc(), 50_000_000.0, 1e-12);
    assert_within(
        kzt.fleet.revenue.amount(),
        100.0 * BTC_PER_TH_DAY * 50_000_000.0,
        1e-12,
    );
    assert_within(
        kzt.hashprice_per_ph_day.amount(),
        e.hashprice_per_ph_day.amount() * 500.0,
        1e-12,
    );
    assert_within(
        kzt.fleet.profit.amount(),
        e.fleet.profit.amount() * 500.0,
        1e-12,
    );
}

/// The surcharge band is chosen by the average purchase price over the hours the
/// machines actually run: switching off at peak takes the dear hours out of the
/// average and can move the band (README, `sur` and `peakoff`).
#[test]
fn the_surcharge_band_follows_the_average_price_of_the_hours_run() {
    // 22 KZT/kWh off peak, 40 KZT/kWh from 18 to 22 h; 1 KZT/kWh from an average of
    // 24 KZT, else 25.
    let site = |switch_off: bool| Site {
        time_of_use: Some(TimeOfUse {
            peak_price: EnergyPrice::per_kwh(40.0),
            hours: 4.0,
            switch_off,
        }),
        surcharge: kz_bands(),
        ..Site::default()
    };
    let rates = FxRates::default();
    let at = |off| site(off).rates(EnergyPrice::per_kwh(22.0), Currency::Kzt, &rates);
    // Running all day: (4 x 40 + 20 x 22) / 24 = 600 / 24 = 25 KZT, in the 1 KZT band;
    // 26 KZT/kWh all in.
    let running = at(false);
    assert_within(running.avg_purchase_price.amount_per_kwh(), 25.0, 1e-12);
    assert_eq!(running.surcharge_per_kwh.amount_per_kwh(), 1.0);
    assert_within(running.all_in_per_kwh.amount_per_kwh(), 26.0, 1e-12);
    // Off at peak: only the 20 hours at 22 KZT are bought, 22 < 24: the 25 KZT band;
    // 47 KZT/kWh all in, dearer per kWh than running through the peak.
    let off = at(true);
    assert_eq!(off.hours.running, 20.0);
    assert_within(off.avg_purchase_price.amount_per_kwh(), 22.0, 1e-12);
    assert_eq!(off.surcharge_per_kwh.amount_per_kwh(), 25.0);
    assert_within(off.all_in_per_kwh.amount_per_kwh(), 47.0, 1e-12);
}
