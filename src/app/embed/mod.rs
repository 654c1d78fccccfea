//! Embed mode in the browser (`?embed=1`): the partner's theme and accent on the app's
//! root, the height and `set` messages (hooks), the bar with the credit, the notice and
//! the link to the full calculator, and the builder the full page offers partners.
//! What the options mean and how they are validated is in [`crate::embed`].

mod bar;
mod builder;
mod frame;
mod messages;
mod settled;
mod snippet_box;

pub use bar::EmbedBar;
pub use builder::Builder;
use frame::use_frame_style;
pub use frame::use_locked_controls;
use messages::{use_height_reporter, use_host_messages};

use yew::prelude::*;

use crate::app::state::Action;
use crate::embed::{inbound, Embed, Locks};
use crate::scenario::{Key, Params, Rejected};

/// Why a control an embed's locks make useless is disabled or read-only: on the control
/// (`title`), on a disabled preset, and before the list of locked fields.
pub const LOCKED_REASON: &str = "locked by the site";

/// [`LOCKED_REASON`] as a title on its own (written out: case conversion at run time
/// would bring Unicode's case tables into the bundle).
pub const LOCKED_TITLE: &str = "Locked by the site";

/// Whether the field named `name` is locked by the embed around this component: its
/// key (`kwh`), or the key it is a part of (`m2-th` of fleet line `m2`). Never on the
/// full page, which provides no [`Locks`].
#[hook]
pub fn use_locked(name: &str) -> bool {
    let key = name.split('-').next().and_then(Key::from_name);
    use_context::<Locks>().is_some_and(|locks| key.is_some_and(|k| locks.contains(k)))
}

/// Everything embed mode does beside rendering, for the App to call once: the accent on
/// `root`, locked controls, the height messages, and the host's `set` messages applied
/// to `params` through `dispatch`. Returns what the last `set` message had that could
/// not be used. On the full page (`embed` is `None`) it does nothing.
#[hook]
pub fn use_embed(
    root: NodeRef,
    embed: Option<&Embed>,
    locks: Locks,
    params: &Params,
    dispatch: Callback<Action>,
) -> Vec<Rejected> {
    let set_rejected = use_state(Vec::<Rejected>::new);
    let on_set = {
        let (params, set_rejected) = (params.clone(), set_rejected.clone());
        let locks = locks.clone();
        Callback::from(move |query: String| {
            let (next, rejected) = inbound::apply_query(&params, &query, &locks);
            set_rejected.set(rejected);
            dispatch.emit(Action::Open(next));
        })
    };
    let options = embed.map(|e| e.options.clone()).unwrap_or_default();
    use_frame_style(root.clone(), options.accent.clone(), options.theme);
    use_locked_controls(root.clone(), locks);
    use_height_reporter(
        root,
        embed.is_some(),
        options.id.clone(),
        options.host.clone(),
    );
    use_host_messages(options.id, options.host, on_set);
    (*set_rejected).clone()
}
