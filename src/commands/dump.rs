//! DUMP, RESTORE and RESTORE-ASKING: values serialized as RDB payloads
//! (the codec lives in `crate::rdb`), with Redis 7.0.15's option parsing,
//! check order and error texts (cluster.c dumpCommand / restoreCommand).

use super::{Access, Ctx, Handler, err, is, parse_int, typed_at};
use crate::rdb::{self, RdbError};
use crate::resp::parse::Args;

pub const COMMANDS: &[(&str, Handler)] = &[("dump", dump), ("restore", restore), ("restore-asking", restore)];

const BUSYKEY: &str = "BUSYKEY Target key name already exists.";

fn dump(ctx: &mut Ctx, args: &Args) {
    let db = ctx.client().db;
    let now = ctx.now;
    match typed_at(ctx.srv, db, args.get(1), now, Access::Read, |v| Some(v)) {
        Ok(Some(value)) => {
            let payload = rdb::dump_payload(value);
            ctx.reply.bulk(&payload);
        }
        _ => ctx.reply.null(),
    }
}

/// RESTORE's options.
#[derive(Default)]
struct Options {
    replace: bool,
    absttl: bool,
    idle_secs: Option<i64>,
    freq: Option<i64>,
}

/// Parse the options after the payload, replying on error.
fn parse_options(ctx: &mut Ctx, args: &Args) -> Option<Options> {
    let mut opts = Options::default();
    let mut j = 4;
    while j < args.len() {
        let arg = args.get(j);
        let has_more = j + 1 < args.len();
        if is(arg, "replace") {
            opts.replace = true;
        } else if is(arg, "absttl") {
            opts.absttl = true;
        } else if is(arg, "idletime") && has_more && opts.freq.is_none() {
            let idle = parse_int(ctx, args.get(j + 1))?;
            if idle < 0 {
                ctx.reply.error("ERR Invalid IDLETIME value, must be >= 0");
                return None;
            }
            opts.idle_secs = Some(idle);
            j += 1;
        } else if is(arg, "freq") && has_more && opts.idle_secs.is_none() {
            let freq = parse_int(ctx, args.get(j + 1))?;
            if !(0..=255).contains(&freq) {
                ctx.reply.error("ERR Invalid FREQ value, must be >= 0 and <= 255");
                return None;
            }
            opts.freq = Some(freq);
            j += 1;
        } else {
            ctx.reply.error(err::SYNTAX);
            return None;
        }
        j += 1;
    }
    Some(opts)
}

fn restore(ctx: &mut Ctx, args: &Args) {
    let Some(opts) = parse_options(ctx, args) else {
        return;
    };
    let key = args.get(1);
    let now = ctx.now;
    if !opts.replace && ctx.db().exists(key, now) {
        return ctx.reply.error(BUSYKEY);
    }
    let Some(mut ttl) = parse_int(ctx, args.get(2)) else {
        return;
    };
    if ttl < 0 {
        return ctx.reply.error("ERR Invalid TTL value, must be >= 0");
    }
    let value = match rdb::restore_payload(args.get(3)) {
        Ok(v) => v,
        Err(RdbError::VersionOrChecksum) => return ctx.reply.error("ERR DUMP payload version or checksum are wrong"),
        Err(_) => return ctx.reply.error("ERR Bad data format"),
    };
    let deleted = opts.replace && ctx.db().remove(key).is_some();
    if ttl != 0 && !opts.absttl {
        ttl = ttl.saturating_add(now);
    }
    if ttl != 0 && ttl <= now {
        if deleted {
            ctx.key_modified(key);
        }
        return ctx.reply.ok();
    }
    store(ctx, key, value, ttl, &opts);
    ctx.key_modified(key);
    ctx.reply.ok();
}

/// Add the key with its TTL and access metadata (objectSetLRUOrLFU).
fn store(ctx: &mut Ctx, key: &[u8], value: crate::db::Value, ttl: i64, opts: &Options) {
    let now = ctx.now;
    let lfu = ctx.srv.settings.maxmemory_policy.is_lfu();
    let db = ctx.db();
    db.set(key, value, now, false);
    if ttl != 0 {
        db.set_expire(key, ttl);
    }
    let Some(entry) = db.lookup(key, now) else {
        return;
    };
    match (lfu, opts.freq, opts.idle_secs) {
        (true, Some(freq), _) => entry.lfu = freq as u8,
        (false, _, Some(idle)) => entry.access_ms = now.saturating_sub(idle.saturating_mul(1000)),
        _ => {}
    }
}
