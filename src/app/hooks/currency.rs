//! The scenario's currency, which the App provides as context: every money figure and
//! money unit is shown in it, and only the components that show money read it.

use yew::prelude::*;

use crate::engine::money::Currency;

/// The currency money is entered and shown in (dollars outside an App).
#[hook]
pub fn use_currency() -> Currency {
    use_context::<Currency>().unwrap_or_default()
}
