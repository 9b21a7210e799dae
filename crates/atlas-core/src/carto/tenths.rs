//! Rings of map units in the compiled form as steps of a tenth of a unit: postcard writes each
//! step as a short varint, where an `f64` takes eight bytes. A tenth of a unit is the paths'
//! own precision (see [`path`](super::path)), well under a pixel on any screen.
//!
//! Used as `#[serde(with = "crate::carto::tenths")]` on a `Vec<Vec<[f64; 2]>>`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Writes each ring as its first point then the steps between points, in tenths.
pub fn serialize<S: Serializer>(rings: &[Vec<[f64; 2]>], s: S) -> Result<S::Ok, S::Error> {
    let steps: Vec<Vec<[i32; 2]>> = rings
        .iter()
        .map(|ring| {
            let mut at = [0i32; 2];
            ring.iter()
                .map(|p| {
                    let t = p.map(|v| (v * 10.0).round() as i32);
                    let step = [t[0] - at[0], t[1] - at[1]];
                    at = t;
                    step
                })
                .collect()
        })
        .collect();
    steps.serialize(s)
}

/// Reads what [`serialize`] wrote.
pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Vec<[f64; 2]>>, D::Error> {
    let steps = Vec::<Vec<[i32; 2]>>::deserialize(d)?;
    Ok(steps
        .into_iter()
        .map(|ring| {
            let mut at = [0i32; 2];
            ring.into_iter()
                .map(|[dx, dy]| {
                    at = [at[0] + dx, at[1] + dy];
                    at.map(|v| f64::from(v) / 10.0)
                })
                .collect()
        })
        .collect())
}

#[cfg(test)]
mod tests {
    #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
    struct Rings(#[serde(with = "super")] Vec<Vec<[f64; 2]>>);

    #[test]
    fn rings_come_back_to_the_tenth_in_a_quarter_of_the_bytes() {
        let ring: Vec<[f64; 2]> = (0..100)
            .map(|i| [500.0 + f64::from(i) * 0.7, 300.0 - f64::from(i) * 1.3])
            .collect();
        let rings = Rings(vec![ring.clone(), vec![]]);
        let bytes = postcard::to_allocvec(&rings).unwrap();
        let back: Rings = postcard::from_bytes(&bytes).unwrap();
        for (a, b) in back.0[0].iter().zip(&ring) {
            assert!((a[0] - b[0]).abs() <= 0.05 + 1e-9 && (a[1] - b[1]).abs() <= 0.05 + 1e-9);
        }
        assert!(back.0[1].is_empty());
        let plain = postcard::to_allocvec(&vec![ring]).unwrap();
        assert!(
            bytes.len() * 4 <= plain.len(),
            "{} against {}",
            bytes.len(),
            plain.len()
        );
    }
}
