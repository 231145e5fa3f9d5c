//! The event loop: one `mio::Poll`, every link in the server's slab, two
//! timers (serverCron at `hz`, clusterCron every 100 ms) and a before-sleep
//! step that writes pending replies once per iteration and closes clients.
//! It mirrors Redis's ae loop.

use std::io::{self, ErrorKind, Write};
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicI32, Ordering};
use std::time::Duration;

use log::{debug, info, warn};
use mio::net::{TcpListener, TcpStream};
use mio::{Events, Interest, Poll, Token};
use socket2::{Domain, Protocol, Socket, TcpKeepalive, Type};

use crate::client::Client;
use crate::commands;
use crate::resp::{Limits, Reply};
use crate::server::{Link, Server, Shutdown};
use crate::util::time::mstime;

pub mod bus_links;
pub mod master_link;

/// Reads per readable event before yielding to other clients.
const MAX_READS_PER_EVENT: usize = 16;
/// Bytes read per read call (Redis's PROTO_IOBUF_LEN).
const IOBUF_LEN: usize = 16 * 1024;

/// Last signal received (SIGTERM/SIGINT), 0 for none.
static SIGNAL: AtomicI32 = AtomicI32::new(0);

extern "C" fn on_signal(sig: libc::c_int) {
    SIGNAL.store(sig, Ordering::Relaxed);
}

/// Install SIGTERM/SIGINT handlers and ignore SIGPIPE.
pub fn install_signal_handlers() {
    // SAFETY: the handler only stores into an atomic, which is async-signal-safe.
    unsafe {
        libc::signal(libc::SIGTERM, on_signal as *const () as libc::sighandler_t);
        libc::signal(libc::SIGINT, on_signal as *const () as libc::sighandler_t);
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);
    }
}

/// The running loop.
pub struct EventLoop {
    poll: Poll,
    pub srv: Server,
    listeners: Vec<usize>,
    bus_listeners: Vec<usize>,
    /// Bus links with queued output.
    bus_pending_writes: Vec<usize>,
    /// Clients that still had unread input when they yielded.
    pending_reads: Vec<usize>,
    next_server_cron: i64,
    next_cluster_cron: i64,
    last_replication_cron: i64,
}

/// Parse a `bind` entry: `*` is every IPv4 address, `::*` every IPv6 one, a
/// leading `-` marks the address optional (failure to bind is not fatal).
fn bind_target(entry: &str) -> (bool, String) {
    let (optional, addr) = match entry.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, entry),
    };
    let ip = match addr {
        "*" => "0.0.0.0",
        "::*" => "::",
        other => other,
    };
    (optional, ip.to_string())
}

fn open_listener(ip: &str, port: u16, backlog: i32) -> io::Result<TcpListener> {
    let ip: IpAddr = ip
        .parse()
        .map_err(|_| io::Error::new(ErrorKind::InvalidInput, "Invalid argument"))?;
    let addr = SocketAddr::new(ip, port);
    let socket = Socket::new(Domain::for_address(addr), Type::STREAM, Some(Protocol::TCP))?;
    socket.set_reuse_address(true)?;
    if addr.is_ipv6() {
        socket.set_only_v6(true)?;
    }
    socket.bind(&addr.into())?;
    socket.listen(backlog)?;
    socket.set_nonblocking(true)?;
    Ok(TcpListener::from_std(socket.into()))
}

impl EventLoop {
    /// Create the poller and listening sockets. Fails, like Redis, when a
    /// non-optional address cannot be bound.
    pub fn new(srv: Server) -> io::Result<EventLoop> {
        let poll = Poll::new()?;
        let now = mstime();
        let mut el = EventLoop {
            poll,
            srv,
            listeners: Vec::new(),
            bus_listeners: Vec::new(),
            bus_pending_writes: Vec::new(),
            pending_reads: Vec::new(),
            next_server_cron: now,
            next_cluster_cron: now,
            last_replication_cron: 0,
        };
        el.bind_listeners()?;
        el.bind_bus_listeners()?;
        Ok(el)
    }

    fn bind_listeners(&mut self) -> io::Result<()> {
        let port = self.srv.settings.port;
        if port == 0 {
            return Ok(());
        }
        let backlog = self.srv.config.int("tcp-backlog") as i32;
        let mut bound = Vec::new();
        for entry in self.srv.config.bind() {
            let (optional, ip) = bind_target(&entry);
            match open_listener(&ip, port, backlog) {
                Ok(listener) => bound.push(listener),
                Err(e)
                    if optional
                        && matches!(
                            e.raw_os_error(),
                            Some(libc::EAFNOSUPPORT | libc::EADDRNOTAVAIL | libc::EPROTONOSUPPORT)
                        ) =>
                {
                    debug!("Skipping optional bind address {entry}: {e}");
                }
                Err(e) => {
                    warn!(
                        "Warning: Could not create server TCP listening socket {}:{}: bind: {}",
                        ip_for_log(&entry),
                        port,
                        describe(&e)
                    );
                    return Err(io::Error::new(
                        e.kind(),
                        format!("Failed listening on port {port} (TCP), aborting."),
                    ));
                }
            }
        }
        for listener in &self.listeners {
            if let Some(Link::Listener(mut l)) = self.srv.links.try_remove(*listener) {
                let _ = self.poll.registry().deregister(&mut l);
            }
        }
        self.listeners.clear();
        for mut listener in bound {
            let entry = self.srv.links.vacant_entry();
            let key = entry.key();
            self.poll
                .registry()
                .register(&mut listener, Token(key), Interest::READABLE)?;
            entry.insert(Link::Listener(listener));
            self.listeners.push(key);
        }
        Ok(())
    }

    /// Run until shutdown. Returns the exit code.
    pub fn run(&mut self) -> i32 {
        let mut events = Events::with_capacity(1024);
        loop {
            let timeout = self.poll_timeout();
            if let Err(e) = self.poll.poll(&mut events, Some(timeout))
                && e.kind() != ErrorKind::Interrupted
            {
                warn!("poll failed: {e}");
            }
            for event in events.iter() {
                let key = event.token().0;
                match self.srv.links.get(key) {
                    Some(Link::Listener(_)) => {
                        self.accept(key);
                        continue;
                    }
                    Some(Link::BusListener(_)) => {
                        self.accept_bus(key);
                        continue;
                    }
                    Some(Link::Bus(_)) => {
                        let readable = event.is_readable() || event.is_read_closed() || event.is_error();
                        let writable = event.is_writable() || event.is_error();
                        self.bus_event(key, readable, writable);
                        continue;
                    }
                    Some(Link::Master(_)) => {
                        let readable = event.is_readable() || event.is_read_closed() || event.is_error();
                        let writable = event.is_writable() || event.is_error();
                        self.master_link_event(key, readable, writable);
                        continue;
                    }
                    _ => {}
                }
                if event.is_readable() || event.is_read_closed() || event.is_error() {
                    // Peer closed: read on to EOF even after a short read.
                    self.read_from_client(key, event.is_read_closed() || event.is_error());
                }
                if event.is_writable() {
                    self.write_to_client(key);
                }
            }
            self.resume_pending_reads();
            self.run_timers();
            if let Some(code) = self.check_shutdown() {
                return code;
            }
            if self.srv.rebind_requested {
                self.srv.rebind_requested = false;
                if let Err(e) = self.bind_listeners() {
                    warn!("Failed to re-bind listeners after CONFIG SET: {e}");
                }
            }
            self.before_sleep();
        }
    }

    fn poll_timeout(&self) -> Duration {
        if !self.pending_reads.is_empty() {
            return Duration::ZERO;
        }
        let mut next = self.next_server_cron.min(self.next_cluster_cron);
        if let Some(deadline) = crate::blocking::next_deadline(&self.srv) {
            next = next.min(deadline);
        }
        if let Some(deadline) = crate::pause::deadline(&self.srv) {
            next = next.min(deadline);
        }
        Duration::from_millis((next - mstime()).clamp(0, 1000) as u64)
    }

    fn accept(&mut self, listener_key: usize) {
        loop {
            let accepted = match self.srv.links.get(listener_key) {
                Some(Link::Listener(l)) => l.accept(),
                _ => return,
            };
            match accepted {
                Ok((stream, addr)) => self.register_client(stream, addr),
                Err(e) if e.kind() == ErrorKind::WouldBlock => return,
                Err(e) => {
                    warn!("Accepting client connection: {e}");
                    return;
                }
            }
        }
    }

    fn register_client(&mut self, mut stream: TcpStream, addr: SocketAddr) {
        self.srv.stats.total_connections_received += 1;
        if self.srv.connected_clients >= self.srv.settings.maxclients {
            let _ = stream.write(b"-ERR max number of clients reached\r\n");
            self.srv.stats.rejected_connections += 1;
            return;
        }
        if self.srv.settings.protected_mode && self.srv.settings.requirepass.is_none() && !addr.ip().is_loopback() {
            let _ = stream.write(PROTECTED_MODE_DENIED.as_bytes());
            self.srv.stats.rejected_connections += 1;
            return;
        }
        let _ = stream.set_nodelay(true);
        if self.srv.settings.tcp_keepalive > 0 {
            let keepalive = TcpKeepalive::new().with_time(Duration::from_secs(self.srv.settings.tcp_keepalive as u64));
            let _ = socket2::SockRef::from(&stream).set_tcp_keepalive(&keepalive);
        }
        let id = self.srv.next_client_id;
        self.srv.next_client_id += 1;
        let client = Client::new(id, stream, addr, mstime(), self.srv.settings.requirepass.is_some());
        let entry = self.srv.links.vacant_entry();
        let key = entry.key();
        let link = entry.insert(Link::Client(Box::new(client)));
        if let Link::Client(c) = link
            && let Err(e) = self
                .poll
                .registry()
                .register(&mut c.stream, Token(key), Interest::READABLE)
        {
            warn!("Registering client: {e}");
            self.srv.links.remove(key);
            return;
        }
        self.srv.connected_clients += 1;
        debug!("Accepted {addr}");
    }

    /// Read what the socket has (bounded), then run the complete commands.
    fn read_from_client(&mut self, key: usize, until_eof: bool) {
        let limit = self.srv.settings.client_query_buffer_limit;
        let mut reads = 0;
        loop {
            let Some(client) = self.srv.client(key) else { return };
            if client.close_asap {
                return;
            }
            if reads == MAX_READS_PER_EVENT {
                if !self.pending_reads.contains(&key) {
                    self.pending_reads.push(key);
                }
                return;
            }
            reads += 1;
            let want = IOBUF_LEN.max(client.parser.pending_bulk_bytes(client.qbuf.len()).min(1 << 20));
            let n = match read_into_spare(&client.stream, &mut client.qbuf, want) {
                Ok(n) => n,
                Err(e) => {
                    if e.kind() == ErrorKind::WouldBlock {
                        return;
                    }
                    if e.kind() == ErrorKind::Interrupted {
                        continue;
                    }
                    debug!("Reading from client: {e}");
                    self.free_client(key);
                    return;
                }
            };
            if n == 0 {
                debug!("Client closed connection {}", client.info_line(mstime(), None));
                // Redis writes replies before it notices the close; so do we.
                self.write_to_client(key);
                self.free_client(key);
                return;
            }
            client.last_interaction_ms = mstime();
            if client.qbuf.len() > limit && limit > 0 {
                warn!(
                    "Closing client that reached max query buffer length: {}",
                    client.info_line(mstime(), None)
                );
                self.free_client(key);
                return;
            }
            self.srv.stats.net_input_bytes += n as u64;
            self.process_input(key);
            // A short read emptied the socket: with edge-triggered epoll the
            // next arrival raises a new event, so skip the read that would
            // only return EAGAIN (one syscall less per request).
            if n < want && !until_eof {
                return;
            }
        }
    }

    fn resume_pending_reads(&mut self) {
        for key in std::mem::take(&mut self.pending_reads) {
            self.read_from_client(key, true);
        }
    }

    /// Parse and run every complete command in the client's read buffer.
    fn process_input(&mut self, key: usize) {
        let Some(client) = self.srv.client(key) else { return };
        let mut qbuf = std::mem::take(&mut client.qbuf);
        let mut parser = std::mem::take(&mut client.parser);
        let mut reply = std::mem::take(&mut client.reply);
        // CLIENT LIST run meanwhile still shows this client's protocol.
        client.reply.resp = reply.resp;
        let auth_required = !client.authenticated;
        let mut limits = Limits {
            max_bulk_len: self.srv.settings.proto_max_bulk_len,
            auth_required,
        };
        let now = mstime();
        // Master stream bytes already counted into the replication offset (a prefix of qbuf).
        let mut applied = 0usize;
        while let Some(client) = self.srv.client(key) {
            if client.close_after_reply || client.close_asap || client.blocked.is_some() || client.wait_repl {
                break;
            }
            let from_master = client.is_master;
            limits.auth_required = !client.authenticated;
            let args = match parser.next(&qbuf, limits) {
                Ok(Some(args)) => args,
                Ok(None) => break,
                Err(e) => {
                    reply.error(&format!("ERR {}", e.0));
                    info!(
                        "Protocol error ({}) from client: {}",
                        e.0,
                        client.info_line(mstime(), None)
                    );
                    client.close_after_reply = true;
                    break;
                }
            };
            if args.is_empty() {
                continue;
            }
            if !from_master && crate::pause::must_wait(&self.srv, &args, now) {
                parser.unread_command();
                self.srv.paused_clients.push(key);
                break;
            }
            self.run_command(key, &mut reply, &args, now);
            if from_master {
                self.account_master_stream(&qbuf, &mut applied, parser.consumed(), now);
            }
            if !self.srv.ready_keys.is_empty() {
                let served = crate::blocking::serve_ready_keys(&mut self.srv, now);
                self.srv.unblocked.extend(served);
            }
        }
        let consumed = parser.consumed();
        if std::mem::take(&mut self.srv.repl.ack_requested) {
            self.send_ack_into(&mut reply);
        }
        qbuf.drain(..consumed);
        parser.consumed_drained(consumed);
        if qbuf.capacity() > 64 * 1024 && qbuf.len() < qbuf.capacity() / 4 {
            qbuf.shrink_to(IOBUF_LEN.max(qbuf.len()));
        }
        let Some(client) = self.srv.client(key) else { return };
        client.qbuf = qbuf;
        client.parser = parser;
        client.reply = reply;
        self.srv.queue_write(key, now);
    }

    /// Run one command, honouring CLIENT REPLY OFF/SKIP and counting errors.
    fn run_command(&mut self, key: usize, reply: &mut Reply, args: &crate::resp::parse::Args, now: i64) {
        let mark = reply.buf.len();
        let errors_before = reply.errors;
        commands::dispatch(&mut self.srv, key, reply, args, now);
        if reply.errors != errors_before {
            self.srv.stats.total_error_replies += reply.errors - errors_before;
            if let Some(prefix) = reply.last_error_prefix.take() {
                *self.srv.stats.errorstats.entry(prefix).or_insert(0) += 1;
            }
        }
        if let Some(c) = self.srv.client(key) {
            // Redis decides at reply time, after the command changed the flags.
            if c.reply_off || c.reply_skip || c.is_master {
                reply.buf.truncate(mark);
            }
            // resetClient: SKIP lasts one command; SKIP_NEXT turns into SKIP.
            c.reply_skip = std::mem::take(&mut c.reply_skip_next);
        }
    }

    /// Write as much pending output as the socket takes.
    fn write_to_client(&mut self, key: usize) {
        let Some(client) = self.srv.client(key) else { return };
        if client.close_asap || client.replica.as_ref().is_some_and(|r| r.in_child_transfer) {
            // A diskless transfer child owns the socket meanwhile.
            return;
        }
        let mut written_total = 0u64;
        while client.sent < client.reply.buf.len() {
            match client.stream.write(&client.reply.buf[client.sent..]) {
                Ok(0) => break,
                Ok(n) => {
                    client.sent += n;
                    written_total += n as u64;
                }
                Err(e) if e.kind() == ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => {
                    debug!("Error writing to client: {e}");
                    self.free_client(key);
                    return;
                }
            }
        }
        self.srv.stats.net_output_bytes += written_total;
        let Some(client) = self.srv.client(key) else { return };
        let done = client.sent == client.reply.buf.len();
        if done {
            client.reply.buf.clear();
            client.sent = 0;
            if client.reply.buf.capacity() > 1 << 20 {
                client.reply.buf.shrink_to(IOBUF_LEN);
            }
            if client.close_after_reply {
                self.free_client(key);
                return;
            }
        }
        if done == client.want_write {
            client.want_write = !done;
            let interest = if done {
                Interest::READABLE
            } else {
                Interest::READABLE | Interest::WRITABLE
            };
            if let Err(e) = self
                .poll
                .registry()
                .reregister(&mut client.stream, Token(key), interest)
            {
                warn!("Re-registering client: {e}");
            }
        }
    }

    /// Write pending replies (one write per client per iteration) and close
    /// clients marked for closing.
    fn before_sleep(&mut self) {
        let now = mstime();
        let timed_out = crate::blocking::expire_timeouts(&mut self.srv, now);
        self.srv.unblocked.extend(timed_out);
        crate::pause::expire(&mut self.srv, now);
        self.close_flagged_links();
        // Outside command handlers: a transfer writes +FULLRESYNC straight to the sockets.
        crate::replication::diskless::start_pending(&mut self.srv, now);
        let released = crate::replication::before_sleep(&mut self.srv, now);
        self.srv.unblocked.extend(released);
        self.cluster_before_sleep();
        // Unblocked clients may have pipelined commands waiting in their buffers.
        while !self.srv.unblocked.is_empty() {
            for key in std::mem::take(&mut self.srv.unblocked) {
                self.process_input(key);
            }
        }
        for key in std::mem::take(&mut self.srv.pending_writes) {
            if let Some(c) = self.srv.client(key) {
                c.write_queued = false;
            }
            self.write_to_client(key);
        }
        self.flush_bus_writes();
        for key in std::mem::take(&mut self.srv.pending_close) {
            // The slab key may have been reused by a new client since.
            if self.srv.client(key).is_some_and(|c| c.close_asap) {
                self.free_client(key);
            }
        }
    }

    fn free_client(&mut self, key: usize) {
        if !matches!(self.srv.links.get(key), Some(Link::Client(_))) {
            return;
        }
        crate::blocking::unblock(&mut self.srv, key);
        crate::replication::forget_replica(&mut self.srv, key);
        self.srv.repl.waiters.retain(|w| w.client != key);
        if self.srv.repl.master_key == Some(key) {
            self.srv.repl.master_key = None;
            self.srv.repl.down_since_ms = mstime();
            if !self.srv.repl.is_master() {
                self.srv.repl.link_state = crate::replication::LinkState::Connect;
            }
        }
        crate::commands::multi::unwatch_all(&mut self.srv, key);
        crate::commands::pubsub::unsubscribe_all(&mut self.srv, key);
        if let Some(Link::Client(mut client)) = self.srv.links.try_remove(key) {
            let _ = self.poll.registry().deregister(&mut client.stream);
            self.srv.connected_clients -= 1;
        }
    }

    fn run_timers(&mut self) {
        let now = mstime();
        if now >= self.next_server_cron {
            self.server_cron(now);
            self.next_server_cron = now + 1000 / self.srv.hz_effective.max(1) as i64;
        }
        if now >= self.next_cluster_cron {
            self.cluster_cron(now);
            self.next_cluster_cron = now + crate::cluster::CRON_PERIOD_MS;
        }
    }

    /// serverCron: client timeouts, active expiry, stats samples, signals.
    fn server_cron(&mut self, now: i64) {
        self.srv.cron_loops += 1;
        self.srv.stats.sample(now);
        self.close_idle_clients(now);
        if now - self.last_replication_cron >= 1000 {
            self.last_replication_cron = now;
            self.replication_cron(now);
            self.srv.migrate_sockets.close_idle(now);
        }
        let redirected = crate::blocking::redirect_in_cluster(&mut self.srv, now);
        self.srv.unblocked.extend(redirected);
        if self.srv.active_expire_enabled {
            self.active_expire_cycle(now);
        }
        // Reap the RDB child, save points, scheduled BGSAVE.
        crate::persistence::cron(&mut self.srv, now);
        for key in crate::replication::finish_snapshot(&mut self.srv, now) {
            self.free_client(key);
        }
        let sig = SIGNAL.swap(0, Ordering::Relaxed);
        if sig != 0 && self.srv.shutdown.is_none() {
            let (name, directive) = if sig == libc::SIGINT {
                ("SIGINT", "shutdown-on-sigint")
            } else {
                ("SIGTERM", "shutdown-on-sigterm")
            };
            warn!("Received {name} scheduling shutdown...");
            let words = self.srv.config.get_one(directive).unwrap_or_default();
            let flags = crate::persistence::ShutdownFlags::from_config_words(&words);
            if crate::persistence::prepare_shutdown(&mut self.srv, flags, now).is_ok() {
                // Saved already (if at all): check_shutdown only exits.
                self.srv.shutdown = Some(Shutdown::NoSave);
            } else {
                warn!("{name} received but errors trying to shut down the server, check the logs for more information");
            }
        }
    }

    fn close_idle_clients(&mut self, now: i64) {
        let timeout = self.srv.settings.timeout_secs;
        if timeout <= 0 {
            return;
        }
        let idle: Vec<usize> = self
            .srv
            .clients()
            .filter(|(_, c)| (now - c.last_interaction_ms) / 1000 > timeout)
            .map(|(k, _)| k)
            .collect();
        for key in idle {
            debug!("Closing idle client");
            self.free_client(key);
        }
    }

    /// Redis 7.0's slow activeExpireCycle: per db, sample 20 volatile keys,
    /// repeat while more than 10% of the sample had expired, within a time
    /// budget of 25% of a cron period.
    fn active_expire_cycle(&mut self, now: i64) {
        const KEYS_PER_LOOP: usize = 20;
        const ACCEPTABLE_STALE_PERCENT: usize = 10;
        let budget_us = 1_000_000 * 25 / 100 / self.srv.hz_effective.max(1) as i64;
        let start = crate::util::time::ustime();
        let srv = &mut self.srv;
        for db in srv.dbs.iter_mut() {
            let mut iterations = 0;
            loop {
                let (sampled, expired) = db.expire_sample(KEYS_PER_LOOP, now, &mut srv.rng);
                if sampled == 0 || expired * 100 / sampled <= ACCEPTABLE_STALE_PERCENT {
                    break;
                }
                iterations += 1;
                if iterations % 16 == 0 && crate::util::time::ustime() - start > budget_us {
                    return;
                }
            }
        }
    }

    /// Exit when a shutdown was requested: returns the exit code.
    fn check_shutdown(&mut self) -> Option<i32> {
        if SIGNAL.load(Ordering::Relaxed) != 0 {
            self.server_cron(mstime());
        }
        let kind = self.srv.shutdown?;
        // SHUTDOWN and signals save before setting NoSave; any other
        // request still gets finishShutdown's save step here.
        if kind != Shutdown::NoSave {
            let flags = crate::persistence::ShutdownFlags {
                save: kind == Shutdown::Save,
                ..Default::default()
            };
            if crate::persistence::prepare_shutdown(&mut self.srv, flags, mstime()).is_err() {
                self.srv.shutdown = None;
                return None;
            }
        }
        if self.srv.rdb_child.is_some() {
            warn!("There is a child saving an .rdb. Killing it!");
            crate::persistence::kill_child(&mut self.srv);
        }
        // Flush what clients are owed (e.g. replies before SHUTDOWN in a pipeline).
        self.before_sleep();
        let pidfile = self.srv.config.str("pidfile").to_string();
        if !pidfile.is_empty() {
            info!("Removing the pid file.");
            let _ = std::fs::remove_file(&pidfile);
        }
        warn!("Redis is now ready to exit, bye bye...");
        Some(0)
    }
}

impl EventLoop {
    /// The master client processed commands up to `consumed` bytes of `qbuf`: count them into the
    /// replication offset and feed them, verbatim, to my own backlog (so a promoted replica can
    /// serve PSYNC from its former siblings).
    fn account_master_stream(&mut self, qbuf: &[u8], applied: &mut usize, consumed: usize, now: i64) {
        let new = qbuf.get(*applied..consumed).unwrap_or_default();
        *applied = consumed;
        let repl = &mut self.srv.repl;
        repl.offset += new.len() as u64;
        if let Some(b) = repl.backlog.as_mut() {
            b.append(new);
        }
        repl.master_last_interaction_ms = now;
    }

    /// REPLCONF ACK <offset> appended to the master client's output (answer to GETACK).
    fn send_ack_into(&mut self, reply: &mut Reply) {
        let offset = self.srv.repl.offset.to_string();
        crate::replication::encode_command(&[b"REPLCONF", b"ACK", offset.as_bytes()], &mut reply.buf);
    }
}

/// Read up to `want` bytes from the socket straight into the spare capacity
/// of `buf` (no zero-filling of a 16 KB buffer per read), extending its length.
fn read_into_spare(stream: &TcpStream, buf: &mut Vec<u8>, want: usize) -> io::Result<usize> {
    use std::os::fd::AsRawFd;
    buf.reserve(want);
    let spare = buf.spare_capacity_mut();
    let len = spare.len().min(want);
    // SAFETY: read(2) writes at most `len` bytes into memory we own through a
    // raw pointer; only the bytes it reports written are exposed by set_len.
    let n = unsafe { libc::read(stream.as_raw_fd(), spare.as_mut_ptr().cast(), len) };
    if n < 0 {
        return Err(io::Error::last_os_error());
    }
    let n = n as usize;
    // SAFETY: the kernel initialised exactly `n` bytes after the old length.
    unsafe { buf.set_len(buf.len() + n) };
    Ok(n)
}

fn ip_for_log(entry: &str) -> &str {
    entry.trim_start_matches('-')
}

fn describe(e: &io::Error) -> String {
    match e.raw_os_error() {
        Some(code) => {
            // SAFETY: strerror returns a pointer to a static NUL-terminated string.
            let msg = unsafe { std::ffi::CStr::from_ptr(libc::strerror(code)) };
            msg.to_string_lossy().into_owned()
        }
        None => e.to_string(),
    }
}

const PROTECTED_MODE_DENIED: &str = "-DENIED Redis is running in protected mode because protected mode is enabled and no password is set for the default user. In this mode connections are only accepted from the loopback interface. If you want to connect from external computers to Redis you may adopt one of the following solutions: 1) Just disable protected mode sending the command 'CONFIG SET protected-mode no' from the loopback interface by connecting to Redis from the same host the server is running, however MAKE SURE Redis is not publicly accessible from internet if you do so. Use CONFIG REWRITE to make this change permanent. 2) Alternatively you can just disable the protected mode by editing the Redis configuration file, and setting the protected mode option to 'no', and then restarting the server. 3) If you started the server manually just for testing, restart it with the '--protected-mode no' option. 4) Setup a bind address or an authentication password. NOTE: You only need to do one of the above things in order for the server to start accepting connections from the outside.\r\n";
