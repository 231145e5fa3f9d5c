//! Behaviour a user sees through real clients (the `redis` crate and
//! redis-cli): auth, databases, expiry, client management, timeouts.

mod common;

use std::time::{Duration, Instant};

use common::ServerProcess;
use redis::{Commands, Value};

fn wait_until(limit: Duration, mut check: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if check() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}

#[test]
fn strings_through_the_redis_crate() {
    let server = ServerProcess::gossamer(&[]);
    let mut c = server.conn();
    let _: () = c.set("greeting", "hello").unwrap();
    let v: String = c.get("greeting").unwrap();
    assert_eq!(v, "hello");
    let n: i64 = c.incr("counter", 5).unwrap();
    assert_eq!(n, 5);
    let n: i64 = c.decr("counter", 2).unwrap();
    assert_eq!(n, 3);
    let f: f64 = redis::cmd("INCRBYFLOAT").arg("f").arg("1.5").query(&mut c).unwrap();
    assert_eq!(f, 1.5);
    let _: () = c.mset(&[("a", "1"), ("b", "2")]).unwrap();
    let vals: Vec<Option<String>> = c.mget(&["a", "b", "nope"]).unwrap();
    assert_eq!(vals, vec![Some("1".into()), Some("2".into()), None]);
    let len: usize = c.append("greeting", " world").unwrap();
    assert_eq!(len, 11);
    let range: String = c.getrange("greeting", 0, 4).unwrap();
    assert_eq!(range, "hello");
    let big = vec![7u8; 1 << 20];
    let _: () = c.set("big", &big).unwrap();
    let back: Vec<u8> = c.get("big").unwrap();
    assert_eq!(back, big);
}

#[test]
fn pipelining_many_commands_in_one_write() {
    let server = ServerProcess::gossamer(&[]);
    let mut c = server.conn();
    let mut pipe = redis::pipe();
    for i in 0..10_000 {
        pipe.set(format!("k{i}"), i).ignore();
    }
    pipe.cmd("DBSIZE");
    let (size,): (usize,) = pipe.query(&mut c).unwrap();
    assert_eq!(size, 10_000);
}

#[test]
fn select_and_databases_are_separate() {
    let server = ServerProcess::gossamer(&[]);
    let mut raw = server.raw();
    raw.send(b"SET k zero\r\nSELECT 3\r\nGET k\r\nSET k three\r\nSELECT 16\r\nSELECT 0\r\nGET k\r\n");
    let replies: Vec<Vec<u8>> = (0..7).map(|_| raw.read_reply()).collect();
    assert_eq!(
        replies,
        vec![
            b"+OK\r\n".to_vec(),
            b"+OK\r\n".to_vec(),
            b"$-1\r\n".to_vec(),
            b"+OK\r\n".to_vec(),
            b"-ERR DB index is out of range\r\n".to_vec(),
            b"+OK\r\n".to_vec(),
            b"$4\r\nzero\r\n".to_vec(),
        ]
    );
}

#[test]
fn requirepass_gates_commands_until_auth() {
    let server = ServerProcess::gossamer(&["--requirepass", "s3cret"]);
    let mut raw = server.raw();
    raw.send(b"GET k\r\nAUTH wrong\r\nAUTH s3cret\r\nGET k\r\n");
    assert_eq!(raw.read_reply(), b"-NOAUTH Authentication required.\r\n");
    assert_eq!(
        raw.read_reply(),
        b"-WRONGPASS invalid username-password pair or user is disabled.\r\n"
    );
    assert_eq!(raw.read_reply(), b"+OK\r\n");
    assert_eq!(raw.read_reply(), b"$-1\r\n");
    let mut hello = server.raw();
    hello.send(b"HELLO 3 AUTH default s3cret\r\n");
    let reply = hello.read_reply();
    assert!(
        reply.starts_with(b"%7\r\n$6\r\nserver\r\n$5\r\nredis\r\n"),
        "{}",
        String::from_utf8_lossy(&reply)
    );
    let out = server.cli(&["-a", "s3cret", "--no-auth-warning", "PING"]);
    assert_eq!(out, "PONG\n");
}

#[test]
fn resp3_replies() {
    let server = ServerProcess::gossamer(&[]);
    let mut raw = server.raw();
    raw.send(b"HELLO 3\r\n");
    let hello = raw.read_reply();
    assert!(String::from_utf8_lossy(&hello).contains("$5\r\nproto\r\n:3\r\n"));
    raw.send(b"GET missing\r\nCONFIG GET maxmemory\r\n");
    assert_eq!(raw.read_reply(), b"_\r\n");
    assert_eq!(raw.read_reply(), b"%1\r\n$9\r\nmaxmemory\r\n$1\r\n0\r\n");
}

#[test]
fn keys_expire_lazily_and_actively() {
    let server = ServerProcess::gossamer(&["--enable-debug-command", "yes"]);
    let mut c = server.conn();
    for i in 0..200 {
        let _: () = redis::cmd("SET")
            .arg(format!("v{i}"))
            .arg(i)
            .arg("PX")
            .arg(100)
            .query(&mut c)
            .unwrap();
    }
    let _: () = c.set("persistent", 1).unwrap();
    // Never touched again: the active expire cycle must remove them.
    let gone = wait_until(Duration::from_secs(5), || {
        let n: usize = redis::cmd("DBSIZE").query(&mut c).unwrap();
        n == 1
    });
    assert!(gone, "volatile keys were not actively expired");
    let info: String = redis::cmd("INFO").arg("stats").query(&mut c).unwrap();
    assert!(info.contains("expired_keys:200"), "{info}");

    let _: () = redis::cmd("DEBUG")
        .arg("SET-ACTIVE-EXPIRE")
        .arg(0)
        .query(&mut c)
        .unwrap();
    let _: () = redis::cmd("SET")
        .arg("lazy")
        .arg(1)
        .arg("PX")
        .arg(50)
        .query(&mut c)
        .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let n: usize = redis::cmd("DBSIZE").query(&mut c).unwrap();
    assert_eq!(n, 2, "with active expiry off the key stays until accessed");
    let v: Option<String> = c.get("lazy").unwrap();
    assert_eq!(v, None);
    let n: usize = redis::cmd("DBSIZE").query(&mut c).unwrap();
    assert_eq!(n, 1);
}

#[test]
fn ttl_commands() {
    let server = ServerProcess::gossamer(&[]);
    let mut c = server.conn();
    let _: () = c.set("k", "v").unwrap();
    let ttl: i64 = c.ttl("k").unwrap();
    assert_eq!(ttl, -1);
    let ttl: i64 = c.ttl("missing").unwrap();
    assert_eq!(ttl, -2);
    let _: () = c.expire("k", 100).unwrap();
    let ttl: i64 = c.ttl("k").unwrap();
    assert!((99..=100).contains(&ttl));
    let set: i64 = redis::cmd("EXPIRE").arg("k").arg(50).arg("GT").query(&mut c).unwrap();
    assert_eq!(set, 0);
    let set: i64 = redis::cmd("EXPIRE").arg("k").arg(50).arg("LT").query(&mut c).unwrap();
    assert_eq!(set, 1);
    let _: () = redis::cmd("EXPIREAT")
        .arg("k")
        .arg(4102444800i64)
        .query(&mut c)
        .unwrap();
    let at: i64 = redis::cmd("EXPIRETIME").arg("k").query(&mut c).unwrap();
    assert_eq!(at, 4102444800);
    let removed: i64 = c.persist("k").unwrap();
    assert_eq!(removed, 1);
    let _: () = c.expire("k", -1).unwrap();
    let exists: bool = c.exists("k").unwrap();
    assert!(!exists);
}

#[test]
fn scan_visits_every_key_once() {
    let server = ServerProcess::gossamer(&[]);
    let mut c = server.conn();
    for i in 0..5000 {
        let _: () = c.set(format!("key:{i}"), i).unwrap();
    }
    let mut seen = std::collections::HashSet::new();
    let mut cursor = 0u64;
    loop {
        let (next, keys): (u64, Vec<String>) = redis::cmd("SCAN")
            .arg(cursor)
            .arg("COUNT")
            .arg(100)
            .query(&mut c)
            .unwrap();
        for k in keys {
            assert!(seen.insert(k), "duplicate key from SCAN");
        }
        cursor = next;
        if cursor == 0 {
            break;
        }
    }
    assert_eq!(seen.len(), 5000);
    let matched: Vec<String> = redis::cmd("KEYS").arg("key:1?").query(&mut c).unwrap();
    assert_eq!(matched.len(), 10);
}

#[test]
fn client_list_setname_kill_and_reply_modes() {
    let server = ServerProcess::gossamer(&[]);
    let mut a = server.conn();
    let mut b = server.conn();
    let _: () = redis::cmd("CLIENT").arg("SETNAME").arg("victim").query(&mut b).unwrap();
    let list: String = redis::cmd("CLIENT").arg("LIST").query(&mut a).unwrap();
    assert!(list.lines().any(|l| l.contains(" name=victim ")), "{list}");
    assert_eq!(list.lines().count(), 2);
    let id: i64 = redis::cmd("CLIENT").arg("ID").query(&mut b).unwrap();
    let killed: i64 = redis::cmd("CLIENT")
        .arg("KILL")
        .arg("ID")
        .arg(id)
        .query(&mut a)
        .unwrap();
    assert_eq!(killed, 1);
    let result: redis::RedisResult<String> = redis::cmd("PING").query(&mut b);
    assert!(result.is_err(), "killed client should be disconnected");

    let mut raw = server.raw();
    raw.send(b"CLIENT REPLY OFF\r\nSET x 1\r\nCLIENT REPLY ON\r\nCLIENT REPLY SKIP\r\nGET x\r\nGET x\r\n");
    assert_eq!(raw.read_reply(), b"+OK\r\n");
    assert_eq!(raw.read_reply(), b"$1\r\n1\r\n");
    let v: Value = redis::cmd("CLIENT").arg("GETNAME").query(&mut a).unwrap();
    assert_eq!(v, Value::Nil);
}

#[test]
fn idle_clients_are_closed_after_timeout() {
    let server = ServerProcess::gossamer(&["--timeout", "1"]);
    let mut raw = server.raw();
    raw.send(b"PING\r\n");
    assert_eq!(raw.read_reply(), b"+PONG\r\n");
    raw.stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let start = Instant::now();
    let rest = raw.read_to_close();
    assert!(rest.is_empty());
    assert!(
        start.elapsed() < Duration::from_secs(4),
        "idle client closed after {:?}",
        start.elapsed()
    );
}

#[test]
fn config_set_applies_at_runtime() {
    let server = ServerProcess::gossamer(&[]);
    let mut c = server.conn();
    let _: () = redis::cmd("CONFIG")
        .arg("SET")
        .arg("maxclients")
        .arg(1)
        .query(&mut c)
        .unwrap();
    let mut extra = server.raw();
    assert_eq!(extra.read_to_close(), b"-ERR max number of clients reached\r\n");
    let _: () = redis::cmd("CONFIG")
        .arg("SET")
        .arg("maxclients")
        .arg(100)
        .query(&mut c)
        .unwrap();
    let err = redis::cmd("CONFIG")
        .arg("SET")
        .arg("hz")
        .arg("abc")
        .query::<()>(&mut c)
        .unwrap_err();
    assert!(
        err.to_string().contains("argument couldn't be parsed into an integer"),
        "{err}"
    );
    let _: () = redis::cmd("CONFIG")
        .arg("SET")
        .arg("requirepass")
        .arg("pw")
        .query(&mut c)
        .unwrap();
    let mut fresh = server.raw();
    fresh.send(b"PING\r\n");
    assert_eq!(fresh.read_reply(), b"-NOAUTH Authentication required.\r\n");
}

#[test]
fn config_set_port_moves_the_listener() {
    let server = ServerProcess::gossamer(&[]);
    let new_port = common::free_port();
    let out = server.cli(&["CONFIG", "SET", "port", &new_port.to_string()]);
    assert_eq!(out, "OK\n");
    let moved = wait_until(Duration::from_secs(5), || {
        String::from_utf8_lossy(&common::cli_output(new_port, &["PING"]).stdout) == "PONG\n"
    });
    assert!(moved, "server not listening on the new port");
}

#[test]
fn info_sections_and_fields_tools_read() {
    let server = ServerProcess::gossamer(&[]);
    let info = server.cli(&["INFO"]);
    for field in [
        "redis_version:7.0.15",
        "gossamer_version:",
        "redis_mode:standalone",
        "tcp_port:",
        "connected_clients:1",
        "used_memory:",
        "maxmemory_policy:noeviction",
        "loading:0",
        "total_commands_processed:",
        "role:master",
        "used_cpu_sys:",
        "cluster_enabled:0",
    ] {
        assert!(info.contains(field), "INFO lacks {field}:\n{info}");
    }
    for section in [
        "# Server",
        "# Clients",
        "# Memory",
        "# Persistence",
        "# Stats",
        "# Replication",
        "# CPU",
        "# Cluster",
        "# Keyspace",
    ] {
        assert!(info.contains(section), "INFO lacks {section}");
    }
    let only = server.cli(&["INFO", "server", "clients"]);
    assert!(only.contains("# Server") && only.contains("# Clients") && !only.contains("# Memory"));
}

#[test]
fn client_pause_holds_writes_until_it_ends() {
    let server = ServerProcess::gossamer(&[]);
    let mut admin = server.raw();
    let mut writer = server.raw();
    admin.send(b"CLIENT PAUSE 400 WRITE\r\n");
    assert_eq!(admin.read_reply(), b"+OK\r\n");
    let start = Instant::now();
    writer.send(b"GET k\r\n");
    assert_eq!(writer.read_reply(), b"$-1\r\n");
    assert!(
        start.elapsed() < Duration::from_millis(300),
        "reads must not wait under WRITE pause"
    );
    writer.send(b"SET k v\r\nGET k\r\n");
    assert_eq!(writer.read_reply(), b"+OK\r\n");
    assert!(
        start.elapsed() >= Duration::from_millis(350),
        "SET ran during the pause: {:?}",
        start.elapsed()
    );
    assert_eq!(writer.read_reply(), b"$1\r\nv\r\n");

    // WRITE pause released early by CLIENT UNPAUSE (itself not a write).
    admin.send(b"CLIENT PAUSE 100000 WRITE\r\n");
    assert_eq!(admin.read_reply(), b"+OK\r\n");
    writer.send(b"SET k w\r\n");
    std::thread::sleep(Duration::from_millis(200));
    admin.send(b"CLIENT UNPAUSE\r\n");
    assert_eq!(admin.read_reply(), b"+OK\r\n");
    assert_eq!(writer.read_reply(), b"+OK\r\n");

    // ALL pauses every command, CLIENT UNPAUSE included, until it ends.
    let start = Instant::now();
    admin.send(b"CLIENT PAUSE 300 ALL\r\n");
    assert_eq!(admin.read_reply(), b"+OK\r\n");
    writer.send(b"PING\r\n");
    assert_eq!(writer.read_reply(), b"+PONG\r\n");
    assert!(
        start.elapsed() >= Duration::from_millis(250),
        "PING ran during an ALL pause"
    );
}
