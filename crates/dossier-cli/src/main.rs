//! `dossier`: the command-line face of the corpus engine.
//!
//! `dossier export [--format json] DIR` prints the parsed corpus as JSON, the
//! same data the app embeds. Diagnostics go to standard error as
//! `file:line: severity: message`.

use std::path::PathBuf;
use std::process::ExitCode;

use dossier_corpus::{build_corpus, BuildError, LoadError, LoadOptions};

const USAGE: &str = "usage: dossier export [--format json] [--max-file-bytes N] DIR";

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
    let (corpus, diagnostics) = build_corpus(&dir, &options).map_err(|error| {
        if let BuildError::Load(LoadError::NoArticles { diagnostics, .. }) = &error {
            diagnostics
                .iter()
                .for_each(|diagnostic| eprintln!("{diagnostic}"));
        }
        error.to_string()
    })?;
    for diagnostic in &diagnostics {
        eprintln!("{diagnostic}");
    }
    let json = serde_json::to_string_pretty(&corpus).map_err(|error| error.to_string())?;
    println!("{json}");
    Ok(())
}
