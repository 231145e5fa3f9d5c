//! The checks of Redis 7.0.15's processCommand that refuse a command because of the replication
//! or persistence state, in its order:
//!
//! 1. MISCONF: `stop-writes-on-bgsave-error yes`, save points configured and the last background
//!    save failed: write commands and PING are refused (writeCommandsDeniedByDiskError). The
//!    master's stream is applied anyway: Redis panics unless `replica-ignore-disk-write-errors`
//!    is set, and so do we.
//! 2. NOREPLICAS: `min-replicas-to-write` and `min-replicas-max-lag` both set on a master and fewer
//!    online replicas acknowledged within max-lag seconds (checkGoodReplicasStatus).
//! 3. READONLY: a read-only replica refuses writes from anyone but its master.
//! 4. MASTERDOWN: `replica-serve-stale-data no` and the link with the master is not up: only
//!    commands flagged `stale` run.
//!
//! For EXEC the flags of the queued commands count, as Redis's `mstate.cmd_flags` and
//! `cmd_inv_flags` do, and a refused EXEC discards the transaction ([`refusal`]).

use crate::commands::{flag, table};
use crate::replication::LinkState;
use crate::server::{Link, Server};

/// shared.bgsaveerr.
pub const MISCONF: &str = "MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the Redis logs for details about the RDB error.";
/// shared.noreplicaserr.
pub const NOREPLICAS: &str = "NOREPLICAS Not enough good replicas to write.";
/// shared.roslaveerr.
pub const READONLY: &str = "READONLY You can't write against a read only replica.";
/// shared.masterdownerr.
pub const MASTERDOWN: &str = "MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.";

/// How often (ms) a replica logs that it applies its master's writes despite a disk error.
const DISK_ERROR_LOG_INTERVAL_MS: i64 = 10_000;

/// The command being checked, as dispatch resolved it.
#[derive(Debug, Clone, Copy)]
pub struct Checked<'a> {
    /// Top-level command name (lowercase).
    pub name: &'a str,
    /// Flag bits of the command (or subcommand).
    pub flags: u32,
    /// Sent by my master (Redis's mustObeyClient).
    pub from_master: bool,
}

/// The error a command must be rejected with, or None when it may run.
pub fn check(srv: &mut Server, id: usize, cmd: Checked, now: i64) -> Option<&'static str> {
    let (flags, deny_stale) = effective_flags(srv, id, cmd);
    let is_write = flags & flag::WRITE != 0;
    if (is_write || cmd.name == "ping") && writes_denied_by_disk_error(srv) {
        if !cmd.from_master {
            return Some(MISCONF);
        }
        obey_despite_disk_error(srv, cmd.name, now);
    }
    if is_write && !good_replicas_ok(srv, now) {
        return Some(NOREPLICAS);
    }
    let replica = !srv.repl.is_master();
    if replica && is_write && !cmd.from_master && srv.settings.replica_read_only {
        return Some(READONLY);
    }
    if replica && deny_stale && srv.repl.link_state != LinkState::Connected && !srv.settings.replica_serve_stale_data {
        return Some(MASTERDOWN);
    }
    None
}

/// The error text a refused command gets: as rejectCommand → execCommandAbort, a refused EXEC
/// discards its transaction and answers `EXECABORT Transaction discarded because of: <error>`.
pub fn refusal(srv: &mut Server, id: usize, name: &str, text: &str) -> String {
    if name != "exec" || srv.client(id).and_then(|c| c.multi.take()).is_none() {
        return text.to_string();
    }
    crate::commands::multi::unwatch_all(srv, id);
    format!("EXECABORT Transaction discarded because of: {text}")
}

/// (flags, refused when stale): for EXEC, its own flags or-ed with the queued commands' flags,
/// and stale-refused when any queued command lacks the `stale` flag.
fn effective_flags(srv: &mut Server, id: usize, cmd: Checked) -> (u32, bool) {
    let own_stale = cmd.flags & flag::STALE == 0;
    if cmd.name != "exec" {
        return (cmd.flags, own_stale);
    }
    let Some(Link::Client(c)) = srv.links.get(id) else {
        return (cmd.flags, own_stale);
    };
    let queued = c.multi.iter().flat_map(|m| m.queued.iter());
    queued.fold((cmd.flags, own_stale), |(bits, stale), argv| {
        let q = queued_flags(argv);
        (bits | q, stale || q & flag::STALE == 0)
    })
}

/// The flags of a queued command (its subcommand's when it has subcommands).
fn queued_flags(argv: &[Vec<u8>]) -> u32 {
    let Some(info) = argv.first().and_then(|name| table::lookup(name)) else {
        return 0;
    };
    let own = crate::commands::command_flags(info);
    if info.subcommands.is_empty() {
        return own;
    }
    argv.get(1)
        .and_then(|sub| table::lookup_subcommand(info, sub))
        .map_or(own, |sub| own | flag::from_names(sub.flags))
}

/// writeCommandsDeniedByDiskError for the RDB (no AOF here).
pub fn writes_denied_by_disk_error(srv: &Server) -> bool {
    !srv.rdb.last_bgsave_ok && srv.config.bool("stop-writes-on-bgsave-error") && !srv.config.save_params().is_empty()
}

/// The master's writes are applied whatever the disk state: Redis panics unless
/// `replica-ignore-disk-write-errors yes`, else logs at most every 10 s.
fn obey_despite_disk_error(srv: &mut Server, name: &str, now: i64) {
    if !srv.config.bool("replica-ignore-disk-write-errors") && name != "ping" {
        log::error!("Replica was unable to write command to disk.");
        panic!("Replica was unable to write command to disk.");
    }
    if now > srv.repl.disk_error_logged_ms + DISK_ERROR_LOG_INTERVAL_MS {
        srv.repl.disk_error_logged_ms = now;
        log::warn!("Replica is applying a command even though it is unable to write to disk.");
    }
}

/// checkGoodReplicasStatus: true unless this master has min-replicas-to-write and
/// min-replicas-max-lag set and fewer good replicas than required.
pub fn good_replicas_ok(srv: &Server, now: i64) -> bool {
    if !srv.repl.is_master() {
        return true;
    }
    let Some(need) = min_replicas_policy(srv) else {
        return true;
    };
    good_replicas(srv, now) >= need.0
}

/// (min-replicas-to-write, min-replicas-max-lag) when both are set (non-zero).
pub fn min_replicas_policy(srv: &Server) -> Option<(usize, i64)> {
    srv.settings.min_replicas
}

/// refreshGoodSlavesCount: online replicas whose last ACK is at most max-lag seconds old (in
/// whole seconds, as Redis's unixtime arithmetic). Computed when asked rather than cached by
/// the cron, so it is never up to a second stale as Redis's counter can be.
pub fn good_replicas(srv: &Server, now: i64) -> usize {
    let Some((_, max_lag)) = min_replicas_policy(srv) else {
        return 0;
    };
    srv.repl
        .replicas
        .iter()
        .filter_map(|&k| match srv.links.get(k) {
            Some(Link::Client(c)) => c.replica.as_ref(),
            _ => None,
        })
        .filter(|r| r.online && now / 1000 - r.ack_time_ms / 1000 <= max_lag)
        .count()
}
