//! Keyspace commands: DEL, EXISTS, TYPE, the EXPIRE family, TTLs, RENAME,
//! KEYS, SCAN, RANDOMKEY, DBSIZE, FLUSHDB/FLUSHALL, OBJECT.

use super::{Ctx, Handler, err, is, parse_int};
use crate::db::Str;
use crate::glob::glob_match;
use crate::resp::parse::Args;
use crate::util::num::parse_scan_cursor;

pub const COMMANDS: &[(&str, Handler)] = &[
    ("del", del),
    ("unlink", del),
    ("exists", exists),
    ("touch", touch),
    ("type", type_cmd),
    ("expire", expire),
    ("pexpire", pexpire),
    ("expireat", expireat),
    ("pexpireat", pexpireat),
    ("ttl", ttl),
    ("pttl", pttl),
    ("expiretime", expiretime),
    ("pexpiretime", pexpiretime),
    ("persist", persist),
    ("rename", rename),
    ("renamenx", renamenx),
    ("keys", keys),
    ("scan", scan),
    ("randomkey", randomkey),
    ("dbsize", dbsize),
    ("flushdb", flushdb),
    ("flushall", flushall),
    ("object", object),
];

fn del(ctx: &mut Ctx, args: &Args) {
    let now = ctx.now;
    let mut deleted = 0;
    for key in args.iter_from(1) {
        let db = ctx.db();
        db.expire_if_needed(key, now);
        if db.remove(key).is_some() {
            ctx.key_modified(key);
            deleted += 1;
        }
    }
    ctx.reply.int(deleted);
}

fn exists(ctx: &mut Ctx, args: &Args) {
    let now = ctx.now;
    let db = ctx.db();
    let count = args.iter_from(1).filter(|key| db.exists(key, now)).count();
    ctx.reply.int(count as i64);
}

fn touch(ctx: &mut Ctx, args: &Args) {
    let now = ctx.now;
    let db = ctx.db();
    let count = args.iter_from(1).filter(|key| db.lookup(key, now).is_some()).count();
    ctx.reply.int(count as i64);
}

fn type_cmd(ctx: &mut Ctx, args: &Args) {
    let now = ctx.now;
    let name = ctx
        .db()
        .lookup_notouch(args.get(1), now)
        .map_or("none", |e| e.value.type_name());
    ctx.reply.simple(name);
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    Seconds,
    Millis,
}

fn expire(ctx: &mut Ctx, args: &Args) {
    expire_generic(ctx, args, ctx.now, Unit::Seconds);
}

fn pexpire(ctx: &mut Ctx, args: &Args) {
    expire_generic(ctx, args, ctx.now, Unit::Millis);
}

fn expireat(ctx: &mut Ctx, args: &Args) {
    expire_generic(ctx, args, 0, Unit::Seconds);
}

fn pexpireat(ctx: &mut Ctx, args: &Args) {
    expire_generic(ctx, args, 0, Unit::Millis);
}

#[derive(Default, Clone, Copy)]
struct ExpireFlags {
    nx: bool,
    xx: bool,
    gt: bool,
    lt: bool,
}

fn parse_expire_flags(ctx: &mut Ctx, args: &Args) -> Option<ExpireFlags> {
    let mut f = ExpireFlags::default();
    for opt in args.iter_from(3) {
        if is(opt, "NX") {
            f.nx = true;
        } else if is(opt, "XX") {
            f.xx = true;
        } else if is(opt, "GT") {
            f.gt = true;
        } else if is(opt, "LT") {
            f.lt = true;
        } else {
            ctx.reply
                .error(&format!("ERR Unsupported option {}", String::from_utf8_lossy(opt)));
            return None;
        }
    }
    if f.nx && (f.xx || f.gt || f.lt) {
        ctx.reply
            .error("ERR NX and XX, GT or LT options at the same time are not compatible");
        return None;
    }
    if f.gt && f.lt {
        ctx.reply
            .error("ERR GT and LT options at the same time are not compatible");
        return None;
    }
    Some(f)
}

/// EXPIRE, PEXPIRE, EXPIREAT, PEXPIREAT (Redis's expireGenericCommand).
fn expire_generic(ctx: &mut Ctx, args: &Args, base: i64, unit: Unit) {
    let key = args.get(1);
    let Some(mut when) = parse_int(ctx, args.get(2)) else {
        return;
    };
    let Some(flags) = parse_expire_flags(ctx, args) else {
        return;
    };
    let invalid = format!("ERR invalid expire time in '{}' command", ctx.cmd.name);
    if unit == Unit::Seconds {
        if !(i64::MIN / 1000..=i64::MAX / 1000).contains(&when) {
            return ctx.reply.error(&invalid);
        }
        when *= 1000;
    }
    if when > i64::MAX - base {
        return ctx.reply.error(&invalid);
    }
    when += base;
    let now = ctx.now;
    let db = ctx.db();
    if db.lookup_notouch(key, now).is_none() {
        return ctx.reply.int(0);
    }
    let current = db.expire_at(key);
    let refused = (flags.nx && current.is_some())
        || (flags.xx && current.is_none())
        || (flags.gt && current.is_none_or(|c| when <= c))
        || (flags.lt && current.is_some_and(|c| when >= c));
    if refused {
        return ctx.reply.int(0);
    }
    if when <= now {
        db.remove(key);
    } else {
        db.set_expire(key, when);
    }
    ctx.key_modified(key);
    ctx.reply.int(1);
}

/// The remaining TTL in ms: -2 no key, -1 no TTL.
fn remaining_ms(ctx: &mut Ctx, key: &[u8]) -> i64 {
    let now = ctx.now;
    let db = ctx.db();
    if db.lookup_notouch(key, now).is_none() {
        return -2;
    }
    db.expire_at(key).map_or(-1, |when| (when - now).max(0))
}

fn ttl(ctx: &mut Ctx, args: &Args) {
    let ms = remaining_ms(ctx, args.get(1));
    ctx.reply.int(if ms < 0 { ms } else { (ms + 500) / 1000 });
}

fn pttl(ctx: &mut Ctx, args: &Args) {
    let ms = remaining_ms(ctx, args.get(1));
    ctx.reply.int(ms);
}

fn expire_time(ctx: &mut Ctx, key: &[u8]) -> i64 {
    let now = ctx.now;
    let db = ctx.db();
    if db.lookup_notouch(key, now).is_none() {
        return -2;
    }
    db.expire_at(key).unwrap_or(-1)
}

fn expiretime(ctx: &mut Ctx, args: &Args) {
    let when = expire_time(ctx, args.get(1));
    // Rounded to the nearest second like Redis's (ttl+500)/1000, without overflow.
    ctx.reply.int(if when < 0 {
        when
    } else {
        ((when as i128 + 500) / 1000) as i64
    });
}

fn pexpiretime(ctx: &mut Ctx, args: &Args) {
    let when = expire_time(ctx, args.get(1));
    ctx.reply.int(when);
}

fn persist(ctx: &mut Ctx, args: &Args) {
    let now = ctx.now;
    let db = ctx.db();
    let removed = db.lookup_notouch(args.get(1), now).is_some() && db.persist(args.get(1));
    if removed {
        ctx.key_modified(args.get(1));
    }
    ctx.reply.int(removed as i64);
}

fn rename(ctx: &mut Ctx, args: &Args) {
    rename_generic(ctx, args, false);
}

fn renamenx(ctx: &mut Ctx, args: &Args) {
    rename_generic(ctx, args, true);
}

fn rename_generic(ctx: &mut Ctx, args: &Args, nx: bool) {
    let (src, dst) = (args.get(1), args.get(2));
    let now = ctx.now;
    let db = ctx.db();
    if db.lookup_notouch(src, now).is_none() {
        return ctx.reply.error(err::NO_SUCH_KEY);
    }
    if src == dst {
        return if nx { ctx.reply.int(0) } else { ctx.reply.ok() };
    }
    if db.lookup_notouch(dst, now).is_some() {
        if nx {
            return ctx.reply.int(0);
        }
        db.remove(dst);
    }
    let expire = db.expire_at(src);
    let Some(entry) = db.remove(src) else {
        return ctx.reply.error(err::NO_SUCH_KEY);
    };
    db.set(dst, entry.value, now, false);
    if let Some(when) = expire {
        db.set_expire(dst, when);
    }
    ctx.key_modified(src);
    ctx.key_modified(dst);
    if nx { ctx.reply.int(1) } else { ctx.reply.ok() }
}

fn keys(ctx: &mut Ctx, args: &Args) {
    let pattern = args.get(1);
    let all = pattern == b"*";
    let now = ctx.now;
    let db = &*ctx.db();
    let mut found: Vec<Vec<u8>> = Vec::new();
    // Keys whose TTL passed are skipped, not deleted, as Redis's KEYS does.
    db.for_each_key(|key, _| {
        if (all || glob_match(pattern, key, false)) && !db.is_expired(key, now) {
            found.push(key.to_vec());
        }
    });
    ctx.reply.bulk_array(found.iter().map(|k| &k[..]));
}

fn scan(ctx: &mut Ctx, args: &Args) {
    let Some(cursor) = parse_scan_cursor(args.get(1)) else {
        return ctx.reply.error("ERR invalid cursor");
    };
    let mut count = 10usize;
    let mut pattern: Option<&[u8]> = None;
    let mut type_filter: Option<&[u8]> = None;
    let mut i = 2;
    while i < args.len() {
        let more = i + 1 < args.len();
        if is(args.get(i), "COUNT") && more {
            let Some(n) = parse_int(ctx, args.get(i + 1)) else {
                return;
            };
            if n < 1 {
                return ctx.reply.error(err::SYNTAX);
            }
            count = n as usize;
        } else if is(args.get(i), "MATCH") && more {
            pattern = Some(args.get(i + 1));
        } else if is(args.get(i), "TYPE") && more {
            type_filter = Some(args.get(i + 1));
        } else {
            return ctx.reply.error(err::SYNTAX);
        }
        i += 2;
    }
    let now = ctx.now;
    let db = ctx.db();
    let mut found: Vec<Vec<u8>> = Vec::new();
    let next = db.scan(cursor, count, |key, entry| {
        let matches = pattern.is_none_or(|p| p == b"*" || glob_match(p, key, false))
            && type_filter.is_none_or(|t| t.eq_ignore_ascii_case(entry.value.type_name().as_bytes()));
        if matches {
            found.push(key.to_vec());
        }
    });
    found.retain(|k| !db.expire_if_needed(k, now));
    ctx.reply.array(2);
    ctx.reply.bulk(next.to_string().as_bytes());
    ctx.reply.bulk_array(found.iter().map(|k| &k[..]));
}

fn randomkey(ctx: &mut Ctx, _args: &Args) {
    let now = ctx.now;
    let db_index = ctx.client().db;
    let srv = &mut *ctx.srv;
    let db = &mut srv.dbs[db_index];
    let mut tries = db.len() + 1;
    while tries > 0 {
        let Some(key) = db.random_key(&mut srv.rng).map(<[u8]>::to_vec) else {
            break;
        };
        if !db.expire_if_needed(&key, now) {
            return ctx.reply.bulk(&key);
        }
        tries -= 1;
    }
    ctx.reply.null();
}

fn dbsize(ctx: &mut Ctx, _args: &Args) {
    let n = ctx.db().len();
    ctx.reply.int(n as i64);
}

/// FLUSHDB / FLUSHALL take an optional ASYNC or SYNC.
fn flush_mode_ok(args: &Args) -> bool {
    match args.len() {
        1 => true,
        2 => is(args.get(1), "ASYNC") || is(args.get(1), "SYNC"),
        _ => false,
    }
}

fn flushdb(ctx: &mut Ctx, args: &Args) {
    if !flush_mode_ok(args) {
        return ctx.reply.error(err::SYNTAX);
    }
    let db = ctx.client().db;
    flush_db(ctx, db);
    ctx.reply.ok();
}

fn flushall(ctx: &mut Ctx, args: &Args) {
    if !flush_mode_ok(args) {
        return ctx.reply.error(err::SYNTAX);
    }
    for db in 0..ctx.srv.dbs.len() {
        flush_db(ctx, db);
    }
    ctx.reply.ok();
}

/// Empty one database, invalidating WATCHes on its keys (signalFlushedDb).
fn flush_db(ctx: &mut Ctx, db: usize) {
    crate::commands::multi::touch_all_watched_in_db(ctx.srv, db);
    let removed = ctx.srv.dbs[db].len() as u64;
    ctx.srv.dbs[db].flush();
    ctx.srv.dirty += removed;
}

const OBJECT_HELP: &[&str] = &[
    "OBJECT <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
    "ENCODING <key>",
    "    Return the kind of internal representation used in order to store the value",
    "    associated with a <key>.",
    "FREQ <key>",
    "    Return the access frequency index of the <key>. The returned integer is",
    "    proportional to the logarithm of the recent access frequency of the key.",
    "IDLETIME <key>",
    "    Return the idle time of the <key>, that is the approximated number of",
    "    seconds elapsed since the last access to the key.",
    "REFCOUNT <key>",
    "    Return the number of references of the value associated with the specified",
    "    <key>.",
    "HELP",
    "    Prints this help.",
];

/// Reply with a HELP text as Redis's addReplyHelp does.
pub fn reply_help(ctx: &mut Ctx, lines: &[&str]) {
    ctx.reply.array(lines.len());
    for line in lines {
        ctx.reply.simple(line);
    }
}

fn object(ctx: &mut Ctx, args: &Args) {
    let sub = ctx.cmd.name;
    if sub == "object|help" {
        return reply_help(ctx, OBJECT_HELP);
    }
    let now = ctx.now;
    let lfu = ctx.srv.settings.maxmemory_policy.is_lfu();
    let lfu_params = ctx.srv.settings.lfu;
    // Read what OBJECT needs without cloning the value (O(1) for any size).
    let Some(entry) = ctx.db().lookup_notouch(args.get(2), now) else {
        return ctx.reply.null();
    };
    let encoding = entry.value.encoding();
    let shared_int = matches!(entry.value.as_str(), Some(Str::Int(n)) if (0..10000).contains(n));
    let idle_ms = (now - entry.access_ms).max(0);
    let freq = lfu_params.decayed(entry, now);
    match sub {
        "object|encoding" => ctx.reply.bulk(encoding.as_bytes()),
        "object|refcount" => ctx.reply.int(if shared_int { i32::MAX as i64 } else { 1 }),
        "object|idletime" if lfu => ctx.reply.error("ERR An LFU maxmemory policy is selected, idle time not tracked. Please note that when switching between policies at runtime LRU and LFU data will take some time to adjust."),
        "object|idletime" => ctx.reply.int(idle_ms / 1000),
        "object|freq" if !lfu => ctx.reply.error("ERR An LFU maxmemory policy is not selected, access frequency not tracked. Please note that when switching between policies at runtime LRU and LFU data will take some time to adjust."),
        "object|freq" => ctx.reply.int(freq as i64),
        _ => ctx.reply.error(&format!(
            "ERR unknown subcommand '{}'. Try OBJECT HELP.",
            String::from_utf8_lossy(args.get(1))
        )),
    }
}
