//! A deterministic stand-in for the cargo-fuzz target (fuzz/fuzz_targets/bus_decode.rs): 200k random and
//! mutated-valid inputs. Decoding must not panic, every outcome must be self-consistent, and whatever
//! decodes must survive encode → decode unchanged.

use super::tests::{enc, samples};
use super::tests_captured::ALL as CAPTURED;
use super::*;

/// xorshift64*: small, fast, reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// The property every input must satisfy (also what the cargo-fuzz target asserts).
pub(super) fn check(input: &[u8]) {
    match decode(input) {
        Ok(d) => {
            assert!(d.len >= HEADER_LEN && d.len <= input.len());
            let mut out = Vec::new();
            encode(&d.msg, &mut out);
            let again = decode(&out).expect("re-encoded message decodes");
            assert_eq!(again.len, out.len());
            assert_eq!(again.msg, d.msg);
        }
        Err(DecodeError::Incomplete { needed }) => assert!(needed > 0),
        Err(DecodeError::Discard { len, .. }) => assert!(len >= HEADER_LEN && len <= input.len()),
        Err(DecodeError::Close(_)) => assert!(input.len() >= 8),
    }
}

/// Header offsets worth hitting with arbitrary values: totlen, ver, type, count, extensions, mflags and
/// the first extension / publish / module length fields.
const HOT: [usize; 10] = [4, 8, 12, 14, 2214, 2253, 2256, 2260, 2264, 2360];

fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut b = seed.to_vec();
    for _ in 0..1 + rng.below(4) {
        match rng.below(7) {
            0 => flip_byte(rng, &mut b),
            1 => put_random_u16(rng, &mut b),
            2 => put_random_u32(rng, &mut b),
            3 => b.truncate(rng.below(b.len() + 1)),
            4 => b.extend((0..rng.below(64)).map(|_| rng.next() as u8)),
            5 => fix_totlen(&mut b),
            _ => put_small_u16(rng, &mut b),
        }
    }
    b
}

fn flip_byte(rng: &mut Rng, b: &mut [u8]) {
    if !b.is_empty() {
        let i = rng.below(b.len());
        b[i] ^= 1 << rng.below(8);
    }
}

fn hot_offset(rng: &mut Rng, b: &[u8], width: usize) -> Option<usize> {
    let off = HOT[rng.below(HOT.len())];
    (off + width <= b.len()).then_some(off)
}

fn put_random_u16(rng: &mut Rng, b: &mut [u8]) {
    if let Some(off) = hot_offset(rng, b, 2) {
        b[off..off + 2].copy_from_slice(&(rng.next() as u16).to_be_bytes());
    }
}

fn put_small_u16(rng: &mut Rng, b: &mut [u8]) {
    if let Some(off) = hot_offset(rng, b, 2) {
        b[off..off + 2].copy_from_slice(&(rng.below(12) as u16).to_be_bytes());
    }
}

fn put_random_u32(rng: &mut Rng, b: &mut [u8]) {
    if let Some(off) = hot_offset(rng, b, 4) {
        let v = if rng.below(2) == 0 {
            rng.next() as u32
        } else {
            rng.below(64) as u32 * 4
        };
        b[off..off + 4].copy_from_slice(&v.to_be_bytes());
    }
}

/// Sets totlen to the buffer length so the input gets past the framing checks.
fn fix_totlen(b: &mut [u8]) {
    if b.len() >= 8 {
        let len = b.len() as u32;
        b[4..8].copy_from_slice(&len.to_be_bytes());
    }
}

fn random_bytes(rng: &mut Rng) -> Vec<u8> {
    let len = rng.below(3000);
    let mut b: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
    if rng.below(2) == 0 && b.len() >= 8 {
        b[..4].copy_from_slice(b"RCmb");
        fix_totlen(&mut b);
    }
    b
}

#[test]
fn decode_survives_200k_random_and_mutated_inputs() {
    let mut seeds: Vec<Vec<u8>> = samples().iter().map(enc).collect();
    seeds.extend(CAPTURED.iter().map(|c| c.to_vec()));
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let (mut ok, mut discarded) = (0, 0);
    for i in 0..200_000 {
        let input = if i % 4 == 0 {
            random_bytes(&mut rng)
        } else {
            let seed = &seeds[rng.below(seeds.len())];
            mutate(&mut rng, seed)
        };
        check(&input);
        match decode(&input) {
            Ok(_) => ok += 1,
            Err(DecodeError::Discard { .. }) => discarded += 1,
            Err(_) => {}
        }
    }
    // The mutations must exercise both the accepting and the discarding paths.
    assert!(ok > 10_000 && discarded > 10_000, "ok {ok}, discarded {discarded}");
}
