//! The named views a teacher reaches in one click: where the story of each region happens.

use crate::carto::{frame, Viewport};

/// A named part of the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FocusView {
    /// The Liaodong peninsula and southern Fengtian: the 1895 cession, the 1898 lease and
    /// neutral zone, the 1904–05 fronts.
    Liaodong,
    /// Sakhalin and the Kuril Islands.
    SakhalinKurils,
    /// Korea, with the Yalu.
    Korea,
    /// The Amur and the Ussuri: the lands of Aigun and Peking 1860.
    AmurUssuri,
    /// Manchuria from Mukden to Harbin: the railways, the 1900 occupation, the 1905 front and
    /// the two spheres after it.
    Manchuria,
}

impl FocusView {
    /// Every named view, in the order of the buttons.
    /// (Manchuria last: a tour's link stores a view by its place in this list.)
    pub const ALL: [FocusView; 5] = [
        FocusView::Liaodong,
        FocusView::SakhalinKurils,
        FocusView::Korea,
        FocusView::AmurUssuri,
        FocusView::Manchuria,
    ];

    /// The identifier in links (`view=liaodong`).
    pub fn id(self) -> &'static str {
        match self {
            FocusView::Liaodong => "liaodong",
            FocusView::SakhalinKurils => "sakhalin",
            FocusView::Korea => "korea",
            FocusView::AmurUssuri => "amur",
            FocusView::Manchuria => "manchuria",
        }
    }

    /// Parses a link identifier.
    pub fn from_id(s: &str) -> Option<FocusView> {
        FocusView::ALL.into_iter().find(|v| v.id() == s)
    }

    /// The box it frames, `[west, south, east, north]`; all of it is shown.
    pub fn lonlat_box(self) -> [f64; 4] {
        match self {
            FocusView::Liaodong => [120.8, 38.55, 124.9, 42.4],
            FocusView::SakhalinKurils => [139.8, 41.5, 157.0, 54.6],
            FocusView::Korea => [123.6, 33.1, 131.3, 43.0],
            FocusView::AmurUssuri => [123.0, 42.2, 142.2, 54.2],
            // Yingkou and Liaoyang in the south to Harbin and Tsitsihar's railway in the north.
            FocusView::Manchuria => [121.0, 40.4, 129.6, 46.6],
        }
    }

    /// The viewport that shows it.
    pub fn viewport(self) -> Viewport {
        Viewport::fit_lonlat_region(&frame::projection(), self.lonlat_box())
    }
}
