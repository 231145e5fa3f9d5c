//! Shared machinery of the differential tests that replay a script against a
//! real `redis-server` and `gossamer-server` and compare the replies: script
//! escapes, a deterministic generator, a RESP value type with a parser and a
//! writer, INFO stats parsing, and a client session that turns connection
//! failures into comparable outcomes.
//!
//! The script dialects (tags, line splitting) and the mismatch reports differ
//! from test to test and stay in the tests.

#![allow(dead_code)]

use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use super::{RawConn, ServerProcess, encode};

/// One step of a script: where it comes from, how it reads, what it does on
/// the wire (`A`, the test's actions) and how its replies are compared (`N`).
#[derive(Clone, Debug)]
pub struct Step<A, N> {
    pub section: &'static str,
    pub label: String,
    pub action: A,
    pub norm: N,
}

/// Interpret `\r`, `\n`, `\t`, `\0`, `\\` and `\xHH` in script text; any
/// other backslash is kept as is.
pub fn unescape(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let (byte, used) = match (bytes[i], bytes.get(i + 1)) {
            (b'\\', Some(b'r')) => (b'\r', 2),
            (b'\\', Some(b'n')) => (b'\n', 2),
            (b'\\', Some(b't')) => (b'\t', 2),
            (b'\\', Some(b'0')) => (0, 2),
            (b'\\', Some(b'\\')) => (b'\\', 2),
            (b'\\', Some(b'x')) => (u8::from_str_radix(&text[i + 2..i + 4], 16).expect("\\xHH escape"), 4),
            (other, _) => (other, 1),
        };
        out.push(byte);
        i += used;
    }
    out
}

/// A deterministic pseudo-random sequence (no dependency on the rand crate).
pub struct Lcg(pub u64);

impl Lcg {
    pub fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// One parsed RESP2/RESP3 value, close enough to the wire to re-encode byte for byte.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Resp {
    /// Simple string, error, integer, null, double, boolean, big number: type byte and text.
    Line(u8, Vec<u8>),
    /// Bulk, verbatim or blob error: type byte and payload (`None` for `$-1`).
    Bulk(u8, Option<Vec<u8>>),
    /// Array, set, push, map or attribute: type byte, header count (negative
    /// for a null aggregate), flattened children.
    Agg(u8, i64, Vec<Resp>),
}

impl Resp {
    /// Parse one complete value from the front of `buf`; `None` when incomplete.
    pub fn parse(buf: &[u8]) -> Option<(Resp, usize)> {
        let end = buf.windows(2).position(|w| w == b"\r\n")?;
        let (kind, text) = match buf[..end].split_first() {
            Some((kind, text)) => (*kind, text),
            None => (b'?', &[][..]),
        };
        let mut used = end + 2;
        let count = std::str::from_utf8(text).ok().and_then(|s| s.parse::<i64>().ok());
        let value = match (kind, count) {
            (b'$' | b'=' | b'!', Some(n)) if n >= 0 => {
                let stop = used.checked_add(usize::try_from(n).ok()?)?;
                if buf.len() < stop.checked_add(2)? {
                    return None;
                }
                let body = buf[used..stop].to_vec();
                used = stop + 2;
                Resp::Bulk(kind, Some(body))
            }
            (b'$' | b'=' | b'!', Some(_)) => Resp::Bulk(kind, None),
            (b'*' | b'~' | b'>' | b'%' | b'|', Some(n)) => {
                let items = if matches!(kind, b'%' | b'|') {
                    n.saturating_mul(2)
                } else {
                    n
                };
                let mut children = Vec::new();
                for _ in 0..items.max(0) {
                    let (child, len) = Resp::parse(&buf[used..])?;
                    used += len;
                    children.push(child);
                }
                Resp::Agg(kind, n, children)
            }
            _ => Resp::Line(kind, text.to_vec()),
        };
        Some((value, used))
    }

    /// Parse a buffer holding exactly one value.
    pub fn parse_whole(buf: &[u8]) -> Option<Resp> {
        Resp::parse(buf)
            .filter(|(_, used)| *used == buf.len())
            .map(|(value, _)| value)
    }

    /// The value at the front of a complete reply (as read by [`RawConn::read_reply`]).
    pub fn first(buf: &[u8]) -> Resp {
        Resp::parse(buf).expect("a complete RESP reply").0
    }

    pub fn write(&self, out: &mut Vec<u8>) {
        match self {
            Resp::Line(kind, text) => {
                out.push(*kind);
                out.extend_from_slice(text);
                out.extend_from_slice(b"\r\n");
            }
            Resp::Bulk(kind, None) => {
                out.push(*kind);
                out.extend_from_slice(b"-1\r\n");
            }
            Resp::Bulk(kind, Some(body)) => {
                out.push(*kind);
                out.extend_from_slice(format!("{}\r\n", body.len()).as_bytes());
                out.extend_from_slice(body);
                out.extend_from_slice(b"\r\n");
            }
            Resp::Agg(kind, count, children) => {
                out.push(*kind);
                out.extend_from_slice(format!("{count}\r\n").as_bytes());
                children.iter().for_each(|child| child.write(out));
            }
        }
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        self.write(&mut out);
        out
    }

    /// The same structure with every bulk payload blanked.
    pub fn shape(&self) -> Resp {
        match self {
            Resp::Bulk(kind, Some(_)) => Resp::Bulk(*kind, Some(b"?".to_vec())),
            Resp::Agg(kind, n, children) => Resp::Agg(*kind, *n, children.iter().map(Resp::shape).collect()),
            other => other.clone(),
        }
    }

    /// The payload of a non-null bulk.
    pub fn bytes(&self) -> Option<&[u8]> {
        match self {
            Resp::Bulk(_, Some(b)) => Some(b),
            _ => None,
        }
    }
}

/// Rewrite the children of an aggregate reply; replies that are not one
/// whole aggregate are left alone.
pub fn reshape(raw: &[u8], edit: impl FnOnce(&mut Vec<Resp>)) -> Vec<u8> {
    let Some(Resp::Agg(kind, count, mut children)) = Resp::parse_whole(raw) else {
        return raw.to_vec();
    };
    edit(&mut children);
    Resp::Agg(kind, count, children).to_bytes()
}

/// Sort flattened name/value pairs by pair.
pub fn sort_pairs(children: &mut Vec<Resp>) {
    let mut pairs: Vec<Vec<Resp>> = children.chunks(2).map(<[Resp]>::to_vec).collect();
    pairs.sort();
    *children = pairs.concat();
}

/// `keyspace_hits` and `keyspace_misses` in the text of INFO stats (-1 when missing).
pub fn keyspace_counts(info: &str) -> (i64, i64) {
    let field = |name: &str| {
        info.lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(-1)
    };
    (field("keyspace_hits:"), field("keyspace_misses:"))
}

/// Why a read gave nothing.
#[derive(Debug, PartialEq, Eq)]
pub enum ReadFailure {
    Closed,
    Timeout,
    Error(ErrorKind),
}

impl ReadFailure {
    /// The failure's text, with `separator` between "read error" and the kind.
    pub fn text(&self, separator: &str) -> String {
        match self {
            ReadFailure::Closed => "connection closed".into(),
            ReadFailure::Timeout => "no reply in time".into(),
            ReadFailure::Error(kind) => format!("read error{separator}{kind:?}"),
        }
    }
}

/// Read once into `buf`.
pub fn read_some(stream: &mut TcpStream, buf: &mut Vec<u8>) -> Result<(), ReadFailure> {
    let mut chunk = [0u8; 65536];
    match stream.read(&mut chunk) {
        Ok(0) => Err(ReadFailure::Closed),
        Ok(n) => {
            buf.extend_from_slice(&chunk[..n]);
            Ok(())
        }
        Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => Err(ReadFailure::Timeout),
        Err(e) => Err(ReadFailure::Error(e.kind())),
    }
}

/// Sent after a pipelined batch; its echo ends the batch.
pub const SENTINEL: &[u8] = b"__compare_sync__";

/// How long to wait for the server to close a connection.
pub const CLOSE_TIMEOUT: Duration = Duration::from_secs(1);

/// A failure outcome: what was read so far plus a marker that cannot be a reply.
pub fn marker(partial: &[u8], what: &str) -> Vec<u8> {
    [partial, format!("<{what}>").as_bytes()].concat()
}

fn open(port: u16, timeout: Duration) -> Result<RawConn, Vec<u8>> {
    let stream = TcpStream::connect(("127.0.0.1", port)).map_err(|e| marker(b"", &format!("connect: {e}")))?;
    stream.set_read_timeout(Some(timeout)).expect("set read timeout");
    stream.set_nodelay(true).expect("set nodelay");
    Ok(RawConn { stream })
}

/// Everything the server writes until it closes, with a marker if it does not.
fn drain_until_close(stream: &mut TcpStream, mut out: Vec<u8>) -> Vec<u8> {
    stream.set_read_timeout(Some(CLOSE_TIMEOUT)).expect("set read timeout");
    loop {
        match read_some(stream, &mut out) {
            Ok(()) => {}
            Err(ReadFailure::Closed) => return out,
            Err(ReadFailure::Timeout) => return marker(&out, "connection still open"),
            Err(e) => return marker(&out, &e.text(": ")),
        }
    }
}

/// A reply, or what was read before a failure plus its marker.
pub type Outcome = Result<Vec<u8>, Vec<u8>>;

/// A script's client side: one connection at a time, reopened after failures.
pub struct Session<'a> {
    server: &'a ServerProcess,
    reply_timeout: Duration,
    conn: Option<RawConn>,
    pending: Vec<u8>,
}

impl Session<'_> {
    pub fn new(server: &ServerProcess, reply_timeout: Duration) -> Session<'_> {
        Session {
            server,
            reply_timeout,
            conn: None,
            pending: Vec::new(),
        }
    }

    /// Drop the connection; the next request opens a new one.
    pub fn reconnect(&mut self) {
        self.conn = None;
    }

    pub fn send(&mut self, bytes: &[u8]) -> Result<(), Vec<u8>> {
        if self.conn.is_none() {
            self.pending.clear();
            self.conn = Some(open(self.server.port, self.reply_timeout)?);
        }
        let conn = self.conn.as_mut().expect("connection just opened");
        conn.stream.write_all(bytes).map_err(|e| {
            self.conn = None;
            marker(b"", &format!("write error: {:?}", e.kind()))
        })
    }

    pub fn read(&mut self) -> Outcome {
        loop {
            if let Some((_, used)) = Resp::parse(&self.pending) {
                return Ok(self.pending.drain(..used).collect());
            }
            let Some(conn) = self.conn.as_mut() else {
                return Err(marker(b"", "not connected"));
            };
            if let Err(e) = read_some(&mut conn.stream, &mut self.pending) {
                self.conn = None;
                return Err(marker(&std::mem::take(&mut self.pending), &e.text(": ")));
            }
        }
    }

    pub fn request(&mut self, args: &[Vec<u8>]) -> Outcome {
        let refs: Vec<&[u8]> = args.iter().map(Vec::as_slice).collect();
        self.send(&encode(&refs))?;
        self.read()
    }

    /// Pipeline `cmds` and a sentinel ECHO; everything read before the sentinel's reply.
    pub fn batch(&mut self, cmds: &[Vec<Vec<u8>>]) -> Outcome {
        let mut bytes = Vec::new();
        for args in cmds {
            let refs: Vec<&[u8]> = args.iter().map(Vec::as_slice).collect();
            bytes.extend(encode(&refs));
        }
        bytes.extend(encode(&[b"ECHO", SENTINEL]));
        self.send(&bytes)?;
        let sentinel = Resp::Bulk(b'$', Some(SENTINEL.to_vec())).to_bytes();
        let mut out = Vec::new();
        loop {
            let reply = self.read().map_err(|e| [out.as_slice(), &e].concat())?;
            if reply == sentinel {
                return Ok(out);
            }
            out.extend(reply);
        }
    }

    /// Iterate SCAN to cursor 0; the sorted, deduplicated keys as one array.
    pub fn scan_all(&mut self, options: &[Vec<u8>]) -> Outcome {
        let mut cursor = b"0".to_vec();
        let mut keys = Vec::new();
        for _ in 0..10_000 {
            let mut args = vec![b"SCAN".to_vec(), cursor];
            args.extend(options.iter().cloned());
            let reply = self.request(&args)?;
            let Some(Resp::Agg(b'*', 2, parts)) = Resp::parse_whole(&reply) else {
                return Ok(reply);
            };
            let [Resp::Bulk(_, Some(next)), Resp::Agg(_, _, page)] = parts.as_slice() else {
                return Ok(reply);
            };
            keys.extend(page.iter().cloned());
            cursor = next.clone();
            if cursor == b"0" {
                keys.sort();
                keys.dedup();
                return Ok(Resp::Agg(b'*', keys.len() as i64, keys).to_bytes());
            }
        }
        Err(marker(b"", "SCAN did not finish in 10000 calls"))
    }

    /// A command after which the server must close the connection.
    pub fn closing(&mut self, args: &[Vec<u8>]) -> Outcome {
        let reply = self.request(args)?;
        let mut conn = self.conn.take().expect("connected after a reply");
        let rest = std::mem::take(&mut self.pending);
        Ok([reply, drain_until_close(&mut conn.stream, rest)].concat())
    }

    /// Raw bytes on a fresh connection; everything until the server closes it.
    pub fn protocol(&self, bytes: &[u8]) -> Outcome {
        let mut conn = open(self.server.port, CLOSE_TIMEOUT)?;
        let written = conn.stream.write_all(bytes);
        let out = drain_until_close(&mut conn.stream, Vec::new());
        Ok(match written {
            Ok(()) => out,
            Err(e) => marker(&out, &format!("write error: {:?}", e.kind())),
        })
    }
}
