//! DEBUG, behind `enable-debug-command`: SLEEP, SET-ACTIVE-EXPIRE, HELP.

use super::keys::reply_help;
use super::{Ctx, Handler, err, is};
use crate::db::{Str, Value};
use crate::resp::parse::Args;
use crate::util::num::string2ld;

pub const COMMANDS: &[(&str, Handler)] = &[("debug", debug)];

const HELP: &[&str] = &[
    "DEBUG <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
    "DROP-CLUSTER-PACKET-FILTER <packet-type>",
    "    Drop all packets that match the filtered type. Set to -1 allow all packets.",
    "POPULATE <count> [<prefix>] [<size>]",
    "    Create <count> string keys named key:<num>. If <prefix> is specified then",
    "    it is used instead of the 'key' prefix.",
    "SET-ACTIVE-EXPIRE <0|1>",
    "    Setting it to 0 disables expiring keys in background when they are not",
    "    accessed (otherwise the Redis behavior). Setting it to 1 reenables back the",
    "    default.",
    "SLEEP <seconds>",
    "    Stop the server for <seconds>. Decimals allowed.",
    "CLUSTERLINK KILL <to|from|all> <node-id>",
    "    Kills the link based on the direction to/from (both) with the provided node.",
    "HELP",
    "    Prints this help.",
];

/// DEBUG POPULATE count [prefix] [size]: keys `prefix:N` holding `value:N`,
/// zero-padded or cut to `size` bytes; existing keys are left alone.
fn populate(ctx: &mut Ctx, args: &Args) {
    let Some(count) = positive(ctx, args.get(2)) else {
        return;
    };
    let prefix = if args.len() >= 4 { args.get(3) } else { b"key" };
    let size = if args.len() == 5 {
        match positive(ctx, args.get(4)) {
            Some(n) => n as usize,
            None => return,
        }
    } else {
        0
    };
    let now = ctx.now;
    for i in 0..count {
        let mut key = prefix.to_vec();
        key.push(b':');
        key.extend_from_slice(i.to_string().as_bytes());
        if ctx.db().lookup_notouch(&key, now).is_some() {
            continue;
        }
        let mut value = format!("value:{i}").into_bytes();
        if size > 0 {
            value.resize(size, 0);
        }
        ctx.db().set(&key, Value::Str(Str::from_bytes(&value)), now, false);
        ctx.key_modified(&key);
    }
    ctx.reply.ok();
}

/// Redis's getPositiveLongFromObjectOrReply with its default messages.
fn positive(ctx: &mut Ctx, arg: &[u8]) -> Option<i64> {
    let n = super::parse_int(ctx, arg)?;
    if n < 0 {
        ctx.reply.error("ERR value is out of range, must be positive");
        return None;
    }
    Some(n)
}

/// DEBUG CLUSTERLINK KILL to|from|all <node-id>.
fn kill_cluster_links(ctx: &mut Ctx, args: &Args) {
    let Some(cluster) = ctx.srv.cluster.as_mut() else {
        return ctx
            .reply
            .error("ERR Debug option only available for cluster mode enabled setup!");
    };
    let Some(idx) = cluster.core.lookup(args.get(4)) else {
        let mut text = b"ERR Unknown node ".to_vec();
        text.extend_from_slice(args.get(4));
        return ctx.reply.error_bytes(&text);
    };
    let dir = args.get(3);
    let (to, from) = if is(dir, "from") {
        (false, true)
    } else if is(dir, "to") {
        (true, false)
    } else if is(dir, "all") {
        (true, true)
    } else {
        let mut text = b"ERR Unknown direction ".to_vec();
        text.extend_from_slice(dir);
        return ctx.reply.error_bytes(&text);
    };
    cluster.core.kill_links(idx, to, from);
    ctx.reply.ok();
}

fn debug(ctx: &mut Ctx, args: &Args) {
    let sub = args.get(1);
    if is(sub, "HELP") {
        reply_help(ctx, HELP);
    } else if is(sub, "SLEEP") && args.len() == 3 {
        let Some(secs) = string2ld(args.get(2)).filter(|s| *s >= 0.0) else {
            return ctx.reply.error(err::NOT_FLOAT);
        };
        std::thread::sleep(std::time::Duration::from_secs_f64(secs.min(3600.0)));
        ctx.reply.ok();
    } else if is(sub, "POPULATE") && (3..=5).contains(&args.len()) {
        populate(ctx, args);
    } else if is(sub, "DROP-CLUSTER-PACKET-FILTER") && args.len() == 3 {
        let Some(kind) = super::parse_int(ctx, args.get(2)) else {
            return;
        };
        if let Some(cluster) = ctx.srv.cluster.as_mut() {
            cluster.core.drop_filter = kind;
        }
        ctx.reply.ok();
    } else if is(sub, "CLUSTERLINK") && args.len() == 5 && is(args.get(2), "KILL") {
        kill_cluster_links(ctx, args);
    } else if is(sub, "SET-ACTIVE-EXPIRE") && args.len() == 3 {
        let Some(on) = super::parse_int(ctx, args.get(2)) else {
            return;
        };
        ctx.srv.active_expire_enabled = on != 0;
        ctx.reply.ok();
    } else {
        ctx.reply.error(&format!(
            "ERR unknown subcommand or wrong number of arguments for '{}'. Try DEBUG HELP.",
            String::from_utf8_lossy(sub)
        ));
    }
}
