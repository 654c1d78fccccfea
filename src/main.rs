//! Mounts the calculator on the full page, reading the link's query string once; the
//! address bar then follows the scenario.

use hashwatt::app::{App, AppProps};

fn main() {
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let props = AppProps {
        query: query.into(),
        sync_url: true,
    };
    yew::Renderer::<App>::with_props(props).render();
}
