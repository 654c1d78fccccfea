//! What a partner picks in the builder ("Embed this calculator"), as typed, and the
//! snippet's pairs it gives for a scenario: the scenario's keys as an embed opens them,
//! then the options that differ from their defaults. The builder's fields show these
//! values and change them on every keystroke, so that a redraw never puts back an
//! older text.

use super::options::RawOptions;
use super::{EmbedOptions, NetworkFigures, OptionError, Section, Theme};
use crate::engine::money::Currency;
use crate::scenario::{to_query_for, Entered, Params, Scenario, Visit};

/// The partner's choices. Free text is kept exactly as typed; it is trimmed and
/// checked only where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choices {
    pub theme: Theme,
    pub accent: String,
    /// Shows the scenario in this currency (converted); `None`: the scenario's own.
    pub currency: Option<Currency>,
    pub lock: String,
    pub hidden: Vec<Section>,
    pub credit: String,
    pub network: NetworkFigures,
}

impl Default for Choices {
    /// The embed's own defaults: the system's theme, live figures, nothing else set.
    fn default() -> Choices {
        Choices {
            theme: Theme::Auto,
            accent: String::new(),
            currency: None,
            lock: String::new(),
            hidden: Vec::new(),
            credit: String::new(),
            network: NetworkFigures::Live,
        }
    }
}

impl Choices {
    /// The snippet's pairs for the scenario of the link `query` (`None`: none can be
    /// written, only the options are).
    pub fn pairs(&self, query: Option<&str>) -> Vec<(String, String)> {
        // The scenario in the currency the partner picked, if any (converted as the
        // page's currency picker converts), written for an embed: a new visitor, so a
        // key whose first-visit value differs from its v1 meaning is written when the
        // scenario differs from the first visit (`off=0`).
        let scenario = query.map(|q| {
            let mut params = Params::from_query(q).0;
            if let Some(currency) = self.currency {
                params.switch_currency(currency, &mut Entered::default());
            }
            params
        });
        let mut out: Vec<(String, String)> = scenario
            .as_ref()
            .and_then(|p| Scenario::from_params(p).ok())
            .map(|s| {
                let q = to_query_for(&s, Visit::New);
                form_urlencoded::parse(q.as_bytes())
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    // Written below, for pinned figures only.
                    .filter(|(k, _)| !Params::NETWORK_KEYS.iter().any(|n| n.as_str() == k))
                    .collect()
            })
            .unwrap_or_default();
        // Pinned: the scenario's figures, every network key, so that none follows a
        // later snapshot. Live (the default without network keys) and the snapshot
        // give none, which would pin.
        if let (NetworkFigures::Pinned, Some(params)) = (self.network, &scenario) {
            for key in Params::NETWORK_KEYS {
                out.push((key.as_str().to_owned(), params.get(key).to_owned()));
            }
        }
        let hide = self
            .hidden
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(",");
        let network = match self.network {
            NetworkFigures::Live => "",
            other => other.as_str(),
        };
        let theme = match self.theme {
            Theme::Auto => "",
            other => other.as_str(),
        };
        for (name, value) in [
            ("theme", theme),
            ("accent", self.accent.trim()),
            ("lock", self.lock.trim()),
            ("hide", hide.as_str()),
            ("credit", self.credit.trim()),
            ("network", network),
        ] {
            if !value.is_empty() {
                out.push((name.to_owned(), value.to_owned()));
            }
        }
        out
    }

    /// The typed values an embed would reject, each with why.
    pub fn problems(&self) -> Vec<OptionError> {
        let raw = RawOptions {
            accent: Some(self.accent.trim().to_owned()).filter(|s| !s.is_empty()),
            lock: Some(self.lock.clone()),
            credit: Some(self.credit.clone()),
            ..RawOptions::default()
        };
        EmbedOptions::from_raw(&raw).1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pairs' names and values as `k=v&...`.
    fn written(c: &Choices, query: Option<&str>) -> String {
        c.pairs(query)
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    }

    const LINK: &str =
        "v=1&kwh=0.05&price=50000&diff=100000000000000&height=900000&txfee=0.01&date=2025-06-01";

    #[track_caller]
    fn case(choices: Choices, has: &[&str], lacks: &[&str]) {
        let w = written(&choices, Some(LINK));
        for part in has {
            assert!(w.contains(part), "{part} not in {w}");
        }
        for part in lacks {
            assert!(!w.contains(part), "{part} in {w}");
        }
        // Whatever was written opens without a rejected option.
        let (_, rejected) = EmbedOptions::from_query(&w);
        assert!(rejected.is_empty(), "{w}: {rejected:?}");
    }

    #[test]
    fn defaults_write_no_option_and_no_network_key() {
        case(
            Choices::default(),
            &["kwh=0.05"],
            &["theme=", "network=", "price=", "diff=", "date=", "accent="],
        );
    }

    #[test]
    fn each_network_choice_writes_what_the_embed_reads_back() {
        let live = Choices::default();
        let snapshot = Choices {
            network: NetworkFigures::Snapshot,
            ..Choices::default()
        };
        let pinned = Choices {
            network: NetworkFigures::Pinned,
            ..Choices::default()
        };
        case(live.clone(), &[], &["price=", "network="]);
        case(snapshot.clone(), &["network=snapshot"], &["price="]);
        case(
            pinned.clone(),
            &[
                "price=50000",
                "diff=100000000000000",
                "height=900000",
                "txfee=0.01",
                "date=2025-06-01",
                "network=pinned",
            ],
            &[],
        );
        for c in [live, snapshot, pinned] {
            let w = written(&c, Some(LINK));
            let (options, _) = EmbedOptions::from_query(&w);
            assert_eq!(options.figures(&w), c.network, "{w}");
        }
    }

    #[test]
    fn options_are_written_trimmed_and_the_theme_only_when_not_auto() {
        let c = Choices {
            theme: Theme::Dark,
            accent: " #0a7f5a ".into(),
            lock: "kwh".into(),
            hidden: vec![Section::Share, Section::Presets],
            credit: " KZ Energy ".into(),
            ..Choices::default()
        };
        case(
            c,
            &[
                "theme=dark",
                "accent=#0a7f5a",
                "lock=kwh",
                "hide=share,presets",
                "credit=KZ Energy",
            ],
            &[],
        );
        // No scenario (a field is invalid): only the options.
        let c = Choices {
            theme: Theme::Light,
            ..Choices::default()
        };
        assert_eq!(written(&c, None), "theme=light");
    }

    #[test]
    fn typed_values_an_embed_would_reject_are_named() {
        let c = Choices {
            accent: "#0a7f5".into(),
            lock: "kwh,nope".into(),
            ..Choices::default()
        };
        let keys: Vec<&str> = c.problems().iter().map(|p| p.key).collect();
        assert_eq!(keys, ["accent", "lock"]);
        assert!(Choices::default().problems().is_empty());
    }
}
