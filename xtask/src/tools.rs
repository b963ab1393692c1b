//! Finding and installing the tools the project needs, each pinned.
//!
//! | tool | pinned to | installed with |
//! |---|---|---|
//! | wasm32 target | the toolchain's | `rustup target add` |
//! | Trunk | 0.21.14 | `cargo install --locked` (builds from source) |
//! | wasm-bindgen-cli | the `wasm-bindgen` version in `Cargo.lock` | `cargo install` (`--locked`, then without) |
//! | wasm-opt | binaryen 132 | npm (`package-lock.json`), `node_modules/.bin` |
//! | playwright-core | `package-lock.json` | npm |
//! | axe-core | `package-lock.json` | npm (accessibility checks in the end-to-end tests) |
//! | Lighthouse | 12.8.2, `package-lock.json` | npm (`cargo xtask bench lighthouse`, with Debian's Chromium) |
//! | Chromium, ChromeDriver | Debian's | `apt-get install chromium chromium-driver` |

use std::path::{Path, PathBuf};
use std::process::Command;

/// Trunk's version; newer ones need a newer rustc than this project's.
const TRUNK_VERSION: &str = "0.21.14";
/// Where Debian installs Chromium.
pub const CHROMIUM: &str = "/usr/bin/chromium";
/// Where Debian installs ChromeDriver.
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// The Chromium flags this machine needs: no sandbox as root, no GPU, and no
/// background connection to the closed network.
pub const CHROMIUM_FLAGS: &[&str] = &[
    "headless",
    "no-sandbox",
    "disable-gpu",
    "no-first-run",
    "disable-background-networking",
    "disable-component-update",
    "disable-sync",
];

/// The project's tools, found from its root.
pub struct Tools {
    /// The project root.
    pub root: PathBuf,
    path: String,
}

impl Tools {
    /// Tools for the project at `root`. `node_modules/.bin` and cargo's bin
    /// folder come first on PATH, so the pinned tools are the ones found.
    pub fn new(root: &Path) -> Tools {
        let cargo_bin = std::env::var_os("CARGO_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
            .unwrap_or_default()
            .join("bin");
        let mut paths = vec![root.join("node_modules/.bin"), cargo_bin];
        paths.extend(std::env::split_paths(
            &std::env::var_os("PATH").unwrap_or_default(),
        ));
        let path = std::env::join_paths(paths)
            .map(|joined| joined.to_string_lossy().into_owned())
            .unwrap_or_default();
        Tools {
            root: root.to_owned(),
            path,
        }
    }

    /// A command for `program` with the project's PATH.
    pub fn command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        command.env("PATH", &self.path).current_dir(&self.root);
        command
    }

    /// A cargo command with the project's PATH.
    pub fn cargo(&self) -> Command {
        self.command(&std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
    }

    /// Runs `command`, streaming its output; an error names it.
    pub fn run(&self, command: &mut Command) -> Result<(), String> {
        let shown = describe(command);
        let status = command
            .status()
            .map_err(|error| format!("cannot run `{shown}`: {error}"))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("`{shown}` failed ({status})"))
        }
    }

    /// The first line `program --version` prints, if it runs.
    pub fn version_of(&self, program: &str) -> Option<String> {
        let output = self.command(program).arg("--version").output().ok()?;
        output.status.success().then(|| {
            String::from_utf8_lossy(&output.stdout)
                .lines()
                .next()
                .unwrap_or("")
                .trim()
                .to_owned()
        })
    }

    /// Everything a build needs: the wasm target, Trunk, wasm-bindgen-cli,
    /// the npm packages (wasm-opt), and the crates themselves.
    pub fn ensure_build_tools(&self) -> Result<(), String> {
        self.ensure_wasm_target()?;
        self.ensure_npm_packages()?;
        self.ensure_wasm_bindgen()?;
        self.ensure_trunk()?;
        // Trunk runs cargo offline (see Trunk.toml), so fetch every crate first.
        self.run(self.cargo().args(["fetch", "--locked"]))
    }

    fn ensure_wasm_target(&self) -> Result<(), String> {
        let output = self
            .command("rustup")
            .args(["target", "list", "--installed"])
            .output()
            .map_err(|error| format!("rustup is needed to add the wasm32 target: {error}"))?;
        if String::from_utf8_lossy(&output.stdout)
            .lines()
            .any(|line| line.trim() == "wasm32-unknown-unknown")
        {
            return Ok(());
        }
        announce("adding the wasm32-unknown-unknown target");
        self.run(
            self.command("rustup")
                .args(["target", "add", "wasm32-unknown-unknown"]),
        )
    }

    fn ensure_trunk(&self) -> Result<(), String> {
        let wanted = format!("trunk {TRUNK_VERSION}");
        if self.version_of("trunk").as_deref() == Some(wanted.as_str()) {
            return Ok(());
        }
        announce(&format!(
            "installing Trunk {TRUNK_VERSION} from source; this takes ten minutes or more on two cores"
        ));
        self.run(
            self.cargo()
                .args(["install", "trunk", "--locked", "--version", TRUNK_VERSION]),
        )
    }

    fn ensure_wasm_bindgen(&self) -> Result<(), String> {
        let version = locked_version(&self.root.join("Cargo.lock"), "wasm-bindgen")?;
        let trunk_toml = std::fs::read_to_string(self.root.join("Trunk.toml")).unwrap_or_default();
        if !trunk_toml.contains(&format!("wasm_bindgen = \"{version}\"")) {
            return Err(format!(
                "Trunk.toml must pin wasm_bindgen = \"{version}\", the version in Cargo.lock"
            ));
        }
        let wanted = format!("wasm-bindgen {version}");
        if self.version_of("wasm-bindgen").as_deref() == Some(wanted.as_str()) {
            return Ok(());
        }
        announce(&format!(
            "installing wasm-bindgen-cli {version}; this takes a few minutes"
        ));
        let install = |locked: bool| {
            let mut command = self.cargo();
            command.args([
                "install",
                "wasm-bindgen-cli",
                "--version",
                &version,
                "--force",
            ]);
            if locked {
                command.arg("--locked");
            }
            self.run(&mut command)
        };
        install(true).or_else(|error| {
            announce(&format!(
                "{error}; retrying without --locked (the registry may lack a locked dependency)"
            ));
            install(false)
        })
    }

    fn ensure_npm_packages(&self) -> Result<(), String> {
        let installed = self.root.join("node_modules/.package-lock.json");
        let lock = self.root.join("package-lock.json");
        let fresh = match (modified(&installed), modified(&lock)) {
            (Some(installed), Some(lock)) => installed >= lock,
            _ => false,
        };
        if fresh && self.root.join("node_modules/.bin/wasm-opt").exists() {
            return Ok(());
        }
        if self.version_of("npm").is_none() {
            announce("installing Node.js and npm from Debian");
            self.apt_install(&["nodejs", "npm"])?;
        }
        announce("installing the npm packages (binaryen for wasm-opt, playwright-core, axe-core, lighthouse)");
        self.run(self.command("npm").args(["ci", "--no-audit", "--no-fund"]))
    }

    /// Chromium and ChromeDriver from Debian, for the in-browser and
    /// end-to-end tests. No tool downloads a browser of its own.
    pub fn ensure_browser(&self) -> Result<(), String> {
        if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() {
            return Ok(());
        }
        announce("installing Debian's chromium and chromium-driver");
        self.apt_install(&["chromium", "chromium-driver"])
    }

    fn apt_install(&self, packages: &[&str]) -> Result<(), String> {
        let as_root = self
            .command("id")
            .arg("-u")
            .output()
            .map(|output| String::from_utf8_lossy(&output.stdout).trim() == "0")
            .unwrap_or(false);
        let apt = |args: &[&str]| {
            let mut command = if as_root {
                self.command("apt-get")
            } else {
                let mut sudo = self.command("sudo");
                sudo.arg("apt-get");
                sudo
            };
            command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
            self.run(&mut command)
        };
        apt(&["update"])?;
        let mut args = vec!["install", "-y", "--no-install-recommends"];
        args.extend_from_slice(packages);
        apt(&args)
    }

    /// Sets up `command` (a wasm test run) to use wasm-bindgen-test-runner
    /// with Debian's ChromeDriver and the flags this machine needs.
    pub fn browser_test_env(&self, command: &mut Command) -> Result<(), String> {
        let profile = self.root.join("target/chromium-profile-wasm-tests");
        let _ = std::fs::remove_dir_all(&profile);
        let mut args: Vec<String> = CHROMIUM_FLAGS
            .iter()
            .filter(|flag| !matches!(**flag, "headless" | "no-sandbox"))
            .map(|flag| format!("\"{flag}\""))
            .collect();
        args.push(format!("\"user-data-dir={}\"", profile.display()));
        let capabilities = format!(
            "{{\"goog:chromeOptions\": {{\"binary\": \"{CHROMIUM}\", \"args\": [{}]}}}}\n",
            args.join(", ")
        );
        let file = self.root.join("target/webdriver.json");
        std::fs::create_dir_all(self.root.join("target")).map_err(|error| error.to_string())?;
        std::fs::write(&file, capabilities)
            .map_err(|error| format!("{}: {error}", file.display()))?;
        command
            .env(
                "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                "wasm-bindgen-test-runner",
            )
            .env("CHROMEDRIVER", CHROMEDRIVER)
            .env("WASM_BINDGEN_TEST_WEBDRIVER_JSON", file);
        Ok(())
    }
}

/// The version of `package` in a Cargo.lock.
fn locked_version(lock: &Path, package: &str) -> Result<String, String> {
    let text =
        std::fs::read_to_string(lock).map_err(|error| format!("{}: {error}", lock.display()))?;
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if line.trim() == format!("name = \"{package}\"") {
            if let Some(version) = lines
                .next()
                .and_then(|next| next.trim().strip_prefix("version = "))
            {
                return Ok(version.trim_matches('"').to_owned());
            }
        }
    }
    Err(format!("{}: no {package} entry", lock.display()))
}

fn modified(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path)
        .and_then(|meta| meta.modified())
        .ok()
}

fn announce(what: &str) {
    println!("\n==> [install] {what}");
}

fn describe(command: &Command) -> String {
    let mut parts = vec![command.get_program().to_string_lossy().into_owned()];
    parts.extend(
        command
            .get_args()
            .map(|arg| arg.to_string_lossy().into_owned()),
    );
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_locked_wasm_bindgen_version_is_found() {
        let lock = Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.lock");
        let version = locked_version(&lock, "wasm-bindgen").expect("wasm-bindgen is locked");
        assert!(version.starts_with("0.2."), "{version}");
        let trunk_toml =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../Trunk.toml"))
                .expect("Trunk.toml");
        assert!(
            trunk_toml.contains(&format!("wasm_bindgen = \"{version}\"")),
            "Trunk.toml pins {version}"
        );
    }
}
