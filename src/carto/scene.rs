//! Everything the map draws that never changes with the date: projected once at start-up.

use super::{
    path::{svg_lines, svg_path},
    Projection,
};
use crate::data::{Atlas, LabelKind};

/// The part of the world the map frames: west, south, east, north. It takes in the Gorbitsa in the
/// west, Shumshu in the east, Korea's south coast and the Stanovoy watershed.
pub const FOCUS: [f64; 4] = [116.5, 33.0, 158.0, 56.5];
/// Width of the SVG coordinate space.
pub const WIDTH: f64 = 1000.0;
/// Height of the SVG coordinate space.
pub const HEIGHT: f64 = 800.0;

/// A piece ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct DrawnPiece {
    /// Its id (`data-piece`).
    pub id: String,
    /// Its name, for tooltips and screen readers.
    pub name: String,
    /// Its region (`data-region`): context pieces are drawn quieter.
    pub region: String,
    /// The SVG path.
    pub d: String,
}

/// A railway route ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct DrawnRailway {
    /// Its id (`data-railway`).
    pub id: String,
    /// Its name, for the tooltip.
    pub name: String,
    /// The SVG path (open lines).
    pub d: String,
}

/// A label ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct DrawnLabel {
    /// The text.
    pub text: String,
    /// What it names.
    pub kind: LabelKind,
    /// Its centre in SVG units.
    pub x: f64,
    /// Its centre in SVG units.
    pub y: f64,
}

/// The projected, path-built map: computed once, shared by every date.
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    /// The projection used (for the inverse: which place is under the pointer).
    pub projection: Projection,
    /// Pieces in drawing order, parallel to the timeline's pieces.
    pub pieces: Vec<DrawnPiece>,
    /// Backdrop land paths.
    pub backdrop: Vec<String>,
    /// Names on the map.
    pub labels: Vec<DrawnLabel>,
    /// Railway routes, parallel to the atlas's railways.
    pub railways: Vec<DrawnRailway>,
}

impl Scene {
    /// Projects every feature and label of the atlas into a `WIDTH` × `HEIGHT` frame around `FOCUS`.
    pub fn build(atlas: &Atlas) -> Scene {
        let projection = Projection::northeast_asia().fit(FOCUS, WIDTH, HEIGHT, 0.0);
        let pieces = atlas
            .pieces
            .iter()
            .map(|f| DrawnPiece {
                id: f.id.clone(),
                name: f.name.clone(),
                region: f.region.clone(),
                d: svg_path(&f.polygons, &projection),
            })
            .collect();
        let backdrop = atlas
            .backdrop
            .iter()
            .map(|f| svg_path(&f.polygons, &projection))
            .collect();
        let labels = atlas
            .labels
            .iter()
            .map(|l| {
                let [x, y] = projection.project(l.at);
                DrawnLabel {
                    text: l.text.clone(),
                    kind: l.kind,
                    x,
                    y,
                }
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
        Scene {
            projection,
            pieces,
            backdrop,
            labels,
            railways,
        }
    }

    /// The SVG `viewBox`.
    pub fn view_box(&self) -> String {
        format!("0 0 {WIDTH} {HEIGHT}")
    }
}
