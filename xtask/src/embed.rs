//! What Trunk's post-build hook adds to a build besides the data file, the
//! optimised wasm (`data.rs`) and the service worker: the loader
//! (`boot.js`, written as `boot-HASH.js`), the Content-Security-Policy meta
//! tag, the embed
//! page (`embed.html`, the same page marked `data-embed`, so one wasm binary
//! serves both), the script embed (`embed.js`) and a demo host page
//! (`embed-demo.html`, with its script and style sheet). The sources of the copied files are in
//! `xtask/assets/`.

use std::path::Path;

/// The policy every page of the build carries in a meta tag, and the one
/// the README documents for a server's header. No inline script and no
/// eval: `'wasm-unsafe-eval'` only lets the page compile its wasm. Style
/// attributes stay allowed (`style-src-attr`), because the charts place
/// and scale their layers with them; style sheets come only from the build.
pub const POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data: blob:; \
connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

/// The loader, written into every build under a name with its hash.
const BOOT: &str = include_str!("../assets/boot.js");

/// The files copied into every build, by name: the script embed keeps its
/// name, which host pages write.
const COPIED: [(&str, &str); 3] = [
    ("embed.js", include_str!("../assets/embed.js")),
    ("embed-demo.js", include_str!("../assets/embed-demo.js")),
    ("embed-demo.css", include_str!("../assets/embed-demo.css")),
];

/// The demo host page, which gets the policy too.
const DEMO: &str = include_str!("../assets/embed-demo.html");

/// Adds the loader, the policy, the embed page, the embed script and the
/// demo page to the build folder `dir`.
pub fn write_embed_files(dir: &Path) -> Result<(), String> {
    for (name, text) in COPIED {
        let path = dir.join(name);
        std::fs::write(&path, text).map_err(|error| format!("{}: {error}", path.display()))?;
    }
    let demo_path = dir.join("embed-demo.html");
    std::fs::write(&demo_path, with_policy(DEMO, POLICY)?)
        .map_err(|error| format!("{}: {error}", demo_path.display()))?;
    let index_path = dir.join("index.html");
    let index = std::fs::read_to_string(&index_path)
        .map_err(|error| format!("{}: {error}", index_path.display()))?;
    // The loader under a name of its own per version: a browser's or the
    // service worker's cache can never pair an older loader with this
    // build's page, wasm and data file.
    let boot = boot_name(BOOT);
    let boot_path = dir.join(&boot);
    std::fs::write(&boot_path, BOOT)
        .map_err(|error| format!("{}: {error}", boot_path.display()))?;
    let index = naming_boot(&index, &boot)?;
    let index = if has_inline_script(&index) {
        // `trunk serve` injects its live-reload script inline; the policy
        // would block it, so development builds go without one.
        println!("xtask: index.html has an inline script (trunk serve's live reload): no CSP meta tag in this build");
        index
    } else {
        with_policy(&index, POLICY)?
    };
    // The embed page has no first screen rendered ahead: its wasm is
    // wanted at once, and it keeps the preload.
    let embed_path = dir.join("embed.html");
    std::fs::write(&embed_path, embed_page(&index)?)
        .map_err(|error| format!("{}: {error}", embed_path.display()))?;
    std::fs::write(&index_path, without_wasm_preload(&index))
        .map_err(|error| format!("{}: {error}", index_path.display()))
}

/// The loader's file name for its text: `boot-HASH.js`.
pub fn boot_name(text: &str) -> String {
    let mut hash = crate::offline::Fnv::new();
    hash.write(text.as_bytes());
    format!("boot-{:016x}.js", hash.finish())
}

/// The page loading the loader `name` instead of the `boot.js` that
/// `Trunk.toml`'s `pattern_script` writes.
pub fn naming_boot(html: &str, name: &str) -> Result<String, String> {
    let written = "src=\"./boot.js\"";
    if !html.contains(written) {
        return Err(format!(
            "index.html has no {written} (Trunk.toml's pattern_script) to name the loader {name}"
        ));
    }
    Ok(html.replace(written, &format!("src=\"./{name}\"")))
}

/// The page without the `<link rel="preload">` of its wasm. `index.html`
/// shows a first screen rendered at build time; a wasm fetched from the
/// start shares the connection with what that screen needs and, in the
/// page-load models of Lighthouse, counts as part of it. `boot.js` fetches
/// the wasm once the screen is shown instead.
pub fn without_wasm_preload(html: &str) -> String {
    rewrite_links(html, |tag| {
        let preloads_wasm = tag.contains("rel=\"preload\"") && tag.contains(".wasm\"");
        if preloads_wasm {
            String::new()
        } else {
            tag.to_owned()
        }
    })
}

/// The page with each `<link ...>` tag replaced by what `rewrite` makes of
/// it.
pub fn rewrite_links(html: &str, rewrite: impl Fn(&str) -> String) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<link") {
        let Some(length) = rest[start..].find('>') else {
            break;
        };
        let tag = &rest[start..start + length + 1];
        out.push_str(&rest[..start]);
        out.push_str(&rewrite(tag));
        rest = &rest[start + length + 1..];
    }
    out.push_str(rest);
    out
}

/// Whether the page has a `<script>` without a `src`, which a policy
/// without `'unsafe-inline'` or a hash would block.
pub fn has_inline_script(html: &str) -> bool {
    let lower = html.to_ascii_lowercase();
    lower.match_indices("<script").any(|(start, _)| {
        let tag_end = lower[start..]
            .find('>')
            .map_or(lower.len(), |end| start + end);
        !lower[start..tag_end].contains(" src=")
    })
}

/// The page with the policy in a meta tag right after `<meta charset>` (or
/// at the start of `<head>`), before anything it governs. A page that has
/// a policy already is left as it is.
pub fn with_policy(html: &str, policy: &str) -> Result<String, String> {
    if html.contains("http-equiv=\"Content-Security-Policy\"") {
        return Ok(html.to_owned());
    }
    let lower = html.to_ascii_lowercase();
    let anchor = lower
        .find("<meta charset")
        .or_else(|| lower.find("<head"))
        .ok_or("index.html has no <head>")?;
    let at = lower[anchor..]
        .find('>')
        .map(|end| anchor + end + 1)
        .ok_or("index.html: unclosed tag in <head>")?;
    let meta =
        format!("\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\" />");
    Ok(format!("{}{meta}{}", &html[..at], &html[at..]))
}

/// The embed page: the same page with `data-embed` on its root element,
/// which the app reads at start.
pub fn embed_page(html: &str) -> Result<String, String> {
    let at = html
        .to_ascii_lowercase()
        .find("<html")
        .ok_or("index.html has no <html> element")?;
    let at = at + "<html".len();
    Ok(format!("{} data-embed{}", &html[..at], &html[at..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_loader_is_named_by_its_text() {
        let name = boot_name("console.log(1);");
        assert!(name.starts_with("boot-") && name.ends_with(".js"), "{name}");
        assert_ne!(name, boot_name("console.log(2);"));
        assert_eq!(name, boot_name("console.log(1);"));
        let page = naming_boot(PAGE, &name).unwrap();
        assert!(page.contains(&format!("src=\"./{name}\" data-dossier-js")));
        assert!(!page.contains("boot.js"));
        assert!(naming_boot("<html></html>", &name).is_err());
    }

    const PAGE: &str = "<!doctype html>\n<html lang=\"en\">\n  <head>\n    <meta charset=\"utf-8\" />\n    <title>t</title>\n<script type=\"module\" src=\"./boot.js\" data-dossier-js=\"./a.js\"></script>\n  </head>\n  <body></body>\n</html>\n";

    #[test]
    fn the_policy_comes_first_in_the_head_and_only_once() {
        let page = with_policy(PAGE, "default-src 'self'").unwrap();
        let meta = page
            .find("http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\"")
            .unwrap();
        assert!(page.find("<meta charset").unwrap() < meta);
        assert!(meta < page.find("<title>").unwrap());
        assert!(meta < page.find("<script").unwrap());
        assert_eq!(with_policy(&page, "other").unwrap(), page);
        assert!(with_policy("<p>no head</p>", "x").is_err());
    }

    #[test]
    fn inline_scripts_are_found_and_loaded_ones_are_not() {
        for (html, inline) in [
            (PAGE, false),
            ("<script>alert(1)</script>", true),
            (
                "<SCRIPT type=\"module\">import x from './x.js'</SCRIPT>",
                true,
            ),
            ("<script src=\"a.js\"></script><script>1</script>", true),
            ("<p>no scripts</p>", false),
        ] {
            assert_eq!(has_inline_script(html), inline, "{html}");
        }
    }

    #[test]
    fn only_the_wasm_preload_leaves_the_page() {
        let page = "<head><link rel=\"modulepreload\" href=\"./a.js\"><link rel=\"preload\" href=\"./a_bg.wasm\" as=\"fetch\" type=\"application/wasm\"><link rel=\"stylesheet\" href=\"./m.css\"></head>";
        assert_eq!(
            without_wasm_preload(page),
            "<head><link rel=\"modulepreload\" href=\"./a.js\"><link rel=\"stylesheet\" href=\"./m.css\"></head>"
        );
        let plain = "<head><title>t</title></head>";
        assert_eq!(without_wasm_preload(plain), plain);
    }

    #[test]
    fn the_embed_page_is_the_page_marked_as_an_embed() {
        let embed = embed_page(PAGE).unwrap();
        assert!(embed.contains("<html data-embed lang=\"en\">"), "{embed}");
        assert_eq!(embed.replace(" data-embed", ""), PAGE);
        assert!(embed_page("<p>").is_err());
    }

    #[test]
    fn the_policy_allows_no_inline_script_and_no_eval() {
        let script = POLICY
            .split(';')
            .map(str::trim)
            .find(|directive| directive.starts_with("script-src"))
            .unwrap();
        assert_eq!(script, "script-src 'self' 'wasm-unsafe-eval'");
        assert_eq!(
            POLICY.matches("unsafe-eval").count(),
            POLICY.matches("'wasm-unsafe-eval'").count()
        );
        assert!(
            !POLICY.contains("frame-ancestors"),
            "a meta tag cannot carry it"
        );
    }
}
