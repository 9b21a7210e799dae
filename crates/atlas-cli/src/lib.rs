//! `atlas`: command-line tools over the same library the map uses.
#![warn(missing_docs)]
//!
//! `atlas validate [--dir DIR]` checks the data in `geo/` (or DIR) and lists every problem.
//! `atlas who` answers `lon,lat,date` rows from stdin: which piece, who held it, how, and why.
//! `atlas compile [--dir DIR]` writes DIR/atlas.bin, the compact form the app starts from.
//! `atlas keys [--lang L]` prints every key the page answers to, as the README lists them.
//!
//! Every write is checked: output to a full disk or a closed pipe ends the run with a message
//! (when one can still be written) and a non-zero exit, never a silent success or an abort.

use atlas_core::lesson::questions::{generate, Answer, QUESTIONS_HEADER};
use atlas_core::model::{EventFilter, Lang, Region};
use atlas_core::words::lessons::QuestionFacts;
use atlas_data::query::{answer_rows, WhoError};
use atlas_data::{DataError, Dataset, Sources};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "usage: atlas validate [--dir DIR]\n       atlas who < rows.csv\n       atlas compile [--dir DIR]\n       atlas questions [--region R] [--count N] [--seed S]\n       atlas keys [--lang L]\n\n\
  validate   check every file of geo/ (pieces, their names, backdrop, labels, places, events,\n\
             railways, regimes, uncertain borders), the pieces' geometry (overlaps,\n\
             self-intersections, holes) and that atlas.bin is up to date; list every\n\
             problem and exit 1 if there is any\n\
  compile    write atlas.bin, the compact form of the data the app starts from\n\
  who        read CSV rows lon,lat,date from stdin, one per line (ISO dates; lines may end in\n\
             CRLF, LF or CR; a first line naming the columns is a header; quoted fields, and\n\
             ';' separators with decimal commas, are read, the separator taken from the first\n\
             line that reads as a row); write lon,lat,date,piece,power,status,sovereign,event,\n\
             sphere for each (sphere: the spheres of influence over the point, `;` between\n\
             two); a point in the sea gets empty fields; a point off the map, and every other\n\
             bad row, is reported on stderr by line, so answers and messages add up to the\n\
             rows given; the exit code is then 1\n\
  questions  write the questions the page draws for a region (sakhalin, liaodong, manchuria,\n\
             korea, amur, mongolia, china, japan, siberia; default all), N of them (default\n\
             10) with seed S (default 1, as the link's q=S), as CSV for an answer key:\n\
             id,question,lon,lat,date,answer,event; `atlas who` on lon,lat,date gives the\n\
             answer (a power id; for \"when\" the date itself, for \"where\" the piece id)\n\
  keys       print every key the page answers to, where and what it does, as a Markdown\n\
             table in language L (en, ja, ru, zh, ko; default en): the README's key list";

/// Exit code when output could not be written.
const WRITE_FAILED: u8 = 3;

/// Runs the command with the process's arguments; the exit code says how it went.
pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // Rust's standard output quietly drops writes to a closed descriptor (`atlas who >&-`), so
    // every answer would be lost with a zero exit: refuse to start instead.
    if let Some(e) = stdout_closed() {
        return write_failed("to standard output", &e);
    }
    match args.first().map(String::as_str) {
        Some("validate") => validate(&args[1..]),
        Some("compile") => compile(&args[1..]),
        Some("who") if args.len() == 1 => who(),
        Some("questions") => questions(&args[1..]),
        Some("keys") => keys(&args[1..]),
        Some("--help" | "-h" | "help") => match writeln!(std::io::stdout(), "{USAGE}") {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => write_failed("the help", &e),
        },
        _ => {
            let _ = writeln!(std::io::stderr(), "{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Why standard output cannot be written, when it was closed.
///
/// Rust's runtime reopens a closed standard output on `/dev/null` before `main` (so writes
/// "succeed" and every answer would be lost with a zero exit). It opens it for reading and
/// writing, which no shell redirection does (`> /dev/null` opens for writing only), so that
/// combination marks an output that was closed.
#[cfg(unix)]
fn stdout_closed() -> Option<std::io::Error> {
    use std::os::unix::fs::MetadataExt;
    // SAFETY: fcntl(F_GETFL) and fstat on descriptor 1 only read its state into `stat`.
    let (flags, stat) = unsafe {
        let mut stat: libc::stat = std::mem::zeroed();
        let flags = libc::fcntl(1, libc::F_GETFL);
        (flags, (libc::fstat(1, &mut stat) == 0).then_some(stat))
    };
    let Some(stat) = stat.filter(|_| flags != -1) else {
        return Some(std::io::Error::last_os_error());
    };
    let null = std::fs::metadata("/dev/null").ok()?;
    // st_rdev's type differs between platforms; on Linux it is already u64.
    #[allow(clippy::useless_conversion)]
    let is_null =
        stat.st_mode & libc::S_IFMT == libc::S_IFCHR && u64::from(stat.st_rdev) == null.rdev();
    (is_null && flags & libc::O_ACCMODE == libc::O_RDWR)
        .then(|| std::io::Error::other("standard output is closed"))
}

/// Elsewhere a closed standard output shows up as a failed write.
#[cfg(not(unix))]
fn stdout_closed() -> Option<std::io::Error> {
    None
}

/// Says (if stderr still takes it) that output was lost, and fails.
fn write_failed(what: &str, e: &std::io::Error) -> ExitCode {
    let _ = writeln!(std::io::stderr(), "atlas: cannot write {what}: {e}");
    ExitCode::from(WRITE_FAILED)
}

/// The data directory named by `[--dir DIR]` (default `geo`), or `None` for bad arguments.
fn data_dir(args: &[String]) -> Option<String> {
    match args {
        [] => Some("geo".to_string()),
        [flag, dir] if flag == "--dir" => Some(dir.clone()),
        _ => None,
    }
}

/// Reads the data files in `dir`; on failure says which could not be read.
fn read_sources(dir: &str) -> Result<Sources<'static>, ExitCode> {
    Sources::read_dir(Path::new(dir)).map_err(|e| {
        let _ = writeln!(std::io::stderr(), "{e}");
        ExitCode::FAILURE
    })
}

/// Prints every problem and their count to stderr.
fn report(problems: &[DataError]) -> ExitCode {
    let mut err = std::io::stderr().lock();
    for p in problems {
        let _ = writeln!(err, "{p}");
    }
    let _ = writeln!(err, "{} problem(s) found", problems.len());
    ExitCode::FAILURE
}

/// Reads the data in the directory `[--dir DIR]` names and runs every check on it
/// (`atlas_data::load_checked`): `validate` and `compile` both start here.
fn checked_dataset(args: &[String]) -> Result<(String, Dataset), ExitCode> {
    let Some(dir) = data_dir(args) else {
        let _ = writeln!(std::io::stderr(), "{USAGE}");
        return Err(ExitCode::from(2));
    };
    let src = read_sources(&dir)?;
    let atlas = atlas_data::load_checked(&src).map_err(|p| report(&p))?;
    Ok((dir, atlas))
}

fn compile(args: &[String]) -> ExitCode {
    let (dir, atlas) = match checked_dataset(args) {
        Ok(found) => found,
        Err(code) => return code,
    };
    for (name, bytes) in atlas.compile().named() {
        let path = Path::new(&dir).join(name);
        if let Err(e) = std::fs::write(&path, &bytes) {
            return write_failed(&path.display().to_string(), &e);
        }
        if let Err(e) = writeln!(
            std::io::stdout(),
            "wrote {} ({} bytes)",
            path.display(),
            bytes.len()
        ) {
            return write_failed("the result", &e);
        }
    }
    ExitCode::SUCCESS
}

/// Whether `dir/atlas.bin` and the texts files are what `atlas compile` would write now; if
/// not, the message.
fn check_compiled(dir: &str, atlas: &Dataset) -> Result<(), String> {
    for (name, expected) in atlas.compile().named() {
        let path = Path::new(dir).join(name);
        match std::fs::read(&path) {
            Ok(bytes) if bytes == expected => {}
            Ok(_) => {
                return Err(format!(
                    "{}: out of date with the data; run `atlas compile`",
                    path.display()
                ))
            }
            Err(e) => {
                return Err(format!(
                    "{}: cannot read: {e}; run `atlas compile`",
                    path.display()
                ))
            }
        }
    }
    Ok(())
}

fn validate(args: &[String]) -> ExitCode {
    let (dir, atlas) = match checked_dataset(args) {
        Ok(found) => found,
        Err(code) => return code,
    };
    if let Err(message) = check_compiled(&dir, &atlas) {
        let _ = writeln!(std::io::stderr(), "{message}");
        return ExitCode::FAILURE;
    }
    let line = format!(
        "ok: {} pieces, valid and none overlapping; {} events; every piece held on every day {}..{}",
        atlas.pieces.len(),
        atlas.timeline.events().len(),
        atlas_core::model::Date::FIRST,
        atlas_core::model::Date::LAST
    );
    match writeln!(std::io::stdout(), "{line}") {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => write_failed("the result", &e),
    }
}

fn who() -> ExitCode {
    let atlas = match atlas_data::bundled::dataset() {
        Ok(a) => a,
        Err(problems) => {
            let mut err = std::io::stderr().lock();
            for p in &problems {
                let _ = writeln!(err, "{p}");
            }
            return ExitCode::FAILURE;
        }
    };
    let stdin = std::io::stdin().lock();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut err = std::io::stderr().lock();
    match answer_rows(&atlas, stdin, &mut out, &mut err) {
        Ok(0) => ExitCode::SUCCESS,
        Ok(bad) => {
            let _ = writeln!(err, "{bad} row(s) could not be answered");
            ExitCode::FAILURE
        }
        Err(WhoError::Read(e)) => {
            let _ = writeln!(err, "atlas who: cannot read the input: {e}");
            ExitCode::FAILURE
        }
        Err(WhoError::WriteAnswers(e)) => write_failed("the answers", &e),
        // stderr itself failed: nothing more can be said there, but the exit code tells.
        Err(WhoError::WriteMessages(_)) => ExitCode::from(WRITE_FAILED),
    }
}

/// `--region R --count N --seed S`, each optional, in any order.
fn question_args(args: &[String]) -> Option<(EventFilter, usize, u64)> {
    let (mut filter, mut count, mut seed) = (EventFilter::ALL, 10, 1);
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let value = it.next()?;
        match flag.as_str() {
            "--region" => filter.region = Some(Region::from_id(value)?),
            "--count" => count = value.parse().ok().filter(|n| (1..=1000).contains(n))?,
            "--seed" => seed = value.parse().ok()?,
            _ => return None,
        }
    }
    Some((filter, count, seed))
}

/// Every key the page answers to, as a Markdown table: where, which keys, what they do. Read
/// from the same key map as the page's key handler and its list of keys.
pub fn keys_markdown(lang: Lang) -> String {
    use atlas_core::keys::{key_label, Context};
    let w = lang.words();
    let mut out = format!("| {} | | |\n|---|---|---|\n", w.keys_title());
    for c in Context::ALL {
        for (i, b) in c.bindings().iter().enumerate() {
            let place = if i == 0 { w.key_context(c) } else { "" };
            let keys: Vec<String> = b
                .keys
                .iter()
                .map(|k| format!("`{}`", key_label(k)))
                .collect();
            out += &format!(
                "| {place} | {} | {} |\n",
                keys.join(" "),
                w.command(b.command)
            );
        }
    }
    out
}

fn keys(args: &[String]) -> ExitCode {
    let lang = match args {
        [] => Lang::En,
        [flag, l] if flag == "--lang" => match Lang::from_id(l) {
            Some(l) => l,
            None => {
                let _ = writeln!(
                    std::io::stderr(),
                    "atlas keys: no language {l:?} (en, ja, ru, zh, ko)"
                );
                return ExitCode::from(2);
            }
        },
        _ => {
            let _ = writeln!(std::io::stderr(), "{USAGE}");
            return ExitCode::from(2);
        }
    };
    match write!(std::io::stdout(), "{}", keys_markdown(lang)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => write_failed("the keys", &e),
    }
}

fn questions(args: &[String]) -> ExitCode {
    let Some((filter, count, seed)) = question_args(args) else {
        let _ = writeln!(std::io::stderr(), "{USAGE}");
        return ExitCode::from(2);
    };
    let (atlas, scene) = match atlas_data::bundled::dataset() {
        Ok(data) => (data.atlas(), data.scene()),
        Err(problems) => return report(&problems),
    };
    let words = Lang::En.lesson();
    let mut out = csv::Writer::from_writer(std::io::BufWriter::new(std::io::stdout().lock()));
    let mut write = || -> Result<(), csv::Error> {
        out.write_record(QUESTIONS_HEADER.split(','))?;
        for (n, q) in generate(&atlas, &scene, &filter, count, seed)
            .iter()
            .enumerate()
        {
            let text = words.question(&QuestionFacts {
                ask: q.ask,
                subject: &q.subject(&atlas, "en"),
                when: q.when(),
            });
            let answer = match q.answer {
                Answer::Power(p) => p.id().to_string(),
                Answer::Date(d) => d.to_string(),
                Answer::Piece(p) => atlas.pieces[p].id.clone(),
            };
            out.write_record([
                (n + 1).to_string(),
                text,
                format!("{}", q.point[0]),
                format!("{}", q.point[1]),
                q.date.to_string(),
                answer,
                atlas.timeline.events()[q.event].id.clone(),
            ])?;
        }
        out.flush()?;
        Ok(())
    };
    match write() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => write_failed("the questions", &std::io::Error::other(e)),
    }
}
