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
}

impl Key {
    pub const ALL: [Key; 13] = [
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
        }
    }

    pub fn from_name(name: &str) -> Option<Key> {
        Key::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// The numeric engine input behind the key; `None` for the choice keys.
    pub const fn input(self) -> Option<Input> {
        Some(match self {
            Key::Miner | Key::Payout => return None,
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
        })
    }

    /// The unit a value of this key is written in, for labels and messages.
    pub const fn unit(self) -> &'static str {
        match self {
            Key::Miner | Key::Payout | Key::Diff | Key::Height => "",
            Key::Th => "TH/s",
            Key::W => "W",
            Key::N => "units",
            Key::Kwh => "USD/kWh",
            Key::Pool | Key::Up => "%",
            Key::Hw | Key::Price => "USD",
            Key::Txfee => "BTC",
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
