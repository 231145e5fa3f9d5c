//! Replication commands: REPLCONF, PSYNC, SYNC (the master side of the handshake and full or
//! partial resync), WAIT, ROLE, REPLICAOF/SLAVEOF.

use super::{ReplicaInfo, Role, Waiter};
use crate::commands::{Ctx, Handler, err, is, parse_int};
use crate::resp::parse::Args;

pub const COMMANDS: &[(&str, Handler)] = &[
    ("replconf", replconf),
    ("psync", psync),
    ("sync", sync),
    ("wait", wait),
    ("role", role),
    ("replicaof", replicaof),
    ("slaveof", replicaof),
];

/// REPLCONF <option> <value> ...: what a replica tells its master about itself.
fn replconf(ctx: &mut Ctx, args: &Args) {
    if args.len().is_multiple_of(2) {
        return ctx.reply.error(err::SYNTAX);
    }
    let now = ctx.now;
    for i in (1..args.len()).step_by(2) {
        let (opt, val) = (args.get(i), args.get(i + 1));
        let info = ctx.client().replica.get_or_insert_with(ReplicaInfo::default);
        if is(opt, "listening-port") {
            match crate::util::num::string2ll(val).filter(|p| (0..=65535).contains(p)) {
                Some(p) => info.listening_port = p as u16,
                None => return ctx.reply.error(err::NOT_INTEGER),
            }
        } else if is(opt, "ip-address") {
            info.ip_address = Some(String::from_utf8_lossy(val).into_owned());
        } else if is(opt, "capa") {
            if is(val, "eof") {
                info.capa_eof = true;
            } else if is(val, "psync2") {
                info.capa_psync2 = true;
            }
        } else if is(opt, "ack") {
            if let Some(off) = crate::util::num::string2ll(val).filter(|o| *o >= 0) {
                let off = off as u64;
                if off > info.ack_offset {
                    info.ack_offset = off;
                }
                info.ack_time_ms = now;
            }
            return; // the master never replies to ACK
        } else if is(opt, "getack") {
            if ctx.client().is_master {
                ctx.srv.repl.ack_requested = true;
            }
            return;
        } else if is(opt, "rdb-only") || is(opt, "rdb-filter-only") {
        } else {
            let mut text = b"ERR Unrecognized REPLCONF option: ".to_vec();
            text.extend_from_slice(opt);
            return ctx.reply.error_bytes(&text);
        }
    }
    ctx.reply.ok();
}

/// PSYNC <replid> <offset>: +CONTINUE from the backlog when possible, else a full resync.
fn psync(ctx: &mut Ctx, args: &Args) {
    if !sync_allowed(ctx) {
        return;
    }
    let replid = String::from_utf8_lossy(args.get(1)).into_owned();
    let offset = crate::util::num::string2ll(args.get(2)).unwrap_or(-1);
    if try_partial(ctx, &replid, offset) {
        return;
    }
    if replid != "?" {
        ctx.srv.repl.sync_partial_err += 1;
    }
    full_resync(ctx, true);
}

/// SYNC: the pre-PSYNC protocol, a full resync without the +FULLRESYNC line.
fn sync(ctx: &mut Ctx, _args: &Args) {
    if sync_allowed(ctx) {
        full_resync(ctx, false);
    }
}

fn sync_allowed(ctx: &mut Ctx) -> bool {
    if ctx.client().is_master {
        return false;
    }
    if !ctx.srv.repl.is_master() && ctx.srv.repl.link_state != super::LinkState::Connected {
        ctx.reply
            .error("NOMASTERLINK Can't SYNC while not connected with my master");
        return false;
    }
    if ctx.client().pending_output() > 0 {
        ctx.reply.error("ERR SYNC and PSYNC are invalid with pending output");
        return false;
    }
    true
}

/// masterTryPartialResynchronization.
fn try_partial(ctx: &mut Ctx, replid: &str, offset: i64) -> bool {
    let repl = &ctx.srv.repl;
    let id_ok = replid == repl.replid || (replid == repl.replid2 && offset <= repl.second_replid_offset);
    if !id_ok || offset < 1 {
        return false;
    }
    let Some(bytes) = repl.backlog.as_ref().and_then(|b| b.since(offset as u64)) else {
        return false;
    };
    let psync2 = ctx.client().replica.as_ref().is_some_and(|r| r.capa_psync2);
    let line = if psync2 {
        format!("+CONTINUE {}\r\n", ctx.srv.repl.replid)
    } else {
        "+CONTINUE\r\n".to_string()
    };
    ctx.reply.buf.extend_from_slice(line.as_bytes());
    ctx.reply.buf.extend_from_slice(&bytes);
    become_online_replica(ctx);
    ctx.srv.repl.sync_partial_ok += 1;
    log::info!(
        "Partial resynchronization request accepted. Sending {} bytes of backlog.",
        bytes.len()
    );
    true
}

/// A full resync. A replica that takes `$EOF:` transfers is queued for a diskless one (see
/// [`super::diskless`]) when `repl-diskless-sync` is on; otherwise +FULLRESYNC, the RDB as of now
/// (`$<len>` framing), then the stream, the RDB from a forked child when possible.
fn full_resync(ctx: &mut Ctx, with_line: bool) {
    let cap = ctx.srv.config.int("repl-backlog-size").max(0) as usize;
    let srv = &mut *ctx.srv;
    srv.repl.ensure_backlog(cap, &mut srv.rng);
    srv.repl.sync_full += 1;
    let capa_eof = ctx.client().replica.as_ref().is_some_and(|r| r.capa_eof);
    if with_line && super::diskless::wanted(ctx.srv, capa_eof) {
        let (key, now) = (ctx.id, ctx.now);
        return super::diskless::queue(ctx.srv, key, now);
    }
    let srv = &mut *ctx.srv;
    if with_line {
        let line = format!("+FULLRESYNC {} {}\r\n", srv.repl.replid, srv.repl.offset);
        ctx.reply.buf.extend_from_slice(line.as_bytes());
    }
    if snapshot_in_child(ctx) {
        return;
    }
    let rdb = snapshot(ctx.srv, ctx.now);
    ctx.reply
        .buf
        .extend_from_slice(format!("${}\r\n", rdb.len()).as_bytes());
    ctx.reply.buf.extend_from_slice(&rdb);
    ctx.srv.repl.stream_db = None;
    become_online_replica(ctx);
    log::info!(
        "Synchronization with replica succeeded ({} bytes of RDB sent)",
        rdb.len()
    );
}

/// Starts (or joins, when no stream byte was produced since its fork) a snapshot child for this
/// replica; false when a child for something else runs.
fn snapshot_in_child(ctx: &mut Ctx) -> bool {
    use crate::persistence::Purpose;
    let offset = ctx.srv.repl.offset;
    let joinable = match &ctx.srv.rdb_child {
        None => false,
        Some(child) => child.purpose == Purpose::Replication && ctx.srv.repl.snapshot_offset == Some(offset),
    };
    if !joinable {
        if ctx.srv.rdb_child.is_some() {
            return false;
        }
        let dir = std::path::PathBuf::from(ctx.srv.config.str("dir"));
        let path = dir.join(format!("temp-repl-{}.rdb", std::process::id()));
        let aux: Vec<(&'static str, Vec<u8>)> = vec![
            ("repl-stream-db", b"0".to_vec()),
            ("repl-id", ctx.srv.repl.replid.as_bytes().to_vec()),
            ("repl-offset", offset.to_string().into_bytes()),
        ];
        if let Err(e) = crate::persistence::spawn_child(ctx.srv, &path, Purpose::Replication, &aux) {
            log::warn!("Can't fork a snapshot for replication ({e}): producing it in the loop");
            return false;
        }
        ctx.srv.repl.snapshot_offset = Some(offset);
        log::info!("Starting BGSAVE for SYNC with target: disk");
    }
    ctx.srv.repl.stream_db = None;
    let key = ctx.id;
    let info = ctx.client().replica.get_or_insert_with(ReplicaInfo::default);
    info.waiting_rdb = Some(Vec::new());
    if !ctx.srv.repl.replicas.contains(&key) {
        ctx.srv.repl.replicas.push(key);
    }
    true
}

/// The RDB a full sync sends, with the replication aux fields.
pub fn snapshot(srv: &crate::server::Server, now: i64) -> Vec<u8> {
    let aux: Vec<(&str, Vec<u8>)> = vec![
        ("redis-ver", crate::server::REDIS_VERSION.as_bytes().to_vec()),
        ("redis-bits", b"64".to_vec()),
        ("ctime", (now / 1000).to_string().into_bytes()),
        ("used-mem", crate::alloc::used_memory().to_string().into_bytes()),
        ("repl-stream-db", b"0".to_vec()),
        ("repl-id", srv.repl.replid.as_bytes().to_vec()),
        ("repl-offset", srv.repl.offset.to_string().into_bytes()),
        ("aof-base", b"0".to_vec()),
    ];
    crate::rdb::write_rdb(&srv.dbs, &aux, now)
}

fn become_online_replica(ctx: &mut Ctx) {
    let now = ctx.now;
    let key = ctx.id;
    let info = ctx.client().replica.get_or_insert_with(ReplicaInfo::default);
    info.online = true;
    info.ack_time_ms = now;
    if !ctx.srv.repl.replicas.contains(&key) {
        ctx.srv.repl.replicas.push(key);
    }
}

/// WAIT numreplicas timeout.
fn wait(ctx: &mut Ctx, args: &Args) {
    if !ctx.srv.repl.is_master() {
        return ctx.reply.error("ERR WAIT cannot be used with replica instances. Please also note that since Redis 4.0 if a replica is configured to be writable (which is not the default) writes to replicas are just local and are not propagated.");
    }
    let Some(num) = parse_int(ctx, args.get(1)) else { return };
    let Some(timeout) = parse_int(ctx, args.get(2)) else {
        return;
    };
    if timeout < 0 {
        return ctx.reply.error("ERR timeout is negative");
    }
    let offset = ctx.srv.repl.offset;
    let acked = super::replicas_acked(ctx.srv, offset);
    if acked as i64 >= num || ctx.client().multi.is_some() || ctx.client().in_exec {
        return ctx.reply.int(acked as i64);
    }
    ctx.client().wait_repl = true;
    let deadline = (timeout > 0).then_some(ctx.now + timeout);
    ctx.srv.repl.waiters.push(Waiter {
        client: ctx.id,
        offset,
        numreplicas: num.max(0) as usize,
        deadline,
    });
    ctx.srv.repl.getack_pending = true;
}

/// ROLE.
fn role(ctx: &mut Ctx, _args: &Args) {
    match ctx.srv.repl.role.clone() {
        Role::Master => {
            let replicas: Vec<(String, u16, u64)> = ctx
                .srv
                .repl
                .replicas
                .iter()
                .filter_map(|&k| match ctx.srv.links.get(k) {
                    Some(crate::server::Link::Client(c)) => c.replica.as_ref().map(|r| {
                        let ip = r.ip_address.clone().unwrap_or_else(|| c.addr.ip().to_string());
                        (ip, r.listening_port, r.ack_offset)
                    }),
                    _ => None,
                })
                .collect();
            ctx.reply.array(3);
            ctx.reply.bulk(b"master");
            ctx.reply.int(ctx.srv.repl.offset as i64);
            ctx.reply.array(replicas.len());
            for (ip, port, ack) in replicas {
                ctx.reply.array(3);
                ctx.reply.bulk(ip.as_bytes());
                ctx.reply.bulk(port.to_string().as_bytes());
                ctx.reply.bulk(ack.to_string().as_bytes());
            }
        }
        Role::Replica { host, port } => {
            let state = ctx.srv.repl.link_state;
            let offset = if state == super::LinkState::Connected {
                ctx.srv.repl.offset as i64
            } else {
                -1
            };
            ctx.reply.array(5);
            ctx.reply.bulk(b"slave");
            ctx.reply.bulk(host.as_bytes());
            ctx.reply.int(i64::from(port));
            ctx.reply.bulk(state.role_word().as_bytes());
            ctx.reply.int(offset);
        }
    }
}

/// REPLICAOF host port | NO ONE (not in cluster mode: CLUSTER REPLICATE does it there).
fn replicaof(ctx: &mut Ctx, args: &Args) {
    if ctx.srv.cluster.is_some() {
        return ctx.reply.error("ERR REPLICAOF not allowed in cluster mode.");
    }
    if is(args.get(1), "no") && is(args.get(2), "one") {
        if !ctx.srv.repl.is_master() {
            crate::event_loop::master_link::unset_master(ctx.srv);
            log::warn!("MASTER MODE enabled (user request from '{}')", ctx.client().addr);
        }
        return ctx.reply.ok();
    }
    let Some(port) = parse_int(ctx, args.get(2)) else {
        return;
    };
    if !(0..=65535).contains(&port) {
        return ctx.reply.error("ERR Invalid master port");
    }
    let host = String::from_utf8_lossy(args.get(1)).into_owned();
    let wanted = Role::Replica {
        host: host.clone(),
        port: port as u16,
    };
    if ctx.srv.repl.role == wanted {
        ctx.reply.simple("OK Already connected to specified master");
        return;
    }
    crate::event_loop::master_link::set_master(ctx.srv, &host, port as u16);
    ctx.reply.ok();
}
