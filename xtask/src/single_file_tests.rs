//! Tests of the single-file transform on a small page shaped like Trunk's.

use super::*;

/// A page as Trunk writes it, with every kind of tag the transform meets.
const INDEX: &str = r#"<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="script-src 'self'" />
    <title>Dossier</title>
    <link rel="icon" href="./favicon-1.svg" integrity="sha384-x"/>
    <link rel="stylesheet" href="./main-2.css" integrity="sha384-y"/>
<script type="module" src="./boot.js" data-dossier-data="./dossier-data-4.bin" data-dossier-js="./app-3.js" data-dossier-wasm="./app-3_bg.wasm"></script>
  <link rel="modulepreload" href="./app-3.js" crossorigin="anonymous"><link rel="preload" href="./app-3_bg.wasm" as="fetch" type="application/wasm"></head>
  <body><div id="app"></div></body>
</html>"#;

/// wasm-bindgen's glue in miniature: helpers, an exported function and
/// class, and the closing export list.
const GLUE: &str = "let wasm;\n\
function helper() { return '</script>'; }\n\
export function greet(name) { return name; }\n\
export class Handle {}\n\
async function __wbg_init(module_or_path) { return module_or_path; }\n\
function initSync(module) { return module; }\n\
export { initSync, __wbg_init as default };\n";

/// The build's files by name.
fn files(name: &str) -> Result<Vec<u8>, String> {
    match name {
        "favicon-1.svg" => Ok(b"<svg/>".to_vec()),
        "main-2.css" => Ok(b"body { color: red; }".to_vec()),
        "app-3.js" => Ok(GLUE.as_bytes().to_vec()),
        "app-3_bg.wasm" => Ok(vec![0, 97, 115, 109, 1, 0, 0, 0]),
        "dossier-data-4.bin" => Ok(b"DOSSIER\x01data".to_vec()),
        other => Err(format!("no file {other}")),
    }
}

#[test]
fn base64_follows_the_rfc_vectors() {
    // RFC 4648, section 10.
    for (input, expected) in [
        ("", ""),
        ("f", "Zg=="),
        ("fo", "Zm8="),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="),
        ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ] {
        assert_eq!(base64(input.as_bytes()), expected, "{input:?}");
    }
    assert_eq!(base64(&[0xff, 0xfe, 0xfd, 0x00]), "//79AA==");
}

#[test]
fn the_page_holds_every_file_and_refers_to_none() {
    let page = inline(INDEX, files).unwrap();
    for gone in [
        "./favicon-1.svg",
        "./main-2.css",
        "./app-3.js",
        "./app-3_bg.wasm",
        "./dossier-data-4.bin",
        "./boot.js",
    ] {
        assert!(!page.contains(gone), "{gone} is still referred to:\n{page}");
    }
    assert!(
        page.contains("<style>\nbody { color: red; }\n</style>"),
        "{page}"
    );
    assert!(
        page.contains(&format!(
            "href=\"data:image/svg+xml;base64,{}\"",
            base64(b"<svg/>")
        )),
        "{page}"
    );
    assert!(page.contains(&format!("\"{}\"", base64(&[0, 97, 115, 109, 1, 0, 0, 0]))));
    assert!(page.contains(&format!(
        "globalThis.dossierData = dossierBytes(\"{}\");",
        base64(b"DOSSIER\x01data")
    )));
    assert!(page.contains("await __wbg_init({ module_or_path: dossierWasmBytes })"));
    assert!(!page.contains("modulepreload") && !page.contains("rel=\"preload\""));
    assert!(
        !page.contains("Content-Security-Policy"),
        "the policy is dropped"
    );
    assert!(
        page.contains("<meta charset=\"utf-8\" />"),
        "other meta tags stay"
    );
    assert_eq!(page.matches("<script").count(), 1, "one script: {page}");
}

#[test]
fn the_boot_tag_must_name_every_file() {
    for (attribute, what) in [
        (
            " data-dossier-wasm=\"./app-3_bg.wasm\"",
            "data-dossier-wasm",
        ),
        (
            " data-dossier-data=\"./dossier-data-4.bin\"",
            "data-dossier-data",
        ),
    ] {
        let index = INDEX.replace(attribute, "");
        assert!(inline(&index, files).unwrap_err().contains(what), "{what}");
    }
    let index = INDEX.replace(" data-dossier-js=\"./app-3.js\"", "");
    assert!(inline(&index, files)
        .unwrap_err()
        .contains("no start-up script"));
}

#[test]
fn the_glue_loses_its_module_syntax_and_keeps_its_bindings() {
    let page = inline(INDEX, files).unwrap();
    assert!(!page.contains("export "), "{page}");
    assert!(!page.contains("import "), "{page}");
    assert!(page.contains("\nfunction greet(name)"));
    assert!(page.contains("\nclass Handle {}"));
    assert!(page.contains(
        "window.wasmBindings = { greet: greet, Handle: Handle, initSync: initSync, default: __wbg_init };"
    ));
    // The glue's own text cannot close the element early.
    assert!(page.contains("return '<\\/script>';"), "{page}");
}

#[test]
fn export_lists_over_several_lines_are_read() {
    let (code, exports) = strip_exports("let a;\nexport {\n  a,\n  b as c\n};\nlet d;\n").unwrap();
    assert_eq!(code, "let a;\nlet d;\n");
    assert_eq!(
        exports,
        [
            ("a".to_owned(), "a".to_owned()),
            ("c".to_owned(), "b".to_owned())
        ]
    );
}

#[test]
fn what_cannot_be_inlined_is_an_error_that_names_it() {
    let cases: [(&str, &str); 4] = [
        (
            "<link rel=\"manifest\" href=\"./app.webmanifest\">",
            "./app.webmanifest",
        ),
        (
            "<link rel=\"stylesheet\" href=\"./missing.css\">",
            "missing.css",
        ),
        ("", "start-up script"),
        ("<script type=\"module\">const x = 1;", "not closed"),
    ];
    for (extra, named) in cases {
        let index = if extra.is_empty() || extra.starts_with("<script") {
            format!("<html><head>{extra}</head></html>")
        } else {
            INDEX.replace("</head>", &format!("{extra}</head>"))
        };
        let error = inline(&index, files).unwrap_err();
        assert!(error.contains(named), "{extra}: {error}");
    }
    let importing = |name: &str| match name {
        "app-3.js" => Ok(b"import x from './snippet.js';\nexport { x as default };\n".to_vec()),
        other => files(other),
    };
    let error = inline(INDEX, importing).unwrap_err();
    assert!(error.contains("imports another module"), "{error}");
}

#[test]
fn links_elsewhere_and_other_tags_stay() {
    let index = INDEX.replace(
        "</head>",
        "<link rel=\"author\" href=\"https://example.org/\"><linkage></head>",
    );
    let page = inline(&index, files).unwrap();
    assert!(page.contains("<link rel=\"author\" href=\"https://example.org/\">"));
    assert!(page.contains("<linkage>"));
}

#[test]
fn attributes_are_read_quoted_or_bare() {
    let tag = "<link data-rel=\"x\" rel=icon href='./a b.svg' type=\"image/svg+xml\"/>";
    assert_eq!(attribute(tag, "rel").as_deref(), Some("icon"));
    assert_eq!(attribute(tag, "href").as_deref(), Some("./a b.svg"));
    assert_eq!(attribute(tag, "type").as_deref(), Some("image/svg+xml"));
    assert_eq!(attribute(tag, "integrity"), None);
    assert_eq!(
        attribute("<link rel=icon/>", "rel").as_deref(),
        Some("icon")
    );
}
