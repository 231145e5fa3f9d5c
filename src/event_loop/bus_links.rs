//! The cluster bus side of the event loop: the bus listener, one [`BusConn`] per core link (accepted
//! or connected), reading frames into [`crate::cluster::core::Core::handle`], and carrying out the
//! core's outputs (connect, send, close, deliver PUBLISH, drop keys of lost slots). Writes are
//! buffered per link and flushed once per loop iteration, after nodes.conf is saved.

use std::io::{self, ErrorKind, Read, Write};
use std::net::SocketAddr;
use std::time::Duration;

use log::{debug, warn};
use mio::net::TcpStream;
use mio::{Interest, Token};
use socket2::TcpKeepalive;

use super::EventLoop;
use crate::cluster::bus::{Event, FrameReader};
use crate::cluster::core::Output;
use crate::cluster::node::LinkId;
use crate::server::Link;
use crate::util::time::mstime;

/// Bytes read per read call on a bus link.
const BUS_READ_LEN: usize = 16 * 1024;
/// Largest message we accept (a PUBLISH can be large; 7.0.15 has no bound). 512 MB as proto-max-bulk-len.
const MAX_BUS_FRAME: u32 = 512 * 1024 * 1024 + 8192;

/// One cluster bus connection.
pub struct BusConn {
    pub stream: TcpStream,
    pub core_link: LinkId,
    reader: FrameReader,
    pub sendbuf: Vec<u8>,
    sent: usize,
    connecting: bool,
    want_write: bool,
    write_queued: bool,
}

impl BusConn {
    fn new(stream: TcpStream, core_link: LinkId, connecting: bool) -> BusConn {
        BusConn {
            stream,
            core_link,
            reader: FrameReader::with_max_len(MAX_BUS_FRAME),
            sendbuf: Vec::new(),
            sent: 0,
            connecting,
            want_write: connecting,
            write_queued: false,
        }
    }

    /// Bytes queued and not yet written.
    pub fn pending(&self) -> usize {
        self.sendbuf.len() - self.sent
    }

    /// Bytes allocated for the send buffer.
    pub fn allocated(&self) -> usize {
        self.sendbuf.capacity()
    }
}

fn ip_text(addr: io::Result<SocketAddr>) -> String {
    addr.map(|a| a.ip().to_string()).unwrap_or_default()
}

impl EventLoop {
    /// Accept bus connections (clusterAcceptHandler).
    pub(super) fn accept_bus(&mut self, listener_key: usize) {
        loop {
            let accepted = match self.srv.links.get(listener_key) {
                Some(Link::BusListener(l)) => l.accept(),
                _ => return,
            };
            match accepted {
                Ok((stream, addr)) => self.register_bus_inbound(stream, addr),
                Err(e) if e.kind() == ErrorKind::WouldBlock => return,
                Err(e) => {
                    debug!("Error accepting cluster node: {e}");
                    return;
                }
            }
        }
    }

    fn register_bus_inbound(&mut self, stream: TcpStream, addr: SocketAddr) {
        let now = mstime();
        let _ = stream.set_nodelay(true);
        let Some(cluster) = self.srv.cluster.as_mut() else {
            return;
        };
        let keepalive_secs = (cluster.core.cfg.node_timeout / 1000 * 2).max(1) as u64;
        let keepalive = TcpKeepalive::new().with_time(Duration::from_secs(keepalive_secs));
        let _ = socket2::SockRef::from(&stream).set_tcp_keepalive(&keepalive);
        let local = ip_text(stream.local_addr());
        let link = cluster.core.accept_link(&addr.ip().to_string(), &local, now);
        debug!("Accepting cluster node connection from {addr}");
        self.insert_bus_conn(BusConn::new(stream, link, false), Interest::READABLE);
    }

    fn insert_bus_conn(&mut self, conn: BusConn, interest: Interest) {
        let link = conn.core_link;
        let entry = self.srv.links.vacant_entry();
        let key = entry.key();
        let inserted = entry.insert(Link::Bus(Box::new(conn)));
        let Link::Bus(c) = inserted else { return };
        if let Err(e) = self.poll.registry().register(&mut c.stream, Token(key), interest) {
            warn!("Registering cluster link: {e}");
            self.srv.links.remove(key);
            self.core_link_closed(link);
            return;
        }
        self.srv.bus_keys.insert(link, key);
    }

    fn bus_conn(&mut self, key: usize) -> Option<&mut BusConn> {
        match self.srv.links.get_mut(key) {
            Some(Link::Bus(c)) => Some(c),
            _ => None,
        }
    }

    /// A readable/writable event on a bus link.
    pub(super) fn bus_event(&mut self, key: usize, readable: bool, writable: bool) {
        if writable {
            self.bus_writable(key);
        }
        if readable {
            self.read_bus(key);
        }
    }

    fn bus_writable(&mut self, key: usize) {
        let Some(conn) = self.bus_conn(key) else { return };
        if conn.connecting {
            // mio's recipe for a non-blocking connect: an error, not connected yet, or done.
            let failed = match conn.stream.take_error() {
                Ok(Some(e)) | Err(e) => Some(e),
                Ok(None) => match conn.stream.peer_addr() {
                    Ok(_) => None,
                    Err(e) if e.kind() == ErrorKind::NotConnected => return,
                    Err(e) if e.raw_os_error() == Some(libc::EINPROGRESS) => return,
                    Err(e) => Some(e),
                },
            };
            let link = conn.core_link;
            if let Some(e) = failed {
                debug!("Connection with cluster node failed: {e}");
                self.drop_bus_conn(key);
                self.core_link_closed(link);
                return;
            }
            conn.connecting = false;
            let local = ip_text(conn.stream.local_addr());
            let now = mstime();
            if let Some(cluster) = self.srv.cluster.as_mut() {
                cluster.core.link_connected(link, &local, now);
            }
            self.apply_cluster_outputs();
        }
        self.flush_bus(key);
    }

    fn read_bus(&mut self, key: usize) {
        let mut buf = [0u8; BUS_READ_LEN];
        loop {
            let Some(conn) = self.bus_conn(key) else { return };
            if conn.connecting {
                return;
            }
            let link = conn.core_link;
            match conn.stream.read(&mut buf) {
                Ok(0) => {
                    debug!("I/O error reading from node link: connection closed");
                    self.drop_bus_conn(key);
                    self.core_link_closed(link);
                    return;
                }
                Ok(n) => {
                    conn.reader.push(&buf[..n]);
                    if !self.process_bus_frames(key, link) {
                        return;
                    }
                }
                Err(e) if e.kind() == ErrorKind::WouldBlock => return,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => {
                    debug!("I/O error reading from node link: {e}");
                    self.drop_bus_conn(key);
                    self.core_link_closed(link);
                    return;
                }
            }
        }
    }

    /// Hands every complete frame to the core; false once the link is gone.
    fn process_bus_frames(&mut self, key: usize, link: LinkId) -> bool {
        loop {
            let Some(conn) = self.bus_conn(key) else { return false };
            if conn.core_link != link {
                return false;
            }
            let event = match conn.reader.next_event() {
                Ok(Some(ev)) => ev,
                Ok(None) => return true,
                Err(reason) => {
                    warn!("Bad message length or signature received from Cluster bus. ({reason:?})");
                    self.drop_bus_conn(key);
                    self.core_link_closed(link);
                    return false;
                }
            };
            let now = mstime();
            // Headers carry the replication offset: keep it current (manual failover compares it).
            self.report_replication_to_core();
            let Some(cluster) = self.srv.cluster.as_mut() else {
                return false;
            };
            match event {
                Event::Message(msg) => {
                    let len = crate::cluster::bus::encoded_len(&msg).unwrap_or(0);
                    cluster.core.handle(link, &msg, len, now);
                }
                Event::Discarded { len, kind, reason } => {
                    cluster.core.count_received(kind, len);
                    warn!(
                        "Received invalid {} packet of length {len}: {reason:?}",
                        crate::cluster::bus::type_name(kind)
                    );
                }
            }
            self.apply_cluster_outputs();
        }
    }

    /// The core says the link is gone (already forgotten there).
    fn core_link_closed(&mut self, link: LinkId) {
        let now = mstime();
        if let Some(cluster) = self.srv.cluster.as_mut() {
            cluster.core.link_closed(link, now);
        }
        self.apply_cluster_outputs();
    }

    fn drop_bus_conn(&mut self, key: usize) {
        if let Some(Link::Bus(mut conn)) = self.srv.links.try_remove(key) {
            let _ = self.poll.registry().deregister(&mut conn.stream);
            if self.srv.bus_keys.get(&conn.core_link) == Some(&key) {
                self.srv.bus_keys.remove(&conn.core_link);
            }
        }
    }

    /// Carries out everything the core asked for.
    pub(super) fn apply_cluster_outputs(&mut self) {
        loop {
            let Some(cluster) = self.srv.cluster.as_mut() else {
                return;
            };
            let outputs = cluster.core.take_outputs();
            if outputs.is_empty() {
                return;
            }
            for out in outputs {
                self.apply_output(out);
            }
        }
    }

    fn apply_output(&mut self, out: Output) {
        match out {
            Output::Connect { link, ip, port } => self.connect_bus(link, &ip, port),
            Output::Send { link, bytes } => {
                let Some(&key) = self.srv.bus_keys.get(&link) else {
                    return;
                };
                let Some(conn) = self.bus_conn(key) else { return };
                conn.sendbuf.extend_from_slice(&bytes);
                if !conn.write_queued {
                    conn.write_queued = true;
                    self.bus_pending_writes.push(key);
                }
            }
            Output::Close { link } => {
                if let Some(key) = self.srv.bus_keys.remove(&link) {
                    self.drop_bus_conn(key);
                }
            }
            Output::Deliver {
                channel,
                message,
                shard,
            } => {
                // A received PUBLISHSHARD reaches shard channel subscribers only, PUBLISH the others.
                let mut sink = crate::resp::Reply::new(2);
                let deliver = match shard {
                    true => crate::commands::pubsub::publish_shard_local,
                    false => crate::commands::pubsub::publish_local,
                };
                deliver(&mut self.srv, (usize::MAX, &mut sink), &channel, &message, mstime());
            }
            Output::RemoveShardChannels(slots) => {
                crate::commands::pubsub::remove_shard_channels_in_slots(&mut self.srv, &slots, mstime());
            }
            Output::DeleteKeysInSlots(slots) => {
                for slot in slots {
                    let keys: Vec<Vec<u8>> = self.srv.dbs[0]
                        .keys_in_slot(slot, usize::MAX)
                        .map(<[u8]>::to_vec)
                        .collect();
                    for k in keys {
                        self.srv.dbs[0].remove(&k);
                    }
                }
            }
            Output::ReplicateFrom { ip, port } => {
                if ip.is_empty() {
                    warn!("My master's address is unknown yet: replication waits for it");
                } else {
                    super::master_link::set_master(&mut self.srv, &ip, port);
                }
            }
            Output::StopReplication => super::master_link::unset_master(&mut self.srv),
            // One pause slot for CLIENT PAUSE and manual failover (Redis keeps a pause per purpose).
            Output::PauseWrites { until } => crate::pause::pause(&mut self.srv, until, true),
            Output::UnpauseWrites => crate::pause::unpause(&mut self.srv),
        }
    }

    fn connect_bus(&mut self, link: LinkId, ip: &str, port: u16) {
        let addr = match ip.parse::<std::net::IpAddr>() {
            Ok(a) => SocketAddr::new(a, port),
            Err(_) => {
                self.core_link_closed(link);
                return;
            }
        };
        match TcpStream::connect(addr) {
            Ok(stream) => {
                let _ = stream.set_nodelay(true);
                self.insert_bus_conn(
                    BusConn::new(stream, link, true),
                    Interest::READABLE | Interest::WRITABLE,
                );
            }
            Err(e) => {
                debug!("Unable to connect to Cluster Node [{ip}]:{port} -> {e}");
                self.core_link_closed(link);
            }
        }
    }

    /// Writes queued bus messages (once per loop iteration).
    pub(super) fn flush_bus_writes(&mut self) {
        for key in std::mem::take(&mut self.bus_pending_writes) {
            if let Some(conn) = self.bus_conn(key) {
                conn.write_queued = false;
            }
            self.flush_bus(key);
        }
    }

    fn flush_bus(&mut self, key: usize) {
        let conn = match self.srv.links.get_mut(key) {
            Some(Link::Bus(c)) => c,
            _ => return,
        };
        if conn.connecting {
            return;
        }
        let link = conn.core_link;
        while conn.sent < conn.sendbuf.len() {
            match conn.stream.write(&conn.sendbuf[conn.sent..]) {
                Ok(0) => break,
                Ok(n) => conn.sent += n,
                Err(e) if e.kind() == ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => {
                    debug!("Error writing to cluster link: {e}");
                    self.drop_bus_conn(key);
                    self.core_link_closed(link);
                    return;
                }
            }
        }
        let done = conn.sent == conn.sendbuf.len();
        if done {
            conn.sendbuf.clear();
            conn.sent = 0;
            if conn.sendbuf.capacity() > 1 << 20 {
                conn.sendbuf.shrink_to(BUS_READ_LEN);
            }
        }
        if done == conn.want_write {
            conn.want_write = !done;
            let interest = if done {
                Interest::READABLE
            } else {
                Interest::READABLE | Interest::WRITABLE
            };
            let _ = self.poll.registry().reregister(&mut conn.stream, Token(key), interest);
        }
    }

    /// clusterCron plus the shell's part: free links whose send buffer broke
    /// cluster-link-sendbuf-limit.
    pub(super) fn cluster_cron(&mut self, now: i64) {
        let limit = self.srv.config.int("cluster-link-sendbuf-limit").max(0) as usize;
        if limit > 0 {
            let over: Vec<(usize, LinkId)> = self
                .srv
                .links
                .iter()
                .filter_map(|(k, l)| match l {
                    Link::Bus(c) if c.pending() > limit => Some((k, c.core_link)),
                    _ => None,
                })
                .collect();
            for (key, link) in over {
                self.drop_bus_conn(key);
                if let Some(cluster) = self.srv.cluster.as_mut() {
                    cluster.core.stats.links_buffer_limit_exceeded += 1;
                    cluster.core.link_closed(link, now);
                }
            }
        }
        self.report_replication_to_core();
        if let Some(cluster) = self.srv.cluster.as_mut() {
            cluster.core.tick(now);
        }
        self.apply_cluster_outputs();
    }

    /// The core reads offsets and link state from here (ranks, data age, manual failover).
    fn report_replication_to_core(&mut self) {
        let repl = &self.srv.repl;
        let status = crate::cluster::core::ReplStatus {
            offset: repl.offset,
            link_up: repl.link_state == crate::replication::LinkState::Connected,
            last_interaction_ms: repl.master_last_interaction_ms,
            down_since_ms: repl.down_since_ms,
            configured: !repl.is_master(),
        };
        if let Some(cluster) = self.srv.cluster.as_mut() {
            cluster.core.set_repl(status);
        }
    }

    /// clusterBeforeSleep: state update and the nodes.conf save, before any reply or bus write.
    pub(super) fn cluster_before_sleep(&mut self) {
        let now = mstime();
        self.report_replication_to_core();
        let Some(cluster) = self.srv.cluster.as_mut() else {
            return;
        };
        if let Some(fsync) = cluster.core.before_sleep(now) {
            cluster.save_or_die(fsync);
        }
        self.apply_cluster_outputs();
    }

    /// Opens the bus listener on every bind address.
    pub(super) fn bind_bus_listeners(&mut self) -> io::Result<()> {
        if self.srv.cluster.is_none() {
            return Ok(());
        }
        let cport = self.srv.bus_port;
        let backlog = self.srv.config.int("tcp-backlog") as i32;
        for entry in self.srv.config.bind() {
            let (optional, ip) = super::bind_target(&entry);
            match super::open_listener(&ip, cport, backlog) {
                Ok(mut listener) => {
                    let entry = self.srv.links.vacant_entry();
                    let key = entry.key();
                    self.poll
                        .registry()
                        .register(&mut listener, Token(key), Interest::READABLE)?;
                    entry.insert(Link::BusListener(listener));
                    self.bus_listeners.push(key);
                }
                Err(e) if optional => debug!("Skipping optional cluster bus bind address {entry}: {e}"),
                Err(e) => {
                    warn!("Could not bind cluster bus port {ip}:{cport}: {}", super::describe(&e));
                    return Err(io::Error::new(
                        e.kind(),
                        format!("Failed listening on port {cport} (cluster), aborting."),
                    ));
                }
            }
        }
        Ok(())
    }
}

/// Used by CLUSTER LINKS: (send-buffer-allocated, send-buffer-used, events) of a core link.
pub fn link_buffers(srv: &crate::server::Server, conn_key: Option<&usize>) -> (usize, usize, &'static str) {
    match conn_key.and_then(|k| srv.links.get(*k)) {
        Some(Link::Bus(c)) => (c.allocated(), c.pending(), if c.want_write { "rw" } else { "r" }),
        _ => (0, 0, ""),
    }
}
