//! The first screen, rendered at build time: `cargo xtask dist` runs the
//! app's `dossier-prerender` binary (natively, over the same articles as the
//! build) and puts its HTML into `dist/index.html`, in place of the loading
//! line, so the home view paints before the wasm has arrived.

use std::path::Path;
use std::process::Command;

use crate::tools::Tools;

/// What `index.html` holds inside the app's root until the app starts.
const PLACEHOLDER: &str = r#"<p class="loading" role="status">Loading Dossier…</p>"#;

/// Renders the first screen and writes it into `dist/index.html`.
pub fn write(tools: &Tools, dist: &Path, seeds: Option<&Path>) -> Result<(), String> {
    let mut command = tools.cargo();
    command.args([
        "run",
        "--quiet",
        "--locked",
        "-p",
        "dossier",
        "--features",
        "prerender",
        "--bin",
        "dossier-prerender",
    ]);
    if let Some(seeds) = seeds {
        command.env("DOSSIER_SEEDS", seeds);
    }
    let html = output(&mut command)?;
    let page_path = dist.join("index.html");
    let page = std::fs::read_to_string(&page_path)
        .map_err(|error| format!("cannot read {}: {error}", page_path.display()))?;
    let page = inject(&page, &html)?;
    std::fs::write(&page_path, page)
        .map_err(|error| format!("cannot write {}: {error}", page_path.display()))
}

fn output(command: &mut Command) -> Result<String, String> {
    let result = command
        .output()
        .map_err(|error| format!("cannot run the prerenderer: {error}"))?;
    if !result.status.success() {
        return Err(format!(
            "the prerenderer failed ({}):\n{}",
            result.status,
            String::from_utf8_lossy(&result.stderr)
        ));
    }
    String::from_utf8(result.stdout).map_err(|_| "the prerenderer wrote non-UTF-8".to_owned())
}

/// `page` with the loading line replaced by `html`. The placeholder must be
/// there exactly once: anything else means `index.html` changed, and the
/// build says so rather than guess.
pub fn inject(page: &str, html: &str) -> Result<String, String> {
    match page.matches(PLACEHOLDER).count() {
        1 => Ok(page.replacen(PLACEHOLDER, html, 1)),
        count => Err(format!(
            "index.html should hold the loading line once, and holds it {count} times"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_screen_replaces_the_loading_line() {
        let page =
            format!("<div id=\"app\">\n  {PLACEHOLDER}\n</div><noscript>{PLACEHOLDER}x</noscript>");
        assert!(
            inject(&page, "<main>home</main>").is_err(),
            "twice is an error"
        );
        let page = format!("<div id=\"app\">{PLACEHOLDER}</div>");
        assert_eq!(
            inject(&page, "<main>home</main>").unwrap(),
            "<div id=\"app\"><main>home</main></div>"
        );
        assert!(
            inject("<div id=\"app\"></div>", "x").is_err(),
            "none is an error"
        );
    }
}
