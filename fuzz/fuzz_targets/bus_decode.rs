//! Fuzzes the cluster bus decoder: no input may panic it, every outcome must be self-consistent, and a
//! decoded message must come back unchanged through encode → decode. Seed corpus: the frames captured
//! from redis-server 7.0.15 in src/cluster/bus/testdata/ (`cargo +nightly fuzz run bus_decode
//! ../src/cluster/bus/testdata` also works, given a writable corpus directory first).
#![no_main]

use gossamer::cluster::bus::{DecodeError, HEADER_LEN, decode, encode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match decode(data) {
        Ok(d) => {
            assert!(d.len >= HEADER_LEN && d.len <= data.len());
            let mut out = Vec::new();
            encode(&d.msg, &mut out);
            let again = decode(&out).expect("re-encoded message decodes");
            assert_eq!(again.len, out.len());
            assert_eq!(again.msg, d.msg);
        }
        Err(DecodeError::Incomplete { needed }) => assert!(needed > 0),
        Err(DecodeError::Discard { len, .. }) => assert!(len >= HEADER_LEN && len <= data.len()),
        Err(DecodeError::Close(_)) => assert!(data.len() >= 8),
    }
});
