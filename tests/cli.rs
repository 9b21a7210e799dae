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
            "lon,lat,date,piece,power,status,sovereign,event",
            "121.26,38.81,1899-01-01,kwantung,russia,lease,china,port_arthur_talienwan_lease",
            "121.26,38.81,1906-01-01,kwantung,japan,lease,china,treaty_of_peking_1905",
            "142.73,46.96,1875-08-21,sakhalin_south,shared,condominium,japan;russia,situation_in_1855",
            "146.68,43.81,1855-02-07,kurils_south,japan,sovereign,japan,situation_in_1855",
            "135.0,40.0,1900-01-01,,,,,",
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
    for f in [
        "pieces.geojson",
        "piece_names.json",
        "backdrop.geojson",
        "labels.geojson",
        "places.geojson",
        "railways.geojson",
        "regimes.json",
        "borders.json",
    ] {
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
            "lon,lat,date,piece,power,status,sovereign,event",
            "121.26,38.81,1899-01-01,kwantung,russia,lease,china,port_arthur_talienwan_lease",
            "142.73,46.96,1906-01-01,sakhalin_south,japan,sovereign,japan,treaty_of_portsmouth_in_force",
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
