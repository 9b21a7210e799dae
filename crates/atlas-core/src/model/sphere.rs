//! Spheres of influence: a power's recognised claim over land that another power governs
//! (Russia's North Manchuria and Japan's South Manchuria from 1907). A claim, not control: the
//! map draws it over the land as an outline that never hides who governed, and `atlas who`
//! answers it in a column of its own.

use super::{Confidence, Date, Localized, Power, Source};

/// One sphere, over one span of days (a sphere whose shape changed is two spheres).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Sphere {
    /// Stable identifier (`data-sphere`, `atlas who`).
    pub id: String,
    /// The power whose sphere it was.
    pub power: Power,
    /// The power that governed the land.
    pub over: Power,
    /// Its name: "Japanese sphere: South Manchuria".
    pub name: Localized,
    /// The first day it was recognised.
    pub from: Date,
    /// The day it ended, if it ended on the map.
    pub until: Option<Date>,
    /// The id of the event that made it.
    pub event: String,
    /// The id of the event that ended it, if one did.
    pub end: Option<String>,
    /// How sure its line is.
    pub confidence: Confidence,
    /// What it meant and why its dates and line are what they are, in our own words.
    pub note: Localized,
    /// Where it comes from.
    pub sources: Vec<Source>,
}

impl Sphere {
    /// Whether it held on `date`.
    pub fn on(&self, date: Date) -> bool {
        date >= self.from && self.until.is_none_or(|u| date < u)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sphere_holds_from_its_first_day_until_the_day_it_ended() {
        let d = |s: &str| Date::parse(s).unwrap();
        let s = Sphere {
            id: "s".into(),
            power: Power::Japan,
            over: Power::China,
            name: Localized::en("s"),
            from: d("1907-07-30"),
            until: Some(d("1922-02-06")),
            event: "e".into(),
            end: None,
            confidence: Confidence::Medium,
            note: Localized::en(""),
            sources: vec![],
        };
        assert!(!s.on(d("1907-07-29")));
        assert!(s.on(d("1907-07-30")));
        assert!(s.on(d("1922-02-05")));
        assert!(!s.on(d("1922-02-06")));
    }
}
