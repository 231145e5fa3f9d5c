//! The stream type (placeholder until the data-types issue fills it in).

/// A stream value.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Stream {}

impl Stream {
    /// OBJECT ENCODING name.
    pub fn encoding(&self) -> &'static str {
        "stream"
    }
}
