//! Files the page offers for download, built as text here and tested natively.

use crate::engine::money::Currency;
use crate::engine::projection::Projection;

/// The monthly schedule as CSV (RFC 4180, comma-separated, a header row naming each
/// column's unit: money columns end in the currency's code, `revenue_usd`,
/// `revenue_kzt`). Numbers are unrounded, as Rust prints them; dates are ISO.
pub fn schedule_csv(p: &Projection, currency: Currency) -> String {
    let c = currency.code().to_ascii_lowercase();
    let mut out = format!(
        "month_start,btc_mined,revenue_{c},power_cost_{c},profit_{c},cash_flow_{c},cumulative_{c},running_share\r\n"
    );
    for m in &p.months {
        let start = m.start.map(|d| d.to_iso()).unwrap_or_default();
        out.push_str(&format!(
            "{start},{},{},{},{},{},{},{}\r\n",
            m.btc.btc(),
            m.revenue.amount(),
            m.power_cost.amount(),
            m.profit.amount(),
            m.cash_flow.amount(),
            m.cumulative.amount(),
            m.running,
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{Params, Scenario};

    #[test]
    fn one_row_a_month_with_a_header() {
        let (params, _) = Params::from_query("v=1&months=12&hw=2000");
        let p = Scenario::from_params(&params)
            .unwrap()
            .projection()
            .unwrap();
        let csv = schedule_csv(&p, Currency::Usd);
        let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), 13);
        assert!(lines[0].starts_with("month_start,btc_mined,revenue_usd"));
        assert!(lines[1].starts_with("2026-03-20,"));
        assert!(lines[12].starts_with("2027-02-20,"));
        let cumulative: f64 = lines[12].split(',').nth(6).unwrap().parse().unwrap();
        assert_eq!(cumulative, p.net_profit.amount());
        assert!(lines.iter().all(|l| l.split(',').count() == 8));
        assert!(schedule_csv(&p, Currency::Kzt)
            .starts_with("month_start,btc_mined,revenue_kzt,power_cost_kzt,"));
    }
}
