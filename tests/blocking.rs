//! Blocking commands with several real clients: wake-up by pushes in arrival
//! order, timeouts, MULTI, CLIENT UNBLOCK, XREAD BLOCK with `$`, pipelines
//! behind a blocked command, and the same scenario against redis-server.

mod common;

use std::time::{Duration, Instant};

use common::{RawConn, ServerProcess};

fn cmd(conn: &mut RawConn, line: &str) -> Vec<u8> {
    conn.send(format!("{line}\r\n").as_bytes());
    conn.read_reply()
}

/// Wait until `n` clients are blocked (bounded).
fn wait_blocked(server: &ServerProcess, n: usize) {
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        if server
            .cli(&["INFO", "clients"])
            .contains(&format!("blocked_clients:{n}\r"))
        {
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("{n} clients never blocked");
}

#[test]
fn blpop_wakes_in_arrival_order() {
    let server = ServerProcess::gossamer(&[]);
    let mut first = server.raw();
    let mut second = server.raw();
    first.send(b"BLPOP q 0\r\n");
    wait_blocked(&server, 1);
    second.send(b"BLPOP q 0\r\n");
    wait_blocked(&server, 2);
    let mut producer = server.raw();
    assert_eq!(cmd(&mut producer, "RPUSH q a b"), b":2\r\n");
    assert_eq!(first.read_reply(), b"*2\r\n$1\r\nq\r\n$1\r\na\r\n");
    assert_eq!(second.read_reply(), b"*2\r\n$1\r\nq\r\n$1\r\nb\r\n");
    assert_eq!(cmd(&mut producer, "EXISTS q"), b":0\r\n");
}

#[test]
fn a_push_serves_the_blocked_client_before_the_pushers_next_command() {
    let server = ServerProcess::gossamer(&[]);
    let mut waiter = server.raw();
    waiter.send(b"BLPOP k 0\r\n");
    wait_blocked(&server, 1);
    let mut producer = server.raw();
    producer.send(b"LPUSH k x\r\nLPOP k\r\n");
    assert_eq!(producer.read_reply(), b":1\r\n");
    assert_eq!(
        producer.read_reply(),
        b"$-1\r\n",
        "the blocked client must get the element first"
    );
    assert_eq!(waiter.read_reply(), b"*2\r\n$1\r\nk\r\n$1\r\nx\r\n");
}

#[test]
fn timeouts_multi_and_pipelines() {
    let server = ServerProcess::gossamer(&[]);
    let mut c = server.raw();
    let start = Instant::now();
    c.send(b"BLPOP nothing 0.2\r\nPING\r\n");
    assert_eq!(c.read_reply(), b"*-1\r\n");
    assert!(
        start.elapsed() >= Duration::from_millis(190),
        "timed out after {:?}",
        start.elapsed()
    );
    assert!(start.elapsed() < Duration::from_secs(2));
    assert_eq!(
        c.read_reply(),
        b"+PONG\r\n",
        "the pipelined command runs after the unblock"
    );
    assert_eq!(cmd(&mut c, "BLMOVE nothing dst LEFT RIGHT 0.05"), b"$-1\r\n");
    // Inside MULTI blocking commands answer at once.
    c.send(b"MULTI\r\nBLPOP nothing 0\r\nBZPOPMIN nothing 0\r\nEXEC\r\n");
    for expected in [&b"+OK\r\n"[..], b"+QUEUED\r\n", b"+QUEUED\r\n", b"*2\r\n*-1\r\n*-1\r\n"] {
        assert_eq!(c.read_reply(), expected);
    }
    assert_eq!(cmd(&mut c, "BLPOP nothing -1"), b"-ERR timeout is negative\r\n");
    assert_eq!(
        cmd(&mut c, "BLPOP nothing abc"),
        b"-ERR timeout is not a float or out of range\r\n"
    );
}

#[test]
fn client_unblock_and_disconnects() {
    let server = ServerProcess::gossamer(&[]);
    let mut blocked = server.raw();
    let id = String::from_utf8(cmd(&mut blocked, "CLIENT ID")).unwrap();
    let id = id.trim_start_matches(':').trim();
    blocked.send(b"BRPOP l 0\r\n");
    wait_blocked(&server, 1);
    let mut admin = server.raw();
    assert_eq!(cmd(&mut admin, &format!("CLIENT UNBLOCK {id}")), b":1\r\n");
    assert_eq!(blocked.read_reply(), b"*-1\r\n");
    blocked.send(b"BRPOP l 0\r\n");
    wait_blocked(&server, 1);
    assert_eq!(cmd(&mut admin, &format!("CLIENT UNBLOCK {id} ERROR")), b":1\r\n");
    assert_eq!(
        blocked.read_reply(),
        b"-UNBLOCKED client unblocked via CLIENT UNBLOCK\r\n"
    );
    assert_eq!(cmd(&mut admin, &format!("CLIENT UNBLOCK {id}")), b":0\r\n");
    blocked.send(b"BRPOP l 0\r\n");
    wait_blocked(&server, 1);
    drop(blocked);
    wait_blocked(&server, 0);
    assert_eq!(cmd(&mut admin, "LPUSH l v"), b":1\r\n");
    assert_eq!(
        cmd(&mut admin, "LLEN l"),
        b":1\r\n",
        "a gone client must not consume the push"
    );
}

#[test]
fn wrong_type_key_keeps_the_client_blocked() {
    let server = ServerProcess::gossamer(&[]);
    let mut waiter = server.raw();
    waiter.send(b"BLPOP k 0\r\n");
    wait_blocked(&server, 1);
    let mut other = server.raw();
    assert_eq!(cmd(&mut other, "SET k str"), b"+OK\r\n");
    assert_eq!(cmd(&mut other, "DEL k"), b":1\r\n");
    assert_eq!(cmd(&mut other, "RPUSH k v"), b":1\r\n");
    assert_eq!(waiter.read_reply(), b"*2\r\n$1\r\nk\r\n$1\r\nv\r\n");
}

#[test]
fn xread_block_dollar_gets_only_new_entries() {
    let server = ServerProcess::gossamer(&[]);
    let mut writer = server.raw();
    assert_eq!(cmd(&mut writer, "XADD s 1-1 f old"), b"$3\r\n1-1\r\n");
    let mut reader = server.raw();
    reader.send(b"XREAD BLOCK 0 STREAMS s $\r\n");
    wait_blocked(&server, 1);
    // An unrelated write to the key must not serve old entries.
    assert_eq!(cmd(&mut writer, "XADD s 2-1 f new"), b"$3\r\n2-1\r\n");
    assert_eq!(
        reader.read_reply(),
        b"*1\r\n*2\r\n$1\r\ns\r\n*1\r\n*2\r\n$3\r\n2-1\r\n*2\r\n$1\r\nf\r\n$3\r\nnew\r\n"
    );
    assert_eq!(cmd(&mut writer, "XGROUP CREATE s g $"), b"+OK\r\n");
    reader.send(b"XREADGROUP GROUP g c BLOCK 0 STREAMS s >\r\n");
    wait_blocked(&server, 1);
    assert_eq!(cmd(&mut writer, "XADD s 3-1 f newer"), b"$3\r\n3-1\r\n");
    assert_eq!(
        reader.read_reply(),
        b"*1\r\n*2\r\n$1\r\ns\r\n*1\r\n*2\r\n$3\r\n3-1\r\n*2\r\n$1\r\nf\r\n$5\r\nnewer\r\n"
    );
}

/// One multi-client scenario, replayed against Gossamer and redis-server.
fn scenario(server: &ServerProcess) -> Vec<Vec<u8>> {
    let mut a = server.raw();
    let mut b = server.raw();
    let mut p = server.raw();
    let mut out = Vec::new();
    a.send(b"BLMOVE src dst RIGHT LEFT 0\r\n");
    wait_blocked(server, 1);
    b.send(b"BLPOP dst 0\r\n");
    wait_blocked(server, 2);
    out.push(cmd(&mut p, "RPUSH src 1 2"));
    out.push(a.read_reply());
    out.push(b.read_reply());
    out.push(cmd(&mut p, "LRANGE src 0 -1"));
    out.push(cmd(&mut p, "LRANGE dst 0 -1"));
    a.send(b"BZPOPMAX z1 z2 0\r\n");
    wait_blocked(server, 1);
    out.push(cmd(&mut p, "ZADD z2 1 a 2 b"));
    out.push(a.read_reply());
    a.send(b"BLMPOP 0 2 l1 l2 RIGHT COUNT 5\r\n");
    wait_blocked(server, 1);
    out.push(cmd(&mut p, "MULTI"));
    out.push(cmd(&mut p, "RPUSH l2 x y z"));
    out.push(cmd(&mut p, "LPUSH l1 w"));
    out.push(cmd(&mut p, "EXEC"));
    out.push(a.read_reply());
    out
}

#[test]
fn blocking_scenario_matches_redis() {
    let redis = ServerProcess::redis(&[]);
    let ours = ServerProcess::gossamer(&[]);
    let expected = scenario(&redis);
    let got = scenario(&ours);
    for (i, (want, have)) in expected.iter().zip(&got).enumerate() {
        assert_eq!(String::from_utf8_lossy(have), String::from_utf8_lossy(want), "step {i}");
    }
}
