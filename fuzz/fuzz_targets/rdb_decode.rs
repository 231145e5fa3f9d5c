//! Fuzzes the RDB decoders: no input may panic `rdb::decode_value`,
//! `rdb::restore_payload` or `rdb::load_rdb`, and every value that decodes
//! must encode and decode again to an equal value. The first byte is the
//! value type; the rest the value (`cargo +nightly fuzz run rdb_decode`).
#![no_main]

use gossamer::rdb::{self, Reader};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&kind, body)) = data.split_first() else {
        return;
    };
    let mut reader = Reader::new(body);
    if let Ok(value) = rdb::decode_value(kind % 20, &mut reader) {
        let payload = rdb::dump_payload(&value);
        let again = rdb::restore_payload(&payload).expect("re-encoded value decodes");
        assert_eq!(again, value);
    }
    let _ = rdb::restore_payload(data);
    let _ = rdb::load_rdb(data, false, 0);
});
