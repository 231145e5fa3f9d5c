//! Replication (PSYNC2), the parts that are not sockets: the replication id pair and offset, the
//! backlog, the write stream fed to replicas (with Redis's rewrites of relative expiries), the
//! replica clients' state, WAIT, and the replica side's view of its master. The master side's
//! commands are in [`commands`]; the refusals of writes that depend on this state (MISCONF,
//! NOREPLICAS, READONLY, MASTERDOWN) in [`gate`]; the replica side's connection to its master
//! lives in [`crate::event_loop::master_link`].
//!
//! Full sync is diskless for replicas with `capa eof` when `repl-diskless-sync yes` (Redis 7.0's
//! default; see [`diskless`]). Otherwise it is disk-based: a forked child writes the RDB (the loop
//! keeps serving), the stream produced meanwhile is kept for the waiting replicas, and when the
//! child is done each gets `$<len>`, the file, then that stream. When a snapshot child for
//! something else is running, the disk-based RDB is produced in the loop instead.

pub mod commands;
pub mod diskless;
pub mod gate;
pub mod rewrite;

use std::collections::VecDeque;

use crate::server::Server;

/// What this node is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    Master,
    /// Replica of `host:port`.
    Replica {
        host: String,
        port: u16,
    },
}

/// The replica side's link state (INFO `master_link_status`, ROLE's state word).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LinkState {
    /// Must connect (REPL_STATE_CONNECT).
    #[default]
    Connect,
    Connecting,
    /// Handshake in progress.
    Handshake,
    /// Receiving the RDB.
    Transfer,
    Connected,
}

impl LinkState {
    /// ROLE's word for the state.
    pub fn role_word(self) -> &'static str {
        match self {
            LinkState::Connect => "connect",
            LinkState::Connecting => "connecting",
            LinkState::Handshake => "handshake",
            LinkState::Transfer => "sync",
            LinkState::Connected => "connected",
        }
    }
}

/// The circular backlog of the write stream.
#[derive(Debug, Clone)]
pub struct Backlog {
    buf: VecDeque<u8>,
    cap: usize,
    /// Replication offset (1-based) of `buf[0]`.
    pub start: u64,
}

impl Backlog {
    /// A backlog whose first byte will be stream byte `next`.
    pub fn new(cap: usize, next: u64) -> Backlog {
        Backlog {
            buf: VecDeque::new(),
            cap: cap.max(16 * 1024),
            start: next,
        }
    }

    pub fn append(&mut self, bytes: &[u8]) {
        self.buf.extend(bytes);
        let excess = self.buf.len().saturating_sub(self.cap);
        if excess > 0 {
            self.buf.drain(..excess);
            self.start += excess as u64;
        }
    }

    pub fn histlen(&self) -> usize {
        self.buf.len()
    }

    /// The bytes from stream offset `from` (1-based) to the end, if the backlog still holds them.
    pub fn since(&self, from: u64) -> Option<Vec<u8>> {
        if from < self.start || from > self.start + self.buf.len() as u64 {
            return None;
        }
        Some(self.buf.iter().skip((from - self.start) as usize).copied().collect())
    }
}

/// A connected replica, as its master sees it.
#[derive(Debug, Clone, Default)]
pub struct ReplicaInfo {
    pub listening_port: u16,
    pub ip_address: Option<String>,
    pub capa_eof: bool,
    pub capa_psync2: bool,
    /// Synced and receiving the stream.
    pub online: bool,
    /// Waiting for the snapshot child: the stream produced meanwhile.
    pub waiting_rdb: Option<Vec<u8>>,
    /// Waiting (since this time, ms) for a diskless transfer to start.
    pub wait_bgsave_since: Option<i64>,
    /// A diskless transfer child writes to this replica's socket: the parent must not.
    pub in_child_transfer: bool,
    pub ack_offset: u64,
    pub ack_time_ms: i64,
}

/// A client waiting in WAIT.
#[derive(Debug, Clone)]
pub struct Waiter {
    pub client: usize,
    pub offset: u64,
    pub numreplicas: usize,
    pub deadline: Option<i64>,
}

/// The node's replication state.
#[derive(Debug, Clone)]
pub struct ReplState {
    pub role: Role,
    pub replid: String,
    pub replid2: String,
    /// First offset (1-based) for which `replid2` is valid, -1 if none.
    pub second_replid_offset: i64,
    /// Bytes of write stream produced (master) or processed (replica).
    pub offset: u64,
    pub backlog: Option<Backlog>,
    /// Slab keys of replica clients.
    pub replicas: Vec<usize>,
    /// Database the stream last SELECTed (None: SELECT before the next command).
    pub stream_db: Option<usize>,
    pub waiters: Vec<Waiter>,
    /// Send REPLCONF GETACK to replicas before sleeping.
    pub getack_pending: bool,
    pub last_ping_ms: i64,
    /// Replica side.
    pub link_state: LinkState,
    /// Slab key of the link to my master (handshake link or master client).
    pub master_key: Option<usize>,
    pub master_last_interaction_ms: i64,
    pub down_since_ms: i64,
    pub last_ack_sent_ms: i64,
    pub sync_full: u64,
    pub sync_partial_ok: u64,
    pub sync_partial_err: u64,
    /// The event loop must close the link to the master / all replica links (role changes).
    pub close_master_link: bool,
    pub close_replicas: bool,
    /// The master asked for an ACK (REPLCONF GETACK) in the batch being processed.
    pub ack_requested: bool,
    /// A handler's explicit propagation for the command it ran (e.g. BLPOP served as LPOP).
    pub propagate_as: Option<Vec<Vec<u8>>>,
    /// Stream offset at the fork of the running snapshot child for full syncs.
    pub snapshot_offset: Option<u64>,
    /// Last time a replica logged that it applies writes despite a disk error (ms).
    pub disk_error_logged_ms: i64,
}

impl ReplState {
    pub fn new(replid: String) -> ReplState {
        ReplState {
            role: Role::Master,
            replid,
            replid2: "0".repeat(40),
            second_replid_offset: -1,
            offset: 0,
            backlog: None,
            replicas: Vec::new(),
            stream_db: None,
            waiters: Vec::new(),
            getack_pending: false,
            last_ping_ms: 0,
            link_state: LinkState::Connect,
            master_key: None,
            master_last_interaction_ms: 0,
            down_since_ms: 0,
            last_ack_sent_ms: 0,
            sync_full: 0,
            sync_partial_ok: 0,
            sync_partial_err: 0,
            close_master_link: false,
            close_replicas: false,
            ack_requested: false,
            propagate_as: None,
            snapshot_offset: None,
            disk_error_logged_ms: 0,
        }
    }

    pub fn is_master(&self) -> bool {
        self.role == Role::Master
    }

    /// Anything consumes the stream (a backlog or a replica).
    pub fn active(&self) -> bool {
        self.backlog.is_some() || !self.replicas.is_empty()
    }

    /// createReplicationBacklog: on a master with no history, a new replication id.
    pub fn ensure_backlog(&mut self, cap: usize, rng: &mut impl rand::Rng) {
        if self.backlog.is_some() {
            return;
        }
        if self.is_master() && self.offset == 0 {
            self.replid = crate::server::random_hex(rng, 40);
            self.replid2 = "0".repeat(40);
            self.second_replid_offset = -1;
        }
        self.backlog = Some(Backlog::new(cap, self.offset + 1));
    }

    /// shiftReplicationId: after a promotion the old id stays valid for PSYNC up to here.
    pub fn shift_replid(&mut self, rng: &mut impl rand::Rng) {
        self.replid2 = std::mem::replace(&mut self.replid, crate::server::random_hex(rng, 40));
        self.second_replid_offset = self.offset as i64 + 1;
    }
}

/// RESP multibulk of `argv`.
pub fn encode_command(argv: &[&[u8]], out: &mut Vec<u8>) {
    out.extend_from_slice(format!("*{}\r\n", argv.len()).as_bytes());
    for a in argv {
        out.extend_from_slice(format!("${}\r\n", a.len()).as_bytes());
        out.extend_from_slice(a);
        out.extend_from_slice(b"\r\n");
    }
}

/// Appends a command for `db` to the write stream: backlog and online replicas.
pub fn propagate(srv: &mut Server, db: usize, argv: &[&[u8]], now: i64) {
    if !srv.repl.is_master() || !srv.repl.active() {
        return;
    }
    let mut bytes = Vec::new();
    if srv.repl.stream_db != Some(db) {
        let db_text = db.to_string();
        encode_command(&[b"SELECT", db_text.as_bytes()], &mut bytes);
        srv.repl.stream_db = Some(db);
    }
    encode_command(argv, &mut bytes);
    feed_stream(srv, &bytes, now);
}

/// Raw stream bytes into the backlog and to every online replica.
pub fn feed_stream(srv: &mut Server, bytes: &[u8], now: i64) {
    srv.repl.offset += bytes.len() as u64;
    if let Some(b) = srv.repl.backlog.as_mut() {
        b.append(bytes);
    }
    for key in srv.repl.replicas.clone() {
        let Some(info) = srv.client(key).and_then(|c| c.replica.as_mut()) else {
            continue;
        };
        if let Some(pending) = info.waiting_rdb.as_mut() {
            pending.extend_from_slice(bytes);
            continue;
        }
        if !info.online {
            continue;
        }
        if let Some(c) = srv.client(key) {
            c.reply.buf.extend_from_slice(bytes);
        }
        srv.queue_write(key, now);
    }
}

/// A replica client went away.
pub fn forget_replica(srv: &mut Server, key: usize) {
    srv.repl.replicas.retain(|&k| k != key);
}

/// Number of online replicas that acknowledged `offset`.
pub fn replicas_acked(srv: &Server, offset: u64) -> usize {
    srv.repl
        .replicas
        .iter()
        .filter_map(|&k| match srv.links.get(k) {
            Some(crate::server::Link::Client(c)) => c.replica.as_ref(),
            _ => None,
        })
        .filter(|r| r.online && r.ack_offset >= offset)
        .count()
}

/// Once per loop iteration: GETACK for WAIT, then release satisfied or timed-out waiters.
/// Returns the clients released (their pipelines continue).
pub fn before_sleep(srv: &mut Server, now: i64) -> Vec<usize> {
    if std::mem::take(&mut srv.repl.getack_pending) && srv.repl.is_master() {
        let mut bytes = Vec::new();
        encode_command(&[b"REPLCONF", b"GETACK", b"*"], &mut bytes);
        feed_stream(srv, &bytes, now);
    }
    let mut released = Vec::new();
    let waiters = std::mem::take(&mut srv.repl.waiters);
    for w in waiters {
        let acked = replicas_acked(srv, w.offset);
        let timed_out = w.deadline.is_some_and(|d| now >= d);
        if acked < w.numreplicas && !timed_out {
            srv.repl.waiters.push(w);
            continue;
        }
        if let Some(c) = srv.client(w.client) {
            c.wait_repl = false;
            c.reply.int(acked as i64);
        }
        srv.queue_write(w.client, now);
        released.push(w.client);
    }
    released
}

/// The snapshot child for full syncs finished: send `$<len>`, the file and the stream produced
/// since the fork to every waiting replica (or drop them if the child failed).
pub fn finish_snapshot(srv: &mut Server, now: i64) -> Vec<usize> {
    let Some((ok, path)) = srv.rdb.replication_done.take() else {
        return Vec::new();
    };
    if path.as_os_str().is_empty() {
        diskless::finish(srv, ok, now);
        return Vec::new();
    }
    srv.repl.snapshot_offset = None;
    let file = if ok { std::fs::read(&path).ok() } else { None };
    let _ = std::fs::remove_file(&path);
    let mut failed = Vec::new();
    for key in srv.repl.replicas.clone() {
        let Some(c) = srv.client(key) else { continue };
        let Some(info) = c.replica.as_mut() else { continue };
        let Some(pending) = info.waiting_rdb.take() else {
            continue;
        };
        let Some(rdb) = file.as_ref() else {
            failed.push(key);
            continue;
        };
        c.reply.buf.extend_from_slice(format!("${}\r\n", rdb.len()).as_bytes());
        c.reply.buf.extend_from_slice(rdb);
        c.reply.buf.extend_from_slice(&pending);
        info.online = true;
        info.ack_time_ms = now;
        log::info!("Synchronization with replica succeeded");
        srv.queue_write(key, now);
    }
    if !failed.is_empty() {
        log::warn!("Background RDB for replication failed: closing the replicas waiting for it");
    }
    failed
}

/// The master side's once-a-second work: drop replicas silent for longer than repl-timeout, PING
/// replicas every repl-ping-replica-period.
pub fn cron(srv: &mut Server, now: i64) {
    disconnect_timed_out_replicas(srv, now);
    let period = srv.config.int("repl-ping-replica-period").max(1) * 1000;
    if srv.repl.is_master() && !srv.repl.replicas.is_empty() && now - srv.repl.last_ping_ms >= period {
        srv.repl.last_ping_ms = now;
        if srv.pause.is_none() {
            let mut bytes = Vec::new();
            encode_command(&[b"ping"], &mut bytes);
            feed_stream(srv, &bytes, now);
        }
    }
}

/// replicationCron's "Disconnecting timedout replica (streaming sync)": an online replica whose
/// last REPLCONF ACK is older than repl-timeout is closed (it will reconnect and PSYNC).
fn disconnect_timed_out_replicas(srv: &mut Server, now: i64) {
    let timeout_ms = srv.config.int("repl-timeout").max(1) * 1000;
    let timed_out: Vec<(usize, String)> = srv
        .repl
        .replicas
        .iter()
        .filter_map(|&key| match srv.links.get(key) {
            Some(crate::server::Link::Client(c)) => {
                let r = c
                    .replica
                    .as_ref()
                    .filter(|r| r.online && now - r.ack_time_ms > timeout_ms)?;
                let ip = r.ip_address.clone().unwrap_or_else(|| c.addr.ip().to_string());
                Some((key, format!("{ip}:{}", r.listening_port)))
            }
            _ => None,
        })
        .collect();
    for (key, name) in timed_out {
        log::warn!("Disconnecting timedout replica (streaming sync): {name}");
        srv.close_client_later(key);
    }
}
