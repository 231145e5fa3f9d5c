//! The list type: an ordered sequence of byte strings with O(1) push and pop
//! at both ends and O(1) access by index (a `VecDeque`).
//!
//! Redis 7.0 stores every list as a quicklist, so OBJECT ENCODING always
//! reports `quicklist`. Index arguments follow Redis's conventions: negative
//! indexes count from the tail (-1 is the last element), and ranges are
//! inclusive and clamped as LRANGE / LTRIM do ([`List::range_bounds`]).
//! Iteration ([`List::iter`]) is head to tail, the order RDB stores.

use std::collections::VecDeque;

/// One end of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// The first element (LPUSH, LPOP, LEFT).
    Head,
    /// The last element (RPUSH, RPOP, RIGHT).
    Tail,
}

/// A list value.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct List {
    items: VecDeque<Box<[u8]>>,
}

impl List {
    /// An empty list.
    pub fn new() -> List {
        List::default()
    }

    /// OBJECT ENCODING name (always `quicklist` in Redis 7.0).
    pub fn encoding(&self) -> &'static str {
        "quicklist"
    }

    /// Number of elements (LLEN).
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when the list has no elements (such a key must be deleted).
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Add an element at one end.
    pub fn push(&mut self, end: End, value: &[u8]) {
        let value: Box<[u8]> = value.into();
        match end {
            End::Head => self.items.push_front(value),
            End::Tail => self.items.push_back(value),
        }
    }

    /// Add an already owned element at one end (no copy).
    pub fn push_owned(&mut self, end: End, value: Box<[u8]>) {
        match end {
            End::Head => self.items.push_front(value),
            End::Tail => self.items.push_back(value),
        }
    }

    /// Remove and return the element at one end.
    pub fn pop(&mut self, end: End) -> Option<Box<[u8]>> {
        match end {
            End::Head => self.items.pop_front(),
            End::Tail => self.items.pop_back(),
        }
    }

    /// Remove up to `n` elements from one end, yielded in pop order (from the
    /// head going forward, or from the tail going backward).
    pub fn pop_many(&mut self, end: End, n: usize) -> impl ExactSizeIterator<Item = Box<[u8]>> + '_ {
        let len = self.items.len();
        let n = n.min(len);
        let (front, back) = match end {
            End::Head => (Some(self.items.drain(..n)), None),
            End::Tail => (None, Some(self.items.drain(len - n..).rev())),
        };
        PopMany { front, back, left: n }
    }

    /// Resolve a Redis index (negative counts from the tail) to a position.
    pub fn resolve(&self, index: i64) -> Option<usize> {
        let len = self.items.len() as i64;
        let i = if index < 0 { len.checked_add(index)? } else { index };
        (0..len).contains(&i).then_some(i as usize)
    }

    /// The element at a Redis index (LINDEX).
    pub fn get(&self, index: i64) -> Option<&[u8]> {
        self.resolve(index).map(|i| &*self.items[i])
    }

    /// Replace the element at a Redis index (LSET); false when out of range.
    pub fn set(&mut self, index: i64, value: &[u8]) -> bool {
        match self.resolve(index) {
            Some(i) => {
                self.items[i] = value.into();
                true
            }
            None => false,
        }
    }

    /// Insert `value` so that it ends up at position `at` (0..=len).
    pub fn insert(&mut self, at: usize, value: &[u8]) {
        self.items.insert(at.min(self.items.len()), value.into());
    }

    /// Elements from head to tail.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &[u8]> + ExactSizeIterator {
        self.items.iter().map(|e| &**e)
    }

    /// Elements at positions `first..=last` (valid positions, first <= last).
    pub fn range(&self, first: usize, last: usize) -> impl DoubleEndedIterator<Item = &[u8]> + ExactSizeIterator {
        self.items.range(first..=last).map(|e| &**e)
    }

    /// Turn LRANGE-style inclusive `start`/`stop` indexes into positions
    /// `(first, last)`, or None when the range is empty. Negative indexes
    /// count from the tail; out-of-range ends are clamped as Redis does.
    pub fn range_bounds(&self, start: i64, stop: i64) -> Option<(usize, usize)> {
        let len = self.items.len() as i64;
        let mut start = if start < 0 { start.saturating_add(len) } else { start };
        let mut stop = if stop < 0 { stop.saturating_add(len) } else { stop };
        if start < 0 {
            start = 0;
        }
        if start > stop || start >= len {
            return None;
        }
        if stop >= len {
            stop = len - 1;
        }
        Some((start as usize, stop as usize))
    }

    /// Keep only the LTRIM range `start..=stop`; returns how many elements
    /// were removed (the list may become empty).
    pub fn trim(&mut self, start: i64, stop: i64) -> usize {
        let len = self.items.len();
        match self.range_bounds(start, stop) {
            None => {
                self.items.clear();
                len
            }
            Some((first, last)) => {
                self.items.truncate(last + 1);
                self.items.drain(..first);
                len - (last + 1 - first)
            }
        }
    }

    /// Position of the first element equal to `value`, from the head.
    pub fn position(&self, value: &[u8]) -> Option<usize> {
        self.items.iter().position(|e| **e == *value)
    }

    /// Remove elements equal to `value` with LREM's rules: `count > 0` removes
    /// the first `count` from the head, `count < 0` the first `-count` from
    /// the tail, `0` all of them. Returns how many were removed. O(N).
    pub fn remove_matching(&mut self, value: &[u8], count: i64) -> usize {
        let limit = if count == 0 {
            usize::MAX
        } else {
            count.unsigned_abs() as usize
        };
        let mut removed = 0;
        if count >= 0 {
            self.items.retain(|e| {
                let remove = removed < limit && **e == *value;
                removed += remove as usize;
                !remove
            });
        } else {
            // Find the matches from the tail, then compact in one pass.
            let mut cut: Vec<usize> = Vec::new();
            for (i, e) in self.items.iter().enumerate().rev() {
                if cut.len() == limit {
                    break;
                }
                if **e == *value {
                    cut.push(i);
                }
            }
            removed = cut.len();
            if removed > 0 {
                // `cut` is descending: the next position to drop is at its end.
                let mut i = 0;
                self.items.retain(|_| {
                    let drop = cut.last() == Some(&i);
                    if drop {
                        cut.pop();
                    }
                    i += 1;
                    !drop
                });
            }
        }
        removed
    }
}

impl FromIterator<Box<[u8]>> for List {
    /// A list of these elements, head first (RDB loading).
    fn from_iter<I: IntoIterator<Item = Box<[u8]>>>(iter: I) -> List {
        List {
            items: iter.into_iter().collect(),
        }
    }
}

/// Iterator returned by [`List::pop_many`].
struct PopMany<F, B> {
    front: Option<F>,
    back: Option<B>,
    left: usize,
}

impl<F, B> Iterator for PopMany<F, B>
where
    F: Iterator<Item = Box<[u8]>>,
    B: Iterator<Item = Box<[u8]>>,
{
    type Item = Box<[u8]>;

    fn next(&mut self) -> Option<Box<[u8]>> {
        let item = match (&mut self.front, &mut self.back) {
            (Some(f), _) => f.next(),
            (None, Some(b)) => b.next(),
            (None, None) => None,
        };
        if item.is_some() {
            self.left -= 1;
        }
        item
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl<F, B> ExactSizeIterator for PopMany<F, B>
where
    F: Iterator<Item = Box<[u8]>>,
    B: Iterator<Item = Box<[u8]>>,
{
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(items: &[&str]) -> List {
        items.iter().map(|s| s.as_bytes().into()).collect()
    }

    fn items(l: &List) -> Vec<String> {
        l.iter().map(|e| String::from_utf8_lossy(e).into_owned()).collect()
    }

    #[test]
    fn push_pop_both_ends() {
        let mut l = List::new();
        l.push(End::Tail, b"b");
        l.push(End::Head, b"a");
        l.push(End::Tail, b"c");
        assert_eq!(items(&l), ["a", "b", "c"]);
        assert_eq!(l.pop(End::Tail).as_deref(), Some(&b"c"[..]));
        assert_eq!(l.pop(End::Head).as_deref(), Some(&b"a"[..]));
        assert_eq!(l.len(), 1);
        assert_eq!(l.encoding(), "quicklist");
    }

    #[test]
    fn pop_many_orders() {
        let mut l = list(&["a", "b", "c", "d"]);
        let head: Vec<_> = l.pop_many(End::Head, 2).collect();
        assert_eq!(head, vec![b"a"[..].into(), b"b"[..].into()] as Vec<Box<[u8]>>);
        let mut l = list(&["a", "b", "c", "d"]);
        let it = l.pop_many(End::Tail, 10);
        assert_eq!(it.len(), 4);
        let tail: Vec<_> = it.map(|e| e.to_vec()).collect();
        assert_eq!(tail, [b"d", b"c", b"b", b"a"]);
        assert!(l.is_empty());
    }

    #[test]
    fn indexes_and_ranges() {
        let l = list(&["a", "b", "c"]);
        assert_eq!(l.get(0), Some(&b"a"[..]));
        assert_eq!(l.get(-1), Some(&b"c"[..]));
        assert_eq!(l.get(-3), Some(&b"a"[..]));
        assert_eq!(l.get(-4), None);
        assert_eq!(l.get(3), None);
        assert_eq!(l.get(i64::MIN), None);
        assert_eq!(l.range_bounds(0, -1), Some((0, 2)));
        assert_eq!(l.range_bounds(-100, 100), Some((0, 2)));
        assert_eq!(l.range_bounds(2, 1), None);
        assert_eq!(l.range_bounds(3, 5), None);
        assert_eq!(l.range_bounds(i64::MIN, i64::MAX), Some((0, 2)));
        assert_eq!(l.range(1, 2).rev().collect::<Vec<_>>(), [b"c", b"b"]);
    }

    #[test]
    fn trim_like_ltrim() {
        let mut l = list(&["a", "b", "c", "d", "e"]);
        assert_eq!(l.trim(1, -2), 2);
        assert_eq!(items(&l), ["b", "c", "d"]);
        assert_eq!(l.trim(5, 10), 3);
        assert!(l.is_empty());
    }

    #[test]
    fn remove_matching_like_lrem() {
        let mut l = list(&["x", "a", "x", "b", "x"]);
        assert_eq!(l.remove_matching(b"x", -2), 2);
        assert_eq!(items(&l), ["x", "a", "b"]);
        let mut l = list(&["x", "a", "x", "b", "x"]);
        assert_eq!(l.remove_matching(b"x", 1), 1);
        assert_eq!(items(&l), ["a", "x", "b", "x"]);
        assert_eq!(l.remove_matching(b"x", 0), 2);
        assert_eq!(items(&l), ["a", "b"]);
        assert_eq!(l.remove_matching(b"zz", 0), 0);
    }

    #[test]
    fn set_insert_position() {
        let mut l = list(&["a", "c"]);
        assert!(l.set(-1, b"d"));
        assert!(!l.set(2, b"z"));
        let at = l.position(b"d").expect("present");
        l.insert(at, b"c");
        l.insert(99, b"e");
        assert_eq!(items(&l), ["a", "c", "d", "e"]);
    }
}
