//! The set of non-empty hash slots of a database: a bitmap for ordered
//! iteration (SCAN, KEYS) and a dense list for O(1) random choice (RANDOMKEY,
//! eviction sampling).

use crate::slot::SLOTS;

/// A set of slot numbers.
pub struct SlotSet {
    bits: Box<[u64; SLOTS / 64]>,
    list: Vec<u16>,
    /// Index of each member in `list` (allocated with the first member).
    position: Vec<u16>,
}

impl Default for SlotSet {
    fn default() -> Self {
        SlotSet {
            bits: Box::new([0; SLOTS / 64]),
            list: Vec::new(),
            position: Vec::new(),
        }
    }
}

impl SlotSet {
    /// True when `slot` is in the set.
    pub fn contains(&self, slot: u16) -> bool {
        self.bits[slot as usize / 64] & (1 << (slot % 64)) != 0
    }

    /// Add a slot (no-op when present).
    pub fn insert(&mut self, slot: u16) {
        if self.contains(slot) {
            return;
        }
        self.bits[slot as usize / 64] |= 1 << (slot % 64);
        if self.position.is_empty() {
            self.position = vec![0; SLOTS];
        }
        self.position[slot as usize] = self.list.len() as u16;
        self.list.push(slot);
    }

    /// Remove a slot (no-op when absent).
    pub fn remove(&mut self, slot: u16) {
        if !self.contains(slot) {
            return;
        }
        self.bits[slot as usize / 64] &= !(1 << (slot % 64));
        let at = self.position[slot as usize] as usize;
        self.list.swap_remove(at);
        if let Some(&moved) = self.list.get(at) {
            self.position[moved as usize] = at as u16;
        }
    }

    /// Number of slots in the set.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// True when no slot is in the set.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The smallest member `>= from`.
    pub fn next_from(&self, from: u16) -> Option<u16> {
        let mut word = from as usize / 64;
        if word >= self.bits.len() {
            return None;
        }
        let mut bits = self.bits[word] & (!0u64 << (from % 64));
        loop {
            if bits != 0 {
                return Some((word * 64) as u16 + bits.trailing_zeros() as u16);
            }
            word += 1;
            if word >= self.bits.len() {
                return None;
            }
            bits = self.bits[word];
        }
    }

    /// Members in ascending order.
    pub fn iter(&self) -> impl Iterator<Item = u16> + '_ {
        std::iter::successors(self.next_from(0), move |&s| {
            if s as usize + 1 >= SLOTS {
                None
            } else {
                self.next_from(s + 1)
            }
        })
    }

    /// A uniformly random member.
    pub fn random(&self, rng: &mut impl rand::Rng) -> Option<u16> {
        use rand::RngExt;
        if self.list.is_empty() {
            return None;
        }
        Some(self.list[rng.random_range(0..self.list.len())])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_remove_iterate() {
        let mut set = SlotSet::default();
        for s in [5, 16383, 0, 64, 63] {
            set.insert(s);
        }
        set.insert(5);
        assert_eq!(set.len(), 5);
        assert_eq!(set.iter().collect::<Vec<_>>(), vec![0, 5, 63, 64, 16383]);
        set.remove(0);
        set.remove(0);
        assert_eq!(set.iter().collect::<Vec<_>>(), vec![5, 63, 64, 16383]);
        assert_eq!(set.next_from(65), Some(16383));
        let mut rng = rand::rng();
        for _ in 0..100 {
            assert!(set.contains(set.random(&mut rng).unwrap()));
        }
    }
}
