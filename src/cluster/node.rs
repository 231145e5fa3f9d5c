//! One entry of the cluster's node table (Redis's `clusterNode`): identity, role, flags, epochs, slots,
//! timers of the failure detector, address and links. Nodes refer to each other by [`NodeIdx`] (a
//! stable slab key of [`super::core::Core`]'s table); the core keeps those references consistent when a
//! node is deleted.

use super::bus::{SlotBitmap, node_flags as nf};

/// Key of a node in the core's table. Stable while the node exists.
pub type NodeIdx = usize;
/// Key of a bus link in the core's link table, shared with the event loop (or the simulator).
pub type LinkId = usize;

/// A node as this node sees it.
#[derive(Debug, Clone)]
pub struct Node {
    pub name: super::bus::NodeId,
    /// `CLUSTER_NODE_*` bits ([`nf`]).
    pub flags: u16,
    pub config_epoch: u64,
    /// Slots served; `None` while the node serves none (most nodes in a large cluster of replicas and
    /// in simulations, so the 2 KiB bitmap is only paid for by slot owners).
    slots: Option<Box<SlotBitmap>>,
    pub numslots: usize,
    pub slaveof: Option<NodeIdx>,
    pub replicas: Vec<NodeIdx>,
    /// ms of the PING in flight, 0 if none.
    pub ping_sent: i64,
    pub pong_received: i64,
    /// Last time any packet arrived from it.
    pub data_received: i64,
    pub fail_time: i64,
    /// Last time I voted for a replica of this master.
    pub voted_time: i64,
    pub repl_offset: u64,
    pub repl_offset_time: i64,
    pub orphaned_time: i64,
    pub ip: String,
    pub port: u16,
    pub pport: u16,
    pub cport: u16,
    pub hostname: String,
    /// Outbound link (we connected to it).
    pub link: Option<LinkId>,
    /// Inbound link (it connected to us), bound on its first packet.
    pub inbound_link: Option<LinkId>,
    /// (reporting master, time of last report).
    pub fail_reports: Vec<(NodeIdx, i64)>,
    pub ctime: i64,
    /// Position in the core's sampling vector (for O(1) random picks).
    pub(super) sample_pos: usize,
}

static EMPTY_SLOTS: SlotBitmap = SlotBitmap([0; 2048]);

impl Node {
    /// createClusterNode: no address, no slots, `pong_received` 0 and ctime `now`.
    pub fn new(name: super::bus::NodeId, flags: u16, now: i64) -> Node {
        Node {
            name,
            flags,
            config_epoch: 0,
            slots: None,
            numslots: 0,
            slaveof: None,
            replicas: Vec::new(),
            ping_sent: 0,
            pong_received: 0,
            data_received: 0,
            fail_time: 0,
            voted_time: 0,
            repl_offset: 0,
            repl_offset_time: 0,
            orphaned_time: 0,
            ip: String::new(),
            port: 0,
            pport: 0,
            cport: 0,
            hostname: String::new(),
            link: None,
            inbound_link: None,
            fail_reports: Vec::new(),
            ctime: now,
            sample_pos: 0,
        }
    }

    pub fn has(&self, flag: u16) -> bool {
        self.flags & flag != 0
    }

    pub fn is_master(&self) -> bool {
        self.has(nf::MASTER)
    }

    pub fn is_replica(&self) -> bool {
        self.has(nf::SLAVE)
    }

    pub fn is_myself(&self) -> bool {
        self.has(nf::MYSELF)
    }

    pub fn in_handshake(&self) -> bool {
        self.has(nf::HANDSHAKE)
    }

    /// PFAIL (`nodeTimedOut`).
    pub fn timed_out(&self) -> bool {
        self.has(nf::PFAIL)
    }

    /// FAIL (`nodeFailed`).
    pub fn failed(&self) -> bool {
        self.has(nf::FAIL)
    }

    /// The slot bitmap (an empty one when the node serves nothing).
    pub fn slots(&self) -> &SlotBitmap {
        self.slots.as_deref().unwrap_or(&EMPTY_SLOTS)
    }

    pub fn has_slot(&self, slot: u16) -> bool {
        self.slots.as_ref().is_some_and(|s| s.get(slot))
    }

    /// Sets a slot bit; true if it changed.
    pub(super) fn add_slot(&mut self, slot: u16) -> bool {
        let bits = self.slots.get_or_insert_with(Box::default);
        if bits.get(slot) {
            return false;
        }
        bits.set(slot, true);
        self.numslots += 1;
        true
    }

    /// Clears a slot bit; true if it changed.
    pub(super) fn del_slot(&mut self, slot: u16) -> bool {
        let Some(bits) = self.slots.as_mut() else { return false };
        if !bits.get(slot) {
            return false;
        }
        bits.set(slot, false);
        self.numslots -= 1;
        if self.numslots == 0 {
            self.slots = None;
        }
        true
    }

    /// `ip:port`, as MOVED and logs print it.
    pub fn address(&self) -> String {
        format!("{}:{}", self.ip, self.port)
    }
}
