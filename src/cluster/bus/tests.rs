//! Unit tests: round trips, the worked byte counts of shared/spec/cluster-bus.md §10, field offsets and
//! malformed inputs.

use super::*;

pub(super) fn node(n: u8) -> NodeId {
    let mut id = [b'0'; 40];
    let hex = format!("{n:02x}");
    id[..2].copy_from_slice(hex.as_bytes());
    id[39] = b'a' + n % 6;
    NodeId(id)
}

pub(super) fn header() -> Header {
    let mut h = Header::new(node(1));
    h.current_epoch = 0x0102_0304_0506_0708;
    h.config_epoch = 7;
    h.offset = 123_456_789;
    h.myslots.set_range(0, 5460);
    h.slaveof = Some(node(2));
    h.myip = NetIp::new("10.0.0.1");
    h.port = 30001;
    h.pport = 0;
    h.cport = 40001;
    h.flags = node_flags::SLAVE | node_flags::MYSELF;
    h.state = cluster_state::OK;
    h.mflags = msg_flags::PAUSED;
    h
}

pub(super) fn entry(n: u8) -> GossipEntry {
    GossipEntry {
        nodename: node(n),
        ping_sent: 1_700_000_000 + u32::from(n),
        pong_received: 1_700_000_001,
        ip: NetIp::new("127.0.0.1"),
        port: 30000 + u16::from(n),
        cport: 40000 + u16::from(n),
        flags: node_flags::MASTER | node_flags::MIGRATE_TO,
        pport: 0,
    }
}

pub(super) fn gossip(n: u8, hostname: Option<&str>) -> Gossip {
    Gossip {
        entries: (0..n).map(|i| entry(i + 10)).collect(),
        exts: hostname
            .iter()
            .map(|h| PingExt::Hostname(h.as_bytes().to_vec()))
            .collect(),
    }
}

/// One message of every type (and an unknown one).
pub(super) fn samples() -> Vec<Message> {
    let mut slots = SlotBitmap::new();
    slots.set_range(100, 200);
    let bodies = vec![
        Body::Ping(gossip(3, None)),
        Body::Pong(gossip(2, Some("host-a.example"))),
        Body::Meet(Gossip {
            entries: vec![entry(5)],
            exts: vec![
                PingExt::Unknown {
                    kind: 3,
                    data: vec![7; 16],
                },
                PingExt::Hostname(b"h".to_vec()),
            ],
        }),
        Body::Fail { nodename: node(9) },
        Body::Publish {
            channel: b"chan1".to_vec(),
            message: b"hello-world".to_vec(),
        },
        Body::FailoverAuthRequest,
        Body::FailoverAuthAck,
        Body::Update {
            config_epoch: 42,
            nodename: node(3),
            slots: Box::new(slots),
        },
        Body::MfStart,
        Body::Module {
            module_id: *b"modid\x01\x02\x03",
            kind: 200,
            payload: b"payload!".to_vec(),
        },
        Body::PublishShard {
            channel: b"sc".to_vec(),
            message: vec![],
        },
        Body::Unknown {
            kind: 11,
            data: b"later".to_vec(),
        },
    ];
    bodies
        .into_iter()
        .map(|body| Message { header: header(), body })
        .collect()
}

pub(super) fn enc(m: &Message) -> Vec<u8> {
    let mut out = Vec::new();
    encode(m, &mut out);
    out
}

fn be16_at(b: &[u8], off: usize) -> u16 {
    u16::from_be_bytes([b[off], b[off + 1]])
}

fn put16(b: &mut [u8], off: usize, v: u16) {
    b[off..off + 2].copy_from_slice(&v.to_be_bytes());
}

fn put32(b: &mut [u8], off: usize, v: u32) {
    b[off..off + 4].copy_from_slice(&v.to_be_bytes());
}

fn discard_reason(b: &[u8]) -> Invalid {
    match decode(b) {
        Err(DecodeError::Discard { len, reason, .. }) => {
            assert_eq!(len, b.len());
            reason
        }
        other => panic!("expected a discard, got {other:?}"),
    }
}

#[test]
fn every_type_round_trips() {
    for m in samples() {
        let bytes = enc(&m);
        assert_eq!(bytes.len(), encoded_len(&m).unwrap());
        assert_eq!(
            u32::from_be_bytes(bytes[4..8].try_into().unwrap()) as usize,
            bytes.len()
        );
        let mut expected = m.clone();
        if let Some(g) = m.body.gossip()
            && !g.exts.is_empty()
        {
            expected.header.mflags |= msg_flags::EXT_DATA;
        }
        let d = decode(&bytes).unwrap_or_else(|e| panic!("{:?}: {e}", m.body.kind()));
        assert_eq!(d.len, bytes.len());
        assert_eq!(d.msg, expected);
        assert_eq!(enc(&d.msg), bytes);
    }
}

#[test]
fn encode_appends() {
    let m = &samples()[3];
    let mut out = b"prefix".to_vec();
    encode(m, &mut out);
    assert_eq!(&out[..6], b"prefix");
    assert_eq!(out.len(), 6 + 2296);
}

#[test]
fn worked_example_ping_three_entries() {
    let mut m = Message {
        header: Header::new(node(1)),
        body: Body::Ping(gossip(3, None)),
    };
    m.header.port = 30001;
    let b = enc(&m);
    assert_eq!(b.len(), 2568);
    assert_eq!(
        &b[..16],
        &[0x52, 0x43, 0x6d, 0x62, 0, 0, 0x0a, 0x08, 0, 1, 0x75, 0x31, 0, 0, 0, 3]
    );
    assert_eq!(&b[2253..2256], &[0, 0, 0]);
    assert_eq!(be16_at(&b, 2214), 0);
    for (i, off) in [2256, 2360, 2464].into_iter().enumerate() {
        assert_eq!(&b[off..off + 40], &entry(10 + i as u8).nodename.0);
    }
}

#[test]
fn worked_example_hostname_extension() {
    let mut m = Message {
        header: Header::new(node(1)),
        body: Body::Ping(gossip(3, Some("host-a.example"))),
    };
    m.header.port = 30001;
    let b = enc(&m);
    assert_eq!(b.len(), 2592);
    assert_eq!(be16_at(&b, 2214), 1);
    assert_eq!(b[2253], 0x04);
    let ext = [
        0, 0, 0, 0x18, 0, 0, 0, 0, b'h', b'o', b's', b't', b'-', b'a', b'.', b'e', b'x', b'a', b'm', b'p',
    ]
    .into_iter()
    .chain(*b"le\0\0")
    .collect::<Vec<u8>>();
    assert_eq!(&b[2568..], ext.as_slice());
}

#[test]
fn hostname_extension_sizes() {
    for (len, ext) in [(1, 16), (7, 16), (8, 24), (15, 24), (16, 32), (23, 32), (24, 40)] {
        let host = "x".repeat(len);
        let m = Message {
            header: Header::new(node(1)),
            body: Body::Pong(gossip(0, Some(&host))),
        };
        assert_eq!(enc(&m).len(), 2256 + ext, "hostname of {len}");
    }
}

#[test]
fn fixed_sizes() {
    let sizes: Vec<(u16, usize)> = samples().iter().map(|m| (m.body.kind(), enc(m).len())).collect();
    let expect = [
        (0, 2568),
        (1, 2256 + 208 + 24),
        (2, 2256 + 104 + 24 + 16),
        (3, 2296),
        (4, 2280),
        (5, 2256),
        (6, 2256),
        (7, 4352),
        (8, 2256),
        (9, 2269 + 8),
        (10, 2264 + 2),
        (11, 2256 + 5),
    ];
    assert_eq!(sizes, expect);
}

#[test]
fn header_field_offsets() {
    let b = enc(&Message {
        header: header(),
        body: Body::MfStart,
    });
    assert_eq!(be16_at(&b, 8), 1, "ver");
    assert_eq!(be16_at(&b, 10), 30001, "port");
    assert_eq!(be16_at(&b, 12), 8, "type");
    assert_eq!(be16_at(&b, 14), 0, "count");
    assert_eq!(&b[16..24], &[1, 2, 3, 4, 5, 6, 7, 8], "currentEpoch is big-endian");
    assert_eq!(&b[24..32], &7u64.to_be_bytes());
    assert_eq!(&b[32..40], &123_456_789u64.to_be_bytes());
    assert_eq!(&b[40..80], &node(1).0);
    assert_eq!(b[80], 0xff, "slots 0-7");
    assert_eq!(b[80 + 5460 / 8], 0b0001_1111, "slots 5456-5460");
    assert_eq!(&b[2128..2168], &node(2).0);
    assert_eq!(&b[2168..2176], b"10.0.0.1");
    assert!(b[2176..2214].iter().all(|&c| c == 0));
    assert!(b[2216..2246].iter().all(|&c| c == 0), "notused1");
    assert_eq!(be16_at(&b, 2246), 0, "pport");
    assert_eq!(be16_at(&b, 2248), 40001, "cport");
    assert_eq!(be16_at(&b, 2250), 18, "flags");
    assert_eq!(&b[2252..2256], &[0, 1, 0, 0], "state, mflags");
}

#[test]
fn gossip_entry_offsets() {
    let b = enc(&Message {
        header: Header::new(node(1)),
        body: Body::Ping(gossip(1, None)),
    });
    let e = &b[2256..2360];
    assert_eq!(&e[..40], &node(10).0);
    assert_eq!(&e[40..44], &1_700_000_010u32.to_be_bytes());
    assert_eq!(&e[44..48], &1_700_000_001u32.to_be_bytes());
    assert_eq!(&e[48..57], b"127.0.0.1");
    assert_eq!((be16_at(e, 94), be16_at(e, 96), be16_at(e, 98)), (30010, 40010, 257));
    assert_eq!(&e[100..104], &[0, 0, 0, 0]);
}

#[test]
fn body_offsets() {
    let s = samples();
    let publish = enc(&s[4]);
    assert_eq!(&publish[2256..2264], &[0, 0, 0, 5, 0, 0, 0, 11]);
    assert_eq!(&publish[2264..], b"chan1hello-world");
    let update = enc(&s[7]);
    assert_eq!(&update[2256..2264], &42u64.to_be_bytes());
    assert_eq!(&update[2264..2304], &node(3).0);
    assert_eq!(update[2304 + 100 / 8], 0b1111_0000);
    let module = enc(&s[9]);
    assert_eq!(&module[2256..2264], b"modid\x01\x02\x03", "module_id copied as is");
    assert_eq!(&module[2264..2268], &[0, 0, 0, 8]);
    assert_eq!(module[2268], 200);
    assert_eq!(&module[2269..], b"payload!");
}

#[test]
fn slot_bitmap_bits() {
    let mut s = SlotBitmap::new();
    for slot in [0, 7, 8, 16383] {
        s.set(slot, true);
    }
    assert_eq!((s.0[0], s.0[1], s.0[2047]), (0b1000_0001, 1, 0x80));
    assert_eq!(s.iter().collect::<Vec<_>>(), vec![0, 7, 8, 16383]);
    assert_eq!(s.count(), 4);
    assert!(s.get(7) && !s.get(6) && !s.get(16384));
    s.set(16384, true);
    s.set(7, false);
    assert_eq!(s.count(), 3);
}

#[test]
fn node_id_and_ip_helpers() {
    let id = NodeId::from_hex("0bdd747142e361d50060dd19160d4d504f9c660b").unwrap();
    assert!(id.is_valid() && !id.is_null());
    assert_eq!(id.to_string(), "0bdd747142e361d50060dd19160d4d504f9c660b");
    assert_eq!(NodeId::from_hex("0BDD747142E361D50060DD19160D4D504F9C660B"), None);
    assert_eq!(NodeId::from_hex("abc"), None);
    let ip = NetIp::new(&"1".repeat(60));
    assert_eq!(ip.as_bytes().len(), 45);
    assert_eq!(NetIp::new("::1").to_text(), "::1");
    assert!(NetIp::default().is_empty());
}

#[test]
fn null_slaveof_encodes_as_zeros() {
    let mut h = Header::new(node(1));
    h.slaveof = Some(NodeId::NULL);
    let b = enc(&Message {
        header: h,
        body: Body::FailoverAuthAck,
    });
    assert!(b[2128..2168].iter().all(|&c| c == 0));
    assert_eq!(decode(&b).unwrap().msg.header.slaveof, None);
}

#[test]
fn truncated_at_every_byte() {
    for m in samples() {
        let b = enc(&m);
        for n in 0..b.len() {
            let needed = if n < 8 { 8 - n } else { b.len() - n };
            assert_eq!(
                decode(&b[..n]),
                Err(DecodeError::Incomplete { needed }),
                "prefix {n} of type {}",
                m.body.kind()
            );
        }
    }
}

#[test]
fn trailing_bytes_are_left_alone() {
    let mut b = enc(&samples()[5]);
    b.extend_from_slice(b"RCmb");
    let d = decode(&b).unwrap();
    assert_eq!(d.len, 2256);
}

#[test]
fn wrong_signature_closes_once_8_bytes_are_in() {
    let mut b = enc(&samples()[0]);
    b[3] = b'B';
    assert_eq!(decode(&b[..7]), Err(DecodeError::Incomplete { needed: 1 }));
    assert_eq!(
        decode(&b[..8]),
        Err(DecodeError::Close(CloseReason::BadSignature(*b"RCmB")))
    );
    assert_eq!(decode(&b), Err(DecodeError::Close(CloseReason::BadSignature(*b"RCmB"))));
}

#[test]
fn totlen_below_header_closes() {
    for totlen in [0, 8, 16, 2255] {
        let mut b = enc(&samples()[5]);
        put32(&mut b, 4, totlen);
        assert_eq!(
            decode(&b[..8]),
            Err(DecodeError::Close(CloseReason::TotlenTooSmall(totlen)))
        );
    }
}

#[test]
fn huge_totlen_waits_like_redis() {
    let mut b = enc(&samples()[5]);
    put32(&mut b, 4, u32::MAX);
    assert_eq!(
        decode(&b),
        Err(DecodeError::Incomplete {
            needed: u32::MAX as usize - 2256
        })
    );
    let mut r = FrameReader::with_max_len(1 << 20);
    r.push(&b);
    assert_eq!(r.next_event(), Err(CloseReason::TotlenTooLarge(u32::MAX)));
}

#[test]
fn wrong_version_is_discarded() {
    for m in samples() {
        let mut b = enc(&m);
        put16(&mut b, 8, 2);
        let kind = m.body.kind();
        assert_eq!(
            decode(&b),
            Err(DecodeError::Discard {
                len: b.len(),
                kind,
                reason: Invalid::Version(2)
            })
        );
    }
}

#[test]
fn fixed_length_types_with_wrong_totlen_are_discarded() {
    for (i, expected) in [(3, 2296), (5, 2256), (6, 2256), (7, 4352), (8, 2256)] {
        let mut b = enc(&samples()[i]);
        b.extend_from_slice(&[0; 8]);
        let totlen = b.len() as u32;
        put32(&mut b, 4, totlen);
        let kind = samples()[i].body.kind();
        assert_eq!(discard_reason(&b), Invalid::Length { kind, totlen, expected });
    }
}

#[test]
fn short_fixed_types_are_discarded() {
    let b = enc(&samples()[5]); // a 2256-byte message
    for kind in [3u16, 4, 7, 9, 10] {
        let mut b = b.clone();
        put16(&mut b, 12, kind);
        assert!(
            matches!(discard_reason(&b), Invalid::Length { totlen: 2256, .. }),
            "type {kind}"
        );
    }
}

#[test]
fn gossip_count_mismatch_is_discarded() {
    let mut b = enc(&samples()[0]);
    put16(&mut b, 14, 4);
    assert_eq!(
        discard_reason(&b),
        Invalid::Length {
            kind: 0,
            totlen: 2568,
            expected: 2672
        }
    );
    put16(&mut b, 14, 2);
    assert_eq!(
        discard_reason(&b),
        Invalid::Length {
            kind: 0,
            totlen: 2568,
            expected: 2464
        }
    );
}

#[test]
fn publish_and_module_length_lies_are_discarded() {
    let mut b = enc(&samples()[4]);
    put32(&mut b, 2256, 6);
    assert_eq!(
        discard_reason(&b),
        Invalid::Length {
            kind: 4,
            totlen: 2280,
            expected: 2281
        }
    );
    put32(&mut b, 2256, u32::MAX);
    put32(&mut b, 2260, 17); // wraps to 2280 in 7.0.15's u32 arithmetic
    assert!(matches!(discard_reason(&b), Invalid::Length { .. }));
    let mut b = enc(&samples()[9]);
    put32(&mut b, 2264, 9);
    assert_eq!(
        discard_reason(&b),
        Invalid::Length {
            kind: 9,
            totlen: 2277,
            expected: 2278
        }
    );
}

/// A PONG with one 24-byte hostname extension (ext at offset 2256).
fn pong_with_ext() -> Vec<u8> {
    enc(&Message {
        header: Header::new(node(1)),
        body: Body::Pong(gossip(0, Some("host-a.example"))),
    })
}

#[test]
fn extension_length_not_multiple_of_8() {
    let mut b = pong_with_ext();
    put32(&mut b, 2256, 20);
    assert_eq!(discard_reason(&b), Invalid::ExtPadding { kind: 1, ext_len: 20 });
}

#[test]
fn extension_longer_than_message() {
    let mut b = pong_with_ext();
    put32(&mut b, 2256, 32);
    assert_eq!(discard_reason(&b), Invalid::ExtOverrun { kind: 1, totlen: 2280 });
}

#[test]
fn extension_shorter_than_claimed_total() {
    let mut b = pong_with_ext();
    put32(&mut b, 2256, 16);
    assert_eq!(
        discard_reason(&b),
        Invalid::Length {
            kind: 1,
            totlen: 2280,
            expected: 2272
        }
    );
}

#[test]
fn zero_length_extension() {
    let mut b = pong_with_ext();
    put32(&mut b, 2256, 0);
    assert_eq!(
        discard_reason(&b),
        Invalid::Length {
            kind: 1,
            totlen: 2280,
            expected: 2256
        }
    );
}

#[test]
fn more_extensions_announced_than_present() {
    let mut b = pong_with_ext();
    put16(&mut b, 2214, 2);
    assert_eq!(discard_reason(&b), Invalid::ExtMissing { kind: 1, index: 1 });
}

#[test]
fn extension_length_above_u16() {
    let mut b = pong_with_ext();
    put32(&mut b, 2256, 0x1_0018); // 7.0.15 validates this as 24
    assert_eq!(
        discard_reason(&b),
        Invalid::ExtTooLong {
            kind: 1,
            ext_len: 0x1_0018
        }
    );
}

#[test]
fn extensions_without_ext_data_flag() {
    // Extension bytes present but EXT_DATA clear: 7.0.15 does not count them, so the length is wrong.
    let mut b = pong_with_ext();
    b[2253] = 0;
    assert_eq!(
        discard_reason(&b),
        Invalid::Length {
            kind: 1,
            totlen: 2280,
            expected: 2256
        }
    );
    // A non-zero `extensions` without EXT_DATA and no extension bytes: accepted, nothing to read.
    let mut b = enc(&Message {
        header: Header::new(node(1)),
        body: Body::Ping(gossip(1, None)),
    });
    put16(&mut b, 2214, 3);
    let m = decode(&b).unwrap().msg;
    assert_eq!(m.body, Body::Ping(gossip(1, None)));
}

#[test]
fn ext_data_flag_with_no_extensions_round_trips() {
    let mut m = Message {
        header: Header::new(node(1)),
        body: Body::Ping(gossip(2, None)),
    };
    m.header.mflags = msg_flags::EXT_DATA;
    let b = enc(&m);
    assert_eq!((b[2253], be16_at(&b, 2214)), (4, 0));
    assert_eq!(decode(&b).unwrap().msg, m);
}

#[test]
fn unknown_extension_is_kept_and_hostname_found_after_it() {
    let m = &samples()[2];
    let d = decode(&enc(m)).unwrap();
    let g = d.msg.body.gossip().unwrap();
    assert_eq!(
        g.exts[0],
        PingExt::Unknown {
            kind: 3,
            data: vec![7; 16]
        }
    );
    assert_eq!(g.hostname(), Some(&b"h"[..]));
}

#[test]
fn last_hostname_wins_and_unpadded_hostname_is_whole_payload() {
    let mut b = pong_with_ext();
    b.extend_from_slice(&[0, 0, 0, 16, 0, 0, 0, 0]);
    b.extend_from_slice(b"ABCDEFGH"); // no NUL inside the payload
    put16(&mut b, 2214, 2);
    let totlen = b.len() as u32;
    put32(&mut b, 4, totlen);
    let m = decode(&b).unwrap().msg;
    let g = m.body.gossip().unwrap();
    assert_eq!(g.exts[0], PingExt::Hostname(b"host-a.example".to_vec()));
    assert_eq!(g.hostname(), Some(&b"ABCDEFGH"[..]));
    let again = decode(&enc(&m)).unwrap().msg;
    assert_eq!(again, m);
}

#[test]
fn unknown_types_are_accepted() {
    let mut b = enc(&samples()[5]);
    put16(&mut b, 12, 999);
    let m = decode(&b).unwrap().msg;
    assert_eq!(
        m.body,
        Body::Unknown {
            kind: 999,
            data: vec![]
        }
    );
    assert_eq!(m.header, header());
}

#[test]
fn try_encode_refuses_unrepresentable() {
    let big = Gossip {
        entries: vec![entry(1); 65536],
        exts: vec![],
    };
    let m = Message {
        header: Header::new(node(1)),
        body: Body::Ping(big),
    };
    let mut out = vec![1];
    assert_eq!(try_encode(&m, &mut out), Err(EncodeError::TooManyGossipEntries(65536)));
    assert_eq!(out, vec![1]);
    let ext = PingExt::Unknown {
        kind: 9,
        data: vec![0; 65535],
    };
    let m = Message {
        header: Header::new(node(1)),
        body: Body::Ping(Gossip {
            entries: vec![],
            exts: vec![ext],
        }),
    };
    assert!(matches!(
        try_encode(&m, &mut out),
        Err(EncodeError::ExtensionTooLong(_))
    ));
}

#[test]
fn log_lines_match_redis() {
    let r = Invalid::Length {
        kind: 0,
        totlen: 2568,
        expected: 2672,
    };
    assert_eq!(
        r.to_string(),
        "Received invalid ping packet of length 2568 but expected length 2672"
    );
    let r = Invalid::ExtPadding { kind: 2, ext_len: 20 };
    assert_eq!(
        r.to_string(),
        "Received a meet packet without proper padding (20 bytes)"
    );
    let r = Invalid::ExtOverrun { kind: 1, totlen: 2280 };
    assert_eq!(
        r.to_string(),
        "Received invalid pong packet with extension data that exceeds total packet length (2280)"
    );
    assert!(
        CloseReason::TotlenTooSmall(3)
            .to_string()
            .starts_with("Bad message length or signature")
    );
}

#[test]
fn frame_reader_discards_then_continues_and_close_is_sticky() {
    let good = enc(&samples()[3]);
    let mut bad = enc(&samples()[5]);
    put16(&mut bad, 8, 0);
    let mut r = FrameReader::new();
    assert_eq!(r.read_hint(), 8);
    r.push(&bad[..8]);
    assert_eq!(r.read_hint(), 2248);
    assert_eq!(r.next_event(), Ok(None));
    r.push(&bad[8..]);
    r.push(&good);
    let ev = r.next_event().unwrap().unwrap();
    assert_eq!(
        ev,
        Event::Discarded {
            len: 2256,
            kind: 5,
            reason: Invalid::Version(0)
        }
    );
    assert_eq!(r.next_event(), Ok(Some(Event::Message(Box::new(samples()[3].clone())))));
    assert_eq!(r.next_event(), Ok(None));
    r.push(b"XXXXXXXX");
    let close = Err(CloseReason::BadSignature(*b"XXXX"));
    assert_eq!(r.next_event(), close);
    r.push(&good);
    assert_eq!(r.next_event(), close);
}

#[test]
fn frame_reader_byte_by_byte() {
    let stream: Vec<u8> = samples().iter().flat_map(enc).collect();
    let mut r = FrameReader::new();
    let mut n = 0;
    for &byte in &stream {
        r.push(&[byte]);
        while let Some(ev) = r.next_event().unwrap() {
            assert!(matches!(ev, Event::Message(_)));
            n += 1;
        }
    }
    assert_eq!(n, samples().len());
}
