//! The RDB version 10 codec (Redis 7.0.15's on-disk and DUMP format).
//!
//! This module owns every byte-level detail of RDB: lengths and strings
//! ([`Reader`], `encode`), LZF ([`lzf`]), the CRC-64 trailer ([`crc64`]),
//! the blob formats nested inside values ([`listpack`], [`ziplist`],
//! [`intset`]), single values ([`encode_value`] / [`decode_value`]), DUMP
//! payloads ([`dump_payload`] / [`restore_payload`]) and whole files
//! ([`write_rdb`] / [`load_rdb`]). It knows nothing about sockets, disks or
//! forks: callers hand it bytes and get bytes or values back.
//!
//! Decoding never panics: every read is bounds-checked and errors are
//! [`RdbError`] values.

pub mod crc64;
mod decode;
mod encode;
pub(crate) mod file;
pub mod intset;
pub mod listpack;
pub mod lzf;
mod reader;
pub mod ziplist;

#[cfg(test)]
mod tests;

pub use crc64::crc64;
pub use decode::decode_value;
pub use encode::{encode_value, write_len, write_string};
pub use file::{LoadedKey, LoadedRdb, load_rdb, write_rdb};
pub use reader::Reader;

use crate::db::Value;

/// The RDB version we write (Redis 7.0).
pub const RDB_VERSION: u16 = 10;

/// Value type codes (`RDB_TYPE_*`).
pub mod kind {
    pub const STRING: u8 = 0;
    pub const LIST: u8 = 1;
    pub const SET: u8 = 2;
    pub const ZSET: u8 = 3;
    pub const HASH: u8 = 4;
    pub const ZSET_2: u8 = 5;
    pub const MODULE: u8 = 6;
    pub const MODULE_2: u8 = 7;
    pub const HASH_ZIPMAP: u8 = 9;
    pub const LIST_ZIPLIST: u8 = 10;
    pub const SET_INTSET: u8 = 11;
    pub const ZSET_ZIPLIST: u8 = 12;
    pub const HASH_ZIPLIST: u8 = 13;
    pub const LIST_QUICKLIST: u8 = 14;
    pub const STREAM_LISTPACKS: u8 = 15;
    pub const HASH_LISTPACK: u8 = 16;
    pub const ZSET_LISTPACK: u8 = 17;
    pub const LIST_QUICKLIST_2: u8 = 18;
    pub const STREAM_LISTPACKS_2: u8 = 19;

    /// rdbIsObjectType: the codes a value may have (8 is not one).
    pub fn is_object_type(t: u8) -> bool {
        t <= 7 || (9..=19).contains(&t)
    }
}

/// Why bytes could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RdbError {
    /// The input ended in the middle of something.
    Truncated,
    /// The bytes are not valid RDB (what was wrong).
    Corrupt(&'static str),
    /// A collection decoded with no elements (Redis skips such keys when
    /// loading a file, and RESTORE rejects them).
    EmptyKey,
    /// A value type code we cannot load (modules, unknown codes).
    UnsupportedType(u8),
    /// A DUMP payload whose RDB version is too new or whose CRC is wrong.
    VersionOrChecksum,
    /// A file with a bad magic or version.
    BadHeader,
    /// A file whose CRC-64 trailer does not match.
    BadChecksum,
}

impl std::fmt::Display for RdbError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RdbError::Truncated => write!(f, "unexpected end of RDB data"),
            RdbError::Corrupt(what) => write!(f, "corrupt RDB data: {what}"),
            RdbError::EmptyKey => write!(f, "empty key"),
            RdbError::UnsupportedType(t) => write!(f, "unsupported RDB value type {t}"),
            RdbError::VersionOrChecksum => write!(f, "DUMP payload version or checksum are wrong"),
            RdbError::BadHeader => write!(f, "wrong RDB signature or version"),
            RdbError::BadChecksum => write!(f, "wrong RDB checksum"),
        }
    }
}

impl std::error::Error for RdbError {}

/// Serialize a value as DUMP does: type byte, value, RDB version (2 bytes
/// LE) and the CRC-64 of everything before (8 bytes LE).
pub fn dump_payload(v: &Value) -> Vec<u8> {
    let mut out = vec![0];
    out[0] = encode_value(v, &mut out);
    out.extend_from_slice(&RDB_VERSION.to_le_bytes());
    let crc = crc64(&out);
    out.extend_from_slice(&crc.to_le_bytes());
    out
}

/// FUNCTION DUMP of a server without libraries: the RDB version and the
/// CRC-64 footer around an empty body.
pub fn empty_functions_payload() -> Vec<u8> {
    let mut out = RDB_VERSION.to_le_bytes().to_vec();
    let crc = crc64(&out);
    out.extend_from_slice(&crc.to_le_bytes());
    out
}

/// verifyDumpPayload: at least the 10-byte footer, a version no newer than
/// ours and, when `check_crc`, a matching CRC-64.
pub fn verify_dump_payload(bytes: &[u8], check_crc: bool) -> bool {
    let Some(body_len) = bytes.len().checked_sub(10) else {
        return false;
    };
    let version = u16::from_le_bytes([bytes[body_len], bytes[body_len + 1]]);
    if version > RDB_VERSION {
        return false;
    }
    if !check_crc {
        return true;
    }
    let stored = &bytes[body_len + 2..];
    crc64(&bytes[..body_len + 2]).to_le_bytes() == stored
}

/// Decode a DUMP payload (RESTORE): footer checks first
/// ([`RdbError::VersionOrChecksum`]), then the type byte and value (any
/// other error means "Bad data format"). Bytes between the value and the
/// footer are ignored, as in Redis.
pub fn restore_payload(bytes: &[u8]) -> Result<Value, RdbError> {
    if !verify_dump_payload(bytes, true) {
        return Err(RdbError::VersionOrChecksum);
    }
    let mut r = Reader::new(&bytes[..bytes.len() - 10]);
    let t = r.u8()?;
    if !kind::is_object_type(t) {
        return Err(RdbError::UnsupportedType(t));
    }
    decode_value(t, &mut r)
}
