//! What the page says about itself: files of the site it could not use (a language's texts or
//! font) and a picture it could not make. Shown as notices, worded by `Words::site_notice`.

use crate::model::Lang;

/// Something about the site itself a reader should know.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SiteNotice {
    /// A language's texts could not be fetched (offline on a first visit, or a newer version of
    /// the site has replaced this one's files): the data's texts are shown in English.
    TextsUnavailable(Lang),
    /// A language's texts belong to another version of the map (every text would be one row
    /// off): refused, and the data's texts are shown in English.
    TextsOtherVersion(Lang),
    /// The cards' texts in English (accounts, notes, sources; loaded once the map is drawn)
    /// could not be had, or belong to another version of the map: the map is whole, the cards
    /// show their titles only.
    CardTextsUnavailable,
    /// A language's font could not be fetched: its characters may show as empty boxes.
    FontUnavailable(Lang),
    /// The browser would not draw or save the picture.
    ExportFailed,
}
