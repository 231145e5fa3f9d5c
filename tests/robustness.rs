//! Bad input never disturbs other clients: garbage, huge bulk claims, protocol
//! errors, limits (maxclients, query buffer), and 10,000 idle connections.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::{RawConn, ServerProcess};
use redis::Commands;

/// A client that keeps doing SET/GET and checks every reply.
fn assert_healthy(server: &ServerProcess, rounds: usize) {
    let mut conn = server.conn();
    for i in 0..rounds {
        let key = format!("health:{i}");
        let _: () = conn.set(&key, i).expect("SET");
        let v: usize = conn.get(&key).expect("GET");
        assert_eq!(v, i);
    }
}

fn protocol_error_closes(server: &ServerProcess, input: &[u8], expected: &str) {
    let mut raw = server.raw();
    raw.send(input);
    let got = raw.read_to_close();
    assert_eq!(
        String::from_utf8_lossy(&got),
        expected,
        "input {:?}",
        String::from_utf8_lossy(input)
    );
}

#[test]
fn protocol_errors_reply_and_close_only_that_client() {
    let server = ServerProcess::gossamer(&[]);
    let cases: &[(&[u8], &str)] = &[
        (b"*abc\r\n", "-ERR Protocol error: invalid multibulk length\r\n"),
        (b"*1\r\n$-1\r\n", "-ERR Protocol error: invalid bulk length\r\n"),
        (b"*1\r\nfoo\r\n", "-ERR Protocol error: expected '$', got 'f'\r\n"),
        (b"set \"a\n", "-ERR Protocol error: unbalanced quotes in request\r\n"),
        (b"*3000000000\r\n", "-ERR Protocol error: invalid multibulk length\r\n"),
        (b"*1\r\n$2147483648\r\n", "-ERR Protocol error: invalid bulk length\r\n"),
        (
            b"PING\r\n*1\r\n$x\r\n",
            "+PONG\r\n-ERR Protocol error: invalid bulk length\r\n",
        ),
    ];
    for (input, expected) in cases {
        protocol_error_closes(&server, input, expected);
    }
    assert_healthy(&server, 10);
}

#[test]
fn too_big_inline_and_count_strings() {
    let server = ServerProcess::gossamer(&[]);
    protocol_error_closes(
        &server,
        &vec![b'a'; 70_000],
        "-ERR Protocol error: too big inline request\r\n",
    );
    let mut count = b"*".to_vec();
    count.extend(vec![b'1'; 70_000]);
    protocol_error_closes(&server, &count, "-ERR Protocol error: too big mbulk count string\r\n");
    assert_healthy(&server, 10);
}

#[test]
fn garbage_client_does_not_disturb_a_concurrent_client() {
    let server = ServerProcess::gossamer(&[]);
    let port = server.port;
    let garbage = std::thread::spawn(move || {
        let mut seed = 0x2545F4914F6CDD1Du64;
        let mut sent = 0;
        for _ in 0..50 {
            let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) else {
                continue;
            };
            let _ = s.set_write_timeout(Some(Duration::from_secs(2)));
            let chunk: Vec<u8> = (0..64 * 1024)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    (seed >> 24) as u8
                })
                .collect();
            if s.write_all(&chunk).is_ok() {
                sent += 1;
            }
        }
        sent
    });
    assert_healthy(&server, 2000);
    assert!(garbage.join().expect("garbage thread") > 0);
    assert_healthy(&server, 10);
}

fn used_memory(server: &ServerProcess) -> u64 {
    let info = server.cli(&["INFO", "memory"]);
    info.lines()
        .find_map(|l| l.strip_prefix("used_memory:"))
        .and_then(|v| v.trim().parse().ok())
        .expect("used_memory in INFO")
}

#[test]
fn huge_bulk_claims_allocate_nothing_up_front() {
    let server = ServerProcess::gossamer(&[]);
    // Over proto-max-bulk-len: refused at once.
    protocol_error_closes(
        &server,
        b"*1\r\n$2147483648\r\n",
        "-ERR Protocol error: invalid bulk length\r\n",
    );
    // Under the limit (500 MB) but never sent: the server waits without reserving it.
    let before = used_memory(&server);
    let mut claim = RawConn::connect(server.port);
    claim.send(b"*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$524288000\r\nabc");
    std::thread::sleep(Duration::from_millis(200));
    assert_healthy(&server, 50);
    let after = used_memory(&server);
    assert!(
        after < before + 16 * 1024 * 1024,
        "used_memory grew from {before} to {after}"
    );
    drop(claim);
    assert_healthy(&server, 10);
}

#[test]
fn query_buffer_limit_closes_the_client() {
    let server = ServerProcess::gossamer(&["--client-query-buffer-limit", "1mb"]);
    let mut raw = server.raw();
    raw.send(b"*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$10000000\r\n");
    let chunk = vec![b'x'; 64 * 1024];
    let mut closed = false;
    for _ in 0..64 {
        if raw.stream.write_all(&chunk).is_err() {
            closed = true;
            break;
        }
    }
    if !closed {
        let mut buf = [0u8; 16];
        raw.stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        closed = matches!(raw.stream.read(&mut buf), Ok(0) | Err(_));
    }
    assert!(closed, "client over client-query-buffer-limit was not closed");
    assert!(server.log().contains("max query buffer length"));
    assert_healthy(&server, 10);
}

#[test]
fn maxclients_rejects_with_redis_error() {
    let server = ServerProcess::gossamer(&["--maxclients", "2"]);
    let _a = RawConn::connect(server.port);
    let mut b = RawConn::connect(server.port);
    b.send(b"PING\r\n");
    assert_eq!(b.read_reply(), b"+PONG\r\n");
    let mut c = RawConn::connect(server.port);
    assert_eq!(c.read_to_close(), b"-ERR max number of clients reached\r\n");
}

fn raise_fd_limit(wanted: u64) {
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit/setrlimit with structs we own.
    unsafe {
        libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim);
        assert!(
            lim.rlim_max >= wanted,
            "the test needs {wanted} open files; hard limit is {}",
            lim.rlim_max
        );
        lim.rlim_cur = lim.rlim_cur.max(wanted);
        libc::setrlimit(libc::RLIMIT_NOFILE, &lim);
    }
}

#[test]
fn ten_thousand_idle_connections_do_not_slow_a_client() {
    const IDLE: usize = 10_000;
    raise_fd_limit(IDLE as u64 + 512);
    let server = ServerProcess::gossamer(&["--maxclients", "10100"]);
    let mut idle = Vec::with_capacity(IDLE);
    for _ in 0..IDLE {
        idle.push(TcpStream::connect(("127.0.0.1", server.port)).expect("idle connect"));
    }
    let start = Instant::now();
    assert_healthy(&server, 1000);
    let elapsed = start.elapsed();
    let info = server.cli(&["INFO", "clients"]);
    let connected: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("connected_clients:"))
        .and_then(|v| v.trim().parse().ok())
        .expect("connected_clients");
    assert!(connected > IDLE, "connected_clients {connected}");
    assert!(
        elapsed < Duration::from_secs(10),
        "2000 commands took {elapsed:?} with {IDLE} idle connections"
    );
    drop(idle);
    assert_healthy(&server, 10);
}

#[test]
fn half_closed_clients_are_cleaned_up() {
    let server = ServerProcess::gossamer(&[]);
    for _ in 0..20 {
        let mut raw = server.raw();
        raw.send(b"SET k v\r\nGET k\r\n");
        raw.stream.shutdown(std::net::Shutdown::Write).unwrap();
        assert_eq!(raw.read_to_close(), b"+OK\r\n$1\r\nv\r\n");
    }
    std::thread::sleep(Duration::from_millis(200));
    let info = server.cli(&["INFO", "clients"]);
    assert!(info.contains("connected_clients:1\r"), "{info}");
}

#[test]
fn output_buffer_hard_limit_disconnects_a_client_that_does_not_read() {
    let server = ServerProcess::gossamer(&["--client-output-buffer-limit", "normal 1mb 0 0"]);
    let mut setup = server.conn();
    let big = vec![b'z'; 512 * 1024];
    let _: () = setup.set("big", &big).unwrap();
    let mut greedy = server.raw();
    // Ask for ~200 MB of replies and never read them.
    let mut pipeline = Vec::new();
    for _ in 0..400 {
        pipeline.extend_from_slice(b"GET big\r\n");
    }
    greedy.send(&pipeline);
    std::thread::sleep(Duration::from_millis(500));
    assert_healthy(&server, 20);
    assert!(
        server
            .log()
            .contains("scheduled to be closed ASAP for overcoming of output buffer limits"),
        "log:\n{}",
        server.log()
    );
    drop(setup);
    std::thread::sleep(Duration::from_millis(100));
    let info = server.cli(&["INFO", "clients"]);
    assert!(
        info.contains("connected_clients:1\r"),
        "the greedy client should be gone: {info}"
    );
}

#[test]
fn binds_several_addresses() {
    let port = common::free_port();
    let server = ServerProcess::start_on(common::Flavor::Gossamer, port, &["--bind", "127.0.0.1", "127.0.0.2"]);
    for ip in ["127.0.0.1", "127.0.0.2"] {
        let mut s = TcpStream::connect((ip, port)).expect("connect");
        s.write_all(b"PING\r\n").unwrap();
        let mut buf = [0u8; 7];
        s.read_exact(&mut buf).unwrap();
        assert_eq!(&buf, b"+PONG\r\n", "on {ip}");
    }
    drop(server);
}
