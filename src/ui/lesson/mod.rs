//! The lesson tools on the page: the key and caption, the glossary, the list of changes, the
//! teacher's tour and questions for students. They only draw and set the page's state; what a
//! tour is and how questions are drawn is in `crate::lesson`.

pub mod caption;
pub mod changes;
pub mod glossary;
pub mod key;
pub mod quiz;
pub mod tour;
