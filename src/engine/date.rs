//! Calendar dates (proleptic Gregorian, UTC) as a day count, for the projection's
//! months and the dates it reports. Small and exact; no time zones, no clock.

/// A calendar day, counted from 1970-01-01 (the `Default`, day 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Date(i64);

/// Seconds in a day.
const DAY_SECS: f64 = 86_400.0;

impl Date {
    /// The date of `year`-`month`-`day`; `None` for a day that does not exist.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        // Days from civil (H. Hinnant's algorithm), years starting in March.
        let y = i64::from(year) - i64::from(month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(Date(era * 146_097 + doe - 719_468))
    }

    /// Year, month (1-12) and day (1-31).
    pub fn ymd(self) -> (i32, u32, u32) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        (year, month, day)
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if !(digits(y) && digits(m) && digits(d)) {
            return None;
        }
        Date::from_ymd(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// `YYYY-MM-DD`.
    pub fn to_iso(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// Days since 1970-01-01.
    pub fn days_since_epoch(self) -> i64 {
        self.0
    }

    pub fn plus_days(self, days: i64) -> Date {
        Date(self.0 + days)
    }

    /// The same day `months` later, clamped to the month's last day (Jan 31 + 1 month
    /// is Feb 28 or 29).
    pub fn plus_months(self, months: u32) -> Date {
        let (y, m, d) = self.ymd();
        let total = i64::from(y) * 12 + i64::from(m - 1) + i64::from(months);
        let (year, month) = (total.div_euclid(12) as i32, total.rem_euclid(12) as u32 + 1);
        let day = d.min(days_in_month(year, month));
        Date::from_ymd(year, month, day).expect("the day was clamped into the month")
    }

    /// Seconds from `self` to `later` (negative when `later` is earlier).
    pub fn secs_until(self, later: Date) -> f64 {
        (later.0 - self.0) as f64 * DAY_SECS
    }

    /// The date `secs` seconds after the start of `self`, rounded down to the day.
    pub fn plus_secs(self, secs: f64) -> Date {
        Date(self.0 + (secs / DAY_SECS).floor() as i64)
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn case(iso: &str, days: i64) {
        let d = Date::parse_iso(iso).expect("valid date");
        assert_eq!(d.days_since_epoch(), days, "{iso}");
        assert_eq!(d.to_iso(), iso);
    }

    #[test]
    fn known_days() {
        case("1970-01-01", 0);
        case("2000-02-29", 11_016);
        case("2024-04-20", 19_833);
        case("2026-03-20", 20_532);
        case("1969-12-31", -1);
    }

    #[test]
    fn every_day_round_trips() {
        for n in -800_000..800_000 {
            let d = Date(n);
            let (y, m, day) = d.ymd();
            assert_eq!(Date::from_ymd(y, m, day), Some(d));
        }
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "26-03-20",
            "2026-3-20",
            "2026-03-2x",
            "",
            "2026-03-20-1",
        ] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn months_clamp_to_the_last_day() {
        let d = Date::parse_iso("2026-01-31").unwrap();
        assert_eq!(d.plus_months(1).to_iso(), "2026-02-28");
        assert_eq!(d.plus_months(13).to_iso(), "2027-02-28");
        assert_eq!(
            Date::parse_iso("2027-01-31")
                .unwrap()
                .plus_months(13)
                .to_iso(),
            "2028-02-29"
        );
        assert_eq!(
            Date::parse_iso("2026-03-20")
                .unwrap()
                .plus_months(120)
                .to_iso(),
            "2036-03-20"
        );
    }
}
