//! The list type (placeholder until the data-types issue fills it in).

/// A list value.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct List {}

impl List {
    /// OBJECT ENCODING name.
    pub fn encoding(&self) -> &'static str {
        "list"
    }
}
