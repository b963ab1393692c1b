//! Dossier's project commands, run as `cargo xtask <command>`.
//!
//! - `serve [--seeds DIR]`: install what is missing, build over the corpus and
//!   serve on http://127.0.0.1:8080.
//! - `dist [--seeds DIR] [--single-file]`: write the static site to `dist/`,
//!   and with `--single-file` also `dist/dossier.html`, the whole app in one
//!   file that works from disk (`single_file.rs`).
//! - `test`: install what the tests need and run every test: formatting and
//!   lints, native tests, in-browser tests, end-to-end tests.
//! - `eval`: measure extraction against the gold annotations in `tests/gold/`.
//! - `gen-corpus N [DIR] [--invent K]`: write a synthetic corpus.
//! - `bench [NAME ...] [--articles N,M]`: measure the performance targets
//!   against baselines taken in the same run; one table, also written to
//!   `target/bench/bench.json` (see `bench.rs`).
//!
//! Every tool the project needs is installed from here, so a fresh machine
//! needs nothing but Rust, Node.js and these two commands.

mod bench;
mod data;
mod embed;
mod offline;
mod prerender;
mod single_file;
mod tools;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

use tools::Tools;

const USAGE: &str = "usage: cargo xtask <serve|dist|test|eval> [--seeds DIR]

  serve   build the explorer over the corpus and serve it on http://127.0.0.1:8080
  dist    write the static site to dist/; with --single-file, also
          dist/dossier.html, the whole app in one file that works from disk
  test    run every test: lints, native, in-browser and end-to-end
  eval    measure extraction against the gold annotations (tests/gold/)
  gen-corpus N [DIR] [--invent K]
          write a synthetic corpus of N articles (default target/corpus-N),
          with K made-up actors besides the gazetteer's
  bench [size|start|lighthouse|latency|timeline|network] [--articles N,M]
          measure the performance targets (all, or some) at the seeds and
          at synthetic corpora of N, M articles (default 1000; none: seeds
          only); prints one table, written to target/bench/bench.json

  --seeds DIR     build over DIR instead of seeds/
  --single-file   (dist) also write dist/dossier.html";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask: error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let root = project_root();
    std::env::set_current_dir(&root)
        .map_err(|error| format!("cannot enter {}: {error}", root.display()))?;
    let (command, rest) = args.split_first().ok_or(USAGE)?;
    let options = if command == "gen-corpus" || command == "bench" {
        Options::default()
    } else {
        Options::parse(rest)?
    };
    let tools = Tools::new(&root);
    match command.as_str() {
        "serve" => serve(&tools, &options),
        "dist" => dist(&tools, &options).map(|_| ()),
        "test" => test(&tools),
        "eval" => eval(&tools),
        "gen-corpus" => gen_corpus(&tools, rest),
        "bench" => bench::bench(&tools, rest),
        // Trunk's post-build hook: the data file and the optimised wasm, the
        // loader, the embed and the policy, then the service worker, which
        // lists them all, for the staged build.
        "post-build" => {
            let staging = staging_dir(&root);
            data::write_data_file(&tools, &staging)?;
            if std::env::var("TRUNK_PROFILE").map_or(true, |profile| profile == "release") {
                data::optimise_wasm(&tools, &staging)?;
            }
            embed::write_embed_files(&staging)?;
            offline::write_service_worker(&staging)
        }
        "service-worker" => offline::write_service_worker(&staging_dir(&root)),
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command “{other}”\n{USAGE}")),
    }
}

/// Options shared by the commands.
#[derive(Default)]
struct Options {
    seeds: Option<PathBuf>,
    /// Cargo features of the app; only benchmark builds set any.
    features: Option<&'static str>,
    /// Whether `dist` also writes the single file.
    single_file: bool,
}

impl Options {
    fn parse(args: &[String]) -> Result<Options, String> {
        let mut options = Options::default();
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--seeds" => {
                    let dir = args.next().ok_or("--seeds needs a folder")?;
                    let dir = std::fs::canonicalize(dir)
                        .map_err(|error| format!("--seeds {dir}: {error}"))?;
                    options.seeds = Some(dir);
                }
                "--single-file" => options.single_file = true,
                other => return Err(format!("unknown option “{other}”\n{USAGE}")),
            }
        }
        Ok(options)
    }

    /// Applies the options to a command that builds the app.
    fn apply(&self, command: &mut Command) {
        if let Some(seeds) = &self.seeds {
            command.env("DOSSIER_SEEDS", seeds);
        }
        if let Some(features) = self.features {
            command.args(["--features", features]);
        }
    }
}

/// The build folder a Trunk hook works on (`dist/` when run by hand).
fn staging_dir(root: &Path) -> PathBuf {
    std::env::var_os("TRUNK_STAGING_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("dist"))
}

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_owned)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn serve(tools: &Tools, options: &Options) -> Result<(), String> {
    tools.ensure_build_tools()?;
    step(
        "serve",
        "building and serving on http://127.0.0.1:8080 (Ctrl-C to stop)",
    );
    let mut command = tools.command("trunk");
    command.args(["serve", "--release"]);
    options.apply(&mut command);
    tools.run(&mut command)
}

/// Builds the static site into `dist/` and returns its path.
fn dist(tools: &Tools, options: &Options) -> Result<PathBuf, String> {
    tools.ensure_build_tools()?;
    step("dist", "building the static site into dist/");
    let mut command = tools.command("trunk");
    command.args(["build", "--release"]);
    options.apply(&mut command);
    tools.run(&mut command)?;
    let dist = tools.root.join("dist");
    step("dist", "rendering the first screen into index.html");
    prerender::write(tools, &dist, options.seeds.as_deref())?;
    // The worker's version and list follow the final files.
    offline::write_service_worker(&dist)?;
    if options.single_file {
        let file = single_file::write(&dist)?;
        let bytes = std::fs::metadata(&file).map_or(0, |metadata| metadata.len());
        step("dist", &format!("wrote {} ({bytes} bytes)", file.display()));
    }
    Ok(dist)
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|error| format!("{}: {error}", to.display()))?;
    for entry in std::fs::read_dir(from).map_err(|error| format!("{}: {error}", from.display()))? {
        let path = entry.map_err(|error| error.to_string())?.path();
        if path.is_file() {
            if let Some(name) = path.file_name() {
                std::fs::copy(&path, to.join(name))
                    .map_err(|error| format!("{}: {error}", path.display()))?;
            }
        }
    }
    Ok(())
}

/// Writes a deterministic synthetic corpus of N articles (default 1000) into
/// `target/corpus-N/`, or into the folder given after N; options after
/// those (`--invent K`) go to `dossier gen-corpus`.
fn gen_corpus(tools: &Tools, args: &[String]) -> Result<(), String> {
    let (positional, options) = args.split_at(
        args.iter()
            .position(|arg| arg.starts_with("--"))
            .unwrap_or(args.len()),
    );
    let count = positional.first().map_or("1000", String::as_str);
    let default_dir = format!("target/corpus-{count}");
    let dir = positional
        .get(1)
        .map_or(default_dir.as_str(), String::as_str);
    step("gen-corpus", &format!("{count} articles into {dir}"));
    let mut command = tools.cargo();
    command.args([
        "run",
        "--quiet",
        "--release",
        "--locked",
        "-p",
        "dossier-cli",
        "--",
        "gen-corpus",
        count,
        dir,
    ]);
    tools.run(command.args(options))
}

/// The extraction engine against the team's gold annotations: the seeds,
/// held-out articles, and blind ones annotated before the engine first ran
/// on them.
fn eval(tools: &Tools) -> Result<(), String> {
    for (dir, gold) in [
        ("seeds", "tests/gold/seeds.toml"),
        ("tests/unseen/articles", "tests/gold/unseen.toml"),
        ("tests/blind/articles", "tests/gold/blind.toml"),
        ("tests/blind2/articles", "tests/gold/blind2.toml"),
        ("tests/blind3/articles", "tests/gold/blind3.toml"),
        ("tests/blind4/articles", "tests/gold/blind4.toml"),
    ] {
        step("eval", &format!("{dir} against {gold}"));
        tools.run(tools.cargo().args([
            "run",
            "--quiet",
            "--locked",
            "-p",
            "dossier-cli",
            "--",
            "eval",
            dir,
            gold,
        ]))?;
    }
    Ok(())
}

fn test(tools: &Tools) -> Result<(), String> {
    let started = Instant::now();
    tools.ensure_build_tools()?;
    tools.ensure_browser()?;

    step("fmt", "cargo fmt --check");
    tools.run(tools.cargo().args(["fmt", "--all", "--", "--check"]))?;
    step("clippy", "host, all targets, warnings are errors");
    tools.run(tools.cargo().args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--locked",
        "--",
        "-D",
        "warnings",
    ]))?;
    step("clippy", "wasm32, all targets, warnings are errors");
    let wasm_clippy = |packages: &[&str]| {
        let mut command = tools.cargo();
        command.arg("clippy");
        command.args(packages);
        command.args([
            "--all-targets",
            "--locked",
            "--target",
            "wasm32-unknown-unknown",
            "--",
            "-D",
            "warnings",
        ]);
        tools.run(&mut command)
    };
    wasm_clippy(&["-p", "dossier", "-p", "dossier-corpus", "-p", "minimal-yew"])?;
    // The in-browser tests, which need the corpus compiled in.
    wasm_clippy(&["-p", "dossier", "--features", "embedded"])?;

    step(
        "native",
        "cargo test (engine, command-line tool, app rendering)",
    );
    tools.run(tools.cargo().args(["test", "--workspace", "--locked"]))?;

    step("browser", "wasm-bindgen-test in Chromium");
    let mut command = tools.cargo();
    command.args([
        "test",
        "-p",
        "dossier",
        "--target",
        "wasm32-unknown-unknown",
        "--locked",
        "--features",
        "embedded",
        "--test",
        "browser",
    ]);
    tools.browser_test_env(&mut command)?;
    tools.run(&mut command)?;

    // The single file too: `tests/e2e/single-file.test.mjs` opens it from disk.
    let options = Options {
        single_file: true,
        ..Options::default()
    };
    let dist_dir = dist(tools, &options)?;
    step("e2e", "playwright-core end-to-end tests in Chromium");
    let mut command = Command::new("node");
    command.args(["--test", "--test-concurrency=1", "tests/e2e/"]);
    command
        .env("DOSSIER_DIST", &dist_dir)
        .env("CHROMIUM", tools::CHROMIUM);
    tools.run(&mut command)?;

    println!(
        "\nxtask: every test passed in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Prints a step heading, so a long run says what it is doing.
fn step(name: &str, what: &str) {
    println!("\n==> [{name}] {what}");
}
