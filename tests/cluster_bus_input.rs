//! What arrives on the cluster bus port that is not a well-behaved node: garbage and bad signatures
//! close the link (as clusterReadHandler does), a bad version is ignored with the link kept, a PING
//! from an unknown node still gets a PONG, and a peer that stops reading is cut off by
//! cluster-link-sendbuf-limit. The server keeps serving clients throughout. Each case is run against
//! redis-server 7.0.15 too, so the expectations are Redis's.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::{Flavor, ServerProcess, free_port};

const HEADER_LEN: usize = 2256;

fn node(flavor: Flavor, extra: &[&str]) -> (ServerProcess, u16) {
    let cport = free_port();
    let cport_text = cport.to_string();
    let mut args = vec!["--cluster-enabled", "yes", "--cluster-port", &cport_text];
    args.extend_from_slice(extra);
    (ServerProcess::start(flavor, &args), cport)
}

fn connect(cport: u16) -> TcpStream {
    let s = TcpStream::connect(("127.0.0.1", cport)).expect("connect to bus port");
    s.set_read_timeout(Some(Duration::from_secs(3))).expect("timeout");
    s
}

/// A header-only message of `kind` from `sender` (40 hex chars), protocol version `ver`.
fn header(kind: u16, ver: u16, sender: &str) -> Vec<u8> {
    let mut m = vec![0u8; HEADER_LEN];
    m[0..4].copy_from_slice(b"RCmb");
    m[4..8].copy_from_slice(&(HEADER_LEN as u32).to_be_bytes());
    m[8..10].copy_from_slice(&ver.to_be_bytes());
    m[10..12].copy_from_slice(&30999u16.to_be_bytes());
    m[12..14].copy_from_slice(&kind.to_be_bytes());
    m[40..80].copy_from_slice(sender.as_bytes());
    m[2248..2250].copy_from_slice(&40999u16.to_be_bytes());
    m[2250..2252].copy_from_slice(&1u16.to_be_bytes());
    m
}

/// Reads until EOF; true if the peer closed within the timeout.
fn closed_by_peer(s: &mut TcpStream) -> bool {
    let mut buf = [0u8; 8192];
    let deadline = Instant::now() + Duration::from_secs(3);
    while Instant::now() < deadline {
        match s.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => continue,
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => return true,
            Err(_) => return false,
        }
    }
    false
}

/// Reads one whole message (by its totlen) or None on timeout/EOF.
fn read_message(s: &mut TcpStream) -> Option<Vec<u8>> {
    let mut head = [0u8; 8];
    s.read_exact(&mut head).ok()?;
    let totlen = u32::from_be_bytes(head[4..8].try_into().ok()?) as usize;
    let mut rest = vec![0u8; totlen.checked_sub(8)?];
    s.read_exact(&mut rest).ok()?;
    let mut m = head.to_vec();
    m.extend_from_slice(&rest);
    Some(m)
}

fn still_serving(server: &ServerProcess) {
    assert_eq!(server.cli(&["PING"]).trim(), "PONG");
}

fn bad_input_is_handled_like_redis(flavor: Flavor) {
    let (server, cport) = node(flavor, &[]);
    let myid = server.cli(&["CLUSTER", "MYID"]).trim().to_string();

    let mut http = connect(cport);
    http.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n").expect("write");
    assert!(closed_by_peer(&mut http), "{flavor:?}: garbage must close the bus link");

    let mut short = connect(cport);
    let mut tiny = header(0, 1, "a".repeat(40).as_str());
    tiny[4..8].copy_from_slice(&100u32.to_be_bytes());
    short.write_all(&tiny[..8]).expect("write");
    assert!(
        closed_by_peer(&mut short),
        "{flavor:?}: totlen below the header must close the link"
    );

    let sender = "f".repeat(40);
    let mut peer = connect(cport);
    peer.write_all(&header(0, 2, &sender)).expect("write");
    peer.write_all(&header(0, 1, &sender)).expect("write");
    let pong = read_message(&mut peer).unwrap_or_else(|| panic!("{flavor:?}: no PONG after a bad-version PING"));
    assert_eq!(&pong[0..4], b"RCmb");
    assert_eq!(u16::from_be_bytes([pong[8], pong[9]]), 1, "version");
    assert_eq!(u16::from_be_bytes([pong[12], pong[13]]), 1, "type PONG");
    assert_eq!(&pong[40..80], myid.as_bytes(), "sender is the node");
    assert_eq!(
        u16::from_be_bytes([pong[14], pong[15]]),
        0,
        "no gossip about a lone node"
    );

    let mut unknown_type = header(42, 1, &sender);
    unknown_type.extend_from_slice(b"12345678");
    let len = unknown_type.len() as u32;
    unknown_type[4..8].copy_from_slice(&len.to_be_bytes());
    peer.write_all(&unknown_type).expect("write");
    let mut bad_len_fail = header(3, 1, &sender);
    bad_len_fail.truncate(HEADER_LEN);
    peer.write_all(&bad_len_fail).expect("write");
    peer.write_all(&header(0, 1, &sender)).expect("write");
    assert!(
        read_message(&mut peer).is_some(),
        "{flavor:?}: link kept after an unknown type and a short FAIL"
    );
    peer.set_read_timeout(Some(Duration::from_millis(500)))
        .expect("timeout");
    assert!(
        read_message(&mut peer).is_none(),
        "{flavor:?}: only the two version-1 PINGs are answered"
    );
    let nodes = server.cli(&["CLUSTER", "NODES"]);
    assert_eq!(
        nodes.lines().count(),
        1,
        "{flavor:?}: a PING from an unknown node adds nothing:\n{nodes}"
    );
    still_serving(&server);
}

#[test]
fn bad_bus_input_matches_redis() {
    bad_input_is_handled_like_redis(Flavor::Redis);
    bad_input_is_handled_like_redis(Flavor::Gossamer);
}

/// A peer that stops reading while we PUBLISH gets its link freed once the send buffer passes
/// cluster-link-sendbuf-limit; the counter in CLUSTER INFO says so.
fn sendbuf_limit_frees_the_link(flavor: Flavor) {
    let (a, _) = node(flavor, &["--cluster-link-sendbuf-limit", "1048576"]);
    let (b, b_cport) = node(flavor, &[]);
    let b_port = b.port.to_string();
    let b_cport = b_cport.to_string();
    assert_eq!(a.cli(&["CLUSTER", "MEET", "127.0.0.1", &b_port, &b_cport]).trim(), "OK");
    let deadline = Instant::now() + Duration::from_secs(10);
    let met = |n: &ServerProcess| {
        let text = n.cli(&["CLUSTER", "NODES"]);
        text.lines().count() == 2 && !text.contains("handshake")
    };
    while !met(&a) {
        assert!(Instant::now() < deadline, "{flavor:?}: nodes never met");
        std::thread::sleep(Duration::from_millis(50));
    }
    // SAFETY: kill(2) on a child we own.
    unsafe { libc::kill(b.pid() as i32, libc::SIGSTOP) };
    let payload = "x".repeat(512 * 1024);
    let mut conn = a.conn();
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut exceeded = false;
    while Instant::now() < deadline && !exceeded {
        for _ in 0..20 {
            let _: i64 = redis::cmd("PUBLISH")
                .arg("ch")
                .arg(&payload)
                .query(&mut conn)
                .expect("publish");
        }
        std::thread::sleep(Duration::from_millis(150));
        let info: String = redis::cmd("CLUSTER").arg("INFO").query(&mut conn).expect("info");
        exceeded = !info.contains("total_cluster_links_buffer_limit_exceeded:0\r\n");
    }
    // SAFETY: as above.
    unsafe { libc::kill(b.pid() as i32, libc::SIGCONT) };
    assert!(exceeded, "{flavor:?}: the link to a stopped peer was never freed");
    still_serving(&a);
}

#[test]
fn link_sendbuf_limit_matches_redis() {
    sendbuf_limit_frees_the_link(Flavor::Redis);
    sendbuf_limit_frees_the_link(Flavor::Gossamer);
}

/// A PUBLISH flood towards a peer that stopped reading (its link's send buffer only grows, no
/// limit set) must not hold back the heartbeats to the other peers: with a 2 s node timeout, the
/// third node never flags the publisher as failing while the flood lasts.
fn slow_link_does_not_delay_heartbeats(flavor: Flavor) {
    let nodes: Vec<(ServerProcess, u16)> = (0..3)
        .map(|_| node(flavor, &["--cluster-node-timeout", "2000"]))
        .collect();
    let (a, b, c) = (&nodes[0].0, &nodes[1].0, &nodes[2].0);
    for (n, cport) in &nodes[1..] {
        let (port, cport) = (n.port.to_string(), cport.to_string());
        assert_eq!(a.cli(&["CLUSTER", "MEET", "127.0.0.1", &port, &cport]).trim(), "OK");
    }
    let a_id = a.cli(&["CLUSTER", "MYID"]).trim().to_string();
    let deadline = Instant::now() + Duration::from_secs(15);
    let formed = |n: &ServerProcess| {
        let text = n.cli(&["CLUSTER", "NODES"]);
        text.lines().count() == 3 && !text.contains("handshake") && !text.contains("fail")
    };
    while !nodes.iter().all(|(n, _)| formed(n)) {
        assert!(Instant::now() < deadline, "{flavor:?}: the three nodes never met");
        std::thread::sleep(Duration::from_millis(50));
    }
    // SAFETY: kill(2) on a child we own.
    unsafe { libc::kill(b.pid() as i32, libc::SIGSTOP) };
    let payload = "x".repeat(256 * 1024);
    let mut conn = a.conn();
    let flood_end = Instant::now() + Duration::from_secs(6);
    let mut suspected = None;
    while Instant::now() < flood_end && suspected.is_none() {
        for _ in 0..10 {
            let _: i64 = redis::cmd("PUBLISH")
                .arg("ch")
                .arg(&payload)
                .query(&mut conn)
                .expect("publish");
        }
        let view = c.cli(&["CLUSTER", "NODES"]);
        let a_line = view
            .lines()
            .find(|l| l.starts_with(&a_id))
            .unwrap_or_default()
            .to_string();
        if a_line.contains("fail") {
            suspected = Some(a_line);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    // SAFETY: as above.
    unsafe { libc::kill(b.pid() as i32, libc::SIGCONT) };
    assert_eq!(suspected, None, "{flavor:?}: the third node suspected the publisher");
    still_serving(a);
}

#[test]
fn slow_link_does_not_delay_heartbeats_like_redis() {
    slow_link_does_not_delay_heartbeats(Flavor::Redis);
    slow_link_does_not_delay_heartbeats(Flavor::Gossamer);
}
