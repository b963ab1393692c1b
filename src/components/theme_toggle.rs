//! The theme toggle: light or dark, whatever the system says. The choice is
//! kept in local storage and written as `data-theme` on the root element,
//! where the stylesheet reads it. Until one chooses, the theme follows the
//! system, and the button offers the other one.

use yew::prelude::*;

/// Where the choice is kept.
const KEY: &str = "dossier-theme";

/// A theme.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Theme {
    /// Dark text on light.
    Light,
    /// Light text on dark.
    Dark,
}

impl Theme {
    /// The name stored and written in `data-theme`.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme a stored name means (nothing for anything else).
    pub fn from_name(name: &str) -> Option<Theme> {
        match name {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    /// The other one.
    pub fn other(self) -> Theme {
        match self {
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Light,
        }
    }
}

/// The stored choice, if any.
fn stored() -> Option<Theme> {
    gloo::utils::window()
        .local_storage()
        .ok()
        .flatten()
        .and_then(|storage| storage.get_item(KEY).ok().flatten())
        .and_then(|name| Theme::from_name(&name))
}

/// The system's theme.
fn system() -> Theme {
    let dark = gloo::utils::window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches());
    if dark {
        Theme::Dark
    } else {
        Theme::Light
    }
}

/// Writes a chosen theme on the root element and keeps it (storage may be
/// refused, in a sandboxed frame say: the choice then lasts for the page).
/// Without a choice the root has no `data-theme`, and the stylesheet follows
/// the system, even when it changes.
fn apply(theme: Theme, keep: bool) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("data-theme", theme.as_str());
    }
    if keep {
        if let Ok(Some(storage)) = gloo::utils::window().local_storage() {
            let _ = storage.set_item(KEY, theme.as_str());
        }
    }
}

/// The toggle button.
#[component]
pub fn ThemeToggle() -> Html {
    // Read after the first render: rendering stays pure.
    let theme = use_state(|| None::<Theme>);
    {
        let theme = theme.clone();
        use_effect_with((), move |_| {
            let chosen = stored();
            if let Some(chosen) = chosen {
                apply(chosen, false);
            }
            theme.set(Some(chosen.unwrap_or_else(system)));
        });
    }
    let shown = (*theme).unwrap_or(Theme::Light);
    let onclick = {
        let theme = theme.clone();
        Callback::from(move |_: MouseEvent| {
            let next = shown.other();
            apply(next, true);
            theme.set(Some(next));
        })
    };
    let label = match shown {
        Theme::Light => "Dark theme",
        Theme::Dark => "Light theme",
    };
    html! {
        <button type="button" class="theme-toggle" {onclick} data-theme-now={shown.as_str()}
            aria-label={format!("Switch to the {}", label.to_lowercase())}>{ label }</button>
    }
}
