//! The results of the current scenario, computed once per change and shared behind `Rc`:
//! the engine evaluates the fleet once, and the projection starts from those figures.
//! Components take the parts they show; none computes.

use std::rc::Rc;

use yew::AttrValue;

use crate::engine::money::Currency;

use crate::catalog::Miner;
use crate::engine::economics::{evaluate_fleet, Economics};
use crate::engine::projection::{project_evaluated, Projection};
use crate::scenario::notes::{notes, Note};
use crate::scenario::warnings::{warnings, Warning};
use crate::scenario::{FieldError, Scenario};

/// The figures of a valid scenario.
#[derive(Debug, PartialEq)]
pub struct Figures {
    /// Behind `Rc`: the comparison with today's network takes it as it is.
    pub scenario: Rc<Scenario>,
    pub economics: Rc<Economics>,
    pub projection: Rc<Projection>,
    /// Notes on figures a correction moved (CHANGELOG.md).
    pub notes: Rc<[Note]>,
}

/// What the page shows for the current fields.
#[derive(Debug, PartialEq)]
pub enum Outcome {
    Ready(Box<Figures>),
    /// No figure matches the fields: why, one line each.
    Paused(Rc<[String]>),
}

impl Outcome {
    /// The results of the parsed fields. Then and now (`cmp=1`) is computed by the
    /// on-demand module, which draws it (`on_demand::features`).
    pub fn of(parsed: &Result<Scenario, Vec<FieldError>>) -> Outcome {
        let s = match parsed {
            Ok(s) => s,
            Err(errors) => {
                return Outcome::Paused(
                    errors
                        .iter()
                        .map(|e| format!("{}: {e}", e.key.as_str()))
                        .collect(),
                )
            }
        };
        let fleet = s.fleet();
        let figures = evaluate_fleet(&fleet, &s.network).and_then(|economics| {
            let projection = project_evaluated(&fleet, &economics, &s.network, &s.projection)?;
            Ok((economics, projection))
        });
        match figures {
            Ok((economics, projection)) => Outcome::Ready(Box::new(Figures {
                notes: notes(s, &economics, &projection).into(),
                scenario: Rc::new(s.clone()),
                economics: Rc::new(economics),
                projection: Rc::new(projection),
            })),
            Err(e) => Outcome::Paused(Rc::from([e.to_string()])),
        }
    }

    /// What the live region says after a change: profit and break-even, or what to fix;
    /// and that a warning stands, when one does. The warnings themselves are not live
    /// regions: their figures change with every keystroke, and this is the page's one
    /// announcement.
    pub fn announcement(&self, currency: Currency) -> AttrValue {
        use crate::app::format::{format, Style};
        let text = match self {
            Outcome::Ready(f) => {
                let e = &f.economics;
                let profit = format(e.fleet.profit.amount(), Style::Money(currency));
                let mut text = match e.break_even_power_price {
                    Some(p) => format!(
                        "Profit {profit} a day; break-even {} per kWh",
                        format(p.amount_per_kwh(), Style::UnitPrice(currency))
                    ),
                    None => format!("Profit {profit} a day"),
                };
                if e.site.capacity_limited {
                    text.push_str("; not every machine fits the site's capacity");
                }
                for warning in warnings(e) {
                    text.push_str(match warning {
                        Warning::BeyondNetwork => {
                            "; warning: more than the whole network's hashrate"
                        }
                    });
                }
                text
            }
            Outcome::Paused(problems) => match problems.len() {
                1 => "Results not updated: 1 field to fix".to_owned(),
                n => format!("Results not updated: {n} fields to fix"),
            },
        };
        AttrValue::from(text)
    }

    /// The figures, when there are any.
    pub fn figures(&self) -> Option<&Figures> {
        match self {
            Outcome::Ready(f) => Some(f),
            Outcome::Paused(_) => None,
        }
    }
}

/// Each fleet line's name for people, in line order.
pub fn line_names(s: &Scenario) -> Vec<AttrValue> {
    let name = |m: Option<&'static Miner>| {
        AttrValue::from(m.map_or("Custom machine".to_owned(), |m| m.name()))
    };
    std::iter::once(name(s.miner))
        .chain(s.lines.iter().map(|l| name(l.miner)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{Key, Params};

    #[test]
    fn figures_are_the_engines_once_evaluated() {
        let (params, _) = Params::from_query("v=1&months=60&hw=3000&cmp=1");
        let parsed = Scenario::from_params(&params);
        let s = parsed.clone().expect("valid");
        let figures = match Outcome::of(&parsed) {
            Outcome::Ready(f) => *f,
            Outcome::Paused(p) => panic!("paused: {p:?}"),
        };
        assert_eq!(*figures.economics, s.economics().unwrap());
        assert_eq!(*figures.projection, s.projection().unwrap());
    }

    #[test]
    fn bad_fields_pause_with_each_named() {
        let mut params = Params::default();
        params.set(Key::Kwh, "x");
        params.set(Key::N, "0");
        match Outcome::of(&Scenario::from_params(&params)) {
            Outcome::Paused(problems) => {
                assert_eq!(problems.len(), 2);
                assert!(problems.iter().any(|p| p.starts_with("kwh: ")));
                assert!(problems.iter().any(|p| p.starts_with("n: ")));
            }
            Outcome::Ready(_) => panic!("two bad fields give no figures"),
        }
    }
}
