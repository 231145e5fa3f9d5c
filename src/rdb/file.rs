//! Whole RDB files (§7.1): the writer used for SAVE/BGSAVE/full sync and the
//! loader used at startup and by replicas. Bytes in, bytes out.

use std::collections::BTreeMap;

use super::{RDB_VERSION, RdbError, Reader, crc64, decode_value, encode_value, kind, write_len, write_string};
use crate::db::{Db, Value};

pub(crate) const OP_FUNCTION2: u8 = 245;
pub(crate) const OP_FUNCTION: u8 = 246;
const OP_MODULE_AUX: u8 = 247;
const OP_IDLE: u8 = 248;
const OP_FREQ: u8 = 249;
const OP_AUX: u8 = 250;
const OP_RESIZEDB: u8 = 251;
const OP_EXPIRETIME_MS: u8 = 252;
const OP_EXPIRETIME: u8 = 253;
const OP_SELECTDB: u8 = 254;
const OP_EOF: u8 = 255;

/// A key read from a file.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedKey {
    pub key: Vec<u8>,
    pub value: Value,
    /// Absolute expire time, ms since the epoch.
    pub expire_ms: Option<i64>,
}

/// The contents of an RDB file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LoadedRdb {
    /// RDB version of the file.
    pub version: u16,
    /// Keys per database index, in file order.
    pub dbs: BTreeMap<usize, Vec<LoadedKey>>,
    /// AUX fields in file order (values as decoded strings).
    pub aux: Vec<(Vec<u8>, Vec<u8>)>,
    /// Function library codes (FUNCTION2 opcodes).
    pub functions: Vec<Vec<u8>>,
}

impl LoadedRdb {
    /// The value of an AUX field.
    pub fn aux(&self, name: &str) -> Option<&[u8]> {
        self.aux.iter().find(|(k, _)| k == name.as_bytes()).map(|(_, v)| &v[..])
    }

    /// `repl-id` (40 hex characters), if present.
    pub fn repl_id(&self) -> Option<&[u8]> {
        self.aux("repl-id")
    }

    /// `repl-offset`, if present and numeric.
    pub fn repl_offset(&self) -> Option<i64> {
        crate::util::num::string2ll(self.aux("repl-offset")?)
    }
}

/// Serialize databases as an RDB file: header, `aux` fields, every
/// non-empty database (SELECTDB, RESIZEDB, keys with EXPIRETIME_MS), EOF
/// and the CRC-64. Expired keys are still written, as Redis does; `now_ms`
/// is accepted for callers that stamp `ctime` themselves and is unused.
pub fn write_rdb(dbs: &[Db], aux: &[(&str, Vec<u8>)], _now_ms: i64) -> Vec<u8> {
    let mut out = format!("REDIS{RDB_VERSION:04}").into_bytes();
    for (name, value) in aux {
        out.push(OP_AUX);
        write_string(&mut out, name.as_bytes());
        write_string(&mut out, value);
    }
    for (index, db) in dbs.iter().enumerate() {
        if db.is_empty() {
            continue;
        }
        write_db(&mut out, index, db);
    }
    out.push(OP_EOF);
    let crc = crc64(&out);
    out.extend_from_slice(&crc.to_le_bytes());
    out
}

fn write_db(out: &mut Vec<u8>, index: usize, db: &Db) {
    out.push(OP_SELECTDB);
    write_len(out, index as u64);
    out.push(OP_RESIZEDB);
    write_len(out, db.len() as u64);
    write_len(out, db.expires_len() as u64);
    db.for_each_key(|key, entry| {
        if let Some(when) = db.expire_at(key) {
            out.push(OP_EXPIRETIME_MS);
            out.extend_from_slice(&when.to_le_bytes());
        }
        let type_at = out.len();
        out.push(0);
        write_string(out, key);
        let mut value = Vec::new();
        out[type_at] = encode_value(&entry.value, &mut value);
        out.extend_from_slice(&value);
    });
}

/// Parse "REDIS" and the 4-digit version (1..=10).
fn header(r: &mut Reader) -> Result<u16, RdbError> {
    let magic = r.bytes(9).map_err(|_| RdbError::BadHeader)?;
    if &magic[..5] != b"REDIS" || !magic[5..].iter().all(u8::is_ascii_digit) {
        return Err(RdbError::BadHeader);
    }
    let version = magic[5..].iter().fold(0u16, |v, d| v * 10 + u16::from(d - b'0'));
    if !(1..=RDB_VERSION).contains(&version) {
        return Err(RdbError::BadHeader);
    }
    Ok(version)
}

/// Check the CRC-64 trailer after the EOF opcode at `eof_end` (files from
/// version 5 on; a zero CRC means checksums were disabled).
fn check_trailer(bytes: &[u8], r: &mut Reader, version: u16) -> Result<(), RdbError> {
    if version < 5 {
        return Ok(());
    }
    let body = r.pos();
    let stored = r.u64_le()?;
    if stored != 0 && stored != crc64(&bytes[..body]) {
        return Err(RdbError::BadChecksum);
    }
    Ok(())
}

/// Parse an RDB file. Keys whose value is an empty collection are skipped;
/// keys already expired at `now_ms` are dropped unless `is_replica` (a
/// replica keeps them and waits for its master's DEL). IDLE/FREQ hints and
/// unknown AUX fields are skipped; module data is an error.
pub fn load_rdb(bytes: &[u8], is_replica: bool, now_ms: i64) -> Result<LoadedRdb, RdbError> {
    let mut r = Reader::new(bytes);
    let mut loaded = LoadedRdb {
        version: header(&mut r)?,
        ..LoadedRdb::default()
    };
    let mut db = 0usize;
    let mut expire: Option<i64> = None;
    loop {
        let op = r.u8()?;
        match op {
            OP_EOF => break,
            OP_EXPIRETIME => expire = Some(i64::from(r.u32_le()?) * 1000),
            OP_EXPIRETIME_MS => expire = Some(r.millis()?),
            OP_IDLE => {
                r.length()?;
            }
            OP_FREQ => {
                r.u8()?;
            }
            OP_AUX => {
                let key = r.string()?;
                let value = r.string()?;
                loaded.aux.push((key, value));
            }
            OP_RESIZEDB => {
                r.length()?;
                r.length()?;
            }
            OP_SELECTDB => {
                db = usize::try_from(r.length()?).map_err(|_| RdbError::Corrupt("db index"))?;
            }
            OP_FUNCTION2 => loaded.functions.push(r.string()?),
            OP_FUNCTION | OP_MODULE_AUX => return Err(RdbError::UnsupportedType(op)),
            t if kind::is_object_type(t) => {
                let key = r.string()?;
                let value = decode_value(t, &mut r);
                let expire_ms = expire.take();
                let value = match value {
                    Err(RdbError::EmptyKey) => continue,
                    other => other?,
                };
                if !is_replica && expire_ms.is_some_and(|when| when < now_ms) {
                    continue;
                }
                loaded
                    .dbs
                    .entry(db)
                    .or_default()
                    .push(LoadedKey { key, value, expire_ms });
            }
            t => return Err(RdbError::UnsupportedType(t)),
        }
    }
    check_trailer(bytes, &mut r, loaded.version)?;
    Ok(loaded)
}
