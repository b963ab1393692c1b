//! `cargo xtask bench`: the performance targets of the issues, measured in
//! one run against baselines taken in the same run, and gathered into one
//! table (`target/bench/bench.json`).
//!
//! Each benchmark is a script in `tests/bench/` that drives Debian's
//! Chromium; this module builds what they measure, each build once per run:
//! the app over the seeds and over synthetic corpora (`gen-corpus N`), and
//! the minimal Yew app of `tests/bench/minimal-yew/`, the baseline, built by
//! the same Trunk, profile and wasm-opt settings. Every build's wall time
//! and peak memory (the largest process's resident set, from GNU time) go
//! into `target/bench/build.json`. The seeds are built last, so that
//! `dist/` is left built over them as `cargo xtask dist` would leave it.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::tools::{self, Tools};
use crate::{copy_dir, gen_corpus, step, Options};

/// The benchmarks, in the order they run.
const ALL: [&str; 6] = [
    "size",
    "start",
    "lighthouse",
    "latency",
    "timeline",
    "network",
];
/// Synthetic corpus sizes measured when `--articles` is not given.
const DEFAULT_ARTICLES: [u32; 1] = [1000];
/// Synthetic articles of the timeline benchmark: about 10,000 events.
const TIMELINE_ARTICLES: u32 = 930;
/// GNU time, for the peak memory of a build.
const GNU_TIME: &str = "/usr/bin/time";

/// What to measure: which benchmarks, and at which synthetic sizes besides
/// the seeds.
#[derive(Debug, PartialEq)]
struct Plan {
    chosen: Vec<&'static str>,
    articles: Vec<u32>,
}

impl Plan {
    /// Parses `[NAME ...] [--articles N,M]`; no name runs every benchmark.
    fn parse(args: &[String]) -> Result<Plan, String> {
        let mut chosen = Vec::new();
        let mut articles = DEFAULT_ARTICLES.to_vec();
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            if arg == "--articles" {
                let list = args
                    .next()
                    .ok_or("--articles needs sizes, e.g. 1000,10000")?;
                articles = parse_sizes(list)?;
            } else if let Some(name) = ALL.iter().find(|name| **name == arg.as_str()) {
                chosen.push(*name);
            } else {
                return Err(format!(
                    "unknown benchmark “{arg}” (one of {})",
                    ALL.join(", ")
                ));
            }
        }
        if chosen.is_empty() {
            chosen = ALL.to_vec();
        }
        Ok(Plan { chosen, articles })
    }

    fn runs(&self, name: &str) -> bool {
        self.chosen.contains(&name)
    }
}

/// The label of the timeline benchmark's synthetic build.
fn timeline_label() -> String {
    format!("synthetic-{TIMELINE_ARTICLES}-articles")
}

/// `1000,10000` as sizes; `none` (or nothing) for the seeds alone.
fn parse_sizes(list: &str) -> Result<Vec<u32>, String> {
    if list.trim().is_empty() || list.trim() == "none" {
        return Ok(Vec::new());
    }
    list.split(',')
        .map(|size| match size.trim().parse::<u32>() {
            Ok(count) if count > 0 => Ok(count),
            _ => Err(format!("--articles: “{size}” is not a number of articles")),
        })
        .collect()
}

/// One build of this run.
struct Build {
    label: String,
    dist: PathBuf,
    seconds: f64,
    max_rss_kb: Option<u64>,
}

/// Builds each label once per run into `target/bench/dist-LABEL`.
struct Builder<'a> {
    tools: &'a Tools,
    out: PathBuf,
    built: Vec<Build>,
}

impl Builder<'_> {
    /// The app over `options`' corpus, built once under `label`.
    fn app(&mut self, label: &str, options: &Options) -> Result<PathBuf, String> {
        let dir = self.tools.root.clone();
        let fresh = !self.built.iter().any(|build| build.label == label);
        let dist = self.build(label, &dir, options)?;
        if fresh {
            // As `cargo xtask dist` does: the first screen, then the worker.
            crate::prerender::write(self.tools, &dist, options.seeds.as_deref())?;
            crate::offline::write_service_worker(&dist)?;
        }
        Ok(dist)
    }

    /// The minimal Yew app, the baseline.
    fn minimal(&mut self) -> Result<PathBuf, String> {
        let dir = self.tools.root.join("tests/bench/minimal-yew");
        self.build("minimal-yew", &dir, &Options::default())
    }

    fn build(&mut self, label: &str, dir: &Path, options: &Options) -> Result<PathBuf, String> {
        if let Some(done) = self.built.iter().find(|build| build.label == label) {
            return Ok(done.dist.clone());
        }
        step("bench", &format!("building {label}"));
        let dist = self.out.join(format!("dist-{label}"));
        let report = self.out.join(format!("time-{label}.txt"));
        let _ = std::fs::remove_file(&report);
        let with_time = Path::new(GNU_TIME).exists();
        let mut command = if with_time {
            let mut command = self.tools.command(GNU_TIME);
            command.arg("-v").arg("-o").arg(&report).arg("trunk");
            command
        } else {
            self.tools.command("trunk")
        };
        command
            .args(["build", "--release", "--dist"])
            .arg(&dist)
            .current_dir(dir);
        options.apply(&mut command);
        let started = Instant::now();
        self.tools.run(&mut command)?;
        let seconds = started.elapsed().as_secs_f64();
        let max_rss_kb = std::fs::read_to_string(&report)
            .ok()
            .and_then(|text| max_rss_kb(&text));
        self.built.push(Build {
            label: label.to_owned(),
            dist: dist.clone(),
            seconds,
            max_rss_kb,
        });
        Ok(dist)
    }

    /// `target/bench/build.json`: every build of this run.
    fn write_report(&self) -> Result<PathBuf, String> {
        let rows: Vec<String> = self
            .built
            .iter()
            .map(|build| {
                format!(
                    "    {{\"build\": \"{}\", \"seconds\": {:.1}, \"max_rss_kb\": {}}}",
                    build.label,
                    build.seconds,
                    build
                        .max_rss_kb
                        .map_or("null".to_owned(), |kb| kb.to_string())
                )
            })
            .collect();
        let json = format!(
            "{{\n  \"measured\": \"wall time of each build (dependencies already compiled) and the peak resident memory of its largest process (GNU time)\",\n  \"rows\": [\n{}\n  ]\n}}\n",
            rows.join(",\n")
        );
        let file = self.out.join("build.json");
        std::fs::write(&file, json).map_err(|error| format!("{}: {error}", file.display()))?;
        Ok(file)
    }
}

/// "Maximum resident set size (kbytes): N" from `time -v`'s report.
fn max_rss_kb(report: &str) -> Option<u64> {
    report.lines().find_map(|line| {
        let (name, value) = line.trim().rsplit_once(':')?;
        (name == "Maximum resident set size (kbytes)")
            .then(|| value.trim().parse().ok())
            .flatten()
    })
}

/// The synthetic corpus of `count` articles, written once into
/// `target/corpus-COUNT` (more arguments go to `gen-corpus`).
fn corpus(tools: &Tools, count: u32, extra: &[&str]) -> Result<PathBuf, String> {
    let mut name = format!("corpus-{count}");
    for arg in extra {
        name.push('-');
        name.push_str(arg.trim_start_matches('-'));
    }
    let dir = tools.root.join("target").join(name);
    let last = format!("{:05}_synthetic.txt", count.saturating_sub(1));
    if !dir.join(last).exists() {
        let mut args = vec![count.to_string(), dir.display().to_string()];
        args.extend(extra.iter().map(|arg| (*arg).to_owned()));
        gen_corpus(tools, &args)?;
    }
    Ok(dir)
}

/// Runs `cargo xtask bench [NAME ...] [--articles N,M]`.
pub fn bench(tools: &Tools, args: &[String]) -> Result<(), String> {
    let plan = Plan::parse(args)?;
    tools.ensure_build_tools()?;
    tools.ensure_browser()?;
    let out = tools.root.join("target/bench");
    std::fs::create_dir_all(&out).map_err(|error| error.to_string())?;
    let mut builder = Builder {
        tools,
        out: out.clone(),
        built: Vec::new(),
    };

    // Build everything first, the seeds last.
    let per_corpus = ["size", "start", "lighthouse", "latency"]
        .iter()
        .any(|name| plan.runs(name));
    let with_baseline = ["start", "lighthouse", "latency"]
        .iter()
        .any(|name| plan.runs(name));
    let minimal = if with_baseline {
        Some(builder.minimal()?)
    } else {
        None
    };
    let network = if plan.runs("network") {
        // About 1,000 actors with a tie and 3,000 ties, co-occurrence
        // included, the size the network issue sets; the `bench` feature
        // adds the layout's entry point (src/bench.rs).
        let seeds = corpus(tools, 190, &["--invent", "1800"])?;
        let options = Options {
            seeds: Some(seeds),
            features: Some("bench"),
            ..Options::default()
        };
        Some(builder.app("network-bench", &options)?)
    } else {
        None
    };
    let timeline = if plan.runs("timeline") {
        // About 10,000 events, the size the timeline issue sets (930
        // synthetic articles give 9,884 with the current extraction).
        let seeds = corpus(tools, TIMELINE_ARTICLES, &[])?;
        let options = Options {
            seeds: Some(seeds),
            features: None,
            ..Options::default()
        };
        Some(builder.app(&timeline_label(), &options)?)
    } else {
        None
    };
    let mut corpora = Vec::new();
    if per_corpus {
        for &count in &plan.articles {
            let seeds = corpus(tools, count, &[])?;
            let options = Options {
                seeds: Some(seeds),
                features: None,
                ..Options::default()
            };
            let label = format!("articles-{count}");
            corpora.push((label.clone(), builder.app(&label, &options)?));
        }
    }
    let seeds = builder.app("seeds", &Options::default())?;
    corpora.insert(0, ("seeds".to_owned(), seeds.clone()));
    if plan.runs("size") {
        rebuild_after_an_edit(tools, &mut builder, &out)?;
    }

    let mut reports = vec![builder.write_report()?];
    let labelled = |builds: &[(String, PathBuf)]| -> Vec<String> {
        builds
            .iter()
            .map(|(label, dist)| format!("{label}={}", dist.display()))
            .collect()
    };
    let with_minimal = |minimal: &Path| {
        let mut builds = vec![("minimal-yew".to_owned(), minimal.to_owned())];
        builds.extend(corpora.iter().cloned());
        labelled(&builds)
    };
    if plan.runs("size") {
        step("bench", "bytes of each build: raw, gzip, brotli");
        reports.push(script(tools, "size", &out, &labelled(&corpora))?);
    }
    if let Some(minimal) = &minimal {
        if plan.runs("start") {
            step("bench", "cold start: main-thread CPU until interactive");
            reports.push(script(tools, "start", &out, &with_minimal(minimal))?);
        }
        if plan.runs("lighthouse") {
            step("bench", "Lighthouse, desktop, performance");
            reports.push(script(tools, "lighthouse", &out, &with_minimal(minimal))?);
        }
        if plan.runs("latency") {
            step("bench", "search and filter: input to repainted");
            reports.push(script(tools, "latency", &out, &with_minimal(minimal))?);
        }
    }
    if let Some(synthetic) = timeline {
        step("bench", "timeline zoom and pan in Chromium");
        let builds = [
            ("seeds".to_owned(), seeds.clone()),
            (timeline_label(), synthetic),
        ];
        reports.push(script(tools, "timeline", &out, &labelled(&builds))?);
    }
    if let Some(network) = network {
        step(
            "bench",
            "actor map settling, and the layout step against d3-force, in Chromium",
        );
        reports.push(script(
            tools,
            "network",
            &out,
            &[network.display().to_string()],
        )?);
    }

    step("bench", "the table");
    let mut command = Command::new("node");
    command
        .arg("tests/bench/report.mjs")
        .arg(out.join("bench.json"))
        .args(&reports);
    tools.run(&mut command)?;

    // Leave dist/ built over the seeds, as `cargo xtask dist` would.
    let dist = tools.root.join("dist");
    let _ = std::fs::remove_dir_all(&dist);
    copy_dir(&seeds, &dist)
}

/// Builds over a copy of the seeds, edits one of its articles, and builds
/// again: the second build ("seeds-edited") is what a user waits for after
/// changing a file of the corpus.
fn rebuild_after_an_edit(tools: &Tools, builder: &mut Builder, out: &Path) -> Result<(), String> {
    let copy = out.join("seeds-edited");
    let _ = std::fs::remove_dir_all(&copy);
    copy_dir(&tools.root.join("seeds"), &copy)?;
    let options = Options {
        seeds: Some(copy.clone()),
        ..Options::default()
    };
    builder.build("seeds-copy", &tools.root, &options)?;
    let mut articles: Vec<PathBuf> = std::fs::read_dir(&copy)
        .map_err(|error| format!("{}: {error}", copy.display()))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "txt"))
        .collect();
    articles.sort();
    let article = articles.first().ok_or("the seeds hold no article")?;
    let mut text = std::fs::read_to_string(article)
        .map_err(|error| format!("{}: {error}", article.display()))?;
    text.push_str("\n\nAn analyst added this paragraph on Monday, to time the rebuild.\n");
    std::fs::write(article, text).map_err(|error| format!("{}: {error}", article.display()))?;
    builder.build("seeds-edited", &tools.root, &options)?;
    Ok(())
}

/// Runs `tests/bench/NAME.mjs OUT.json ARGS...` and returns OUT.json.
fn script(tools: &Tools, name: &str, out: &Path, args: &[String]) -> Result<PathBuf, String> {
    let json = out.join(format!("{name}.json"));
    let mut command = Command::new("node");
    command
        .arg(format!("tests/bench/{name}.mjs"))
        .arg(&json)
        .args(args)
        .env("CHROMIUM", tools::CHROMIUM)
        .env("CHROME_PATH", tools::CHROMIUM);
    tools.run(&mut command)?;
    Ok(json)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(args: &[&str]) -> Result<Plan, String> {
        Plan::parse(&args.iter().map(|arg| (*arg).to_owned()).collect::<Vec<_>>())
    }

    #[test]
    fn plans_are_read_from_the_arguments() {
        /// Arguments, and the benchmarks and sizes they ask for (None: an error).
        type Case<'a> = (&'a [&'a str], Option<(&'a [&'a str], &'a [u32])>);
        let cases: &[Case] = &[
            (&[], Some((&ALL, &[1000]))),
            (&["start"], Some((&["start"], &[1000]))),
            (
                &["latency", "--articles", "1000,10000"],
                Some((&["latency"], &[1000, 10000])),
            ),
            (&["--articles", "none"], Some((&ALL, &[]))),
            (&["--articles", "ten"], None),
            (&["--articles", "0"], None),
            (&["--articles"], None),
            (&["speed"], None),
        ];
        for (args, expected) in cases {
            let parsed = plan(args);
            match expected {
                Some((chosen, articles)) => assert_eq!(
                    parsed,
                    Ok(Plan {
                        chosen: chosen.to_vec(),
                        articles: articles.to_vec()
                    }),
                    "{args:?}"
                ),
                None => assert!(parsed.is_err(), "{args:?}"),
            }
        }
    }

    #[test]
    fn the_peak_memory_is_read_from_gnu_time() {
        let report = "\tCommand being timed: \"trunk build\"\n\tMaximum resident set size (kbytes): 1843200\n\tAverage resident set size (kbytes): 0\n";
        assert_eq!(max_rss_kb(report), Some(1_843_200));
        assert_eq!(max_rss_kb("nothing here"), None);
    }

    #[test]
    fn the_baseline_is_built_with_the_apps_tools() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let tools_of = |path: &str| -> Vec<String> {
            let text = std::fs::read_to_string(root.join(path)).unwrap_or_default();
            text.lines()
                .filter(|line| line.starts_with("wasm_bindgen") || line.starts_with("wasm_opt"))
                .map(str::to_owned)
                .collect()
        };
        let app = tools_of("Trunk.toml");
        assert_eq!(app.len(), 2, "{app:?}");
        assert_eq!(tools_of("tests/bench/minimal-yew/Trunk.toml"), app);
        // The same wasm-opt level and features: Trunk's for the baseline,
        // the post-build hook's for the app (xtask/src/data.rs).
        let text = std::fs::read_to_string(root.join("tests/bench/minimal-yew/index.html"))
            .unwrap_or_default();
        let value = |name: &str| -> String {
            let from = text
                .find(&format!("{name}=\""))
                .map_or(text.len(), |at| at + name.len() + 2);
            text[from..]
                .split('"')
                .next()
                .unwrap_or_default()
                .to_owned()
        };
        let baseline: Vec<String> = std::iter::once(format!("-O{}", value("data-wasm-opt")))
            .chain(
                value("data-wasm-opt-params")
                    .split_whitespace()
                    .map(str::to_owned),
            )
            .collect();
        assert_eq!(baseline, crate::data::WASM_OPT_ARGS);
        assert!(std::fs::read_to_string(root.join("index.html"))
            .unwrap_or_default()
            .contains("data-wasm-opt=\"0\""));
    }
}
