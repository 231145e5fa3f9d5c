//! The hash type (placeholder until the data-types issue fills it in).

/// A hash value.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Hash {}

impl Hash {
    /// OBJECT ENCODING name.
    pub fn encoding(&self) -> &'static str {
        "hash"
    }
}
