//! The query keys: hashwatt's public contract with links, embeds and form fields. A key
//! is never renamed or given a new meaning; later versions only add keys.
//!
//! Everything about a key is one row of [`key_rows!`] below: its name, kind, range, unit,
//! v1 meaning when missing, label, help and meaning, and for a number where a `Scenario`
//! keeps its value. The accessors of [`Key`] read the row; nothing else in the crate
//! keeps a per-key table of these facts.

use crate::engine::limits::Input;
use crate::engine::money::Currency;

/// Longest value kept from a link for a key of one value; anything longer is rejected,
/// not truncated.
pub const MAX_VALUE_LEN: usize = 64;

/// Longest value of a compound key (fleet lines, surcharge bands).
pub const MAX_COMPOUND_LEN: usize = 400;

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

/// What a key's value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A number in its range.
    Number,
    /// A whole number in its range.
    Whole,
    /// An amount in the scenario's currency `cur`: its range is stated in dollars and
    /// scales with the currency's rate.
    Money,
    /// One of a few names (a machine id, a scheme, a currency, a switch `0`/`1`).
    Choice,
    /// A `YYYY-MM-DD` date.
    Date,
    /// A fleet line: five values joined by `_`.
    Line,
    /// Surcharge bands, in the currency of `scur`.
    Bands,
    /// A peak window `start-end` in whole hours.
    Hours,
}

/// The raw text of every key, as the range of a key that depends on another reads it.
/// The raw params implement it; this layer sees no more of them.
pub trait Raw {
    fn raw(&self, key: Key) -> &str;
}

/// The keypad a phone shows for a key's field (the input's `inputmode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputMode {
    /// Digits: whole numbers.
    Numeric,
    /// Digits and a decimal separator: numbers that are never negative.
    Decimal,
    /// The full keyboard: signed numbers (the decimal keypad has no minus), dates,
    /// hour windows (`18-22`) and figures typed with a prefix (`133.79T`).
    Text,
}

impl InputMode {
    /// The attribute's value.
    pub const fn as_str(self) -> &'static str {
        match self {
            InputMode::Numeric => "numeric",
            InputMode::Decimal => "decimal",
            InputMode::Text => "text",
        }
    }
}

/// The values a key accepts, beyond what its kind checks.
#[derive(Debug, Clone, Copy)]
pub enum Range {
    /// Only what the kind's parser checks: choices, compound values, a date alone.
    OfKind,
    /// An engine input's range (for money, in dollars, scaled by the currency's rate).
    Input(Input),
    /// A range that depends on other keys: one of `inputs`, the first (the widest)
    /// when the key is read on its own, `with(raw)` once the others are known.
    Depends {
        inputs: &'static [Input],
        with: fn(&dyn Raw) -> Input,
    },
    /// A date within the projection's horizon: on or after the date of `from`, and
    /// before that date plus `months` months (the horizon's end).
    InHorizon { from: Key, months: Key },
}

/// Everything about one key.
#[derive(Debug, Clone, Copy)]
pub struct KeySpec {
    /// The key as written in links and in the field's `name`.
    pub name: &'static str,
    pub kind: Kind,
    pub range: Range,
    /// The unit a value is written in, for labels and messages; money in `USD`, which
    /// [`Key::unit_in`] replaces with the scenario's currency.
    pub unit: &'static str,
    /// The v1 meaning of a missing key. Never change a `Fixed` value: links rely on it.
    pub omitted: Omitted,
    /// The value a new visitor starts from, where it differs from `omitted`.
    pub first_visit: Option<&'static str>,
    /// Whether an empty value means "not set" (no cap, no peak price, no intensity).
    pub may_be_empty: bool,
    /// For a key a person may type with a metric prefix (`T`, `P`, `E`: `133.79T`,
    /// `1.2 PH/s`), the power of ten of the prefix its unit already has: 12 for TH/s, 0
    /// for a plain count. A key with no prefix of its own (difficulty) is rarely typed
    /// without one, so its field takes letters on a phone.
    pub metric: Option<i32>,
    /// The form field's label.
    pub label: &'static str,
    /// The form field's hint; empty for none.
    pub help: &'static str,
    /// What the key means, as the README's key table says it (README only: not in the
    /// page's bundle).
    #[cfg(not(target_arch = "wasm32"))]
    pub meaning: &'static str,
    /// What the key accepts, in words, where its range does not say it (choices,
    /// compound values); empty to describe the range.
    #[cfg(not(target_arch = "wasm32"))]
    pub accepted: &'static str,
}

impl KeySpec {
    /// The fields most rows share; a row names the rest.
    const BASE: KeySpec = KeySpec {
        name: "",
        kind: Kind::Number,
        range: Range::OfKind,
        unit: "",
        omitted: Omitted::Fixed("0"),
        first_visit: None,
        may_be_empty: false,
        metric: None,
        label: "",
        help: "",
        #[cfg(not(target_arch = "wasm32"))]
        meaning: "",
        #[cfg(not(target_arch = "wasm32"))]
        accepted: "",
    };
}

/// Declares [`Key`], [`Key::ALL`] and the rows, in contract order (the order links are
/// written in), from [`key_rows!`]. The place each number key has in a `Scenario`
/// (`kept_in`) is read by `scenario/validated/place.rs`, not here.
macro_rules! keys {
    ($($(#[doc = $doc:literal])* $variant:ident => $row:expr $(; kept_in: $place:expr)?,)*) => {
        /// One scenario key, as it appears in a link (`?v=1&kwh=0.05`) and as the `name`
        /// of its form field.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Key {
            $($(#[doc = $doc])* $variant,)*
        }

        impl Key {
            pub const ALL: [Key; [$(stringify!($variant)),*].len()] = [$(Key::$variant),*];
        }

        /// The rows, in the order of [`Key::ALL`].
        static ROWS: [KeySpec; Key::ALL.len()] = [$($row),*];
    };
}

/// `dg` is a per-year growth unless `dgper` is `epoch`.
fn growth_range(raw: &dyn Raw) -> Input {
    if raw.raw(Key::Dgper).trim() == "epoch" {
        Input::DifficultyGrowthEpoch
    } else {
        Input::DifficultyGrowthYear
    }
}

/// Every key's row, handed to the macro `$then`: [`keys!`] here, and the scenario's
/// `places!`, which reads each number key's `kept_in`. A row is everything about its key:
/// its [`KeySpec`] and, for a number, where a `Scenario` keeps its value (read back for
/// links, set from parsed params; money in the scenario's currency). `kept_in` is written
/// here so that a key is one row, and compiled only in the scenario layer (the closures
/// are typed there), so this layer still imports nothing above it. An exchange rate's
/// place follows from its currency and needs no `kept_in`.
macro_rules! key_rows {
    ($then:ident) => {
        $then! {
            /// Catalog id of the machine; empty for a custom machine.
            Miner => KeySpec {
                name: "miner",
                kind: Kind::Choice,
                omitted: Omitted::Catalog,
                label: "Model",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "catalog machine id (see `data/miners.csv`); fills `th` and `w` unless the link gives them; empty for a custom machine",
                #[cfg(not(target_arch = "wasm32"))]
                accepted: "a catalog id or empty",
                ..KeySpec::BASE
            },
            /// TH/s per unit.
            Th => KeySpec {
                name: "th",
                range: Range::Input(Input::Hashrate),
                unit: "TH/s",
                omitted: Omitted::Catalog,
                metric: Some(12),
                label: "Hashrate per unit",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "hashrate per unit",
                ..KeySpec::BASE
            };
            kept_in: Always(
                |s| s.operation.machine.hashrate.th_per_s(),
                |s, v| s.operation.machine.hashrate = Hashrate::from_th_per_s(v),
            ),
            /// W per unit at the wall.
            W => KeySpec {
                name: "w",
                range: Range::Input(Input::Power),
                unit: "W",
                omitted: Omitted::Catalog,
                label: "Power per unit",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "power per unit, at the wall",
                ..KeySpec::BASE
            };
            kept_in: Always(
                |s| s.operation.machine.power.watts(),
                |s, v| s.operation.machine.power = Power::from_watts(v),
            ),
            /// Number of units.
            N => KeySpec {
                name: "n",
                kind: Kind::Whole,
                range: Range::Input(Input::Units),
                unit: "units",
                omitted: Omitted::Fixed("1"),
                label: "Units",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "number of units",
                ..KeySpec::BASE
            };
            // A whole number from 1 to 10,000,000.
            kept_in: Always(
                |s| f64::from(s.operation.units),
                |s, v| s.operation.units = v as u32,
            ),
            /// Electricity price, USD per kWh.
            Kwh => KeySpec {
                name: "kwh",
                kind: Kind::Money,
                range: Range::Input(Input::PowerPrice),
                unit: "USD/kWh",
                omitted: Omitted::Fixed("0.06"),
                label: "Electricity price",
                help: "All-in price at the meter",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "electricity price (the off-peak price with `peak`)",
                ..KeySpec::BASE
            };
            kept_in: Always(
                |s| s.operation.power_price.amount_per_kwh(),
                |s, v| s.operation.power_price = EnergyPrice::per_kwh(v),
            ),
            /// Pool fee, %.
            Pool => KeySpec {
                name: "pool",
                range: Range::Input(Input::PoolFee),
                unit: "%",
                omitted: Omitted::Fixed("2"),
                label: "Pool fee",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "pool fee",
                ..KeySpec::BASE
            };
            kept_in: Always(
                |s| s.operation.pool_fee.percent(),
                |s, v| s.operation.pool_fee = Percent::new(v),
            ),
            /// Pool payout scheme: `fpps` or `pps`.
            Payout => KeySpec {
                name: "payout",
                kind: Kind::Choice,
                omitted: Omitted::Fixed("fpps"),
                label: "Payout scheme",
                help: "The pool fee is taken from what the scheme pays",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "pool payout scheme: `fpps` pays subsidy and fees with the fee on both; `pps` pays the subsidy only",
                ..KeySpec::BASE
            },
            /// Uptime, %.
            Up => KeySpec {
                name: "up",
                range: Range::Input(Input::Uptime),
                unit: "%",
                omitted: Omitted::Fixed("100"),
                label: "Uptime",
                help: "Scales hashing and electricity",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "uptime; scales hashing and electricity",
                ..KeySpec::BASE
            };
            kept_in: Always(
                |s| s.operation.uptime.percent(),
                |s, v| s.operation.uptime = Percent::new(v),
            ),
            /// Hardware cost per unit, USD.
            Hw => KeySpec {
                name: "hw",
                kind: Kind::Money,
                range: Range::Input(Input::HardwareCost),
                unit: "USD",
                omitted: Omitted::Fixed("0"),
                label: "Hardware cost per unit",
                help: "0 if already paid: no payback shown",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "hardware cost per unit, paid only for units that run within `cap` (those left off are not bought); 0 means no payback and no IRR",
                ..KeySpec::BASE
            };
            kept_in: Always(
                |s| s.operation.hardware_cost.amount(),
                |s, v| s.operation.hardware_cost = Fiat::new(v),
            ),
            /// BTC price, USD.
            Price => KeySpec {
                name: "price",
                range: Range::Input(Input::BtcPrice),
                unit: "USD",
                omitted: Omitted::Snapshot,
                label: "BTC price",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "BTC price, always in US dollars (converted to `cur` at its rate)",
                ..KeySpec::BASE
            };
            kept_in: Always(
                |s| s.network.btc_price.amount_per_btc(),
                |s, v| s.network.btc_price = BtcPrice::per_btc(v),
            ),
            /// Network difficulty.
            Diff => KeySpec {
                name: "diff",
                range: Range::Input(Input::Difficulty),
                omitted: Omitted::Snapshot,
                metric: Some(0),
                label: "Difficulty",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "network difficulty",
                ..KeySpec::BASE
            };
            kept_in: Always(
                |s| s.network.difficulty.get(),
                |s, v| s.network.difficulty = Difficulty::new(v),
            ),
            /// Block height.
            Height => KeySpec {
                name: "height",
                kind: Kind::Whole,
                range: Range::Input(Input::Height),
                omitted: Omitted::Snapshot,
                label: "Block height",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "block height (sets the subsidy)",
                ..KeySpec::BASE
            };
            // A whole number up to 20,000,000: exact in f64 too.
            kept_in: Always(
                |s| s.network.height as f64,
                |s, v| s.network.height = v as u64,
            ),
            /// Average transaction fees per block, BTC.
            Txfee => KeySpec {
                name: "txfee",
                range: Range::Input(Input::TxFees),
                unit: "BTC",
                omitted: Omitted::Snapshot,
                label: "Average fees per block",
                help: "Transaction fees, added to the subsidy",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "average transaction fees per block",
                ..KeySpec::BASE
            };
            // Whole satoshis (at most 100 BTC, so exact in f64 after rounding).
            kept_in: Always(
                |s| s.network.avg_fees_per_block.to_btc().btc(),
                |s, v| s.network.avg_fees_per_block = Sats::from_sat((v * 1e8).round() as u64),
            ),
            /// Date of the network figures (ISO); the projection starts here.
            Date => KeySpec {
                name: "date",
                kind: Kind::Date,
                omitted: Omitted::Snapshot,
                label: "Date of these figures",
                help: "YYYY-MM-DD; the projection starts here",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "date of the network figures; the projection starts here",
                ..KeySpec::BASE
            },
            /// Projection horizon, months.
            Months => KeySpec {
                name: "months",
                kind: Kind::Whole,
                range: Range::Input(Input::Horizon),
                unit: "months",
                omitted: Omitted::Fixed("36"),
                label: "Horizon",
                help: "Up to 120 months",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "projection horizon",
                ..KeySpec::BASE
            };
            // A whole number from 1 to 120.
            kept_in: Always(
                |s| f64::from(s.projection.months),
                |s, v| s.projection.months = v as u32,
            ),
            /// Difficulty growth, % per `dgper`.
            Dg => KeySpec {
                name: "dg",
                range: Range::Depends {
                    inputs: &[Input::DifficultyGrowthYear, Input::DifficultyGrowthEpoch],
                    with: growth_range,
                },
                unit: "%",
                omitted: Omitted::Fixed("20"),
                label: "Difficulty growth",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "difficulty growth, per `dgper`",
                ..KeySpec::BASE
            };
            kept_in: Always(
                |s| s.projection.difficulty_growth.percent(),
                |s, v| s.projection.difficulty_growth = Percent::new(v),
            ),
            /// Period of `dg`: `year` or `epoch`.
            Dgper => KeySpec {
                name: "dgper",
                kind: Kind::Choice,
                omitted: Omitted::Fixed("year"),
                label: "per",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "period of `dg`: `year` (converted per retarget by the epoch's length) or `epoch` (per retarget)",
                ..KeySpec::BASE
            },
            /// One-off difficulty change after the halving, %.
            Dh => KeySpec {
                name: "dh",
                range: Range::Input(Input::HalvingDifficultyChange),
                unit: "%",
                omitted: Omitted::Fixed("0"),
                label: "Difficulty change at the halving",
                help: "Once, at the first retarget after it",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "one-off difficulty change at the first retarget after the halving (a retarget on the halving block itself, as at 1,260,000, measures blocks mined before it: `dh` goes to the next one)",
                ..KeySpec::BASE
            };
            kept_in: Always(
                |s| s.projection.halving_difficulty_change.percent(),
                |s, v| s.projection.halving_difficulty_change = Percent::new(v),
            ),
            /// BTC price growth, % per year.
            Pg => KeySpec {
                name: "pg",
                range: Range::Input(Input::PriceGrowth),
                unit: "%/year",
                omitted: Omitted::Fixed("0"),
                label: "BTC price growth",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "BTC price growth",
                ..KeySpec::BASE
            };
            kept_in: Always(
                |s| s.projection.price_growth.percent(),
                |s, v| s.projection.price_growth = Percent::new(v),
            ),
            /// Fee growth, % per year.
            Fg => KeySpec {
                name: "fg",
                range: Range::Input(Input::FeeGrowth),
                unit: "%/year",
                omitted: Omitted::Fixed("0"),
                label: "Fee growth",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "transaction fee growth",
                ..KeySpec::BASE
            };
            kept_in: Always(
                |s| s.projection.fee_growth.percent(),
                |s, v| s.projection.fee_growth = Percent::new(v),
            ),
            /// Average block time, seconds.
            Bt => KeySpec {
                name: "bt",
                range: Range::Input(Input::BlockTime),
                unit: "s",
                omitted: Omitted::Fixed("600"),
                label: "Average block time",
                help: "600 by protocol; less while hashrate grows",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "average block time (faster blocks bring retargets and the halving earlier)",
                ..KeySpec::BASE
            };
            kept_in: Always(
                |s| s.projection.block_time_secs,
                |s, v| s.projection.block_time_secs = v,
            ),
            /// Date the machines start (ISO).
            Start => KeySpec {
                name: "start",
                kind: Kind::Date,
                range: Range::InHorizon {
                    from: Key::Date,
                    months: Key::Months,
                },
                omitted: Omitted::SameAsDate,
                label: "Machines start",
                help: "YYYY-MM-DD; bought that day",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "date the machines start (and are paid for); a start on or after the horizon's end is refused, naming `start`",
                ..KeySpec::BASE
            },
            /// Resale value at the horizon, % of the hardware cost.
            Resale => KeySpec {
                name: "resale",
                range: Range::Input(Input::Resale),
                unit: "%",
                omitted: Omitted::Fixed("0"),
                label: "Resale at the end",
                help: "Share of the hardware cost",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "resale value at the end of the horizon, as a share of the hardware cost",
                ..KeySpec::BASE
            };
            kept_in: Always(
                |s| s.projection.resale.percent(),
                |s, v| s.projection.resale = Percent::new(v),
            ),
            /// `1`: switch machines off in periods where they lose money.
            Off => KeySpec {
                name: "off",
                kind: Kind::Choice,
                omitted: Omitted::Fixed("0"),
                // A careful miner switches off a machine that loses money; a link without the
                // key keeps its v1 meaning (off), so the page writes `off=1` into its links.
                first_visit: Some("1"),
                label: "Switch machines off in months where power costs more than they earn",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "`1`: machines are off in any period where power costs more than they earn",
                ..KeySpec::BASE
            },
            /// Discount rate for the NPV, % per year.
            Disc => KeySpec {
                name: "disc",
                range: Range::Input(Input::DiscountRate),
                unit: "%/year",
                omitted: Omitted::Fixed("10"),
                label: "Discount rate",
                help: "For the net present value",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "discount rate for the NPV",
                ..KeySpec::BASE
            };
            kept_in: Always(
                |s| s.projection.discount_rate.percent(),
                |s, v| s.projection.discount_rate = Percent::new(v),
            ),
            /// Fleet lines 2 to 8: `miner_th_w_n_hw` (catalog id or empty, TH/s, W, units,
            /// hardware cost per unit in `cur`).
            M2 => KeySpec {
                name: "m2",
                label: "Model 2",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "fleet line 2: `miner_th_w_n_hw` joined by `_`: catalog id (or empty for a custom machine), TH/s, W, units, hardware cost per unit in `cur` (the first line is `miner`, `th`, `w`, `n`, `hw`)",
                #[cfg(not(target_arch = "wasm32"))]
                accepted: "each value as for the first line's key",
                ..LINE
            },
            M3 => KeySpec {
                name: "m3",
                label: "Model 3",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "fleet line 3, as `m2` (lines are kept in order: removing one moves the later ones up)",
                ..LINE
            },
            M4 => KeySpec {
                name: "m4",
                label: "Model 4",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "fleet line 4, as `m2` (lines are kept in order: removing one moves the later ones up)",
                ..LINE
            },
            M5 => KeySpec {
                name: "m5",
                label: "Model 5",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "fleet line 5, as `m2` (lines are kept in order: removing one moves the later ones up)",
                ..LINE
            },
            M6 => KeySpec {
                name: "m6",
                label: "Model 6",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "fleet line 6, as `m2` (lines are kept in order: removing one moves the later ones up)",
                ..LINE
            },
            M7 => KeySpec {
                name: "m7",
                label: "Model 7",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "fleet line 7, as `m2` (lines are kept in order: removing one moves the later ones up)",
                ..LINE
            },
            M8 => KeySpec {
                name: "m8",
                label: "Model 8",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "fleet line 8, as `m2` (lines are kept in order: removing one moves the later ones up)",
                ..LINE
            },
            /// Site power capacity, MW, overhead included; empty for no limit.
            Cap => KeySpec {
                name: "cap",
                range: Range::Input(Input::Capacity),
                unit: "MW",
                omitted: Omitted::Fixed(""),
                may_be_empty: true,
                label: "Power capacity",
                help: "Overhead included; empty for no limit",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "site power capacity, overhead included; machines that do not fit are left off, least efficient (J/TH) first",
                ..KeySpec::BASE
            };
            kept_in: Optional(|s| s.site.capacity_mw, |s, v| s.site.capacity_mw = v),
            /// Power usage effectiveness (1 = no overhead).
            Pue => KeySpec {
                name: "pue",
                range: Range::Input(Input::Pue),
                omitted: Omitted::Fixed("1"),
                label: "Overhead (PUE)",
                help: "Site draw / machines' draw: cooling, transformers; 1 = none",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "power usage effectiveness: site draw / machines' wall draw (cooling, transformers)",
                ..KeySpec::BASE
            };
            kept_in: Always(|s| s.site.pue, |s, v| s.site.pue = v),
            /// Hosting per kWh drawn, in `cur`.
            Hkwh => KeySpec {
                name: "hkwh",
                kind: Kind::Money,
                range: Range::Input(Input::HostingPerKwh),
                unit: "USD/kWh",
                omitted: Omitted::Fixed("0"),
                label: "Hosting per kWh",
                help: "Added to the tariff for every kWh drawn",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "hosting charged per kWh the site draws, on top of the tariff",
                ..KeySpec::BASE
            };
            kept_in: Always(
                |s| s.site.hosting_per_kwh.amount_per_kwh(),
                |s, v| s.site.hosting_per_kwh = EnergyPrice::per_kwh(v),
            ),
            /// Hosting fee per machine per month, in `cur`.
            Hfee => KeySpec {
                name: "hfee",
                kind: Kind::Money,
                range: Range::Input(Input::HostingFee),
                unit: "USD/machine/month",
                omitted: Omitted::Fixed("0"),
                label: "Hosting fee",
                help: "Per running machine, per month (365/12 days)",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "hosting fee per running machine per month (charged by the day: 12/365 of it)",
                ..KeySpec::BASE
            };
            kept_in: Always(
                |s| s.site.hosting_fee_per_month.amount(),
                |s, v| s.site.hosting_fee_per_month = Fiat::new(v),
            ),
            /// Hours a day curtailed.
            Curt => KeySpec {
                name: "curt",
                range: Range::Input(Input::CurtailedHours),
                unit: "h/day",
                omitted: Omitted::Fixed("0"),
                label: "Curtailed",
                help: "Hours a day off: grid limits, demand response",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "hours a day curtailed (grid limits, demand response): hours the machines would otherwise run, taken from the peak window first, or from the rest of the day when `peakoff=1` leaves the peak dark; hours beyond those that would run are not counted or credited",
                ..KeySpec::BASE
            };
            kept_in: Always(
                |s| s.site.curtailed_hours,
                |s, v| s.site.curtailed_hours = v,
            ),
            /// Credit per curtailed MWh, in `cur`.
            Curtc => KeySpec {
                name: "curtc",
                kind: Kind::Money,
                range: Range::Input(Input::CurtailmentCredit),
                unit: "USD/MWh",
                omitted: Omitted::Fixed("0"),
                label: "Curtailment credit",
                help: "Paid per MWh not drawn while curtailed",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "credit per MWh not drawn while curtailed (only for hours the machines would otherwise run)",
                ..KeySpec::BASE
            };
            kept_in: Always(
                |s| s.site.curtailment_credit_per_mwh.amount(),
                |s, v| s.site.curtailment_credit_per_mwh = Fiat::new(v),
            ),
            /// Peak price per kWh, in `cur`; empty for a flat tariff.
            Peak => KeySpec {
                name: "peak",
                kind: Kind::Money,
                range: Range::Input(Input::PeakPrice),
                unit: "USD/kWh",
                omitted: Omitted::Fixed(""),
                may_be_empty: true,
                label: "Peak price",
                help: "Time of use: empty for a flat tariff",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "time of use: price in the peak window (the rest of the day pays `kwh`); empty for a flat tariff",
                ..KeySpec::BASE
            };
            // The peak price makes the time of use, over the peak window and switch (set
            // before any number).
            kept_in: Optional(
                |s| s.site.time_of_use.map(|t| t.peak_price.amount_per_kwh()),
                |s, v| {
                    s.site.time_of_use = v.map(|p| TimeOfUse {
                        peak_price: EnergyPrice::per_kwh(p),
                        hours: f64::from(s.peak_window.1),
                        switch_off: s.peak_off,
                    })
                },
            ),
            /// Peak window, `start-end` hours (`18-22`; `22-6` wraps past midnight).
            Peakh => KeySpec {
                name: "peakh",
                kind: Kind::Hours,
                unit: "h",
                omitted: Omitted::Fixed("18-22"),
                label: "Peak hours",
                help: "start-end, e.g. 18-22; curtailment falls in the peak first",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "the peak window, `start-end` in whole hours (`22-6` wraps past midnight; `0-24` is the whole day)",
                #[cfg(not(target_arch = "wasm32"))]
                accepted: "0 to 24, not empty (`5-5` is refused)",
                ..KeySpec::BASE
            },
            /// `1`: switch the machines off in the peak window.
            Peakoff => KeySpec {
                name: "peakoff",
                kind: Kind::Choice,
                omitted: Omitted::Fixed("0"),
                label: "At peak",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "`1`: machines are off in the peak window; its hours leave the average purchase price, which can move the `sur` band (22 off peak and 40 for 4 peak hours average 25, in the 1 band of `1*24_25`; off at peak, 22 and the 25 band)",
                ..KeySpec::BASE
            },
            /// Grid carbon intensity, g CO2/kWh; empty when not stated.
            Co2 => KeySpec {
                name: "co2",
                range: Range::Input(Input::CarbonIntensity),
                unit: "g CO2/kWh",
                omitted: Omitted::Fixed(""),
                may_be_empty: true,
                label: "Grid carbon intensity",
                help: "Empty if not known",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "grid carbon intensity",
                ..KeySpec::BASE
            };
            kept_in: Optional(
                |s| s.site.carbon_g_per_kwh,
                |s, v| s.site.carbon_g_per_kwh = v,
            ),
            /// The region preset the terms came from (for its sources).
            Region => KeySpec {
                name: "region",
                kind: Kind::Choice,
                omitted: Omitted::Fixed("custom"),
                label: "Region preset",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "the region preset the terms came from (its sources are shown; every value stays editable)",
                ..KeySpec::BASE
            },
            /// Currency of every fiat amount: USD, KZT, EUR, CNY, RUB.
            Cur => KeySpec {
                name: "cur",
                kind: Kind::Choice,
                omitted: Omitted::Fixed("USD"),
                label: "Currency",
                help: "Every amount is entered and shown in it; changing it converts them. The BTC price stays in USD and is converted at the rate.",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "currency of every money amount entered and shown (`kwh`, `hw`, `hkwh`, `hfee`, `curtc`, `peak` and the lines' hardware cost); the page's switch converts each from the amount as entered, in its own currency, so switching back gives it back exactly",
                ..KeySpec::BASE
            },
            /// KZT per USD.
            Fxkzt => KeySpec {
                name: "fxkzt",
                unit: "KZT/USD",
                label: "Tenge per US dollar",
                ..RATE
            },
            /// EUR per USD.
            Fxeur => KeySpec {
                name: "fxeur",
                unit: "EUR/USD",
                label: "Euros per US dollar",
                ..RATE
            },
            /// CNY per USD.
            Fxcny => KeySpec {
                name: "fxcny",
                unit: "CNY/USD",
                label: "Yuan per US dollar",
                ..RATE
            },
            /// RUB per USD.
            Fxrub => KeySpec {
                name: "fxrub",
                unit: "RUB/USD",
                label: "Roubles per US dollar",
                ..RATE
            },
            /// Surcharge bands per kWh in `scur`: `1*24_25` (1 from a 24 average price, else 25).
            Sur => KeySpec {
                name: "sur",
                kind: Kind::Bands,
                unit: "per kWh",
                omitted: Omitted::Fixed(""),
                may_be_empty: true,
                label: "Surcharge per kWh consumed, by average purchase price",
                help: "The band with the highest price not above your average purchase price applies; below every band, the lowest band's. An empty price means 0.",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "per-kWh surcharge by average purchase price, in `scur`: bands `surcharge*from` joined by `_` (`1*24_25`: 1 per kWh when the average price is 24 or more, else 25); a lone number is a flat surcharge. The average is over the hours the machines actually run: with `peakoff=1` (or curtailment) the hours left out leave the average and can move the band. A table is taken as written; a band with an empty surcharge (`1*24_*0`, as the `kz` preset leaves the band below 24 KZT that no source gives) is not known: the page names its prices and asks for it (a link's such table is not taken)",
                ..KeySpec::BASE
            },
            /// Currency of the surcharge bands.
            Scur => KeySpec {
                name: "scur",
                kind: Kind::Choice,
                omitted: Omitted::Fixed("KZT"),
                label: "Surcharge currency",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "currency of the surcharge table",
                ..KeySpec::BASE
            },
            /// `1`: show the scenario beside the same fleet on today's network.
            Cmp => KeySpec {
                name: "cmp",
                kind: Kind::Choice,
                omitted: Omitted::Fixed("0"),
                label: "Then and now",
                #[cfg(not(target_arch = "wasm32"))]
                meaning: "`1`: show the fleet beside the same fleet on today's network (then and now): the live figures when the page has them, else the shipped snapshot",
                ..KeySpec::BASE
            },
        }
    };
}
pub(super) use key_rows;

key_rows!(keys);

/// The row shared by the fleet lines 2 to 8.
const LINE: KeySpec = KeySpec {
    kind: Kind::Line,
    omitted: Omitted::Fixed(""),
    may_be_empty: true,
    #[cfg(not(target_arch = "wasm32"))]
    accepted: "as `m2`",
    ..KeySpec::BASE
};

/// The row shared by the exchange rates.
const RATE: KeySpec = KeySpec {
    range: Range::Input(Input::ExchangeRate),
    omitted: Omitted::Rate,
    #[cfg(not(target_arch = "wasm32"))]
    meaning: "exchange rate",
    ..KeySpec::BASE
};

impl Key {
    /// The key's row.
    pub fn spec(self) -> &'static KeySpec {
        // `ROWS` has one row per variant, in declaration order.
        &ROWS[self as usize]
    }

    /// Longest value read for this key: [`MAX_VALUE_LEN`] for one value, more for the
    /// compound ones (a fleet line's five values, a table of bands).
    pub fn max_len(self) -> usize {
        match self.kind() {
            Kind::Line | Kind::Bands => MAX_COMPOUND_LEN,
            _ => MAX_VALUE_LEN,
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

    pub fn kind(self) -> Kind {
        self.spec().kind
    }

    pub fn range(self) -> Range {
        self.spec().range
    }

    /// Whether an empty value means "not set" (no cap, no peak price, no intensity).
    pub fn may_be_empty(self) -> bool {
        self.spec().may_be_empty
    }

    pub fn is_line(self) -> bool {
        self.kind() == Kind::Line
    }

    /// Whether the value is an amount in the scenario's currency `cur`.
    pub fn is_money(self) -> bool {
        self.kind() == Kind::Money
    }

    /// Whether the value is a number (money included) checked against an [`Input`].
    pub fn is_number(self) -> bool {
        matches!(self.kind(), Kind::Number | Kind::Whole | Kind::Money)
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
    pub fn as_str(self) -> &'static str {
        self.spec().name
    }

    pub fn from_name(name: &str) -> Option<Key> {
        Key::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// The v1 meaning of a missing key. Never change a `Fixed` value: links rely on it.
    pub fn omitted(self) -> Omitted {
        self.spec().omitted
    }

    /// The value a new visitor (a page opened without a link, an embed) starts from,
    /// where it differs from the v1 meaning of a missing key.
    pub fn first_visit(self) -> Option<&'static str> {
        self.spec().first_visit
    }

    /// The numeric engine input behind the key; `None` for choices, dates and compound
    /// values. A key whose range depends on another (`dg` on `dgper`) gives its widest
    /// range here; [`Key::input_with`] the one that applies.
    pub fn input(self) -> Option<Input> {
        match self.range() {
            Range::Input(input) => Some(input),
            Range::Depends { inputs, .. } => inputs.first().copied(),
            Range::OfKind | Range::InHorizon { .. } => None,
        }
    }

    /// The engine input that applies to the key given the other keys' raw text.
    pub fn input_with(self, raw: &dyn Raw) -> Option<Input> {
        match self.range() {
            Range::Depends { with, .. } => Some(with(raw)),
            _ => self.input(),
        }
    }

    /// The power of ten of the metric prefix of the key's unit, for a key a person may
    /// type with `T`, `P` or `E`; `None` for the others.
    pub fn metric(self) -> Option<i32> {
        self.spec().metric
    }

    /// Whether any range of the key goes below zero (growths, changes).
    pub fn signed(self) -> bool {
        match self.range() {
            Range::Input(input) => input.limit().min < 0.0,
            Range::Depends { inputs, .. } => inputs.iter().any(|i| i.limit().min < 0.0),
            Range::OfKind | Range::InHorizon { .. } => false,
        }
    }

    /// The keypad of the key's field, from its row: its kind, its range's sign and
    /// whether it is typed with a prefix.
    pub fn input_mode(self) -> InputMode {
        match self.kind() {
            Kind::Whole => InputMode::Numeric,
            Kind::Number if self.metric() == Some(0) => InputMode::Text,
            Kind::Number | Kind::Money if !self.signed() => InputMode::Decimal,
            // A surcharge and the price it applies from are never negative.
            Kind::Bands => InputMode::Decimal,
            _ => InputMode::Text,
        }
    }

    /// The unit a value of this key is written in, for labels and messages.
    pub fn unit(self) -> &'static str {
        self.spec().unit
    }

    /// The form field's label.
    pub fn label(self) -> &'static str {
        self.spec().label
    }

    /// The form field's hint; empty for none.
    pub fn help(self) -> &'static str {
        self.spec().help
    }
}

/// Most bands a table may have.
pub const MAX_BANDS: usize = 8;

/// One value of a fleet line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LinePart {
    Miner,
    Th,
    W,
    N,
    Hw,
}

impl LinePart {
    pub const ALL: [LinePart; 5] = [
        LinePart::Miner,
        LinePart::Th,
        LinePart::W,
        LinePart::N,
        LinePart::Hw,
    ];

    /// The first line's key with the same meaning: its range, unit and messages.
    pub const fn key(self) -> Key {
        match self {
            LinePart::Miner => Key::Miner,
            LinePart::Th => Key::Th,
            LinePart::W => Key::W,
            LinePart::N => Key::N,
            LinePart::Hw => Key::Hw,
        }
    }

    /// The position of the value in a line.
    pub(super) const fn index(self) -> usize {
        self as usize
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

    #[test]
    fn rows_are_complete() {
        for key in Key::ALL {
            let spec = key.spec();
            assert!(!spec.label.is_empty(), "{key:?} has no label");
            // The README's meaning is kept out of the page's bundle.
            #[cfg(not(target_arch = "wasm32"))]
            assert!(!spec.meaning.is_empty(), "{key:?} has no meaning");
            // A number has a range; anything else says in words what it accepts.
            assert_eq!(
                key.is_number(),
                key.input().is_some(),
                "{key:?}: a number needs an input range"
            );
            if let Omitted::Fixed(text) = spec.omitted {
                assert!(!text.is_empty() || spec.may_be_empty, "{key:?}");
            }
            // Only a key with a fixed v1 meaning may start elsewhere for a new visitor:
            // the page then writes the key into its links while the two differ.
            if let Some(text) = spec.first_visit {
                assert!(
                    matches!(spec.omitted, Omitted::Fixed(v1) if v1 != text),
                    "{key:?}"
                );
            }
        }
    }

    #[test]
    fn each_field_asks_for_the_keypad_its_row_implies() {
        use InputMode::*;
        for (key, mode) in [
            (Key::N, Numeric),
            (Key::Height, Numeric),
            (Key::Months, Numeric),
            (Key::Th, Decimal),
            (Key::Kwh, Decimal),
            (Key::Hw, Decimal),
            (Key::Price, Decimal),
            (Key::Cap, Decimal),
            (Key::Fxkzt, Decimal),
            (Key::Sur, Decimal),
            // Signed: the decimal keypad has no minus.
            (Key::Dg, Text),
            (Key::Dh, Text),
            (Key::Pg, Text),
            (Key::Disc, Text),
            (Key::Date, Text),
            (Key::Start, Text),
            (Key::Peakh, Text),
            // Typed with its prefix: 133.79T.
            (Key::Diff, Text),
        ] {
            assert_eq!(key.input_mode(), mode, "{key:?}");
        }
    }

    #[test]
    fn the_growth_range_follows_its_period() {
        struct Period(&'static str);
        impl Raw for Period {
            fn raw(&self, key: Key) -> &str {
                if key == Key::Dgper {
                    self.0
                } else {
                    ""
                }
            }
        }
        let input = |p| Key::Dg.input_with(&Period(p));
        assert_eq!(input("year"), Some(Input::DifficultyGrowthYear));
        assert_eq!(input("epoch"), Some(Input::DifficultyGrowthEpoch));
        assert_eq!(Key::Dg.input(), Some(Input::DifficultyGrowthYear));
    }
}
