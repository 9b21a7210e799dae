//! The lesson tools against the data: every question `atlas questions` prints is answered the
//! same by `atlas who`, in every region; the same seed gives the same questions from the
//! compiled data the page starts from; a twelve-stop tour fits in a link a mail keeps.

use frontier_atlas::data::bundled;
use frontier_atlas::lesson::questions::{generate, Answer, Ask};
use frontier_atlas::lesson::tour::{self, Stop, Tour};
use frontier_atlas::link::ViewSpec;
use frontier_atlas::model::{Date, EventFilter, Region};
use frontier_atlas::scene::focus::FocusView;
use frontier_atlas::wire::Compiled;
use std::io::Write;
use std::process::{Command, Stdio};

fn atlas(args: &[&str], stdin: &str) -> String {
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
    assert!(
        out.status.success(),
        "atlas {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Splits a CSV line of `atlas questions`, whose question may be quoted.
fn fields(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                out.last_mut().unwrap().push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(String::new()),
            (c, _) => out.last_mut().unwrap().push(c),
        }
    }
    out
}

#[test]
fn every_generated_answer_is_what_atlas_who_answers() {
    let mut regions: Vec<Option<&str>> = vec![None];
    regions.extend(["sakhalin", "liaodong", "manchuria", "korea", "amur"].map(Some));
    let data = bundled::shared();
    let mut checked = 0;
    for region in regions {
        for seed in ["1", "1905"] {
            let mut args = vec!["questions", "--count", "12", "--seed", seed];
            if let Some(r) = region {
                args.extend(["--region", r]);
            }
            let out = atlas(&args, "");
            let mut lines = out.lines();
            assert_eq!(lines.next(), Some("id,question,lon,lat,date,answer,event"));
            let rows: Vec<Vec<String>> = lines.map(fields).collect();
            assert!(rows.len() >= 4, "{args:?}: only {} questions", rows.len());
            // Ask atlas who the day itself and, for "when", the day before.
            let mut input = String::from("lon,lat,date\n");
            for r in &rows {
                input.push_str(&format!("{},{},{}\n", r[2], r[3], r[4]));
                let before = Date::from_days(Date::parse(&r[4]).unwrap().days() - 1);
                input.push_str(&format!("{},{},{before}\n", r[2], r[3]));
            }
            let who = atlas(&["who"], &input);
            let answers: Vec<Vec<&str>> = who
                .lines()
                .skip(1)
                .map(|l| l.split(',').collect())
                .collect();
            for (k, r) in rows.iter().enumerate() {
                let (on, before) = (&answers[2 * k], &answers[2 * k + 1]);
                let (piece, power) = (on[3], on[4]);
                let answer = r[5].as_str();
                if Date::parse(answer).is_ok() {
                    // "When did X become P?": P holds it from that day and not the day before.
                    assert_eq!(answer, r[4], "{r:?}");
                    let p = r[1].rsplit(' ').next().unwrap();
                    assert_ne!(before[4], power, "{r:?}: already held the day before");
                    assert!(!p.is_empty());
                } else if r[1].starts_with("Where") {
                    assert_eq!(piece, answer, "{r:?}");
                    assert!(r[1].contains(&capitalised(power)), "{r:?}: held by {power}");
                } else {
                    assert_eq!(power, answer, "{r:?}: atlas who says {on:?}");
                }
                assert_eq!(on[7], r[6], "{r:?}: the event that explains it");
                checked += 1;
            }
            if let Some(r) = region {
                // Every question is about the region asked for.
                for (k, row) in rows.iter().enumerate() {
                    let p = data.timeline.piece_index(answers[2 * k][3]).unwrap();
                    assert_eq!(data.areas.of_piece(p).region.id(), r, "{row:?}");
                }
            }
        }
    }
    assert!(checked > 100, "{checked}");
}

fn capitalised(id: &str) -> String {
    let mut c = id.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

#[test]
fn the_page_draws_the_same_questions_from_its_compiled_data() {
    let data = bundled::shared();
    let (atlas, scene) = bundled::shared_map();
    let compiled = Compiled::decode(&data.compile().atlas).unwrap();
    for region in [None, Some(Region::Sakhalin), Some(Region::Korea)] {
        let filter = EventFilter::region(region);
        let native = generate(atlas, scene, &filter, 10, 42);
        let page = generate(&compiled.atlas, &compiled.scene, &filter, 10, 42);
        assert_eq!(native, page, "{region:?}");
        assert_ne!(native, generate(atlas, scene, &filter, 10, 43));
    }
}

#[test]
fn the_example_questions_are_answered_as_history_has_them() {
    let (atlas, scene) = bundled::shared_map();
    let all = (0..200u64).flat_map(|seed| generate(atlas, scene, &EventFilter::ALL, 12, seed));
    let area = |id: &str| atlas.areas.all().iter().position(|a| a.id == id).unwrap();
    let mut seen = (false, false);
    for q in all {
        match q.ask {
            Ask::WhenBecame { area: a, power } if a == area("sakhalin_south") => {
                // Shared until 1875, Russian from the exchange, Japanese from the landing.
                let day = match power {
                    frontier_atlas::model::Power::Russia => "1875-08-22",
                    frontier_atlas::model::Power::Japan => "1905-07-08",
                    other => panic!("{other:?}"),
                };
                assert_eq!(q.answer, Answer::Date(Date::parse(day).unwrap()));
                seen.0 |= power == frontier_atlas::model::Power::Japan;
            }
            Ask::WhichPower { area: a, .. } if a == area("kwantung") && q.date.year() == 1899 => {
                assert_eq!(
                    q.answer,
                    Answer::Power(frontier_atlas::model::Power::Russia)
                );
                seen.1 = true;
            }
            _ => {}
        }
    }
    assert!(seen.0 && seen.1, "{seen:?}");
}

#[test]
fn a_twelve_stop_tour_with_200_character_notes_fits_in_2000_characters() {
    // Notes as a teacher writes them: different for each stop, 200 characters each.
    let notes = [
        "Shimoda: Japan and Russia draw their first border between Iturup and Urup. Sakhalin is left undivided. Ask: why would both sides accept a shared island rather than fight over it in 1855? Note it.",
        "Aigun: Russia takes the left bank of the Amur from a Qing court busy with the Taiping war and the British and French. Point to the Amur and Blagoveshchensk. Which river is now the border here, then?",
        "Peking 1860: the land between the Ussuri and the sea goes to Russia, and Vladivostok is founded. The Qing loses its coast on the Sea of Japan. Compare the map with 1858 and say what changed, and why.",
        "Saint Petersburg 1875: Sakhalin for the Kurils. Japan gives up its claim on the island and takes the whole Kuril chain instead. Ask the class who gained more from this exchange, and what each wanted.",
        "Ganghwa 1876: Japan forces Korea open, the way the Americans had opened Japan twenty years before. No border moves, but Korea's place between China and Japan begins to shift. Watch Korea from here.",
        "Shimonoseki 1895: China cedes Liaodong to Japan after a short war, and Korea is declared independent of China. Look at the yellow land in Liaodong: then press Next and see it handed back within weeks.",
        "The Triple Intervention: Russia, Germany and France make Japan return Liaodong. Three years later Russia leases the same tip for itself. How would a Japanese newspaper reader in 1898 have felt?",
        "1900: the Boxer war spreads to Manchuria and Russian troops occupy the whole of it, from the Amur to Port Arthur. Look at the pattern over Manchuria: occupation, not annexation. What is the difference?",
        "February 1904: talks fail and Japan strikes at Port Arthur and lands in Korea. Follow the front north along the railway from Dalny to Liaoyang and Mukden over the next year, stop by stop, date by date.",
        "Portsmouth 1905: Russia hands Japan the Kwantung lease, the southern railway and South Sakhalin, below 50 degrees north. Korea is left to Japan. Find the new border on Sakhalin and name the treaty line.",
        "1910: Japan annexes Korea after five years as a protectorate. Compare 1905 and 1910 side by side: the colour is the same, the pattern is not. What does that tell us about how Japan ruled before 1910?",
        "1918 to 1922: Japanese troops in Siberia during the Russian civil war, the last to leave in October 1922. Why did Japan stay longest of the Allies? End of the tour: which change mattered most to you?",
    ];
    let tour = Tour {
        title: "Manchuria, Korea and Sakhalin 1855–1922".into(),
        stops: notes
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let mut n = n.to_string();
                while n.chars().count() < 200 {
                    n.push_str(" Discuss it in pairs.");
                }
                let n: String = n.chars().take(200).collect();
                Stop {
                    view: if i % 2 == 0 {
                        ViewSpec::Focus(FocusView::Liaodong)
                    } else {
                        ViewSpec::Box([121.5, 38.7, 123.25, 40.125])
                    },
                    note: n,
                    ..Stop::at(Date::from_days(Date::FIRST.days() + 1500 * i as i32))
                }
            })
            .collect(),
    };
    let bytes = tour::encode(&tour);
    // Level 6, zlib's default, which the browser's CompressionStream uses.
    let compressed = miniz_oxide::deflate::compress_to_vec(&bytes, 6);
    let link = format!(
        "https://frontier-atlas.example.org/#tour={}",
        tour::link_value(&compressed)
    );
    assert!(link.len() <= 2000, "{} characters", link.len());
    // And it reads back whole.
    let (data, problems) = tour::read_link_value(link.split("#tour=").nth(1).unwrap()).unwrap();
    assert!(problems.is_empty());
    let raw = miniz_oxide::inflate::decompress_to_vec(&data).unwrap();
    assert_eq!(tour::decode(&raw, true), (tour, vec![]));
}
