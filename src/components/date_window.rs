//! Two date fields and an Apply button: the date window, typed rather than
//! brushed, for the timeline and the actor map alike. An empty field leaves
//! that side open.

use dossier_corpus::CivilDate;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props of [`DateWindow`].
#[derive(Properties, PartialEq)]
pub struct DateWindowProps {
    /// The first day, when set.
    pub from: Option<CivilDate>,
    /// The last day, when set.
    pub to: Option<CivilDate>,
    /// Sends the window typed in (either side may be open).
    pub on_apply: Callback<(Option<CivilDate>, Option<CivilDate>)>,
}

/// The form.
#[component]
pub fn DateWindow(props: &DateWindowProps) -> Html {
    let onsubmit = {
        let on_apply = props.on_apply.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(form) = event.target_dyn_into::<web_sys::HtmlFormElement>() else {
                return;
            };
            let read = |name: &str| {
                form.get_with_name(name)
                    .and_then(|field| field.dyn_into::<web_sys::HtmlInputElement>().ok())
                    .and_then(|input| CivilDate::parse_iso(&input.value()))
            };
            on_apply.emit((read("from"), read("to")));
        })
    };
    let value = |day: Option<CivilDate>| day.map(|day| day.to_string()).unwrap_or_default();
    html! {
        <form class="group window-form" aria-label="Date window" {onsubmit}>
            <label>{ "From " }<input type="date" name="from" value={value(props.from)} /></label>
            <label>{ "to " }<input type="date" name="to" value={value(props.to)} /></label>
            <button type="submit">{ "Apply" }</button>
        </form>
    }
}
