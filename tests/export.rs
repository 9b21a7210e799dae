//! The saved picture (`export::map_svg`): self-contained, and carrying what a slide or a handout
//! needs (title, date, legend, the change in force, attribution) in the language asked for.

use frontier_atlas::carto::paint::PaintMode;
use frontier_atlas::data::bundled;
use frontier_atlas::export::{base64, full_view, map_svg, Picture};
use frontier_atlas::model::Date;
use frontier_atlas::words::Lang;

fn picture(date: &str, lang: Lang, font: Option<&[u8]>, legend: bool) -> String {
    let (atlas, scene) = bundled::shared_map();
    let layout = scene.label_layout(atlas, lang.id(), 1.0);
    map_svg(&Picture {
        atlas,
        scene,
        layout: &layout,
        date: Date::parse(date).unwrap(),
        lang,
        view: full_view(),
        font,
        font_missing: false,
        paint: PaintMode::Screen,
        text_scale: 1.0,
        legend,
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
    // Without its legend (the printed page has its own), the map takes the width.
    let bare = picture("1905-09-05", Lang::En, None, false);
    assert!(!bare.contains("Leased territory") && bare.contains("5 September 1905"));
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
        legend: true,
    });
    assert!(
        svg.contains(r#"data-font-missing="ja">この画像には日本語のフォントが含まれていません"#),
        "the picture names what it lacks"
    );
    assert!(!picture("1905-09-05", Lang::Ja, None, true).contains("data-font-missing"));
}
