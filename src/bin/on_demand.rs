//! The on-demand module, `on-demand`: the parts of the page loaded only when
//! they are opened (saved scenarios, the embed builder; `hashwatt::app::on_demand`).
//! The page loads it with a dynamic `import()` and calls [`mount`]; a second Yew app
//! then draws the feature in the element it is given.
//!
//! Two Yew apps on one page, one inside the other's elements: each Yew marks the
//! elements it listens on with the number of its app (`__yew_subtree_id`), and handles an
//! event whose nearest marked element carries its own number. Both modules count their
//! apps from 1, so the page's app and this module's first would both be 1, and the page
//! would run its own handlers for clicks in this module's elements (a click on "Save"
//! ran "Reset all"). So before its first app this module counts past the page's numbers
//! ([`clear_of_page_apps`]).

use hashwatt::app::on_demand::features::{FeatureBody, FeatureProps};
use hashwatt::app::on_demand::Feature;
use wasm_bindgen::prelude::*;
use yew::{AppHandle, Callback, Renderer};

/// A feature mounted in the page.
#[wasm_bindgen]
pub struct Mounted {
    app: Option<AppHandle<FeatureBody>>,
    props: FeatureProps,
}

/// Mounts `feature` (`saved`, `builder`) in `root`, with the current query, whether its
/// section is open, and the function that opens a saved scenario in the page (called
/// with its name and query). `None` for a feature this module does not know.
#[wasm_bindgen]
pub fn mount(
    feature: &str,
    root: web_sys::Element,
    query: Option<String>,
    open: bool,
    on_open: js_sys::Function,
) -> Option<Mounted> {
    let feature = Feature::from_name(feature)?;
    clear_of_page_apps(&root);
    let on_open = Callback::from(move |(name, query): (String, String)| {
        // The page's function returns nothing and throws nothing of ours to handle.
        let _ = on_open.call2(&JsValue::NULL, &name.into(), &query.into());
    });
    let props = FeatureProps {
        feature,
        query,
        open,
        on_open,
    };
    let app = Renderer::<FeatureBody>::with_root_and_props(root, props.clone()).render();
    Some(Mounted {
        app: Some(app),
        props,
    })
}

#[wasm_bindgen]
impl Mounted {
    /// The current query and whether the section is open.
    pub fn update(&mut self, query: Option<String>, open: bool) {
        self.props.query = query;
        self.props.open = open;
        if let Some(app) = &mut self.app {
            app.update(self.props.clone());
        }
    }

    /// Takes the feature off the page.
    pub fn unmount(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

/// Yew's property naming the app an element belongs to.
const APP_NUMBER: &str = "__yew_subtree_id";

/// The app number Yew put on `element`, if any.
fn app_number(element: &JsValue) -> Option<f64> {
    js_sys::Reflect::get(element, &JsValue::from_str(APP_NUMBER))
        .ok()?
        .as_f64()
}

/// Makes this module's next app number higher than any on `root`'s ancestors (the
/// page's apps): throwaway apps on a detached element take the numbers up to there.
fn clear_of_page_apps(root: &web_sys::Element) {
    let mut page = 0.0_f64;
    let mut at = Some(root.clone());
    while let Some(element) = at {
        page = page.max(app_number(&element).unwrap_or(0.0));
        at = element.parent_element();
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    loop {
        let Ok(spare) = document.create_element("div") else {
            return;
        };
        let app = Renderer::<Spare>::with_root(spare.clone()).render();
        let number = app_number(&spare);
        app.destroy();
        // A Yew that marks no numbers (another version) cannot collide this way.
        if number.is_none_or(|n| n >= page) {
            return;
        }
    }
}

/// The throwaway app: draws nothing.
#[yew::function_component]
fn Spare() -> yew::Html {
    yew::Html::default()
}

fn main() {}
