//! Connection commands: PING, ECHO, QUIT, SELECT, HELLO, RESET, AUTH.

use super::{Ctx, Handler, err, is};

use crate::resp::parse::Args;
use crate::server::REDIS_VERSION;

pub const COMMANDS: &[(&str, Handler)] = &[
    ("ping", ping),
    ("echo", echo),
    ("quit", quit),
    ("select", select),
    ("hello", hello),
    ("reset", reset),
    ("auth", auth),
];

fn ping(ctx: &mut Ctx, args: &Args) {
    if args.len() > 2 {
        return ctx.reply.error("ERR wrong number of arguments for 'ping' command");
    }
    let subscribed = crate::commands::pubsub::subscribed(ctx.srv, ctx.id);
    if subscribed && ctx.reply.resp == 2 {
        // In RESP2 subscribed mode PING answers with a message-shaped array.
        ctx.reply.array(2);
        ctx.reply.bulk(b"pong");
        ctx.reply.bulk(if args.len() == 2 { args.get(1) } else { b"" });
        return;
    }
    match args.len() {
        1 => ctx.reply.simple("PONG"),
        _ => ctx.reply.bulk(args.get(1)),
    }
}

fn echo(ctx: &mut Ctx, args: &Args) {
    ctx.reply.bulk(args.get(1));
}

fn quit(ctx: &mut Ctx, _args: &Args) {
    ctx.reply.ok();
    ctx.client().close_after_reply = true;
}

fn select(ctx: &mut Ctx, args: &Args) {
    let Some(index) =
        crate::util::num::string2ll(args.get(1)).filter(|&n| n >= i32::MIN as i64 && n <= i32::MAX as i64)
    else {
        return ctx.reply.error(err::NOT_INTEGER);
    };
    if ctx.srv.settings.cluster_enabled && index != 0 {
        return ctx.reply.error("ERR SELECT is not allowed in cluster mode");
    }
    if index < 0 || index as usize >= ctx.srv.dbs.len() {
        return ctx.reply.error(err::DB_RANGE);
    }
    ctx.client().db = index as usize;
    ctx.reply.ok();
}

/// Check credentials for the default user; the only user until ACLs exist.
fn credentials_ok(ctx: &mut Ctx, user: &[u8], password: &[u8]) -> bool {
    if user != b"default" {
        return false;
    }
    match &ctx.srv.settings.requirepass {
        None => true,
        Some(expected) => expected.as_slice() == password,
    }
}

const WRONGPASS: &str = "WRONGPASS invalid username-password pair or user is disabled.";

fn auth(ctx: &mut Ctx, args: &Args) {
    if args.len() > 3 {
        return ctx.reply.error(err::SYNTAX);
    }
    let (user, password) = if args.len() == 2 {
        if ctx.srv.settings.requirepass.is_none() {
            return ctx.reply.error(
                "ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct?",
            );
        }
        (&b"default"[..], args.get(1))
    } else {
        (args.get(1), args.get(2))
    };
    if credentials_ok(ctx, user, password) {
        ctx.client().authenticated = true;
        ctx.reply.ok();
    } else {
        ctx.reply.error(WRONGPASS);
    }
}

fn hello(ctx: &mut Ctx, args: &Args) {
    let mut version = None;
    let mut i = 1;
    if args.len() >= 2 {
        match crate::util::num::string2ll(args.get(1)) {
            Some(v) if (2..=3).contains(&v) => version = Some(v as u8),
            Some(_) => return ctx.reply.error("NOPROTO unsupported protocol version"),
            None => {
                return ctx
                    .reply
                    .error("ERR Protocol version is not an integer or out of range");
            }
        }
        i = 2;
    }
    let mut setname = None;
    let mut credentials = None;
    while i < args.len() {
        let more = args.len() - i - 1;
        if is(args.get(i), "AUTH") && more >= 2 {
            credentials = Some((args.get(i + 1), args.get(i + 2)));
            i += 3;
        } else if is(args.get(i), "SETNAME") && more >= 1 {
            setname = Some(args.get(i + 1));
            i += 2;
        } else {
            return ctx.reply.error(&format!(
                "ERR Syntax error in HELLO option '{}'",
                String::from_utf8_lossy(args.get(i))
            ));
        }
    }
    if let Some((user, password)) = credentials {
        if !credentials_ok(ctx, user, password) {
            return ctx.reply.error(WRONGPASS);
        }
        ctx.client().authenticated = true;
    }
    if !ctx.client().authenticated {
        return ctx.reply.error("NOAUTH HELLO must be called with the client already authenticated, otherwise the HELLO <proto> AUTH <user> <pass> option can be used to authenticate the client and select the RESP protocol version at the same time");
    }
    if let Some(name) = setname {
        if let Err(e) = super::client_cmd::validate_name(name) {
            return ctx.reply.error(e);
        }
        ctx.client().name = (!name.is_empty()).then(|| name.to_vec());
    }
    if let Some(v) = version {
        ctx.reply.resp = v;
    }
    let id = ctx.client().id as i64;
    let mode = if ctx.srv.settings.cluster_enabled {
        "cluster"
    } else {
        "standalone"
    };
    let r = &mut *ctx.reply;
    r.map(7);
    r.bulk(b"server");
    r.bulk(b"redis");
    r.bulk(b"version");
    r.bulk(REDIS_VERSION.as_bytes());
    r.bulk(b"proto");
    r.int(r.resp as i64);
    r.bulk(b"id");
    r.int(id);
    r.bulk(b"mode");
    r.bulk(mode.as_bytes());
    r.bulk(b"role");
    r.bulk(b"master");
    r.bulk(b"modules");
    r.array(0);
}

fn reset(ctx: &mut Ctx, _args: &Args) {
    ctx.client().multi = None;
    crate::commands::multi::unwatch_all(ctx.srv, ctx.id);
    crate::commands::pubsub::unsubscribe_all(ctx.srv, ctx.id);
    let auth_needed = ctx.srv.settings.requirepass.is_some();
    let client = ctx.client();
    client.db = 0;
    client.name = None;
    client.reply_off = false;
    client.reply_skip = false;
    client.reply_skip_next = false;
    client.no_evict = false;
    client.authenticated = !auth_needed;
    ctx.reply.resp = 2;
    ctx.reply.simple("RESET");
}
