//! The keyboard shortcuts, listed in a dialog that `?` opens and Escape or
//! the close button shuts. Focus moves into the dialog when it opens and
//! back to where it was when it closes.

use yew::prelude::*;

/// Props of [`Shortcuts`].
#[derive(Properties, PartialEq)]
pub struct ShortcutsProps {
    /// Asks to close the dialog.
    pub on_close: Callback<()>,
}

/// The shortcuts, by view.
const KEYS: &[(&str, &[(&str, &str)])] = &[
    (
        "Everywhere",
        &[
            ("/", "search actors, events and sentences"),
            ("?", "this list"),
            ("Tab, Shift+Tab", "move between links, events and actors"),
            ("Enter", "open what has focus"),
        ],
    ),
    (
        "Timeline and actor map",
        &[
            ("+ and −", "zoom in and out"),
            ("← →", "move back and forward in time (the map: also ↑ ↓)"),
            ("0", "back to the first view"),
            (
                "Shift + arrows",
                "on the map, move the actor that has focus (it stays where you put it)",
            ),
        ],
    ),
];

/// The dialog.
#[component]
pub fn Shortcuts(props: &ShortcutsProps) -> Html {
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            use wasm_bindgen::JsCast;
            let before = gloo::utils::document().active_element();
            if let Some(element) = dialog.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
            move || {
                if let Some(element) =
                    before.and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = element.focus();
                }
            }
        });
    }
    let onkeydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                event.prevent_default();
                on_close.emit(());
            }
        })
    };
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    html! {
        <div class="dialog-backdrop">
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" tabindex="-1" ref={dialog} {onkeydown}>
                <button type="button" class="dialog-close" aria-label="Close" onclick={close}>{ "×" }</button>
                <h2 id="shortcuts-title">{ "Keyboard shortcuts" }</h2>
                { for KEYS.iter().map(|(view, keys)| html! {
                    <>
                        <h3>{ *view }</h3>
                        <dl class="keys">
                            { for keys.iter().map(|(key, what)| html! { <><dt><kbd>{ *key }</kbd></dt><dd>{ *what }</dd></> }) }
                        </dl>
                    </>
                }) }
            </div>
        </div>
    }
}
