//! `atlas`: command-line tools over the same library the map uses.
//!
//! `atlas validate [--dir DIR]` checks the data in `geo/` (or DIR) and lists every problem.
//! `atlas who` answers `lon,lat,date` rows from stdin: which piece, who held it, how, and why.

use frontier_atlas::data::{load, DataFile, Sources};
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "usage: atlas validate [--dir DIR]\n       atlas who < rows.csv\n\n\
  validate   check every file of geo/ (pieces, their names, backdrop, labels, places, events,\n\
             railways, regimes) and the pieces' overlaps; list every problem and exit 1 if any\n\
  who        read CSV rows lon,lat,date (ISO date; a header line is allowed) from stdin; write\n\
             lon,lat,date,piece,power,status,sovereign,event for each; a point in the sea gets\n\
             empty fields; bad rows are reported on stderr by line, and the exit code is 1";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("validate") => validate(&args[1..]),
        Some("who") if args.len() == 1 => who(),
        Some("--help" | "-h" | "help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn validate(args: &[String]) -> ExitCode {
    let dir = match args {
        [] => "geo".to_string(),
        [flag, dir] if flag == "--dir" => dir.clone(),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let src = match Sources::read_dir(Path::new(&dir)) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let checked = load(&src).and_then(|atlas| {
        let mut problems = Vec::new();
        frontier_atlas::data::validate::check_overlaps(
            src.get(DataFile::Pieces).0,
            &atlas.pieces,
            &mut problems,
        );
        if problems.is_empty() {
            Ok(atlas)
        } else {
            Err(problems)
        }
    });
    match checked {
        Ok(atlas) => {
            println!(
                "ok: {} pieces, none overlapping; {} events; every piece held on every day {}..{}",
                atlas.pieces.len(),
                atlas.timeline.events().len(),
                frontier_atlas::model::Date::FIRST,
                frontier_atlas::model::Date::LAST
            );
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for p in &problems {
                eprintln!("{p}");
            }
            eprintln!("{} problem(s) found", problems.len());
            ExitCode::FAILURE
        }
    }
}

fn who() -> ExitCode {
    let atlas = match frontier_atlas::data::bundled::atlas() {
        Ok(a) => a,
        Err(problems) => {
            for p in &problems {
                eprintln!("{p}");
            }
            return ExitCode::FAILURE;
        }
    };
    let stdin = std::io::stdin().lock();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut err = std::io::stderr().lock();
    match frontier_atlas::query::answer_rows(&atlas, stdin, &mut out, &mut err) {
        Ok(0) => ExitCode::SUCCESS,
        Ok(bad) => {
            eprintln!("{bad} row(s) could not be answered");
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("atlas who: {e}");
            ExitCode::FAILURE
        }
    }
}
