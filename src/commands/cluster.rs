//! CLUSTER subcommands that need no bus yet: MYID, NODES, INFO, KEYSLOT,
//! COUNTKEYSINSLOT, GETKEYSINSLOT, SAVECONFIG, HELP. The others arrive with
//! the cluster core.

use super::keys::reply_help;
use super::{Ctx, Handler, parse_int};
use crate::cluster::nodes_conf;
use crate::resp::parse::Args;
use crate::slot::{SLOTS, key_hash_slot};

pub const COMMANDS: &[(&str, Handler)] = &[("cluster", cluster)];

const DISABLED: &str = "ERR This instance has cluster support disabled";

const HELP: &[&str] = &[
    "CLUSTER <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
    "COUNTKEYSINSLOT <slot>",
    "    Return the number of keys in <slot>.",
    "GETKEYSINSLOT <slot> <count>",
    "    Return key names stored by current node in a slot.",
    "INFO",
    "    Return information about the cluster.",
    "KEYSLOT <key>",
    "    Return the hash slot for <key>.",
    "MYID",
    "    Return the node id.",
    "NODES",
    "    Return cluster configuration seen by node. Output format:",
    "    <id> <ip:port> <flags> <master> <pings> <pongs> <epoch> <link> <slot> ...",
    "SAVECONFIG",
    "    Force saving cluster configuration on disk.",
    "HELP",
    "    Prints this help.",
];

fn cluster(ctx: &mut Ctx, args: &Args) {
    if ctx.srv.cluster.is_none() {
        return ctx.reply.error(DISABLED);
    }
    match ctx.cmd.name {
        "cluster|myid" => {
            let id = ctx.srv.cluster.as_ref().map(|c| c.myself_id()).unwrap_or_default();
            ctx.reply.bulk(id.as_bytes());
        }
        "cluster|nodes" => nodes(ctx),
        "cluster|info" => info(ctx),
        "cluster|keyslot" => ctx.reply.int(key_hash_slot(args.get(2)) as i64),
        "cluster|countkeysinslot" => countkeysinslot(ctx, args),
        "cluster|getkeysinslot" => getkeysinslot(ctx, args),
        "cluster|saveconfig" => match ctx.srv.cluster.as_ref().map(|c| c.save()) {
            Some(Err(e)) => ctx
                .reply
                .error(&format!("ERR error saving the cluster node config: {e}")),
            _ => ctx.reply.ok(),
        },
        "cluster|addslots" => assign_slots(ctx, args, false, false),
        "cluster|delslots" => assign_slots(ctx, args, true, false),
        "cluster|addslotsrange" => assign_slots(ctx, args, false, true),
        "cluster|delslotsrange" => assign_slots(ctx, args, true, true),
        "cluster|help" => reply_help(ctx, HELP),
        _ => ctx.reply.error(&format!(
            "ERR unknown subcommand '{}'. Try CLUSTER HELP.",
            String::from_utf8_lossy(args.get(1))
        )),
    }
}

fn nodes(ctx: &mut Ctx) {
    let Some(cluster) = ctx.srv.cluster.as_ref() else {
        return ctx.reply.error(DISABLED);
    };
    let mut text = String::new();
    for node in &cluster.conf.nodes {
        text.push_str(&nodes_conf::render_node(&cluster.conf, node));
        text.push('\n');
    }
    ctx.reply.verbatim(text.as_bytes(), "txt");
}

fn info(ctx: &mut Ctx) {
    let Some(cluster) = ctx.srv.cluster.as_ref() else {
        return ctx.reply.error(DISABLED);
    };
    let conf = &cluster.conf;
    let assigned: usize = conf.nodes.iter().map(|n| n.slots.count()).sum();
    let size = conf.nodes.iter().filter(|n| n.slots.count() > 0).count();
    let my_epoch = conf.myself().map_or(0, |n| n.config_epoch);
    let state = if assigned == SLOTS { "ok" } else { "fail" };
    let text = format!(
        "cluster_state:{state}\r\ncluster_slots_assigned:{assigned}\r\ncluster_slots_ok:{assigned}\r\ncluster_slots_pfail:0\r\ncluster_slots_fail:0\r\ncluster_known_nodes:{}\r\ncluster_size:{size}\r\ncluster_current_epoch:{}\r\ncluster_my_epoch:{my_epoch}\r\ncluster_stats_messages_sent:0\r\ncluster_stats_messages_received:0\r\ntotal_cluster_links_buffer_limit_exceeded:0\r\n",
        conf.nodes.len(),
        conf.vars.current_epoch,
    );
    ctx.reply.verbatim(text.as_bytes(), "txt");
}

/// A slot argument: an integer in 0..16384.
fn slot_arg(ctx: &mut Ctx, arg: &[u8], error: &str) -> Option<u16> {
    let n = parse_int(ctx, arg)?;
    if !(0..SLOTS as i64).contains(&n) {
        ctx.reply.error(error);
        return None;
    }
    Some(n as u16)
}

/// CLUSTER ADDSLOTS/DELSLOTS[RANGE]: validate every argument first (slot
/// range, busy/unassigned, duplicates) as Redis does, then apply and save.
fn assign_slots(ctx: &mut Ctx, args: &Args, del: bool, ranges: bool) {
    if ranges && args.len() % 2 == 1 {
        return ctx
            .reply
            .error(&format!("ERR wrong number of arguments for '{}' command", ctx.cmd.name));
    }
    let mut wanted = vec![false; SLOTS];
    let step = if ranges { 2 } else { 1 };
    if !ranges && args.iter_from(2).any(|a| parse_slot(a).is_none()) {
        return ctx.reply.error(INVALID_SLOT);
    }
    for i in (2..args.len()).step_by(step) {
        let (Some(start), Some(end)) = (parse_slot(args.get(i)), parse_slot(args.get(i + step - 1))) else {
            return ctx.reply.error(INVALID_SLOT);
        };
        if start > end {
            return ctx.reply.error(&format!(
                "ERR start slot number {start} is greater than end slot number {end}"
            ));
        }
        if let Err(e) = check_assignments(ctx, &mut wanted, del, start, end) {
            return ctx.reply.error(&e);
        }
    }
    let Some(cluster) = ctx.srv.cluster.as_mut() else {
        return ctx.reply.error(DISABLED);
    };
    if let Some(me) = cluster
        .conf
        .nodes
        .iter_mut()
        .find(|n| n.flags.has(nodes_conf::Flags::MYSELF))
    {
        for (slot, _) in wanted.iter().enumerate().filter(|(_, w)| **w) {
            me.slots.set(slot as u16, !del);
        }
    }
    if let Err(e) = cluster.save() {
        log::warn!("Can't save the cluster config file: {e}");
    }
    ctx.reply.ok();
}

const INVALID_SLOT: &str = "ERR Invalid or out of range slot";

fn parse_slot(arg: &[u8]) -> Option<u16> {
    crate::util::num::string2ll(arg)
        .filter(|n| (0..SLOTS as i64).contains(n))
        .map(|n| n as u16)
}

/// Redis's checkSlotAssignmentsOrReply for one range.
fn check_assignments(ctx: &mut Ctx, wanted: &mut [bool], del: bool, start: u16, end: u16) -> Result<(), String> {
    let Some(cluster) = ctx.srv.cluster.as_ref() else {
        return Err(DISABLED.into());
    };
    for slot in start..=end {
        let owned = cluster.slot_owner(slot).is_some();
        if del && !owned {
            return Err(format!("ERR Slot {slot} is already unassigned"));
        }
        if !del && owned {
            return Err(format!("ERR Slot {slot} is already busy"));
        }
        if std::mem::replace(&mut wanted[slot as usize], true) {
            return Err(format!("ERR Slot {slot} specified multiple times"));
        }
    }
    Ok(())
}

fn countkeysinslot(ctx: &mut Ctx, args: &Args) {
    let Some(slot) = slot_arg(ctx, args.get(2), "ERR Invalid slot") else {
        return;
    };
    let n = ctx.srv.dbs[0].count_in_slot(slot);
    ctx.reply.int(n as i64);
}

fn getkeysinslot(ctx: &mut Ctx, args: &Args) {
    let Some(slot) = parse_int(ctx, args.get(2)) else {
        return;
    };
    let Some(count) = parse_int(ctx, args.get(3)) else {
        return;
    };
    if !(0..SLOTS as i64).contains(&slot) || count < 0 {
        return ctx.reply.error("ERR Invalid slot or number of keys");
    }
    let keys: Vec<Vec<u8>> = ctx.srv.dbs[0]
        .keys_in_slot(slot as u16, count as usize)
        .map(<[u8]>::to_vec)
        .collect();
    ctx.reply.bulk_array(keys.iter().map(|k| &k[..]));
}
