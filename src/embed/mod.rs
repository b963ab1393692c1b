//! The embed: `embed.html` is `index.html` with `data-embed` on its root
//! element (xtask writes it after each build), so one wasm binary serves
//! both. Embedded, the app shows a slim bar instead of the header
//! ([`crate::components::embed_bar`]) and runs [`EmbedBridge`], which talks
//! to the host page by `postMessage`:
//!
//! - it tells the parent its content height, the route and the reader's
//!   selections;
//! - it takes commands (navigate, select an actor, set a date window), but
//!   only from the parent window and only when that window's origin is the
//!   one the page was given in `?parent=`.
//!
//! Height and route messages go to the configured origin, or to any origin
//! when none is configured (they say nothing the host could not see). A
//! selection is only ever sent to a configured origin. The rules of the
//! protocol are pure functions in `protocol.rs`.

pub mod protocol;

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::route::Location;
use protocol::{parent_origin, Command, Selection};

/// Whether this page is the embed (`<html data-embed>`). Read once at start,
/// outside rendering.
pub fn is_embedded() -> bool {
    gloo::utils::document()
        .document_element()
        .is_some_and(|root| root.has_attribute("data-embed"))
}

/// Props of [`EmbedBridge`].
#[derive(Properties, PartialEq)]
pub struct EmbedBridgeProps {
    /// Where the reader is, reported to the host when it changes.
    pub location: Location,
}

/// The embed's side of the message protocol. It renders nothing; its
/// effects listen for commands, watch the content's height, and report
/// routes and selections.
#[component]
pub fn EmbedBridge(props: &EmbedBridgeProps) -> Html {
    use_effect_with((), |_| {
        let listener = Parent::find().map(listen_for_commands);
        let watcher = HeightWatcher::start();
        Parent::post("dossier:ready", &[("route", current_hash().into())], false);
        move || drop((listener, watcher))
    });
    let last = use_mut_ref(|| None::<Selection>);
    use_effect_with(props.location.clone(), move |location| {
        let selection = Selection::of(location);
        let mut fields: Vec<(&str, JsValue)> = vec![
            ("route", location.href().into()),
            ("view", selection.view.into()),
        ];
        Parent::post("dossier:route", &fields, false);
        let mut last = last.borrow_mut();
        // The first route is the one the host asked for: not news.
        if last.is_some() && selection.is_news_after(last.as_ref()) {
            let selected = selection.fields.iter();
            fields.extend(selected.map(|(key, value)| (*key, JsValue::from_str(value))));
            Parent::post("dossier:select", &fields, true);
        }
        *last = Some(selection);
    });
    Html::default()
}

/// The window that frames this page, and the origin it was configured with.
struct Parent {
    window: web_sys::Window,
    origin: Option<String>,
}

impl Parent {
    /// The parent, when this page is framed.
    fn find() -> Option<Parent> {
        let window = gloo::utils::window();
        let parent = window.parent().ok().flatten()?;
        if js_sys::Object::is(&parent, &window) {
            return None;
        }
        let search = window.location().search().unwrap_or_default();
        Some(Parent {
            window: parent,
            origin: parent_origin(&search),
        })
    }

    /// Posts `{type: kind, ...fields}` to the parent. A message that says
    /// what the reader selected goes to the configured origin only; others
    /// go to any origin when none is configured.
    fn post(kind: &str, fields: &[(&str, JsValue)], private: bool) {
        let Some(parent) = Parent::find() else {
            return;
        };
        let target = match (&parent.origin, private) {
            (Some(origin), _) => origin.as_str(),
            (None, false) => "*",
            (None, true) => return,
        };
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
        for (key, value) in fields {
            let _ = js_sys::Reflect::set(&message, &(*key).into(), value);
        }
        let _ = parent.window.post_message(&message, target);
    }
}

/// Applies the commands that come from the parent window and its configured
/// origin; every other message is ignored. A malformed command is answered
/// with `dossier:error`.
fn listen_for_commands(parent: Parent) -> EventListener {
    EventListener::new(&gloo::utils::window(), "message", move |event| {
        let Some(message) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let from_parent = message
            .source()
            .is_some_and(|source| js_sys::Object::is(&source, &parent.window));
        let trusted = parent.origin.as_deref() == Some(message.origin().as_str());
        if !from_parent || !trusted {
            return;
        }
        let data = message.data();
        let text = |key: &str| {
            js_sys::Reflect::get(&data, &JsValue::from_str(key))
                .ok()
                .and_then(|value| value.as_string())
        };
        let Some(kind) = text("type") else {
            return;
        };
        match Command::parse(&kind, text) {
            None => {}
            Some(Ok(command)) => {
                let next = command.apply(&Location::parse(&current_hash())).href();
                // A command is not the reader's navigation: it replaces the
                // history entry, so the host's Back button is not taken over.
                let _ = gloo::utils::window().location().replace(&next);
            }
            Some(Err(reason)) => {
                Parent::post("dossier:error", &[("message", reason.into())], true);
            }
        }
    })
}

/// Tells the parent the content's height whenever it changes. A resize
/// observer reports at once; a slow timer backs it up, because a browser
/// stops rendering a cross-origin frame that is out of sight (one pushed
/// down by the frame above it, say), and then no observer fires, while the
/// host needs the height to bring the frame into sight at its size.
struct HeightWatcher {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut()>,
    _timer: gloo::timers::callback::Interval,
}

/// How often the timer measures, in milliseconds.
const HEIGHT_POLL_MS: u32 = 500;

impl HeightWatcher {
    fn start() -> Option<HeightWatcher> {
        let root = gloo::utils::document().document_element()?;
        let last = Rc::new(RefCell::new(0.0_f64));
        let measured = root.clone();
        let measure = Rc::new(move || {
            // The root's own box, not its scroll height, which never drops
            // below the frame's: the frame could then grow but never shrink.
            let height = measured.get_bounding_client_rect().height().ceil();
            if (height - *last.borrow()).abs() >= 1.0 {
                *last.borrow_mut() = height;
                Parent::post("dossier:height", &[("height", height.into())], false);
            }
        });
        let on_resize = measure.clone();
        let callback = Closure::<dyn FnMut()>::new(move || on_resize());
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(&root);
        let timer = gloo::timers::callback::Interval::new(HEIGHT_POLL_MS, move || measure());
        Some(HeightWatcher {
            observer,
            _callback: callback,
            _timer: timer,
        })
    }
}

impl Drop for HeightWatcher {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}
