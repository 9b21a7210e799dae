//! One problem found in the data, naming the file, the feature or event, and the reason.

use std::fmt;

/// A problem in a data file. `Display` gives a line a person can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    /// The file, as named to the user (`geo/pieces.geojson`).
    pub file: String,
    /// The feature or event it concerns, if any.
    pub item: Option<String>,
    /// What is wrong.
    pub reason: String,
}

impl DataError {
    /// A problem with the file as a whole.
    pub fn file(file: &str, reason: impl Into<String>) -> DataError {
        DataError {
            file: file.to_string(),
            item: None,
            reason: reason.into(),
        }
    }

    /// A problem with one feature or event of the file.
    pub fn item(file: &str, item: &str, reason: impl Into<String>) -> DataError {
        DataError {
            file: file.to_string(),
            item: Some(item.to_string()),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.item {
            Some(item) => write!(f, "{}: '{}': {}", self.file, item, self.reason),
            None => write!(f, "{}: {}", self.file, self.reason),
        }
    }
}

impl std::error::Error for DataError {}
