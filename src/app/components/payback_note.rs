//! The sentence that ties the two paybacks together: the static one ("Payback 807 days",
//! today's figures held constant) and the projection's (difficulty growth, the halving,
//! price and fee growth as assumed). Without it the page can say "807 days" beside "not
//! within the horizon" and leave the reader to guess which is right: both are, for what
//! each assumes.

use yew::prelude::*;

use crate::app::format::{format, Style};

/// The note under the projection's figures, shown only when hardware is bought (there
/// is no payback otherwise): a function, not a component, drawn with the projection.
/// `static_days` is hardware / today's daily profit (`None` without profit today),
/// `projected` the projection's payback date (ISO; `None` when not within the horizon),
/// `end` the horizon's last day and `halving` the next halving's date when within it.
pub fn payback_note(
    static_days: Option<f64>,
    projected: Option<&str>,
    end: &str,
    halving: Option<&str>,
) -> Html {
    let days = static_days
        .filter(|d| d.is_finite())
        .map(|d| format(d, Style::Decimals(0)));
    let text = sentence(days.as_deref(), projected, end, halving);
    html! { <p class="hint" data-testid="payback-note">{ text }</p> }
}

/// The sentence, from the static payback in days as shown, the projection's payback
/// date, the horizon's end and the halving within it.
pub fn sentence(
    static_days: Option<&str>,
    projected: Option<&str>,
    end: &str,
    halving: Option<&str>,
) -> String {
    let today = match static_days {
        Some(days) => format!(
            "The payback of {days} days holds today's price, difficulty and fees constant"
        ),
        None => "At today's price, difficulty and fees held constant the machines make no profit and never pay back".to_owned(),
    };
    let halving = halving.map_or_else(String::new, |h| format!(", the halving of {h} included"));
    let projection = match projected {
        Some(date) => format!("pays back on {date}"),
        None => format!("does not pay back by {end}"),
    };
    format!("{today}; the projection, which applies the assumptions above{halving}, {projection}.")
}

#[cfg(test)]
mod tests {
    use super::sentence;

    #[test]
    fn the_sentence_names_both_paybacks_and_what_separates_them() {
        // The default S21 at 6 US cents with hardware of 617.50: today's profit of
        // 0.7648 a day pays it back in 807 days; the projection, with difficulty +20 % a
        // year and the 2028 halving, does not within 36 months.
        assert_eq!(
            sentence(Some("807"), None, "2029-03-20", Some("2028-04-11")),
            "The payback of 807 days holds today's price, difficulty and fees constant; \
             the projection, which applies the assumptions above, the halving of \
             2028-04-11 included, does not pay back by 2029-03-20."
        );
        assert_eq!(
            sentence(None, Some("2027-01-05"), "2030-03-20", None),
            "At today's price, difficulty and fees held constant the machines make no \
             profit and never pay back; the projection, which applies the assumptions \
             above, pays back on 2027-01-05."
        );
    }
}
