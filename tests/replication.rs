//! Replication end to end with real processes: a Gossamer replica of a Gossamer master, of a real
//! redis-server 7.0.15 master, and a real replica of a Gossamer master hold identical data after a
//! full sync and the write stream (every type, expiries, WAIT); a replica is read-only; a cluster
//! of Gossamer masters and replicas fails over on `kill -9` with every acknowledged write readable
//! and the old master rejoining as a replica. Also: masterauth/masteruser against requirepass
//! masters, replica-serve-stale-data no (MASTERDOWN), min-replicas-to-write (NOREPLICAS, with a
//! SIGSTOPped replica), the stream rewrites of INCRBYFLOAT/HINCRBYFLOAT/BLMOVE/BRPOPLPUSH compared
//! byte for byte with redis-server's stream, and repl-diskless-load being accepted.

mod common;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use common::{Flavor, ServerProcess, free_port};
use redis::Value;

fn wait_until(what: &str, limit: Duration, mut cond: impl FnMut() -> bool) {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if cond() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("timed out after {limit:?} waiting for {what}");
}

fn info_field(server: &ServerProcess, field: &str) -> String {
    let info: String = redis::cmd("INFO")
        .arg("replication")
        .query(&mut server.conn())
        .expect("info");
    info.lines()
        .find_map(|l| l.strip_prefix(&format!("{field}:")).map(str::to_string))
        .unwrap_or_default()
}

/// Writes one key of every type (and a few with expiries) to `conn`.
fn write_dataset(conn: &mut redis::Connection, tag: &str) {
    let mut pipe = redis::pipe();
    pipe.cmd("SET").arg(format!("s:{tag}")).arg("hello");
    pipe.cmd("SET").arg(format!("n:{tag}")).arg(12345);
    pipe.cmd("INCRBY").arg(format!("n:{tag}")).arg(5);
    pipe.cmd("RPUSH").arg(format!("l:{tag}")).arg(&["a", "b", "c", "d"]);
    pipe.cmd("LPOP").arg(format!("l:{tag}"));
    pipe.cmd("HSET").arg(format!("h:{tag}")).arg(&["f1", "v1", "f2", "v2"]);
    pipe.cmd("SADD").arg(format!("set:{tag}")).arg(&["x", "y", "z", "1"]);
    pipe.cmd("SADD").arg(format!("iset:{tag}")).arg(&[1, 2, 3]);
    pipe.cmd("ZADD")
        .arg(format!("z:{tag}"))
        .arg(&["1", "one", "2.5", "two"]);
    pipe.cmd("XADD").arg(format!("x:{tag}")).arg("1-1").arg("f").arg("v");
    pipe.cmd("SET").arg(format!("ttl:{tag}")).arg("v").arg("EX").arg(1000);
    pipe.cmd("SET").arg(format!("pttl:{tag}")).arg("v");
    pipe.cmd("PEXPIRE").arg(format!("pttl:{tag}")).arg(500_000);
    pipe.cmd("SETEX").arg(format!("setex:{tag}")).arg(900).arg("v");
    for i in 0..200 {
        pipe.cmd("SET").arg(format!("bulk:{tag}:{i}")).arg(i);
    }
    pipe.cmd("DEL").arg(format!("bulk:{tag}:7"));
    let _: () = pipe.query(conn).expect("write dataset");
}

/// A set's members in a stable order.
fn sorted(v: Value) -> Value {
    match v {
        Value::Array(mut items) | Value::Set(mut items) => {
            items.sort_by_key(|x| format!("{x:?}"));
            Value::Array(items)
        }
        other => other,
    }
}

/// Every key with its type and contents (sets sorted), and whether it has a TTL.
fn snapshot(server: &ServerProcess) -> BTreeMap<String, String> {
    snapshot_of(&mut server.conn())
}

/// [`snapshot`] over a given (e.g. authenticated) connection.
fn snapshot_of(conn: &mut redis::Connection) -> BTreeMap<String, String> {
    let keys: Vec<String> = redis::cmd("KEYS").arg("*").query(conn).expect("keys");
    let mut out = BTreeMap::new();
    for k in keys {
        let kind: String = redis::cmd("TYPE").arg(&k).query(conn).expect("type");
        let content: Value = match kind.as_str() {
            "string" => redis::cmd("GET").arg(&k).query(conn),
            "list" => redis::cmd("LRANGE").arg(&k).arg(0).arg(-1).query(conn),
            "hash" => redis::cmd("HGETALL").arg(&k).query(conn),
            "set" => redis::cmd("SMEMBERS").arg(&k).query(conn).map(sorted),
            "zset" => redis::cmd("ZRANGE")
                .arg(&k)
                .arg(0)
                .arg(-1)
                .arg("WITHSCORES")
                .query(conn),
            "stream" => redis::cmd("XRANGE").arg(&k).arg("-").arg("+").query(conn),
            _ => Ok(Value::Nil),
        }
        .expect("read");
        let pttl: i64 = redis::cmd("PTTL").arg(&k).query(conn).expect("pttl");
        out.insert(k, format!("{kind} {content:?} ttl={}", pttl > 0));
    }
    out
}

/// `replica` REPLICAOF `master`, data written before and after the sync, WAIT 1, same data.
fn replicate_and_compare(master: ServerProcess, replica: ServerProcess) {
    replicate_and_compare_with(&master, &replica);
}

fn replicate_and_compare_with(master: &ServerProcess, replica: &ServerProcess) {
    let mut m = master.conn();
    write_dataset(&mut m, "before");
    synced_replica_of(replica, master);
    write_dataset(&mut m, "after");
    let acked: i64 = redis::cmd("WAIT").arg(1).arg(10_000).query(&mut m).expect("wait");
    assert_eq!(acked, 1, "WAIT 1 on {:?} master", master.flavor);
    let (want, got) = (snapshot(master), snapshot(replica));
    assert_eq!(
        got.len(),
        want.len(),
        "{:?} → {:?}: key count",
        master.flavor,
        replica.flavor
    );
    for (k, v) in &want {
        assert_eq!(
            got.get(k),
            Some(v),
            "{:?} → {:?}: key {k}",
            master.flavor,
            replica.flavor
        );
    }
    let err = redis::cmd("SET")
        .arg("x")
        .arg("y")
        .query::<()>(&mut replica.conn())
        .unwrap_err();
    assert!(err.to_string().contains("read only replica"), "{err}");
}

#[test]
fn gossamer_replica_of_gossamer_master() {
    replicate_and_compare(ServerProcess::gossamer(&[]), ServerProcess::gossamer(&[]));
}

#[test]
fn gossamer_replica_of_real_master() {
    replicate_and_compare(ServerProcess::redis(&[]), ServerProcess::gossamer(&[]));
}

#[test]
fn real_replica_of_gossamer_master() {
    replicate_and_compare(ServerProcess::gossamer(&[]), ServerProcess::redis(&[]));
}

/// `repl-diskless-sync no`: the RDB goes through a file (`$<len>` framing) to both kinds of replica.
#[test]
fn disk_based_full_sync_when_diskless_sync_is_off() {
    for replica in [ServerProcess::redis(&[]), ServerProcess::gossamer(&[])] {
        let master = ServerProcess::gossamer(&["--repl-diskless-sync", "no"]);
        replicate_and_compare_with(&master, &replica);
        let log = master.log();
        assert!(
            log.contains("Starting BGSAVE for SYNC with target: disk") && !log.contains("replicas sockets"),
            "the master did not sync through disk:\n{log}"
        );
    }
}

/// Diskless (the default): replicas that ask within `repl-diskless-sync-delay` share one transfer,
/// written by a child straight to their sockets, and writes made meanwhile follow it.
#[test]
fn replicas_waiting_together_share_one_diskless_transfer() {
    let master = ServerProcess::gossamer(&["--repl-diskless-sync-delay", "2"]);
    let mut m = master.conn();
    write_dataset(&mut m, "before");
    let replicas = [ServerProcess::gossamer(&[]), ServerProcess::redis(&[])];
    for r in &replicas {
        replicaof(r, &master);
    }
    write_dataset(&mut m, "during");
    replicas.iter().for_each(wait_for_link);
    write_dataset(&mut m, "after");
    let acked: i64 = redis::cmd("WAIT").arg(2).arg(10_000).query(&mut m).expect("wait");
    assert_eq!(acked, 2);
    let want = snapshot(&master);
    for r in &replicas {
        assert_eq!(snapshot(r), want, "{:?} replica differs from the master", r.flavor);
    }
    let log = master.log();
    assert_eq!(
        log.matches("Starting BGSAVE for SYNC with target: replicas sockets")
            .count(),
        1,
        "one transfer expected:\n{log}"
    );
}

/// A real replica that loses its link PSYNCs back and gets +CONTINUE from our backlog.
#[test]
fn real_replica_resumes_with_partial_resync() {
    let master = ServerProcess::gossamer(&[]);
    let replica = ServerProcess::redis(&[]);
    synced_replica_of(&replica, &master);
    let mut m = master.conn();
    write_dataset(&mut m, "one");
    let _: i64 = redis::cmd("WAIT").arg(1).arg(5000).query(&mut m).expect("wait");
    let _: i64 = redis::cmd("CLIENT")
        .arg("KILL")
        .arg("TYPE")
        .arg("master")
        .query(&mut replica.conn())
        .expect("kill");
    write_dataset(&mut m, "two");
    wait_for_link(&replica);
    let _: i64 = redis::cmd("WAIT").arg(1).arg(5000).query(&mut m).expect("wait");
    let stats: String = redis::cmd("INFO").arg("stats").query(&mut m).expect("info");
    assert!(stats.contains("sync_partial_ok:1\r\n"), "{stats}");
    assert_eq!(snapshot(&replica), snapshot(&master));
}

// ---------------------------------------------------------------------------
// Cluster failover with data.

fn cluster_args(cport: &str) -> [&str; 6] {
    [
        "--cluster-enabled",
        "yes",
        "--cluster-node-timeout",
        "2000",
        "--cluster-port",
        cport,
    ]
}

fn start_cluster_node() -> (ServerProcess, String) {
    let cport = free_port().to_string();
    (ServerProcess::start(Flavor::Gossamer, &cluster_args(&cport)), cport)
}

/// (id, port, flags, master id, slots) per CLUSTER NODES line.
fn nodes_of(server: &ServerProcess) -> Vec<(String, u16, String, String, Vec<String>)> {
    let text: String = redis::cmd("CLUSTER")
        .arg("NODES")
        .query(&mut server.conn())
        .expect("nodes");
    text.lines()
        .map(|l| {
            let f: Vec<&str> = l.split(' ').collect();
            let port = f[1]
                .split('@')
                .next()
                .and_then(|a| a.rsplit(':').next())
                .and_then(|p| p.parse().ok());
            (
                f[0].to_string(),
                port.unwrap_or(0),
                f[2].to_string(),
                f[3].to_string(),
                f[8..].iter().map(|s| s.to_string()).collect(),
            )
        })
        .collect()
}

/// Port of each slot's owner, from one CLUSTER NODES (FAIL masters skipped).
fn slot_map(server: &ServerProcess) -> Vec<u16> {
    (0..16384).map(|s| slot_owner_in(&nodes_of(server), s)).collect()
}

fn slot_owner_port(server: &ServerProcess, slot: u16) -> u16 {
    slot_owner_in(&nodes_of(server), slot)
}

fn slot_owner_in(nodes: &[(String, u16, String, String, Vec<String>)], slot: u16) -> u16 {
    for (_, port, flags, _, slots) in nodes {
        if !flags.contains("master") || flags.split(',').any(|f| f == "fail") {
            continue;
        }
        let owns = slots.iter().any(|r| match r.split_once('-') {
            Some((a, b)) => a.parse::<u16>().is_ok_and(|a| a <= slot) && b.parse::<u16>().is_ok_and(|b| slot <= b),
            None => r.parse::<u16>().ok() == Some(slot),
        });
        if owns {
            return *port;
        }
    }
    panic!("no owner for slot {slot} in {nodes:?}");
}

#[test]
fn cluster_failover_keeps_acknowledged_writes_and_old_master_rejoins() {
    common::require_tool("redis-cli");
    let (nodes, cports): (Vec<ServerProcess>, Vec<String>) = (0..6).map(|_| start_cluster_node()).unzip();
    let mut create = std::process::Command::new("redis-cli");
    create.arg("--cluster").arg("create");
    for n in &nodes {
        create.arg(format!("127.0.0.1:{}", n.port));
    }
    create.args(["--cluster-replicas", "1", "--cluster-yes"]);
    let out = common::run_bounded(&mut create, Duration::from_secs(45));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
    wait_until("every node ok with 3 replicas linked", Duration::from_secs(30), || {
        nodes.iter().all(|n| {
            let info: String = redis::cmd("CLUSTER")
                .arg("INFO")
                .query(&mut n.conn())
                .unwrap_or_default();
            info.contains("cluster_state:ok")
        }) && nodes
            .iter()
            .filter(|n| info_field(n, "master_link_status") == "up")
            .count()
            == 3
    });
    // 10,000 keys, each batch acknowledged by the owner's replica (WAIT 1 0).
    let by_port: BTreeMap<u16, &ServerProcess> = nodes.iter().map(|n| (n.port, n)).collect();
    let mut batches: BTreeMap<u16, Vec<String>> = BTreeMap::new();
    let owners = slot_map(&nodes[0]);
    for i in 0..10_000 {
        let key = format!("key:{i}");
        let owner = owners[usize::from(gossamer::slot::key_hash_slot(key.as_bytes()))];
        batches.entry(owner).or_default().push(key);
    }
    for (port, keys) in &batches {
        let mut conn = by_port[port].conn();
        let mut pipe = redis::pipe();
        for k in keys {
            pipe.cmd("SET").arg(k).arg(k).ignore();
        }
        pipe.cmd("WAIT").arg(1).arg(0);
        let (acked,): (i64,) = pipe.query(&mut conn).expect("writes");
        assert_eq!(acked, 1, "WAIT on {port}");
    }
    // kill -9 the master owning key:0.
    let victim_port = slot_owner_port(&nodes[0], gossamer::slot::key_hash_slot(b"key:0"));
    let victim = nodes.iter().position(|n| n.port == victim_port).expect("victim");
    let mut nodes = nodes;
    let victim_cport = cports[victim].clone();
    let victim_dir = nodes.remove(victim).kill_keep_dir();
    let started = Instant::now();
    wait_until(
        "a replica to take over and every node to be ok",
        Duration::from_secs(30),
        || {
            nodes.iter().all(|n| {
                let info: String = redis::cmd("CLUSTER")
                    .arg("INFO")
                    .query(&mut n.conn())
                    .unwrap_or_default();
                info.contains("cluster_state:ok")
            }) && slot_owner_port(&nodes[0], gossamer::slot::key_hash_slot(b"key:0")) != victim_port
        },
    );
    println!("failover after kill -9: {:?}", started.elapsed());
    let check = common::run_bounded(
        std::process::Command::new("redis-cli")
            .arg("--cluster")
            .arg("check")
            .arg(format!("127.0.0.1:{}", nodes[0].port)),
        Duration::from_secs(30),
    );
    let report = String::from_utf8_lossy(&check.stdout).into_owned();
    assert!(
        report.contains("[OK] All nodes agree about slots configuration.")
            && report.contains("[OK] All 16384 slots covered."),
        "--cluster check after the failover:\n{report}"
    );
    let by_port: BTreeMap<u16, &ServerProcess> = nodes.iter().map(|n| (n.port, n)).collect();
    for i in 0..10_000 {
        let key = format!("key:{i}");
        let owner = slot_owner_port(&nodes[0], gossamer::slot::key_hash_slot(key.as_bytes()));
        let got: Option<String> = redis::cmd("GET")
            .arg(&key)
            .query(&mut by_port[&owner].conn())
            .expect("get");
        assert_eq!(got.as_deref(), Some(key.as_str()), "{key} lost after failover");
    }
    // The old master restarts from its nodes.conf and rejoins as a replica, resynced.
    let back = ServerProcess::start_in_dir(Flavor::Gossamer, victim_port, victim_dir, &cluster_args(&victim_cport));
    wait_until("the old master to be a synced replica", Duration::from_secs(30), || {
        info_field(&back, "role") == "slave" && info_field(&back, "master_link_status") == "up"
    });
    let dbsize: i64 = redis::cmd("DBSIZE").query(&mut back.conn()).expect("dbsize");
    assert!(dbsize > 0, "the rejoined replica holds its shard's keys");
}

/// A client blocked on two keys and served from the one that became ready is replicated as a pop
/// of that key (a replica re-running BLPOP would pop from the first non-empty key instead).
#[test]
fn served_blocking_pop_replicates_as_a_pop_of_the_served_key() {
    let master = ServerProcess::gossamer(&[]);
    let replica = ServerProcess::gossamer(&[]);
    synced_replica_of(&replica, &master);
    let mut blocked = master.raw();
    blocked.send_cmd(&[b"BLPOP", b"k1", b"k2", b"0"]);
    std::thread::sleep(Duration::from_millis(200));
    let mut m = master.conn();
    let _: () = redis::pipe()
        .atomic()
        .cmd("RPUSH")
        .arg("k2")
        .arg("from-k2")
        .ignore()
        .cmd("RPUSH")
        .arg("k1")
        .arg("from-k1")
        .ignore()
        .query(&mut m)
        .expect("multi");
    let served = String::from_utf8_lossy(&blocked.read_reply()).into_owned();
    assert!(served.contains("from-k2"), "{served}");
    let _: i64 = redis::cmd("WAIT").arg(1).arg(5000).query(&mut m).expect("wait");
    for key in ["k1", "k2"] {
        let want: Vec<String> = redis::cmd("LRANGE")
            .arg(key)
            .arg(0)
            .arg(-1)
            .query(&mut m)
            .expect("lrange");
        let got: Vec<String> = redis::cmd("LRANGE")
            .arg(key)
            .arg(0)
            .arg(-1)
            .query(&mut replica.conn())
            .expect("lrange");
        assert_eq!(got, want, "{key} differs on the replica");
    }
}

/// The same for a served BZPOPMIN: it replicates as ZPOPMIN of the served key.
#[test]
fn served_bzpopmin_replicates_as_zpopmin_of_the_served_key() {
    let master = ServerProcess::gossamer(&[]);
    let replica = ServerProcess::gossamer(&[]);
    synced_replica_of(&replica, &master);
    let mut blocked = master.raw();
    blocked.send_cmd(&[b"BZPOPMIN", b"z1", b"z2", b"0"]);
    std::thread::sleep(Duration::from_millis(200));
    let mut m = master.conn();
    let _: () = redis::pipe()
        .atomic()
        .cmd("ZADD")
        .arg("z2")
        .arg(1)
        .arg("from-z2")
        .ignore()
        .cmd("ZADD")
        .arg("z1")
        .arg(1)
        .arg("from-z1")
        .ignore()
        .query(&mut m)
        .expect("multi");
    let served = String::from_utf8_lossy(&blocked.read_reply()).into_owned();
    assert!(served.contains("from-z2"), "{served}");
    let _: i64 = redis::cmd("WAIT").arg(1).arg(5000).query(&mut m).expect("wait");
    for key in ["z1", "z2"] {
        let want: Vec<String> = redis::cmd("ZRANGE")
            .arg(key)
            .arg(0)
            .arg(-1)
            .query(&mut m)
            .expect("zrange");
        let got: Vec<String> = redis::cmd("ZRANGE")
            .arg(key)
            .arg(0)
            .arg(-1)
            .query(&mut replica.conn())
            .expect("zrange");
        assert_eq!(got, want, "{key} differs on the replica");
    }
}

// ---------------------------------------------------------------------------
// masterauth / masteruser.

/// A connection to `server` authenticated with `password` (default user).
fn authed(server: &ServerProcess, password: &str) -> redis::Connection {
    let url = format!("redis://:{password}@127.0.0.1:{}/", server.port);
    let client = redis::Client::open(url).expect("client");
    let conn = client
        .get_connection_with_timeout(Duration::from_secs(5))
        .expect("connect with AUTH");
    conn.set_read_timeout(Some(Duration::from_secs(10))).expect("timeout");
    conn
}

fn replicaof(replica: &ServerProcess, master: &ServerProcess) {
    let _: () = redis::cmd("REPLICAOF")
        .arg("127.0.0.1")
        .arg(master.port)
        .query(&mut replica.conn())
        .expect("replicaof");
}

/// [`replicaof`], then wait until the replica's link is up.
fn synced_replica_of(replica: &ServerProcess, master: &ServerProcess) {
    replicaof(replica, master);
    wait_for_link(replica);
}

fn wait_for_link(replica: &ServerProcess) {
    wait_until("the replica's link to be up", Duration::from_secs(30), || {
        info_field(replica, "master_link_status") == "up"
    });
}

/// `replica` (configured with masterauth) syncs from a `requirepass` master and follows its stream.
fn replicate_with_auth(master: ServerProcess, replica: ServerProcess, password: &str) {
    let mut m = authed(&master, password);
    write_dataset(&mut m, "before");
    synced_replica_of(&replica, &master);
    write_dataset(&mut m, "after");
    let acked: i64 = redis::cmd("WAIT").arg(1).arg(10_000).query(&mut m).expect("wait");
    assert_eq!(acked, 1);
    let want = snapshot_of(&mut m);
    assert!(want.len() > 400, "{}", want.len());
    assert_eq!(snapshot(&replica), want);
}

#[test]
fn gossamer_replica_authenticates_to_a_real_master() {
    let master = ServerProcess::redis(&["--requirepass", "s3cret"]);
    let replica = ServerProcess::gossamer(&["--masterauth", "s3cret", "--repl-diskless-load", "swapdb"]);
    replicate_with_auth(master, replica, "s3cret");
}

/// `AUTH <masteruser> <masterauth>` against a Gossamer master with requirepass.
#[test]
fn gossamer_replica_authenticates_as_user_to_a_gossamer_master() {
    let master = ServerProcess::gossamer(&["--requirepass", "s3cret"]);
    let replica = ServerProcess::gossamer(&["--masteruser", "default", "--masterauth", "s3cret"]);
    replicate_with_auth(master, replica, "s3cret");
}

/// A wrong masterauth is logged as Redis logs it, the link stays down, and the handshake is
/// retried: fixing the password with CONFIG SET is enough.
#[test]
fn wrong_masterauth_is_logged_and_retried() {
    let master = ServerProcess::gossamer(&["--requirepass", "right"]);
    let replica = ServerProcess::gossamer(&["--masterauth", "wrong"]);
    replicaof(&replica, &master);
    let line = "Unable to AUTH to MASTER: -WRONGPASS invalid username-password pair or user is disabled.";
    wait_until("the AUTH failure in the log", Duration::from_secs(10), || {
        replica.log().matches(line).count() >= 2
    });
    assert_eq!(info_field(&replica, "master_link_status"), "down");
    let _: () = redis::cmd("CONFIG")
        .arg("SET")
        .arg("masterauth")
        .arg("right")
        .query(&mut replica.conn())
        .expect("config set");
    wait_until("the link to be up", Duration::from_secs(15), || {
        info_field(&replica, "master_link_status") == "up"
    });
}

// ---------------------------------------------------------------------------
// replica-serve-stale-data.

fn raw_line(conn: &mut common::RawConn, line: &str) -> String {
    let args = common::words(line);
    let refs: Vec<&[u8]> = args.iter().map(|a| &a[..]).collect();
    conn.send_cmd(&refs);
    String::from_utf8_lossy(&conn.read_reply()).into_owned()
}

/// What clients of a replica whose master is unreachable get, with serve-stale-data off then on.
fn stale_replies(server: &ServerProcess, dead_port: u16) -> Vec<String> {
    let mut raw = server.raw();
    let lines = [
        "SET k v",
        "CONFIG SET replica-serve-stale-data no",
        &format!("REPLICAOF 127.0.0.1 {dead_port}"),
        "GET k",
        "SET k v2",
        "PING",
        "ECHO hi",
        "DBSIZE",
        "CONFIG GET replica-serve-stale-data",
        "MULTI",
        "GET k",
        "EXEC",
        "CONFIG SET slave-serve-stale-data yes",
        "GET k",
        "PING",
    ];
    lines
        .iter()
        .map(|l| format!("{l} -> {}", raw_line(&mut raw, l)))
        .collect()
}

#[test]
fn stale_replica_refuses_data_commands_like_redis() {
    let dead = free_port();
    let g = stale_replies(&ServerProcess::gossamer(&[]), dead);
    let r = stale_replies(&ServerProcess::redis(&[]), dead);
    assert_eq!(g, r);
    let want = "GET k -> -MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.\r\n";
    assert!(g.iter().any(|l| l == want), "{g:#?}");
    assert_eq!(g.last().map(String::as_str), Some("PING -> +PONG\r\n"));
}

// ---------------------------------------------------------------------------
// min-replicas-to-write / min-replicas-max-lag.

fn set_reply(server: &ServerProcess) -> String {
    raw_line(&mut server.raw(), "SET k v")
}

const NOREPLICAS: &str = "-NOREPLICAS Not enough good replicas to write.\r\n";

/// A replica stopped with SIGSTOP stops acknowledging: after max-lag seconds the master refuses
/// writes, and accepts them again once the replica continues.
#[test]
fn min_replicas_to_write_follows_replica_acks() {
    let policy = ["--min-replicas-to-write", "1", "--min-replicas-max-lag", "2"];
    let real = ServerProcess::redis(&policy);
    assert_eq!(set_reply(&real), NOREPLICAS);
    assert_eq!(info_field(&real, "min_slaves_good_slaves"), "0");
    let master = ServerProcess::gossamer(&policy);
    assert_eq!(set_reply(&master), NOREPLICAS);
    assert_eq!(info_field(&master, "min_slaves_good_slaves"), "0");
    assert_eq!(raw_line(&mut master.raw(), "GET k"), "$-1\r\n");
    let replica = ServerProcess::gossamer(&[]);
    replicaof(&replica, &master);
    wait_until("one good replica", Duration::from_secs(30), || {
        info_field(&master, "min_slaves_good_slaves") == "1"
    });
    assert_eq!(set_reply(&master), "+OK\r\n");
    // SAFETY: signalling our own child process.
    unsafe { libc::kill(replica.pid() as i32, libc::SIGSTOP) };
    wait_until("writes refused", Duration::from_secs(15), || {
        set_reply(&master) == NOREPLICAS
    });
    assert_eq!(info_field(&master, "min_slaves_good_slaves"), "0");
    // SAFETY: as above.
    unsafe { libc::kill(replica.pid() as i32, libc::SIGCONT) };
    wait_until("writes accepted", Duration::from_secs(15), || {
        set_reply(&master) == "+OK\r\n"
    });
    let mut raw = master.raw();
    assert_eq!(raw_line(&mut raw, "CONFIG SET min-slaves-to-write 0"), "+OK\r\n");
    assert_eq!(info_field(&master, "min_slaves_good_slaves"), "");
}

// ---------------------------------------------------------------------------
// What the write stream carries for commands Redis rewrites.

/// A connection that did PSYNC ? -1 and reads the master's stream as a replica would.
struct FakeReplica {
    stream: std::net::TcpStream,
    buf: Vec<u8>,
}

impl FakeReplica {
    fn attach(port: u16) -> FakeReplica {
        let stream = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect");
        stream.set_read_timeout(Some(Duration::from_secs(20))).expect("timeout");
        let mut fake = FakeReplica {
            stream,
            buf: Vec::new(),
        };
        std::io::Write::write_all(&mut fake.stream, b"*3\r\n$5\r\nPSYNC\r\n$1\r\n?\r\n$2\r\n-1\r\n").expect("psync");
        let reply = fake.line();
        assert!(
            reply.starts_with(b"+FULLRESYNC"),
            "{:?}",
            String::from_utf8_lossy(&reply)
        );
        let header = loop {
            let l = fake.line();
            if !l.is_empty() {
                break l;
            }
        };
        if let Some(mark) = header.strip_prefix(b"$EOF:") {
            while !fake.buf.windows(mark.len()).any(|w| w == mark) {
                fake.fill();
            }
            let end = fake.buf.windows(mark.len()).position(|w| w == mark).unwrap_or(0) + mark.len();
            fake.buf.drain(..end);
        } else {
            let len: usize = String::from_utf8_lossy(&header[1..]).parse().expect("payload length");
            fake.take(len);
        }
        fake
    }

    fn fill(&mut self) {
        let mut chunk = [0u8; 65536];
        let n = std::io::Read::read(&mut self.stream, &mut chunk).expect("read the stream");
        assert!(n > 0, "the master closed the stream");
        self.buf.extend_from_slice(&chunk[..n]);
    }

    fn line(&mut self) -> Vec<u8> {
        loop {
            if let Some(end) = self.buf.iter().position(|&b| b == b'\n') {
                let mut line: Vec<u8> = self.buf.drain(..=end).collect();
                line.pop();
                if line.last() == Some(&b'\r') {
                    line.pop();
                }
                return line;
            }
            self.fill();
        }
    }

    fn take(&mut self, n: usize) -> Vec<u8> {
        while self.buf.len() < n {
            self.fill();
        }
        self.buf.drain(..n).collect()
    }

    fn command(&mut self) -> Vec<String> {
        let header = self.line();
        let n: usize = String::from_utf8_lossy(&header[1..]).parse().expect("multibulk");
        (0..n)
            .map(|_| {
                let len: usize = String::from_utf8_lossy(&self.line()[1..]).parse().expect("bulk");
                String::from_utf8_lossy(&self.take(len + 2)[..len]).into_owned()
            })
            .collect()
    }

    /// Commands up to and including `last`, without PING, SELECT and REPLCONF.
    fn commands_until(&mut self, last: &[&str]) -> Vec<Vec<String>> {
        let mut out = Vec::new();
        loop {
            let cmd = self.command();
            let name = cmd.first().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
            if ["ping", "select", "replconf"].contains(&name.as_str()) {
                continue;
            }
            let done = cmd == last;
            out.push(cmd);
            if done {
                return out;
            }
        }
    }
}

/// Runs the rewritten commands on `master` and returns what a replica receives.
fn rewritten_stream(master: &ServerProcess) -> Vec<Vec<String>> {
    let mut fake = FakeReplica::attach(master.port);
    let mut c = master.raw();
    for line in [
        "SET f 10.5",
        "INCRBYFLOAT f 1",
        "INCRBYFLOAT f 0.1",
        "INCRBYFLOAT g 2.5e3",
        "HSET h a 1",
        "HINCRBYFLOAT h a 0.5",
        "HINCRBYFLOAT h b 1e2",
        "RPUSH src a b c",
        "BLMOVE src dst RIGHT LEFT 0",
        "BRPOPLPUSH src dst 0",
    ] {
        raw_line(&mut c, line);
    }
    let mut blocked = master.raw();
    for (wait, push) in [
        ("BLMOVE e1 d1 LEFT RIGHT 0", "RPUSH e1 x"),
        ("BRPOPLPUSH e2 d2 0", "RPUSH e2 y"),
    ] {
        let args = common::words(wait);
        let refs: Vec<&[u8]> = args.iter().map(|a| &a[..]).collect();
        blocked.send_cmd(&refs);
        std::thread::sleep(Duration::from_millis(300));
        raw_line(&mut c, push);
        blocked.read_reply();
    }
    raw_line(&mut c, "SET done 1");
    fake.commands_until(&["SET", "done", "1"])
}

fn argv(line: &str) -> Vec<String> {
    line.split(' ').map(str::to_string).collect()
}

/// INCRBYFLOAT → SET … KEEPTTL, HINCRBYFLOAT → HSET, BLMOVE → LMOVE, BRPOPLPUSH → RPOPLPUSH
/// (lowercase directions when a blocked client is served): the same stream as redis-server.
#[test]
fn rewritten_commands_reach_replicas_as_redis_sends_them() {
    let g = rewritten_stream(&ServerProcess::gossamer(&[]));
    let r = rewritten_stream(&ServerProcess::redis(&["--repl-diskless-sync", "no"]));
    assert_eq!(g, r);
    for want in [
        "SET f 11.5 KEEPTTL",
        "SET g 2500 KEEPTTL",
        "HSET h a 1.5",
        "HSET h b 100",
        "LMOVE src dst RIGHT LEFT",
        "RPOPLPUSH src dst",
        "LMOVE e1 d1 left right",
        "RPOPLPUSH e2 d2",
    ] {
        assert!(g.contains(&argv(want)), "{want} missing from {g:?}");
    }
}

/// A served BLMOVE leaves the same lists on a real replica as on the master.
#[test]
fn real_replica_of_gossamer_master_follows_blmove_and_float_increments() {
    let master = ServerProcess::gossamer(&[]);
    let replica = ServerProcess::redis(&[]);
    synced_replica_of(&replica, &master);
    let _ = rewritten_stream(&master);
    let _: i64 = redis::cmd("WAIT")
        .arg(1)
        .arg(5000)
        .query(&mut master.conn())
        .expect("wait");
    assert_eq!(snapshot(&replica), snapshot(&master));
}

// ---------------------------------------------------------------------------
// repl-diskless-load is accepted (see master_link.rs for what the replica does).

fn diskless_load_replies(server: &ServerProcess) -> Vec<String> {
    let mut raw = server.raw();
    [
        "CONFIG GET repl-diskless-load",
        "CONFIG SET repl-diskless-load swapdb",
        "CONFIG GET repl-diskless-load",
        "CONFIG SET repl-diskless-load on-empty-db",
        "CONFIG SET repl-diskless-load maybe",
        "CONFIG GET repl-diskless-load",
    ]
    .iter()
    .map(|l| format!("{l} -> {}", raw_line(&mut raw, l)))
    .collect()
}

#[test]
fn repl_diskless_load_is_accepted_like_redis() {
    let args = ["--repl-diskless-load", "on-empty-db"];
    let g = diskless_load_replies(&ServerProcess::gossamer(&args));
    let r = diskless_load_replies(&ServerProcess::redis(&args));
    assert_eq!(g, r);
}

/// What EXEC answers when the policy changed after its commands were queued.
fn exec_refused_replies(server: &ServerProcess) -> Vec<String> {
    let (mut a, mut b) = (server.raw(), server.raw());
    let mut out = Vec::new();
    for line in ["MULTI", "SET k v", "GET k"] {
        out.push(format!("{line} -> {}", raw_line(&mut a, line)));
    }
    out.push(raw_line(&mut b, "CONFIG SET min-replicas-to-write 1"));
    for line in ["EXEC", "EXEC", "GET k"] {
        out.push(format!("{line} -> {}", raw_line(&mut a, line)));
    }
    out
}

/// A refused EXEC discards the transaction with -EXECABORT, as Redis's execCommandAbort.
#[test]
fn exec_refused_by_min_replicas_is_aborted_like_redis() {
    let g = exec_refused_replies(&ServerProcess::gossamer(&[]));
    let r = exec_refused_replies(&ServerProcess::redis(&[]));
    assert_eq!(g, r);
    let want = "EXEC -> -EXECABORT Transaction discarded because of: NOREPLICAS Not enough good replicas to write.\r\n";
    assert_eq!(g[4], want, "{g:#?}");
}

/// A master drops an online replica whose ACKs stopped for longer than repl-timeout, as Redis's
/// replicationCron does ("Disconnecting timedout replica (streaming sync)").
#[test]
fn master_drops_a_replica_silent_for_repl_timeout() {
    for flavor in [Flavor::Redis, Flavor::Gossamer] {
        let master = ServerProcess::start(flavor, &["--repl-timeout", "2", "--repl-diskless-sync-delay", "0"]);
        let replica = ServerProcess::redis(&[]);
        synced_replica_of(&replica, &master);
        wait_until("the master to count its replica", Duration::from_secs(10), || {
            info_field(&master, "connected_slaves") == "1"
        });
        // SAFETY: kill(2) on a child we own.
        unsafe { libc::kill(replica.pid() as i32, libc::SIGSTOP) };
        wait_until(
            "the master to drop the stopped replica",
            Duration::from_secs(15),
            || info_field(&master, "connected_slaves") == "0",
        );
        // SAFETY: as above.
        unsafe { libc::kill(replica.pid() as i32, libc::SIGCONT) };
        assert!(
            master.log().contains("Disconnecting timedout replica (streaming sync)"),
            "{flavor:?} master log:\n{}",
            master.log()
        );
    }
}
