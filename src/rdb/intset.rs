//! Intsets (§7.6): `<u32 LE width> <u32 LE count> <count LE ints>`, strictly
//! ascending, width 2, 4 or 8 (the smallest fitting every member).

use super::RdbError;

/// Parse an intset blob into its members.
pub fn parse(blob: &[u8]) -> Result<Vec<i64>, RdbError> {
    const BAD: RdbError = RdbError::Corrupt("invalid intset");
    if blob.len() < 8 {
        return Err(BAD);
    }
    let width = u32::from_le_bytes([blob[0], blob[1], blob[2], blob[3]]) as usize;
    let count = u32::from_le_bytes([blob[4], blob[5], blob[6], blob[7]]) as usize;
    if !matches!(width, 2 | 4 | 8) || count == 0 || Some(blob.len()) != count.checked_mul(width).map(|n| n + 8) {
        return Err(BAD);
    }
    let mut out = Vec::with_capacity(count);
    for chunk in blob[8..].chunks_exact(width) {
        let v = match width {
            2 => i64::from(i16::from_le_bytes([chunk[0], chunk[1]])),
            4 => i64::from(i32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]])),
            _ => i64::from_le_bytes(chunk.try_into().map_err(|_| BAD)?),
        };
        if out.last().is_some_and(|&last| last >= v) {
            return Err(BAD);
        }
        out.push(v);
    }
    Ok(out)
}

/// Write an intset blob of `ints` (ascending, distinct).
pub fn write(ints: &[i64]) -> Vec<u8> {
    let fits = |lo: i64, hi: i64| ints.iter().all(|v| (lo..=hi).contains(v));
    let width: usize = if fits(i16::MIN.into(), i16::MAX.into()) {
        2
    } else if fits(i32::MIN.into(), i32::MAX.into()) {
        4
    } else {
        8
    };
    let mut out = Vec::with_capacity(8 + width * ints.len());
    out.extend_from_slice(&(width as u32).to_le_bytes());
    out.extend_from_slice(&(ints.len() as u32).to_le_bytes());
    for v in ints {
        out.extend_from_slice(&v.to_le_bytes()[..width]);
    }
    out
}
