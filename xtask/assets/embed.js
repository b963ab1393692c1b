// <dossier-explorer>: Dossier as a custom element, for any page.
//
//   <script type="module" src="https://dossier.example/embed.js"></script>
//   <dossier-explorer view="timeline" actor="iran" from="2020-01-01" to="2020-03-31"></dossier-explorer>
//
// Each element puts, in a shadow root of its own, an iframe of the app's
// embed page (embed.html, beside this file). The shadow root keeps the
// host's CSS off the frame and the element's CSS off the host; the frame
// keeps the app's own CSS, scripts and wasm in a document of their own, so
// several explorers live on one page without meeting. The element speaks
// the embed's message protocol (README, "Embedding") for the host:
//
// - attributes `view`, `actor`, `from`, `to`, `event`, `place`, `doc`,
//   `query`, or a whole `route` (`#/actors?kind=person`), may change at any
//   time; the frame follows;
// - `el.selectActor(id)`, `el.setWindow(from, to)` and `el.navigate(route)`
//   send commands;
// - the frame's selections come out as `dossier-select` DOM events (bubbling
//   and composed), its route changes as `dossier-route`, a refused command
//   as `dossier-error`, and the frame's height sizes the element.
//
// Messages are taken only from the element's own frame and the app's
// origin, and commands go only to that origin.

const APP = new URL('./embed.html', import.meta.url);

/** The views' paths, and the attributes only one view reads, with the route parameter each becomes. */
const VIEWS = {
  home: { path: '/', own: [] },
  read: { path: '/read', own: [] },
  timeline: { path: '/timeline', own: [['event', 'event']] },
  actors: { path: '/actors', own: [] },
  places: { path: '/places', own: [['place', 'place']] },
  search: { path: '/search', own: [] },
};

/** The attributes every view reads (the app's shared selection, its "lens"). */
const SHARED = [['actor', 'actor'], ['from', 'from'], ['to', 'to'], ['query', 'q']];

const ATTRIBUTES = ['view', 'actor', 'from', 'to', 'event', 'place', 'doc', 'query', 'route'];

/**
 * The app's hash route for an element's attributes (name to value, or null).
 * `route` wins; `view="actor"` with `actor` is one actor's page; `view="read"`
 * with `doc` is one article. An unknown view is the home view.
 */
export function routeFor(attributes) {
  const value = (name) => (attributes[name] ?? '').trim();
  const explicit = value('route');
  if (explicit) return explicit.startsWith('#') ? explicit : `#${explicit.startsWith('/') ? '' : '/'}${explicit}`;
  const view = value('view');
  let { path, own } = VIEWS[view] ?? VIEWS.home;
  if (view === 'actor' && value('actor')) path = `/actors/${encodeURIComponent(value('actor'))}`;
  if (view === 'read' && value('doc')) path = `/read/${encodeURIComponent(value('doc'))}`;
  const query = [...own, ...SHARED]
    .filter(([name]) => value(name))
    .map(([name, key]) => `${key}=${encodeURIComponent(value(name)).replaceAll('%2C', ',')}`)
    .join('&');
  return `#${path}${query ? `?${query}` : ''}`;
}

const CSS = `
:host { display: block !important; }
:host([hidden]) { display: none !important; }
iframe { display: block; box-sizing: border-box; width: 100%; min-width: 0; height: 480px; margin: 0; padding: 0; border: 0; background: transparent; }
`;

/** One style sheet for every element, adopted where the browser can (no <style>, so a host's CSP need not allow inline styles). */
function styleShadow(root) {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    styleShadow.sheet ??= new CSSStyleSheet();
    styleShadow.sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [styleShadow.sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = CSS;
    root.append(style);
  }
}

export class DossierExplorer extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  #frame = null;
  #ready = false;
  #pending = [];
  #route = null;

  constructor() {
    super();
    styleShadow(this.attachShadow({ mode: 'open' }));
  }

  /** The route the frame last reported (`#/timeline?...`), or null before it has. */
  get route() {
    return this.#route;
  }

  connectedCallback() {
    window.addEventListener('message', this.#onMessage);
    if (!this.#frame) {
      this.#frame = document.createElement('iframe');
      this.#frame.title = this.getAttribute('title') || 'Dossier explorer';
      // Scripts and storage (for the offline cache) in the frame; popups
      // (the full explorer) and downloads (exports) allowed; no navigating
      // the host's page.
      this.#frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads');
      this.shadowRoot.append(this.#frame);
    }
    // (Re)connected: the frame loads afresh, at the attributes' route.
    this.#ready = false;
    this.#pending = [];
    this.#frame.src = this.#source();
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.#onMessage);
    this.#ready = false;
  }

  attributeChangedCallback(_name, before, after) {
    if (before === after || !this.#frame) return;
    this.navigate(routeFor(this.#attributes()));
  }

  /** Brings an actor forward in the current view. */
  selectActor(actor) {
    this.#send({ type: 'dossier:select-actor', actor: String(actor) });
  }

  /** Shows a date window (`YYYY-MM-DD`; either end may be empty). */
  setWindow(from, to) {
    this.#send({ type: 'dossier:set-window', from: from ? String(from) : '', to: to ? String(to) : '' });
  }

  /** Goes to a hash route of the app (`#/actors/iran`). */
  navigate(route) {
    this.#send({ type: 'dossier:navigate', route: String(route) });
  }

  #attributes() {
    return Object.fromEntries(ATTRIBUTES.map((name) => [name, this.getAttribute(name)]));
  }

  /** The frame's address: the app's embed page, told this page's origin, at the attributes' route. */
  #source() {
    const url = new URL(APP);
    // A page opened from a file has the origin "null", which cannot be
    // posted to: such a host gets heights and routes, but no selections.
    if (window.location.origin !== 'null') url.searchParams.set('parent', window.location.origin);
    url.hash = routeFor(this.#attributes());
    return url.href;
  }

  #send(message) {
    if (this.#ready && this.#frame?.contentWindow) {
      this.#frame.contentWindow.postMessage(message, APP.origin);
    } else {
      this.#pending.push(message);
    }
  }

  #onMessage = (event) => {
    if (!this.#frame || event.source !== this.#frame.contentWindow || event.origin !== APP.origin) return;
    const data = event.data;
    if (!data || typeof data.type !== 'string' || !data.type.startsWith('dossier:')) return;
    const detail = Object.fromEntries(Object.entries(data).filter(([key, value]) => key !== 'type' && typeof value !== 'object'));
    switch (data.type) {
      case 'dossier:ready': {
        this.#ready = true;
        const pending = this.#pending;
        this.#pending = [];
        pending.forEach((message) => this.#send(message));
        this.#emit('dossier-ready', detail);
        break;
      }
      case 'dossier:height': {
        const height = Number(data.height);
        if (Number.isFinite(height) && height > 0) this.#frame.style.height = `${Math.min(Math.ceil(height), 100000)}px`;
        break;
      }
      case 'dossier:route':
        this.#route = typeof data.route === 'string' ? data.route : null;
        this.#emit('dossier-route', detail);
        break;
      case 'dossier:select':
        this.#emit('dossier-select', detail);
        break;
      case 'dossier:error':
        this.#emit('dossier-error', detail);
        break;
      default:
        break;
    }
  };

  #emit(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}

if (!customElements.get('dossier-explorer')) customElements.define('dossier-explorer', DossierExplorer);
