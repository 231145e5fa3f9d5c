//! Cluster test helpers shared by the cluster test files: bounded queries, CLUSTER NODES parsing,
//! waits that dump every node's view on timeout, and `redis-cli --cluster create` set-up of
//! clusters of any mix of real redis-server and gossamer-server nodes.

use std::collections::BTreeMap;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use super::{Flavor, RawConn, ServerProcess, free_port, require_tool, run_limited};

/// cluster-node-timeout for most tests (ms).
pub const NODE_TIMEOUT_MS: u64 = 1000;
/// Bound of every "wait until the cluster looks like X" loop.
pub const WAIT: Duration = Duration::from_secs(30);
/// Bound of `redis-cli --cluster create` (it never gives up by itself).
pub const CREATE_LIMIT: Duration = Duration::from_secs(45);

// ---------------------------------------------------------------------------
// Small client helpers (bounded: a stopped node must not hang the test).

/// One command over a fresh connection with short timeouts; the reply as text.
pub fn query(port: u16, args: &[&str]) -> Result<String, String> {
    let client = redis::Client::open(format!("redis://127.0.0.1:{port}/")).map_err(|e| e.to_string())?;
    let mut conn = client
        .get_connection_with_timeout(Duration::from_secs(2))
        .map_err(|e| e.to_string())?;
    conn.set_read_timeout(Some(Duration::from_secs(2)))
        .map_err(|e| e.to_string())?;
    conn.set_write_timeout(Some(Duration::from_secs(2)))
        .map_err(|e| e.to_string())?;
    let mut cmd = redis::cmd(args[0]);
    for a in &args[1..] {
        cmd.arg(*a);
    }
    let value: redis::Value = cmd.query(&mut conn).map_err(|e| e.to_string())?;
    match value {
        redis::Value::BulkString(b) => Ok(String::from_utf8_lossy(&b).into_owned()),
        redis::Value::SimpleString(s) => Ok(s),
        redis::Value::VerbatimString { text, .. } => Ok(text),
        redis::Value::Okay => Ok("OK".into()),
        redis::Value::Int(i) => Ok(i.to_string()),
        other => Ok(format!("{other:?}")),
    }
}

pub fn cluster_nodes(port: u16) -> Result<String, String> {
    query(port, &["CLUSTER", "NODES"])
}

pub fn cluster_state(port: u16) -> Result<String, String> {
    let info = query(port, &["CLUSTER", "INFO"])?;
    info.lines()
        .find_map(|l| l.trim().strip_prefix("cluster_state:").map(str::to_string))
        .ok_or_else(|| format!("no cluster_state in CLUSTER INFO: {info}"))
}

pub fn myid(port: u16) -> String {
    query(port, &["CLUSTER", "MYID"]).unwrap_or_else(|e| panic!("CLUSTER MYID on {port}: {e}"))
}

/// CLUSTER NODES (and state) of every node, for panic messages.
pub fn dump(nodes: &[ServerProcess]) -> String {
    let mut out = String::new();
    for n in nodes {
        let nodes_text = cluster_nodes(n.port).unwrap_or_else(|e| format!("<no reply: {e}>\n"));
        let state = cluster_state(n.port).unwrap_or_else(|e| format!("<no reply: {e}>"));
        out.push_str(&format!(
            "--- {:?} node 127.0.0.1:{} (pid {}) cluster_state:{state}\n{nodes_text}",
            n.flavor,
            n.port,
            n.pid()
        ));
    }
    out
}

/// Poll `cond` every 100 ms until it holds; on the deadline panic with
/// `what` and the CLUSTER NODES of every node.
pub fn wait_for(nodes: &[ServerProcess], what: &str, limit: Duration, mut cond: impl FnMut() -> bool) -> Duration {
    let start = Instant::now();
    loop {
        if cond() {
            return start.elapsed();
        }
        if start.elapsed() > limit {
            panic!("timed out after {limit:?} waiting for: {what}\n{}", dump(nodes));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

pub fn text(out: &Output) -> String {
    format!(
        "status: {}\nstdout:\n{}\nstderr:\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

// ---------------------------------------------------------------------------
// CLUSTER NODES parsing.

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NodeLine {
    pub id: String,
    pub addr: String,
    /// Flag tokens minus `myself`, sorted.
    pub flags: Vec<String>,
    pub myself: bool,
    pub master: String,
    pub config_epoch: String,
    pub link: String,
    pub slots: Vec<String>,
}

impl NodeLine {
    pub fn has_flag(&self, f: &str) -> bool {
        self.flags.iter().any(|x| x == f)
    }

    /// The port of `ip:port@cport`.
    pub fn port(&self) -> u16 {
        let hostport = self.addr.split('@').next().unwrap();
        hostport.rsplit(':').next().unwrap().parse().unwrap_or(0)
    }

    /// What every node must agree on about this node.
    pub fn agreed(&self) -> (Vec<String>, String, String, Vec<String>) {
        (
            self.flags.clone(),
            self.master.clone(),
            self.config_epoch.clone(),
            self.slots.clone(),
        )
    }
}

pub fn parse_nodes(text: &str) -> Vec<NodeLine> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split(' ').collect();
            assert!(f.len() >= 8, "bad CLUSTER NODES line: {l:?}");
            let all: Vec<&str> = f[2].split(',').collect();
            let mut flags: Vec<String> = all.iter().filter(|x| **x != "myself").map(|x| x.to_string()).collect();
            flags.sort();
            NodeLine {
                id: f[0].to_string(),
                addr: f[1].to_string(),
                flags,
                myself: all.contains(&"myself"),
                master: f[3].to_string(),
                config_epoch: f[6].to_string(),
                link: f[7].to_string(),
                slots: f[8..].iter().map(|s| s.to_string()).collect(),
            }
        })
        .collect()
}

pub fn parsed(port: u16) -> Option<Vec<NodeLine>> {
    cluster_nodes(port).ok().map(|t| parse_nodes(&t))
}

pub fn myself_line(port: u16) -> NodeLine {
    let lines = parsed(port).unwrap_or_else(|| panic!("CLUSTER NODES on {port} failed"));
    lines
        .into_iter()
        .find(|l| l.myself)
        .unwrap_or_else(|| panic!("no myself line on {port}"))
}

/// Is `slot` in a slot list (`N` / `A-B` tokens)?
pub fn owns_slot(slots: &[String], slot: u16) -> bool {
    slots.iter().any(|tok| {
        if tok.starts_with('[') {
            return false;
        }
        match tok.split_once('-') {
            Some((a, b)) => (a.parse().unwrap_or(u16::MAX)..=b.parse().unwrap_or(0)).contains(&slot),
            None => tok.parse::<u16>().ok() == Some(slot),
        }
    })
}

/// Per node id: flags (minus `myself`), master, config epoch, slots.
pub type NodeView = BTreeMap<String, (Vec<String>, String, String, Vec<String>)>;

/// All nodes see `expected` lines, all `connected`, with no failure or
/// handshake flags, and agree on flags/master/epoch/slots per node id.
pub fn views_agree(nodes: &[ServerProcess], expected: usize) -> bool {
    let mut reference: Option<NodeView> = None;
    for n in nodes {
        let Some(lines) = parsed(n.port) else { return false };
        if lines.len() != expected {
            return false;
        }
        if lines.iter().any(|l| {
            l.link != "connected"
                || l.has_flag("fail")
                || l.has_flag("fail?")
                || l.has_flag("handshake")
                || l.has_flag("noaddr")
        }) {
            return false;
        }
        let view: BTreeMap<_, _> = lines.iter().map(|l| (l.id.clone(), l.agreed())).collect();
        match &reference {
            None => reference = Some(view),
            Some(r) if *r != view => return false,
            Some(_) => {}
        }
    }
    true
}

// ---------------------------------------------------------------------------
// Cluster set-up.

pub fn node_args(cluster_port: u16, node_timeout_ms: u64) -> Vec<String> {
    vec![
        "--cluster-enabled".into(),
        "yes".into(),
        "--cluster-port".into(),
        cluster_port.to_string(),
        "--cluster-node-timeout".into(),
        node_timeout_ms.to_string(),
    ]
}

/// Start one cluster-enabled node per flavor, each on its own client port and
/// an explicit (second free) bus port. `extra` is appended to every node's
/// arguments (later directives win, e.g. a different node timeout).
pub fn start_cluster_nodes(flavors: &[Flavor], extra: &[&str]) -> Vec<ServerProcess> {
    flavors
        .iter()
        .map(|&flavor| {
            let port = free_port();
            let cport = free_port();
            let mut args = node_args(cport, NODE_TIMEOUT_MS);
            args.extend(extra.iter().map(|s| s.to_string()));
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            ServerProcess::start_on(flavor, port, &args)
        })
        .collect()
}

/// `redis-cli --cluster create` over all nodes (in order) with `replicas`.
pub fn create_cluster(nodes: &[ServerProcess], replicas: usize) {
    require_tool("redis-cli");
    let mut cmd = Command::new("redis-cli");
    cmd.arg("--cluster").arg("create");
    for n in nodes {
        cmd.arg(format!("127.0.0.1:{}", n.port));
    }
    cmd.arg("--cluster-replicas")
        .arg(replicas.to_string())
        .arg("--cluster-yes");
    match run_limited(&mut cmd, CREATE_LIMIT) {
        Ok(out) => {
            let stdout = String::from_utf8_lossy(&out.stdout);
            assert!(
                out.status.success() && stdout.contains("[OK] All 16384 slots covered."),
                "redis-cli --cluster create failed:\n{}\n{}",
                text(&out),
                dump(nodes)
            );
        }
        Err(out) => panic!(
            "redis-cli --cluster create did not finish within {CREATE_LIMIT:?}:\n{}\n{}",
            text(&out),
            dump(nodes)
        ),
    }
}

/// Wait until every node reports cluster_state:ok.
pub fn wait_cluster_ok(nodes: &[ServerProcess]) {
    wait_for(nodes, "cluster_state:ok on every node", WAIT, || {
        nodes.iter().all(|n| cluster_state(n.port).as_deref() == Ok("ok"))
    });
}

/// `redis-cli --cluster check` from `port` must be clean.
pub fn check_cluster(port: u16, nodes: &[ServerProcess]) {
    require_tool("redis-cli");
    let out = run_limited(
        Command::new("redis-cli")
            .arg("--cluster")
            .arg("check")
            .arg(format!("127.0.0.1:{port}")),
        Duration::from_secs(30),
    )
    .unwrap_or_else(|out| panic!("redis-cli --cluster check hung:\n{}\n{}", text(&out), dump(nodes)));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success()
            && stdout.contains("[OK] All nodes agree about slots configuration.")
            && stdout.contains("[OK] All 16384 slots covered."),
        "redis-cli --cluster check 127.0.0.1:{port} not clean:\n{}\n{}",
        text(&out),
        dump(nodes)
    );
}

/// A cluster of `flavors` created with `replicas`, checked, state ok, all
/// views agreeing.
pub fn ready_cluster(flavors: &[Flavor], replicas: usize, extra: &[&str]) -> Vec<ServerProcess> {
    let nodes = start_cluster_nodes(flavors, extra);
    create_cluster(&nodes, replicas);
    wait_for(&nodes, "all nodes connected and agreeing", WAIT, || {
        views_agree(&nodes, nodes.len())
    });
    wait_cluster_ok(&nodes);
    if replicas > 0 {
        // Full syncs start after repl-diskless-sync-delay (5 s by default, as in Redis).
        wait_for(&nodes, "every replica's link to its master up", WAIT, || {
            nodes.iter().all(|n| {
                let info = query(n.port, &["INFO", "replication"]).unwrap_or_default();
                info.contains("role:master") || info.contains("master_link_status:up")
            })
        });
    }
    nodes
}

/// Plain redis-cli (no -c) output, both streams.
pub fn cli_all(port: u16, args: &[&str]) -> String {
    let out = super::cli_output(port, args);
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// `n` keys that hash to slots served by `master_id` (as `port` sees it).
pub fn keys_of_master(port: u16, master_id: &str, n: usize) -> Vec<String> {
    let lines = parsed(port).unwrap_or_default();
    let slots = lines
        .iter()
        .find(|l| l.id == master_id)
        .map(|l| l.slots.clone())
        .unwrap_or_default();
    (0..)
        .map(|i| format!("k:{i}"))
        .filter(|k| owns_slot(&slots, gossamer::slot::key_hash_slot(k.as_bytes())))
        .take(n)
        .collect()
}

// ---------------------------------------------------------------------------
// Two-node clusters built by hand (CLUSTER ADDSLOTSRANGE + MEET), compared across flavors.

/// Two cluster nodes: A owns every slot (config epoch 1), B is an empty master (epoch 2) that met A.
pub struct Pair {
    pub a: ServerProcess,
    pub b: ServerProcess,
    pub a_id: String,
    pub b_id: String,
}

/// One cluster-enabled node (node timeout 1 s) on free client and bus ports.
pub fn start_cluster_node(flavor: Flavor) -> ServerProcess {
    let cport = free_port().to_string();
    ServerProcess::start(
        flavor,
        &[
            "--cluster-enabled",
            "yes",
            "--cluster-node-timeout",
            "1000",
            "--cluster-port",
            &cport,
        ],
    )
}

/// One command on a raw connection; the reply bytes as text.
pub fn cmd(conn: &mut RawConn, args: &[&str]) -> String {
    let args: Vec<&[u8]> = args.iter().map(|s| s.as_bytes()).collect();
    conn.send_cmd(&args);
    String::from_utf8_lossy(&conn.read_reply()).into_owned()
}

/// The node's bus port, from its CLUSTER NODES myself line.
pub fn bus_port(node: &ServerProcess) -> String {
    let mut c = node.raw();
    let nodes = cmd(&mut c, &["CLUSTER", "NODES"]);
    let me = nodes.lines().find(|l| l.contains("myself")).expect("myself line");
    let addr = me.split(' ').nth(1).expect("address");
    addr.split('@')
        .nth(1)
        .expect("cport")
        .split(',')
        .next()
        .unwrap_or_default()
        .to_string()
}

/// CLUSTER MYID over a raw connection.
pub fn id(node: &ServerProcess) -> String {
    let mut c = node.raw();
    let reply = cmd(&mut c, &["CLUSTER", "MYID"]);
    reply.lines().nth(1).expect("id").to_string()
}

/// Per node: (id, flags minus myself, master, epoch, slots...) from CLUSTER NODES, sorted.
pub fn view(node: &ServerProcess) -> Vec<String> {
    let mut c = node.raw();
    let text = cmd(&mut c, &["CLUSTER", "NODES"]);
    let mut lines: Vec<String> = text
        .lines()
        .filter(|l| l.len() > 40 && !l.starts_with('$') && !l.starts_with('='))
        .map(|l| {
            let f: Vec<&str> = l.split(' ').collect();
            let flags: Vec<&str> = f[2].split(',').filter(|x| *x != "myself").collect();
            let slots: Vec<&str> = f[8..].iter().copied().filter(|s| !s.starts_with('[')).collect();
            format!("{} {} {} {} {}", f[0], flags.join(","), f[3], f[6], slots.join(" "))
        })
        .collect();
    lines.sort();
    lines
}

/// Poll `cond` every 50 ms for up to 20 s, else panic naming `what`.
pub fn wait_until(what: &str, mut cond: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if cond() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("timed out waiting for {what}");
}

/// A owns every slot; B is an empty master that met A.
pub fn form_pair(fa: Flavor, fb: Flavor) -> Pair {
    let a = start_cluster_node(fa);
    let b = start_cluster_node(fb);
    let (a_id, b_id) = (id(&a), id(&b));
    let mut ca = a.raw();
    let mut cb = b.raw();
    assert_eq!(cmd(&mut ca, &["CLUSTER", "ADDSLOTSRANGE", "0", "16383"]), "+OK\r\n");
    assert_eq!(cmd(&mut ca, &["CLUSTER", "SET-CONFIG-EPOCH", "1"]), "+OK\r\n");
    assert_eq!(cmd(&mut cb, &["CLUSTER", "SET-CONFIG-EPOCH", "2"]), "+OK\r\n");
    let a_port = a.port.to_string();
    let a_cport = bus_port(&a);
    assert_eq!(
        cmd(&mut cb, &["CLUSTER", "MEET", "127.0.0.1", &a_port, &a_cport]),
        "+OK\r\n"
    );
    wait_until(&format!("{fa:?}+{fb:?} pair to form"), || {
        let (va, vb) = (view(&a), view(&b));
        va.len() == 2 && va == vb && !va.iter().any(|l| l.contains("handshake") || l.contains("fail"))
    });
    wait_until("cluster_state:ok on both", || {
        [&a, &b]
            .iter()
            .all(|n| cmd(&mut n.raw(), &["CLUSTER", "INFO"]).contains("cluster_state:ok"))
    });
    Pair { a, b, a_id, b_id }
}
