//! Set commands: SADD, SREM, SMEMBERS, SISMEMBER, SMISMEMBER, SCARD, SPOP,
//! SRANDMEMBER, SMOVE, the SINTER/SUNION/SDIFF families and SSCAN, with the
//! replies, errors and encoding changes of Redis 7.0's t_set.c. The set
//! itself lives in [`crate::db::set`].

use std::collections::HashSet;

use rand::RngExt;

use super::{Access, Ctx, Handler, err, is, parse_int, typed_at};
use crate::db::set::Member;
use crate::db::{Set, Value};
use crate::glob::glob_match;
use crate::resp::parse::Args;
use crate::util::num::parse_scan_cursor;

pub const COMMANDS: &[(&str, Handler)] = &[
    ("sadd", sadd),
    ("srem", srem),
    ("smembers", smembers),
    ("sismember", sismember),
    ("smismember", smismember),
    ("scard", scard),
    ("spop", spop),
    ("srandmember", srandmember),
    ("smove", smove),
    ("sinter", sinter),
    ("sintercard", sintercard),
    ("sinterstore", sinterstore),
    ("sunion", sunion),
    ("sunionstore", sunionstore),
    ("sdiff", sdiff),
    ("sdiffstore", sdiffstore),
    ("sscan", sscan),
];

/// SPOP switches to "rebuild the set" when the set is less than this many
/// times bigger than what stays (SPOP_MOVE_STRATEGY_MUL).
const SPOP_MOVE_STRATEGY_MUL: u64 = 5;
/// SRANDMEMBER copies the set when it is at most this many times the count.
const SRANDMEMBER_SUB_STRATEGY_MUL: usize = 3;

/// Look a set up. Read lookups count a keyspace hit or miss (Redis's
/// lookupKeyRead), write lookups do not. `Err` means WRONGTYPE was replied.
fn lookup<'c>(ctx: &'c mut Ctx, key: &[u8], read: bool) -> Result<Option<&'c mut Set>, ()> {
    let (db, now) = (ctx.client().db, ctx.now);
    let access = if read { Access::Read } else { Access::Write };
    let Ctx { srv, reply, .. } = ctx;
    typed_at(srv, db, key, now, access, crate::db::Value::as_set_mut).map_err(|_| reply.error(err::WRONGTYPE))
}

/// What a key holds, after a lookup that expires, touches and (for reads)
/// counts it: None when missing, Some(true) for a set.
fn probe(ctx: &mut Ctx, key: &[u8], read: bool) -> Option<bool> {
    let now = ctx.now;
    let db_index = ctx.client().db;
    let srv = &mut *ctx.srv;
    let is_set = srv.dbs[db_index].lookup(key, now).map(|e| e.value.as_set().is_some());
    if read {
        if is_set.is_some() {
            srv.stats.keyspace_hits += 1;
        } else {
            srv.stats.keyspace_misses += 1;
        }
    }
    is_set
}

/// Reply with one member as a bulk string.
fn reply_member(reply: &mut crate::resp::Reply, m: Member) {
    match m {
        Member::Int(v) => reply.bulk_i64(v),
        Member::Bytes(b) => reply.bulk(b),
    }
}

/// Parse a count as Redis's getRangeLongFromObjectOrReply with no message.
fn parse_range(ctx: &mut Ctx, arg: &[u8], min: i64, max: i64) -> Option<i64> {
    let v = parse_int(ctx, arg)?;
    if v < min || v > max {
        ctx.reply.error(&format!(
            "ERR value is out of range, value must between {min} and {max}"
        ));
        return None;
    }
    Some(v)
}

/// Parse with a custom message for both "not an integer" and "out of
/// range" (getRangeLongFromObjectOrReply with a message).
pub(crate) fn parse_range_msg(ctx: &mut Ctx, arg: &[u8], min: i64, msg: &str) -> Option<i64> {
    match crate::util::num::string2ll(arg) {
        Some(v) if v >= min => Some(v),
        _ => {
            ctx.reply.error(msg);
            None
        }
    }
}

/// getPositiveLongFromObjectOrReply without a message: Redis then uses
/// "must be positive" for non-integers too.
pub(crate) fn parse_positive(ctx: &mut Ctx, arg: &[u8]) -> Option<i64> {
    parse_range_msg(ctx, arg, 0, "ERR value is out of range, must be positive")
}

fn sadd(ctx: &mut Ctx, args: &Args) {
    let key = args.get(1);
    let max = ctx.srv.settings.set_max_intset_entries;
    let added = match lookup(ctx, key, false) {
        Err(()) => return,
        Ok(Some(set)) => args.iter_from(2).filter(|m| set.add(m, max)).count(),
        Ok(None) => {
            let mut set = Set::for_member(args.get(2));
            let added = args.iter_from(2).filter(|m| set.add(m, max)).count();
            let now = ctx.now;
            ctx.db().set(key, Value::Set(set), now, false);
            added
        }
    };
    if added > 0 {
        ctx.key_modified(key);
    }
    ctx.reply.int(added as i64);
}

fn srem(ctx: &mut Ctx, args: &Args) {
    let key = args.get(1);
    let (deleted, emptied) = match lookup(ctx, key, false) {
        Err(()) => return,
        Ok(None) => return ctx.reply.int(0),
        Ok(Some(set)) => {
            let mut deleted = 0;
            for m in args.iter_from(2) {
                if set.remove(m) {
                    deleted += 1;
                    if set.is_empty() {
                        break;
                    }
                }
            }
            (deleted, set.is_empty())
        }
    };
    if emptied {
        ctx.db().remove(key);
    }
    if deleted > 0 {
        ctx.key_modified(key);
    }
    ctx.reply.int(deleted);
}

fn smove(ctx: &mut Ctx, args: &Args) {
    let (src, dst, member) = (args.get(1), args.get(2), args.get(3));
    let src_kind = probe(ctx, src, false);
    let dst_kind = probe(ctx, dst, false);
    match (src_kind, dst_kind) {
        (None, _) => return ctx.reply.int(0),
        (Some(false), _) | (_, Some(false)) => return ctx.reply.error(err::WRONGTYPE),
        _ => {}
    }
    if src == dst {
        let found = matches!(lookup(ctx, src, false), Ok(Some(s)) if s.contains(member));
        return ctx.reply.int(found as i64);
    }
    let Ok(Some(set)) = lookup(ctx, src, false) else {
        return ctx.reply.int(0);
    };
    if !set.remove(member) {
        return ctx.reply.int(0);
    }
    if set.is_empty() {
        ctx.db().remove(src);
    }
    let max = ctx.srv.settings.set_max_intset_entries;
    let added = match lookup(ctx, dst, false) {
        Ok(Some(set)) => set.add(member, max),
        _ => {
            let mut set = Set::for_member(member);
            set.add(member, max);
            let now = ctx.now;
            ctx.db().set(dst, Value::Set(set), now, false);
            true
        }
    };
    ctx.key_modified(src);
    if added {
        ctx.key_modified(dst);
    }
    ctx.reply.int(1);
}

fn sismember(ctx: &mut Ctx, args: &Args) {
    let found = match lookup(ctx, args.get(1), true) {
        Err(()) => return,
        Ok(set) => set.is_some_and(|s| s.contains(args.get(2))),
    };
    ctx.reply.int(found as i64);
}

fn smismember(ctx: &mut Ctx, args: &Args) {
    let Ok(set) = lookup(ctx, args.get(1), true) else {
        return;
    };
    let found: Vec<bool> = args
        .iter_from(2)
        .map(|m| set.as_ref().is_some_and(|s| s.contains(m)))
        .collect();
    ctx.reply.array(found.len());
    for f in found {
        ctx.reply.int(f as i64);
    }
}

fn scard(ctx: &mut Ctx, args: &Args) {
    let len = match lookup(ctx, args.get(1), true) {
        Err(()) => return,
        Ok(set) => set.map_or(0, |s| s.len()),
    };
    ctx.reply.int(len as i64);
}

fn spop(ctx: &mut Ctx, args: &Args) {
    match args.len() {
        3 => return spop_with_count(ctx, args),
        n if n > 3 => return ctx.reply.error(err::SYNTAX),
        _ => {}
    }
    let key = args.get(1);
    if lookup(ctx, key, false).is_err() {
        return;
    }
    let db_index = ctx.client().db;
    let srv = &mut *ctx.srv;
    let Some(set) = srv.dbs[db_index]
        .lookup(key, ctx.now)
        .and_then(|e| e.value.as_set_mut())
    else {
        return ctx.reply.null();
    };
    let Some(member) = set.pop_random(&mut srv.rng) else {
        return ctx.reply.null();
    };
    if set.is_empty() {
        srv.dbs[db_index].remove(key);
    }
    ctx.reply.bulk(&member);
    propagate_srem(ctx, key, vec![member.to_vec()]);
    ctx.key_modified(key);
}

/// SPOP propagates what it removed (SREM), not a random pop the replica would redo differently.
fn propagate_srem(ctx: &mut Ctx, key: &[u8], members: Vec<Vec<u8>>) {
    let mut argv = vec![b"SREM".to_vec(), key.to_vec()];
    argv.extend(members);
    ctx.srv.repl.propagate_as = Some(argv);
}

fn spop_with_count(ctx: &mut Ctx, args: &Args) {
    let key = args.get(1);
    let Some(count) = parse_positive(ctx, args.get(2)) else {
        return;
    };
    let count = count as u64;
    let size = match lookup(ctx, key, false) {
        Err(()) => return,
        Ok(None) => return ctx.reply.set(0),
        Ok(Some(set)) => set.len() as u64,
    };
    if count == 0 {
        return ctx.reply.set(0);
    }
    if count >= size {
        // The whole set, in the order of a set rebuilt from it (SUNION).
        let max = ctx.srv.settings.set_max_intset_entries;
        let Some(Value::Set(set)) = ctx.db().remove(key).map(|e| e.value) else {
            return;
        };
        let mut all = Set::new_intset();
        set.iter().for_each(|m| {
            all.add_member(m, max);
        });
        reply_set(ctx, &all);
        ctx.srv.repl.propagate_as = Some(vec![b"DEL".to_vec(), key.to_vec()]);
        return ctx.key_modified(key);
    }
    ctx.reply.set(count as usize);
    let remaining = size - count;
    let max = ctx.srv.settings.set_max_intset_entries;
    let db_index = ctx.client().db;
    let Ctx { srv, reply, now, .. } = ctx;
    let Some(set) = srv.dbs[db_index].lookup(key, *now).and_then(|e| e.value.as_set_mut()) else {
        return;
    };
    let mut popped: Vec<Vec<u8>> = Vec::with_capacity(count as usize);
    if remaining * SPOP_MOVE_STRATEGY_MUL > count {
        for _ in 0..count {
            if let Some(m) = set.pop_random(&mut srv.rng) {
                reply.bulk(&m);
                popped.push(m.to_vec());
            }
        }
    } else {
        // Pick the members that stay; reply the others and drop them.
        let keep = sample_positions(&mut srv.rng, size as usize, remaining as usize);
        for (pos, m) in set.iter().enumerate() {
            if !keep[pos] {
                popped.push(m.to_vec());
                reply_member(reply, m);
            }
        }
        set.retain_rebuilt(max, |pos, _| keep[pos]);
    }
    propagate_srem(ctx, key, popped);
    ctx.key_modified(key);
}

/// `n` distinct positions out of `size`, as flags (partial Fisher-Yates).
fn sample_positions(rng: &mut impl rand::Rng, size: usize, n: usize) -> Vec<bool> {
    let mut order: Vec<usize> = (0..size).collect();
    let mut chosen = vec![false; size];
    for i in 0..n.min(size) {
        let j = rng.random_range(i..size);
        order.swap(i, j);
        chosen[order[i]] = true;
    }
    chosen
}

fn srandmember(ctx: &mut Ctx, args: &Args) {
    match args.len() {
        3 => return srandmember_with_count(ctx, args),
        n if n > 3 => return ctx.reply.error(err::SYNTAX),
        _ => {}
    }
    if lookup(ctx, args.get(1), true).is_err() {
        return;
    }
    let db_index = ctx.client().db;
    let Ctx { srv, reply, .. } = ctx;
    let Some(set) = srv.dbs[db_index].peek(args.get(1)).and_then(|e| e.value.as_set()) else {
        return reply.null();
    };
    match set.random(&mut srv.rng) {
        Some(m) => reply_member(reply, m),
        None => reply.null(),
    }
}

fn srandmember_with_count(ctx: &mut Ctx, args: &Args) {
    let Some(l) = parse_range(ctx, args.get(2), -i64::MAX, i64::MAX) else {
        return;
    };
    let (count, unique) = (l.unsigned_abs() as usize, l >= 0);
    match lookup(ctx, args.get(1), true) {
        Err(()) => return,
        Ok(None) => return ctx.reply.array(0),
        Ok(Some(_)) => {}
    }
    if count == 0 {
        return ctx.reply.array(0);
    }
    let db_index = ctx.client().db;
    let Ctx { srv, reply, .. } = ctx;
    let Some(set) = srv.dbs[db_index].peek(args.get(1)).and_then(|e| e.value.as_set()) else {
        return reply.array(0);
    };
    let size = set.len();
    let rng = &mut srv.rng;
    if !unique || count == 1 {
        reply.array(count);
        for _ in 0..count {
            if let Some(m) = set.random(rng) {
                reply_member(reply, m);
            }
        }
        return;
    }
    if count >= size {
        reply.array(size);
        set.iter().for_each(|m| reply_member(reply, m));
        return;
    }
    reply.array(count);
    if count * SRANDMEMBER_SUB_STRATEGY_MUL > size {
        let chosen = sample_positions(rng, size, count);
        for (pos, m) in set.iter().enumerate() {
            if chosen[pos] {
                reply_member(reply, m);
            }
        }
    } else {
        let mut picked = HashSet::with_capacity(count);
        while picked.len() < count {
            let m = set.random(rng).map(Member::to_vec).unwrap_or_default();
            if !picked.contains(&m) {
                reply.bulk(&m);
                picked.insert(m);
            }
        }
    }
}

/// Reply with all members of a set, as a RESP3 set.
fn reply_set(ctx: &mut Ctx, set: &Set) {
    ctx.reply.set(set.len());
    set.iter().for_each(|m| reply_member(ctx.reply, m));
}

/// Look every key up for reading (in order, stopping at a wrong type, as
/// Redis does). Err after WRONGTYPE; else which keys exist.
fn probe_all(ctx: &mut Ctx, keys: &[&[u8]]) -> Result<Vec<bool>, ()> {
    let mut found = Vec::with_capacity(keys.len());
    for key in keys {
        match probe(ctx, key, true) {
            Some(false) => {
                ctx.reply.error(err::WRONGTYPE);
                return Err(());
            }
            kind => found.push(kind.is_some()),
        }
    }
    Ok(found)
}

/// The sets under `keys` (None for missing keys), after [`probe_all`].
fn sets_of<'d>(db: &'d crate::db::Db, keys: &[&[u8]]) -> Vec<Option<&'d Set>> {
    keys.iter().map(|k| db.peek(k).and_then(|e| e.value.as_set())).collect()
}

/// Store `result` under `dst` (or delete `dst` when empty) and reply its size.
fn store_result(ctx: &mut Ctx, dst: &[u8], result: Set) {
    let now = ctx.now;
    let len = result.len();
    if len > 0 {
        ctx.db().set(dst, Value::Set(result), now, false);
        ctx.key_modified(dst);
    } else if ctx.db().remove(dst).is_some() {
        ctx.key_modified(dst);
    }
    ctx.reply.int(len as i64);
}

/// What a SINTER-family call produces.
#[derive(Clone, Copy, PartialEq, Eq)]
enum InterOut<'a> {
    Reply,
    Store(&'a [u8]),
    Card(usize),
}

/// SINTER, SMEMBERS, SINTERSTORE, SINTERCARD (sinterGenericCommand).
fn sinter_generic(ctx: &mut Ctx, keys: &[&[u8]], out: InterOut) {
    let Ok(found) = probe_all(ctx, keys) else {
        return;
    };
    if found.iter().any(|f| !f) {
        return match out {
            InterOut::Store(dst) => store_result(ctx, dst, Set::new_intset()),
            InterOut::Card(_) => ctx.reply.int(0),
            InterOut::Reply => ctx.reply.set(0),
        };
    }
    let max = ctx.srv.settings.set_max_intset_entries;
    let db_index = ctx.client().db;
    let Ctx { srv, reply, .. } = ctx;
    let mut sets: Vec<&Set> = sets_of(&srv.dbs[db_index], keys).into_iter().flatten().collect();
    // Smallest first (a stable sort, like glibc's qsort here).
    sets.sort_by_key(|s| s.len());
    let (first, rest) = sets.split_first().expect("at least one key");
    let in_all = |m: Member| rest.iter().all(|s| std::ptr::eq(*s, *first) || s.contains_member(m));
    match out {
        InterOut::Card(limit) => {
            let mut n = 0;
            for m in first.iter() {
                if in_all(m) {
                    n += 1;
                    if limit > 0 && n >= limit {
                        break;
                    }
                }
            }
            reply.int(n as i64);
        }
        InterOut::Reply => {
            let members: Vec<Member> = first.iter().filter(|&m| in_all(m)).collect();
            reply.set(members.len());
            members.into_iter().for_each(|m| reply_member(reply, m));
        }
        InterOut::Store(dst) => {
            let mut result = Set::new_intset();
            for m in first.iter().filter(|&m| in_all(m)) {
                result.add_member(m, max);
            }
            store_result(ctx, dst, result);
        }
    }
}

fn smembers(ctx: &mut Ctx, args: &Args) {
    sinter_generic(ctx, &[args.get(1)], InterOut::Reply);
}

fn sinter(ctx: &mut Ctx, args: &Args) {
    let keys: Vec<&[u8]> = args.iter_from(1).collect();
    sinter_generic(ctx, &keys, InterOut::Reply);
}

fn sinterstore(ctx: &mut Ctx, args: &Args) {
    let keys: Vec<&[u8]> = args.iter_from(2).collect();
    sinter_generic(ctx, &keys, InterOut::Store(args.get(1)));
}

fn sintercard(ctx: &mut Ctx, args: &Args) {
    let Some(numkeys) = parse_range_msg(ctx, args.get(1), 1, "ERR numkeys should be greater than 0") else {
        return;
    };
    if numkeys > (args.len() - 2) as i64 {
        return ctx
            .reply
            .error("ERR Number of keys can't be greater than number of args");
    }
    let numkeys = numkeys as usize;
    let mut limit = 0;
    let mut j = 2 + numkeys;
    while j < args.len() {
        if is(args.get(j), "LIMIT") && j + 1 < args.len() {
            let Some(l) = parse_range_msg(ctx, args.get(j + 1), 0, "ERR LIMIT can't be negative") else {
                return;
            };
            limit = l as usize;
            j += 2;
        } else {
            return ctx.reply.error(err::SYNTAX);
        }
    }
    let keys: Vec<&[u8]> = args.iter_from(2).take(numkeys).collect();
    sinter_generic(ctx, &keys, InterOut::Card(limit));
}

/// SUNION / SDIFF and their STORE forms (sunionDiffGenericCommand).
fn sunion_diff_generic(ctx: &mut Ctx, keys: &[&[u8]], dst: Option<&[u8]>, diff: bool) {
    if probe_all(ctx, keys).is_err() {
        return;
    }
    let max = ctx.srv.settings.set_max_intset_entries;
    let db_index = ctx.client().db;
    let sets = sets_of(&ctx.srv.dbs[db_index], keys);
    let result = if diff {
        let same_as_first = keys[1..].iter().any(|k| *k == keys[0]) && sets[0].is_some();
        if same_as_first {
            Set::new_intset()
        } else {
            set_difference(&sets, max)
        }
    } else {
        let mut result = Set::new_intset();
        for set in sets.iter().flatten() {
            set.iter().for_each(|m| {
                result.add_member(m, max);
            });
        }
        result
    };
    match dst {
        Some(dst) => store_result(ctx, dst, result),
        None => reply_set(ctx, &result),
    }
}

/// The members of `sets[0]` in none of the others, with the cheaper of
/// Redis's two algorithms.
fn set_difference(sets: &[Option<&Set>], max: usize) -> Set {
    let mut result = Set::new_intset();
    let Some(first) = sets[0] else {
        return result;
    };
    let len_of = |s: &Option<&Set>| s.map_or(0, |s| s.len());
    let algo_one: usize = sets.iter().filter(|s| s.is_some()).count() * first.len() / 2;
    let algo_two: usize = sets.iter().map(len_of).sum();
    if algo_one <= algo_two {
        let mut others: Vec<&Set> = sets[1..].iter().flatten().copied().collect();
        others.sort_by_key(|s| std::cmp::Reverse(s.len()));
        for m in first.iter() {
            if !others.iter().any(|s| s.contains_member(m)) {
                result.add_member(m, max);
            }
        }
    } else {
        first.iter().for_each(|m| {
            result.add_member(m, max);
        });
        for set in sets[1..].iter().flatten() {
            for m in set.iter() {
                m.with_bytes(|b| result.remove(b));
            }
            if result.is_empty() {
                break;
            }
        }
    }
    result
}

fn sunion(ctx: &mut Ctx, args: &Args) {
    let keys: Vec<&[u8]> = args.iter_from(1).collect();
    sunion_diff_generic(ctx, &keys, None, false);
}

fn sunionstore(ctx: &mut Ctx, args: &Args) {
    let keys: Vec<&[u8]> = args.iter_from(2).collect();
    sunion_diff_generic(ctx, &keys, Some(args.get(1)), false);
}

fn sdiff(ctx: &mut Ctx, args: &Args) {
    let keys: Vec<&[u8]> = args.iter_from(1).collect();
    sunion_diff_generic(ctx, &keys, None, true);
}

fn sdiffstore(ctx: &mut Ctx, args: &Args) {
    let keys: Vec<&[u8]> = args.iter_from(2).collect();
    sunion_diff_generic(ctx, &keys, Some(args.get(1)), true);
}

/// A *SCAN cursor ([`parse_scan_cursor`]), replying "invalid cursor" when bad.
pub(crate) fn parse_cursor(ctx: &mut Ctx, arg: &[u8]) -> Option<u64> {
    let cursor = parse_scan_cursor(arg);
    if cursor.is_none() {
        ctx.reply.error("ERR invalid cursor");
    }
    cursor
}

/// Parsed *SCAN options.
pub(crate) struct ScanOptions<'a> {
    pub count: usize,
    pub pattern: Option<&'a [u8]>,
}

impl ScanOptions<'_> {
    /// True when `member` passes the MATCH filter.
    pub fn matches(&self, member: &[u8]) -> bool {
        self.pattern.is_none_or(|p| glob_match(p, member, false))
    }
}

/// Parse `[MATCH pattern] [COUNT count]` from argument 3 on, replying with
/// Redis's errors.
pub(crate) fn parse_scan_options<'a>(ctx: &mut Ctx, args: &Args<'a>) -> Option<ScanOptions<'a>> {
    let mut opts = ScanOptions {
        count: 10,
        pattern: None,
    };
    let mut i = 3;
    while i < args.len() {
        let more = i + 1 < args.len();
        if is(args.get(i), "COUNT") && more {
            let n = parse_int(ctx, args.get(i + 1))?;
            if n < 1 {
                ctx.reply.error(err::SYNTAX);
                return None;
            }
            opts.count = n as usize;
        } else if is(args.get(i), "MATCH") && more {
            let p = args.get(i + 1);
            opts.pattern = (p != b"*").then_some(p);
        } else {
            ctx.reply.error(err::SYNTAX);
            return None;
        }
        i += 2;
    }
    Some(opts)
}

/// Reply `[cursor, [elements...]]`.
pub(crate) fn reply_scan(ctx: &mut Ctx, cursor: u64, items: &[Vec<u8>]) {
    ctx.reply.array(2);
    ctx.reply.bulk(cursor.to_string().as_bytes());
    ctx.reply.bulk_array(items.iter().map(|i| &i[..]));
}

fn sscan(ctx: &mut Ctx, args: &Args) {
    let Some(cursor) = parse_cursor(ctx, args.get(2)) else {
        return;
    };
    match lookup(ctx, args.get(1), true) {
        Err(()) => return,
        Ok(None) => return reply_scan(ctx, 0, &[]),
        Ok(Some(_)) => {}
    }
    let Some(opts) = parse_scan_options(ctx, args) else {
        return;
    };
    let db_index = ctx.client().db;
    let Some(set) = ctx.srv.dbs[db_index].peek(args.get(1)).and_then(|e| e.value.as_set()) else {
        return reply_scan(ctx, 0, &[]);
    };
    let mut items = Vec::new();
    let next = set.scan(cursor, opts.count, |m| {
        m.with_bytes(|b| {
            if opts.matches(b) {
                items.push(b.to_vec());
            }
        })
    });
    reply_scan(ctx, next, &items);
}
