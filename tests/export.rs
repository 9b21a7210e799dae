//! The saved picture (`export::map_svg`): self-contained, and carrying what a slide or a handout
//! needs (title, date, legend, the change in force, attribution) in the language asked for.

use frontier_atlas::carto::paint::PaintMode;
use frontier_atlas::data::bundled;
use frontier_atlas::export::{base64, full_view, map_svg, Finish, Picture, Sheet};
use frontier_atlas::model::Date;
use frontier_atlas::words::Lang;

fn picture(date: &str, lang: Lang, font: Option<&[u8]>, legend: bool) -> String {
    let sheet = if legend { Sheet::Picture } else { Sheet::Paper };
    picture_of(date, lang, font, sheet, Finish::Colour, full_view())
}

fn picture_of(
    date: &str,
    lang: Lang,
    font: Option<&[u8]>,
    sheet: Sheet,
    finish: Finish,
    view: [f64; 4],
) -> String {
    let (atlas, scene) = bundled::shared_map();
    let layout = scene.label_layout(atlas, lang.id(), 1.0);
    map_svg(&Picture {
        atlas,
        scene,
        layout: &layout,
        date: Date::parse(date).unwrap(),
        lang,
        view,
        font,
        font_missing: false,
        paint: PaintMode::Screen,
        text_scale: 1.0,
        sheet,
        finish,
    })
}

#[test]
fn the_picture_needs_nothing_from_outside() {
    let svg = picture("1905-09-05", Lang::En, None, true);
    assert!(svg.starts_with(r#"<svg xmlns="http://www.w3.org/2000/svg""#));
    assert!(svg.ends_with("</svg>"));
    for outside in [
        "href=\"http",
        "<link",
        "@import",
        "<image",
        "<style",
        "class=\"",
    ] {
        assert!(!svg.contains(outside), "the picture contains {outside}");
    }
    // Every url(#…) it uses is defined in it.
    for id in svg
        .split("url(#")
        .skip(1)
        .map(|s| &s[..s.find(')').unwrap()])
    {
        assert!(
            svg.contains(&format!("id=\"{id}\"")),
            "url(#{id}) is not defined"
        );
    }
    // Tags balance (the file opens in any SVG viewer).
    let opens =
        svg.matches('<').count() - svg.matches("</").count() * 2 - svg.matches("/>").count();
    assert_eq!(opens, 0, "unbalanced tags");
}

#[test]
fn the_picture_has_title_date_legend_change_and_attribution() {
    let svg = picture("1905-09-05", Lang::En, None, true);
    for want in [
        "Frontier Atlas",
        "5 September 1905",
        ">1905<",
        "Leased territory",
        "Peace signed at Portsmouth",
        "Natural Earth",
        "Port Arthur",
    ] {
        assert!(svg.contains(want), "the picture lacks {want}");
    }
    let ja = picture("1905-09-05", Lang::Ja, None, true);
    assert!(ja.contains("1905年9月5日") && ja.contains(r#"lang="ja""#));
    // On paper, a key of what is in view instead (the full legend prints on the next page):
    // short words, only what the map shows.
    let paper = picture("1905-09-05", Lang::En, None, false);
    assert!(!paper.contains("Who held the land") && paper.contains("5 September 1905"));
    for shown in ["power-japan", "power-russia", "status-lease", "railway"] {
        assert!(
            paper.contains(&format!(r#"data-entry="{shown}""#)),
            "the key lacks {shown}"
        );
    }
    assert!(
        !paper.contains(r#"data-entry="status-neutral_zone""#),
        "no neutral zone in 1905"
    );
}

/// Every `<pattern …>` opening tag whose id starts with `prefix`.
fn patterns(svg: &str, prefix: &str) -> Vec<String> {
    svg.split("<pattern ")
        .skip(1)
        .map(|p| p[..p.find('>').unwrap()].to_string())
        .filter(|p| p.starts_with(&format!(r#"id="{prefix}"#)))
        .collect()
}

#[test]
fn the_legend_swatches_keep_their_scale_at_any_zoom() {
    // The whole map, and Kwantung close up: the map's patterns scale with it, the legend's not.
    let whole = picture_of(
        "1906-01-01",
        Lang::En,
        None,
        Sheet::Picture,
        Finish::Colour,
        full_view(),
    );
    let close = [330.0, 500.0, 400.0, 560.0];
    let near = picture_of(
        "1906-01-01",
        Lang::En,
        None,
        Sheet::Picture,
        Finish::Colour,
        close,
    );
    assert!(!patterns(&whole, "hatch-lease").is_empty());
    assert_ne!(
        patterns(&whole, "hatch-lease"),
        patterns(&near, "hatch-lease")
    );
    assert!(!patterns(&whole, "lg-").is_empty());
    assert_eq!(patterns(&whole, "lg-"), patterns(&near, "lg-"));
    // And the legend's swatches use them, not the map's.
    let legend = &whole[whole.find(r#"data-entry="status-lease""#).unwrap()..];
    let swatch = &legend[..legend.find("</g>").unwrap()];
    assert!(swatch.contains("url(#lg-"), "{swatch}");
}

/// Every `#rrggbb` colour in `svg`.
fn colours(svg: &str) -> Vec<&str> {
    svg.match_indices('#')
        .filter_map(|(i, _)| svg.get(i + 1..i + 7))
        .filter(|c| c.chars().all(|c| c.is_ascii_hexdigit()))
        .collect()
}

#[test]
fn the_grey_picture_has_only_greys_and_keeps_the_powers_apart() {
    let svg = picture_of(
        "1906-01-01",
        Lang::En,
        None,
        Sheet::Picture,
        Finish::Grey,
        full_view(),
    );
    let greys = colours(&svg);
    assert!(greys.len() > 100);
    for c in &greys {
        assert!(
            c[0..2] == c[2..4] && c[2..4] == c[4..6],
            "#{c} is not a grey"
        );
    }
    // The four powers of the story are four clearly different greys (a photocopier keeps 10 %).
    let legend_grey = |power: &str| {
        let at = svg.find(&format!(r#"data-entry="power-{power}""#)).unwrap();
        let swatch = &svg[at..];
        let fill = &swatch[swatch.find("fill=\"#").unwrap() + 7..][..2];
        u8::from_str_radix(fill, 16).unwrap()
    };
    let mut levels: Vec<u8> = ["china", "japan", "korea", "russia"]
        .map(legend_grey)
        .to_vec();
    levels.sort();
    for pair in levels.windows(2) {
        assert!(pair[1] - pair[0] >= 25, "greys too close: {levels:?}");
    }
}

#[test]
fn troops_present_are_marked_in_the_picture_in_their_colour() {
    // Japanese troops in the Russian Far East in 1920; none there in 1917.
    let svg = picture("1920-06-01", Lang::En, None, true);
    let marks: Vec<&str> = svg.split(r#"<g data-troops=""#).skip(1).collect();
    assert!(marks.len() >= 2, "{} marks", marks.len());
    assert!(marks.iter().all(|m| m.contains(r##"fill="#f0707f""##)));
    assert!(!picture("1917-01-01", Lang::En, None, true).contains("data-troops"));
}

#[test]
fn the_outline_to_colour_in_has_no_fills() {
    for sheet in [Sheet::Picture, Sheet::Paper] {
        let svg = picture_of(
            "1906-01-01",
            Lang::En,
            None,
            sheet,
            Finish::Blank,
            full_view(),
        );
        assert!(svg.contains(r#"data-finish="blank""#));
        // No piece, pattern or troops drawn; every path only a line.
        assert!(!svg.contains("fill=\"url(#") && !svg.contains(r#"data-line="piece-edge""#));
        for path in svg.split("<path ").skip(1) {
            let tag = &path[..path.find('>').unwrap()];
            assert!(tag.contains(r#"fill="none""#), "a filled path: {tag}");
        }
        // The day's borders and names are there, and the powers' boxes are empty.
        assert!(svg.contains(r#"data-line="border""#) && svg.contains("Port Arthur"));
        let japan = &svg[svg.find(r#"data-entry="power-japan""#).unwrap()..];
        assert!(japan[..japan.find("</g>").unwrap()].contains(r##"fill="#ffffff""##));
        assert!(!svg.contains(r#"data-entry="status-lease""#));
    }
}

#[test]
fn a_font_is_carried_inside_the_picture() {
    let font = b"wOF2 pretend font bytes";
    let svg = picture("1910-08-29", Lang::Ko, Some(font), true);
    assert!(svg.contains(&format!("url(data:font/woff2;base64,{})", base64(font))));
    assert!(svg.contains("font-family=\"'Atlas Embedded'"));
}

#[test]
fn base64_matches_the_standard() {
    // RFC 4648, section 10.
    for (plain, coded) in [
        ("", ""),
        ("f", "Zg=="),
        ("fo", "Zm8="),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="),
        ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ] {
        assert_eq!(base64(plain.as_bytes()), coded);
    }
}

#[test]
fn a_picture_without_its_font_says_so_in_the_picture() {
    let (atlas, scene) = bundled::shared_map();
    let layout = scene.label_layout(atlas, "ja", 1.0);
    let svg = map_svg(&Picture {
        atlas,
        scene,
        layout: &layout,
        date: Date::parse("1905-09-05").unwrap(),
        lang: Lang::Ja,
        view: full_view(),
        font: None,
        font_missing: true,
        paint: PaintMode::Screen,
        text_scale: 1.0,
        sheet: Sheet::Picture,
        finish: Finish::Colour,
    });
    assert!(
        svg.contains(r#"data-font-missing="ja">この画像には日本語のフォントが含まれていません"#),
        "the picture names what it lacks"
    );
    assert!(!picture("1905-09-05", Lang::Ja, None, true).contains("data-font-missing"));
}
