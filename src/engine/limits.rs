//! The inputs the engine accepts and the range of each. One table: the scenario layer
//! uses it to reject a field with a message, the engine to refuse what it cannot compute.
//! Inside these ranges every output is finite (tested in `tests/engine_properties.rs`).

/// Closed range `[min, max]` of an input in its entry unit, or open at `min` when zero
/// is not meaningful (a machine with no hashrate).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limit {
    pub min: f64,
    pub max: f64,
    /// When true, `min` itself is excluded.
    pub min_exclusive: bool,
    /// When true, only whole numbers are accepted.
    pub whole: bool,
}

impl Limit {
    const fn closed(min: f64, max: f64) -> Self {
        Self {
            min,
            max,
            min_exclusive: false,
            whole: false,
        }
    }
    const fn above(min: f64, max: f64) -> Self {
        Self {
            min,
            max,
            min_exclusive: true,
            whole: false,
        }
    }
    const fn whole(min: f64, max: f64) -> Self {
        Self {
            min,
            max,
            min_exclusive: false,
            whole: true,
        }
    }

    /// Whether `value` lies in the range (never true for NaN or an infinity).
    pub fn contains(&self, value: f64) -> bool {
        let above_min = if self.min_exclusive {
            value > self.min
        } else {
            value >= self.min
        };
        value.is_finite() && above_min && value <= self.max && (!self.whole || value.fract() == 0.0)
    }
}

/// Declares [`Input`], [`Input::ALL`] and the rows, in one order.
macro_rules! inputs {
    ($($(#[doc = $doc:literal])* $variant:ident => $row:expr,)*) => {
        /// An input of the economics, named for error messages.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Input {
            $($(#[doc = $doc])* $variant,)*
        }

        impl Input {
            pub const ALL: [Input; [$(stringify!($variant)),*].len()] = [$(Input::$variant),*];
        }

        /// The rows, in the order of [`Input::ALL`].
        const ROWS: [InputSpec; Input::ALL.len()] = [$($row),*];
    };
}

/// Everything about one input.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct InputSpec {
    /// The accepted range, in the unit the input is entered in (money in US dollars).
    pub limit: Limit,
    /// A lower-case name for messages.
    pub label: &'static str,
    /// Whether the input is an amount of money in the scenario's currency (or, for a
    /// surcharge, the table's): its range is stated in US dollars and scales with the
    /// currency's rate, so that 10 USD/kWh is 5,150 KZT/kWh at 515.
    pub money: bool,
}

inputs! {
    /// TH/s per unit.
    Hashrate => InputSpec {
        // 1 MH/s (a USB stick) to 1 EH/s in one unit.
        limit: Limit::closed(1e-6, 1e6),
        label: "hashrate",
        money: false,
    },
    /// W per unit, at the wall.
    Power => InputSpec {
        // A milliwatt to 10 MW per unit.
        limit: Limit::closed(1e-3, 1e7),
        label: "power",
        money: false,
    },
    /// Number of machines.
    Units => InputSpec {
        limit: Limit::whole(1.0, 10_000_000.0),
        label: "units",
        money: false,
    },
    /// Fiat per kWh.
    PowerPrice => InputSpec {
        // US dollars per kWh: no grid sells above 10.
        limit: Limit::closed(0.0, 10.0),
        label: "electricity price",
        money: true,
    },
    /// Percent of the reward.
    PoolFee => InputSpec {
        // 100 % would leave nothing to mine for.
        limit: Limit::closed(0.0, 99.0),
        label: "pool fee",
        money: false,
    },
    /// Percent of the time hashing.
    Uptime => InputSpec {
        limit: Limit::above(0.0, 100.0),
        label: "uptime",
        money: false,
    },
    /// Fiat per unit.
    HardwareCost => InputSpec {
        limit: Limit::closed(0.0, 10_000_000.0),
        label: "hardware cost",
        money: true,
    },
    /// Fiat per BTC.
    BtcPrice => InputSpec {
        limit: Limit::above(0.0, 1e9),
        label: "BTC price",
        money: false,
    },
    Difficulty => InputSpec {
        // Difficulty 1 is the protocol minimum.
        limit: Limit::closed(1.0, 1e18),
        label: "difficulty",
        money: false,
    },
    /// Block height.
    Height => InputSpec {
        // Past 13,440,000 the subsidy is zero; further heights change nothing.
        limit: Limit::whole(0.0, 20_000_000.0),
        label: "block height",
        money: false,
    },
    /// BTC per block.
    TxFees => InputSpec {
        limit: Limit::closed(0.0, 100.0),
        label: "transaction fees",
        money: false,
    },
    /// Months of projection.
    Horizon => InputSpec {
        // Up to ten years.
        limit: Limit::whole(1.0, 120.0),
        label: "horizon",
        money: false,
    },
    /// % per year.
    DifficultyGrowthYear => InputSpec {
        // Over ten years these stay inside f64 (difficulty is also kept >= 1).
        limit: Limit::closed(-90.0, 1_000.0),
        label: "difficulty growth per year",
        money: false,
    },
    /// % per retarget.
    DifficultyGrowthEpoch => InputSpec {
        limit: Limit::closed(-50.0, 100.0),
        label: "difficulty growth per retarget",
        money: false,
    },
    /// % once, at the first retarget after the halving.
    HalvingDifficultyChange => InputSpec {
        limit: Limit::closed(-90.0, 300.0),
        label: "difficulty change at the halving",
        money: false,
    },
    /// % per year.
    PriceGrowth => InputSpec {
        limit: Limit::closed(-90.0, 1_000.0),
        label: "BTC price growth",
        money: false,
    },
    /// % per year.
    FeeGrowth => InputSpec {
        limit: Limit::closed(-90.0, 1_000.0),
        label: "fee growth",
        money: false,
    },
    /// Seconds, network average.
    BlockTime => InputSpec {
        // A retarget can move difficulty 4x either way: 150 s to 2,400 s blocks
        // are what one epoch can produce; a wider range helps what-ifs.
        limit: Limit::closed(60.0, 3_600.0),
        label: "block time",
        money: false,
    },
    /// % of the hardware cost, at the end.
    Resale => InputSpec {
        limit: Limit::closed(0.0, 100.0),
        label: "resale value",
        money: false,
    },
    /// % per year.
    DiscountRate => InputSpec {
        limit: Limit::closed(-50.0, 100.0),
        label: "discount rate",
        money: false,
    },
    /// MW the site can draw.
    Capacity => InputSpec {
        // The largest mining sites draw a few hundred MW.
        limit: Limit::above(0.0, 100_000.0),
        label: "site power capacity",
        money: false,
    },
    /// Site draw / machines' draw.
    Pue => InputSpec {
        // 1 is no overhead; 3 is far worse than any mining site.
        limit: Limit::closed(1.0, 3.0),
        label: "PUE",
        money: false,
    },
    /// Fiat per kWh, on top of the tariff.
    HostingPerKwh => InputSpec {
        limit: Limit::closed(0.0, 10.0),
        label: "hosting per kWh",
        money: true,
    },
    /// Fiat per machine per month.
    HostingFee => InputSpec {
        limit: Limit::closed(0.0, 1_000_000.0),
        label: "hosting fee",
        money: true,
    },
    /// Hours a day.
    CurtailedHours => InputSpec {
        limit: Limit::closed(0.0, 24.0),
        label: "curtailed hours",
        money: false,
    },
    /// Fiat per MWh curtailed.
    CurtailmentCredit => InputSpec {
        limit: Limit::closed(0.0, 100_000.0),
        label: "curtailment credit",
        money: true,
    },
    /// Fiat per kWh in the peak window.
    PeakPrice => InputSpec {
        limit: Limit::closed(0.0, 10.0),
        label: "peak price",
        money: true,
    },
    /// Hour of the day (0 to 24) a peak window starts or ends.
    PeakHour => InputSpec {
        limit: Limit::closed(0.0, 24.0),
        label: "peak hour",
        money: false,
    },
    /// g CO2 per kWh.
    CarbonIntensity => InputSpec {
        // Lignite is about 1,100; 2,000 leaves room for a worse figure.
        limit: Limit::closed(0.0, 2_000.0),
        label: "grid carbon intensity",
        money: false,
    },
    /// Units of a currency per US dollar.
    ExchangeRate => InputSpec {
        limit: Limit::closed(1e-4, 1e6),
        label: "exchange rate",
        money: false,
    },
    /// Fiat per kWh, in the surcharge table's currency.
    Surcharge => InputSpec {
        limit: Limit::closed(0.0, 10.0),
        label: "surcharge",
        money: true,
    },
    /// Average purchase price from which a surcharge band applies, fiat per kWh.
    SurchargeFrom => InputSpec {
        limit: Limit::closed(0.0, 10.0),
        label: "surcharge band price",
        money: true,
    },
}

impl Input {
    /// The input's row.
    pub const fn spec(self) -> &'static InputSpec {
        // `ROWS` has one row per variant, in declaration order.
        &ROWS[self as usize]
    }

    /// Whether the input is an amount of money (see [`InputSpec::money`]).
    pub const fn is_money(self) -> bool {
        self.spec().money
    }

    /// The range in a currency of `per_usd` units per dollar (money inputs only scale).
    pub fn limit_in(self, per_usd: f64) -> Limit {
        let l = self.limit();
        if self.is_money() {
            Limit {
                min: l.min * per_usd,
                max: l.max * per_usd,
                ..l
            }
        } else {
            l
        }
    }

    /// The accepted range, in the unit the input is entered in.
    pub const fn limit(self) -> Limit {
        self.spec().limit
    }

    /// A lower-case name for messages.
    pub const fn label(self) -> &'static str {
        self.spec().label
    }
}

/// An input outside its range.
#[derive(Debug, Clone, PartialEq)]
pub struct InputError {
    pub input: Input,
    pub value: f64,
    /// Units per dollar of the value's currency (1 for inputs that are not money): the
    /// range is quoted in the value's own currency.
    pub per_usd: f64,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let l = self.input.limit_in(self.per_usd);
        let low = if l.min_exclusive { "above" } else { "from" };
        let whole = if l.whole { " (whole numbers)" } else { "" };
        write!(
            f,
            "{} {} is out of range: allowed {low} {} to {}{whole}",
            self.input.label(),
            self.value,
            l.min,
            l.max
        )
    }
}

impl std::error::Error for InputError {}

/// Checks `value` against the range of `input`.
pub fn check(input: Input, value: f64) -> Result<f64, InputError> {
    check_in(input, value, 1.0)
}

/// Checks `value` against the range of `input` in a currency of `per_usd` units per
/// dollar.
pub fn check_in(input: Input, value: f64, per_usd: f64) -> Result<f64, InputError> {
    if input.limit_in(per_usd).contains(value) {
        Ok(value)
    } else {
        Err(InputError {
            input,
            value,
            per_usd,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn case(input: Input, value: f64, ok: bool) {
        assert_eq!(check(input, value).is_ok(), ok, "{input:?} {value}");
    }

    #[test]
    fn ranges() {
        case(Input::Hashrate, 0.0, false);
        case(Input::Hashrate, 1e-6, true);
        case(Input::Units, 1.5, false);
        case(Input::Units, 0.0, false);
        case(Input::Units, 10_300.0, true);
        case(Input::PowerPrice, 0.0, true);
        case(Input::PowerPrice, -0.01, false);
        case(Input::PowerPrice, f64::NAN, false);
        case(Input::BtcPrice, f64::INFINITY, false);
        case(Input::Uptime, 100.0, true);
        case(Input::Uptime, 100.5, false);
        case(Input::Difficulty, 0.5, false);
    }

    #[test]
    fn an_amount_is_refused_against_the_range_in_its_own_currency() {
        // 6,000 KZT/kWh at 515 KZT/USD: above 5,150, the 10 USD/kWh limit in tenge.
        let error = check_in(Input::PowerPrice, 6_000.0, 515.0).unwrap_err();
        assert_eq!(
            error.to_string(),
            "electricity price 6000 is out of range: allowed from 0 to 5150"
        );
        assert!(check_in(Input::PowerPrice, 5_000.0, 515.0).is_ok());
        let error = check(Input::Units, 0.5).unwrap_err();
        assert_eq!(
            error.to_string(),
            "units 0.5 is out of range: allowed from 1 to 10000000 (whole numbers)"
        );
    }
}
