//! Names that must be written on certain days: the places of the change in force. The layout
//! ([`place`](super::placement::place)) gives each name one side for all its days, so a lesser
//! name that won the room on other days would keep the place a card is about unnamed on its
//! own. Here such a name is placed over the finished layout instead, level by level, and lists
//! the lesser names it hides: the map hides them on its days only, and every other day keeps
//! the layout as it was.

use super::geometry::boxes_touch;
use super::placement::{meet, Anchor, LabelSpec, Obstacle, LEVELS};

/// An urgent name at one level: where it goes and what gives way to it.
#[derive(Clone, Debug, PartialEq)]
pub struct Displacing {
    /// Its side.
    pub side: Anchor,
    /// The names of the layout it hides on its days (indices into the layout's labels).
    pub hides: Vec<usize>,
}

/// What covering the small piece a change is about costs: more than hiding a region's name.
const COVERS_ITS_PIECE: u32 = 10;

/// How the names already placed may give way.
pub trait Yield {
    /// What hiding layout label `j` costs on the days `when`, or `None` where it may not be
    /// hidden (a callout, or a name urgent itself on those days).
    fn cost(&self, j: usize, when: [i32; 2]) -> Option<u32>;
}

impl<F: Fn(usize, [i32; 2]) -> Option<u32>> Yield for F {
    fn cost(&self, j: usize, when: [i32; 2]) -> Option<u32> {
        self(j, when)
    }
}

/// A name to write on some days whatever else had its room.
#[derive(Clone, Debug, PartialEq)]
pub struct Urgent {
    /// The name, its `when` the days it must be written.
    pub spec: LabelSpec,
    /// Its ordinary entry in the layout's labels.
    pub own: usize,
    /// The obstacles it keeps off where it can (the small pieces its story is about); it may
    /// cover another small piece on its days.
    pub avoid: Vec<usize>,
}

/// For each level of `LEVELS` and each urgent name, the sides it may take, cheapest first, each
/// with what it hides: its own entry's side first where the layout placed it (hiding nothing),
/// none where no side is free of names that may not give way. `placed` is
/// [`place`](super::placement::place)'s answer for `labels`. Urgent names keep off each other's
/// cheapest side on a shared day.
pub fn place_urgent(
    labels: &[LabelSpec],
    placed: &[Vec<Option<Anchor>>],
    urgent: &[Urgent],
    obstacles: &[Obstacle],
    frame: [f64; 4],
    yields: &impl Yield,
) -> Vec<Vec<Vec<Displacing>>> {
    LEVELS
        .iter()
        .enumerate()
        .map(|(level, &e)| {
            // The boxes the layout drew at this level: each name's text and marker.
            let drawn: Vec<(usize, [f64; 4])> = labels
                .iter()
                .enumerate()
                .filter_map(|(j, l)| placed[level][j].map(|a| (j, l, a)))
                .flat_map(|(j, l, a)| {
                    let text = l.text_box_at(a, e);
                    let marker = l.marker.then(|| l.marker_box(e));
                    std::iter::once((j, text)).chain(marker.map(|m| (j, m)))
                })
                .collect();
            let blocked: Vec<(usize, &Obstacle)> = obstacles
                .iter()
                .enumerate()
                .filter(|(_, o)| {
                    (o.rect[2] - o.rect[0]).max(o.rect[3] - o.rect[1]) * e < o.below_px
                })
                .collect();
            let mut done: Vec<([f64; 4], [i32; 2])> = Vec::new();
            urgent
                .iter()
                .map(
                    |Urgent {
                         spec: u,
                         own,
                         avoid,
                     }| {
                        if e >= u.until_scale {
                            return Vec::new();
                        }
                        // Already placed: its own side first, costing nothing; the others are
                        // for a view that has no room there (the locator's corner).
                        let mine = placed[level][*own];
                        let marker = u.marker_box(e);
                        // Only the names near it can be in the way of any of its sides.
                        let reach = Anchor::AROUND.iter().map(|a| u.text_box_at(*a, e)).fold(
                            marker,
                            |r, b| {
                                [
                                    r[0].min(b[0]),
                                    r[1].min(b[1]),
                                    r[2].max(b[2]),
                                    r[3].max(b[3]),
                                ]
                            },
                        );
                        let near: Vec<&(usize, [f64; 4])> = drawn
                            .iter()
                            .filter(|(_, b)| boxes_touch(reach, *b))
                            .collect();
                        let inside = |b: &[f64; 4]| {
                            b[0] >= frame[0] * e
                                && b[1] >= frame[1] * e
                                && b[2] <= frame[2] * e
                                && b[3] <= frame[3] * e
                        };
                        // Cheapest first, ties in the order sides are tried; the map takes the
                        // first that its view has room for.
                        let mut choices: Vec<(u32, Anchor, Vec<usize>, [f64; 4])> = Vec::new();
                        for &side in Anchor::AROUND.iter().filter(|a| Some(**a) != mine) {
                            let text = u.text_box_at(side, e);
                            let boxes = [text, marker];
                            let clear = inside(&text)
                                && !done.iter().any(|(d, when)| {
                                    meet(*when, u.when) && boxes.iter().any(|b| boxes_touch(*d, *b))
                                });
                            if !clear {
                                continue;
                            }
                            // Covering the small piece the story is about is the last resort: a
                            // town in a tiny enclave has no side clear of it.
                            let mut cost = if blocked
                                .iter()
                                .any(|(k, o)| avoid.contains(k) && o.touches(&text, e))
                            {
                                COVERS_ITS_PIECE
                            } else {
                                0
                            };
                            let mut hides: Vec<usize> = Vec::new();
                            let mut kept = false;
                            for (j, b) in &near {
                                if *j == *own
                                    || !meet(labels[*j].when, u.when)
                                    || !boxes.iter().any(|x| boxes_touch(*x, *b))
                                    || hides.contains(j)
                                {
                                    continue;
                                }
                                match yields.cost(*j, u.when) {
                                    Some(c) => cost += c,
                                    None => kept = true,
                                }
                                hides.push(*j);
                            }
                            if !kept {
                                let at = choices.partition_point(|c| c.0 <= cost);
                                choices.insert(at, (cost, side, hides, text));
                            }
                        }
                        if let Some(side) = mine {
                            choices.insert(0, (0, side, Vec::new(), u.text_box_at(side, e)));
                        }
                        if let Some((_, _, _, text)) = choices.first() {
                            done.push((*text, u.when));
                            done.push((marker, u.when));
                        }
                        choices
                            .into_iter()
                            .map(|(_, side, hides, _)| Displacing { side, hides })
                            .collect()
                    },
                )
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::placement::{level_for, place};
    use super::*;

    const FRAME: [f64; 4] = [0.0, 0.0, 1000.0, 800.0];

    fn town(x: f64, y: f64, w: f64, tier: u32) -> LabelSpec {
        LabelSpec::name([x, y], w, 14.0, true, tier, LabelSpec::ALWAYS)
    }

    #[test]
    fn an_urgent_name_hides_a_lesser_one_on_its_days_only() {
        // A lesser town wins the room beside a crowded one (placed first), so the second is
        // unnamed; made urgent on days 10..20, it takes a side and hides what is there.
        let labels = vec![
            town(500.0, 400.0, 60.0, 2),
            town(530.0, 400.0, 60.0, 3),
            town(470.0, 400.0, 60.0, 3),
            town(500.0, 380.0, 60.0, 3),
            town(500.0, 420.0, 60.0, 3),
            town(505.0, 405.0, 40.0, 3),
        ];
        let placed = place(&labels, &[], FRAME);
        let level = level_for(1.0);
        assert!(placed[level][5].is_none(), "crowded out at first");
        let urgent = vec![Urgent {
            spec: LabelSpec {
                when: [10, 20],
                ..labels[5].clone()
            },
            own: 5,
            avoid: vec![],
        }];
        let any = |_: usize, _: [i32; 2]| Some(1);
        let out = place_urgent(&labels, &placed, &urgent, &[], FRAME, &any);
        let d = out[level][0].first().expect("placed when urgent");
        assert!(!d.hides.is_empty() && !d.hides.contains(&5));
        // Where nothing may give way, it stays unnamed.
        let none = |_: usize, _: [i32; 2]| None;
        let out = place_urgent(&labels, &placed, &urgent, &[], FRAME, &none);
        assert!(out[level][0].is_empty());
    }

    #[test]
    fn an_urgent_name_already_placed_keeps_its_side_first_and_hides_nothing() {
        let labels = vec![town(100.0, 100.0, 40.0, 2)];
        let placed = place(&labels, &[], FRAME);
        let urgent = vec![Urgent {
            spec: labels[0].clone(),
            own: 0,
            avoid: vec![],
        }];
        let any = |_: usize, _: [i32; 2]| Some(1);
        let out = place_urgent(&labels, &placed, &urgent, &[], FRAME, &any);
        for (level, choices) in out.iter().enumerate() {
            let first = &choices[0][0];
            assert_eq!(Some(first.side), placed[level][0]);
            assert!(first.hides.is_empty());
            // Other sides are there for a view without room on that one.
            assert!(choices[0].len() > 1);
        }
    }
}
