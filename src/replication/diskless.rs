//! Diskless full sync (`repl-diskless-sync yes`, Redis 7.0's default): replicas that announced
//! `capa eof` wait up to `repl-diskless-sync-delay` seconds for others to join
//! (`repl-diskless-sync-max-replicas` of them start it early), then each gets `+FULLRESYNC` with
//! the offset of the fork and a forked child writes `$EOF:<40 hex mark>\r\n`, the RDB and the mark
//! straight to their sockets; no file is written. Meanwhile the parent holds back any output for
//! those replicas and keeps the stream for them; when the child ends, they go online with that
//! stream (or are dropped if the child failed, so they reconnect and sync again).
//!
//! Redis 7.0 relays the child's output through a pipe and learns per replica which transfers
//! failed; here the child writes the sockets itself and a failure drops every replica of that
//! transfer.

use std::path::PathBuf;

use crate::persistence::Purpose;
use crate::server::{Link, Server};

/// Should a full sync for a replica with (or without) `capa eof` go diskless?
pub fn wanted(srv: &Server, capa_eof: bool) -> bool {
    capa_eof && srv.config.bool("repl-diskless-sync")
}

/// Queue replica `key` for the next diskless transfer (the PSYNC handler); the loop starts it
/// ([`start_pending`], before it sleeps) at once when no delay is configured.
pub fn queue(srv: &mut Server, key: usize, now: i64) {
    let Some(Link::Client(c)) = srv.links.get_mut(key) else {
        return;
    };
    let info = c.replica.get_or_insert_with(Default::default);
    info.wait_bgsave_since = Some(now);
    if !srv.repl.replicas.contains(&key) {
        srv.repl.replicas.push(key);
    }
    if srv.config.int("repl-diskless-sync-delay") > 0 {
        log::info!("Delay next BGSAVE for diskless SYNC");
    }
}

/// replicationStartPendingFork: start the transfer once the longest-waiting replica waited
/// `repl-diskless-sync-delay` seconds or `repl-diskless-sync-max-replicas` wait, and no child
/// runs. Replicas whose +FULLRESYNC cannot be written are closed.
pub fn start_pending(srv: &mut Server, now: i64) {
    let waiting = waiting_replicas(srv);
    if waiting.is_empty() || srv.rdb_child.is_some() {
        return;
    }
    let delay_ms = srv.config.int("repl-diskless-sync-delay").max(0) * 1000;
    let max_replicas = srv.config.int("repl-diskless-sync-max-replicas").max(0) as usize;
    let longest = waiting.iter().map(|&(_, since)| now - since).max().unwrap_or(0);
    if longest < delay_ms && (max_replicas == 0 || waiting.len() < max_replicas) {
        return;
    }
    start(srv, waiting.into_iter().map(|(key, _)| key).collect());
}

/// Replicas waiting for a diskless transfer to start, with the time they began waiting.
fn waiting_replicas(srv: &Server) -> Vec<(usize, i64)> {
    srv.repl
        .replicas
        .iter()
        .filter_map(|&key| match srv.links.get(key) {
            Some(Link::Client(c)) => c.replica.as_ref()?.wait_bgsave_since.map(|since| (key, since)),
            _ => None,
        })
        .collect()
}

/// +FULLRESYNC to each replica, then fork the child that writes the RDB to their sockets.
fn start(srv: &mut Server, keys: Vec<usize>) {
    // The backlog exists already: full_resync created it when it queued these replicas.
    let line = format!("+FULLRESYNC {} {}\r\n", srv.repl.replid, srv.repl.offset);
    let timeout_ms = srv.config.int("repl-timeout").max(1) * 1000;
    let mut failed = Vec::new();
    let mut targets = Vec::new();
    for key in keys {
        let Some(c) = srv.client(key) else { continue };
        let mut head = c.reply.buf.split_off(c.sent.min(c.reply.buf.len()));
        c.reply.buf.clear();
        c.sent = 0;
        head.extend_from_slice(line.as_bytes());
        if !write_blocking(c.fd, &head, 1000) {
            failed.push(key);
            continue;
        }
        if let Some(info) = c.replica.as_mut() {
            info.wait_bgsave_since = None;
            info.waiting_rdb = Some(Vec::new());
            info.in_child_transfer = true;
        }
        targets.push((key, c.fd));
    }
    if targets.is_empty() {
        return close_all(srv, failed);
    }
    let mark = crate::server::random_hex(&mut srv.rng, 40);
    let fds: Vec<i32> = targets.iter().map(|&(_, fd)| fd).collect();
    let result = crate::persistence::fork_child(srv, &PathBuf::new(), Purpose::ReplicationSocket, |srv, now| {
        let rdb = super::commands::snapshot(srv, now);
        if send_to_sockets(&fds, &rdb, mark.as_bytes(), timeout_ms) {
            0
        } else {
            1
        }
    });
    srv.repl.stream_db = None;
    match result {
        Ok(_) => log::info!("Starting BGSAVE for SYNC with target: replicas sockets"),
        Err(e) => {
            log::warn!("BGSAVE for replication failed: {e}");
            failed.extend(targets.iter().map(|&(key, _)| key));
        }
    }
    close_all(srv, failed);
}

fn close_all(srv: &mut Server, keys: Vec<usize>) {
    for key in keys {
        srv.close_client_later(key);
    }
}

/// The child's job: `$EOF:<mark>\r\n`, the RDB and the mark to every socket, interleaved as
/// each becomes writable, each write within `timeout_ms`. True when every replica got it all.
fn send_to_sockets(fds: &[i32], rdb: &[u8], mark: &[u8], timeout_ms: i64) -> bool {
    let payload = [b"$EOF:", mark, b"\r\n", rdb, mark].concat();
    let mut sent = vec![0usize; fds.len()];
    let mut failed = vec![false; fds.len()];
    loop {
        let mut polls: Vec<libc::pollfd> = (0..fds.len())
            .filter(|&i| sent[i] < payload.len() && !failed[i])
            .map(|i| libc::pollfd {
                fd: fds[i],
                events: libc::POLLOUT,
                revents: 0,
            })
            .collect();
        if polls.is_empty() {
            return !failed.contains(&true);
        }
        // SAFETY: `polls` is a valid array of pollfd for the duration of the call.
        let ready = unsafe { libc::poll(polls.as_mut_ptr(), polls.len() as libc::nfds_t, timeout_ms as i32) };
        if ready == 0 {
            return false;
        }
        for p in polls.iter().filter(|p| p.revents != 0) {
            let Some(i) = fds.iter().position(|&fd| fd == p.fd) else {
                continue;
            };
            match write_some(p.fd, &payload[sent[i]..]) {
                Some(n) => sent[i] += n,
                None => failed[i] = true,
            }
        }
    }
}

/// One write(2): bytes written (0 when it would block), None on error.
fn write_some(fd: i32, bytes: &[u8]) -> Option<usize> {
    // SAFETY: writing from a valid buffer to a descriptor we own a copy of.
    let n = unsafe { libc::write(fd, bytes.as_ptr().cast(), bytes.len()) };
    if n >= 0 {
        return Some(n as usize);
    }
    match std::io::Error::last_os_error().kind() {
        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::Interrupted => Some(0),
        _ => None,
    }
}

/// Write all of `bytes` to a non-blocking socket, waiting for it at most `timeout_ms` per step.
fn write_blocking(fd: i32, bytes: &[u8], timeout_ms: i32) -> bool {
    let mut sent = 0;
    while sent < bytes.len() {
        let mut p = libc::pollfd {
            fd,
            events: libc::POLLOUT,
            revents: 0,
        };
        // SAFETY: one valid pollfd.
        if unsafe { libc::poll(&mut p, 1, timeout_ms) } <= 0 {
            return false;
        }
        match write_some(fd, &bytes[sent..]) {
            Some(n) => sent += n,
            None => return false,
        }
    }
    true
}

/// The transfer child ended: its replicas go online with the stream kept for them, or are
/// closed when it failed.
pub fn finish(srv: &mut Server, ok: bool, now: i64) {
    let mut failed = Vec::new();
    for key in srv.repl.replicas.clone() {
        let Some(c) = srv.client(key) else { continue };
        let Some(info) = c.replica.as_mut().filter(|i| i.in_child_transfer) else {
            continue;
        };
        info.in_child_transfer = false;
        let pending = info.waiting_rdb.take().unwrap_or_default();
        if !ok {
            failed.push(key);
            continue;
        }
        info.online = true;
        info.ack_time_ms = now;
        c.reply.buf.extend_from_slice(&pending);
        log::info!("Synchronization with replica succeeded");
        srv.queue_write(key, now);
    }
    if !failed.is_empty() {
        log::warn!("Diskless transfer to replicas failed: closing them");
    }
    close_all(srv, failed);
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;
    use std::os::fd::AsRawFd;

    #[test]
    fn the_child_frames_the_rdb_between_eof_marks() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let sender = std::net::TcpStream::connect(listener.local_addr().expect("addr")).expect("connect");
        let (mut receiver, _) = listener.accept().expect("accept");
        sender.set_nonblocking(true).expect("nonblocking");
        let rdb = vec![7u8; 300_000];
        let mark = [b'a'; 40];
        let reader = std::thread::spawn(move || {
            let mut got = Vec::new();
            receiver.read_to_end(&mut got).expect("read");
            got
        });
        assert!(send_to_sockets(&[sender.as_raw_fd()], &rdb, &mark, 5000));
        drop(sender);
        let got = reader.join().expect("reader");
        assert_eq!(&got[..47], [&b"$EOF:"[..], &mark, b"\r\n"].concat());
        assert_eq!(&got[47..47 + rdb.len()], &rdb[..]);
        assert_eq!(&got[47 + rdb.len()..], &mark);
    }
}
