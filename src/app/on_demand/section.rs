//! [`OnDemandSection`]: a feature's collapsed section. The first time it is opened it
//! loads the on-demand module (or, with the features linked in, draws them directly) and
//! mounts the feature; afterwards the feature stays mounted, so what was typed in it
//! survives closing, and it is told the current query only while its section is open.
//! [`OnDemandBody`] is the feature alone, for a section the page draws itself (an input
//! section's `Disclosure`).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use super::features::{linked, FeatureProps};
use super::module::{self, Mounted};
use super::Feature;
use crate::app::hooks::{use_details, Details};

#[derive(Properties, PartialEq)]
pub struct OnDemandSectionProps {
    pub feature: Feature,
    /// The current scenario's link query; `None` while a field is invalid.
    pub query: Option<String>,
    /// Opens a saved scenario in the page, given its name and query.
    #[prop_or_default]
    pub on_open: Callback<(String, String)>,
    /// Open when first drawn (saved scenarios, when this browser holds some). Read once.
    #[prop_or_default]
    pub start_open: bool,
}

#[function_component]
pub fn OnDemandSection(props: &OnDemandSectionProps) -> Html {
    let Details {
        open,
        opened,
        ontoggle,
    } = use_details(props.start_open);
    let feature = props.feature;
    let (class, testid, title_id) = feature.names();
    let body = FeatureProps {
        feature,
        query: props.query.clone(),
        open,
        on_open: props.on_open.clone(),
    };
    html! {
        // `open` is set when first drawn only: the value never changes afterwards.
        <details class={classes!("section", "on-demand-section", class)} data-testid={testid} open={props.start_open} {ontoggle}>
            <summary><h2 id={title_id}>{ feature.title() }</h2></summary>
            if opened {
                <OnDemandBody ..body />
            }
        </details>
    }
}

/// A feature, drawn where this is: mounted by the on-demand module, loaded the first
/// time one is drawn (or, with the features linked in, drawn in the page's own tree).
#[function_component]
pub fn OnDemandBody(props: &FeatureProps) -> Html {
    let props = props.clone();
    match linked() {
        Some(draw) => draw(props),
        None => html! { <Imported ..props /> },
    }
}

/// Where loading the module stands.
#[derive(Clone, PartialEq)]
enum Status {
    Loading,
    Failed(String),
    Ready,
}

/// The feature, mounted by the module in an element of its own.
#[function_component]
fn Imported(props: &FeatureProps) -> Html {
    let root = use_node_ref();
    let status = use_state_eq(|| Status::Loading);
    let attempt = use_state_eq(|| 0u32);
    let mounted = use_mut_ref(|| None::<Mounted>);
    // Whether this component is still on the page, for a load that ends after it left.
    let alive = use_mut_ref(|| true);
    // What the feature is told on mounting: the props of the last render.
    let latest = use_mut_ref(|| (props.query.clone(), props.open));
    *latest.borrow_mut() = (props.query.clone(), props.open);
    // The module calls one function for the whole life of the feature; it passes the
    // call on to the callback of the last render.
    let on_open = use_mut_ref(|| props.on_open.clone());
    *on_open.borrow_mut() = props.on_open.clone();
    let js_on_open = use_memo((), {
        let on_open = on_open.clone();
        move |_| {
            Closure::<dyn Fn(String, String)>::new(move |name, query| {
                on_open.borrow().emit((name, query))
            })
        }
    });

    {
        let (root, status, mounted, alive, latest) = (
            root.clone(),
            status.clone(),
            mounted.clone(),
            alive.clone(),
            latest.clone(),
        );
        let feature = props.feature;
        use_effect_with(*attempt, move |_| {
            status.set(Status::Loading);
            wasm_bindgen_futures::spawn_local(async move {
                let result = module::load().await.and_then(|module| {
                    let root = root
                        .cast::<Element>()
                        .ok_or_else(|| "the section has left the page".to_owned())?;
                    let (query, open) = latest.borrow().clone();
                    let function: &js_sys::Function = (*js_on_open).as_ref().unchecked_ref();
                    match module.mount(feature.as_str(), &root, query, open, function) {
                        Ok(Some(handle)) => Ok(handle),
                        Ok(None) => Err("the loaded code does not know this part".to_owned()),
                        Err(_) => Err("the loaded code failed to start it".to_owned()),
                    }
                });
                if !*alive.borrow() {
                    if let Ok(handle) = result {
                        let _ = handle.unmount();
                    }
                    return;
                }
                match result {
                    Ok(handle) => {
                        *mounted.borrow_mut() = Some(handle);
                        status.set(Status::Ready);
                    }
                    Err(why) => status.set(Status::Failed(why)),
                }
            });
        });
    }
    {
        // Taken off the page with its section.
        let (mounted, alive) = (mounted.clone(), alive.clone());
        use_effect_with((), move |_| {
            move || {
                *alive.borrow_mut() = false;
                if let Some(handle) = mounted.borrow_mut().take() {
                    let _ = handle.unmount();
                }
            }
        });
    }
    {
        // The query while open; closing is told once, and nothing while closed.
        let told_open = use_mut_ref(|| props.open);
        let mounted = mounted.clone();
        use_effect_with(
            (props.query.clone(), props.open, *status == Status::Ready),
            move |(query, open, _)| {
                if let Some(handle) = &*mounted.borrow() {
                    if *open || *told_open.borrow() {
                        let _ = handle.update(query.clone(), *open);
                        *told_open.borrow_mut() = *open;
                    }
                }
            },
        );
    }
    let retry = {
        let attempt = attempt.clone();
        Callback::from(move |_: MouseEvent| attempt.set(*attempt + 1))
    };
    html! {
        <>
            <div class="on-demand" ref={root}></div>
            {
                match &*status {
                    Status::Loading => html! {
                        <p class="hint" role="status" data-testid="on-demand-loading">{ "Loading…" }</p>
                    },
                    Status::Failed(why) => html! {
                        <div class="error" role="alert" data-testid="on-demand-failed">
                            <p>{ format!("This part of the page could not be loaded ({why}). It needs a connection the first time it is opened.") }</p>
                            <button type="button" onclick={retry}>{ "Try again" }</button>
                        </div>
                    },
                    Status::Ready => Html::default(),
                }
            }
        </>
    }
}
