//! One step at a time across this browser's tabs and windows: the Web Locks API
//! (`navigator.locks.request(name, callback)`), declared here in a few lines of
//! `wasm_bindgen` rather than through web-sys's `web_sys_unstable_apis`.
//!
//! Where there are no locks (browsers before Chrome 69, Firefox 96 and Safari 15.4, and
//! pages not served over HTTPS or from localhost, which are not secure contexts), or
//! the browser refuses the request, the step runs at once, in its tab alone. Each step
//! still reads storage and writes it in one synchronous run, so what is lost then is
//! limited to two tabs writing within the same instant.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{future_to_promise, spawn_local, JsFuture};

#[wasm_bindgen]
extern "C" {
    /// `navigator.locks`.
    type LockManager;

    /// Calls `callback` once no other tab or window of this origin holds the lock
    /// `name`, and holds it until the promise the callback returns settles; the promise
    /// returned settles with that result, or is rejected when the lock cannot be had.
    #[wasm_bindgen(method, catch)]
    fn request(this: &LockManager, name: &str, callback: &Function) -> Result<Promise, JsValue>;

    /// `{held: [{name, ...}], pending: [...]}`: the locks of this origin, in every tab.
    #[wasm_bindgen(method, catch)]
    fn query(this: &LockManager) -> Result<Promise, JsValue>;
}

/// `navigator.locks`, where the browser has it.
fn lock_manager() -> Option<LockManager> {
    let navigator = web_sys::window()?.navigator();
    let locks = Reflect::get(&navigator, &JsValue::from_str("locks")).ok()?;
    (!locks.is_undefined() && !locks.is_null()).then(|| locks.unchecked_into())
}

/// The step, run at most once: by the lock's callback, or by the fallback.
type Step = Rc<RefCell<Option<Box<dyn FnOnce() -> LocalBoxFuture>>>>;
type LocalBoxFuture = Pin<Box<dyn Future<Output = ()>>>;

/// Runs the step if it has not run; the future it returns (done at once if it had).
fn run(step: &Step) -> LocalBoxFuture {
    // Taken out first: nothing else borrows it meanwhile.
    let taken = step.borrow_mut().take();
    match taken {
        Some(f) => f(),
        None => Box::pin(async {}),
    }
}

/// Runs `step` while holding the lock `name` across this browser's tabs (see the
/// module's note for where it runs without one); the lock is let go when the future
/// `step` returns is done.
pub fn exclusively<F>(name: &str, step: impl FnOnce() -> F + 'static)
where
    F: Future<Output = ()> + 'static,
{
    let step: Step = Rc::new(RefCell::new(Some(Box::new(move || {
        Box::pin(step()) as LocalBoxFuture
    }))));
    let Some(locks) = lock_manager() else {
        return spawn_local(run(&step));
    };
    let granted = {
        let step = step.clone();
        Closure::once_into_js(move |_lock: JsValue| -> Promise {
            let done = run(&step);
            future_to_promise(async move {
                done.await;
                Ok(JsValue::UNDEFINED)
            })
        })
    };
    match locks.request(name, granted.unchecked_ref()) {
        Ok(held) => spawn_local(async move {
            // Rejected before the callback ran (e.g. a sandboxed frame): run without.
            if JsFuture::from(held).await.is_err() {
                run(&step).await;
            }
        }),
        Err(_) => spawn_local(run(&step)),
    }
}

/// The names of the locks held now in any tab of this origin (empty without locks).
pub async fn held() -> Vec<String> {
    let Some(query) = lock_manager().and_then(|locks| locks.query().ok()) else {
        return Vec::new();
    };
    let Ok(snapshot) = JsFuture::from(query).await else {
        return Vec::new();
    };
    let held = Reflect::get(&snapshot, &JsValue::from_str("held")).unwrap_or_default();
    js_sys::Array::from(&held)
        .iter()
        .filter_map(|lock| {
            Reflect::get(&lock, &JsValue::from_str("name"))
                .ok()?
                .as_string()
        })
        .collect()
}

/// Takes the lock `name` and holds it until the function given to `hold` is called;
/// nothing where there are no locks.
pub fn hold(name: &str, hold: impl FnOnce(Function) + 'static) {
    let Some(locks) = lock_manager() else {
        return;
    };
    let mut hold = Some(hold);
    let granted = Closure::once_into_js(move |_lock: JsValue| -> Promise {
        // Held until `release` is called.
        Promise::new(&mut |release, _| {
            if let Some(hold) = hold.take() {
                hold(release)
            }
        })
    });
    // Refused (a sandboxed frame): there is nothing to hold.
    let _ = locks.request(name, granted.unchecked_ref());
}
