//! The inputs the engine accepts and the range of each. One table: the scenario layer
//! uses it to reject a field with a message, the engine to refuse what it cannot compute.
//! Inside these ranges every output is finite (tested in `tests/engine_properties.rs`).

/// An input of the economics, named for error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Input {
    /// TH/s per unit.
    Hashrate,
    /// W per unit, at the wall.
    Power,
    /// Number of machines.
    Units,
    /// Fiat per kWh.
    PowerPrice,
    /// Percent of the reward.
    PoolFee,
    /// Percent of the time hashing.
    Uptime,
    /// Fiat per unit.
    HardwareCost,
    /// Fiat per BTC.
    BtcPrice,
    Difficulty,
    /// Block height.
    Height,
    /// BTC per block.
    TxFees,
    /// Months of projection.
    Horizon,
    /// % per year.
    DifficultyGrowthYear,
    /// % per retarget.
    DifficultyGrowthEpoch,
    /// % once, at the first retarget after the halving.
    HalvingDifficultyChange,
    /// % per year.
    PriceGrowth,
    /// % per year.
    FeeGrowth,
    /// Seconds, network average.
    BlockTime,
    /// % of the hardware cost, at the end.
    Resale,
    /// % per year.
    DiscountRate,
    /// MW the site can draw.
    Capacity,
    /// Site draw / machines' draw.
    Pue,
    /// Fiat per kWh, on top of the tariff.
    HostingPerKwh,
    /// Fiat per machine per month.
    HostingFee,
    /// Hours a day.
    CurtailedHours,
    /// Fiat per MWh curtailed.
    CurtailmentCredit,
    /// Fiat per kWh in the peak window.
    PeakPrice,
    /// Hour of the day (0 to 24) a peak window starts or ends.
    PeakHour,
    /// g CO2 per kWh.
    CarbonIntensity,
    /// Units of a currency per US dollar.
    ExchangeRate,
    /// Fiat per kWh, in the surcharge table's currency.
    Surcharge,
    /// Average purchase price from which a surcharge band applies, fiat per kWh.
    SurchargeFrom,
}

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

impl Input {
    pub const ALL: [Input; 32] = [
        Input::Hashrate,
        Input::Power,
        Input::Units,
        Input::PowerPrice,
        Input::PoolFee,
        Input::Uptime,
        Input::HardwareCost,
        Input::BtcPrice,
        Input::Difficulty,
        Input::Height,
        Input::TxFees,
        Input::Horizon,
        Input::DifficultyGrowthYear,
        Input::DifficultyGrowthEpoch,
        Input::HalvingDifficultyChange,
        Input::PriceGrowth,
        Input::FeeGrowth,
        Input::BlockTime,
        Input::Resale,
        Input::DiscountRate,
        Input::Capacity,
        Input::Pue,
        Input::HostingPerKwh,
        Input::HostingFee,
        Input::CurtailedHours,
        Input::CurtailmentCredit,
        Input::PeakPrice,
        Input::PeakHour,
        Input::CarbonIntensity,
        Input::ExchangeRate,
        Input::Surcharge,
        Input::SurchargeFrom,
    ];

    /// Whether the input is an amount of money in the scenario's currency (or, for a
    /// surcharge, the table's): its range is stated in US dollars and scales with the
    /// currency's rate, so that 10 USD/kWh is 5,150 KZT/kWh at 515.
    pub const fn is_money(self) -> bool {
        matches!(
            self,
            Input::PowerPrice
                | Input::HardwareCost
                | Input::HostingPerKwh
                | Input::HostingFee
                | Input::CurtailmentCredit
                | Input::PeakPrice
                | Input::Surcharge
                | Input::SurchargeFrom
        )
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
        match self {
            // 1 MH/s (a USB stick) to 1 EH/s in one unit.
            Input::Hashrate => Limit::closed(1e-6, 1e6),
            // A milliwatt to 10 MW per unit.
            Input::Power => Limit::closed(1e-3, 1e7),
            Input::Units => Limit::whole(1.0, 10_000_000.0),
            // US dollars per kWh: no grid sells above 10.
            Input::PowerPrice => Limit::closed(0.0, 10.0),
            // 100 % would leave nothing to mine for.
            Input::PoolFee => Limit::closed(0.0, 99.0),
            Input::Uptime => Limit::above(0.0, 100.0),
            Input::HardwareCost => Limit::closed(0.0, 10_000_000.0),
            Input::BtcPrice => Limit::above(0.0, 1e9),
            // Difficulty 1 is the protocol minimum.
            Input::Difficulty => Limit::closed(1.0, 1e18),
            // Past 13,440,000 the subsidy is zero; further heights change nothing.
            Input::Height => Limit::whole(0.0, 20_000_000.0),
            Input::TxFees => Limit::closed(0.0, 100.0),
            // Up to ten years.
            Input::Horizon => Limit::whole(1.0, 120.0),
            // Over ten years these stay inside f64 (difficulty is also kept >= 1).
            Input::DifficultyGrowthYear => Limit::closed(-90.0, 1_000.0),
            Input::DifficultyGrowthEpoch => Limit::closed(-50.0, 100.0),
            Input::HalvingDifficultyChange => Limit::closed(-90.0, 300.0),
            Input::PriceGrowth | Input::FeeGrowth => Limit::closed(-90.0, 1_000.0),
            // A retarget can move difficulty 4x either way: 150 s to 2,400 s blocks
            // are what one epoch can produce; a wider range helps what-ifs.
            Input::BlockTime => Limit::closed(60.0, 3_600.0),
            Input::Resale => Limit::closed(0.0, 100.0),
            Input::DiscountRate => Limit::closed(-50.0, 100.0),
            // The largest mining sites draw a few hundred MW.
            Input::Capacity => Limit::above(0.0, 100_000.0),
            // 1 is no overhead; 3 is far worse than any mining site.
            Input::Pue => Limit::closed(1.0, 3.0),
            Input::HostingPerKwh | Input::PeakPrice | Input::Surcharge | Input::SurchargeFrom => {
                Limit::closed(0.0, 10.0)
            }
            Input::HostingFee => Limit::closed(0.0, 1_000_000.0),
            Input::CurtailedHours => Limit::closed(0.0, 24.0),
            Input::CurtailmentCredit => Limit::closed(0.0, 100_000.0),
            Input::PeakHour => Limit::closed(0.0, 24.0),
            // Lignite is about 1,100; 2,000 leaves room for a worse figure.
            Input::CarbonIntensity => Limit::closed(0.0, 2_000.0),
            Input::ExchangeRate => Limit::closed(1e-4, 1e6),
        }
    }

    /// A lower-case name for messages.
    pub const fn label(self) -> &'static str {
        match self {
            Input::Hashrate => "hashrate",
            Input::Power => "power",
            Input::Units => "units",
            Input::PowerPrice => "electricity price",
            Input::PoolFee => "pool fee",
            Input::Uptime => "uptime",
            Input::HardwareCost => "hardware cost",
            Input::BtcPrice => "BTC price",
            Input::Difficulty => "difficulty",
            Input::Height => "block height",
            Input::TxFees => "transaction fees",
            Input::Horizon => "horizon",
            Input::DifficultyGrowthYear => "difficulty growth per year",
            Input::DifficultyGrowthEpoch => "difficulty growth per retarget",
            Input::HalvingDifficultyChange => "difficulty change at the halving",
            Input::PriceGrowth => "BTC price growth",
            Input::FeeGrowth => "fee growth",
            Input::BlockTime => "block time",
            Input::Resale => "resale value",
            Input::DiscountRate => "discount rate",
            Input::Capacity => "site power capacity",
            Input::Pue => "PUE",
            Input::HostingPerKwh => "hosting per kWh",
            Input::HostingFee => "hosting fee",
            Input::CurtailedHours => "curtailed hours",
            Input::CurtailmentCredit => "curtailment credit",
            Input::PeakPrice => "peak price",
            Input::PeakHour => "peak hour",
            Input::CarbonIntensity => "grid carbon intensity",
            Input::ExchangeRate => "exchange rate",
            Input::Surcharge => "surcharge",
            Input::SurchargeFrom => "surcharge band price",
        }
    }
}

/// An input outside its range.
#[derive(Debug, Clone, PartialEq)]
pub struct InputError {
    pub input: Input,
    pub value: f64,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let l = self.input.limit();
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
        Err(InputError { input, value })
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
}
