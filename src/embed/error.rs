//! Why a partner's option cannot be used: [`OptionError`] names the option and the
//! value, [`ValueError`] says what is wrong with it. Their English text is in
//! `text::embed`.

use super::{NetworkFigures, Section, Theme};

/// A partner option whose value cannot be used; the option keeps its default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionError {
    /// The option's name, as in the query (`theme`).
    pub key: &'static str,
    /// The value given (one item of a list), shortened and escaped by
    /// [`quote`](super::quote): safe to show.
    pub value: String,
    pub why: ValueError,
}

/// What is wrong with an option's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueError {
    /// Longer than `max` characters: rejected, not cut.
    TooLong { chars: usize, max: usize },
    /// Not one of these themes.
    NotATheme { themes: &'static [Theme] },
    /// Not a colour written `#` and hex digits.
    NotAColour,
    /// `#` followed by something other than 3 or 6 hex digits.
    NotHexDigits,
    /// Not a link key (in `lock`).
    NotAKey,
    /// Not one of these sections (in `hide`).
    NotASection { sections: &'static [Section] },
    /// A credit longer than `max` characters.
    CreditTooLong { chars: usize, max: usize },
    /// A control or direction character in text shown as one line.
    ControlCharacter(char),
    /// Not 1 to `max` letters, digits, `_` or `-`.
    NotAFrameId { max: usize },
    /// Not an origin as `location.origin` writes it.
    NotAnOrigin,
    /// Not one of these sources of network figures (in `network`).
    NotANetworkChoice { choices: &'static [NetworkFigures] },
    /// `network=pinned` in a snippet that gives no network key to pin.
    NothingToPin,
    /// `network=live` or `snapshot` in a snippet that gives network keys (which pin).
    FiguresGiven,
}

impl std::error::Error for OptionError {}
impl std::error::Error for ValueError {}
