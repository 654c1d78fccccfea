//! Mounts the calculator on the full page, reading the link's query string once; the
//! address bar then follows the scenario. With `embed=1` (a partner's frame) the same
//! App reads its embed options from that query and leaves the address bar alone.

use hashwatt::app::{App, AppProps};

fn main() {
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let embedded = hashwatt::embed::Embed::from_page_query(&query).is_some();
    let props = AppProps {
        query: query.into(),
        sync_url: !embedded,
    };
    yew::Renderer::<App>::with_props(props).render();
}
