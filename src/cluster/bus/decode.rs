//! Bytes → message, with redis-server 7.0.15's three outcomes for a bad input.
//!
//! 7.0.15 checks a message in two places:
//! * `clusterReadHandler` reads the first 8 bytes, and **closes the link** if the signature is not
//!   `RCmb` or `totlen` < 2256. There is no upper bound: it then buffers `totlen` bytes, whatever it is.
//! * `clusterProcessPacket` **ignores the message and keeps the link** if `ver` ≠ 1 or `totlen` differs
//!   from the length implied by the type (gossip `count`, ping extension lengths when EXT_DATA is set,
//!   PUBLISH channel/message lengths, MODULE payload length). Types 11 and up are accepted at any length.
//!
//! [`decode`] returns these as [`DecodeError::Close`], [`DecodeError::Discard`] and `Ok` respectively, and
//! [`DecodeError::Incomplete`] while the frame is not all there.
//!
//! Where 7.0.15's own checks read outside the message (undefined behaviour in C) this decoder discards
//! instead; those cases need a hand-crafted packet and are marked "deviation" in [`Invalid`].

use std::fmt;

use super::layout::*;
use super::types::*;

/// A decoded message and the number of bytes (its `totlen`) it took from the buffer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub msg: Message,
    pub len: usize,
}

/// Why the link must be closed (7.0.15 logs "Bad message length or signature received from Cluster
/// bus." and frees the link).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CloseReason {
    /// The first 4 bytes are not `RCmb`.
    BadSignature([u8; 4]),
    /// `totlen` is below the 2256-byte header.
    TotlenTooSmall(u32),
    /// `totlen` exceeds a limit the caller chose ([`FrameReader::with_max_len`]); 7.0.15 has none.
    TotlenTooLarge(u32),
}

impl fmt::Display for CloseReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CloseReason::BadSignature(s) => {
                write!(
                    f,
                    "Bad message length or signature received from Cluster bus (signature {s:02x?})"
                )
            }
            CloseReason::TotlenTooSmall(n) => {
                write!(
                    f,
                    "Bad message length or signature received from Cluster bus (totlen {n})"
                )
            }
            CloseReason::TotlenTooLarge(n) => write!(f, "Cluster bus message of {n} bytes exceeds our limit"),
        }
    }
}

/// Why a complete message is ignored (the link stays open).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invalid {
    /// `ver` is not 1 (7.0.15 ignores it without logging).
    Version(u16),
    /// `totlen` differs from the length the type implies (7.0.15 logs it at WARNING).
    Length { kind: u16, totlen: u32, expected: u64 },
    /// An extension length, as 7.0.15 reads it (truncated to u16), is not a multiple of 8.
    ExtPadding { kind: u16, ext_len: u16 },
    /// An extension reaches past `totlen`.
    ExtOverrun { kind: u16, totlen: u32 },
    /// Deviation: the length field of extension `index` lies beyond `totlen` (7.0.15 reads whatever
    /// follows the message in its buffer).
    ExtMissing { kind: u16, index: u16 },
    /// Deviation: an extension length of 65536 or more. 7.0.15 validates it truncated to u16 but steps
    /// over it with the full value; no real 7.0.15 packet with such a length passes its checks.
    ExtTooLong { kind: u16, ext_len: u32 },
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Invalid::Version(v) => write!(f, "Received packet of unsupported protocol version {v}"),
            Invalid::Length { kind, totlen, expected } => write!(
                f,
                "Received invalid {} packet of length {totlen} but expected length {expected}",
                type_name(kind)
            ),
            Invalid::ExtPadding { kind, ext_len } => {
                write!(
                    f,
                    "Received a {} packet without proper padding ({ext_len} bytes)",
                    type_name(kind)
                )
            }
            Invalid::ExtOverrun { kind, totlen } => write!(
                f,
                "Received invalid {} packet with extension data that exceeds total packet length ({totlen})",
                type_name(kind)
            ),
            Invalid::ExtMissing { kind, index } => {
                write!(
                    f,
                    "Received {} packet whose extension {index} lies past its end",
                    type_name(kind)
                )
            }
            Invalid::ExtTooLong { kind, ext_len } => {
                write!(
                    f,
                    "Received {} packet with an extension of {ext_len} bytes",
                    type_name(kind)
                )
            }
        }
    }
}

/// The ways [`decode`] can fail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The buffer holds only part of the frame: at least `needed` more bytes are required (first up to
    /// the 8 bytes that carry `totlen`, then up to `totlen`).
    Incomplete { needed: usize },
    /// A complete frame of `len` bytes and type `kind` that 7.0.15 ignores: consume `len` bytes, log,
    /// keep the link. (7.0.15 still counts it in `cluster_stats_messages_*_received` if `kind` < 11.)
    Discard { len: usize, kind: u16, reason: Invalid },
    /// Close the link; nothing after this point of the stream can be framed.
    Close(CloseReason),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Incomplete { needed } => write!(f, "incomplete cluster bus message, {needed} more bytes"),
            DecodeError::Discard { reason, .. } => reason.fmt(f),
            DecodeError::Close(reason) => reason.fmt(f),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decodes the message at the start of `buf`. Bytes after it are left alone (`Decoded::len` tells
/// where the next one starts).
pub fn decode(buf: &[u8]) -> Result<Decoded, DecodeError> {
    let len = frame_len(buf)?;
    let frame = buf.get(..len).unwrap_or(buf); // frame_len checked that buf holds len bytes
    let kind = be16(frame, OFF_TYPE);
    match decode_frame(frame) {
        Ok(msg) => Ok(Decoded { msg, len }),
        Err(reason) => Err(DecodeError::Discard { len, kind, reason }),
    }
}

/// The length of the frame at the start of `buf` once it is all there, following clusterReadHandler:
/// `Incomplete` until 8 bytes, then `Close` on a bad signature or `totlen` < 2256, then `Incomplete`
/// until `totlen` bytes.
pub fn frame_len(buf: &[u8]) -> Result<usize, DecodeError> {
    let Some(head) = buf.get(..8) else {
        return Err(DecodeError::Incomplete { needed: 8 - buf.len() });
    };
    let totlen = check_prefix(head).map_err(DecodeError::Close)?;
    let len = totlen as usize;
    if buf.len() < len {
        return Err(DecodeError::Incomplete {
            needed: len - buf.len(),
        });
    }
    Ok(len)
}

/// Checks the first 8 bytes and returns `totlen`.
fn check_prefix(head: &[u8]) -> Result<u32, CloseReason> {
    let sig = [byte(head, 0), byte(head, 1), byte(head, 2), byte(head, 3)];
    if &sig != SIG {
        return Err(CloseReason::BadSignature(sig));
    }
    let totlen = be32(head, OFF_TOTLEN);
    if (totlen as usize) < HEADER_LEN {
        return Err(CloseReason::TotlenTooSmall(totlen));
    }
    Ok(totlen)
}

/// Validates and decodes one complete frame: `frame.len()` is its `totlen`, already checked by
/// [`frame_len`] to be at least 2256 with a good signature.
fn decode_frame(frame: &[u8]) -> Result<Message, Invalid> {
    let ver = be16(frame, OFF_VER);
    if ver != PROTO_VER {
        return Err(Invalid::Version(ver));
    }
    let kind = be16(frame, OFF_TYPE);
    let header = decode_header(frame);
    let body = match MessageType::from_wire(kind) {
        Some(t) => decode_body(t, frame, header.mflags)?,
        None => Body::Unknown {
            kind,
            data: frame.get(HEADER_LEN..).unwrap_or_default().to_vec(),
        },
    };
    Ok(Message { header, body })
}

fn decode_header(b: &[u8]) -> Header {
    let slaveof = name(b, OFF_SLAVEOF);
    Header {
        sender: name(b, OFF_SENDER),
        current_epoch: be64(b, OFF_CURRENT_EPOCH),
        config_epoch: be64(b, OFF_CONFIG_EPOCH),
        offset: be64(b, OFF_OFFSET),
        myslots: SlotBitmap(array(b, OFF_MYSLOTS)),
        slaveof: (!slaveof.is_null()).then_some(slaveof),
        myip: NetIp(array(b, OFF_MYIP)),
        port: be16(b, OFF_PORT),
        pport: be16(b, OFF_PPORT),
        cport: be16(b, OFF_CPORT),
        flags: be16(b, OFF_FLAGS),
        state: byte(b, OFF_STATE),
        mflags: byte(b, OFF_MFLAGS),
    }
}

fn decode_body(t: MessageType, b: &[u8], mflags: u8) -> Result<Body, Invalid> {
    let kind = t as u16;
    Ok(match t {
        MessageType::Ping => Body::Ping(decode_gossip(kind, b, mflags)?),
        MessageType::Pong => Body::Pong(decode_gossip(kind, b, mflags)?),
        MessageType::Meet => Body::Meet(decode_gossip(kind, b, mflags)?),
        MessageType::Fail => {
            expect_len(kind, b, FAIL_LEN as u64)?;
            Body::Fail {
                nodename: name(b, HEADER_LEN),
            }
        }
        MessageType::Publish => {
            let (channel, message) = decode_publish(kind, b)?;
            Body::Publish { channel, message }
        }
        MessageType::PublishShard => {
            let (channel, message) = decode_publish(kind, b)?;
            Body::PublishShard { channel, message }
        }
        MessageType::FailoverAuthRequest => header_only(kind, b, Body::FailoverAuthRequest)?,
        MessageType::FailoverAuthAck => header_only(kind, b, Body::FailoverAuthAck)?,
        MessageType::MfStart => header_only(kind, b, Body::MfStart)?,
        MessageType::Update => {
            expect_len(kind, b, UPDATE_LEN as u64)?;
            let slots = Box::new(SlotBitmap(array(b, HEADER_LEN + 48)));
            Body::Update {
                config_epoch: be64(b, HEADER_LEN),
                nodename: name(b, HEADER_LEN + 8),
                slots,
            }
        }
        MessageType::Module => decode_module(kind, b)?,
    })
}

fn expect_len(kind: u16, b: &[u8], expected: u64) -> Result<(), Invalid> {
    if b.len() as u64 == expected {
        Ok(())
    } else {
        Err(Invalid::Length {
            kind,
            totlen: b.len() as u32,
            expected,
        })
    }
}

fn header_only(kind: u16, b: &[u8], body: Body) -> Result<Body, Invalid> {
    expect_len(kind, b, HEADER_LEN as u64)?;
    Ok(body)
}

/// PUBLISH/PUBLISHSHARD: totlen must be 2264 + channel_len + message_len. (7.0.15 sums in u32 and can
/// wrap; a wrapped sum matching totlen would make it read gigabytes past the message, so it is discarded
/// here: deviation.)
fn decode_publish(kind: u16, b: &[u8]) -> Result<(Vec<u8>, Vec<u8>), Invalid> {
    let short = Invalid::Length {
        kind,
        totlen: b.len() as u32,
        expected: PUBLISH_BASE_LEN as u64,
    };
    if b.len() < PUBLISH_BASE_LEN {
        return Err(short);
    }
    let channel_len = be32(b, HEADER_LEN) as usize;
    let message_len = be32(b, HEADER_LEN + 4) as usize;
    expect_len(kind, b, (PUBLISH_BASE_LEN + channel_len + message_len) as u64)?;
    let channel = slice(b, PUBLISH_BASE_LEN, channel_len).to_vec();
    let message = slice(b, PUBLISH_BASE_LEN + channel_len, message_len).to_vec();
    Ok((channel, message))
}

/// MODULE: totlen must be 2269 + len (same u32 wrap deviation as PUBLISH).
fn decode_module(kind: u16, b: &[u8]) -> Result<Body, Invalid> {
    if b.len() < MODULE_BASE_LEN {
        return Err(Invalid::Length {
            kind,
            totlen: b.len() as u32,
            expected: MODULE_BASE_LEN as u64,
        });
    }
    let len = be32(b, HEADER_LEN + 8) as usize;
    expect_len(kind, b, (MODULE_BASE_LEN + len) as u64)?;
    Ok(Body::Module {
        module_id: array(b, HEADER_LEN),
        kind: byte(b, HEADER_LEN + 12),
        payload: slice(b, MODULE_BASE_LEN, len).to_vec(),
    })
}

/// PING/PONG/MEET: `count` entries, then (only if EXT_DATA is set) `extensions` extensions.
fn decode_gossip(kind: u16, b: &[u8], mflags: u8) -> Result<Gossip, Invalid> {
    let count = usize::from(be16(b, OFF_COUNT));
    let base = HEADER_LEN + GOSSIP_LEN * count;
    let spans = if mflags & msg_flags::EXT_DATA != 0 {
        let n = be16(b, OFF_EXTENSIONS);
        if b.len() < base && n > 0 {
            // 7.0.15 would start reading extension lengths beyond the message.
            return Err(Invalid::Length {
                kind,
                totlen: b.len() as u32,
                expected: base as u64,
            });
        }
        ext_spans(kind, b, base, n)?
    } else {
        Vec::new()
    };
    let explen = base + spans.iter().map(|&(_, len)| len).sum::<usize>();
    expect_len(kind, b, explen as u64)?;
    let entries = (0..count)
        .map(|i| decode_entry(slice(b, HEADER_LEN + GOSSIP_LEN * i, GOSSIP_LEN)))
        .collect();
    let exts = spans.iter().map(|&(pos, len)| decode_ext(slice(b, pos, len))).collect();
    Ok(Gossip { entries, exts })
}

/// Walks the extension lengths the way 7.0.15's validation does and returns each extension's
/// (offset, length). `base` ≤ `b.len()` when `n` > 0.
fn ext_spans(kind: u16, b: &[u8], base: usize, n: u16) -> Result<Vec<(usize, usize)>, Invalid> {
    let totlen = b.len();
    let mut pos = base;
    let mut spans = Vec::with_capacity(usize::from(n));
    for index in 0..n {
        if pos + 4 > totlen {
            return Err(Invalid::ExtMissing { kind, index });
        }
        let ext_len = be32(b, pos);
        let seen = ext_len as u16; // 7.0.15 keeps the length in a uint16_t
        if !seen.is_multiple_of(8) {
            return Err(Invalid::ExtPadding { kind, ext_len: seen });
        }
        if totlen - pos < usize::from(seen) {
            return Err(Invalid::ExtOverrun {
                kind,
                totlen: totlen as u32,
            });
        }
        if ext_len > u32::from(u16::MAX) {
            return Err(Invalid::ExtTooLong { kind, ext_len });
        }
        spans.push((pos, usize::from(seen)));
        pos += usize::from(seen);
    }
    Ok(spans)
}

fn decode_entry(e: &[u8]) -> GossipEntry {
    GossipEntry {
        nodename: name(e, 0),
        ping_sent: be32(e, G_OFF_PING_SENT),
        pong_received: be32(e, G_OFF_PONG_RECEIVED),
        ip: NetIp(array(e, G_OFF_IP)),
        port: be16(e, G_OFF_PORT),
        cport: be16(e, G_OFF_CPORT),
        flags: be16(e, G_OFF_FLAGS),
        pport: be16(e, G_OFF_PPORT),
    }
}

/// One extension (its header included). The hostname is its payload up to the first NUL, or the whole
/// payload if there is none.
fn decode_ext(ext: &[u8]) -> PingExt {
    let payload = ext.get(EXT_HEADER_LEN..).unwrap_or_default();
    match be16(ext, 4) {
        EXT_TYPE_HOSTNAME => {
            let end = payload.iter().position(|&c| c == 0).unwrap_or(payload.len());
            PingExt::Hostname(payload[..end].to_vec())
        }
        kind => PingExt::Unknown {
            kind,
            data: payload.to_vec(),
        },
    }
}

// Bounds-checked readers. Every caller has checked the length first; out-of-range reads yield zeros
// rather than panicking.

fn slice(b: &[u8], off: usize, len: usize) -> &[u8] {
    off.checked_add(len).and_then(|end| b.get(off..end)).unwrap_or_default()
}

fn array<const N: usize>(b: &[u8], off: usize) -> [u8; N] {
    slice(b, off, N).try_into().unwrap_or([0; N])
}

fn name(b: &[u8], off: usize) -> NodeId {
    NodeId(array(b, off))
}

fn byte(b: &[u8], off: usize) -> u8 {
    b.get(off).copied().unwrap_or(0)
}

fn be16(b: &[u8], off: usize) -> u16 {
    u16::from_be_bytes(array(b, off))
}

fn be32(b: &[u8], off: usize) -> u32 {
    u32::from_be_bytes(array(b, off))
}

fn be64(b: &[u8], off: usize) -> u64 {
    u64::from_be_bytes(array(b, off))
}
