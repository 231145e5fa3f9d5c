//! CLIENT PAUSE: while a pause is active, clients' commands (all of them, or
//! only those that write or may replicate) wait in their input buffers; they
//! run when the pause ends or CLIENT UNPAUSE is called. Manual failover uses
//! the same mechanism.

use crate::commands::table;
use crate::resp::parse::Args;
use crate::server::Server;

/// An active pause.
#[derive(Debug, Clone, Copy)]
pub struct Pause {
    /// End of the pause, ms since the epoch.
    pub end_ms: i64,
    /// Only commands that write or may replicate wait.
    pub write_only: bool,
}

/// Start (or extend) a pause. As in Redis, a later end replaces an earlier
/// one, and an ALL pause is not weakened to WRITE by a second call.
pub fn pause(srv: &mut Server, end_ms: i64, write_only: bool) {
    let merged = match srv.pause {
        Some(p) => Pause {
            end_ms: p.end_ms.max(end_ms),
            write_only: p.write_only && write_only,
        },
        None => Pause { end_ms, write_only },
    };
    srv.pause = Some(merged);
}

/// End the pause: waiting clients are processed next.
pub fn unpause(srv: &mut Server) {
    srv.pause = None;
    let waiting = std::mem::take(&mut srv.paused_clients);
    srv.unblocked.extend(waiting);
}

/// End the pause if its time has come.
pub fn expire(srv: &mut Server, now: i64) {
    if srv.pause.is_some_and(|p| now >= p.end_ms) {
        unpause(srv);
    }
}

/// True when `args` must wait because of the active pause.
pub fn must_wait(srv: &Server, args: &Args, now: i64) -> bool {
    let Some(p) = srv.pause else { return false };
    if now >= p.end_ms {
        return false;
    }
    if !p.write_only {
        return true;
    }
    table::lookup(args.get(0)).is_some_and(|c| c.flags.iter().any(|f| *f == "write" || *f == "may_replicate"))
}

/// When the pause ends (bounds the poll timeout).
pub fn deadline(srv: &Server) -> Option<i64> {
    srv.pause.map(|p| p.end_ms)
}
