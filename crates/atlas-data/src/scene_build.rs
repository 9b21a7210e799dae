//! The scene built from the data: every piece, border, place, label, railway, sphere and river of
//! `geo/` projected and path-built once, for the compiled form. The app decodes it; nothing
//! projects or builds a path in the browser.

use crate::Dataset;
use atlas_core::carto::borders::find_edges;
use atlas_core::carto::contains::{interior_point, polygon_contains};
use atlas_core::carto::frame;
use atlas_core::carto::geometry::{bounding_box, Polygon};
use atlas_core::carto::path::{svg_lines, svg_path};
use atlas_core::carto::placement::{self, Obstacle};
use atlas_core::scene::{
    river_label_at, DrawnBorder, DrawnLabel, DrawnPiece, DrawnPlace, DrawnRailway, DrawnRiver,
    DrawnSphere, Scene, SMALL_PIECE_PX,
};

/// Projects every feature, border, place and label of the atlas into the map frame.
pub fn build(atlas: &Dataset) -> Scene {
    let projection = frame::projection();
    let project_rect = |b: [f64; 4]| {
        let corners =
            [[b[0], b[1]], [b[0], b[3]], [b[2], b[1]], [b[2], b[3]]].map(|c| projection.project(c));
        corners
            .iter()
            .fold([f64::MAX, f64::MAX, f64::MIN, f64::MIN], |r, [x, y]| {
                [r[0].min(*x), r[1].min(*y), r[2].max(*x), r[3].max(*y)]
            })
    };
    let pieces: Vec<DrawnPiece> = atlas
        .pieces
        .iter()
        .map(|f| DrawnPiece {
            id: f.id.clone(),
            region: f.region.clone(),
            context: f.region == "context",
            d: svg_path(&f.polygons, &projection),
            rect: project_rect(bounding_box(&f.polygons)),
            inside: interior_point(&f.polygons).unwrap_or_default(),
        })
        .collect();
    let shapes: Vec<&[_]> = atlas.pieces.iter().map(|f| f.polygons.as_slice()).collect();
    let edges = find_edges(&shapes);
    let borders = edges
        .shared
        .iter()
        .map(|e| DrawnBorder {
            a: e.a,
            b: e.b,
            d: svg_lines(&e.lines, &projection),
            uncertain: atlas
                .uncertain_borders
                .iter()
                .position(|u| u.pieces == (e.a, e.b)),
        })
        .collect();
    let coast = svg_lines(&edges.outer, &projection);
    let backdrop = atlas
        .backdrop
        .iter()
        .map(|f| svg_path(&f.polygons, &projection))
        .collect();
    let labels = atlas
        .labels
        .iter()
        .map(|l| DrawnLabel {
            kind: l.kind,
            at: projection.project(l.at),
        })
        .collect();
    let places = atlas
        .places
        .iter()
        .map(|p| DrawnPlace {
            id: p.id.clone(),
            kind: p.kind,
            rank: p.rank,
            at: projection.project(p.at),
            lonlat: p.at,
            piece: atlas
                .pieces
                .iter()
                .position(|f| f.polygons.iter().any(|poly| polygon_contains(poly, p.at))),
        })
        .collect();
    let railways = atlas
        .railways
        .iter()
        .map(|r| DrawnRailway {
            id: r.id.clone(),
            name: r.name.clone(),
            d: svg_lines(&r.lines, &projection),
        })
        .collect();
    let rivers = atlas
        .rivers
        .iter()
        .map(|r| {
            let projected: Vec<[f64; 2]> = r.line.iter().map(|p| projection.project(*p)).collect();
            DrawnRiver {
                id: r.id.clone(),
                d: svg_lines(std::slice::from_ref(&r.line), &projection),
                label_at: river_label_at(&projected).unwrap_or_default(),
            }
        })
        .collect();
    let spheres = atlas
        .spheres
        .iter()
        .zip(&atlas.sphere_shapes)
        .map(|(s, shape)| DrawnSphere {
            id: s.id.clone(),
            d: svg_path(shape, &projection),
            rect: project_rect(bounding_box(shape)),
            pieces: atlas
                .pieces
                .iter()
                .enumerate()
                .filter(|(_, p)| overlaps(&p.polygons, shape))
                .map(|(i, _)| i)
                .collect(),
        })
        .collect();
    // Pieces of the story that can be small on screen are not to be covered by a name.
    let smallest = placement::LEVELS[0];
    let small_pieces = pieces
        .iter()
        .zip(&atlas.pieces)
        .filter(|(p, _): &(&DrawnPiece, _)| {
            !p.context
                && (p.rect[2] - p.rect[0]).max(p.rect[3] - p.rect[1]) * smallest < SMALL_PIECE_PX
        })
        .map(|(p, f)| Obstacle {
            rect: p.rect,
            rings: f
                .polygons
                .iter()
                .flatten()
                .map(|ring| ring.iter().map(|ll| projection.project(*ll)).collect())
                .collect(),
            below_px: SMALL_PIECE_PX,
        })
        .collect();
    Scene {
        small_pieces,
        projection,
        pieces,
        borders,
        coast,
        backdrop,
        labels,
        places,
        railways,
        spheres,
        rivers,
    }
}

/// Whether a piece lies (in part) under a sphere: some point of a 24 × 24 grid over the
/// piece's box falls in both. Points, not vertices: a sphere drawn along pieces' edges shares
/// vertices with its neighbours without lying over them.
fn overlaps(piece: &[Polygon], sphere: &[Polygon]) -> bool {
    const N: u32 = 24;
    let inside =
        |shape: &[Polygon], p: [f64; 2]| shape.iter().any(|poly| polygon_contains(poly, p));
    let [w, s, e, n] = bounding_box(piece);
    (0..N).any(|i| {
        (0..N).any(|j| {
            let p = [
                w + (e - w) * (f64::from(i) + 0.5) / f64::from(N),
                s + (n - s) * (f64::from(j) + 0.5) / f64::from(N),
            ];
            inside(piece, p) && inside(sphere, p)
        })
    })
}
