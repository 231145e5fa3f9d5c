//! Message → bytes, exactly as redis-server 7.0.15 lays them out.

use std::fmt;

use super::layout::*;
use super::types::{Body, Gossip, GossipEntry, Header, Message, NodeId, PingExt, msg_flags};

/// Why a [`Message`] cannot be put on the wire.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EncodeError {
    /// More than 65535 gossip entries (`count` is a u16).
    TooManyGossipEntries(usize),
    /// More than 65535 ping extensions (`extensions` is a u16).
    TooManyExtensions(usize),
    /// An extension longer than 65535 bytes: 7.0.15 validates extension lengths as u16 and would drop
    /// the whole packet.
    ExtensionTooLong(usize),
    /// The message would be longer than `u32::MAX` (`totlen`), or a length field would overflow.
    TooLong(usize),
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EncodeError::TooManyGossipEntries(n) => write!(f, "{n} gossip entries do not fit a u16 count"),
            EncodeError::TooManyExtensions(n) => write!(f, "{n} ping extensions do not fit a u16 count"),
            EncodeError::ExtensionTooLong(n) => write!(f, "ping extension of {n} bytes exceeds 65535"),
            EncodeError::TooLong(n) => write!(f, "message of {n} bytes exceeds the u32 totlen"),
        }
    }
}

impl std::error::Error for EncodeError {}

/// Appends the message to `out`: exactly `totlen` bytes.
///
/// # Panics
/// If the message cannot be represented (see [`EncodeError`]); use [`try_encode`] for untrusted sizes.
pub fn encode(msg: &Message, out: &mut Vec<u8>) {
    if let Err(e) = try_encode(msg, out) {
        panic!("cluster bus message cannot be encoded: {e}");
    }
}

/// Appends the message to `out` and returns its length, or leaves `out` untouched on error.
pub fn try_encode(msg: &Message, out: &mut Vec<u8>) -> Result<usize, EncodeError> {
    let totlen = encoded_len(msg)?;
    let start = out.len();
    out.reserve(totlen);
    put_header(&msg.header, &msg.body, totlen, out);
    put_body(&msg.body, out);
    debug_assert_eq!(out.len() - start, totlen);
    Ok(totlen)
}

/// The `totlen` the message will have.
pub fn encoded_len(msg: &Message) -> Result<usize, EncodeError> {
    let len = match &msg.body {
        Body::Ping(g) | Body::Pong(g) | Body::Meet(g) => gossip_len(g)?,
        Body::Fail { .. } => FAIL_LEN,
        Body::Publish { channel, message } | Body::PublishShard { channel, message } => {
            check_u32(channel.len())?;
            check_u32(message.len())?;
            PUBLISH_BASE_LEN + channel.len() + message.len()
        }
        Body::FailoverAuthRequest | Body::FailoverAuthAck | Body::MfStart => HEADER_LEN,
        Body::Update { .. } => UPDATE_LEN,
        Body::Module { payload, .. } => MODULE_BASE_LEN + check_u32(payload.len())?,
        Body::Unknown { data, .. } => HEADER_LEN + data.len(),
    };
    check_u32(len)
}

fn check_u32(n: usize) -> Result<usize, EncodeError> {
    if u32::try_from(n).is_ok() {
        Ok(n)
    } else {
        Err(EncodeError::TooLong(n))
    }
}

fn gossip_len(g: &Gossip) -> Result<usize, EncodeError> {
    if g.entries.len() > usize::from(u16::MAX) {
        return Err(EncodeError::TooManyGossipEntries(g.entries.len()));
    }
    if g.exts.len() > usize::from(u16::MAX) {
        return Err(EncodeError::TooManyExtensions(g.exts.len()));
    }
    let mut len = HEADER_LEN + GOSSIP_LEN * g.entries.len();
    for ext in &g.exts {
        len += ext_len(ext)?;
    }
    Ok(len)
}

/// Total wire length of one extension, its 8-byte header included.
fn ext_len(ext: &PingExt) -> Result<usize, EncodeError> {
    let len = EXT_HEADER_LEN + ext_payload_len(ext);
    if len > usize::from(u16::MAX) {
        return Err(EncodeError::ExtensionTooLong(len));
    }
    Ok(len)
}

fn ext_payload_len(ext: &PingExt) -> usize {
    match ext {
        PingExt::Hostname(h) => align8(h.len() + 1),
        PingExt::Unknown { data, .. } => align8(data.len()),
    }
}

fn put_u16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_be_bytes());
}

fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_be_bytes());
}

fn put_u64(out: &mut Vec<u8>, v: u64) {
    out.extend_from_slice(&v.to_be_bytes());
}

fn put_zeros(out: &mut Vec<u8>, n: usize) {
    out.resize(out.len() + n, 0);
}

/// Lengths were checked by [`encoded_len`]; the casts below cannot truncate.
fn put_header(h: &Header, body: &Body, totlen: usize, out: &mut Vec<u8>) {
    let (count, exts, mflags) = match body.gossip() {
        Some(g) if g.exts.is_empty() => (g.entries.len(), 0, h.mflags),
        Some(g) => (g.entries.len(), g.exts.len(), h.mflags | msg_flags::EXT_DATA),
        None => (0, 0, h.mflags),
    };
    out.extend_from_slice(SIG);
    put_u32(out, totlen as u32);
    put_u16(out, PROTO_VER);
    put_u16(out, h.port);
    put_u16(out, body.kind());
    put_u16(out, count as u16);
    put_u64(out, h.current_epoch);
    put_u64(out, h.config_epoch);
    put_u64(out, h.offset);
    out.extend_from_slice(&h.sender.0);
    out.extend_from_slice(&h.myslots.0);
    out.extend_from_slice(&h.slaveof.unwrap_or(NodeId::NULL).0); // None travels as 40 zero bytes
    out.extend_from_slice(&h.myip.0);
    put_u16(out, exts as u16);
    put_zeros(out, 30);
    put_u16(out, h.pport);
    put_u16(out, h.cport);
    put_u16(out, h.flags);
    out.push(h.state);
    out.extend_from_slice(&[mflags, 0, 0]);
}

fn put_body(body: &Body, out: &mut Vec<u8>) {
    match body {
        Body::Ping(g) | Body::Pong(g) | Body::Meet(g) => put_gossip(g, out),
        Body::Fail { nodename } => out.extend_from_slice(&nodename.0),
        Body::Publish { channel, message } | Body::PublishShard { channel, message } => {
            put_u32(out, channel.len() as u32);
            put_u32(out, message.len() as u32);
            out.extend_from_slice(channel);
            out.extend_from_slice(message);
        }
        Body::FailoverAuthRequest | Body::FailoverAuthAck | Body::MfStart => {}
        Body::Update {
            config_epoch,
            nodename,
            slots,
        } => {
            put_u64(out, *config_epoch);
            out.extend_from_slice(&nodename.0);
            out.extend_from_slice(&slots.0);
        }
        Body::Module {
            module_id,
            kind,
            payload,
        } => {
            out.extend_from_slice(module_id);
            put_u32(out, payload.len() as u32);
            out.push(*kind);
            out.extend_from_slice(payload);
        }
        Body::Unknown { data, .. } => out.extend_from_slice(data),
    }
}

fn put_gossip(g: &Gossip, out: &mut Vec<u8>) {
    for e in &g.entries {
        put_entry(e, out);
    }
    for ext in &g.exts {
        put_ext(ext, out);
    }
}

fn put_entry(e: &GossipEntry, out: &mut Vec<u8>) {
    out.extend_from_slice(&e.nodename.0);
    put_u32(out, e.ping_sent);
    put_u32(out, e.pong_received);
    out.extend_from_slice(&e.ip.0);
    put_u16(out, e.port);
    put_u16(out, e.cport);
    put_u16(out, e.flags);
    put_u16(out, e.pport);
    put_u16(out, 0);
}

/// Writes the 8-byte extension header, the payload, then zero padding to the 8-byte boundary.
fn put_ext(ext: &PingExt, out: &mut Vec<u8>) {
    let payload_len = ext_payload_len(ext);
    put_u32(out, (EXT_HEADER_LEN + payload_len) as u32);
    put_u16(out, ext.kind());
    put_u16(out, 0);
    let data: &[u8] = match ext {
        PingExt::Hostname(h) => h,
        PingExt::Unknown { data, .. } => data,
    };
    out.extend_from_slice(data);
    put_zeros(out, payload_len - data.len());
}
