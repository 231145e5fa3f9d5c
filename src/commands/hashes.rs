//! Hash commands: HSET and friends, field reads, counters, HSCAN and
//! HRANDFIELD. Replies and errors as Redis 7.0's t_hash.c.
//!
//! HINCRBYFLOAT computes in x87 80-bit long double like Redis does, with
//! `util::long_double`, so results print exactly as Redis's.

use rand::RngExt;

use super::{Access, Ctx, Handler, err, is, parse_int, typed_at};
use crate::db::Value;
use crate::db::hash::{Hash, Limits};
use crate::glob::glob_match;
use crate::resp::parse::Args;
use crate::server::Server;
use crate::util::long_double;
use crate::util::num::string2ll;

pub const COMMANDS: &[(&str, Handler)] = &[
    ("hset", hset),
    ("hmset", hset),
    ("hsetnx", hsetnx),
    ("hget", hget),
    ("hmget", hmget),
    ("hdel", hdel),
    ("hlen", hlen),
    ("hstrlen", hstrlen),
    ("hexists", hexists),
    ("hgetall", hgetall),
    ("hkeys", hkeys),
    ("hvals", hvals),
    ("hincrby", hincrby),
    ("hincrbyfloat", hincrbyfloat),
    ("hscan", hscan),
    ("hrandfield", hrandfield),
];

/// Look up the hash at `key` (expiring it lazily). `Err` means the key
/// holds another type; the caller replies WRONGTYPE.
fn hash_at<'s>(
    srv: &'s mut Server,
    db: usize,
    key: &[u8],
    now: i64,
    access: Access,
) -> Result<Option<&'s mut Hash>, ()> {
    typed_at(srv, db, key, now, access, crate::db::Value::as_hash_mut).map_err(|_| ())
}

/// [`hash_at`] for the calling client's database.
fn lookup<'c>(ctx: &'c mut Ctx, key: &[u8], access: Access) -> Result<Option<&'c mut Hash>, ()> {
    let (db, now) = (ctx.client().db, ctx.now);
    hash_at(ctx.srv, db, key, now, access)
}

/// Read a hash for a command, replying WRONGTYPE (None) or running `missing`
/// (None) when there is no such key.
macro_rules! read_hash_or {
    ($ctx:expr, $key:expr, $missing:expr) => {{
        let (db, now) = ($ctx.client().db, $ctx.now);
        match hash_at($ctx.srv, db, $key, now, Access::Read) {
            Err(()) => return $ctx.reply.error(err::WRONGTYPE),
            Ok(None) => return $missing,
            Ok(Some(hash)) => hash,
        }
    }};
}

/// The listpack conversion thresholds currently configured.
fn limits(ctx: &Ctx) -> Limits {
    Limits {
        max_entries: ctx.srv.settings.hash_max_listpack_entries,
        max_value: ctx.srv.settings.hash_max_listpack_value,
    }
}

/// Run `f` on the hash at `key`, creating an empty one when missing (Redis's
/// hashTypeLookupWriteOrCreate). None when the key holds another type
/// (WRONGTYPE replied). A created hash that `f` leaves empty is not stored.
fn with_hash_or_create<R>(ctx: &mut Ctx, key: &[u8], f: impl FnOnce(&mut Hash) -> R) -> Option<R> {
    let (db, now) = (ctx.client().db, ctx.now);
    match hash_at(ctx.srv, db, key, now, Access::Write) {
        Err(()) => {
            ctx.reply.error(err::WRONGTYPE);
            None
        }
        Ok(Some(hash)) => Some(f(hash)),
        Ok(None) => {
            let mut hash = Hash::new();
            let r = f(&mut hash);
            if !hash.is_empty() {
                ctx.srv.dbs[db].set(key, Value::Hash(hash), now, false);
            }
            Some(r)
        }
    }
}

fn hset(ctx: &mut Ctx, args: &Args) {
    if args.len() % 2 == 1 {
        return ctx
            .reply
            .error(&format!("ERR wrong number of arguments for '{}' command", ctx.cmd.name));
    }
    let key = args.get(1);
    let limits = limits(ctx);
    let Some(created) = with_hash_or_create(ctx, key, |hash| {
        hash.prepare_write(args.iter_from(2), limits);
        let mut created = 0;
        for i in (2..args.len()).step_by(2) {
            created += hash.insert(args.get(i), args.get(i + 1), limits) as i64;
        }
        created
    }) else {
        return;
    };
    if ctx.cmd.name == "hset" {
        ctx.reply.int(created);
    } else {
        ctx.reply.ok();
    }
    ctx.key_modified(key);
}

fn hsetnx(ctx: &mut Ctx, args: &Args) {
    let (key, field, value) = (args.get(1), args.get(2), args.get(3));
    let limits = limits(ctx);
    let Some(set) = with_hash_or_create(ctx, key, |hash| {
        if hash.contains(field) {
            return false;
        }
        hash.prepare_write([field, value], limits);
        hash.insert(field, value, limits);
        true
    }) else {
        return;
    };
    ctx.reply.int(set as i64);
    if set {
        ctx.key_modified(key);
    }
}

fn hget(ctx: &mut Ctx, args: &Args) {
    let hash = read_hash_or!(ctx, args.get(1), ctx.reply.null());
    match hash.get(args.get(2)) {
        Some(v) => ctx.reply.bulk(v),
        None => ctx.reply.null(),
    }
}

fn hmget(ctx: &mut Ctx, args: &Args) {
    let (db, now) = (ctx.client().db, ctx.now);
    let hash = match hash_at(ctx.srv, db, args.get(1), now, Access::Read) {
        Err(()) => return ctx.reply.error(err::WRONGTYPE),
        Ok(hash) => hash,
    };
    ctx.reply.array(args.len() - 2);
    for field in args.iter_from(2) {
        match hash.as_ref().and_then(|h| h.get(field)) {
            Some(v) => ctx.reply.bulk(v),
            None => ctx.reply.null(),
        }
    }
}

fn hdel(ctx: &mut Ctx, args: &Args) {
    let key = args.get(1);
    let (deleted, empty) = match lookup(ctx, key, Access::Write) {
        Err(()) => return ctx.reply.error(err::WRONGTYPE),
        Ok(None) => return ctx.reply.int(0),
        Ok(Some(hash)) => {
            let mut deleted = 0;
            for field in args.iter_from(2) {
                if hash.remove(field) {
                    deleted += 1;
                    if hash.is_empty() {
                        break;
                    }
                }
            }
            (deleted, hash.is_empty())
        }
    };
    if empty {
        ctx.db().remove(key);
    }
    if deleted > 0 {
        ctx.key_modified(key);
    }
    ctx.reply.int(deleted);
}

fn hlen(ctx: &mut Ctx, args: &Args) {
    let hash = read_hash_or!(ctx, args.get(1), ctx.reply.int(0));
    let len = hash.len();
    ctx.reply.int(len as i64);
}

fn hstrlen(ctx: &mut Ctx, args: &Args) {
    let hash = read_hash_or!(ctx, args.get(1), ctx.reply.int(0));
    let len = hash.get(args.get(2)).map_or(0, <[u8]>::len);
    ctx.reply.int(len as i64);
}

fn hexists(ctx: &mut Ctx, args: &Args) {
    let hash = read_hash_or!(ctx, args.get(1), ctx.reply.int(0));
    let found = hash.contains(args.get(2));
    ctx.reply.int(found as i64);
}

/// What HGETALL / HKEYS / HVALS return.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Parts {
    Both,
    Fields,
    Values,
}

fn hgetall(ctx: &mut Ctx, args: &Args) {
    getall_generic(ctx, args, Parts::Both);
}

fn hkeys(ctx: &mut Ctx, args: &Args) {
    getall_generic(ctx, args, Parts::Fields);
}

fn hvals(ctx: &mut Ctx, args: &Args) {
    getall_generic(ctx, args, Parts::Values);
}

fn getall_generic(ctx: &mut Ctx, args: &Args, parts: Parts) {
    let empty = |ctx: &mut Ctx| match parts {
        Parts::Both => ctx.reply.map(0),
        _ => ctx.reply.array(0),
    };
    let hash = read_hash_or!(ctx, args.get(1), empty(ctx));
    match parts {
        Parts::Both => ctx.reply.map(hash.len()),
        _ => ctx.reply.array(hash.len()),
    }
    for (field, value) in hash.iter() {
        if parts != Parts::Values {
            ctx.reply.bulk(field);
        }
        if parts != Parts::Fields {
            ctx.reply.bulk(value);
        }
    }
}

fn hincrby(ctx: &mut Ctx, args: &Args) {
    let Some(incr) = parse_int(ctx, args.get(3)) else {
        return;
    };
    let (key, field) = (args.get(1), args.get(2));
    let limits = limits(ctx);
    let Some(result) = with_hash_or_create(ctx, key, |hash| {
        let old = match hash.get(field) {
            Some(v) => string2ll(v).ok_or("ERR hash value is not an integer")?,
            None => 0,
        };
        let new = old.checked_add(incr).ok_or(err::OVERFLOW)?;
        hash.insert(field, crate::util::num::i64_bytes(new).as_slice(), limits);
        Ok(new)
    }) else {
        return;
    };
    match result {
        Ok(new) => {
            ctx.reply.int(new);
            ctx.key_modified(key);
        }
        Err(e) => ctx.reply.error(e),
    }
}

fn hincrbyfloat(ctx: &mut Ctx, args: &Args) {
    // Redis checks the increment before the key's type.
    let incr = match long_double::hincr_by_float_increment(args.get(3)) {
        Ok(v) => v,
        Err(e) => return ctx.reply.error(e),
    };
    let (key, field) = (args.get(1), args.get(2));
    let limits = limits(ctx);
    let Some(result) = with_hash_or_create(ctx, key, |hash| {
        let text = long_double::hincr_by_float(hash.get(field), incr)?;
        hash.insert(field, text.as_bytes(), limits);
        Ok(text)
    }) else {
        return;
    };
    match result {
        Ok(text) => {
            ctx.reply.bulk(text.as_bytes());
            ctx.key_modified(key);
            // Replicated as HSET of the final value, as Redis does.
            let argv: Vec<&[u8]> = vec![b"HSET", key, field, text.as_bytes()];
            ctx.srv.repl.propagate_as = Some(argv.into_iter().map(<[u8]>::to_vec).collect());
        }
        Err(e) => ctx.reply.error(e),
    }
}

fn hscan(ctx: &mut Ctx, args: &Args) {
    let Some(cursor) = super::sets::parse_cursor(ctx, args.get(2)) else {
        return;
    };
    let empty_scan = |ctx: &mut Ctx| {
        ctx.reply.array(2);
        ctx.reply.bulk(b"0");
        ctx.reply.array(0);
    };
    // Options are parsed after the lookup, as Redis does.
    let (db, now) = (ctx.client().db, ctx.now);
    match hash_at(ctx.srv, db, args.get(1), now, Access::Read) {
        Err(()) => return ctx.reply.error(err::WRONGTYPE),
        Ok(None) => return empty_scan(ctx),
        Ok(Some(_)) => {}
    }
    let mut count = 10usize;
    let mut pattern: Option<&[u8]> = None;
    let mut i = 3;
    while i < args.len() {
        let more = i + 1 < args.len();
        if is(args.get(i), "COUNT") && more {
            let Some(n) = parse_int(ctx, args.get(i + 1)) else {
                return;
            };
            if n < 1 {
                return ctx.reply.error(err::SYNTAX);
            }
            count = usize::try_from(n).unwrap_or(usize::MAX);
        } else if is(args.get(i), "MATCH") && more {
            pattern = Some(args.get(i + 1)).filter(|p| *p != b"*");
        } else {
            return ctx.reply.error(err::SYNTAX);
        }
        i += 2;
    }
    let (db, now) = (ctx.client().db, ctx.now);
    let Ok(Some(hash)) = hash_at(ctx.srv, db, args.get(1), now, Access::Write) else {
        return empty_scan(ctx);
    };
    let mut found: Vec<(&[u8], &[u8])> = Vec::new();
    let next = hash.scan(cursor, count, |f, v| {
        if pattern.is_none_or(|p| glob_match(p, f, false)) {
            found.push((f, v));
        }
    });
    ctx.reply.array(2);
    ctx.reply.bulk(next.to_string().as_bytes());
    ctx.reply.array(found.len() * 2);
    for (f, v) in found {
        ctx.reply.bulk(f);
        ctx.reply.bulk(v);
    }
}

/// Above this many times the requested count, HRANDFIELD samples instead of
/// shuffling the whole hash (HRANDFIELD_SUB_STRATEGY_MUL).
const SUB_STRATEGY_MUL: u64 = 3;

fn hrandfield(ctx: &mut Ctx, args: &Args) {
    if args.len() < 3 {
        return hrandfield_one(ctx, args.get(1));
    }
    let count = match string2ll(args.get(2)) {
        None => return ctx.reply.error(err::NOT_INTEGER),
        Some(i64::MIN) => {
            return ctx.reply.error(&format!(
                "ERR value is out of range, value must between {} and {}",
                -i64::MAX,
                i64::MAX
            ));
        }
        Some(n) => n,
    };
    if args.len() > 4 || (args.len() == 4 && !is(args.get(3), "withvalues")) {
        return ctx.reply.error(err::SYNTAX);
    }
    let with_values = args.len() == 4;
    if with_values && !(-i64::MAX / 2..=i64::MAX / 2).contains(&count) {
        return ctx.reply.error("ERR value is out of range");
    }
    hrandfield_count(ctx, args.get(1), count, with_values);
}

/// HRANDFIELD key: one random field.
fn hrandfield_one(ctx: &mut Ctx, key: &[u8]) {
    let (db, now) = (ctx.client().db, ctx.now);
    let Ctx { srv, reply, .. } = ctx;
    let Server { dbs, stats, rng, .. } = &mut **srv;
    let hash = match dbs[db].lookup(key, now) {
        None => {
            stats.keyspace_misses += 1;
            return reply.null();
        }
        Some(entry) => {
            stats.keyspace_hits += 1;
            match entry.value.as_hash() {
                Some(hash) => hash,
                None => return reply.error(err::WRONGTYPE),
            }
        }
    };
    match hash.get_index(rng.random_range(0..hash.len())) {
        Some((field, _)) => reply.bulk(field),
        None => reply.null(),
    }
}

/// HRANDFIELD key count [WITHVALUES]: distinct fields for a positive count,
/// possibly repeated ones for a negative count. RESP3 nests pairs.
fn hrandfield_count(ctx: &mut Ctx, key: &[u8], count: i64, with_values: bool) {
    let (db, now) = (ctx.client().db, ctx.now);
    let Ctx { srv, reply, .. } = ctx;
    let Server { dbs, stats, rng, .. } = &mut **srv;
    let hash = match dbs[db].lookup(key, now) {
        None => {
            stats.keyspace_misses += 1;
            return reply.array(0);
        }
        Some(entry) => {
            stats.keyspace_hits += 1;
            match entry.value.as_hash() {
                Some(hash) => hash,
                None => return reply.error(err::WRONGTYPE),
            }
        }
    };
    if count == 0 {
        return reply.array(0);
    }
    let size = hash.len();
    let nested = with_values && reply.resp > 2;
    let header = |reply: &mut crate::resp::Reply, n: usize| {
        reply.array(if with_values && !nested { n * 2 } else { n });
    };
    let emit = |reply: &mut crate::resp::Reply, (field, value): (&[u8], &[u8])| {
        if nested {
            reply.array(2);
        }
        reply.bulk(field);
        if with_values {
            reply.bulk(value);
        }
    };
    let wanted = count.unsigned_abs();
    if count < 0 || wanted == 1 {
        // Independent picks, repeats allowed, in random order.
        header(reply, wanted as usize);
        for _ in 0..wanted {
            if let Some(pair) = hash.get_index(rng.random_range(0..size)) {
                emit(reply, pair);
            }
        }
        return;
    }
    if wanted >= size as u64 {
        header(reply, size);
        hash.iter().for_each(|pair| emit(reply, pair));
        return;
    }
    let wanted = wanted as usize;
    let picked = distinct_positions(rng, size, wanted, hash.is_listpack());
    header(reply, wanted);
    for i in picked {
        if let Some(pair) = hash.get_index(i) {
            emit(reply, pair);
        }
    }
}

/// `wanted` distinct random positions below `size` (wanted < size). In
/// listpack order (ascending) when `ordered`, as Redis's listpack sampling.
fn distinct_positions(rng: &mut impl rand::Rng, size: usize, wanted: usize, ordered: bool) -> Vec<usize> {
    let mut picked: Vec<usize> = if wanted as u64 * SUB_STRATEGY_MUL > size as u64 {
        // Close to the whole hash: shuffle positions partially, keep `wanted`.
        let mut all: Vec<usize> = (0..size).collect();
        for i in 0..wanted {
            let j = rng.random_range(i..size);
            all.swap(i, j);
        }
        all.truncate(wanted);
        all
    } else {
        // Much bigger than requested: sample until `wanted` distinct positions.
        let mut seen = std::collections::HashSet::with_capacity(wanted);
        while seen.len() < wanted {
            seen.insert(rng.random_range(0..size));
        }
        seen.into_iter().collect()
    };
    if ordered {
        picked.sort_unstable();
    }
    picked
}
