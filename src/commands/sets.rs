//! Sets commands (filled in by the data-types issue).

use super::Handler;

pub const COMMANDS: &[(&str, Handler)] = &[];
