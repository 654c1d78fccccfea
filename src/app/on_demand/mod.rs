//! Parts of the page whose code is loaded only when they are opened: saved scenarios,
//! the embed builder, the collapsed input sections (fleet, site and tariff, region
//! and money, projection assumptions), the monthly schedule's table, the story's two
//! figures, and then and now. Their code is a second WebAssembly module,
//! `on-demand` (`src/bin/on_demand.rs`), which the first visit does not
//! download: the page's own bundle (`hashwatt`) never refers to them.
//!
//! - `section`: [`OnDemandSection`], the collapsed section the page shows in their place;
//!   opened, it loads the module and mounts the feature in it;
//! - `module`: the module's loader and the handle of a mounted feature, as the page sees
//!   them (JavaScript's dynamic `import()`);
//! - `body`: [`OnDemandBody`], the same without a section of its own, for the input
//!   sections, whose `Disclosure` the page draws (their heading and summary are the
//!   page's);
//! - `features`: [`Feature`]'s components, what the module mounts (and what
//!   the browser tests put in the page directly, [`features::link_in`]);
//! - `messages`: the scenario as entered, sent to an input section, and its actions,
//!   sent back, as text.
//!
//! The two modules share no memory: the page gives saved scenarios and the builder the
//! current scenario's link query and whether its section is open, and a saved scenario
//! opened comes back as its name and query; it gives an input section the scenario as
//! entered, and the section's actions come back to the page's reducer. Nothing else
//! crosses.

pub mod features;
pub mod messages;
mod module;
mod section;

pub use section::{OnDemandBody, OnDemandSection};

/// The name of a message from an input section to the page (`on_open`'s first
/// argument): an action, as [`messages::encode_action`] writes it.
pub const ACTION: &str = "action";

/// A part of the page loaded on demand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feature {
    /// Saved scenarios: save, list, open, export and import ([`crate::app::saved`]).
    Saved,
    /// "Embed this calculator" ([`crate::app::embed::Builder`]).
    Builder,
    /// The input sections ([`crate::app::components::fleet_inputs`] and the others).
    Fleet,
    Site,
    Region,
    Projection,
    /// The monthly schedule's table ([`crate::app::components::schedule_table`]).
    Schedule,
    /// The Canaan story's two figures ([`crate::app::components::story_sides`]).
    Story,
    /// A scenario then and on today's network
    /// ([`crate::app::components::then_and_now`]).
    ThenAndNow,
    /// The table of "Compare with today's network"
    /// ([`crate::app::components::compare_table`]).
    Compare,
}

impl Feature {
    /// Its name between the modules (`mount`'s first argument).
    pub fn as_str(self) -> &'static str {
        match self {
            Feature::Saved => "saved",
            Feature::Builder => "builder",
            Feature::Fleet => "fleet",
            Feature::Site => "site",
            Feature::Region => "region",
            Feature::Projection => "projection",
            Feature::Schedule => "schedule",
            Feature::Story => "story",
            Feature::ThenAndNow => "then-and-now",
            Feature::Compare => "compare",
        }
    }

    /// Every feature.
    pub const ALL: [Feature; 10] = [
        Feature::Saved,
        Feature::Builder,
        Feature::Fleet,
        Feature::Site,
        Feature::Region,
        Feature::Projection,
        Feature::Schedule,
        Feature::Story,
        Feature::ThenAndNow,
        Feature::Compare,
    ];

    /// The feature named `name`, as the module reads [`Feature::as_str`].
    pub fn from_name(name: &str) -> Option<Feature> {
        Feature::ALL.into_iter().find(|f| f.as_str() == name)
    }

    /// Its section's heading.
    pub fn title(self) -> &'static str {
        match self {
            Feature::Saved => "Saved scenarios",
            Feature::Builder => "Embed this calculator",
            Feature::Fleet => "Fleet",
            Feature::Site => "Site and tariff",
            Feature::Region => "Region and money",
            Feature::Projection => "Projection assumptions",
            Feature::Schedule => "Monthly schedule",
            Feature::Story => "Canaan in Kazakhstan, 2021",
            Feature::ThenAndNow => "Then and now",
            Feature::Compare => "Compare with today's network",
        }
    }

    /// Its section's class, test id and heading id (saved scenarios, the builder), or
    /// for an input section its `Disclosure`'s id twice and no heading id.
    fn names(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Feature::Saved => ("saved", "saved-section", "saved-title"),
            Feature::Builder => ("embed-builder", "embed-builder", "embed-builder-title"),
            Feature::Fleet => ("section-fleet", "section-fleet", ""),
            Feature::Site => ("section-site", "section-site", ""),
            Feature::Region => ("section-region", "section-region", ""),
            Feature::Projection => ("section-projection", "section-projection", ""),
            Feature::Schedule => ("schedule", "schedule", ""),
            Feature::Story => ("story", "story", ""),
            Feature::ThenAndNow => ("then-and-now", "then-and-now", ""),
            Feature::Compare => ("compare-today", "compare-today", ""),
        }
    }

    /// An input section's `Disclosure` id (`section-fleet`), the target of links to it.
    pub fn section_id(self) -> &'static str {
        self.names().1
    }
}

#[cfg(test)]
mod tests {
    use super::Feature;

    #[test]
    fn each_feature_is_read_back_from_its_name_and_no_other_name_is_one() {
        for feature in Feature::ALL {
            assert_eq!(Feature::from_name(feature.as_str()), Some(feature));
        }
        for name in ["", "Saved", "Schedule", "saved ", "section-fleet"] {
            assert_eq!(Feature::from_name(name), None, "{name:?}");
        }
    }
}
