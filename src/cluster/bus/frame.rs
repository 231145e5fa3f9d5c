//! A per-link read buffer that cuts the byte stream into messages, as 7.0.15's `clusterReadHandler`.
//!
//! The stream is a plain concatenation of messages. 7.0.15 reads 8 bytes, checks the signature and
//! `totlen` (< 2256 closes the link; the same minimum for every type — 7.0.15 has no
//! `RCVBUF_MIN_READ_LEN` or lighter header for PING, those came later), then reads up to `totlen` bytes
//! at most 4352 at a time, then processes the message. [`FrameReader`] does the same over whatever
//! chunks the socket delivers.

use super::decode::{CloseReason, DecodeError, Invalid, decode, frame_len};
use super::layout::MAX_FIXED_LEN;
use super::types::Message;

/// What one complete frame turned into.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// A valid message (boxed: a message is over 2 KiB, a discard a few bytes).
    Message(Box<Message>),
    /// A frame 7.0.15 ignores (and logs): already consumed, the link stays up.
    Discarded { len: usize, kind: u16, reason: Invalid },
}

/// Buffers the bytes of one link and yields its messages.
#[derive(Debug, Default)]
pub struct FrameReader {
    buf: Vec<u8>,
    start: usize,
    max_len: Option<u32>,
    closed: Option<CloseReason>,
}

impl FrameReader {
    /// A reader with 7.0.15's rules: no upper bound on `totlen`.
    pub fn new() -> Self {
        Self::default()
    }

    /// A reader that also closes the link on a `totlen` above `max_len` (a Gossamer policy: 7.0.15 would
    /// buffer up to 4 GiB).
    pub fn with_max_len(max_len: u32) -> Self {
        FrameReader {
            max_len: Some(max_len),
            ..Self::default()
        }
    }

    /// Appends bytes read from the socket.
    pub fn push(&mut self, bytes: &[u8]) {
        if self.start > 0 && self.start >= self.buf.len() / 2 {
            self.buf.drain(..self.start);
            self.start = 0;
        }
        self.buf.extend_from_slice(bytes);
    }

    /// Bytes buffered and not yet returned as a frame.
    pub fn buffered(&self) -> &[u8] {
        self.buf.get(self.start..).unwrap_or_default()
    }

    /// How many bytes 7.0.15 would ask the socket for next: the rest of the 8-byte prefix, then the rest
    /// of the frame capped at 4352. Never 0 (any complete frames are there to take with [`Self::next_event`]).
    pub fn read_hint(&self) -> usize {
        match frame_len(self.buffered()) {
            Err(DecodeError::Incomplete { needed }) => needed.min(MAX_FIXED_LEN),
            _ => MAX_FIXED_LEN,
        }
    }

    /// The next complete frame: `Ok(None)` when more bytes are needed, `Err` once the link must be closed
    /// (and on every call after that).
    pub fn next_event(&mut self) -> Result<Option<Event>, CloseReason> {
        if let Some(reason) = self.closed {
            return Err(reason);
        }
        let buf = self.buffered();
        if let Some(reason) = self.over_limit(buf) {
            self.closed = Some(reason);
            return Err(reason);
        }
        let (event, len) = match decode(buf) {
            Ok(d) => (Event::Message(Box::new(d.msg)), d.len),
            Err(DecodeError::Incomplete { .. }) => return Ok(None),
            Err(DecodeError::Discard { len, kind, reason }) => (Event::Discarded { len, kind, reason }, len),
            Err(DecodeError::Close(reason)) => {
                self.closed = Some(reason);
                return Err(reason);
            }
        };
        self.start += len;
        Ok(Some(event))
    }

    fn over_limit(&self, buf: &[u8]) -> Option<CloseReason> {
        let max = self.max_len?;
        let totlen = u32::from_be_bytes(buf.get(4..8)?.try_into().ok()?);
        (buf.get(..4)? == b"RCmb" && totlen > max).then_some(CloseReason::TotlenTooLarge(totlen))
    }
}
