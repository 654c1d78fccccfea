//! Mounts the calculator on the full page, reading the link's query string once.

fn main() {
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    yew::Renderer::<hashwatt::app::App>::with_props(hashwatt::app::AppProps {
        query: query.into(),
    })
    .render();
}
