//! The scene built from the data: every piece, border, place, label, railway, sphere and river of
//! `geo/` projected and path-built once, for the compiled form. The app decodes it; nothing
//! projects or builds a path in the browser.

use crate::Dataset;
use atlas_core::carto::borders::find_edges;
use atlas_core::carto::contains::{interior_point, polygon_contains};
use atlas_core::carto::frame;
use atlas_core::carto::geometry::{bounding_box, boxes_touch, Polygon};
use atlas_core::carto::path::{svg_lines, svg_path};
use atlas_core::carto::placement::{self, Obstacle};
use atlas_core::carto::Projection;
use atlas_core::scene::callout::{self, Callout};
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
    let places: Vec<DrawnPlace> = atlas
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
    let projected: Vec<Vec<[f64; 2]>> = atlas
        .rivers
        .iter()
        .map(|r| r.line.iter().map(|p| projection.project(*p)).collect())
        .collect();
    let rivers = atlas
        .rivers
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let others: Vec<Vec<[f64; 2]>> = projected
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, line)| line.clone())
                .collect();
            DrawnRiver {
                id: r.id.clone(),
                d: svg_lines(std::slice::from_ref(&r.line), &projection),
                label_at: river_label_at(&projected[i], &others).unwrap_or_default(),
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
    let callouts = callouts(atlas, &pieces, &places, &projection);
    Scene {
        callouts,
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

/// The areas small enough to need a callout on a projector's whole view (their larger side
/// under `callout::BELOW_PX` there; on a phone they are called out too), each with the way to its marker: the direction whose
/// marker, at a projector's whole view, lies most over the sea, away from the markers before it.
fn callouts(
    atlas: &Dataset,
    pieces: &[DrawnPiece],
    places: &[DrawnPlace],
    projection: &Projection,
) -> Vec<Callout> {
    // About a projector's whole view (1024 × 768), where a callout matters most.
    const SCALE: f64 = 0.65;
    // About a phone's whole view (390 × 844).
    const PHONE: f64 = 0.37;
    let land: Vec<&Polygon> = atlas
        .pieces
        .iter()
        .chain(&atlas.backdrop)
        .flat_map(|f| &f.polygons)
        .collect();
    let on_land = |p: [f64; 2]| {
        !(0.0..=frame::WIDTH).contains(&p[0])
            || !(0.0..=frame::HEIGHT).contains(&p[1])
            || land
                .iter()
                .any(|poly| polygon_contains(poly, projection.invert(p)))
    };
    // East first, then round by eighths and sixteenths: ties go to the earlier.
    let ways: Vec<[f64; 2]> = [0, 4, 2, 6, 1, 3, 5, 7]
        .iter()
        .flat_map(|k| [f64::from(*k), f64::from(*k) + 0.5])
        .map(|k| {
            let a = k * std::f64::consts::FRAC_PI_4;
            [a.cos(), a.sin()]
        })
        .collect();
    // The areas small enough, most important first: those the map is about before the land
    // around it, then the smallest. Names are placed in this order, so Kwantung keeps its space
    // when Weihaiwei's marker would want it.
    let mut small: Vec<(usize, Vec<usize>, [f64; 4])> = atlas
        .areas
        .all()
        .iter()
        .enumerate()
        .filter_map(|(area, a)| {
            // Land around the story too: the leases of Weihaiwei and Kiautschou are context.
            let rect = a.pieces.iter().map(|&p| pieces[p].rect).reduce(|r, b| {
                [
                    r[0].min(b[0]),
                    r[1].min(b[1]),
                    r[2].max(b[2]),
                    r[3].max(b[3]),
                ]
            })?;
            Some((area, a.pieces.clone(), rect))
        })
        .filter(|(_, _, r)| side(*r) * SCALE < callout::BELOW_PX)
        // An area the story never calls out (Rehe, held by China throughout) needs no marker.
        .filter(|(_, own, _)| {
            let probe = Callout {
                area: 0,
                pieces: own.clone(),
                at: [0.0; 2],
                size: 0.0,
                toward: [1.0, 0.0],
            };
            !probe.wanted_spans(&atlas.timeline).is_empty()
        })
        .collect();
    small.sort_by(|a, b| {
        let context = |x: &(usize, Vec<usize>, [f64; 4])| x.1.iter().all(|&p| pieces[p].context);
        (context(a), side(a.2))
            .partial_cmp(&(context(b), side(b.2)))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let centres: Vec<[f64; 2]> = small.iter().map(|(_, _, r)| centre(*r)).collect();
    // The region names (Korea, Liaodong), which a marker or its name would push off the map.
    let regions: Vec<[f64; 2]> = atlas
        .labels
        .iter()
        .filter(|l| l.kind == atlas_core::atlas::LabelKind::Region)
        .map(|l| projection.project(l.at))
        .collect();
    let mut callouts: Vec<Callout> = Vec::new();
    for (area, own, rect) in small {
        let at = centre(rect);
        let marker = |at: [f64; 2], t: [f64; 2], scale: f64| {
            [
                at[0] + t[0] * callout::DISTANCE_PX / scale,
                at[1] + t[1] * callout::DISTANCE_PX / scale,
            ]
        };
        // The marker's disc, and the ring just around it, sampled at 17 points.
        let land_under = |t: [f64; 2]| {
            let c = marker(at, t, SCALE);
            let r = (callout::RADIUS_PX + 4.0) / SCALE;
            (0..16)
                .map(|k| f64::from(k) * std::f64::consts::PI / 8.0)
                .map(|a| [c[0] + r * a.cos(), c[1] + r * a.sin()])
                .chain([c])
                .filter(|p| on_land(*p))
                .count()
        };
        // Markers chosen before, and the other small areas, on a projector and on a phone, within
        // three radii of this marker: a marker beside another area would be read as its.
        let crowding = |t: [f64; 2]| {
            [SCALE, PHONE]
                .iter()
                .flat_map(|&e| {
                    let mine = marker(at, t, e);
                    let near = move |p: [f64; 2]| {
                        usize::from(
                            (mine[0] - p[0]).hypot(mine[1] - p[1]) * e < 3.0 * callout::RADIUS_PX,
                        )
                    };
                    callouts
                        .iter()
                        .map(move |o| near(marker(o.at, o.toward, e)))
                        .chain(centres.iter().filter(|c| **c != at).map(move |c| near(*c)))
                })
                .sum::<usize>()
        };
        // Room for a name beside the marker, inside the frame.
        let cramped = |t: [f64; 2]| {
            let [x, y] = marker(at, t, SCALE).map(|v| v * SCALE);
            let (w, h) = (frame::WIDTH * SCALE, frame::HEIGHT * SCALE);
            usize::from(!(90.0..=w - 90.0).contains(&x) || !(30.0..=h - 30.0).contains(&y))
        };
        // The chief places of other areas (Port Arthur beside Weihaiwei) and the region names
        // keep their space: the marker keeps off a name's width either side of them, at a
        // projector's whole view and closer. (An area's own places are named by its callout:
        // "Kwantung (Port Arthur)".)
        let over_a_name = |t: [f64; 2]| {
            [SCALE, 1.0, 1.4]
                .iter()
                .map(|&e| {
                    let [x, y] = marker(at, t, e).map(|v| v * e);
                    let r = callout::RADIUS_PX;
                    let disc = [x - r, y - r, x + r, y + r];
                    places
                        .iter()
                        .filter(|p| p.rank == 1 && !p.piece.is_some_and(|i| own.contains(&i)))
                        .map(|p| p.at)
                        .chain(regions.iter().copied())
                        .filter(|at| {
                            let [px, py] = at.map(|v| v * e);
                            boxes_touch(disc, [px - 130.0, py - 14.0, px + 130.0, py + 14.0])
                        })
                        .count()
                })
                .sum::<usize>()
        };
        let score = |t: &[f64; 2]| {
            crowding(*t) * 100 + over_a_name(*t) * 30 + cramped(*t) * 50 + land_under(*t)
        };
        let Some(toward) = ways.iter().copied().min_by_key(score) else {
            continue;
        };
        callouts.push(Callout {
            area,
            pieces: own,
            at,
            size: side(rect),
            toward,
        });
    }
    callouts
}

/// The centre of a box.
fn centre(r: [f64; 4]) -> [f64; 2] {
    [(r[0] + r[2]) / 2.0, (r[1] + r[3]) / 2.0]
}

/// The larger side of a box.
fn side(r: [f64; 4]) -> f64 {
    (r[2] - r[0]).max(r[3] - r[1])
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
