//! A partner's accent made readable: WCAG 2 relative luminance and contrast ratio, and
//! the accent moved toward black (light theme) or white (dark theme), by the least
//! step that gives at least [`MIN_CONTRAST`] against every surface the accent is drawn
//! on and against the text drawn on it (the accent-filled buttons). The hue is kept;
//! an accent that already reads is returned unchanged.

use super::options::Accent;

/// WCAG 2 AA for normal text (success criterion 1.4.3).
pub const MIN_CONTRAST: f64 = 4.5;

/// An sRGB colour, 8 bits a channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// The colour of an accent (always `#rrggbb`, so every digit parses).
    pub fn of(accent: &Accent) -> Rgb {
        let hex = accent.as_str().trim_start_matches('#');
        let byte = |at: usize| {
            hex.get(at..at + 2)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .unwrap_or(0)
        };
        Rgb(byte(0), byte(2), byte(4))
    }

    /// `#rrggbb`, lower case.
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance, 0 (black) to 1 (white), per WCAG 2's definition.
    pub fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// `self` moved a fraction `t` (0 to 1) of the way to `to`, channel by channel.
    fn toward(self, to: Rgb, t: f64) -> Rgb {
        let mix = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
        Rgb(mix(self.0, to.0), mix(self.1, to.1), mix(self.2, to.2))
    }
}

/// The contrast ratio of two colours, 1 to 21, whichever is lighter.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The colours an accent meets in one theme. They mirror `static/style.css` (the
/// theme blocks' `--bg` and `--panel`, and the accent buttons' text); a test checks
/// that they are the stylesheet's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    /// The surfaces accent text and lines are drawn on (`--bg`, `--panel`).
    pub surfaces: [Rgb; 2],
    /// The text on accent-filled buttons.
    pub on_accent: Rgb,
    /// Whether the theme is dark: the accent is then lightened, else darkened.
    pub dark: bool,
}

/// The light theme.
pub const LIGHT: Palette = Palette {
    surfaces: [Rgb(0xf6, 0xf7, 0xf9), Rgb(0xff, 0xff, 0xff)],
    on_accent: Rgb(0xff, 0xff, 0xff),
    dark: false,
};

/// The dark theme.
pub const DARK: Palette = Palette {
    surfaces: [Rgb(0x0f, 0x11, 0x15), Rgb(0x17, 0x1a, 0x21)],
    on_accent: Rgb(0x1a, 0x12, 0x06),
    dark: true,
};

impl Palette {
    /// The lowest contrast of `accent` against what it meets in this theme.
    pub fn worst_contrast(&self, accent: Rgb) -> f64 {
        self.surfaces
            .iter()
            .chain([&self.on_accent])
            .map(|c| contrast(accent, *c))
            .fold(f64::INFINITY, f64::min)
    }

    /// `accent` as shown in this theme: itself when it reads at [`MIN_CONTRAST`] against
    /// everything it meets, else the least lightening (dark theme) or darkening (light)
    /// that does. The steps are searched by bisection over the mix toward white or
    /// black; the end (white or black) reads against every surface of these palettes.
    pub fn readable(&self, accent: Rgb) -> Rgb {
        if self.worst_contrast(accent) >= MIN_CONTRAST {
            return accent;
        }
        let end = if self.dark {
            Rgb(255, 255, 255)
        } else {
            Rgb(0, 0, 0)
        };
        // Lightening (darkening) only raises the contrast against these surfaces and
        // button texts, which are all darker (lighter) than the accent needs to be.
        let (mut low, mut high) = (0.0_f64, 1.0_f64);
        for _ in 0..24 {
            let mid = (low + high) / 2.0;
            if self.worst_contrast(accent.toward(end, mid)) >= MIN_CONTRAST {
                high = mid;
            } else {
                low = mid;
            }
        }
        accent.toward(end, high)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rgb(hex: &str) -> Rgb {
        Rgb::of(&Accent::parse(hex).expect("a colour"))
    }

    #[track_caller]
    fn ratio(a: &str, b: &str, expected: f64) {
        let r = contrast(rgb(a), rgb(b));
        assert!((r - expected).abs() < 0.01, "{a} on {b}: {r}");
    }

    #[test]
    fn contrast_follows_wcag() {
        ratio("#000", "#fff", 21.0);
        ratio("#fff", "#fff", 1.0);
        // Known pairs (WCAG's formula, rounded to two places).
        ratio("#777", "#fff", 4.48);
        ratio("#c2560c", "#ffffff", 4.53);
        assert!((rgb("#fff").luminance() - 1.0).abs() < 1e-12);
        assert_eq!(rgb("#000").luminance(), 0.0);
    }

    #[track_caller]
    fn case(palette: Palette, accent: &str, unchanged: bool) {
        let before = rgb(accent);
        let after = palette.readable(before);
        assert!(
            palette.worst_contrast(after) >= MIN_CONTRAST,
            "{accent} -> {} at {}",
            after.to_hex(),
            palette.worst_contrast(after)
        );
        assert_eq!(after == before, unchanged, "{accent} -> {}", after.to_hex());
        // No further than needed: just over the minimum.
        if !unchanged {
            assert!(
                palette.worst_contrast(after) < MIN_CONTRAST + 0.2,
                "{accent} -> {}: further than needed",
                after.to_hex()
            );
        }
    }

    #[test]
    fn an_accent_is_adjusted_only_as_far_as_it_must() {
        // The page's dark accent reads in its theme. Its light accent reads on the
        // panel (4.54:1) but not quite on the light background (4.23:1): given as a
        // partner accent, it is darkened a little.
        case(DARK, "#f59e4b", true);
        case(LIGHT, "#c2560c", false);
        // A dark green on the dark theme (3.77:1 in the report) is lightened; on
        // the light theme it already reads.
        case(DARK, "#0a7f5a", false);
        case(LIGHT, "#0a7f5a", true);
        // A pale yellow on the light theme is darkened; white on the light theme and
        // black on the dark one go as far as they must, and the other way round they
        // already read.
        case(LIGHT, "#ffe066", false);
        case(LIGHT, "#ffffff", false);
        case(DARK, "#000000", false);
        case(DARK, "#ffffff", true);
        case(LIGHT, "#000000", true);
        // Pure hues.
        for hex in [
            "#ff0000", "#00ff00", "#0000ff", "#00ffff", "#ff00ff", "#ffff00", "#808080",
        ] {
            assert!(
                LIGHT.worst_contrast(LIGHT.readable(rgb(hex))) >= MIN_CONTRAST,
                "{hex}"
            );
            assert!(
                DARK.worst_contrast(DARK.readable(rgb(hex))) >= MIN_CONTRAST,
                "{hex}"
            );
        }
    }

    #[test]
    fn the_palettes_are_the_stylesheets() {
        let css = include_str!("../../static/style.css");
        for (selector, palette) in [
            (".app[data-theme=\"light\"]", LIGHT),
            (".app[data-theme=\"dark\"]", DARK),
        ] {
            let block = css
                .split(selector)
                .nth(1)
                .and_then(|rest| rest.split('}').next())
                .unwrap_or_else(|| panic!("no {selector} block"));
            let [bg, panel] = palette.surfaces;
            assert!(
                block.contains(&format!("--bg: {};", bg.to_hex())),
                "{selector}"
            );
            assert!(
                block.contains(&format!("--panel: {};", panel.to_hex())),
                "{selector}"
            );
        }
        // The accent buttons' text: white in the light theme, near black in the dark.
        let buttons: Vec<&str> = css.lines().filter(|l| l.contains("copy-link")).collect();
        assert!(
            buttons.iter().any(|l| l.contains("color: #fff;")),
            "{buttons:?}"
        );
        assert!(css.contains(&format!("color: {}; }}", DARK.on_accent.to_hex())));
        assert_eq!(LIGHT.on_accent, Rgb(255, 255, 255));
    }
}
