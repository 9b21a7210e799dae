//! The compact form the app starts from: `geo/atlas.bin`, what the map knows ([`Atlas`]) and
//! its scene (projected paths, places, borders, spheres), and `geo/texts-<lang>.bin`, the texts
//! in each language, one table a language, rows in [`Atlas::texts_mut`] order. The English
//! table holds only the cards' texts (accounts, notes, sources), which the page loads once the
//! map is drawn; the English the map shows stays in `atlas.bin`.
//!
//! Each file starts with the format version and the build id: a hash of the atlas file's
//! content. A texts file carries the build id of the atlas it was written with, and the app
//! checks it before using the table: texts from another build (a tab left open across a
//! deploy, a cache holding an old file) would put every label one row off, so they are
//! refused and English is shown with a notice instead.
//!
//! Written by the data crate (`atlas compile`); read by the app, which carries no JSON parser
//! for the map's data.

use crate::atlas::Atlas;
use crate::model::localized::TABLE_LANGUAGES;
use crate::scene::Scene;
use serde::{Deserialize, Serialize};

/// The version of this format. A file of another version is refused with a message.
pub const FORMAT: u32 = 5;

/// The committed compact file, relative to the project.
pub const FILE: &str = "geo/atlas.bin";

/// The file of `lang`'s texts, relative to `geo/` in the project.
pub fn texts_file(lang: &str) -> String {
    format!("texts-{lang}.bin")
}

/// The name of `lang`'s texts in the built site: the build id in the name (the post-build step
/// renames the files by the id inside them), so no cache, the browser's or a host's, can hand
/// a page another build's texts under the name it asks for.
pub fn texts_url(lang: &str, build: &str) -> String {
    format!("texts-{lang}-{build}.bin")
}

/// What the app needs to draw and tell the story, and nothing it does not.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Compiled {
    /// The format version, [`FORMAT`].
    pub format: u32,
    /// The build id: a hash of everything after it, as hex.
    pub build: String,
    /// What the map knows, with the English its map shows (its cards' texts are in the English
    /// table).
    pub atlas: Atlas,
    /// The map built once from the data.
    pub scene: Scene,
}

/// One language's texts, with the build they belong to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Texts {
    /// The format version, [`FORMAT`].
    pub format: u32,
    /// The build id of the atlas these rows belong to.
    pub build: String,
    /// The language.
    pub lang: String,
    /// One row per text of the atlas, `None` where it has none in this language.
    pub rows: Vec<Option<String>>,
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

/// Why a compiled file could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WireError {
    /// Not a file this program can read (damaged, truncated, or not this kind of file).
    Unreadable {
        /// The file.
        file: String,
        /// What the decoder said.
        why: String,
    },
    /// A file of another format version.
    OtherFormat {
        /// The file.
        file: String,
        /// Its version.
        found: u32,
    },
    /// A texts file of another build than the atlas.
    OtherBuild {
        /// The file.
        file: String,
        /// Its build id.
        found: String,
        /// The atlas's.
        expected: String,
    },
}

impl std::fmt::Display for WireError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WireError::Unreadable { file, why } => write!(f, "{file} cannot be read: {why}"),
            WireError::OtherFormat { file, found } => write!(
                f,
                "{file} is of format {found}; this version of the map reads format {FORMAT}"
            ),
            WireError::OtherBuild {
                file,
                found,
                expected,
            } => write!(
                f,
                "{file} belongs to build {found}, not to this map's build {expected}"
            ),
        }
    }
}

/// The build id of some bytes: FNV-1a (64 bits) as 16 hex digits.
pub fn build_id(bytes: &[u8]) -> String {
    let h = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("{h:016x}")
}

impl Compiled {
    /// The compiled form of an atlas and its scene: the texts in other languages, and the
    /// cards' texts in English, moved out into one table per language (rows in
    /// `Atlas::texts_mut` order), the build id the hash of what remains.
    pub fn new(atlas: &Atlas, scene: Scene) -> (Compiled, Vec<Vec<Option<String>>>) {
        let mut atlas = atlas.clone();
        let mut tables = vec![Vec::new(); TABLE_LANGUAGES.len()];
        let mut row = 0;
        atlas.texts_mut(&mut |text, used| {
            let mut others = text.move_out(row, used == crate::atlas::TextUse::Card);
            for (table, lang) in tables.iter_mut().zip(TABLE_LANGUAGES) {
                table.push(others.remove(lang));
            }
            row += 1;
        });
        let build = build_id(&encode(&(&atlas, &scene)));
        (
            Compiled {
                format: FORMAT,
                build,
                atlas,
                scene,
            },
            tables,
        )
    }

    /// The bytes of the compiled files. The same atlas and scene always give the same bytes.
    pub fn encode(atlas: &Atlas, scene: Scene) -> Files {
        let (compiled, tables) = Compiled::new(atlas, scene);
        Files {
            texts: TABLE_LANGUAGES
                .into_iter()
                .zip(tables)
                .map(|(lang, rows)| {
                    let texts = Texts {
                        format: FORMAT,
                        build: compiled.build.clone(),
                        lang: lang.to_string(),
                        rows,
                    };
                    (lang, encode(&texts))
                })
                .collect(),
            atlas: encode(&compiled),
        }
    }

    /// Reads `atlas.bin` as written by [`Compiled::encode`]: its format first, so a file of
    /// another version is named as such rather than misread.
    pub fn decode(bytes: &[u8]) -> Result<Compiled, WireError> {
        check_format(FILE, bytes)?;
        postcard::from_bytes(bytes).map_err(|e| WireError::Unreadable {
            file: FILE.to_string(),
            why: e.to_string(),
        })
    }

    /// Reads a texts file and checks that it belongs to this atlas's build.
    pub fn decode_texts(&self, lang: &str, bytes: &[u8]) -> Result<Texts, WireError> {
        decode_texts(&self.build, lang, bytes)
    }
}

/// Reads a texts file and checks that it is `lang`'s and belongs to the build `build`.
pub fn decode_texts(build: &str, lang: &str, bytes: &[u8]) -> Result<Texts, WireError> {
    let file = texts_file(lang);
    check_format(&file, bytes)?;
    let texts: Texts = postcard::from_bytes(bytes).map_err(|e| WireError::Unreadable {
        file: file.clone(),
        why: e.to_string(),
    })?;
    if texts.build != build || texts.lang != lang {
        return Err(WireError::OtherBuild {
            file,
            found: texts.build,
            expected: build.to_string(),
        });
    }
    Ok(texts)
}

/// Refuses a file whose first field, the format version, is not [`FORMAT`].
fn check_format(file: &str, bytes: &[u8]) -> Result<(), WireError> {
    match postcard::take_from_bytes::<u32>(bytes) {
        Ok((FORMAT, _)) => Ok(()),
        Ok((found, _)) => Err(WireError::OtherFormat {
            file: file.to_string(),
            found,
        }),
        Err(e) => Err(WireError::Unreadable {
            file: file.to_string(),
            why: e.to_string(),
        }),
    }
}

fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    // Encoding owned, in-memory values cannot fail.
    postcard::to_allocvec(value).expect("in-memory data encodes")
}
