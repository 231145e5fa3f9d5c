//! CLUSTER subcommands that need no bus yet: MYID, NODES, INFO, KEYSLOT,
//! COUNTKEYSINSLOT, GETKEYSINSLOT, SAVECONFIG, HELP. The others arrive with
//! the cluster core.

use super::keys::reply_help;
use super::{Ctx, Handler, parse_int};
use crate::cluster::nodes_conf;
use crate::resp::parse::Args;
use crate::slot::{SLOTS, key_hash_slot};

pub const COMMANDS: &[(&str, Handler)] = &[
    ("cluster", cluster),
    ("readonly", readonly),
    ("readwrite", readwrite),
    ("asking", asking),
];

const DISABLED: &str = "ERR This instance has cluster support disabled";

const HELP: &[&str] = &[
    "CLUSTER <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
    "ADDSLOTS <slot> [<slot> ...]",
    "    Assign slots to current node.",
    "ADDSLOTSRANGE <start slot> <end slot> [<start slot> <end slot> ...]",
    "    Assign slots which are between <start-slot> and <end-slot> to current node.",
    "BUMPEPOCH",
    "    Advance the cluster config epoch.",
    "COUNT-FAILURE-REPORTS <node-id>",
    "    Return number of failure reports for <node-id>.",
    "COUNTKEYSINSLOT <slot>",
    "    Return the number of keys in <slot>.",
    "DELSLOTS <slot> [<slot> ...]",
    "    Delete slots information from current node.",
    "DELSLOTSRANGE <start slot> <end slot> [<start slot> <end slot> ...]",
    "    Delete slots information which are between <start-slot> and <end-slot> from current node.",
    "FAILOVER [FORCE|TAKEOVER]",
    "    Promote current replica node to being a master.",
    "FORGET <node-id>",
    "    Remove a node from the cluster.",
    "GETKEYSINSLOT <slot> <count>",
    "    Return key names stored by current node in a slot.",
    "FLUSHSLOTS",
    "    Delete current node own slots information.",
    "INFO",
    "    Return information about the cluster.",
    "KEYSLOT <key>",
    "    Return the hash slot for <key>.",
    "MEET <ip> <port> [<bus-port>]",
    "    Connect nodes into a working cluster.",
    "MYID",
    "    Return the node id.",
    "NODES",
    "    Return cluster configuration seen by node. Output format:",
    "    <id> <ip:port> <flags> <master> <pings> <pongs> <epoch> <link> <slot> ...",
    "REPLICATE <node-id>",
    "    Configure current node as replica to <node-id>.",
    "RESET [HARD|SOFT]",
    "    Reset current node (default: soft).",
    "SET-CONFIG-EPOCH <epoch>",
    "    Set config epoch of current node.",
    "SETSLOT <slot> (IMPORTING <node-id>|MIGRATING <node-id>|STABLE|NODE <node-id>)",
    "    Set slot state.",
    "REPLICAS <node-id>",
    "    Return <node-id> replicas.",
    "SAVECONFIG",
    "    Force saving cluster configuration on disk.",
    "SLOTS",
    "    Return information about slots range mappings. Each range is made of:",
    "    start, end, master and replicas IP addresses, ports and ids",
    "SHARDS",
    "    Return information about slot range mappings and the nodes associated with them.",
    "LINKS",
    "    Return information about all network links between this node and its peers.",
    "    Output format is an array where each array element is a map containing attributes of a link",
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
        "cluster|bumpepoch" => bumpepoch(ctx),
        "cluster|set-config-epoch" => set_config_epoch(ctx, args),
        "cluster|flushslots" => flushslots(ctx),
        "cluster|count-failure-reports" => match find_node(ctx, args.get(2)) {
            Some(_) => ctx.reply.int(0),
            None => unknown_node(ctx, args.get(2)),
        },
        "cluster|links" => ctx.reply.array(0),
        "cluster|slots" => slots(ctx),
        "cluster|shards" => shards(ctx),
        "cluster|help" => reply_help(ctx, HELP),
        _ => ctx.reply.error(&format!(
            "ERR unknown subcommand '{}'. Try CLUSTER HELP.",
            String::from_utf8_lossy(args.get(1))
        )),
    }
}

/// READONLY: reads of replica slots are served here (cluster mode only).
fn readonly(ctx: &mut Ctx, _args: &Args) {
    if ctx.srv.cluster.is_none() {
        return ctx.reply.error(DISABLED);
    }
    ctx.client().readonly = true;
    ctx.reply.ok();
}

fn readwrite(ctx: &mut Ctx, _args: &Args) {
    if ctx.srv.cluster.is_none() {
        return ctx.reply.error(DISABLED);
    }
    ctx.client().readonly = false;
    ctx.reply.ok();
}

/// ASKING: the next command may touch an importing slot.
fn asking(ctx: &mut Ctx, _args: &Args) {
    if ctx.srv.cluster.is_none() {
        return ctx.reply.error(DISABLED);
    }
    ctx.client().asking = true;
    ctx.reply.ok();
}

/// Index of the node with this id in the table (ids are exact, case-sensitive).
fn find_node(ctx: &mut Ctx, id: &[u8]) -> Option<usize> {
    let cluster = ctx.srv.cluster.as_ref()?;
    cluster.conf.nodes.iter().position(|n| n.id.0[..] == *id)
}

fn unknown_node(ctx: &mut Ctx, id: &[u8]) {
    let mut text = b"ERR Unknown node ".to_vec();
    text.extend_from_slice(id);
    ctx.reply.error_bytes(&text);
}

/// CLUSTER BUMPEPOCH: a new configEpoch unless mine is already the unique maximum.
fn bumpepoch(ctx: &mut Ctx) {
    let Some(cluster) = ctx.srv.cluster.as_mut() else {
        return ctx.reply.error(DISABLED);
    };
    let max = cluster.conf.max_config_epoch();
    let Some(me) = cluster
        .conf
        .nodes
        .iter_mut()
        .find(|n| n.flags.has(nodes_conf::Flags::MYSELF))
    else {
        return ctx.reply.error(DISABLED);
    };
    if me.config_epoch == 0 || me.config_epoch != max {
        cluster.conf.vars.current_epoch += 1;
        me.config_epoch = cluster.conf.vars.current_epoch;
        let epoch = me.config_epoch;
        save_or_log(cluster);
        ctx.reply.simple(&format!("BUMPED {epoch}"));
    } else {
        let epoch = me.config_epoch;
        ctx.reply.simple(&format!("STILL {epoch}"));
    }
}

fn set_config_epoch(ctx: &mut Ctx, args: &Args) {
    let Some(epoch) = parse_int(ctx, args.get(2)) else {
        return;
    };
    if epoch < 0 {
        return ctx.reply.error(&format!("ERR Invalid config epoch specified: {epoch}"));
    }
    let Some(cluster) = ctx.srv.cluster.as_mut() else {
        return ctx.reply.error(DISABLED);
    };
    if cluster.conf.nodes.len() > 1 {
        return ctx
            .reply
            .error("ERR The user can assign a config epoch only when the node does not know any other node.");
    }
    let Some(me) = cluster
        .conf
        .nodes
        .iter_mut()
        .find(|n| n.flags.has(nodes_conf::Flags::MYSELF))
    else {
        return ctx.reply.error(DISABLED);
    };
    if me.config_epoch != 0 {
        return ctx.reply.error("ERR Node config epoch is already non-zero");
    }
    me.config_epoch = epoch as u64;
    cluster.conf.vars.current_epoch = cluster.conf.vars.current_epoch.max(epoch as u64);
    save_or_log(cluster);
    ctx.reply.ok();
}

fn flushslots(ctx: &mut Ctx) {
    if !ctx.srv.dbs[0].is_empty() {
        return ctx.reply.error("ERR DB must be empty to perform CLUSTER FLUSHSLOTS.");
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
        me.slots = crate::cluster::bus::SlotBitmap::new();
    }
    save_or_log(cluster);
    ctx.reply.ok();
}

fn save_or_log(cluster: &crate::cluster::Cluster) {
    if let Err(e) = cluster.save() {
        log::warn!("Can't save the cluster config file: {e}");
    }
}

/// Maximal runs of consecutive slots owned by node `index`.
fn slot_runs(cluster: &crate::cluster::Cluster, index: usize) -> Vec<(u16, u16)> {
    let slots = &cluster.conf.nodes[index].slots;
    let mut runs: Vec<(u16, u16)> = Vec::new();
    for slot in 0..SLOTS as u16 {
        if !slots.get(slot) {
            continue;
        }
        match runs.last_mut() {
            Some((_, end)) if *end + 1 == slot => *end = slot,
            _ => runs.push((slot, slot)),
        }
    }
    runs
}

/// CLUSTER SLOTS: one entry per run of slots with the same owner, ascending.
fn slots(ctx: &mut Ctx) {
    let Some(cluster) = ctx.srv.cluster.as_ref() else {
        return ctx.reply.error(DISABLED);
    };
    let mut entries: Vec<(u16, u16, usize)> = Vec::new();
    for index in 0..cluster.conf.nodes.len() {
        entries.extend(slot_runs(cluster, index).into_iter().map(|(s, e)| (s, e, index)));
    }
    entries.sort_unstable();
    let nodes: Vec<(String, i64, Vec<u8>)> = cluster
        .conf
        .nodes
        .iter()
        .map(|n| (n.ip.clone(), n.port as i64, n.id.0.to_vec()))
        .collect();
    let r = &mut *ctx.reply;
    r.array(entries.len());
    for (start, end, index) in entries {
        let (ip, port, id) = &nodes[index];
        r.array(3);
        r.int(start as i64);
        r.int(end as i64);
        r.array(4);
        r.bulk(ip.as_bytes());
        r.int(*port);
        r.bulk(id);
        r.map(0);
    }
}

/// What CLUSTER SHARDS prints of one master.
struct ShardView {
    runs: Vec<(u16, u16)>,
    ip: String,
    port: i64,
    id: Vec<u8>,
}

/// CLUSTER SHARDS: one map per master (replicas arrive with replication).
fn shards(ctx: &mut Ctx) {
    let Some(cluster) = ctx.srv.cluster.as_ref() else {
        return ctx.reply.error(DISABLED);
    };
    let masters: Vec<usize> = (0..cluster.conf.nodes.len())
        .filter(|&i| cluster.conf.nodes[i].flags.has(nodes_conf::Flags::MASTER))
        .collect();
    let shards: Vec<ShardView> = masters
        .iter()
        .map(|&i| {
            let n = &cluster.conf.nodes[i];
            ShardView {
                runs: slot_runs(cluster, i),
                ip: n.ip.clone(),
                port: n.port as i64,
                id: n.id.0.to_vec(),
            }
        })
        .collect();
    let r = &mut *ctx.reply;
    r.array(shards.len());
    for ShardView { runs, ip, port, id } in shards {
        r.map(2);
        r.bulk(b"slots");
        r.array(runs.len() * 2);
        for (start, end) in runs {
            r.int(start as i64);
            r.int(end as i64);
        }
        r.bulk(b"nodes");
        r.array(1);
        r.map(7);
        r.bulk(b"id");
        r.bulk(&id);
        r.bulk(b"port");
        r.int(port);
        r.bulk(b"ip");
        r.bulk(ip.as_bytes());
        r.bulk(b"endpoint");
        r.bulk(ip.as_bytes());
        r.bulk(b"role");
        r.bulk(b"master");
        r.bulk(b"replication-offset");
        r.int(0);
        r.bulk(b"health");
        r.bulk(b"online");
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
    let size = cluster.size(ctx.now);
    let my_epoch = conf.myself().map_or(0, |n| n.config_epoch);
    let state = if cluster.state_ok(ctx.srv.settings.cluster_require_full_coverage, ctx.now) {
        "ok"
    } else {
        "fail"
    };
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
