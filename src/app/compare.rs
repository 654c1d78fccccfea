//! Today's network, and a scenario's figures beside the same scenario on it: what the
//! page calls "today" (live figures when it has them, else the last live figures this
//! browser kept, else the shipped snapshot, each labelled), and the comparison's rows
//! (then, today and the difference, each in its unit). Pure, tested natively;
//! `components/compare_today.rs` draws it.

use yew::AttrValue;

use crate::app::live::LiveStatus;
use crate::engine::date::Date;
use crate::engine::economics::Economics;
use crate::engine::snapshot::{NetworkSnapshot, SHIPPED_SNAPSHOT};

/// Where today's network comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TodaySource {
    Live,
    /// The last live figures this browser kept, while the API cannot be reached.
    Kept,
    Snapshot,
}

impl TodaySource {
    /// The source as the comparisons name it ("On live figures of 2026-12-01").
    pub fn label(self) -> &'static str {
        match self {
            TodaySource::Live => "live figures",
            TodaySource::Kept => "the last live figures",
            TodaySource::Snapshot => "the snapshot",
        }
    }
}

/// Today's network, its date (ISO) and where it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Today {
    pub network: NetworkSnapshot,
    pub date: AttrValue,
    pub source: TodaySource,
}

impl Today {
    /// Today's network as the page has it now.
    pub fn of(live: &LiveStatus) -> Today {
        let from = |live: &crate::live::LiveNetwork, source| Today {
            network: live.network,
            date: AttrValue::from(live.date().to_iso()),
            source,
        };
        match live {
            LiveStatus::Ready { live, .. } => from(live, TodaySource::Live),
            LiveStatus::Failed {
                kept: Some((live, _)),
                ..
            } => from(live, TodaySource::Kept),
            _ => Today {
                network: SHIPPED_SNAPSHOT.network,
                date: AttrValue::Static(SHIPPED_SNAPSHOT.date),
                source: TodaySource::Snapshot,
            },
        }
    }
}

/// What a row of the comparison measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// Height of the next block (blocks).
    Height,
    /// Difficulty, in T (10^12).
    Difficulty,
    /// BTC price in the scenario's currency, at its rate.
    BtcPrice,
    /// Average transaction fees per block (BTC).
    Fees,
    /// Revenue of 1 PH/s for a day, before the pool fee (currency/PH/s/day).
    Hashprice,
    /// The fleet's profit a day (currency/day).
    Profit,
    /// The all-in power price at which the profit is zero (currency/kWh).
    BreakEven,
}

impl Measure {
    pub const ALL: [Measure; 7] = [
        Measure::Height,
        Measure::Difficulty,
        Measure::BtcPrice,
        Measure::Fees,
        Measure::Hashprice,
        Measure::Profit,
        Measure::BreakEven,
    ];

    /// The figure on one side; `None` when it is undefined (no break-even).
    fn value(self, network: &NetworkSnapshot, e: &Economics) -> Option<f64> {
        let v = match self {
            Measure::Height => network.height as f64,
            Measure::Difficulty => network.difficulty.get() / 1e12,
            Measure::BtcPrice => e.btc_price.amount_per_btc(),
            Measure::Fees => network.avg_fees_per_block.to_btc().btc(),
            Measure::Hashprice => e.hashprice_per_ph_day.amount(),
            Measure::Profit => e.fleet.profit.amount(),
            Measure::BreakEven => e.break_even_power_price?.amount_per_kwh(),
        };
        v.is_finite().then_some(v)
    }
}

/// One row: the figure then and today, and today less then.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Row {
    pub measure: Measure,
    pub then: Option<f64>,
    pub today: Option<f64>,
    pub change: Option<f64>,
}

/// The comparison's rows: the scenario on its own network (`then`) and on today's.
pub fn rows(
    then: (&NetworkSnapshot, &Economics),
    today: (&NetworkSnapshot, &Economics),
) -> Vec<Row> {
    Measure::ALL
        .into_iter()
        .map(|measure| {
            let a = measure.value(then.0, then.1);
            let b = measure.value(today.0, today.1);
            Row {
                measure,
                then: a,
                today: b,
                change: a.zip(b).map(|(a, b)| b - a),
            }
        })
        .collect()
}

/// Whole days from `then` to `today` (ISO dates); `None` when one cannot be read.
pub fn days_between(then: &str, today: &str) -> Option<i64> {
    let day = |d: &str| Date::parse_iso(d).map(|d| d.days_since_epoch());
    Some(day(today)? - day(then)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{Params, Scenario};

    fn scenario(query: &str) -> Scenario {
        Scenario::from_params(&Params::from_query(query).0).expect("valid")
    }

    #[track_caller]
    fn near(got: Option<f64>, want: f64) {
        let got = got.expect("a value");
        assert!(
            (got - want).abs() <= 1e-9 * want.abs().max(1.0),
            "{got} vs {want}"
        );
    }

    #[test]
    fn each_row_is_then_today_and_their_difference() {
        // The default S21 on the network of 2021-12-31 and on the shipped snapshot.
        let then = scenario(
            "v=1&price=46306.45&diff=24272331996979.97&height=716599&txfee=0.05&date=2021-12-31",
        );
        let today = then.on_network(SHIPPED_SNAPSHOT.network);
        let (e1, e2) = (then.economics().unwrap(), today.economics().unwrap());
        let rows = rows((&then.network, &e1), (&today.network, &e2));
        assert_eq!(rows.len(), Measure::ALL.len());
        let row = |m: Measure| *rows.iter().find(|r| r.measure == m).unwrap();

        let height = row(Measure::Height);
        assert_eq!(
            (height.then, height.today),
            (Some(716_599.0), Some(941_472.0))
        );
        assert_eq!(height.change, Some(224_873.0));

        let diff = row(Measure::Difficulty);
        near(diff.then, 24.272_331_996_979_97);
        near(diff.today, 133.79);
        near(diff.change, 133.79 - 24.272_331_996_979_97);

        let price = row(Measure::BtcPrice);
        near(price.change, 62_630.0 - 46_306.45);

        let fees = row(Measure::Fees);
        near(fees.then, 0.05);
        near(fees.today, 0.02);
        near(fees.change, -0.03);

        // Money rows are the engine's own figures.
        let profit = row(Measure::Profit);
        near(profit.then, e1.fleet.profit.amount());
        near(profit.today, e2.fleet.profit.amount());
        near(
            profit.change,
            e2.fleet.profit.amount() - e1.fleet.profit.amount(),
        );
        near(
            row(Measure::Hashprice).today,
            e2.hashprice_per_ph_day.amount(),
        );
        near(
            row(Measure::BreakEven).then,
            e1.break_even_power_price.unwrap().amount_per_kwh(),
        );
    }

    #[test]
    fn a_zero_then_changes_by_todays_figure() {
        // After the last subsidy with no fees nothing is earned then: hashprice and
        // break-even power price are 0, so the change is today's figure; fees likewise.
        let then = scenario("v=1&height=7000000&txfee=0");
        let today = then.on_network(SHIPPED_SNAPSHOT.network);
        let (e1, e2) = (then.economics().unwrap(), today.economics().unwrap());
        let rows = rows((&then.network, &e1), (&today.network, &e2));
        let row = |m: Measure| *rows.iter().find(|r| r.measure == m).unwrap();
        let hashprice = row(Measure::Hashprice);
        assert_eq!(hashprice.then, Some(0.0));
        near(hashprice.change, e2.hashprice_per_ph_day.amount());
        assert_eq!(row(Measure::BreakEven).then, Some(0.0));
        let fees = row(Measure::Fees);
        assert_eq!(fees.then, Some(0.0));
        near(fees.change, 0.02);
    }

    #[test]
    fn days_between_dates() {
        for (then, today, want) in [
            ("2021-12-31", "2026-03-20", Some(1_540)),
            ("2026-03-20", "2026-03-20", Some(0)),
            ("2026-12-01", "2026-03-20", Some(-256)),
            ("2026-13-01", "2026-03-20", None),
        ] {
            assert_eq!(days_between(then, today), want, "{then} to {today}");
        }
    }

    #[test]
    fn today_is_the_snapshot_until_live_figures_come() {
        let today = Today::of(&LiveStatus::Waiting);
        assert_eq!(today.source, TodaySource::Snapshot);
        assert_eq!(today.network, SHIPPED_SNAPSHOT.network);
        assert_eq!(today.date.as_str(), SHIPPED_SNAPSHOT.date);
    }
}
