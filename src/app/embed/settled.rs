//! A value that follows another once it stops changing: the builder's preview frame
//! reloads the whole calculator, so it follows the scenario after typing pauses, not
//! on every keystroke.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// `value` once it has stayed the same for `delay_ms` milliseconds (the first value at
/// once).
#[hook]
pub fn use_settled(value: String, delay_ms: u32) -> String {
    let settled = use_state_eq(|| value.clone());
    // Replacing the timer drops (cancels) the one before; unmounting drops the last.
    let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    {
        let settled = settled.clone();
        use_effect_with(value, move |value| {
            let value = value.clone();
            *timer.borrow_mut() = Some(Timeout::new(delay_ms, move || settled.set(value)));
        });
    }
    (*settled).clone()
}
