//! The cluster bus end to end: real `redis-cli --cluster create` / `check`,
//! `redis-cli -c`, `redis-benchmark --cluster`, mixed clusters of real
//! redis-server 7.0.15 nodes and ours, failure detection with SIGSTOP, and a
//! restart from nodes.conf.
//!
//! Every test is written over the node flavor: `OURS` is the flavor under
//! test. Setting it to `Flavor::Redis` runs the whole file against real Redis
//! only (that is how the tests themselves are validated).

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::cluster::*;
use common::{Flavor, ServerProcess, require_tool, run_limited};

/// The flavor under test.
const OURS: Flavor = Flavor::Gossamer;
/// The real thing.
const REAL: Flavor = Flavor::Redis;

/// cluster-node-timeout for the SIGSTOP tests (ms).
const SIGSTOP_NODE_TIMEOUT_MS: u64 = 1500;

const MIXED: [Flavor; 6] = [REAL, OURS, REAL, OURS, REAL, OURS];

// ---------------------------------------------------------------------------
// Tests.

#[test]
fn create_three_masters() {
    let nodes = ready_cluster(&[OURS; 3], 0, &[]);
    check_cluster(nodes[0].port, &nodes);

    let p1 = nodes[0].port.to_string();
    let out = cli_all(nodes[0].port, &["-c", "SET", "foo", "bar"]);
    assert_eq!(out.trim(), "OK", "SET via -c from {p1}\n{}", dump(&nodes));
    for n in &nodes {
        let out = cli_all(n.port, &["-c", "GET", "foo"]);
        assert_eq!(out.trim(), "bar", "GET via -c from {}\n{}", n.port, dump(&nodes));
    }

    // Without -c a non-owner answers MOVED with the owner's address.
    let slot: u16 = query(nodes[0].port, &["CLUSTER", "KEYSLOT", "foo"])
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(slot, 12182);
    let owner = nodes
        .iter()
        .find(|n| owns_slot(&myself_line(n.port).slots, slot))
        .unwrap_or_else(|| panic!("nobody owns slot {slot}\n{}", dump(&nodes)));
    for n in nodes.iter().filter(|n| n.port != owner.port) {
        let out = cli_all(n.port, &["GET", "foo"]);
        assert_eq!(
            out.trim(),
            format!("MOVED {slot} 127.0.0.1:{}", owner.port),
            "plain GET on non-owner {}\n{}",
            n.port,
            dump(&nodes)
        );
    }
    assert_eq!(cli_all(owner.port, &["GET", "foo"]).trim(), "bar");
}

#[test]
fn create_six_nodes_with_replicas() {
    let nodes = start_cluster_nodes(&[OURS; 6], &[]);
    create_cluster(&nodes, 1);
    check_cluster(nodes[0].port, &nodes);
    let shape_ok = || {
        nodes.iter().all(|n| {
            let Some(lines) = parsed(n.port) else { return false };
            let masters: Vec<&NodeLine> = lines.iter().filter(|l| l.has_flag("master")).collect();
            let slaves: Vec<&NodeLine> = lines.iter().filter(|l| l.has_flag("slave")).collect();
            let master_ids: Vec<&str> = masters.iter().map(|l| l.id.as_str()).collect();
            lines.len() == 6
                && lines.iter().all(|l| l.link == "connected" && l.flags.len() == 1)
                && masters.len() == 3
                && masters.iter().all(|l| !l.slots.is_empty() && l.master == "-")
                && slaves.len() == 3
                && slaves
                    .iter()
                    .all(|l| l.slots.is_empty() && master_ids.contains(&l.master.as_str()))
        })
    };
    wait_for(
        &nodes,
        "6 lines on every node: 3 masters with slots, 3 slaves, all connected",
        WAIT,
        shape_ok,
    );
    // Each master has exactly one replica.
    let lines = parsed(nodes[0].port).unwrap();
    for m in lines.iter().filter(|l| l.has_flag("master")) {
        let n = lines.iter().filter(|l| l.master == m.id).count();
        assert_eq!(n, 1, "replicas of {}\n{}", m.id, dump(&nodes));
    }
    wait_cluster_ok(&nodes);
}

#[test]
fn benchmark_cluster_mode() {
    let nodes = ready_cluster(&[OURS; 3], 0, &[]);
    require_tool("redis-benchmark");
    let out = run_limited(
        Command::new("redis-benchmark").args([
            "--cluster",
            "-h",
            "127.0.0.1",
            "-p",
            &nodes[0].port.to_string(),
            "-t",
            "set,get",
            "-n",
            "20000",
            "-q",
        ]),
        Duration::from_secs(60),
    )
    .unwrap_or_else(|out| panic!("redis-benchmark hung:\n{}\n{}", text(&out), dump(&nodes)));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let has = |name: &str| {
        stdout
            .split(['\r', '\n'])
            .any(|seg| seg.starts_with(&format!("{name}: ")) && seg.contains("requests per second"))
    };
    assert!(
        out.status.success() && has("SET") && has("GET"),
        "redis-benchmark --cluster:\n{}\n{}",
        text(&out),
        dump(&nodes)
    );
    // The keys landed on every master.
    for n in &nodes {
        let size: i64 = query(n.port, &["DBSIZE"]).unwrap().parse().unwrap();
        assert!(
            size > 0,
            "node {} has no keys after the benchmark\n{}",
            n.port,
            dump(&nodes)
        );
    }
}

#[test]
fn mixed_cluster_three_real_three_ours() {
    let nodes = ready_cluster(&MIXED, 0, &[]);
    // ready_cluster waited for identical views; spell out what they contain.
    let lines = parsed(nodes[0].port).unwrap();
    let ids: Vec<String> = nodes.iter().map(|n| myid(n.port)).collect();
    for (n, id) in nodes.iter().zip(&ids) {
        let line = lines
            .iter()
            .find(|l| &l.id == id)
            .unwrap_or_else(|| panic!("{id} missing\n{}", dump(&nodes)));
        assert_eq!(line.port(), n.port);
        assert_eq!(line.flags, vec!["master".to_string()], "{}", dump(&nodes));
        assert_eq!(line.master, "-");
        assert!(!line.slots.is_empty(), "{}", dump(&nodes));
    }
    // Config epochs 1..6 in creation order (set-config-epoch).
    let mut epochs: Vec<String> = ids
        .iter()
        .map(|id| lines.iter().find(|l| &l.id == id).unwrap().config_epoch.clone())
        .collect();
    epochs.sort();
    assert_eq!(epochs, ["1", "2", "3", "4", "5", "6"], "{}", dump(&nodes));
    // Every node: myself line is its own id.
    for (n, id) in nodes.iter().zip(&ids) {
        assert_eq!(&myself_line(n.port).id, id);
    }
    let real = nodes.iter().find(|n| n.flavor == REAL).unwrap();
    let ours = nodes.iter().rev().find(|n| n.flavor == OURS).unwrap();
    check_cluster(real.port, &nodes);
    check_cluster(ours.port, &nodes);
}

/// SIGCONTs the process on drop, so a failed assertion never leaves a
/// stopped server behind (it could not be killed cleanly otherwise).
struct StopGuard(i32);

impl StopGuard {
    fn stop(pid: u32) -> StopGuard {
        // SAFETY: signal to our own child's pid.
        let rc = unsafe { libc::kill(pid as i32, libc::SIGSTOP) };
        assert_eq!(rc, 0, "SIGSTOP {pid}");
        StopGuard(pid as i32)
    }
}

impl Drop for StopGuard {
    fn drop(&mut self) {
        // SAFETY: signal to our own child's pid.
        unsafe { libc::kill(self.0, libc::SIGCONT) };
    }
}

fn sigstop_scenario(victim: usize) {
    let timeout = SIGSTOP_NODE_TIMEOUT_MS.to_string();
    let nodes = ready_cluster(&MIXED, 0, &["--cluster-node-timeout", &timeout]);
    let victim_id = myid(nodes[victim].port);
    let others: Vec<&ServerProcess> = nodes
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != victim)
        .map(|(_, n)| n)
        .collect();
    let limit = Duration::from_millis(SIGSTOP_NODE_TIMEOUT_MS * 2) + WAIT;

    let flags_of =
        |port: u16| -> Option<Vec<String>> { parsed(port)?.into_iter().find(|l| l.id == victim_id).map(|l| l.flags) };

    let guard = StopGuard::stop(nodes[victim].pid());
    let took = wait_for(
        &nodes,
        &format!("every other node flags {victim_id} as fail"),
        limit,
        || {
            others
                .iter()
                .all(|n| flags_of(n.port).is_some_and(|f| f.iter().any(|x| x == "fail")))
        },
    );
    eprintln!("FAIL agreed {took:?} after SIGSTOP");
    wait_for(&nodes, "cluster_state:fail on every running node", limit, || {
        others.iter().all(|n| cluster_state(n.port).as_deref() == Ok("fail"))
    });
    // They agree about the failed node.
    for n in &others {
        let f = flags_of(n.port).unwrap();
        assert_eq!(f, vec!["fail".to_string(), "master".to_string()], "{}", dump(&nodes));
    }

    drop(guard);
    let took = wait_for(
        &nodes,
        &format!("nobody flags {victim_id} as failing, all ok"),
        limit,
        || {
            nodes.iter().all(|n| {
                flags_of(n.port).is_some_and(|f| !f.iter().any(|x| x == "fail" || x == "fail?"))
                    && cluster_state(n.port).as_deref() == Ok("ok")
            })
        },
    );
    eprintln!("recovered {took:?} after SIGCONT");
    wait_for(&nodes, "all nodes connected and agreeing", WAIT, || {
        views_agree(&nodes, nodes.len())
    });
}

#[test]
fn mixed_cluster_sigstop_real_node() {
    let victim = MIXED.iter().rposition(|f| *f == REAL).unwrap();
    sigstop_scenario(victim);
}

#[test]
fn mixed_cluster_sigstop_our_node() {
    let victim = MIXED.iter().rposition(|f| *f == OURS).unwrap();
    sigstop_scenario(victim);
}

#[test]
fn restart_from_nodes_conf() {
    let mut nodes = ready_cluster(&[OURS; 3], 0, &[]);
    let port = nodes[1].port;
    let before = myself_line(port);
    let id = myid(port);
    assert_eq!(before.id, id);
    let cport: u16 = before
        .addr
        .split('@')
        .nth(1)
        .unwrap()
        .split(',')
        .next()
        .unwrap()
        .parse()
        .unwrap();

    let old = nodes.remove(1);
    let flavor = old.flavor;
    let dir = old.stop_keep_dir();
    assert!(dir.path().join("nodes.conf").exists());
    let args = node_args(cport, NODE_TIMEOUT_MS);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let restarted = ServerProcess::start_in_dir(flavor, port, dir, &args);
    nodes.insert(1, restarted);

    assert_eq!(myid(port), id, "{}", dump(&nodes));
    let after = myself_line(port);
    assert_eq!(after.slots, before.slots, "{}", dump(&nodes));
    assert_eq!(after.config_epoch, before.config_epoch, "{}", dump(&nodes));
    wait_for(&nodes, "all 3 nodes connected and agreeing after restart", WAIT, || {
        views_agree(&nodes, 3)
    });
    wait_cluster_ok(&nodes);
    check_cluster(port, &nodes);
}

// ---------------------------------------------------------------------------
// Manual failover. Data replication is not implemented yet, so these assert roles and slots only:
// the election (votes from real and Gossamer masters), the promotion and the old master turning
// into a replica of the new one, as every node sees it.

/// (replica port, replica id, master id) for every replica in `port`'s view.
fn replica_pairs(nodes: &[ServerProcess]) -> Vec<(u16, String, String)> {
    let lines = parsed(nodes[0].port).unwrap_or_default();
    lines
        .iter()
        .filter(|l| l.has_flag("slave"))
        .map(|l| (l.port(), l.id.clone(), l.master.clone()))
        .collect()
}

/// Every node sees `new_master` as a master with slots and `old_master` as its replica.
fn swapped_everywhere(nodes: &[ServerProcess], new_master: &str, old_master: &str) -> bool {
    nodes.iter().all(|n| {
        let Some(lines) = parsed(n.port) else { return false };
        let new_ok = lines
            .iter()
            .any(|l| l.id == new_master && l.has_flag("master") && !l.slots.is_empty());
        let old_ok = lines
            .iter()
            .any(|l| l.id == old_master && l.has_flag("slave") && l.master == new_master);
        new_ok && old_ok
    })
}

/// `CLUSTER FAILOVER <how>` on the replica at `port`, then wait for the swap on every node.
fn fail_over(nodes: &[ServerProcess], port: u16, replica: &str, master: &str, how: &[&str]) {
    let mut args = vec!["CLUSTER", "FAILOVER"];
    args.extend_from_slice(how);
    assert_eq!(
        query(port, &args).as_deref(),
        Ok("OK"),
        "CLUSTER FAILOVER {how:?} on {port}"
    );
    wait_for(
        nodes,
        &format!("CLUSTER FAILOVER {how:?}: {replica} master of {master}"),
        WAIT,
        || swapped_everywhere(nodes, replica, master),
    );
    wait_cluster_ok(nodes);
}

#[test]
fn manual_failover_default_force_takeover_swap_roles() {
    let nodes = ready_cluster(&[OURS; 6], 1, &[]);
    let (port, replica, master) = replica_pairs(&nodes).into_iter().next().expect("a replica");
    // Acknowledged writes on the master must all be on the replica after a default failover.
    let master_port = nodes
        .iter()
        .map(|n| n.port)
        .find(|&p| myid(p) == master)
        .expect("master");
    let keys = keys_of_master(master_port, &master, 1000);
    let client = redis::Client::open(format!("redis://127.0.0.1:{master_port}/")).expect("client");
    let mut conn = client.get_connection().expect("connect");
    let mut pipe = redis::pipe();
    for k in &keys {
        pipe.cmd("SET").arg(k).arg(k).ignore();
    }
    pipe.cmd("WAIT").arg(1).arg(5000);
    let (acked,): (i64,) = pipe.query(&mut conn).expect("writes");
    assert_eq!(acked, 1, "WAIT before the failover");
    fail_over(&nodes, port, &replica, &master, &[]);
    for k in &keys {
        assert_eq!(
            query(port, &["GET", k]).as_deref(),
            Ok(k.as_str()),
            "{k} lost in the default failover"
        );
    }
    let old_master_port = nodes
        .iter()
        .map(|n| n.port)
        .find(|&p| myid(p) == master)
        .expect("old master");
    fail_over(&nodes, old_master_port, &master, &replica, &["FORCE"]);
    fail_over(&nodes, port, &replica, &master, &["TAKEOVER"]);
    check_cluster(nodes[0].port, &nodes);
}

#[test]
fn mixed_cluster_forced_failovers_get_votes_from_both_kinds() {
    let nodes = ready_cluster(&MIXED, 1, &[]);
    for (port, replica, master) in replica_pairs(&nodes) {
        fail_over(&nodes, port, &replica, &master, &["FORCE"]);
    }
    check_cluster(nodes[1].port, &nodes);
}

/// Masters [real, ours, real] with replicas [ours, real, ours] (each replica of the master at the
/// same index), acknowledged writes on every shard, then `kill -9` a real master (our replica takes
/// over) and an own master (the real replica takes over): no acknowledged write is lost.
#[test]
fn mixed_cluster_failover_both_ways_keeps_acknowledged_writes() {
    let masters = start_cluster_nodes(&[REAL, OURS, REAL], &[]);
    create_cluster(&masters, 0);
    let replicas = start_cluster_nodes(&[OURS, REAL, OURS], &[]);
    let first = masters[0].port.to_string();
    let first_cport = myself_line(masters[0].port)
        .addr
        .split('@')
        .nth(1)
        .unwrap_or_default()
        .to_string();
    for r in &replicas {
        assert_eq!(
            query(r.port, &["CLUSTER", "MEET", "127.0.0.1", &first, &first_cport]).as_deref(),
            Ok("OK")
        );
    }
    let ids: Vec<String> = masters.iter().map(|m| myid(m.port)).collect();
    let all: Vec<u16> = masters.iter().chain(&replicas).map(|n| n.port).collect();
    for (r, id) in replicas.iter().zip(&ids) {
        let deadline = Instant::now() + WAIT;
        while query(r.port, &["CLUSTER", "REPLICATE", id]).as_deref() != Ok("OK") {
            assert!(
                Instant::now() < deadline,
                "CLUSTER REPLICATE {id} on {} never succeeded",
                r.port
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
    let deadline = Instant::now() + WAIT;
    while !all.iter().all(|&p| {
        parsed(p).is_some_and(|l| l.len() == 6 && l.iter().filter(|x| x.has_flag("slave")).count() == 3)
            && cluster_state(p).as_deref() == Ok("ok")
    }) {
        assert!(Instant::now() < deadline, "mixed cluster with replicas never settled");
        std::thread::sleep(Duration::from_millis(100));
    }
    // 300 acknowledged keys per shard.
    let mut shard_keys = Vec::new();
    for (m, id) in masters.iter().zip(&ids) {
        let keys = keys_of_master(m.port, id, 300);
        let client = redis::Client::open(format!("redis://127.0.0.1:{}/", m.port)).expect("client");
        let mut conn = client.get_connection().expect("connect");
        let mut pipe = redis::pipe();
        for k in &keys {
            pipe.cmd("SET").arg(k).arg(k).ignore();
        }
        pipe.cmd("WAIT").arg(1).arg(10_000);
        let (acked,): (i64,) = pipe.query(&mut conn).expect("writes");
        assert_eq!(acked, 1, "WAIT on {:?} master {}", m.flavor, m.port);
        shard_keys.push(keys);
    }
    // kill -9 the real master 0, then our master 1.
    let mut dead: Vec<u16> = Vec::new();
    for victim in [0usize, 1] {
        let victim_port = masters[victim].port;
        // SAFETY: SIGKILL to a child we own; its Drop later reaps it.
        unsafe { libc::kill(masters[victim].pid() as i32, libc::SIGKILL) };
        dead.push(victim_port);
        let new_port = replicas[victim].port;
        let live: Vec<u16> = all.iter().copied().filter(|p| !dead.contains(p)).collect();
        let deadline = Instant::now() + WAIT;
        while !live.iter().all(|&p| cluster_state(p).as_deref() == Ok("ok"))
            || !parsed(new_port).is_some_and(|l| {
                l.iter()
                    .any(|x| x.myself && x.has_flag("master") && !x.slots.is_empty())
            })
        {
            assert!(
                Instant::now() < deadline,
                "replica {:?} {new_port} did not replace master {victim_port}",
                replicas[victim].flavor
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        for k in &shard_keys[victim] {
            assert_eq!(
                query(new_port, &["GET", k]).as_deref(),
                Ok(k.as_str()),
                "{k} lost when {:?} replica {new_port} took over",
                replicas[victim].flavor
            );
        }
    }
}
