//! CLIENT subcommands: ID, SETNAME, GETNAME, LIST, INFO, KILL, REPLY,
//! NO-EVICT, HELP.

use super::keys::reply_help;
use super::{Ctx, Handler, err, is};

use crate::resp::parse::Args;
use crate::util::num::string2ll;

pub const COMMANDS: &[(&str, Handler)] = &[("client", client)];

const HELP: &[&str] = &[
    "CLIENT <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
    "CACHING (YES|NO)",
    "    Enable/disable tracking of the keys for next command in OPTIN/OPTOUT modes.",
    "GETREDIR",
    "    Return the client ID we are redirecting to when tracking is enabled.",
    "GETNAME",
    "    Return the name of the current connection.",
    "ID",
    "    Return the ID of the current connection.",
    "INFO",
    "    Return information about the current client connection.",
    "KILL <ip:port>",
    "    Kill connection made from <ip:port>.",
    "KILL <option> <value> [<option> <value> [...]]",
    "    Kill connections. Options are:",
    "    * ADDR (<ip:port>|<unixsocket>:0)",
    "      Kill connections made from the specified address",
    "    * LADDR (<ip:port>|<unixsocket>:0)",
    "      Kill connections made to specified local address",
    "    * TYPE (NORMAL|MASTER|REPLICA|PUBSUB)",
    "      Kill connections by type.",
    "    * USER <username>",
    "      Kill connections authenticated by <username>.",
    "    * SKIPME (YES|NO)",
    "      Skip killing current connection (default: yes).",
    "LIST [options ...]",
    "    Return information about client connections. Options:",
    "    * TYPE (NORMAL|MASTER|REPLICA|PUBSUB)",
    "      Return clients of specified type.",
    "UNPAUSE",
    "    Stop the current client pause, resuming traffic.",
    "PAUSE <timeout> [WRITE|ALL]",
    "    Suspend all, or just write, clients for <timeout> milliseconds.",
    "REPLY (ON|OFF|SKIP)",
    "    Control the replies sent to the current connection.",
    "SETNAME <name>",
    "    Assign the name <name> to the current connection.",
    "UNBLOCK <clientid> [TIMEOUT|ERROR]",
    "    Unblock the specified blocked client.",
    "TRACKING (ON|OFF) [REDIRECT <id>] [BCAST] [PREFIX <prefix> [...]]",
    "         [OPTIN] [OPTOUT] [NOLOOP]",
    "    Control server assisted client side caching.",
    "TRACKINGINFO",
    "    Report tracking status for the current connection.",
    "NO-EVICT (ON|OFF)",
    "    Protect current client connection from eviction.",
    "HELP",
    "    Prints this help.",
];

fn client(ctx: &mut Ctx, args: &Args) {
    match ctx.cmd.name {
        "client|id" => {
            let id = ctx.client().id as i64;
            ctx.reply.int(id);
        }
        "client|setname" => setname(ctx, args),
        "client|getname" => match ctx.client().name.clone() {
            Some(name) => ctx.reply.bulk(&name),
            None => ctx.reply.null(),
        },
        "client|list" => list(ctx, args),
        "client|info" => {
            let now = ctx.now;
            let mut line = ctx.client().info_line(now, Some("client|info"));
            line.push('\n');
            ctx.reply.verbatim(line.as_bytes(), "txt");
        }
        "client|kill" => kill(ctx, args),
        "client|reply" => reply_mode(ctx, args),
        "client|no-evict" => {
            if is(args.get(2), "ON") {
                ctx.client().no_evict = true;
            } else if is(args.get(2), "OFF") {
                ctx.client().no_evict = false;
            } else {
                return ctx.reply.error(err::SYNTAX);
            }
            ctx.reply.ok();
        }
        "client|unblock" => unblock(ctx, args),
        "client|getredir" => ctx.reply.int(-1),
        "client|unpause" => {
            crate::pause::unpause(ctx.srv);
            ctx.reply.ok();
        }
        "client|pause" => pause(ctx, args),
        "client|caching" => ctx.reply.error(
            "ERR CLIENT CACHING can be called only when the client is in tracking mode with OPTIN or OPTOUT mode enabled",
        ),
        "client|help" => reply_help(ctx, HELP),
        _ => ctx.reply.error(&format!(
            "ERR unknown subcommand '{}'. Try CLIENT HELP.",
            String::from_utf8_lossy(args.get(1))
        )),
    }
}

/// Redis allows client names of printable ASCII without spaces.
pub fn validate_name(name: &[u8]) -> Result<(), &'static str> {
    if name.iter().any(|&c| !(b'!'..=b'~').contains(&c)) {
        Err("ERR Client names cannot contain spaces, newlines or special characters.")
    } else {
        Ok(())
    }
}

fn setname(ctx: &mut Ctx, args: &Args) {
    let name = args.get(2);
    if let Err(e) = validate_name(name) {
        return ctx.reply.error(e);
    }
    ctx.client().name = (!name.is_empty()).then(|| name.to_vec());
    ctx.reply.ok();
}

fn list(ctx: &mut Ctx, args: &Args) {
    let mut ids: Option<Vec<u64>> = None;
    if args.len() > 2 {
        if is(args.get(2), "TYPE") && args.len() == 4 {
            let t = args.get(3);
            let known = ["normal", "master", "replica", "slave", "pubsub"];
            if !known.iter().any(|k| is(t, k)) {
                return ctx
                    .reply
                    .error(&format!("ERR Unknown client type '{}'", String::from_utf8_lossy(t)));
            }
            if !is(t, "normal") {
                ids = Some(Vec::new());
            }
        } else if is(args.get(2), "ID") && args.len() >= 4 {
            let mut wanted = Vec::new();
            for arg in args.iter_from(3) {
                match string2ll(arg) {
                    Some(id) if id > 0 => wanted.push(id as u64),
                    _ => return ctx.reply.error("ERR Invalid client ID"),
                }
            }
            ids = Some(wanted);
        } else {
            return ctx.reply.error(err::SYNTAX);
        }
    }
    let now = ctx.now;
    let me = ctx.id;
    let mut text = String::new();
    for (key, c) in ctx.srv.clients() {
        if ids.as_ref().is_some_and(|ids| !ids.contains(&c.id)) {
            continue;
        }
        let current = (key == me).then_some("client|list");
        text.push_str(&c.info_line(now, current));
        text.push('\n');
    }
    ctx.reply.verbatim(text.as_bytes(), "txt");
}

/// CLIENT KILL filters.
#[derive(Default)]
struct KillFilter {
    addr: Option<Vec<u8>>,
    laddr: Option<Vec<u8>>,
    id: Option<u64>,
    user: Option<Vec<u8>>,
    normal_only: Option<bool>,

    skip_me: bool,
}

fn parse_kill_filter(ctx: &mut Ctx, args: &Args) -> Option<KillFilter> {
    let mut f = KillFilter {
        skip_me: true,
        ..KillFilter::default()
    };
    let mut i = 2;
    while i < args.len() {
        if i + 1 >= args.len() {
            ctx.reply.error(err::SYNTAX);
            return None;
        }
        let (opt, val) = (args.get(i), args.get(i + 1));
        if is(opt, "ID") {
            match string2ll(val) {
                Some(id) if id > 0 => f.id = Some(id as u64),
                _ => {
                    ctx.reply.error("ERR client-id should be greater than 0");
                    return None;
                }
            }
        } else if is(opt, "TYPE") {
            let known = ["normal", "master", "replica", "slave", "pubsub"];
            if !known.iter().any(|k| is(val, k)) {
                ctx.reply
                    .error(&format!("ERR Unknown client type '{}'", String::from_utf8_lossy(val)));
                return None;
            }
            f.normal_only = Some(is(val, "normal"));
        } else if is(opt, "ADDR") {
            f.addr = Some(val.to_vec());
        } else if is(opt, "LADDR") {
            f.laddr = Some(val.to_vec());
        } else if is(opt, "USER") {
            if val != b"default" {
                ctx.reply
                    .error(&format!("ERR No such user '{}'", String::from_utf8_lossy(val)));
                return None;
            }
            f.user = Some(val.to_vec());
        } else if is(opt, "SKIPME") {
            if is(val, "YES") {
                f.skip_me = true;
            } else if is(val, "NO") {
                f.skip_me = false;
            } else {
                ctx.reply.error(err::SYNTAX);
                return None;
            }
        } else {
            ctx.reply.error(err::SYNTAX);
            return None;
        }
        i += 2;
    }
    Some(f)
}

fn kill(ctx: &mut Ctx, args: &Args) {
    if args.len() == 3 {
        // Old form: CLIENT KILL addr:port.
        // The old form may kill the calling client itself.
        let f = KillFilter {
            addr: Some(args.get(2).to_vec()),
            skip_me: false,
            ..KillFilter::default()
        };
        let killed = kill_matching(ctx, &f);
        return if killed == 0 {
            ctx.reply.error("ERR No such client")
        } else {
            ctx.reply.ok()
        };
    }
    let Some(f) = parse_kill_filter(ctx, args) else { return };
    let killed = kill_matching(ctx, &f);
    ctx.reply.int(killed as i64);
}

fn kill_matching(ctx: &mut Ctx, f: &KillFilter) -> usize {
    let me = ctx.id;
    let victims: Vec<usize> = ctx
        .srv
        .clients()
        .filter(|(key, c)| {
            f.addr.as_ref().is_none_or(|a| a == c.addr.to_string().as_bytes())
                && f.laddr.as_ref().is_none_or(|a| a == c.laddr.to_string().as_bytes())
                && f.id.is_none_or(|id| id == c.id)
                && f.user.as_ref().is_none_or(|u| u == b"default")
                && f.normal_only.is_none_or(|normal| normal)
                && !(f.skip_me && *key == me)
        })
        .map(|(key, _)| key)
        .collect();
    for &victim in &victims {
        if victim == me {
            ctx.client().close_after_reply = true;
        } else {
            ctx.srv.close_client_later(victim);
        }
    }
    victims.len()
}

/// CLIENT PAUSE timeout [WRITE|ALL].
fn pause(ctx: &mut Ctx, args: &Args) {
    let mut write_only = false;
    if args.len() == 4 {
        if is(args.get(3), "WRITE") {
            write_only = true;
        } else if !is(args.get(3), "ALL") {
            return ctx.reply.error("ERR CLIENT PAUSE mode must be WRITE or ALL");
        }
    }
    let Some(ms) = string2ll(args.get(2)) else {
        return ctx.reply.error("ERR timeout is not an integer or out of range");
    };
    if ms < 0 {
        return ctx.reply.error("ERR timeout is negative");
    }
    if ms > i64::MAX - ctx.now {
        return ctx.reply.error("ERR timeout is out of range");
    }
    crate::pause::pause(ctx.srv, ctx.now + ms, write_only);
    ctx.reply.ok();
}

/// CLIENT UNBLOCK id [TIMEOUT|ERROR].
fn unblock(ctx: &mut Ctx, args: &Args) {
    let Some(id) = string2ll(args.get(2)) else {
        return ctx.reply.error(err::NOT_INTEGER);
    };
    let as_error = match args.len() {
        3 => false,
        4 if is(args.get(3), "TIMEOUT") => false,
        4 if is(args.get(3), "ERROR") => true,
        _ => return ctx.reply.error("ERR CLIENT UNBLOCK reason should be TIMEOUT or ERROR"),
    };
    let target = ctx
        .srv
        .clients()
        .find(|(_, c)| c.id as i64 == id && c.blocked.is_some())
        .map(|(k, _)| k);
    let Some(target) = target else { return ctx.reply.int(0) };
    if let Some(blocked) = crate::blocking::unblock(ctx.srv, target)
        && let Some(client) = ctx.srv.client(target)
    {
        if as_error {
            client.reply.error("UNBLOCKED client unblocked via CLIENT UNBLOCK");
        } else {
            crate::blocking::reply_timeout(&mut client.reply, blocked.on_timeout);
        }
        ctx.srv.unblocked.push(target);
        ctx.srv.queue_write(target, ctx.now);
    }
    ctx.reply.int(1);
}

fn reply_mode(ctx: &mut Ctx, args: &Args) {
    let mode = args.get(2);
    let client = ctx.client();
    if is(mode, "ON") {
        client.reply_off = false;
        client.reply_skip = false;
        ctx.reply.ok();
    } else if is(mode, "OFF") {
        client.reply_off = true;
    } else if is(mode, "SKIP") {
        if !client.reply_off {
            client.reply_skip_next = true;
        }
    } else {
        ctx.reply.error(err::SYNTAX);
    }
}
