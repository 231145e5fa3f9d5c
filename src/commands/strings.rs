//! String commands: GET, SET and its variants, multi-key forms, counters,
//! ranges. Replies and errors as Redis 7.0's t_string.c.

use super::{Ctx, Handler, err, is, parse_int};
use crate::db::{Str, Value};
use crate::resp::parse::Args;
use crate::util::long_double;

pub const COMMANDS: &[(&str, Handler)] = &[
    ("get", get),
    ("set", set),
    ("setnx", setnx),
    ("setex", setex),
    ("psetex", psetex),
    ("getset", getset),
    ("getdel", getdel),
    ("getex", getex),
    ("mget", mget),
    ("mset", mset),
    ("msetnx", msetnx),
    ("append", append),
    ("strlen", strlen),
    ("incr", incr),
    ("decr", decr),
    ("incrby", incrby),
    ("decrby", decrby),
    ("incrbyfloat", incrbyfloat),
    ("getrange", getrange),
    ("substr", getrange),
    ("setrange", setrange),
];

const MAX_SIZE: &str = "ERR string exceeds maximum allowed size (proto-max-bulk-len)";

/// Look a key up for reading, counting a hit or a miss. `Err` means the key
/// holds another type and WRONGTYPE was replied.
fn read_str<'c>(ctx: &'c mut Ctx, key: &[u8]) -> Result<Option<&'c mut Str>, ()> {
    let now = ctx.now;
    let db_index = ctx.client().db;
    let Ctx { srv, reply, .. } = ctx;
    match srv.dbs[db_index].lookup(key, now) {
        None => {
            srv.stats.keyspace_misses += 1;
            Ok(None)
        }
        Some(entry) => {
            srv.stats.keyspace_hits += 1;
            match entry.value.as_str_mut() {
                Some(s) => Ok(Some(s)),
                None => {
                    reply.error(err::WRONGTYPE);
                    Err(())
                }
            }
        }
    }
}

/// Reply with a string's bytes.
fn reply_str(ctx: &mut Ctx, s: &Str) {
    match s {
        Str::Int(n) => ctx.reply.bulk_i64(*n),
        Str::Embstr(b) => ctx.reply.bulk(b),
        Str::Raw(v) => ctx.reply.bulk(v),
    }
}

/// GET semantics shared by GET, GETSET, SET ... GET: replies the value or
/// null; false when WRONGTYPE was replied.
fn get_generic(ctx: &mut Ctx, key: &[u8]) -> bool {
    match read_str(ctx, key) {
        Err(()) => false,
        Ok(None) => {
            ctx.reply.null();
            true
        }
        Ok(Some(s)) => {
            let s = s.clone();
            reply_str(ctx, &s);
            true
        }
    }
}

fn get(ctx: &mut Ctx, args: &Args) {
    let key = args.get(1);
    let now = ctx.now;
    let db_index = ctx.client().db;
    let db = &mut ctx.srv.dbs[db_index];
    match db.lookup(key, now) {
        None => {
            ctx.srv.stats.keyspace_misses += 1;
            ctx.reply.null();
        }
        Some(entry) => {
            ctx.srv.stats.keyspace_hits += 1;
            match entry.value.as_str() {
                Some(Str::Int(n)) => ctx.reply.bulk_i64(*n),
                Some(Str::Embstr(b)) => ctx.reply.bulk(b),
                Some(Str::Raw(v)) => ctx.reply.bulk(v),
                None => ctx.reply.error(err::WRONGTYPE),
            }
        }
    }
}

/// Which expire option was given.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ExpireUnit {
    Ex,
    Px,
    ExAt,
    PxAt,
}

#[derive(Default)]
struct SetOptions<'a> {
    nx: bool,
    xx: bool,
    get: bool,
    keepttl: bool,
    persist: bool,
    expire: Option<(ExpireUnit, &'a [u8])>,
}

/// Parse SET / GETEX options with Redis's conflict rules. `for_set` picks
/// which options are legal. None means a syntax error.
fn parse_set_options<'a>(args: &Args<'a>, start: usize, for_set: bool) -> Option<SetOptions<'a>> {
    let mut o = SetOptions::default();
    let mut j = start;
    while j < args.len() {
        let opt = args.get(j);
        let next = (j + 1 < args.len()).then(|| args.get(j + 1));
        let has_expire = o.expire.is_some();
        if is(opt, "NX") && !o.xx && for_set {
            o.nx = true;
        } else if is(opt, "XX") && !o.nx && for_set {
            o.xx = true;
        } else if is(opt, "GET") && for_set {
            o.get = true;
        } else if is(opt, "KEEPTTL") && !o.persist && !has_expire && for_set {
            o.keepttl = true;
        } else if is(opt, "PERSIST") && !for_set && !has_expire && !o.keepttl {
            o.persist = true;
        } else if let Some(unit) = expire_unit(opt)
            && !o.keepttl
            && !o.persist
            && o.expire.is_none_or(|(u, _)| u == unit)
            && let Some(value) = next
        {
            o.expire = Some((unit, value));
            j += 1;
        } else {
            return None;
        }
        j += 1;
    }
    Some(o)
}

fn expire_unit(opt: &[u8]) -> Option<ExpireUnit> {
    if is(opt, "EX") {
        Some(ExpireUnit::Ex)
    } else if is(opt, "PX") {
        Some(ExpireUnit::Px)
    } else if is(opt, "EXAT") {
        Some(ExpireUnit::ExAt)
    } else if is(opt, "PXAT") {
        Some(ExpireUnit::PxAt)
    } else {
        None
    }
}

/// Turn an expire argument into an absolute time in ms, replying with
/// Redis's errors (getExpireMillisecondsOrReply).
fn expire_ms(ctx: &mut Ctx, unit: ExpireUnit, arg: &[u8]) -> Option<i64> {
    let value = parse_int(ctx, arg)?;
    let seconds = matches!(unit, ExpireUnit::Ex | ExpireUnit::ExAt);
    let invalid = value <= 0 || (seconds && value > i64::MAX / 1000);
    let mut ms = if seconds { value.wrapping_mul(1000) } else { value };
    if !invalid && matches!(unit, ExpireUnit::Ex | ExpireUnit::Px) {
        ms = ms.wrapping_add(ctx.now);
    }
    if invalid || ms <= 0 {
        ctx.reply
            .error(&format!("ERR invalid expire time in '{}' command", ctx.cmd.name));
        return None;
    }
    Some(ms)
}

fn set(ctx: &mut Ctx, args: &Args) {
    let Some(opts) = parse_set_options(args, 3, true) else {
        return ctx.reply.error(err::SYNTAX);
    };
    let when = match opts.expire {
        Some((unit, arg)) => match expire_ms(ctx, unit, arg) {
            Some(ms) => Some(ms),
            None => return,
        },
        None => None,
    };
    set_generic(ctx, args.get(1), args.get(2), when, &opts);
}

fn set_generic(ctx: &mut Ctx, key: &[u8], value: &[u8], when: Option<i64>, opts: &SetOptions) {
    if opts.get && !get_generic(ctx, key) {
        return;
    }
    let now = ctx.now;
    let found = ctx.db().lookup(key, now).is_some();
    if (opts.nx && found) || (opts.xx && !found) {
        if !opts.get {
            ctx.reply.null();
        }
        return;
    }
    let db = ctx.db();
    db.set(key, Value::Str(Str::from_bytes(value)), now, opts.keepttl);
    if let Some(when) = when {
        db.set_expire(key, when);
    }
    ctx.key_modified(key);
    if !opts.get {
        ctx.reply.ok();
    }
}

fn setnx(ctx: &mut Ctx, args: &Args) {
    let now = ctx.now;
    let (key, value) = (args.get(1), args.get(2));
    let db = ctx.db();
    if db.lookup(key, now).is_some() {
        ctx.reply.int(0);
    } else {
        db.set(key, Value::Str(Str::from_bytes(value)), now, false);
        ctx.key_modified(key);
        ctx.reply.int(1);
    }
}

fn setex_generic(ctx: &mut Ctx, args: &Args, unit: ExpireUnit) {
    let Some(when) = expire_ms(ctx, unit, args.get(2)) else {
        return;
    };
    let opts = SetOptions::default();
    set_generic(ctx, args.get(1), args.get(3), Some(when), &opts);
}

fn setex(ctx: &mut Ctx, args: &Args) {
    setex_generic(ctx, args, ExpireUnit::Ex);
}

fn psetex(ctx: &mut Ctx, args: &Args) {
    setex_generic(ctx, args, ExpireUnit::Px);
}

fn getset(ctx: &mut Ctx, args: &Args) {
    if !get_generic(ctx, args.get(1)) {
        return;
    }
    let now = ctx.now;
    ctx.db()
        .set(args.get(1), Value::Str(Str::from_bytes(args.get(2))), now, false);
    ctx.key_modified(args.get(1));
}

fn getdel(ctx: &mut Ctx, args: &Args) {
    if get_generic(ctx, args.get(1)) && ctx.db().remove(args.get(1)).is_some() {
        ctx.key_modified(args.get(1));
    }
}

fn getex(ctx: &mut Ctx, args: &Args) {
    let Some(opts) = parse_set_options(args, 2, false) else {
        return ctx.reply.error(err::SYNTAX);
    };
    // Redis looks the key up and checks its type before validating the time.
    let key = args.get(1);
    let value = match read_str(ctx, key) {
        Err(()) => return,
        Ok(None) => return ctx.reply.null(),
        Ok(Some(s)) => s.clone(),
    };
    let when = match opts.expire {
        Some((unit, arg)) => match expire_ms(ctx, unit, arg) {
            Some(ms) => Some(ms),
            None => return,
        },
        None => None,
    };
    reply_str(ctx, &value);
    let now = ctx.now;
    let db = ctx.db();
    let changed = if let Some(when) = when {
        if when <= now {
            db.remove(key);
        } else {
            db.set_expire(key, when);
        }
        true
    } else {
        opts.persist && db.persist(key)
    };
    if changed {
        ctx.key_modified(key);
    }
}

fn mget(ctx: &mut Ctx, args: &Args) {
    let now = ctx.now;
    let db_index = ctx.client().db;
    ctx.reply.array(args.len() - 1);
    for key in args.iter_from(1) {
        match ctx.srv.dbs[db_index].lookup(key, now).and_then(|e| e.value.as_str()) {
            Some(s) => {
                ctx.srv.stats.keyspace_hits += 1;
                match s {
                    Str::Int(n) => ctx.reply.bulk_i64(*n),
                    Str::Embstr(b) => ctx.reply.bulk(b),
                    Str::Raw(v) => ctx.reply.bulk(v),
                }
            }
            None => {
                ctx.srv.stats.keyspace_misses += 1;
                ctx.reply.null();
            }
        }
    }
}

fn mset_generic(ctx: &mut Ctx, args: &Args, nx: bool) {
    if args.len().is_multiple_of(2) {
        return ctx
            .reply
            .error(&format!("ERR wrong number of arguments for '{}' command", ctx.cmd.name));
    }
    let now = ctx.now;
    if nx {
        let pairs = (1..args.len()).step_by(2);
        let any_exists = pairs.clone().any(|i| ctx.db().exists(args.get(i), now));
        if any_exists {
            return ctx.reply.int(0);
        }
    }
    let db = ctx.db();
    for i in (1..args.len()).step_by(2) {
        db.set(args.get(i), Value::Str(Str::from_bytes(args.get(i + 1))), now, false);
    }
    for i in (1..args.len()).step_by(2) {
        ctx.key_modified(args.get(i));
    }
    if nx { ctx.reply.int(1) } else { ctx.reply.ok() }
}

fn mset(ctx: &mut Ctx, args: &Args) {
    mset_generic(ctx, args, false);
}

fn msetnx(ctx: &mut Ctx, args: &Args) {
    mset_generic(ctx, args, true);
}

fn append(ctx: &mut Ctx, args: &Args) {
    let (key, tail) = (args.get(1), args.get(2));
    let max = ctx.srv.settings.proto_max_bulk_len;
    let now = ctx.now;
    let len = match read_str_for_write(ctx, key) {
        Err(()) => return,
        Ok(None) => {
            ctx.db().set(key, Value::Str(Str::from_bytes(tail)), now, false);
            tail.len()
        }
        Ok(Some(s)) => {
            if (s.len() + tail.len()) as i64 > max {
                return ctx.reply.error(MAX_SIZE);
            }
            let raw = s.make_raw();
            raw.extend_from_slice(tail);
            raw.len()
        }
    };
    ctx.key_modified(key);
    ctx.reply.int(len as i64);
}

/// Look a key up for writing (no hit/miss counting).
fn read_str_for_write<'c>(ctx: &'c mut Ctx, key: &[u8]) -> Result<Option<&'c mut Str>, ()> {
    let now = ctx.now;
    let db_index = ctx.client().db;
    let is_string = match ctx.srv.dbs[db_index].lookup(key, now) {
        None => return Ok(None),
        Some(entry) => entry.value.as_str().is_some(),
    };
    if !is_string {
        ctx.reply.error(err::WRONGTYPE);
        return Err(());
    }
    Ok(ctx.srv.dbs[db_index]
        .lookup(key, now)
        .and_then(|e| e.value.as_str_mut()))
}

fn strlen(ctx: &mut Ctx, args: &Args) {
    match read_str(ctx, args.get(1)) {
        Err(()) => {}
        Ok(None) => ctx.reply.int(0),
        Ok(Some(s)) => {
            let len = s.len() as i64;
            ctx.reply.int(len)
        }
    }
}

fn incr_decr(ctx: &mut Ctx, key: &[u8], by: i64) {
    let now = ctx.now;
    let current = match read_str_for_write(ctx, key) {
        Err(()) => return,
        Ok(None) => 0,
        Ok(Some(s)) => match s.as_int() {
            Some(n) => n,
            None => return ctx.reply.error(err::NOT_INTEGER),
        },
    };
    let Some(result) = current.checked_add(by) else {
        return ctx.reply.error(err::OVERFLOW);
    };
    match read_str_for_write(ctx, key) {
        Ok(Some(s)) => *s = Str::Int(result),
        _ => ctx.db().set(key, Value::Str(Str::Int(result)), now, false),
    }
    ctx.key_modified(key);
    ctx.reply.int(result);
}

fn incr(ctx: &mut Ctx, args: &Args) {
    incr_decr(ctx, args.get(1), 1);
}

fn decr(ctx: &mut Ctx, args: &Args) {
    incr_decr(ctx, args.get(1), -1);
}

fn incrby(ctx: &mut Ctx, args: &Args) {
    if let Some(by) = parse_int(ctx, args.get(2)) {
        incr_decr(ctx, args.get(1), by);
    }
}

fn decrby(ctx: &mut Ctx, args: &Args) {
    let Some(by) = parse_int(ctx, args.get(2)) else { return };
    if by == i64::MIN {
        return ctx.reply.error("ERR decrement would overflow");
    }
    incr_decr(ctx, args.get(1), -by);
}

/// INCRBYFLOAT in x87 extended precision, exactly as Redis's `long double`.
fn incrbyfloat(ctx: &mut Ctx, args: &Args) {
    let key = args.get(1);
    let now = ctx.now;
    let current = match read_str_for_write(ctx, key) {
        Err(()) => return,
        Ok(None) => None,
        Ok(Some(s)) => Some(s.as_bytes().into_owned()),
    };
    let text = match long_double::incr_by_float(current.as_deref(), args.get(2)) {
        Ok(text) => text,
        Err(e) => return ctx.reply.error(e),
    };
    // Stored as text (embstr or raw) even when it looks like an integer.
    let bytes = text.as_bytes();
    let value = if bytes.len() <= 44 {
        Str::Embstr(bytes.into())
    } else {
        Str::Raw(bytes.to_vec())
    };
    match read_str_for_write(ctx, key) {
        Ok(Some(s)) => *s = value,
        _ => ctx.db().set(key, Value::Str(value), now, false),
    }
    ctx.key_modified(key);
    ctx.reply.bulk(bytes);
    // Redis always replicates the final value, so float formatting cannot make replicas differ.
    let argv: Vec<&[u8]> = vec![b"SET", key, bytes, b"KEEPTTL"];
    ctx.srv.repl.propagate_as = Some(argv.into_iter().map(<[u8]>::to_vec).collect());
}

fn getrange(ctx: &mut Ctx, args: &Args) {
    let Some(start) = parse_int(ctx, args.get(2)) else {
        return;
    };
    let Some(end) = parse_int(ctx, args.get(3)) else { return };
    let bytes = match read_str(ctx, args.get(1)) {
        Err(()) => return,
        Ok(None) => return ctx.reply.bulk(b""),
        Ok(Some(s)) => s.as_bytes().into_owned(),
    };
    match clamp_range(start, end, bytes.len()) {
        Some((s, e)) => ctx.reply.bulk(&bytes[s..=e]),
        None => ctx.reply.bulk(b""),
    }
}

/// Redis's GETRANGE index arithmetic: None means the empty string.
fn clamp_range(mut start: i64, mut end: i64, len: usize) -> Option<(usize, usize)> {
    let len = len as i64;
    if start < 0 && end < 0 && start > end {
        return None;
    }
    if start < 0 {
        start += len;
    }
    if end < 0 {
        end += len;
    }
    start = start.max(0);
    end = end.max(0);
    if end >= len {
        end = len - 1;
    }
    if start > end || len == 0 {
        return None;
    }
    Some((start as usize, end as usize))
}

fn setrange(ctx: &mut Ctx, args: &Args) {
    let (key, value) = (args.get(1), args.get(3));
    let Some(offset) = parse_int(ctx, args.get(2)) else {
        return;
    };
    if offset < 0 {
        return ctx.reply.error("ERR offset is out of range");
    }
    let max = ctx.srv.settings.proto_max_bulk_len;
    let now = ctx.now;
    let too_big = offset.checked_add(value.len() as i64).is_none_or(|n| n > max);
    match read_str_for_write(ctx, key) {
        Err(()) => {}
        Ok(None) => {
            if value.is_empty() {
                return ctx.reply.int(0);
            }
            if too_big {
                return ctx.reply.error(MAX_SIZE);
            }
            let mut buf = vec![0u8; offset as usize];
            buf.extend_from_slice(value);
            let len = buf.len() as i64;
            ctx.db().set(key, Value::Str(Str::Raw(buf)), now, false);
            ctx.key_modified(key);
            ctx.reply.int(len);
        }
        Ok(Some(s)) => {
            if value.is_empty() {
                let len = s.len() as i64;
                return ctx.reply.int(len);
            }
            if too_big {
                return ctx.reply.error(MAX_SIZE);
            }
            let raw = s.make_raw();
            let end = offset as usize + value.len();
            if raw.len() < end {
                raw.resize(end, 0);
            }
            raw[offset as usize..end].copy_from_slice(value);
            let len = raw.len() as i64;
            ctx.key_modified(key);
            ctx.reply.int(len);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::clamp_range;

    #[test]
    fn getrange_arithmetic_matches_redis() {
        assert_eq!(clamp_range(0, -1, 5), Some((0, 4)));
        assert_eq!(clamp_range(-3, -1, 5), Some((2, 4)));
        assert_eq!(clamp_range(-1, -3, 5), None);
        assert_eq!(clamp_range(3, 100, 5), Some((3, 4)));
        assert_eq!(clamp_range(10, 20, 5), None);
        assert_eq!(clamp_range(0, 0, 0), None);
        assert_eq!(clamp_range(-100, 1, 5), Some((0, 1)));
    }
}
