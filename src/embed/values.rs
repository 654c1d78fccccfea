//! The typed values of the partner's options. Each is built only by parsing, so
//! holding one means the text was checked: a colour is a hex colour, a credit is one
//! short line of plain text, an origin is an origin.

use super::is_direction_control;
use super::ValueError;

/// Longest partner credit, in characters.
pub const MAX_CREDIT_CHARS: usize = 80;

/// Longest frame id, in characters.
pub const MAX_ID_LEN: usize = 32;

/// The colour scheme of the embed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    Light,
    Dark,
    /// Follows the visitor's system setting (`prefers-color-scheme`).
    #[default]
    Auto,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// The option's value, and the root element's `data-theme`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }

    pub fn from_name(name: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.as_str() == name)
    }
}

/// A part of the page a partner may hide. New sections are added at the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    /// The machine: model, hashrate, power.
    Machine,
    /// Units, electricity price, pool, uptime, hardware cost.
    Operation,
    /// BTC price, difficulty, height, fees, date.
    Network,
    /// The projection's inputs and results.
    Projection,
    /// The scenario's link and its copy button.
    Share,
    /// Saved scenarios: never shown in an embed ([`Section::in_embed`]); `hide=saved` is
    /// still accepted.
    Saved,
    /// More machine models (fleet lines) and the per-model results.
    Fleet,
    /// The site: capacity, PUE, hosting, curtailment, time of use, surcharges.
    Site,
    /// The region and the money (currency, exchange rates).
    Region,
    /// The one-click scenarios to start from.
    Presets,
}

impl Section {
    pub const ALL: [Section; 10] = [
        Section::Machine,
        Section::Operation,
        Section::Network,
        Section::Projection,
        Section::Share,
        Section::Saved,
        Section::Fleet,
        Section::Site,
        Section::Region,
        Section::Presets,
    ];

    /// The id in the `hide` option.
    pub const fn as_str(self) -> &'static str {
        match self {
            Section::Machine => "machine",
            Section::Operation => "operation",
            Section::Network => "network",
            Section::Projection => "projection",
            Section::Share => "share",
            Section::Saved => "saved",
            Section::Fleet => "fleet",
            Section::Site => "site",
            Section::Region => "region",
            Section::Presets => "presets",
        }
    }

    /// Whether an embed may show the section. The saved scenarios are the visitor's own
    /// data: their list (and its height, which the frame reports to the partner's page)
    /// would tell the partner about them, and their Delete buttons do not belong in a
    /// frame another site controls.
    pub const fn in_embed(self) -> bool {
        !matches!(self, Section::Saved)
    }

    pub fn from_name(name: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.as_str() == name)
    }
}

/// An accent colour: `#rrggbb`, lower case (a `#rgb` given is expanded). Nothing else
/// can be built, so it is safe to hand to CSS as a custom property.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accent(String);

impl Accent {
    pub fn parse(text: &str) -> Result<Accent, ValueError> {
        let Some(hex) = text.strip_prefix('#') else {
            return Err(ValueError::NotAColour);
        };
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) || !matches!(hex.len(), 3 | 6) {
            return Err(ValueError::NotHexDigits);
        }
        let hex = hex.to_ascii_lowercase();
        let full = if hex.len() == 3 {
            hex.chars().flat_map(|c| [c, c]).collect()
        } else {
            hex
        };
        Ok(Accent(format!("#{full}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The partner's one line of credit: plain text, at most [`MAX_CREDIT_CHARS`], no
/// control or direction characters. Shown as text, never as markup or a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credit(String);

impl Credit {
    pub fn parse(text: &str) -> Result<Option<Credit>, ValueError> {
        let chars = text.chars().count();
        if chars > MAX_CREDIT_CHARS {
            return Err(ValueError::CreditTooLong {
                chars,
                max: MAX_CREDIT_CHARS,
            });
        }
        if let Some(c) = text
            .chars()
            .find(|c| c.is_control() || is_direction_control(*c))
        {
            return Err(ValueError::ControlCharacter(c));
        }
        let trimmed = text.trim();
        Ok((!trimmed.is_empty()).then(|| Credit(trimmed.to_owned())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The id embed.js gives a frame, echoed in every message: `[A-Za-z0-9_-]{1,32}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrameId(String);

impl FrameId {
    pub fn parse(text: &str) -> Result<FrameId, ValueError> {
        let ok = (1..=MAX_ID_LEN).contains(&text.len())
            && text
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        if ok {
            Ok(FrameId(text.to_owned()))
        } else {
            Err(ValueError::NotAFrameId { max: MAX_ID_LEN })
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The host page's origin as `location.origin` writes it: `http` or `https`, a lower
/// case host name, IPv4 address or bracketed IPv6 address, and an optional port; no
/// path, user, query or trailing slash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostOrigin(String);

impl HostOrigin {
    pub fn parse(text: &str) -> Result<HostOrigin, ValueError> {
        let rest = text
            .strip_prefix("https://")
            .or_else(|| text.strip_prefix("http://"))
            .ok_or(ValueError::NotAnOrigin)?;
        let (host, port) = if let Some(v6) = rest.strip_prefix('[') {
            let (inside, after) = v6.split_once(']').ok_or(ValueError::NotAnOrigin)?;
            let ok = !inside.is_empty()
                && inside.len() <= 45
                && inside.bytes().all(|b| {
                    b.is_ascii_digit() || (b'a'..=b'f').contains(&b) || b == b':' || b == b'.'
                });
            if !ok {
                return Err(ValueError::NotAnOrigin);
            }
            (v6, after.strip_prefix(':'))
        } else {
            match rest.split_once(':') {
                Some((host, port)) => (host, Some(port)),
                None => (rest, None),
            }
        };
        if !rest.starts_with('[') {
            let ok = (1..=253).contains(&host.len())
                && host.bytes().all(|b| {
                    b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.'
                })
                && !host.starts_with(['.', '-'])
                && !host.ends_with(['.', '-'])
                && !host.contains("..");
            if !ok {
                return Err(ValueError::NotAnOrigin);
            }
        } else if !rest.ends_with(']') && port.is_none() {
            return Err(ValueError::NotAnOrigin);
        }
        if let Some(port) = port {
            let ok = (1..=5).contains(&port.len())
                && port.bytes().all(|b| b.is_ascii_digit())
                && !port.starts_with('0')
                && port.parse::<u32>().is_ok_and(|p| p <= 65_535);
            if !ok {
                return Err(ValueError::NotAnOrigin);
            }
        }
        Ok(HostOrigin(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}
