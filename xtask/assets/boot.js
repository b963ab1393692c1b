// Starts Dossier. Trunk writes the script tag that loads this file (the
// `pattern_script` in Trunk.toml), with the hashed names of the module that
// wasm-bindgen generated and of the wasm. Loading them from a file, rather
// than from the inline module Trunk writes by default, lets the pages run
// under a Content-Security-Policy with no inline script at all (README,
// "Content-Security-Policy"). xtask copies this file into every build.

const tag = document.querySelector('script[data-dossier-js]');
const bindings = await import(tag.dataset.dossierJs);
const wasm = await bindings.default({ module_or_path: tag.dataset.dossierWasm });

// As Trunk's own loader does: the benchmark reaches its exports here.
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
