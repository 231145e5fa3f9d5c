//! Reading values of every type code Redis 7.0.15 can write or load
//! (except modules): strings, legacy plain lists/sets/zsets/hashes, zipmap
//! and ziplist forms, intsets, listpacks, quicklists 1 and 2, and streams
//! (listpacks 1 and 2). Values are built with the default conversion
//! thresholds, so small collections get their compact encodings as in
//! Redis.

use super::listpack::Item;
use super::reader::parse_double;
use super::{RdbError, Reader, intset, kind, listpack, ziplist};
use crate::db::hash::Limits;
use crate::db::list::End;
use crate::db::stream::{ConsumerGroup, DeliveryCount, ENTRIES_READ_INVALID, StreamId};
use crate::db::zset::ZLimits;
use crate::db::{Hash, List, Set, Str, Stream, Value, ZSet};

/// Default hash-max-listpack-entries / -value.
const HASH_LIMITS: Limits = Limits {
    max_entries: 128,
    max_value: 64,
};
/// Default zset-max-listpack-entries / -value.
const ZSET_LIMITS: ZLimits = ZLimits {
    max_listpack_entries: 128,
    max_listpack_value: 64,
};
/// Default set-max-intset-entries.
const MAX_INTSET: usize = 512;

/// Decode one value of type `kind` (the byte before it) from `input`.
pub fn decode_value(t: u8, input: &mut Reader) -> Result<Value, RdbError> {
    match t {
        kind::STRING => Ok(Value::Str(Str::from_bytes(&input.string()?))),
        kind::LIST => plain_list(input),
        kind::SET => plain_set(input),
        kind::ZSET | kind::ZSET_2 => plain_zset(input, t == kind::ZSET_2),
        kind::HASH => plain_hash(input),
        kind::HASH_ZIPMAP => zipmap_hash(input),
        kind::LIST_ZIPLIST => blob_list(input, ziplist::parse),
        kind::SET_INTSET => intset_set(input),
        kind::ZSET_ZIPLIST => blob_zset(input, ziplist::parse),
        kind::HASH_ZIPLIST => blob_hash(input, ziplist::parse),
        kind::LIST_QUICKLIST | kind::LIST_QUICKLIST_2 => quicklist(input, t == kind::LIST_QUICKLIST_2),
        kind::STREAM_LISTPACKS | kind::STREAM_LISTPACKS_2 => stream(input, t == kind::STREAM_LISTPACKS_2),
        kind::HASH_LISTPACK => blob_hash(input, listpack::parse),
        kind::ZSET_LISTPACK => blob_zset(input, listpack::parse),
        _ => Err(RdbError::UnsupportedType(t)),
    }
}

fn non_empty(v: Value, len: usize) -> Result<Value, RdbError> {
    if len == 0 { Err(RdbError::EmptyKey) } else { Ok(v) }
}

fn plain_list(input: &mut Reader) -> Result<Value, RdbError> {
    let n = input.count(1)?;
    let mut list = List::new();
    for _ in 0..n {
        list.push(End::Tail, &input.string()?);
    }
    non_empty(Value::List(list), n)
}

fn plain_set(input: &mut Reader) -> Result<Value, RdbError> {
    let n = input.count(1)?;
    let mut set = if n > MAX_INTSET {
        Set::new_hashtable(n)
    } else {
        Set::new_intset()
    };
    for _ in 0..n {
        if !set.add(&input.string()?, MAX_INTSET) {
            return Err(RdbError::Corrupt("duplicate set member"));
        }
    }
    non_empty(Value::Set(set), n)
}

fn zset_add(z: &mut ZSet, member: &[u8], score: f64) -> Result<(), RdbError> {
    if score.is_nan() {
        return Err(RdbError::Corrupt("zset with NaN score"));
    }
    if !z.insert(member, score, &ZSET_LIMITS) {
        return Err(RdbError::Corrupt("duplicate zset member"));
    }
    Ok(())
}

fn plain_zset(input: &mut Reader, binary: bool) -> Result<Value, RdbError> {
    let n = input.count(2)?;
    let mut z = ZSet::new_listpack();
    for _ in 0..n {
        let member = input.string()?;
        let score = if binary {
            input.double_binary()?
        } else {
            input.double_text()?
        };
        zset_add(&mut z, &member, score)?;
    }
    non_empty(Value::ZSet(z), n)
}

fn hash_add(h: &mut Hash, field: &[u8], value: &[u8]) -> Result<(), RdbError> {
    if h.insert(field, value, HASH_LIMITS) {
        Ok(())
    } else {
        Err(RdbError::Corrupt("duplicate hash field"))
    }
}

fn plain_hash(input: &mut Reader) -> Result<Value, RdbError> {
    let n = input.count(2)?;
    let mut h = Hash::new();
    for _ in 0..n {
        let field = input.string()?;
        let value = input.string()?;
        hash_add(&mut h, &field, &value)?;
    }
    non_empty(Value::Hash(h), n)
}

fn zipmap_hash(input: &mut Reader) -> Result<Value, RdbError> {
    let blob = input.string()?;
    let pairs = ziplist::parse_zipmap(&blob)?;
    let mut h = Hash::new();
    for (f, v) in &pairs {
        hash_add(&mut h, f, v)?;
    }
    non_empty(Value::Hash(h), pairs.len())
}

type BlobParser = fn(&[u8]) -> Result<Vec<Item<'_>>, RdbError>;

fn blob_list(input: &mut Reader, parse: BlobParser) -> Result<Value, RdbError> {
    let blob = input.string()?;
    let items = parse(&blob)?;
    let mut list = List::new();
    for item in &items {
        list.push(End::Tail, &item.to_vec());
    }
    non_empty(Value::List(list), items.len())
}

fn blob_hash(input: &mut Reader, parse: BlobParser) -> Result<Value, RdbError> {
    let blob = input.string()?;
    let items = parse(&blob)?;
    if items.len() % 2 != 0 {
        return Err(RdbError::Corrupt("odd hash listpack"));
    }
    let mut h = Hash::new();
    for pair in items.chunks_exact(2) {
        hash_add(&mut h, &pair[0].to_vec(), &pair[1].to_vec())?;
    }
    non_empty(Value::Hash(h), items.len())
}

fn item_score(item: Item) -> Result<f64, RdbError> {
    match item {
        Item::Int(v) => Ok(v as f64),
        Item::Str(s) => parse_double(s).ok_or(RdbError::Corrupt("bad zset score")),
    }
}

fn blob_zset(input: &mut Reader, parse: BlobParser) -> Result<Value, RdbError> {
    let blob = input.string()?;
    let items = parse(&blob)?;
    if items.len() % 2 != 0 {
        return Err(RdbError::Corrupt("odd zset listpack"));
    }
    let mut z = ZSet::new_listpack();
    for pair in items.chunks_exact(2) {
        zset_add(&mut z, &pair[0].to_vec(), item_score(pair[1])?)?;
    }
    non_empty(Value::ZSet(z), items.len())
}

fn intset_set(input: &mut Reader) -> Result<Value, RdbError> {
    let blob = input.string()?;
    let ints = intset::parse(&blob)?;
    let mut set = Set::new_intset();
    for &v in &ints {
        set.add_int(v, MAX_INTSET);
    }
    non_empty(Value::Set(set), ints.len())
}

/// Quicklist (ziplist nodes) or quicklist 2 (container kind, then a
/// listpack or one plain element per node). Empty nodes are skipped.
fn quicklist(input: &mut Reader, v2: bool) -> Result<Value, RdbError> {
    let nodes = input.count(1)?;
    let mut list = List::new();
    for _ in 0..nodes {
        let container = if v2 { input.length()? } else { 2 };
        let blob = input.string()?;
        match container {
            1 => list.push(End::Tail, &blob),
            2 => {
                let items = if v2 {
                    listpack::parse(&blob)?
                } else {
                    ziplist::parse(&blob)?
                };
                for item in items {
                    list.push(End::Tail, &item.to_vec());
                }
            }
            _ => return Err(RdbError::Corrupt("bad quicklist container")),
        }
    }
    let len = list.len();
    non_empty(Value::List(list), len)
}

fn read_id(input: &mut Reader) -> Result<StreamId, RdbError> {
    Ok(StreamId::new(input.length()?, input.length()?))
}

fn raw_id(bytes: &[u8]) -> Result<StreamId, RdbError> {
    let arr: [u8; 16] = bytes.try_into().map_err(|_| RdbError::Corrupt("stream ID size"))?;
    let (ms, seq) = arr.split_at(8);
    let ms = u64::from_be_bytes(ms.try_into().map_err(|_| RdbError::Corrupt("stream ID"))?);
    let seq = u64::from_be_bytes(seq.try_into().map_err(|_| RdbError::Corrupt("stream ID"))?);
    Ok(StreamId::new(ms, seq))
}

fn lp_int(items: &[Item], i: usize) -> Result<i64, RdbError> {
    items
        .get(i)
        .and_then(|it| it.as_int())
        .ok_or(RdbError::Corrupt("bad stream listpack"))
}

fn lp_count(items: &[Item], i: usize) -> Result<usize, RdbError> {
    usize::try_from(lp_int(items, i)?).map_err(|_| RdbError::Corrupt("bad stream listpack"))
}

/// Load one stream node (its listpack) into `s`.
fn stream_node(s: &mut Stream, master_id: StreamId, items: &[Item]) -> Result<(), RdbError> {
    const BAD: RdbError = RdbError::Corrupt("bad stream listpack");
    let master_count = lp_count(items, 2)?;
    let names: Vec<Vec<u8>> = items
        .get(3..3 + master_count)
        .ok_or(BAD)?
        .iter()
        .map(|i| i.to_vec())
        .collect();
    let master_fields: Vec<&[u8]> = names.iter().map(|n| &n[..]).collect();
    let mut pos = 3 + master_count + 1; // the master entry's trailing 0
    if pos > items.len() {
        return Err(BAD);
    }
    let mut last = None;
    while pos < items.len() {
        let flags = lp_int(items, pos)?;
        let ms = master_id.ms.wrapping_add(lp_int(items, pos + 1)? as u64);
        let seq = master_id.seq.wrapping_add(lp_int(items, pos + 2)? as u64);
        let id = StreamId::new(ms, seq);
        if last.is_some_and(|l| l >= id) || id < master_id {
            return Err(BAD);
        }
        last = Some(id);
        pos += 3;
        let mut pairs: Vec<Vec<u8>> = Vec::new();
        if flags & 2 != 0 {
            let values = items.get(pos..pos + master_count).ok_or(BAD)?;
            for (name, value) in master_fields.iter().zip(values) {
                pairs.push(name.to_vec());
                pairs.push(value.to_vec());
            }
            pos += master_count;
        } else {
            let n = lp_count(items, pos)?;
            let fields = items.get(pos + 1..pos + 1 + 2 * n).ok_or(BAD)?;
            pairs.extend(fields.iter().map(|i| i.to_vec()));
            pos += 1 + 2 * n;
        }
        lp_int(items, pos)?; // lp-count
        pos += 1;
        let refs: Vec<&[u8]> = pairs.iter().map(|p| &p[..]).collect();
        s.load_entry(master_id, &master_fields, id, flags & 1 != 0, &refs);
    }
    if last.is_none() {
        return Err(RdbError::Corrupt("empty stream node"));
    }
    Ok(())
}

fn stream(input: &mut Reader, v2: bool) -> Result<Value, RdbError> {
    let nodes = input.count(2)?;
    let mut s = Stream::new();
    let mut prev_master = None;
    for _ in 0..nodes {
        let master_id = raw_id(&input.string()?)?;
        if prev_master.is_some_and(|p| p >= master_id) {
            return Err(RdbError::Corrupt("stream nodes out of order"));
        }
        prev_master = Some(master_id);
        let blob = input.string()?;
        let items = listpack::parse(&blob)?;
        if items.is_empty() {
            return Err(RdbError::Corrupt("empty listpack inside stream"));
        }
        stream_node(&mut s, master_id, &items)?;
    }
    let _length = input.length()?;
    let last_id = read_id(input)?;
    let (first_id, max_deleted, entries_added) = if v2 {
        (read_id(input)?, read_id(input)?, input.length()?)
    } else {
        let first = s.edge_id(true).unwrap_or_default();
        (first, StreamId::default(), s.len())
    };
    s.set_loaded_counters(last_id, first_id, max_deleted, entries_added);
    let groups = input.count(1)?;
    for _ in 0..groups {
        consumer_group(&mut s, input, v2)?;
    }
    Ok(Value::Stream(Box::new(s)))
}

/// A pending entry read from a group's PEL, before its consumer is known.
struct PendingRaw {
    delivery_time: i64,
    delivery_count: u64,
}

fn consumer_group(s: &mut Stream, input: &mut Reader, v2: bool) -> Result<(), RdbError> {
    let name = input.string()?;
    let last_id = read_id(input)?;
    let entries_read = if v2 {
        input.length()? as i64
    } else {
        s.meta().estimate_distance(last_id).unwrap_or(ENTRIES_READ_INVALID)
    };
    if !s.create_group(&name, last_id, entries_read) {
        return Err(RdbError::Corrupt("duplicate consumer group"));
    }
    let mut pel = std::collections::BTreeMap::new();
    let n = input.count(17)?;
    for _ in 0..n {
        let id = raw_id(input.bytes(16)?)?;
        let delivery_time = input.millis()?;
        let delivery_count = input.length()?;
        pel.insert(
            id,
            PendingRaw {
                delivery_time,
                delivery_count,
            },
        );
    }
    let group = s.group_mut(&name).ok_or(RdbError::Corrupt("group"))?;
    let consumers = input.count(9)?;
    for _ in 0..consumers {
        consumer(group, &pel, input)?;
    }
    Ok(())
}

fn consumer(
    group: &mut ConsumerGroup,
    pel: &std::collections::BTreeMap<StreamId, PendingRaw>,
    input: &mut Reader,
) -> Result<(), RdbError> {
    let name = input.string()?;
    let seen_time = input.millis()?;
    if !group.create_consumer(&name, seen_time) {
        return Err(RdbError::Corrupt("duplicate consumer"));
    }
    let n = input.count(16)?;
    for _ in 0..n {
        let id = raw_id(input.bytes(16)?)?;
        let nack = pel
            .get(&id)
            .ok_or(RdbError::Corrupt("consumer entry not found in group PEL"))?;
        if group.nack(id).is_some() {
            return Err(RdbError::Corrupt("pending entry owned twice"));
        }
        group.assign(id, &name, nack.delivery_time, DeliveryCount::Set(nack.delivery_count));
    }
    Ok(())
}
