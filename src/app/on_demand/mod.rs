//! Parts of the page whose code is loaded only when they are opened: saved scenarios
//! and the embed builder. Their code is a second WebAssembly module,
//! `on-demand` (`src/bin/on_demand.rs`), which the first visit does not
//! download: the page's own bundle (`hashwatt`) never refers to them.
//!
//! - `section`: [`OnDemandSection`], the collapsed section the page shows in their place;
//!   opened, it loads the module and mounts the feature in it;
//! - `module`: the module's loader and the handle of a mounted feature, as the page sees
//!   them (JavaScript's dynamic `import()`);
//! - `features`: [`Feature`]'s components, what the module mounts (and what
//!   the browser tests put in the page directly, [`features::link_in`]).
//!
//! The two modules share no memory: the page gives a feature the current scenario's
//! link query and whether its section is open, and a saved scenario opened comes back as
//! its name and query. Nothing else crosses.

pub mod features;
mod module;
mod section;

pub use section::OnDemandSection;

/// A part of the page loaded on demand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feature {
    /// Saved scenarios: save, list, open, export and import ([`crate::app::saved`]).
    Saved,
    /// "Embed this calculator" ([`crate::app::embed::Builder`]).
    Builder,
}

impl Feature {
    /// Its name between the modules (`mount`'s first argument).
    pub fn as_str(self) -> &'static str {
        match self {
            Feature::Saved => "saved",
            Feature::Builder => "builder",
        }
    }

    /// The feature named `name`, as the module reads [`Feature::as_str`].
    pub fn from_name(name: &str) -> Option<Feature> {
        [Feature::Saved, Feature::Builder]
            .into_iter()
            .find(|f| f.as_str() == name)
    }

    /// Its section's heading.
    fn title(self) -> &'static str {
        match self {
            Feature::Saved => "Saved scenarios",
            Feature::Builder => "Embed this calculator",
        }
    }

    /// Its section's class, test id and heading id.
    fn names(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Feature::Saved => ("saved", "saved-section", "saved-title"),
            Feature::Builder => ("embed-builder", "embed-builder", "embed-builder-title"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Feature;

    #[test]
    fn each_feature_is_read_back_from_its_name_and_no_other_name_is_one() {
        for feature in [Feature::Saved, Feature::Builder] {
            assert_eq!(Feature::from_name(feature.as_str()), Some(feature));
        }
        for name in ["", "Saved", "schedule", "saved "] {
            assert_eq!(Feature::from_name(name), None, "{name:?}");
        }
    }
}
