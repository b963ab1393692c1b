// Starts Dossier. Trunk writes the script tag that loads this file (the
// `pattern_script` in Trunk.toml), with the hashed names of the module that
// wasm-bindgen generated and of the wasm; xtask adds the name of the
// corpus's data file (`data-dossier-data`, xtask/src/data.rs). Loading them
// from a file, rather than from the inline module Trunk writes by default,
// lets the pages run under a Content-Security-Policy with no inline script
// at all (README, "Content-Security-Policy"). xtask copies this file into
// every build.

const tag = document.querySelector('script[data-dossier-js]');
const bindings = await import(tag.dataset.dossierJs);
// The page holds the first screen the build rendered, and the app replaces
// it with the same view when it starts. A screen replaced before the browser
// has shown it is shown twice, and the reader's largest paint waits for the
// second: so the app starts once the first is on screen. Only then is the
// wasm fetched: index.html does not preload it, so that the first screen has
// the connection to itself (`without_wasm_preload` in xtask/src/embed.rs).
// embed.html has no first screen and preloads it.
await firstScreenShown();
// The wasm holds no corpus: the app reads the data file's bytes from
// `globalThis.dossierData` when it starts (src/data.rs), so both are fetched
// at once and the wasm is compiled, as it streams in, once the data is here.
const [response] = await Promise.all([fetch(tag.dataset.dossierWasm), loadData(tag.dataset.dossierData)]);
const wasm = await bindings.default({ module_or_path: response });

// As Trunk's own loader does: the benchmark reaches its exports here.
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));

/**
 * Fetches the corpus's data file and leaves its bytes on
 * `globalThis.dossierData`, or why it could not on
 * `globalThis.dossierDataError`, which the app shows instead of the corpus.
 */
async function loadData(href) {
  try {
    if (!href) throw new Error('the page names no data file');
    const response = await fetch(href);
    if (!response.ok) throw new Error(`${href}: HTTP ${response.status}`);
    globalThis.dossierData = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    globalThis.dossierDataError = String(error?.message ?? error);
  }
}

/**
 * Resolves once the browser reports the page's largest paint, at once when
 * nothing was rendered ahead or nothing will paint (a hidden tab, an embed
 * out of sight), and after half a second at most.
 */
function firstScreenShown() {
  const prerendered = document.querySelector('#app main');
  const paints = globalThis.PerformanceObserver?.supportedEntryTypes ?? [];
  if (!prerendered || document.visibilityState !== 'visible' || !paints.includes('largest-contentful-paint')) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new PerformanceObserver(done);
    const timer = setTimeout(done, 500);
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
  });
}
