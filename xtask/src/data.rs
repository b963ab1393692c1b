//! What Trunk's post-build hook does to the app itself, before the embed
//! files and the service worker: writes the corpus's data file next to the
//! wasm, and optimises the wasm, remembering the result.
//!
//! The wasm holds no corpus (`src/data.rs`): the page fetches
//! `dossier-data-HASH.bin`, which `dossier bundle` writes here from the
//! corpus folder. A changed article or gazetteer is then a new data file
//! and the same wasm: Cargo has nothing to recompile, and `wasm-opt`,
//! which Trunk would run on every build (about ten seconds here), runs
//! only when the wasm changed: its outputs are kept in `target/wasm-opt/`
//! under a hash of the input, the options and the tool's version.

use std::path::{Path, PathBuf};

use crate::offline::Fnv;
use crate::tools::Tools;

/// The world file the basemap is drawn from, in the project.
const WORLD: &str = "data/natural-earth/ne_110m_admin_0_countries.geojson";

/// The options `wasm-opt` runs with: `-Oz`, and the wasm features rustc
/// 1.95 emits by default, which `wasm-opt` must accept.
pub const WASM_OPT_ARGS: [&str; 8] = [
    "-Oz",
    "--enable-bulk-memory",
    "--enable-bulk-memory-opt",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// Writes the data file of the corpus folder (`DOSSIER_SEEDS`, or
/// `seeds/`) into the build folder `dir`, and names it on the start-up
/// script of `index.html` (`data-dossier-data`).
pub fn write_data_file(tools: &Tools, dir: &Path) -> Result<(), String> {
    let seeds = std::env::var_os("DOSSIER_SEEDS")
        .map(PathBuf::from)
        .map_or_else(|| tools.root.join("seeds"), |dir| tools.root.join(dir));
    let draft = dir.join("dossier-data.partial");
    let mut command = tools.cargo();
    command.args([
        "run",
        "--quiet",
        "--locked",
        "--profile",
        "tool",
        "-p",
        "dossier-cli",
        "--",
        "bundle",
        "--world",
    ]);
    command.arg(tools.root.join(WORLD));
    if let Some(limit) = std::env::var_os("DOSSIER_MAX_FILE_BYTES") {
        command.arg("--max-file-bytes").arg(limit);
    }
    tools.run(command.arg(&seeds).arg(&draft))?;
    let bytes = std::fs::read(&draft).map_err(|error| format!("{}: {error}", draft.display()))?;
    let mut hash = Fnv::new();
    hash.write(&bytes);
    let name = format!("dossier-data-{:016x}.bin", hash.finish());
    std::fs::rename(&draft, dir.join(&name))
        .map_err(|error| format!("{}: {error}", draft.display()))?;

    let index_path = dir.join("index.html");
    let index = std::fs::read_to_string(&index_path)
        .map_err(|error| format!("{}: {error}", index_path.display()))?;
    let index = naming_data_file(&index, &format!("./{name}"))?;
    std::fs::write(&index_path, index).map_err(|error| format!("{}: {error}", index_path.display()))
}

/// The page with `data-dossier-data="HREF"` on its start-up script (the one
/// that loads `boot.js`).
pub fn naming_data_file(html: &str, href: &str) -> Result<String, String> {
    let marker = "data-dossier-js=";
    let at = html
        .find(marker)
        .ok_or("index.html has no start-up script (data-dossier-js)")?;
    Ok(format!(
        "{}data-dossier-data=\"{href}\" {}",
        &html[..at],
        &html[at..]
    ))
}

/// Optimises each wasm of the build folder `dir` for size, as Trunk would,
/// unless `target/wasm-opt/` holds the output of the same wasm, `wasm-opt`
/// version and options, which is copied. The preload hint Trunk wrote for
/// it names the hash of the bytes before `wasm-opt`: its `integrity` goes,
/// as a stale one would make the browser drop the preload.
pub fn optimise_wasm(tools: &Tools, dir: &Path) -> Result<(), String> {
    let cache = tools.root.join("target/wasm-opt");
    std::fs::create_dir_all(&cache).map_err(|error| format!("{}: {error}", cache.display()))?;
    let wasm_opt = tools
        .root
        .join("node_modules/.bin/wasm-opt")
        .display()
        .to_string();
    let version = tools.version_of(&wasm_opt).ok_or_else(|| {
        format!("{wasm_opt} does not run; `cargo xtask` installs it (npm binaryen)")
    })?;
    let wasm_files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|error| format!("{}: {error}", dir.display()))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.extension()
                .is_some_and(|extension| extension == "wasm")
        })
        .collect();
    for wasm in &wasm_files {
        let bytes = std::fs::read(wasm).map_err(|error| format!("{}: {error}", wasm.display()))?;
        let cached = cache.join(cache_name(&version, &bytes));
        if cached.is_file() {
            println!(
                "xtask: {} was optimised before ({}): wasm-opt skipped",
                file_name(wasm),
                file_name(&cached)
            );
        } else {
            // Written aside, then renamed: a build running at the same time
            // never reads half a file, and a crash leaves no entry.
            let partial = cached.with_extension(format!("{}.partial", std::process::id()));
            tools.run(
                tools
                    .command(&wasm_opt)
                    .args(WASM_OPT_ARGS)
                    .arg(wasm)
                    .arg("-o")
                    .arg(&partial),
            )?;
            std::fs::rename(&partial, &cached)
                .map_err(|error| format!("{}: {error}", cached.display()))?;
            prune(&cache, CACHED_WASMS);
        }
        std::fs::copy(&cached, wasm).map_err(|error| format!("{}: {error}", wasm.display()))?;
    }
    let path = dir.join("index.html");
    let html =
        std::fs::read_to_string(&path).map_err(|error| format!("{}: {error}", path.display()))?;
    std::fs::write(&path, without_wasm_integrity(&html))
        .map_err(|error| format!("{}: {error}", path.display()))
}

/// How many optimised wasm files `target/wasm-opt/` keeps (the app's, the
/// benchmark build's, and a few older ones).
const CACHED_WASMS: usize = 6;

/// The cache's name for the output of `wasm-opt` (as `version` reports
/// itself) with [`WASM_OPT_ARGS`] on `input`: a hash of all three and the
/// input's length.
pub fn cache_name(version: &str, input: &[u8]) -> String {
    let mut hash = Fnv::new();
    hash.write(version.as_bytes());
    for arg in WASM_OPT_ARGS {
        hash.write(b"\0");
        hash.write(arg.as_bytes());
    }
    hash.write(b"\0");
    hash.write(input);
    format!("{:016x}-{}.wasm", hash.finish(), input.len())
}

/// Removes all but the `keep` newest wasm files of `cache`.
fn prune(cache: &Path, keep: usize) {
    let Ok(entries) = std::fs::read_dir(cache) else {
        return;
    };
    let mut files: Vec<(std::time::SystemTime, PathBuf)> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.extension()
                .is_some_and(|extension| extension == "wasm")
        })
        .filter_map(|path| Some((std::fs::metadata(&path).ok()?.modified().ok()?, path)))
        .collect();
    files.sort();
    let extra = files.len().saturating_sub(keep);
    for (_, path) in files.into_iter().take(extra) {
        let _ = std::fs::remove_file(path);
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(String::new, |name| name.to_string_lossy().into_owned())
}

/// The page with no `integrity` on the `<link>` that preloads its wasm.
pub fn without_wasm_integrity(html: &str) -> String {
    crate::embed::rewrite_links(html, |tag| match tag.find(" integrity=\"") {
        Some(at) if tag.contains(".wasm\"") => {
            let value = at + " integrity=\"".len();
            let end = tag[value..]
                .find('"')
                .map_or(tag.len(), |end| value + end + 1);
            format!("{}{}", &tag[..at], &tag[end..])
        }
        _ => tag.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_start_up_script_names_the_data_file() {
        let page = "<head><script type=\"module\" src=\"./boot.js\" data-dossier-js=\"./a.js\" data-dossier-wasm=\"./a_bg.wasm\"></script></head>";
        let named = naming_data_file(page, "./dossier-data-00ff.bin").unwrap();
        assert_eq!(
            named,
            "<head><script type=\"module\" src=\"./boot.js\" data-dossier-data=\"./dossier-data-00ff.bin\" data-dossier-js=\"./a.js\" data-dossier-wasm=\"./a_bg.wasm\"></script></head>"
        );
        assert!(naming_data_file("<head></head>", "./x.bin").is_err());
    }

    #[test]
    fn the_cache_names_the_input_the_options_and_the_tool() {
        let name = cache_name("wasm-opt version 132", b"\0asm1");
        assert!(name.ends_with("-5.wasm"), "{name}");
        assert_eq!(name, cache_name("wasm-opt version 132", b"\0asm1"));
        assert_ne!(name, cache_name("wasm-opt version 133", b"\0asm1"));
        assert_ne!(name, cache_name("wasm-opt version 132", b"\0asm2"));
    }

    #[test]
    fn only_the_wasm_preload_loses_its_integrity() {
        let page = "<link rel=\"stylesheet\" href=\"./m.css\" integrity=\"sha384-css\"/>\n<link rel=\"modulepreload\" href=\"./a.js\" integrity=\"sha384-js\">\n<link rel=\"preload\" href=\"./a_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-wasm\" as=\"fetch\" type=\"application/wasm\">";
        let out = without_wasm_integrity(page);
        assert!(out.contains("integrity=\"sha384-css\""));
        assert!(out.contains("integrity=\"sha384-js\""));
        assert!(!out.contains("sha384-wasm"));
        assert!(out.contains(
            "<link rel=\"preload\" href=\"./a_bg.wasm\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\">"
        ));
    }
}
