//! Blocking commands: clients blocked on keys, woken when a key they wait on
//! is modified (the command is run again), or timed out.

use crate::commands::{Ctx, TimeoutReply};
use crate::server::Server;

/// A key was modified: if clients block on it, queue it for serving.
pub fn signal_key(_srv: &mut Server, _db: usize, _key: &[u8]) {}

/// Block the calling client (placeholder: times out at once).
pub fn block_client(ctx: &mut Ctx, _keys: &[&[u8]], _timeout_ms: i64, on_timeout: TimeoutReply) {
    match on_timeout {
        TimeoutReply::NullArray => ctx.reply.null_array(),
        TimeoutReply::Null => ctx.reply.null(),
    }
}
