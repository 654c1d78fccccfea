//! The on-demand module as the page sees it: loaded once by JavaScript's dynamic
//! `import()` (a same-origin script, which the Content-Security-Policy's `script-src
//! 'self'` allows), then asked to mount a feature in an element of the page.
//!
//! Its files sit beside `index.html` under fixed names (README "Deploying": a host
//! revalidates them, as it does `index.html`), so the URL is made from the page's own.

use js_sys::{Function, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

/// The module's JavaScript, beside `index.html` (Trunk's `data-bin` name).
pub const SCRIPT: &str = "on-demand.js";
/// Its WebAssembly.
pub const WASM: &str = "on-demand_bg.wasm";

#[wasm_bindgen(inline_js = r#"
let pending;
let failures = 0;
export function load_module(script, wasm) {
  if (!pending) {
    const at = (file) => new URL(file, document.baseURI).href;
    // The browser remembers a module that failed to load under its URL: a new attempt
    // asks for it under another.
    const url = at(script) + (failures ? `?attempt=${failures + 1}` : '');
    pending = import(url).then(async (m) => {
      await m.default({ module_or_path: at(wasm) });
      return m;
    });
    // A failed load (offline, say) is tried again on the next call.
    pending.catch(() => { pending = undefined; failures += 1; });
  }
  return pending;
}
"#)]
extern "C" {
    /// Resolves to the module, loaded and started; the same one on every call.
    fn load_module(script: &str, wasm: &str) -> Promise;

    /// The module's exports (`src/bin/on_demand.rs`).
    pub type Module;
    /// Mounts a feature in `root`; `None` for a feature it does not know.
    #[wasm_bindgen(method, catch)]
    pub fn mount(
        this: &Module,
        feature: &str,
        root: &Element,
        query: Option<String>,
        open: bool,
        on_open: &Function,
    ) -> Result<Option<Mounted>, JsValue>;

    /// A feature mounted by the module.
    pub type Mounted;
    /// Gives it the current query and whether its section is open.
    #[wasm_bindgen(method, catch)]
    pub fn update(this: &Mounted, query: Option<String>, open: bool) -> Result<(), JsValue>;
    /// Takes it off the page.
    #[wasm_bindgen(method, catch)]
    pub fn unmount(this: &Mounted) -> Result<(), JsValue>;
}

/// Loads the module (once per page); `Err` with the browser's reason when it cannot be
/// loaded, e.g. offline before it was ever fetched.
pub async fn load() -> Result<Module, String> {
    JsFuture::from(load_module(SCRIPT, WASM))
        .await
        .map(JsCast::unchecked_into)
        .map_err(|e| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .or_else(|| e.as_string())
                .unwrap_or_else(|| "no reason given".to_owned())
        })
}
