//! A client connection: its socket, read buffer and parser state, output
//! buffer, and the per-connection state commands read and change (selected
//! db, name, auth, RESP version lives in the reply writer).

use std::net::SocketAddr;

use mio::net::TcpStream;

use crate::resp::{Reply, RequestParser};

/// One connected client.
pub struct Client {
    pub id: u64,
    pub stream: TcpStream,
    pub addr: SocketAddr,
    pub laddr: SocketAddr,
    pub fd: i32,
    /// Bytes read and not yet consumed by complete commands.
    pub qbuf: Vec<u8>,
    pub parser: RequestParser,
    /// Pending output and the protocol version.
    pub reply: Reply,
    /// Bytes at the front of `reply.buf` already written to the socket.
    pub sent: usize,
    pub db: usize,
    pub name: Option<Vec<u8>>,
    pub authenticated: bool,
    pub created_ms: i64,
    pub last_interaction_ms: i64,
    /// Name of the last command run (CLIENT LIST `cmd=`).
    pub last_cmd: &'static str,
    /// CLIENT REPLY state: OFF, SKIP (this command), SKIP_NEXT (the next one).
    pub reply_off: bool,
    pub reply_skip: bool,
    pub reply_skip_next: bool,
    pub no_evict: bool,
    /// Close once the pending output is written (QUIT, protocol errors).
    pub close_after_reply: bool,
    /// Close at the next opportunity without writing anything more.
    pub close_asap: bool,
    /// WRITABLE interest is registered.
    pub want_write: bool,
    /// Already queued in the server's pending-write list.
    pub write_queued: bool,
    /// When the output buffer first went over the soft limit.
    pub obuf_soft_since: Option<i64>,
    /// Commands queued since MULTI (None outside a transaction).
    pub multi: Option<crate::commands::multi::MultiState>,
    /// EXEC is running this client's queued commands.
    pub in_exec: bool,
    /// Keys this client WATCHes, and whether one was modified since.
    pub watched: Vec<(usize, Box<[u8]>)>,
    pub dirty_cas: bool,
    /// Blocked on keys (BLPOP and friends).
    pub blocked: Option<crate::blocking::Blocked>,
    /// Pub/Sub subscriptions, in subscription order.
    pub channels: indexmap::IndexSet<Box<[u8]>>,
    pub patterns: indexmap::IndexSet<Box<[u8]>>,
    /// Cluster READONLY and ASKING flags.
    pub readonly: bool,
    pub asking: bool,
    /// This connection is a replica of ours (after REPLCONF/PSYNC).
    pub replica: Option<crate::replication::ReplicaInfo>,
    /// This connection is our master: its commands run without replies.
    pub is_master: bool,
    /// Blocked in WAIT.
    pub wait_repl: bool,
}

impl Client {
    /// A new client for an accepted socket.
    pub fn new(id: u64, stream: TcpStream, addr: SocketAddr, now_ms: i64, auth_needed: bool) -> Client {
        let laddr = stream.local_addr().unwrap_or(addr);
        let fd = {
            use std::os::fd::AsRawFd;
            stream.as_raw_fd()
        };
        Client {
            id,
            stream,
            addr,
            laddr,
            fd,
            qbuf: Vec::new(),
            parser: RequestParser::default(),
            reply: Reply::new(2),
            sent: 0,
            db: 0,
            name: None,
            authenticated: !auth_needed,
            created_ms: now_ms,
            last_interaction_ms: now_ms,
            last_cmd: "NULL",
            reply_off: false,
            reply_skip: false,
            reply_skip_next: false,
            no_evict: false,
            close_after_reply: false,
            close_asap: false,
            want_write: false,
            write_queued: false,
            obuf_soft_since: None,
            multi: None,
            in_exec: false,
            watched: Vec::new(),
            dirty_cas: false,
            blocked: None,
            channels: Default::default(),
            patterns: Default::default(),
            readonly: false,
            asking: false,
            replica: None,
            is_master: false,
            wait_repl: false,
        }
    }

    /// Output bytes not yet written.
    pub fn pending_output(&self) -> usize {
        self.reply.buf.len() - self.sent
    }

    /// The client's line in CLIENT LIST / CLIENT INFO, without the newline,
    /// in Redis 7.0's field order.
    pub fn info_line(&self, now_ms: i64, current_cmd: Option<&str>) -> String {
        let flags = if self.is_master {
            "M"
        } else if self.replica.as_ref().is_some_and(|r| r.online) {
            "S"
        } else if self.blocked.is_some() {
            "b"
        } else if self.multi.is_some() {
            "x"
        } else if !self.channels.is_empty() || !self.patterns.is_empty() {
            "P"
        } else {
            "N"
        };
        let cmd = current_cmd.unwrap_or(self.last_cmd);
        format!(
            "id={} addr={} laddr={} fd={} name={} age={} idle={} flags={} db={} sub=0 psub=0 ssub=0 multi=-1 qbuf={} qbuf-free={} argv-mem=0 multi-mem=0 rbs={} rbp=0 obl={} oll=0 omem=0 tot-mem={} events=r{} cmd={} user=default redir=-1 resp={}",
            self.id,
            self.addr,
            self.laddr,
            self.fd,
            self.name.as_deref().map(String::from_utf8_lossy).unwrap_or_default(),
            (now_ms - self.created_ms) / 1000,
            (now_ms - self.last_interaction_ms) / 1000,
            flags,
            self.db,
            self.qbuf.len(),
            self.qbuf.capacity() - self.qbuf.len(),
            self.qbuf.capacity(),
            self.pending_output(),
            self.qbuf.capacity() + self.reply.buf.capacity(),
            if self.want_write { "w" } else { "" },
            cmd,
            self.reply.resp,
        )
    }
}
