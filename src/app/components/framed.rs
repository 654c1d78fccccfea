//! What the page shows instead of the full calculator when another page frames it
//! outside embed mode: old plain-iframe snippets load `/?embed=1`, so `/` stays framable
//! at the header level, and the page itself refuses to put the full calculator (its
//! saved scenarios, their Delete buttons) under a page it does not know.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FramedRefusalProps {
    /// The page's query (`?v=1&...` or empty), for the link to the calculator in a tab.
    pub query: AttrValue,
}

#[function_component]
pub fn FramedRefusal(props: &FramedRefusalProps) -> Html {
    // Relative to the calculator's own address: the query only picks the scenario.
    let own_tab = format!("./{}", props.query);
    html! {
        <div class="app">
            <header class="masthead">
                <h1>{ "hashwatt" }</h1>
            </header>
            <aside class="notice" data-testid="framed-refusal" role="status">
                <p>{ "The full calculator does not open inside another page. Partners embed it with its embed mode (README \"Embedding\")." }</p>
                <p>
                    <a data-testid="framed-open" href={own_tab} target="_blank" rel="noopener">
                        { "Open hashwatt in its own tab ↗" }
                    </a>
                </p>
            </aside>
        </div>
    }
}
