//! The English text of the notes on corrected figures (`scenario::notes`).

use std::fmt;

use crate::scenario::notes::Note;

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Note::CurtailmentOffPeak => write!(
                f,
                "Curtailed hours are hours the machines would otherwise run: with the machines off at peak they come out of the rest of the day. Links made before this correction showed more energy and a credit for the dark peak (see CHANGELOG)."
            ),
            Note::LeftOffNotBought => write!(
                f,
                "Machines that do not fit the site's capacity are not bought: links made before this correction counted their hardware in the cost, payback, NPV and IRR (see CHANGELOG)."
            ),
            Note::HalvingChangeAfterRetarget => write!(
                f,
                "The one-off difficulty change at the halving applies at the first retarget after it: the retarget on the halving block measures blocks mined before it. Links made before this correction applied it one retarget earlier (see CHANGELOG)."
            ),
            Note::AllInCostFeesAndCredits => write!(
                f,
                "All-in cost per BTC counts hosting fees per machine, and curtailment credits count as revenue: links made before this correction left the fees out and subtracted the credits (see CHANGELOG)."
            ),
            Note::ThenAndNowLinkRates => write!(
                f,
                "Then and now: both sides convert at this link's exchange rates, so that only the network differs. Links made before this correction converted \"now\" at the shipped rates (see CHANGELOG)."
            ),
        }
    }
}
