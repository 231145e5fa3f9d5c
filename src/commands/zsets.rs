//! Sorted set commands: ZADD/ZINCRBY, removal, scores and ranks, the ZRANGE
//! family (by rank, score and lex, reversed, limited, stored), counting,
//! pops (blocking too), ZRANDMEMBER, ZUNION/ZINTER/ZDIFF (sets accepted as
//! inputs with score 1) and ZSCAN, with the replies, errors and encoding
//! changes of Redis 7.0's t_zset.c. The zset itself lives in
//! [`crate::db::zset`].

use std::collections::hash_map::Entry as MapEntry;
use std::collections::{HashMap, HashSet};

use rand::RngExt;

use super::sets::{parse_cursor, parse_positive, parse_range_msg, parse_scan_options, reply_scan};
use super::{Access, Ctx, Handler, TimeoutReply, err, is, parse_int, typed_at};
use crate::db::zset::{AddFlags, AddResult, LexRange, ScoreRange, ZLimits, parse_score};
use crate::db::{Db, Set, Value, ZSet};
use crate::resp::Reply;
use crate::resp::parse::Args;
use crate::util::num::{format_g17, push_i64};

pub const COMMANDS: &[(&str, Handler)] = &[
    ("zadd", zadd),
    ("zincrby", zincrby),
    ("zrem", zrem),
    ("zscore", zscore),
    ("zmscore", zmscore),
    ("zcard", zcard),
    ("zcount", zcount),
    ("zlexcount", zlexcount),
    ("zrange", zrange),
    ("zrangestore", zrangestore),
    ("zrangebyscore", zrangebyscore),
    ("zrevrangebyscore", zrevrangebyscore),
    ("zrangebylex", zrangebylex),
    ("zrevrangebylex", zrevrangebylex),
    ("zrevrange", zrevrange),
    ("zrank", zrank),
    ("zrevrank", zrevrank),
    ("zpopmin", zpopmin),
    ("zpopmax", zpopmax),
    ("bzpopmin", bzpopmin),
    ("bzpopmax", bzpopmax),
    ("zmpop", zmpop),
    ("bzmpop", bzmpop),
    ("zunion", zunion),
    ("zunionstore", zunionstore),
    ("zinter", zinter),
    ("zinterstore", zinterstore),
    ("zintercard", zintercard),
    ("zdiff", zdiff),
    ("zdiffstore", zdiffstore),
    ("zremrangebyrank", zremrangebyrank),
    ("zremrangebyscore", zremrangebyscore),
    ("zremrangebylex", zremrangebylex),
    ("zrandmember", zrandmember),
    ("zscan", zscan),
];

const NOT_FLOAT_RANGE: &str = "ERR min or max is not a float";
const NOT_LEX_RANGE: &str = "ERR min or max not valid string range item";

fn limits(ctx: &Ctx) -> ZLimits {
    ZLimits {
        max_listpack_entries: ctx.srv.settings.zset_max_listpack_entries,
        max_listpack_value: ctx.srv.settings.zset_max_listpack_value,
    }
}

/// Look a zset up. Read lookups count a keyspace hit or miss, write lookups
/// do not. `Err` means WRONGTYPE was replied.
fn lookup<'c>(ctx: &'c mut Ctx, key: &[u8], read: bool) -> Result<Option<&'c mut ZSet>, ()> {
    let (db, now) = (ctx.client().db, ctx.now);
    let access = if read { Access::Read } else { Access::Write };
    let Ctx { srv, reply, .. } = ctx;
    typed_at(srv, db, key, now, access, crate::db::Value::as_zset_mut).map_err(|_| reply.error(err::WRONGTYPE))
}

/// The zset under `key` without expiring, touching or counting (after a
/// [`lookup`] did those).
fn peek<'d>(db: &'d Db, key: &[u8]) -> Option<&'d ZSet> {
    db.peek(key).and_then(|e| e.value.as_zset())
}

/// Delete `key` when its zset became empty.
fn delete_if_empty(ctx: &mut Ctx, key: &[u8]) {
    let db = ctx.db();
    if db
        .peek(key)
        .and_then(|e| e.value.as_zset())
        .is_some_and(|z| z.is_empty())
    {
        db.remove(key);
    }
}

/// Store `result` under `dst`, or delete `dst` when it is empty; replies
/// the stored size (setKey / dbDelete in Redis's *STORE commands).
fn store_result(ctx: &mut Ctx, dst: &[u8], items: Vec<(Box<[u8]>, f64)>) {
    let len = items.len();
    if len > 0 {
        let zset = ZSet::from_sorted(items, &limits(ctx));
        let now = ctx.now;
        ctx.db().set(dst, Value::ZSet(zset), now, false);
        ctx.key_modified(dst);
    } else if ctx.db().remove(dst).is_some() {
        ctx.key_modified(dst);
    }
    ctx.reply.int(len as i64);
}

/// Reply with (member, score) pairs: a flat array in RESP2, [member, score]
/// pairs in RESP3 when `withscores`; members only otherwise.
fn reply_pairs<'a>(reply: &mut Reply, items: impl ExactSizeIterator<Item = (&'a [u8], f64)>, withscores: bool) {
    let n = items.len();
    reply.array(if withscores && reply.resp == 2 { n * 2 } else { n });
    for (m, s) in items {
        reply_pair(reply, m, s, withscores);
    }
}

fn reply_pair(reply: &mut Reply, member: &[u8], score: f64, withscores: bool) {
    if withscores && reply.resp > 2 {
        reply.array(2);
    }
    reply.bulk(member);
    if withscores {
        reply.double(score);
    }
}

// --------------------------------------------------------------------------
// ZADD, ZINCRBY, ZREM
// --------------------------------------------------------------------------

fn zadd(ctx: &mut Ctx, args: &Args) {
    zadd_generic(ctx, args, false);
}

fn zincrby(ctx: &mut Ctx, args: &Args) {
    zadd_generic(ctx, args, true);
}

/// ZADD and ZINCRBY (zaddGenericCommand).
fn zadd_generic(ctx: &mut Ctx, args: &Args, incr_cmd: bool) {
    let key = args.get(1);
    let mut flags = AddFlags {
        incr: incr_cmd,
        ..AddFlags::default()
    };
    let mut ch = false;
    let mut idx = 2;
    while idx < args.len() {
        let opt = args.get(idx);
        if is(opt, "nx") {
            flags.nx = true;
        } else if is(opt, "xx") {
            flags.xx = true;
        } else if is(opt, "ch") {
            ch = true;
        } else if is(opt, "incr") {
            flags.incr = true;
        } else if is(opt, "gt") {
            flags.gt = true;
        } else if is(opt, "lt") {
            flags.lt = true;
        } else {
            break;
        }
        idx += 1;
    }
    let elements = args.len() - idx;
    if elements % 2 == 1 || elements == 0 {
        return ctx.reply.error(err::SYNTAX);
    }
    if flags.nx && flags.xx {
        return ctx
            .reply
            .error("ERR XX and NX options at the same time are not compatible");
    }
    if (flags.nx && (flags.gt || flags.lt)) || (flags.gt && flags.lt) {
        return ctx
            .reply
            .error("ERR GT, LT, and/or NX options at the same time are not compatible");
    }
    if flags.incr && elements > 2 {
        return ctx
            .reply
            .error("ERR INCR option supports a single increment-element pair");
    }
    let mut scores = Vec::with_capacity(elements / 2);
    for j in (idx..args.len()).step_by(2) {
        match parse_score(args.get(j)) {
            Some(s) => scores.push(s),
            None => return ctx.reply.error(err::NOT_FLOAT),
        }
    }
    let limits = limits(ctx);
    let (mut added, mut updated, mut processed, mut last_score) = (0, 0, 0, 0.0);
    let mut nan = false;
    let exists = match lookup(ctx, key, false) {
        Err(()) => return,
        Ok(z) => z.is_some(),
    };
    if exists || !flags.xx {
        if !exists {
            let zset = ZSet::for_first(args.get(idx + 1).len(), &limits);
            let now = ctx.now;
            ctx.db().set(key, Value::ZSet(zset), now, false);
        }
        let Ok(Some(zset)) = lookup(ctx, key, false) else {
            return;
        };
        for (j, &score) in scores.iter().enumerate() {
            let member = args.get(idx + 1 + 2 * j);
            match zset.add(member, score, flags, &limits) {
                AddResult::NotANumber => {
                    nan = true;
                    break;
                }
                AddResult::Added(s) => (added, processed, last_score) = (added + 1, processed + 1, s),
                AddResult::Updated(s) => (updated, processed, last_score) = (updated + 1, processed + 1, s),
                AddResult::Unchanged(s) => (processed, last_score) = (processed + 1, s),
                AddResult::Skipped => {}
            }
        }
    }
    if nan {
        ctx.reply.error("ERR resulting score is not a number (NaN)");
    } else if flags.incr {
        if processed > 0 {
            ctx.reply.double(last_score);
        } else {
            ctx.reply.null();
        }
    } else {
        ctx.reply.int(if ch { added + updated } else { added });
    }
    if added + updated > 0 {
        ctx.key_modified(key);
    }
}

fn zrem(ctx: &mut Ctx, args: &Args) {
    let key = args.get(1);
    let deleted = match lookup(ctx, key, false) {
        Err(()) => return,
        Ok(None) => return ctx.reply.int(0),
        Ok(Some(zset)) => {
            let mut deleted = 0;
            for m in args.iter_from(2) {
                if zset.remove(m) {
                    deleted += 1;
                }
                if zset.is_empty() {
                    break;
                }
            }
            deleted
        }
    };
    delete_if_empty(ctx, key);
    if deleted > 0 {
        ctx.key_modified(key);
    }
    ctx.reply.int(deleted);
}

// --------------------------------------------------------------------------
// Ranges
// --------------------------------------------------------------------------

/// A parsed range of any of the three kinds.
enum Range {
    Rank(i64, i64),
    Score(ScoreRange),
    Lex(LexRange),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum RangeKind {
    Auto,
    Rank,
    Score,
    Lex,
}

/// Clamp rank arguments like Redis (negative from the end); None when the
/// range is empty.
fn clamp_ranks(start: i64, end: i64, len: usize) -> Option<(usize, usize)> {
    let len = len as i64;
    let mut start = if start < 0 { len + start } else { start };
    let mut end = if end < 0 { len + end } else { end };
    if start < 0 {
        start = 0;
    }
    if start > end || start >= len {
        return None;
    }
    if end >= len {
        end = len - 1;
    }
    Some((start as usize, end as usize))
}

fn parse_range(ctx: &mut Ctx, kind: RangeKind, min: &[u8], max: &[u8]) -> Option<Range> {
    match kind {
        RangeKind::Auto | RangeKind::Rank => {
            let start = parse_int(ctx, min)?;
            let end = parse_int(ctx, max)?;
            Some(Range::Rank(start, end))
        }
        RangeKind::Score => match ScoreRange::parse(min, max) {
            Some(r) => Some(Range::Score(r)),
            None => {
                ctx.reply.error(NOT_FLOAT_RANGE);
                None
            }
        },
        RangeKind::Lex => match LexRange::parse(min, max) {
            Some(r) => Some(Range::Lex(r)),
            None => {
                ctx.reply.error(NOT_LEX_RANGE);
                None
            }
        },
    }
}

/// The members of `zset` selected by a range, in reply order, after
/// OFFSET/LIMIT (genericZrangeby{rank,score,lex}Command).
fn select<'z>(zset: &'z ZSet, range: &Range, reverse: bool, offset: i64, limit: i64) -> Vec<(&'z [u8], f64)> {
    match range {
        Range::Rank(start, end) => {
            let Some((start, end)) = clamp_ranks(*start, *end, zset.len()) else {
                return Vec::new();
            };
            let from = if reverse { zset.len() - 1 - start } else { start };
            zset.iter_from(from, reverse).take(end - start + 1).collect()
        }
        Range::Score(r) => {
            if offset > 0 && offset as u64 >= zset.len() as u64 {
                return Vec::new();
            }
            let first = if reverse {
                zset.last_in_range(r)
            } else {
                zset.first_in_range(r)
            };
            let in_range = |s: f64| if reverse { r.gte_min(s) } else { r.lte_max(s) };
            walk(zset, first, reverse, offset, limit, |_, s| in_range(s))
        }
        Range::Lex(r) => {
            let first = if reverse {
                zset.last_in_lex_range(r)
            } else {
                zset.first_in_lex_range(r)
            };
            let in_range = |m: &[u8]| if reverse { r.gte_min(m) } else { r.lte_max(m) };
            walk(zset, first, reverse, offset, limit, |m, _| in_range(m))
        }
    }
}

/// From rank `first`, skip `offset` members (all of them when negative, as
/// Redis's `while (offset--)` does), then take up to `limit` (no limit when
/// negative) while `in_range` holds.
fn walk(
    zset: &ZSet,
    first: Option<usize>,
    reverse: bool,
    offset: i64,
    limit: i64,
    in_range: impl Fn(&[u8], f64) -> bool,
) -> Vec<(&[u8], f64)> {
    let Some(first) = first else {
        return Vec::new();
    };
    if offset < 0 {
        return Vec::new();
    }
    let it = zset.iter_from(first, reverse).skip(offset as usize);
    let it = it.take_while(|(m, s)| in_range(m, *s));
    if limit < 0 {
        it.collect()
    } else {
        it.take(limit as usize).collect()
    }
}

/// ZRANGE, ZRANGESTORE and the older range commands (zrangeGenericCommand).
/// `key_at` is the index of the source key; `dst` is set for ZRANGESTORE.
fn zrange_generic(
    ctx: &mut Ctx,
    args: &Args,
    key_at: usize,
    dst: Option<&[u8]>,
    mut kind: RangeKind,
    mut reverse: Option<bool>,
) {
    let key = args.get(key_at);
    let (mut withscores, mut offset, mut limit) = (false, 0i64, -1i64);
    let mut j = key_at + 3;
    while j < args.len() {
        let left = args.len() - j - 1;
        let opt = args.get(j);
        if dst.is_none() && is(opt, "withscores") {
            withscores = true;
        } else if is(opt, "limit") && left >= 2 {
            let Some(o) = parse_int(ctx, args.get(j + 1)) else {
                return;
            };
            let Some(l) = parse_int(ctx, args.get(j + 2)) else {
                return;
            };
            (offset, limit) = (o, l);
            j += 2;
        } else if reverse.is_none() && is(opt, "rev") {
            reverse = Some(true);
        } else if kind == RangeKind::Auto && is(opt, "bylex") {
            kind = RangeKind::Lex;
        } else if kind == RangeKind::Auto && is(opt, "byscore") {
            kind = RangeKind::Score;
        } else {
            return ctx.reply.error(err::SYNTAX);
        }
        j += 1;
    }
    let reverse = reverse.unwrap_or(false);
    if kind == RangeKind::Auto {
        kind = RangeKind::Rank;
    }
    if limit != -1 && kind == RangeKind::Rank {
        return ctx
            .reply
            .error("ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX");
    }
    if withscores && kind == RangeKind::Lex {
        return ctx
            .reply
            .error("ERR syntax error, WITHSCORES not supported in combination with BYLEX");
    }
    let (mut min, mut max) = (args.get(key_at + 1), args.get(key_at + 2));
    if reverse && kind != RangeKind::Rank {
        std::mem::swap(&mut min, &mut max);
    }
    let Some(range) = parse_range(ctx, kind, min, max) else {
        return;
    };
    let found = match lookup(ctx, key, true) {
        Err(()) => return,
        Ok(z) => z.is_some(),
    };
    if !found {
        return match dst {
            Some(dst) => store_result(ctx, dst, Vec::new()),
            None => ctx.reply.array(0),
        };
    }
    let db_index = ctx.client().db;
    let Ctx { srv, reply, .. } = &mut *ctx;
    let Some(zset) = peek(&srv.dbs[db_index], key) else {
        return reply.array(0);
    };
    let items = select(zset, &range, reverse, offset, limit);
    match dst {
        None => reply_pairs(reply, items.into_iter(), withscores),
        Some(dst) => {
            let mut owned: Vec<(Box<[u8]>, f64)> = items.into_iter().map(|(m, s)| (Box::from(m), s)).collect();
            if reverse {
                owned.reverse();
            }
            store_result(ctx, dst, owned);
        }
    }
}

fn zrange(ctx: &mut Ctx, args: &Args) {
    zrange_generic(ctx, args, 1, None, RangeKind::Auto, None);
}

fn zrangestore(ctx: &mut Ctx, args: &Args) {
    zrange_generic(ctx, args, 2, Some(args.get(1)), RangeKind::Auto, None);
}

fn zrevrange(ctx: &mut Ctx, args: &Args) {
    zrange_generic(ctx, args, 1, None, RangeKind::Rank, Some(true));
}

fn zrangebyscore(ctx: &mut Ctx, args: &Args) {
    zrange_generic(ctx, args, 1, None, RangeKind::Score, Some(false));
}

fn zrevrangebyscore(ctx: &mut Ctx, args: &Args) {
    zrange_generic(ctx, args, 1, None, RangeKind::Score, Some(true));
}

fn zrangebylex(ctx: &mut Ctx, args: &Args) {
    zrange_generic(ctx, args, 1, None, RangeKind::Lex, Some(false));
}

fn zrevrangebylex(ctx: &mut Ctx, args: &Args) {
    zrange_generic(ctx, args, 1, None, RangeKind::Lex, Some(true));
}

/// Members counted between the first and last members in range: the
/// listpack counts from the first while `lte_max` holds, the skiplist
/// subtracts ranks, as Redis's ZCOUNT / ZLEXCOUNT do.
fn count_between(
    zset: &ZSet,
    first: Option<usize>,
    last: impl FnOnce() -> Option<usize>,
    lte_max: impl Fn(&[u8], f64) -> bool,
) -> usize {
    let Some(first) = first else {
        return 0;
    };
    if zset.is_listpack() {
        return zset.iter_from(first, false).take_while(|(m, s)| lte_max(m, *s)).count();
    }
    let len = zset.len();
    let mut count = len - first;
    if let Some(last) = last() {
        count -= len - (last + 1);
    }
    count
}

fn zcount(ctx: &mut Ctx, args: &Args) {
    let Some(r) = ScoreRange::parse(args.get(2), args.get(3)) else {
        return ctx.reply.error(NOT_FLOAT_RANGE);
    };
    let count = match lookup(ctx, args.get(1), true) {
        Err(()) => return,
        Ok(None) => 0,
        Ok(Some(z)) => count_between(z, z.first_in_range(&r), || z.last_in_range(&r), |_, s| r.lte_max(s)),
    };
    ctx.reply.int(count as i64);
}

fn zlexcount(ctx: &mut Ctx, args: &Args) {
    let Some(r) = LexRange::parse(args.get(2), args.get(3)) else {
        return ctx.reply.error(NOT_LEX_RANGE);
    };
    let count = match lookup(ctx, args.get(1), true) {
        Err(()) => return,
        Ok(None) => 0,
        Ok(Some(z)) => count_between(
            z,
            z.first_in_lex_range(&r),
            || z.last_in_lex_range(&r),
            |m, _| r.lte_max(m),
        ),
    };
    ctx.reply.int(count as i64);
}

/// ZREMRANGEBYRANK / SCORE / LEX (zremrangeGenericCommand).
fn zremrange_generic(ctx: &mut Ctx, args: &Args, kind: RangeKind) {
    let key = args.get(1);
    let Some(range) = parse_range(ctx, kind, args.get(2), args.get(3)) else {
        return;
    };
    let deleted = match lookup(ctx, key, false) {
        Err(()) => return,
        Ok(None) => return ctx.reply.int(0),
        Ok(Some(z)) => match &range {
            Range::Rank(start, end) => match clamp_ranks(*start, *end, z.len()) {
                None => return ctx.reply.int(0),
                Some((start, end)) => z.remove_rank_range(start, end),
            },
            Range::Score(r) => remove_from(z, z.first_in_range(r), |_, s| r.lte_max(s)),
            Range::Lex(r) => remove_from(z, z.first_in_lex_range(r), |m, _| r.lte_max(m)),
        },
    };
    delete_if_empty(ctx, key);
    if deleted > 0 {
        ctx.key_modified(key);
    }
    ctx.reply.int(deleted as i64);
}

/// Remove the members from rank `first` on while `lte_max` holds.
fn remove_from(zset: &mut ZSet, first: Option<usize>, lte_max: impl Fn(&[u8], f64) -> bool) -> usize {
    let Some(first) = first else {
        return 0;
    };
    let n = zset.iter_from(first, false).take_while(|(m, s)| lte_max(m, *s)).count();
    if n == 0 {
        return 0;
    }
    zset.remove_rank_range(first, first + n - 1)
}

fn zremrangebyrank(ctx: &mut Ctx, args: &Args) {
    zremrange_generic(ctx, args, RangeKind::Rank);
}

fn zremrangebyscore(ctx: &mut Ctx, args: &Args) {
    zremrange_generic(ctx, args, RangeKind::Score);
}

fn zremrangebylex(ctx: &mut Ctx, args: &Args) {
    zremrange_generic(ctx, args, RangeKind::Lex);
}

// --------------------------------------------------------------------------
// Scores, ranks, cardinality
// --------------------------------------------------------------------------

fn zcard(ctx: &mut Ctx, args: &Args) {
    let len = match lookup(ctx, args.get(1), true) {
        Err(()) => return,
        Ok(z) => z.map_or(0, |z| z.len()),
    };
    ctx.reply.int(len as i64);
}

fn zscore(ctx: &mut Ctx, args: &Args) {
    let score = match lookup(ctx, args.get(1), true) {
        Err(()) => return,
        Ok(z) => z.and_then(|z| z.score(args.get(2))),
    };
    match score {
        Some(s) => ctx.reply.double(s),
        None => ctx.reply.null(),
    }
}

fn zmscore(ctx: &mut Ctx, args: &Args) {
    let Ok(zset) = lookup(ctx, args.get(1), true) else {
        return;
    };
    let scores: Vec<Option<f64>> = args
        .iter_from(2)
        .map(|m| zset.as_ref().and_then(|z| z.score(m)))
        .collect();
    ctx.reply.array(scores.len());
    for s in scores {
        match s {
            Some(s) => ctx.reply.double(s),
            None => ctx.reply.null(),
        }
    }
}

fn zrank_generic(ctx: &mut Ctx, args: &Args, reverse: bool) {
    let rank = match lookup(ctx, args.get(1), true) {
        Err(()) => return,
        Ok(None) => None,
        Ok(Some(z)) => z.rank(args.get(2)).map(|r| if reverse { z.len() - 1 - r } else { r }),
    };
    match rank {
        Some(r) => ctx.reply.int(r as i64),
        None => ctx.reply.null(),
    }
}

fn zrank(ctx: &mut Ctx, args: &Args) {
    zrank_generic(ctx, args, false);
}

fn zrevrank(ctx: &mut Ctx, args: &Args) {
    zrank_generic(ctx, args, true);
}

// --------------------------------------------------------------------------
// Pops
// --------------------------------------------------------------------------

/// How a pop replies (genericZpopCommand's flags).
#[derive(Clone, Copy)]
struct PopReply {
    /// Also emit the key name (BZPOP*, ZMPOP).
    emit_key: bool,
    /// Member/score pairs as nested arrays.
    nested: bool,
    /// Null array instead of an empty one when nothing is popped.
    nil_when_empty: bool,
}

/// Pop from the first non-empty zset of `keys` (genericZpopCommand).
/// `count` None is a plain single pop.
fn zpop_generic(ctx: &mut Ctx, keys: &[&[u8]], max: bool, count: Option<u64>, how: PopReply) {
    let mut chosen = None;
    for &key in keys {
        match lookup(ctx, key, false) {
            Err(()) => return,
            Ok(None) => continue,
            Ok(Some(_)) => {
                chosen = Some(key);
                break;
            }
        }
    }
    let Some(key) = chosen else {
        return if how.nil_when_empty {
            ctx.reply.null_array()
        } else {
            ctx.reply.array(0)
        };
    };
    if count == Some(0) {
        return ctx.reply.array(0);
    }
    let count = count.unwrap_or(1);
    let (db_index, now) = (ctx.client().db, ctx.now);
    let Ctx { srv, reply, .. } = &mut *ctx;
    let Some(zset) = srv.dbs[db_index].lookup(key, now).and_then(|e| e.value.as_zset_mut()) else {
        return;
    };
    let n = count.min(zset.len() as u64) as usize;
    match (how.emit_key, how.nested) {
        (false, false) => reply.array(n * 2),
        (false, true) => reply.array(n),
        (true, false) => {
            reply.array(n * 2 + 1);
            reply.bulk(key);
        }
        (true, true) => {
            reply.array(2);
            reply.bulk(key);
            reply.array(n);
        }
    }
    for _ in 0..n {
        let Some((member, score)) = zset.pop(max) else {
            break;
        };
        if how.nested {
            reply.array(2);
        }
        reply.bulk(&member);
        reply.double(score);
    }
    delete_if_empty(ctx, key);
    ctx.key_modified(key);
}

fn zpop_min_max(ctx: &mut Ctx, args: &Args, max: bool) {
    if args.len() > 3 {
        return ctx.reply.error(err::SYNTAX);
    }
    let mut count = None;
    if args.len() == 3 {
        match parse_positive(ctx, args.get(2)) {
            Some(c) => count = Some(c as u64),
            None => return,
        }
    }
    let how = PopReply {
        emit_key: false,
        nested: ctx.reply.resp > 2 && count.is_some(),
        nil_when_empty: false,
    };
    zpop_generic(ctx, &[args.get(1)], max, count, how);
}

fn zpopmin(ctx: &mut Ctx, args: &Args) {
    zpop_min_max(ctx, args, false);
}

fn zpopmax(ctx: &mut Ctx, args: &Args) {
    zpop_min_max(ctx, args, true);
}

/// BZPOPMIN, BZPOPMAX, BZMPOP (blockingGenericZpopCommand).
fn blocking_zpop(ctx: &mut Ctx, keys: &[&[u8]], max: bool, timeout_arg: &[u8], count: Option<u64>, how: PopReply) {
    let Some(timeout) = ctx.parse_timeout(timeout_arg) else {
        return;
    };
    for key in ctx.keys_to_serve(keys) {
        match lookup(ctx, key, false) {
            Err(()) => return,
            Ok(Some(z)) if !z.is_empty() => {
                zpop_generic(ctx, &[key], max, count, how);
                // Replicas pop from the key served here (Redis propagates ZPOPMIN/ZPOPMAX key [count]).
                let pop: &[u8] = if max { b"ZPOPMAX" } else { b"ZPOPMIN" };
                let mut argv = vec![pop.to_vec(), key.to_vec()];
                if let Some(n) = count {
                    argv.push(n.to_string().into_bytes());
                }
                ctx.srv.repl.propagate_as = Some(argv);
                return;
            }
            Ok(_) => {}
        }
    }
    if !ctx.may_block() {
        return ctx.reply.null_array();
    }
    ctx.block(keys, timeout, TimeoutReply::NullArray);
}

fn bzpop(ctx: &mut Ctx, args: &Args, max: bool) {
    let keys: Vec<&[u8]> = args.iter_from(1).take(args.len() - 2).collect();
    let how = PopReply {
        emit_key: true,
        nested: false,
        nil_when_empty: false,
    };
    blocking_zpop(ctx, &keys, max, args.get(args.len() - 1), None, how);
}

fn bzpopmin(ctx: &mut Ctx, args: &Args) {
    bzpop(ctx, args, false);
}

fn bzpopmax(ctx: &mut Ctx, args: &Args) {
    bzpop(ctx, args, true);
}

/// ZMPOP and BZMPOP (zmpopGenericCommand); `numkeys_at` is 1 or 2.
fn zmpop_generic(ctx: &mut Ctx, args: &Args, numkeys_at: usize, blocking: bool) {
    let Some(numkeys) = parse_range_msg(ctx, args.get(numkeys_at), 1, "ERR numkeys should be greater than 0") else {
        return;
    };
    let where_at = (numkeys_at as u64 + 1).saturating_add(numkeys as u64);
    if where_at >= args.len() as u64 {
        return ctx.reply.error(err::SYNTAX);
    }
    let where_at = where_at as usize;
    let max = if is(args.get(where_at), "MIN") {
        false
    } else if is(args.get(where_at), "MAX") {
        true
    } else {
        return ctx.reply.error(err::SYNTAX);
    };
    let mut count = None;
    let mut j = where_at + 1;
    while j < args.len() {
        if count.is_none() && is(args.get(j), "COUNT") && j + 1 < args.len() {
            let Some(c) = parse_range_msg(ctx, args.get(j + 1), 1, "ERR count should be greater than 0") else {
                return;
            };
            count = Some(c as u64);
            j += 2;
        } else {
            return ctx.reply.error(err::SYNTAX);
        }
    }
    let count = Some(count.unwrap_or(1));
    let keys: Vec<&[u8]> = args.iter_from(numkeys_at + 1).take(numkeys as usize).collect();
    let how = PopReply {
        emit_key: true,
        nested: true,
        nil_when_empty: true,
    };
    if blocking {
        blocking_zpop(ctx, &keys, max, args.get(1), count, how);
    } else {
        zpop_generic(ctx, &keys, max, count, how);
    }
}

fn zmpop(ctx: &mut Ctx, args: &Args) {
    zmpop_generic(ctx, args, 1, false);
}

fn bzmpop(ctx: &mut Ctx, args: &Args) {
    zmpop_generic(ctx, args, 2, true);
}

// --------------------------------------------------------------------------
// ZRANDMEMBER
// --------------------------------------------------------------------------

fn zrandmember(ctx: &mut Ctx, args: &Args) {
    if args.len() >= 3 {
        let l = match parse_int(ctx, args.get(2)) {
            None => return,
            Some(i64::MIN) => {
                return ctx.reply.error(&format!(
                    "ERR value is out of range, value must between {} and {}",
                    -i64::MAX,
                    i64::MAX
                ));
            }
            Some(l) => l,
        };
        if args.len() > 4 || (args.len() == 4 && !is(args.get(3), "withscores")) {
            return ctx.reply.error(err::SYNTAX);
        }
        let withscores = args.len() == 4;
        if withscores && !(-i64::MAX / 2..=i64::MAX / 2).contains(&l) {
            return ctx.reply.error("ERR value is out of range");
        }
        return zrandmember_with_count(ctx, args.get(1), l, withscores);
    }
    match lookup(ctx, args.get(1), true) {
        Err(()) => return,
        Ok(None) => return ctx.reply.null(),
        Ok(Some(_)) => {}
    }
    let db_index = ctx.client().db;
    let Ctx { srv, reply, .. } = &mut *ctx;
    match peek(&srv.dbs[db_index], args.get(1)).and_then(|z| z.random(&mut srv.rng)) {
        Some((m, _)) => reply.bulk(m),
        None => reply.null(),
    }
}

fn zrandmember_with_count(ctx: &mut Ctx, key: &[u8], l: i64, withscores: bool) {
    match lookup(ctx, key, true) {
        Err(()) => return,
        Ok(None) => return ctx.reply.array(0),
        Ok(Some(_)) => {}
    }
    let (count, unique) = (l.unsigned_abs() as usize, l >= 0);
    if count == 0 {
        return ctx.reply.array(0);
    }
    let db_index = ctx.client().db;
    let Ctx { srv, reply, .. } = &mut *ctx;
    let Some(zset) = peek(&srv.dbs[db_index], key) else {
        return reply.array(0);
    };
    let rng = &mut srv.rng;
    let flat = withscores && reply.resp == 2;
    if !unique || count == 1 {
        reply.array(if flat { count * 2 } else { count });
        for _ in 0..count {
            if let Some((m, s)) = zset.random(rng) {
                reply_pair(reply, m, s, withscores);
            }
        }
        return;
    }
    let size = zset.len();
    if count >= size {
        // The whole zset, from the highest member down (Redis iterates zsets
        // backwards here).
        return reply_pairs(reply, zset.iter_from(size - 1, true), withscores);
    }
    reply.array(if flat { count * 2 } else { count });
    let mut chosen: HashSet<usize> = HashSet::with_capacity(count);
    if count * 3 > size {
        // Drop random members from the whole set until `count` stay.
        let mut ranks: Vec<usize> = (0..size).collect();
        for i in 0..count {
            let j = rng.random_range(i..size);
            ranks.swap(i, j);
        }
        chosen.extend(&ranks[..count]);
        for (rank, (m, s)) in zset.iter().enumerate() {
            if chosen.contains(&rank) {
                reply_pair(reply, m, s, withscores);
            }
        }
    } else {
        let mut picked: HashSet<&[u8]> = HashSet::with_capacity(count);
        while picked.len() < count {
            if let Some((m, s)) = zset.random(rng)
                && picked.insert(m)
            {
                reply_pair(reply, m, s, withscores);
            }
        }
    }
}

// --------------------------------------------------------------------------
// ZUNION, ZINTER, ZDIFF and their STORE / CARD forms
// --------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum SetOp {
    Union,
    Inter,
    Diff,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Aggregate {
    Sum,
    Min,
    Max,
}

/// An input of ZUNION & co: a zset, or a set whose members score 1.
#[derive(Clone, Copy)]
enum Source<'a> {
    Missing,
    Set(&'a Set),
    ZSet(&'a ZSet),
}

impl<'a> Source<'a> {
    fn len(&self) -> usize {
        match self {
            Source::Missing => 0,
            Source::Set(s) => s.len(),
            Source::ZSet(z) => z.len(),
        }
    }

    /// Same stored object (same key).
    fn same(&self, other: &Source) -> bool {
        match (self, other) {
            (Source::Set(a), Source::Set(b)) => std::ptr::eq(*a, *b),
            (Source::ZSet(a), Source::ZSet(b)) => std::ptr::eq(*a, *b),
            _ => false,
        }
    }

    /// The score of `member`, if present.
    fn find(&self, member: &[u8]) -> Option<f64> {
        match self {
            Source::Missing => None,
            Source::Set(s) => s.contains(member).then_some(1.0),
            Source::ZSet(z) => z.score(member),
        }
    }

    /// Visit every (member, score).
    fn for_each(&self, mut f: impl FnMut(&[u8], f64)) {
        match self {
            Source::Missing => {}
            Source::Set(s) => s.iter().for_each(|m| m.with_bytes(|b| f(b, 1.0))),
            Source::ZSet(z) => z.iter().for_each(|(m, s)| f(m, s)),
        }
    }
}

/// Redis's zunionInterAggregate (a NaN sum counts as 0).
fn aggregate(target: &mut f64, value: f64, how: Aggregate) {
    match how {
        Aggregate::Sum => {
            *target += value;
            if target.is_nan() {
                *target = 0.0;
            }
        }
        Aggregate::Min => {
            if value < *target {
                *target = value;
            }
        }
        Aggregate::Max => {
            if value > *target {
                *target = value;
            }
        }
    }
}

/// Weighted score, NaN counted as 0.
fn weighted(weight: f64, score: f64) -> f64 {
    let v = weight * score;
    if v.is_nan() { 0.0 } else { v }
}

/// Parsed options of ZUNION & co.
struct SetOpOptions {
    weights: Vec<f64>,
    aggregate: Aggregate,
    withscores: bool,
    limit: usize,
}

/// Parse WEIGHTS / AGGREGATE / WITHSCORES / LIMIT from argument `j` on.
fn parse_setop_options(
    ctx: &mut Ctx,
    args: &Args,
    mut j: usize,
    numkeys: usize,
    op: SetOp,
    store: bool,
    card: bool,
) -> Option<SetOpOptions> {
    let mut o = SetOpOptions {
        weights: vec![1.0; numkeys],
        aggregate: Aggregate::Sum,
        withscores: false,
        limit: 0,
    };
    while j < args.len() {
        let remaining = args.len() - j;
        let opt = args.get(j);
        if op != SetOp::Diff && !card && remaining > numkeys && is(opt, "weights") {
            for i in 0..numkeys {
                match parse_score(args.get(j + 1 + i)) {
                    Some(w) => o.weights[i] = w,
                    None => {
                        ctx.reply.error("ERR weight value is not a float");
                        return None;
                    }
                }
            }
            j += 1 + numkeys;
        } else if op != SetOp::Diff && !card && remaining >= 2 && is(opt, "aggregate") {
            let how = args.get(j + 1);
            o.aggregate = if is(how, "sum") {
                Aggregate::Sum
            } else if is(how, "min") {
                Aggregate::Min
            } else if is(how, "max") {
                Aggregate::Max
            } else {
                ctx.reply.error(err::SYNTAX);
                return None;
            };
            j += 2;
        } else if !store && !card && is(opt, "withscores") {
            o.withscores = true;
            j += 1;
        } else if card && remaining >= 2 && is(opt, "limit") {
            o.limit = parse_range_msg(ctx, args.get(j + 1), 0, "ERR LIMIT can't be negative")? as usize;
            j += 2;
        } else {
            ctx.reply.error(err::SYNTAX);
            return None;
        }
    }
    Some(o)
}

/// ZUNION, ZINTER, ZDIFF, their STORE forms and ZINTERCARD
/// (zunionInterDiffGenericCommand).
fn zsetop_generic(ctx: &mut Ctx, args: &Args, dst: Option<&[u8]>, numkeys_at: usize, op: SetOp, card: bool) {
    let Some(numkeys) = parse_int(ctx, args.get(numkeys_at)) else {
        return;
    };
    if numkeys < 1 {
        return ctx.reply.error(&format!(
            "ERR at least 1 input key is needed for '{}' command",
            ctx.cmd.name
        ));
    }
    if numkeys > (args.len() - numkeys_at - 1) as i64 {
        return ctx.reply.error(err::SYNTAX);
    }
    let numkeys = numkeys as usize;
    let keys: Vec<&[u8]> = args.iter_from(numkeys_at + 1).take(numkeys).collect();
    for key in &keys {
        if !probe_zset_or_set(ctx, key) {
            return ctx.reply.error(err::WRONGTYPE);
        }
    }
    let Some(opts) = parse_setop_options(ctx, args, numkeys_at + 1 + numkeys, numkeys, op, dst.is_some(), card) else {
        return;
    };
    let db_index = ctx.client().db;
    let db = &ctx.srv.dbs[db_index];
    let mut sources: Vec<(Source, f64)> = keys
        .iter()
        .zip(&opts.weights)
        .map(|(k, &w)| {
            let src = match db.peek(k).map(|e| &e.value) {
                Some(Value::ZSet(z)) => Source::ZSet(z),
                Some(Value::Set(s)) => Source::Set(s),
                _ => Source::Missing,
            };
            (src, w)
        })
        .collect();
    if op != SetOp::Diff {
        sources.sort_by_key(|(s, _)| s.len());
    }
    if card {
        let n = inter_card(&sources, opts.limit);
        return ctx.reply.int(n as i64);
    }
    let mut result = match op {
        SetOp::Inter => inter(&sources, opts.aggregate),
        SetOp::Union => union(&sources, opts.aggregate),
        SetOp::Diff => diff(&sources),
    };
    // Zset order: scores never NaN here, and -0 equals 0 as in Redis.
    result.sort_by(|a, b| {
        a.1.partial_cmp(&b.1)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then_with(|| a.0.cmp(&b.0))
    });
    match dst {
        Some(dst) => store_result(ctx, dst, result),
        None => reply_pairs(ctx.reply, result.iter().map(|(m, s)| (&m[..], *s)), opts.withscores),
    }
}

/// Look a key up for reading; false when it holds neither a zset nor a set.
fn probe_zset_or_set(ctx: &mut Ctx, key: &[u8]) -> bool {
    let now = ctx.now;
    let db_index = ctx.client().db;
    let srv = &mut *ctx.srv;
    match srv.dbs[db_index].lookup(key, now) {
        None => {
            srv.stats.keyspace_misses += 1;
            true
        }
        Some(e) => {
            srv.stats.keyspace_hits += 1;
            matches!(e.value, Value::ZSet(_) | Value::Set(_))
        }
    }
}

/// The aggregated score of `member` (score `score` in sources[0]) across
/// all sources, or None when a source lacks it.
fn inter_score(sources: &[(Source, f64)], member: &[u8], score: f64, how: Aggregate) -> Option<f64> {
    let (first, w0) = &sources[0];
    let mut total = weighted(*w0, score);
    for (src, w) in &sources[1..] {
        let value = if src.same(first) {
            score * w
        } else {
            src.find(member)? * w
        };
        aggregate(&mut total, value, how);
    }
    Some(total)
}

fn inter(sources: &[(Source, f64)], how: Aggregate) -> Vec<(Box<[u8]>, f64)> {
    let mut out = Vec::new();
    if sources[0].0.len() == 0 {
        return out;
    }
    sources[0].0.for_each(|m, s| {
        if let Some(total) = inter_score(sources, m, s, how) {
            out.push((Box::from(m), total));
        }
    });
    out
}

fn inter_card(sources: &[(Source, f64)], limit: usize) -> usize {
    let mut n = 0;
    if sources[0].0.len() == 0 {
        return 0;
    }
    let (first, _) = &sources[0];
    let in_all = |m: &[u8]| sources[1..].iter().all(|(s, _)| s.same(first) || s.find(m).is_some());
    match first {
        Source::ZSet(z) => {
            for (m, _) in z.iter() {
                if in_all(m) {
                    n += 1;
                    if limit > 0 && n >= limit {
                        break;
                    }
                }
            }
        }
        Source::Set(s) => {
            for m in s.iter() {
                if m.with_bytes(in_all) {
                    n += 1;
                    if limit > 0 && n >= limit {
                        break;
                    }
                }
            }
        }
        Source::Missing => {}
    }
    n
}

fn union(sources: &[(Source, f64)], how: Aggregate) -> Vec<(Box<[u8]>, f64)> {
    let biggest = sources.last().map_or(0, |(s, _)| s.len());
    let mut acc: HashMap<Box<[u8]>, f64> = HashMap::with_capacity(biggest);
    for (src, w) in sources {
        src.for_each(|m, s| {
            let score = weighted(*w, s);
            match acc.get_mut(m) {
                Some(total) => aggregate(total, score, how),
                None => {
                    acc.insert(Box::from(m), score);
                }
            }
        });
    }
    acc.into_iter().collect()
}

fn diff(sources: &[(Source, f64)]) -> Vec<(Box<[u8]>, f64)> {
    let first = &sources[0].0;
    if first.len() == 0 || sources[1..].iter().any(|(s, _)| s.same(first)) {
        return Vec::new();
    }
    let algo_one = sources.len() * first.len() / 2;
    let algo_two: usize = sources.iter().map(|(s, _)| s.len()).sum();
    if algo_one <= algo_two {
        let mut others: Vec<&Source> = sources[1..].iter().map(|(s, _)| s).collect();
        others.sort_by_key(|s| std::cmp::Reverse(s.len()));
        let mut out = Vec::new();
        first.for_each(|m, s| {
            if others.iter().all(|o| o.find(m).is_none()) {
                out.push((Box::from(m), s));
            }
        });
        out
    } else {
        let mut acc: HashMap<Box<[u8]>, f64> = HashMap::with_capacity(first.len());
        first.for_each(|m, s| {
            if let MapEntry::Vacant(v) = acc.entry(Box::from(m)) {
                v.insert(s);
            }
        });
        for (src, _) in &sources[1..] {
            src.for_each(|m, _| {
                acc.remove(m);
            });
            if acc.is_empty() {
                break;
            }
        }
        acc.into_iter().collect()
    }
}

fn zunion(ctx: &mut Ctx, args: &Args) {
    zsetop_generic(ctx, args, None, 1, SetOp::Union, false);
}

fn zunionstore(ctx: &mut Ctx, args: &Args) {
    zsetop_generic(ctx, args, Some(args.get(1)), 2, SetOp::Union, false);
}

fn zinter(ctx: &mut Ctx, args: &Args) {
    zsetop_generic(ctx, args, None, 1, SetOp::Inter, false);
}

fn zinterstore(ctx: &mut Ctx, args: &Args) {
    zsetop_generic(ctx, args, Some(args.get(1)), 2, SetOp::Inter, false);
}

fn zintercard(ctx: &mut Ctx, args: &Args) {
    zsetop_generic(ctx, args, None, 1, SetOp::Inter, true);
}

fn zdiff(ctx: &mut Ctx, args: &Args) {
    zsetop_generic(ctx, args, None, 1, SetOp::Diff, false);
}

fn zdiffstore(ctx: &mut Ctx, args: &Args) {
    zsetop_generic(ctx, args, Some(args.get(1)), 2, SetOp::Diff, false);
}

// --------------------------------------------------------------------------
// ZSCAN
// --------------------------------------------------------------------------

/// A listpack score as stored (Redis's zzlInsertAt): an integer when the
/// double is one (within ±2^62), else `%.17g`.
fn listpack_score_text(score: f64) -> Vec<u8> {
    let half = (i64::MAX / 2) as f64;
    if score.is_finite() && (-half..=half).contains(&score) && (score as i64) as f64 == score {
        let mut out = Vec::with_capacity(20);
        push_i64(&mut out, score as i64);
        return out;
    }
    format_g17(score).into_bytes()
}

fn zscan(ctx: &mut Ctx, args: &Args) {
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
    let Some(zset) = peek(&ctx.srv.dbs[db_index], args.get(1)) else {
        return reply_scan(ctx, 0, &[]);
    };
    let listpack = zset.is_listpack();
    let mut items = Vec::new();
    let next = zset.scan(cursor, opts.count, |m, s| {
        if opts.matches(m) {
            items.push(m.to_vec());
            items.push(if listpack {
                listpack_score_text(s)
            } else {
                format_g17(s).into_bytes()
            });
        }
    });
    reply_scan(ctx, next, &items);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::set::Member;

    fn set_members(s: &Set) -> Vec<Vec<u8>> {
        s.iter().map(Member::to_vec).collect()
    }

    #[test]
    fn rank_clamping_like_redis() {
        assert_eq!(clamp_ranks(0, -1, 5), Some((0, 4)));
        assert_eq!(clamp_ranks(-100, 100, 5), Some((0, 4)));
        assert_eq!(clamp_ranks(3, 1, 5), None);
        assert_eq!(clamp_ranks(5, 10, 5), None);
        assert_eq!(clamp_ranks(-1, -1, 5), Some((4, 4)));
        assert_eq!(clamp_ranks(0, -6, 5), None);
    }

    #[test]
    fn listpack_scores_print_as_stored() {
        assert_eq!(listpack_score_text(3.0), b"3");
        assert_eq!(listpack_score_text(-0.0), b"0");
        assert_eq!(listpack_score_text(1.5), b"1.5");
        assert_eq!(listpack_score_text(f64::INFINITY), b"inf");
        assert_eq!(listpack_score_text(1e17), b"100000000000000000");
        assert_eq!(listpack_score_text(1e19), b"1e+19");
    }

    #[test]
    fn set_sources_score_one() {
        let mut s = Set::new_intset();
        s.add(b"3", 512);
        s.add(b"1", 512);
        assert_eq!(set_members(&s), vec![b"1".to_vec(), b"3".to_vec()]);
        let src = Source::Set(&s);
        assert_eq!(src.find(b"3"), Some(1.0));
        assert_eq!(src.find(b"2"), None);
        let sources = [(src, 2.0)];
        let mut r = union(&sources, Aggregate::Sum);
        r.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(r, vec![(Box::from(&b"1"[..]), 2.0), (Box::from(&b"3"[..]), 2.0)]);
    }
}
