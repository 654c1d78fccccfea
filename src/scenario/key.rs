//! The query keys: hashwatt's public contract with links, embeds and form fields. A key
//! is never renamed or given a new meaning; later versions only add keys.

use crate::engine::limits::Input;

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
}

impl Key {
    pub const ALL: [Key; 25] = [
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
    ];

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
        }
    }

    /// The numeric engine input behind the key; `None` for choices and dates. `dg` is
    /// checked against its per-year range here and its per-epoch range when `dgper`
    /// says so.
    pub const fn input(self) -> Option<Input> {
        Some(match self {
            Key::Miner | Key::Payout | Key::Date | Key::Dgper | Key::Start | Key::Off => {
                return None
            }
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
            | Key::Off => "",
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
