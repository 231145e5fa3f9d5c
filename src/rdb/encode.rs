//! Writing values: lengths, strings (integer-encoded or LZF-compressed as
//! Redis does) and every value type in the encoding 7.0.15 itself writes
//! (listpack/intset forms for small values, quicklist 2 lists, stream
//! listpacks 2).

use super::{intset, kind, listpack, lzf};
use crate::db::stream::{NodeView, StreamId};
use crate::db::{Hash, List, Set, Stream, Value, ZSet};
use crate::util::num::{format_g17, i64_bytes, string2ll};

/// Largest listpack of a quicklist node (list-max-listpack-size -2); a node
/// takes an element while its size + the element + 8 stays within it.
const QUICKLIST_NODE_BYTES: usize = 8192;

/// Append an RDB length in its smallest form.
pub fn write_len(out: &mut Vec<u8>, n: u64) {
    if n < 1 << 6 {
        out.push(n as u8);
    } else if n < 1 << 14 {
        out.extend_from_slice(&[0x40 | (n >> 8) as u8, (n & 0xff) as u8]);
    } else if n <= u64::from(u32::MAX) {
        out.push(0x80);
        out.extend_from_slice(&(n as u32).to_be_bytes());
    } else {
        out.push(0x81);
        out.extend_from_slice(&n.to_be_bytes());
    }
}

/// rdbTryIntegerEncoding: the integer encoding of a short canonical
/// decimal that fits 32 bits.
fn int_encoding(s: &[u8]) -> Option<Vec<u8>> {
    if s.is_empty() || s.len() > 11 {
        return None;
    }
    let v = string2ll(s)?;
    if i64_bytes(v) != s {
        return None;
    }
    if let Ok(b) = i8::try_from(v) {
        Some(vec![0xc0, b as u8])
    } else if let Ok(h) = i16::try_from(v) {
        let mut out = vec![0xc1];
        out.extend_from_slice(&h.to_le_bytes());
        Some(out)
    } else if let Ok(w) = i32::try_from(v) {
        let mut out = vec![0xc2];
        out.extend_from_slice(&w.to_le_bytes());
        Some(out)
    } else {
        None
    }
}

/// Append an RDB string as rdbSaveRawString does: integer-encoded when
/// possible, LZF when longer than 20 bytes and it saves at least 4 bytes,
/// raw otherwise.
pub fn write_string(out: &mut Vec<u8>, s: &[u8]) {
    if let Some(enc) = int_encoding(s) {
        out.extend_from_slice(&enc);
        return;
    }
    if s.len() > 20
        && let Some(packed) = lzf::compress(s, s.len() - 4)
    {
        out.push(0xc3);
        write_len(out, packed.len() as u64);
        write_len(out, s.len() as u64);
        out.extend_from_slice(&packed);
        return;
    }
    write_len(out, s.len() as u64);
    out.extend_from_slice(s);
}

/// Append a value's RDB encoding; returns the type code to write before it.
pub fn encode_value(v: &Value, out: &mut Vec<u8>) -> u8 {
    match v {
        Value::Str(s) => {
            write_string(out, &s.as_bytes());
            kind::STRING
        }
        Value::List(l) => encode_list(l, out),
        Value::Hash(h) => encode_hash(h, out),
        Value::Set(s) => encode_set(s, out),
        Value::ZSet(z) => encode_zset(z, out),
        Value::Stream(s) => encode_stream(s, out),
    }
}

fn encode_list(l: &List, out: &mut Vec<u8>) -> u8 {
    let mut nodes = Vec::new();
    let mut lp = listpack::Writer::new();
    for item in l.iter() {
        if lp.count() > 0 && lp.bytes() + item.len() + 8 > QUICKLIST_NODE_BYTES {
            nodes.push(std::mem::take(&mut lp).finish());
        }
        lp.push(item);
    }
    if lp.count() > 0 {
        nodes.push(lp.finish());
    }
    write_len(out, nodes.len() as u64);
    for node in nodes {
        write_len(out, 2); // QUICKLIST_NODE_CONTAINER_PACKED
        write_string(out, &node);
    }
    kind::LIST_QUICKLIST_2
}

fn encode_hash(h: &Hash, out: &mut Vec<u8>) -> u8 {
    if h.is_listpack() {
        let mut lp = listpack::Writer::new();
        for (f, v) in h.iter() {
            lp.push(f);
            lp.push(v);
        }
        write_string(out, &lp.finish());
        return kind::HASH_LISTPACK;
    }
    write_len(out, h.len() as u64);
    for (f, v) in h.iter() {
        write_string(out, f);
        write_string(out, v);
    }
    kind::HASH
}

fn encode_set(s: &Set, out: &mut Vec<u8>) -> u8 {
    if s.is_intset() {
        let mut ints: Vec<i64> = s.iter().filter_map(|m| m.as_int()).collect();
        ints.sort_unstable();
        if ints.len() == s.len() {
            write_string(out, &intset::write(&ints));
            return kind::SET_INTSET;
        }
    }
    write_len(out, s.len() as u64);
    for m in s.iter() {
        m.with_bytes(|b| write_string(out, b));
    }
    kind::SET
}

fn encode_zset(z: &ZSet, out: &mut Vec<u8>) -> u8 {
    if z.is_listpack() {
        let mut lp = listpack::Writer::new();
        for (m, score) in z.iter() {
            lp.push(m);
            lp.push(format_g17(score).as_bytes());
        }
        write_string(out, &lp.finish());
        return kind::ZSET_LISTPACK;
    }
    let items: Vec<(&[u8], f64)> = z.iter().collect();
    write_len(out, items.len() as u64);
    for (m, score) in items.into_iter().rev() {
        write_string(out, m);
        out.extend_from_slice(&score.to_le_bytes());
    }
    kind::ZSET_2
}

/// The 16-byte big-endian form of an ID (rax keys, PEL entries).
fn raw_id(id: StreamId) -> [u8; 16] {
    let mut out = [0; 16];
    out[..8].copy_from_slice(&id.ms.to_be_bytes());
    out[8..].copy_from_slice(&id.seq.to_be_bytes());
    out
}

fn write_id(out: &mut Vec<u8>, id: StreamId) {
    write_len(out, id.ms);
    write_len(out, id.seq);
}

/// One stream node as Redis lays out its listpack: the master entry
/// (count, deleted, field count, fields, 0), then per entry its flags, ID
/// deltas, fields (or only values when they match the master fields) and
/// its element count.
fn stream_node_listpack(node: &NodeView) -> Vec<u8> {
    let master: Vec<&[u8]> = node.master_fields().collect();
    let mut lp = listpack::Writer::new();
    lp.push_int(node.live() as i64);
    lp.push_int(node.deleted() as i64);
    lp.push_int(master.len() as i64);
    for f in &master {
        lp.push(f);
    }
    lp.push_int(0);
    for (entry, deleted) in node.entries() {
        let fields: Vec<(&[u8], &[u8])> = entry.fields().collect();
        let same = fields.len() == master.len() && fields.iter().zip(&master).all(|((f, _), m)| f == m);
        let flags = i64::from(deleted) | if same { 2 } else { 0 };
        lp.push_int(flags);
        lp.push_int(entry.id.ms.wrapping_sub(node.master_id.ms) as i64);
        lp.push_int(entry.id.seq.wrapping_sub(node.master_id.seq) as i64);
        if same {
            for (_, v) in &fields {
                lp.push(v);
            }
            lp.push_int(fields.len() as i64 + 3);
        } else {
            lp.push_int(fields.len() as i64);
            for (f, v) in &fields {
                lp.push(f);
                lp.push(v);
            }
            lp.push_int(2 * fields.len() as i64 + 4);
        }
    }
    lp.finish()
}

fn encode_stream(s: &Stream, out: &mut Vec<u8>) -> u8 {
    write_len(out, s.node_count() as u64);
    for node in s.nodes() {
        write_string(out, &raw_id(node.master_id));
        write_string(out, &stream_node_listpack(&node));
    }
    let meta = s.meta();
    write_len(out, meta.length);
    write_id(out, meta.last_id);
    write_id(out, meta.first_id);
    write_id(out, meta.max_deleted_entry_id);
    write_len(out, meta.entries_added);
    write_len(out, s.groups_len() as u64);
    for (name, group) in s.groups() {
        write_string(out, name);
        write_id(out, group.last_id);
        write_len(out, group.entries_read as u64);
        write_len(out, group.pending_len() as u64);
        for (id, nack) in group.pending_from(StreamId::default()) {
            out.extend_from_slice(&raw_id(id));
            out.extend_from_slice(&nack.delivery_time.to_le_bytes());
            write_len(out, nack.delivery_count);
        }
        write_len(out, group.consumers_len() as u64);
        for consumer in group.consumers() {
            write_string(out, consumer.name());
            out.extend_from_slice(&consumer.seen_time.to_le_bytes());
            write_len(out, consumer.pending_len() as u64);
            for id in consumer.pending_from(StreamId::default()) {
                out.extend_from_slice(&raw_id(id));
            }
        }
    }
    kind::STREAM_LISTPACKS_2
}
