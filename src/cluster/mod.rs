//! Redis Cluster support. For now only the cron hook the event loop calls
//! every 100 ms (clusterCron); the bus, the sans-IO core and the simulator
//! arrive with the cluster-bus issue.

pub mod bus;
pub mod nodes_conf;
use crate::server::Server;

/// Period of clusterCron, as in Redis.
pub const CRON_PERIOD_MS: i64 = 100;

/// clusterCron: nothing to do until the cluster bus exists.
pub fn cron(_srv: &mut Server, _now_ms: i64) {}
