//! Embedding in partner sites: what a partner may ask of an embedded calculator, read
//! from the page's query (`?embed=1&theme=dark&lock=kwh`), validated here and never
//! trusted further.
//!
//! [`options::EmbedOptions`] is the validated set of partner options, built in two
//! layers (raw text per option, then the typed [`values`]) with an [`OptionError`] per
//! value that cannot be used (its text is in `text::embed`). [`inbound`] reads the one
//! message a host page may send (`set`) and applies its scenario keys; [`outbound`]
//! writes the height message. [`snippet`] writes the HTML a partner copies from the
//! builder, for the [`choices::Choices`] picked there. [`NetworkFigures`] is where the
//! figures come from (live, shipped snapshot or pinned). [`Locks`] holds locked keys
//! at their values whatever action changes the scenario; [`contrast`] keeps a partner's
//! accent readable in either theme. Nothing here touches the
//! web: the hooks in `app::embed` do.

pub mod choices;
pub mod contrast;
mod error;
pub mod inbound;
mod locks;
mod network;
pub mod options;
pub mod outbound;
pub mod snippet;
pub mod values;

pub use error::{OptionError, ValueError};
pub use locks::Locks;
pub use network::NetworkFigures;
pub use options::{Embed, EmbedOptions, Section, Theme};

/// The namespace of every message between the calculator and embed.js.
pub const MESSAGE_NS: &str = "hashwatt";

/// The version of the message format.
pub const MESSAGE_VERSION: u32 = 1;

/// At most 24 characters of an untrusted value, with control, quote and direction
/// characters escaped: safe to show in a notice and unambiguous about what was sent.
pub fn quote(value: &str) -> String {
    let mut short: String = value.chars().take(24).collect();
    if value.chars().count() > 24 {
        short.push('…');
    }
    format!("{:?}", short)
        .chars()
        .flat_map(|c| {
            if is_direction_control(c) {
                c.escape_unicode().collect::<Vec<_>>()
            } else {
                vec![c]
            }
        })
        .collect()
}

/// Unicode characters that reorder the text around them (bidi embeddings, overrides
/// and isolates, and the marks): never accepted in text a partner shows.
pub const fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}
