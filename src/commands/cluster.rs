//! CLUSTER and its subcommands, READONLY, READWRITE and ASKING: argument parsing, validation with
//! Redis's error texts, and replies. State changes go through [`crate::cluster::core::Core`]
//! ([`crate::cluster::admin`]); topology replies are rendered from the slot table in one pass.

use std::collections::HashMap;

use super::keys::reply_help;
use super::{Ctx, Handler, parse_int};
use crate::cluster::Cluster;
use crate::cluster::admin::SetSlot;
use crate::cluster::bus::{MessageType, SlotBitmap};
use crate::cluster::core::{Core, Endpoint, State};
use crate::cluster::failover::ManualFailover;
use crate::cluster::node::NodeIdx;
use crate::cluster::nodes_conf::{self, NodesConf};
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
            let id = cluster_ref(ctx).myself_id();
            ctx.reply.bulk(id.as_bytes());
        }
        "cluster|nodes" => nodes(ctx),
        "cluster|info" => info(ctx),
        "cluster|keyslot" => ctx.reply.int(key_hash_slot(args.get(2)) as i64),
        "cluster|countkeysinslot" => countkeysinslot(ctx, args),
        "cluster|getkeysinslot" => getkeysinslot(ctx, args),
        "cluster|saveconfig" => match cluster_ref(ctx).save() {
            Err(e) => ctx
                .reply
                .error(&format!("ERR error saving the cluster node config: {e}")),
            Ok(()) => ctx.reply.ok(),
        },
        "cluster|addslots" => assign_slots(ctx, args, false, false),
        "cluster|delslots" => assign_slots(ctx, args, true, false),
        "cluster|addslotsrange" => assign_slots(ctx, args, false, true),
        "cluster|delslotsrange" => assign_slots(ctx, args, true, true),
        "cluster|bumpepoch" => bumpepoch(ctx),
        "cluster|set-config-epoch" => set_config_epoch(ctx, args),
        "cluster|flushslots" => flushslots(ctx),
        "cluster|count-failure-reports" => count_failure_reports(ctx, args),
        "cluster|links" => links(ctx),
        "cluster|slots" => slots(ctx),
        "cluster|shards" => shards(ctx),
        "cluster|meet" => meet(ctx, args),
        "cluster|forget" => forget(ctx, args),
        "cluster|reset" => reset(ctx, args),
        "cluster|setslot" => setslot(ctx, args),
        "cluster|replicate" => replicate(ctx, args),
        "cluster|replicas" | "cluster|slaves" => replicas(ctx, args),
        "cluster|failover" => failover(ctx, args),
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

fn cluster_ref<'a>(ctx: &'a Ctx) -> &'a Cluster {
    ctx.srv.cluster.as_ref().expect("cluster mode checked by the caller")
}

fn core<'a>(ctx: &'a mut Ctx) -> &'a mut Core {
    &mut ctx
        .srv
        .cluster
        .as_mut()
        .expect("cluster mode checked by the caller")
        .core
}

/// `-ERR unknown subcommand or wrong number of arguments for '<sub>'. Try CLUSTER HELP.`
fn bad_arity(ctx: &mut Ctx, args: &Args) {
    ctx.reply.error(&format!(
        "ERR unknown subcommand or wrong number of arguments for '{}'. Try CLUSTER HELP.",
        String::from_utf8_lossy(args.get(1))
    ));
}

fn unknown_node(ctx: &mut Ctx, prefix: &str, id: &[u8]) {
    let mut text = prefix.as_bytes().to_vec();
    text.extend_from_slice(id);
    ctx.reply.error_bytes(&text);
}

/// Looks a node id argument up, replying `<prefix><id>` when it is unknown.
fn node_arg(ctx: &mut Ctx, id: &[u8], prefix: &str) -> Option<NodeIdx> {
    let found = core(ctx).lookup(id);
    if found.is_none() {
        unknown_node(ctx, prefix, id);
    }
    found
}

fn count_failure_reports(ctx: &mut Ctx, args: &Args) {
    let Some(idx) = node_arg(ctx, args.get(2), "ERR Unknown node ") else {
        return;
    };
    let now = ctx.now;
    let n = core(ctx).failure_reports_count(idx, now);
    ctx.reply.int(n as i64);
}

/// CLUSTER BUMPEPOCH: a new configEpoch unless mine is already the unique maximum.
fn bumpepoch(ctx: &mut Ctx) {
    let core = core(ctx);
    let bumped = core.bump_epoch_without_consensus();
    let epoch = core.me().config_epoch;
    let word = if bumped { "BUMPED" } else { "STILL" };
    ctx.reply.simple(&format!("{word} {epoch}"));
}

fn set_config_epoch(ctx: &mut Ctx, args: &Args) {
    let Some(epoch) = parse_int(ctx, args.get(2)) else {
        return;
    };
    if epoch < 0 {
        return ctx.reply.error(&format!("ERR Invalid config epoch specified: {epoch}"));
    }
    let core = core(ctx);
    if core.node_count() > 1 {
        return ctx
            .reply
            .error("ERR The user can assign a config epoch only when the node does not know any other node.");
    }
    if core.me().config_epoch != 0 {
        return ctx.reply.error("ERR Node config epoch is already non-zero");
    }
    core.set_config_epoch(epoch as u64);
    ctx.reply.ok();
}

fn flushslots(ctx: &mut Ctx) {
    if !ctx.srv.dbs[0].is_empty() {
        return ctx.reply.error("ERR DB must be empty to perform CLUSTER FLUSHSLOTS.");
    }
    core(ctx).flush_slots();
    ctx.reply.ok();
}

/// Maximal runs of consecutive slots with the same owner, per owner, ascending: one pass over the
/// slot table (what CLUSTER NODES, SLOTS and SHARDS print).
fn slot_runs(core: &Core) -> Vec<(u16, u16, NodeIdx)> {
    let mut runs: Vec<(u16, u16, NodeIdx)> = Vec::new();
    for slot in 0..SLOTS as u16 {
        let Some(owner) = core.slot_owner(slot) else { continue };
        match runs.last_mut() {
            Some((_, end, o)) if *o == owner && *end + 1 == slot => *end = slot,
            _ => runs.push((slot, slot, owner)),
        }
    }
    runs
}

fn runs_by_node(core: &Core) -> HashMap<NodeIdx, Vec<(u16, u16)>> {
    let mut map: HashMap<NodeIdx, Vec<(u16, u16)>> = HashMap::new();
    for (start, end, owner) in slot_runs(core) {
        map.entry(owner).or_default().push((start, end));
    }
    map
}

/// One CLUSTER NODES line (without `\n`), as clusterGenNodeDescription.
fn node_description(core: &Core, idx: NodeIdx, runs: &[(u16, u16)]) -> String {
    let mut line = core.node_line(idx);
    line.slots = SlotBitmap::new();
    let mut s = nodes_conf::render_node(&NodesConf::default(), &line);
    for &(a, b) in runs {
        if a == b {
            s.push_str(&format!(" {a}"));
        } else {
            s.push_str(&format!(" {a}-{b}"));
        }
    }
    if idx == core.myself {
        let open: std::collections::BTreeSet<u16> =
            core.migrating.keys().chain(core.importing.keys()).copied().collect();
        for slot in open {
            if let Some(&n) = core.migrating.get(&slot) {
                s.push_str(&format!(" [{slot}->-{}]", core.node(n).name));
            } else if let Some(&n) = core.importing.get(&slot) {
                s.push_str(&format!(" [{slot}-<-{}]", core.node(n).name));
            }
        }
    }
    s
}

fn nodes(ctx: &mut Ctx) {
    let core = &cluster_ref(ctx).core;
    let runs = runs_by_node(core);
    let mut text = String::new();
    for (idx, _) in core.iter_nodes() {
        let r = runs.get(&idx).map(Vec::as_slice).unwrap_or_default();
        text.push_str(&node_description(core, idx, r));
        text.push('\n');
    }
    ctx.reply.verbatim(text.as_bytes(), "txt");
}

fn info(ctx: &mut Ctx) {
    let core = &cluster_ref(ctx).core;
    let st = core.slot_stats();
    let me = core.me();
    let my_epoch = match me.slaveof {
        Some(m) if me.is_replica() => core.node(m).config_epoch,
        _ => me.config_epoch,
    };
    let state = if core.state == State::Ok { "ok" } else { "fail" };
    let mut text = format!(
        "cluster_state:{state}\r\ncluster_slots_assigned:{}\r\ncluster_slots_ok:{}\r\ncluster_slots_pfail:{}\r\ncluster_slots_fail:{}\r\ncluster_known_nodes:{}\r\ncluster_size:{}\r\ncluster_current_epoch:{}\r\ncluster_my_epoch:{my_epoch}\r\n",
        st.assigned,
        st.ok,
        st.pfail,
        st.fail,
        core.node_count(),
        core.size,
        core.current_epoch,
    );
    let stats = &core.stats;
    push_per_type(&mut text, "messages", "sent", &stats.sent);
    push_per_type(&mut text, "messages", "received", &stats.received);
    text.push_str(&format!(
        "total_cluster_links_buffer_limit_exceeded:{}\r\n",
        stats.links_buffer_limit_exceeded
    ));
    push_per_type(&mut text, "bytes", "sent", &stats.bytes_sent);
    push_per_type(&mut text, "bytes", "received", &stats.bytes_received);
    ctx.reply.verbatim(text.as_bytes(), "txt");
}

/// `cluster_stats_<what>_<type>_<dir>:<n>` for each non-zero type, then the total.
fn push_per_type(text: &mut String, what: &str, dir: &str, counts: &[u64; 11]) {
    for (kind, &n) in MessageType::ALL.iter().zip(counts) {
        if n > 0 {
            text.push_str(&format!("cluster_stats_{what}_{}_{dir}:{n}\r\n", kind.name()));
        }
    }
    let total: u64 = counts.iter().sum();
    text.push_str(&format!("cluster_stats_{what}_{dir}:{total}\r\n"));
}

/// CLUSTER SLOTS: one entry per run of slots with the same owner, ascending. The reply is cached
/// until the topology changes.
fn slots(ctx: &mut Ctx) {
    let resp = ctx.reply.resp;
    let Some(cluster) = ctx.srv.cluster.as_mut() else {
        return;
    };
    let version = cluster.core.topology_version;
    let fresh = matches!(&cluster.slots_reply, Some((v, r, _)) if *v == version && *r == resp);
    if !fresh {
        let bytes = render_slots(&cluster.core, resp);
        cluster.slots_reply = Some((version, resp, bytes));
    }
    if let Some((_, _, bytes)) = &cluster.slots_reply {
        ctx.reply.buf.extend_from_slice(bytes);
    }
}

fn render_slots(core: &Core, resp: u8) -> Vec<u8> {
    let runs = slot_runs(core);
    let mut out = crate::resp::Reply::new(resp);
    out.array(runs.len());
    for (start, end, owner) in runs {
        let replicas: Vec<NodeIdx> = core
            .node(owner)
            .replicas
            .iter()
            .copied()
            .filter(|&r| !core.node(r).failed() && core.node(r).repl_offset != 0)
            .collect();
        out.array(3 + replicas.len());
        out.int(start as i64);
        out.int(end as i64);
        for idx in std::iter::once(owner).chain(replicas) {
            slots_node_entry(&mut out, core, idx);
        }
    }
    out.buf
}

/// addNodeToNodeReply: endpoint, port, id and the networking metadata that is not the endpoint.
fn slots_node_entry(out: &mut crate::resp::Reply, core: &Core, idx: NodeIdx) {
    let n = core.node(idx);
    let kind = core.cfg.preferred_endpoint;
    out.array(4);
    if kind == Endpoint::Unknown {
        out.null();
    } else {
        out.bulk(core.endpoint(idx).as_bytes());
    }
    out.int(i64::from(n.port));
    out.bulk(&n.name.0);
    let with_ip = kind != Endpoint::Ip;
    let with_host = kind != Endpoint::Hostname && !n.hostname.is_empty();
    out.map(usize::from(with_ip) + usize::from(with_host));
    if with_ip {
        out.bulk(b"ip");
        out.bulk(n.ip.as_bytes());
    }
    if with_host {
        out.bulk(b"hostname");
        out.bulk(n.hostname.as_bytes());
    }
}

/// CLUSTER SHARDS: one map per master, its runs and its nodes.
fn shards(ctx: &mut Ctx) {
    let core = &cluster_ref(ctx).core;
    let runs = runs_by_node(core);
    let masters: Vec<NodeIdx> = core
        .iter_nodes()
        .filter(|(_, n)| n.is_master())
        .map(|(i, _)| i)
        .collect();
    let mut out = crate::resp::Reply::new(ctx.reply.resp);
    out.array(masters.len());
    for m in masters {
        out.map(2);
        out.bulk(b"slots");
        let r = runs.get(&m).map(Vec::as_slice).unwrap_or_default();
        out.array(r.len() * 2);
        for &(a, b) in r {
            out.int(a as i64);
            out.int(b as i64);
        }
        out.bulk(b"nodes");
        let members: Vec<NodeIdx> = std::iter::once(m)
            .chain(core.node(m).replicas.iter().copied())
            .collect();
        out.array(members.len());
        for idx in members {
            shard_node(&mut out, core, idx);
        }
    }
    ctx.reply.buf.extend_from_slice(&out.buf);
}

fn shard_node(out: &mut crate::resp::Reply, core: &Core, idx: NodeIdx) {
    let n = core.node(idx);
    let has_host = !n.hostname.is_empty();
    out.map(if has_host { 8 } else { 7 });
    out.bulk(b"id");
    out.bulk(&n.name.0);
    out.bulk(b"port");
    out.int(i64::from(n.port));
    out.bulk(b"ip");
    out.bulk(n.ip.as_bytes());
    out.bulk(b"endpoint");
    out.bulk(core.endpoint(idx).as_bytes());
    if has_host {
        out.bulk(b"hostname");
        out.bulk(n.hostname.as_bytes());
    }
    out.bulk(b"role");
    out.bulk(if n.is_master() { b"master" as &[u8] } else { b"replica" });
    out.bulk(b"replication-offset");
    out.int(n.repl_offset as i64);
    out.bulk(b"health");
    let health: &[u8] = if n.failed() {
        b"fail"
    } else if n.is_replica() && n.repl_offset == 0 {
        b"loading"
    } else {
        b"online"
    };
    out.bulk(health);
}

/// CLUSTER LINKS: every node's outbound and inbound link.
fn links(ctx: &mut Ctx) {
    let srv = &*ctx.srv;
    let Some(cluster) = srv.cluster.as_ref() else { return };
    let core = &cluster.core;
    let mut entries: Vec<(&'static str, NodeIdx, usize)> = Vec::new();
    for (idx, n) in core.iter_nodes() {
        if let Some(l) = n.link {
            entries.push(("to", idx, l));
        }
        if let Some(l) = n.inbound_link {
            entries.push(("from", idx, l));
        }
    }
    let mut out = crate::resp::Reply::new(ctx.reply.resp);
    out.array(entries.len());
    for (dir, idx, link) in entries {
        let (allocated, used, events) = crate::event_loop::bus_links::link_buffers(srv, srv.bus_keys.get(&link));
        let ctime = core.link(link).map_or(0, |l| l.ctime);
        out.map(6);
        out.bulk(b"direction");
        out.bulk(dir.as_bytes());
        out.bulk(b"node");
        out.bulk(&core.node(idx).name.0);
        out.bulk(b"create-time");
        out.int(ctime);
        out.bulk(b"events");
        out.bulk(events.as_bytes());
        out.bulk(b"send-buffer-allocated");
        out.int(allocated as i64);
        out.bulk(b"send-buffer-used");
        out.int(used as i64);
    }
    ctx.reply.buf.extend_from_slice(&out.buf);
}

/// CLUSTER MEET ip port [cport].
fn meet(ctx: &mut Ctx, args: &Args) {
    if args.len() != 4 && args.len() != 5 {
        return bad_arity(ctx, args);
    }
    let port_arg = args.get(3);
    let Some(port) = crate::util::num::string2ll(port_arg) else {
        return ctx.reply.error(&format!(
            "ERR Invalid TCP base port specified: {}",
            String::from_utf8_lossy(port_arg)
        ));
    };
    let cport = if args.len() == 5 {
        match crate::util::num::string2ll(args.get(4)) {
            Some(p) => p,
            None => {
                return ctx.reply.error(&format!(
                    "ERR Invalid TCP bus port specified: {}",
                    String::from_utf8_lossy(args.get(4))
                ));
            }
        }
    } else {
        port + 10000
    };
    let ip = String::from_utf8_lossy(args.get(2)).into_owned();
    let now = ctx.now;
    match core(ctx).meet(&ip, port, cport, now) {
        Ok(()) => ctx.reply.ok(),
        Err(_) => ctx.reply.error(&format!(
            "ERR Invalid node address specified: {ip}:{}",
            String::from_utf8_lossy(port_arg)
        )),
    }
}

fn forget(ctx: &mut Ctx, args: &Args) {
    let Some(idx) = node_arg(ctx, args.get(2), "ERR Unknown node ") else {
        return;
    };
    let c = core(ctx);
    if idx == c.myself {
        return ctx.reply.error("ERR I tried hard but I can't forget myself...");
    }
    if c.me().is_replica() && c.me().slaveof == Some(idx) {
        return ctx.reply.error("ERR Can't forget my master!");
    }
    let now = ctx.now;
    core(ctx).forget(idx, now);
    ctx.reply.ok();
}

fn reset(ctx: &mut Ctx, args: &Args) {
    if args.len() != 2 && args.len() != 3 {
        return bad_arity(ctx, args);
    }
    let hard = match args.len() {
        2 => false,
        _ if super::is(args.get(2), "hard") => true,
        _ if super::is(args.get(2), "soft") => false,
        _ => return ctx.reply.error(super::err::SYNTAX),
    };
    let was_replica = core(ctx).me().is_replica();
    if !was_replica && !ctx.srv.dbs[0].is_empty() {
        return ctx
            .reply
            .error("ERR CLUSTER RESET can't be called with master nodes containing keys");
    }
    if was_replica {
        for db in ctx.srv.dbs.iter_mut() {
            db.flush();
        }
    }
    let new_name = hard.then(|| crate::cluster::random_node_id(&mut ctx.srv.rng));
    core(ctx).reset(hard, new_name);
    ctx.reply.ok();
}

/// CLUSTER SETSLOT slot IMPORTING|MIGRATING|NODE id / slot STABLE.
fn setslot(ctx: &mut Ctx, args: &Args) {
    if core(ctx).me().is_replica() {
        return ctx.reply.error("ERR Please use SETSLOT only with masters.");
    }
    let Some(slot) = parse_slot(args.get(2)) else {
        return ctx.reply.error(INVALID_SLOT);
    };
    let action = args.get(3);
    let me = core(ctx).myself;
    let owner = core(ctx).slot_owner(slot);
    let setslot = if super::is(action, "migrating") && args.len() == 5 {
        if owner != Some(me) {
            return ctx.reply.error(&format!("ERR I'm not the owner of hash slot {slot}"));
        }
        let Some(n) = master_arg(ctx, args.get(4), "ERR I don't know about node ") else {
            return;
        };
        SetSlot::Migrating(n)
    } else if super::is(action, "importing") && args.len() == 5 {
        if owner == Some(me) {
            return ctx
                .reply
                .error(&format!("ERR I'm already the owner of hash slot {slot}"));
        }
        let Some(n) = master_arg(ctx, args.get(4), "ERR I don't know about node ") else {
            return;
        };
        SetSlot::Importing(n)
    } else if super::is(action, "stable") && args.len() == 4 {
        SetSlot::Stable
    } else if super::is(action, "node") && args.len() == 5 {
        let Some(n) = master_arg(ctx, args.get(4), "ERR Unknown node ") else {
            return;
        };
        if owner == Some(me) && n != me && ctx.srv.dbs[0].count_in_slot(slot) != 0 {
            return ctx.reply.error(&format!(
                "ERR Can't assign hashslot {slot} to a different node while I still hold keys for this hash slot."
            ));
        }
        SetSlot::Node(n)
    } else {
        return ctx
            .reply
            .error("ERR Invalid CLUSTER SETSLOT action or number of arguments. Try CLUSTER HELP");
    };
    let has_keys = ctx.srv.dbs[0].count_in_slot(slot) != 0;
    let now = ctx.now;
    core(ctx).set_slot(slot, setslot, has_keys, now);
    ctx.reply.ok();
}

/// A node id that must be known and a master.
fn master_arg(ctx: &mut Ctx, id: &[u8], unknown_prefix: &str) -> Option<NodeIdx> {
    let n = node_arg(ctx, id, unknown_prefix)?;
    if core(ctx).node(n).is_replica() {
        ctx.reply.error("ERR Target node is not a master");
        return None;
    }
    Some(n)
}

fn replicate(ctx: &mut Ctx, args: &Args) {
    let Some(n) = node_arg(ctx, args.get(2), "ERR Unknown node ") else {
        return;
    };
    let core_ref = core(ctx);
    if n == core_ref.myself {
        return ctx.reply.error("ERR Can't replicate myself");
    }
    if core_ref.node(n).is_replica() {
        return ctx.reply.error("ERR I can only replicate a master, not a replica.");
    }
    let me = core_ref.me();
    if me.is_master() && (me.numslots != 0 || !ctx.srv.dbs[0].is_empty()) {
        return ctx
            .reply
            .error("ERR To set a master the node must be empty and without assigned slots.");
    }
    core(ctx).replicate(n);
    ctx.reply.ok();
}

fn replicas(ctx: &mut Ctx, args: &Args) {
    let Some(n) = node_arg(ctx, args.get(2), "ERR Unknown node ") else {
        return;
    };
    let core = &cluster_ref(ctx).core;
    if core.node(n).is_replica() {
        return ctx.reply.error("ERR The specified node is not a master");
    }
    let lines: Vec<String> = core
        .node(n)
        .replicas
        .iter()
        .map(|&r| node_description(core, r, &[]))
        .collect();
    ctx.reply.bulk_array(lines.iter().map(|l| l.as_bytes()));
}

/// CLUSTER FAILOVER [FORCE|TAKEOVER] on a replica.
fn failover(ctx: &mut Ctx, args: &Args) {
    if args.len() != 2 && args.len() != 3 {
        return bad_arity(ctx, args);
    }
    let kind = if args.len() == 2 {
        ManualFailover::Default
    } else if super::is(args.get(2), "force") {
        ManualFailover::Force
    } else if super::is(args.get(2), "takeover") {
        ManualFailover::Takeover
    } else {
        return ctx.reply.error(super::err::SYNTAX);
    };
    let now = ctx.now;
    let core = core(ctx);
    let me = core.me();
    if me.is_master() {
        return ctx.reply.error("ERR You should send CLUSTER FAILOVER to a replica");
    }
    let Some(master) = me.slaveof else {
        return ctx.reply.error("ERR I'm a replica but my master is unknown to me");
    };
    let m = core.node(master);
    if kind == ManualFailover::Default && (m.failed() || m.link.is_none()) {
        return ctx
            .reply
            .error("ERR Master is down or failed, please use CLUSTER FAILOVER FORCE");
    }
    core.manual_failover(kind, now);
    ctx.reply.ok();
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
/// range, busy/unassigned, duplicates) as Redis does, then apply.
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
        if let Err(e) = check_assignments(core(ctx), &mut wanted, del, start, end) {
            return ctx.reply.error(&e);
        }
    }
    let slots = wanted.iter().enumerate().filter(|(_, w)| **w).map(|(s, _)| s as u16);
    core(ctx).assign_slots(slots, !del);
    ctx.reply.ok();
}

const INVALID_SLOT: &str = "ERR Invalid or out of range slot";

fn parse_slot(arg: &[u8]) -> Option<u16> {
    crate::util::num::string2ll(arg)
        .filter(|n| (0..SLOTS as i64).contains(n))
        .map(|n| n as u16)
}

/// Redis's checkSlotAssignmentsOrReply for one range.
fn check_assignments(core: &Core, wanted: &mut [bool], del: bool, start: u16, end: u16) -> Result<(), String> {
    for slot in start..=end {
        let owned = core.slot_owner(slot).is_some();
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
