//! `dossier`: the command-line face of the corpus engine.
//!
//! `dossier export [--format json] DIR` prints the parsed corpus as JSON, the
//! same data the app embeds. Diagnostics go to standard error as
//! `file:line: severity: message`.

mod annotate;
mod eval;
mod generate;

use std::path::PathBuf;
use std::process::ExitCode;

use dossier_corpus::{build_corpus, build_file, BuildError, CivilDate, LoadError, LoadOptions};

const USAGE: &str = "usage: dossier export [--format json] [--max-file-bytes N] DIR
       dossier annotate FILE [--date YYYY-MM-DD]
       dossier review DIR
       dossier eval DIR GOLD.toml [--misses]\n       dossier gen-corpus N DIR [--gazetteer FILE]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("dossier: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let (command, rest) = args.split_first().ok_or(USAGE)?;
    match command.as_str() {
        "export" => export(rest),
        "eval" => evaluate(rest),
        "annotate" => annotate_file(rest),
        "review" => review(rest),
        "gen-corpus" => generate_corpus(rest),
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command “{other}”\n{USAGE}")),
    }
}

fn export(args: &[String]) -> Result<(), String> {
    let mut dir = None;
    let mut options = LoadOptions::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--format" => match args.next().map(String::as_str) {
                Some("json") => {}
                Some(other) => return Err(format!("unknown format “{other}”; known: json")),
                None => return Err("--format needs a value".to_owned()),
            },
            "--max-file-bytes" => {
                let value = args.next().ok_or("--max-file-bytes needs a number")?;
                options.max_file_bytes = value
                    .parse()
                    .map_err(|_| format!("not a number of bytes: “{value}”"))?;
            }
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option “{flag}”\n{USAGE}"))
            }
            path => dir = Some(PathBuf::from(path)),
        }
    }
    let dir = dir.ok_or(USAGE)?;
    let built = build_corpus(&dir, &options).map_err(explain)?;
    for diagnostic in &built.diagnostics {
        eprintln!("{diagnostic}");
    }
    let json = serde_json::to_string_pretty(&built.corpus).map_err(|error| error.to_string())?;
    println!("{json}");
    Ok(())
}

fn evaluate(args: &[String]) -> Result<(), String> {
    let show_misses = args.iter().any(|arg| arg == "--misses");
    let paths: Vec<&String> = args.iter().filter(|arg| !arg.starts_with("--")).collect();
    let [dir, gold] = paths.as_slice() else {
        return Err(USAGE.to_owned());
    };
    let built = build_corpus(&PathBuf::from(dir), &LoadOptions::default())
        .map_err(|error| error.to_string())?;
    let text = std::fs::read_to_string(gold).map_err(|error| format!("{gold}: {error}"))?;
    let gold_data = eval::parse_gold(&text).map_err(|error| format!("{gold}: {error}"))?;
    let report = eval::evaluate(&built.corpus, &gold_data);
    println!("{dir} against {gold}");
    for (name, ratio) in &report.rows {
        println!("  {name:<52} {ratio}");
    }
    if show_misses {
        for miss in &report.misses {
            println!("  - {miss}");
        }
    }
    Ok(())
}

fn annotate_file(args: &[String]) -> Result<(), String> {
    let mut file = None;
    let mut date = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--date" => {
                let value = args.next().ok_or("--date needs YYYY-MM-DD")?;
                date = Some(
                    CivilDate::parse_iso(value)
                        .ok_or_else(|| format!("not a YYYY-MM-DD date: “{value}”"))?,
                );
            }
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option “{flag}”\n{USAGE}"))
            }
            path => file = Some(PathBuf::from(path)),
        }
    }
    let file = file.ok_or(USAGE)?;
    let built = build_file(&file, date, &LoadOptions::default()).map_err(explain)?;
    built
        .diagnostics
        .iter()
        .for_each(|diagnostic| eprintln!("{diagnostic}"));
    let json = serde_json::to_string_pretty(&annotate::annotation(&built.corpus))
        .map_err(|error| error.to_string())?;
    println!("{json}");
    Ok(())
}

fn review(args: &[String]) -> Result<(), String> {
    let [dir] = args else {
        return Err(USAGE.to_owned());
    };
    let built = build_corpus(&PathBuf::from(dir), &LoadOptions::default())
        .map_err(|error| error.to_string())?;
    built
        .diagnostics
        .iter()
        .filter(|diagnostic| diagnostic.severity >= dossier_corpus::Severity::Warning)
        .for_each(|diagnostic| eprintln!("{diagnostic}"));
    print!("{}", annotate::review_text(&built.corpus, &built.review));
    Ok(())
}

fn generate_corpus(args: &[String]) -> Result<(), String> {
    let mut gazetteer_path = PathBuf::from("seeds/gazetteer.toml");
    let mut positional = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--gazetteer" => {
                gazetteer_path = PathBuf::from(args.next().ok_or("--gazetteer needs a file")?)
            }
            other => positional.push(other.to_owned()),
        }
    }
    let [count, dir] = positional.as_slice() else {
        return Err(USAGE.to_owned());
    };
    let count: usize = count
        .parse()
        .map_err(|_| format!("not a number of articles: “{count}”"))?;
    let text = std::fs::read_to_string(&gazetteer_path)
        .map_err(|error| format!("{}: {error}", gazetteer_path.display()))?;
    let (gazetteer, _) =
        dossier_corpus::extract::Gazetteer::parse(&text, &gazetteer_path.display().to_string())
            .map_err(|error| error.to_string())?;
    let written = generate::generate(count, &PathBuf::from(dir), &gazetteer, &text)?;
    eprintln!("dossier: wrote {written} articles and a gazetteer to {dir}");
    Ok(())
}

/// A build error as one message, after printing every skipped file's reason.
fn explain(error: BuildError) -> String {
    if let BuildError::Load(LoadError::NoArticles { diagnostics, .. }) = &error {
        diagnostics
            .iter()
            .for_each(|diagnostic| eprintln!("{diagnostic}"));
    }
    error.to_string()
}
