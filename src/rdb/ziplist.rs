//! Legacy blobs still found in old RDB files: ziplists (types 10, 12, 13,
//! and the nodes of type 14) and zipmaps (type 9). Readers only.

use super::RdbError;
use super::listpack::Item;

const BAD: RdbError = RdbError::Corrupt("invalid ziplist");

/// Parse a ziplist blob into its elements.
pub fn parse(blob: &[u8]) -> Result<Vec<Item<'_>>, RdbError> {
    if blob.len() < 11 {
        return Err(BAD);
    }
    let total = u32::from_le_bytes([blob[0], blob[1], blob[2], blob[3]]) as usize;
    if total != blob.len() || blob[blob.len() - 1] != 0xff {
        return Err(BAD);
    }
    let end = blob.len() - 1;
    let mut pos = 10;
    let mut items = Vec::new();
    while pos < end {
        pos += if blob[pos] < 254 { 1 } else { 5 };
        let (item, size) = entry(blob.get(pos..end).ok_or(BAD)?).ok_or(BAD)?;
        pos += size;
        items.push(item);
    }
    if pos != end {
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

/// One entry after its prevlen: the element and its encoding+data size.
fn entry(b: &[u8]) -> Option<(Item<'_>, usize)> {
    let first = *b.first()?;
    let string = |hdr: usize, len: usize| Some((Item::Str(b.get(hdr..hdr.checked_add(len)?)?), hdr + len));
    match first >> 6 {
        0 => string(1, usize::from(first & 0x3f)),
        1 => string(2, (usize::from(first & 0x3f) << 8) | usize::from(*b.get(1)?)),
        2 => string(5, u32::from_be_bytes(b.get(1..5)?.try_into().ok()?) as usize),
        _ => match first {
            0xc0 => Some((Item::Int(int_le(b, 2)?), 3)),
            0xd0 => Some((Item::Int(int_le(b, 4)?), 5)),
            0xe0 => Some((Item::Int(int_le(b, 8)?), 9)),
            0xf0 => Some((Item::Int(int_le(b, 3)?), 4)),
            0xfe => Some((Item::Int(int_le(b, 1)?), 2)),
            0xf1..=0xfd => Some((Item::Int(i64::from(first & 0x0f) - 1), 1)),
            _ => None,
        },
    }
}

/// A zipmap length: one byte below 254, or 254 and a 4-byte LE length.
fn zipmap_len(blob: &[u8], pos: &mut usize) -> Option<usize> {
    let first = *blob.get(*pos)?;
    *pos += 1;
    match first {
        0..=253 => Some(usize::from(first)),
        254 => {
            let n = u32::from_le_bytes(blob.get(*pos..*pos + 4)?.try_into().ok()?);
            *pos += 4;
            Some(n as usize)
        }
        _ => None,
    }
}

fn zipmap_bytes<'a>(blob: &'a [u8], pos: &mut usize, len: usize) -> Option<&'a [u8]> {
    let out = blob.get(*pos..pos.checked_add(len)?)?;
    *pos += len;
    Some(out)
}

/// A field and its value.
pub type Pair = (Vec<u8>, Vec<u8>);

/// Parse a zipmap blob into field/value pairs.
pub fn parse_zipmap(blob: &[u8]) -> Result<Vec<Pair>, RdbError> {
    let mut pos = 1;
    let mut out = Vec::new();
    loop {
        match blob.get(pos) {
            None => return Err(BAD),
            Some(255) => break,
            Some(_) => {}
        }
        let pair = (|| {
            let klen = zipmap_len(blob, &mut pos)?;
            let key = zipmap_bytes(blob, &mut pos, klen)?;
            let vlen = zipmap_len(blob, &mut pos)?;
            let free = usize::from(*blob.get(pos)?);
            pos += 1;
            let value = zipmap_bytes(blob, &mut pos, vlen)?;
            zipmap_bytes(blob, &mut pos, free)?;
            Some((key.to_vec(), value.to_vec()))
        })()
        .ok_or(BAD)?;
        out.push(pair);
    }
    if pos + 1 != blob.len() {
        return Err(BAD);
    }
    Ok(out)
}
