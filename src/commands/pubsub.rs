//! Pub/Sub on one node: SUBSCRIBE, UNSUBSCRIBE, PSUBSCRIBE, PUNSUBSCRIBE,
//! PUBLISH, PUBSUB CHANNELS|NUMSUB|NUMPAT|HELP. Messages are arrays in RESP2
//! and push frames in RESP3, written into each subscriber's output buffer.

use super::keys::reply_help;
use super::{Ctx, Handler};
use crate::glob::glob_match;
use crate::resp::Reply;
use crate::resp::parse::Args;
use crate::server::Server;

pub const COMMANDS: &[(&str, Handler)] = &[
    ("subscribe", subscribe),
    ("unsubscribe", unsubscribe),
    ("psubscribe", psubscribe),
    ("punsubscribe", punsubscribe),
    ("publish", publish),
    ("pubsub", pubsub),
];

/// Which kind of subscription.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Channel,
    Pattern,
}

impl Kind {
    fn verb(self, subscribe: bool) -> &'static [u8] {
        match (self, subscribe) {
            (Kind::Channel, true) => b"subscribe",
            (Kind::Channel, false) => b"unsubscribe",
            (Kind::Pattern, true) => b"psubscribe",
            (Kind::Pattern, false) => b"punsubscribe",
        }
    }
}

fn subscription_count(ctx: &mut Ctx) -> usize {
    let c = ctx.client();
    c.channels.len() + c.patterns.len()
}

/// The `[verb, name, count]` confirmation of (un)subscribing.
fn confirm(ctx: &mut Ctx, kind: Kind, subscribe: bool, name: Option<&[u8]>) {
    let count = subscription_count(ctx) as i64;
    ctx.reply.push(3);
    ctx.reply.bulk(kind.verb(subscribe));
    match name {
        Some(n) => ctx.reply.bulk(n),
        None => ctx.reply.null(),
    }
    ctx.reply.int(count);
}

fn add(ctx: &mut Ctx, kind: Kind, name: &[u8]) {
    let id = ctx.id;
    let client = ctx.client();
    let set = match kind {
        Kind::Channel => &mut client.channels,
        Kind::Pattern => &mut client.patterns,
    };
    if set.insert(name.into()) {
        let subscribers = match kind {
            Kind::Channel => ctx.srv.pubsub_channels.entry(name.into()).or_default(),
            Kind::Pattern => ctx.srv.pubsub_patterns.entry(name.into()).or_default(),
        };
        subscribers.insert(id);
    }
    confirm(ctx, kind, true, Some(name));
}

/// Remove one subscription of client `id`; true when it existed.
fn remove(srv: &mut Server, id: usize, kind: Kind, name: &[u8]) -> bool {
    let Some(client) = srv.client(id) else { return false };
    let removed = match kind {
        Kind::Channel => client.channels.shift_remove(name),
        Kind::Pattern => client.patterns.shift_remove(name),
    };
    if removed {
        match kind {
            Kind::Channel => {
                if let Some(subs) = srv.pubsub_channels.get_mut(name) {
                    subs.shift_remove(&id);
                    if subs.is_empty() {
                        srv.pubsub_channels.remove(name);
                    }
                }
            }
            Kind::Pattern => {
                if let Some(subs) = srv.pubsub_patterns.get_mut(name) {
                    subs.shift_remove(&id);
                    if subs.is_empty() {
                        srv.pubsub_patterns.shift_remove(name);
                    }
                }
            }
        }
    }
    removed
}

fn subscribe(ctx: &mut Ctx, args: &Args) {
    for name in args.iter_from(1) {
        add(ctx, Kind::Channel, name);
    }
}

fn psubscribe(ctx: &mut Ctx, args: &Args) {
    for name in args.iter_from(1) {
        add(ctx, Kind::Pattern, name);
    }
}

fn unsubscribe_generic(ctx: &mut Ctx, args: &Args, kind: Kind) {
    let names: Vec<Box<[u8]>> = if args.len() > 1 {
        args.iter_from(1).map(Box::from).collect()
    } else {
        let client = ctx.client();
        match kind {
            Kind::Channel => client.channels.iter().cloned().collect(),
            Kind::Pattern => client.patterns.iter().cloned().collect(),
        }
    };
    if names.is_empty() {
        return confirm(ctx, kind, false, None);
    }
    for name in names {
        remove(ctx.srv, ctx.id, kind, &name);
        confirm(ctx, kind, false, Some(&name));
    }
}

fn unsubscribe(ctx: &mut Ctx, args: &Args) {
    unsubscribe_generic(ctx, args, Kind::Channel);
}

fn punsubscribe(ctx: &mut Ctx, args: &Args) {
    unsubscribe_generic(ctx, args, Kind::Pattern);
}

/// Drop every subscription of a client (disconnect, RESET).
pub fn unsubscribe_all(srv: &mut Server, id: usize) {
    let Some(client) = srv.client(id) else { return };
    let channels: Vec<Box<[u8]>> = client.channels.iter().cloned().collect();
    let patterns: Vec<Box<[u8]>> = client.patterns.iter().cloned().collect();
    for name in channels {
        remove(srv, id, Kind::Channel, &name);
    }
    for name in patterns {
        remove(srv, id, Kind::Pattern, &name);
    }
}

/// One message to deliver.
#[derive(Clone, Copy)]
struct Frame<'a> {
    pattern: Option<&'a [u8]>,
    channel: &'a [u8],
    message: &'a [u8],
}

/// Write one message frame into a reply buffer.
fn write_message(out: &mut Reply, pattern: Option<&[u8]>, channel: &[u8], message: &[u8]) {
    match pattern {
        Some(p) => {
            out.push(4);
            out.bulk(b"pmessage");
            out.bulk(p);
        }
        None => {
            out.push(3);
            out.bulk(b"message");
        }
    }
    out.bulk(channel);
    out.bulk(message);
}

/// Deliver to one subscriber: into `own` when it is the publishing client
/// (whose buffer is checked out while its command runs), else into its buffer.
fn deliver(srv: &mut Server, own: (usize, &mut Reply), target: usize, frame: Frame, now: i64) {
    let Frame {
        pattern,
        channel,
        message,
    } = frame;
    if target == own.0 {
        return write_message(own.1, pattern, channel, message);
    }
    let Some(client) = srv.client(target) else { return };
    write_message(&mut client.reply, pattern, channel, message);
    srv.queue_write(target, now);
}

/// Publish on this node; returns the number of receivers.
pub fn publish_local(srv: &mut Server, own: (usize, &mut Reply), channel: &[u8], message: &[u8], now: i64) -> usize {
    let mut receivers = 0;
    let (own_id, own_reply) = own;
    if let Some(subs) = srv.pubsub_channels.get(channel) {
        for target in subs.clone() {
            deliver(
                srv,
                (own_id, own_reply),
                target,
                Frame {
                    pattern: None,
                    channel,
                    message,
                },
                now,
            );
            receivers += 1;
        }
    }
    let matching: Vec<(Box<[u8]>, Vec<usize>)> = srv
        .pubsub_patterns
        .iter()
        .filter(|(p, _)| glob_match(p, channel, false))
        .map(|(p, subs)| (p.clone(), subs.iter().copied().collect()))
        .collect();
    for (pattern, subs) in matching {
        for target in subs {
            let frame = Frame {
                pattern: Some(&pattern),
                channel,
                message,
            };
            deliver(srv, (own_id, own_reply), target, frame, now);
            receivers += 1;
        }
    }
    receivers
}

fn publish(ctx: &mut Ctx, args: &Args) {
    let receivers = publish_local(ctx.srv, (ctx.id, ctx.reply), args.get(1), args.get(2), ctx.now);
    // clusterPropagatePublish: every other node delivers it to its own subscribers.
    if let Some(cluster) = ctx.srv.cluster.as_mut() {
        cluster.core.publish(args.get(1), args.get(2), false);
    }
    ctx.reply.int(receivers as i64);
}

const HELP: &[&str] = &[
    "PUBSUB <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
    "CHANNELS [<pattern>]",
    "    Return the currently active channels matching a <pattern> (default: '*').",
    "NUMPAT",
    "    Return number of subscriptions to patterns.",
    "NUMSUB [<channel> ...]",
    "    Return the number of subscribers for the specified channels, excluding",
    "    pattern subscriptions(default: no channels).",
    "SHARDCHANNELS [<pattern>]",
    "    Return the currently active shard level channels matching a <pattern> (default: '*').",
    "SHARDNUMSUB [<shardchannel> ...]",
    "    Return the number of subscribers for the specified shard level channel(s)",
    "HELP",
    "    Prints this help.",
];

fn pubsub(ctx: &mut Ctx, args: &Args) {
    match ctx.cmd.name {
        "pubsub|channels" => {
            let pattern = (args.len() == 3).then(|| args.get(2));
            let names: Vec<Box<[u8]>> = ctx
                .srv
                .pubsub_channels
                .keys()
                .filter(|c| pattern.is_none_or(|p| glob_match(p, c, false)))
                .cloned()
                .collect();
            ctx.reply.bulk_array(names.iter().map(|n| &n[..]));
        }
        "pubsub|numsub" => {
            ctx.reply.array((args.len() - 2) * 2);
            for channel in args.iter_from(2) {
                let n = ctx.srv.pubsub_channels.get(channel).map_or(0, |s| s.len());
                ctx.reply.bulk(channel);
                ctx.reply.int(n as i64);
            }
        }
        "pubsub|numpat" => {
            let n = ctx.srv.pubsub_patterns.len();
            ctx.reply.int(n as i64);
        }
        "pubsub|shardchannels" => ctx.reply.array(0),
        "pubsub|shardnumsub" => {
            ctx.reply.array((args.len() - 2) * 2);
            for channel in args.iter_from(2) {
                ctx.reply.bulk(channel);
                ctx.reply.int(0);
            }
        }
        "pubsub|help" => reply_help(ctx, HELP),
        _ => ctx.reply.error(&format!(
            "ERR unknown subcommand '{}'. Try PUBSUB HELP.",
            String::from_utf8_lossy(args.get(1))
        )),
    }
}
