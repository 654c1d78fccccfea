//! Mounts the calculator on the full page, reading the link's query string once; the
//! address bar then follows the scenario. With `embed=1` (a partner's frame) the same
//! App reads its embed options from that query and leaves the address bar alone. Inside
//! another page's frame without `embed=1`, the full calculator is not shown: only a
//! link to open it in a tab of its own (README "Embedding", framing).

use hashwatt::app::components::framed::{FramedRefusal, FramedRefusalProps};
use hashwatt::app::{App, AppProps};

fn main() {
    let window = web_sys::window();
    let query = window
        .as_ref()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let embedded = hashwatt::embed::Embed::from_page_query(&query).is_some();
    // The static first paint (index.html) gives way to the app.
    if let Some(boot) = window
        .as_ref()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    // `top` is this window unless a page frames it (any origin: the reference is
    // readable across origins).
    let framed = window.as_ref().is_some_and(|w| {
        w.top()
            .ok()
            .flatten()
            .is_some_and(|top| !js_sys::Object::is(&top, w))
    });
    if framed && !embedded {
        let props = FramedRefusalProps {
            query: query.into(),
        };
        yew::Renderer::<FramedRefusal>::with_props(props).render();
        return;
    }
    let props = AppProps {
        query: query.into(),
        sync_url: !embedded,
    };
    yew::Renderer::<App>::with_props(props).render();
}
