//! The window's size, the emulated colour scheme, and where elements sit in the viewport
//! (the layout tests and the accessibility tests' states).

use serde::Deserialize;
use serde_json::{json, Value};

use super::Page;
use crate::support::Failure;

/// An element's box in CSS px, relative to the viewport, and the viewport's size.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct InViewport {
    pub top: f64,
    pub bottom: f64,
    pub left: f64,
    pub right: f64,
    pub inner_width: f64,
    pub inner_height: f64,
}

impl InViewport {
    /// Whether the whole box is inside the viewport.
    pub fn inside(&self) -> bool {
        self.top >= 0.0
            && self.left >= 0.0
            && self.bottom <= self.inner_height
            && self.right <= self.inner_width
    }
}

/// How wide the document is against the screen, and the elements that stick out.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Widths {
    /// `document.documentElement.scrollWidth`, CSS px.
    pub scroll_width: f64,
    /// `window.innerWidth`, CSS px.
    pub inner_width: f64,
    /// The outermost elements whose box passes the right (or left) edge of the screen
    /// without an ancestor that clips or scrolls it: `tag#id.class[data-testid]`, its
    /// left and right edges in px.
    pub offenders: Vec<String>,
}

impl Widths {
    /// Whether nothing makes the page scroll sideways.
    pub fn fits(&self) -> bool {
        self.scroll_width <= self.inner_width
    }
}

/// Finds the elements that stick out of the screen sideways: each one reported once, at
/// the outermost element that does (its children go with it), and not when an ancestor
/// clips or scrolls it (a table in its scroll region is not the page's width).
const OFFENDERS: &str = r#"
    const width = document.documentElement.clientWidth;
    const clips = el => {
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
            if (getComputedStyle(a).overflowX !== 'visible') return true;
        }
        return false;
    };
    const name = el => el.tagName.toLowerCase()
        + (el.id ? '#' + el.id : '')
        + [...el.classList].map(c => '.' + c).join('')
        + (el.dataset.testid ? '[data-testid=' + el.dataset.testid + ']' : '');
    const out = [];
    const reported = new Set();
    for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || (r.right <= width + 0.5 && r.left >= -0.5)) continue;
        let a = el.parentElement, inside = false;
        for (; a; a = a.parentElement) if (reported.has(a)) { inside = true; break; }
        if (inside || clips(el)) continue;
        reported.add(el);
        out.push(name(el) + ' from ' + Math.round(r.left) + ' to ' + Math.round(r.right) + ' px');
    }
    return {
        scroll_width: document.documentElement.scrollWidth,
        inner_width: window.innerWidth,
        offenders: out,
    };
"#;

impl Page {
    /// Resizes the window so that the page's viewport is `width` × `height` CSS px
    /// (`innerWidth`, `innerHeight`), as a phone or a desktop screen would show it; fails
    /// when the browser will not make it that size.
    pub async fn set_viewport(&self, width: u32, height: u32) -> Result<(), Failure> {
        self.client.set_window_size(width, height).await?;
        // The window's outer size may include a frame: grow it by the difference once.
        let (inner_w, inner_h) = self.inner_size().await?;
        if (inner_w, inner_h) != (width, height) {
            let grow = |outer: u32, inner: u32, want: u32| (outer + want).saturating_sub(inner);
            self.client
                .set_window_size(grow(width, inner_w, width), grow(height, inner_h, height))
                .await?;
        }
        let inner = self.inner_size().await?;
        if inner == (width, height) {
            Ok(())
        } else {
            Err(Failure(format!(
                "asked for a {width}×{height} viewport, the browser gave {}×{}",
                inner.0, inner.1
            )))
        }
    }

    /// `window.innerWidth` and `window.innerHeight`.
    async fn inner_size(&self) -> Result<(u32, u32), Failure> {
        let size = self
            .execute("return [window.innerWidth, window.innerHeight];", vec![])
            .await?;
        let dimension = |i: usize| {
            size.get(i)
                .and_then(Value::as_u64)
                .and_then(|v| u32::try_from(v).ok())
        };
        match (dimension(0), dimension(1)) {
            (Some(w), Some(h)) => Ok((w, h)),
            _ => Err(Failure(format!("the window's inner size is {size}"))),
        }
    }

    /// Makes the page see `prefers-color-scheme: scheme` (`light` or `dark`), as a
    /// system in that theme would, through chromedriver's DevTools passthrough. It holds
    /// for the session, across navigations.
    pub async fn emulate_color_scheme(&self, scheme: &str) -> Result<(), Failure> {
        self.session_command(
            "goog/cdp/execute",
            &json!({
                "cmd": "Emulation.setEmulatedMedia",
                "params": { "features": [{ "name": "prefers-color-scheme", "value": scheme }] },
            }),
        )
        .await?;
        let seen = self
            .execute(
                "return matchMedia('(prefers-color-scheme: ' + arguments[0] + ')').matches;",
                vec![json!(scheme)],
            )
            .await?;
        if seen == json!(true) {
            Ok(())
        } else {
            Err(Failure(format!(
                "the page does not see prefers-color-scheme: {scheme} after emulating it"
            )))
        }
    }

    /// The box of the first element matching `css` against the viewport; None when no
    /// element matches.
    pub async fn in_viewport(&self, css: &str) -> Result<Option<InViewport>, Failure> {
        let script = "const el = document.querySelector(arguments[0]); \
            if (!el) return null; \
            const r = el.getBoundingClientRect(); \
            return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, \
                     inner_width: window.innerWidth, inner_height: window.innerHeight };";
        let answer = self.execute(script, vec![json!(css)]).await?;
        serde_json::from_value(answer).map_err(|e| Failure(format!("a box of {css}: {e}")))
    }

    /// The document's width against the screen's, and what sticks out.
    pub async fn widths(&self) -> Result<Widths, Failure> {
        let answer = self.execute(OFFENDERS, vec![]).await?;
        serde_json::from_value(answer).map_err(|e| Failure(format!("the page's widths: {e}")))
    }
}
