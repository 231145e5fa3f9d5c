//! Frames captured from real redis-server 7.0.15 nodes (see `testdata/README.md`): they decode to the
//! values the nodes had, and re-encode to the very same bytes.

use super::*;

const ID_A: &str = "9190a688cc32b3f6bb42c7009f892cd104e8fb65";
const ID_B: &str = "ca6e0a8cad8b4474e6a3ac4d2224edba58847b05";
const ID_FAKE: &str = "f00dcafe00000000000000000000000000000001";

const MEET_A: &[u8] = include_bytes!("testdata/meet_a.bin");
const PING_A: &[u8] = include_bytes!("testdata/ping_a.bin");
const PONG_A: &[u8] = include_bytes!("testdata/pong_a.bin");
const PING_B: &[u8] = include_bytes!("testdata/ping_b.bin");
const PING_A_GOSSIP: &[u8] = include_bytes!("testdata/ping_a_gossip.bin");
const PUBLISH_A: &[u8] = include_bytes!("testdata/publish_a.bin");
const UPDATE_A: &[u8] = include_bytes!("testdata/update_a.bin");
const FAIL_A: &[u8] = include_bytes!("testdata/fail_a.bin");

pub(super) const ALL: [&[u8]; 8] = [
    MEET_A,
    PING_A,
    PONG_A,
    PING_B,
    PING_A_GOSSIP,
    PUBLISH_A,
    UPDATE_A,
    FAIL_A,
];

fn id(hex: &str) -> NodeId {
    NodeId::from_hex(hex).expect("valid id")
}

/// Decodes a whole frame, checks it re-encodes byte for byte, returns the message.
fn decode_exact(raw: &[u8]) -> Message {
    let d = decode(raw).expect("captured frame decodes");
    assert_eq!(d.len, raw.len());
    let mut out = Vec::new();
    encode(&d.msg, &mut out);
    assert_eq!(out, raw, "re-encoding differs");
    d.msg
}

/// A's header, the same in all its frames.
fn check_a(h: &Header) {
    assert_eq!(h.sender, id(ID_A));
    assert_eq!((h.port, h.cport, h.pport), (17091, 27091, 0));
    assert_eq!(h.flags, node_flags::MASTER | node_flags::MYSELF);
    assert_eq!((h.current_epoch, h.config_epoch, h.offset), (5, 5, 0));
    assert_eq!(h.myslots.iter().collect::<Vec<_>>(), vec![0, 1, 2, 3, 4, 5]);
    assert_eq!(h.slaveof, None);
    assert!(h.myip.is_empty());
    assert_eq!(h.state, cluster_state::FAIL);
}

fn gossip_a(raw: &[u8]) -> (Body, Gossip) {
    let m = decode_exact(raw);
    check_a(&m.header);
    assert_eq!(m.header.mflags, msg_flags::EXT_DATA);
    let g = m.body.gossip().cloned().expect("gossip body");
    assert_eq!(g.exts, vec![PingExt::Hostname(b"node-a.example".to_vec())]);
    (m.body, g)
}

#[test]
fn meet_with_hostname() {
    assert_eq!(
        &MEET_A[..16],
        &[0x52, 0x43, 0x6d, 0x62, 0, 0, 0x08, 0xe8, 0, 1, 0x42, 0xc3, 0, 2, 0, 0]
    );
    assert_eq!(&MEET_A[2214..2216], &[0, 1], "extensions = 1");
    assert_eq!(
        &MEET_A[2256..2264],
        &[0, 0, 0, 0x18, 0, 0, 0, 0],
        "ext length 24, type 0"
    );
    let (body, g) = gossip_a(MEET_A);
    assert!(matches!(body, Body::Meet(_)));
    assert!(g.entries.is_empty());
}

#[test]
fn ping_and_pong_without_gossip() {
    let (body, g) = gossip_a(PING_A);
    assert!(matches!(body, Body::Ping(_)) && g.entries.is_empty());
    let (body, g) = gossip_a(PONG_A);
    assert!(matches!(body, Body::Pong(_)) && g.entries.is_empty());
}

#[test]
fn ping_with_gossip_about_b() {
    let (body, g) = gossip_a(PING_A_GOSSIP);
    assert!(matches!(body, Body::Ping(_)));
    assert_eq!(PING_A_GOSSIP.len(), 2256 + 104 + 24);
    let [e] = g.entries.as_slice() else {
        panic!("one entry expected: {:?}", g.entries)
    };
    assert_eq!(e.nodename, id(ID_B));
    assert_eq!(e.ip.as_bytes(), b"127.0.0.1");
    assert_eq!(
        (e.port, e.cport, e.flags, e.pport),
        (17092, 27092, node_flags::MASTER, 0)
    );
    assert_eq!((e.ping_sent, e.pong_received), (1795414359, 1795414358));
}

#[test]
fn ping_from_node_without_hostname_gossips_about_receiver() {
    let m = decode_exact(PING_B);
    let h = &m.header;
    assert_eq!(h.sender, id(ID_B));
    assert_eq!(
        (h.port, h.cport, h.flags),
        (17092, 27092, node_flags::MASTER | node_flags::MYSELF)
    );
    assert_eq!((h.current_epoch, h.config_epoch), (5, 0));
    assert!(h.myslots.is_empty());
    assert_eq!(h.mflags, 0);
    assert_eq!(&PING_B[2214..2216], &[0, 0], "extensions = 0 without EXT_DATA");
    let Body::Ping(g) = &m.body else { panic!("{:?}", m.body) };
    assert!(g.exts.is_empty());
    let [e] = g.entries.as_slice() else {
        panic!("one entry expected")
    };
    assert_eq!(e.nodename, id(ID_FAKE));
    assert_eq!((e.port, e.cport, e.flags), (17093, 27093, node_flags::MASTER));
    assert_eq!((e.ping_sent, e.pong_received), (1795414350, 0));
}

#[test]
fn publish() {
    let m = decode_exact(PUBLISH_A);
    check_a(&m.header);
    assert_eq!(
        m.body,
        Body::Publish {
            channel: b"chan1".to_vec(),
            message: b"hello-world".to_vec()
        }
    );
    assert_eq!(PUBLISH_A.len(), 2280);
}

#[test]
fn update() {
    let m = decode_exact(UPDATE_A);
    check_a(&m.header);
    let Body::Update {
        config_epoch,
        nodename,
        slots,
    } = &m.body
    else {
        panic!("{:?}", m.body)
    };
    assert_eq!((*config_epoch, *nodename), (5, id(ID_A)));
    assert_eq!(slots.iter().collect::<Vec<_>>(), vec![0, 1, 2, 3, 4, 5]);
    assert_eq!(UPDATE_A[2304], 0x3f);
}

#[test]
fn fail() {
    let m = decode_exact(FAIL_A);
    check_a(&m.header);
    assert_eq!(m.body, Body::Fail { nodename: id(ID_B) });
    assert_eq!(FAIL_A.len(), 2296);
}

#[test]
fn captured_stream_through_frame_reader_in_small_chunks() {
    let stream: Vec<u8> = ALL.concat();
    let mut reader = FrameReader::new();
    let mut got = Vec::new();
    for chunk in stream.chunks(777) {
        reader.push(chunk);
        while let Some(ev) = reader.next_event().expect("no close") {
            got.push(ev);
        }
    }
    assert_eq!(got.len(), ALL.len());
    assert!(reader.buffered().is_empty());
    let kinds: Vec<u16> = got
        .iter()
        .map(|e| match e {
            Event::Message(m) => m.body.kind(),
            Event::Discarded { .. } => u16::MAX,
        })
        .collect();
    assert_eq!(kinds, vec![2, 0, 1, 0, 0, 4, 7, 3]);
}
