//! Cluster mode before the bus: the node's identity in cluster-config-file
//! (created, locked, reloaded, never overwritten when corrupt) and the CLUSTER
//! subcommands that need no peers, compared with redis-server 7.0.15.

mod common;

use std::process::Command;
use std::time::Duration;

use common::{Flavor, ServerProcess, free_port, gossamer_bin, run_bounded};

fn myid(server: &ServerProcess) -> String {
    server.cli(&["CLUSTER", "MYID"]).trim().to_string()
}

#[test]
fn identity_survives_restart_and_the_file_is_locked() {
    let port = free_port();
    let first = ServerProcess::start_on(Flavor::Gossamer, port, &["--cluster-enabled", "yes"]);
    let id = myid(&first);
    assert_eq!(id.len(), 40);
    assert!(
        id.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()),
        "{id}"
    );
    let conf = first.dir.path().join("nodes.conf");
    let text = std::fs::read_to_string(&conf).expect("nodes.conf written at start-up");
    assert!(
        text.starts_with(&format!("{id} ")) && text.contains("myself,master"),
        "{text}"
    );
    assert!(text.ends_with("vars currentEpoch 0 lastVoteEpoch 0\n"), "{text}");

    // A second node on the same file is refused while the first runs.
    let dir = first.dir.path().to_str().unwrap().to_string();
    let out = run_bounded(
        Command::new(gossamer_bin()).args([
            "--port",
            &free_port().to_string(),
            "--bind",
            "127.0.0.1",
            "--cluster-enabled",
            "yes",
            "--dir",
            &dir,
        ]),
        Duration::from_secs(10),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("is already used by a different Redis Cluster node"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    // Restart on the same directory: same id.
    let saved = std::fs::read_to_string(&conf).unwrap();
    let out_dir = first.stop_keep_dir();
    let out = Command::new(gossamer_bin())
        .args([
            "--port",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
            "--cluster-enabled",
            "yes",
            "--dir",
        ])
        .arg(out_dir.path())
        .args(["--daemonize", "no", "--save", ""])
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("restart");
    let mut restarted = out;
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let mut again = String::new();
    while std::time::Instant::now() < deadline && again.len() != 40 {
        again = String::from_utf8_lossy(&common::cli_output(port, &["CLUSTER", "MYID"]).stdout)
            .trim()
            .to_string();
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = restarted.kill();
    let _ = restarted.wait();
    assert_eq!(again, id);
    assert!(std::fs::read_to_string(&conf).unwrap().starts_with(&saved[..40]));
}

#[test]
fn corrupt_nodes_conf_stops_start_up_and_is_kept() {
    let dir = common::TempDir::new("corrupt");
    let conf = dir.path().join("nodes.conf");
    let corrupt = "this is not a nodes.conf line\nvars currentEpoch 0 lastVoteEpoch 0\n";
    std::fs::write(&conf, corrupt).unwrap();
    let out = run_bounded(
        Command::new(gossamer_bin())
            .args([
                "--port",
                &free_port().to_string(),
                "--bind",
                "127.0.0.1",
                "--cluster-enabled",
                "yes",
                "--dir",
            ])
            .arg(dir.path()),
        Duration::from_secs(10),
    );
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("Unrecoverable error: corrupted cluster config file"),
        "{stdout}"
    );
    assert_eq!(
        std::fs::read_to_string(&conf).unwrap(),
        corrupt,
        "the user's file must not be overwritten"
    );
}

#[test]
fn slot_commands_match_redis() {
    let redis = ServerProcess::redis(&["--cluster-enabled", "yes"]);
    let ours = ServerProcess::gossamer(&["--cluster-enabled", "yes"]);
    let script: &[&[&str]] = &[
        &["CLUSTER", "KEYSLOT", "foo"],
        &["CLUSTER", "KEYSLOT", "{user1000}.following"],
        &["CLUSTER", "KEYSLOT", "foo{}{bar}"],
        &["CLUSTER", "KEYSLOT", "foo{{bar}}zap"],
        &["CLUSTER", "KEYSLOT", ""],
        &["CLUSTER", "COUNTKEYSINSLOT", "16384"],
        &["CLUSTER", "COUNTKEYSINSLOT", "-1"],
        &["CLUSTER", "COUNTKEYSINSLOT", "abc"],
        &["CLUSTER", "COUNTKEYSINSLOT", "0"],
        &["CLUSTER", "GETKEYSINSLOT", "0", "-1"],
        &["CLUSTER", "GETKEYSINSLOT", "16384", "1"],
        &["CLUSTER", "GETKEYSINSLOT", "x", "1"],
        &["CLUSTER", "GETKEYSINSLOT", "0", "10"],
        &["CLUSTER", "KEYSLOT"],
        &["CLUSTER", "NOSUCH"],
        &["CLUSTER", "SAVECONFIG"],
        &["SELECT", "1"],
        &["SELECT", "0"],
    ];
    let (mut a, mut b) = (redis.raw(), ours.raw());
    for cmd in script {
        let args: Vec<&[u8]> = cmd.iter().map(|s| s.as_bytes()).collect();
        a.send_cmd(&args);
        b.send_cmd(&args);
        let (want, got) = (a.read_reply(), b.read_reply());
        assert_eq!(String::from_utf8_lossy(&got), String::from_utf8_lossy(&want), "{cmd:?}");
    }
    let nodes = ours.cli(&["CLUSTER", "NODES"]);
    let id = myid(&ours);
    assert_eq!(
        nodes,
        format!(
            "{id} :{}@{} myself,master - 0 0 0 connected\n",
            ours.port,
            ours.port + 10000
        )
    );
}

#[test]
fn cluster_commands_refused_when_disabled() {
    let server = ServerProcess::gossamer(&[]);
    assert_eq!(
        server.cli(&["CLUSTER", "MYID"]),
        "ERR This instance has cluster support disabled\n\n"
    );
}

fn wait_state_ok(server: &ServerProcess) {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while std::time::Instant::now() < deadline {
        if server.cli(&["CLUSTER", "INFO"]).contains("cluster_state:ok") {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("cluster_state never became ok");
}

/// Send one command to both servers and compare the replies byte for byte.
fn same(a: &mut common::RawConn, b: &mut common::RawConn, cmd: &[&str]) {
    let args: Vec<&[u8]> = cmd.iter().map(|s| s.as_bytes()).collect();
    a.send_cmd(&args);
    b.send_cmd(&args);
    let (want, got) = (a.read_reply(), b.read_reply());
    assert_eq!(String::from_utf8_lossy(&got), String::from_utf8_lossy(&want), "{cmd:?}");
}

#[test]
fn slot_assignment_and_routing_on_a_single_node_match_redis() {
    let redis = ServerProcess::redis(&["--cluster-enabled", "yes"]);
    let ours = ServerProcess::gossamer(&["--cluster-enabled", "yes"]);
    let (mut a, mut b) = (redis.raw(), ours.raw());
    let before: &[&[&str]] = &[
        &["SET", "foo", "1"],
        &["GET", "foo"],
        &["PING"],
        &["CLUSTER", "ADDSLOTS", "16384"],
        &["CLUSTER", "ADDSLOTS", "1", "x"],
        &["CLUSTER", "ADDSLOTS", "5", "5"],
        &["CLUSTER", "DELSLOTS", "7"],
        &["CLUSTER", "ADDSLOTSRANGE", "10", "5"],
        &["CLUSTER", "ADDSLOTSRANGE", "0", "1", "2"],
        &["CLUSTER", "ADDSLOTSRANGE", "0", "100", "50", "60"],
        &["CLUSTER", "ADDSLOTSRANGE", "0", "16383"],
        &["CLUSTER", "ADDSLOTS", "3"],
    ];
    for cmd in before {
        same(&mut a, &mut b, cmd);
    }
    wait_state_ok(&redis);
    wait_state_ok(&ours);
    let after: &[&[&str]] = &[
        &["SET", "foo", "1"],
        &["GET", "foo"],
        &["MSET", "a", "1", "b", "2"],
        &["MSET", "{t}a", "1", "{t}b", "2"],
        &["MGET", "{t}a", "{t}b"],
        &["DEL", "foo", "foo"],
        &["CLUSTER", "COUNTKEYSINSLOT", "5061"],
        &["MULTI"],
        &["SET", "x", "1"],
        &["SET", "y", "1"],
        &["EXEC"],
        &["CLUSTER", "DELSLOTSRANGE", "12182", "12182"],
        &["GET", "foo"],
        &["CLUSTER", "DELSLOTS", "12182"],
        &["CLUSTER", "ADDSLOTS", "12182"],
    ];
    for cmd in after {
        same(&mut a, &mut b, cmd);
    }
}

/// Like [`same`], with each server's own node id and port masked.
fn same_masked(a: &mut common::RawConn, b: &mut common::RawConn, masks: [(&str, u16); 2], cmd: &[&str]) {
    let args: Vec<&[u8]> = cmd.iter().map(|s| s.as_bytes()).collect();
    a.send_cmd(&args);
    b.send_cmd(&args);
    let mask = |reply: Vec<u8>, (id, port): (&str, u16)| {
        String::from_utf8_lossy(&reply)
            .replace(id, "<id>")
            .replace(&format!(":{port}\r\n"), ":<port>\r\n")
    };
    let (want, got) = (mask(a.read_reply(), masks[0]), mask(b.read_reply(), masks[1]));
    assert_eq!(without_byte_counters(&got), want, "{cmd:?}");
}

/// CLUSTER INFO of ours minus the `cluster_stats_bytes_*` lines we add after Redis's fields (the
/// bulk length is recomputed). Anything else must match byte for byte.
fn without_byte_counters(reply: &str) -> String {
    let Some(body) = reply.strip_prefix('$').and_then(|r| r.split_once("\r\n")) else {
        return reply.to_string();
    };
    let text = body.1.strip_suffix("\r\n").unwrap_or(body.1);
    if !text.contains("cluster_stats_bytes_") {
        return reply.to_string();
    }
    let kept: String = text
        .split_inclusive("\r\n")
        .filter(|line| !line.starts_with("cluster_stats_bytes_"))
        .collect();
    format!("${}\r\n{kept}\r\n", kept.len())
}

#[test]
fn local_cluster_subcommands_match_redis() {
    let redis = ServerProcess::redis(&["--cluster-enabled", "yes"]);
    let ours = ServerProcess::gossamer(&["--cluster-enabled", "yes"]);
    let (redis_id, our_id) = (myid(&redis), myid(&ours));
    let masks = [(redis_id.as_str(), redis.port), (our_id.as_str(), ours.port)];
    let (mut a, mut b) = (redis.raw(), ours.raw());
    let script: &[&[&str]] = &[
        &["CLUSTER", "ADDSLOTSRANGE", "0", "100", "200", "300"],
        &["CLUSTER", "ADDSLOTS", "5000"],
        &["CLUSTER", "SLOTS"],
        &["CLUSTER", "SHARDS"],
        &["CLUSTER", "LINKS"],
        &["CLUSTER", "COUNT-FAILURE-REPORTS", "abc"],
        &["CLUSTER", "SET-CONFIG-EPOCH", "-1"],
        &["CLUSTER", "SET-CONFIG-EPOCH", "x"],
        &["CLUSTER", "BUMPEPOCH"],
        &["CLUSTER", "BUMPEPOCH"],
        &["CLUSTER", "SET-CONFIG-EPOCH", "5"],
        &["CLUSTER", "INFO"],
        &["SET", "k", "v"],
        &["CLUSTER", "FLUSHSLOTS"],
        &["READONLY"],
        &["READWRITE"],
        &["ASKING"],
        &["CLUSTER", "HELP"],
    ];
    for cmd in script {
        same_masked(&mut a, &mut b, masks, cmd);
    }
    let fresh_redis = ServerProcess::redis(&["--cluster-enabled", "yes"]);
    let fresh_ours = ServerProcess::gossamer(&["--cluster-enabled", "yes"]);
    let masks = [
        (myid(&fresh_redis), fresh_redis.port),
        (myid(&fresh_ours), fresh_ours.port),
    ];
    let masks = [(masks[0].0.as_str(), masks[0].1), (masks[1].0.as_str(), masks[1].1)];
    let (mut a, mut b) = (fresh_redis.raw(), fresh_ours.raw());
    for cmd in [
        &["CLUSTER", "SET-CONFIG-EPOCH", "7"][..],
        &["CLUSTER", "INFO"],
        &["CLUSTER", "FLUSHSLOTS"],
    ] {
        same_masked(&mut a, &mut b, masks, cmd);
    }
}
