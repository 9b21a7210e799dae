//! The data in the compact form the app starts from: `geo/atlas.bin`, the validated atlas and its
//! scene (projected paths, borders, places, the pieces names keep off) encoded with `postcard`,
//! and `geo/texts-<lang>.bin`, the texts in each language but English.
//!
//! Parsing the GeoJSON and JSON of `geo/`, checking it and projecting it took a school laptop a
//! quarter of a second at every start-up, and put a JSON parser in the download. The build does
//! that work once instead (`atlas compile`); the browser only decodes. English is always in
//! `atlas.bin`; another language's texts are fetched the first time it is chosen, with its font.
//! What the app never shows (where place positions, place names, regimes and railway operators
//! come from) stays in `geo/` and out of the download. The files are committed next to the data
//! they come from, and `atlas validate` and the tests fail while they are out of date.

use crate::data::Atlas;
use crate::model::localized::TABLE_LANGUAGES;
use crate::scene::Scene;
use serde::{Deserialize, Serialize};

/// The committed compact file, relative to the project.
pub const FILE: &str = "geo/atlas.bin";

/// The file of `lang`'s texts, relative to the built site (and to `geo/` in the project).
pub fn texts_file(lang: &str) -> String {
    format!("texts-{lang}.bin")
}

/// What the app needs to draw and tell the story, and nothing it does not.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Compiled {
    /// The validated data without its geometry in degrees (the scene has it projected), its
    /// texts in English only, and without the sources of what the app does not show.
    pub atlas: Atlas,
    /// The map built once from the atlas.
    pub scene: Scene,
}

/// The compiled files' contents: `atlas.bin`, then each table language and its texts file.
pub struct Files {
    /// `atlas.bin`.
    pub atlas: Vec<u8>,
    /// `(lang, texts-<lang>.bin)` for each of `TABLE_LANGUAGES`.
    pub texts: Vec<(&'static str, Vec<u8>)>,
}

impl Files {
    /// Each file's name (in `geo/`) and bytes: `atlas.bin`, then the texts files.
    pub fn named(self) -> Vec<(String, Vec<u8>)> {
        std::iter::once(("atlas.bin".to_string(), self.atlas))
            .chain(self.texts.into_iter().map(|(l, b)| (texts_file(l), b)))
            .collect()
    }
}

impl Compiled {
    /// Builds the scene, drops what only building it needed (the pieces', backdrop's and
    /// railways' coordinates in degrees) and what the app does not show, and moves the texts
    /// in other languages out into one table per language (rows in `Atlas::texts_mut` order).
    pub fn new(atlas: &Atlas) -> (Compiled, Vec<Vec<Option<String>>>) {
        let scene = Scene::build(atlas);
        let mut atlas = atlas.clone();
        for f in atlas.pieces.iter_mut().chain(atlas.backdrop.iter_mut()) {
            f.polygons = Vec::new();
        }
        atlas.sphere_shapes = Vec::new();
        for r in &mut atlas.railways {
            r.lines = Vec::new();
            for p in &mut r.periods {
                p.note = String::new();
                p.sources = Vec::new();
            }
        }
        for p in &mut atlas.places {
            p.sources = Vec::new();
            for n in p.names.values_mut().flatten() {
                n.note = None;
                n.source = Default::default();
                n.sources_by_language = Default::default();
            }
        }
        for r in atlas.regimes.all_mut() {
            r.sources = Vec::new();
        }
        let mut tables = vec![Vec::new(); TABLE_LANGUAGES.len()];
        let mut row = 0;
        atlas.texts_mut(&mut |text| {
            let mut others = text.move_out(row);
            for (table, lang) in tables.iter_mut().zip(TABLE_LANGUAGES) {
                table.push(others.remove(lang));
            }
            row += 1;
        });
        (Compiled { atlas, scene }, tables)
    }

    /// The bytes of the compiled files for this atlas. The same data always gives the same bytes.
    pub fn encode(atlas: &Atlas) -> Files {
        let (compiled, tables) = Compiled::new(atlas);
        Files {
            atlas: encode(&compiled),
            texts: TABLE_LANGUAGES
                .into_iter()
                .zip(&tables)
                .map(|(lang, table)| (lang, encode(table)))
                .collect(),
        }
    }

    /// Reads `atlas.bin` as written by [`Compiled::encode`] by this same version of the program.
    pub fn decode(bytes: &[u8]) -> Result<Compiled, String> {
        postcard::from_bytes(bytes).map_err(|e| format!("{FILE} cannot be read: {e}"))
    }

    /// Reads a texts file as written by [`Compiled::encode`].
    pub fn decode_texts(lang: &str, bytes: &[u8]) -> Result<Vec<Option<String>>, String> {
        postcard::from_bytes(bytes).map_err(|e| format!("{} cannot be read: {e}", texts_file(lang)))
    }
}

fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    // Encoding owned, in-memory values cannot fail.
    postcard::to_allocvec(value).expect("in-memory data encodes")
}

/// The committed `geo/atlas.bin`, compiled into the program so the map needs no download to
/// start.
pub fn bundled() -> Result<Compiled, String> {
    Compiled::decode(include_bytes!("../geo/atlas.bin"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_decoded_is_what_was_encoded() {
        let atlas = crate::data::bundled::atlas().expect("geo/ is valid");
        let files = Compiled::encode(&atlas);
        let back = Compiled::decode(&files.atlas).expect("decodes");
        assert_eq!(back.scene, Scene::build(&atlas));
        assert!(back.atlas.pieces.iter().all(|p| p.polygons.is_empty()));
        // English is in the atlas; every text in another language is in that language's table.
        let mut back_atlas = back.atlas;
        let mut moved = Vec::new();
        back_atlas.texts_mut(&mut |t| moved.push(t.clone()));
        let mut original = Vec::new();
        atlas.clone().texts_mut(&mut |t| original.push(t.clone()));
        assert_eq!(moved.len(), original.len());
        for (lang, bytes) in &files.texts {
            let table = Compiled::decode_texts(lang, bytes).expect("decodes");
            assert_eq!(table.len(), original.len());
            for ((m, o), row) in moved.iter().zip(&original).zip(&table) {
                assert_eq!(m.english(), o.english());
                let expected = o.has(lang).then(|| o.get(lang).to_string());
                assert_eq!(row, &expected, "{lang}: {}", o.english());
            }
        }
    }

    #[test]
    fn every_language_but_english_has_a_texts_file() {
        // `model` cannot see the interface's language list; this keeps the two in step.
        let others: Vec<&str> = crate::words::Lang::ALL
            .iter()
            .map(|l| l.id())
            .filter(|id| *id != "en")
            .collect();
        assert_eq!(others, TABLE_LANGUAGES);
    }

    #[test]
    fn a_truncated_file_is_an_error_naming_it() {
        let atlas = crate::data::bundled::atlas().expect("geo/ is valid");
        let bytes = Compiled::encode(&atlas).atlas;
        let e = Compiled::decode(&bytes[..bytes.len() / 2]).unwrap_err();
        assert!(e.contains("geo/atlas.bin"), "{e}");
    }
}
