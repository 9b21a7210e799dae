//! The committed timeline against the history it encodes: each test names what it checks and
//! looks on both sides of the change.

use frontier_atlas::data::{bundled, DataFile, Dataset as Atlas};
use frontier_atlas::model::{Control, Date, Power, Status};

fn atlas() -> Atlas {
    bundled::dataset().expect("geo/ passes validation")
}

fn at(a: &Atlas, piece: &str, date: &str) -> Control {
    let d = Date::parse(date).unwrap();
    a.timeline
        .control_of(piece, d)
        .unwrap_or_else(|| panic!("no control of {piece} on {date}"))
}

fn power(a: &Atlas, piece: &str, date: &str) -> Power {
    at(a, piece, date).power
}

fn event_id<'a>(a: &'a Atlas, piece: &str, date: &str) -> &'a str {
    &a.timeline.events()[at(a, piece, date).event].id
}

/// The one piece that contains a point (a town), by its drawn outline.
fn piece_at(a: &Atlas, lon: f64, lat: f64) -> String {
    let hits: Vec<&str> = a
        .pieces
        .iter()
        .filter(|p| {
            p.polygons
                .iter()
                .any(|poly| frontier_atlas::carto::contains::polygon_contains(poly, [lon, lat]))
        })
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(hits.len(), 1, "{lon} {lat} lies in {hits:?}");
    hits[0].to_string()
}

/// Who holds a point on a date, and how: (power, status).
fn held_at(a: &Atlas, lon: f64, lat: f64, date: &str) -> (Power, Status) {
    let c = at(a, &piece_at(a, lon, lat), date);
    (c.power, c.status)
}

#[test]
fn shikotan_and_iturup_are_japanese_under_shimoda_and_urup_russian() {
    let a = atlas();
    assert_eq!(power(&a, "kurils_south", "1855-02-07"), Power::Japan);
    // Shimoda recognised the line already held, so it moves nothing: the 1855 situation stands.
    assert_eq!(
        event_id(&a, "kurils_south", "1855-02-07"),
        "situation_in_1855"
    );
    let shimoda = &a.timeline.events()[a.timeline.event_index("treaty_of_shimoda").unwrap()];
    assert!(shimoda.changes.is_empty() && shimoda.about.iter().any(|p| p == "kurils_south"));
    assert_eq!(power(&a, "kurils_north", "1855-02-07"), Power::Russia);
    assert_eq!(power(&a, "kurils_north", "1875-08-21"), Power::Russia);
}

#[test]
fn sakhalin_is_shared_until_the_exchange_of_1875_then_russian() {
    let a = atlas();
    let before = at(&a, "sakhalin_south", "1875-08-21");
    assert_eq!(
        (
            before.power,
            before.status,
            before.sovereign.to_string().as_str()
        ),
        (Power::Shared, Status::Condominium, "japan;russia")
    );
    assert_eq!(power(&a, "sakhalin_south", "1875-08-22"), Power::Russia);
    assert_eq!(power(&a, "sakhalin_north", "1875-08-22"), Power::Russia);
    assert_eq!(
        event_id(&a, "sakhalin_north", "1880-01-01"),
        "treaty_of_saint_petersburg_1875"
    );
}

#[test]
fn all_the_kurils_are_japanese_after_saint_petersburg() {
    let a = atlas();
    assert_eq!(power(&a, "kurils_north", "1875-08-22"), Power::Japan);
    assert_eq!(power(&a, "kurils_north", "1922-12-31"), Power::Japan);
    assert_eq!(power(&a, "kurils_south", "1922-12-31"), Power::Japan);
}

#[test]
fn the_amur_left_bank_is_russian_from_aigun_and_the_ussuri_lands_shared_until_peking() {
    let a = atlas();
    assert_eq!(power(&a, "amur_left_bank", "1858-05-27"), Power::China);
    assert_eq!(power(&a, "amur_left_bank", "1858-05-28"), Power::Russia);
    assert_eq!(power(&a, "ussuri_sea", "1858-05-27"), Power::China);
    let shared = at(&a, "ussuri_sea", "1860-11-13");
    assert_eq!(
        (shared.power, shared.sovereign.to_string().as_str()),
        (Power::Shared, "china;russia")
    );
    assert_eq!(power(&a, "ussuri_sea", "1860-11-14"), Power::Russia);
}

#[test]
fn the_sixty_four_villages_stay_under_qing_jurisdiction_until_1900() {
    let a = atlas();
    let c = at(&a, "sixty_four_villages", "1899-01-01");
    assert_eq!((c.power, c.status), (Power::China, Status::Enclave));
    assert_eq!(
        power(&a, "sixty_four_villages", "1900-07-17"),
        Power::Russia
    );
}

#[test]
fn liaodong_is_japanese_from_the_1894_campaign_and_returns_to_china_after_retrocession() {
    let a = atlas();
    assert_eq!(power(&a, "liaodong_yalu", "1894-10-29"), Power::China);
    assert_eq!(power(&a, "liaodong_yalu", "1894-10-30"), Power::Japan);
    assert_eq!(power(&a, "kwantung", "1894-11-20"), Power::China);
    let occupied = at(&a, "kwantung", "1894-11-21");
    assert_eq!(
        (occupied.power, occupied.status),
        (Power::Japan, Status::Occupation)
    );
    assert_eq!(power(&a, "liaodong_haicheng", "1894-12-13"), Power::Japan);
    // One rule for treaties: a change of title alone dates from entry into force, so the cession
    // of Shimonoseki takes effect with the exchange of ratifications on 8 May, not the signing.
    assert_eq!(
        at(&a, "liaodong_1895", "1895-05-07").status,
        Status::Occupation
    );
    assert_eq!(
        at(&a, "liaodong_1895", "1895-05-08").status,
        Status::Sovereign
    );
    assert_eq!(
        event_id(&a, "liaodong_1895", "1895-05-08"),
        "treaty_of_shimonoseki"
    );
    assert_eq!(
        power(&a, "liaodong_1895", "1895-11-08"),
        Power::Japan,
        "the convention alone did not hand it back"
    );
    for piece in [
        "kwantung",
        "kwantung_dalny",
        "neutral_zone_south",
        "neutral_zone_1898",
        "liaodong_yalu",
        "liaodong_1895",
        "liaodong_haicheng",
    ] {
        assert_eq!(power(&a, piece, "1895-12-20"), Power::Japan, "{piece}");
        assert_eq!(power(&a, piece, "1895-12-21"), Power::China, "{piece}");
    }
}

#[test]
fn the_neutral_zone_is_chinese_but_marked_from_the_additional_agreement() {
    let a = atlas();
    assert_eq!(
        at(&a, "neutral_zone_1898", "1898-05-06").status,
        Status::Sovereign
    );
    let z = at(&a, "neutral_zone_1898", "1898-05-07");
    assert_eq!((z.power, z.status), (Power::China, Status::NeutralZone));
}

#[test]
fn manchuria_falls_to_russia_province_by_province_in_1900_and_the_south_west_returns_in_1902() {
    let a = atlas();
    for (piece, day_before, day) in [
        ("heilongjiang", "1900-08-27", "1900-08-28"),
        ("jilin", "1900-09-22", "1900-09-23"),
        ("fengtian_mukden", "1900-09-30", "1900-10-01"),
        ("fengtian_southwest", "1900-09-29", "1900-09-30"),
    ] {
        assert_eq!(power(&a, piece, day_before), Power::China, "{piece}");
        let occupied = at(&a, piece, day);
        assert_eq!(
            (
                occupied.power,
                occupied.status,
                occupied.sovereign.to_string().as_str()
            ),
            (Power::Russia, Status::Occupation, "china"),
            "{piece}"
        );
    }
    assert_eq!(power(&a, "fengtian_southwest", "1902-10-07"), Power::Russia);
    assert_eq!(power(&a, "fengtian_southwest", "1902-10-08"), Power::China);
    assert_eq!(
        power(&a, "fengtian_southwest", "1905-01-01"),
        Power::China,
        "neutral in the war"
    );
}

#[test]
fn the_japanese_front_moves_north_through_1904_and_1905() {
    let a = atlas();
    let steps = [
        ("liaodong_yalu", "1904-05-07"),
        ("kwantung_dalny", "1904-05-30"),
        // Telissu (Wafangdian) was won on 15 June 1904 (Brinkley, Japan, vol. 6, p. 344); the
        // neutral zone no longer waits for Yingkou.
        ("neutral_zone_1898", "1904-06-15"),
        ("liaodong_1895", "1904-07-25"),
        ("fengtian_liaoyang", "1904-09-04"),
        ("fengtian_shaho", "1904-10-17"),
        ("kwantung", "1905-01-03"),
        ("fengtian_mukden", "1905-03-10"),
    ];
    for (piece, day) in steps {
        let d = Date::parse(day).unwrap();
        let before = Date::from_days(d.days() - 1).to_string();
        assert_eq!(
            power(&a, piece, &before),
            Power::Russia,
            "{piece} before {day}"
        );
        assert_eq!(
            at(&a, piece, day).status,
            Status::Occupation,
            "{piece} on {day}"
        );
        assert_eq!(power(&a, piece, day), Power::Japan, "{piece} on {day}");
    }
    // Changchun, Harbin and the north stayed Russian until both armies left.
    for piece in ["jilin", "heilongjiang", "fengtian_north"] {
        assert_eq!(power(&a, piece, "1905-09-05"), Power::Russia, "{piece}");
        assert_eq!(power(&a, piece, "1907-04-14"), Power::Russia, "{piece}");
        assert_eq!(power(&a, piece, "1907-04-15"), Power::China, "{piece}");
    }
    assert_eq!(power(&a, "fengtian_mukden", "1906-12-05"), Power::Japan);
    assert_eq!(power(&a, "fengtian_mukden", "1906-12-06"), Power::China);
}

#[test]
fn south_sakhalin_is_japanese_after_portsmouth_and_the_north_russian_again() {
    let a = atlas();
    assert_eq!(power(&a, "sakhalin_south", "1905-07-07"), Power::Russia);
    assert_eq!(
        at(&a, "sakhalin_south", "1905-07-08").status,
        Status::Occupation
    );
    assert_eq!(
        at(&a, "sakhalin_south", "1905-10-15").status,
        Status::Sovereign
    );
    assert_eq!(power(&a, "sakhalin_south", "1906-01-01"), Power::Japan);
    assert_eq!(power(&a, "sakhalin_north", "1905-07-30"), Power::Russia);
    assert_eq!(power(&a, "sakhalin_north", "1905-07-31"), Power::Japan);
    assert_eq!(power(&a, "sakhalin_north", "1905-11-12"), Power::Japan);
    assert_eq!(power(&a, "sakhalin_north", "1905-11-13"), Power::Russia);
    assert_eq!(power(&a, "sakhalin_north", "1906-01-01"), Power::Russia);
}

#[test]
fn korea_is_a_protectorate_from_eulsa_and_annexed_in_1910() {
    let a = atlas();
    assert_eq!(power(&a, "korea", "1905-11-16"), Power::Korea);
    let p = at(&a, "korea", "1905-11-17");
    assert_eq!(
        (p.power, p.status, p.sovereign.to_string().as_str()),
        (Power::Japan, Status::Protectorate, "korea")
    );
    assert_eq!(at(&a, "korea", "1910-08-28").status, Status::Protectorate);
    let annexed = at(&a, "korea", "1910-08-29");
    assert_eq!(
        (annexed.power, annexed.status),
        (Power::Japan, Status::Sovereign)
    );
}

#[test]
fn north_sakhalin_is_occupied_by_japan_from_april_1920() {
    let a = atlas();
    assert_eq!(power(&a, "sakhalin_north", "1920-04-20"), Power::Russia);
    let c = at(&a, "sakhalin_north", "1920-04-21");
    assert_eq!(
        (c.power, c.status, c.sovereign.to_string().as_str()),
        (Power::Japan, Status::Occupation, "russia")
    );
}

/// Control by a plain scan of `geo/events.json` as written, independent of `Timeline`: the last
/// change to `piece` dated on or before `date`, as (power, status, sovereign, presence, event).
fn scan(
    raw: &serde_json::Value,
    piece: &str,
    date: Date,
) -> Option<(String, String, String, String, String)> {
    let mut found = None;
    for e in raw["events"].as_array().unwrap() {
        if Date::parse(e["date"].as_str().unwrap()).unwrap() > date {
            continue;
        }
        for c in e["changes"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["piece"] == piece)
        {
            let power = c["power"].as_str().unwrap().to_string();
            let mut sovereign: Vec<String> = match c["sovereign"].as_array() {
                Some(list) => list
                    .iter()
                    .map(|p| p.as_str().unwrap().to_string())
                    .collect(),
                None => vec![power.clone()],
            };
            sovereign.sort();
            let presence = c["presence"].as_str().unwrap_or("").to_string();
            found = Some((
                power,
                c["status"].as_str().unwrap().to_string(),
                sovereign.join(";"),
                presence,
                e["id"].as_str().unwrap().to_string(),
            ));
        }
    }
    found
}

#[test]
fn control_at_agrees_with_a_plain_scan_and_changes_only_on_event_dates() {
    let a = atlas();
    let raw: serde_json::Value =
        serde_json::from_str(bundled::sources().get(DataFile::Events).1).unwrap();
    for (i, piece) in a.timeline.pieces().iter().enumerate() {
        let change_dates: Vec<Date> = a
            .timeline
            .events()
            .iter()
            .filter(|e| e.changes.iter().any(|c| &c.piece == piece))
            .map(|e| e.date)
            .collect();
        let mut prev = None;
        let mut d = Date::FIRST;
        while d <= Date::LAST {
            let c = a.timeline.control_at(i, d).expect("held every day");
            let got = (c.power, c.status, c.sovereign.to_string());
            // Only every 7th day against the scan (it is slow), but every day for the rest.
            if d.days() % 7 == 0 {
                let full = (
                    c.power.to_string(),
                    c.status.to_string(),
                    c.sovereign.to_string(),
                    c.presence.map(|p| p.to_string()).unwrap_or_default(),
                    a.timeline.events()[c.event].id.clone(),
                );
                assert_eq!(Some(full), scan(&raw, piece, d), "{piece} on {d}");
            }
            if let Some(p) = prev.replace(got.clone()) {
                if p != got {
                    assert!(
                        change_dates.contains(&d),
                        "{piece} changes on {d}, which is no event of it"
                    );
                }
            }
            d = Date::from_days(d.days() + 1);
        }
    }
}

#[test]
fn every_event_changes_something_or_says_where_and_is_cited() {
    let a = atlas();
    for e in a.timeline.events() {
        assert!(e.pieces().next().is_some(), "{} points at no piece", e.id);
        assert!(
            e.sources.iter().all(|s| s.url().starts_with("http")),
            "{}",
            e.id
        );
        assert!(e.text.english().len() > 80, "{} needs an explanation", e.id);
    }
}

#[test]
fn japanese_troops_in_korea_in_1904_are_a_presence_not_a_change_of_control() {
    let a = atlas();
    assert_eq!(at(&a, "korea", "1904-02-08").presence, None);
    let during = at(&a, "korea", "1904-02-09");
    assert_eq!(
        (during.power, during.presence),
        (Power::Korea, Some(Power::Japan))
    );
    let protectorate = at(&a, "korea", "1905-11-17");
    assert_eq!(
        (protectorate.power, protectorate.presence),
        (Power::Japan, None)
    );
}

#[test]
fn the_siberian_intervention_leaves_primorye_russian_with_japanese_troops_until_october_1922() {
    let a = atlas();
    for piece in ["ussuri_sea", "primorye_south"] {
        assert_eq!(at(&a, piece, "1918-04-04").presence, None, "{piece}");
        let c = at(&a, piece, "1920-04-06");
        assert_eq!(
            (c.power, c.presence),
            (Power::Russia, Some(Power::Japan)),
            "{piece}"
        );
    }
    // Japan pulled back from Khabarovsk in 1920 and held the south until October 1922.
    assert_eq!(
        at(&a, "ussuri_sea", "1920-09-19").presence,
        Some(Power::Japan)
    );
    assert_eq!(at(&a, "ussuri_sea", "1920-09-20").presence, None);
    assert_eq!(
        at(&a, "primorye_south", "1922-10-24").presence,
        Some(Power::Japan)
    );
    assert_eq!(at(&a, "primorye_south", "1922-10-25").presence, None);
}

#[test]
fn railways_run_under_russia_then_the_southern_line_under_japan_and_china_takes_the_cer_zone_in_1920(
) {
    let a = atlas();
    let op = |id: &str, day: &str| {
        let r = a
            .railways
            .iter()
            .find(|r| r.id == id)
            .unwrap_or_else(|| panic!("no railway {id}"));
        r.operator_at(Date::parse(day).unwrap())
    };
    assert_eq!(op("cer_main", "1901-11-02"), None, "not yet open");
    assert_eq!(op("cer_main", "1901-11-03"), Some(Power::Russia));
    assert_eq!(op("cer_main", "1920-10-01"), Some(Power::Russia));
    assert_eq!(op("cer_main", "1920-10-02"), Some(Power::China));
    // The southern line passed to Japan section by section, as the war moved north, and the
    // stretch north of the last front only in 1906.
    for (id, last_russian, first_japanese) in [
        ("south_branch_dalny_jinzhou", "1904-07-25", "1904-07-26"),
        ("south_branch_jinzhou_pulandian", "1904-07-31", "1904-08-01"),
        (
            "south_branch_pulandian_wafangdian",
            "1904-08-11",
            "1904-08-12",
        ),
        (
            "south_branch_wafangdian_liaoyang",
            "1904-09-03",
            "1904-09-04",
        ),
        ("south_branch_liaoyang_mukden", "1905-03-09", "1905-03-10"),
        (
            "south_branch_changtu_gongzhuling",
            "1906-05-30",
            "1906-05-31",
        ),
        (
            "south_branch_gongzhuling_kuanchengzi",
            "1906-07-31",
            "1906-08-01",
        ),
        ("yingkou_spur", "1904-07-24", "1904-07-25"),
        ("port_arthur_spur", "1905-01-02", "1905-01-03"),
    ] {
        assert_eq!(op(id, "1903-07-14"), Some(Power::Russia), "{id}");
        assert_eq!(op(id, last_russian), Some(Power::Russia), "{id}");
        assert_eq!(op(id, first_japanese), Some(Power::Japan), "{id}");
    }
    assert_eq!(
        op("south_branch_gongzhuling_kuanchengzi", "1905-10-15"),
        Some(Power::Russia),
        "Portsmouth alone did not hand over the line north of the front"
    );
    assert_eq!(
        op("cer_south_harbin_kuanchengzi", "1910-01-01"),
        Some(Power::Russia),
        "north of Kuanchengzi stayed Russian"
    );
    assert_eq!(op("antung_mukden", "1905-12-14"), None);
    assert_eq!(op("antung_mukden", "1911-11-01"), Some(Power::Japan));
}

#[test]
fn the_turning_points_that_moved_no_border_are_events_with_their_places() {
    let a = atlas();
    for (id, date, piece) in [
        ("triple_intervention_1895", "1895-04-23", "kwantung"),
        ("battle_of_tsushima_1905", "1905-05-27", "korea"),
        (
            "treaty_of_portsmouth_signed",
            "1905-09-05",
            "sakhalin_south",
        ),
    ] {
        let i = a
            .timeline
            .event_index(id)
            .unwrap_or_else(|| panic!("no event {id}"));
        let e = &a.timeline.events()[i];
        assert_eq!(e.date.to_string(), date);
        assert!(e.changes.is_empty(), "{id} moves no border");
        assert!(e.about.iter().any(|p| p == piece), "{id} is about {piece}");
        let d = Date::parse(date).unwrap();
        assert_eq!(
            a.timeline.events_in_force(d),
            &[i],
            "{id} is the event in force on {date}"
        );
        assert_eq!(
            a.timeline.next_event_date(Date::from_days(d.days() - 1)),
            Some(d)
        );
    }
    // Portsmouth signed on 5 September moves nothing: the south is still occupied, not ceded.
    assert_eq!(
        at(&a, "sakhalin_south", "1905-09-05").status,
        Status::Occupation
    );
}

#[test]
fn stepping_lands_on_every_event_date_even_several_in_one_year() {
    let a = atlas();
    let mut d = Date::FIRST;
    let mut visited = vec![d];
    while let Some(next) = a.timeline.next_event_date(d) {
        assert!(next > d);
        visited.push(next);
        d = next;
    }
    let mut all: Vec<Date> = a.timeline.events().iter().map(|e| e.date).collect();
    all.dedup();
    assert_eq!(visited, all);
    let in_1904 = visited.iter().filter(|d| d.year() == 1904).count();
    assert!(in_1904 >= 6, "only {in_1904} steps in 1904");
    // And back again.
    let mut back = vec![d];
    while let Some(prev) = a.timeline.previous_event_date(d) {
        back.push(prev);
        d = prev;
    }
    back.reverse();
    assert_eq!(back, all);
}

#[test]
fn haicheng_falls_on_3_august_1904_a_month_before_liaoyang() {
    let a = atlas();
    assert_eq!(power(&a, "liaodong_haicheng", "1904-08-02"), Power::Russia);
    let taken = at(&a, "liaodong_haicheng", "1904-08-03");
    assert_eq!(
        (taken.power, taken.status),
        (Power::Japan, Status::Occupation)
    );
    assert_eq!(
        event_id(&a, "liaodong_haicheng", "1904-08-03"),
        "haicheng_occupied_1904"
    );
    assert_eq!(power(&a, "fengtian_liaoyang", "1904-09-03"), Power::Russia);
}

#[test]
fn kwantung_is_occupied_until_china_consents_to_the_transfer_on_22_december_1905() {
    let a = atlas();
    for piece in ["kwantung", "kwantung_dalny"] {
        let before = at(&a, piece, "1905-12-21");
        assert_eq!(
            (before.power, before.status),
            (Power::Japan, Status::Occupation),
            "{piece}"
        );
        assert_eq!(
            at(&a, piece, "1905-10-15").status,
            Status::Occupation,
            "{piece}: Portsmouth alone"
        );
        let lease = at(&a, piece, "1905-12-22");
        assert_eq!(
            (
                lease.power,
                lease.status,
                lease.sovereign.to_string().as_str()
            ),
            (Power::Japan, Status::Lease, "china"),
            "{piece}"
        );
        assert_eq!(event_id(&a, piece, "1906-01-01"), "treaty_of_peking_1905");
    }
}

#[test]
fn the_neutral_zone_outlives_the_war_under_japan_s_inherited_rights() {
    let a = atlas();
    for piece in ["neutral_zone_1898", "neutral_zone_south"] {
        assert_eq!(
            at(&a, piece, "1906-12-05").status,
            Status::Occupation,
            "{piece}"
        );
        let after = at(&a, piece, "1906-12-06");
        assert_eq!(
            (after.power, after.status),
            (Power::China, Status::NeutralZone),
            "{piece}"
        );
        assert_eq!(
            at(&a, piece, "1922-12-31").status,
            Status::NeutralZone,
            "{piece}"
        );
    }
}

#[test]
fn japanese_troops_stand_in_the_amur_oblast_from_september_1918_to_february_1920() {
    let a = atlas();
    for piece in ["amur_left_bank", "sixty_four_villages"] {
        assert_eq!(at(&a, piece, "1918-09-17").presence, None, "{piece}");
        let c = at(&a, piece, "1918-09-18");
        assert_eq!(
            (c.power, c.presence),
            (Power::Russia, Some(Power::Japan)),
            "{piece}"
        );
        assert_eq!(
            at(&a, piece, "1920-02-05").presence,
            Some(Power::Japan),
            "{piece}"
        );
        assert_eq!(at(&a, piece, "1920-02-06").presence, None, "{piece}");
    }
}

#[test]
fn korea_stays_a_protectorate_with_korean_title_through_1907_until_annexation() {
    let a = atlas();
    for day in ["1907-07-24", "1907-08-01", "1910-08-28"] {
        let c = at(&a, "korea", day);
        assert_eq!(
            (c.power, c.status, c.sovereign.to_string().as_str()),
            (Power::Japan, Status::Protectorate, "korea"),
            "{day}"
        );
    }
    // The Japanese landing of June 1894 and the Nikolayevsk incident of March 1920 are no longer
    // cards: the first begins the outline of Japanese troops in Korea (to May 1896), the second
    // ends that of the Nikolayevsk garrison (the third review, 2026).
    for id in [
        "japan_korea_convention_1907",
        "korean_army_disbanded",
        "treaty_of_ganghwa_1876",
        "imo_incident_1882",
        "convention_of_tianjin_1885",
        "gyeongbokgung_seized_1894",
        "sakhalin_arrangement_1867",
        "kwantung_lease_extended_1915",
        "jiandao_office_1907",
        "jiandao_convention_1909",
        "april_incident_1920",
        "treaty_of_shimonoseki_signed",
    ] {
        let e = a.timeline.event_index(id).map(|i| &a.timeline.events()[i]);
        assert!(
            e.is_some_and(|e| e.changes.is_empty() && !e.about.is_empty()),
            "{id}: a card, no change"
        );
    }
}

#[test]
fn uncertain_dates_say_why() {
    let a = atlas();
    let uncertain: Vec<&str> = a
        .timeline
        .events()
        .iter()
        .filter(|e| e.confidence != frontier_atlas::model::Confidence::High)
        .map(|e| e.id.as_str())
        .collect();
    for id in [
        "russian_capture_of_jinzhou_liaoxi",
        "haicheng_occupied_1904",
        "soviet_power_amur_1920",
    ] {
        assert!(uncertain.contains(&id), "{id} is uncertain");
    }
    for e in a.timeline.events() {
        assert_eq!(
            e.confidence != frontier_atlas::model::Confidence::High,
            e.uncertainty.is_some(),
            "{}",
            e.id
        );
    }
}

#[test]
fn the_lower_amur_is_russian_run_before_aigun_and_occupied_by_japan_in_1920_22() {
    let a = atlas();
    let before = at(&a, "lower_amur", "1855-01-01");
    assert_eq!(
        (
            before.power,
            before.status,
            before.sovereign.to_string().as_str()
        ),
        (Power::Russia, Status::Occupation, "china"),
        "Nikolayevsk and Mariinsk were Russian before the Qing ceded the land"
    );
    assert_eq!(at(&a, "amur_left_bank", "1855-01-01").power, Power::China);
    assert_eq!(at(&a, "lower_amur", "1858-05-28").status, Status::Sovereign);
    // Japanese troops reached Nikolayevsk when the ice broke up, in the first days of June 1920
    // (FRUS 1920 vol. III doc. 570: the force was to wait at Alexandrovsk for the ice to clear);
    // the declaration of 3 July only announced the occupation.
    for (day, holder) in [
        ("1920-06-02", Power::Russia),
        ("1920-06-03", Power::Japan),
        ("1920-11-01", Power::Russia),
        ("1921-03-21", Power::Japan),
        ("1922-09-26", Power::Japan),
        ("1922-09-27", Power::Russia),
    ] {
        assert_eq!(power(&a, "lower_amur", day), holder, "{day}");
    }
}

#[test]
fn each_part_of_liaodong_falls_in_1894_95_on_its_own_day() {
    let a = atlas();
    for (piece, last_chinese, taken) in [
        ("neutral_zone_xiuyan", "1894-11-17", "1894-11-18"),
        ("kwantung", "1894-11-20", "1894-11-21"),
        ("liaodong_1895", "1894-12-12", "1894-12-13"),
        ("liaodong_gaizhou", "1895-01-09", "1895-01-10"),
        ("neutral_zone_1898", "1895-01-09", "1895-01-10"),
        ("liaodong_yingkou", "1895-03-05", "1895-03-06"),
    ] {
        assert_eq!(power(&a, piece, last_chinese), Power::China, "{piece}");
        assert_eq!(power(&a, piece, taken), Power::Japan, "{piece}");
    }
}

#[test]
fn in_1900_yingkou_aigun_and_hailar_fall_weeks_before_the_provincial_capitals() {
    let a = atlas();
    for (piece, day_before, day) in [
        ("heilongjiang_amur", "1900-08-01", "1900-08-02"),
        ("hulunbuir", "1900-08-01", "1900-08-02"),
        ("liaodong_yingkou", "1900-08-03", "1900-08-04"),
    ] {
        assert_eq!(power(&a, piece, day_before), Power::China, "{piece}");
        assert_eq!(power(&a, piece, day), Power::Russia, "{piece}");
    }
    assert_eq!(
        power(&a, "heilongjiang", "1900-08-27"),
        Power::China,
        "Qiqihar still Chinese"
    );
    assert_eq!(
        power(&a, "fengtian_mukden", "1900-09-30"),
        Power::China,
        "Mukden still Chinese"
    );
}

#[test]
fn the_land_beyond_the_willow_palisade_is_never_occupied() {
    let a = atlas();
    for day in ["1855-01-01", "1901-01-01", "1905-01-01"] {
        let c = at(&a, "rehe", day);
        assert_eq!(
            (c.power, c.status),
            (Power::China, Status::Sovereign),
            "{day}"
        );
    }
    assert_eq!(power(&a, "fengtian_north", "1901-01-01"), Power::Russia);
}

#[test]
fn hulunbuir_and_outer_mongolia_follow_their_own_governments() {
    let a = atlas();
    assert_eq!(power(&a, "hulunbuir", "1907-04-15"), Power::China);
    assert_eq!(power(&a, "hulunbuir", "1912-01-14"), Power::China);
    assert_eq!(power(&a, "hulunbuir", "1912-01-15"), Power::Mongolia);
    assert_eq!(power(&a, "hulunbuir", "1915-11-06"), Power::China);
    for (day, p) in [
        ("1911-11-30", Power::China),
        ("1911-12-01", Power::Mongolia),
        ("1919-11-22", Power::China),
        ("1921-02-04", Power::Mongolia),
    ] {
        assert_eq!(power(&a, "mongolia", day), p, "{day}");
    }
    assert_eq!(
        at(&a, "mongolia", "1921-07-06").presence,
        Some(Power::Russia)
    );
}

// --- The third review (2026): findings that change who holds a point -------------------------

#[test]
fn in_1900_haicheng_and_the_railway_towns_are_russian_by_mid_august() {
    // F4: Fleisher's column took Haicheng on 28 July O.S. = 10 August 1900 (Ivanov's diary); the
    // railway corridor from the lease to Dashiqiao was held by the attack on Yingkou, 4 August.
    let a = atlas();
    for (lon, lat, town) in [
        (122.748, 40.852, "Haicheng"),
        (122.0, 39.63, "Wafangdian"),
        (122.356, 40.405, "Gaizhou"),
    ] {
        assert_eq!(
            held_at(&a, lon, lat, "1900-08-20"),
            (Power::Russia, Status::Occupation),
            "{town}"
        );
        assert_eq!(
            held_at(&a, lon, lat, "1900-07-20").0,
            Power::China,
            "{town}"
        );
    }
    assert_eq!(
        event_id(&a, "liaodong_haicheng", "1900-08-10"),
        "russians_take_haicheng_1900"
    );
    assert_eq!(power(&a, "liaodong_haicheng", "1900-08-09"), Power::China);
}

#[test]
fn nikolayevsk_is_japanese_from_the_landing_of_june_1920_not_the_july_declaration() {
    // F5: the relief force reached Nikolayevsk in the first days of June 1920 (FRUS 1920 vol. III
    // doc. 570; the declaration of 3 July is its promulgation date).
    let a = atlas();
    assert_eq!(
        held_at(&a, 140.723, 53.147, "1920-06-10"),
        (Power::Japan, Status::Occupation)
    );
    let i = a
        .timeline
        .event_index("japanese_occupation_lower_amur_1920")
        .unwrap();
    let e = &a.timeline.events()[i];
    assert_eq!(e.date.to_string(), "1920-06-03");
    assert!(e
        .other_dates
        .iter()
        .any(|d| d.date.to_string() == "1920-07-03"));
}

#[test]
fn the_towns_of_the_kwantung_lease_fall_on_their_own_days_in_both_wars() {
    // F1: Second Army landed east of Pitzuwo from 24 Oct 1894 and took Kinchow on 6 Nov,
    // Talienwan on 7 Nov (Inouye, Concise History, 1895); in 1904 it landed from 5 May and cut
    // the railway near Pulandian on the 6th (Brinkley and Kikuchi 1915; Nozhin 1908), took
    // Kinchow and Nanshan on 26 May and Dalny on 30 May (Brinkley, Japan, vol. 6, p. 344).
    let a = atlas();
    let jinzhou = (121.717, 39.10);
    let pikou = (122.35, 39.40);
    let pulandian = (121.971, 39.402);
    let dalian = (121.602, 38.912);
    let occupied = (Power::Japan, Status::Occupation);
    assert_eq!(held_at(&a, pikou.0, pikou.1, "1894-10-23").0, Power::China);
    assert_eq!(held_at(&a, pikou.0, pikou.1, "1894-10-30"), occupied);
    assert_eq!(
        held_at(&a, jinzhou.0, jinzhou.1, "1894-11-05").0,
        Power::China
    );
    assert_eq!(held_at(&a, jinzhou.0, jinzhou.1, "1894-11-07"), occupied);
    assert_eq!(held_at(&a, dalian.0, dalian.1, "1894-11-08"), occupied);
    assert_eq!(
        held_at(&a, jinzhou.0, jinzhou.1, "1904-05-25"),
        (Power::Russia, Status::Lease)
    );
    assert_eq!(held_at(&a, jinzhou.0, jinzhou.1, "1904-05-27"), occupied);
    for (lon, lat) in [pikou, pulandian] {
        assert_eq!(
            held_at(&a, lon, lat, "1904-05-05"),
            (Power::Russia, Status::Lease)
        );
        assert_eq!(held_at(&a, lon, lat, "1904-05-10"), occupied);
    }
    assert_eq!(
        held_at(&a, 122.2, 39.5, "1904-05-10"),
        occupied,
        "just north of the lease line"
    );
    assert_eq!(
        held_at(&a, dalian.0, dalian.1, "1904-05-29"),
        (Power::Russia, Status::Lease)
    );
}

#[test]
fn antung_telissu_motienling_and_tieling_fall_on_their_own_days() {
    // F1: Antung found deserted on 26 Oct 1894 (Inouye); the Russians driven from Jiuliancheng on
    // 1 May 1904 (Kuroki's report, Rensselaer Semi-Weekly Republican, 6 May 1904); Telissu
    // 14-15 June and the Motienling 27 June 1904 (Brinkley, vol. 6, pp. 344-345); Tieling 16 March
    // 1905 (The Spectator, 18 March 1905).
    let a = atlas();
    let occupied = (Power::Japan, Status::Occupation);
    let antung = (124.395, 40.129);
    assert_eq!(held_at(&a, antung.0, antung.1, "1894-10-27"), occupied);
    assert_eq!(
        held_at(&a, antung.0, antung.1, "1904-04-30").0,
        Power::Russia
    );
    assert_eq!(held_at(&a, antung.0, antung.1, "1904-05-03"), occupied);
    assert_eq!(
        held_at(&a, 122.0, 39.63, "1904-06-20"),
        occupied,
        "Wafangdian"
    );
    assert_eq!(
        held_at(&a, 123.6, 40.84, "1904-07-01"),
        occupied,
        "Motienling"
    );
    let tieling = (123.841, 42.293);
    assert_eq!(
        held_at(&a, tieling.0, tieling.1, "1905-03-14"),
        (Power::Russia, Status::Occupation)
    );
    assert_eq!(held_at(&a, tieling.0, tieling.1, "1905-03-17"), occupied);
}

#[test]
fn port_arthur_siege_ground_is_japanese_from_30_july_1904() {
    // F2: Stoessel's report of the attack on the Wolf Hills at 4 a.m. on 30 July 1904 (The Herald,
    // 19 Aug 1904); from then the Russians held only the forts and their advanced works.
    let a = atlas();
    assert_eq!(
        held_at(&a, 121.45, 38.95, "1904-07-29"),
        (Power::Russia, Status::Lease)
    );
    assert_eq!(
        held_at(&a, 121.45, 38.95, "1904-09-01"),
        (Power::Japan, Status::Occupation)
    );
    assert_eq!(
        held_at(&a, 121.26, 38.81, "1904-09-01"),
        (Power::Russia, Status::Lease),
        "the fortress holds out"
    );
    assert_eq!(
        held_at(&a, 121.26, 38.81, "1905-01-03"),
        (Power::Japan, Status::Occupation)
    );
}

#[test]
fn fengtian_west_of_the_liao_is_evacuated_in_1902_and_kangping_is_japanese_in_1905() {
    // F3: the 1902 convention evacuated Fengtian 'up to the Liao' (FRUS 1902, doc. 234); Japanese
    // troops were at Fakumen in March 1905 (Otago Witness, 15 Mar 1905) and on the
    // Jinjiatun-Kangping line in May; Zhangwu lay beyond it.
    let a = atlas();
    let kangping = (123.35, 42.75);
    let zhangwu = (122.53, 42.38);
    for (lon, lat) in [kangping, zhangwu] {
        assert_eq!(held_at(&a, lon, lat, "1901-06-01").0, Power::Russia);
        assert_eq!(
            held_at(&a, lon, lat, "1903-06-01"),
            (Power::China, Status::Sovereign)
        );
    }
    assert_eq!(
        held_at(&a, kangping.0, kangping.1, "1905-06-01"),
        (Power::Japan, Status::Occupation)
    );
    assert_eq!(
        held_at(&a, zhangwu.0, zhangwu.1, "1905-06-01"),
        (Power::China, Status::Sovereign)
    );
    assert_eq!(
        held_at(&a, kangping.0, kangping.1, "1907-01-01"),
        (Power::China, Status::Sovereign)
    );
}

#[test]
fn alexandrovsk_is_japanese_from_the_landing_of_24_july_1905_and_again_in_april_1920() {
    // F6: the landings at Aleksandrovsk and Arkovo on 24 July 1905, a week before the surrender
    // (Project MUSE chapter on the Sakhalin campaign). F10: occupied again in April 1920.
    let a = atlas();
    let alexandrovsk = (142.163, 50.896);
    assert_eq!(
        held_at(&a, alexandrovsk.0, alexandrovsk.1, "1905-07-23").0,
        Power::Russia
    );
    assert_eq!(
        held_at(&a, alexandrovsk.0, alexandrovsk.1, "1905-07-27"),
        (Power::Japan, Status::Occupation)
    );
    assert_eq!(
        held_at(&a, 143.0, 51.0, "1905-07-27").0,
        Power::Russia,
        "the interior until the surrender of 31 July"
    );
    assert_eq!(
        held_at(&a, alexandrovsk.0, alexandrovsk.1, "1920-04-22"),
        (Power::Japan, Status::Occupation)
    );
}

#[test]
fn the_right_bank_of_the_lower_amur_is_held_in_common_from_aigun_to_peking() {
    // F8: Aigun Art. 1 (vostlit doc. 12) left the lands between the Ussuri and the sea in common;
    // De-Kastri and Mariinsk stood on them. The map has no status for Russian-held land under a
    // shared title, so it draws them as the Ussuri lands are drawn, a condominium (geo/history-review-3.md).
    let a = atlas();
    let de_kastri = (140.77, 51.475);
    let c = at(&a, &piece_at(&a, de_kastri.0, de_kastri.1), "1859-01-01");
    assert_eq!(
        (c.power, c.sovereign.to_string().as_str()),
        (Power::Shared, "china;russia")
    );
    assert_eq!(
        held_at(&a, de_kastri.0, de_kastri.1, "1855-06-01"),
        (Power::Russia, Status::Occupation)
    );
    assert_eq!(
        held_at(&a, de_kastri.0, de_kastri.1, "1860-11-14"),
        (Power::Russia, Status::Sovereign)
    );
    assert_eq!(
        held_at(&a, 140.723, 53.147, "1859-01-01"),
        (Power::Russia, Status::Sovereign),
        "Nikolayevsk, on the ceded left bank"
    );
}

#[test]
fn japanese_troops_are_present_in_korea_from_june_1894_to_the_komura_weber_memorandum() {
    // FRUS 1894, appendix I, docs. 13 and 16: Japanese marines in Seoul from 10 June 1894; the
    // Komura-Weber memorandum of 14 May 1896 (AJIL Supplement 1, p. 216) reduced them to guards.
    let a = atlas();
    assert_eq!(at(&a, "korea", "1894-06-09").presence, None);
    let c = at(&a, "korea", "1895-01-01");
    assert_eq!(
        (c.power, c.status, c.presence),
        (Power::Korea, Status::Sovereign, Some(Power::Japan))
    );
    assert_eq!(at(&a, "korea", "1896-05-13").presence, Some(Power::Japan));
    assert_eq!(at(&a, "korea", "1896-05-14").presence, None);
    assert_eq!(at(&a, "korea", "1904-02-08").presence, None);
}

#[test]
fn khabarovsk_has_japanese_troops_from_september_1918_not_the_april_landing() {
    // F16: the April 1918 landing was at Vladivostok only (The Spectator, 13 April 1918);
    // Japanese and White troops entered Khabarovsk on 5 September 1918.
    let a = atlas();
    let khabarovsk = (135.097, 48.462);
    for day in ["1918-06-01", "1918-09-04"] {
        let c = at(&a, &piece_at(&a, khabarovsk.0, khabarovsk.1), day);
        assert_eq!((c.power, c.presence), (Power::Russia, None), "{day}");
    }
    let c = at(&a, &piece_at(&a, khabarovsk.0, khabarovsk.1), "1918-10-01");
    assert_eq!(
        (c.power, c.status, c.presence),
        (Power::Russia, Status::Sovereign, Some(Power::Japan))
    );
    assert_eq!(
        at(&a, "primorye_south", "1918-06-01").presence,
        Some(Power::Japan),
        "Vladivostok from April"
    );
}

#[test]
fn nikolayevsk_has_a_japanese_garrison_from_september_1918_until_the_incident_of_march_1920() {
    // F16: a Japanese garrison at Nikolayevsk from September 1918 (FRUS 1920 vol. III doc. 570,
    // 'the Japanese guards in the locality'), destroyed from 12 March 1920.
    let a = atlas();
    for (lon, lat) in [(140.723, 53.147), (140.77, 51.475)] {
        let p = piece_at(&a, lon, lat);
        assert_eq!(at(&a, &p, "1918-08-31").presence, None, "{p}");
        let c = at(&a, &p, "1919-06-01");
        assert_eq!(
            (c.power, c.status, c.presence),
            (Power::Russia, Status::Sovereign, Some(Power::Japan)),
            "{p}"
        );
        assert_eq!(at(&a, &p, "1920-03-11").presence, Some(Power::Japan), "{p}");
        let c = at(&a, &p, "1920-04-01");
        assert_eq!((c.power, c.presence), (Power::Russia, None), "{p}");
    }
}

#[test]
fn japanese_troops_are_present_in_jilin_during_the_jiandao_expedition() {
    // The Jiandao expedition of October 1920 - May 1921 (D. Ku, Transactions of the RAS Korea
    // Branch 55, 1980): China kept its officials, so a presence on Chinese Jilin.
    let a = atlas();
    assert_eq!(at(&a, "jilin", "1920-10-06").presence, None);
    let c = at(&a, "jilin", "1920-12-01");
    assert_eq!(
        (c.power, c.status, c.presence),
        (Power::China, Status::Sovereign, Some(Power::Japan))
    );
    assert_eq!(at(&a, "jilin", "1921-06-01").presence, None);
}

#[test]
fn weihaiwei_is_japanese_then_british_on_lease_from_1_july_1898() {
    // Japanese from the surrender of 17 Feb 1895 (JACAR); the Japanese left and British marines
    // landed on 21 May 1898 (Marlborough Express, 28 July 1898, from the Shanghai Mercury); the
    // convention of 1 July 1898 (AJIL Supplement 4, p. 298) took effect on signature.
    let a = atlas();
    let (lon, lat) = (122.12, 37.50);
    assert_eq!(piece_at(&a, lon, lat), "weihaiwei");
    assert_eq!(held_at(&a, lon, lat, "1895-02-16").0, Power::China);
    assert_eq!(
        held_at(&a, lon, lat, "1896-01-01"),
        (Power::Japan, Status::Occupation)
    );
    assert_eq!(
        held_at(&a, lon, lat, "1898-06-01"),
        (Power::Britain, Status::Occupation)
    );
    let c = at(&a, "weihaiwei", "1900-01-01");
    assert_eq!(
        (c.power, c.status, c.sovereign.to_string().as_str()),
        (Power::Britain, Status::Lease, "china")
    );
    assert_eq!(power(&a, "weihaiwei", "1922-12-31"), Power::Britain);
}

#[test]
fn kiautschou_is_german_then_japanese_and_chinese_again_from_10_december_1922() {
    // German occupation 14 Nov 1897 and lease 6 Mar 1898 (Rockhill 1904, p. 50); Tsingtao
    // surrendered 7 Nov 1914 (The Spectator, 14 Nov 1914); handed back at noon on 10 Dec 1922
    // (agreement of 1 Dec 1922, Chronicle and Directory for China, 1926, p. 263).
    let a = atlas();
    let (lon, lat) = (120.32, 36.07);
    assert_eq!(piece_at(&a, lon, lat), "kiautschou");
    assert_eq!(
        held_at(&a, lon, lat, "1897-12-01"),
        (Power::Germany, Status::Occupation)
    );
    assert_eq!(
        held_at(&a, lon, lat, "1900-01-01"),
        (Power::Germany, Status::Lease)
    );
    assert_eq!(
        held_at(&a, lon, lat, "1915-01-01"),
        (Power::Japan, Status::Occupation)
    );
    assert_eq!(held_at(&a, lon, lat, "1922-12-09").0, Power::Japan);
    assert_eq!(
        held_at(&a, lon, lat, "1922-12-31"),
        (Power::China, Status::Sovereign)
    );
}

#[test]
fn port_hamilton_has_a_british_presence_in_1886_while_korea_governs() {
    // The Royal Navy at Port Hamilton 15 Apr 1885 - 27 Feb 1887 (Royle 2016; FRUS 1887 doc. 206).
    let a = atlas();
    let c = at(&a, "port_hamilton", "1886-01-01");
    assert_eq!(
        (c.power, c.status, c.presence),
        (Power::Korea, Status::Sovereign, Some(Power::Britain))
    );
    assert_eq!(at(&a, "port_hamilton", "1885-04-14").presence, None);
    assert_eq!(at(&a, "port_hamilton", "1887-02-27").presence, None);
    // It shares the rest of Korea's history.
    assert_eq!(
        at(&a, "port_hamilton", "1895-01-01").presence,
        Some(Power::Japan)
    );
    assert_eq!(power(&a, "port_hamilton", "1910-08-29"), Power::Japan);
}

#[test]
fn tsushima_has_a_russian_presence_in_1861_while_the_domain_governs() {
    // The Posadnik at Imosaki from 13 March to 19 September 1861 (Lensen 1959).
    let a = atlas();
    let c = at(&a, "tsushima", "1861-06-01");
    assert_eq!(
        (c.power, c.status, c.presence),
        (Power::Japan, Status::Sovereign, Some(Power::Russia))
    );
    assert_eq!(at(&a, "tsushima", "1861-03-12").presence, None);
    assert_eq!(at(&a, "tsushima", "1861-09-19").presence, None);
}
