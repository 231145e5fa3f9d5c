//! Pub/Sub on one node: SUBSCRIBE, UNSUBSCRIBE, PSUBSCRIBE, PUNSUBSCRIBE,
//! PUBLISH, PUBSUB CHANNELS|NUMSUB|NUMPAT|SHARDCHANNELS|SHARDNUMSUB|HELP, and
//! sharded Pub/Sub: SSUBSCRIBE, SUNSUBSCRIBE, SPUBLISH. Messages are arrays in
//! RESP2 and push frames in RESP3, written into each subscriber's output buffer.
//!
//! In cluster mode PUBLISH goes to every node over the bus, SPUBLISH to the
//! nodes of this node's shard only; shard channels are keys for slot routing,
//! and the subscribers of a slot this shard stops serving are unsubscribed
//! (Redis's removeChannelsInSlot, see [`remove_shard_channels_in_slots`]).

use super::keys::reply_help;
use super::{Ctx, Handler};
use crate::glob::glob_match;
use crate::resp::Reply;
use crate::resp::parse::Args;
use crate::server::{Link, Server};
use crate::slot::key_hash_slot;
use std::collections::HashMap;

pub const COMMANDS: &[(&str, Handler)] = &[
    ("subscribe", subscribe),
    ("unsubscribe", unsubscribe),
    ("psubscribe", psubscribe),
    ("punsubscribe", punsubscribe),
    ("publish", publish),
    ("pubsub", pubsub),
    ("ssubscribe", ssubscribe),
    ("sunsubscribe", sunsubscribe),
    ("spublish", spublish),
];

/// Which kind of subscription.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Channel,
    Pattern,
    /// A shard channel (SSUBSCRIBE).
    Shard,
}

impl Kind {
    fn verb(self, subscribe: bool) -> &'static [u8] {
        match (self, subscribe) {
            (Kind::Channel, true) => b"subscribe",
            (Kind::Channel, false) => b"unsubscribe",
            (Kind::Pattern, true) => b"psubscribe",
            (Kind::Pattern, false) => b"punsubscribe",
            (Kind::Shard, true) => b"ssubscribe",
            (Kind::Shard, false) => b"sunsubscribe",
        }
    }
}

/// The count (un)subscribe confirmations report: channels and patterns for
/// the global kinds, shard channels for the shard kind (as Redis 7.0 counts).
fn subscription_count(srv: &Server, id: usize, kind: Kind) -> usize {
    match kind {
        Kind::Shard => srv.pubsub_shard_clients.get(&id).map_or(0, |s| s.len()),
        Kind::Channel | Kind::Pattern => match srv.links.get(id) {
            Some(Link::Client(c)) => c.channels.len() + c.patterns.len(),
            _ => 0,
        },
    }
}

/// True when client `id` has any subscription (Redis's CLIENT_PUBSUB flag: a
/// RESP2 client may then run only the subscribed-context commands).
pub fn subscribed(srv: &Server, id: usize) -> bool {
    let shard = &srv.pubsub_shard_clients;
    subscription_count(srv, id, Kind::Channel) > 0 || (!shard.is_empty() && shard.contains_key(&id))
}

/// Write the `[verb, name, count]` (un)subscribe frame into `out`.
fn write_confirm(out: &mut Reply, kind: Kind, subscribe: bool, name: Option<&[u8]>, count: usize) {
    out.push(3);
    out.bulk(kind.verb(subscribe));
    match name {
        Some(n) => out.bulk(n),
        None => out.null(),
    }
    out.int(count as i64);
}

/// The `[verb, name, count]` confirmation of (un)subscribing.
fn confirm(ctx: &mut Ctx, kind: Kind, subscribe: bool, name: Option<&[u8]>) {
    let count = subscription_count(ctx.srv, ctx.id, kind);
    write_confirm(ctx.reply, kind, subscribe, name, count);
}

fn add(ctx: &mut Ctx, kind: Kind, name: &[u8]) {
    let id = ctx.id;
    let added = match kind {
        Kind::Shard => ctx.srv.pubsub_shard_clients.entry(id).or_default().insert(name.into()),
        Kind::Channel => ctx.client().channels.insert(name.into()),
        Kind::Pattern => ctx.client().patterns.insert(name.into()),
    };
    if added {
        let subscribers = match kind {
            Kind::Channel => ctx.srv.pubsub_channels.entry(name.into()).or_default(),
            Kind::Pattern => ctx.srv.pubsub_patterns.entry(name.into()).or_default(),
            Kind::Shard => ctx.srv.pubsub_shard_channels.entry(name.into()).or_default(),
        };
        subscribers.insert(id);
    }
    confirm(ctx, kind, true, Some(name));
}

/// Remove `name` from client `id`'s shard channels; true when it was there.
fn forget_shard_channel(srv: &mut Server, id: usize, name: &[u8]) -> bool {
    let Some(set) = srv.pubsub_shard_clients.get_mut(&id) else {
        return false;
    };
    let removed = set.shift_remove(name);
    if set.is_empty() {
        srv.pubsub_shard_clients.remove(&id);
    }
    removed
}

/// Remove one subscription of client `id`; true when it existed.
fn remove(srv: &mut Server, id: usize, kind: Kind, name: &[u8]) -> bool {
    if kind == Kind::Shard {
        let removed = forget_shard_channel(srv, id, name);
        if removed && let Some(subs) = srv.pubsub_shard_channels.get_mut(name) {
            subs.shift_remove(&id);
            if subs.is_empty() {
                srv.pubsub_shard_channels.remove(name);
            }
        }
        return removed;
    }
    let Some(client) = srv.client(id) else { return false };
    let removed = match kind {
        Kind::Channel => client.channels.shift_remove(name),
        Kind::Pattern => client.patterns.shift_remove(name),
        Kind::Shard => unreachable!("handled above"),
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
            Kind::Shard => {}
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
        match kind {
            Kind::Channel => ctx.client().channels.iter().cloned().collect(),
            Kind::Pattern => ctx.client().patterns.iter().cloned().collect(),
            Kind::Shard => ctx
                .srv
                .pubsub_shard_clients
                .get(&ctx.id)
                .map(|s| s.iter().cloned().collect())
                .unwrap_or_default(),
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

/// Drop every subscription of a client (disconnect, RESET), shard channels included.
pub fn unsubscribe_all(srv: &mut Server, id: usize) {
    let shard: Vec<Box<[u8]>> = srv
        .pubsub_shard_clients
        .get(&id)
        .map(|s| s.iter().cloned().collect())
        .unwrap_or_default();
    for name in shard {
        remove(srv, id, Kind::Shard, &name);
    }
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

/// SSUBSCRIBE shardchannel [shardchannel ...]: routing has checked that every
/// channel hashes to one slot this shard serves.
fn ssubscribe(ctx: &mut Ctx, args: &Args) {
    // EXEC runs its commands as a DENY BLOCKING client; unlike SUBSCRIBE,
    // SSUBSCRIBE gets no MULTI exception.
    if ctx.client().in_exec {
        return ctx
            .reply
            .error("ERR SSUBSCRIBE isn't allowed for a DENY BLOCKING client");
    }
    for name in args.iter_from(1) {
        add(ctx, Kind::Shard, name);
    }
}

fn sunsubscribe(ctx: &mut Ctx, args: &Args) {
    unsubscribe_generic(ctx, args, Kind::Shard);
}

/// The shard subscribers of `slots` lose them: each gets a `sunsubscribe`
/// frame per channel, as Redis's removeChannelsInSlot does when a slot of this
/// shard is deleted. Channels go slot by slot in the order given, in byte order
/// within a slot (Redis walks its slot-to-channel radix tree), subscribers in
/// subscription order.
pub fn remove_shard_channels_in_slots(srv: &mut Server, slots: &[u16], now: i64) {
    if srv.pubsub_shard_channels.is_empty() || slots.is_empty() {
        return;
    }
    let order: HashMap<u16, usize> = slots.iter().enumerate().map(|(i, &s)| (s, i)).collect();
    let mut lost: Vec<(usize, Box<[u8]>)> = srv
        .pubsub_shard_channels
        .keys()
        .filter_map(|c| order.get(&key_hash_slot(c)).map(|&i| (i, c.clone())))
        .collect();
    lost.sort();
    for (_, channel) in lost {
        let Some(subscribers) = srv.pubsub_shard_channels.remove(&channel) else {
            continue;
        };
        for id in subscribers {
            forget_shard_channel(srv, id, &channel);
            let count = subscription_count(srv, id, Kind::Shard);
            let Some(client) = srv.client(id) else { continue };
            write_confirm(&mut client.reply, Kind::Shard, false, Some(&channel), count);
            srv.queue_write(id, now);
        }
    }
}

/// One message to deliver.
#[derive(Clone, Copy)]
struct Frame<'a> {
    /// The matching pattern (a `pmessage`), or None for a channel subscriber.
    pattern: Option<&'a [u8]>,
    /// A shard channel's `smessage`.
    shard: bool,
    channel: &'a [u8],
    message: &'a [u8],
}

/// Write one message frame into a reply buffer.
fn write_message(out: &mut Reply, frame: Frame) {
    match frame.pattern {
        Some(p) => {
            out.push(4);
            out.bulk(b"pmessage");
            out.bulk(p);
        }
        None => {
            out.push(3);
            out.bulk(if frame.shard { b"smessage" } else { b"message" });
        }
    }
    out.bulk(frame.channel);
    out.bulk(frame.message);
}

/// Deliver to one subscriber: into `own` when it is the publishing client
/// (whose buffer is checked out while its command runs), else into its buffer.
fn deliver(srv: &mut Server, own: (usize, &mut Reply), target: usize, frame: Frame, now: i64) {
    if target == own.0 {
        return write_message(own.1, frame);
    }
    let Some(client) = srv.client(target) else { return };
    write_message(&mut client.reply, frame);
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
                    shard: false,
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
                shard: false,
                channel,
                message,
            };
            deliver(srv, (own_id, own_reply), target, frame, now);
            receivers += 1;
        }
    }
    receivers
}

/// Publish to this node's subscribers of a shard channel (patterns do not
/// apply); returns the number of receivers.
pub fn publish_shard_local(
    srv: &mut Server,
    own: (usize, &mut Reply),
    channel: &[u8],
    message: &[u8],
    now: i64,
) -> usize {
    let Some(subs) = srv.pubsub_shard_channels.get(channel) else {
        return 0;
    };
    let (own_id, own_reply) = own;
    let subs: Vec<usize> = subs.iter().copied().collect();
    for &target in &subs {
        let frame = Frame {
            pattern: None,
            shard: true,
            channel,
            message,
        };
        deliver(srv, (own_id, own_reply), target, frame, now);
    }
    subs.len()
}

/// PUBLISH and SPUBLISH: deliver here, then to the other nodes over the bus in
/// cluster mode (clusterPropagatePublish: PUBLISH to every node, PUBLISHSHARD
/// to my shard's master and replicas), else through replication.
fn publish_generic(ctx: &mut Ctx, args: &Args, shard: bool) {
    let (channel, message) = (args.get(1), args.get(2));
    let receivers = if shard {
        publish_shard_local(ctx.srv, (ctx.id, ctx.reply), channel, message, ctx.now)
    } else {
        publish_local(ctx.srv, (ctx.id, ctx.reply), channel, message, ctx.now)
    };
    match ctx.srv.cluster.as_mut() {
        Some(cluster) => cluster.core.publish(channel, message, shard),
        // forceCommandPropagation(PROPAGATE_REPL): replicas deliver it to their subscribers.
        None => ctx.srv.repl.propagate_as = Some(args.iter_from(0).map(<[u8]>::to_vec).collect()),
    }
    ctx.reply.int(receivers as i64);
}

fn publish(ctx: &mut Ctx, args: &Args) {
    publish_generic(ctx, args, false);
}

fn spublish(ctx: &mut Ctx, args: &Args) {
    publish_generic(ctx, args, true);
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

/// PUBSUB CHANNELS / SHARDCHANNELS: the active channels matching the optional pattern.
fn channel_list(ctx: &mut Ctx, args: &Args, shard: bool) {
    let pattern = (args.len() == 3).then(|| args.get(2));
    let map = match shard {
        true => &ctx.srv.pubsub_shard_channels,
        false => &ctx.srv.pubsub_channels,
    };
    let names: Vec<Box<[u8]>> = map
        .keys()
        .filter(|c| pattern.is_none_or(|p| glob_match(p, c, false)))
        .cloned()
        .collect();
    ctx.reply.bulk_array(names.iter().map(|n| &n[..]));
}

/// PUBSUB NUMSUB / SHARDNUMSUB: `[channel, subscribers]` pairs.
fn num_sub(ctx: &mut Ctx, args: &Args, shard: bool) {
    ctx.reply.array((args.len() - 2) * 2);
    for channel in args.iter_from(2) {
        let map = match shard {
            true => &ctx.srv.pubsub_shard_channels,
            false => &ctx.srv.pubsub_channels,
        };
        let n = map.get(channel).map_or(0, |s| s.len());
        ctx.reply.bulk(channel);
        ctx.reply.int(n as i64);
    }
}

fn pubsub(ctx: &mut Ctx, args: &Args) {
    match ctx.cmd.name {
        "pubsub|channels" | "pubsub|shardchannels" if args.len() > 3 => {
            // Arity allows it; pubsubCommand answers addReplySubcommandSyntaxError.
            let mut text = b"ERR unknown subcommand or wrong number of arguments for '".to_vec();
            let given = args.get(1);
            text.extend_from_slice(&given[..given.len().min(128)]);
            text.extend_from_slice(b"'. Try PUBSUB HELP.");
            ctx.reply.error_bytes(&text);
        }
        "pubsub|channels" => channel_list(ctx, args, false),
        "pubsub|shardchannels" => channel_list(ctx, args, true),
        "pubsub|numsub" => num_sub(ctx, args, false),
        "pubsub|shardnumsub" => num_sub(ctx, args, true),
        "pubsub|numpat" => {
            let n = ctx.srv.pubsub_patterns.len();
            ctx.reply.int(n as i64);
        }
        "pubsub|help" => reply_help(ctx, HELP),
        _ => ctx.reply.error(&format!(
            "ERR unknown subcommand '{}'. Try PUBSUB HELP.",
            String::from_utf8_lossy(args.get(1))
        )),
    }
}
