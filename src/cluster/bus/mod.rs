//! The cluster bus codec: redis-server 7.0.15's node-to-node messages (protocol version 1), sans IO.
//!
//! * [`encode`] appends a [`Message`] as exactly the `totlen` bytes 7.0.15 would send.
//! * [`decode`] reads one message from the start of a buffer and tells apart "need more bytes"
//!   ([`DecodeError::Incomplete`]), "ignore this message, keep the link" ([`DecodeError::Discard`], what
//!   `clusterProcessPacket` does on a bad version or length) and "close the link"
//!   ([`DecodeError::Close`], what `clusterReadHandler` does on a bad signature or a `totlen` below the
//!   header). Decoding never panics.
//! * [`FrameReader`] buffers a link's bytes and yields [`Event`]s frame by frame.
//!
//! Layout (all integers big-endian except the opaque MODULE `module_id`): a 2256-byte [`Header`], then
//! the body: 104-byte [`GossipEntry`]s and 8-byte-aligned [`PingExt`]s for PING/PONG/MEET, a node name
//! for FAIL, lengths and bytes for PUBLISH/PUBLISHSHARD/MODULE, epoch + name + bitmap for UPDATE, nothing
//! for FAILOVER_AUTH_REQUEST/ACK and MFSTART. See shared/spec/cluster-bus.md.

mod decode;
mod encode;
mod frame;
mod layout;
mod types;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_captured;
#[cfg(test)]
mod tests_fuzz;
#[cfg(test)]
mod tests_live;

pub use decode::{CloseReason, DecodeError, Decoded, Invalid, decode, frame_len};
pub use encode::{EncodeError, encode, encoded_len, try_encode};
pub use frame::{Event, FrameReader};
pub use layout::{GOSSIP_LEN, HEADER_LEN, MAX_FIXED_LEN};
pub use types::*;
