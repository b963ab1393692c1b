//! `dossier`: the command-line face of the corpus engine.
//!
//! `dossier export [--format FORMAT] DIR` prints the parsed corpus: as JSON
//! (the default, the same data the app loads), or as one of the files of
//! the engine's `export` module (CSV, GraphML, GEXF, TimelineJS). Diagnostics
//! go to standard error as `file:line: severity: message`. `dossier bundle`
//! writes the data file the app fetches (`dossier_corpus::bundle`).

mod annotate;
mod eval;
mod formats;
mod generate;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use dossier_corpus::bundle::encode_parts;
use dossier_corpus::{
    build_corpus, build_corpus_dated, build_file, BuildError, CivilDate, LoadError, LoadOptions,
    Severity,
};

use formats::Format;

const USAGE: &str = "usage: dossier export [--format FORMAT] [--max-file-bytes N] DIR
       dossier annotate FILE [--date YYYY-MM-DD]
       dossier review DIR
       dossier eval DIR GOLD.toml [--misses]
       dossier gen-corpus N DIR [--gazetteer FILE] [--invent K]
       dossier bundle [--max-file-bytes N] --world COUNTRIES.geojson DIR OUT
                      (the app's data file, which the build writes)

export formats (each row, edge and slide names its document and sentence):
  json           the whole corpus, as the app loads it (the default)
  csv-events     one row per event
  csv-actors     one row per actor, with its first mention
  csv-relations  one row per relation
  json-events, json-actors, json-relations
                 the same rows as JSON objects
  graphml        the actor network, for Gephi or yEd
  gexf           the actor network with a layout, for Gephi
  timelinejs     the events as a TimelineJS3 data file";

/// Why a command failed, and the exit code that says so: 2 when the
/// command line asks for something that does not exist, 1 otherwise.
struct Failure {
    message: String,
    code: u8,
}

impl Failure {
    fn usage(message: String) -> Failure {
        Failure { message, code: 2 }
    }
}

impl From<String> for Failure {
    fn from(message: String) -> Failure {
        Failure { message, code: 1 }
    }
}

impl From<&str> for Failure {
    fn from(message: &str) -> Failure {
        Failure::from(message.to_owned())
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure { message, code }) => {
            eprintln!("dossier: {message}");
            ExitCode::from(code)
        }
    }
}

fn run(args: &[String]) -> Result<(), Failure> {
    let (command, rest) = args.split_first().ok_or(USAGE)?;
    match command.as_str() {
        "export" => export(rest),
        "bundle" => bundle(rest),
        "eval" => Ok(evaluate(rest)?),
        "annotate" => Ok(annotate_file(rest)?),
        "review" => Ok(review(rest)?),
        "gen-corpus" => Ok(generate_corpus(rest)?),
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command “{other}”\n{USAGE}").into()),
    }
}

fn export(args: &[String]) -> Result<(), Failure> {
    let mut dir = None;
    let mut format = Format::Json;
    let mut options = LoadOptions::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--format" => {
                let name = args.next().ok_or_else(|| {
                    Failure::usage(format!("--format needs a value: {}", Format::names()))
                })?;
                format = Format::parse(name).ok_or_else(|| {
                    Failure::usage(format!(
                        "unknown format “{name}”; known: {}",
                        Format::names()
                    ))
                })?;
            }
            "--max-file-bytes" => options.max_file_bytes = max_file_bytes(args.next())?,
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option “{flag}”\n{USAGE}").into())
            }
            path => dir = Some(PathBuf::from(path)),
        }
    }
    let dir = dir.ok_or(USAGE)?;
    let built = build_corpus(&dir, &options).map_err(explain)?;
    for diagnostic in &built.diagnostics {
        eprintln!("{diagnostic}");
    }
    let text = format.write(&built.corpus)?;
    // Written at once, and a closed pipe (`| head`) is an error to report,
    // where `print!` would panic.
    std::io::stdout()
        .lock()
        .write_all(text.as_bytes())
        .map_err(|error| format!("cannot write the export: {error}"))?;
    Ok(())
}

/// The value of `--max-file-bytes`.
fn max_file_bytes(value: Option<&String>) -> Result<u64, String> {
    let value = value.ok_or("--max-file-bytes needs a number")?;
    value
        .parse()
        .map_err(|_| format!("not a number of bytes: “{value}”"))
}

/// `dossier bundle`: the app's data file for a corpus folder (what the
/// build's post-build hook writes next to the wasm). Warnings go to
/// standard error; a folder the app cannot show fails with every reason.
fn bundle(args: &[String]) -> Result<(), Failure> {
    let mut options = LoadOptions::default();
    let mut world = None;
    let mut paths = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--max-file-bytes" => options.max_file_bytes = max_file_bytes(args.next())?,
            "--world" => world = Some(PathBuf::from(args.next().ok_or("--world needs a file")?)),
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option “{flag}”\n{USAGE}").into())
            }
            path => paths.push(PathBuf::from(path)),
        }
    }
    let ([dir, out], Some(world)) = (paths.as_slice(), world) else {
        return Err(USAGE.into());
    };
    let built = build_corpus(dir, &options).map_err(explain)?;
    for diagnostic in &built.diagnostics {
        if diagnostic.severity >= Severity::Warning {
            eprintln!("{diagnostic}");
        }
    }
    let file = encode_parts(&built, &world)?.encode();
    std::fs::write(out, file)
        .map_err(|error| format!("{}: cannot write: {error}", out.display()).into())
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
    let mut report = eval::evaluate(&built.corpus, &gold_data);
    let dated = build_corpus_dated(
        &PathBuf::from(dir),
        &LoadOptions::default(),
        &eval::document_dates(&gold_data),
    )
    .map_err(|error| error.to_string())?;
    let given = eval::evaluate_dates_given(&dated.corpus, &gold_data);
    report.rows.extend(given.rows);
    report.misses.extend(given.misses);
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
    let mut invented = 0;
    let mut positional = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--gazetteer" => {
                gazetteer_path = PathBuf::from(args.next().ok_or("--gazetteer needs a file")?)
            }
            "--invent" => {
                let value = args.next().ok_or("--invent needs a number of actors")?;
                invented = value
                    .parse()
                    .map_err(|_| format!("not a number of actors: “{value}”"))?;
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
    let written = generate::generate(count, &PathBuf::from(dir), &gazetteer, &text, invented)?;
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
