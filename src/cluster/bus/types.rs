//! The values a cluster bus message carries, independent of their byte layout.
//!
//! Everything here is plain data: [`encode`](super::encode) turns a [`Message`] into the exact bytes
//! redis-server 7.0.15 sends and [`decode`](super::decode) does the reverse. Fields that 7.0.15 derives
//! from others (`sig`, `totlen`, `ver`, `type`, `count`, `extensions`) or always zeroes (`notused1`,
//! `mflags[1..3]`, gossip `notused1`) are not stored.

use std::fmt;

/// Number of hash slots.
pub const SLOTS: usize = 16384;
/// Length of a node name (hex SHA1) on the wire.
pub const NAME_LEN: usize = 40;
/// Size of an IP field on the wire (`NET_IP_STR_LEN`).
pub const IP_LEN: usize = 46;

/// Node flag bits (header `flags`, gossip `flags`), `CLUSTER_NODE_*`.
pub mod node_flags {
    /// The node is a master.
    pub const MASTER: u16 = 1;
    /// The node is a replica.
    pub const SLAVE: u16 = 2;
    /// Failure suspected (`fail?`).
    pub const PFAIL: u16 = 4;
    /// The node is failed.
    pub const FAIL: u16 = 8;
    /// Set by the sender on its own header flags.
    pub const MYSELF: u16 = 16;
    /// We have still to exchange the first ping.
    pub const HANDSHAKE: u16 = 32;
    /// Address unknown.
    pub const NOADDR: u16 = 64;
    /// Send a MEET to this node.
    pub const MEET: u16 = 128;
    /// Master eligible for replica migration.
    pub const MIGRATE_TO: u16 = 256;
    /// Replica that will not fail over.
    pub const NOFAILOVER: u16 = 512;
}

/// Message flag bits of `mflags[0]`, `CLUSTERMSG_FLAG0_*`.
pub mod msg_flags {
    /// Master paused for a manual failover.
    pub const PAUSED: u8 = 1;
    /// Vote for this AUTH_REQUEST even though the master is up.
    pub const FORCEACK: u8 = 2;
    /// PING/PONG/MEET carries ping extensions.
    pub const EXT_DATA: u8 = 4;
}

/// The cluster state byte of the header.
pub mod cluster_state {
    /// `CLUSTER_OK`.
    pub const OK: u8 = 0;
    /// `CLUSTER_FAIL`.
    pub const FAIL: u8 = 1;
}

/// A 40-byte node name. Normally 40 lowercase hex digits, but 7.0.15 never checks names received on the
/// bus, so any bytes are kept as they came.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub [u8; NAME_LEN]);

impl NodeId {
    /// The all-zero name (`CLUSTER_NODE_NULL_NAME`), meaning "no node" in `slaveof`.
    pub const NULL: NodeId = NodeId([0; NAME_LEN]);

    /// Parses 40 lowercase hex digits (what `CLUSTER MYID` prints).
    pub fn from_hex(s: &str) -> Option<NodeId> {
        let bytes: [u8; NAME_LEN] = s.as_bytes().try_into().ok()?;
        let id = NodeId(bytes);
        id.is_valid().then_some(id)
    }

    /// True if every byte is a lowercase hex digit, the form 7.0.15's `verifyClusterNodeId` accepts.
    pub fn is_valid(&self) -> bool {
        self.0.iter().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    }

    /// True for the all-zero name.
    pub fn is_null(&self) -> bool {
        self.0 == [0; NAME_LEN]
    }

    /// The name as text (lossy for non-UTF-8 bytes).
    pub fn to_text(&self) -> String {
        String::from_utf8_lossy(&self.0).into_owned()
    }
}

impl fmt::Debug for NodeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "NodeId({:?})", self.to_text())
    }
}

impl fmt::Display for NodeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_text())
    }
}

/// A 16384-bit slot bitmap: slot `s` is bit `s & 7` (LSB first) of byte `s >> 3`.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct SlotBitmap(pub [u8; SLOTS / 8]);

impl Default for SlotBitmap {
    fn default() -> Self {
        SlotBitmap([0; SLOTS / 8])
    }
}

impl SlotBitmap {
    /// An empty bitmap.
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether `slot` is set. Slots outside 0..16384 are never set.
    pub fn get(&self, slot: u16) -> bool {
        let s = usize::from(slot);
        s < SLOTS && self.0[s >> 3] & (1 << (s & 7)) != 0
    }

    /// Sets or clears `slot`. Slots outside 0..16384 are ignored.
    pub fn set(&mut self, slot: u16, on: bool) {
        let s = usize::from(slot);
        if s >= SLOTS {
            return;
        }
        let bit = 1u8 << (s & 7);
        if on {
            self.0[s >> 3] |= bit;
        } else {
            self.0[s >> 3] &= !bit;
        }
    }

    /// Sets every slot of the inclusive range `lo..=hi` (clamped to the valid slots).
    pub fn set_range(&mut self, lo: u16, hi: u16) {
        for s in lo..=hi.min(SLOTS as u16 - 1) {
            self.set(s, true);
        }
    }

    /// The set slots in ascending order.
    pub fn iter(&self) -> impl Iterator<Item = u16> + '_ {
        (0..SLOTS as u16).filter(move |&s| self.get(s))
    }

    /// Number of set slots.
    pub fn count(&self) -> usize {
        self.0.iter().map(|b| b.count_ones() as usize).sum()
    }

    /// True if no slot is set.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|&b| b == 0)
    }
}

impl fmt::Debug for SlotBitmap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SlotBitmap({} slots)", self.count())
    }
}

/// A 46-byte NUL-padded IP field (`myip` of the header, `ip` of a gossip entry), kept byte for byte.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct NetIp(pub [u8; IP_LEN]);

impl Default for NetIp {
    fn default() -> Self {
        NetIp([0; IP_LEN])
    }
}

impl NetIp {
    /// Builds the field the way 7.0.15 does (`strncpy` of at most 45 bytes, zero padded).
    pub fn new(ip: &str) -> NetIp {
        let mut raw = [0; IP_LEN];
        let bytes = ip.as_bytes();
        let n = bytes.len().min(IP_LEN - 1);
        raw[..n].copy_from_slice(&bytes[..n]);
        NetIp(raw)
    }

    /// The bytes before the first NUL, as a C reader sees them (7.0.15 forces byte 45 to NUL).
    pub fn as_bytes(&self) -> &[u8] {
        let end = self.0[..IP_LEN - 1].iter().position(|&b| b == 0).unwrap_or(IP_LEN - 1);
        &self.0[..end]
    }

    /// True when the first byte is NUL: for `myip`, "not announced, use the socket's peer address".
    pub fn is_empty(&self) -> bool {
        self.0[0] == 0
    }

    /// The address as text (lossy for non-UTF-8 bytes).
    pub fn to_text(&self) -> String {
        String::from_utf8_lossy(self.as_bytes()).into_owned()
    }
}

impl fmt::Debug for NetIp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "NetIp({:?})", self.to_text())
    }
}

/// The message types of protocol version 1 (`CLUSTERMSG_TYPE_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u16)]
pub enum MessageType {
    Ping = 0,
    Pong = 1,
    Meet = 2,
    Fail = 3,
    Publish = 4,
    FailoverAuthRequest = 5,
    FailoverAuthAck = 6,
    Update = 7,
    MfStart = 8,
    Module = 9,
    PublishShard = 10,
}

impl MessageType {
    /// Every known type, in wire-value order.
    pub const ALL: [MessageType; 11] = [
        MessageType::Ping,
        MessageType::Pong,
        MessageType::Meet,
        MessageType::Fail,
        MessageType::Publish,
        MessageType::FailoverAuthRequest,
        MessageType::FailoverAuthAck,
        MessageType::Update,
        MessageType::MfStart,
        MessageType::Module,
        MessageType::PublishShard,
    ];

    /// The type for a wire value, `None` for values 11 and up.
    pub fn from_wire(v: u16) -> Option<MessageType> {
        Self::ALL.get(usize::from(v)).copied()
    }

    /// The name 7.0.15 uses in logs and `CLUSTER INFO` (`cluster_stats_messages_<name>_sent`).
    pub fn name(self) -> &'static str {
        match self {
            MessageType::Ping => "ping",
            MessageType::Pong => "pong",
            MessageType::Meet => "meet",
            MessageType::Fail => "fail",
            MessageType::Publish => "publish",
            MessageType::FailoverAuthRequest => "auth-req",
            MessageType::FailoverAuthAck => "auth-ack",
            MessageType::Update => "update",
            MessageType::MfStart => "mfstart",
            MessageType::Module => "module",
            MessageType::PublishShard => "publishshard",
        }
    }
}

/// The type name for any wire value, as 7.0.15's `clusterGetMessageTypeString` prints it.
pub fn type_name(v: u16) -> &'static str {
    MessageType::from_wire(v).map_or("unknown", MessageType::name)
}

/// The fixed 2256-byte header every message starts with (all of `clusterMsg` before `data`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    /// Sender's node name.
    pub sender: NodeId,
    /// Sender's `currentEpoch`.
    pub current_epoch: u64,
    /// Sender's configEpoch, or its master's if it is a replica.
    pub config_epoch: u64,
    /// Replication offset (master_repl_offset, or the replica's processed offset).
    pub offset: u64,
    /// Slots of the sender, or of its master if it is a replica.
    pub myslots: SlotBitmap,
    /// Master of the sender; `None` is sent as 40 zero bytes. `Some(NodeId::NULL)` encodes as `None`.
    pub slaveof: Option<NodeId>,
    /// `cluster-announce-ip`, all zero when not announced.
    pub myip: NetIp,
    /// Announced client port (the TLS port with `tls-cluster yes`).
    pub port: u16,
    /// Plaintext client port when the main port is TLS, else 0.
    pub pport: u16,
    /// Announced bus port.
    pub cport: u16,
    /// Sender's own node flags ([`node_flags`]); 7.0.15 includes MYSELF.
    pub flags: u16,
    /// Sender's view of the cluster state ([`cluster_state`]); 7.0.15 receivers ignore it.
    pub state: u8,
    /// `mflags[0]` ([`msg_flags`]). For PING/PONG/MEET the encoder adds EXT_DATA when there are
    /// extensions; a decoded value keeps the bit exactly as received.
    pub mflags: u8,
}

impl Header {
    /// A header with the given sender and everything else zero / empty.
    pub fn new(sender: NodeId) -> Header {
        Header {
            sender,
            current_epoch: 0,
            config_epoch: 0,
            offset: 0,
            myslots: SlotBitmap::new(),
            slaveof: None,
            myip: NetIp::default(),
            port: 0,
            pport: 0,
            cport: 0,
            flags: 0,
            state: cluster_state::OK,
            mflags: 0,
        }
    }
}

/// One 104-byte gossip entry of a PING/PONG/MEET (`clusterMsgDataGossip`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GossipEntry {
    /// The node described.
    pub nodename: NodeId,
    /// Sender's `ping_sent` for that node, in seconds (0 = no ping in flight).
    pub ping_sent: u32,
    /// Sender's `pong_received` for that node, in seconds.
    pub pong_received: u32,
    /// The node's IP.
    pub ip: NetIp,
    /// Client port.
    pub port: u16,
    /// Bus port.
    pub cport: u16,
    /// Sender's view of the node's flags ([`node_flags`]).
    pub flags: u16,
    /// Plaintext port when the main port is TLS, else 0.
    pub pport: u16,
}

/// Ping extension type of the announced hostname, the only one 7.0.15 knows.
pub const EXT_TYPE_HOSTNAME: u16 = 0;

/// One ping extension after the gossip section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PingExt {
    /// Type 0: the sender's `cluster-announce-hostname` (without its NUL; never empty when 7.0.15 sends
    /// it). Decoding keeps the bytes before the first NUL of the payload (all of it if there is no NUL:
    /// 7.0.15's `strlen` then stops at the next extension's length field, whose first byte is 0), so a
    /// hostname containing NUL does not survive a round trip.
    Hostname(Vec<u8>),
    /// A type 7.0.15 does not know (7.2 adds 1 human nodename, 2 forgotten node, 3 shard id). 7.0.15
    /// skips these; the payload is kept so a message can be re-encoded. On encode, `data` is zero padded
    /// to a multiple of 8 (decoded data always is one). `kind` 0 would be read back as a hostname.
    Unknown { kind: u16, data: Vec<u8> },
}

impl PingExt {
    /// The extension's wire type.
    pub fn kind(&self) -> u16 {
        match self {
            PingExt::Hostname(_) => EXT_TYPE_HOSTNAME,
            PingExt::Unknown { kind, .. } => *kind,
        }
    }
}

/// The body of PING, PONG and MEET: gossip entries, then ping extensions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Gossip {
    /// The gossip section (`count` entries).
    pub entries: Vec<GossipEntry>,
    /// The extensions; present on the wire only when `mflags[0]` has EXT_DATA.
    pub exts: Vec<PingExt>,
}

impl Gossip {
    /// The hostname the sender announces, if it sends one. With several HOSTNAME extensions 7.0.15 keeps
    /// the last one, and so does this.
    pub fn hostname(&self) -> Option<&[u8]> {
        self.exts.iter().rev().find_map(|e| match e {
            PingExt::Hostname(h) => Some(h.as_slice()),
            PingExt::Unknown { .. } => None,
        })
    }
}

/// The type-specific part of a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Body {
    /// Type 0.
    Ping(Gossip),
    /// Type 1: the reply to PING and MEET, also broadcast.
    Pong(Gossip),
    /// Type 2: a PING that makes the receiver add an unknown sender.
    Meet(Gossip),
    /// Type 3: `nodename` is now FAIL.
    Fail { nodename: NodeId },
    /// Type 4: PUBLISH propagation.
    Publish { channel: Vec<u8>, message: Vec<u8> },
    /// Type 5: a replica asks for a vote (details in the header: epochs, slots, FORCEACK).
    FailoverAuthRequest,
    /// Type 6: a master grants its vote.
    FailoverAuthAck,
    /// Type 7: `nodename` owns `slots` with `config_epoch`.
    Update {
        config_epoch: u64,
        nodename: NodeId,
        slots: Box<SlotBitmap>,
    },
    /// Type 8: a replica asks its master to pause for a manual failover.
    MfStart,
    /// Type 9: module API message; `module_id` is opaque (sender's host byte order).
    Module {
        module_id: [u8; 8],
        kind: u8,
        payload: Vec<u8>,
    },
    /// Type 10: SPUBLISH propagation.
    PublishShard { channel: Vec<u8>, message: Vec<u8> },
    /// A type 11 or higher. 7.0.15 accepts any length, applies the header (epochs, offset) for a known
    /// sender and logs "Received unknown packet type". `data` is everything after the header. `kind`
    /// must be 11 or more: a known type would be read back with its own layout.
    Unknown { kind: u16, data: Vec<u8> },
}

impl Body {
    /// The wire value of the message type.
    pub fn kind(&self) -> u16 {
        let t = match self {
            Body::Ping(_) => MessageType::Ping,
            Body::Pong(_) => MessageType::Pong,
            Body::Meet(_) => MessageType::Meet,
            Body::Fail { .. } => MessageType::Fail,
            Body::Publish { .. } => MessageType::Publish,
            Body::FailoverAuthRequest => MessageType::FailoverAuthRequest,
            Body::FailoverAuthAck => MessageType::FailoverAuthAck,
            Body::Update { .. } => MessageType::Update,
            Body::MfStart => MessageType::MfStart,
            Body::Module { .. } => MessageType::Module,
            Body::PublishShard { .. } => MessageType::PublishShard,
            Body::Unknown { kind, .. } => return *kind,
        };
        t as u16
    }

    /// The gossip section and extensions of a PING, PONG or MEET.
    pub fn gossip(&self) -> Option<&Gossip> {
        match self {
            Body::Ping(g) | Body::Pong(g) | Body::Meet(g) => Some(g),
            _ => None,
        }
    }
}

/// A whole cluster bus message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub header: Header,
    pub body: Body,
}
