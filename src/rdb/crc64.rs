//! Redis's CRC-64 (Jones polynomial, reflected, init 0, no final XOR), the
//! trailer of RDB files and DUMP payloads. Backed by the `crc` crate's
//! `CRC_64_REDIS`, checked against Redis's own test vectors in the tests.

use crc::{CRC_64_REDIS, Crc};

const CRC64: Crc<u64> = Crc::<u64>::new(&CRC_64_REDIS);

/// CRC-64 of `bytes`, starting from 0 (Redis's `crc64(0, p, len)`).
pub fn crc64(bytes: &[u8]) -> u64 {
    CRC64.checksum(bytes)
}
