//! The query keys: hashwatt's public contract with links, embeds and form fields. A key
//! is never renamed or given a new meaning; later versions only add keys.

use crate::engine::limits::Input;
use crate::engine::money::Currency;

/// Longest value kept from a link for a key of one value; anything longer is rejected,
/// not truncated.
pub const MAX_VALUE_LEN: usize = 64;

/// Longest value of a compound key (fleet lines, surcharge bands).
pub const MAX_COMPOUND_LEN: usize = 400;

/// One scenario key, as it appears in a link (`?v=1&kwh=0.05`) and as the `name` of its
/// form field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    /// Catalog id of the machine; empty for a custom machine.
    Miner,
    /// TH/s per unit.
    Th,
    /// W per unit at the wall.
    W,
    /// Number of units.
    N,
    /// Electricity price, USD per kWh.
    Kwh,
    /// Pool fee, %.
    Pool,
    /// Pool payout scheme: `fpps` or `pps`.
    Payout,
    /// Uptime, %.
    Up,
    /// Hardware cost per unit, USD.
    Hw,
    /// BTC price, USD.
    Price,
    /// Network difficulty.
    Diff,
    /// Block height.
    Height,
    /// Average transaction fees per block, BTC.
    Txfee,
    /// Date of the network figures (ISO); the projection starts here.
    Date,
    /// Projection horizon, months.
    Months,
    /// Difficulty growth, % per `dgper`.
    Dg,
    /// Period of `dg`: `year` or `epoch`.
    Dgper,
    /// One-off difficulty change after the halving, %.
    Dh,
    /// BTC price growth, % per year.
    Pg,
    /// Fee growth, % per year.
    Fg,
    /// Average block time, seconds.
    Bt,
    /// Date the machines start (ISO).
    Start,
    /// Resale value at the horizon, % of the hardware cost.
    Resale,
    /// `1`: switch machines off in periods where they lose money.
    Off,
    /// Discount rate for the NPV, % per year.
    Disc,
    /// Fleet lines 2 to 8: `miner_th_w_n_hw` (catalog id or empty, TH/s, W, units,
    /// hardware cost per unit in `cur`).
    M2,
    M3,
    M4,
    M5,
    M6,
    M7,
    M8,
    /// Site power capacity, MW, overhead included; empty for no limit.
    Cap,
    /// Power usage effectiveness (1 = no overhead).
    Pue,
    /// Hosting per kWh drawn, in `cur`.
    Hkwh,
    /// Hosting fee per machine per month, in `cur`.
    Hfee,
    /// Hours a day curtailed.
    Curt,
    /// Credit per curtailed MWh, in `cur`.
    Curtc,
    /// Peak price per kWh, in `cur`; empty for a flat tariff.
    Peak,
    /// Peak window, `start-end` hours (`18-22`; `22-6` wraps past midnight).
    Peakh,
    /// `1`: switch the machines off in the peak window.
    Peakoff,
    /// Grid carbon intensity, g CO2/kWh; empty when not stated.
    Co2,
    /// The region preset the terms came from (for its sources).
    Region,
    /// Currency of every fiat amount: USD, KZT, EUR, CNY, RUB.
    Cur,
    /// KZT per USD.
    Fxkzt,
    /// EUR per USD.
    Fxeur,
    /// CNY per USD.
    Fxcny,
    /// RUB per USD.
    Fxrub,
    /// Surcharge bands per kWh in `scur`: `1*24_25` (1 from a 24 average price, else 25).
    Sur,
    /// Currency of the surcharge bands.
    Scur,
    /// `1`: show the scenario beside the same fleet on the shipped snapshot.
    Cmp,
}

/// Where a key's value comes from when a link leaves it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Omitted {
    /// A v1 default, fixed forever: a link may leave the key out.
    Fixed(&'static str),
    /// The shipped network snapshot, which later versions update: links always carry it.
    Snapshot,
    /// The default machine's catalog row: links always carry it.
    Catalog,
    /// The value of `date`.
    SameAsDate,
    /// An exchange rate: the shipped rate, which later versions update; written
    /// whenever the scenario uses it.
    Rate,
}

impl Key {
    pub const ALL: [Key; 51] = [
        Key::Miner,
        Key::Th,
        Key::W,
        Key::N,
        Key::Kwh,
        Key::Pool,
        Key::Payout,
        Key::Up,
        Key::Hw,
        Key::Price,
        Key::Diff,
        Key::Height,
        Key::Txfee,
        Key::Date,
        Key::Months,
        Key::Dg,
        Key::Dgper,
        Key::Dh,
        Key::Pg,
        Key::Fg,
        Key::Bt,
        Key::Start,
        Key::Resale,
        Key::Off,
        Key::Disc,
        Key::M2,
        Key::M3,
        Key::M4,
        Key::M5,
        Key::M6,
        Key::M7,
        Key::M8,
        Key::Cap,
        Key::Pue,
        Key::Hkwh,
        Key::Hfee,
        Key::Curt,
        Key::Curtc,
        Key::Peak,
        Key::Peakh,
        Key::Peakoff,
        Key::Co2,
        Key::Region,
        Key::Cur,
        Key::Fxkzt,
        Key::Fxeur,
        Key::Fxcny,
        Key::Fxrub,
        Key::Sur,
        Key::Scur,
        Key::Cmp,
    ];

    /// Longest value read for this key: [`MAX_VALUE_LEN`] for one value, more for the
    /// compound ones (a fleet line's five values, a table of bands).
    pub const fn max_len(self) -> usize {
        if self.is_line() || matches!(self, Key::Sur) {
            MAX_COMPOUND_LEN
        } else {
            MAX_VALUE_LEN
        }
    }

    /// The keys of fleet lines 2 to 8, in order.
    pub const LINES: [Key; 7] = [
        Key::M2,
        Key::M3,
        Key::M4,
        Key::M5,
        Key::M6,
        Key::M7,
        Key::M8,
    ];

    /// The keys that say how amounts are read: the currencies and the rates. A link's
    /// amounts are read in them, so they are read first.
    pub const MONEY_CONTEXT: [Key; 6] = [
        Key::Cur,
        Key::Scur,
        Key::Fxkzt,
        Key::Fxeur,
        Key::Fxcny,
        Key::Fxrub,
    ];

    /// The exchange-rate key of a currency; `None` for the dollar.
    pub const fn rate_of(currency: Currency) -> Option<Key> {
        match currency {
            Currency::Usd => None,
            Currency::Kzt => Some(Key::Fxkzt),
            Currency::Eur => Some(Key::Fxeur),
            Currency::Cny => Some(Key::Fxcny),
            Currency::Rub => Some(Key::Fxrub),
        }
    }

    /// The currency whose rate (units per dollar) this key is; `None` for other keys.
    pub fn rate_currency(self) -> Option<Currency> {
        Currency::ALL
            .into_iter()
            .find(|c| Key::rate_of(*c) == Some(self))
    }

    /// Whether an empty value means "not set" (no cap, no peak price, no intensity).
    pub const fn may_be_empty(self) -> bool {
        matches!(self, Key::Cap | Key::Peak | Key::Co2 | Key::Sur) || self.is_line()
    }

    pub const fn is_line(self) -> bool {
        matches!(
            self,
            Key::M2 | Key::M3 | Key::M4 | Key::M5 | Key::M6 | Key::M7 | Key::M8
        )
    }

    /// Whether the value is an amount in the scenario's currency `cur`.
    pub const fn is_money(self) -> bool {
        matches!(
            self,
            Key::Kwh | Key::Hw | Key::Hkwh | Key::Hfee | Key::Curtc | Key::Peak
        )
    }

    /// The unit with the scenario's currency in place of the dollar.
    pub fn unit_in(self, currency: Currency) -> String {
        let unit = self.unit();
        if self.is_money() {
            unit.replacen("USD", currency.code(), 1)
        } else {
            unit.to_owned()
        }
    }

    /// The key as written in links and in the field's `name`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Key::Miner => "miner",
            Key::Th => "th",
            Key::W => "w",
            Key::N => "n",
            Key::Kwh => "kwh",
            Key::Pool => "pool",
            Key::Payout => "payout",
            Key::Up => "up",
            Key::Hw => "hw",
            Key::Price => "price",
            Key::Diff => "diff",
            Key::Height => "height",
            Key::Txfee => "txfee",
            Key::Date => "date",
            Key::Months => "months",
            Key::Dg => "dg",
            Key::Dgper => "dgper",
            Key::Dh => "dh",
            Key::Pg => "pg",
            Key::Fg => "fg",
            Key::Bt => "bt",
            Key::Start => "start",
            Key::Resale => "resale",
            Key::Off => "off",
            Key::Disc => "disc",
            Key::M2 => "m2",
            Key::M3 => "m3",
            Key::M4 => "m4",
            Key::M5 => "m5",
            Key::M6 => "m6",
            Key::M7 => "m7",
            Key::M8 => "m8",
            Key::Cap => "cap",
            Key::Pue => "pue",
            Key::Hkwh => "hkwh",
            Key::Hfee => "hfee",
            Key::Curt => "curt",
            Key::Curtc => "curtc",
            Key::Peak => "peak",
            Key::Peakh => "peakh",
            Key::Peakoff => "peakoff",
            Key::Co2 => "co2",
            Key::Region => "region",
            Key::Cur => "cur",
            Key::Fxkzt => "fxkzt",
            Key::Fxeur => "fxeur",
            Key::Fxcny => "fxcny",
            Key::Fxrub => "fxrub",
            Key::Sur => "sur",
            Key::Scur => "scur",
            Key::Cmp => "cmp",
        }
    }

    pub fn from_name(name: &str) -> Option<Key> {
        Key::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// The v1 meaning of a missing key. Never change a `Fixed` value: links rely on it.
    pub const fn omitted(self) -> Omitted {
        match self {
            Key::Miner | Key::Th | Key::W => Omitted::Catalog,
            Key::Price | Key::Diff | Key::Height | Key::Txfee | Key::Date => Omitted::Snapshot,
            Key::Start => Omitted::SameAsDate,
            Key::N => Omitted::Fixed("1"),
            Key::Kwh => Omitted::Fixed("0.06"),
            Key::Pool => Omitted::Fixed("2"),
            Key::Payout => Omitted::Fixed("fpps"),
            Key::Up => Omitted::Fixed("100"),
            Key::Hw => Omitted::Fixed("0"),
            Key::Months => Omitted::Fixed("36"),
            Key::Dg => Omitted::Fixed("20"),
            Key::Dgper => Omitted::Fixed("year"),
            Key::Dh => Omitted::Fixed("0"),
            Key::Pg => Omitted::Fixed("0"),
            Key::Fg => Omitted::Fixed("0"),
            Key::Bt => Omitted::Fixed("600"),
            Key::Resale => Omitted::Fixed("0"),
            Key::Off => Omitted::Fixed("0"),
            Key::Disc => Omitted::Fixed("10"),
            Key::M2 | Key::M3 | Key::M4 | Key::M5 | Key::M6 | Key::M7 | Key::M8 => {
                Omitted::Fixed("")
            }
            Key::Cap | Key::Peak | Key::Co2 | Key::Sur => Omitted::Fixed(""),
            Key::Pue => Omitted::Fixed("1"),
            Key::Hkwh | Key::Hfee | Key::Curt | Key::Curtc | Key::Peakoff | Key::Cmp => {
                Omitted::Fixed("0")
            }
            Key::Peakh => Omitted::Fixed("18-22"),
            Key::Region => Omitted::Fixed("custom"),
            Key::Cur => Omitted::Fixed("USD"),
            Key::Scur => Omitted::Fixed("KZT"),
            Key::Fxkzt | Key::Fxeur | Key::Fxcny | Key::Fxrub => Omitted::Rate,
        }
    }

    /// The numeric engine input behind the key; `None` for choices and dates. `dg` is
    /// checked against its per-year range here and its per-epoch range when `dgper`
    /// says so.
    pub const fn input(self) -> Option<Input> {
        Some(match self {
            Key::Miner
            | Key::Payout
            | Key::Date
            | Key::Dgper
            | Key::Start
            | Key::Off
            | Key::M2
            | Key::M3
            | Key::M4
            | Key::M5
            | Key::M6
            | Key::M7
            | Key::M8
            | Key::Peakh
            | Key::Peakoff
            | Key::Region
            | Key::Cur
            | Key::Sur
            | Key::Scur
            | Key::Cmp => return None,
            Key::Cap => Input::Capacity,
            Key::Pue => Input::Pue,
            Key::Hkwh => Input::HostingPerKwh,
            Key::Hfee => Input::HostingFee,
            Key::Curt => Input::CurtailedHours,
            Key::Curtc => Input::CurtailmentCredit,
            Key::Peak => Input::PeakPrice,
            Key::Co2 => Input::CarbonIntensity,
            Key::Fxkzt | Key::Fxeur | Key::Fxcny | Key::Fxrub => Input::ExchangeRate,
            Key::Th => Input::Hashrate,
            Key::W => Input::Power,
            Key::N => Input::Units,
            Key::Kwh => Input::PowerPrice,
            Key::Pool => Input::PoolFee,
            Key::Up => Input::Uptime,
            Key::Hw => Input::HardwareCost,
            Key::Price => Input::BtcPrice,
            Key::Diff => Input::Difficulty,
            Key::Height => Input::Height,
            Key::Txfee => Input::TxFees,
            Key::Months => Input::Horizon,
            Key::Dg => Input::DifficultyGrowthYear,
            Key::Dh => Input::HalvingDifficultyChange,
            Key::Pg => Input::PriceGrowth,
            Key::Fg => Input::FeeGrowth,
            Key::Bt => Input::BlockTime,
            Key::Resale => Input::Resale,
            Key::Disc => Input::DiscountRate,
        })
    }

    /// The unit a value of this key is written in, for labels and messages.
    pub const fn unit(self) -> &'static str {
        match self {
            Key::Miner
            | Key::Payout
            | Key::Diff
            | Key::Height
            | Key::Date
            | Key::Dgper
            | Key::Start
            | Key::Off
            | Key::M2
            | Key::M3
            | Key::M4
            | Key::M5
            | Key::M6
            | Key::M7
            | Key::M8
            | Key::Peakoff
            | Key::Region
            | Key::Cur
            | Key::Scur
            | Key::Cmp
            | Key::Pue => "",
            Key::Cap => "MW",
            Key::Hkwh | Key::Peak => "USD/kWh",
            Key::Hfee => "USD/machine/month",
            Key::Curt => "h/day",
            Key::Curtc => "USD/MWh",
            Key::Peakh => "h",
            Key::Co2 => "g CO2/kWh",
            Key::Fxkzt => "KZT/USD",
            Key::Fxeur => "EUR/USD",
            Key::Fxcny => "CNY/USD",
            Key::Fxrub => "RUB/USD",
            Key::Sur => "per kWh",
            Key::Th => "TH/s",
            Key::W => "W",
            Key::N => "units",
            Key::Kwh => "USD/kWh",
            Key::Pool | Key::Up | Key::Dh | Key::Resale => "%",
            Key::Dg => "%",
            Key::Pg | Key::Fg | Key::Disc => "%/year",
            Key::Hw | Key::Price => "USD",
            Key::Txfee => "BTC",
            Key::Months => "months",
            Key::Bt => "s",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_are_unique() {
        for key in Key::ALL {
            assert_eq!(Key::from_name(key.as_str()), Some(key));
        }
        assert_eq!(Key::from_name("v"), None);
        assert_eq!(Key::from_name("KWH"), None);
    }
}
