//! A bounds-checked cursor over RDB bytes: fixed-width integers, RDB
//! lengths, RDB strings (raw, integer-encoded, LZF) and doubles.

use super::{RdbError, lzf};
use crate::util::num::i64_bytes;

/// An RDB length or the marker of a specially encoded string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Len {
    Plain(u64),
    /// `11xxxxxx`: the low 6 bits name a string encoding.
    Encoded(u8),
}

/// A cursor over a byte slice; reads past the end fail with
/// [`RdbError::Truncated`].
#[derive(Debug, Clone)]
pub struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(buf: &'a [u8]) -> Reader<'a> {
        Reader { buf, pos: 0 }
    }

    /// Bytes consumed so far.
    pub fn pos(&self) -> usize {
        self.pos
    }

    /// Bytes left.
    pub fn remaining(&self) -> usize {
        self.buf.len() - self.pos
    }

    /// The next `n` bytes.
    pub fn bytes(&mut self, n: usize) -> Result<&'a [u8], RdbError> {
        if n > self.remaining() {
            return Err(RdbError::Truncated);
        }
        let out = &self.buf[self.pos..self.pos + n];
        self.pos += n;
        Ok(out)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], RdbError> {
        let mut out = [0; N];
        out.copy_from_slice(self.bytes(N)?);
        Ok(out)
    }

    pub fn u8(&mut self) -> Result<u8, RdbError> {
        Ok(self.array::<1>()?[0])
    }

    pub fn u32_le(&mut self) -> Result<u32, RdbError> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    pub fn u64_le(&mut self) -> Result<u64, RdbError> {
        Ok(u64::from_le_bytes(self.array()?))
    }

    pub fn u64_be(&mut self) -> Result<u64, RdbError> {
        Ok(u64::from_be_bytes(self.array()?))
    }

    /// A millisecond time (8 bytes, little-endian, signed).
    pub fn millis(&mut self) -> Result<i64, RdbError> {
        Ok(i64::from_le_bytes(self.array()?))
    }

    /// A length or string-encoding marker (§7.2).
    pub fn len_or_enc(&mut self) -> Result<Len, RdbError> {
        let first = self.u8()?;
        Ok(match first >> 6 {
            0 => Len::Plain(u64::from(first & 0x3f)),
            1 => Len::Plain((u64::from(first & 0x3f) << 8) | u64::from(self.u8()?)),
            3 => Len::Encoded(first & 0x3f),
            _ if first == 0x80 => Len::Plain(u64::from(u32::from_be_bytes(self.array()?))),
            _ if first == 0x81 => Len::Plain(self.u64_be()?),
            _ => return Err(RdbError::Corrupt("bad length encoding")),
        })
    }

    /// A plain length.
    pub fn length(&mut self) -> Result<u64, RdbError> {
        match self.len_or_enc()? {
            Len::Plain(n) => Ok(n),
            Len::Encoded(_) => Err(RdbError::Corrupt("encoded length where a length was expected")),
        }
    }

    /// A plain length that must fit in memory; also bounded by the bytes
    /// left when each counted item takes at least `min_item` bytes.
    pub fn count(&mut self, min_item: usize) -> Result<usize, RdbError> {
        let n = self.length()?;
        let n = usize::try_from(n).map_err(|_| RdbError::Corrupt("length too large"))?;
        if n.saturating_mul(min_item) > self.remaining() {
            return Err(RdbError::Truncated);
        }
        Ok(n)
    }

    /// An RDB string in any of its forms (§7.3).
    pub fn string(&mut self) -> Result<Vec<u8>, RdbError> {
        match self.len_or_enc()? {
            Len::Plain(n) => {
                let n = usize::try_from(n).map_err(|_| RdbError::Truncated)?;
                Ok(self.bytes(n)?.to_vec())
            }
            Len::Encoded(0) => Ok(i64_bytes(i64::from(self.array::<1>()?[0] as i8))),
            Len::Encoded(1) => Ok(i64_bytes(i64::from(i16::from_le_bytes(self.array()?)))),
            Len::Encoded(2) => Ok(i64_bytes(i64::from(i32::from_le_bytes(self.array()?)))),
            Len::Encoded(3) => self.lzf_string(),
            Len::Encoded(_) => Err(RdbError::Corrupt("unknown string encoding")),
        }
    }

    fn lzf_string(&mut self) -> Result<Vec<u8>, RdbError> {
        let clen = usize::try_from(self.length()?).map_err(|_| RdbError::Truncated)?;
        let olen = usize::try_from(self.length()?).map_err(|_| RdbError::Corrupt("LZF length"))?;
        let data = self.bytes(clen)?;
        lzf::decompress(data, olen).ok_or(RdbError::Corrupt("invalid LZF data"))
    }

    /// A binary double (8 bytes LE), as in ZSET_2.
    pub fn double_binary(&mut self) -> Result<f64, RdbError> {
        Ok(f64::from_le_bytes(self.array()?))
    }

    /// A text double (legacy ZSET): length byte, 253 nan, 254 +inf, 255 -inf.
    pub fn double_text(&mut self) -> Result<f64, RdbError> {
        match self.u8()? {
            253 => Ok(f64::NAN),
            254 => Ok(f64::INFINITY),
            255 => Ok(f64::NEG_INFINITY),
            n => {
                let text = self.bytes(usize::from(n))?;
                parse_double(text).ok_or(RdbError::Corrupt("bad double"))
            }
        }
    }
}

/// Parse a double written as text (strtod-like; nan/inf accepted).
pub fn parse_double(text: &[u8]) -> Option<f64> {
    let s = std::str::from_utf8(text).ok()?;
    match s.to_ascii_lowercase().as_str() {
        "inf" | "+inf" | "infinity" => Some(f64::INFINITY),
        "-inf" | "-infinity" => Some(f64::NEG_INFINITY),
        "nan" | "-nan" => Some(f64::NAN),
        _ => s.parse().ok(),
    }
}
