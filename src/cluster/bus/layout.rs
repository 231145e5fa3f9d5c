//! Byte offsets and sizes of the 7.0.15 wire layout (`clusterMsg` in cluster.h; every multi-byte integer
//! big-endian except the MODULE `module_id`).

/// Signature at offset 0.
pub const SIG: &[u8; 4] = b"RCmb";
/// `CLUSTER_PROTO_VER`.
pub const PROTO_VER: u16 = 1;

/// Header field offsets.
pub const OFF_TOTLEN: usize = 4;
pub const OFF_VER: usize = 8;
pub const OFF_PORT: usize = 10;
pub const OFF_TYPE: usize = 12;
pub const OFF_COUNT: usize = 14;
pub const OFF_CURRENT_EPOCH: usize = 16;
pub const OFF_CONFIG_EPOCH: usize = 24;
pub const OFF_OFFSET: usize = 32;
pub const OFF_SENDER: usize = 40;
pub const OFF_MYSLOTS: usize = 80;
pub const OFF_SLAVEOF: usize = 2128;
pub const OFF_MYIP: usize = 2168;
pub const OFF_EXTENSIONS: usize = 2214;
pub const OFF_PPORT: usize = 2246;
pub const OFF_CPORT: usize = 2248;
pub const OFF_FLAGS: usize = 2250;
pub const OFF_STATE: usize = 2252;
pub const OFF_MFLAGS: usize = 2253;

/// `CLUSTERMSG_MIN_LEN`: header size, offset of the body.
pub const HEADER_LEN: usize = 2256;
/// `sizeof(clusterMsg)`: the largest message with a fixed size (UPDATE).
pub const MAX_FIXED_LEN: usize = 4352;
/// `sizeof(clusterMsgDataGossip)`.
pub const GOSSIP_LEN: usize = 104;
/// Gossip entry field offsets.
pub const G_OFF_PING_SENT: usize = 40;
pub const G_OFF_PONG_RECEIVED: usize = 44;
pub const G_OFF_IP: usize = 48;
pub const G_OFF_PORT: usize = 94;
pub const G_OFF_CPORT: usize = 96;
pub const G_OFF_FLAGS: usize = 98;
pub const G_OFF_PPORT: usize = 100;

/// `sizeof(clusterMsgPingExt)`: length (u32), type (u16), unused (u16).
pub const EXT_HEADER_LEN: usize = 8;

/// FAIL: header + node name.
pub const FAIL_LEN: usize = HEADER_LEN + 40;
/// PUBLISH/PUBLISHSHARD without the channel and message bytes (the 8-byte placeholder subtracted).
pub const PUBLISH_BASE_LEN: usize = HEADER_LEN + 8;
/// UPDATE: header + configEpoch + name + bitmap.
pub const UPDATE_LEN: usize = HEADER_LEN + 8 + 40 + 2048;
/// MODULE without the payload (`sizeof(clusterMsgModule)` 16 minus the 3-byte placeholder).
pub const MODULE_BASE_LEN: usize = HEADER_LEN + 13;

/// `EIGHT_BYTE_ALIGN`.
pub fn align8(n: usize) -> usize {
    n.div_ceil(8) * 8
}
