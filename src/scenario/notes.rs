//! One-line notes for readers of links made before a correction (CHANGELOG.md): where
//! a scenario's figures moved because a convention was corrected, the page says so in
//! one line. Each note is decided from the scenario and its figures alone; its English
//! text is in `src/text/notes.rs`.

use crate::engine::economics::Economics;
use crate::engine::money::SHIPPED_RATES;
use crate::engine::projection::Projection;
use crate::engine::protocol::RETARGET_INTERVAL;

use super::validated::Scenario;

/// A correction that moved this scenario's figures (issue 13).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Note {
    /// Curtailment with the machines off at peak now takes hours they would otherwise
    /// run (it used to land in the dark peak window and earn a credit).
    CurtailmentOffPeak,
    /// Machines the capacity leaves off are no longer bought (their hardware used to
    /// count in the cost, payback, NPV and IRR).
    LeftOffNotBought,
    /// `dh` with a halving on a retarget block in the horizon: it now applies one
    /// retarget later than it used to.
    HalvingChangeAfterRetarget,
    /// The all-in cost per BTC now counts hosting fees and no longer subtracts
    /// curtailment credits.
    AllInCostFeesAndCredits,
    /// Then and now: "now" converts at the link's exchange rates, no longer at the
    /// shipped ones.
    ThenAndNowLinkRates,
}

impl Note {
    /// The note's id, written in `data-note`.
    pub fn id(self) -> &'static str {
        match self {
            Note::CurtailmentOffPeak => "curtailment-off-peak",
            Note::LeftOffNotBought => "left-off-not-bought",
            Note::HalvingChangeAfterRetarget => "halving-change-after-retarget",
            Note::AllInCostFeesAndCredits => "all-in-cost-fees-and-credits",
            Note::ThenAndNowLinkRates => "then-and-now-link-rates",
        }
    }
}

/// The notes that apply to `s`, whose figures at its own network are `e` and whose
/// projection is `p`.
pub fn notes(s: &Scenario, e: &Economics, p: &Projection) -> Vec<Note> {
    let mut out = Vec::new();
    let dark_peak = s
        .site
        .time_of_use
        .is_some_and(|t| t.switch_off && t.hours > 0.0);
    if dark_peak && s.site.curtailed_hours > 0.0 {
        out.push(Note::CurtailmentOffPeak);
    }
    let bought_left_off = e
        .lines
        .iter()
        .any(|l| l.running_units < l.line.units && l.line.hardware_cost.amount() > 0.0);
    if bought_left_off {
        out.push(Note::LeftOffNotBought);
    }
    let halving_on_retarget = p.halving.height.is_multiple_of(RETARGET_INTERVAL);
    if s.projection.halving_difficulty_change.percent() != 0.0
        && halving_on_retarget
        && p.halving.date < p.end
    {
        out.push(Note::HalvingChangeAfterRetarget);
    }
    let credits: f64 = p.months.iter().map(|m| m.credits.amount()).sum();
    let fees_or_credits = p.total_fees.amount() > 0.0 || credits > 0.0;
    if fees_or_credits && p.avg_cost_per_btc.is_some() {
        out.push(Note::AllInCostFeesAndCredits);
    }
    let own_rates = s
        .rates_in_use()
        .iter()
        .any(|&(c, per_usd)| per_usd != SHIPPED_RATES.rates.per_usd(c));
    if s.compare && own_rates {
        out.push(Note::ThenAndNowLinkRates);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::Params;

    fn notes_of(query: &str) -> Vec<Note> {
        let (params, rejected) = Params::from_query(query);
        assert!(rejected.is_empty(), "{rejected:?}");
        let s = Scenario::from_params(&params).expect("valid");
        notes(
            &s,
            &s.economics().expect("in range"),
            &s.projection().expect("in range"),
        )
    }

    #[test]
    fn curtailment_with_the_peak_off_is_noted() {
        assert_eq!(
            notes_of("v=1&peak=0.08&peakh=17-21&peakoff=1&curt=2"),
            [Note::CurtailmentOffPeak]
        );
        assert!(notes_of("v=1&peak=0.08&peakh=17-21&curt=2").is_empty());
        assert!(notes_of("v=1&peak=0.08&peakh=17-21&peakoff=1").is_empty());
        assert!(notes_of("v=1").is_empty());
    }

    #[test]
    fn machines_left_off_with_a_price_are_noted() {
        // 10 x 3.5 kW = 35 kW on a 10 kW site: 2 run, 8 are left off at $1,000 each.
        assert_eq!(
            notes_of("v=1&n=10&cap=0.01&hw=1000"),
            [Note::LeftOffNotBought]
        );
        // Left off but free, or all fitting: nothing moved.
        assert!(notes_of("v=1&n=10&cap=0.01").is_empty());
        assert!(notes_of("v=1&n=2&cap=0.01&hw=1000").is_empty());
    }

    #[test]
    fn a_halving_change_on_a_retarget_halving_is_noted() {
        // From height 1,250,000 the next halving is 1,260,000 = 625 x 2016, about 69 days
        // away at 600 s: within a 12-month horizon.
        let at = "v=1&height=1250000&date=2031-10-01&months=12";
        assert_eq!(
            notes_of(&format!("{at}&dh=-10")),
            [Note::HalvingChangeAfterRetarget]
        );
        assert!(notes_of(at).is_empty());
        // The 2028 halving (1,050,000) is not a retarget: nothing moved.
        assert!(notes_of("v=1&dh=-10&months=36").is_empty());
        // Beyond the horizon: nothing moved.
        assert!(notes_of("v=1&height=1250000&date=2031-10-01&months=1&dh=-10").is_empty());
    }

    #[test]
    fn an_all_in_cost_with_fees_or_credits_is_noted() {
        let all_in = [Note::AllInCostFeesAndCredits];
        assert_eq!(notes_of("v=1&hfee=10"), all_in);
        assert_eq!(notes_of("v=1&curt=2&curtc=30"), all_in);
        // Curtailed without a credit, or no BTC mined: nothing moved.
        assert!(notes_of("v=1&curt=2").is_empty());
        assert!(notes_of("v=1&hfee=10&height=7000000&txfee=0").is_empty());
    }

    #[test]
    fn then_and_now_at_a_rate_other_than_the_shipped_one_is_noted() {
        let now = [Note::ThenAndNowLinkRates];
        assert_eq!(notes_of("v=1&cmp=1&cur=KZT&fxkzt=431.8&kwh=20"), now);
        // A surcharge table in tenge uses the tenge's rate too.
        assert_eq!(notes_of("v=1&cmp=1&fxkzt=431.8&sur=1"), now);
        // The shipped rate, no comparison, or a rate the scenario does not use.
        assert!(notes_of("v=1&cmp=1&cur=KZT&fxkzt=515&kwh=20").is_empty());
        assert!(notes_of("v=1&cur=KZT&fxkzt=431.8&kwh=20").is_empty());
        assert!(notes_of("v=1&cmp=1&fxkzt=431.8").is_empty());
    }
}
