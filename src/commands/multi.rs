//! Transactions: MULTI, EXEC, DISCARD, WATCH, UNWATCH, with Redis 7.0's
//! rules: rejected commands doom the transaction (EXECABORT), a modified
//! watched key makes EXEC return a null array.

use super::{Ctx, Handler, dispatch};
use crate::resp::parse::Args;
use crate::server::Server;

/// A transaction in progress.
#[derive(Debug, Default)]
pub struct MultiState {
    /// Queued commands, each as its arguments.
    pub queued: Vec<Vec<Vec<u8>>>,
    /// A queued command was rejected: EXEC will abort.
    pub errored: bool,
}

pub const COMMANDS: &[(&str, Handler)] = &[
    ("multi", multi),
    ("exec", exec),
    ("discard", discard),
    ("watch", watch),
    ("unwatch", unwatch),
];

fn multi(ctx: &mut Ctx, _args: &Args) {
    let client = ctx.client();
    if client.multi.is_some() {
        return ctx.reply.error("ERR MULTI calls can not be nested");
    }
    client.multi = Some(MultiState::default());
    ctx.reply.ok();
}

fn discard(ctx: &mut Ctx, _args: &Args) {
    if ctx.client().multi.take().is_none() {
        return ctx.reply.error("ERR DISCARD without MULTI");
    }
    unwatch_all(ctx.srv, ctx.id);
    ctx.reply.ok();
}

fn exec(ctx: &mut Ctx, _args: &Args) {
    let Some(state) = ctx.client().multi.take() else {
        return ctx.reply.error("ERR EXEC without MULTI");
    };
    let dirty = ctx.client().dirty_cas;
    unwatch_all(ctx.srv, ctx.id);
    if state.errored {
        return ctx
            .reply
            .error("EXECABORT Transaction discarded because of previous errors.");
    }
    if dirty {
        return ctx.reply.null_array();
    }
    ctx.reply.array(state.queued.len());
    ctx.client().in_exec = true;
    for command in &state.queued {
        let (buf, ranges) = flatten(command);
        dispatch(ctx.srv, ctx.id, ctx.reply, &Args::new(&buf, &ranges), ctx.now);
    }
    if let Some(client) = ctx.srv.client(ctx.id) {
        client.in_exec = false;
    }
}

/// One buffer plus ranges for a queued command's arguments.
pub fn flatten(command: &[Vec<u8>]) -> (Vec<u8>, Vec<std::ops::Range<usize>>) {
    let mut buf = Vec::with_capacity(command.iter().map(Vec::len).sum());
    let mut ranges = Vec::with_capacity(command.len());
    for arg in command {
        let start = buf.len();
        buf.extend_from_slice(arg);
        ranges.push(start..buf.len());
    }
    (buf, ranges)
}

fn watch(ctx: &mut Ctx, args: &Args) {
    if ctx.client().multi.is_some() {
        return ctx.reply.error("ERR WATCH inside MULTI is not allowed");
    }
    let db = ctx.client().db;
    for key in args.iter_from(1) {
        let slot = (db, Box::<[u8]>::from(key));
        let client = ctx.client();
        if client.watched.contains(&slot) {
            continue;
        }
        client.watched.push(slot.clone());
        ctx.srv.watched_keys.entry(slot).or_default().push(ctx.id);
    }
    ctx.reply.ok();
}

fn unwatch(ctx: &mut Ctx, _args: &Args) {
    unwatch_all(ctx.srv, ctx.id);
    ctx.reply.ok();
}

/// Forget every key client `id` watches and clear its dirty flag.
pub fn unwatch_all(srv: &mut Server, id: usize) {
    let Some(client) = srv.client(id) else { return };
    client.dirty_cas = false;
    for slot in std::mem::take(&mut client.watched) {
        if let Some(watchers) = srv.watched_keys.get_mut(&slot) {
            watchers.retain(|&c| c != id);
            if watchers.is_empty() {
                srv.watched_keys.remove(&slot);
            }
        }
    }
}

/// Mark every client watching (db, key) as dirty (Redis's touchWatchedKey).
pub fn touch_watched_key(srv: &mut Server, db: usize, key: &[u8]) {
    if srv.watched_keys.is_empty() {
        return;
    }
    let Some(watchers) = srv.watched_keys.get(&(db, Box::<[u8]>::from(key))) else {
        return;
    };
    for id in watchers.clone() {
        if let Some(client) = srv.client(id) {
            client.dirty_cas = true;
        }
    }
}

/// FLUSHDB/FLUSHALL, called before the flush: every watcher of a key that
/// exists in `db` becomes dirty (Redis's touchAllWatchedKeysInDb).
pub fn touch_all_watched_in_db(srv: &mut Server, db: usize) {
    let dbs = &srv.dbs;
    let watchers: Vec<usize> = srv
        .watched_keys
        .iter()
        .filter(|((d, key), _)| *d == db && dbs[db].peek(key).is_some())
        .flat_map(|(_, ids)| ids.iter().copied())
        .collect();
    for id in watchers {
        if let Some(client) = srv.client(id) {
            client.dirty_cas = true;
        }
    }
}
