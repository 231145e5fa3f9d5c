//! Small helpers shared by every command family: Redis's exact number parsing
//! (string2ll, string2ld) and formatting, and the clock.

pub mod long_double;
pub mod num;
pub mod time;
