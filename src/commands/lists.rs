//! List commands: pushes and pops at both ends, index and range access,
//! LINSERT/LREM/LTRIM/LPOS, the moves between lists, the multi-key LMPOP, and
//! the blocking variants. Replies and errors as Redis 7.0's t_list.c.

use super::{Access, Ctx, Handler, TimeoutReply, err, is, parse_int, typed_at};
use crate::db::Value;
use crate::db::list::{End, List};
use crate::resp::parse::Args;
use crate::server::Server;
use crate::util::num::string2ll;

pub const COMMANDS: &[(&str, Handler)] = &[
    ("lpush", lpush),
    ("rpush", rpush),
    ("lpushx", lpushx),
    ("rpushx", rpushx),
    ("linsert", linsert),
    ("llen", llen),
    ("lindex", lindex),
    ("lset", lset),
    ("lpop", lpop),
    ("rpop", rpop),
    ("lrange", lrange),
    ("ltrim", ltrim),
    ("lpos", lpos),
    ("lrem", lrem),
    ("lmove", lmove),
    ("rpoplpush", rpoplpush),
    ("lmpop", lmpop),
    ("blpop", blpop),
    ("brpop", brpop),
    ("blmove", blmove),
    ("brpoplpush", brpoplpush),
    ("blmpop", blmpop),
];

const OUT_OF_RANGE: &str = "ERR index out of range";
const MUST_BE_POSITIVE: &str = "ERR value is out of range, must be positive";

/// Look up the list at `key` in the caller's database (expiring it lazily).
/// `Err` means the key holds another type; the caller replies WRONGTYPE.
fn list_at<'s>(
    srv: &'s mut Server,
    db: usize,
    key: &[u8],
    now: i64,
    access: Access,
) -> Result<Option<&'s mut List>, ()> {
    typed_at(srv, db, key, now, access, crate::db::Value::as_list_mut).map_err(|_| ())
}

/// [`list_at`] for the calling client's database.
fn lookup<'c>(ctx: &'c mut Ctx, key: &[u8], access: Access) -> Result<Option<&'c mut List>, ()> {
    let (db, now) = (ctx.client().db, ctx.now);
    list_at(ctx.srv, db, key, now, access)
}

/// True when `key` exists and holds another type than a list (WRONGTYPE).
fn wrong_type(ctx: &mut Ctx, key: &[u8]) -> bool {
    lookup(ctx, key, Access::Write).is_err()
}

/// Delete `key` if its list became empty (Redis never keeps empty lists).
fn delete_if_empty(ctx: &mut Ctx, key: &[u8]) {
    if matches!(lookup(ctx, key, Access::Write), Ok(Some(list)) if list.is_empty()) {
        ctx.db().remove(key);
    }
}

/// LEFT / RIGHT argument, or a syntax error reply.
fn parse_end(ctx: &mut Ctx, arg: &[u8]) -> Option<End> {
    if is(arg, "left") {
        Some(End::Head)
    } else if is(arg, "right") {
        Some(End::Tail)
    } else {
        ctx.reply.error(err::SYNTAX);
        None
    }
}

/// A long argument within `min..=max`, replying `msg` (or Redis's default
/// text) when it is not an integer or out of range, as getRangeLongFromObjectOrReply.
fn parse_range(ctx: &mut Ctx, arg: &[u8], min: i64, max: i64, msg: Option<&str>) -> Option<i64> {
    match string2ll(arg) {
        Some(v) if (min..=max).contains(&v) => Some(v),
        Some(_) => {
            let text = msg.map_or_else(
                || format!("ERR value is out of range, value must between {min} and {max}"),
                String::from,
            );
            ctx.reply.error(&text);
            None
        }
        None => {
            ctx.reply.error(msg.unwrap_or(err::NOT_INTEGER));
            None
        }
    }
}

fn lpush(ctx: &mut Ctx, args: &Args) {
    push_generic(ctx, args, End::Head, false);
}

fn rpush(ctx: &mut Ctx, args: &Args) {
    push_generic(ctx, args, End::Tail, false);
}

fn lpushx(ctx: &mut Ctx, args: &Args) {
    push_generic(ctx, args, End::Head, true);
}

fn rpushx(ctx: &mut Ctx, args: &Args) {
    push_generic(ctx, args, End::Tail, true);
}

/// LPUSH/RPUSH/LPUSHX/RPUSHX; `xx` pushes only onto an existing list.
fn push_generic(ctx: &mut Ctx, args: &Args, end: End, xx: bool) {
    let key = args.get(1);
    let len = match lookup(ctx, key, Access::Write) {
        Err(()) => return ctx.reply.error(err::WRONGTYPE),
        Ok(None) if xx => return ctx.reply.int(0),
        Ok(None) => {
            let mut list = List::new();
            args.iter_from(2).for_each(|v| list.push(end, v));
            let len = list.len();
            let now = ctx.now;
            ctx.db().set(key, Value::List(list), now, false);
            len
        }
        Ok(Some(list)) => {
            args.iter_from(2).for_each(|v| list.push(end, v));
            list.len()
        }
    };
    ctx.reply.int(len as i64);
    ctx.key_modified(key);
}

fn linsert(ctx: &mut Ctx, args: &Args) {
    let after = if is(args.get(2), "after") {
        true
    } else if is(args.get(2), "before") {
        false
    } else {
        return ctx.reply.error(err::SYNTAX);
    };
    let key = args.get(1);
    let list = match lookup(ctx, key, Access::Write) {
        Err(()) => return ctx.reply.error(err::WRONGTYPE),
        Ok(None) => return ctx.reply.int(0),
        Ok(Some(list)) => list,
    };
    let Some(pivot) = list.position(args.get(3)) else {
        return ctx.reply.int(-1);
    };
    list.insert(pivot + after as usize, args.get(4));
    let len = list.len();
    ctx.key_modified(key);
    ctx.reply.int(len as i64);
}

fn llen(ctx: &mut Ctx, args: &Args) {
    match lookup(ctx, args.get(1), Access::Read) {
        Err(()) => ctx.reply.error(err::WRONGTYPE),
        Ok(None) => ctx.reply.int(0),
        Ok(Some(list)) => {
            let len = list.len();
            ctx.reply.int(len as i64);
        }
    }
}

fn lindex(ctx: &mut Ctx, args: &Args) {
    let (db, now) = (ctx.client().db, ctx.now);
    let list = match list_at(ctx.srv, db, args.get(1), now, Access::Read) {
        Err(()) => return ctx.reply.error(err::WRONGTYPE),
        Ok(None) => return ctx.reply.null(),
        Ok(Some(list)) => list,
    };
    let Some(index) = string2ll(args.get(2)) else {
        return ctx.reply.error(err::NOT_INTEGER);
    };
    match list.get(index) {
        Some(value) => ctx.reply.bulk(value),
        None => ctx.reply.null(),
    }
}

fn lset(ctx: &mut Ctx, args: &Args) {
    let key = args.get(1);
    let (db, now) = (ctx.client().db, ctx.now);
    let list = match list_at(ctx.srv, db, key, now, Access::Write) {
        Err(()) => return ctx.reply.error(err::WRONGTYPE),
        Ok(None) => return ctx.reply.error(err::NO_SUCH_KEY),
        Ok(Some(list)) => list,
    };
    let Some(index) = string2ll(args.get(2)) else {
        return ctx.reply.error(err::NOT_INTEGER);
    };
    if !list.set(index, args.get(3)) {
        return ctx.reply.error(OUT_OF_RANGE);
    }
    ctx.reply.ok();
    ctx.key_modified(key);
}

fn lpop(ctx: &mut Ctx, args: &Args) {
    pop_generic(ctx, args, End::Head);
}

fn rpop(ctx: &mut Ctx, args: &Args) {
    pop_generic(ctx, args, End::Tail);
}

/// LPOP/RPOP with an optional count (a count replies an array).
fn pop_generic(ctx: &mut Ctx, args: &Args, end: End) {
    if args.len() > 3 {
        return ctx
            .reply
            .error(&format!("ERR wrong number of arguments for '{}' command", ctx.cmd.name));
    }
    let count = match args.len() {
        3 => match parse_range(ctx, args.get(2), 0, i64::MAX, Some(MUST_BE_POSITIVE)) {
            Some(n) => Some(n as usize),
            None => return,
        },
        _ => None,
    };
    let key = args.get(1);
    let (db, now) = (ctx.client().db, ctx.now);
    let list = match list_at(ctx.srv, db, key, now, Access::Write) {
        Err(()) => return ctx.reply.error(err::WRONGTYPE),
        Ok(None) if count.is_some() => return ctx.reply.null_array(),
        Ok(None) => return ctx.reply.null(),
        Ok(Some(list)) => list,
    };
    match count {
        Some(0) => return ctx.reply.array(0),
        Some(n) => {
            let popped = list.pop_many(end, n);
            ctx.reply.array(popped.len());
            popped.for_each(|v| ctx.reply.bulk(&v));
        }
        None => match list.pop(end) {
            Some(v) => ctx.reply.bulk(&v),
            None => ctx.reply.null(),
        },
    }
    delete_if_empty(ctx, key);
    ctx.key_modified(key);
}

fn lrange(ctx: &mut Ctx, args: &Args) {
    let Some(start) = parse_int(ctx, args.get(2)) else {
        return;
    };
    let Some(stop) = parse_int(ctx, args.get(3)) else {
        return;
    };
    let (db, now) = (ctx.client().db, ctx.now);
    let list = match list_at(ctx.srv, db, args.get(1), now, Access::Read) {
        Err(()) => return ctx.reply.error(err::WRONGTYPE),
        Ok(None) => return ctx.reply.array(0),
        Ok(Some(list)) => list,
    };
    match list.range_bounds(start, stop) {
        None => ctx.reply.array(0),
        Some((first, last)) => ctx.reply.bulk_array(list.range(first, last)),
    }
}

fn ltrim(ctx: &mut Ctx, args: &Args) {
    let Some(start) = parse_int(ctx, args.get(2)) else {
        return;
    };
    let Some(stop) = parse_int(ctx, args.get(3)) else {
        return;
    };
    let key = args.get(1);
    match lookup(ctx, key, Access::Write) {
        Err(()) => return ctx.reply.error(err::WRONGTYPE),
        Ok(None) => return ctx.reply.ok(),
        Ok(Some(list)) => {
            list.trim(start, stop);
        }
    }
    delete_if_empty(ctx, key);
    ctx.key_modified(key);
    ctx.reply.ok();
}

/// LPOS options.
struct LposOptions {
    /// 1-based match to start from; negative searches from the tail.
    rank: i64,
    /// Reply an array of up to this many positions (0: all); None: one position.
    count: Option<usize>,
    /// Compare at most this many elements (0: all).
    maxlen: usize,
}

fn parse_lpos_options(ctx: &mut Ctx, args: &Args) -> Option<LposOptions> {
    let mut o = LposOptions {
        rank: 1,
        count: None,
        maxlen: 0,
    };
    let mut j = 3;
    while j < args.len() {
        let (opt, more) = (args.get(j), j + 1 < args.len());
        if is(opt, "RANK") && more {
            j += 1;
            o.rank = parse_int(ctx, args.get(j))?;
            if o.rank == 0 {
                ctx.reply.error("ERR RANK can't be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list");
                return None;
            }
        } else if is(opt, "COUNT") && more {
            j += 1;
            let n = parse_range(ctx, args.get(j), 0, i64::MAX, Some("ERR COUNT can't be negative"))?;
            o.count = Some(n as usize);
        } else if is(opt, "MAXLEN") && more {
            j += 1;
            let n = parse_range(ctx, args.get(j), 0, i64::MAX, Some("ERR MAXLEN can't be negative"))?;
            o.maxlen = n as usize;
        } else {
            ctx.reply.error(err::SYNTAX);
            return None;
        }
        j += 1;
    }
    Some(o)
}

fn lpos(ctx: &mut Ctx, args: &Args) {
    let Some(o) = parse_lpos_options(ctx, args) else {
        return;
    };
    let (db, now) = (ctx.client().db, ctx.now);
    let list = match list_at(ctx.srv, db, args.get(1), now, Access::Read) {
        Err(()) => return ctx.reply.error(err::WRONGTYPE),
        Ok(None) if o.count.is_some() => return ctx.reply.array(0),
        Ok(None) => return ctx.reply.null(),
        Ok(Some(list)) => list,
    };
    let element = args.get(2);
    let len = list.len();
    let scan = if o.maxlen == 0 { len } else { o.maxlen.min(len) };
    // RANK i64::MIN cannot be negated: Redis then searches from the tail
    // from the first match and never reaches COUNT.
    let unbounded = o.rank == i64::MIN;
    let skip = if unbounded { 0 } else { o.rank.unsigned_abs() - 1 };
    let wanted = match o.count {
        Some(_) if unbounded => usize::MAX,
        Some(0) => usize::MAX,
        Some(n) => n,
        None => 1,
    };
    let matching = |(i, e): (usize, &[u8])| (e == element).then_some(i);
    let found: Vec<usize> = if o.rank > 0 {
        list.iter()
            .take(scan)
            .enumerate()
            .filter_map(matching)
            .skip(skip as usize)
            .take(wanted)
            .collect()
    } else {
        list.iter()
            .rev()
            .take(scan)
            .enumerate()
            .filter_map(matching)
            .skip(skip as usize)
            .take(wanted)
            .map(|i| len - 1 - i)
            .collect()
    };
    match o.count {
        Some(_) => {
            ctx.reply.array(found.len());
            found.iter().for_each(|&i| ctx.reply.int(i as i64));
        }
        None => match found.first() {
            Some(&i) => ctx.reply.int(i as i64),
            None => ctx.reply.null(),
        },
    }
}

fn lrem(ctx: &mut Ctx, args: &Args) {
    let Some(count) = parse_int(ctx, args.get(2)) else {
        return;
    };
    let key = args.get(1);
    let removed = match lookup(ctx, key, Access::Write) {
        Err(()) => return ctx.reply.error(err::WRONGTYPE),
        Ok(None) => return ctx.reply.int(0),
        Ok(Some(list)) => list.remove_matching(args.get(3), count),
    };
    if removed > 0 {
        ctx.key_modified(key);
    }
    delete_if_empty(ctx, key);
    ctx.reply.int(removed as i64);
}

fn lmove(ctx: &mut Ctx, args: &Args) {
    let Some(from) = parse_end(ctx, args.get(3)) else {
        return;
    };
    let Some(to) = parse_end(ctx, args.get(4)) else {
        return;
    };
    lmove_generic(ctx, args.get(1), args.get(2), from, to);
}

fn rpoplpush(ctx: &mut Ctx, args: &Args) {
    lmove_generic(ctx, args.get(1), args.get(2), End::Tail, End::Head);
}

/// Pop from `src` at `from`, push onto `dst` at `to`, reply the element.
fn lmove_generic(ctx: &mut Ctx, src: &[u8], dst: &[u8], from: End, to: End) {
    match lookup(ctx, src, Access::Write) {
        Err(()) => return ctx.reply.error(err::WRONGTYPE),
        Ok(None) => return ctx.reply.null(),
        Ok(Some(_)) => {}
    }
    if wrong_type(ctx, dst) {
        return ctx.reply.error(err::WRONGTYPE);
    }
    let Ok(Some(value)) = lookup(ctx, src, Access::Write).map(|l| l.and_then(|l| l.pop(from))) else {
        return ctx.reply.null();
    };
    ctx.reply.bulk(&value);
    match lookup(ctx, dst, Access::Write) {
        Ok(Some(list)) => list.push_owned(to, value),
        _ => {
            let mut list = List::new();
            list.push_owned(to, value);
            let now = ctx.now;
            ctx.db().set(dst, Value::List(list), now, false);
        }
    }
    ctx.key_modified(dst);
    delete_if_empty(ctx, src);
    ctx.key_modified(src);
}

/// LMPOP/BLMPOP arguments after the numkeys position.
struct MpopArgs<'a> {
    keys: Vec<&'a [u8]>,
    end: End,
    count: usize,
}

/// Parse `numkeys key... LEFT|RIGHT [COUNT n]` starting at `numkeys_at`.
fn parse_mpop<'a>(ctx: &mut Ctx, args: &Args<'a>, numkeys_at: usize) -> Option<MpopArgs<'a>> {
    let numkeys = parse_range(
        ctx,
        args.get(numkeys_at),
        1,
        i64::MAX,
        Some("ERR numkeys should be greater than 0"),
    )? as usize;
    let where_at = match numkeys_at.checked_add(numkeys).and_then(|i| i.checked_add(1)) {
        Some(i) if i < args.len() => i,
        _ => {
            ctx.reply.error(err::SYNTAX);
            return None;
        }
    };
    let end = parse_end(ctx, args.get(where_at))?;
    let mut count = None;
    let mut j = where_at + 1;
    while j < args.len() {
        if count.is_none() && is(args.get(j), "COUNT") && j + 1 < args.len() {
            j += 1;
            let n = parse_range(
                ctx,
                args.get(j),
                1,
                i64::MAX,
                Some("ERR count should be greater than 0"),
            )?;
            count = Some(n as usize);
        } else {
            ctx.reply.error(err::SYNTAX);
            return None;
        }
        j += 1;
    }
    Some(MpopArgs {
        keys: args.iter_from(numkeys_at + 1).take(numkeys).collect(),
        end,
        count: count.unwrap_or(1),
    })
}

/// What serving a pop from the first non-empty list among `keys` did.
enum Served {
    /// An element (or range) was popped and replied.
    Done,
    /// One of the keys holds another type; WRONGTYPE was replied.
    WrongType,
    /// Every key is missing.
    Nothing,
}

/// Pop from the first existing list among `keys`. With `count`, reply
/// `[key, [elements]]` (LMPOP); without, `[key, element]` (BLPOP).
fn pop_first(ctx: &mut Ctx, keys: &[&[u8]], end: End, count: Option<usize>) -> Served {
    let (db, now) = (ctx.client().db, ctx.now);
    for &key in keys {
        let list = match list_at(ctx.srv, db, key, now, Access::Write) {
            Err(()) => {
                ctx.reply.error(err::WRONGTYPE);
                return Served::WrongType;
            }
            Ok(None) => continue,
            Ok(Some(list)) if list.is_empty() => continue,
            Ok(Some(list)) => list,
        };
        ctx.reply.array(2);
        ctx.reply.bulk(key);
        match count {
            Some(n) => {
                let popped = list.pop_many(end, n);
                ctx.reply.array(popped.len());
                popped.for_each(|v| ctx.reply.bulk(&v));
            }
            None => {
                if let Some(v) = list.pop(end) {
                    ctx.reply.bulk(&v);
                }
            }
        }
        delete_if_empty(ctx, key);
        // Replicas pop from the key served here, as Redis propagates a served BLPOP/LMPOP.
        let pop: &[u8] = match end {
            End::Head => b"LPOP",
            End::Tail => b"RPOP",
        };
        let mut argv = vec![pop.to_vec(), key.to_vec()];
        if let Some(n) = count {
            argv.push(n.to_string().into_bytes());
        }
        ctx.srv.repl.propagate_as = Some(argv);
        ctx.key_modified(key);
        return Served::Done;
    }
    Served::Nothing
}

fn lmpop(ctx: &mut Ctx, args: &Args) {
    let Some(m) = parse_mpop(ctx, args, 1) else {
        return;
    };
    if let Served::Nothing = pop_first(ctx, &m.keys, m.end, Some(m.count)) {
        ctx.reply.null_array();
    }
}

fn blpop(ctx: &mut Ctx, args: &Args) {
    blocking_pop(ctx, args, End::Head);
}

fn brpop(ctx: &mut Ctx, args: &Args) {
    blocking_pop(ctx, args, End::Tail);
}

/// BLPOP/BRPOP: `key... timeout`.
fn blocking_pop(ctx: &mut Ctx, args: &Args, end: End) {
    let Some(timeout) = ctx.parse_timeout(args.get(args.len() - 1)) else {
        return;
    };
    let keys: Vec<&[u8]> = args.iter_from(1).take(args.len() - 2).collect();
    if let Served::Nothing = pop_first(ctx, &ctx.keys_to_serve(&keys), end, None) {
        block_or_time_out(ctx, &keys, timeout, TimeoutReply::NullArray);
    }
}

/// Nothing to serve: block on `keys`, or (inside MULTI) reply the timeout value.
fn block_or_time_out(ctx: &mut Ctx, keys: &[&[u8]], timeout: i64, on_timeout: TimeoutReply) {
    if ctx.may_block() {
        ctx.block(keys, timeout, on_timeout);
    } else {
        match on_timeout {
            TimeoutReply::NullArray => ctx.reply.null_array(),
            TimeoutReply::Null => ctx.reply.null(),
        }
    }
}

fn blmove(ctx: &mut Ctx, args: &Args) {
    let Some(from) = parse_end(ctx, args.get(3)) else {
        return;
    };
    let Some(to) = parse_end(ctx, args.get(4)) else {
        return;
    };
    let Some(timeout) = ctx.parse_timeout(args.get(5)) else {
        return;
    };
    blmove_generic(ctx, args, from, to, timeout);
}

fn brpoplpush(ctx: &mut Ctx, args: &Args) {
    let Some(timeout) = ctx.parse_timeout(args.get(3)) else {
        return;
    };
    blmove_generic(ctx, args, End::Tail, End::Head, timeout);
}

/// BLMOVE/BRPOPLPUSH: move at once when the source exists, else block on it.
fn blmove_generic(ctx: &mut Ctx, args: &Args, from: End, to: End, timeout: i64) {
    let src = args.get(1);
    match lookup(ctx, src, Access::Write) {
        Err(()) => ctx.reply.error(err::WRONGTYPE),
        Ok(None) => block_or_time_out(ctx, &[src], timeout, TimeoutReply::Null),
        Ok(Some(_)) => {
            let dirty = ctx.srv.dirty;
            lmove_generic(ctx, src, args.get(2), from, to);
            if ctx.srv.dirty != dirty {
                ctx.srv.repl.propagate_as = Some(served_move_argv(ctx, args, from, to));
            }
        }
    }
}

/// What a BLMOVE/BRPOPLPUSH that moved an element propagates, as Redis 7.0.15: RPOPLPUSH src dst
/// for BRPOPLPUSH; LMOVE src dst with the client's own direction words when served at once
/// (lmoveGenericCommand's rewrite), with `left`/`right` when a blocked client is served
/// (serveClientBlockedOnList).
fn served_move_argv(ctx: &Ctx, args: &Args, from: End, to: End) -> Vec<Vec<u8>> {
    let (src, dst) = (args.get(1).to_vec(), args.get(2).to_vec());
    if is(args.get(0), "brpoplpush") {
        return vec![b"RPOPLPUSH".to_vec(), src, dst];
    }
    let word = |end: End| -> &[u8] {
        match end {
            End::Head => b"left",
            End::Tail => b"right",
        }
    };
    let (from_word, to_word) = if ctx.is_rerun() {
        (word(from), word(to))
    } else {
        (args.get(3), args.get(4))
    };
    vec![b"LMOVE".to_vec(), src, dst, from_word.to_vec(), to_word.to_vec()]
}

fn blmpop(ctx: &mut Ctx, args: &Args) {
    let Some(m) = parse_mpop(ctx, args, 2) else {
        return;
    };
    let Some(timeout) = ctx.parse_timeout(args.get(1)) else {
        return;
    };
    if let Served::Nothing = pop_first(ctx, &ctx.keys_to_serve(&m.keys), m.end, Some(m.count)) {
        block_or_time_out(ctx, &m.keys, timeout, TimeoutReply::NullArray);
    }
}
