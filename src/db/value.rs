//! Stored values and their Redis encodings (what OBJECT ENCODING reports).

use std::borrow::Cow;

use crate::util::num::{i64_bytes, string2ll};

pub use super::hash::Hash;
pub use super::list::List;
pub use super::set::Set;
pub use super::stream::Stream;
pub use super::zset::ZSet;

/// Longest string Redis stores with the embstr encoding.
const EMBSTR_MAX: usize = 44;

/// A string value: Redis's int, embstr or raw encodings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Str {
    Int(i64),
    Embstr(Box<[u8]>),
    Raw(Vec<u8>),
}

impl Str {
    /// Encode a string the way Redis's tryObjectEncoding does for SET: an
    /// integer when it round-trips as one, embstr when short, raw otherwise.
    pub fn from_bytes(bytes: &[u8]) -> Str {
        if bytes.len() <= 20
            && let Some(n) = string2ll(bytes)
        {
            return Str::Int(n);
        }
        if bytes.len() <= EMBSTR_MAX {
            Str::Embstr(bytes.into())
        } else {
            Str::Raw(bytes.to_vec())
        }
    }

    /// The string's bytes.
    pub fn as_bytes(&self) -> Cow<'_, [u8]> {
        match self {
            Str::Int(n) => Cow::Owned(i64_bytes(*n)),
            Str::Embstr(b) => Cow::Borrowed(b),
            Str::Raw(v) => Cow::Borrowed(v),
        }
    }

    /// Length in bytes (STRLEN).
    pub fn len(&self) -> usize {
        match self {
            Str::Int(n) => i64_bytes(*n).len(),
            Str::Embstr(b) => b.len(),
            Str::Raw(v) => v.len(),
        }
    }

    /// True for the empty string.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The value as an integer, if it is one (INCR and friends).
    pub fn as_int(&self) -> Option<i64> {
        match self {
            Str::Int(n) => Some(*n),
            Str::Embstr(b) => string2ll(b),
            Str::Raw(v) => string2ll(v),
        }
    }

    /// Turn into a raw, growable buffer (APPEND, SETRANGE), as Redis's
    /// dbUnshareStringValue does.
    pub fn make_raw(&mut self) -> &mut Vec<u8> {
        if !matches!(self, Str::Raw(_)) {
            let bytes = self.as_bytes().into_owned();
            *self = Str::Raw(bytes);
        }
        match self {
            Str::Raw(v) => v,
            _ => unreachable!("just made raw"),
        }
    }

    /// OBJECT ENCODING name.
    pub fn encoding(&self) -> &'static str {
        match self {
            Str::Int(_) => "int",
            Str::Embstr(_) => "embstr",
            Str::Raw(_) => "raw",
        }
    }

    /// Bytes of memory held (for INFO and eviction estimates).
    pub fn mem_usage(&self) -> usize {
        match self {
            Str::Int(_) => 0,
            Str::Embstr(b) => b.len(),
            Str::Raw(v) => v.capacity(),
        }
    }
}

/// A value of any type.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Str(Str),
    List(List),
    Hash(Hash),
    Set(Set),
    ZSet(ZSet),
    Stream(Box<Stream>),
}

impl Value {
    /// TYPE name.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Str(_) => "string",
            Value::List(_) => "list",
            Value::Hash(_) => "hash",
            Value::Set(_) => "set",
            Value::ZSet(_) => "zset",
            Value::Stream(_) => "stream",
        }
    }

    /// OBJECT ENCODING name.
    pub fn encoding(&self) -> &'static str {
        match self {
            Value::Str(s) => s.encoding(),
            Value::List(l) => l.encoding(),
            Value::Hash(h) => h.encoding(),
            Value::Set(s) => s.encoding(),
            Value::ZSet(z) => z.encoding(),
            Value::Stream(_) => "stream",
        }
    }
}

/// A key's value plus its access metadata.
#[derive(Debug, Clone)]
pub struct Entry {
    pub value: Value,
    /// Last access, ms since the epoch (OBJECT IDLETIME, LRU eviction).
    pub access_ms: i64,
    /// Logarithmic access counter (OBJECT FREQ, LFU eviction).
    pub lfu: u8,
}

/// Initial LFU counter of a new key (LFU_INIT_VAL).
pub const LFU_INIT_VAL: u8 = 5;

impl Entry {
    /// A fresh entry.
    pub fn new(value: Value, now: i64) -> Entry {
        Entry {
            value,
            access_ms: now,
            lfu: LFU_INIT_VAL,
        }
    }

    /// Record an access.
    pub fn touch(&mut self, now: i64) {
        self.access_ms = now;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_follow_redis() {
        assert_eq!(Str::from_bytes(b"123").encoding(), "int");
        assert_eq!(Str::from_bytes(b"-9223372036854775808").encoding(), "int");
        assert_eq!(Str::from_bytes(b"0123").encoding(), "embstr");
        assert_eq!(Str::from_bytes(&[b'a'; 44]).encoding(), "embstr");
        assert_eq!(Str::from_bytes(&[b'a'; 45]).encoding(), "raw");
        let mut s = Str::from_bytes(b"12");
        s.make_raw().extend_from_slice(b"3");
        assert_eq!(s.encoding(), "raw");
        assert_eq!(s.as_int(), Some(123));
    }
}

macro_rules! typed_access {
    ($variant:ident, $ty:ty, $get:ident, $get_mut:ident) => {
        impl Value {
            /// The value as this type, or None for other types (the caller replies WRONGTYPE).
            pub fn $get(&self) -> Option<&$ty> {
                match self {
                    Value::$variant(v) => Some(v),
                    _ => None,
                }
            }

            /// Mutable access as this type, or None for other types.
            pub fn $get_mut(&mut self) -> Option<&mut $ty> {
                match self {
                    Value::$variant(v) => Some(v),
                    _ => None,
                }
            }
        }
    };
}

typed_access!(Str, Str, as_str, as_str_mut);
typed_access!(List, List, as_list, as_list_mut);
typed_access!(Hash, Hash, as_hash, as_hash_mut);
typed_access!(Set, Set, as_set, as_set_mut);
typed_access!(ZSet, ZSet, as_zset, as_zset_mut);
typed_access!(Stream, Box<Stream>, as_stream, as_stream_mut);
