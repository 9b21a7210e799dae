//! Regimes by name: who governed for a power on a date (Qing or the Republic of China, Joseon or
//! the Korean Empire, the Russian Empire or the Far Eastern Republic), for the piece card.

use super::{Date, Localized, Power, Source};

/// One regime's time as the government of a power, over all its land or only some pieces.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Regime {
    /// The power it governed for.
    pub power: Power,
    /// Its name.
    pub name: Localized,
    /// First day.
    pub from: Date,
    /// First day it no longer governed; `None` past the end of the map.
    pub until: Option<Date>,
    /// The pieces it governed, when it held only part of the power's land (the Far Eastern
    /// Republic); `None` for all of it.
    pub pieces: Option<Vec<String>>,
    /// What a teacher should know: contested rule, nominal authority.
    pub note: Localized,
    /// Where to check it.
    pub sources: Vec<Source>,
}

impl Regime {
    fn holds(&self, power: Power, piece: &str, date: Date) -> bool {
        self.power == power
            && self.from <= date
            && self.until.is_none_or(|u| date < u)
            && self
                .pieces
                .as_ref()
                .is_none_or(|ps| ps.iter().any(|p| p == piece))
    }
}

/// Every regime of every power.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Regimes {
    regimes: Vec<Regime>,
}

impl Regimes {
    /// From a list in any order.
    pub fn new(regimes: Vec<Regime>) -> Regimes {
        Regimes { regimes }
    }

    /// All of them, in file order, to edit their texts in place.
    pub fn all_mut(&mut self) -> &mut [Regime] {
        &mut self.regimes
    }

    /// All of them, in file order.
    pub fn all(&self) -> &[Regime] {
        &self.regimes
    }

    /// The regime governing `piece` for `power` on `date`: one limited to some pieces wins over
    /// one for all the power's land.
    pub fn governing(&self, power: Power, piece: &str, date: Date) -> Option<&Regime> {
        let mut found = self.regimes.iter().filter(|r| r.holds(power, piece, date));
        let first = found.next()?;
        if first.pieces.is_some() {
            return Some(first);
        }
        Some(found.find(|r| r.pieces.is_some()).unwrap_or(first))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regime(
        power: Power,
        name: &str,
        from: &str,
        until: Option<&str>,
        pieces: Option<&[&str]>,
    ) -> Regime {
        Regime {
            power,
            name: Localized::en(name),
            from: Date::parse(from).unwrap(),
            until: until.map(|u| Date::parse(u).unwrap()),
            pieces: pieces.map(|ps| ps.iter().map(|p| p.to_string()).collect()),
            note: Localized::default(),
            sources: vec![],
        }
    }

    #[test]
    fn a_regime_over_some_pieces_wins_over_the_general_one() {
        let r = Regimes::new(vec![
            regime(Power::Russia, "Soviet Russia", "1917-11-07", None, None),
            regime(
                Power::Russia,
                "Far Eastern Republic",
                "1920-04-06",
                Some("1922-11-15"),
                Some(&["ussuri_sea"]),
            ),
        ]);
        let on = |piece: &str, d: &str| {
            r.governing(Power::Russia, piece, Date::parse(d).unwrap())
                .map(|g| g.name.english().to_string())
        };
        assert_eq!(
            on("ussuri_sea", "1921-01-01").as_deref(),
            Some("Far Eastern Republic")
        );
        assert_eq!(
            on("siberia_west", "1921-01-01").as_deref(),
            Some("Soviet Russia")
        );
        assert_eq!(
            on("ussuri_sea", "1922-11-15").as_deref(),
            Some("Soviet Russia")
        );
        assert_eq!(on("ussuri_sea", "1900-01-01"), None);
    }
}
