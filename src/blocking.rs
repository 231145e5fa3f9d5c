//! Blocking commands (BLPOP, BZPOPMIN, XREAD BLOCK, ...): clients blocked on
//! keys, served in arrival order when a key they wait on is modified, timed
//! out with millisecond precision, or released by CLIENT UNBLOCK.
//!
//! Serving is generic: a blocked client keeps a copy of its command; when one
//! of its keys is signalled ready the command is run again. If it replies, the
//! client is unblocked; if it finds nothing it stays blocked, keeping its
//! place and deadline. The event loop serves ready keys right after each
//! command, as Redis's handleClientsBlockedOnKeys does.

use std::ops::Range;

use crate::commands::{Ctx, TimeoutReply};
use crate::resp::Reply;
use crate::resp::parse::Args;
use crate::server::Server;

/// A blocked client's state.
#[derive(Debug)]
pub struct Blocked {
    pub db: usize,
    pub keys: Vec<Box<[u8]>>,
    /// Absolute deadline in ms, None for forever.
    pub deadline: Option<i64>,
    pub on_timeout: TimeoutReply,
    /// The type a ready key must have to serve this client ("list", "zset",
    /// "stream"), as Redis's btype.
    pub wants_type: &'static str,
    /// The command to run again, as one buffer plus argument ranges.
    argbuf: Vec<u8>,
    ranges: Vec<Range<usize>>,
}

impl Blocked {
    fn args(&self) -> Args<'_> {
        Args::new(&self.argbuf, &self.ranges)
    }
}

/// A key was modified: if clients block on it, queue it for serving.
pub fn signal_key(srv: &mut Server, db: usize, key: &[u8]) {
    if srv.blocking_keys.is_empty() {
        return;
    }
    let id = (db, Box::<[u8]>::from(key));
    if srv.blocking_keys.contains_key(&id) && !srv.ready_keys.contains(&id) {
        srv.ready_keys.push(id);
    }
}

/// Block the calling client on `keys` (see [`Ctx::block`]). When the client
/// is already blocked (its command is being run again), it stays as it is.
pub fn block_client(ctx: &mut Ctx, keys: &[&[u8]], timeout_ms: i64, on_timeout: TimeoutReply) {
    let args: Vec<&[u8]> = ctx.args.iter_from(0).collect();
    block_with_command(ctx, keys, timeout_ms, on_timeout, &args);
}

/// Like [`block_client`], with the command to run again given explicitly
/// (XREAD replaces `$` by the id it resolved to when it first blocked).
pub fn block_with_command(ctx: &mut Ctx, keys: &[&[u8]], timeout_ms: i64, on_timeout: TimeoutReply, command: &[&[u8]]) {
    let id = ctx.id;
    let now = ctx.now;
    let db = ctx.client().db;
    if ctx.srv.reprocessing == Some(id) || ctx.client().blocked.is_some() {
        return;
    }
    let mut argbuf = Vec::with_capacity(command.iter().map(|a| a.len()).sum());
    let mut ranges = Vec::with_capacity(command.len());
    for arg in command {
        let start = argbuf.len();
        argbuf.extend_from_slice(arg);
        ranges.push(start..argbuf.len());
    }
    let deadline = (timeout_ms > 0).then(|| now.saturating_add(timeout_ms));
    let mut owned_keys: Vec<Box<[u8]>> = Vec::with_capacity(keys.len());
    for key in keys {
        if owned_keys.iter().any(|k| &k[..] == *key) {
            continue;
        }
        owned_keys.push((*key).into());
        ctx.srv
            .blocking_keys
            .entry((db, (*key).into()))
            .or_default()
            .push_back(id);
    }
    if let Some(d) = deadline {
        ctx.srv.block_deadlines.insert((d, id));
    }
    ctx.srv.blocked_clients += 1;
    let wants_type = wanted_type(ctx.cmd.acl_categories);
    ctx.client().blocked = Some(Blocked {
        db,
        keys: owned_keys,
        deadline,
        on_timeout,
        wants_type,
        argbuf,
        ranges,
    });
}

/// The value type a blocking command waits for, from its ACL categories.
fn wanted_type(categories: &[&str]) -> &'static str {
    if categories.contains(&"@list") {
        "list"
    } else if categories.contains(&"@sortedset") {
        "zset"
    } else if categories.contains(&"@stream") {
        "stream"
    } else {
        ""
    }
}

/// Release a blocked client from every queue; returns its state.
pub fn unblock(srv: &mut Server, id: usize) -> Option<Blocked> {
    let blocked = srv.client(id)?.blocked.take()?;
    release(srv, id, &blocked);
    Some(blocked)
}

/// Remove a client's entries from the key queues and the deadline index.
fn release(srv: &mut Server, id: usize, blocked: &Blocked) {
    for key in &blocked.keys {
        let slot = (blocked.db, key.clone());
        if let Some(queue) = srv.blocking_keys.get_mut(&slot) {
            queue.retain(|&c| c != id);
            if queue.is_empty() {
                srv.blocking_keys.remove(&slot);
            }
        }
    }
    if let Some(d) = blocked.deadline {
        srv.block_deadlines.remove(&(d, id));
    }
    srv.blocked_clients -= 1;
}

/// Append a blocked command's timeout reply.
pub fn reply_timeout(reply: &mut Reply, on_timeout: TimeoutReply) {
    match on_timeout {
        TimeoutReply::NullArray => reply.null_array(),
        TimeoutReply::Null => reply.null(),
    }
}

/// Serve clients blocked on keys that became ready, in arrival order, until
/// no key is ready. Returns the clients that were unblocked (their queued
/// input must be processed next).
pub fn serve_ready_keys(srv: &mut Server, now: i64) -> Vec<usize> {
    let mut unblocked = Vec::new();
    while !srv.ready_keys.is_empty() {
        for slot in std::mem::take(&mut srv.ready_keys) {
            let waiting: Vec<usize> = match srv.blocking_keys.get(&slot) {
                Some(queue) => queue.iter().copied().collect(),
                None => continue,
            };
            // Only a key that exists serves anyone, and only the clients
            // waiting for its type (Redis's handleClientsBlockedOnKeys).
            let Some(key_type) = srv.dbs[slot.0].peek(&slot.1).map(|e| e.value.type_name()) else {
                continue;
            };
            srv.ready_key = Some(slot.1.clone());
            for id in waiting {
                if srv
                    .client(id)
                    .and_then(|c| c.blocked.as_ref())
                    .is_none_or(|b| b.wants_type != key_type)
                {
                    continue;
                }
                if rerun_blocked_command(srv, id, now) {
                    unblocked.push(id);
                }
            }
        }
    }
    srv.ready_key = None;
    unblocked
}

/// Run a blocked client's command again; true when it replied (and was unblocked).
fn rerun_blocked_command(srv: &mut Server, id: usize, now: i64) -> bool {
    let Some(client) = srv.client(id) else { return false };
    let Some(blocked) = client.blocked.take() else {
        return false;
    };
    let mut reply = std::mem::take(&mut client.reply);
    client.reply.resp = reply.resp;
    let saved_db = std::mem::replace(&mut client.db, blocked.db);
    let mark = reply.buf.len();
    srv.reprocessing = Some(id);
    crate::commands::dispatch(srv, id, &mut reply, &blocked.args(), now);
    srv.reprocessing = None;
    let replied = reply.buf.len() > mark;
    if replied {
        release(srv, id, &blocked);
    }
    let Some(client) = srv.client(id) else { return replied };
    client.db = saved_db;
    client.reply = reply;
    if !replied {
        client.blocked = Some(blocked);
    }
    srv.queue_write(id, now);
    replied
}

/// Time out blocked clients whose deadline passed. Returns them.
pub fn expire_timeouts(srv: &mut Server, now: i64) -> Vec<usize> {
    let mut expired = Vec::new();
    while let Some(&(deadline, id)) = srv.block_deadlines.first() {
        if deadline > now {
            break;
        }
        if let Some(blocked) = unblock(srv, id) {
            if let Some(client) = srv.client(id) {
                reply_timeout(&mut client.reply, blocked.on_timeout);
            }
            srv.queue_write(id, now);
            expired.push(id);
        } else {
            srv.block_deadlines.remove(&(deadline, id));
        }
    }
    expired
}

/// The nearest blocking deadline, if any (bounds the poll timeout).
pub fn next_deadline(srv: &Server) -> Option<i64> {
    srv.block_deadlines.first().map(|&(d, _)| d)
}

/// clusterRedirectBlockedClientIfNeeded for every blocked client: when the cluster is down, or the
/// first key's slot is neither served nor imported here, the client gets the error a new command
/// would get (CLUSTERDOWN or MOVED) and is unblocked. Returns the clients released.
pub fn redirect_in_cluster(srv: &mut Server, now: i64) -> Vec<usize> {
    let Some(cluster) = srv.cluster.as_ref() else {
        return Vec::new();
    };
    if srv.blocked_clients == 0 {
        return Vec::new();
    }
    let core = &cluster.core;
    let mut released: Vec<(usize, String)> = Vec::new();
    for (id, client) in srv.clients() {
        let Some(blocked) = client.blocked.as_ref() else {
            continue;
        };
        if core.state != crate::cluster::core::State::Ok {
            released.push((id, "CLUSTERDOWN The cluster is down".into()));
            continue;
        }
        let Some(key) = blocked.keys.first() else { continue };
        let slot = crate::slot::key_hash_slot(key);
        let mut owner = core.slot_owner(slot);
        let me = core.me();
        if client.readonly && me.is_replica() && me.slaveof.is_some() && me.slaveof == owner {
            owner = Some(core.myself);
        }
        if owner == Some(core.myself) || core.importing.contains_key(&slot) {
            continue;
        }
        let text = match owner {
            None => "CLUSTERDOWN Hash slot not served".to_string(),
            Some(o) => format!("MOVED {slot} {}:{}", core.endpoint(o), core.node(o).port),
        };
        released.push((id, text));
    }
    let mut ids = Vec::with_capacity(released.len());
    for (id, text) in released {
        if unblock(srv, id).is_some()
            && let Some(client) = srv.client(id)
        {
            client.reply.error(&text);
            srv.queue_write(id, now);
            ids.push(id);
        }
    }
    ids
}
