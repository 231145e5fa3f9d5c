//! On-disk snapshots with real processes: SAVE / BGSAVE / save points /
//! SHUTDOWN [NO]SAVE / SIGTERM write `dbfilename`, start-up loads it, files
//! move both ways between Gossamer and a real redis-server 7.0.15, a corrupt
//! file stops start-up and is left untouched, and the replies of SAVE,
//! BGSAVE and LASTSAVE match Redis.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use common::{Flavor, RawConn, ServerProcess, TempDir, free_port, gossamer_bin, run_bounded};
use redis::Value as RV;

/// Build the same data set on a server: every type in its small and large
/// encodings, integer and compressible strings, TTLs, streams with groups.
fn populate(conn: &mut redis::Connection) {
    let mut cmds: Vec<Vec<Vec<u8>>> = Vec::new();
    let mut add = |parts: Vec<Vec<u8>>| cmds.push(parts);
    let w = |s: &str| -> Vec<Vec<u8>> { s.split(' ').map(|p| p.as_bytes().to_vec()).collect() };
    for line in [
        "SET str:plain hello",
        "SET str:int 12345",
        "SET str:neg -70000",
        "SET str:big 9223372036854775807",
        "SET str:lead 007",
        "SET str:ttl temp PX 100000",
        "RPUSH list:small a b 1 1000 -70000",
        "PEXPIRE list:small 200000",
        "HSET hash:small f1 v1 f2 22",
        "SADD set:int 1 2 300 70000 -5",
        "SADD set:str x y z",
        "ZADD zset:small 1 a 2.5 b -3 c",
        "ZADD zset:inf +inf top -inf bottom 0 zero",
        "XADD stream:empty 5-1 f v",
        "XDEL stream:empty 5-1",
        "XGROUP CREATE stream:empty g 0",
    ] {
        add(w(line));
    }
    add(vec![
        b"SET".to_vec(),
        b"str:lzf".to_vec(),
        [b"abcd".repeat(100), b"xyz".to_vec()].concat(),
    ]);
    add(vec![b"SET".to_vec(), b"str:bin".to_vec(), (0..=255u8).collect()]);
    let mut big_list = w("RPUSH list:big");
    big_list.extend((0..3000).map(|i| format!("item-{i}").into_bytes()));
    add(big_list);
    add(vec![
        b"RPUSH".to_vec(),
        b"list:huge".to_vec(),
        vec![b'h'; 20000],
        b"tail".to_vec(),
    ]);
    let mut big_hash = w("HSET hash:big");
    big_hash.extend((0..300).flat_map(|i| [format!("field{i}").into_bytes(), format!("{i}").into_bytes()]));
    add(big_hash);
    add(vec![
        b"HSET".to_vec(),
        b"hash:long".to_vec(),
        b"f".to_vec(),
        vec![b'L'; 100],
    ]);
    let mut big_ints = w("SADD set:bigint");
    big_ints.extend((0..1000).map(|i| (i * 7 - 300).to_string().into_bytes()));
    add(big_ints);
    let mut big_set = w("SADD set:big");
    big_set.extend((0..400).map(|i| format!("member:{i}").into_bytes()));
    add(big_set);
    let mut big_zset = w("ZADD zset:big");
    big_zset.extend((0..200).flat_map(|i| [format!("{}", i as f64 / 3.0).into_bytes(), format!("m{i}").into_bytes()]));
    add(big_zset);
    add(vec![
        b"ZADD".to_vec(),
        b"zset:long".to_vec(),
        b"1".to_vec(),
        vec![b'Z'; 80],
    ]);
    for i in 1..=250 {
        let line = if i % 5 == 0 {
            format!("XADD stream:s {i}-1 other {i} more x")
        } else {
            format!("XADD stream:s {i}-1 f {i} g v{i}")
        };
        add(w(&line));
    }
    for line in [
        "XDEL stream:s 3-1 150-1",
        "XGROUP CREATE stream:s g1 0",
        "XGROUP CREATE stream:s g2 $",
        "XREADGROUP GROUP g1 alice COUNT 5 STREAMS stream:s >",
        "XREADGROUP GROUP g1 bob COUNT 3 STREAMS stream:s >",
        "XACK stream:s g1 2-1",
        "XGROUP CREATECONSUMER stream:s g2 carol",
    ] {
        add(w(line));
    }
    for parts in cmds {
        let mut c = redis::cmd(std::str::from_utf8(&parts[0]).expect("name"));
        for p in &parts[1..] {
            c.arg(&p[..]);
        }
        let _: RV = c.query(conn).expect("populate");
    }
}

const KEYS: &[&str] = &[
    "str:plain",
    "str:int",
    "str:neg",
    "str:big",
    "str:lead",
    "str:ttl",
    "str:lzf",
    "str:bin",
    "list:small",
    "list:big",
    "list:huge",
    "hash:small",
    "hash:big",
    "hash:long",
    "set:int",
    "set:str",
    "set:bigint",
    "set:big",
    "zset:small",
    "zset:inf",
    "zset:big",
    "zset:long",
    "stream:s",
    "stream:empty",
];

fn query(conn: &mut redis::Connection, args: &[&str]) -> RV {
    let mut c = redis::cmd(args[0]);
    for a in &args[1..] {
        c.arg(*a);
    }
    c.query(conn).unwrap_or_else(|e| panic!("{args:?}: {e}"))
}

fn sorted_items(v: RV, pairs: bool) -> String {
    let RV::Array(items) = v else {
        return format!("{v:?}");
    };
    let mut parts: Vec<String> = if pairs {
        items.chunks(2).map(|c| format!("{c:?}")).collect()
    } else {
        items.iter().map(|i| format!("{i:?}")).collect()
    };
    parts.sort();
    parts.join(",")
}

/// Everything observable about a key through read commands.
fn fingerprint(conn: &mut redis::Connection, key: &str) -> Vec<String> {
    let kind: String = redis::cmd("TYPE").arg(key).query(conn).expect("TYPE");
    let mut out = vec![kind.clone()];
    let pttl = match query(conn, &["PTTL", key]) {
        RV::Int(n) if n > 0 => "ttl".to_string(),
        other => format!("{other:?}"),
    };
    out.push(pttl);
    match kind.as_str() {
        "string" => out.push(format!("{:?}", query(conn, &["GET", key]))),
        "list" => out.push(format!("{:?}", query(conn, &["LRANGE", key, "0", "-1"]))),
        "hash" => out.push(sorted_items(query(conn, &["HGETALL", key]), true)),
        "set" => out.push(sorted_items(query(conn, &["SMEMBERS", key]), false)),
        "zset" => out.push(format!("{:?}", query(conn, &["ZRANGE", key, "0", "-1", "WITHSCORES"]))),
        "stream" => {
            out.push(format!("{:?}", query(conn, &["XRANGE", key, "-", "+"])));
            out.push(format!("{:?}", query(conn, &["XINFO", "STREAM", key, "FULL"])));
            out.push(format!("{:?}", query(conn, &["XINFO", "GROUPS", key])));
        }
        other => panic!("unexpected type {other}"),
    }
    out
}

/// Every key's fingerprint, by name.
fn everything(conn: &mut redis::Connection) -> Vec<(String, Vec<String>)> {
    KEYS.iter().map(|k| (k.to_string(), fingerprint(conn, k))).collect()
}

fn info_field(conn: &mut redis::Connection, name: &str) -> String {
    let info: String = redis::cmd("INFO").arg("persistence").query(conn).expect("INFO");
    info.lines()
        .find_map(|l| l.strip_prefix(&format!("{name}:")))
        .unwrap_or_else(|| panic!("no {name} in {info}"))
        .to_string()
}

/// Wait (bounded) until no background save runs.
fn wait_bgsave_done(conn: &mut redis::Connection) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while info_field(conn, "rdb_bgsave_in_progress") != "0" {
        assert!(Instant::now() < deadline, "background save did not finish");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn raw_cmd(conn: &mut RawConn, line: &str) -> Vec<u8> {
    let args = common::words(line);
    let refs: Vec<&[u8]> = args.iter().map(|a| &a[..]).collect();
    conn.send_cmd(&refs);
    conn.read_reply()
}

/// Wait (bounded) for a server that was told to exit.
fn wait_exit(server: &mut ServerProcess) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while server.child.try_wait().expect("try_wait").is_none() {
        assert!(Instant::now() < deadline, "server did not exit");
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Take a stopped server's directory, kept on disk.
fn keep_dir(mut server: ServerProcess) -> TempDir {
    wait_exit(&mut server);
    std::mem::replace(&mut server.dir, TempDir(PathBuf::new()))
}

fn dump_path(dir: &Path) -> PathBuf {
    dir.join("dump.rdb")
}

#[test]
fn save_survives_restart() {
    let g = ServerProcess::gossamer(&[]);
    let mut conn = g.conn();
    populate(&mut conn);
    let before = everything(&mut conn);
    let mut raw = g.raw();
    assert_eq!(raw_cmd(&mut raw, "SAVE"), b"+OK\r\n");
    assert_eq!(info_field(&mut conn, "rdb_changes_since_last_save"), "0");
    assert_eq!(info_field(&mut conn, "rdb_saves"), "1");
    drop(raw);
    let dir = g.stop_keep_dir();
    assert!(dump_path(dir.path()).exists());
    let g = ServerProcess::start_in_dir(Flavor::Gossamer, free_port(), dir, &[]);
    let mut conn = g.conn();
    assert_eq!(everything(&mut conn), before);
    let log = g.log();
    assert!(log.contains("Loading RDB produced by version 7.0.15"), "{log}");
    assert!(log.contains("DB loaded from disk: "), "{log}");
    assert!(
        log.contains("Done loading RDB, keys loaded: 24, keys expired: 0."),
        "{log}"
    );
}

#[test]
fn bgsave_keeps_serving_and_writes_the_pre_fork_state() {
    let g = ServerProcess::gossamer(&[]);
    let mut raw = g.raw();
    // Enough data for the child to take a moment.
    let mut batch = Vec::new();
    for i in 0..50_000 {
        batch.extend_from_slice(&common::encode(&[b"SET", format!("key:{i}").as_bytes(), &[b'v'; 100]]));
    }
    raw.send(&batch);
    for _ in 0..50_000 {
        assert_eq!(raw.read_reply(), b"+OK\r\n");
    }
    assert_eq!(raw_cmd(&mut raw, "BGSAVE"), b"+Background saving started\r\n");
    // The parent answers at once while the child saves.
    for i in 0..200 {
        assert_eq!(raw_cmd(&mut raw, &format!("SET after:{i} x")), b"+OK\r\n");
    }
    assert_eq!(raw_cmd(&mut raw, "GET key:7").len(), 6 + 100 + 2);
    let mut conn = g.conn();
    wait_bgsave_done(&mut conn);
    assert_eq!(info_field(&mut conn, "rdb_last_bgsave_status"), "ok");
    assert_eq!(info_field(&mut conn, "rdb_changes_since_last_save"), "200");
    let bytes = std::fs::read(dump_path(g.dir.path())).expect("dump.rdb");
    let loaded = gossamer::rdb::load_rdb(&bytes, false, 0).expect("valid RDB");
    let keys = &loaded.dbs[&0];
    assert_eq!(keys.len(), 50_000);
    assert!(keys.iter().all(|k| k.key.starts_with(b"key:")));
    let log = g.log();
    assert!(log.contains("Background saving started by pid "), "{log}");
    assert!(log.contains("Background saving terminated with success"), "{log}");
    assert!(
        !g.dir
            .path()
            .read_dir()
            .unwrap()
            .any(|e| e.unwrap().file_name().to_string_lossy().starts_with("temp-"))
    );
}

#[test]
fn save_points_trigger_a_background_save() {
    let g = ServerProcess::gossamer(&["--save", "1 1"]);
    let mut conn = g.conn();
    let first: i64 = redis::cmd("LASTSAVE").query(&mut conn).unwrap();
    let _: () = redis::cmd("SET").arg("k").arg("v").query(&mut conn).unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let now: i64 = redis::cmd("LASTSAVE").query(&mut conn).unwrap();
        if now > first && info_field(&mut conn, "rdb_changes_since_last_save") == "0" {
            break;
        }
        assert!(Instant::now() < deadline, "no save point fired; log:\n{}", g.log());
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(info_field(&mut conn, "rdb_saves"), "1");
    assert_eq!(info_field(&mut conn, "rdb_last_bgsave_status"), "ok");
    assert!(g.log().contains("1 changes in 1 seconds. Saving..."), "{}", g.log());
    let bytes = std::fs::read(dump_path(g.dir.path())).expect("dump.rdb");
    let loaded = gossamer::rdb::load_rdb(&bytes, false, 0).expect("valid RDB");
    assert_eq!(loaded.dbs[&0][0].key, b"k");
}

#[test]
fn shutdown_save_and_nosave() {
    // SHUTDOWN NOSAVE writes nothing, even with save points configured.
    let g = ServerProcess::gossamer(&["--save", "3600 1"]);
    let mut raw = g.raw();
    assert_eq!(raw_cmd(&mut raw, "SET a 1"), b"+OK\r\n");
    raw_cmd_noreply(&mut raw, "SHUTDOWN NOSAVE");
    let dir = keep_dir(g);
    assert!(!dump_path(dir.path()).exists());

    // SHUTDOWN SAVE with no save points writes the file; a restart keeps the data.
    let g = ServerProcess::start_in_dir(Flavor::Gossamer, free_port(), dir, &[]);
    let mut raw = g.raw();
    assert_eq!(raw_cmd(&mut raw, "SET b 2"), b"+OK\r\n");
    raw_cmd_noreply(&mut raw, "SHUTDOWN SAVE");
    let dir = keep_dir(g);
    let saved = std::fs::read(dump_path(dir.path())).expect("SHUTDOWN SAVE wrote dump.rdb");

    // NOSAVE later leaves the file as it was.
    let g = ServerProcess::start_in_dir(Flavor::Gossamer, free_port(), dir, &["--save", "3600 1"]);
    let mut conn = g.conn();
    let b: String = redis::cmd("GET").arg("b").query(&mut conn).unwrap();
    assert_eq!(b, "2");
    let mut raw = g.raw();
    assert_eq!(raw_cmd(&mut raw, "SET c 3"), b"+OK\r\n");
    raw_cmd_noreply(&mut raw, "SHUTDOWN NOSAVE");
    let dir = keep_dir(g);
    assert_eq!(std::fs::read(dump_path(dir.path())).unwrap(), saved);

    // SIGTERM with save points saves, as plain SHUTDOWN does.
    let g = ServerProcess::start_in_dir(Flavor::Gossamer, free_port(), dir, &["--save", "3600 1"]);
    let mut raw = g.raw();
    assert_eq!(raw_cmd(&mut raw, "SET d 4"), b"+OK\r\n");
    let dir = g.stop_keep_dir();
    let g = ServerProcess::start_in_dir(Flavor::Gossamer, free_port(), dir, &[]);
    let mut conn = g.conn();
    let keys: Vec<String> = redis::cmd("KEYS").arg("*").query(&mut conn).unwrap();
    let mut keys = keys;
    keys.sort();
    assert_eq!(keys, ["b", "d"]);
    let log = g.log();
    assert!(log.contains("Saving the final RDB snapshot before exiting."), "{log}");
}

/// Send a command the server does not answer (SHUTDOWN): the connection closes.
fn raw_cmd_noreply(conn: &mut RawConn, line: &str) {
    let args = common::words(line);
    let refs: Vec<&[u8]> = args.iter().map(|a| &a[..]).collect();
    conn.send_cmd(&refs);
    assert_eq!(conn.read_to_close(), b"", "{line} should close the connection");
}

#[test]
fn shutdown_refuses_to_exit_when_the_save_fails() {
    // A non-empty directory where dump.rdb should go makes the rename fail.
    let g = ServerProcess::gossamer(&[]);
    std::fs::create_dir(dump_path(g.dir.path())).unwrap();
    std::fs::write(dump_path(g.dir.path()).join("x"), b"x").unwrap();
    let mut raw = g.raw();
    assert_eq!(raw_cmd(&mut raw, "SAVE"), b"-ERR\r\n");
    assert_eq!(
        raw_cmd(&mut raw, "SHUTDOWN SAVE"),
        b"-ERR Errors trying to SHUTDOWN. Check logs.\r\n"
    );
    assert_eq!(raw_cmd(&mut raw, "PING"), b"+PONG\r\n");
    assert!(
        g.log().contains("Error trying to save the DB, can't exit."),
        "{}",
        g.log()
    );
    raw_cmd_noreply(&mut raw, "SHUTDOWN SAVE FORCE");
}

#[test]
fn redis_dump_loads_into_gossamer() {
    let r = ServerProcess::redis(&[]);
    let mut conn = r.conn();
    populate(&mut conn);
    let before = everything(&mut conn);
    let _: () = redis::cmd("SAVE").query(&mut conn).unwrap();
    let dir = r.stop_keep_dir();
    let g = ServerProcess::start_in_dir(Flavor::Gossamer, free_port(), dir, &[]);
    let mut conn = g.conn();
    assert_eq!(everything(&mut conn), before);
    let dbsize: i64 = redis::cmd("DBSIZE").query(&mut conn).unwrap();
    assert_eq!(dbsize, KEYS.len() as i64);
}

#[test]
fn gossamer_dump_loads_into_redis() {
    let g = ServerProcess::gossamer(&[]);
    let mut conn = g.conn();
    populate(&mut conn);
    let _: () = redis::cmd("SELECT").arg(3).query(&mut conn).unwrap();
    let _: () = redis::cmd("SET").arg("in-db-3").arg("x").query(&mut conn).unwrap();
    let _: () = redis::cmd("SELECT").arg(0).query(&mut conn).unwrap();
    let before = everything(&mut conn);
    let _: () = redis::cmd("BGSAVE").query(&mut conn).unwrap();
    wait_bgsave_done(&mut conn);
    let dir = g.stop_keep_dir();
    let r = ServerProcess::start_in_dir(Flavor::Redis, free_port(), dir, &[]);
    let mut conn = r.conn();
    assert_eq!(everything(&mut conn), before);
    let _: () = redis::cmd("SELECT").arg(3).query(&mut conn).unwrap();
    let v: String = redis::cmd("GET").arg("in-db-3").query(&mut conn).unwrap();
    assert_eq!(v, "x");
}

/// Start Gossamer on `dir` expecting it to refuse: exit status 1 and the log.
fn failed_start(dir: &Path, extra: &[&str]) -> String {
    let out = run_bounded(
        Command::new(gossamer_bin())
            .args(["--port", &free_port().to_string(), "--bind", "127.0.0.1", "--dir"])
            .arg(dir)
            .args(extra),
        Duration::from_secs(10),
    );
    let log = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(out.status.code(), Some(1), "{log}");
    assert!(!log.contains("Ready to accept connections"), "{log}");
    log
}

#[test]
fn corrupt_dump_stops_start_up_and_is_kept() {
    let g = ServerProcess::gossamer(&[]);
    let mut conn = g.conn();
    populate(&mut conn);
    let _: () = redis::cmd("SAVE").query(&mut conn).unwrap();
    let good = std::fs::read(dump_path(g.dir.path())).unwrap();
    drop(conn);
    let dir = g.stop_keep_dir();
    let path = dump_path(dir.path());
    let mut flipped = good.clone();
    let mid = flipped.len() / 2;
    flipped[mid] ^= 0xff;
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (
            good[..good.len() / 2].to_vec(),
            "Short read or OOM loading DB. Unrecoverable error, aborting now.",
        ),
        (
            b"NOTREDIS0010\xff".to_vec(),
            "Wrong signature trying to load DB from file",
        ),
        (b"REDIS0099\xff".to_vec(), "Can't handle RDB format version 99"),
        (
            [&good[..good.len() - 8], &[1, 2, 3, 4, 5, 6, 7, 8]].concat(),
            "Wrong RDB checksum expected: (",
        ),
    ];
    for (bytes, message) in cases {
        std::fs::write(&path, &bytes).unwrap();
        let log = failed_start(dir.path(), &["--save", "3600 1"]);
        assert!(log.contains(message), "expected {message:?} in:\n{log}");
        assert_eq!(
            std::fs::read(&path).unwrap(),
            bytes,
            "the corrupt file must be left as it was"
        );
    }
    std::fs::write(&path, &flipped).unwrap();
    failed_start(dir.path(), &[]);
    assert_eq!(std::fs::read(&path).unwrap(), flipped);
}

#[test]
fn cluster_mode_refuses_keys_outside_db_0() {
    let g = ServerProcess::gossamer(&[]);
    let mut conn = g.conn();
    let _: () = redis::cmd("SELECT").arg(1).query(&mut conn).unwrap();
    let _: () = redis::cmd("SET").arg("k").arg("v").query(&mut conn).unwrap();
    let _: () = redis::cmd("SAVE").query(&mut conn).unwrap();
    let dir = g.stop_keep_dir();
    let log = failed_start(dir.path(), &["--cluster-enabled", "yes"]);
    assert!(
        log.contains("You can't have keys in a DB different than DB 0 when in Cluster mode. Exiting."),
        "{log}"
    );
}

/// The replies of SAVE, BGSAVE (started, in progress, SCHEDULE, syntax,
/// inside EXEC) and LASTSAVE, from both servers.
fn persistence_replies(server: &ServerProcess) -> Vec<String> {
    let mut raw = server.raw();
    let mut out = Vec::new();
    let run = |raw: &mut RawConn, line: &str| {
        let reply = raw_cmd(raw, line);
        String::from_utf8_lossy(&reply).into_owned()
    };
    out.push(run(&mut raw, "SET k v"));
    out.push(run(&mut raw, "SAVE"));
    let lastsave = run(&mut raw, "LASTSAVE");
    assert!(lastsave.starts_with(':') && lastsave.ends_with("\r\n"), "{lastsave}");
    out.push(run(&mut raw, "BGSAVE foo"));
    out.push(run(&mut raw, "BGSAVE SCHEDULE extra"));
    // Pipelined: the child cannot have been reaped between these.
    raw.send(
        &[
            common::encode(&[b"BGSAVE"]),
            common::encode(&[b"BGSAVE"]),
            common::encode(&[b"BGSAVE", b"SCHEDULE"]),
            common::encode(&[b"SAVE"]),
        ]
        .concat(),
    );
    for _ in 0..4 {
        out.push(String::from_utf8_lossy(&raw.read_reply()).into_owned());
    }
    let mut conn = server.conn();
    wait_bgsave_done(&mut conn);
    out.push(run(&mut raw, "MULTI"));
    out.push(run(&mut raw, "BGSAVE"));
    out.push(run(&mut raw, "EXEC"));
    let deadline = Instant::now() + Duration::from_secs(10);
    while info_field(&mut conn, "rdb_saves") != "3" {
        assert!(Instant::now() < deadline, "scheduled BGSAVE did not run");
        std::thread::sleep(Duration::from_millis(20));
    }
    wait_bgsave_done(&mut conn);
    out.push(info_field(&mut conn, "rdb_last_bgsave_status"));
    out.push(info_field(&mut conn, "rdb_changes_since_last_save"));
    out
}

#[test]
fn replies_match_redis() {
    let r = ServerProcess::redis(&[]);
    let g = ServerProcess::gossamer(&[]);
    let expected = persistence_replies(&r);
    assert_eq!(persistence_replies(&g), expected);
    assert_eq!(expected[1], "+OK\r\n");
    assert_eq!(expected[4], "+Background saving started\r\n");
}
