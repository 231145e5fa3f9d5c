//! INFO: Redis 7.0's sections and field names, plus `gossamer_version`.

use std::fmt::Write;

use super::{Ctx, Handler};
use crate::alloc;
use crate::resp::parse::Args;
use crate::server::{GOSSAMER_VERSION, REDIS_VERSION, Server};
use crate::util::time::ustime;

pub const COMMANDS: &[(&str, Handler)] = &[("info", info)];

const DEFAULT: &[&str] = &[
    "server",
    "clients",
    "memory",
    "persistence",
    "stats",
    "replication",
    "cpu",
    "errorstats",
    "cluster",
    "keyspace",
];
const ALL_EXTRA: &[&str] = &["commandstats", "latencystats"];

fn info(ctx: &mut Ctx, args: &Args) {
    let mut wanted: Vec<String> = Vec::new();
    for arg in args.iter_from(1) {
        let name = String::from_utf8_lossy(arg).to_ascii_lowercase();
        match name.as_str() {
            "default" => wanted.extend(DEFAULT.iter().map(|s| s.to_string())),
            "all" | "everything" => {
                wanted.extend(DEFAULT.iter().map(|s| s.to_string()));
                wanted.extend(ALL_EXTRA.iter().map(|s| s.to_string()));
            }
            _ => wanted.push(name),
        }
    }
    if wanted.is_empty() {
        wanted.extend(DEFAULT.iter().map(|s| s.to_string()));
    }
    let text = render(ctx.srv, &wanted, ctx.now);
    ctx.reply.verbatim(text.as_bytes(), "txt");
}

/// Writes one INFO section's fields.
type Section = fn(&Server, i64, &mut String);

/// Render the requested sections in Redis's order.
pub fn render(srv: &Server, wanted: &[String], now_ms: i64) -> String {
    let order: [(&str, Section); 12] = [
        ("server", server),
        ("clients", clients),
        ("memory", memory),
        ("persistence", persistence),
        ("stats", stats),
        ("replication", replication),
        ("cpu", cpu),
        ("commandstats", |_, _, _| {}),
        ("errorstats", errorstats),
        ("latencystats", |_, _, _| {}),
        ("cluster", cluster),
        ("keyspace", keyspace),
    ];
    let mut out = String::new();
    for (name, section) in order {
        if !wanted.iter().any(|w| w == name) {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\r\n");
        }
        let mut title = name.to_string();
        title[..1].make_ascii_uppercase();
        if name == "cpu" {
            title = "CPU".into();
        }
        let _ = write!(out, "# {title}\r\n");
        section(srv, now_ms, &mut out);
    }
    out
}

macro_rules! field {
    ($out:expr, $name:expr, $value:expr) => {
        let _ = write!($out, "{}:{}\r\n", $name, $value);
    };
}

fn server(srv: &Server, now_ms: i64, out: &mut String) {
    let uptime = (now_ms - srv.start_ms) / 1000;
    let mode = if srv.settings.cluster_enabled {
        "cluster"
    } else {
        "standalone"
    };
    field!(out, "redis_version", REDIS_VERSION);
    field!(out, "redis_git_sha1", "00000000");
    field!(out, "redis_git_dirty", 0);
    field!(out, "redis_build_id", "0");
    field!(out, "redis_mode", mode);
    field!(out, "os", os_name());
    field!(out, "arch_bits", 64);
    field!(out, "monotonic_clock", "POSIX clock_gettime");
    field!(out, "multiplexing_api", "epoll");
    field!(out, "atomicvar_api", "c11-builtin");
    field!(out, "gcc_version", "0.0.0");
    field!(out, "process_id", std::process::id());
    field!(out, "process_supervised", "no");
    field!(out, "run_id", srv.run_id);
    field!(out, "tcp_port", srv.settings.port);
    field!(out, "server_time_usec", ustime());
    field!(out, "uptime_in_seconds", uptime);
    field!(out, "uptime_in_days", uptime / 86400);
    field!(out, "hz", srv.hz_effective);
    field!(out, "configured_hz", srv.settings.hz);
    field!(out, "lru_clock", (now_ms / 1000) & ((1 << 24) - 1));
    field!(out, "executable", srv.executable);
    field!(out, "config_file", srv.config_file.as_deref().unwrap_or(""));
    field!(out, "io_threads_active", 0);
    field!(out, "gossamer_version", GOSSAMER_VERSION);
}

fn os_name() -> String {
    // SAFETY: uname fills the struct we own; an all-zero utsname is valid.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    if unsafe { libc::uname(&mut u) } != 0 {
        return "Linux".into();
    }
    let field = |f: &[libc::c_char]| {
        let bytes: Vec<u8> = f.iter().take_while(|&&c| c != 0).map(|&c| c as u8).collect();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    format!("{} {} {}", field(&u.sysname), field(&u.release), field(&u.machine))
}

fn clients(srv: &Server, _now: i64, out: &mut String) {
    field!(out, "connected_clients", srv.connected_clients);
    field!(out, "cluster_connections", 0);
    field!(out, "maxclients", srv.settings.maxclients);
    field!(out, "client_recent_max_input_buffer", 0);
    field!(out, "client_recent_max_output_buffer", 0);
    field!(out, "blocked_clients", srv.blocked_clients);
    field!(out, "tracking_clients", 0);
    field!(out, "clients_in_timeout_table", 0);
}

/// Bytes in Redis's human form: `918.97K`.
pub fn human_bytes(n: usize) -> String {
    let n = n as f64;
    const UNITS: [(f64, &str); 5] = [
        (1024f64 * 1024.0 * 1024.0 * 1024.0 * 1024.0, "P"),
        (1024f64 * 1024.0 * 1024.0 * 1024.0, "T"),
        (1024f64 * 1024.0 * 1024.0, "G"),
        (1024f64 * 1024.0, "M"),
        (1024.0, "K"),
    ];
    for (size, unit) in UNITS {
        if n >= size {
            return format!("{:.2}{}", n / size, unit);
        }
    }
    format!("{}B", n as u64)
}

fn memory(srv: &Server, _now: i64, out: &mut String) {
    let used = alloc::used_memory();
    let peak = alloc::peak_memory();
    let rss = alloc::rss();
    let maxmemory = srv.config.int("maxmemory").max(0) as usize;
    field!(out, "used_memory", used);
    field!(out, "used_memory_human", human_bytes(used));
    field!(out, "used_memory_rss", rss);
    field!(out, "used_memory_rss_human", human_bytes(rss));
    field!(out, "used_memory_peak", peak);
    field!(out, "used_memory_peak_human", human_bytes(peak));
    field!(
        out,
        "used_memory_peak_perc",
        format!("{:.2}%", used as f64 * 100.0 / peak.max(1) as f64)
    );
    field!(out, "maxmemory", maxmemory);
    field!(out, "maxmemory_human", human_bytes(maxmemory));
    field!(out, "maxmemory_policy", srv.config.str("maxmemory-policy"));
    field!(
        out,
        "mem_fragmentation_ratio",
        format!("{:.2}", rss as f64 / used.max(1) as f64)
    );
    field!(out, "mem_allocator", "libc");
    field!(out, "lazyfree_pending_objects", 0);
    field!(out, "lazyfreed_objects", 0);
}

fn persistence(srv: &Server, now: i64, out: &mut String) {
    let r = &srv.rdb;
    let child = srv.rdb_child.as_ref();
    field!(out, "loading", 0);
    field!(out, "async_loading", 0);
    field!(out, "rdb_changes_since_last_save", srv.dirty);
    field!(out, "rdb_bgsave_in_progress", i32::from(child.is_some()));
    field!(out, "rdb_last_save_time", srv.lastsave);
    field!(
        out,
        "rdb_last_bgsave_status",
        if r.last_bgsave_ok { "ok" } else { "err" }
    );
    field!(out, "rdb_last_bgsave_time_sec", r.last_bgsave_secs);
    field!(
        out,
        "rdb_current_bgsave_time_sec",
        child.map_or(-1, |c| now / 1000 - c.started_ms / 1000)
    );
    field!(out, "rdb_saves", r.saves);
    field!(out, "rdb_last_load_keys_expired", r.load_keys_expired);
    field!(out, "rdb_last_load_keys_loaded", r.load_keys_loaded);
    field!(out, "aof_enabled", 0);
    field!(out, "aof_rewrite_in_progress", 0);
    field!(out, "aof_rewrite_scheduled", 0);
    field!(out, "aof_last_bgrewrite_status", "ok");
    field!(out, "aof_last_write_status", "ok");
}

fn stats(srv: &Server, _now: i64, out: &mut String) {
    let s = &srv.stats;
    let (in_rate, out_rate) = s.net_rates();
    field!(out, "total_connections_received", s.total_connections_received);
    field!(out, "total_commands_processed", s.total_commands_processed);
    field!(out, "instantaneous_ops_per_sec", s.ops_per_sec());
    field!(out, "total_net_input_bytes", s.net_input_bytes);
    field!(out, "total_net_output_bytes", s.net_output_bytes);
    field!(out, "total_net_repl_input_bytes", 0);
    field!(out, "total_net_repl_output_bytes", 0);
    field!(
        out,
        "instantaneous_input_kbps",
        format!("{:.2}", in_rate as f64 / 1024.0)
    );
    field!(
        out,
        "instantaneous_output_kbps",
        format!("{:.2}", out_rate as f64 / 1024.0)
    );
    field!(out, "rejected_connections", s.rejected_connections);
    field!(out, "sync_full", srv.repl.sync_full);
    field!(out, "sync_partial_ok", srv.repl.sync_partial_ok);
    field!(out, "sync_partial_err", srv.repl.sync_partial_err);
    field!(out, "expired_keys", srv.expired_keys());
    field!(out, "evicted_keys", srv.evictor.evicted_keys);
    field!(out, "evicted_clients", 0);
    field!(out, "keyspace_hits", s.keyspace_hits);
    field!(out, "keyspace_misses", s.keyspace_misses);
    field!(out, "pubsub_channels", srv.pubsub_channels.len());
    field!(out, "pubsub_patterns", srv.pubsub_patterns.len());
    field!(out, "pubsubshard_channels", srv.pubsub_shard_channels.len());
    field!(out, "latest_fork_usec", 0);
    field!(out, "total_forks", 0);
    field!(out, "unexpected_error_replies", s.unexpected_error_replies);
    field!(out, "total_error_replies", s.total_error_replies);
}

fn replication(srv: &Server, now: i64, out: &mut String) {
    use crate::replication::{LinkState, Role};
    let repl = &srv.repl;
    match &repl.role {
        Role::Master => {
            field!(out, "role", "master");
        }
        Role::Replica { host, port } => {
            field!(out, "role", "slave");
            field!(out, "master_host", host);
            field!(out, "master_port", port);
            let up = repl.link_state == LinkState::Connected;
            field!(out, "master_link_status", if up { "up" } else { "down" });
            let io_ago = if up {
                (now - repl.master_last_interaction_ms) / 1000
            } else {
                -1
            };
            field!(out, "master_last_io_seconds_ago", io_ago);
            field!(
                out,
                "master_sync_in_progress",
                u8::from(repl.link_state == LinkState::Transfer)
            );
            field!(out, "slave_read_repl_offset", repl.offset);
            field!(out, "slave_repl_offset", repl.offset);
            if !up {
                field!(out, "master_link_down_since_seconds", (now - repl.down_since_ms) / 1000);
            }
            field!(out, "slave_priority", srv.config.int("replica-priority"));
            field!(out, "slave_read_only", u8::from(srv.config.bool("replica-read-only")));
            field!(out, "replica_announced", 1);
        }
    }
    let replicas: Vec<(String, u16, &str, u64, i64)> = repl
        .replicas
        .iter()
        .filter_map(|&k| match srv.links.get(k) {
            Some(crate::server::Link::Client(c)) => c.replica.as_ref().map(|r| {
                let ip = r.ip_address.clone().unwrap_or_else(|| c.addr.ip().to_string());
                let lag = if r.online { (now - r.ack_time_ms) / 1000 } else { 0 };
                (ip, r.listening_port, replica_state(r), r.ack_offset, lag)
            }),
            _ => None,
        })
        .collect();
    field!(out, "connected_slaves", replicas.len());
    if crate::replication::gate::min_replicas_policy(srv).is_some() {
        field!(
            out,
            "min_slaves_good_slaves",
            crate::replication::gate::good_replicas(srv, now)
        );
    }
    for (i, (ip, port, state, offset, lag)) in replicas.iter().enumerate() {
        field!(
            out,
            &format!("slave{i}"),
            format!("ip={ip},port={port},state={state},offset={offset},lag={lag}")
        );
    }
    field!(out, "master_failover_state", "no-failover");
    field!(out, "master_replid", repl.replid);
    field!(out, "master_replid2", repl.replid2);
    field!(out, "master_repl_offset", repl.offset);
    field!(out, "second_repl_offset", repl.second_replid_offset);
    let backlog = repl.backlog.as_ref();
    field!(out, "repl_backlog_active", u8::from(backlog.is_some()));
    field!(out, "repl_backlog_size", srv.config.int("repl-backlog-size"));
    field!(out, "repl_backlog_first_byte_offset", backlog.map_or(0, |b| b.start));
    field!(out, "repl_backlog_histlen", backlog.map_or(0, |b| b.histlen()));
}

fn cpu(_srv: &Server, _now: i64, out: &mut String) {
    // SAFETY: getrusage fills the struct we own; all-zero rusage is valid.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut ru) };
    let secs = |tv: libc::timeval| tv.tv_sec as f64 + tv.tv_usec as f64 / 1e6;
    field!(out, "used_cpu_sys", format!("{:.6}", secs(ru.ru_stime)));
    field!(out, "used_cpu_user", format!("{:.6}", secs(ru.ru_utime)));
    field!(out, "used_cpu_sys_children", "0.000000");
    field!(out, "used_cpu_user_children", "0.000000");
    field!(out, "used_cpu_sys_main_thread", format!("{:.6}", secs(ru.ru_stime)));
    field!(out, "used_cpu_user_main_thread", format!("{:.6}", secs(ru.ru_utime)));
}

fn errorstats(srv: &Server, _now: i64, out: &mut String) {
    let mut names: Vec<_> = srv.stats.errorstats.iter().collect();
    names.sort();
    for (prefix, count) in names {
        let _ = write!(out, "errorstat_{prefix}:count={count}\r\n");
    }
}

fn cluster(srv: &Server, _now: i64, out: &mut String) {
    field!(out, "cluster_enabled", srv.settings.cluster_enabled as u8);
}

fn keyspace(srv: &Server, now_ms: i64, out: &mut String) {
    for (i, db) in srv.dbs.iter().enumerate() {
        if db.is_empty() {
            continue;
        }
        let _ = write!(
            out,
            "db{}:keys={},expires={},avg_ttl={}\r\n",
            i,
            db.len(),
            db.expires_len(),
            db.avg_ttl(now_ms)
        );
    }
}

/// A replica's `state=` word in INFO replication (Redis's replstate names).
fn replica_state(r: &crate::replication::ReplicaInfo) -> &'static str {
    if r.online {
        "online"
    } else if r.in_child_transfer {
        "send_bulk"
    } else {
        "wait_bgsave"
    }
}

#[cfg(test)]
mod tests {
    use super::human_bytes;

    #[test]
    fn human_bytes_like_redis() {
        assert_eq!(human_bytes(941024), "918.97K");
        assert_eq!(human_bytes(0), "0B");
        assert_eq!(human_bytes(1048576), "1.00M");
    }
}
