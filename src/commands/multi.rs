//! Transactions: MULTI, EXEC, DISCARD, WATCH, UNWATCH.

use super::Handler;
use crate::server::Server;

/// A transaction in progress.
#[derive(Debug, Default)]
pub struct MultiState {
    /// Queued commands, each as its arguments.
    pub queued: Vec<Vec<Vec<u8>>>,
    /// A queued command was rejected: EXEC will abort.
    pub errored: bool,
}

pub const COMMANDS: &[(&str, Handler)] = &[];

/// Mark every client watching (db, key) as dirty (Redis's touchWatchedKey).
pub fn touch_watched_key(_srv: &mut Server, _db: usize, _key: &[u8]) {}
