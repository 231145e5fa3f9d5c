//! A deterministic simulator of a Redis Cluster bus: `n` [`Core`]s driven by a virtual clock, one
//! seeded RNG and a network model (latency range, message loss, partitions, killed and paused nodes).
//!
//! Every node is a `Core` with a fake address (`10.0.x.y`, port `30000+i`, bus port `40000+i`). The
//! simulator plays the event loop for all of them: it calls [`Core::tick`] every 100 ms (phases
//! staggered at random), carries [`Output::Send`] bytes to the peer end of the link (decoding them
//! with [`bus::decode`] on receipt), opens and closes connections on [`Output::Connect`] /
//! [`Output::Close`], and calls [`Core::before_sleep`] after every event.
//!
//! Connections are simulator objects with a unique id; each end is a `(node, LinkId)` pair (link ids
//! are per core and reused, so every event is validated against the live link map before it is
//! applied). Bytes on one direction of a connection are delivered in order.
//!
//! Network model:
//! * latency: uniform in `SimConfig::latency_ms` for every packet, accept and close;
//! * loss: each message is dropped with probability `SimConfig::loss` (a crude model, TCP would
//!   retransmit, but it exercises the failure detector);
//! * partition: messages and closes between groups are dropped, connects across groups hang (never
//!   complete; the core's link watchdog frees them);
//! * kill: the node processes nothing more; its peers see their links closed and new connects to it
//!   are refused;
//! * pause (SIGSTOP): events for the node queue up, connects to it hang until it resumes, then it
//!   processes its backlog.
//!
//! Determinism: one `SmallRng` seeded by the caller decides everything (node names, core seeds,
//! phases, latencies, losses); the event queue is ordered by (time, sequence number) and nothing
//! iterates a `HashMap` where order matters.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BinaryHeap, HashMap};
use std::rc::Rc;

use rand::rngs::SmallRng;
use rand::{RngExt, SeedableRng};

use super::bus::{self, node_flags as nf};
use super::core::{Core, CoreConfig, Output, SLOTS, State};
use super::failover::ElectionPolicy;
use super::node::LinkId;
use super::{CRON_PERIOD_MS, random_node_id};

/// Network and timing parameters.
#[derive(Debug, Clone)]
pub struct SimConfig {
    pub node_timeout: i64,
    /// Inclusive latency range of every packet, in ms.
    pub latency_ms: (i64, i64),
    /// Probability that a message is lost.
    pub loss: f64,
    /// Every node's `cluster-election-policy`.
    pub election_policy: ElectionPolicy,
}

impl Default for SimConfig {
    fn default() -> Self {
        SimConfig {
            node_timeout: 15000,
            latency_ms: (1, 5),
            loss: 0.0,
            election_policy: ElectionPolicy::default(),
        }
    }
}

/// Whether a node runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Up,
    Paused,
    Killed,
}

/// One simulated process.
pub struct SimNode {
    pub core: Core,
    pub ip: String,
    pub port: u16,
    pub cport: u16,
    pub status: Status,
    /// Partition group (nodes talk only within their group).
    pub group: usize,
    /// Events that arrived while paused.
    backlog: Vec<EventKind>,
    /// Simulated replication of a replica: its processed offset, and whether its link to the
    /// master is healthy (a stale replica's link went down long ago).
    pub repl: Option<SimRepl>,
}

/// What the simulated replication reports to a replica's core.
#[derive(Debug, Clone, Copy)]
pub struct SimRepl {
    pub offset: u64,
    pub stale: bool,
}

/// A simulated TCP connection: `a` connected to `b`.
struct Conn {
    a: (usize, LinkId),
    b: Option<(usize, LinkId)>,
    /// The initiator saw the connect complete.
    established: bool,
    /// Sends queued by the initiator before the connect completed.
    pending: Vec<Rc<Vec<u8>>>,
    /// Time of the last scheduled delivery towards a (0) and b (1), for in-order delivery.
    last: [i64; 2],
}

#[derive(Debug, Clone)]
enum EventKind {
    Tick(usize),
    /// The SYN of `conn` reaches its target.
    Accept {
        conn: u64,
        target: usize,
    },
    /// The initiator learns its connect completed.
    Connected {
        conn: u64,
    },
    /// The initiator's connect was refused.
    ConnectFailed {
        node: usize,
        link: LinkId,
        conn: u64,
    },
    /// Bytes for `(node, link)`.
    Deliver {
        node: usize,
        link: LinkId,
        conn: u64,
        bytes: Rc<Vec<u8>>,
    },
    /// The peer closed: `(node, link)` sees EOF.
    Closed {
        node: usize,
        link: LinkId,
        conn: u64,
    },
}

struct Event {
    time: i64,
    seq: u64,
    kind: EventKind,
}

impl PartialEq for Event {
    fn eq(&self, other: &Self) -> bool {
        (self.time, self.seq) == (other.time, other.seq)
    }
}
impl Eq for Event {}
impl PartialOrd for Event {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Event {
    /// Reversed: the BinaryHeap pops the earliest (time, seq) first.
    fn cmp(&self, other: &Self) -> Ordering {
        (other.time, other.seq).cmp(&(self.time, self.seq))
    }
}

/// Counters of the network itself.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NetStats {
    pub delivered: u64,
    pub lost: u64,
    pub partitioned: u64,
    pub decode_errors: u64,
    pub connects: u64,
    pub refused: u64,
}

/// The simulator.
pub struct Sim {
    pub cfg: SimConfig,
    pub nodes: Vec<SimNode>,
    pub now: i64,
    pub net: NetStats,
    rng: SmallRng,
    queue: BinaryHeap<Event>,
    seq: u64,
    conns: HashMap<u64, Conn>,
    next_conn: u64,
    /// (node, link) → connection. Ordered so that kill() visits links deterministically.
    link_map: BTreeMap<(usize, LinkId), u64>,
    /// (ip, cport) → node.
    addrs: HashMap<(String, u16), usize>,
}

/// One node's digest: current epoch, config epoch, state ok, known nodes, messages and bytes sent
/// per type.
pub type NodeSummary = (u64, u64, bool, usize, [u64; 11], [u64; 11]);

/// Start of virtual time (a plausible unix time in ms, since gossip carries seconds).
const EPOCH_MS: i64 = 1_700_000_000_000;

impl Sim {
    /// `n` fresh masters that know nobody.
    pub fn new(n: usize, seed: u64, cfg: SimConfig) -> Sim {
        let mut rng = SmallRng::seed_from_u64(seed);
        let now = EPOCH_MS;
        let mut sim = Sim {
            cfg,
            nodes: Vec::with_capacity(n),
            now,
            net: NetStats::default(),
            rng: SmallRng::seed_from_u64(0),
            queue: BinaryHeap::new(),
            seq: 0,
            conns: HashMap::new(),
            next_conn: 0,
            link_map: BTreeMap::new(),
            addrs: HashMap::new(),
        };
        for i in 0..n {
            let node = sim.make_node(i, &mut rng, now);
            sim.addrs.insert((node.ip.clone(), node.cport), i);
            sim.nodes.push(node);
            let phase = rng.random_range(0..CRON_PERIOD_MS);
            sim.push(now + phase, EventKind::Tick(i));
        }
        sim.rng = rng;
        sim
    }

    fn make_node(&self, i: usize, rng: &mut SmallRng, now: i64) -> SimNode {
        let port = 30000 + i as u16;
        let cport = 40000 + i as u16;
        let cfg = CoreConfig {
            node_timeout: self.cfg.node_timeout,
            port,
            cport,
            election_policy: self.cfg.election_policy,
            ..CoreConfig::default()
        };
        let name = random_node_id(rng);
        let core = Core::new(name, cfg, rng.random(), now);
        SimNode {
            core,
            ip: format!("10.0.{}.{}", i / 256, i % 256),
            port,
            cport,
            status: Status::Up,
            group: 0,
            backlog: Vec::new(),
            repl: None,
        }
    }

    fn push(&mut self, time: i64, kind: EventKind) {
        self.seq += 1;
        self.queue.push(Event {
            time,
            seq: self.seq,
            kind,
        });
    }

    fn latency(&mut self) -> i64 {
        let (lo, hi) = self.cfg.latency_ms;
        self.rng.random_range(lo..=hi.max(lo))
    }

    // ----- operations -------------------------------------------------------------------------

    /// Every other node MEETs `seed`.
    pub fn meet_all_through(&mut self, seed: usize) {
        let (ip, port, cport) = {
            let s = &self.nodes[seed];
            (s.ip.clone(), i64::from(s.port), i64::from(s.cport))
        };
        for i in 0..self.nodes.len() {
            if i != seed {
                let now = self.now;
                // The address is well formed by construction.
                let _ = self.nodes[i].core.meet(&ip, port, cport, now);
                self.flush(i);
            }
        }
    }

    /// All 16384 slots split evenly (in contiguous ranges) over nodes `0..masters`.
    pub fn assign_slots_evenly(&mut self, masters: usize) {
        let masters = masters.clamp(1, self.nodes.len());
        for i in 0..masters {
            let lo = SLOTS * i / masters;
            let hi = SLOTS * (i + 1) / masters;
            self.nodes[i].core.assign_slots(lo as u16..hi as u16, true);
            self.flush(i);
        }
    }

    /// The node dies: its peers see their links closed, connects to it are refused.
    pub fn kill(&mut self, i: usize) {
        self.nodes[i].status = Status::Killed;
        self.nodes[i].backlog.clear();
        let ends: Vec<((usize, LinkId), u64)> =
            self.link_map.range((i, 0)..(i + 1, 0)).map(|(&k, &v)| (k, v)).collect();
        for (end, conn) in ends {
            self.close_end(end, conn);
        }
    }

    /// SIGSTOP.
    pub fn pause(&mut self, i: usize) {
        if self.nodes[i].status == Status::Up {
            self.nodes[i].status = Status::Paused;
        }
    }

    /// SIGCONT: the backlog is processed now, in arrival order.
    pub fn resume(&mut self, i: usize) {
        if self.nodes[i].status != Status::Paused {
            return;
        }
        self.nodes[i].status = Status::Up;
        let backlog = std::mem::take(&mut self.nodes[i].backlog);
        let now = self.now;
        for kind in backlog {
            self.push(now, kind);
        }
    }

    /// Nodes listed in `groups[g]` go to group `g`; unlisted nodes to a group of their own each.
    pub fn partition(&mut self, groups: &[&[usize]]) {
        for (i, n) in self.nodes.iter_mut().enumerate() {
            n.group = groups.len() + i;
        }
        for (g, members) in groups.iter().enumerate() {
            for &i in members.iter() {
                self.nodes[i].group = g;
            }
        }
    }

    /// Everyone in one group again.
    pub fn heal(&mut self) {
        for n in &mut self.nodes {
            n.group = 0;
        }
    }

    fn reachable(&self, a: usize, b: usize) -> bool {
        self.nodes[a].group == self.nodes[b].group
    }

    /// Live (not killed) node indices.
    pub fn live(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.nodes.len()).filter(|&i| self.nodes[i].status != Status::Killed)
    }

    // ----- running ----------------------------------------------------------------------------

    /// Processes every event up to virtual time `t` (absolute ms) and sets the clock to `t`.
    pub fn run_until(&mut self, t: i64) {
        while self.queue.peek().is_some_and(|e| e.time <= t) {
            if let Some(ev) = self.queue.pop() {
                self.now = ev.time;
                self.dispatch(ev.kind);
            }
        }
        self.now = self.now.max(t);
    }

    /// Runs for `ms` of virtual time.
    pub fn run_for(&mut self, ms: i64) {
        let t = self.now + ms;
        self.run_until(t);
    }

    /// Runs until `pred` holds (checked every 100 ms of virtual time) or `deadline_ms` elapsed.
    /// Returns the elapsed virtual time when it held.
    pub fn run_until_pred(&mut self, deadline_ms: i64, mut pred: impl FnMut(&Sim) -> bool) -> Option<i64> {
        let start = self.now;
        loop {
            if pred(self) {
                return Some(self.now - start);
            }
            if self.now - start >= deadline_ms {
                return None;
            }
            self.run_for(CRON_PERIOD_MS);
        }
    }

    fn target_of(kind: &EventKind, conns: &HashMap<u64, Conn>) -> Option<usize> {
        match kind {
            EventKind::Tick(i) => Some(*i),
            EventKind::Accept { target, .. } => Some(*target),
            EventKind::Connected { conn } => conns.get(conn).map(|c| c.a.0),
            EventKind::ConnectFailed { node, .. }
            | EventKind::Deliver { node, .. }
            | EventKind::Closed { node, .. } => Some(*node),
        }
    }

    fn dispatch(&mut self, kind: EventKind) {
        let Some(node) = Self::target_of(&kind, &self.conns) else {
            return;
        };
        match (self.nodes[node].status, kind) {
            (Status::Killed, _) => {}
            (Status::Paused, EventKind::Tick(i)) => self.push(self.now + CRON_PERIOD_MS, EventKind::Tick(i)),
            (Status::Paused, kind) => self.nodes[node].backlog.push(kind),
            (Status::Up, kind) => {
                self.apply(kind);
                self.flush(node);
            }
        }
    }

    fn apply(&mut self, kind: EventKind) {
        let now = self.now;
        match kind {
            EventKind::Tick(i) => {
                self.report_replication(i);
                self.nodes[i].core.tick(now);
                self.push(now + CRON_PERIOD_MS, EventKind::Tick(i));
            }
            EventKind::Accept { conn, target } => self.accept(conn, target),
            EventKind::Connected { conn } => self.connected(conn),
            EventKind::ConnectFailed { node, link, conn } => {
                if self.link_map.get(&(node, link)) == Some(&conn) {
                    self.link_map.remove(&(node, link));
                    self.conns.remove(&conn);
                    self.nodes[node].core.link_closed(link, now);
                }
            }
            EventKind::Deliver {
                node,
                link,
                conn,
                bytes,
            } => self.deliver(node, link, conn, &bytes),
            EventKind::Closed { node, link, conn } => {
                if self.link_map.get(&(node, link)) == Some(&conn) {
                    self.link_map.remove(&(node, link));
                    self.nodes[node].core.link_closed(link, now);
                }
            }
        }
    }

    fn accept(&mut self, conn: u64, target: usize) {
        let Some(c) = self.conns.get(&conn) else { return };
        let a = c.a.0;
        if !self.reachable(a, target) {
            return; // the SYN is lost: the connect hangs
        }
        let (a_ip, b_ip) = (self.nodes[a].ip.clone(), self.nodes[target].ip.clone());
        let link = self.nodes[target].core.accept_link(&a_ip, &b_ip, self.now);
        self.link_map.insert((target, link), conn);
        if let Some(c) = self.conns.get_mut(&conn) {
            c.b = Some((target, link));
        }
        let t = self.now + self.latency();
        self.push(t, EventKind::Connected { conn });
    }

    fn connected(&mut self, conn: u64) {
        let Some(c) = self.conns.get_mut(&conn) else { return };
        let (a, link) = c.a;
        c.established = true;
        let pending = std::mem::take(&mut c.pending);
        for bytes in pending {
            self.send(a, link, bytes);
        }
        let ip = self.nodes[a].ip.clone();
        self.nodes[a].core.link_connected(link, &ip, self.now);
    }

    fn deliver(&mut self, node: usize, link: LinkId, conn: u64, bytes: &[u8]) {
        if self.link_map.get(&(node, link)) != Some(&conn) {
            return;
        }
        match bus::decode(bytes) {
            Ok(d) => {
                self.net.delivered += 1;
                self.nodes[node].core.handle(link, &d.msg, d.len, self.now);
            }
            Err(_) => self.net.decode_errors += 1,
        }
    }

    /// before_sleep, then carry out the node's outputs.
    fn flush(&mut self, i: usize) {
        let now = self.now;
        let _ = self.nodes[i].core.before_sleep(now);
        let outputs = self.nodes[i].core.take_outputs();
        for out in outputs {
            match out {
                Output::Connect { link, ip, port } => self.connect(i, link, ip, port),
                Output::Send { link, bytes } => self.send(i, link, bytes),
                Output::Close { link } => {
                    if let Some(conn) = self.link_map.get(&(i, link)).copied() {
                        self.close_end((i, link), conn);
                    }
                }
                Output::Deliver { .. }
                | Output::DeleteKeysInSlots(_)
                | Output::RemoveShardChannels(_)
                | Output::ReplicateFrom { .. }
                | Output::StopReplication
                | Output::PauseWrites { .. }
                | Output::UnpauseWrites => {}
            }
        }
    }

    fn connect(&mut self, i: usize, link: LinkId, ip: String, port: u16) {
        self.net.connects += 1;
        self.next_conn += 1;
        let conn = self.next_conn;
        self.conns.insert(
            conn,
            Conn {
                a: (i, link),
                b: None,
                established: false,
                pending: Vec::new(),
                last: [0; 2],
            },
        );
        self.link_map.insert((i, link), conn);
        let t = self.now + self.latency();
        match self.addrs.get(&(ip, port)).copied() {
            Some(target) if self.nodes[target].status != Status::Killed => {
                self.push(t, EventKind::Accept { conn, target });
            }
            _ => {
                self.net.refused += 1;
                self.push(t, EventKind::ConnectFailed { node: i, link, conn });
            }
        }
    }

    fn send(&mut self, i: usize, link: LinkId, bytes: Rc<Vec<u8>>) {
        let Some(&conn) = self.link_map.get(&(i, link)) else {
            return;
        };
        let Some(c) = self.conns.get_mut(&conn) else { return };
        if c.a == (i, link) && !c.established {
            c.pending.push(bytes);
            return;
        }
        let (dir, peer) = if c.a == (i, link) { (1, c.b) } else { (0, Some(c.a)) };
        let Some((peer, peer_link)) = peer else { return };
        if !self.reachable(i, peer) {
            self.net.partitioned += 1;
            return;
        }
        if self.cfg.loss > 0.0 && self.rng.random_bool(self.cfg.loss) {
            self.net.lost += 1;
            return;
        }
        let lat = self.latency();
        let Some(c) = self.conns.get_mut(&conn) else { return };
        let t = (self.now + lat).max(c.last[dir]);
        c.last[dir] = t;
        self.push(
            t,
            EventKind::Deliver {
                node: peer,
                link: peer_link,
                conn,
                bytes,
            },
        );
    }

    /// One end closes (or dies): forget the connection; the other end sees EOF after the data in
    /// flight, unless a partition swallows the FIN.
    fn close_end(&mut self, end: (usize, LinkId), conn: u64) {
        self.link_map.remove(&end);
        let Some(c) = self.conns.remove(&conn) else { return };
        let (peer, dir) = if c.a == end { (c.b, 1) } else { (Some(c.a), 0) };
        let Some((peer, peer_link)) = peer else { return };
        if !self.reachable(end.0, peer) {
            return;
        }
        let t = (self.now + self.latency()).max(c.last[dir]);
        self.push(
            t,
            EventKind::Closed {
                node: peer,
                link: peer_link,
                conn,
            },
        );
    }

    /// Node `replica` replicates node `master` (CLUSTER REPLICATE): its link is healthy and its
    /// offset `offset` (rank among sibling replicas follows the offsets).
    pub fn replicate(&mut self, replica: usize, master: usize, offset: u64) {
        let name = self.nodes[master].core.myself_name();
        let core = &mut self.nodes[replica].core;
        if let Some(idx) = core.lookup(&name.0) {
            core.replicate(idx);
        }
        self.nodes[replica].repl = Some(SimRepl { offset, stale: false });
        self.flush(replica);
    }

    /// Tells a replica's core how its replication link is doing (the event loop's job in a server).
    fn report_replication(&mut self, i: usize) {
        let now = self.now;
        let node = &mut self.nodes[i];
        let Some(r) = node.repl else { return };
        let status = super::core::ReplStatus {
            offset: r.offset,
            link_up: !r.stale,
            last_interaction_ms: if r.stale { 0 } else { now },
            down_since_ms: if r.stale { now - 3_600_000 } else { 0 },
            configured: node.core.repl.configured,
        };
        node.core.set_repl(status);
    }

    /// Node `i` is a master (in its own view).
    pub fn is_master(&self, i: usize) -> bool {
        self.nodes[i].core.me().is_master()
    }

    // ----- inspection -------------------------------------------------------------------------

    /// Node `j`'s flags as node `i` sees them (None: unknown to `i`).
    pub fn flags_seen(&self, i: usize, j: usize) -> Option<u16> {
        let name = self.nodes[j].core.myself_name();
        let core = &self.nodes[i].core;
        core.lookup(&name.0).map(|idx| core.node(idx).flags)
    }

    /// How node `i` sees node `j`: (flags, slot count, index of its master as a sim node).
    pub fn view(&self, i: usize, j: usize) -> Option<(u16, usize, Option<usize>)> {
        let core = &self.nodes[i].core;
        let idx = core.lookup(&self.nodes[j].core.myself_name().0)?;
        let n = core.node(idx);
        let master = n.slaveof.and_then(|m| {
            let name = core.node(m).name;
            self.nodes.iter().position(|x| x.core.myself_name() == name)
        });
        Some((n.flags, n.numslots, master))
    }

    /// Node `i` knows exactly `n` nodes, none of them in handshake.
    pub fn knows_all(&self, i: usize, n: usize) -> bool {
        let core = &self.nodes[i].core;
        core.node_count() == n && core.iter_nodes().all(|(_, node)| !node.has(nf::HANDSHAKE))
    }

    /// A comparable digest of every node: epochs, state, table size and message counters.
    pub fn summary(&self) -> Vec<NodeSummary> {
        self.nodes
            .iter()
            .map(|n| {
                let c = &n.core;
                (
                    c.current_epoch,
                    c.me().config_epoch,
                    c.state == State::Ok,
                    c.node_count(),
                    c.stats.sent,
                    c.stats.bytes_sent,
                )
            })
            .collect()
    }

    /// Bus bytes sent per node per second, averaged over the live nodes, since the start.
    pub fn bus_bytes_per_node_per_sec(&self) -> f64 {
        let elapsed = ((self.now - EPOCH_MS) as f64 / 1000.0).max(0.001);
        let live: Vec<usize> = self.live().collect();
        let total: u64 = live
            .iter()
            .map(|&i| self.nodes[i].core.stats.bytes_sent.iter().sum::<u64>())
            .sum();
        total as f64 / live.len().max(1) as f64 / elapsed
    }
}

/// Bus cost of an idle `n`-master cluster (all slots assigned) after `secs` of virtual time: bytes
/// sent per node per second, averaged over the second half of the run (after convergence).
pub fn bus_cost_report(n: usize, node_timeout: i64, secs: i64, seed: u64) -> f64 {
    let cfg = SimConfig {
        node_timeout,
        ..SimConfig::default()
    };
    let mut sim = Sim::new(n, seed, cfg);
    sim.assign_slots_evenly(n);
    sim.meet_all_through(0);
    sim.run_for(secs * 500);
    let before: u64 = sim
        .nodes
        .iter()
        .map(|x| x.core.stats.bytes_sent.iter().sum::<u64>())
        .sum();
    sim.run_for(secs * 500);
    let after: u64 = sim
        .nodes
        .iter()
        .map(|x| x.core.stats.bytes_sent.iter().sum::<u64>())
        .sum();
    (after - before) as f64 / n as f64 / (secs as f64 / 2.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The seed of a test: GOSSAMER_SIM_SEED if set, else the test's default.
    fn seed(default: u64) -> u64 {
        std::env::var("GOSSAMER_SIM_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(default)
    }

    #[track_caller]
    fn check(seed: u64, cond: bool, msg: &str) {
        assert!(cond, "{msg} (seed {seed}; rerun with GOSSAMER_SIM_SEED={seed})");
    }

    fn all_see(sim: &Sim, j: usize, flag: u16) -> bool {
        sim.live()
            .filter(|&i| i != j)
            .all(|i| sim.flags_seen(i, j).is_some_and(|f| f & flag != 0))
    }

    fn states(sim: &Sim, nodes: &[usize], state: State) -> bool {
        nodes.iter().all(|&i| sim.nodes[i].core.state == state)
    }

    /// N masters without slots MEET node 0; every node must know all N, none in handshake, within
    /// `bound_ms` of virtual time.
    fn meet_through_one_seed(n: usize, bound_ms: i64, seed: u64) {
        let started = std::time::Instant::now();
        let mut sim = Sim::new(n, seed, SimConfig::default());
        sim.meet_all_through(0);
        let t = sim.run_until_pred(bound_ms, |s| (0..n).all(|i| s.knows_all(i, n)));
        println!(
            "{n} nodes converged in {t:?} ms virtual (bound {bound_ms}), {:?} real, {:.0} B/s/node, {:?}",
            started.elapsed(),
            sim.bus_bytes_per_node_per_sec(),
            sim.net
        );
        check(
            seed,
            t.is_some(),
            &format!("{n} nodes did not converge within {bound_ms} ms"),
        );
        check(seed, sim.net.decode_errors == 0, "decode errors");
    }

    /// The full mesh forms in 3.1 s of virtual time: about 1 M connections and 2.5 M messages of ~100
    /// gossip entries each, ~170 s of CPU in test-fast (the working set of 1000 node tables, not the
    /// simulator, is the cost). The 250-node run below is the quick check of the same path.
    #[test]
    fn thousand_nodes_meet_through_one_seed_and_converge() {
        meet_through_one_seed(1000, 30_000, seed(1));
    }

    #[test]
    fn two_hundred_fifty_nodes_meet_through_one_seed_and_converge() {
        meet_through_one_seed(250, 30_000, seed(1));
    }

    #[test]
    fn killed_master_is_failed_everywhere_within_bound() {
        const N: usize = 30;
        let seed = seed(2);
        let cfg = SimConfig {
            node_timeout: 2000,
            ..SimConfig::default()
        };
        let bound = cfg.node_timeout * 2 + 3000;
        let mut sim = Sim::new(N, seed, cfg);
        sim.assign_slots_evenly(N);
        sim.meet_all_through(0);
        let all: Vec<usize> = (0..N).collect();
        let up = sim.run_until_pred(20_000, |s| {
            (0..N).all(|i| s.knows_all(i, N)) && states(s, &all, State::Ok)
        });
        check(seed, up.is_some(), "cluster never became ok");
        // Loss only once formed: a lost MEET is never retried (as in Redis) and the node stays out.
        sim.cfg.loss = 0.01;
        let victim = 7;
        sim.kill(victim);
        let live: Vec<usize> = sim.live().collect();
        let t = sim.run_until_pred(bound, |s| all_see(s, victim, nf::FAIL) && states(s, &live, State::Fail));
        println!("up after {up:?} ms; killed master FAIL everywhere and state fail after {t:?} ms (bound {bound})");
        check(
            seed,
            t.is_some(),
            "killed master not FAIL everywhere / state not fail in time",
        );
    }

    #[test]
    fn minority_partition_goes_to_fail_and_recovers() {
        const N: usize = 7;
        let seed = seed(3);
        let cfg = SimConfig {
            node_timeout: 2000,
            ..SimConfig::default()
        };
        let nt = cfg.node_timeout;
        let mut sim = Sim::new(N, seed, cfg);
        sim.assign_slots_evenly(N);
        sim.meet_all_through(0);
        let all: Vec<usize> = (0..N).collect();
        let up = sim.run_until_pred(20_000, |s| {
            (0..N).all(|i| s.knows_all(i, N)) && states(s, &all, State::Ok)
        });
        check(seed, up.is_some(), "cluster never became ok");
        let (minority, majority) = (vec![0, 1], vec![2, 3, 4, 5, 6]);
        sim.partition(&[&minority, &majority]);
        let down_bound = nt * 2 + 3000;
        let down = sim.run_until_pred(down_bound, |s| {
            states(s, &minority, State::Fail)
                && states(s, &majority, State::Fail)
                && minority.iter().all(|&m| {
                    majority
                        .iter()
                        .all(|&i| s.flags_seen(i, m).is_some_and(|f| f & nf::FAIL != 0))
                })
        });
        println!("partition: minority and majority fail after {down:?} ms (bound {down_bound})");
        check(seed, down.is_some(), "partition did not drive both sides to fail");
        // Stay partitioned past 2 × node_timeout so FAIL can be undone on the first PONG.
        sim.run_for(nt * 2);
        sim.heal();
        let up_bound = nt * 2 + 5000 + 3000;
        let back = sim.run_until_pred(up_bound, |s| {
            states(s, &all, State::Ok)
                && (0..N).all(|i| (0..N).all(|j| s.flags_seen(i, j).is_some_and(|f| f & (nf::FAIL | nf::PFAIL) == 0)))
        });
        println!("healed: all ok after {back:?} ms (bound {up_bound})");
        check(seed, back.is_some(), "cluster did not recover after heal");
    }

    #[test]
    fn config_epoch_collision_resolves_to_unique_epochs() {
        const N: usize = 10;
        let seed = seed(4);
        let mut sim = Sim::new(N, seed, SimConfig::default());
        for n in &mut sim.nodes {
            n.core.set_config_epoch(1);
        }
        sim.meet_all_through(0);
        let bound = 20_000;
        let known = sim.run_until_pred(bound, |s| (0..N).all(|i| s.knows_all(i, N)));
        let t = sim.run_until_pred(bound, |s| {
            let mut epochs: Vec<u64> = s.nodes.iter().map(|n| n.core.me().config_epoch).collect();
            epochs.sort_unstable();
            epochs.dedup();
            epochs.len() == N && (0..N).all(|i| s.knows_all(i, N))
        });
        println!("all known after {known:?} ms, configEpochs unique {t:?} ms later (bound {bound})");
        check(seed, t.is_some(), "configEpochs never became unique");
    }

    fn scripted_run(seed: u64) -> (Vec<NodeSummary>, NetStats) {
        let cfg = SimConfig {
            node_timeout: 1000,
            latency_ms: (1, 20),
            loss: 0.02,
            ..SimConfig::default()
        };
        let mut sim = Sim::new(12, seed, cfg);
        sim.assign_slots_evenly(6);
        sim.meet_all_through(3);
        sim.run_for(5000);
        sim.pause(2);
        sim.kill(5);
        sim.partition(&[&[0, 1, 2], &[3, 4, 6, 7, 8, 9, 10, 11]]);
        sim.run_for(4000);
        sim.resume(2);
        sim.heal();
        sim.run_for(6000);
        (sim.summary(), sim.net)
    }

    #[test]
    fn same_seed_same_run() {
        let seed = seed(5);
        let a = scripted_run(seed);
        let b = scripted_run(seed);
        check(seed, a.0 == b.0 && a.1 == b.1, "two runs with one seed differ");
        let c = scripted_run(seed + 1);
        check(seed, a.0 != c.0, "a different seed gave the same run");
    }

    #[test]
    fn paused_node_is_failed_then_recovers() {
        const N: usize = 5;
        let seed = seed(6);
        let cfg = SimConfig {
            node_timeout: 1000,
            ..SimConfig::default()
        };
        let mut sim = Sim::new(N, seed, cfg);
        sim.assign_slots_evenly(N);
        sim.meet_all_through(0);
        let all: Vec<usize> = (0..N).collect();
        let up = sim.run_until_pred(20_000, |s| states(s, &all, State::Ok));
        check(seed, up.is_some(), "cluster never became ok");
        sim.pause(4);
        let failed = sim.run_until_pred(6000, |s| all_see(s, 4, nf::FAIL));
        check(seed, failed.is_some(), "paused node not failed");
        sim.run_for(3000);
        sim.resume(4);
        let back = sim.run_until_pred(15_000, |s| states(s, &all, State::Ok));
        println!("paused node failed after {failed:?} ms, all ok {back:?} ms after resume");
        check(seed, back.is_some(), "cluster did not recover after resume");
    }
    /// `masters` masters with slots and one replica each (replica `m + masters` of master `m`),
    /// formed and ok.
    fn masters_with_replicas(seed: u64, node_timeout: i64, masters: usize) -> Sim {
        masters_with_replicas_plus(seed, node_timeout, masters, 0)
    }

    /// As [`masters_with_replicas`], plus `extra` more replicas of master 0 (the last nodes).
    fn masters_with_replicas_plus(seed: u64, node_timeout: i64, masters: usize, extra: usize) -> Sim {
        let cfg = SimConfig {
            node_timeout,
            ..SimConfig::default()
        };
        formed_with_replicas(seed, cfg, masters, extra)
    }

    /// As [`masters_with_replicas_plus`] with any simulator settings.
    fn formed_with_replicas(seed: u64, cfg: SimConfig, masters: usize, extra: usize) -> Sim {
        let n = masters * 2 + extra;
        let mut sim = Sim::new(n, seed, cfg);
        sim.assign_slots_evenly(masters);
        sim.meet_all_through(0);
        let formed = sim.run_until_pred(30_000, |s| (0..n).all(|i| s.knows_all(i, n)));
        check(seed, formed.is_some(), "nodes never met");
        let master_of = |r: usize| if r < masters * 2 { r - masters } else { 0 };
        // Offsets equal to the masters' (0: the simulated masters take no writes).
        for r in masters..n {
            sim.replicate(r, master_of(r), 0);
        }
        let all: Vec<usize> = (0..n).collect();
        let ok = sim.run_until_pred(30_000, |s| {
            states(s, &all, State::Ok)
                && (masters..n).all(|r| (0..n).all(|i| s.view(i, r).is_some_and(|v| v.2 == Some(master_of(r)))))
        });
        check(seed, ok.is_some(), "replicas never became known everywhere");
        sim
    }

    /// Every live node sees `promoted` as a master with `slots` slots and its state is ok.
    fn promoted_everywhere(sim: &Sim, promoted: usize, slots: usize) -> bool {
        let live: Vec<usize> = sim.live().collect();
        states(sim, &live, State::Ok)
            && live.iter().all(|&i| {
                sim.view(i, promoted)
                    .is_some_and(|(f, n, _)| f & nf::MASTER != 0 && n == slots)
            })
    }

    #[test]
    fn replica_is_promoted_when_its_master_fails() {
        let seed = seed(21);
        let nt = 2000;
        let mut sim = masters_with_replicas(seed, nt, 3);
        let slots = sim.nodes[0].core.me().numslots;
        sim.kill(0);
        let bound = nt * 2 + 4000;
        let t = sim.run_until_pred(bound, |s| promoted_everywhere(s, 3, slots));
        println!("master killed: replica promoted and cluster ok everywhere after {t:?} ms (bound {bound})");
        check(seed, t.is_some(), "the replica was not promoted everywhere in time");
        check(seed, sim.is_master(3), "node 3 is not a master in its own view");
    }

    #[test]
    fn two_simultaneous_master_failures_are_both_repaired() {
        let seed = seed(22);
        let nt = 2000;
        let mut sim = masters_with_replicas(seed, nt, 5);
        let (s0, s1) = (sim.nodes[0].core.me().numslots, sim.nodes[1].core.me().numslots);
        sim.kill(0);
        sim.kill(1);
        let bound = nt * 4 + 8000;
        let t = sim.run_until_pred(bound, |s| {
            promoted_everywhere(s, 5, s0) && promoted_everywhere(s, 6, s1)
        });
        println!("two masters killed: both replicas promoted after {t:?} ms (bound {bound})");
        check(seed, t.is_some(), "not both replicas were promoted in time");
    }

    #[test]
    fn stale_replica_does_not_win() {
        let seed = seed(23);
        let nt = 2000;
        let mut sim = masters_with_replicas(seed, nt, 3);
        // Node 3's link to master 0 went down an hour ago.
        sim.nodes[3].repl = Some(SimRepl {
            offset: 100,
            stale: true,
        });
        let slots = sim.nodes[0].core.me().numslots;
        sim.kill(0);
        sim.run_for(nt * 6);
        check(
            seed,
            !sim.is_master(3),
            "a replica disconnected for too long was promoted",
        );
        check(
            seed,
            sim.live().all(|i| {
                sim.view(i, 0)
                    .is_some_and(|(f, n, _)| i == 0 || (f & nf::FAIL != 0 && n == slots))
            }),
            "the dead master should stay FAIL with its slots when its only replica is stale",
        );
    }

    #[test]
    fn replica_that_loses_its_election_retries_and_wins() {
        let seed = seed(24);
        let nt = 2000;
        let mut sim = masters_with_replicas(seed, nt, 3);
        let slots = sim.nodes[0].core.me().numslots;
        // The voters ignore vote requests (DEBUG DROP-CLUSTER-PACKET-FILTER 5) for the first round.
        let request = i64::from(super::bus::MessageType::FailoverAuthRequest as u16);
        for m in [1, 2] {
            sim.nodes[m].core.drop_filter = request;
        }
        sim.kill(0);
        let first = sim.run_until_pred(nt * 6, |s| s.nodes[3].core.election.auth_sent);
        check(seed, first.is_some(), "no election started");
        let first_epoch = sim.nodes[3].core.election.auth_epoch;
        sim.run_for(nt * 2 + 1000);
        check(seed, !sim.is_master(3), "won without a single vote");
        for m in [1, 2] {
            sim.nodes[m].core.drop_filter = -1;
        }
        let t = sim.run_until_pred(nt * 10, |s| promoted_everywhere(s, 3, slots));
        println!("election lost at epoch {first_epoch}, won on retry after {t:?} ms");
        check(seed, t.is_some(), "the retry did not win");
        check(
            seed,
            sim.nodes[3].core.me().config_epoch > first_epoch,
            "the winning election should be a later one",
        );
    }

    fn manual_failover_swaps(kind: crate::cluster::failover::ManualFailover, seed: u64) {
        let nt = 2000;
        let mut sim = masters_with_replicas(seed, nt, 3);
        let slots = sim.nodes[0].core.me().numslots;
        let now = sim.now;
        sim.nodes[3].core.manual_failover(kind, now);
        sim.flush(3);
        let t = sim.run_until_pred(10_000, |s| {
            promoted_everywhere(s, 3, slots) && (0..6).all(|i| s.view(i, 0).is_some_and(|v| v.2 == Some(3)))
        });
        println!("manual failover {kind:?}: roles swapped everywhere after {t:?} ms");
        check(seed, t.is_some(), &format!("{kind:?} did not swap master and replica"));
    }

    #[test]
    fn manual_failovers_swap_roles() {
        use crate::cluster::failover::ManualFailover;
        manual_failover_swaps(ManualFailover::Default, seed(25));
        manual_failover_swaps(ManualFailover::Force, seed(26));
        manual_failover_swaps(ManualFailover::Takeover, seed(27));
    }

    #[test]
    fn replica_migrates_to_an_orphaned_master() {
        let seed = seed(28);
        let nt = 2000;
        // Masters 0..3; replicas 3→0, 4→1, 5→2 and 6→0. Replica 5 dies: master 2 is orphaned and
        // one of master 0's two replicas (the smaller name) moves to it after 5 s.
        let mut sim = masters_with_replicas_plus(seed, nt, 3, 1);
        sim.kill(5);
        let t = sim.run_until_pred(nt * 4 + 15_000, |s| {
            s.live()
                .all(|i| [3, 6].iter().any(|&r| s.view(i, r).is_some_and(|v| v.2 == Some(2))))
        });
        println!("orphaned master adopted by a migrating replica after {t:?} ms");
        check(seed, t.is_some(), "no replica migrated to the orphaned master");
    }

    // ----- election policy (`cluster-election-policy`) ----------------------------------------

    /// 3 masters with one replica each under `policy`; master 0 is killed. Returns the virtual ms
    /// until its replica (node 3) asked for votes and until it was promoted everywhere.
    fn failover_times(seed: u64, policy: ElectionPolicy, node_timeout: i64) -> (i64, i64) {
        let cfg = SimConfig {
            node_timeout,
            election_policy: policy,
            ..SimConfig::default()
        };
        let mut sim = formed_with_replicas(seed, cfg, 3, 0);
        let slots = sim.nodes[0].core.me().numslots;
        sim.kill(0);
        let asked = sim.run_until_pred(node_timeout * 6, |s| s.nodes[3].core.election.auth_sent);
        check(seed, asked.is_some(), &format!("{policy:?}: no election started"));
        let promoted = sim.run_until_pred(node_timeout * 6, |s| promoted_everywhere(s, 3, slots));
        check(seed, promoted.is_some(), &format!("{policy:?}: replica not promoted"));
        let asked = asked.unwrap_or_default();
        (asked, asked + promoted.unwrap_or_default())
    }

    fn mean(xs: &[i64]) -> i64 {
        xs.iter().sum::<i64>() / xs.len().max(1) as i64
    }

    /// Same seeds, same cluster, only the policy differs: `fast` asks for votes and is promoted
    /// everywhere sooner on every seed, and at least 300 ms sooner on average at node timeout 1000
    /// (Redis waits 500–1000 ms, `fast` 33 ms for the best-ranked replica).
    #[test]
    fn fast_election_policy_fails_over_sooner_than_redis() {
        let nt = 1000;
        let base = seed(40);
        let (mut redis, mut fast) = (Vec::new(), Vec::new());
        for s in base..base + 8 {
            let r = failover_times(s, ElectionPolicy::Redis, nt);
            let f = failover_times(s, ElectionPolicy::Fast, nt);
            println!(
                "seed {s}: redis asked {} promoted {}; fast asked {} promoted {}",
                r.0, r.1, f.0, f.1
            );
            check(s, f.0 < r.0, "fast did not ask for votes before redis");
            check(s, f.1 < r.1, "fast was not promoted before redis");
            redis.push(r);
            fast.push(f);
        }
        let asked = |v: &[(i64, i64)]| mean(&v.iter().map(|x| x.0).collect::<Vec<_>>());
        let promoted = |v: &[(i64, i64)]| mean(&v.iter().map(|x| x.1).collect::<Vec<_>>());
        println!(
            "mean over 8 seeds: redis asked {} promoted {}; fast asked {} promoted {}",
            asked(&redis),
            promoted(&redis),
            asked(&fast),
            promoted(&fast)
        );
        check(
            base,
            asked(&redis) - asked(&fast) >= 300,
            "fast election start not ≥ 300 ms sooner",
        );
        check(
            base,
            promoted(&redis) - promoted(&fast) >= 300,
            "fast promotion not ≥ 300 ms sooner",
        );
    }

    /// Two replicas (nodes 3 and 6) of master 0 under `fast`, with `offsets` [node 3, node 6];
    /// master 0 is killed. Exactly one replica ever asks for votes, it wins that first election
    /// (no split vote, no retry) and the other follows it. Returns the winner.
    fn two_replicas_elect_one(seed: u64, offsets: [u64; 2]) -> usize {
        let nt = 1000;
        let cfg = SimConfig {
            node_timeout: nt,
            election_policy: ElectionPolicy::Fast,
            ..SimConfig::default()
        };
        let mut sim = formed_with_replicas(seed, cfg, 3, 1);
        for (r, offset) in [3, 6].into_iter().zip(offsets) {
            sim.nodes[r].repl = Some(SimRepl { offset, stale: false });
        }
        // Let the offsets reach the sibling through pings.
        sim.run_for(nt * 2);
        let slots = sim.nodes[0].core.me().numslots;
        sim.kill(0);
        let mut asked = [false; 2];
        let done = sim.run_until_pred(nt * 6, |s| {
            for (k, r) in [3, 6].into_iter().enumerate() {
                asked[k] |= s.nodes[r].core.election.auth_sent;
            }
            [(3, 6), (6, 3)].iter().any(|&(w, l)| {
                promoted_everywhere(s, w, slots) && s.live().all(|i| s.view(i, l).is_some_and(|v| v.2 == Some(w)))
            })
        });
        check(
            seed,
            done.is_some(),
            "no replica was promoted and followed by its sibling",
        );
        let winner = if sim.is_master(3) { 3 } else { 6 };
        check(
            seed,
            asked == [winner == 3, winner == 6],
            "both replicas asked for votes",
        );
        let e = &sim.nodes[winner].core;
        check(
            seed,
            e.me().config_epoch == e.election.auth_epoch,
            "the winner did not win its first election",
        );
        winner
    }

    /// The rank rule keeps two replicas of one master apart under `fast`: with equal offsets the
    /// smaller name wins, otherwise the larger offset, always in one election.
    #[test]
    fn fast_election_policy_two_replicas_elect_exactly_one() {
        let base = seed(50);
        for s in base..base + 8 {
            // Names depend on the seed only.
            let names = Sim::new(7, s, SimConfig::default());
            let name = |i: usize| names.nodes[i].core.myself_name().0;
            let smaller = if name(3) < name(6) { 3 } else { 6 };
            let w = two_replicas_elect_one(s, [0, 0]);
            check(s, w == smaller, "equal offsets: the smaller name should win");
            let larger = 9 - smaller;
            let offsets = if larger == 3 { [100, 0] } else { [0, 100] };
            let w = two_replicas_elect_one(s, offsets);
            check(s, w == larger, "the replica with the larger offset should win");
        }
    }
}
