//! The set type, with Redis 7.0's two encodings:
//!
//! * **intset**: a sorted vector of integers, used while every member is an
//!   integer in canonical form (Redis's `string2ll` rules) and the set holds at
//!   most `set-max-intset-entries` members. Iteration is in ascending numeric
//!   order, exactly as Redis's intset. Lookups are O(log N), inserts and
//!   removals O(N) (a memmove), as in Redis.
//! * **hashtable**: an insertion-ordered hash set (`IndexSet`) of byte strings
//!   with O(1) add, remove, membership and uniform random access. Removal is a
//!   swap-remove: the last member moves into the hole, so members only ever
//!   move to *lower* positions. [`Set::scan`] walks positions from the top
//!   down, which is what guarantees SSCAN's contract (a member present for the
//!   whole scan is returned at least once).
//!
//! A set converts from intset to hashtable when a non-integer member is added
//! or when it grows past the limit, never back (except where Redis rebuilds a
//! set from scratch, see [`Set::retain_rebuilt`]).

use std::collections::hash_map::RandomState;

use indexmap::IndexSet;
use rand::{Rng, RngExt};

use crate::util::num::{push_i64, string2ll};

/// Redis caps the intset size at 2^30 entries whatever the configuration.
const INTSET_HARD_LIMIT: usize = 1 << 30;

/// One member as stored: an integer (intset encoding) or bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Member<'a> {
    Int(i64),
    Bytes(&'a [u8]),
}

impl Member<'_> {
    /// The member's bytes (integers in decimal form), owned.
    pub fn to_vec(self) -> Vec<u8> {
        match self {
            Member::Int(v) => {
                let mut out = Vec::with_capacity(20);
                push_i64(&mut out, v);
                out
            }
            Member::Bytes(b) => b.to_vec(),
        }
    }

    /// Call `f` with the member's bytes, formatting integers on the stack.
    pub fn with_bytes<R>(self, f: impl FnOnce(&[u8]) -> R) -> R {
        match self {
            Member::Int(v) => {
                let mut buf = IntBuf::default();
                f(buf.format(v))
            }
            Member::Bytes(b) => f(b),
        }
    }

    /// The member as an integer, when it is one in canonical form.
    pub fn as_int(self) -> Option<i64> {
        match self {
            Member::Int(v) => Some(v),
            Member::Bytes(b) => string2ll(b),
        }
    }
}

/// A stack buffer to format an integer member without allocating.
#[derive(Default)]
pub struct IntBuf {
    buf: [u8; 20],
    len: usize,
}

impl IntBuf {
    /// Format `v` into the buffer and return its bytes.
    pub fn format(&mut self, v: i64) -> &[u8] {
        let mut n = v.unsigned_abs();
        let mut i = self.buf.len();
        loop {
            i -= 1;
            self.buf[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        if v < 0 {
            i -= 1;
            self.buf[i] = b'-';
        }
        self.len = self.buf.len() - i;
        &self.buf[i..]
    }
}

#[derive(Debug, Clone)]
enum Repr {
    Intset(Vec<i64>),
    Hashtable(IndexSet<Box<[u8]>, RandomState>),
}

/// A set value (see the module documentation for its encodings).
#[derive(Debug, Clone)]
pub struct Set {
    repr: Repr,
}

impl Default for Set {
    fn default() -> Self {
        Set::new_intset()
    }
}

impl PartialEq for Set {
    /// Same members, whatever the encodings.
    fn eq(&self, other: &Set) -> bool {
        self.len() == other.len() && self.iter().all(|m| other.contains_member(m))
    }
}

impl Set {
    /// An empty intset (Redis's createIntsetObject).
    pub fn new_intset() -> Set {
        Set {
            repr: Repr::Intset(Vec::new()),
        }
    }

    /// An empty hashtable set with room for `capacity` members.
    pub fn new_hashtable(capacity: usize) -> Set {
        Set {
            repr: Repr::Hashtable(IndexSet::with_capacity_and_hasher(capacity, RandomState::new())),
        }
    }

    /// An empty set able to hold `first` in the smallest encoding (Redis's
    /// setTypeCreate): an intset when `first` is an integer.
    pub fn for_member(first: &[u8]) -> Set {
        if string2ll(first).is_some() {
            Set::new_intset()
        } else {
            Set::new_hashtable(0)
        }
    }

    /// OBJECT ENCODING name.
    pub fn encoding(&self) -> &'static str {
        match self.repr {
            Repr::Intset(_) => "intset",
            Repr::Hashtable(_) => "hashtable",
        }
    }

    /// True while the set uses the intset encoding.
    pub fn is_intset(&self) -> bool {
        matches!(self.repr, Repr::Intset(_))
    }

    /// Number of members (SCARD).
    pub fn len(&self) -> usize {
        match &self.repr {
            Repr::Intset(v) => v.len(),
            Repr::Hashtable(h) => h.len(),
        }
    }

    /// True when the set has no members.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Add a member; true when it was not there. `max_intset_entries` is
    /// `set-max-intset-entries`: an intset growing past it converts.
    pub fn add(&mut self, member: &[u8], max_intset_entries: usize) -> bool {
        if let Repr::Intset(_) = self.repr {
            match string2ll(member) {
                Some(v) => return self.add_int(v, max_intset_entries),
                None => self.convert_to_hashtable(),
            }
        }
        match &mut self.repr {
            Repr::Hashtable(h) => {
                if h.contains(member) {
                    false
                } else {
                    h.insert(member.into())
                }
            }
            Repr::Intset(_) => unreachable!("converted above"),
        }
    }

    /// Add an integer member; true when it was not there.
    pub fn add_int(&mut self, v: i64, max_intset_entries: usize) -> bool {
        match &mut self.repr {
            Repr::Intset(ints) => {
                let Err(pos) = ints.binary_search(&v) else {
                    return false;
                };
                ints.insert(pos, v);
                if ints.len() > max_intset_entries.min(INTSET_HARD_LIMIT) {
                    self.convert_to_hashtable();
                }
                true
            }
            Repr::Hashtable(h) => {
                let mut buf = IntBuf::default();
                let bytes = buf.format(v);
                if h.contains(bytes) {
                    false
                } else {
                    h.insert(bytes.into())
                }
            }
        }
    }

    /// Add a member in either representation; true when it was not there.
    pub fn add_member(&mut self, member: Member, max_intset_entries: usize) -> bool {
        match member {
            Member::Int(v) => self.add_int(v, max_intset_entries),
            Member::Bytes(b) => self.add(b, max_intset_entries),
        }
    }

    /// Remove a member; true when it was there.
    pub fn remove(&mut self, member: &[u8]) -> bool {
        match &mut self.repr {
            Repr::Intset(ints) => match string2ll(member).map(|v| ints.binary_search(&v)) {
                Some(Ok(pos)) => {
                    ints.remove(pos);
                    true
                }
                _ => false,
            },
            Repr::Hashtable(h) => {
                let removed = h.swap_remove(member);
                if removed {
                    maybe_shrink(h);
                }
                removed
            }
        }
    }

    /// True when `member` is in the set (SISMEMBER).
    pub fn contains(&self, member: &[u8]) -> bool {
        match &self.repr {
            Repr::Intset(ints) => string2ll(member).is_some_and(|v| ints.binary_search(&v).is_ok()),
            Repr::Hashtable(h) => h.contains(member),
        }
    }

    /// Membership for a member taken from another set, without allocating.
    pub fn contains_member(&self, member: Member) -> bool {
        match (&self.repr, member) {
            (Repr::Intset(ints), m) => m.as_int().is_some_and(|v| ints.binary_search(&v).is_ok()),
            (Repr::Hashtable(h), m) => m.with_bytes(|b| h.contains(b)),
        }
    }

    /// Iterate over the members: ascending for an intset, position order for
    /// a hashtable.
    pub fn iter(&self) -> Iter<'_> {
        Iter {
            set: self,
            pos: 0,
            end: self.len(),
        }
    }

    /// The member at position `pos` (0 <= pos < len).
    fn at(&self, pos: usize) -> Member<'_> {
        match &self.repr {
            Repr::Intset(ints) => Member::Int(ints[pos]),
            Repr::Hashtable(h) => Member::Bytes(&h[pos]),
        }
    }

    /// A uniformly chosen member, or None when empty (SRANDMEMBER).
    pub fn random(&self, rng: &mut impl Rng) -> Option<Member<'_>> {
        if self.is_empty() {
            return None;
        }
        Some(self.at(rng.random_range(0..self.len())))
    }

    /// Remove and return a uniformly chosen member, or None when empty (SPOP).
    pub fn pop_random(&mut self, rng: &mut impl Rng) -> Option<Vec<u8>> {
        if self.is_empty() {
            return None;
        }
        let pos = rng.random_range(0..self.len());
        match &mut self.repr {
            Repr::Intset(ints) => Some(Member::Int(ints.remove(pos)).to_vec()),
            Repr::Hashtable(h) => {
                let member = h.swap_remove_index(pos).map(Vec::from);
                maybe_shrink(h);
                member
            }
        }
    }

    /// Keep only the members for which `keep(position, member)` is true,
    /// then give the set the encoding Redis gives a set rebuilt from scratch
    /// with those members (intset when they are all integers and few
    /// enough), as SPOP's "create a new set" strategy does. `position` is the
    /// member's position in [`Set::iter`] order before the call. Members that
    /// stay in a hashtable only move to lower positions (SSCAN stays valid).
    pub fn retain_rebuilt(&mut self, max_intset_entries: usize, mut keep: impl FnMut(usize, Member) -> bool) {
        match &mut self.repr {
            Repr::Intset(ints) => {
                let mut pos = 0;
                ints.retain(|&v| {
                    pos += 1;
                    keep(pos - 1, Member::Int(v))
                });
            }
            Repr::Hashtable(h) => {
                // Downwards: a swap-remove only moves an already examined member.
                let mut pos = h.len();
                while pos > 0 {
                    pos -= 1;
                    if !keep(pos, Member::Bytes(&h[pos])) {
                        h.swap_remove_index(pos);
                    }
                }
                maybe_shrink(h);
                let limit = max_intset_entries.min(INTSET_HARD_LIMIT);
                if !h.is_empty() && h.len() <= limit && h.iter().all(|m| string2ll(m).is_some()) {
                    let mut ints: Vec<i64> = h.iter().filter_map(|m| string2ll(m)).collect();
                    ints.sort_unstable();
                    self.repr = Repr::Intset(ints);
                }
            }
        }
    }

    /// Convert an intset to a hashtable (no-op for a hashtable).
    pub fn convert_to_hashtable(&mut self) {
        if let Repr::Intset(ints) = &self.repr {
            let mut h = IndexSet::with_capacity_and_hasher(ints.len(), RandomState::new());
            let mut buf = IntBuf::default();
            for &v in ints {
                h.insert(Box::from(buf.format(v)));
            }
            self.repr = Repr::Hashtable(h);
        }
    }

    /// One SSCAN step. An intset is returned whole with next cursor 0, as
    /// Redis does for small encodings. A hashtable is walked from position
    /// `cursor` (0 = the top) downwards until `count` members were visited;
    /// the returned cursor is the position to continue from, 0 when done.
    pub fn scan(&self, cursor: u64, count: usize, mut f: impl FnMut(Member)) -> u64 {
        match &self.repr {
            Repr::Intset(ints) => {
                ints.iter().for_each(|&v| f(Member::Int(v)));
                0
            }
            Repr::Hashtable(h) => {
                let len = h.len() as u64;
                let mut pos = if cursor == 0 { len } else { cursor.min(len) };
                let mut visited = 0;
                while pos > 0 && visited < count {
                    pos -= 1;
                    f(Member::Bytes(&h[pos as usize]));
                    visited += 1;
                }
                pos
            }
        }
    }
}

/// Give memory back after many removals, as Redis's dict resize does.
fn maybe_shrink(h: &mut IndexSet<Box<[u8]>, RandomState>) {
    if h.capacity() > 64 && h.len() * 8 < h.capacity() {
        h.shrink_to(h.len() * 2);
    }
}

/// Iterator over a set's members (see [`Set::iter`]).
pub struct Iter<'a> {
    set: &'a Set,
    pos: usize,
    end: usize,
}

impl<'a> Iterator for Iter<'a> {
    type Item = Member<'a>;

    fn next(&mut self) -> Option<Member<'a>> {
        if self.pos >= self.end {
            return None;
        }
        self.pos += 1;
        Some(self.set.at(self.pos - 1))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.end - self.pos;
        (n, Some(n))
    }
}

impl ExactSizeIterator for Iter<'_> {}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand::rngs::SmallRng;

    fn members(s: &Set) -> Vec<Vec<u8>> {
        s.iter().map(Member::to_vec).collect()
    }

    #[test]
    fn intset_stays_sorted_and_converts_past_the_limit() {
        let mut s = Set::for_member(b"5");
        assert_eq!(s.encoding(), "intset");
        for m in ["5", "-3", "10", "5", "0"] {
            s.add(m.as_bytes(), 4);
        }
        assert_eq!(
            members(&s),
            vec![b"-3".to_vec(), b"0".to_vec(), b"5".to_vec(), b"10".to_vec()]
        );
        assert!(s.add(b"7", 4));
        assert_eq!(s.encoding(), "hashtable");
        assert_eq!(s.len(), 5);
        assert!(s.contains(b"-3") && s.contains(b"7") && !s.contains(b"8"));
    }

    #[test]
    fn non_canonical_integers_are_strings() {
        let mut s = Set::new_intset();
        s.add(b"1", 512);
        assert!(!s.contains(b"01"));
        assert!(!s.remove(b"+1"));
        s.add(b"01", 512);
        assert_eq!(s.encoding(), "hashtable");
        assert!(s.contains(b"1") && s.contains(b"01"));
        assert!(s.contains_member(Member::Int(1)));
    }

    #[test]
    fn remove_and_pop() {
        let mut rng = SmallRng::seed_from_u64(7);
        let mut s = Set::for_member(b"a");
        for i in 0..100 {
            s.add(format!("m{i}").as_bytes(), 512);
        }
        assert!(s.remove(b"m5"));
        assert!(!s.remove(b"m5"));
        let mut popped = std::collections::HashSet::new();
        while let Some(m) = s.pop_random(&mut rng) {
            assert!(popped.insert(m));
        }
        assert_eq!(popped.len(), 99);
        assert!(s.is_empty());
    }

    #[test]
    fn scan_returns_members_present_throughout_despite_removals() {
        let mut s = Set::new_hashtable(0);
        for i in 0..1000 {
            s.add(format!("m{i}").as_bytes(), 512);
        }
        let mut seen = std::collections::HashSet::new();
        let mut cursor = 0;
        let mut round = 0;
        loop {
            cursor = s.scan(cursor, 10, |m| {
                seen.insert(m.to_vec());
            });
            // Remove a few members (only even ones) and add new ones each round.
            for k in 0..3 {
                s.remove(format!("m{}", (round * 6 + k * 2) % 1000).as_bytes());
            }
            s.add(format!("new{round}").as_bytes(), 512);
            round += 1;
            if cursor == 0 {
                break;
            }
        }
        for i in (1..1000).step_by(2) {
            assert!(seen.contains(format!("m{i}").as_bytes()), "missed m{i}");
        }
    }

    #[test]
    fn retain_rebuilt_picks_redis_encoding() {
        let mut s = Set::new_hashtable(0);
        for m in ["1", "2", "x", "3"] {
            s.add(m.as_bytes(), 512);
        }
        s.retain_rebuilt(512, |_, m| m != Member::Bytes(b"x"));
        assert_eq!(s.encoding(), "intset");
        assert_eq!(members(&s), vec![b"1".to_vec(), b"2".to_vec(), b"3".to_vec()]);
    }

    #[test]
    fn int_formatting() {
        let mut b = IntBuf::default();
        assert_eq!(b.format(i64::MIN), b"-9223372036854775808");
        assert_eq!(b.format(0), b"0");
        assert_eq!(Member::Int(-42).to_vec(), b"-42");
    }
}
