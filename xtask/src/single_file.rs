//! The single-file build: `cargo xtask dist --single-file` writes
//! `dist/dossier.html`, one HTML file that holds the whole app (the
//! wasm-bindgen glue, the wasm as base64, the styles and the favicon) and
//! works when opened straight from disk (`file://`), where a page can
//! neither fetch its wasm nor import a module from a relative path.
//!
//! Everything here is a pure transform of Trunk's `index.html` and the
//! files it names, so the tests need no build. Every local file that
//! `index.html` refers to is either inlined or dropped (the preload hints);
//! any other reference stops the build with its name, so that a new kind
//! of asset cannot leave a file that silently fails from disk.

use std::path::Path;

/// The single file's name inside `dist/`.
pub const FILE_NAME: &str = "dossier.html";

/// Writes [`FILE_NAME`] into the finished build `dist`, and returns its path.
pub fn write(dist: &Path) -> Result<std::path::PathBuf, String> {
    let read = |name: &str| {
        let path = dist.join(name);
        std::fs::read(&path).map_err(|error| format!("{}: {error}", path.display()))
    };
    let index = String::from_utf8(read("index.html")?)
        .map_err(|_| "dist/index.html is not UTF-8".to_owned())?;
    let html = inline(&index, |name| read(name))?;
    let out = dist.join(FILE_NAME);
    std::fs::write(&out, html).map_err(|error| format!("{}: {error}", out.display()))?;
    Ok(out)
}

/// Turns Trunk's `index.html` into one self-contained page; `read` gives
/// the bytes of a file of the build by its name (`./` removed).
pub fn inline(
    index: &str,
    read: impl Fn(&str) -> Result<Vec<u8>, String>,
) -> Result<String, String> {
    let boot = find_boot_script(index)?;
    let [glue_name, wasm_name, data_name] = boot_names(&index[boot.clone()])?;
    let glue = String::from_utf8(read(local_name(&glue_name))?)
        .map_err(|_| format!("{glue_name} is not UTF-8"))?;
    let wasm = read(local_name(&wasm_name))?;
    let data = read(local_name(&data_name))?;
    let script = boot_script(&glue, &wasm, &data)?;

    let mut out = String::with_capacity(index.len() + script.len());
    out.push_str(&index[..boot.start]);
    out.push_str(&script);
    out.push_str(&index[boot.end..]);
    let out = replace_tags(&out, "link", |tag| link_replacement(tag, &read))?;
    replace_tags(&out, "meta", |tag| {
        // A policy written for the served site allows only its own files and
        // hashed scripts; the single file's script and styles are inline.
        let policy = attribute(tag, "http-equiv")
            .is_some_and(|value| value.eq_ignore_ascii_case("content-security-policy"));
        Ok(if policy { Some(String::new()) } else { None })
    })
}

/// The byte range of the `<script>` that starts the app: the tag that loads
/// `boot.js` with the names of the glue, the wasm and the data file in its
/// attributes (what `Trunk.toml`'s `pattern_script` and xtask write).
fn find_boot_script(index: &str) -> Result<std::ops::Range<usize>, String> {
    let mut from = 0;
    while let Some(offset) = index[from..].find("<script") {
        let start = from + offset;
        let end = index[start..]
            .find("</script>")
            .map(|close| start + close + "</script>".len())
            .ok_or("a <script> in index.html is not closed")?;
        if index[start..end].contains("data-dossier-js") {
            return Ok(start..end);
        }
        from = end;
    }
    Err("index.html has no start-up script (is it Trunk's output?)".to_owned())
}

/// The names of the glue, the wasm and the data file that the start-up
/// script loads: its `data-dossier-js`, `data-dossier-wasm` and
/// `data-dossier-data`.
fn boot_names(script: &str) -> Result<[String; 3], String> {
    let open_tag = &script[..script.find('>').map_or(script.len(), |end| end + 1)];
    let name = |attribute_name: &str, what: &str| {
        attribute(open_tag, attribute_name)
            .ok_or_else(|| format!("the start-up script names no {what} ({attribute_name})"))
    };
    Ok([
        name("data-dossier-js", "JavaScript module")?,
        name("data-dossier-wasm", "wasm file")?,
        name("data-dossier-data", "data file")?,
    ])
}

/// `./name.js` as the name of a file in the build folder, or `name` itself.
fn local_name(href: &str) -> &str {
    href.strip_prefix("./").unwrap_or(href)
}

/// Whether `href` names a file of the build rather than a page elsewhere.
fn is_local(href: &str) -> bool {
    !(href.contains("://") || href.starts_with("data:") || href.starts_with('#'))
}

/// The one module script of the single file: the glue with its `export`s
/// turned into plain declarations, then the start-up that `boot.js` does,
/// with the bytes of the data file and of the wasm instead of their paths.
fn boot_script(glue: &str, wasm: &[u8], data: &[u8]) -> Result<String, String> {
    let (glue, exports) = strip_exports(glue)?;
    let init = exports
        .iter()
        .find(|(name, _)| name == "default")
        .map(|(_, local)| local.clone())
        .ok_or("the glue has no default export (its init function)")?;
    let bindings: Vec<String> = exports
        .iter()
        .map(|(name, local)| format!("{name}: {local}"))
        .collect();
    // `</script` would end the element early; `<\/` means the same in any
    // JavaScript string, template or regular expression.
    let glue = glue.replace("</script", "<\\/script");
    Ok(format!(
        "<script type=\"module\">\n{glue}\n{{\n\
         const dossierBytes = (base64) => typeof Uint8Array.fromBase64 === 'function'\n\
         \x20 ? Uint8Array.fromBase64(base64)\n\
         \x20 : Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));\n\
         globalThis.dossierData = dossierBytes(\"{}\");\n\
         const dossierWasmBytes = dossierBytes(\"{}\");\n\
         const wasm = await {init}({{ module_or_path: dossierWasmBytes }});\n\
         window.wasmBindings = {{ {} }};\n\
         dispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {{ detail: {{ wasm }} }}));\n\
         }}\n</script>",
        base64(data),
        base64(wasm),
        bindings.join(", "),
    ))
}

/// Removes the ES module syntax from wasm-bindgen's glue: `export function
/// f`, `export class C`, `export const x` lose their `export`, and the
/// final `export { a, b as c };` goes. Returns the code and every exported
/// (name, local name) pair.
fn strip_exports(glue: &str) -> Result<(String, Vec<(String, String)>), String> {
    let mut code = String::with_capacity(glue.len());
    let mut exports = Vec::new();
    let mut lines = glue.split_inclusive('\n');
    while let Some(line) = lines.next() {
        let Some(rest) = line.strip_prefix("export ") else {
            if line.trim_start().starts_with("import ") {
                return Err(format!(
                    "the glue imports another module, which a single file cannot hold: {}",
                    line.trim()
                ));
            }
            code.push_str(line);
            continue;
        };
        if let Some(list) = rest.trim_start().strip_prefix('{') {
            // The list may run over several lines.
            let mut list = list.to_owned();
            while !list.contains('}') {
                let next = lines.next().ok_or("an export list is not closed")?;
                list.push_str(next);
            }
            let (names, _) = list.split_once('}').unwrap_or((list.as_str(), ""));
            for item in names
                .split(',')
                .map(str::trim)
                .filter(|item| !item.is_empty())
            {
                let (local, name) = match item.split_once(" as ") {
                    Some((local, name)) => (local.trim(), name.trim()),
                    None => (item, item),
                };
                exports.push((name.to_owned(), local.to_owned()));
            }
            continue;
        }
        let declared = ["async function ", "function ", "class ", "const ", "let "]
            .iter()
            .find_map(|keyword| rest.strip_prefix(keyword))
            .ok_or_else(|| format!("an export the single file cannot rewrite: {}", line.trim()))?;
        let name: String = declared
            .trim_start_matches('*')
            .trim_start()
            .chars()
            .take_while(|character| character.is_alphanumeric() || "_$".contains(*character))
            .collect();
        if name.is_empty() {
            return Err(format!("an export without a name: {}", line.trim()));
        }
        exports.push((name.clone(), name));
        code.push_str(rest);
    }
    Ok((code, exports))
}

/// What a `<link>` becomes: the style sheet inline, the icon as a data: URL,
/// a preload hint nothing; a link to elsewhere stays as it is.
fn link_replacement(
    tag: &str,
    read: &impl Fn(&str) -> Result<Vec<u8>, String>,
) -> Result<Option<String>, String> {
    let Some(href) = attribute(tag, "href").filter(|href| is_local(href)) else {
        return Ok(None);
    };
    let rel = attribute(tag, "rel")
        .unwrap_or_default()
        .to_ascii_lowercase();
    let bytes = || read(local_name(&href));
    match rel.as_str() {
        "stylesheet" => {
            let css = String::from_utf8(bytes()?).map_err(|_| format!("{href} is not UTF-8"))?;
            if css.contains("url(") || css.contains("@import") {
                return Err(format!(
                    "{href} refers to other files, which are not inlined"
                ));
            }
            Ok(Some(format!(
                "<style>\n{}\n</style>",
                css.replace("</style", "<\\/style")
            )))
        }
        "icon" | "shortcut icon" => {
            let kind = attribute(tag, "type").unwrap_or_else(|| mime_of(&href).to_owned());
            Ok(Some(format!(
                "<link rel=\"icon\" type=\"{kind}\" href=\"data:{kind};base64,{}\"/>",
                base64(&bytes()?)
            )))
        }
        "modulepreload" | "preload" | "prefetch" => Ok(Some(String::new())),
        other => Err(format!(
            "index.html links {href} as “{other}”, which the single file cannot hold"
        )),
    }
}

/// A MIME type for an icon by its file name.
fn mime_of(name: &str) -> &'static str {
    match name.rsplit('.').next().unwrap_or_default() {
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    }
}

/// Rewrites every `<name ...>` start tag of `html` (outside scripts) by
/// `replace`, which returns the new text or `None` to keep the tag.
fn replace_tags(
    html: &str,
    name: &str,
    mut replace: impl FnMut(&str) -> Result<Option<String>, String>,
) -> Result<String, String> {
    let open = format!("<{name}");
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    loop {
        let next_tag = rest.find(&open);
        let next_script = rest.find("<script");
        match (next_tag, next_script) {
            (Some(tag), script) if script.is_none_or(|script| tag < script) => {
                let after = &rest[tag + open.len()..];
                let is_tag = after.starts_with([' ', '\n', '\t', '/', '>']);
                let end = after
                    .find('>')
                    .ok_or_else(|| format!("a <{name}> is not closed"))?;
                let whole = &rest[tag..tag + open.len() + end + 1];
                out.push_str(&rest[..tag]);
                match is_tag.then(|| replace(whole)).transpose()?.flatten() {
                    Some(new) => out.push_str(&new),
                    None => out.push_str(whole),
                }
                rest = &rest[tag + whole.len()..];
            }
            (_, Some(script)) => {
                // A script's text is not markup: copy it whole.
                let end = rest[script..]
                    .find("</script>")
                    .map_or(rest.len(), |close| script + close + "</script>".len());
                out.push_str(&rest[..end]);
                rest = &rest[end..];
            }
            _ => {
                out.push_str(rest);
                return Ok(out);
            }
        }
    }
}

/// The value of attribute `name` in a start tag, quoted or not.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(offset) = lower[from..].find(name) {
        let at = from + offset;
        from = at + name.len();
        let before = lower[..at].chars().next_back();
        let after = lower[from..].trim_start();
        if !before.is_some_and(char::is_whitespace) || !after.starts_with('=') {
            continue;
        }
        let value = after[1..].trim_start();
        let start = tag.len() - value.len();
        return Some(match value.chars().next()? {
            quote @ ('"' | '\'') => {
                let inner = &tag[start + 1..];
                inner[..inner.find(quote)?].to_owned()
            }
            _ => tag[start..]
                .split(|character: char| character.is_whitespace() || character == '>')
                .next()?
                .trim_end_matches('/')
                .to_owned(),
        });
    }
    None
}

/// Standard base64 (RFC 4648, section 4) with padding.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let group = chunk.iter().enumerate().fold(0u32, |group, (at, byte)| {
            group | u32::from(*byte) << (16 - 8 * at)
        });
        for position in 0..4 {
            if position <= chunk.len() {
                let index = (group >> (18 - 6 * position)) & 0x3f;
                out.push(char::from(ALPHABET[index as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
#[path = "single_file_tests.rs"]
mod tests;
