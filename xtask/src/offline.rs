//! Offline use: writes `sw.js` (from `xtask/assets/sw.js`) into a finished
//! build, with the build's version and the list of its files, so that the
//! service worker caches exactly this build. Trunk runs it as a post-build
//! hook (`Trunk.toml`), for `dist` and `serve` alike.

use std::path::Path;

/// The service worker's source, with `__VERSION__` and `__FILES__` to fill.
const TEMPLATE: &str = include_str!("../assets/sw.js");

/// Writes `sw.js` into the build folder `dir`.
pub fn write_service_worker(dir: &Path) -> Result<(), String> {
    let mut files: Vec<String> = Vec::new();
    let mut hash = Fnv::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(|error| format!("{}: {error}", dir.display()))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_file())
        .collect();
    entries.sort();
    for path in entries {
        let Some(name) = path.file_name().and_then(|name| name.to_str()) else {
            continue;
        };
        if name == "sw.js" || name.starts_with('.') {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|error| format!("{}: {error}", path.display()))?;
        hash.write(name.as_bytes());
        hash.write(&bytes);
        files.push(if name == "index.html" {
            "./".to_owned()
        } else {
            format!("./{name}")
        });
    }
    let list = files
        .iter()
        .map(|file| format!("'{file}'"))
        .collect::<Vec<_>>()
        .join(", ");
    let source = TEMPLATE
        .replace("__VERSION__", &format!("{:016x}", hash.finish()))
        .replace("__FILES__", &format!("[{list}]"));
    let out = dir.join("sw.js");
    std::fs::write(&out, source).map_err(|error| format!("{}: {error}", out.display()))
}

/// FNV-1a, 64 bits: a version that changes whenever any file does.
pub struct Fnv(u64);

impl Fnv {
    pub fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    pub fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 ^= u64::from(*byte);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    pub fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worker_lists_every_file_and_its_version_follows_them() {
        let dir = std::env::temp_dir().join(format!("dossier-sw-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("index.html"), "<html>").unwrap();
        std::fs::write(dir.join("app-1a2b.wasm"), [0u8, 97, 115, 109]).unwrap();
        write_service_worker(&dir).unwrap();
        let first = std::fs::read_to_string(dir.join("sw.js")).unwrap();
        assert!(
            first.contains("const FILES = ['./app-1a2b.wasm', './'];"),
            "{first}"
        );
        std::fs::write(dir.join("app-1a2b.wasm"), [0u8, 97, 115, 110]).unwrap();
        write_service_worker(&dir).unwrap();
        let second = std::fs::read_to_string(dir.join("sw.js")).unwrap();
        let version = |text: &str| {
            text.lines()
                .find(|line| line.starts_with("const VERSION"))
                .map(str::to_owned)
        };
        assert_ne!(
            version(&first),
            version(&second),
            "a changed file is a new version"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
