//! The stream type: an append-only log of entries keyed by [`StreamId`], plus
//! its consumer groups, with Redis 7.0's semantics.
//!
//! Entries are kept the way Redis keeps them: in *nodes* (Redis's listpacks
//! hanging off a radix tree), each keyed by the ID of its first ("master")
//! entry and holding the field names of that entry, so entries with the same
//! field names store only their values. Deleted entries stay in their node as
//! tombstones until the whole node goes, exactly as in Redis, and each node
//! tracks the byte size its listpack would have. So node splitting
//! (`stream-node-max-bytes` / `stream-node-max-entries`), approximate (`~`)
//! trimming, XINFO's `radix-tree-keys` and the tombstone-dependent counters
//! (`entries-read`, `lag`) come out exactly as in Redis.
//!
//! Consumer groups ([`ConsumerGroup`]) hold their pending entries list (PEL)
//! and their consumers ([`Consumer`]), each with its own PEL; a pending entry
//! ([`Nack`]) names the consumer that owns it. Groups and consumers iterate in
//! byte order of their names, as Redis's radix trees do.
//!
//! Command logic (argument parsing, replies) lives in `commands/streams.rs`.

use std::collections::{BTreeMap, BTreeSet, btree_map};
use std::ops::Deref;
use std::sync::Arc;

use crate::util::num::string2ll;

/// A stream entry ID: milliseconds and sequence number, ordered as a pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct StreamId {
    pub ms: u64,
    pub seq: u64,
}

impl StreamId {
    /// `0-0`, the smallest ID (`-`).
    pub const MIN: StreamId = StreamId { ms: 0, seq: 0 };
    /// The largest ID (`+`).
    pub const MAX: StreamId = StreamId {
        ms: u64::MAX,
        seq: u64::MAX,
    };

    pub const fn new(ms: u64, seq: u64) -> StreamId {
        StreamId { ms, seq }
    }

    /// True for `0-0`.
    pub fn is_zero(&self) -> bool {
        self.ms == 0 && self.seq == 0
    }

    /// The next ID, or None when this is the largest (streamIncrID).
    pub fn next(self) -> Option<StreamId> {
        if self.seq < u64::MAX {
            Some(StreamId::new(self.ms, self.seq + 1))
        } else if self.ms < u64::MAX {
            Some(StreamId::new(self.ms + 1, 0))
        } else {
            None
        }
    }

    /// The previous ID, or None when this is `0-0` (streamDecrID).
    pub fn prev(self) -> Option<StreamId> {
        if self.seq > 0 {
            Some(StreamId::new(self.ms, self.seq - 1))
        } else if self.ms > 0 {
            Some(StreamId::new(self.ms - 1, u64::MAX))
        } else {
            None
        }
    }

    /// The `<ms>-<seq>` text, without allocating.
    pub fn text(&self) -> IdText {
        let mut t = IdText { buf: [0; 41], len: 0 };
        t.push_u64(self.ms);
        t.buf[t.len as usize] = b'-';
        t.len += 1;
        t.push_u64(self.seq);
        t
    }

    /// The 16-byte big-endian key Redis's radix tree uses for this ID.
    pub fn rax_key(&self) -> [u8; 16] {
        let mut k = [0u8; 16];
        k[..8].copy_from_slice(&self.ms.to_be_bytes());
        k[8..].copy_from_slice(&self.seq.to_be_bytes());
        k
    }
}

impl std::fmt::Display for StreamId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{}", self.ms, self.seq)
    }
}

/// An ID formatted as `<ms>-<seq>` on the stack.
#[derive(Clone, Copy)]
pub struct IdText {
    buf: [u8; 41],
    len: u8,
}

impl IdText {
    fn push_u64(&mut self, mut v: u64) {
        let mut tmp = [0u8; 20];
        let mut i = tmp.len();
        loop {
            i -= 1;
            tmp[i] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        let digits = &tmp[i..];
        let at = self.len as usize;
        self.buf[at..at + digits.len()].copy_from_slice(digits);
        self.len += digits.len() as u8;
    }
}

impl Deref for IdText {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.buf[..self.len as usize]
    }
}

/// An ID as given by a client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParsedId {
    pub id: StreamId,
    /// False for the `<ms>-*` form (the sequence is to be generated).
    pub seq_given: bool,
}

/// Parse a client's stream ID exactly as Redis's streamGenericParseIDOrReply:
/// `<ms>-<seq>` or `<ms>` (sequence `missing_seq`), with each part read by
/// Redis's string2ull (so `+5`, ` 5` and `05` are accepted, `-1` is not);
/// `-` and `+` mean the smallest and largest IDs unless `strict`;
/// `<ms>-*` is accepted only when `seq_star` (XADD). None when invalid.
pub fn parse_id(arg: &[u8], missing_seq: u64, strict: bool, seq_star: bool) -> Option<ParsedId> {
    if arg.len() > 127 {
        return None;
    }
    // Redis copies the argument into a C string: it ends at the first NUL.
    let s = arg.split(|&b| b == 0).next().unwrap_or(arg);
    if s == b"-" || s == b"+" {
        if strict {
            return None;
        }
        let id = if s == b"-" { StreamId::MIN } else { StreamId::MAX };
        return Some(ParsedId { id, seq_given: true });
    }
    let (ms_part, seq_part) = match s.iter().position(|&b| b == b'-') {
        Some(dash) => (&s[..dash], Some(&s[dash + 1..])),
        None => (s, None),
    };
    let ms = c_string2ull(ms_part)?;
    let (seq, seq_given) = match seq_part {
        Some(b"*") if seq_star => (0, false),
        Some(part) => (c_string2ull(part)?, true),
        None => (missing_seq, true),
    };
    Some(ParsedId {
        id: StreamId::new(ms, seq),
        seq_given,
    })
}

/// Redis's string2ull: string2ll (rejecting negatives), else C's strtoull
/// in base 10 (leading spaces and a sign allowed, no trailing garbage, no
/// overflow; a `-` negates modulo 2^64).
fn c_string2ull(s: &[u8]) -> Option<u64> {
    if let Some(v) = string2ll(s) {
        return u64::try_from(v).ok();
    }
    let mut i = s
        .iter()
        .take_while(|&&b| matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'))
        .count();
    let negative = match s.get(i) {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let digits = &s[i..];
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut v: u64 = 0;
    for &d in digits {
        v = v.checked_mul(10)?.checked_add(u64::from(d - b'0'))?;
    }
    Some(if negative { v.wrapping_neg() } else { v })
}

// ---------------------------------------------------------------------------
// Listpack size accounting (what Redis's node-size limits are measured on).
// ---------------------------------------------------------------------------

/// Bytes of a listpack's header (total bytes + element count) and end marker.
const LP_OVERHEAD: usize = 7;
/// Redis never lets one listpack grow beyond this (STREAM_LISTPACK_MAX_SIZE).
pub const LISTPACK_MAX_SIZE: usize = 1 << 30;

fn lp_backlen(encoded: usize) -> usize {
    match encoded {
        0..=127 => 1,
        128..=16382 => 2,
        16383..=2097150 => 3,
        2097151..=268435454 => 4,
        _ => 5,
    }
}

/// Size of an integer element in a listpack.
fn lp_int_size(v: i64) -> usize {
    let encoded = match v {
        0..=127 => 1,
        -4096..=4095 => 2,
        -32768..=32767 => 3,
        -8388608..=8388607 => 4,
        -2147483648..=2147483647 => 5,
        _ => 9,
    };
    encoded + lp_backlen(encoded)
}

/// Size of a string element in a listpack (integers are stored as such).
fn lp_str_size(s: &[u8]) -> usize {
    if let Some(v) = string2ll(s) {
        return lp_int_size(v);
    }
    let encoded = match s.len() {
        0..=63 => 1 + s.len(),
        64..=4095 => 2 + s.len(),
        _ => 5 + s.len(),
    };
    encoded + lp_backlen(encoded)
}

// ---------------------------------------------------------------------------
// Nodes and entries.
// ---------------------------------------------------------------------------

/// Byte strings packed into one allocation, each as a little-endian u32
/// length followed by its bytes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Packed(Box<[u8]>);

impl Packed {
    fn new<'a>(items: impl Iterator<Item = &'a [u8]> + Clone) -> Packed {
        let total: usize = items.clone().map(|s| s.len() + 4).sum();
        let mut buf = Vec::with_capacity(total);
        for s in items {
            buf.extend_from_slice(&(s.len() as u32).to_le_bytes());
            buf.extend_from_slice(s);
        }
        Packed(buf.into_boxed_slice())
    }

    fn iter(&self) -> PackedIter<'_> {
        PackedIter { rest: &self.0 }
    }
}

#[derive(Clone)]
struct PackedIter<'a> {
    rest: &'a [u8],
}

impl<'a> Iterator for PackedIter<'a> {
    type Item = &'a [u8];

    fn next(&mut self) -> Option<&'a [u8]> {
        let (len, rest) = self.rest.split_first_chunk::<4>()?;
        let len = u32::from_le_bytes(*len) as usize;
        let (item, rest) = rest.split_at(len);
        self.rest = rest;
        Some(item)
    }
}

const FLAG_DELETED: u8 = 1;
const FLAG_SAMEFIELDS: u8 = 2;

/// One entry of a node, possibly a tombstone.
#[derive(Debug, Clone, PartialEq)]
struct Item {
    id: StreamId,
    /// Values only when FLAG_SAMEFIELDS (names are the node's master
    /// fields), else names and values alternating.
    data: Packed,
    /// Number of field/value pairs.
    num_fields: u32,
    flags: u8,
}

impl Item {
    fn deleted(&self) -> bool {
        self.flags & FLAG_DELETED != 0
    }
}

/// One node (a listpack in Redis): entries from `master id` (its key in the
/// node map) on, in ID order.
#[derive(Debug, Clone, PartialEq)]
struct Node {
    /// Field names of the node's first entry.
    master_fields: Packed,
    master_count: u32,
    items: Vec<Item>,
    /// Entries not deleted.
    live: u64,
    /// Tombstones.
    deleted: u64,
    /// Listpack bytes, except the live and deleted counters.
    lp_other: usize,
}

impl Node {
    /// Size of this node's listpack in Redis (lpBytes).
    fn lp_bytes(&self) -> usize {
        self.lp_other + lp_int_size(self.live as i64) + lp_int_size(self.deleted as i64)
    }

    /// ID of the last entry, tombstones included.
    fn last_id(&self) -> StreamId {
        self.items.last().map_or(StreamId::MIN, |i| i.id)
    }

    fn same_fields(&self, pairs: &[&[u8]]) -> bool {
        pairs.len() / 2 == self.master_count as usize
            && self
                .master_fields
                .iter()
                .zip(pairs.iter().step_by(2))
                .all(|(a, b)| a == *b)
    }
}

/// A live entry: its ID and field/value pairs, borrowed from the stream.
#[derive(Clone, Copy)]
pub struct EntryRef<'a> {
    pub id: StreamId,
    node: &'a Node,
    item: &'a Item,
}

impl<'a> EntryRef<'a> {
    /// Number of field/value pairs.
    pub fn num_fields(&self) -> usize {
        self.item.num_fields as usize
    }

    /// The field/value pairs, in insertion order.
    pub fn fields(&self) -> Fields<'a> {
        if self.item.flags & FLAG_SAMEFIELDS != 0 {
            Fields(FieldsInner::Same(self.node.master_fields.iter(), self.item.data.iter()))
        } else {
            Fields(FieldsInner::Own(self.item.data.iter()))
        }
    }
}

/// Iterator over an entry's field/value pairs.
#[derive(Clone)]
pub struct Fields<'a>(FieldsInner<'a>);

#[derive(Clone)]
enum FieldsInner<'a> {
    Same(PackedIter<'a>, PackedIter<'a>),
    Own(PackedIter<'a>),
}

impl<'a> Iterator for Fields<'a> {
    type Item = (&'a [u8], &'a [u8]);

    fn next(&mut self) -> Option<Self::Item> {
        match &mut self.0 {
            FieldsInner::Same(names, values) => Some((names.next()?, values.next()?)),
            FieldsInner::Own(pairs) => Some((pairs.next()?, pairs.next()?)),
        }
    }
}

/// A node as stored, for serialization (RDB): master ID, master field
/// names, and every entry including tombstones.
pub struct NodeView<'a> {
    pub master_id: StreamId,
    node: &'a Node,
}

impl<'a> NodeView<'a> {
    /// The master entry's field names.
    pub fn master_fields(&self) -> impl Iterator<Item = &'a [u8]> + 'a {
        self.node.master_fields.iter()
    }

    /// Live entries in this node.
    pub fn live(&self) -> u64 {
        self.node.live
    }

    /// Tombstones in this node.
    pub fn deleted(&self) -> u64 {
        self.node.deleted
    }

    /// Every entry with its deleted flag, in ID order.
    pub fn entries(&self) -> impl Iterator<Item = (EntryRef<'a>, bool)> + 'a {
        let node = self.node;
        node.items.iter().map(move |item| {
            (
                EntryRef {
                    id: item.id,
                    node,
                    item,
                },
                item.deleted(),
            )
        })
    }
}

/// Limits on node size (`stream-node-max-bytes`, `stream-node-max-entries`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NodeLimits {
    pub max_bytes: usize,
    pub max_entries: usize,
}

/// How XADD chooses the new entry's ID.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdRequest {
    /// `*`: the time now (ms), or the last ID's successor.
    Auto(u64),
    /// `<ms>-*`: this time with a generated sequence.
    AutoSeq(u64),
    /// An explicit ID.
    Exact(StreamId),
}

/// Why an append failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppendError {
    /// The ID is not greater than the stream's last ID.
    NotGreater,
    /// `<ms>-*` where the last ID has this ms and the largest sequence.
    SeqExhausted,
    /// The fields add up to more than a listpack may hold.
    TooLarge,
}

/// A trimming strategy (XADD / XTRIM).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trim {
    /// Keep at most this many entries.
    MaxLen(u64),
    /// Remove entries with IDs below this one.
    MinId(StreamId),
}

/// The counters of a stream that consumer-group bookkeeping reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StreamMeta {
    pub length: u64,
    pub last_id: StreamId,
    pub first_id: StreamId,
    pub max_deleted_entry_id: StreamId,
    pub entries_added: u64,
}

/// Redis's SCG_INVALID_ENTRIES_READ: a group's read counter is unknown.
pub const ENTRIES_READ_INVALID: i64 = -1;

impl StreamMeta {
    /// True when the range may contain a tombstone (streamRangeHasTombstones).
    pub fn range_has_tombstones(&self, start: StreamId, end: StreamId) -> bool {
        if self.length == 0 || self.max_deleted_entry_id.is_zero() {
            return false;
        }
        if self.first_id > self.max_deleted_entry_id {
            return false;
        }
        start <= self.max_deleted_entry_id && self.max_deleted_entry_id <= end
    }

    /// The logical read counter of `id` (its distance from the first entry
    /// ever added), when it can be known (streamEstimateDistanceFromFirstEverEntry).
    pub fn estimate_distance(&self, id: StreamId) -> Option<i64> {
        let added = self.entries_added as i64;
        if self.entries_added == 0 {
            return Some(0);
        }
        if self.length == 0 && id <= self.last_id {
            return Some(added);
        }
        match id.cmp(&self.last_id) {
            std::cmp::Ordering::Equal => return Some(added),
            std::cmp::Ordering::Greater => return None,
            std::cmp::Ordering::Less => {}
        }
        if self.max_deleted_entry_id.is_zero() || self.max_deleted_entry_id < self.first_id {
            match id.cmp(&self.first_id) {
                std::cmp::Ordering::Less => return Some(added - self.length as i64),
                std::cmp::Ordering::Equal => return Some(added - self.length as i64 + 1),
                std::cmp::Ordering::Greater => {}
            }
        }
        None
    }

    /// A group's lag (entries not yet delivered), when known
    /// (streamReplyWithCGLag).
    pub fn lag(&self, group: &ConsumerGroup) -> Option<i64> {
        if self.entries_added == 0 {
            return Some(0);
        }
        if group.entries_read != ENTRIES_READ_INVALID && !self.range_has_tombstones(group.last_id, StreamId::MAX) {
            return Some(self.entries_added as i64 - group.entries_read);
        }
        self.estimate_distance(group.last_id)
            .map(|read| self.entries_added as i64 - read)
    }
}

/// A stream value.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Stream {
    nodes: BTreeMap<StreamId, Node>,
    meta: StreamMeta,
    groups: BTreeMap<Box<[u8]>, ConsumerGroup>,
}

impl Stream {
    /// An empty stream.
    pub fn new() -> Stream {
        Stream::default()
    }

    /// OBJECT ENCODING name.
    pub fn encoding(&self) -> &'static str {
        "stream"
    }

    /// Number of entries (XLEN).
    pub fn len(&self) -> u64 {
        self.meta.length
    }

    /// True when the stream has no entries (it may still have groups).
    pub fn is_empty(&self) -> bool {
        self.meta.length == 0
    }

    /// The counters: length, last/first/max-deleted IDs, entries added.
    pub fn meta(&self) -> StreamMeta {
        self.meta
    }

    /// The last ID generated (or set by XSETID), `0-0` for a new stream.
    pub fn last_id(&self) -> StreamId {
        self.meta.last_id
    }

    /// Set the last ID, the entries-added counter and, unless zero, the
    /// largest deleted ID (XSETID, RDB loading). The caller checks them.
    pub fn set_counters(&mut self, last_id: StreamId, entries_added: Option<u64>, max_deleted: StreamId) {
        self.meta.last_id = last_id;
        if let Some(added) = entries_added {
            self.meta.entries_added = added;
        }
        if !max_deleted.is_zero() {
            self.meta.max_deleted_entry_id = max_deleted;
        }
    }

    /// Number of nodes (XINFO's radix-tree-keys).
    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }

    /// The nodes in ID order, for serialization.
    pub fn nodes(&self) -> impl Iterator<Item = NodeView<'_>> {
        self.nodes.iter().map(|(&master_id, node)| NodeView { master_id, node })
    }

    /// Number of nodes of Redis's radix tree holding the nodes (XINFO's
    /// radix-tree-nodes), for the canonical compressed radix tree of the
    /// node keys. O(number of nodes).
    pub fn rax_nodes(&self) -> u64 {
        let keys: Vec<[u8; 16]> = self.nodes.keys().map(StreamId::rax_key).collect();
        rax_node_count(&keys)
    }

    /// Append an entry of field/value pairs (`pairs` alternates names and
    /// values, an even number of them, at least 2). Returns the new ID.
    pub fn append(&mut self, request: IdRequest, pairs: &[&[u8]], limits: NodeLimits) -> Result<StreamId, AppendError> {
        let last = self.meta.last_id;
        let id = match request {
            IdRequest::Exact(id) => id,
            IdRequest::AutoSeq(ms) if ms == last.ms => {
                if last.seq == u64::MAX {
                    return Err(AppendError::SeqExhausted);
                }
                StreamId::new(ms, last.seq + 1)
            }
            IdRequest::AutoSeq(ms) => StreamId::new(ms, 0),
            IdRequest::Auto(now) if now > last.ms => StreamId::new(now, 0),
            IdRequest::Auto(_) => last.next().unwrap_or(StreamId::MIN),
        };
        if id <= last {
            return Err(AppendError::NotGreater);
        }
        let total: usize = pairs.iter().map(|p| p.len()).sum();
        if total > LISTPACK_MAX_SIZE {
            return Err(AppendError::TooLarge);
        }
        let start_new_node = match self.nodes.last_key_value() {
            None => true,
            Some((_, tail)) => {
                let max_bytes = match limits.max_bytes {
                    0 => LISTPACK_MAX_SIZE,
                    n => n.min(LISTPACK_MAX_SIZE),
                };
                tail.lp_bytes() + total >= max_bytes
                    || (limits.max_entries != 0 && tail.live + tail.deleted >= limits.max_entries as u64)
            }
        };
        if start_new_node {
            self.nodes.insert(id, new_node(pairs.iter().step_by(2).copied()));
        }
        let Some(mut tail) = self.nodes.last_entry() else {
            unreachable!("a node was just ensured");
        };
        let master_id = *tail.key();
        push_item(tail.get_mut(), master_id, id, pairs, !start_new_node);
        self.meta.length += 1;
        self.meta.entries_added += 1;
        self.meta.last_id = id;
        if self.meta.length == 1 {
            self.meta.first_id = id;
        }
        Ok(id)
    }

    /// Append one entry as stored (RDB loading) to the node whose master ID
    /// is `master_id`, creating that node with `master_fields` when it is
    /// not the last node. IDs must come in increasing order. Length and
    /// first ID follow; the other counters are set by [`Stream::set_loaded_counters`].
    pub fn load_entry(
        &mut self,
        master_id: StreamId,
        master_fields: &[&[u8]],
        id: StreamId,
        deleted: bool,
        pairs: &[&[u8]],
    ) {
        if self.nodes.last_key_value().is_none_or(|(k, _)| *k != master_id) {
            let node = new_node(master_fields.iter().copied());
            self.nodes.insert(master_id, node);
        }
        let Some(mut tail) = self.nodes.last_entry() else {
            return;
        };
        let node = tail.get_mut();
        push_item(node, master_id, id, pairs, true);
        if deleted {
            if let Some(item) = node.items.last_mut() {
                item.flags |= FLAG_DELETED;
            }
            node.live -= 1;
            node.deleted += 1;
        } else {
            self.meta.length += 1;
            if self.meta.length == 1 {
                self.meta.first_id = id;
            }
        }
    }

    /// Set the counters a loaded stream had (RDB loading).
    pub fn set_loaded_counters(
        &mut self,
        last_id: StreamId,
        first_id: StreamId,
        max_deleted: StreamId,
        entries_added: u64,
    ) {
        self.meta.last_id = last_id;
        self.meta.first_id = first_id;
        self.meta.max_deleted_entry_id = max_deleted;
        self.meta.entries_added = entries_added;
    }

    /// Entries with IDs in `start..=end`, in ID order.
    pub fn range(&self, start: StreamId, end: StreamId) -> Range<'_> {
        if start > end {
            return Range::empty(&self.nodes);
        }
        let first_key = self.nodes.range(..=start).next_back().map_or(start, |(k, _)| *k);
        let mut nodes = self.nodes.range(first_key..=end);
        let node = nodes.next().map(|(_, n)| n);
        let pos = node.map_or(0, |n| n.items.partition_point(|i| i.id < start));
        Range { nodes, node, pos, end }
    }

    /// Entries with IDs in `start..=end`, last first.
    pub fn range_rev(&self, start: StreamId, end: StreamId) -> RevRange<'_> {
        let mut nodes = self.nodes.range(..=end).rev();
        let node = if start > end {
            None
        } else {
            nodes.next().map(|(_, n)| n)
        };
        let pos = node.map_or(0, |n| n.items.partition_point(|i| i.id <= end));
        RevRange {
            nodes,
            node,
            pos,
            start,
        }
    }

    /// The live entry with this ID.
    pub fn get(&self, id: StreamId) -> Option<EntryRef<'_>> {
        let (_, node) = self.nodes.range(..=id).next_back()?;
        let index = node.items.binary_search_by_key(&id, |i| i.id).ok()?;
        let item = &node.items[index];
        (!item.deleted()).then_some(EntryRef { id, node, item })
    }

    /// True when a live entry has this ID.
    pub fn contains(&self, id: StreamId) -> bool {
        self.get(id).is_some()
    }

    /// The first live entry's ID (`first` true) or the last one's.
    pub fn edge_id(&self, first: bool) -> Option<StreamId> {
        if first {
            self.range(StreamId::MIN, StreamId::MAX).next().map(|e| e.id)
        } else {
            self.range_rev(StreamId::MIN, StreamId::MAX).next().map(|e| e.id)
        }
    }

    /// Delete entries by ID (XDEL); returns how many existed. Updates the
    /// largest deleted ID and the first ID as Redis does.
    pub fn delete(&mut self, ids: &[StreamId]) -> u64 {
        let mut deleted = 0;
        let mut first_deleted = false;
        for &id in ids {
            if !self.delete_one(id) {
                continue;
            }
            first_deleted |= id == self.meta.first_id;
            if id > self.meta.max_deleted_entry_id {
                self.meta.max_deleted_entry_id = id;
            }
            deleted += 1;
        }
        if deleted > 0 {
            if self.meta.length == 0 {
                self.meta.first_id = StreamId::MIN;
            } else if first_deleted {
                self.refresh_first_id();
            }
        }
        deleted
    }

    fn delete_one(&mut self, id: StreamId) -> bool {
        let Some((&key, node)) = self.nodes.range_mut(..=id).next_back() else {
            return false;
        };
        let Ok(index) = node.items.binary_search_by_key(&id, |i| i.id) else {
            return false;
        };
        if node.items[index].deleted() {
            return false;
        }
        if node.live == 1 {
            self.nodes.remove(&key);
        } else {
            node.items[index].flags |= FLAG_DELETED;
            node.live -= 1;
            node.deleted += 1;
        }
        self.meta.length -= 1;
        true
    }

    fn refresh_first_id(&mut self) {
        self.meta.first_id = self.edge_id(true).unwrap_or(StreamId::MAX);
    }

    /// Trim from the oldest entries (streamTrim). With `approx` only whole
    /// nodes go; `limit` (0 = none) caps the entries removed. Returns the
    /// number of entries removed.
    pub fn trim(&mut self, strategy: Trim, approx: bool, limit: u64) -> u64 {
        let mut removed = 0u64;
        while let Some(mut first) = self.nodes.first_entry() {
            if let Trim::MaxLen(max) = strategy
                && self.meta.length <= max
            {
                break;
            }
            let entries = first.get().live;
            if limit != 0 && removed + entries > limit {
                break;
            }
            let remove_node = match strategy {
                Trim::MaxLen(max) => self.meta.length - entries >= max,
                Trim::MinId(min) => first.get().last_id() < min,
            };
            if remove_node {
                first.remove();
                self.meta.length -= entries;
                removed += entries;
                continue;
            }
            if approx {
                break;
            }
            removed += trim_node(first.get_mut(), strategy, &mut self.meta.length);
            break;
        }
        if self.meta.length == 0 {
            self.meta.first_id = StreamId::MIN;
        } else if removed > 0 {
            self.refresh_first_id();
        }
        removed
    }

    // --- Consumer groups ---------------------------------------------------

    /// Number of consumer groups.
    pub fn groups_len(&self) -> usize {
        self.groups.len()
    }

    /// The groups in name order.
    pub fn groups(&self) -> impl Iterator<Item = (&[u8], &ConsumerGroup)> {
        self.groups.iter().map(|(k, g)| (&k[..], g))
    }

    pub fn group(&self, name: &[u8]) -> Option<&ConsumerGroup> {
        self.groups.get(name)
    }

    pub fn group_mut(&mut self, name: &[u8]) -> Option<&mut ConsumerGroup> {
        self.groups.get_mut(name)
    }

    /// Create a group; false when one with this name exists.
    pub fn create_group(&mut self, name: &[u8], last_id: StreamId, entries_read: i64) -> bool {
        if self.groups.contains_key(name) {
            return false;
        }
        self.groups
            .insert(name.into(), ConsumerGroup::new(last_id, entries_read));
        true
    }

    /// Remove a group; false when there is none with this name.
    pub fn destroy_group(&mut self, name: &[u8]) -> bool {
        self.groups.remove(name).is_some()
    }

    /// Record that `ids` (ascending, just read from this stream) were
    /// delivered to `consumer` of group `group` (streamReplyWithRange with a
    /// group): advances the group's last ID and read counter and, unless
    /// `noack`, adds or reassigns the pending entries. The consumer must exist.
    pub fn record_delivery(&mut self, group: &[u8], consumer: &[u8], ids: &[StreamId], noack: bool, now: i64) {
        let meta = self.meta;
        let Some(g) = self.groups.get_mut(group) else {
            return;
        };
        if !g.consumers.contains_key(consumer) {
            return;
        }
        for &id in ids {
            if id > g.last_id {
                if g.entries_read != ENTRIES_READ_INVALID && !meta.range_has_tombstones(id, StreamId::MAX) {
                    g.entries_read += 1;
                } else if meta.entries_added != 0 {
                    g.entries_read = meta.estimate_distance(id).unwrap_or(ENTRIES_READ_INVALID);
                }
                g.last_id = id;
            }
            if !noack {
                g.assign(id, consumer, now, DeliveryCount::Set(1));
            }
        }
    }
}

/// Build an empty node whose master entry has these field names.
fn new_node<'a>(names: impl Iterator<Item = &'a [u8]> + Clone) -> Node {
    let count = names.clone().count();
    let lp_other =
        LP_OVERHEAD + lp_int_size(count as i64) + names.clone().map(lp_str_size).sum::<usize>() + lp_int_size(0);
    Node {
        master_fields: Packed::new(names),
        master_count: count as u32,
        items: Vec::new(),
        live: 0,
        deleted: 0,
        lp_other,
    }
}

/// Append an entry to a node, accounting its listpack bytes.
fn push_item(node: &mut Node, master_id: StreamId, id: StreamId, pairs: &[&[u8]], check_same: bool) {
    let same = !check_same || node.same_fields(pairs);
    let count = pairs.len() / 2;
    let flags = if same { FLAG_SAMEFIELDS } else { 0 };
    let ms_delta = id.ms.wrapping_sub(master_id.ms) as i64;
    let seq_delta = id.seq.wrapping_sub(master_id.seq) as i64;
    let mut bytes = lp_int_size(flags as i64) + lp_int_size(ms_delta) + lp_int_size(seq_delta);
    let mut lp_count = count + 3;
    let data = if same {
        let values = pairs.iter().skip(1).step_by(2).copied();
        bytes += values.clone().map(lp_str_size).sum::<usize>();
        Packed::new(values)
    } else {
        bytes += lp_int_size(count as i64) + pairs.iter().map(|p| lp_str_size(p)).sum::<usize>();
        lp_count += count + 1;
        Packed::new(pairs.iter().copied())
    };
    bytes += lp_int_size(lp_count as i64);
    node.lp_other += bytes;
    node.live += 1;
    node.items.push(Item {
        id,
        data,
        num_fields: count as u32,
        flags,
    });
}

/// Mark a node's oldest entries deleted until the strategy is satisfied
/// (the partial-node step of streamTrim). Returns how many were marked.
fn trim_node(node: &mut Node, strategy: Trim, length: &mut u64) -> u64 {
    let mut marked = 0;
    for item in node.items.iter_mut() {
        let stop = match strategy {
            Trim::MaxLen(max) => *length <= max,
            Trim::MinId(min) => item.id >= min,
        };
        if stop {
            break;
        }
        if !item.deleted() {
            item.flags |= FLAG_DELETED;
            marked += 1;
            *length -= 1;
        }
    }
    node.live -= marked;
    node.deleted += marked;
    marked
}

/// Node count of the compressed radix tree (Redis's rax) holding these
/// sorted, distinct 16-byte keys: the head, one node per branching point
/// below the head, one per key, and one more per branch edge longer than
/// one byte (the compressed run after the branching byte).
fn rax_node_count(keys: &[[u8; 16]]) -> u64 {
    match keys {
        [] => 1,
        [_] => 2,
        [first, .., last] => {
            let depth = common_prefix(first, last);
            1 + u64::from(depth > 0) + rax_below(keys, depth)
        }
    }
}

fn common_prefix(a: &[u8; 16], b: &[u8; 16]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

/// Nodes under a branching point at `depth` shared by all `keys` (≥ 2).
fn rax_below(keys: &[[u8; 16]], depth: usize) -> u64 {
    let mut total = 0;
    let mut rest = keys;
    while let Some(first) = rest.first() {
        let group_len = rest.iter().take_while(|k| k[depth] == first[depth]).count();
        let (group, tail) = rest.split_at(group_len);
        let child_depth = if group.len() == 1 {
            16
        } else {
            common_prefix(first, &group[group.len() - 1])
        };
        total += 1 + u64::from(child_depth - depth >= 2);
        if group.len() > 1 {
            total += rax_below(group, child_depth);
        }
        rest = tail;
    }
    total
}

/// Forward iterator over a stream's live entries (see [`Stream::range`]).
pub struct Range<'a> {
    nodes: btree_map::Range<'a, StreamId, Node>,
    node: Option<&'a Node>,
    pos: usize,
    end: StreamId,
}

impl<'a> Range<'a> {
    fn empty(map: &'a BTreeMap<StreamId, Node>) -> Range<'a> {
        Range {
            nodes: map.range(StreamId::MIN..StreamId::MIN),
            node: None,
            pos: 0,
            end: StreamId::MIN,
        }
    }
}

impl<'a> Iterator for Range<'a> {
    type Item = EntryRef<'a>;

    fn next(&mut self) -> Option<EntryRef<'a>> {
        loop {
            let node = self.node?;
            while let Some(item) = node.items.get(self.pos) {
                self.pos += 1;
                if item.id > self.end {
                    self.node = None;
                    return None;
                }
                if !item.deleted() {
                    return Some(EntryRef {
                        id: item.id,
                        node,
                        item,
                    });
                }
            }
            self.node = self.nodes.next().map(|(_, n)| n);
            self.pos = 0;
        }
    }
}

/// Reverse iterator over a stream's live entries (see [`Stream::range_rev`]).
pub struct RevRange<'a> {
    nodes: std::iter::Rev<btree_map::Range<'a, StreamId, Node>>,
    node: Option<&'a Node>,
    /// Items of `node` still to visit are `..pos`.
    pos: usize,
    start: StreamId,
}

impl<'a> Iterator for RevRange<'a> {
    type Item = EntryRef<'a>;

    fn next(&mut self) -> Option<EntryRef<'a>> {
        loop {
            let node = self.node?;
            while self.pos > 0 {
                self.pos -= 1;
                let item = &node.items[self.pos];
                if item.id < self.start {
                    self.node = None;
                    return None;
                }
                if !item.deleted() {
                    return Some(EntryRef {
                        id: item.id,
                        node,
                        item,
                    });
                }
            }
            self.node = self.nodes.next().map(|(_, n)| n);
            self.pos = self.node.map_or(0, |n| n.items.len());
        }
    }
}

// ---------------------------------------------------------------------------
// Consumer groups.
// ---------------------------------------------------------------------------

/// A pending (delivered, not acknowledged) entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nack {
    /// Last delivery, ms since the epoch.
    pub delivery_time: i64,
    pub delivery_count: u64,
    consumer: Arc<[u8]>,
}

impl Nack {
    /// Name of the consumer it was last delivered to.
    pub fn consumer(&self) -> &[u8] {
        &self.consumer
    }
}

/// A consumer of a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consumer {
    name: Arc<[u8]>,
    /// Last time it was active (read or claimed), ms since the epoch.
    pub seen_time: i64,
    pel: BTreeSet<StreamId>,
}

impl Consumer {
    pub fn name(&self) -> &[u8] {
        &self.name
    }

    /// Number of entries pending for this consumer.
    pub fn pending_len(&self) -> usize {
        self.pel.len()
    }

    /// IDs pending for this consumer from `start` on, ascending.
    pub fn pending_from(&self, start: StreamId) -> impl Iterator<Item = StreamId> + '_ {
        self.pel.range(start..).copied()
    }
}

/// How a (re)delivery changes a pending entry's delivery counter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryCount {
    Set(u64),
    Increment,
    Keep,
}

/// A consumer group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsumerGroup {
    /// Last ID delivered to the group.
    pub last_id: StreamId,
    /// Logical read counter, or [`ENTRIES_READ_INVALID`].
    pub entries_read: i64,
    pel: BTreeMap<StreamId, Nack>,
    consumers: BTreeMap<Arc<[u8]>, Consumer>,
}

impl ConsumerGroup {
    pub fn new(last_id: StreamId, entries_read: i64) -> ConsumerGroup {
        ConsumerGroup {
            last_id,
            entries_read,
            pel: BTreeMap::new(),
            consumers: BTreeMap::new(),
        }
    }

    /// Number of pending entries.
    pub fn pending_len(&self) -> usize {
        self.pel.len()
    }

    /// The smallest and largest pending IDs.
    pub fn pending_bounds(&self) -> Option<(StreamId, StreamId)> {
        Some((*self.pel.first_key_value()?.0, *self.pel.last_key_value()?.0))
    }

    /// Pending entries with IDs in `start..=end`, ascending.
    pub fn pending(&self, start: StreamId, end: StreamId) -> impl Iterator<Item = (StreamId, &Nack)> {
        let range = if start <= end {
            Some(self.pel.range(start..=end))
        } else {
            None
        };
        range.into_iter().flatten().map(|(id, n)| (*id, n))
    }

    /// Pending entries with IDs from `start` on, ascending.
    pub fn pending_from(&self, start: StreamId) -> impl Iterator<Item = (StreamId, &Nack)> {
        self.pel.range(start..).map(|(id, n)| (*id, n))
    }

    /// The pending entry with this ID.
    pub fn nack(&self, id: StreamId) -> Option<&Nack> {
        self.pel.get(&id)
    }

    /// Mutable pending entry (its times and counters).
    pub fn nack_mut(&mut self, id: StreamId) -> Option<&mut Nack> {
        self.pel.get_mut(&id)
    }

    /// Remove a pending entry from the group and its consumer (XACK);
    /// false when it was not pending.
    pub fn ack(&mut self, id: StreamId) -> bool {
        let Some(nack) = self.pel.remove(&id) else {
            return false;
        };
        if let Some(c) = self.consumers.get_mut(&nack.consumer) {
            c.pel.remove(&id);
        }
        true
    }

    /// Number of consumers.
    pub fn consumers_len(&self) -> usize {
        self.consumers.len()
    }

    /// The consumers in name order.
    pub fn consumers(&self) -> impl Iterator<Item = &Consumer> {
        self.consumers.values()
    }

    pub fn consumer(&self, name: &[u8]) -> Option<&Consumer> {
        self.consumers.get(name)
    }

    /// Mutable consumer (its seen time).
    pub fn consumer_mut(&mut self, name: &[u8]) -> Option<&mut Consumer> {
        self.consumers.get_mut(name)
    }

    /// Look a consumer up, refreshing its seen time (streamLookupConsumer);
    /// false when there is none.
    pub fn touch_consumer(&mut self, name: &[u8], now: i64) -> bool {
        match self.consumers.get_mut(name) {
            Some(c) => {
                c.seen_time = now;
                true
            }
            None => false,
        }
    }

    /// Create a consumer; false when it exists.
    pub fn create_consumer(&mut self, name: &[u8], now: i64) -> bool {
        if self.consumers.contains_key(name) {
            return false;
        }
        let name: Arc<[u8]> = name.into();
        self.consumers.insert(
            name.clone(),
            Consumer {
                name,
                seen_time: now,
                pel: BTreeSet::new(),
            },
        );
        true
    }

    /// Delete a consumer and its pending entries; the number it had
    /// pending, or None when there is no such consumer.
    pub fn delete_consumer(&mut self, name: &[u8]) -> Option<usize> {
        let consumer = self.consumers.remove(name)?;
        for id in &consumer.pel {
            self.pel.remove(id);
        }
        Some(consumer.pel.len())
    }

    /// Make `consumer` (which must exist) the owner of pending entry `id`,
    /// creating the entry if needed (with a delivery counter of 1, as
    /// Redis's streamCreateNACK), then set its delivery time and counter.
    pub fn assign(&mut self, id: StreamId, consumer: &[u8], delivery_time: i64, count: DeliveryCount) {
        let Some(owner) = self.consumers.get_mut(consumer) else {
            return;
        };
        owner.pel.insert(id);
        let owner_name = owner.name.clone();
        let nack = self.pel.entry(id).or_insert_with(|| Nack {
            delivery_time,
            delivery_count: 1,
            consumer: owner_name.clone(),
        });
        if nack.consumer != owner_name {
            if let Some(old) = self.consumers.get_mut(&nack.consumer) {
                old.pel.remove(&id);
            }
            nack.consumer = owner_name;
        }
        nack.delivery_time = delivery_time;
        match count {
            DeliveryCount::Set(n) => nack.delivery_count = n,
            DeliveryCount::Increment => nack.delivery_count += 1,
            DeliveryCount::Keep => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: NodeLimits = NodeLimits {
        max_bytes: 4096,
        max_entries: 100,
    };

    fn id(ms: u64, seq: u64) -> StreamId {
        StreamId::new(ms, seq)
    }

    fn add(s: &mut Stream, ms: u64, seq: u64) {
        s.append(IdRequest::Exact(id(ms, seq)), &[b"f", b"v"], LIMITS).unwrap();
    }

    fn ids(it: impl Iterator<Item = StreamId>) -> Vec<StreamId> {
        it.collect()
    }

    #[test]
    fn ids_parse_like_redis() {
        let p = |s: &str| parse_id(s.as_bytes(), 7, false, false).map(|p| p.id);
        assert_eq!(p("5-1"), Some(id(5, 1)));
        assert_eq!(p("5"), Some(id(5, 7)));
        assert_eq!(p(" 5-1"), Some(id(5, 1)));
        assert_eq!(p("+6-1"), Some(id(6, 1)));
        assert_eq!(p("7--0"), Some(id(7, 0)));
        assert_eq!(p("8- -1"), Some(id(8, u64::MAX)));
        assert_eq!(p("010-1"), Some(id(10, 1)));
        assert_eq!(p("18446744073709551615-18446744073709551615"), Some(StreamId::MAX));
        assert_eq!(p("18446744073709551616"), None);
        assert_eq!(p("5--1"), None);
        assert_eq!(p("-5"), None);
        assert_eq!(p(""), None);
        assert_eq!(p("abc"), None);
        assert_eq!(p("1-2-3"), None);
        assert_eq!(p("-"), Some(StreamId::MIN));
        assert_eq!(p("+"), Some(StreamId::MAX));
        assert_eq!(parse_id(b"-", 0, true, false), None);
        assert_eq!(parse_id(b"5-*", 0, false, false), None);
        let star = parse_id(b"5-*", 0, true, true).unwrap();
        assert_eq!((star.id, star.seq_given), (id(5, 0), false));
        assert_eq!(&*id(123, 45).text(), b"123-45");
        assert_eq!(&*StreamId::MAX.text(), b"18446744073709551615-18446744073709551615");
    }

    #[test]
    fn append_generates_and_checks_ids() {
        let mut s = Stream::new();
        assert_eq!(s.append(IdRequest::AutoSeq(0), &[b"a", b"1"], LIMITS), Ok(id(0, 1)));
        assert_eq!(s.append(IdRequest::Auto(100), &[b"a", b"1"], LIMITS), Ok(id(100, 0)));
        assert_eq!(s.append(IdRequest::Auto(50), &[b"a", b"1"], LIMITS), Ok(id(100, 1)));
        assert_eq!(s.append(IdRequest::AutoSeq(100), &[b"a", b"1"], LIMITS), Ok(id(100, 2)));
        assert_eq!(
            s.append(IdRequest::AutoSeq(99), &[b"a", b"1"], LIMITS),
            Err(AppendError::NotGreater)
        );
        assert_eq!(
            s.append(IdRequest::Exact(id(100, 2)), &[b"a", b"1"], LIMITS),
            Err(AppendError::NotGreater)
        );
        s.append(IdRequest::Exact(id(200, u64::MAX)), &[b"a", b"1"], LIMITS)
            .unwrap();
        assert_eq!(
            s.append(IdRequest::AutoSeq(200), &[b"a", b"1"], LIMITS),
            Err(AppendError::SeqExhausted)
        );
        assert_eq!(s.len(), 5);
        assert_eq!(s.meta().entries_added, 5);
        assert_eq!(s.meta().first_id, id(0, 1));
    }

    #[test]
    fn nodes_split_by_entries_and_bytes() {
        let mut s = Stream::new();
        for i in 1..=250 {
            add(&mut s, i, 0);
        }
        assert_eq!(s.node_count(), 3);
        assert_eq!(s.rax_nodes(), 8);
        let mut big = Stream::new();
        let value = vec![b'x'; 1000];
        for i in 1..=10 {
            big.append(IdRequest::Exact(id(i, 0)), &[b"f", &value], LIMITS).unwrap();
        }
        // Four 1000-byte values fit under 4096 bytes, a fifth does not.
        assert_eq!(big.node_count(), 3);
    }

    #[test]
    fn fields_round_trip_with_and_without_master_fields() {
        let mut s = Stream::new();
        s.append(IdRequest::Exact(id(1, 0)), &[b"a", b"1", b"b", b"2"], LIMITS)
            .unwrap();
        s.append(IdRequest::Exact(id(2, 0)), &[b"a", b"3", b"b", b"4"], LIMITS)
            .unwrap();
        s.append(IdRequest::Exact(id(3, 0)), &[b"c", b""], LIMITS).unwrap();
        let all: Vec<Vec<(Vec<u8>, Vec<u8>)>> = s
            .range(StreamId::MIN, StreamId::MAX)
            .map(|e| e.fields().map(|(f, v)| (f.to_vec(), v.to_vec())).collect())
            .collect();
        assert_eq!(
            all[0],
            vec![(b"a".to_vec(), b"1".to_vec()), (b"b".to_vec(), b"2".to_vec())]
        );
        assert_eq!(
            all[1],
            vec![(b"a".to_vec(), b"3".to_vec()), (b"b".to_vec(), b"4".to_vec())]
        );
        assert_eq!(all[2], vec![(b"c".to_vec(), b"".to_vec())]);
        assert_eq!(s.get(id(3, 0)).map(|e| e.num_fields()), Some(1));
    }

    #[test]
    fn ranges_skip_tombstones_both_ways() {
        let mut s = Stream::new();
        for i in 1..=300 {
            add(&mut s, i, 0);
        }
        assert_eq!(s.delete(&[id(2, 0), id(150, 0), id(150, 0), id(999, 0)]), 2);
        assert_eq!(s.len(), 298);
        let fwd = ids(s.range(id(1, 0), id(5, 0)).map(|e| e.id));
        assert_eq!(fwd, vec![id(1, 0), id(3, 0), id(4, 0), id(5, 0)]);
        let rev = ids(s.range_rev(id(148, 0), id(152, 0)).map(|e| e.id));
        assert_eq!(rev, vec![id(152, 0), id(151, 0), id(149, 0), id(148, 0)]);
        assert_eq!(s.range(id(5, 0), id(4, 0)).count(), 0);
        assert_eq!(s.range_rev(id(5, 0), id(4, 0)).count(), 0);
        assert_eq!(s.range(StreamId::MIN, StreamId::MAX).count(), 298);
        assert_eq!(s.range_rev(StreamId::MIN, StreamId::MAX).count(), 298);
        assert_eq!(s.meta().max_deleted_entry_id, id(150, 0));
        assert!(!s.contains(id(2, 0)));
        assert!(s.contains(id(3, 0)));
    }

    #[test]
    fn deleting_a_node_s_last_entry_drops_the_node() {
        let mut s = Stream::new();
        for i in 1..=150 {
            add(&mut s, i, 0);
        }
        assert_eq!(s.node_count(), 2);
        let second: Vec<StreamId> = (101..=150).map(|i| id(i, 0)).collect();
        assert_eq!(s.delete(&second), 50);
        assert_eq!(s.node_count(), 1);
        assert_eq!(s.delete(&[id(1, 0)]), 1);
        assert_eq!(s.meta().first_id, id(2, 0));
    }

    #[test]
    fn trimming_exact_and_approximate() {
        let mut s = Stream::new();
        for i in 1..=1000 {
            add(&mut s, i, 0);
        }
        assert_eq!(s.trim(Trim::MaxLen(555), true, 10000), 400);
        assert_eq!(s.len(), 600);
        assert_eq!(s.trim(Trim::MaxLen(555), false, 0), 45);
        assert_eq!(s.len(), 555);
        assert_eq!(s.meta().first_id, id(446, 0));
        assert_eq!(s.trim(Trim::MinId(id(500, 0)), true, 10000), 0);
        assert_eq!(s.trim(Trim::MinId(id(600, 0)), false, 0), 154);
        assert_eq!(s.meta().first_id, id(600, 0));
        assert_eq!(s.trim(Trim::MaxLen(0), false, 0), 401);
        assert_eq!(s.meta().first_id, StreamId::MIN);
        assert!(s.is_empty());
    }

    #[test]
    fn lag_and_read_counters() {
        let mut s = Stream::new();
        for i in 1..=5 {
            add(&mut s, i, 0);
        }
        assert!(s.create_group(b"g", StreamId::MIN, 0));
        assert!(!s.create_group(b"g", StreamId::MIN, 0));
        let g = s.group_mut(b"g").unwrap();
        assert!(g.create_consumer(b"alice", 10));
        s.record_delivery(b"g", b"alice", &[id(1, 0), id(2, 0)], false, 20);
        let g = s.group(b"g").unwrap();
        assert_eq!((g.last_id, g.entries_read), (id(2, 0), 2));
        assert_eq!(s.meta().lag(g), Some(3));
        assert_eq!(g.pending_len(), 2);
        assert_eq!(g.consumer(b"alice").unwrap().pending_len(), 2);
        s.delete(&[id(4, 0)]);
        let g = s.group(b"g").unwrap();
        assert_eq!(s.meta().lag(g), None);
        let g = s.group_mut(b"g").unwrap();
        assert!(g.create_consumer(b"bob", 30));
        g.assign(id(1, 0), b"bob", 40, DeliveryCount::Increment);
        assert_eq!(g.consumer(b"alice").unwrap().pending_len(), 1);
        assert_eq!(
            g.nack(id(1, 0)).map(|n| (n.consumer(), n.delivery_count)),
            Some((&b"bob"[..], 2))
        );
        assert!(g.ack(id(1, 0)));
        assert!(!g.ack(id(1, 0)));
        assert_eq!(g.delete_consumer(b"alice"), Some(1));
        assert_eq!(g.pending_len(), 0);
        assert!(s.destroy_group(b"g"));
        assert_eq!(s.groups_len(), 0);
    }

    #[test]
    fn nodes_round_trip_through_the_loading_api() {
        let mut s = Stream::new();
        for i in 1..=150 {
            let pairs: [&[u8]; 4] = if i % 3 == 0 {
                [b"a", b"1", b"b", b"2"]
            } else {
                [b"f", b"v", b"n", b"12"]
            };
            s.append(IdRequest::Exact(id(i, 0)), &pairs, LIMITS).unwrap();
        }
        s.delete(&[id(5, 0), id(120, 0)]);
        s.trim(Trim::MaxLen(140), false, 0);
        let mut copy = Stream::new();
        for node in s.nodes() {
            let master: Vec<&[u8]> = node.master_fields().collect();
            for (entry, deleted) in node.entries() {
                let pairs: Vec<&[u8]> = entry.fields().flat_map(|(f, v)| [f, v]).collect();
                copy.load_entry(node.master_id, &master, entry.id, deleted, &pairs);
            }
        }
        let m = s.meta();
        copy.set_loaded_counters(m.last_id, m.first_id, m.max_deleted_entry_id, m.entries_added);
        assert_eq!(copy, s);
    }

    #[test]
    fn rax_node_count_matches_redis_shapes() {
        assert_eq!(rax_node_count(&[]), 1);
        assert_eq!(rax_node_count(&[id(1, 1).rax_key()]), 2);
        let keys = [id(1, 0).rax_key(), id(101, 0).rax_key(), id(201, 0).rax_key()];
        assert_eq!(rax_node_count(&keys), 8);
    }
}
