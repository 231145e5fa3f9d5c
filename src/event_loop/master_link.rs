//! The replica side of replication, in the event loop: connect to the master, the 7.0 handshake
//! (PING; then pipelined `AUTH [masteruser] masterauth` when masterauth is set, REPLCONF
//! listening-port, REPLCONF capa eof capa psync2; then PSYNC), the RDB transfer (`$<len>` or
//! `$EOF:<mark>` framing, keepalive newlines skipped), loading it, and then turning the link into
//! the master client whose commands run without replies. ACKs go out every second and on
//! REPLCONF GETACK. `set_master` / `unset_master` change the role (REPLICAOF, CLUSTER REPLICATE,
//! failover).
//!
//! As syncWithMaster does, an error reply to AUTH is logged ("Unable to AUTH to MASTER: ...") and
//! the link is closed; the replication cron connects again a second later. Error replies to the
//! REPLCONFs are logged as non critical and ignored.
//!
//! `repl-diskless-load` is accepted (disabled, on-empty-db, swapdb) but does not change what we do:
//! the payload is always buffered in memory (never written to a temporary file, unlike
//! `disabled`), parsed completely while the old dataset stays untouched, and only when it parsed
//! without error are the databases flushed and the new keys installed. That is the observable
//! behaviour of `swapdb` (a broken transfer leaves the old data in place) without its async
//! loading; with `on-empty-db` Redis would also parse from the socket, so the only difference
//! there is memory use.

use std::io::{ErrorKind, Read, Write};
use std::net::SocketAddr;

use log::{info, warn};
use mio::net::TcpStream;
use mio::{Interest, Token};

use super::EventLoop;
use crate::replication::{LinkState, Role};
use crate::server::{Link, Server};
use crate::util::time::mstime;

/// Where the handshake is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Connecting,
    AwaitPong,
    /// AUTH was sent (masterauth set): its reply comes first.
    AwaitAuth,
    /// Replies to REPLCONF still to read.
    AwaitReplconf(u8),
    AwaitPsync,
    /// +FULLRESYNC read: waiting for `$<len>` or `$EOF:<mark>`.
    PayloadHeader,
    PayloadLen(usize),
    PayloadEof(Vec<u8>),
}

/// The link to my master until the sync completes.
pub struct MasterConn {
    pub stream: TcpStream,
    addr: SocketAddr,
    step: Step,
    buf: Vec<u8>,
    payload: Vec<u8>,
    /// (replid, offset) of +FULLRESYNC.
    full: Option<(String, u64)>,
    started_ms: i64,
}

/// REPLICAOF host port / CLUSTER REPLICATE: become a replica (the link is (re)made by the cron).
pub fn set_master(srv: &mut Server, host: &str, port: u16) {
    let was_master = srv.repl.is_master();
    srv.repl.role = Role::Replica {
        host: host.to_string(),
        port,
    };
    srv.repl.link_state = LinkState::Connect;
    srv.repl.close_master_link = true;
    srv.repl.down_since_ms = mstime();
    if was_master {
        // Sub-replicas must resync from the new topology.
        srv.repl.close_replicas = true;
    }
    info!("Connecting to MASTER {host}:{port}");
}

/// REPLICAOF NO ONE / promotion: master again, under a new replication id (the old one stays
/// valid for PSYNC from former siblings).
pub fn unset_master(srv: &mut Server) {
    if srv.repl.is_master() {
        return;
    }
    srv.repl.role = Role::Master;
    srv.repl.close_master_link = true;
    srv.repl.link_state = LinkState::Connect;
    let rng = &mut srv.rng;
    srv.repl.shift_replid(rng);
    srv.repl.stream_db = None;
    srv.repl.close_replicas = true;
    info!("MASTER MODE enabled");
}

fn line_of(buf: &mut Vec<u8>) -> Option<Vec<u8>> {
    let end = buf.iter().position(|&b| b == b'\n')?;
    let mut line: Vec<u8> = buf.drain(..=end).collect();
    line.pop();
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    Some(line)
}

/// AUTH [masteruser] masterauth, as syncWithMaster sends it after PING; None without masterauth
/// (an empty string counts as unset, and masteruser alone sends nothing).
fn auth_command(config: &crate::config::Config) -> Option<Vec<u8>> {
    let password = config.str("masterauth");
    if password.is_empty() {
        return None;
    }
    let user = config.str("masteruser");
    let mut argv: Vec<&[u8]> = vec![b"AUTH"];
    if !user.is_empty() {
        argv.push(user.as_bytes());
    }
    argv.push(password.as_bytes());
    Some(command_bytes(&argv))
}

fn command_bytes(argv: &[&[u8]]) -> Vec<u8> {
    let mut out = Vec::new();
    crate::replication::encode_command(argv, &mut out);
    out
}

impl EventLoop {
    /// Once a second: (re)connect to the master, time out a stuck handshake, send ACKs; the
    /// master side's PINGs.
    pub(super) fn replication_cron(&mut self, now: i64) {
        self.close_flagged_links();
        crate::replication::cron(&mut self.srv, now);
        let Role::Replica { host, port } = self.srv.repl.role.clone() else {
            return;
        };
        let timeout_ms = self.srv.config.int("repl-timeout").max(1) * 1000;
        match self.srv.repl.link_state {
            LinkState::Connect => self.connect_to_master(&host, port, now),
            LinkState::Connecting | LinkState::Handshake | LinkState::Transfer => {
                let started = match self.srv.repl.master_key.and_then(|k| self.srv.links.get(k)) {
                    Some(Link::Master(m)) => m.started_ms,
                    _ => now,
                };
                if now - started > timeout_ms {
                    warn!("Timeout connecting to the MASTER...");
                    self.drop_master_link(now);
                }
            }
            LinkState::Connected => {
                if now - self.srv.repl.master_last_interaction_ms > timeout_ms {
                    warn!("MASTER timeout: no data nor PING received...");
                    self.drop_master_link(now);
                } else {
                    self.send_ack(now);
                }
            }
        }
    }

    /// Closes what set_master/unset_master asked to close.
    pub(super) fn close_flagged_links(&mut self) {
        let now = mstime();
        if std::mem::take(&mut self.srv.repl.close_master_link) {
            self.drop_master_link(now);
            if !self.srv.repl.is_master() {
                self.srv.repl.link_state = LinkState::Connect;
            }
        }
        if std::mem::take(&mut self.srv.repl.close_replicas) {
            for key in std::mem::take(&mut self.srv.repl.replicas) {
                self.free_client(key);
            }
        }
    }

    fn drop_master_link(&mut self, now: i64) {
        let Some(key) = self.srv.repl.master_key.take() else {
            return;
        };
        match self.srv.links.get(key) {
            Some(Link::Master(_)) => {
                if let Some(Link::Master(mut m)) = self.srv.links.try_remove(key) {
                    let _ = self.poll.registry().deregister(&mut m.stream);
                }
            }
            Some(Link::Client(_)) => self.free_client(key),
            _ => {}
        }
        if self.srv.repl.link_state == LinkState::Connected {
            self.srv.repl.down_since_ms = now;
        }
        if !self.srv.repl.is_master() {
            self.srv.repl.link_state = LinkState::Connect;
        }
    }

    fn connect_to_master(&mut self, host: &str, port: u16, now: i64) {
        let addr = match (host, port).to_socket_addrs_first() {
            Some(a) => a,
            None => {
                warn!("Unable to connect to MASTER: can't resolve {host}");
                return;
            }
        };
        let stream = match TcpStream::connect(addr) {
            Ok(s) => s,
            Err(e) => {
                warn!("Unable to connect to MASTER: {e}");
                return;
            }
        };
        let _ = stream.set_nodelay(true);
        let conn = MasterConn {
            stream,
            addr,
            step: Step::Connecting,
            buf: Vec::new(),
            payload: Vec::new(),
            full: None,
            started_ms: now,
        };
        let entry = self.srv.links.vacant_entry();
        let key = entry.key();
        let inserted = entry.insert(Link::Master(Box::new(conn)));
        if let Link::Master(m) = inserted
            && let Err(e) =
                self.poll
                    .registry()
                    .register(&mut m.stream, Token(key), Interest::READABLE | Interest::WRITABLE)
        {
            warn!("Registering the master link: {e}");
            self.srv.links.remove(key);
            return;
        }
        self.srv.repl.master_key = Some(key);
        self.srv.repl.link_state = LinkState::Connecting;
        info!("MASTER <-> REPLICA sync started");
    }

    fn master_conn(&mut self, key: usize) -> Option<&mut MasterConn> {
        match self.srv.links.get_mut(key) {
            Some(Link::Master(m)) => Some(m),
            _ => None,
        }
    }

    /// A readable/writable event on the handshake link.
    pub(super) fn master_link_event(&mut self, key: usize, readable: bool, writable: bool) {
        let now = mstime();
        if writable && self.master_conn(key).is_some_and(|m| m.step == Step::Connecting) {
            let m = match self.srv.links.get_mut(key) {
                Some(Link::Master(m)) => m,
                _ => return,
            };
            match m.stream.take_error() {
                Ok(None) if m.stream.peer_addr().is_ok() => {}
                Ok(None) => return,
                _ => {
                    warn!("Error condition on socket for SYNC: connection refused");
                    return self.drop_master_link(now);
                }
            }
            info!("Non blocking connect for SYNC fired the event.");
            m.step = Step::AwaitPong;
            let _ = m.stream.write_all(&command_bytes(&[b"PING"]));
            let _ = self
                .poll
                .registry()
                .reregister(&mut m.stream, Token(key), Interest::READABLE);
            self.srv.repl.link_state = LinkState::Handshake;
        }
        if readable {
            self.read_master_link(key, now);
        }
    }

    fn read_master_link(&mut self, key: usize, now: i64) {
        let mut chunk = vec![0u8; 64 * 1024];
        loop {
            let Some(m) = self.master_conn(key) else { return };
            match m.stream.read(&mut chunk) {
                Ok(0) => {
                    warn!("Master closed the connection during the handshake");
                    return self.drop_master_link(now);
                }
                Ok(n) => m.buf.extend_from_slice(&chunk[..n]),
                Err(e) if e.kind() == ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => {
                    warn!("Error reading from MASTER: {e}");
                    return self.drop_master_link(now);
                }
            }
        }
        self.advance_handshake(key, now);
    }

    /// Runs the handshake state machine over the buffered bytes.
    fn advance_handshake(&mut self, key: usize, now: i64) {
        loop {
            let listening_port = self.srv.settings.port.to_string();
            let Some(m) = self.master_conn(key) else { return };
            match m.step.clone() {
                Step::Connecting => return,
                Step::AwaitPong => {
                    let Some(line) = line_of(&mut m.buf) else { return };
                    let ok = line.starts_with(b"+")
                        || line.starts_with(b"-NOAUTH")
                        || line.starts_with(b"-NOPERM")
                        || line.starts_with(b"-ERR operation not permitted");
                    if !ok {
                        warn!("Error reply to PING from master: '{}'", String::from_utf8_lossy(&line));
                        return self.drop_master_link(now);
                    }
                    info!("Master replied to PING, replication can continue...");
                    let auth = auth_command(&self.srv.config);
                    let Some(m) = self.master_conn(key) else { return };
                    let mut out = auth.clone().unwrap_or_default();
                    out.extend(command_bytes(&[
                        b"REPLCONF",
                        b"listening-port",
                        listening_port.as_bytes(),
                    ]));
                    out.extend(command_bytes(&[b"REPLCONF", b"capa", b"eof", b"capa", b"psync2"]));
                    let _ = m.stream.write_all(&out);
                    m.step = if auth.is_some() {
                        Step::AwaitAuth
                    } else {
                        Step::AwaitReplconf(2)
                    };
                }
                Step::AwaitAuth => {
                    let Some(line) = line_of(&mut m.buf) else { return };
                    if line.starts_with(b"-") {
                        warn!("Unable to AUTH to MASTER: {}", String::from_utf8_lossy(&line));
                        return self.drop_master_link(now);
                    }
                    m.step = Step::AwaitReplconf(2);
                }
                Step::AwaitReplconf(n) => {
                    let Some(line) = line_of(&mut m.buf) else { return };
                    if line.starts_with(b"-") {
                        let what = if n > 1 { "listening-port" } else { "capa" };
                        info!(
                            "(Non critical) Master does not understand REPLCONF {what}: {}",
                            String::from_utf8_lossy(&line)
                        );
                    }
                    if n > 1 {
                        m.step = Step::AwaitReplconf(n - 1);
                        continue;
                    }
                    let (replid, offset) = (self.srv.repl.replid.clone(), self.srv.repl.offset);
                    let psync = if self.srv.repl.backlog.is_some() || offset > 0 {
                        command_bytes(&[b"PSYNC", replid.as_bytes(), (offset + 1).to_string().as_bytes()])
                    } else {
                        command_bytes(&[b"PSYNC", b"?", b"-1"])
                    };
                    let Some(m) = self.master_conn(key) else { return };
                    let _ = m.stream.write_all(&psync);
                    m.step = Step::AwaitPsync;
                }
                Step::AwaitPsync => {
                    let Some(line) = line_of(&mut m.buf) else { return };
                    if line.is_empty() {
                        continue;
                    }
                    if !self.psync_reply(key, &line, now) {
                        return;
                    }
                }
                Step::PayloadHeader => {
                    let Some(line) = line_of(&mut m.buf) else { return };
                    if line.is_empty() {
                        continue;
                    }
                    m.step = if let Some(mark) = line.strip_prefix(b"$EOF:") {
                        Step::PayloadEof(mark.to_vec())
                    } else if let Some(len) = line.strip_prefix(b"$").and_then(crate::util::num::string2ll) {
                        Step::PayloadLen(len.max(0) as usize)
                    } else {
                        warn!("Bad protocol from MASTER: '{}'", String::from_utf8_lossy(&line));
                        return self.drop_master_link(now);
                    };
                    self.srv.repl.link_state = LinkState::Transfer;
                }
                Step::PayloadLen(len) => {
                    let take = (len - m.payload.len()).min(m.buf.len());
                    m.payload.extend(m.buf.drain(..take));
                    if m.payload.len() < len {
                        return;
                    }
                    return self.finish_full_sync(key, false, now);
                }
                Step::PayloadEof(mark) => {
                    m.payload.append(&mut m.buf);
                    if m.payload.len() < mark.len() || !m.payload.ends_with(&mark) {
                        return;
                    }
                    let keep = m.payload.len() - mark.len();
                    m.payload.truncate(keep);
                    return self.finish_full_sync(key, true, now);
                }
            }
        }
    }

    /// +FULLRESYNC / +CONTINUE / errors. False when the handshake stops here.
    fn psync_reply(&mut self, key: usize, line: &[u8], now: i64) -> bool {
        let text = String::from_utf8_lossy(line).into_owned();
        let mut words = text.split(' ');
        match words.next() {
            Some("+FULLRESYNC") => {
                let id = words.next().unwrap_or_default().to_string();
                let off = words.next().and_then(|w| w.parse().ok()).unwrap_or(0);
                info!("Full resync from master: {id}:{off}");
                if let Some(m) = self.master_conn(key) {
                    m.full = Some((id, off));
                    m.step = Step::PayloadHeader;
                }
                true
            }
            Some("+CONTINUE") => {
                let new_id = words.next().filter(|w| w.len() == 40).map(str::to_string);
                if let Some(id) = new_id
                    && id != self.srv.repl.replid
                {
                    self.srv.repl.replid2 = std::mem::replace(&mut self.srv.repl.replid, id);
                    self.srv.repl.second_replid_offset = self.srv.repl.offset as i64 + 1;
                    self.srv.repl.close_replicas = true;
                }
                info!("Successful partial resynchronization with master.");
                self.become_master_client(key, false, now);
                false
            }
            _ => {
                warn!("Unexpected reply to PSYNC from master: {text}");
                self.drop_master_link(now);
                false
            }
        }
    }

    /// The RDB is here: load it, adopt the master's id and offset, start the stream. Whatever
    /// `repl-diskless-load` says, the payload is parsed from memory before the old data is
    /// flushed (see the module documentation).
    fn finish_full_sync(&mut self, key: usize, eof_framing: bool, now: i64) {
        let Some(m) = self.master_conn(key) else { return };
        let payload = std::mem::take(&mut m.payload);
        let (replid, offset) = m.full.clone().unwrap_or_default();
        info!(
            "MASTER <-> REPLICA sync: receiving {} bytes from master to disk",
            payload.len()
        );
        let loaded = match crate::rdb::load_rdb(&payload, true, now) {
            Ok(l) => l,
            Err(e) => {
                warn!("Failed trying to load the MASTER synchronization DB from socket: {e:?}");
                return self.drop_master_link(now);
            }
        };
        info!("MASTER <-> REPLICA sync: Flushing old data");
        for db in self.srv.dbs.iter_mut() {
            db.flush();
        }
        for (index, keys) in loaded.dbs {
            let Some(db) = self.srv.dbs.get_mut(index) else {
                continue;
            };
            for k in keys {
                db.set(&k.key, k.value, now, false);
                if let Some(at) = k.expire_ms {
                    db.set_expire(&k.key, at);
                }
            }
        }
        info!("MASTER <-> REPLICA sync: Finished with success");
        let cap = self.srv.config.int("repl-backlog-size").max(0) as usize;
        let repl = &mut self.srv.repl;
        repl.replid = replid;
        repl.replid2 = "0".repeat(40);
        repl.second_replid_offset = -1;
        repl.offset = offset;
        repl.backlog = Some(crate::replication::Backlog::new(cap, offset + 1));
        self.become_master_client(key, eof_framing, now);
    }

    /// The handshake link becomes the master client (same slab key and token).
    fn become_master_client(&mut self, key: usize, ack_now: bool, now: i64) {
        let Some(Link::Master(m)) = self.srv.links.try_remove(key) else {
            return;
        };
        let MasterConn { stream, addr, buf, .. } = *m;
        let id = self.srv.next_client_id;
        self.srv.next_client_id += 1;
        let mut client = crate::client::Client::new(id, stream, addr, now, false);
        client.is_master = true;
        client.qbuf = buf;
        let inserted = self.srv.links.insert(Link::Client(Box::new(client)));
        if inserted != key
            && let Some(c) = self.srv.client(inserted)
        {
            // The slab reuses the freed key; re-register in case it did not.
            let _ = self
                .poll
                .registry()
                .reregister(&mut c.stream, Token(inserted), Interest::READABLE);
        }
        self.srv.connected_clients += 1;
        self.srv.repl.master_key = Some(inserted);
        self.srv.repl.link_state = LinkState::Connected;
        self.srv.repl.master_last_interaction_ms = now;
        if ack_now {
            self.send_ack(now);
        }
        self.process_input(inserted);
    }

    /// REPLCONF ACK <offset> to the master.
    pub(super) fn send_ack(&mut self, now: i64) {
        let Some(key) = self.srv.repl.master_key else { return };
        let offset = self.srv.repl.offset.to_string();
        let bytes = command_bytes(&[b"REPLCONF", b"ACK", offset.as_bytes()]);
        let Some(c) = self.srv.client(key) else { return };
        c.reply.buf.extend_from_slice(&bytes);
        self.srv.repl.last_ack_sent_ms = now;
        self.srv.queue_write(key, now);
    }
}

/// First socket address of `(host, port)`.
trait FirstAddr {
    fn to_socket_addrs_first(&self) -> Option<SocketAddr>;
}

impl FirstAddr for (&str, u16) {
    fn to_socket_addrs_first(&self) -> Option<SocketAddr> {
        std::net::ToSocketAddrs::to_socket_addrs(self).ok()?.next()
    }
}
