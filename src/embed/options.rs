//! The partner's options, read from the embed's query in two layers: [`RawOptions`]
//! keeps each option's text exactly as given, [`EmbedOptions::from_raw`] turns it into
//! typed values and an [`OptionError`] for each value that cannot be used. A rejected
//! value falls back to what the option means when it is absent. The typed values are
//! in [`super::values`].

use crate::scenario::{Key, Params};

pub use super::values::{
    Accent, Credit, FrameId, HostOrigin, Section, Theme, MAX_CREDIT_CHARS, MAX_ID_LEN,
};
use super::{quote, NetworkFigures, OptionError, ValueError};

/// The query key that turns on embed mode (`embed=1`).
pub const EMBED_KEY: &str = "embed";

/// Longest text read for any option; longer values are rejected, not cut.
pub const MAX_OPTION_LEN: usize = 512;

/// Each option's text exactly as the query gave it (the last of a repeated key).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawOptions {
    pub theme: Option<String>,
    pub accent: Option<String>,
    pub lock: Option<String>,
    pub hide: Option<String>,
    pub credit: Option<String>,
    pub id: Option<String>,
    pub host: Option<String>,
    pub network: Option<String>,
}

impl RawOptions {
    /// The option names, as in the query and in embed.js's `data-` attributes.
    pub const NAMES: [&'static str; 8] = [
        "theme", "accent", "lock", "hide", "credit", "id", "host", "network",
    ];

    /// The options in `query` (with or without its `?`); other keys are ignored.
    pub fn from_query(query: &str) -> RawOptions {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut raw = RawOptions::default();
        for (name, value) in form_urlencoded::parse(query.as_bytes()) {
            let slot = match &*name {
                "theme" => &mut raw.theme,
                "accent" => &mut raw.accent,
                "lock" => &mut raw.lock,
                "hide" => &mut raw.hide,
                "credit" => &mut raw.credit,
                "id" => &mut raw.id,
                "host" => &mut raw.host,
                "network" => &mut raw.network,
                _ => continue,
            };
            *slot = Some(value.into_owned());
        }
        raw
    }
}

/// What the partner asked for, validated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    pub theme: Theme,
    pub accent: Option<Accent>,
    /// Keys shown read-only at their value, in the order given, without repeats.
    pub locked: Vec<Key>,
    /// Sections not rendered.
    pub hidden: Vec<Section>,
    pub credit: Option<Credit>,
    /// Echoed in messages; without one, no height message names its frame.
    pub id: Option<FrameId>,
    /// The only origin messages are taken from; without one, none are.
    pub host: Option<HostOrigin>,
    /// Where the network figures come from, as given; see [`EmbedOptions::figures`].
    pub network: Option<NetworkFigures>,
}

impl EmbedOptions {
    /// The options of `query` and what was rejected. `network` is also checked against
    /// the query's network keys ([`NetworkFigures::check`]).
    pub fn from_query(query: &str) -> (EmbedOptions, Vec<OptionError>) {
        let raw = RawOptions::from_query(query);
        let (mut options, mut rejected) = EmbedOptions::from_raw(&raw);
        if let (Some(network), Some(text)) = (options.network, &raw.network) {
            if let Err(why) = network.check(network_keys_given(query)) {
                options.network = None;
                rejected.push(OptionError {
                    key: "network",
                    value: quote(text),
                    why,
                });
            }
        }
        (options, rejected)
    }

    /// Where the figures of an embed opened with `query` come from: the partner's
    /// choice, else pinned when the query gives network keys, else live.
    pub fn figures(&self, query: &str) -> NetworkFigures {
        self.network
            .unwrap_or_else(|| NetworkFigures::default_for(network_keys_given(query)))
    }

    pub fn from_raw(raw: &RawOptions) -> (EmbedOptions, Vec<OptionError>) {
        let mut options = EmbedOptions::default();
        let mut rejected = Vec::new();
        let mut reject = |key: &'static str, value: &str, why: ValueError| {
            rejected.push(OptionError {
                key,
                value: quote(value),
                why,
            });
        };
        let fields = [
            ("theme", &raw.theme),
            ("accent", &raw.accent),
            ("lock", &raw.lock),
            ("hide", &raw.hide),
            ("credit", &raw.credit),
            ("id", &raw.id),
            ("host", &raw.host),
            ("network", &raw.network),
        ];
        for (name, value) in fields {
            let Some(value) = value else { continue };
            let chars = value.chars().count();
            if chars > MAX_OPTION_LEN {
                let max = MAX_OPTION_LEN;
                reject(name, value, ValueError::TooLong { chars, max });
                continue;
            }
            match name {
                "theme" => match Theme::from_name(value) {
                    Some(theme) => options.theme = theme,
                    None => reject(name, value, ValueError::NotATheme { themes: &THEMES }),
                },
                "accent" => match Accent::parse(value) {
                    Ok(accent) => options.accent = Some(accent),
                    Err(why) => reject(name, value, why),
                },
                "lock" => {
                    for item in list(value) {
                        match Key::from_name(item) {
                            Some(key) if !options.locked.contains(&key) => options.locked.push(key),
                            Some(_) => {}
                            None => reject(name, item, ValueError::NotAKey),
                        }
                    }
                }
                "hide" => {
                    for item in list(value) {
                        match Section::from_name(item) {
                            Some(s) if !options.hidden.contains(&s) => options.hidden.push(s),
                            Some(_) => {}
                            None => reject(
                                name,
                                item,
                                ValueError::NotASection {
                                    sections: &Section::ALL,
                                },
                            ),
                        }
                    }
                }
                "credit" => match Credit::parse(value) {
                    Ok(credit) => options.credit = credit,
                    Err(why) => reject(name, value, why),
                },
                "id" => match FrameId::parse(value) {
                    Ok(id) => options.id = Some(id),
                    Err(why) => reject(name, value, why),
                },
                "network" => match NetworkFigures::from_name(value) {
                    Some(network) => options.network = Some(network),
                    None => reject(
                        name,
                        value,
                        ValueError::NotANetworkChoice {
                            choices: &NetworkFigures::ALL,
                        },
                    ),
                },
                _ => match HostOrigin::parse(value) {
                    Ok(host) => options.host = Some(host),
                    Err(why) => reject(name, value, why),
                },
            }
        }
        (options, rejected)
    }

    pub fn is_locked(&self, key: Key) -> bool {
        self.locked.contains(&key)
    }

    /// Whether the embed shows `section`: not when hidden, and never the sections that
    /// depend on the visitor's own data ([`Section::in_embed`]).
    pub fn shows(&self, section: Section) -> bool {
        section.in_embed() && !self.hidden.contains(&section)
    }
}

/// Whether `query` names a network key (whatever its value).
fn network_keys_given(query: &str) -> bool {
    Params::keys_given(query)
        .iter()
        .any(|k| Params::NETWORK_KEYS.contains(k))
}

/// The items of a comma-separated list, trimmed, empty ones skipped.
fn list(value: &str) -> impl Iterator<Item = &str> {
    value.split(',').map(str::trim).filter(|s| !s.is_empty())
}

/// The themes in the order a message names them.
const THEMES: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Auto];

/// Embed mode: the partner's options and what of them was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Embed {
    pub options: EmbedOptions,
    pub rejected: Vec<OptionError>,
}

impl Embed {
    /// Embed mode when `query` has `embed=1` (the last `embed` counts); `None` for the
    /// full page.
    pub fn from_page_query(query: &str) -> Option<Embed> {
        let bare = query.strip_prefix('?').unwrap_or(query);
        let on = form_urlencoded::parse(bare.as_bytes())
            .filter(|(name, _)| name == EMBED_KEY)
            .last()
            .is_some_and(|(_, value)| value == "1");
        on.then(|| {
            let (options, rejected) = EmbedOptions::from_query(query);
            Embed { options, rejected }
        })
    }
}
