//! The sans-IO cluster core (Redis's `clusterState` and the code around it): the node table, myself,
//! epochs, the slot table, bus links as the protocol sees them, message construction and statistics.
//! It never touches a socket, a file or the clock: the event loop (or [`super::sim`]) feeds it
//!
//! * [`Core::handle`] a decoded bus message that arrived on a link,
//! * [`Core::tick`] every 100 ms (clusterCron, in [`super::cron`]),
//! * [`Core::before_sleep`] once per loop iteration (clusterBeforeSleep),
//! * link events ([`Core::accept_link`], [`Core::link_connected`], [`Core::link_closed`]),
//! * admin operations (CLUSTER MEET/FORGET/RESET/SETSLOT/..., in [`super::admin`]),
//!
//! and drains [`Core::take_outputs`]: messages to send, links to open or close, keys to drop, messages
//! to deliver to local subscribers. Whether nodes.conf must be saved (and fsynced) is read from
//! [`Core::take_save`] in before-sleep, as Redis's CLUSTER_TODO flags.
//!
//! Processing of PING/PONG/MEET and gossip is in [`super::gossip`], failure detection in
//! [`super::failure`], slot ownership and epochs in [`super::slots_config`], the cluster state in
//! [`super::state`].

use std::collections::HashMap;
use std::rc::Rc;

use rand::rngs::SmallRng;
use rand::{RngExt, SeedableRng};
use slab::Slab;

use super::bus::{self, Body, Header, Message, MessageType, NetIp, NodeId, SlotBitmap, node_flags as nf};
use super::node::{LinkId, Node, NodeIdx};
use super::nodes_conf::{Flags, NodeLine, NodesConf};

pub const SLOTS: usize = bus::SLOTS;
/// No owner in the slot table.
const NO_NODE: u32 = u32::MAX;

/// Hashes a node name by mixing its five 8-byte words (FxHash-style). Names are random hex, and
/// only well-formed names are ever looked up, so SipHash's flood resistance buys nothing here and
/// cost a tenth of the time of a 1000-node gossip round.
#[derive(Default, Clone, Copy)]
pub struct NameHasher(u64);

impl std::hash::Hasher for NameHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
        }
    }
}

pub type NameHasherBuilder = std::hash::BuildHasherDefault<NameHasher>;

/// nodes.conf flag names ↔ bus flag bits (MEET and MIGRATE_TO are never written).
const FLAG_NAMES: [(u16, Flags); 8] = [
    (nf::MYSELF, Flags::MYSELF),
    (nf::MASTER, Flags::MASTER),
    (nf::SLAVE, Flags::SLAVE),
    (nf::PFAIL, Flags::PFAIL),
    (nf::FAIL, Flags::FAIL),
    (nf::HANDSHAKE, Flags::HANDSHAKE),
    (nf::NOADDR, Flags::NOADDR),
    (nf::NOFAILOVER, Flags::NOFAILOVER),
];

/// Settings the core reads (from the config; CONFIG SET updates them).
#[derive(Debug, Clone)]
pub struct CoreConfig {
    pub node_timeout: i64,
    /// Client port, plaintext port (TLS only, else 0) and bus port announced in headers.
    pub port: u16,
    pub pport: u16,
    pub cport: u16,
    /// `cluster-announce-ip`: when set, sent in `myip` and never learnt from sockets.
    pub announce_ip: Option<String>,
    /// `cluster-announce-hostname` (empty: none).
    pub announce_hostname: String,
    pub require_full_coverage: bool,
    pub allow_replica_migration: bool,
    pub migration_barrier: i64,
    pub replica_no_failover: bool,
    pub replica_validity_factor: i64,
    pub repl_ping_replica_period_ms: i64,
    /// `cluster-preferred-endpoint-type`: what MOVED/ASK, CLUSTER SLOTS and SHARDS advertise.
    pub preferred_endpoint: Endpoint,
    /// `cluster-election-policy` (Gossamer only): when my replica asks for votes.
    pub election_policy: super::failover::ElectionPolicy,
}

/// `cluster-preferred-endpoint-type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Endpoint {
    #[default]
    Ip,
    Hostname,
    Unknown,
}

impl Default for CoreConfig {
    fn default() -> Self {
        CoreConfig {
            node_timeout: 15000,
            port: 6379,
            pport: 0,
            cport: 16379,
            announce_ip: None,
            announce_hostname: String::new(),
            require_full_coverage: true,
            allow_replica_migration: true,
            migration_barrier: 1,
            replica_no_failover: false,
            replica_validity_factor: 10,
            repl_ping_replica_period_ms: 10_000,
            preferred_endpoint: Endpoint::Ip,
            election_policy: super::failover::ElectionPolicy::default(),
        }
    }
}

/// Something the shell must do.
#[derive(Debug, Clone)]
pub enum Output {
    /// Open a TCP connection for `link` to `ip:port`; report with [`Core::link_connected`] or
    /// [`Core::link_closed`].
    Connect { link: LinkId, ip: String, port: u16 },
    /// Append these bytes (one encoded message) to the link's send buffer.
    Send { link: LinkId, bytes: Rc<Vec<u8>> },
    /// Close the link (the core has already forgotten it).
    Close { link: LinkId },
    /// We lost these slots to a newer configuration: delete their keys.
    DeleteKeysInSlots(Vec<u16>),
    /// Slots of myself's shard were unassigned (clusterDelSlot → removeChannelsInSlot): unsubscribe
    /// their shard channels' subscribers, telling each. Consecutive deletions share one output.
    RemoveShardChannels(Vec<u16>),
    /// A PUBLISH / PUBLISHSHARD from the bus, to deliver to local subscribers.
    Deliver {
        channel: Vec<u8>,
        message: Vec<u8>,
        shard: bool,
    },
    /// Myself became a replica of this master (replication is the shell's business).
    ReplicateFrom { ip: String, port: u16 },
    /// Myself became a master: stop replicating (new replication id, the old one kept as id2).
    StopReplication,
    /// Manual failover, master side: pause client writes until this time (ms).
    PauseWrites { until: i64 },
    /// The manual failover ended: lift that pause.
    UnpauseWrites,
}

/// A bus link as the protocol sees it.
#[derive(Debug, Clone)]
pub struct Link {
    pub node: Option<NodeIdx>,
    pub inbound: bool,
    pub ctime: i64,
    /// Outbound: connect completed.
    pub connected: bool,
    pub peer_ip: String,
    pub local_ip: String,
}

/// clusterState's `state`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Ok,
    Fail,
}

/// Message counters, per type (index = wire type).
#[derive(Debug, Clone, Default)]
pub struct Stats {
    pub sent: [u64; 11],
    pub received: [u64; 11],
    pub bytes_sent: [u64; 11],
    pub bytes_received: [u64; 11],
    pub links_buffer_limit_exceeded: u64,
}

/// What before-sleep must persist.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Todo {
    pub save: bool,
    pub fsync: bool,
    pub update_state: bool,
}

/// Election (replica side) and manual failover state (clusterState's failover_auth_* and mf_*).
#[derive(Debug, Clone, Default)]
pub struct Election {
    /// When the election may start (or started).
    pub auth_time: i64,
    pub auth_count: usize,
    pub auth_sent: bool,
    pub auth_rank: usize,
    pub auth_epoch: u64,
    /// Manual failover deadline, 0 when none is in progress.
    pub mf_end: i64,
    /// Replica side: the election may start (offsets agree, or FORCE).
    pub mf_can_start: bool,
    /// Replica side: the master's offset once it paused.
    pub mf_master_offset: Option<u64>,
    /// Master side: the replica that asked.
    pub mf_slave: Option<super::node::NodeIdx>,
}

/// What the shell's replication tells the core (replicationGetSlaveOffset, link state).
#[derive(Debug, Clone, Copy, Default)]
pub struct ReplStatus {
    /// master_repl_offset on a master, the processed offset on a replica.
    pub offset: u64,
    /// The link to my master is up (REPL_STATE_CONNECTED).
    pub link_up: bool,
    /// Last time data came from my master (ms).
    pub last_interaction_ms: i64,
    /// When the link to my master went down (ms; 0 = never up).
    pub down_since_ms: i64,
    /// The shell replicates from (or tries to reach) my master (server.masterhost is set).
    pub configured: bool,
}

/// The cluster state machine.
pub struct Core {
    pub cfg: CoreConfig,
    pub(super) nodes: Slab<Node>,
    pub(super) by_name: HashMap<NodeId, NodeIdx, NameHasherBuilder>,
    /// Per node slot-key: the gossip build number that last picked it (no O(n²) duplicate check).
    pub(super) gossip_mark: Vec<u64>,
    pub(super) gossip_round: u64,
    /// Every node key, for O(1) random sampling (dictGetRandomKey).
    pub(super) sample: Vec<NodeIdx>,
    pub myself: NodeIdx,
    pub current_epoch: u64,
    pub last_vote_epoch: u64,
    pub(super) slot_owner: Box<[u32]>,
    pub migrating: std::collections::BTreeMap<u16, NodeIdx>,
    pub importing: std::collections::BTreeMap<u16, NodeIdx>,
    pub(super) owner_not_claiming: Box<SlotBitmap>,
    pub(super) links: Slab<Link>,
    pub state: State,
    /// Masters serving at least one slot, as of the last state evaluation (initially 1).
    pub size: usize,
    pub(super) first_state_call: i64,
    pub(super) among_minority_time: i64,
    pub(super) iteration: u64,
    /// PFAIL nodes counted in the last cron run (how many PFAIL entries gossip carries).
    pub(super) pfail_nodes: usize,
    /// FORGET blacklist: name → expiry (unix seconds).
    pub(super) blacklist: HashMap<NodeId, i64>,
    pub stats: Stats,
    pub todo: Todo,
    pub election: Election,
    /// Replication as the shell last reported it.
    pub repl: ReplStatus,
    /// Before-sleep must run the failover step (CLUSTER_TODO_HANDLE_FAILOVER / MANUALFAILOVER).
    pub(super) handle_failover: bool,
    pub(super) handle_manual_failover: bool,
    /// DEBUG DROP-CLUSTER-PACKET-FILTER: drop received messages of this type (-1: none).
    pub drop_filter: i64,
    /// Bumped whenever what CLUSTER SLOTS/SHARDS show may have changed.
    pub topology_version: u64,
    pub(super) rng: SmallRng,
    pub(super) out: Vec<Output>,
}

impl Core {
    /// A new core for myself `name`, seeded for reproducible randomness.
    pub fn new(name: NodeId, cfg: CoreConfig, seed: u64, now: i64) -> Core {
        let mut core = Core {
            cfg,
            nodes: Slab::new(),
            by_name: HashMap::default(),
            gossip_mark: Vec::new(),
            gossip_round: 0,
            sample: Vec::new(),
            myself: 0,
            current_epoch: 0,
            last_vote_epoch: 0,
            slot_owner: vec![NO_NODE; SLOTS].into_boxed_slice(),
            migrating: Default::default(),
            importing: Default::default(),
            owner_not_claiming: Box::default(),
            links: Slab::new(),
            state: State::Fail,
            size: 1,
            first_state_call: 0,
            among_minority_time: 0,
            iteration: 0,
            pfail_nodes: 0,
            blacklist: HashMap::new(),
            stats: Stats::default(),
            todo: Todo::default(),
            election: Election::default(),
            repl: ReplStatus::default(),
            handle_failover: false,
            handle_manual_failover: false,
            drop_filter: -1,
            topology_version: 0,
            rng: SmallRng::seed_from_u64(seed),
            out: Vec::new(),
        };
        let mut me = Node::new(name, nf::MYSELF | nf::MASTER, now);
        me.port = core.cfg.port;
        me.pport = core.cfg.pport;
        me.cport = core.cfg.cport;
        if let Some(ip) = &core.cfg.announce_ip {
            me.ip = ip.clone();
        }
        core.myself = core.add_node(me);
        core.update_myself_hostname();
        core
    }

    // ----- node table -------------------------------------------------------------------------

    pub fn node(&self, idx: NodeIdx) -> &Node {
        &self.nodes[idx]
    }

    pub fn me(&self) -> &Node {
        &self.nodes[self.myself]
    }

    pub fn myself_name(&self) -> NodeId {
        self.nodes[self.myself].name
    }

    /// Every node, in table order.
    pub fn iter_nodes(&self) -> impl Iterator<Item = (NodeIdx, &Node)> {
        self.nodes.iter()
    }

    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }

    /// clusterLookupNode: names that are not 40 `[a-z0-9]` bytes are never found.
    pub fn lookup(&self, name: &[u8]) -> Option<NodeIdx> {
        if name.len() != bus::NAME_LEN || !name.iter().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) {
            return None;
        }
        let id = NodeId(name.try_into().ok()?);
        self.by_name.get(&id).copied()
    }

    pub(super) fn add_node(&mut self, node: Node) -> NodeIdx {
        let name = node.name;
        let idx = self.nodes.insert(node);
        self.nodes[idx].sample_pos = self.sample.len();
        self.sample.push(idx);
        self.by_name.insert(name, idx);
        self.topology_version += 1;
        idx
    }

    /// clusterDelNode: unassign its slots, drop its failure reports and links, unlink replicas.
    pub(super) fn del_node(&mut self, idx: NodeIdx) {
        for slot in 0..SLOTS as u16 {
            if self.slot_owner[usize::from(slot)] == idx as u32 {
                self.del_slot(slot);
            }
        }
        self.importing.retain(|_, n| *n != idx);
        self.migrating.retain(|_, n| *n != idx);
        for (_, node) in self.nodes.iter_mut() {
            node.fail_reports.retain(|(reporter, _)| *reporter != idx);
        }
        let node = &self.nodes[idx];
        let replicas = node.replicas.clone();
        let master = node.slaveof;
        let links = [node.link, node.inbound_link];
        for r in replicas {
            if let Some(n) = self.nodes.get_mut(r) {
                n.slaveof = None;
            }
        }
        if let Some(m) = master {
            self.remove_replica(m, idx);
        }
        for link in links.into_iter().flatten() {
            self.free_link(link);
        }
        let node = self.nodes.remove(idx);
        self.by_name.remove(&node.name);
        let pos = node.sample_pos;
        self.sample.swap_remove(pos);
        if let Some(&moved) = self.sample.get(pos) {
            self.nodes[moved].sample_pos = pos;
        }
        self.topology_version += 1;
    }

    /// clusterRenameNode (end of a handshake).
    pub(super) fn rename_node(&mut self, idx: NodeIdx, name: NodeId) {
        let old = self.nodes[idx].name;
        self.by_name.remove(&old);
        self.nodes[idx].name = name;
        self.by_name.insert(name, idx);
        self.topology_version += 1;
    }

    pub(super) fn random_node(&mut self) -> NodeIdx {
        let i = self.rng.random_range(0..self.sample.len());
        self.sample[i]
    }

    pub(super) fn add_replica(&mut self, master: NodeIdx, replica: NodeIdx) {
        let m = &mut self.nodes[master];
        if m.replicas.contains(&replica) {
            return;
        }
        m.replicas.push(replica);
        m.flags |= nf::MIGRATE_TO;
        self.topology_version += 1;
    }

    pub(super) fn remove_replica(&mut self, master: NodeIdx, replica: NodeIdx) {
        let Some(m) = self.nodes.get_mut(master) else { return };
        let before = m.replicas.len();
        m.replicas.retain(|&r| r != replica);
        if m.replicas.is_empty() && before > 0 {
            m.flags &= !nf::MIGRATE_TO;
        }
        self.topology_version += 1;
    }

    /// clusterSetNodeAsMaster for another node.
    pub(super) fn set_node_as_master(&mut self, idx: NodeIdx) {
        if self.nodes[idx].is_master() {
            return;
        }
        if let Some(m) = self.nodes[idx].slaveof {
            self.remove_replica(m, idx);
            if idx != self.myself {
                self.nodes[idx].flags |= nf::MIGRATE_TO;
            }
        }
        let n = &mut self.nodes[idx];
        n.flags &= !nf::SLAVE;
        n.flags |= nf::MASTER;
        n.slaveof = None;
        self.todo.save = true;
        self.todo.update_state = true;
        self.topology_version += 1;
    }

    // ----- slots ------------------------------------------------------------------------------

    /// The owner of a slot.
    pub fn slot_owner(&self, slot: u16) -> Option<NodeIdx> {
        let o = self.slot_owner[usize::from(slot)];
        (o != NO_NODE).then_some(o as NodeIdx)
    }

    /// clusterAddSlot: false if the slot is already owned.
    pub fn add_slot(&mut self, idx: NodeIdx, slot: u16) -> bool {
        if self.slot_owner(slot).is_some() {
            return false;
        }
        self.nodes[idx].add_slot(slot);
        self.slot_owner[usize::from(slot)] = idx as u32;
        self.topology_version += 1;
        true
    }

    /// clusterDelSlot: false if the slot was unassigned.
    pub fn del_slot(&mut self, slot: u16) -> bool {
        let Some(owner) = self.slot_owner(slot) else {
            return false;
        };
        if self.serves_my_slots(owner) {
            match self.out.last_mut() {
                Some(Output::RemoveShardChannels(slots)) => slots.push(slot),
                _ => self.out.push(Output::RemoveShardChannels(vec![slot])),
            }
        }
        self.nodes[owner].del_slot(slot);
        self.slot_owner[usize::from(slot)] = NO_NODE;
        self.owner_not_claiming.set(slot, false);
        self.topology_version += 1;
        true
    }

    /// Myself is among clusterGetNodesServingMySlots(idx): `idx`'s master (itself, if a master) or one
    /// of that master's replicas.
    fn serves_my_slots(&self, idx: NodeIdx) -> bool {
        let me = self.myself;
        let n = &self.nodes[idx];
        let primary = if n.is_master() { Some(idx) } else { n.slaveof };
        primary.is_some_and(|p| p == me || self.nodes[p].replicas.contains(&me))
    }

    /// clusterDelNodeSlots.
    pub(super) fn del_node_slots(&mut self, idx: NodeIdx) -> usize {
        let slots: Vec<u16> = self.nodes[idx].slots().iter().collect();
        for &s in &slots {
            self.del_slot(s);
        }
        slots.len()
    }

    /// isSlotUnclaimed: unassigned, or its owner stopped claiming it.
    pub(super) fn slot_unclaimed(&self, slot: u16) -> bool {
        self.slot_owner(slot).is_none() || self.owner_not_claiming.get(slot)
    }

    // ----- links ------------------------------------------------------------------------------

    pub fn link(&self, id: LinkId) -> Option<&Link> {
        self.links.get(id)
    }

    pub fn iter_links(&self) -> impl Iterator<Item = (LinkId, &Link)> {
        self.links.iter()
    }

    /// A connection was accepted on the bus port.
    pub fn accept_link(&mut self, peer_ip: &str, local_ip: &str, now: i64) -> LinkId {
        self.links.insert(Link {
            node: None,
            inbound: true,
            ctime: now,
            connected: true,
            peer_ip: peer_ip.to_string(),
            local_ip: local_ip.to_string(),
        })
    }

    /// Starts an outbound link to a node (the cron does this for nodes without one).
    pub(super) fn open_link(&mut self, idx: NodeIdx, now: i64) -> LinkId {
        let node = &self.nodes[idx];
        let (ip, port) = (node.ip.clone(), node.cport);
        let id = self.links.insert(Link {
            node: Some(idx),
            inbound: false,
            ctime: now,
            connected: false,
            peer_ip: ip.clone(),
            local_ip: String::new(),
        });
        self.nodes[idx].link = Some(id);
        self.out.push(Output::Connect { link: id, ip, port });
        id
    }

    /// clusterLinkConnectHandler: the outbound connect succeeded. Sends MEET or PING, keeping an old
    /// ping_sent so a reconnect does not reset failure detection.
    pub fn link_connected(&mut self, id: LinkId, local_ip: &str, now: i64) {
        let Some(link) = self.links.get_mut(id) else { return };
        link.connected = true;
        link.local_ip = local_ip.to_string();
        let Some(idx) = link.node else { return };
        let old_ping_sent = self.nodes[idx].ping_sent;
        let kind = if self.nodes[idx].has(nf::MEET) {
            MessageType::Meet
        } else {
            MessageType::Ping
        };
        self.send_ping(id, kind, now);
        if old_ping_sent != 0 {
            self.nodes[idx].ping_sent = old_ping_sent;
        }
        self.nodes[idx].flags &= !nf::MEET;
    }

    /// The shell saw an error, EOF or a failed connect on this link. A link that never connected
    /// counts as a ping sent now (as 7.0.15 does for a synchronous connect error) so that failure
    /// detection runs against a node that refuses connections.
    pub fn link_closed(&mut self, id: LinkId, now: i64) {
        let Some(link) = self.links.get(id) else { return };
        if !link.inbound
            && !link.connected
            && let Some(idx) = link.node
            && self.nodes[idx].ping_sent == 0
        {
            self.nodes[idx].ping_sent = now;
        }
        self.forget_link(id);
    }

    /// freeClusterLink: detach from its node and tell the shell to close it.
    pub(super) fn free_link(&mut self, id: LinkId) {
        if self.forget_link(id) {
            self.out.push(Output::Close { link: id });
        }
    }

    fn forget_link(&mut self, id: LinkId) -> bool {
        let Some(link) = self.links.try_remove(id) else {
            return false;
        };
        if let Some(idx) = link.node
            && let Some(node) = self.nodes.get_mut(idx)
        {
            if node.link == Some(id) {
                node.link = None;
            } else if node.inbound_link == Some(id) {
                node.inbound_link = None;
            }
        }
        true
    }

    /// setClusterNodeToInboundClusterLink.
    pub(super) fn bind_inbound(&mut self, idx: NodeIdx, id: LinkId) {
        if let Some(old) = self.nodes[idx].inbound_link
            && old != id
        {
            self.free_link(old);
        }
        self.nodes[idx].inbound_link = Some(id);
        if let Some(link) = self.links.get_mut(id) {
            link.node = Some(idx);
        }
    }

    /// Outputs accumulated since the last call.
    pub fn take_outputs(&mut self) -> Vec<Output> {
        std::mem::take(&mut self.out)
    }

    // ----- messages ---------------------------------------------------------------------------

    /// clusterBuildMessageHdr.
    pub(super) fn header(&self) -> Header {
        let me = &self.nodes[self.myself];
        let master = match me.slaveof {
            Some(m) if me.is_replica() => &self.nodes[m],
            _ => me,
        };
        let mut h = Header::new(me.name);
        h.myslots = master.slots().clone();
        h.config_epoch = master.config_epoch;
        h.slaveof = if me.is_replica() {
            me.slaveof.map(|m| self.nodes[m].name)
        } else {
            None
        };
        h.current_epoch = self.current_epoch;
        h.myip = self.cfg.announce_ip.as_deref().map(NetIp::new).unwrap_or_default();
        h.port = self.cfg.port;
        h.pport = self.cfg.pport;
        h.cport = self.cfg.cport;
        h.flags = me.flags;
        h.state = match self.state {
            State::Ok => bus::cluster_state::OK,
            State::Fail => bus::cluster_state::FAIL,
        };
        h.offset = self.repl.offset;
        if me.is_master() && self.election.mf_end != 0 {
            h.mflags |= bus::msg_flags::PAUSED;
        }
        h
    }

    /// Encodes and queues a message on a link, counting it.
    pub(super) fn send(&mut self, link: LinkId, msg: &Message) {
        if let Some(bytes) = self.encode_counted(msg, 1) {
            self.out.push(Output::Send { link, bytes });
        }
    }

    /// The encoded message, counted `copies` times; `None` (logged) for a message the wire format
    /// cannot carry (e.g. a PUBLISH over 4 GiB).
    fn encode_counted(&mut self, msg: &Message, copies: u64) -> Option<Rc<Vec<u8>>> {
        let mut buf = Vec::with_capacity(bus::encoded_len(msg).unwrap_or(bus::HEADER_LEN));
        if let Err(e) = bus::try_encode(msg, &mut buf) {
            log::warn!("Not sending a cluster bus message: {e}");
            return None;
        }
        let kind = usize::from(msg.body.kind());
        if kind < 11 {
            self.stats.sent[kind] += copies;
            self.stats.bytes_sent[kind] += copies * buf.len() as u64;
        }
        Some(Rc::new(buf))
    }

    /// clusterBroadcastMessage: every node with an outbound link except myself and handshake nodes.
    pub(super) fn broadcast(&mut self, msg: &Message) {
        let targets: Vec<LinkId> = self
            .nodes
            .iter()
            .filter(|(_, n)| !n.has(nf::MYSELF | nf::HANDSHAKE))
            .filter_map(|(_, n)| n.link)
            .collect();
        if targets.is_empty() {
            return;
        }
        let Some(bytes) = self.encode_counted(msg, targets.len() as u64) else {
            return;
        };
        for link in targets {
            self.out.push(Output::Send {
                link,
                bytes: bytes.clone(),
            });
        }
    }

    /// Sends a header-only or simple message to a node's outbound link.
    pub(super) fn send_to_node(&mut self, idx: NodeIdx, body: Body) {
        if let Some(link) = self.nodes[idx].link {
            let msg = Message {
                header: self.header(),
                body,
            };
            self.send(link, &msg);
        }
    }

    // ----- before sleep, persistence ----------------------------------------------------------

    /// clusterBeforeSleep's state part: recompute the state when flagged. Returns the save request
    /// (`Some(fsync)`) for the shell to carry out before it writes anything to sockets.
    pub fn before_sleep(&mut self, now: i64) -> Option<bool> {
        if std::mem::take(&mut self.handle_manual_failover) {
            if self.me().is_replica() {
                self.handle_manual_failover_step();
                self.handle_replica_failover(now);
            }
        } else if std::mem::take(&mut self.handle_failover) {
            self.handle_replica_failover(now);
        }
        if std::mem::take(&mut self.todo.update_state) {
            self.update_state(now);
        }
        self.take_save()
    }

    /// The pending save request: `Some(fsync)`.
    pub fn take_save(&mut self) -> Option<bool> {
        let save = std::mem::take(&mut self.todo.save);
        let fsync = std::mem::take(&mut self.todo.fsync);
        save.then_some(fsync)
    }

    pub(super) fn flag_save(&mut self, fsync: bool) {
        self.todo.save = true;
        self.todo.fsync |= fsync;
    }

    /// The nodes.conf view of this state (handshake nodes included; [`nodes_conf::render`] skips them).
    pub fn to_conf(&self) -> NodesConf {
        let mut conf = NodesConf {
            nodes: self.nodes.iter().map(|(i, _)| self.node_line(i)).collect(),
            ..NodesConf::default()
        };
        conf.migrating = self.migrating.iter().map(|(&s, &n)| (s, self.nodes[n].name)).collect();
        conf.importing = self.importing.iter().map(|(&s, &n)| (s, self.nodes[n].name)).collect();
        conf.vars.current_epoch = self.current_epoch;
        conf.vars.last_vote_epoch = self.last_vote_epoch;
        conf
    }

    /// One node as clusterGenNodeDescription prints it.
    pub fn node_line(&self, idx: NodeIdx) -> NodeLine {
        let n = &self.nodes[idx];
        let mut flags = Flags(0);
        for (bit, f) in FLAG_NAMES {
            if n.has(bit) {
                flags.insert(f);
            }
        }
        let master = n.slaveof.filter(|_| n.is_replica());
        let config_epoch = match master {
            Some(m) => self.nodes[m].config_epoch,
            None => n.config_epoch,
        };
        NodeLine {
            id: n.name,
            ip: n.ip.clone(),
            port: i32::from(n.port),
            cport: i32::from(n.cport),
            hostname: (!n.hostname.is_empty()).then(|| n.hostname.clone()),
            flags,
            master_id: n.slaveof.map(|m| self.nodes[m].name),
            ping_sent: n.ping_sent,
            pong_recv: n.pong_received,
            config_epoch,
            connected: n.link.is_some() || n.is_myself(),
            slots: n.slots().clone(),
        }
    }

    /// Rebuilds the state from nodes.conf as clusterLoadConfig does (myself must be in it).
    pub fn from_conf(conf: &NodesConf, cfg: CoreConfig, seed: u64, now: i64) -> Result<Core, String> {
        let me = conf.myself().ok_or("no myself node")?;
        let mut core = Core::new(me.id, cfg, seed, now);
        let mut index: HashMap<NodeId, NodeIdx> = HashMap::new();
        index.insert(me.id, core.myself);
        for line in &conf.nodes {
            if let std::collections::hash_map::Entry::Vacant(e) = index.entry(line.id) {
                e.insert(core.add_node(Node::new(line.id, 0, now)));
            }
        }
        for line in &conf.nodes {
            let idx = index[&line.id];
            core.load_line(idx, line, &index, now);
        }
        for (&slot, id) in &conf.migrating {
            core.migrating.insert(slot, index[id]);
        }
        for (&slot, id) in &conf.importing {
            core.importing.insert(slot, index[id]);
        }
        core.current_epoch = conf.effective_current_epoch();
        core.last_vote_epoch = conf.vars.last_vote_epoch;
        core.update_myself_hostname();
        Ok(core)
    }

    fn load_line(&mut self, idx: NodeIdx, line: &NodeLine, index: &HashMap<NodeId, NodeIdx>, now: i64) {
        let mut flags = 0u16;
        for (bit, f) in FLAG_NAMES {
            if line.flags.has(f) {
                flags |= bit;
            }
        }
        let is_me = idx == self.myself;
        {
            let n = &mut self.nodes[idx];
            n.flags = flags;
            if !is_me || self.cfg.announce_ip.is_none() {
                n.ip = line.ip.clone();
            }
            if !is_me {
                n.port = line.port.clamp(0, 65535) as u16;
                n.cport = line.cport.clamp(0, 65535) as u16;
            }
            n.hostname = line.hostname.clone().unwrap_or_default();
            if line.flags.has(Flags::FAIL) {
                n.fail_time = now;
            }
            n.ping_sent = if line.ping_sent != 0 { now } else { 0 };
            n.pong_received = if line.pong_recv != 0 { now } else { 0 };
            n.config_epoch = if line.flags.has(Flags::SLAVE) && line.master_id.is_some() {
                0
            } else {
                line.config_epoch
            };
        }
        if let Some(master) = line.master_id.and_then(|m| index.get(&m).copied()) {
            self.nodes[idx].slaveof = Some(master);
            self.add_replica(master, idx);
        }
        for slot in line.slots.iter() {
            self.add_slot(idx, slot);
        }
    }

    /// getPreferredEndpoint: the IP, the hostname (`?` when it has none) or the empty string.
    pub fn endpoint(&self, idx: NodeIdx) -> &str {
        let n = &self.nodes[idx];
        match self.cfg.preferred_endpoint {
            Endpoint::Ip => &n.ip,
            Endpoint::Hostname if n.hostname.is_empty() => "?",
            Endpoint::Hostname => &n.hostname,
            Endpoint::Unknown => "",
        }
    }

    /// Random 40-hex node name from the core's RNG.
    pub(super) fn random_name(&mut self) -> NodeId {
        let mut id = [0u8; 40];
        for b in id.iter_mut() {
            *b = b"0123456789abcdef"[self.rng.random_range(0..16usize)];
        }
        NodeId(id)
    }

    /// Counted when a frame is received (including ones that are later ignored).
    pub fn count_received(&mut self, kind: u16, len: usize) {
        if let Some(i) = usize::from(kind).checked_sub(0).filter(|&i| i < 11) {
            self.stats.received[i] += 1;
            self.stats.bytes_received[i] += len as u64;
        }
    }
}
