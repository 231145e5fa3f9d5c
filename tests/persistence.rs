//! On-disk snapshots with real processes: SAVE / BGSAVE / save points /
//! SHUTDOWN [NO]SAVE / SIGTERM write `dbfilename`, start-up loads it, files
//! move both ways between Gossamer and a real redis-server 7.0.15, a corrupt
//! file stops start-up and is left untouched, and the replies of SAVE,
//! BGSAVE and LASTSAVE match Redis, and a failed BGSAVE stops writes with -MISCONF as Redis does.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use common::{Flavor, RawConn, ServerProcess, TempDir, free_port, gossamer_bin, run_bounded};

use common::dataset::{KEYS, fingerprint, populate};

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

/// The replies of a write, PING, a read and CONFIG SET around a failed BGSAVE (`dump.rdb` is a
/// non-empty directory, so the rename fails even for root) and a successful one.
fn misconf_replies(server: &ServerProcess) -> Vec<String> {
    let mut raw = server.raw();
    let mut conn = server.conn();
    let mut out = Vec::new();
    let run = |raw: &mut RawConn, line: &str, out: &mut Vec<String>| {
        out.push(format!("{line} -> {}", String::from_utf8_lossy(&raw_cmd(raw, line))));
    };
    run(&mut raw, "SET before 1", &mut out);
    std::fs::create_dir(dump_path(server.dir.path())).expect("mkdir");
    std::fs::write(dump_path(server.dir.path()).join("x"), b"x").expect("write");
    run(&mut raw, "BGSAVE", &mut out);
    wait_bgsave_done(&mut conn);
    out.push(format!("status {}", info_field(&mut conn, "rdb_last_bgsave_status")));
    for line in ["SET k v", "PING", "GET before", "INCR n", "MULTI", "SET k v", "EXEC"] {
        run(&mut raw, line, &mut out);
    }
    run(&mut raw, "CONFIG SET stop-writes-on-bgsave-error no", &mut out);
    run(&mut raw, "SET k v", &mut out);
    run(&mut raw, "CONFIG SET stop-writes-on-bgsave-error yes", &mut out);
    run(&mut raw, "SET k v", &mut out);
    std::fs::remove_dir_all(dump_path(server.dir.path())).expect("rmdir");
    run(&mut raw, "BGSAVE", &mut out);
    wait_bgsave_done(&mut conn);
    out.push(format!("status {}", info_field(&mut conn, "rdb_last_bgsave_status")));
    run(&mut raw, "SET k v2", &mut out);
    run(&mut raw, "PING", &mut out);
    out
}

/// stop-writes-on-bgsave-error: after a failed BGSAVE, writes and PING get -MISCONF (byte for
/// byte as Redis) until a save succeeds or the option is turned off.
#[test]
fn failed_bgsave_stops_writes_like_redis() {
    let args = ["--save", "3600 1"];
    let g = misconf_replies(&ServerProcess::gossamer(&args));
    let r = misconf_replies(&ServerProcess::redis(&args));
    assert_eq!(g, r);
    let misconf = "SET k v -> -MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the Redis logs for details about the RDB error.\r\n";
    assert!(g.iter().any(|l| l == misconf), "{g:#?}");
    assert!(g.contains(&"status err".to_string()), "{g:#?}");
    assert_eq!(g.last().map(String::as_str), Some("PING -> +PONG\r\n"), "{g:#?}");
}
