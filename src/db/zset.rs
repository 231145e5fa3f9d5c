//! The sorted set type, with Redis 7.0's two encodings:
//!
//! * **listpack**: a vector of `(member, score)` pairs kept sorted by score,
//!   then member bytes. Every operation is O(N), as Redis's listpack, and the
//!   encoding is only used while the zset has at most
//!   `zset-max-listpack-entries` members of at most `zset-max-listpack-value`
//!   bytes. Like Redis (which stores integral scores as listpack integers), a
//!   score of `-0` is stored as `0` in this encoding.
//! * **skiplist**: Redis's skiplist with spans (so ranks are O(log N)), kept
//!   in an arena of nodes addressed by `u32`, plus a hash map from member to
//!   node. The member bytes live only in the map; a node refers to its map
//!   slot. Removal from the map is a swap-remove, so members only ever move
//!   to lower slots, and [`ZSet::scan`] walks slots from the top down: that
//!   gives ZSCAN's guarantee (a member present for the whole scan is returned
//!   at least once).
//!
//! The order is Redis's: ascending score, ties broken by `memcmp` of the
//! members (shorter first on a common prefix). Ranks in this API are 0-based.
//! Score and range parsing with Redis's exact rules (C `strtod`) live here
//! too: [`parse_score`], [`ScoreRange`], [`LexRange`].

use std::cell::Cell;
use std::collections::hash_map::RandomState;

use indexmap::IndexMap;
use rand::{Rng, RngExt};

/// Encoding thresholds (Redis's zset-max-listpack-entries / -value).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ZLimits {
    pub max_listpack_entries: usize,
    pub max_listpack_value: usize,
}

impl ZLimits {
    /// True when a zset of `len` members, the longest `max_member_len` bytes,
    /// fits the listpack encoding.
    pub fn fits_listpack(&self, len: usize, max_member_len: usize) -> bool {
        len <= self.max_listpack_entries && max_member_len <= self.max_listpack_value
    }
}

/// ZADD's input flags.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AddFlags {
    pub nx: bool,
    pub xx: bool,
    pub gt: bool,
    pub lt: bool,
    pub incr: bool,
}

/// What [`ZSet::add`] did (Redis's zsetAdd out flags).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum AddResult {
    /// A new member was added with this score.
    Added(f64),
    /// An existing member's score changed to this one.
    Updated(f64),
    /// The member was processed but its score is unchanged (same score).
    Unchanged(f64),
    /// Nothing done because of NX, XX, GT or LT.
    Skipped,
    /// The (incremented) score is not a number; nothing changed.
    NotANumber,
}

const MAX_LEVEL: usize = 32;
const NIL: u32 = u32::MAX;
const HEAD: u32 = 0;

#[derive(Debug, Clone, Copy)]
struct Level {
    forward: u32,
    span: u32,
}

#[derive(Debug, Clone)]
struct Node {
    score: f64,
    /// Index of the member in the skiplist's map.
    slot: u32,
    backward: u32,
    levels: Box<[Level]>,
}

/// The skiplist encoding: node arena (node 0 is the header) plus member map.
#[derive(Debug, Clone)]
struct SkipList {
    dict: IndexMap<Box<[u8]>, u32, RandomState>,
    nodes: Vec<Node>,
    free: Vec<u32>,
    level: usize,
    tail: u32,
}

thread_local! {
    static LEVEL_RNG: Cell<u64> = Cell::new(rand::random::<u64>() | 1);
}

/// A random level in 1..=32 with Redis's distribution (P = 1/4 per level).
fn random_level() -> usize {
    let mut bits = LEVEL_RNG.with(|state| {
        // xorshift64*
        let mut x = state.get();
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        state.set(x);
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    });
    let mut level = 1;
    while level < MAX_LEVEL && bits & 3 == 0 {
        level += 1;
        bits >>= 2;
    }
    level
}

impl SkipList {
    fn new() -> SkipList {
        let header = Node {
            score: 0.0,
            slot: NIL,
            backward: NIL,
            levels: vec![Level { forward: NIL, span: 0 }; MAX_LEVEL].into_boxed_slice(),
        };
        SkipList {
            dict: IndexMap::default(),
            nodes: vec![header],
            free: Vec::new(),
            level: 1,
            tail: NIL,
        }
    }

    fn len(&self) -> usize {
        self.dict.len()
    }

    fn node(&self, id: u32) -> &Node {
        &self.nodes[id as usize]
    }

    fn lvl(&self, id: u32, i: usize) -> Level {
        self.nodes[id as usize].levels[i]
    }

    fn lvl_mut(&mut self, id: u32, i: usize) -> &mut Level {
        &mut self.nodes[id as usize].levels[i]
    }

    fn member(&self, id: u32) -> &[u8] {
        let slot = self.node(id).slot as usize;
        self.dict
            .get_index(slot)
            .map(|(k, _)| &k[..])
            .expect("node slot is in the map")
    }

    fn first(&self) -> u32 {
        self.lvl(HEAD, 0).forward
    }

    /// True when node `id` sorts before (score, member).
    fn before(&self, id: u32, score: f64, member: &[u8]) -> bool {
        let s = self.node(id).score;
        s < score || (s == score && self.member(id) < member)
    }

    /// The last node before (score, member) at every level.
    fn find_update(&self, score: f64, member: &[u8]) -> [u32; MAX_LEVEL] {
        let mut update = [HEAD; MAX_LEVEL];
        let mut x = HEAD;
        for i in (0..self.level).rev() {
            loop {
                let f = self.lvl(x, i).forward;
                if f != NIL && self.before(f, score, member) {
                    x = f;
                } else {
                    break;
                }
            }
            update[i] = x;
        }
        update
    }

    fn alloc(&mut self, node: Node) -> u32 {
        if let Some(id) = self.free.pop() {
            self.nodes[id as usize] = node;
            id
        } else {
            self.nodes.push(node);
            (self.nodes.len() - 1) as u32
        }
    }

    fn release(&mut self, id: u32) {
        let node = &mut self.nodes[id as usize];
        node.levels = Box::new([]);
        node.slot = NIL;
        self.free.push(id);
    }

    /// Give back arena space after many removals: renumber the live nodes
    /// densely (O(N), run when at least half the arena is free, so amortized
    /// O(1) per removal). Only called at the end of a public operation, when
    /// no node id is held.
    fn maybe_compact(&mut self) {
        if self.dict.is_empty() {
            self.nodes.truncate(1);
            self.nodes.shrink_to(1);
            self.free = Vec::new();
            return;
        }
        if self.free.len() < 64 || self.free.len() * 2 < self.nodes.len() {
            return;
        }
        let mut remap = vec![NIL; self.nodes.len()];
        let mut next = 0u32;
        for (i, n) in self.nodes.iter().enumerate() {
            if i == HEAD as usize || n.slot != NIL {
                remap[i] = next;
                next += 1;
            }
        }
        let old = std::mem::take(&mut self.nodes);
        self.nodes = Vec::with_capacity(next as usize);
        for (i, mut n) in old.into_iter().enumerate() {
            if remap[i] == NIL {
                continue;
            }
            for l in n.levels.iter_mut().filter(|l| l.forward != NIL) {
                l.forward = remap[l.forward as usize];
            }
            if n.backward != NIL {
                n.backward = remap[n.backward as usize];
            }
            self.nodes.push(n);
        }
        if self.tail != NIL {
            self.tail = remap[self.tail as usize];
        }
        self.dict.values_mut().for_each(|id| *id = remap[*id as usize]);
        self.free = Vec::new();
    }

    /// Link a new node for the member in map slot `slot` (zslInsert).
    fn link(&mut self, score: f64, slot: u32) -> u32 {
        let mut update = [HEAD; MAX_LEVEL];
        let mut rank = [0u32; MAX_LEVEL];
        {
            let member = self.dict.get_index(slot as usize).map(|(m, _)| &m[..]).expect("slot");
            let mut x = HEAD;
            for i in (0..self.level).rev() {
                rank[i] = if i == self.level - 1 { 0 } else { rank[i + 1] };
                loop {
                    let l = self.lvl(x, i);
                    if l.forward != NIL && self.before(l.forward, score, member) {
                        rank[i] += l.span;
                        x = l.forward;
                    } else {
                        break;
                    }
                }
                update[i] = x;
            }
        }
        // The map already holds the new member.
        let old_len = (self.len() - 1) as u32;
        let level = random_level();
        if level > self.level {
            for i in self.level..level {
                rank[i] = 0;
                update[i] = HEAD;
                self.lvl_mut(HEAD, i).span = old_len;
            }
            self.level = level;
        }
        let id = self.alloc(Node {
            score,
            slot,
            backward: NIL,
            levels: vec![Level { forward: NIL, span: 0 }; level].into_boxed_slice(),
        });
        for i in 0..level {
            let u = self.lvl(update[i], i);
            *self.lvl_mut(id, i) = Level {
                forward: u.forward,
                span: u.span - (rank[0] - rank[i]),
            };
            *self.lvl_mut(update[i], i) = Level {
                forward: id,
                span: rank[0] - rank[i] + 1,
            };
        }
        for (i, &u) in update.iter().enumerate().take(self.level).skip(level) {
            self.lvl_mut(u, i).span += 1;
        }
        self.nodes[id as usize].backward = if update[0] == HEAD { NIL } else { update[0] };
        let next = self.lvl(id, 0).forward;
        if next != NIL {
            self.nodes[next as usize].backward = id;
        } else {
            self.tail = id;
        }
        id
    }

    /// Unlink node `x` given its predecessors (zslDeleteNode). The map and
    /// the node's storage are left alone.
    fn unlink(&mut self, x: u32, update: &[u32; MAX_LEVEL]) {
        for (i, &u) in update.iter().enumerate().take(self.level) {
            if self.lvl(u, i).forward == x {
                let xl = self.lvl(x, i);
                let ul = self.lvl_mut(u, i);
                ul.span = ul.span.wrapping_add(xl.span).wrapping_sub(1);
                ul.forward = xl.forward;
            } else {
                self.lvl_mut(u, i).span -= 1;
            }
        }
        let (next, back) = (self.lvl(x, 0).forward, self.node(x).backward);
        if next != NIL {
            self.nodes[next as usize].backward = back;
        } else {
            self.tail = back;
        }
        while self.level > 1 && self.lvl(HEAD, self.level - 1).forward == NIL {
            self.level -= 1;
        }
    }

    /// Remove node `x`'s map entry (fixing the slot of the entry that moves
    /// into its place) and free the node.
    fn drop_node(&mut self, x: u32) {
        let slot = self.node(x).slot as usize;
        self.dict.swap_remove_index(slot);
        if let Some((_, &moved)) = self.dict.get_index(slot) {
            self.nodes[moved as usize].slot = slot as u32;
        }
        self.release(x);
        if self.dict.capacity() > 64 && self.dict.len() * 8 < self.dict.capacity() {
            self.dict.shrink_to(self.dict.len() * 2);
        }
    }

    fn insert(&mut self, member: Box<[u8]>, score: f64) {
        let (slot, _) = self.dict.insert_full(member, NIL);
        let id = self.link(score, slot as u32);
        self.dict[slot] = id;
    }

    fn remove(&mut self, member: &[u8]) -> bool {
        let Some(&id) = self.dict.get(member) else {
            return false;
        };
        let update = self.find_update(self.node(id).score, member);
        self.unlink(id, &update);
        self.drop_node(id);
        self.maybe_compact();
        true
    }

    /// Change a member's score (zslUpdateScore): in place when the order is
    /// unchanged, else unlink and relink.
    fn update_score(&mut self, member: &[u8], new_score: f64) {
        let Some(&id) = self.dict.get(member) else {
            return;
        };
        let (back, next) = (self.node(id).backward, self.lvl(id, 0).forward);
        if (back == NIL || self.node(back).score < new_score) && (next == NIL || self.node(next).score > new_score) {
            self.nodes[id as usize].score = new_score;
            return;
        }
        let update = self.find_update(self.node(id).score, member);
        self.unlink(id, &update);
        let slot = self.node(id).slot;
        self.release(id);
        let new_id = self.link(new_score, slot);
        self.dict[slot as usize] = new_id;
        self.maybe_compact();
    }

    /// 1-based rank of an existing member (zslGetRank).
    fn rank(&self, member: &[u8]) -> Option<usize> {
        let &id = self.dict.get(member)?;
        let score = self.node(id).score;
        let mut x = HEAD;
        let mut rank = 0usize;
        for i in (0..self.level).rev() {
            loop {
                let l = self.lvl(x, i);
                if l.forward != NIL
                    && (self.node(l.forward).score < score
                        || (self.node(l.forward).score == score && self.member(l.forward) <= member))
                {
                    rank += l.span as usize;
                    x = l.forward;
                } else {
                    break;
                }
            }
            if x == id {
                return Some(rank);
            }
        }
        None
    }

    /// The node at 1-based `rank` (zslGetElementByRank).
    fn by_rank(&self, rank: usize) -> u32 {
        let mut x = HEAD;
        let mut traversed = 0usize;
        for i in (0..self.level).rev() {
            loop {
                let l = self.lvl(x, i);
                if l.forward != NIL && traversed + l.span as usize <= rank {
                    traversed += l.span as usize;
                    x = l.forward;
                } else {
                    break;
                }
            }
            if traversed == rank {
                return x;
            }
        }
        NIL
    }

    /// First node for which `out_of_range` is false, walking forward while it
    /// is true, with its 1-based rank (NIL when none).
    fn first_not(&self, out_of_range: impl Fn(u32) -> bool) -> (u32, usize) {
        let mut x = HEAD;
        let mut rank = 0usize;
        for i in (0..self.level).rev() {
            loop {
                let l = self.lvl(x, i);
                if l.forward != NIL && out_of_range(l.forward) {
                    rank += l.span as usize;
                    x = l.forward;
                } else {
                    break;
                }
            }
        }
        (self.lvl(x, 0).forward, rank + 1)
    }

    /// Last node reached walking forward while `in_range` holds, with its
    /// 1-based rank (HEAD and 0 when none).
    fn last_while(&self, in_range: impl Fn(u32) -> bool) -> (u32, usize) {
        let mut x = HEAD;
        let mut rank = 0usize;
        for i in (0..self.level).rev() {
            loop {
                let l = self.lvl(x, i);
                if l.forward != NIL && in_range(l.forward) {
                    rank += l.span as usize;
                    x = l.forward;
                } else {
                    break;
                }
            }
        }
        (x, rank)
    }

    /// Remove the nodes of 1-based ranks start..=end (zslDeleteRangeByRank).
    fn remove_rank_range(&mut self, start: usize, end: usize) -> usize {
        let mut update = [HEAD; MAX_LEVEL];
        let mut x = HEAD;
        let mut traversed = 0usize;
        for i in (0..self.level).rev() {
            loop {
                let l = self.lvl(x, i);
                if l.forward != NIL && traversed + (l.span as usize) < start {
                    traversed += l.span as usize;
                    x = l.forward;
                } else {
                    break;
                }
            }
            update[i] = x;
        }
        traversed += 1;
        x = self.lvl(x, 0).forward;
        let mut removed = 0;
        while x != NIL && traversed <= end {
            let next = self.lvl(x, 0).forward;
            self.unlink(x, &update);
            self.drop_node(x);
            removed += 1;
            traversed += 1;
            x = next;
        }
        self.maybe_compact();
        removed
    }

    #[cfg(test)]
    fn check_invariants(&self) {
        // Spans, backward links, tail and map slots are consistent.
        let mut x = self.first();
        let mut rank = 0;
        let mut prev = NIL;
        while x != NIL {
            rank += 1;
            assert_eq!(self.node(x).backward, prev);
            assert_eq!(self.dict.get(self.member(x)), Some(&x));
            if prev != NIL {
                assert!(self.before(prev, self.node(x).score, self.member(x)));
            }
            assert_eq!(self.by_rank(rank), x);
            assert_eq!(self.rank(self.member(x)), Some(rank));
            prev = x;
            x = self.lvl(x, 0).forward;
        }
        assert_eq!(self.tail, prev);
        assert_eq!(rank, self.len());
    }
}

#[derive(Debug, Clone)]
enum Repr {
    Listpack(Vec<(Box<[u8]>, f64)>),
    Skiplist(SkipList),
}

/// A sorted set value (see the module documentation for its encodings).
#[derive(Debug, Clone)]
pub struct ZSet {
    repr: Repr,
}

impl Default for ZSet {
    fn default() -> Self {
        ZSet::new_listpack()
    }
}

impl PartialEq for ZSet {
    /// Same members with the same scores, whatever the encodings.
    fn eq(&self, other: &ZSet) -> bool {
        self.len() == other.len() && self.iter().zip(other.iter()).all(|(a, b)| a.0 == b.0 && a.1 == b.1)
    }
}

/// Listpack stores integral scores as integers, so -0 reads back as 0.
fn listpack_score(score: f64) -> f64 {
    if score == 0.0 { 0.0 } else { score }
}

impl ZSet {
    /// An empty zset in the listpack encoding.
    pub fn new_listpack() -> ZSet {
        ZSet {
            repr: Repr::Listpack(Vec::new()),
        }
    }

    /// An empty zset in the skiplist encoding.
    pub fn new_skiplist() -> ZSet {
        ZSet {
            repr: Repr::Skiplist(SkipList::new()),
        }
    }

    /// The empty zset ZADD creates for a first member of `member_len` bytes.
    pub fn for_first(member_len: usize, limits: &ZLimits) -> ZSet {
        if limits.max_listpack_entries == 0 || limits.max_listpack_value < member_len {
            ZSet::new_skiplist()
        } else {
            ZSet::new_listpack()
        }
    }

    /// Build from pairs already sorted in zset order with unique members,
    /// in the encoding Redis picks for a stored result (listpack when it fits).
    pub fn from_sorted(items: Vec<(Box<[u8]>, f64)>, limits: &ZLimits) -> ZSet {
        let longest = items.iter().map(|(m, _)| m.len()).max().unwrap_or(0);
        if limits.fits_listpack(items.len(), longest) {
            let items = items.into_iter().map(|(m, s)| (m, listpack_score(s))).collect();
            return ZSet {
                repr: Repr::Listpack(items),
            };
        }
        let mut sl = SkipList::new();
        sl.dict.reserve(items.len());
        // Insert from the greatest down: each insert stops at the header.
        for (m, s) in items.into_iter().rev() {
            sl.insert(m, s);
        }
        ZSet {
            repr: Repr::Skiplist(sl),
        }
    }

    /// OBJECT ENCODING name.
    pub fn encoding(&self) -> &'static str {
        match self.repr {
            Repr::Listpack(_) => "listpack",
            Repr::Skiplist(_) => "skiplist",
        }
    }

    /// True while the zset uses the listpack encoding.
    pub fn is_listpack(&self) -> bool {
        matches!(self.repr, Repr::Listpack(_))
    }

    /// Number of members (ZCARD).
    pub fn len(&self) -> usize {
        match &self.repr {
            Repr::Listpack(v) => v.len(),
            Repr::Skiplist(sl) => sl.len(),
        }
    }

    /// True when the zset has no members.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A member's score (ZSCORE).
    pub fn score(&self, member: &[u8]) -> Option<f64> {
        match &self.repr {
            Repr::Listpack(v) => v.iter().find(|(m, _)| &m[..] == member).map(|&(_, s)| s),
            Repr::Skiplist(sl) => sl.dict.get(member).map(|&id| sl.node(id).score),
        }
    }

    /// Convert a listpack to a skiplist (no-op for a skiplist).
    pub fn convert_to_skiplist(&mut self) {
        if let Repr::Listpack(v) = &mut self.repr {
            let items = std::mem::take(v);
            let mut sl = SkipList::new();
            sl.dict.reserve(items.len());
            for (m, s) in items.into_iter().rev() {
                sl.insert(m, s);
            }
            self.repr = Repr::Skiplist(sl);
        }
    }

    /// Redis's zsetAdd: add or update `member` under ZADD's flags, converting
    /// the encoding when the listpack would grow past `limits`. For INCR,
    /// `score` is the increment. See [`AddResult`].
    pub fn add(&mut self, member: &[u8], score: f64, flags: AddFlags, limits: &ZLimits) -> AddResult {
        if score.is_nan() {
            return AddResult::NotANumber;
        }
        match self.score(member) {
            Some(current) => {
                if flags.nx {
                    return AddResult::Skipped;
                }
                let new = if flags.incr { score + current } else { score };
                if new.is_nan() {
                    return AddResult::NotANumber;
                }
                if (flags.lt && new >= current) || (flags.gt && new <= current) {
                    return AddResult::Skipped;
                }
                if new == current {
                    return AddResult::Unchanged(new);
                }
                self.set_existing(member, new);
                AddResult::Updated(new)
            }
            None if flags.xx => AddResult::Skipped,
            None => {
                self.insert_new(member, score, limits);
                AddResult::Added(score)
            }
        }
    }

    /// Set a member's score, adding it when missing; true when added.
    pub fn insert(&mut self, member: &[u8], score: f64, limits: &ZLimits) -> bool {
        match self.score(member) {
            Some(current) => {
                if current != score {
                    self.set_existing(member, score);
                }
                false
            }
            None => {
                self.insert_new(member, score, limits);
                true
            }
        }
    }

    fn set_existing(&mut self, member: &[u8], score: f64) {
        match &mut self.repr {
            Repr::Listpack(v) => {
                if let Some(pos) = v.iter().position(|(m, _)| &m[..] == member) {
                    let (m, _) = v.remove(pos);
                    listpack_insert(v, m, score);
                }
            }
            Repr::Skiplist(sl) => sl.update_score(member, score),
        }
    }

    fn insert_new(&mut self, member: &[u8], score: f64, limits: &ZLimits) {
        if let Repr::Listpack(v) = &self.repr
            && (v.len() + 1 > limits.max_listpack_entries || member.len() > limits.max_listpack_value)
        {
            self.convert_to_skiplist();
        }
        match &mut self.repr {
            Repr::Listpack(v) => listpack_insert(v, member.into(), score),
            Repr::Skiplist(sl) => sl.insert(member.into(), score),
        }
    }

    /// Remove a member; true when it was there (ZREM).
    pub fn remove(&mut self, member: &[u8]) -> bool {
        match &mut self.repr {
            Repr::Listpack(v) => match v.iter().position(|(m, _)| &m[..] == member) {
                Some(pos) => {
                    v.remove(pos);
                    true
                }
                None => false,
            },
            Repr::Skiplist(sl) => sl.remove(member),
        }
    }

    /// 0-based rank of a member in ascending order (ZRANK).
    pub fn rank(&self, member: &[u8]) -> Option<usize> {
        match &self.repr {
            Repr::Listpack(v) => v.iter().position(|(m, _)| &m[..] == member),
            Repr::Skiplist(sl) => sl.rank(member).map(|r| r - 1),
        }
    }

    /// The member and score at 0-based `rank`.
    pub fn get_by_rank(&self, rank: usize) -> Option<(&[u8], f64)> {
        self.iter_from(rank, false).next()
    }

    /// All members in ascending order.
    pub fn iter(&self) -> Iter<'_> {
        self.iter_from(0, false)
    }

    /// Members from 0-based `rank` on, ascending, or descending when
    /// `reverse` (towards rank 0). Empty when `rank` is out of range.
    pub fn iter_from(&self, rank: usize, reverse: bool) -> Iter<'_> {
        let len = self.len();
        if rank >= len {
            return Iter {
                zset: self,
                at: NIL as usize,
                left: 0,
                reverse,
            };
        }
        let left = if reverse { rank + 1 } else { len - rank };
        let at = match &self.repr {
            Repr::Listpack(_) => rank,
            Repr::Skiplist(sl) => {
                let id = if rank == 0 {
                    sl.first()
                } else if rank == len - 1 {
                    sl.tail
                } else {
                    sl.by_rank(rank + 1)
                };
                id as usize
            }
        };
        Iter {
            zset: self,
            at,
            left,
            reverse,
        }
    }

    /// Rank of the first member with `gte_min` true, if it also has
    /// `lte_max` true, exactly as Redis's zzl/zslFirstIn[Lex]Range: the range
    /// must not be `empty`, the last member must pass `gte_min` and the first
    /// `lte_max`. The listpack is scanned linearly, the skiplist descended.
    fn first_where(
        &self,
        empty: bool,
        gte_min: impl Fn(f64, &[u8]) -> bool,
        lte_max: impl Fn(f64, &[u8]) -> bool,
    ) -> Option<usize> {
        if empty || !self.overlaps(&gte_min, &lte_max) {
            return None;
        }
        match &self.repr {
            Repr::Listpack(v) => {
                let pos = v.iter().position(|(m, s)| gte_min(*s, m))?;
                lte_max(v[pos].1, &v[pos].0).then_some(pos)
            }
            Repr::Skiplist(sl) => {
                let (id, rank) = sl.first_not(|x| !gte_min(sl.node(x).score, sl.member(x)));
                (id != NIL && lte_max(sl.node(id).score, sl.member(id))).then(|| rank - 1)
            }
        }
    }

    /// Rank of the last member with `lte_max` true, if it also has `gte_min`
    /// true (zzl/zslLastIn[Lex]Range), with the same early checks.
    fn last_where(
        &self,
        empty: bool,
        gte_min: impl Fn(f64, &[u8]) -> bool,
        lte_max: impl Fn(f64, &[u8]) -> bool,
    ) -> Option<usize> {
        if empty || !self.overlaps(&gte_min, &lte_max) {
            return None;
        }
        match &self.repr {
            Repr::Listpack(v) => {
                let pos = v.iter().rposition(|(m, s)| lte_max(*s, m))?;
                gte_min(v[pos].1, &v[pos].0).then_some(pos)
            }
            Repr::Skiplist(sl) => {
                let (id, rank) = sl.last_while(|x| lte_max(sl.node(x).score, sl.member(x)));
                (id != HEAD && gte_min(sl.node(id).score, sl.member(id))).then(|| rank - 1)
            }
        }
    }

    /// The last member passes `gte_min` and the first passes `lte_max`.
    fn overlaps(&self, gte_min: impl Fn(f64, &[u8]) -> bool, lte_max: impl Fn(f64, &[u8]) -> bool) -> bool {
        let (Some((lm, ls)), Some((fm, fs))) = (
            self.iter_from(self.len().wrapping_sub(1), true).next(),
            self.iter().next(),
        ) else {
            return false;
        };
        gte_min(ls, lm) && lte_max(fs, fm)
    }

    /// Rank of the first member in a score range.
    pub fn first_in_range(&self, r: &ScoreRange) -> Option<usize> {
        self.first_where(r.is_empty(), |s, _| r.gte_min(s), |s, _| r.lte_max(s))
    }

    /// Rank of the last member in a score range.
    pub fn last_in_range(&self, r: &ScoreRange) -> Option<usize> {
        self.last_where(r.is_empty(), |s, _| r.gte_min(s), |s, _| r.lte_max(s))
    }

    /// Rank of the first member in a lex range.
    pub fn first_in_lex_range(&self, r: &LexRange) -> Option<usize> {
        self.first_where(r.is_empty(), |_, m| r.gte_min(m), |_, m| r.lte_max(m))
    }

    /// Rank of the last member in a lex range.
    pub fn last_in_lex_range(&self, r: &LexRange) -> Option<usize> {
        self.last_where(r.is_empty(), |_, m| r.gte_min(m), |_, m| r.lte_max(m))
    }

    /// Remove the members of 0-based ranks `start..=end`; the number removed.
    pub fn remove_rank_range(&mut self, start: usize, end: usize) -> usize {
        let len = self.len();
        if start >= len || start > end {
            return 0;
        }
        let end = end.min(len - 1);
        match &mut self.repr {
            Repr::Listpack(v) => {
                v.drain(start..=end);
                end - start + 1
            }
            Repr::Skiplist(sl) => sl.remove_rank_range(start + 1, end + 1),
        }
    }

    /// A uniformly chosen member with its score, or None when empty.
    pub fn random(&self, rng: &mut impl Rng) -> Option<(&[u8], f64)> {
        if self.is_empty() {
            return None;
        }
        let i = rng.random_range(0..self.len());
        match &self.repr {
            Repr::Listpack(v) => Some((&v[i].0, v[i].1)),
            Repr::Skiplist(sl) => sl.dict.get_index(i).map(|(m, &id)| (&m[..], sl.node(id).score)),
        }
    }

    /// Remove and return the lowest (or, with `max`, highest) member.
    pub fn pop(&mut self, max: bool) -> Option<(Vec<u8>, f64)> {
        let rank = if max { self.len().checked_sub(1)? } else { 0 };
        let (member, score) = self.get_by_rank(rank).map(|(m, s)| (m.to_vec(), s))?;
        self.remove_rank_range(rank, rank);
        Some((member, score))
    }

    /// One ZSCAN step. A listpack is returned whole with next cursor 0, as
    /// Redis does for small encodings. A skiplist's member map is walked from
    /// slot `cursor` (0 = the top) downwards until `count` members were
    /// visited; the returned cursor is where to continue, 0 when done.
    pub fn scan(&self, cursor: u64, count: usize, mut f: impl FnMut(&[u8], f64)) -> u64 {
        match &self.repr {
            Repr::Listpack(v) => {
                v.iter().for_each(|(m, s)| f(m, *s));
                0
            }
            Repr::Skiplist(sl) => {
                let len = sl.len() as u64;
                let mut pos = if cursor == 0 { len } else { cursor.min(len) };
                let mut visited = 0;
                while pos > 0 && visited < count {
                    pos -= 1;
                    if let Some((m, &id)) = sl.dict.get_index(pos as usize) {
                        f(m, sl.node(id).score);
                    }
                    visited += 1;
                }
                pos
            }
        }
    }
}

/// Insert into a sorted listpack vector at the zset-order position.
fn listpack_insert(v: &mut Vec<(Box<[u8]>, f64)>, member: Box<[u8]>, score: f64) {
    let score = listpack_score(score);
    let pos = v.partition_point(|(m, s)| *s < score || (*s == score && m[..] < member[..]));
    v.insert(pos, (member, score));
}

/// Iterator over (member, score) pairs from a rank (see [`ZSet::iter_from`]).
pub struct Iter<'a> {
    zset: &'a ZSet,
    /// Listpack index or skiplist node id.
    at: usize,
    left: usize,
    reverse: bool,
}

impl<'a> Iterator for Iter<'a> {
    type Item = (&'a [u8], f64);

    fn next(&mut self) -> Option<(&'a [u8], f64)> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        match &self.zset.repr {
            Repr::Listpack(v) => {
                let (m, s) = &v[self.at];
                if self.reverse {
                    self.at = self.at.wrapping_sub(1);
                } else {
                    self.at += 1;
                }
                Some((m, *s))
            }
            Repr::Skiplist(sl) => {
                let id = self.at as u32;
                let node = sl.node(id);
                self.at = if self.reverse {
                    node.backward
                } else {
                    node.levels[0].forward
                } as usize;
                Some((sl.member(id), node.score))
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl ExactSizeIterator for Iter<'_> {}

// ---------------------------------------------------------------------------
// Scores and ranges, parsed with Redis's exact rules.
// ---------------------------------------------------------------------------

/// C `isspace` in the C locale.
fn is_c_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Result of [`strtod`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Strtod {
    pub value: f64,
    /// Bytes consumed; 0 when nothing was converted.
    pub consumed: usize,
    /// Overflow to infinity or underflow to zero (C's ERANGE cases Redis rejects).
    pub out_of_range: bool,
}

/// C's `strtod` in the C locale: optional leading spaces and sign, then
/// `inf`/`infinity`, `nan[(...)]`, a hexadecimal float (`0x1.8p3`) or a
/// decimal one. Stops at the first byte that does not fit (a NUL included).
pub fn strtod(s: &[u8]) -> Strtod {
    let none = Strtod {
        value: 0.0,
        consumed: 0,
        out_of_range: false,
    };
    let mut i = 0;
    while i < s.len() && is_c_space(s[i]) {
        i += 1;
    }
    let sign_at = i;
    let negative = s.get(i) == Some(&b'-');
    if matches!(s.get(i), Some(b'-' | b'+')) {
        i += 1;
    }
    let rest = &s[i..];
    let apply_sign = |v: f64| if negative { -v } else { v };
    if starts_with_ci(rest, b"inf") {
        let len = if starts_with_ci(rest, b"infinity") { 8 } else { 3 };
        return Strtod {
            value: apply_sign(f64::INFINITY),
            consumed: i + len,
            out_of_range: false,
        };
    }
    if starts_with_ci(rest, b"nan") {
        let mut len = 3;
        if rest.get(3) == Some(&b'(') {
            let inner = rest[4..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
                .count();
            if rest.get(4 + inner) == Some(&b')') {
                len = 5 + inner;
            }
        }
        return Strtod {
            value: f64::NAN,
            consumed: i + len,
            out_of_range: false,
        };
    }
    if rest.len() >= 2 && rest[0] == b'0' && (rest[1] | 0x20) == b'x' {
        if let Some((value, len, range)) = parse_hex(&rest[2..]) {
            return Strtod {
                value: apply_sign(value),
                consumed: i + 2 + len,
                out_of_range: range,
            };
        }
        // "0x" without hex digits: only the "0" is a number.
        return Strtod {
            value: apply_sign(0.0),
            consumed: i + 1,
            out_of_range: false,
        };
    }
    let Some((len, nonzero)) = scan_decimal(rest) else {
        return none;
    };
    let text = std::str::from_utf8(&s[sign_at..i + len]).unwrap_or("0");
    let value: f64 = text.parse().unwrap_or(0.0);
    Strtod {
        value,
        consumed: i + len,
        out_of_range: value.is_infinite() || (value == 0.0 && nonzero),
    }
}

fn starts_with_ci(s: &[u8], prefix: &[u8]) -> bool {
    s.len() >= prefix.len() && s[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// Length of a decimal float at the start of `s` (digits, optional point
/// and digits, optional exponent) and whether its mantissa has a non-zero
/// digit; None when there is no digit.
fn scan_decimal(s: &[u8]) -> Option<(usize, bool)> {
    let int_digits = s.iter().take_while(|c| c.is_ascii_digit()).count();
    let mut len = int_digits;
    let mut frac_digits = 0;
    if s.get(len) == Some(&b'.') {
        frac_digits = s[len + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if int_digits + frac_digits > 0 {
            len += 1 + frac_digits;
        }
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    let nonzero = s[..len].iter().any(|c| matches!(c, b'1'..=b'9'));
    if matches!(s.get(len), Some(b'e' | b'E')) {
        let mut j = len + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let exp_digits = s[j.min(s.len())..].iter().take_while(|c| c.is_ascii_digit()).count();
        if exp_digits > 0 {
            len = j + exp_digits;
        }
    }
    Some((len, nonzero))
}

/// A hexadecimal float after "0x": (value, bytes consumed, out of range).
fn parse_hex(s: &[u8]) -> Option<(f64, usize, bool)> {
    let mut mantissa: u64 = 0;
    let mut exp: i64 = 0;
    let mut sticky = false;
    let mut digits = 0;
    let mut i = 0;
    let mut seen_point = false;
    while i < s.len() {
        let c = s[i];
        if c == b'.' && !seen_point {
            seen_point = true;
            i += 1;
            continue;
        }
        let Some(d) = (c as char).to_digit(16) else {
            break;
        };
        digits += 1;
        if mantissa >> 56 == 0 {
            mantissa = mantissa * 16 + d as u64;
            if seen_point {
                exp -= 4;
            }
        } else {
            sticky |= d != 0;
            if !seen_point {
                exp += 4;
            }
        }
        i += 1;
    }
    if digits == 0 {
        return None;
    }
    if matches!(s.get(i), Some(b'p' | b'P')) {
        let mut j = i + 1;
        let neg = s.get(j) == Some(&b'-');
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let exp_digits = s[j.min(s.len())..].iter().take_while(|c| c.is_ascii_digit()).count();
        if exp_digits > 0 {
            let e = s[j..j + exp_digits]
                .iter()
                .fold(0i64, |acc, c| (acc * 10 + (c - b'0') as i64).min(1 << 20));
            exp += if neg { -e } else { e };
            i = j + exp_digits;
        }
    }
    if sticky {
        mantissa |= 1;
    }
    let nonzero = mantissa != 0;
    let mut value = mantissa as f64;
    let mut e = exp;
    while e > 0 && value.is_finite() {
        let step = e.min(1000);
        value *= 2f64.powi(step as i32);
        e -= step;
    }
    while e < 0 && value != 0.0 {
        let step = (-e).min(1000);
        value /= 2f64.powi(step as i32);
        e += step;
    }
    Some((value, i, value.is_infinite() || (value == 0.0 && nonzero)))
}

/// Parse a score the way Redis's getDoubleFromObject does (ZADD, ZINCRBY,
/// WEIGHTS): the whole argument must be a number, no leading space, no
/// overflow or underflow to zero, not NaN.
pub fn parse_score(arg: &[u8]) -> Option<f64> {
    if arg.is_empty() || is_c_space(arg[0]) {
        return None;
    }
    let r = strtod(arg);
    (r.consumed == arg.len() && !r.out_of_range && !r.value.is_nan()).then_some(r.value)
}

/// A score interval with optional open ends (ZRANGEBYSCORE's min and max).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScoreRange {
    pub min: f64,
    pub max: f64,
    pub minex: bool,
    pub maxex: bool,
}

impl ScoreRange {
    /// Parse min and max as Redis's zslParseRange: `(` makes an end open,
    /// the rest goes through `strtod` and must end the argument (or meet a
    /// NUL byte); NaN is refused. None means "min or max is not a float".
    pub fn parse(min: &[u8], max: &[u8]) -> Option<ScoreRange> {
        let (min, minex) = parse_bound(min)?;
        let (max, maxex) = parse_bound(max)?;
        Some(ScoreRange { min, max, minex, maxex })
    }

    /// True when `v` is above the lower end.
    pub fn gte_min(&self, v: f64) -> bool {
        if self.minex { v > self.min } else { v >= self.min }
    }

    /// True when `v` is below the upper end.
    pub fn lte_max(&self, v: f64) -> bool {
        if self.maxex { v < self.max } else { v <= self.max }
    }

    /// True for ranges that can hold no score.
    pub fn is_empty(&self) -> bool {
        self.min > self.max || (self.min == self.max && (self.minex || self.maxex))
    }
}

fn parse_bound(arg: &[u8]) -> Option<(f64, bool)> {
    let (text, open) = match arg.first() {
        Some(b'(') => (&arg[1..], true),
        _ => (arg, false),
    };
    let r = strtod(text);
    let rest = &text[r.consumed..];
    (rest.first().is_none_or(|&c| c == 0) && !r.value.is_nan()).then_some((r.value, open))
}

/// One end of a lex range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LexBound {
    /// `-`: below every string.
    Min,
    /// `+`: above every string.
    Max,
    /// `[x` or `(x`.
    Value(Vec<u8>),
}

/// A lexicographic interval (ZRANGEBYLEX's min and max).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexRange {
    pub min: LexBound,
    pub max: LexBound,
    pub minex: bool,
    pub maxex: bool,
}

/// Redis's sdscmplex: the bounds `-` and `+` compare below and above all.
fn cmp_lex(a: &LexBound, b: &LexBound) -> std::cmp::Ordering {
    use std::cmp::Ordering::*;
    match (a, b) {
        (LexBound::Min, LexBound::Min) | (LexBound::Max, LexBound::Max) => Equal,
        (LexBound::Min, _) | (_, LexBound::Max) => Less,
        (LexBound::Max, _) | (_, LexBound::Min) => Greater,
        (LexBound::Value(x), LexBound::Value(y)) => x.cmp(y),
    }
}

fn cmp_value(v: &[u8], bound: &LexBound) -> std::cmp::Ordering {
    use std::cmp::Ordering::*;
    match bound {
        LexBound::Min => Greater,
        LexBound::Max => Less,
        LexBound::Value(b) => v.cmp(&b[..]),
    }
}

impl LexRange {
    /// Parse min and max as Redis's zslParseLexRange: each must start with
    /// `(` (open) or `[` (closed), or be exactly `-` or `+`. None means "min
    /// or max not valid string range item".
    pub fn parse(min: &[u8], max: &[u8]) -> Option<LexRange> {
        let (min, minex) = parse_lex_item(min)?;
        let (max, maxex) = parse_lex_item(max)?;
        Some(LexRange { min, max, minex, maxex })
    }

    /// True when `v` is above the lower end.
    pub fn gte_min(&self, v: &[u8]) -> bool {
        let c = cmp_value(v, &self.min);
        if self.minex { c.is_gt() } else { c.is_ge() }
    }

    /// True when `v` is below the upper end.
    pub fn lte_max(&self, v: &[u8]) -> bool {
        let c = cmp_value(v, &self.max);
        if self.maxex { c.is_lt() } else { c.is_le() }
    }

    /// True for ranges that can hold no string.
    pub fn is_empty(&self) -> bool {
        let c = cmp_lex(&self.min, &self.max);
        c.is_gt() || (c.is_eq() && (self.minex || self.maxex))
    }
}

fn parse_lex_item(arg: &[u8]) -> Option<(LexBound, bool)> {
    // Redis reads the argument as a C string: a NUL after +/- ends it.
    let alone = arg.len() == 1 || arg.get(1) == Some(&0);
    match arg.first() {
        Some(b'+') if alone => Some((LexBound::Max, true)),
        Some(b'-') if alone => Some((LexBound::Min, true)),
        Some(b'(') => Some((LexBound::Value(arg[1..].to_vec()), true)),
        Some(b'[') => Some((LexBound::Value(arg[1..].to_vec()), false)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand::rngs::SmallRng;

    const BIG: ZLimits = ZLimits {
        max_listpack_entries: 128,
        max_listpack_value: 64,
    };
    const TINY: ZLimits = ZLimits {
        max_listpack_entries: 0,
        max_listpack_value: 0,
    };

    fn members(z: &ZSet) -> Vec<(String, f64)> {
        z.iter()
            .map(|(m, s)| (String::from_utf8_lossy(m).into_owned(), s))
            .collect()
    }

    fn both() -> [ZSet; 2] {
        [ZSet::new_listpack(), ZSet::new_skiplist()]
    }

    #[test]
    fn order_is_score_then_bytes_in_both_encodings() {
        for mut z in both() {
            let limits = if z.is_listpack() { BIG } else { TINY };
            for (m, s) in [("b", 1.0), ("a", 1.0), ("c", 0.5), ("ab", 1.0), ("z", -1.0)] {
                assert!(z.insert(m.as_bytes(), s, &limits));
            }
            let order: Vec<String> = members(&z).into_iter().map(|(m, _)| m).collect();
            assert_eq!(order, ["z", "c", "a", "ab", "b"]);
            assert_eq!(z.rank(b"ab"), Some(3));
            assert_eq!(z.get_by_rank(1), Some((&b"c"[..], 0.5)));
            let rev: Vec<&[u8]> = z.iter_from(2, true).map(|(m, _)| m).collect();
            assert_eq!(rev, [&b"a"[..], b"c", b"z"]);
        }
    }

    #[test]
    fn add_flags_follow_zsetadd() {
        let mut z = ZSet::new_listpack();
        let nx = AddFlags {
            nx: true,
            ..AddFlags::default()
        };
        let gt = AddFlags {
            gt: true,
            ..AddFlags::default()
        };
        let incr = AddFlags {
            incr: true,
            ..AddFlags::default()
        };
        assert_eq!(z.add(b"a", 1.0, nx, &BIG), AddResult::Added(1.0));
        assert_eq!(z.add(b"a", 2.0, nx, &BIG), AddResult::Skipped);
        assert_eq!(z.add(b"a", 0.5, gt, &BIG), AddResult::Skipped);
        assert_eq!(z.add(b"a", 3.0, gt, &BIG), AddResult::Updated(3.0));
        assert_eq!(z.add(b"a", 3.0, AddFlags::default(), &BIG), AddResult::Unchanged(3.0));
        assert_eq!(z.add(b"a", 2.0, incr, &BIG), AddResult::Updated(5.0));
        z.insert(b"i", f64::INFINITY, &BIG);
        assert_eq!(z.add(b"i", f64::NEG_INFINITY, incr, &BIG), AddResult::NotANumber);
    }

    #[test]
    fn conversion_thresholds() {
        let limits = ZLimits {
            max_listpack_entries: 3,
            max_listpack_value: 5,
        };
        let mut z = ZSet::for_first(1, &limits);
        for (i, m) in ["a", "b", "c"].iter().enumerate() {
            z.insert(m.as_bytes(), i as f64, &limits);
        }
        assert_eq!(z.encoding(), "listpack");
        z.insert(b"d", 9.0, &limits);
        assert_eq!(z.encoding(), "skiplist");
        let mut z = ZSet::for_first(1, &limits);
        z.insert(b"abcdef", 1.0, &limits);
        assert_eq!(z.encoding(), "skiplist");
        assert_eq!(ZSet::for_first(6, &limits).encoding(), "skiplist");
    }

    #[test]
    fn negative_zero_is_zero_in_listpack_only() {
        let mut lp = ZSet::new_listpack();
        lp.insert(b"a", -0.0, &BIG);
        assert!(lp.score(b"a").is_some_and(|s| s.is_sign_positive()));
        let mut sl = ZSet::new_skiplist();
        sl.insert(b"a", -0.0, &TINY);
        assert!(sl.score(b"a").is_some_and(|s| s.is_sign_negative()));
    }

    #[test]
    fn skiplist_matches_a_model_under_random_operations() {
        let mut rng = SmallRng::seed_from_u64(42);
        let mut z = ZSet::new_skiplist();
        let mut model: std::collections::BTreeMap<Vec<u8>, f64> = Default::default();
        for step in 0..20000 {
            let m = format!("m{}", rng.random_range(0..500)).into_bytes();
            match rng.random_range(0..10) {
                0..=5 => {
                    let s = rng.random_range(0..50) as f64;
                    z.insert(&m, s, &TINY);
                    model.insert(m, s);
                }
                6..=7 => {
                    assert_eq!(z.remove(&m), model.remove(&m).is_some());
                }
                8 => {
                    let len = z.len();
                    if len > 0 {
                        let a = rng.random_range(0..len);
                        let b = (a + rng.random_range(0..5)).min(len - 1);
                        let doomed: Vec<Vec<u8>> =
                            z.iter_from(a, false).take(b - a + 1).map(|(m, _)| m.to_vec()).collect();
                        assert_eq!(z.remove_rank_range(a, b), doomed.len());
                        doomed.iter().for_each(|d| {
                            model.remove(d);
                        });
                    }
                }
                _ => {
                    let popped = z.pop(step % 2 == 0);
                    if let Some((m, _)) = popped {
                        model.remove(&m);
                    }
                }
            }
            if step % 1000 == 0
                && let Repr::Skiplist(sl) = &z.repr
            {
                sl.check_invariants();
            }
        }
        let mut expected: Vec<(Vec<u8>, f64)> = model.into_iter().collect();
        expected.sort_by(|a, b| a.1.total_cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
        let got: Vec<(Vec<u8>, f64)> = z.iter().map(|(m, s)| (m.to_vec(), s)).collect();
        assert_eq!(got, expected);
        for (i, (m, _)) in expected.iter().enumerate() {
            assert_eq!(z.rank(m), Some(i));
        }
    }

    #[test]
    fn arena_is_compacted_after_mass_removal() {
        let mut z = ZSet::new_skiplist();
        for i in 0..5000 {
            z.insert(format!("m{i}").as_bytes(), (i % 97) as f64, &TINY);
        }
        assert_eq!(z.remove_rank_range(10, 4500), 4491);
        for i in 0..300 {
            z.remove(format!("m{}", i * 7).as_bytes());
        }
        let Repr::Skiplist(sl) = &z.repr else {
            panic!("skiplist")
        };
        sl.check_invariants();
        assert!(sl.nodes.len() < 1000, "arena still {} nodes", sl.nodes.len());
        let before: Vec<(Vec<u8>, f64)> = z.iter().map(|(m, s)| (m.to_vec(), s)).collect();
        z.insert(b"new", 50.0, &TINY);
        z.remove(b"new");
        let after: Vec<(Vec<u8>, f64)> = z.iter().map(|(m, s)| (m.to_vec(), s)).collect();
        assert_eq!(before, after);
        while z.pop(false).is_some() {}
        let Repr::Skiplist(sl) = &z.repr else {
            panic!("skiplist")
        };
        assert_eq!(sl.nodes.len(), 1);
    }

    #[test]
    fn score_ranges() {
        for mut z in both() {
            let limits = if z.is_listpack() { BIG } else { TINY };
            for i in 0..10 {
                z.insert(format!("m{i}").as_bytes(), i as f64, &limits);
            }
            let r = ScoreRange::parse(b"(2", b"5").expect("range");
            assert_eq!(z.first_in_range(&r), Some(3));
            assert_eq!(z.last_in_range(&r), Some(5));
            let r = ScoreRange::parse(b"-inf", b"(0").expect("range");
            assert_eq!(z.first_in_range(&r), None);
            let r = ScoreRange::parse(b"9", b"+inf").expect("range");
            assert_eq!((z.first_in_range(&r), z.last_in_range(&r)), (Some(9), Some(9)));
            let r = ScoreRange::parse(b"5", b"2").expect("range");
            assert_eq!(z.first_in_range(&r), None);
        }
    }

    #[test]
    fn lex_ranges() {
        for mut z in both() {
            let limits = if z.is_listpack() { BIG } else { TINY };
            for m in ["a", "b", "c", "d", "e"] {
                z.insert(m.as_bytes(), 0.0, &limits);
            }
            let r = LexRange::parse(b"[b", b"(d").expect("range");
            assert_eq!((z.first_in_lex_range(&r), z.last_in_lex_range(&r)), (Some(1), Some(2)));
            let r = LexRange::parse(b"-", b"+").expect("range");
            assert_eq!((z.first_in_lex_range(&r), z.last_in_lex_range(&r)), (Some(0), Some(4)));
            let r = LexRange::parse(b"+", b"-").expect("range");
            assert!(r.is_empty());
            assert!(LexRange::parse(b"-", b"-").expect("range").is_empty());
        }
        assert!(LexRange::parse(b"a", b"+").is_none());
        assert!(LexRange::parse(b"", b"+").is_none());
        assert!(LexRange::parse(b"+x", b"+").is_none());
    }

    #[test]
    fn strtod_like_c() {
        let t = |s: &str| {
            let r = strtod(s.as_bytes());
            (r.value, r.consumed)
        };
        assert_eq!(t("1.5"), (1.5, 3));
        assert_eq!(t("  -2e3x"), (-2000.0, 6));
        assert_eq!(t("1e"), (1.0, 1));
        assert_eq!(t("1e+"), (1.0, 1));
        assert_eq!(t(".5"), (0.5, 2));
        assert_eq!(t("5."), (5.0, 2));
        assert_eq!(t("."), (0.0, 0));
        assert_eq!(t("0x10"), (16.0, 4));
        assert_eq!(t("0x1p-2"), (0.25, 6));
        assert_eq!(t("0x"), (0.0, 1));
        assert_eq!(t("-Infinity"), (f64::NEG_INFINITY, 9));
        assert_eq!(t("infx"), (f64::INFINITY, 3));
        assert!(strtod(b"nan(123)").value.is_nan());
        assert_eq!(strtod(b"nan(123)").consumed, 8);
        assert!(strtod(b"1e400").out_of_range);
        assert!(strtod(b"1e-400").out_of_range);
        assert!(!strtod(b"0e-400").out_of_range);
    }

    #[test]
    fn score_parsing_like_redis() {
        assert_eq!(parse_score(b"1.5"), Some(1.5));
        assert_eq!(parse_score(b"+inf"), Some(f64::INFINITY));
        assert_eq!(parse_score(b"0x10"), Some(16.0));
        for bad in [&b""[..], b" 1", b"1 ", b"nan", b"1e400", b"abc", b"1\x002"] {
            assert_eq!(parse_score(bad), None, "{:?}", String::from_utf8_lossy(bad));
        }
        let r = ScoreRange::parse(b"", b"(").expect("empty strings parse as 0");
        assert_eq!((r.min, r.max, r.minex, r.maxex), (0.0, 0.0, false, true));
        assert!(ScoreRange::parse(b" 1", b"2\x00junk").is_some());
        assert!(ScoreRange::parse(b"1 ", b"2").is_none());
        assert!(ScoreRange::parse(b"nan", b"2").is_none());
        assert!(ScoreRange::parse(b" ", b"2").is_none());
    }

    #[test]
    fn scan_guarantee_with_removals() {
        let mut z = ZSet::new_skiplist();
        for i in 0..1000 {
            z.insert(format!("m{i}").as_bytes(), i as f64, &TINY);
        }
        let mut seen = std::collections::HashSet::new();
        let mut cursor = 0;
        let mut round = 0;
        loop {
            cursor = z.scan(cursor, 10, |m, _| {
                seen.insert(m.to_vec());
            });
            for k in 0..3 {
                z.remove(format!("m{}", (round * 6 + k * 2) % 1000).as_bytes());
            }
            round += 1;
            if cursor == 0 {
                break;
            }
        }
        for i in (1..1000).step_by(2) {
            assert!(seen.contains(format!("m{i}").as_bytes()));
        }
    }
}
