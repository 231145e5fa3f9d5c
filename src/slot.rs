//! Hash slots: CRC16 (XMODEM) of a key, or of its `{hash tag}`, modulo 16384.

use crc::{CRC_16_XMODEM, Crc};

/// Number of hash slots in a Redis Cluster.
pub const SLOTS: usize = 16384;

const CRC16: Crc<u16> = Crc::<u16>::new(&CRC_16_XMODEM);

/// CRC16 as Redis computes it for key hashing.
pub fn crc16(bytes: &[u8]) -> u16 {
    CRC16.checksum(bytes)
}

/// The hash slot of `key`, honouring hash tags exactly as Redis's keyHashSlot:
/// only the substring between the first `{` and the next `}` is hashed, and
/// only when it is non-empty.
pub fn key_hash_slot(key: &[u8]) -> u16 {
    crc16(hash_tag(key)) & 0x3FFF
}

fn hash_tag(key: &[u8]) -> &[u8] {
    let Some(open) = key.iter().position(|&b| b == b'{') else {
        return key;
    };
    let rest = &key[open + 1..];
    match rest.iter().position(|&b| b == b'}') {
        Some(0) | None => key,
        Some(close) => &rest[..close],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc16_reference_vector() {
        // The check value from Redis's crc16.c comment.
        assert_eq!(crc16(b"123456789"), 0x31C3);
    }

    #[test]
    fn slot_vectors_match_redis() {
        // Verified with CLUSTER KEYSLOT on redis-server 7.0.15 (shared/spec/cluster-commands.md).
        let vectors: [(&[u8], u16); 11] = [
            (b"foo", 12182),
            (b"bar", 5061),
            (b"{user1000}.following", 3443),
            (b"{user1000}.followers", 3443),
            (b"123456789", 12739),
            (b"foo{}{bar}", 8363),
            (b"foo{{bar}}zap", 4015),
            (b"foo{bar}{zap}", 5061),
            (b"{}", 15257),
            (b"{a", 10276),
            (b"", 0),
        ];
        for (key, slot) in vectors {
            assert_eq!(key_hash_slot(key), slot, "key {:?}", String::from_utf8_lossy(key));
        }
    }
}
