//! Where a fleet runs and what it pays beyond its tariff: the site's power capacity and
//! overhead (PUE), hosting, curtailment, time-of-use prices, a per-kWh surcharge by
//! tariff tier, and the grid's carbon intensity.
//!
//! The hours of a day: a peak window of [`TimeOfUse::hours`] at the peak price, the rest
//! at the base price. Switching off at peak leaves the peak window dark. Curtailed hours
//! (grid limits, demand response) are hours the machines would otherwise run: taken from
//! the running peak window first, where grids curtail, then from the rest; with the peak
//! window dark, from the rest alone. Curtailment beyond the running hours is neither
//! counted nor credited. Uptime then scales the hours that remain (C6).

use super::money::{Currency, FxRates};
use super::units::{EnergyPrice, Fiat, Power};

/// Hours in a day.
pub const HOURS_PER_DAY: f64 = 24.0;
/// Days in a month when a monthly fee is charged by the day: 365 / 12.
pub const DAYS_PER_MONTH: f64 = 365.0 / 12.0;

/// One band of a surcharge table: `per_kwh` applies when the average purchase price of
/// electricity is at least `from_price`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SurchargeTier {
    /// Average purchase price per kWh from which the band applies, in the table's currency.
    pub from_price: f64,
    /// Surcharge per kWh consumed, in the table's currency.
    pub per_kwh: f64,
}

/// A per-kWh levy on the electricity a site consumes, banded by the average price it
/// buys power at (Kazakhstan, Tax Code art. 606-3). No bands: no surcharge.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Surcharge {
    pub currency: Currency,
    /// Bands in any order; the one with the highest `from_price` not above the price
    /// applies. A price below every band pays the band with the lowest `from_price`.
    pub tiers: Vec<SurchargeTier>,
}

impl Surcharge {
    /// The surcharge per kWh at an average purchase price, both in the table's currency.
    pub fn per_kwh_at(&self, purchase_price: f64) -> f64 {
        let applicable = self
            .tiers
            .iter()
            .filter(|t| t.from_price <= purchase_price)
            .max_by(|a, b| a.from_price.total_cmp(&b.from_price));
        let cheapest = self
            .tiers
            .iter()
            .min_by(|a, b| a.from_price.total_cmp(&b.from_price));
        applicable.or(cheapest).map_or(0.0, |t| t.per_kwh)
    }
}

/// Peak and off-peak prices.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeOfUse {
    /// Price during the peak window; the operation's power price applies the rest of
    /// the day.
    pub peak_price: EnergyPrice,
    /// Length of the peak window, hours a day.
    pub hours: f64,
    /// Switch the machines off during the peak window.
    pub switch_off: bool,
}

/// The site's terms. [`Site::default`] is a plain grid connection: no limit, no
/// overhead, no hosting, no curtailment, a flat price, no surcharge.
#[derive(Debug, Clone, PartialEq)]
pub struct Site {
    /// Megawatts the site can draw, overhead included; `None` for no limit. Kept in
    /// the unit users enter, so that a value read from a link writes back the same.
    pub capacity_mw: Option<f64>,
    /// Power usage effectiveness (>= 1): site draw / machines' wall draw (C7).
    pub pue: f64,
    /// Hosting charged per kWh the site draws, on top of the tariff.
    pub hosting_per_kwh: EnergyPrice,
    /// Hosting fee per running machine per month.
    pub hosting_fee_per_month: Fiat,
    /// Hours a day the site is curtailed.
    pub curtailed_hours: f64,
    /// Paid per MWh not drawn while curtailed.
    pub curtailment_credit_per_mwh: Fiat,
    pub time_of_use: Option<TimeOfUse>,
    /// Grid carbon intensity, g CO2 per kWh; `None` when not stated.
    pub carbon_g_per_kwh: Option<f64>,
    pub surcharge: Surcharge,
}

impl Default for Site {
    fn default() -> Self {
        Site {
            capacity_mw: None,
            pue: 1.0,
            hosting_per_kwh: EnergyPrice::per_kwh(0.0),
            hosting_fee_per_month: Fiat::ZERO,
            curtailed_hours: 0.0,
            curtailment_credit_per_mwh: Fiat::ZERO,
            time_of_use: None,
            carbon_g_per_kwh: None,
            surcharge: Surcharge::default(),
        }
    }
}

/// How a day divides.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DayHours {
    /// Hours the machines may run (before uptime).
    pub running: f64,
    /// Of those, hours in the peak window.
    pub running_at_peak: f64,
    /// Hours curtailed: hours the machines would otherwise run, and the hours the
    /// curtailment credit is paid for.
    pub curtailed: f64,
}

/// What each kWh the site draws costs, and the day's shape, for one site and tariff.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SiteRates {
    pub hours: DayHours,
    /// Energy-weighted tariff price (peak and off-peak), in the operation's currency.
    pub avg_purchase_price: EnergyPrice,
    /// The surcharge per kWh, converted into the operation's currency.
    pub surcharge_per_kwh: EnergyPrice,
    /// Tariff, surcharge and hosting per kWh: what one kWh drawn costs in all.
    pub all_in_per_kwh: EnergyPrice,
}

impl Site {
    /// The hours of a day (see the module's notes).
    pub fn day_hours(&self) -> DayHours {
        let (peak, off) = self.time_of_use.map_or((0.0, false), |t| {
            (t.hours.clamp(0.0, HOURS_PER_DAY), t.switch_off)
        });
        // The hours the machines would run without curtailment.
        let would_run_at_peak = if off { 0.0 } else { peak };
        let would_run_off_peak = HOURS_PER_DAY - peak;
        let asked = self.curtailed_hours.clamp(0.0, HOURS_PER_DAY);
        let curtailed_at_peak = asked.min(would_run_at_peak);
        let curtailed_off_peak = (asked - curtailed_at_peak).min(would_run_off_peak);
        let running_at_peak = would_run_at_peak - curtailed_at_peak;
        let running_off_peak = would_run_off_peak - curtailed_off_peak;
        DayHours {
            running: running_at_peak + running_off_peak,
            running_at_peak,
            curtailed: curtailed_at_peak + curtailed_off_peak,
        }
    }

    /// The per-kWh terms for a base power price in `currency`, with `rates` for a
    /// surcharge in another currency.
    pub fn rates(&self, base: EnergyPrice, currency: Currency, rates: &FxRates) -> SiteRates {
        let hours = self.day_hours();
        let base = base.amount_per_kwh();
        let avg = match (self.time_of_use, hours.running > 0.0) {
            (Some(t), true) => {
                let peak = hours.running_at_peak;
                (peak * t.peak_price.amount_per_kwh() + (hours.running - peak) * base)
                    / hours.running
            }
            _ => base,
        };
        let in_table = rates.convert(avg, currency, self.surcharge.currency);
        let surcharge = rates.convert(
            self.surcharge.per_kwh_at(in_table),
            self.surcharge.currency,
            currency,
        );
        SiteRates {
            hours,
            avg_purchase_price: EnergyPrice::per_kwh(avg),
            surcharge_per_kwh: EnergyPrice::per_kwh(surcharge),
            all_in_per_kwh: EnergyPrice::per_kwh(
                avg + surcharge + self.hosting_per_kwh.amount_per_kwh(),
            ),
        }
    }

    /// Site draw of one machine while running: its wall power with the overhead.
    pub fn site_power(&self, wall: Power) -> Power {
        Power::from_watts(wall.watts() * self.pue)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tou(hours: f64, off: bool) -> Option<TimeOfUse> {
        Some(TimeOfUse {
            peak_price: EnergyPrice::per_kwh(0.06),
            hours,
            switch_off: off,
        })
    }

    #[test]
    fn curtailment_comes_out_of_the_peak_window_first() {
        let site = Site {
            curtailed_hours: 6.0,
            time_of_use: tou(4.0, false),
            ..Site::default()
        };
        let h = site.day_hours();
        assert_eq!(
            (h.running, h.running_at_peak, h.curtailed),
            (18.0, 0.0, 6.0)
        );
        assert_eq!(Site::default().day_hours().running, 24.0);
    }

    /// With the peak window dark (`peakoff=1`), a curtailed hour is an hour the machines
    /// would otherwise run: it comes out of the 24 - 4 = 20 off-peak hours.
    #[test]
    fn curtailment_with_the_peak_off_takes_running_hours_only() {
        let day = |curtailed_hours| {
            let h = Site {
                curtailed_hours,
                time_of_use: tou(4.0, true),
                ..Site::default()
            }
            .day_hours();
            (h.running, h.running_at_peak, h.curtailed)
        };
        // No curtailment: 24 - 4 dark peak hours = 20 running.
        assert_eq!(day(0.0), (20.0, 0.0, 0.0));
        // 4 h curtailed: 20 - 4 = 16 running, and 4 h credited (not 20 running and 4 h
        // credited for the dark peak, as before).
        assert_eq!(day(4.0), (16.0, 0.0, 4.0));
        // 1 h: 19 running, 1 credited.
        assert_eq!(day(1.0), (19.0, 0.0, 1.0));
        // 22 h asked, only 20 would run: 0 running, 20 credited.
        assert_eq!(day(22.0), (0.0, 0.0, 20.0));
    }

    #[test]
    fn surcharge_bands_pick_the_highest_reached() {
        let table = Surcharge {
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
        };
        assert_eq!(table.per_kwh_at(30.0), 1.0);
        assert_eq!(table.per_kwh_at(24.0), 1.0);
        assert_eq!(table.per_kwh_at(23.99), 25.0);
        assert_eq!(table.per_kwh_at(-1.0), 25.0);
        assert_eq!(Surcharge::default().per_kwh_at(10.0), 0.0);
    }
}
