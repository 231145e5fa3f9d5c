//! Unit tests of the RDB codec: Redis's own vectors, round trips of every
//! type, and garbage that must never panic.

use super::*;
use crate::db::hash::Limits;
use crate::db::list::End;
use crate::db::stream::{DeliveryCount, IdRequest, NodeLimits, StreamId};
use crate::db::zset::ZLimits;
use crate::db::{Hash, List, Set, Str, Stream, ZSet};

fn hex(s: &str) -> Vec<u8> {
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex"))
        .collect()
}

#[test]
fn crc_vectors() {
    assert_eq!(crc64(b"123456789"), 0xe9c6d914c4b8d9ca);
    assert_eq!(crc64(&[0x0a, 0x00]), 0xdaa27f0f405c9b5d);
    assert_eq!(crc64(&[0, 0, 0x0a, 0x00]), 0xdaa27f0f405c9b5d);
}

/// The payloads a real 7.0.15 DUMP produced (spec §8): we decode each and
/// produce the same bytes again.
#[test]
fn redis_dump_vectors() {
    let cases = [
        "00 03 626172 0a00 e6be4960ee66fd17",
        "00 c1 3930 0a00 9d94ea2793fc08b9",
        "00 c0 fb 0a00 49c4c6f4d7263f68",
        "00 00 0a00 5d9b5c400f7fa2da",
        "12 01 02 17 17000000 0500 81 61 02 81 62 02 01 01 c3 e8 02 f2 90 ee fe 04 ff 0a00 4735e5c1042a0590",
        "10 15 15000000 0400 82 66 31 03 82 76 31 03 82 66 32 03 16 01 ff 0a00 794ee62e9c48a90c",
        "0b 18 04000000 04000000 01000000 02000000 2c010000 70110100 0a00 1440c9b9e6eb5e6a",
        "11 1a 1a000000 0600 81 63 02 df fd 02 81 61 02 01 01 81 62 02 83 32 2e 35 04 ff 0a00 a68a1ab1a9f2dcc2",
    ];
    for case in cases {
        let bytes = hex(case);
        let value = restore_payload(&bytes).expect(case);
        assert_eq!(dump_payload(&value), bytes, "{case}");
    }
    let set = restore_payload(&hex("02 02 01 79 01 78 0a00 0cdf6b3db330bcf0")).expect("set");
    let Value::Set(s) = set else { panic!("not a set") };
    assert!(s.contains(b"x") && s.contains(b"y") && s.len() == 2);
    let lzf = restore_payload(&hex(
        "00 c3 09 1e 01 61 61 e0 11 00 01 61 61 0a 00 45 73 7c bb 2b 64 7b bb",
    ))
    .expect("lzf");
    assert_eq!(lzf, Value::Str(Str::from_bytes(&[b'a'; 30])));
}

#[test]
fn payload_footer_checks() {
    let mut p = dump_payload(&Value::Str(Str::from_bytes(b"bar")));
    assert!(restore_payload(&p[..9]).is_err());
    let n = p.len();
    p[n - 1] ^= 1;
    assert_eq!(restore_payload(&p), Err(RdbError::VersionOrChecksum));
    let mut p = dump_payload(&Value::Str(Str::from_bytes(b"bar")));
    let n = p.len();
    p[n - 10] = 11;
    assert_eq!(restore_payload(&p), Err(RdbError::VersionOrChecksum));
    // An empty list is "Bad data format", not a footer error.
    let mut body = vec![kind::LIST, 0];
    body.extend_from_slice(&RDB_VERSION.to_le_bytes());
    let crc = crc64(&body);
    body.extend_from_slice(&crc.to_le_bytes());
    assert_eq!(restore_payload(&body), Err(RdbError::EmptyKey));
}

#[test]
fn lzf_round_trips() {
    let mut rng = 12345u64;
    for len in [21usize, 30, 100, 1000, 4000, 70000] {
        let data: Vec<u8> = (0..len)
            .map(|i| {
                rng = rng.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                if i % 7 < 4 {
                    b'a' + (i % 5) as u8
                } else {
                    (rng >> 60) as u8
                }
            })
            .collect();
        let packed = lzf::compress(&data, data.len() * 2).expect("fits");
        assert_eq!(lzf::decompress(&packed, data.len()).as_deref(), Some(&data[..]));
    }
    assert!(lzf::compress(b"abcdefghijklmnopqrstuvwxyz", 22).is_none());
    assert_eq!(lzf::decompress(&[0x20, 0x00], 3), None);
}

fn round_trip(v: &Value) -> Value {
    let payload = dump_payload(v);
    restore_payload(&payload).expect("round trip")
}

const HL: Limits = Limits {
    max_entries: 128,
    max_value: 64,
};
const ZL: ZLimits = ZLimits {
    max_listpack_entries: 128,
    max_listpack_value: 64,
};

#[test]
fn strings_round_trip() {
    for s in [
        &b""[..],
        b"0",
        b"-1",
        b"127",
        b"-129",
        b"40000",
        b"2147483647",
        b"2147483648",
        b"-9223372036854775808",
        b"007",
        b"hello",
        &[b'z'; 100],
        &[7u8; 5000],
    ] {
        let v = Value::Str(Str::from_bytes(s));
        assert_eq!(round_trip(&v), v);
    }
}

fn list_of(n: usize, item: impl Fn(usize) -> Vec<u8>) -> Value {
    let mut l = List::new();
    for i in 0..n {
        l.push(End::Tail, &item(i));
    }
    Value::List(l)
}

#[test]
fn lists_round_trip() {
    for v in [
        list_of(3, |i| i.to_string().into_bytes()),
        list_of(5000, |i| format!("element-{i}").into_bytes()),
        list_of(20, |i| vec![b'x'; i * 500]),
        list_of(10, |i| {
            (i as i64 * 1_000_000_007 - 5_000_000_000).to_string().into_bytes()
        }),
    ] {
        assert_eq!(round_trip(&v), v);
    }
}

#[test]
fn hashes_round_trip() {
    for (n, long) in [(3, 1), (500, 1), (3, 100)] {
        let mut h = Hash::new();
        for i in 0..n {
            h.insert(format!("f{i}").as_bytes(), &vec![b'v'; long + i % 3], HL);
        }
        let v = Value::Hash(h);
        let back = round_trip(&v);
        let (Value::Hash(a), Value::Hash(b)) = (&v, &back) else {
            panic!()
        };
        assert_eq!(a.len(), b.len());
        assert_eq!(a.encoding(), b.encoding());
        assert!(a.iter().all(|(f, val)| b.get(f) == Some(val)));
    }
}

#[test]
fn sets_round_trip() {
    let mut small = Set::new_intset();
    for v in [1i64, -5, 300, 70000, i64::MAX] {
        small.add_int(v, 512);
    }
    let mut big = Set::new_intset();
    for i in 0..1000 {
        big.add(format!("m{i}").as_bytes(), 512);
    }
    for s in [small, big] {
        let v = Value::Set(s);
        assert_eq!(round_trip(&v), v);
    }
}

#[test]
fn zsets_round_trip() {
    let mut small = ZSet::new_listpack();
    for (m, s) in [
        ("a", 1.0),
        ("b", 2.5),
        ("c", -3.0),
        ("d", f64::INFINITY),
        ("e", 1e300),
        ("f", -0.0),
    ] {
        small.insert(m.as_bytes(), s, &ZL);
    }
    let mut big = ZSet::new_listpack();
    for i in 0..300 {
        big.insert(format!("m{i}").as_bytes(), i as f64 / 7.0, &ZL);
    }
    for z in [small, big] {
        let v = Value::ZSet(z);
        let back = round_trip(&v);
        let (Value::ZSet(a), Value::ZSet(b)) = (&v, &back) else {
            panic!()
        };
        assert_eq!(a.encoding(), b.encoding());
        let av: Vec<(Vec<u8>, f64)> = a.iter().map(|(m, s)| (m.to_vec(), s)).collect();
        let bv: Vec<(Vec<u8>, f64)> = b.iter().map(|(m, s)| (m.to_vec(), s)).collect();
        assert_eq!(av, bv);
    }
}

fn sample_stream() -> Stream {
    let limits = NodeLimits {
        max_bytes: 4096,
        max_entries: 10,
    };
    let mut s = Stream::new();
    for i in 1..=35u64 {
        let val = i.to_string();
        let pairs: Vec<&[u8]> = if i % 4 == 0 {
            vec![b"other", val.as_bytes(), b"x", b"y"]
        } else {
            vec![b"f", val.as_bytes()]
        };
        s.append(IdRequest::Exact(StreamId::new(1000 + i, i % 3)), &pairs, limits)
            .expect("append");
    }
    s.delete(&[StreamId::new(1003, 0), StreamId::new(1020, 2)]);
    s.create_group(b"g1", StreamId::new(1010, 1), 10);
    s.create_group(b"g2", StreamId::MIN, 0);
    let g = s.group_mut(b"g1").expect("group");
    g.create_consumer(b"alice", 1_700_000_000_000);
    g.create_consumer(b"bob", 1_700_000_000_500);
    g.assign(
        StreamId::new(1005, 2),
        b"alice",
        1_700_000_000_100,
        DeliveryCount::Set(3),
    );
    g.assign(StreamId::new(1006, 0), b"bob", 1_700_000_000_200, DeliveryCount::Set(1));
    s
}

#[test]
fn streams_round_trip() {
    let v = Value::Stream(Box::new(sample_stream()));
    assert_eq!(round_trip(&v), v);
    let empty = Value::Stream(Box::new(Stream::new()));
    assert_eq!(round_trip(&empty), empty);
}

#[test]
fn file_round_trip_and_expiry() {
    let mut dbs = vec![crate::db::Db::new(), crate::db::Db::new(), crate::db::Db::new()];
    dbs[0].set(b"s", Value::Str(Str::from_bytes(b"v")), 0, false);
    dbs[0].set(b"gone", Value::Str(Str::from_bytes(b"1")), 0, false);
    dbs[0].set_expire(b"gone", 500);
    dbs[2].set(b"later", list_of(2, |i| vec![b'a'; i + 1]), 0, false);
    dbs[2].set_expire(b"later", 5_000);
    let bytes = write_rdb(
        &dbs,
        &[("redis-ver", b"7.0.15".to_vec()), ("repl-offset", b"383".to_vec())],
        0,
    );
    let master = load_rdb(&bytes, false, 1_000).expect("load");
    assert_eq!(master.repl_offset(), Some(383));
    assert_eq!(master.dbs[&0].len(), 1);
    assert_eq!(master.dbs[&2][0].expire_ms, Some(5_000));
    let replica = load_rdb(&bytes, true, 1_000).expect("load");
    assert_eq!(replica.dbs[&0].len(), 2);
    let mut bad = bytes.clone();
    let n = bad.len();
    bad[n - 3] ^= 0xff;
    assert_eq!(load_rdb(&bad, false, 0), Err(RdbError::BadChecksum));
}

/// The layout of the spec's verified 202-byte SAVE (its repl-id is not
/// recorded, so the CRC is recomputed for ours).
#[test]
fn spec_file_vector() {
    let mut f = b"REDIS0010".to_vec();
    f.extend_from_slice(&hex("fa 09"));
    f.extend_from_slice(b"redis-ver");
    f.extend_from_slice(&hex("06"));
    f.extend_from_slice(b"7.0.15");
    f.extend_from_slice(&hex("fa 0a"));
    f.extend_from_slice(b"redis-bits");
    f.extend_from_slice(&hex("c0 40 fa 05"));
    f.extend_from_slice(b"ctime");
    f.extend_from_slice(&hex("c2 c1 87 03 6b fa 08"));
    f.extend_from_slice(b"used-mem");
    f.extend_from_slice(&hex("c2 60 9b 24 00 fa 0e"));
    f.extend_from_slice(b"repl-stream-db");
    f.extend_from_slice(&hex("c0 00 fa 07"));
    f.extend_from_slice(b"repl-id");
    f.push(0x28);
    f.extend_from_slice(&[b'a'; 40]);
    f.extend_from_slice(&hex("fa 0b"));
    f.extend_from_slice(b"repl-offset");
    f.extend_from_slice(&hex("c1 7f 01 fa 08"));
    f.extend_from_slice(b"aof-base");
    f.extend_from_slice(&hex("c0 00 fe 00 fb 03 00"));
    for (k, v) in [("{b}y", 2u8), ("{b}q", 1), ("{b}x", 1)] {
        f.extend_from_slice(&[0, 4]);
        f.extend_from_slice(k.as_bytes());
        f.extend_from_slice(&[0xc0, v]);
    }
    f.push(0xff);
    let crc = crc64(&f);
    f.extend_from_slice(&crc.to_le_bytes());
    assert_eq!(f.len(), 202);
    let loaded = load_rdb(&f, false, 0).expect("load");
    assert_eq!(loaded.aux("redis-bits"), Some(&b"64"[..]));
    assert_eq!(loaded.repl_offset(), Some(383));
    assert_eq!(loaded.repl_id(), Some(&[b'a'; 40][..]));
    let keys: Vec<(&[u8], Value)> = loaded.dbs[&0].iter().map(|k| (&k.key[..], k.value.clone())).collect();
    assert_eq!(keys[0], (&b"{b}y"[..], Value::Str(Str::Int(2))));
    assert_eq!(keys.len(), 3);
    // Checksum disabled (zero) is accepted.
    let n = f.len();
    f[n - 8..].fill(0);
    assert!(load_rdb(&f, false, 0).is_ok());
}

/// Mutated valid payloads and files must decode to a value or an error,
/// never panic.
#[test]
fn garbage_never_panics() {
    let mut seeds: Vec<Vec<u8>> = Vec::new();
    let mut h = Hash::new();
    h.insert(b"f", b"v", HL);
    for v in [
        Value::Str(Str::from_bytes(&[b'q'; 64])),
        list_of(50, |i| i.to_string().into_bytes()),
        Value::Hash(h),
        Value::Stream(Box::new(sample_stream())),
    ] {
        let mut body = vec![0];
        body[0] = encode_value(&v, &mut body);
        seeds.push(body);
    }
    let mut rng = 0x9e3779b97f4a7c15u64;
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    for _ in 0..20_000 {
        let mut data = seeds[(next() % seeds.len() as u64) as usize].clone();
        let flips = 1 + next() % 4;
        for _ in 0..flips {
            let i = (next() % data.len() as u64) as usize;
            match next() % 3 {
                0 => data[i] = next() as u8,
                1 => data.truncate(i.max(1)),
                _ => data.insert(i, next() as u8),
            }
        }
        let mut r = Reader::new(&data[1..]);
        let _ = decode_value(data[0] % 20, &mut r);
        let _ = load_rdb(&data, false, 0);
        let mut file = b"REDIS0010\xfe\x00".to_vec();
        file.extend_from_slice(&data);
        let _ = load_rdb(&file, true, 0);
    }
}

/// A ziplist of short strings and small integers (test builder).
fn ziplist(items: &[&[u8]]) -> Vec<u8> {
    let mut entries = Vec::new();
    let mut prev = 0usize;
    for item in items {
        let start = entries.len();
        entries.push(prev as u8);
        match crate::util::num::string2ll(item) {
            Some(v @ 0..=12) => entries.push(0xf1 + v as u8),
            Some(v) if i8::try_from(v).is_ok() => entries.extend_from_slice(&[0xfe, v as i8 as u8]),
            Some(v) if i16::try_from(v).is_ok() => {
                entries.push(0xc0);
                entries.extend_from_slice(&(v as i16).to_le_bytes());
            }
            _ => {
                entries.push(item.len() as u8);
                entries.extend_from_slice(item);
            }
        }
        prev = entries.len() - start;
    }
    let total = 10 + entries.len() + 1;
    let mut out = (total as u32).to_le_bytes().to_vec();
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&(items.len() as u16).to_le_bytes());
    out.extend_from_slice(&entries);
    out.push(0xff);
    out
}

fn decode_bytes(t: u8, body: &[u8]) -> Result<Value, RdbError> {
    decode_value(t, &mut Reader::new(body))
}

fn blob(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    write_string(&mut out, b);
    out
}

#[test]
fn legacy_encodings_decode() {
    let items: [&[u8]; 5] = [b"a", b"7", b"-100", b"1000", b"hello"];
    let want = list_of(5, |i| items[i].to_vec());
    assert_eq!(
        decode_bytes(kind::LIST_ZIPLIST, &blob(&ziplist(&items))),
        Ok(want.clone())
    );
    let mut ql = vec![2];
    ql.extend(blob(&ziplist(&items[..2])));
    ql.extend(blob(&ziplist(&items[2..])));
    assert_eq!(decode_bytes(kind::LIST_QUICKLIST, &ql), Ok(want.clone()));
    let mut plain = vec![5];
    for i in items {
        write_string(&mut plain, i);
    }
    assert_eq!(decode_bytes(kind::LIST, &plain), Ok(want));

    let Ok(Value::Hash(h)) = decode_bytes(kind::HASH_ZIPLIST, &blob(&ziplist(&[b"f", b"1", b"g", b"v"]))) else {
        panic!("hash ziplist")
    };
    assert_eq!(
        (h.get(b"f"), h.get(b"g"), h.len()),
        (Some(&b"1"[..]), Some(&b"v"[..]), 2)
    );
    // zipmap: len 2, "f" -> "v" (free 0), "gg" -> "ww" (free 1 + pad), end.
    let zipmap = [2, 1, b'f', 1, 0, b'v', 2, b'g', b'g', 2, 1, b'w', b'w', 0, 255];
    let Ok(Value::Hash(h)) = decode_bytes(kind::HASH_ZIPMAP, &blob(&zipmap)) else {
        panic!("zipmap")
    };
    assert_eq!((h.get(b"f"), h.get(b"gg")), (Some(&b"v"[..]), Some(&b"ww"[..])));

    let Ok(Value::ZSet(z)) = decode_bytes(kind::ZSET_ZIPLIST, &blob(&ziplist(&[b"a", b"1", b"b", b"2.5"]))) else {
        panic!("zset ziplist")
    };
    assert_eq!((z.score(b"a"), z.score(b"b")), (Some(1.0), Some(2.5)));
    let mut text = vec![2];
    write_string(&mut text, b"x");
    text.extend_from_slice(&[3, b'1', b'.', b'5']);
    write_string(&mut text, b"y");
    text.push(255);
    let Ok(Value::ZSet(z)) = decode_bytes(kind::ZSET, &text) else {
        panic!("zset text")
    };
    assert_eq!((z.score(b"x"), z.score(b"y")), (Some(1.5), Some(f64::NEG_INFINITY)));
}

#[test]
fn stream_v1_decodes() {
    let limits = NodeLimits {
        max_bytes: 4096,
        max_entries: 3,
    };
    let mut s = Stream::new();
    for i in 1..=5u64 {
        s.append(IdRequest::Exact(StreamId::new(i, 1)), &[b"f", b"v"], limits)
            .expect("append");
    }
    let v = Value::Stream(Box::new(s));
    let mut v2 = Vec::new();
    assert_eq!(encode_value(&v, &mut v2), kind::STREAM_LISTPACKS_2);
    // v2 tail: length 5, last 5-1, first 1-1, max-deleted 0-0, added 5, 0 groups.
    let tail = [5, 5, 1, 1, 1, 0, 0, 5, 0];
    assert!(v2.ends_with(&tail));
    let mut v1 = v2[..v2.len() - tail.len()].to_vec();
    v1.extend_from_slice(&[5, 5, 1, 0]);
    assert_eq!(decode_bytes(kind::STREAM_LISTPACKS, &v1), Ok(v));
}
