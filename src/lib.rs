//! Gossamer: a drop-in Redis Cluster node. The library holds everything; the
//! `gossamer-server` binary only parses arguments and runs the event loop.

pub mod alloc;
pub mod blocking;
pub mod client;
pub mod cluster;
pub mod commands;
pub mod config;
pub mod db;
pub mod event_loop;
pub mod evict;
pub mod glob;
pub mod logging;
pub mod pause;
pub mod persistence;
pub mod rdb;
pub mod replication;
pub mod resp;
pub mod server;
pub mod slot;
pub mod startup;
pub mod util;
