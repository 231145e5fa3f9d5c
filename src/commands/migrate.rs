//! MIGRATE: move keys to another instance as DUMP payloads sent with
//! RESTORE(-ASKING), over connections cached per target like Redis 7.0.15's
//! (cluster.c migrateCommand / migrateGetSocket): at most 64, closed after
//! 10 s unused. Like Redis, the call is synchronous: it blocks the loop for
//! at most its own timeout per connect, write and reply read.

use super::{Access, Ctx, Handler, err, is, parse_int, typed_at};
use crate::resp::parse::Args;
use std::collections::HashMap;
use std::io::{self, Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

pub const COMMANDS: &[(&str, Handler)] = &[("migrate", migrate)];

/// Cached target connections kept at most (MIGRATE_SOCKET_CACHE_ITEMS).
const CACHE_ITEMS: usize = 64;
/// Seconds a cached connection may stay unused (MIGRATE_SOCKET_CACHE_TTL).
const CACHE_TTL_SECS: i64 = 10;
/// The pipeline is written in chunks of this size.
const WRITE_CHUNK: usize = 64 * 1024;

/// Connections to MIGRATE targets, by "host:port" as the client spelled it.
#[derive(Default)]
pub struct SocketCache {
    sockets: HashMap<Vec<u8>, Cached>,
}

struct Cached {
    stream: TcpStream,
    /// The database the last successful MIGRATE selected (-1: unknown).
    last_dbid: i64,
    last_use_secs: i64,
    /// Bytes read past the last reply line.
    pending: Vec<u8>,
    /// The socket's read/write timeout as last set (one setsockopt per change, not per call).
    timeout: Option<Duration>,
}

impl Cached {
    fn new(stream: TcpStream, now_secs: i64) -> Cached {
        Cached {
            stream,
            last_dbid: -1,
            last_use_secs: now_secs,
            pending: Vec::new(),
            timeout: None,
        }
    }

    /// Apply `timeout` to reads and writes unless it is already in force.
    fn set_timeout(&mut self, timeout: Duration) {
        if self.timeout != Some(timeout) {
            let _ = self.stream.set_read_timeout(Some(timeout));
            let _ = self.stream.set_write_timeout(Some(timeout));
            self.timeout = Some(timeout);
        }
    }
}

impl SocketCache {
    /// Close connections unused for more than 10 s (migrateCloseTimedoutSockets).
    pub fn close_idle(&mut self, now_ms: i64) {
        let now = now_ms / 1000;
        self.sockets.retain(|_, c| now - c.last_use_secs <= CACHE_TTL_SECS);
    }

    /// Number of cached connections.
    pub fn len(&self) -> usize {
        self.sockets.len()
    }

    /// True when no connection is cached.
    pub fn is_empty(&self) -> bool {
        self.sockets.is_empty()
    }
}

/// MIGRATE's parsed arguments.
struct Request<'a> {
    copy: bool,
    replace: bool,
    auth: Option<(Option<&'a [u8]>, &'a [u8])>,
    keys: Vec<&'a [u8]>,
    timeout_ms: i64,
    dbid: i64,
}

/// A key to send: its name, DUMP payload and absolute expire time.
struct Outgoing<'a> {
    key: &'a [u8],
    payload: Vec<u8>,
    expire_at: Option<i64>,
}

/// Why a transfer failed on the socket (decides the retry and the error text).
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
enum SocketError {
    Writing { timed_out: bool },
    Reading { timed_out: bool },
}

impl SocketError {
    fn timed_out(self) -> bool {
        matches!(
            self,
            SocketError::Writing { timed_out: true } | SocketError::Reading { timed_out: true }
        )
    }

    fn reply_text(self) -> &'static str {
        match self {
            SocketError::Writing { .. } => "IOERR error or timeout writing to target instance",
            SocketError::Reading { .. } => "IOERR error or timeout reading to target instance",
        }
    }
}

fn migrate(ctx: &mut Ctx, args: &Args) {
    let Some(req) = parse_request(ctx, args) else {
        return;
    };
    let outgoing = collect_keys(ctx, &req);
    if outgoing.is_empty() {
        return ctx.reply.simple("NOKEY");
    }
    let target = [args.get(1), b":", args.get(2)].concat();
    let mut may_retry = true;
    let cluster = ctx.srv.cluster.is_some();
    loop {
        let result = match take_socket(ctx, &target, args, req.timeout_ms) {
            Err(ConnectError::Resolve) => {
                return ctx.reply.error("IOERR error or timeout connecting to the client");
            }
            Err(ConnectError::Tcp { timed_out }) => Err(SocketError::Writing { timed_out }),
            Ok(mut socket) => transfer(&mut socket, cluster, &req, &outgoing).map(|outcome| (socket, outcome)),
        };
        match result {
            Ok((socket, outcome)) => {
                if outcome.late_error.is_none() {
                    ctx.srv.migrate_sockets.sockets.insert(target, socket);
                }
                return finish(ctx, &req, outcome);
            }
            Err(e) => {
                // The taken connection is dropped, so closed (migrateCloseSocket).
                if may_retry && !e.timed_out() {
                    may_retry = false;
                    continue;
                }
                return ctx.reply.error(e.reply_text());
            }
        }
    }
}

/// Parse options, timeout and db as Redis does (same order, same errors).
fn parse_request<'a>(ctx: &mut Ctx, args: &Args<'a>) -> Option<Request<'a>> {
    let mut req = Request {
        copy: false,
        replace: false,
        auth: None,
        keys: vec![args.get(3)],
        timeout_ms: 0,
        dbid: 0,
    };
    let mut j = 6;
    while j < args.len() {
        let more = args.len() - 1 - j;
        let arg = args.get(j);
        if is(arg, "copy") {
            req.copy = true;
        } else if is(arg, "replace") {
            req.replace = true;
        } else if is(arg, "auth") && more >= 1 {
            req.auth = Some((None, args.get(j + 1)));
            j += 1;
        } else if is(arg, "auth2") && more >= 2 {
            req.auth = Some((Some(args.get(j + 1)), args.get(j + 2)));
            j += 2;
        } else if is(arg, "keys") {
            if !args.get(3).is_empty() {
                ctx.reply
                    .error("ERR When using MIGRATE KEYS option, the key argument must be set to the empty string");
                return None;
            }
            req.keys = (j + 1..args.len()).map(|i| args.get(i)).collect();
            break;
        } else {
            ctx.reply.error(err::SYNTAX);
            return None;
        }
        j += 1;
    }
    let timeout = parse_int(ctx, args.get(5))?;
    req.dbid = parse_int(ctx, args.get(4))?;
    req.timeout_ms = if timeout <= 0 { 1000 } else { timeout };
    Some(req)
}

/// The keys that exist, serialized (lookupKeyRead + createDumpPayload).
fn collect_keys<'a>(ctx: &mut Ctx, req: &Request<'a>) -> Vec<Outgoing<'a>> {
    let db = ctx.client().db;
    let now = ctx.now;
    let mut out = Vec::with_capacity(req.keys.len());
    for &key in &req.keys {
        let payload = match typed_at(ctx.srv, db, key, now, Access::Read, |v| Some(v)) {
            Ok(Some(value)) => crate::rdb::dump_payload(value),
            _ => continue,
        };
        let expire_at = ctx.srv.dbs[db].expire_at(key);
        out.push(Outgoing {
            key,
            payload,
            expire_at,
        });
    }
    out
}

/// The connection to `target`, taken out of the cache while it is used (it
/// goes back after a clean transfer), or a new one; when the cache is full an
/// arbitrary entry is closed to make room, as Redis drops a random one.
fn take_socket(ctx: &mut Ctx, target: &[u8], args: &Args, timeout_ms: i64) -> Result<Cached, ConnectError> {
    let now_secs = ctx.now / 1000;
    let cache = &mut ctx.srv.migrate_sockets.sockets;
    if let Some(mut cached) = cache.remove(target) {
        cached.last_use_secs = now_secs;
        return Ok(cached);
    }
    if cache.len() >= CACHE_ITEMS {
        let victim = cache.keys().next().cloned();
        if let Some(victim) = victim {
            cache.remove(&victim);
        }
    }
    let stream = connect(args.get(1), args.get(2), timeout_ms)?;
    Ok(Cached::new(stream, now_secs))
}

/// Why no connection could be made.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
enum ConnectError {
    /// The address could not be resolved: "error or timeout connecting".
    Resolve,
    /// The TCP connect failed or timed out. Redis's blocking connect does not
    /// report these: its first write fails instead, so they read as
    /// "error or timeout writing".
    Tcp { timed_out: bool },
}

/// Blocking connect with a timeout (connBlockingConnect), TCP_NODELAY on.
fn connect(host: &[u8], port: &[u8], timeout_ms: i64) -> Result<TcpStream, ConnectError> {
    let host = std::str::from_utf8(host).map_err(|_| ConnectError::Resolve)?;
    let port: u16 = std::str::from_utf8(port)
        .ok()
        .and_then(|p| p.parse().ok())
        .ok_or(ConnectError::Resolve)?;
    let timeout = Duration::from_millis(timeout_ms as u64);
    let addr = (host, port)
        .to_socket_addrs()
        .ok()
        .and_then(|mut addrs| addrs.next())
        .ok_or(ConnectError::Resolve)?;
    let stream = TcpStream::connect_timeout(&addr, timeout).map_err(|e| ConnectError::Tcp {
        timed_out: is_timeout(&e),
    })?;
    let _ = stream.set_nodelay(true);
    Ok(stream)
}

/// What the target answered: the first error line (if any) and the keys it
/// acknowledged.
struct Outcome<'a> {
    target_error: Option<Vec<u8>>,
    acked: Vec<&'a [u8]>,
    /// A socket error after some replies: the connection is closed and the
    /// client gets the IOERR, but acknowledged keys are still deleted.
    late_error: Option<SocketError>,
}

/// Write the pipeline (AUTH, SELECT, one RESTORE per live key) and read the
/// replies. An `Err` means nothing was acknowledged (the caller may retry).
fn transfer<'a>(
    socket: &mut Cached,
    cluster: bool,
    req: &Request,
    outgoing: &[Outgoing<'a>],
) -> Result<Outcome<'a>, SocketError> {
    let now = crate::util::time::mstime();
    let select = socket.last_dbid != req.dbid;
    let mut pipeline = Vec::new();
    if let Some((user, password)) = req.auth {
        let mut argv: Vec<&[u8]> = vec![b"AUTH"];
        argv.extend(user);
        argv.push(password);
        write_command(&mut pipeline, &argv);
    }
    if select {
        write_command(&mut pipeline, &[b"SELECT", req.dbid.to_string().as_bytes()]);
    }
    let mut sent = Vec::with_capacity(outgoing.len());
    for item in outgoing {
        let ttl = match item.expire_at {
            Some(at) if at - now < 0 => continue,
            Some(at) => (at - now).max(1),
            None => 0,
        };
        let name: &[u8] = if cluster { b"RESTORE-ASKING" } else { b"RESTORE" };
        let ttl = ttl.to_string();
        let mut argv: Vec<&[u8]> = vec![name, item.key, ttl.as_bytes(), &item.payload];
        if req.replace {
            argv.push(b"REPLACE");
        }
        write_command(&mut pipeline, &argv);
        sent.push(item.key);
    }
    socket.set_timeout(Duration::from_millis(req.timeout_ms as u64));
    write_all(&mut socket.stream, &pipeline)?;
    let auth_reply = match req.auth {
        Some(_) => Some(read_line(socket).map_err(|t| SocketError::Reading { timed_out: t })?),
        None => None,
    };
    let select_reply = match select {
        true => Some(read_line(socket).map_err(|t| SocketError::Reading { timed_out: t })?),
        false => None,
    };
    let mut outcome = Outcome {
        target_error: None,
        acked: Vec::new(),
        late_error: None,
    };
    for (j, key) in sent.iter().enumerate() {
        let line = match read_line(socket) {
            Ok(line) => line,
            Err(timed_out) if j == 0 && outcome.target_error.is_none() => {
                return Err(SocketError::Reading { timed_out });
            }
            Err(timed_out) => {
                outcome.late_error = Some(SocketError::Reading { timed_out });
                break;
            }
        };
        let failed = [auth_reply.as_deref(), select_reply.as_deref(), Some(&line[..])]
            .into_iter()
            .flatten()
            .find(|l| l.first() == Some(&b'-'));
        match failed {
            Some(error) => {
                if outcome.target_error.is_none() {
                    socket.last_dbid = -1;
                    outcome.target_error = Some(error[1..].to_vec());
                }
            }
            None => outcome.acked.push(key),
        }
    }
    if outcome.target_error.is_none() && outcome.late_error.is_none() {
        socket.last_dbid = req.dbid;
    }
    Ok(outcome)
}

/// Delete the acknowledged keys (unless COPY), propagate them as DEL, reply.
fn finish(ctx: &mut Ctx, req: &Request, outcome: Outcome) {
    if let (Some(e), None) = (outcome.late_error, &outcome.target_error) {
        ctx.reply.error(e.reply_text());
    }
    if !req.copy && !outcome.acked.is_empty() {
        let mut del = vec![b"DEL".to_vec()];
        for key in &outcome.acked {
            ctx.db().remove(key);
            ctx.key_modified(key);
            del.push(key.to_vec());
        }
        ctx.srv.repl.propagate_as = Some(del);
    }
    match outcome.target_error {
        Some(error) => {
            let mut text = b"ERR Target instance replied with error: ".to_vec();
            text.extend_from_slice(&error);
            ctx.reply.error_bytes(&text);
        }
        None if outcome.late_error.is_none() => ctx.reply.ok(),
        None => {}
    }
}

/// Append `argv` as a RESP array of bulk strings.
fn write_command(out: &mut Vec<u8>, argv: &[&[u8]]) {
    out.extend_from_slice(format!("*{}\r\n", argv.len()).as_bytes());
    for arg in argv {
        out.extend_from_slice(format!("${}\r\n", arg.len()).as_bytes());
        out.extend_from_slice(arg);
        out.extend_from_slice(b"\r\n");
    }
}

/// Write `data` in 64 KiB chunks, each within the socket's timeout (connSyncWrite).
fn write_all(stream: &mut TcpStream, data: &[u8]) -> Result<(), SocketError> {
    for chunk in data.chunks(WRITE_CHUNK) {
        if let Err(e) = stream.write_all(chunk) {
            return Err(SocketError::Writing {
                timed_out: is_timeout(&e),
            });
        }
    }
    Ok(())
}

/// Read one reply line without its CRLF (connSyncReadLine). `Err(true)`
/// means the timeout passed.
fn read_line(socket: &mut Cached) -> Result<Vec<u8>, bool> {
    loop {
        if let Some(end) = socket.pending.iter().position(|&b| b == b'\n') {
            let mut line: Vec<u8> = socket.pending.drain(..=end).collect();
            line.pop();
            if line.last() == Some(&b'\r') {
                line.pop();
            }
            return Ok(line);
        }
        let mut buf = [0u8; 4096];
        match socket.stream.read(&mut buf) {
            Ok(0) => return Err(false),
            Ok(n) => socket.pending.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(is_timeout(&e)),
        }
    }
}

fn is_timeout(e: &io::Error) -> bool {
    matches!(e.kind(), io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_written_as_resp_arrays() {
        let mut out = Vec::new();
        write_command(&mut out, &[b"SELECT", b"0"]);
        assert_eq!(out, b"*2\r\n$6\r\nSELECT\r\n$1\r\n0\r\n");
    }

    #[test]
    fn idle_connections_are_closed_after_ten_seconds() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let stream = TcpStream::connect(listener.local_addr().expect("addr")).expect("connect");
        let mut cache = SocketCache::default();
        cache.sockets.insert(b"h:1".to_vec(), Cached::new(stream, 100));
        cache.close_idle(110_000);
        assert_eq!(cache.len(), 1);
        cache.close_idle(111_000);
        assert!(cache.is_empty());
    }
}
