//! Who held a piece (`Power`), how they held it (`Status`), and who held title (`Sovereigns`).

use std::fmt;

/// The power shown as controlling a piece: the one whose officials governed it and whose forces held it.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Power {
    /// The Qing Empire and, from 1912, the Republic of China.
    China,
    /// The Empire of Japan.
    Japan,
    /// Joseon and, from 1897, the Korean Empire.
    Korea,
    /// The Russian Empire and every Russian regime after 1917, the Far Eastern Republic included.
    Russia,
    /// Outer Mongolia's own governments from 1911: the Bogd Khanate, then the People's
    /// Government (and Barga, 1912–15).
    Mongolia,
    /// The British Empire: Port Hamilton (1885–87), Weihaiwei (from 1898).
    Britain,
    /// The German Empire: Kiautschou (1897–1914).
    Germany,
    /// Two powers at once: a condominium.
    Shared,
}

impl Power {
    /// Every power, in legend order.
    pub const ALL: [Power; 8] = [
        Power::China,
        Power::Japan,
        Power::Korea,
        Power::Russia,
        Power::Mongolia,
        Power::Britain,
        Power::Germany,
        Power::Shared,
    ];

    /// The identifier used in data files, URLs and `data-power`.
    pub fn id(self) -> &'static str {
        match self {
            Power::China => "china",
            Power::Japan => "japan",
            Power::Korea => "korea",
            Power::Russia => "russia",
            Power::Mongolia => "mongolia",
            Power::Britain => "britain",
            Power::Germany => "germany",
            Power::Shared => "shared",
        }
    }

    /// Parses a data-file identifier.
    pub fn from_id(s: &str) -> Option<Power> {
        Power::ALL.into_iter().find(|p| p.id() == s)
    }
}

impl fmt::Display for Power {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// How the controlling power held a piece.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Status {
    /// Held in its own right.
    Sovereign,
    /// Held jointly by two powers (`Power::Shared`).
    Condominium,
    /// Leased from the sovereign.
    Lease,
    /// A protected state governed through a resident power.
    Protectorate,
    /// Occupied by armed forces that governed it, title staying with another.
    Occupation,
    /// Under its sovereign's administration, but closed to its troops by treaty.
    NeutralZone,
    /// An enclave whose people stayed under another power's jurisdiction.
    Enclave,
}

impl Status {
    /// Every status, in legend order.
    pub const ALL: [Status; 7] = [
        Status::Sovereign,
        Status::Condominium,
        Status::Lease,
        Status::Protectorate,
        Status::Occupation,
        Status::NeutralZone,
        Status::Enclave,
    ];

    /// The identifier used in data files and `data-status`.
    pub fn id(self) -> &'static str {
        match self {
            Status::Sovereign => "sovereign",
            Status::Condominium => "condominium",
            Status::Lease => "lease",
            Status::Protectorate => "protectorate",
            Status::Occupation => "occupation",
            Status::NeutralZone => "neutral_zone",
            Status::Enclave => "enclave",
        }
    }

    /// Parses a data-file identifier.
    pub fn from_id(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|p| p.id() == s)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// The de jure sovereign(s) of a piece: one power, or two for a condominium. A small bit set.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct Sovereigns(u8);

impl Sovereigns {
    /// A set holding one power.
    pub fn one(p: Power) -> Sovereigns {
        Sovereigns(1 << p as u8)
    }

    /// This set with another power added.
    pub fn with(self, p: Power) -> Sovereigns {
        Sovereigns(self.0 | 1 << p as u8)
    }

    /// The powers in the set, in a stable order.
    pub fn iter(self) -> impl Iterator<Item = Power> {
        Power::ALL
            .into_iter()
            .filter(move |p| self.0 & (1 << *p as u8) != 0)
    }

    /// How many powers hold title.
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether no power holds title.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Whether `p` is one of the sovereigns.
    pub fn contains(self, p: Power) -> bool {
        self.0 & (1 << p as u8) != 0
    }
}

impl fmt::Display for Sovereigns {
    /// Identifiers joined by `;`, as in `atlas who` output and `data-sovereign`: `japan;russia`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ids: Vec<&str> = self.iter().map(Power::id).collect();
        f.write_str(&ids.join(";"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_round_trip() {
        for p in Power::ALL {
            assert_eq!(Power::from_id(p.id()), Some(p));
        }
        for s in Status::ALL {
            assert_eq!(Status::from_id(s.id()), Some(s));
        }
        assert_eq!(Power::from_id("manchukuo"), None);
    }

    #[test]
    fn a_condominium_lists_both_sovereigns_in_a_stable_order() {
        let s = Sovereigns::one(Power::Russia).with(Power::Japan);
        assert_eq!(s.to_string(), "japan;russia");
        assert_eq!(s.len(), 2);
        assert!(s.contains(Power::Japan) && !s.contains(Power::China));
    }
}
