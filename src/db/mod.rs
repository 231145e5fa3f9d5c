//! The keyspace: databases whose keys are indexed by hash slot.
//!
//! Each [`Db`] holds one small table per hash slot (created when the slot gets
//! its first key, dropped when it loses its last), a set of non-empty slots,
//! and one expires table. So COUNTKEYSINSLOT is O(1), GETKEYSINSLOT and slot
//! migration walk one slot, DBSIZE is a counter and a lost slot is dropped by
//! dropping its table. Lookups expire keys lazily, as Redis's lookupKey does.

pub mod hash;
pub mod list;
pub mod set;
pub mod slot_set;
pub mod stream;
pub mod value;
pub mod zset;

use std::collections::hash_map::RandomState;

use indexmap::IndexMap;
use rand::RngExt;

use crate::slot::{SLOTS, key_hash_slot};
use slot_set::SlotSet;
pub use value::{Entry, Hash, List, Set, Str, Stream, Value, ZSet};

/// A key as stored.
pub type Key = Box<[u8]>;

type SlotTable = IndexMap<Key, Entry, RandomState>;

/// One numbered database.
pub struct Db {
    slots: Vec<Option<Box<SlotTable>>>,
    nonempty: SlotSet,
    expires: IndexMap<Key, i64, RandomState>,
    len: usize,
    /// Keys removed because they were found expired (lazily or actively).
    pub expired_keys: u64,
    /// Running estimate of the TTL of volatile keys, ms (INFO keyspace avg_ttl).
    avg_ttl: i64,
    /// LFU parameters when the eviction policy is LFU (accesses bump counters).
    pub lfu: Option<crate::evict::Lfu>,
    rng: rand::rngs::SmallRng,
}

impl Default for Db {
    fn default() -> Self {
        Db::new()
    }
}

impl Db {
    /// An empty database.
    pub fn new() -> Db {
        Db {
            // The per-slot index is allocated with the first key: 16 empty
            // databases cost nothing.
            slots: Vec::new(),
            nonempty: SlotSet::default(),
            expires: IndexMap::default(),
            len: 0,
            expired_keys: 0,
            avg_ttl: 0,
            lfu: None,
            rng: rand::SeedableRng::seed_from_u64(0x9E37_79B9_7F4A_7C15),
        }
    }

    /// Number of keys (DBSIZE), expired-but-not-yet-removed keys included, as Redis.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when the database holds no keys.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Estimated average TTL of volatile keys in ms (0 when there are none).
    pub fn avg_ttl(&self, _now: i64) -> i64 {
        if self.expires.is_empty() { 0 } else { self.avg_ttl }
    }

    /// Number of keys with a time to live.
    pub fn expires_len(&self) -> usize {
        self.expires.len()
    }

    fn table(&self, key: &[u8]) -> Option<&SlotTable> {
        self.slots.get(key_hash_slot(key) as usize)?.as_deref()
    }

    /// True when `key` has a TTL that has passed at `now` (ms).
    pub fn is_expired(&self, key: &[u8], now: i64) -> bool {
        !self.expires.is_empty() && self.expires.get(key).is_some_and(|&when| now > when)
    }

    /// Remove `key` if it is expired; true when it was.
    pub fn expire_if_needed(&mut self, key: &[u8], now: i64) -> bool {
        if self.is_expired(key, now) {
            self.remove(key);
            self.expired_keys += 1;
            true
        } else {
            false
        }
    }

    /// Look a key up, expiring it first if its time has passed, and touch
    /// its access time.
    pub fn lookup(&mut self, key: &[u8], now: i64) -> Option<&mut Entry> {
        self.expire_if_needed(key, now);
        let entry = self
            .slots
            .get_mut(key_hash_slot(key) as usize)?
            .as_deref_mut()?
            .get_mut(key)?;
        if let Some(lfu) = self.lfu {
            lfu.on_access(entry, now, &mut self.rng);
        }
        entry.touch(now);
        Some(entry)
    }

    /// Look a key up, expiring it if needed, without touching its access time.
    pub fn lookup_notouch(&mut self, key: &[u8], now: i64) -> Option<&Entry> {
        self.expire_if_needed(key, now);
        self.peek(key)
    }

    /// Look a key up without expiring or touching it.
    pub fn peek(&self, key: &[u8]) -> Option<&Entry> {
        self.table(key)?.get(key)
    }

    /// True when the key exists and is not expired (lazily expiring it).
    pub fn exists(&mut self, key: &[u8], now: i64) -> bool {
        self.expire_if_needed(key, now);
        self.peek(key).is_some()
    }

    /// Store `value` under `key`, replacing any old value. The old TTL is
    /// removed unless `keep_ttl`.
    pub fn set(&mut self, key: &[u8], value: Value, now: i64, keep_ttl: bool) {
        let slot = key_hash_slot(key) as usize;
        if self.slots.is_empty() {
            self.slots = (0..SLOTS).map(|_| None).collect();
        }
        let table = self.slots[slot].get_or_insert_with(Default::default);
        let entry = Entry::new(value, now);
        if let Some(old) = table.get_mut(key) {
            *old = entry;
        } else {
            table.insert(key.into(), entry);
            self.len += 1;
            self.nonempty.insert(slot as u16);
        }
        if !keep_ttl && !self.expires.is_empty() {
            self.expires.swap_remove(key);
        }
    }

    /// Remove a key and its TTL; the removed entry, if it existed.
    pub fn remove(&mut self, key: &[u8]) -> Option<Entry> {
        let slot = key_hash_slot(key) as usize;
        let table = self.slots.get_mut(slot)?.as_deref_mut()?;
        let entry = table.swap_remove(key)?;
        if table.is_empty() {
            self.slots[slot] = None;
            self.nonempty.remove(slot as u16);
        }
        self.len -= 1;
        if !self.expires.is_empty() {
            self.expires.swap_remove(key);
        }
        Some(entry)
    }

    /// The absolute expire time (ms) of a key, if it has one.
    pub fn expire_at(&self, key: &[u8]) -> Option<i64> {
        self.expires.get(key).copied()
    }

    /// Set the absolute expire time of an existing key.
    pub fn set_expire(&mut self, key: &[u8], when: i64) {
        if let Some(t) = self.expires.get_mut(key) {
            *t = when;
        } else if self.peek(key).is_some() {
            self.expires.insert(key.into(), when);
        }
    }

    /// Remove a key's TTL; true when it had one.
    pub fn persist(&mut self, key: &[u8]) -> bool {
        self.expires.swap_remove(key).is_some()
    }

    /// Remove every key.
    pub fn flush(&mut self) {
        for slot in self.nonempty.iter().collect::<Vec<_>>() {
            self.slots[slot as usize] = None;
        }
        self.nonempty = SlotSet::default();
        self.expires = IndexMap::default();
        self.len = 0;
        self.avg_ttl = 0;
    }

    /// Number of keys in one hash slot.
    pub fn count_in_slot(&self, slot: u16) -> usize {
        self.slots
            .get(slot as usize)
            .and_then(|t| t.as_ref())
            .map_or(0, |t| t.len())
    }

    /// Up to `count` keys of one hash slot, most recently added first.
    pub fn keys_in_slot(&self, slot: u16, count: usize) -> impl Iterator<Item = &[u8]> {
        self.slots
            .get(slot as usize)
            .and_then(|t| t.as_deref())
            .into_iter()
            // Newest first, as Redis's per-slot key list.
            .flat_map(|t| t.keys().rev())
            .take(count)
            .map(|k| &k[..])
    }

    /// Visit every key of every slot, in slot order.
    pub fn for_each_key(&self, mut f: impl FnMut(&[u8], &Entry)) {
        for slot in self.nonempty.iter() {
            if let Some(table) = self.slots.get(slot as usize).and_then(|t| t.as_ref()) {
                for (k, e) in table.iter() {
                    f(k, e);
                }
            }
        }
    }

    /// One SCAN step: visit whole slots from `cursor` until at least `count`
    /// keys were visited. Returns the next cursor (0 when done). The cursor is
    /// a slot number, so every key present for the whole scan is returned.
    pub fn scan(&self, cursor: u64, count: usize, mut f: impl FnMut(&[u8], &Entry)) -> u64 {
        let mut visited = 0;
        let mut next = self.nonempty.next_from(cursor.min(SLOTS as u64) as u16);
        while let Some(slot) = next {
            if let Some(table) = self.slots.get(slot as usize).and_then(|t| t.as_ref()) {
                for (k, e) in table.iter() {
                    f(k, e);
                }
                visited += table.len();
            }
            if slot as usize + 1 >= SLOTS {
                return 0;
            }
            next = self.nonempty.next_from(slot + 1);
            if visited >= count {
                return next.map_or(0, u64::from);
            }
        }
        0
    }

    /// A random key (not checking expiry), or None when empty.
    pub fn random_key(&self, rng: &mut impl rand::Rng) -> Option<&[u8]> {
        let slot = self.nonempty.random(rng)?;
        let table = self.slots.get(slot as usize)?.as_ref()?;
        let (k, _) = table.get_index(rng.random_range(0..table.len()))?;
        Some(k)
    }

    /// A random key that has a TTL, with its expire time.
    pub fn random_volatile(&self, rng: &mut impl rand::Rng) -> Option<(&[u8], i64)> {
        if self.expires.is_empty() {
            return None;
        }
        let (k, t) = self.expires.get_index(rng.random_range(0..self.expires.len()))?;
        Some((k, *t))
    }

    /// Sample up to `n` keys with a TTL and delete the expired ones. Returns
    /// (sampled, expired): one round of Redis's activeExpireCycle for this db.
    pub fn expire_sample(&mut self, n: usize, now: i64, rng: &mut impl rand::Rng) -> (usize, usize) {
        let sampled = n.min(self.expires.len());
        let mut expired = 0;
        let (mut ttl_sum, mut ttl_samples) = (0i64, 0i64);
        for _ in 0..sampled {
            let Some((key, when)) = self.random_volatile(rng) else {
                break;
            };
            if now > when {
                let key: Key = key.into();
                self.remove(&key);
                self.expired_keys += 1;
                expired += 1;
            } else {
                ttl_sum += when - now;
                ttl_samples += 1;
            }
        }
        if ttl_samples > 0 {
            // Redis's running average: the new sample weighs 2%.
            let sample_avg = ttl_sum / ttl_samples;
            self.avg_ttl = if self.avg_ttl == 0 {
                sample_avg
            } else {
                self.avg_ttl / 50 * 49 + sample_avg / 50
            };
        }
        (sampled, expired)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Value {
        Value::Str(Str::from_bytes(v.as_bytes()))
    }

    #[test]
    fn set_get_remove_keeps_slot_index_consistent() {
        let mut db = Db::new();
        db.set(b"foo", s("1"), 0, false);
        db.set(b"{foo}x", s("2"), 0, false);
        db.set(b"bar", s("3"), 0, false);
        assert_eq!(db.len(), 3);
        assert_eq!(db.count_in_slot(12182), 2);
        assert_eq!(db.keys_in_slot(12182, 10).count(), 2);
        assert!(db.remove(b"foo").is_some());
        assert!(db.remove(b"foo").is_none());
        assert_eq!(db.count_in_slot(12182), 1);
        db.remove(b"{foo}x");
        assert_eq!(db.count_in_slot(12182), 0);
        assert_eq!(db.len(), 1);
    }

    #[test]
    fn lazy_expiry() {
        let mut db = Db::new();
        db.set(b"k", s("v"), 0, false);
        db.set_expire(b"k", 100);
        assert!(db.lookup(b"k", 100).is_some());
        assert!(db.lookup(b"k", 101).is_none());
        assert_eq!(db.len(), 0);
        assert_eq!(db.expires_len(), 0);
        assert_eq!(db.expired_keys, 1);
    }

    #[test]
    fn set_clears_ttl_unless_kept() {
        let mut db = Db::new();
        db.set(b"k", s("v"), 0, false);
        db.set_expire(b"k", 100);
        db.set(b"k", s("w"), 0, true);
        assert_eq!(db.expire_at(b"k"), Some(100));
        db.set(b"k", s("x"), 0, false);
        assert_eq!(db.expire_at(b"k"), None);
    }

    #[test]
    fn scan_returns_every_key_once_across_calls() {
        let mut db = Db::new();
        for i in 0..1000 {
            db.set(format!("key:{i}").as_bytes(), s("v"), 0, false);
        }
        let mut seen = std::collections::HashSet::new();
        let mut cursor = 0;
        loop {
            cursor = db.scan(cursor, 10, |k, _| assert!(seen.insert(k.to_vec())));
            if cursor == 0 {
                break;
            }
        }
        assert_eq!(seen.len(), 1000);
    }

    #[test]
    fn active_expire_sampling_removes_expired() {
        let mut db = Db::new();
        let mut rng = rand::rng();
        for i in 0..100 {
            let k = format!("k{i}");
            db.set(k.as_bytes(), s("v"), 0, false);
            db.set_expire(k.as_bytes(), 10);
        }
        let mut rounds = 0;
        while db.expires_len() > 0 && rounds < 1000 {
            db.expire_sample(20, 11, &mut rng);
            rounds += 1;
        }
        assert_eq!(db.len(), 0);
    }
}
