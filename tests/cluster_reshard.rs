//! Resharding with the real `redis-cli --cluster` tools: `reshard` of 1000
//! slots holding 100,000 keys of every type (with TTLs) while a client keeps
//! writing and reading through MOVED/ASK redirection; `add-node` (also from a
//! real redis-server entry node, which sends FUNCTION DUMP/LIST/RESTORE),
//! `rebalance`, `del-node`; `fix` of a half-migrated and of an uncovered
//! slot; a reshard from a real node to ours and back.
//!
//! `OURS` is the flavor under test; set it to `Flavor::Redis` to run the
//! file against real Redis only (that is how these tests were validated).

mod common;

use std::collections::HashMap;
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use common::cluster::*;
use common::{Flavor, ServerProcess, require_tool, run_limited, run_limited_with_input};
use gossamer::slot::key_hash_slot;

/// The flavor under test.
const OURS: Flavor = Flavor::Gossamer;
/// The real thing.
const REAL: Flavor = Flavor::Redis;

/// TTL given to every third key (ms): long enough not to expire meanwhile.
const TTL_MS: i64 = 3_600_000;
/// Bound of one `redis-cli --cluster` run.
const TOOL_LIMIT: Duration = Duration::from_secs(300);

// ---------------------------------------------------------------------------
// Tests.

#[test]
fn reshard_1000_slots_with_100k_keys_under_load() {
    let nodes = ready_cluster(&[OURS, OURS, OURS], 0, &[]);
    let (src, dst) = (&nodes[0], &nodes[1]);
    let (src_id, dst_id) = (myid(src.port), myid(dst.port));
    // --cluster-from moves the source's lowest-numbered slots: 0..=999.
    let moved: Vec<u16> = (0..1000).collect();
    assert!(myself_line(src.port).slots[0].starts_with("0-"), "{}", dump(&nodes));
    let data = SlotData::new(&moved, 100);
    data.populate(src.port);
    assert_eq!(dbsize(src.port), 100_000);

    let load = Load::start(&nodes, &moved);
    let started = Instant::now();
    let out = cluster_tool(
        &nodes,
        &[
            "reshard",
            &addr(src),
            "--cluster-from",
            &src_id,
            "--cluster-to",
            &dst_id,
            "--cluster-slots",
            "1000",
            "--cluster-yes",
        ],
    );
    let took = started.elapsed();
    let report = load.stop();
    assert!(out.contains("Moving slot 999 from"), "{out}");
    eprintln!("reshard of 1000 slots / 100,000 keys took {took:?}; load: {report:?}");

    check_cluster(src.port, &nodes);
    for n in &nodes {
        let lines = parsed(n.port).expect("CLUSTER NODES");
        let owner = lines.iter().find(|l| l.id == dst_id).expect("target line");
        assert!(
            moved.iter().all(|&s| owns_slot(&owner.slots, s)),
            "node {} does not see slots 0-999 on the target:\n{}",
            n.port,
            dump(&nodes)
        );
    }
    assert_eq!(
        dbsize(src.port) + dbsize(dst.port) + dbsize(nodes[2].port),
        report.total_keys(100_000)
    );
    assert!(
        report.writes > 0 && report.reads > 0,
        "the load made no progress: {report:?}"
    );
    // Every key is on the owner of its slot, with its type and TTL.
    data.verify(dst.port);
    for &slot in &moved {
        assert_eq!(count_in_slot(src.port, slot), 0, "slot {slot} keys left on the source");
    }
    report.verify(&nodes);
}

#[test]
fn add_node_rebalance_and_del_node() {
    let mut nodes = ready_cluster(&[OURS, OURS, OURS], 0, &[]);
    let entry = addr(&nodes[0]);
    let slots: Vec<u16> = (0..16384).step_by(64).collect();
    let data = SlotData::new(&slots, 8);
    data.populate_cluster(&nodes);
    let keys = dbsize_all(&nodes);
    assert_eq!(keys, slots.len() * 8);

    // A new master and a replica of it.
    let added = start_cluster_nodes(&[OURS, OURS], &[]);
    let (new_master, new_replica) = (addr(&added[0]), addr(&added[1]));
    let master_id = myid(added[0].port);
    nodes.extend(added);
    cluster_tool(&nodes, &["add-node", &new_master, &entry]);
    wait_for(&nodes[..4], "the new master to join", WAIT, || {
        views_agree(&nodes[..4], 4)
    });
    cluster_tool(
        &nodes,
        &[
            "add-node",
            &new_replica,
            &entry,
            "--cluster-slave",
            "--cluster-master-id",
            &master_id,
        ],
    );
    wait_for(&nodes, "the new replica to join", WAIT, || {
        views_agree(&nodes, 5) && myself_line(nodes[4].port).master == master_id
    });
    // A node that just joined serves nothing (CLUSTERDOWN) until its state is ok.
    wait_cluster_ok(&nodes);

    // Rebalance gives the empty master its share.
    let out = cluster_tool(&nodes, &["rebalance", &entry, "--cluster-use-empty-masters"]);
    assert!(out.contains("Moving"), "{out}");
    wait_for(&nodes, "views to agree after rebalance", WAIT, || {
        views_agree(&nodes, 5)
    });
    let share = slot_count(&myself_line(nodes[3].port).slots);
    assert!((4000..=4200).contains(&share), "new master got {share} slots:\n{out}");
    check_cluster(nodes[0].port, &nodes);
    assert_eq!(dbsize_all(&nodes[..4]), keys);
    data.verify_cluster(&nodes);

    // Drain it (weight 0), then remove the replica and the master.
    cluster_tool(
        &nodes,
        &["rebalance", &entry, "--cluster-weight", &format!("{master_id}=0")],
    );
    wait_for(&nodes, "the drained master to own nothing", WAIT, || {
        views_agree(&nodes, 5) && slot_count(&myself_line(nodes[3].port).slots) == 0
    });
    let replica_id = myid(nodes[4].port);
    cluster_tool(&nodes, &["del-node", &entry, &replica_id]);
    cluster_tool(&nodes, &["del-node", &entry, &master_id]);
    nodes.truncate(3);
    wait_for(&nodes, "three nodes left", WAIT, || views_agree(&nodes, 3));
    check_cluster(nodes[0].port, &nodes);
    assert_eq!(dbsize_all(&nodes), keys);
    data.verify_cluster(&nodes);
}

#[test]
fn mixed_cluster_add_node_from_real_entry_and_reshard_both_ways() {
    let mut nodes = ready_cluster(&[REAL, OURS, REAL], 0, &[]);
    let (real, ours) = (&nodes[0], &nodes[1]);
    let (real_id, our_id) = (myid(real.port), myid(ours.port));
    let moved: Vec<u16> = (0..200).collect();
    let data = SlotData::new(&moved, 50);
    data.populate(real.port);

    // Real Redis → ours, then back.
    let real_addr = addr(real);
    reshard_and_verify(&nodes, &data, (real, &real_id), (ours, &our_id), 200);
    reshard_and_verify(&nodes, &data, (ours, &our_id), (real, &real_id), 200);

    // add-node through a real entry node: it sends FUNCTION DUMP to the
    // entry node, then FUNCTION LIST and FUNCTION RESTORE to the new node.
    let added = start_cluster_nodes(&[OURS], &[]).remove(0);
    let new_addr = addr(&added);
    nodes.push(added);
    let out = cluster_tool(&nodes, &["add-node", &new_addr, &real_addr]);
    assert!(
        out.contains("[OK] New node added correctly.") && !out.contains("ERR"),
        "add-node output:\n{out}"
    );
    wait_for(&nodes, "the new node to join", WAIT, || views_agree(&nodes, 4));
    wait_cluster_ok(&nodes);
    check_cluster(nodes[3].port, &nodes);
}

#[test]
fn fix_repairs_a_half_migrated_slot_and_an_uncovered_slot() {
    let nodes = ready_cluster(&[OURS, OURS, OURS], 0, &[]);
    let (a, b) = (&nodes[0], &nodes[1]);
    let (a_id, b_id) = (myid(a.port), myid(b.port));
    let slots = [100u16, 200];
    let data = SlotData::new(&slots, 20);
    data.populate(a.port);

    // Slot 100: importing on B, migrating on A, half its keys moved.
    let (s, half) = (slots[0], data.keys_in(slots[0]));
    ok(b.port, &["CLUSTER", "SETSLOT", &s.to_string(), "IMPORTING", &a_id]);
    ok(a.port, &["CLUSTER", "SETSLOT", &s.to_string(), "MIGRATING", &b_id]);
    let b_port = b.port.to_string();
    let mut migrate = vec!["MIGRATE", "127.0.0.1", &b_port, "", "0", "5000", "KEYS"];
    migrate.extend(half[..10].iter().map(String::as_str));
    ok(a.port, &migrate);
    assert_eq!((count_in_slot(a.port, s), count_in_slot(b.port, s)), (10, 10));

    fix(&nodes, &addr(a));
    assert_eq!(
        count_in_slot(owner_port(a.port, s), s),
        20,
        "slot {s} after fix:\n{}",
        dump(&nodes)
    );

    // Slot 200: unassigned everywhere, its keys still on A.
    for n in &nodes {
        ok(n.port, &["CLUSTER", "DELSLOTS", &slots[1].to_string()]);
    }
    wait_for(&nodes, "slot 200 unassigned everywhere", WAIT, || {
        nodes
            .iter()
            .all(|n| parsed(n.port).is_some_and(|lines| lines.iter().all(|l| !owns_slot(&l.slots, slots[1]))))
    });
    fix(&nodes, &addr(b));
    assert_eq!(
        owner_port(b.port, slots[1]),
        a.port,
        "slot 200 goes to the node with its keys"
    );
    assert_eq!(count_in_slot(a.port, slots[1]), 20);
    data.verify_cluster(&nodes);
}

/// `redis-cli --cluster reshard` of `slots` slots from `from` to `to` (entry: the target), then
/// agreeing views, a clean check and every key of `data` on the target.
fn reshard_and_verify(
    nodes: &[ServerProcess],
    data: &SlotData,
    from: (&ServerProcess, &str),
    to: (&ServerProcess, &str),
    slots: usize,
) {
    let (entry, count) = (addr(to.0), slots.to_string());
    cluster_tool(
        nodes,
        &[
            "reshard",
            &entry,
            "--cluster-from",
            from.1,
            "--cluster-to",
            to.1,
            "--cluster-slots",
            &count,
            "--cluster-yes",
        ],
    );
    wait_for(nodes, "views to agree after the reshard", WAIT, || {
        views_agree(nodes, nodes.len())
    });
    check_cluster(from.0.port, nodes);
    data.verify(to.0.port);
}

/// `redis-cli --cluster fix` (answering the typed "yes" it asks for per
/// category, --cluster-yes or not), then a clean check.
fn fix(nodes: &[ServerProcess], entry: &str) {
    require_tool("redis-cli");
    let out = run_limited_with_input(
        Command::new("redis-cli").args(["--cluster", "fix", entry, "--cluster-yes"]),
        b"yes\nyes\nyes\n",
        TOOL_LIMIT,
    )
    .unwrap_or_else(|out| panic!("fix hung:\n{}\n{}", text(&out), dump(nodes)));
    let out_text = text(&out);
    assert!(
        out.status.success() && !out_text.contains("replied with error"),
        "fix failed:\n{out_text}\n{}",
        dump(nodes)
    );
    wait_for(nodes, "views to agree after fix", WAIT, || {
        views_agree(nodes, nodes.len())
    });
    check_cluster(nodes[0].port, nodes);
}

// ---------------------------------------------------------------------------
// Data: keys of every type spread over chosen slots.

/// `per_slot` keys in each of `slots` (a hash tag per slot), cycling
/// through string, list, hash, set and zset; every third one with a TTL.
struct SlotData {
    keys: Vec<(u16, String)>,
}

impl SlotData {
    fn new(slots: &[u16], per_slot: usize) -> SlotData {
        let tags = tags_for(slots);
        let keys = slots
            .iter()
            .flat_map(|&s| (0..per_slot).map(move |i| (s, i)))
            .map(|(s, i)| (s, format!("{{{}}}:{i}", tags[&s])))
            .collect();
        SlotData { keys }
    }

    fn keys_in(&self, slot: u16) -> Vec<String> {
        self.keys
            .iter()
            .filter(|(s, _)| *s == slot)
            .map(|(_, k)| k.clone())
            .collect()
    }

    /// Index of a key in the data set decides its type and TTL.
    fn kind(i: usize) -> (&'static str, bool) {
        (["string", "list", "hash", "set", "zset"][i % 5], i.is_multiple_of(3))
    }

    fn write_cmd(pipe: &mut redis::Pipeline, i: usize, key: &str) {
        let (kind, ttl) = Self::kind(i);
        match kind {
            "string" => pipe.cmd("SET").arg(key).arg(format!("v{i}")),
            "list" => pipe.cmd("RPUSH").arg(key).arg("a").arg(i).arg("c"),
            "hash" => pipe.cmd("HSET").arg(key).arg("f").arg(i).arg("g").arg("h"),
            "set" => pipe.cmd("SADD").arg(key).arg("x").arg(i).arg("z"),
            _ => pipe.cmd("ZADD").arg(key).arg(1).arg("m").arg(2).arg(i),
        };
        if ttl {
            pipe.cmd("PEXPIRE").arg(key).arg(TTL_MS);
        }
    }

    /// Write every key to the node on `port` (it must own all the slots).
    fn populate(&self, port: u16) {
        let mut conn = connect(port);
        for (chunk_no, chunk) in self.keys.chunks(1000).enumerate() {
            let mut pipe = redis::pipe();
            for (j, (_, key)) in chunk.iter().enumerate() {
                Self::write_cmd(&mut pipe, chunk_no * 1000 + j, key);
            }
            let _: Vec<redis::Value> = pipe
                .query(&mut conn)
                .unwrap_or_else(|e| panic!("populate on {port}: {e}"));
        }
    }

    /// Write every key to its slot's owner.
    fn populate_cluster(&self, nodes: &[ServerProcess]) {
        let owners = slot_owners(nodes[0].port);
        let mut pipes: HashMap<u16, redis::Pipeline> = HashMap::new();
        for (i, (slot, key)) in self.keys.iter().enumerate() {
            Self::write_cmd(pipes.entry(owners[slot]).or_default(), i, key);
        }
        for (port, pipe) in pipes {
            let _: Vec<redis::Value> = pipe
                .query(&mut connect(port))
                .unwrap_or_else(|e| panic!("populate {port}: {e}"));
        }
    }

    /// The read that shows a key's contents, for its kind.
    fn read_cmd(pipe: &mut redis::Pipeline, i: usize, key: &str) {
        match Self::kind(i).0 {
            "string" => pipe.cmd("GET").arg(key),
            "list" => pipe.cmd("LRANGE").arg(key).arg(0).arg(-1),
            "hash" => pipe.cmd("HGETALL").arg(key),
            "set" => pipe.cmd("SMEMBERS").arg(key),
            _ => pipe.cmd("ZRANGE").arg(key).arg(0).arg(-1).arg("WITHSCORES"),
        };
    }

    /// What `read_cmd` must show for the i-th key (unordered kinds sorted).
    fn expected_contents(i: usize) -> Vec<String> {
        let n = i.to_string();
        let mut v: Vec<String> = match Self::kind(i).0 {
            "string" => vec![format!("v{i}")],
            "list" => vec!["a".into(), n, "c".into()],
            "hash" => vec![format!("f={n}"), "g=h".into()],
            "set" => vec!["x".into(), n, "z".into()],
            _ => vec!["m".into(), "1".into(), n, "2".into()],
        };
        if matches!(Self::kind(i).0, "hash" | "set") {
            v.sort();
        }
        v
    }

    /// A reply of `read_cmd` in the form of `expected_contents`.
    fn contents(i: usize, reply: &redis::Value) -> Vec<String> {
        let items: Vec<String> = match reply {
            redis::Value::Array(items) => items.iter().map(as_text).collect(),
            other => vec![as_text(other)],
        };
        let mut items = match Self::kind(i).0 {
            "hash" => items.chunks(2).map(|p| p.join("=")).collect(),
            _ => items,
        };
        if matches!(Self::kind(i).0, "hash" | "set") {
            items.sort();
        }
        items
    }

    /// The keys at `indexes` are on `port` with their type, contents and TTL.
    fn verify_some(&self, port: u16, indexes: &[usize]) {
        let mut conn = connect(port);
        for chunk in indexes.chunks(1000) {
            let mut pipe = redis::pipe();
            for &i in chunk {
                let key = &self.keys[i].1;
                pipe.cmd("TYPE").arg(key).cmd("PTTL").arg(key);
                Self::read_cmd(&mut pipe, i, key);
            }
            let replies: Vec<redis::Value> = pipe
                .query(&mut conn)
                .unwrap_or_else(|e| panic!("verify on {port}: {e}"));
            for (j, &i) in chunk.iter().enumerate() {
                let (slot, key) = &self.keys[i];
                let (kind, ttl) = Self::kind(i);
                assert_eq!(as_text(&replies[3 * j]), kind, "TYPE of {key} (slot {slot}) on {port}");
                let pttl = as_int(&replies[3 * j + 1]);
                if ttl {
                    assert!(pttl > 0 && pttl <= TTL_MS, "PTTL of {key} on {port} is {pttl}");
                } else {
                    assert_eq!(pttl, -1, "PTTL of {key} on {port}");
                }
                let got = Self::contents(i, &replies[3 * j + 2]);
                assert_eq!(got, Self::expected_contents(i), "contents of {key} on {port}");
            }
        }
    }

    /// Every key is on `port` with its type, contents and TTL.
    fn verify(&self, port: u16) {
        let all: Vec<usize> = (0..self.keys.len()).collect();
        self.verify_some(port, &all);
    }

    /// Every key is on its slot's current owner, intact.
    fn verify_cluster(&self, nodes: &[ServerProcess]) {
        let owners = slot_owners(nodes[0].port);
        let mut by_owner: HashMap<u16, Vec<usize>> = HashMap::new();
        for (i, (slot, _)) in self.keys.iter().enumerate() {
            by_owner.entry(owners[slot]).or_default().push(i);
        }
        for (port, indexes) in by_owner {
            self.verify_some(port, &indexes);
        }
    }
}

/// A hash tag per slot (the first decimal number hashing there).
fn tags_for(slots: &[u16]) -> HashMap<u16, String> {
    let wanted: std::collections::HashSet<u16> = slots.iter().copied().collect();
    let mut tags = HashMap::new();
    let mut i = 0u64;
    while tags.len() < wanted.len() {
        let tag = i.to_string();
        let slot = key_hash_slot(tag.as_bytes());
        if wanted.contains(&slot) {
            tags.entry(slot).or_insert(tag);
        }
        i += 1;
    }
    tags
}

// ---------------------------------------------------------------------------
// A client writing and reading through the reshard.

/// INCR counters and GETs of fixed keys in the moving slots, following MOVED
/// and ASK like `redis-cli -c`, on a thread until stopped.
struct Load {
    stop: Arc<AtomicBool>,
    thread: std::thread::JoinHandle<LoadReport>,
}

#[derive(Debug, Default)]
struct LoadReport {
    writes: u64,
    reads: u64,
    moved: u64,
    asked: u64,
    /// Counter key → the last value an INCR acknowledged.
    acked: HashMap<String, i64>,
    /// Fixed key → its value (written before the reshard).
    fixed: Vec<(String, String)>,
}

impl LoadReport {
    /// Keys the load added on top of `base`.
    fn total_keys(&self, base: usize) -> usize {
        base + self.acked.len() + self.fixed.len()
    }

    /// No acknowledged INCR was lost; fixed keys kept their values.
    fn verify(&self, nodes: &[ServerProcess]) {
        let mut client = Redirecting::new(nodes[0].port);
        for (key, &acked) in &self.acked {
            let value = client
                .run(&redis::cmd("GET").arg(key).clone(), key)
                .expect("GET counter");
            assert_eq!(
                as_text(&value),
                acked.to_string(),
                "counter {key} lost acknowledged INCRs"
            );
        }
        for (key, expected) in &self.fixed {
            let value = client.run(&redis::cmd("GET").arg(key).clone(), key).expect("GET fixed");
            assert_eq!(&as_text(&value), expected, "fixed key {key}");
        }
    }
}

impl Load {
    fn start(nodes: &[ServerProcess], slots: &[u16]) -> Load {
        let tags = tags_for(slots);
        let mut report = LoadReport::default();
        let mut client = Redirecting::new(nodes[0].port);
        let step = (slots.len() / 50).max(1);
        for &slot in slots.iter().step_by(step) {
            let key = format!("{{{}}}:fixed", tags[&slot]);
            let value = format!("fixed-{slot}");
            client
                .run(&redis::cmd("SET").arg(&key).arg(&value).clone(), &key)
                .expect("SET fixed key");
            report.fixed.push((key, value));
        }
        let counters: Vec<String> = slots
            .iter()
            .step_by(step)
            .map(|s| format!("{{{}}}:counter", tags[s]))
            .collect();
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let thread = std::thread::spawn(move || {
            let mut round = 0usize;
            while !flag.load(Ordering::Relaxed) {
                let key = &counters[round % counters.len()];
                let value = client.run(&redis::cmd("INCR").arg(key).clone(), key).expect("INCR");
                report.acked.insert(key.clone(), as_int(&value));
                report.writes += 1;
                let (key, expected) = &report.fixed[round % report.fixed.len()];
                let value = client.run(&redis::cmd("GET").arg(key).clone(), key).expect("GET");
                assert_eq!(&as_text(&value), expected, "GET {key} during the reshard");
                report.reads += 1;
                round += 1;
                std::thread::sleep(Duration::from_millis(2));
            }
            report.moved = client.moved;
            report.asked = client.asked;
            report
        });
        Load { stop, thread }
    }

    fn stop(self) -> LoadReport {
        self.stop.store(true, Ordering::Relaxed);
        match self.thread.join() {
            Ok(report) => report,
            Err(panic) => std::panic::resume_unwind(panic),
        }
    }
}

/// A client following MOVED (remembering the new owner), ASK (ASKING then
/// the command once) and TRYAGAIN, with a bounded number of hops.
struct Redirecting {
    conns: HashMap<u16, redis::Connection>,
    slot_port: HashMap<u16, u16>,
    default_port: u16,
    moved: u64,
    asked: u64,
}

impl Redirecting {
    fn new(port: u16) -> Redirecting {
        Redirecting {
            conns: HashMap::new(),
            slot_port: HashMap::new(),
            default_port: port,
            moved: 0,
            asked: 0,
        }
    }

    fn conn(&mut self, port: u16) -> &mut redis::Connection {
        self.conns.entry(port).or_insert_with(|| connect(port))
    }

    fn run(&mut self, cmd: &redis::Cmd, key: &str) -> Result<redis::Value, String> {
        let slot = key_hash_slot(key.as_bytes());
        let mut port = *self.slot_port.get(&slot).unwrap_or(&self.default_port);
        let mut asking = false;
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            let conn = self.conn(port);
            if asking {
                let _: () = redis::cmd("ASKING").query(conn).map_err(|e| e.to_string())?;
            }
            let err = match cmd.query::<redis::Value>(conn) {
                Ok(v) => return Ok(v),
                Err(e) => e,
            };
            asking = false;
            match (err.code(), err.redirect_node()) {
                (Some("MOVED"), Some((to, _))) => {
                    port = port_of(to);
                    self.slot_port.insert(slot, port);
                    self.moved += 1;
                }
                (Some("ASK"), Some((to, _))) => {
                    port = port_of(to);
                    asking = true;
                    self.asked += 1;
                }
                (Some("TRYAGAIN"), _) => std::thread::sleep(Duration::from_millis(10)),
                _ => return Err(format!("{err} (from {port})")),
            }
        }
        Err(format!("no answer for {key} within 10 s of redirections"))
    }
}

fn port_of(addr: &str) -> u16 {
    addr.rsplit(':').next().and_then(|p| p.parse().ok()).unwrap_or(0)
}

// ---------------------------------------------------------------------------
// Small helpers.

fn addr(node: &ServerProcess) -> String {
    format!("127.0.0.1:{}", node.port)
}

/// Run `redis-cli --cluster <args>`; it must succeed. Its output.
fn cluster_tool(nodes: &[ServerProcess], args: &[&str]) -> String {
    require_tool("redis-cli");
    let out = run_limited(Command::new("redis-cli").arg("--cluster").args(args), TOOL_LIMIT)
        .unwrap_or_else(|out| panic!("redis-cli --cluster {args:?} hung:\n{}\n{}", text(&out), dump(nodes)));
    let all = text(&out);
    assert!(
        out.status.success() && !all.contains("[ERR]"),
        "redis-cli --cluster {args:?} failed:\n{all}\n{}",
        dump(nodes)
    );
    all
}

fn connect(port: u16) -> redis::Connection {
    let client = redis::Client::open(format!("redis://127.0.0.1:{port}/")).expect("client");
    let conn = client
        .get_connection_with_timeout(Duration::from_secs(5))
        .unwrap_or_else(|e| panic!("connect to {port}: {e}"));
    conn.set_read_timeout(Some(Duration::from_secs(30))).expect("timeout");
    conn
}

fn ok(port: u16, args: &[&str]) {
    assert_eq!(query(port, args).as_deref(), Ok("OK"), "{args:?} on {port}");
}

fn dbsize(port: u16) -> usize {
    query(port, &["DBSIZE"]).ok().and_then(|s| s.parse().ok()).unwrap_or(0)
}

fn dbsize_all(nodes: &[ServerProcess]) -> usize {
    nodes.iter().map(|n| dbsize(n.port)).sum()
}

fn count_in_slot(port: u16, slot: u16) -> usize {
    query(port, &["CLUSTER", "COUNTKEYSINSLOT", &slot.to_string()])
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(usize::MAX)
}

/// Slot → client port of its master, as the node on `port` sees it.
fn slot_owners(port: u16) -> HashMap<u16, u16> {
    let lines = parsed(port).expect("CLUSTER NODES");
    (0..16384u16)
        .filter_map(|s| lines.iter().find(|l| owns_slot(&l.slots, s)).map(|l| (s, l.port())))
        .collect()
}

fn owner_port(port: u16, slot: u16) -> u16 {
    slot_owners(port)[&slot]
}

fn slot_count(slots: &[String]) -> usize {
    (0..16384u16).filter(|&s| owns_slot(slots, s)).count()
}

fn as_text(v: &redis::Value) -> String {
    match v {
        redis::Value::BulkString(b) => String::from_utf8_lossy(b).into_owned(),
        redis::Value::SimpleString(s) => s.clone(),
        redis::Value::Okay => "OK".into(),
        redis::Value::Int(i) => i.to_string(),
        other => format!("{other:?}"),
    }
}

fn as_int(v: &redis::Value) -> i64 {
    match v {
        redis::Value::Int(i) => *i,
        other => panic!("expected an integer, got {other:?}"),
    }
}
