//! Listpacks (Redis 7's compact list blob, §7.5): a reader that checks
//! bounds on every entry, and a writer producing what Redis writes
//! (canonical integers stored as integers, smallest forms).

use super::RdbError;
use crate::util::num::{i64_bytes, string2ll};

/// One listpack element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item<'a> {
    Str(&'a [u8]),
    Int(i64),
}

impl Item<'_> {
    /// The element as text (integers in decimal).
    pub fn to_vec(self) -> Vec<u8> {
        match self {
            Item::Str(s) => s.to_vec(),
            Item::Int(v) => i64_bytes(v),
        }
    }

    /// The element as an integer, if it is one (or a canonical decimal).
    pub fn as_int(self) -> Option<i64> {
        match self {
            Item::Int(v) => Some(v),
            Item::Str(s) => canonical_int(s),
        }
    }
}

/// `s` as an integer when it is the canonical decimal form of one.
pub fn canonical_int(s: &[u8]) -> Option<i64> {
    if s.is_empty() || s.len() > 20 {
        return None;
    }
    let v = string2ll(s)?;
    (i64_bytes(v) == s).then_some(v)
}

/// Number of bytes of a backlen for an entry of `l` bytes.
fn backlen_size(l: usize) -> usize {
    match l {
        0..=127 => 1,
        128..16383 => 2,
        16383..2097151 => 3,
        2097151..268435455 => 4,
        _ => 5,
    }
}

/// Parse a whole listpack blob into its elements.
pub fn parse(blob: &[u8]) -> Result<Vec<Item<'_>>, RdbError> {
    const BAD: RdbError = RdbError::Corrupt("invalid listpack");
    if blob.len() < 7 {
        return Err(BAD);
    }
    let total = u32::from_le_bytes([blob[0], blob[1], blob[2], blob[3]]) as usize;
    if total != blob.len() || blob[blob.len() - 1] != 0xff {
        return Err(BAD);
    }
    let declared = u16::from_le_bytes([blob[4], blob[5]]);
    let end = blob.len() - 1;
    let mut items = Vec::new();
    let mut pos = 6;
    while pos < end {
        let (item, size) = entry(&blob[pos..end]).ok_or(BAD)?;
        pos += size + backlen_size(size);
        items.push(item);
    }
    if pos != end || (declared != u16::MAX && usize::from(declared) != items.len()) {
        return Err(BAD);
    }
    Ok(items)
}

fn int_le(b: &[u8], n: usize) -> Option<i64> {
    let bytes = b.get(1..1 + n)?;
    let mut v: u64 = 0;
    for (i, &x) in bytes.iter().enumerate() {
        v |= u64::from(x) << (8 * i);
    }
    let shift = 64 - 8 * n as u32;
    Some(((v << shift) as i64) >> shift)
}

/// Decode one entry at the start of `b`: the element and the size of its
/// encoding+data (without the backlen).
fn entry(b: &[u8]) -> Option<(Item<'_>, usize)> {
    let first = *b.first()?;
    let string = |hdr: usize, len: usize| Some((Item::Str(b.get(hdr..hdr.checked_add(len)?)?), hdr + len));
    match first {
        0x00..=0x7f => Some((Item::Int(i64::from(first)), 1)),
        0x80..=0xbf => string(1, usize::from(first & 0x3f)),
        0xc0..=0xdf => {
            let u = (i64::from(first & 0x1f) << 8) | i64::from(*b.get(1)?);
            Some((Item::Int(if u >= 4096 { u - 8192 } else { u }), 2))
        }
        0xe0..=0xef => string(2, (usize::from(first & 0x0f) << 8) | usize::from(*b.get(1)?)),
        0xf0 => {
            let n = u32::from_le_bytes(b.get(1..5)?.try_into().ok()?);
            string(5, n as usize)
        }
        0xf1 => Some((Item::Int(int_le(b, 2)?), 3)),
        0xf2 => Some((Item::Int(int_le(b, 3)?), 4)),
        0xf3 => Some((Item::Int(int_le(b, 4)?), 5)),
        0xf4 => Some((Item::Int(int_le(b, 8)?), 9)),
        _ => None,
    }
}

/// Builds a listpack blob.
#[derive(Debug, Clone)]
pub struct Writer {
    buf: Vec<u8>,
    count: usize,
}

impl Default for Writer {
    fn default() -> Self {
        Writer::new()
    }
}

impl Writer {
    pub fn new() -> Writer {
        Writer {
            buf: vec![0; 6],
            count: 0,
        }
    }

    /// Elements so far.
    pub fn count(&self) -> usize {
        self.count
    }

    /// Size of the finished blob so far (header, entries, terminator).
    pub fn bytes(&self) -> usize {
        self.buf.len() + 1
    }

    /// Append an element, as an integer when it is a canonical one.
    pub fn push(&mut self, s: &[u8]) {
        match canonical_int(s) {
            Some(v) => self.push_int(v),
            None => self.push_str(s),
        }
    }

    fn push_str(&mut self, s: &[u8]) {
        let start = self.buf.len();
        let len = s.len();
        if len < 64 {
            self.buf.push(0x80 | len as u8);
        } else if len < 4096 {
            self.buf
                .extend_from_slice(&[0xe0 | (len >> 8) as u8, (len & 0xff) as u8]);
        } else {
            self.buf.push(0xf0);
            self.buf.extend_from_slice(&(len as u32).to_le_bytes());
        }
        self.buf.extend_from_slice(s);
        self.finish_entry(start);
    }

    /// Append an integer element in its smallest form.
    pub fn push_int(&mut self, v: i64) {
        let start = self.buf.len();
        match v {
            0..=127 => self.buf.push(v as u8),
            -4096..=4095 => {
                let u = if v < 0 { (1 << 13) + v } else { v } as u16;
                self.buf.extend_from_slice(&[0xc0 | (u >> 8) as u8, (u & 0xff) as u8]);
            }
            -32768..=32767 => self.push_tagged(0xf1, v, 2),
            -8388608..=8388607 => self.push_tagged(0xf2, v, 3),
            -2147483648..=2147483647 => self.push_tagged(0xf3, v, 4),
            _ => self.push_tagged(0xf4, v, 8),
        }
        self.finish_entry(start);
    }

    fn push_tagged(&mut self, tag: u8, v: i64, n: usize) {
        self.buf.push(tag);
        self.buf.extend_from_slice(&v.to_le_bytes()[..n]);
    }

    fn finish_entry(&mut self, start: usize) {
        let l = self.buf.len() - start;
        let n = backlen_size(l);
        for i in 0..n {
            let byte = ((l >> (7 * (n - 1 - i))) & 127) as u8;
            self.buf.push(if i == 0 { byte } else { byte | 128 });
        }
        self.count += 1;
    }

    /// The finished blob.
    pub fn finish(mut self) -> Vec<u8> {
        self.buf.push(0xff);
        let total = self.buf.len() as u32;
        self.buf[..4].copy_from_slice(&total.to_le_bytes());
        let count = u16::try_from(self.count).unwrap_or(u16::MAX);
        self.buf[4..6].copy_from_slice(&count.to_le_bytes());
        self.buf
    }
}
