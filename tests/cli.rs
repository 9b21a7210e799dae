//! The `atlas` command as a user runs it.

use std::io::Write;
use std::process::{Command, Stdio};

fn atlas(args: &[&str], stdin: &str) -> (String, String, i32) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_atlas"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("atlas runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn who_answers_each_row_in_order_with_piece_power_status_sovereign_and_event() {
    let input = "lon,lat,date\n121.26,38.81,1899-01-01\n121.26,38.81,1906-01-01\n142.73,46.96,1875-08-21\n146.68,43.81,1855-02-07\n135.0,40.0,1900-01-01\n";
    let (out, err, code) = atlas(&["who"], input);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "lon,lat,date,piece,power,status,sovereign,event,sphere",
            "121.26,38.81,1899-01-01,kwantung,russia,lease,china,port_arthur_talienwan_lease,",
            "121.26,38.81,1906-01-01,kwantung,japan,lease,china,treaty_of_peking_1905,",
            "142.73,46.96,1875-08-21,sakhalin_south,shared,condominium,japan;russia,situation_in_1855,",
            "146.68,43.81,1855-02-07,kurils_south,japan,sovereign,japan,situation_in_1855,",
            "135.0,40.0,1900-01-01,,,,,,",
        ]
    );
}

#[test]
fn who_reports_bad_rows_by_line_answers_the_good_ones_and_fails() {
    let input = "126.98,37.57,1911-01-01\n126.98,north,1911-01-01\n126.98,37.57,1923-01-01\n126.98,37.57\n127.53,50.26,1859-01-01\n";
    let (out, err, code) = atlas(&["who"], input);
    assert_ne!(code, 0);
    assert_eq!(
        out.lines().count(),
        3,
        "header and the two good rows:\n{out}"
    );
    assert!(
        out.contains("126.98,37.57,1911-01-01,korea,japan,sovereign,japan,japan_korea_annexation")
    );
    assert!(out.contains(
        "127.53,50.26,1859-01-01,amur_left_bank,russia,sovereign,russia,treaty_of_aigun"
    ));
    for line in ["line 2:", "line 3:", "line 4:"] {
        assert!(err.contains(line), "{line} missing from:\n{err}");
    }
    assert!(err.contains("'north'") && err.contains("1923-01-01"));
}

#[test]
fn validate_passes_on_the_committed_data_and_lists_every_problem_in_a_broken_copy() {
    let (out, err, code) = atlas(&["validate"], "");
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("ok:"));

    let dir = std::env::temp_dir().join(format!("atlas-validate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // Every data file but the events, which the test breaks below.
    for f in frontier_atlas::data::DataFile::ALL
        .map(|f| f.file_name())
        .into_iter()
        .filter(|f| *f != "events.json")
    {
        std::fs::copy(format!("geo/{f}"), dir.join(f)).unwrap();
    }
    let events = std::fs::read_to_string("geo/events.json").unwrap();
    let broken = events
        .replacen("\"date\": \"1875-08-22\"", "\"date\": \"1845-08-22\"", 1)
        .replacen("\"piece\": \"korea\"", "\"piece\": \"koreaa\"", 1);
    std::fs::write(dir.join("events.json"), broken).unwrap();
    let (_, err, code) = atlas(&["validate", "--dir", dir.to_str().unwrap()], "");
    std::fs::remove_dir_all(&dir).unwrap();
    assert_ne!(code, 0);
    // Every problem, each naming the file and the event.
    assert!(
        err.contains("events.json: 'treaty_of_saint_petersburg_1875': date 1845-08-22 is outside"),
        "{err}"
    );
    assert!(err.contains("'koreaa', which is not a piece"), "{err}");
    assert!(err.contains("problem(s) found"), "{err}");
}

#[test]
fn who_takes_spreadsheet_csv_byte_order_mark_crlf_blank_lines_and_trailing_commas() {
    let input = "\u{feff}longitude,latitude,date\r\n\r\n121.26,38.81,1899-01-01,\r\n  142.73 , 46.96 , 1906-01-01 \r\n";
    let (out, err, code) = atlas(&["who"], input);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        [
            "lon,lat,date,piece,power,status,sovereign,event,sphere",
            "121.26,38.81,1899-01-01,kwantung,russia,lease,china,port_arthur_talienwan_lease,",
            "142.73,46.96,1906-01-01,sakhalin_south,japan,sovereign,japan,treaty_of_portsmouth_in_force,",
        ]
    );
}

#[test]
fn who_reports_a_line_that_is_not_text_and_goes_on() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_atlas"))
        .arg("who")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"121.26,38.81,1899-01-01\n12\xff,1,1900-01-01\n126.98,37.57,1911-01-01\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let (stdout, stderr) = (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    );
    assert!(!out.status.success());
    assert_eq!(
        stdout.lines().count(),
        3,
        "header and both good rows:\n{stdout}"
    );
    assert!(stderr.contains("line 2: not valid UTF-8"), "{stderr}");
}

#[test]
fn a_first_row_that_does_not_name_the_columns_is_a_row_not_a_header() {
    for first in ["x,38.81,1899-01-01", ",38.81,1899-01-01"] {
        let (out, err, code) = atlas(&["who"], &format!("{first}\n121.26,38.81,1906-01-01\n"));
        assert_eq!(code, 1, "{first}: a lost row must fail the run\n{err}");
        assert!(err.contains("line 1: longitude"), "{first}: {err}");
        assert!(err.contains(first), "{first}: the line is quoted: {err}");
        assert_eq!(out.lines().count(), 2, "header and the good row:\n{out}");
    }
    // A real header is still skipped, quoted or not, in any case.
    for header in [
        "lon,lat,date",
        "\"Longitude\",\"Latitude\",\"Date\"",
        "x,y,day",
    ] {
        let (out, err, code) = atlas(&["who"], &format!("{header}\n121.26,38.81,1906-01-01\n"));
        assert_eq!((code, out.lines().count()), (0, 2), "{header}: {err}");
    }
}

#[test]
fn quoted_fields_and_semicolon_files_are_read() {
    let quoted = "\"lon\",\"lat\",\"date\"\n\"121.26\",\"38.81\",\"1899-01-01\"\n\"126.98\", \"37.57\" ,\"1911-01-01\"\n";
    let (out, err, code) = atlas(&["who"], quoted);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out.lines().skip(1).collect::<Vec<_>>(),
        [
            "121.26,38.81,1899-01-01,kwantung,russia,lease,china,port_arthur_talienwan_lease,",
            "126.98,37.57,1911-01-01,korea,japan,sovereign,japan,japan_korea_annexation,",
        ]
    );
    // A European spreadsheet: semicolons, decimal commas.
    let semi = "lon;lat;date\r\n121,26;38,81;1899-01-01\r\n126.98;37.57;1911-01-01\r\n";
    let (out, err, code) = atlas(&["who"], semi);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out.lines().skip(1).collect::<Vec<_>>(),
        [
            "121.26,38.81,1899-01-01,kwantung,russia,lease,china,port_arthur_talienwan_lease,",
            "126.98,37.57,1911-01-01,korea,japan,sovereign,japan,japan_korea_annexation,",
        ]
    );
    // An unclosed quote is a bad row, reported, not the end of the run.
    let (out, err, code) = atlas(
        &["who"],
        "\"121.26,38.81,1899-01-01\n126.98,37.57,1911-01-01\n",
    );
    assert_eq!(code, 1);
    assert!(err.contains("line 1:"), "{err}");
    assert_eq!(out.lines().count(), 2, "{out}");
}

#[test]
fn a_huge_bad_line_is_quoted_short() {
    let huge = format!("1,2,{}\n", "x".repeat(10 * 1024 * 1024));
    let (_, err, code) = atlas(&["who"], &huge);
    assert_eq!(code, 1);
    let line = err.lines().next().expect("a message");
    assert!(line.starts_with("line 1:"), "{line}");
    assert!(
        line.chars().count() < 250,
        "the message is {} characters",
        line.chars().count()
    );
    // Each quote is at most 80 characters, the cut marked.
    assert!(line.contains(&format!("{}…", "x".repeat(79))), "{line}");
    assert!(!line.contains(&"x".repeat(81)), "{line}");
}

/// Runs atlas with stdout or stderr going to /dev/full (a disk that is always full).
fn to_full_disk(args: &[&str], stdin: &str, stream: &str) -> (String, Option<i32>) {
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full")
    };
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_atlas"));
    cmd.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped());
    if stream == "stdout" {
        cmd.stdout(full()).stderr(Stdio::piped());
    } else {
        cmd.stdout(Stdio::null()).stderr(full());
    }
    let mut child = cmd.spawn().expect("atlas runs");
    // A command that reads nothing may be gone before its input is written.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    let out = child.wait_with_output().unwrap();
    // code() is None when a signal (an abort) ended it.
    (
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

#[test]
fn output_that_cannot_be_written_fails_the_run_with_a_message_never_an_abort() {
    if !std::path::Path::new("/dev/full").exists() {
        eprintln!("no /dev/full on this system; skipped");
        return;
    }
    let rows = "121.26,38.81,1899-01-01\n";
    for (args, what) in [
        (&["who"][..], "the answers"),
        (&["--help"][..], "the help"),
        (&["validate"][..], "the result"),
    ] {
        let (err, code) = to_full_disk(args, rows, "stdout");
        assert_eq!(code, Some(3), "{args:?} > /dev/full: {err}");
        assert!(
            err.contains(&format!(
                "atlas: cannot write {what}: No space left on device"
            )),
            "{args:?}: {err}"
        );
    }
    // Messages that cannot be written: the run still ends with an exit code, not an abort.
    let (_, code) = to_full_disk(&["who"], "bad row\n", "stderr");
    assert_eq!(code, Some(3), "who 2> /dev/full");
    let (_, code) = to_full_disk(&["nonsense"], "", "stderr");
    assert_eq!(code, Some(2), "usage 2> /dev/full");
    let (_, code) = to_full_disk(&["who"], rows, "stderr");
    assert_eq!(code, Some(0), "nothing to say, nothing lost");
}

#[test]
fn validate_finds_compiled_files_out_of_date_and_compile_brings_them_up_to_date() {
    let dir = std::env::temp_dir().join(format!("atlas-compile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir("geo").unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
    // A fair edit to the English of an event: valid data, but the compiled files do not say it.
    let events = std::fs::read_to_string("geo/events.json").unwrap();
    let edited = events.replacen(
        "Sakhalin for the Kurils",
        "Sakhalin in exchange for the Kurils",
        1,
    );
    assert_ne!(edited, events);
    std::fs::write(dir.join("events.json"), edited).unwrap();
    let d = dir.to_str().unwrap();
    let (_, stale, stale_code) = atlas(&["validate", "--dir", d], "");
    let (wrote, _, compile_code) = atlas(&["compile", "--dir", d], "");
    let (ok, err, ok_code) = atlas(&["validate", "--dir", d], "");
    let compiled = std::fs::read(dir.join("atlas.bin")).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(stale_code, 1);
    assert!(
        stale.contains("atlas.bin: out of date with the data; run `atlas compile`"),
        "{stale}"
    );
    assert_eq!(compile_code, 0);
    assert!(
        wrote.contains("atlas.bin") && wrote.contains("texts-ko.bin"),
        "{wrote}"
    );
    assert_eq!(ok_code, 0, "{err}");
    assert!(ok.starts_with("ok:"));
    let atlas = frontier_atlas::wire::Compiled::decode(&compiled)
        .unwrap()
        .atlas;
    assert!(atlas
        .timeline
        .events()
        .iter()
        .any(|e| e.title.english().contains("in exchange for")));
}

#[test]
fn a_closed_standard_output_fails_the_run_never_a_silent_success() {
    for args in [&["who"][..], &["validate"][..], &["--help"][..]] {
        let out = Command::new("sh")
            .arg("-c")
            .arg(r#""$0" "$@" >&-"#)
            .arg(env!("CARGO_BIN_EXE_atlas"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdin(Stdio::null())
            .output()
            .expect("sh runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(3), "{args:?} >&-: {err}");
        assert!(
            err.contains("atlas: cannot write to standard output"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn macintosh_line_ends_lose_no_row_with_or_without_a_header() {
    let rows = "121.26,38.81,1899-01-01\r126.98,37.57,1911-01-01\r142.73,46.96,1875-08-21\r";
    for input in [format!("lon,lat,date\r{rows}"), rows.to_string()] {
        let (out, err, code) = atlas(&["who"], &input);
        assert_eq!(code, 0, "{err}");
        let answers: Vec<&str> = out.lines().skip(1).collect();
        assert_eq!(answers.len(), 3, "{input:?}\n{out}");
        assert!(answers[1].starts_with("126.98,37.57,1911-01-01,korea,japan,"));
    }
    // A bad row among CR lines is named by its line.
    let (out, err, code) = atlas(&["who"], "lon,lat,date\r121.26,38.81,1899-01-01\rx,1,1\r");
    assert_eq!((out.lines().count(), code), (2, 1), "{err}");
    assert!(
        err.starts_with("line 3: longitude 'x' is not a number"),
        "{err}"
    );
}

#[test]
fn messages_name_impossible_days_shorten_numbers_escape_controls_and_spot_points_off_the_map() {
    let input = "121.26,38.81,1855-02-29\n121.26,1e308,1900-01-01\n\u{1b}[2J,1,1900-01-01\n-30.0,40.0,1900-01-01\n";
    let (out, err, code) = atlas(&["who"], input);
    assert_eq!((out.lines().count(), code), (1, 1), "{out}");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines[0],
        "line 1: no such day: '1855-02-29' is not in the calendar: 121.26,38.81,1855-02-29"
    );
    assert_eq!(
        lines[1],
        "line 2: latitude 1e308 is outside -90..90: 121.26,1e308,1900-01-01"
    );
    assert!(!err.contains('\u{1b}'), "{err:?}");
    assert!(lines[2].contains("\\u{1b}[2J"), "{}", lines[2]);
    assert!(
        lines[3].starts_with("line 4: the point -30.0,40.0 is off the map"),
        "{}",
        lines[3]
    );
    assert_eq!(lines[4], "4 row(s) could not be answered");
    // The Sea of Japan is on the map, and answers as sea.
    let (out, _, code) = atlas(&["who"], "135.0,40.0,1900-01-01\n");
    assert_eq!(
        (out.lines().nth(1), code),
        (Some("135.0,40.0,1900-01-01,,,,,,"), 0)
    );
}

#[test]
fn the_separator_comes_from_the_first_line_that_reads_as_a_row() {
    let input = "note; exported from sheet\n121,26;38,81;1899-01-01\n126.98,37.57,1911-01-01\n";
    let (out, err, code) = atlas(&["who"], input);
    assert_eq!(code, 1);
    assert!(err.starts_with("line 1: "), "{err}");
    assert!(
        out.contains("121.26,38.81,1899-01-01,kwantung,russia,lease"),
        "{out}"
    );
    // Once `;` is the separator, a comma line is a bad row, not a silent guess.
    assert!(err.contains("line 3: "), "{err}");
}

#[test]
fn compile_refuses_what_validate_refuses_and_writes_nothing() {
    let dir = std::env::temp_dir().join(format!("atlas-compile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for f in frontier_atlas::data::DataFile::ALL.map(|f| f.file_name()) {
        std::fs::copy(format!("geo/{f}"), dir.join(f)).unwrap();
    }
    std::fs::copy("geo/atlas.bin", dir.join("atlas.bin")).unwrap();
    let events = std::fs::read_to_string("geo/events.json").unwrap();
    let first_url = events.find("\"url\": \"").expect("a source") + "\"url\": \"".len();
    let end = first_url + events[first_url..].find('"').unwrap();
    let broken = format!(
        "{}javascript:alert(1){}",
        &events[..first_url],
        &events[end..]
    );
    std::fs::write(dir.join("events.json"), broken).unwrap();
    let dir_arg = dir.to_str().unwrap();
    let (_, validate_err, validate_code) = atlas(&["validate", "--dir", dir_arg], "");
    let (out, err, code) = atlas(&["compile", "--dir", dir_arg], "");
    let compiled = std::fs::read(dir.join("atlas.bin")).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!((validate_code, code), (1, 1), "{out}");
    assert!(
        err.contains("source 'javascript:alert(1)' is not a web address"),
        "{err}"
    );
    assert_eq!(err, validate_err, "the same checks, the same messages");
    assert_eq!(
        compiled,
        std::fs::read("geo/atlas.bin").unwrap(),
        "nothing written"
    );
}

#[test]
fn who_names_the_spheres_of_influence_over_a_point() {
    let input = "123.433,41.792,1913-01-01\n126.641,45.758,1913-01-01\n126.978,37.566,1905-01-01\n139.751,35.684,1913-01-01\n123.433,41.792,1906-01-01\n";
    let (out, err, code) = atlas(&["who"], input);
    assert_eq!(code, 0, "{err}");
    let spheres: Vec<Vec<&str>> = out
        .lines()
        .skip(1)
        .map(|l| {
            let mut s: Vec<&str> = l.rsplit(',').next().unwrap().split(';').collect();
            s.retain(|x| !x.is_empty());
            s.sort();
            s
        })
        .collect();
    // Mukden: Japan's South Manchuria (1907 convention) and the Russian railway sphere north of
    // the Great Wall (1899 notes), each as `geo/spheres.geojson` draws them.
    assert!(spheres[0].contains(&"south_manchuria_japan"), "{out}");
    assert!(spheres[1].contains(&"north_manchuria_russia_1912"), "{out}");
    assert!(spheres[2].contains(&"korea_japan"), "{out}");
    assert!(spheres[3].is_empty(), "Tokyo is in no one's sphere: {out}");
    assert!(
        !spheres[4].contains(&"south_manchuria_japan"),
        "not before 1907: {out}"
    );
}

#[test]
fn the_readme_lists_every_key_as_the_page_answers_to_them() {
    let (out, err, code) = atlas(&["keys"], "");
    assert_eq!(code, 0, "{err}");
    // Every binding of the key map is a row, in the order of the list on the page.
    let rows = out.lines().filter(|l| l.starts_with("| ")).count() - 1;
    let bindings: usize = atlas_core::keys::Context::ALL
        .iter()
        .map(|c| c.bindings().len())
        .sum();
    assert_eq!(rows, bindings, "{out}");
    assert!(
        out.contains("| Presenting | `Page Down` | Next change |"),
        "{out}"
    );
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme
        .find("<!-- keys: atlas keys -->\n")
        .expect("README marks its key list");
    let listed = &readme[start + "<!-- keys: atlas keys -->\n".len()..];
    let listed = &listed[..listed
        .find("<!-- /keys -->")
        .expect("README ends its key list")];
    assert_eq!(
        listed, out,
        "README's key list is out of date: paste `atlas keys` into it"
    );
    let (ja, _, code) = atlas(&["keys", "--lang", "ja"], "");
    assert_eq!(code, 0);
    assert!(
        ja.contains("| 発表モード | `Page Down` | 次の変化 |"),
        "{ja}"
    );
    let (_, err, code) = atlas(&["keys", "--lang", "xx"], "");
    assert_eq!(code, 2);
    assert!(err.contains("no language \"xx\""), "{err}");
}
