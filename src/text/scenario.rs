//! The English text of the scenario's messages: what is wrong with a field
//! ([`FieldError`]), why a link's value was not taken ([`Reason`]) and what is said about
//! figures that are computed but not meaningful ([`Warning`]).

use std::fmt::{self, Display, Formatter};

use crate::engine::limits::{Input, Limit};
use crate::engine::money::Currency;
use crate::scenario::warnings::Warning;
use crate::scenario::{
    plain_number, FieldError, Key, Problem, Reason, Region, FORMAT_VERSION, MAX_BANDS,
};

impl Display for FieldError {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let key = self.meaning();
        let range = self
            .limit()
            .map(|(limit, unit)| describe_limit(&limit, &unit))
            .unwrap_or_default();
        if let Some(part) = self.part {
            write!(f, "{}: ", part.key().as_str())?;
        }
        match &self.problem {
            Problem::Empty => write!(f, "empty: enter {range}"),
            Problem::NotANumber => write!(f, "not a number: enter {range}"),
            Problem::Comma => write!(
                f,
                "use a point for decimals and no thousands separators: enter {range}"
            ),
            Problem::Separators => write!(
                f,
                "commas or spaces that group neither thousands (10,000) nor decimals (0,05): enter {range}"
            ),
            Problem::Currency {
                mark,
                field: Some(currency),
            } => write!(
                f,
                "“{mark}” is not {}, the currency of this amount, and is never converted: enter {range}",
                currency.code()
            ),
            Problem::Currency { mark, field: None } => {
                write!(f, "“{mark}”: not an amount of money: enter {range}")
            }
            Problem::OutOfRange(_) => write!(f, "out of range: enter {range}"),
            Problem::UnknownChoice => match key {
                Key::Payout => write!(f, "unknown payout scheme: use fpps or pps"),
                Key::Dgper => write!(f, "unknown period: use year or epoch"),
                Key::Off => write!(
                    f,
                    "use 1 to switch machines off when they lose money, 0 not to"
                ),
                Key::Peakoff | Key::Cmp => write!(f, "use 1 for yes, 0 for no"),
                Key::Cur | Key::Scur => write!(
                    f,
                    "unknown currency: use {}",
                    Currency::ALL.map(Currency::code).join(", ")
                ),
                Key::Region => write!(
                    f,
                    "unknown region: use {}",
                    Region::ALL.map(Region::id).join(", ")
                ),
                _ => write!(f, "not in the catalog: pick a machine or enter its specs"),
            },
            Problem::NotADate => write!(
                f,
                "not a date: enter YYYY-MM-DD, from 2009-01-03 to 2100-12-31"
            ),
            Problem::StartBeforeDate => write!(
                f,
                "the machines cannot start before the date of the network figures"
            ),
            Problem::StartAfterHorizon { end } => write!(
                f,
                "{} ({}) must be before the end of the horizon, {} (the date of the network figures plus the horizon's months): pick an earlier start or a longer horizon",
                key.label(),
                key.as_str(),
                end.to_iso()
            ),
            Problem::LineFormat => write!(
                f,
                "a fleet line is five values joined by _: machine id (or empty), TH/s, W, units, hardware cost"
            ),
            Problem::SurchargeFormat => write!(
                f,
                "write bands as surcharge*from-price joined by _, e.g. 1*24_25 (at most {} bands, each from 0 to {} {}/kWh, from-prices different)",
                MAX_BANDS,
                plain_number(Input::Surcharge.limit_in(self.scale.per_usd).max),
                self.scale.currency.code()
            ),
            Problem::SurchargeUnknown { from, to } => {
                let code = self.scale.currency.code();
                let range = match to {
                    Some(to) => format!("from {} to {}", plain_number(*from), plain_number(*to)),
                    None => format!("from {}", plain_number(*from)),
                };
                write!(
                    f,
                    "the surcharge for an average purchase price {range} {code}/kWh is not known: enter it, or remove the band"
                )
            }
            Problem::PeakHours => write!(
                f,
                "enter the peak window as start-end in whole hours from 0 to 24, e.g. 18-22"
            ),
        }
    }
}

/// "a number from 0 to 10 USD/kWh", "a whole number from 1 to 10,000,000 units".
pub fn describe_limit(limit: &Limit, unit: &str) -> String {
    let kind = if limit.whole {
        "a whole number"
    } else {
        "a number"
    };
    let low = if limit.min_exclusive { "above" } else { "from" };
    let unit = if unit.is_empty() {
        String::new()
    } else {
        format!(" {unit}")
    };
    format!(
        "{kind} {low} {} to {}{unit}",
        plain_number(limit.min),
        plain_number(limit.max)
    )
}

impl Display for Warning {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            Warning::BeyondNetwork => write!(
                f,
                "This fleet would hash more than the whole Bitcoin network at this difficulty \
                 (its share of the network is above 100 %). The figures are computed, but they \
                 do not mean much: difficulty would not stay here. It retargets every 2,016 \
                 blocks to keep blocks 10 minutes apart, so a fleet this size would raise it \
                 and earn far less than shown."
            ),
        }
    }
}

impl Display for Reason {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            Reason::TooLong { len, max } => {
                write!(f, "value is {len} characters long; at most {max} are read")
            }
            Reason::UnknownVersion { given } => write!(
                f,
                "link format version {given} is not one this page knows (it reads version {FORMAT_VERSION}); the keys it knows were read"
            ),
            Reason::UnknownMachine { id } => write!(f, "no machine {id:?} in the catalog"),
            Reason::Field(error) => error.fmt(f),
            Reason::Locked => write!(
                f,
                "is locked by the embedding page; the message's value was not used"
            ),
            Reason::Conflict(error) => write!(
                f,
                "not used: it would make {} wrong ({error})",
                error.meaning().as_str()
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::embed::inbound::apply_query;
    use crate::embed::Locks;
    use crate::scenario::{Key, Params, Scenario};

    /// The message of the one value of `query` that is rejected.
    #[track_caller]
    fn rejected(query: &str) -> String {
        let (_, rejected) = Params::from_query(query);
        assert_eq!(rejected.len(), 1, "{rejected:?}");
        format!("{}: {}", rejected[0].key, rejected[0].message())
    }

    #[test]
    fn link_errors_read_as_before() {
        assert_eq!(
            rejected("v=9"),
            "v: link format version 9 is not one this page knows (it reads version 1); the keys it knows were read"
        );
        assert_eq!(
            rejected(&format!("n={}", "1".repeat(65))),
            "n: value is 65 characters long; at most 64 are read"
        );
        assert_eq!(
            rejected("miner=nope"),
            "miner: no machine \"nope\" in the catalog"
        );
        assert_eq!(
            rejected("pool=abc"),
            "pool: not a number: enter a number from 0 to 99 %"
        );
    }

    #[test]
    fn the_growth_range_quoted_is_the_one_of_its_period() {
        let epoch = "dg: out of range: enter a number from -50 to 100 %";
        assert_eq!(rejected("dgper=epoch&dg=500"), epoch);
        assert_eq!(rejected("dg=500&dgper=epoch"), epoch);
        assert_eq!(
            rejected("dgper=epoch&dg=x"),
            "dg: not a number: enter a number from -50 to 100 %"
        );
        assert_eq!(
            rejected("dg=5000"),
            "dg: out of range: enter a number from -90 to 1,000 %"
        );
        let mut params = Params::default();
        params.set(Key::Dgper, "epoch");
        params.set(Key::Dg, "500");
        let errors = Scenario::from_params(&params).unwrap_err();
        let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(shown, ["out of range: enter a number from -50 to 100 %"]);
        params.set(Key::Dg, "");
        let errors = Scenario::from_params(&params).unwrap_err();
        assert_eq!(
            errors[0].to_string(),
            "empty: enter a number from -50 to 100 %"
        );
    }

    #[test]
    fn amounts_are_refused_against_their_own_currency() {
        assert_eq!(
            rejected("cur=KZT&fxkzt=500&kwh=99999"),
            "kwh: out of range: enter a number from 0 to 5,000 KZT/kWh"
        );
        // Another currency's sign is named, not converted (a link's value as a typed one).
        assert_eq!(
            rejected("cur=KZT&fxkzt=500&kwh=$0.05"),
            "kwh: “$” is not KZT, the currency of this amount, and is never converted: enter a number from 0 to 5,000 KZT/kWh"
        );
        assert_eq!(
            rejected("n=$5"),
            "n: “$”: not an amount of money: enter a whole number from 1 to 10,000,000 units"
        );
        assert_eq!(
            rejected("hw=1,234,5"),
            "hw: commas or spaces that group neither thousands (10,000) nor decimals (0,05): enter a number from 0 to 10,000,000 USD"
        );
        // A link takes no typed forms: a comma is refused as before.
        assert_eq!(
            rejected("kwh=0,05"),
            "kwh: use a point for decimals and no thousands separators: enter a number from 0 to 10 USD/kWh"
        );
        // A fleet line's hardware cost, in `cur`.
        assert_eq!(
            rejected("cur=KZT&fxkzt=500&m2=_1_1_1_-5"),
            "m2: hw: out of range: enter a number from 0 to 5e9 KZT"
        );
        // Surcharges, in `scur`, not `cur`.
        assert_eq!(
            rejected("cur=EUR&scur=KZT&fxkzt=500&sur=9999"),
            "sur: write bands as surcharge*from-price joined by _, e.g. 1*24_25 (at most 8 bands, each from 0 to 5,000 KZT/kWh, from-prices different)"
        );
        // A band whose surcharge is not known is named by its prices, in `scur`.
        assert_eq!(
            rejected("scur=KZT&sur=1*24_*0"),
            "sur: the surcharge for an average purchase price from 0 to 24 KZT/kWh is not known: enter it, or remove the band"
        );
        // A `set` message reads amounts in the embed's current currency.
        let current = Params::from_query("cur=KZT&fxkzt=500&kwh=20").0;
        let (_, rejected) = apply_query(&current, "hw=-1&m3=_1_1_1_x", &Locks::default());
        let shown: Vec<String> = rejected
            .iter()
            .map(|r| format!("{}: {}", r.key, r.message()))
            .collect();
        assert_eq!(
            shown,
            [
                "hw: out of range: enter a number from 0 to 5e9 KZT",
                "m3: hw: not a number: enter a number from 0 to 5e9 KZT"
            ]
        );
    }
}
