//! The hash type: a map from field to value, both byte strings, with Redis
//! 7.0's two encodings.
//!
//! * `listpack` (small hashes): fields keep insertion order exactly as
//!   Redis's listpack does: a new field is appended, an update keeps the
//!   field's place, a deletion closes the gap. HGETALL, HKEYS, HSCAN and RDB
//!   see that order.
//! * `hashtable` (big hashes): the order is unspecified, as in Redis.
//!
//! A hash starts as a listpack and is converted, never back, when a field or
//! value longer than `hash-max-listpack-value` is written or when it gets
//! more than `hash-max-listpack-entries` fields ([`Limits`]).
//!
//! Both encodings use one insertion-ordered table, so lookups are O(1);
//! deletion is O(N) in a listpack (like Redis's) and O(1) in a hashtable.

use std::collections::hash_map::RandomState;

use indexmap::IndexMap;

/// The conversion thresholds (`hash-max-listpack-entries`/`-value`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Most fields a listpack-encoded hash may hold.
    pub max_entries: usize,
    /// Longest field or value a listpack-encoded hash may hold.
    pub max_value: usize,
}

/// A hash value.
#[derive(Debug, Clone, PartialEq)]
pub struct Hash {
    map: IndexMap<Box<[u8]>, Box<[u8]>, RandomState>,
    listpack: bool,
}

impl Default for Hash {
    fn default() -> Self {
        Hash::new()
    }
}

impl Hash {
    /// An empty, listpack-encoded hash.
    pub fn new() -> Hash {
        Hash {
            map: IndexMap::default(),
            listpack: true,
        }
    }

    /// OBJECT ENCODING name: `listpack` or `hashtable`.
    pub fn encoding(&self) -> &'static str {
        if self.listpack { "listpack" } else { "hashtable" }
    }

    /// True while the hash is listpack-encoded (ordered, small).
    pub fn is_listpack(&self) -> bool {
        self.listpack
    }

    /// Switch to the hashtable encoding (no-op when already converted).
    pub fn convert_to_hashtable(&mut self) {
        self.listpack = false;
    }

    /// Number of fields (HLEN).
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True when the hash has no fields (such a key must be deleted).
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The value of a field.
    pub fn get(&self, field: &[u8]) -> Option<&[u8]> {
        self.map.get(field).map(|v| &**v)
    }

    /// True when the field exists.
    pub fn contains(&self, field: &[u8]) -> bool {
        self.map.contains_key(field)
    }

    /// Convert before a write when one of the strings about to be written is
    /// longer than the listpack allows (Redis's hashTypeTryConversion).
    pub fn prepare_write<'a>(&mut self, strings: impl IntoIterator<Item = &'a [u8]>, limits: Limits) {
        if self.listpack && strings.into_iter().any(|s| s.len() > limits.max_value) {
            self.listpack = false;
        }
    }

    /// Set a field (Redis's hashTypeSet): converts when the field or value is
    /// too long for a listpack or when the hash gets too many fields. An
    /// existing field keeps its place. Returns true when the field is new.
    pub fn insert(&mut self, field: &[u8], value: &[u8], limits: Limits) -> bool {
        self.prepare_write([field, value], limits);
        let new = match self.map.get_mut(field) {
            Some(v) => {
                *v = value.into();
                false
            }
            None => {
                self.map.insert(field.into(), value.into());
                true
            }
        };
        if self.listpack && self.map.len() > limits.max_entries {
            self.listpack = false;
        }
        new
    }

    /// Delete a field; true when it existed.
    pub fn remove(&mut self, field: &[u8]) -> bool {
        if self.listpack {
            self.map.shift_remove(field).is_some()
        } else {
            self.map.swap_remove(field).is_some()
        }
    }

    /// (field, value) pairs in the encoding's order (insertion order for a
    /// listpack).
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&[u8], &[u8])> {
        self.map.iter().map(|(f, v)| (&**f, &**v))
    }

    /// The pair at position `i` of [`Hash::iter`]'s order (O(1); random picks).
    pub fn get_index(&self, i: usize) -> Option<(&[u8], &[u8])> {
        self.map.get_index(i).map(|(f, v)| (&**f, &**v))
    }

    /// One HSCAN step: calls `f` for the pairs visited and returns the next
    /// cursor (0 when done). A listpack returns everything at once, as Redis.
    /// A hashtable is walked from the last position down, about `count`
    /// pairs per call; since new fields are appended and a deletion moves the
    /// last field into the gap, every field present for the whole scan is
    /// visited at least once.
    pub fn scan<'a>(&'a self, cursor: u64, count: usize, mut f: impl FnMut(&'a [u8], &'a [u8])) -> u64 {
        let len = self.map.len();
        if self.listpack {
            self.iter().for_each(|(k, v)| f(k, v));
            return 0;
        }
        let top = if cursor == 0 {
            len
        } else {
            usize::try_from(cursor).unwrap_or(usize::MAX).min(len)
        };
        let bottom = top.saturating_sub(count.max(1));
        for i in (bottom..top).rev() {
            if let Some((k, v)) = self.get_index(i) {
                f(k, v);
            }
        }
        bottom as u64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: Limits = Limits {
        max_entries: 4,
        max_value: 8,
    };

    fn fields(h: &Hash) -> Vec<String> {
        h.iter().map(|(f, _)| String::from_utf8_lossy(f).into_owned()).collect()
    }

    #[test]
    fn listpack_keeps_insertion_order() {
        let mut h = Hash::new();
        assert!(h.insert(b"b", b"1", SMALL));
        assert!(h.insert(b"a", b"2", SMALL));
        assert!(h.insert(b"c", b"3", SMALL));
        assert!(!h.insert(b"b", b"9", SMALL));
        assert_eq!(fields(&h), ["b", "a", "c"]);
        assert_eq!(h.get(b"b"), Some(&b"9"[..]));
        assert!(h.remove(b"b"));
        assert!(!h.remove(b"b"));
        assert_eq!(fields(&h), ["a", "c"]);
        assert!(h.insert(b"b", b"1", SMALL));
        assert_eq!(fields(&h), ["a", "c", "b"]);
        assert_eq!(h.encoding(), "listpack");
    }

    #[test]
    fn converts_on_thresholds() {
        let mut h = Hash::new();
        for f in [b"1", b"2", b"3", b"4"] {
            h.insert(f, b"v", SMALL);
        }
        assert_eq!(h.encoding(), "listpack");
        h.insert(b"5", b"v", SMALL);
        assert_eq!(h.encoding(), "hashtable");
        h.remove(b"5");
        assert_eq!(h.encoding(), "hashtable");

        let mut h = Hash::new();
        h.insert(b"f", b"12345678", SMALL);
        assert!(h.is_listpack());
        h.insert(b"f", b"123456789", SMALL);
        assert!(!h.is_listpack());

        let mut h = Hash::new();
        h.prepare_write([&b"short"[..], &b"a-long-string"[..]], SMALL);
        assert_eq!(h.encoding(), "hashtable");
    }

    #[test]
    fn scan_visits_every_stable_field_despite_deletions() {
        let limits = Limits {
            max_entries: 0,
            max_value: 64,
        };
        let mut h = Hash::new();
        for i in 0..200 {
            h.insert(format!("f{i}").as_bytes(), b"v", limits);
        }
        let mut seen = std::collections::HashSet::new();
        let mut cursor = 0;
        let mut round = 0;
        loop {
            cursor = h.scan(cursor, 7, |f, _| {
                seen.insert(f.to_vec());
            });
            // Delete odd fields and add new ones while scanning.
            round += 1;
            h.remove(format!("f{}", round * 2 + 1).as_bytes());
            h.insert(format!("new{round}").as_bytes(), b"v", limits);
            if cursor == 0 {
                break;
            }
        }
        for i in (0..200).step_by(2) {
            assert!(seen.contains(format!("f{i}").as_bytes()), "f{i} missed");
        }
    }

    #[test]
    fn listpack_scan_returns_all_at_once() {
        let mut h = Hash::new();
        h.insert(b"x", b"1", SMALL);
        h.insert(b"y", b"2", SMALL);
        let mut got = Vec::new();
        assert_eq!(h.scan(5, 1, |f, v| got.push((f.to_vec(), v.to_vec()))), 0);
        assert_eq!(got.len(), 2);
    }
}
