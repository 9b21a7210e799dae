//! Areas on the sphere, for checking drawn pieces against historical figures.

/// Radius of the sphere with the WGS84 ellipsoid's area, in km.
const EARTH_RADIUS_KM: f64 = 6371.0072;

/// Area of a ring of `[lon, lat]` degrees on the sphere, in km², whatever its winding.
///
/// Chamberlain & Duquette (2007), "Some algorithms for polygons on a sphere": the sum of
/// `(λ[i+1] − λ[i−1]) · sin φ[i]`; good to a fraction of a per cent for regions the size of ours.
pub fn ring_area_km2(ring: &[[f64; 2]]) -> f64 {
    let n = ring.len();
    // The ring is closed (last == first), so work on the first n−1 positions cyclically.
    if n < 4 {
        return 0.0;
    }
    let m = n - 1;
    let mut sum = 0.0;
    for i in 0..m {
        let prev = ring[(i + m - 1) % m];
        let next = ring[(i + 1) % m];
        sum += (next[0] - prev[0]).to_radians() * ring[i][1].to_radians().sin();
    }
    (sum * EARTH_RADIUS_KM * EARTH_RADIUS_KM / 2.0).abs()
}

/// Area of a polygon (outer ring less holes), in km².
pub fn polygon_area_km2(polygon: &[Vec<[f64; 2]>]) -> f64 {
    let mut rings = polygon.iter().map(|r| ring_area_km2(r));
    let outer = rings.next().unwrap_or(0.0);
    outer - rings.sum::<f64>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_one_degree_cell_at_the_equator_has_the_textbook_area() {
        let cell = [[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]];
        // 111.195 km × 111.178 km on this sphere.
        assert!(
            (ring_area_km2(&cell) - 12_363.0).abs() < 15.0,
            "{}",
            ring_area_km2(&cell)
        );
    }

    #[test]
    fn cells_shrink_with_the_cosine_of_latitude_and_holes_subtract() {
        let cell = |lat: f64| {
            vec![
                [0.0, lat],
                [1.0, lat],
                [1.0, lat + 1.0],
                [0.0, lat + 1.0],
                [0.0, lat],
            ]
        };
        let ratio = ring_area_km2(&cell(60.0)) / ring_area_km2(&cell(0.0));
        assert!(
            (ratio - 60.5f64.to_radians().cos()).abs() < 0.005,
            "{ratio}"
        );
        let hole = vec![
            [0.25, 0.25],
            [0.75, 0.25],
            [0.75, 0.75],
            [0.25, 0.75],
            [0.25, 0.25],
        ];
        let with_hole = polygon_area_km2(&[cell(0.0), hole.clone()]);
        assert!((with_hole - (ring_area_km2(&cell(0.0)) - ring_area_km2(&hole))).abs() < 1e-6);
    }
}
