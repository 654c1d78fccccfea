//! Shared by the engine tests (`#[path]` module): projection assumptions under which
//! nothing changes over the horizon, the base each case changes where it differs.
#![allow(dead_code)] // Each test binary uses its own part of this.

use hashwatt::engine::date::Date;
use hashwatt::engine::projection::{Assumptions, GrowthPeriod};
use hashwatt::engine::units::Percent;

/// `months` from the shipped snapshot's date (2026-03-20): no growth of anything, 600 s
/// blocks, the machines running from the start, kept running, no resale, no discounting.
pub fn flat(months: u32) -> Assumptions {
    let start = Date::parse_iso("2026-03-20").expect("a valid date");
    Assumptions {
        start,
        months,
        difficulty_growth: Percent::new(0.0),
        difficulty_growth_period: GrowthPeriod::Year,
        halving_difficulty_change: Percent::new(0.0),
        price_growth: Percent::new(0.0),
        fee_growth: Percent::new(0.0),
        block_time_secs: 600.0,
        machines_start: start,
        resale: Percent::new(0.0),
        switch_off_when_losing: false,
        discount_rate: Percent::new(0.0),
    }
}
