//! Redis Cluster support.
//!
//! * [`bus`]: the wire codec of the cluster bus; [`nodes_conf`]: the config file.
//! * [`core::Core`]: the sans-IO state machine (node table, epochs, slots, links as the protocol
//!   sees them), with its behaviour split by concern: [`gossip`] (PING/PONG/MEET, handshake,
//!   discovery), [`failure`] (failure reports, PFAIL → FAIL), [`cron`] (clusterCron), [`state`]
//!   (cluster_state), [`slots_config`] (slot ownership, UPDATE, epochs), [`failover`] (votes),
//!   [`admin`] (what CLUSTER subcommands change).
//! * [`sim`]: a deterministic simulator running many cores over a virtual network.
//! * [`routing`]: which node serves a command (MOVED/ASK/CLUSTERDOWN).
//! * [`Cluster`] (here): the core plus the file that persists it; the event loop's bus links live in
//!   [`crate::cluster_links`].

pub mod admin;
pub mod bus;
pub mod core;
pub mod cron;
pub mod failover;
pub mod failure;
pub mod gossip;
pub mod node;
pub mod nodes_conf;
pub mod routing;
pub mod sim;
pub mod slots_config;
pub mod state;

use std::path::{Path, PathBuf};

use bus::NodeId;
use nodes_conf::LockGuard;

use self::core::{Core, CoreConfig};
use self::failover::ElectionPolicy;

/// Period of clusterCron, as in Redis.
pub const CRON_PERIOD_MS: i64 = 100;

/// This node's view of the cluster and the file that persists it.
pub struct Cluster {
    pub core: Core,
    pub path: PathBuf,
    /// CLUSTER SLOTS reply bytes for (topology version, protocol), rebuilt only when the topology
    /// changes.
    pub slots_reply: Option<(u64, u8, Vec<u8>)>,
    /// Held for the process's lifetime: a second node cannot use the file.
    _lock: LockGuard,
}

impl Cluster {
    /// Open `path` (relative to `dir`, where Redis runs) as clusterInit does: lock it, load it, or
    /// create a fresh identity when it is missing or empty. A corrupt file stops start-up and is left
    /// untouched.
    pub fn open(path: &Path, cfg: CoreConfig, rng: &mut impl rand::Rng, now: i64) -> Result<Cluster, String> {
        let lock = nodes_conf::lock(path).map_err(|e| e.to_string())?;
        let existing = match std::fs::read_to_string(path) {
            Ok(text) => Some(text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(format!("Can't read the cluster config file {}: {e}", path.display())),
        };
        let loaded = match existing.as_deref().map(nodes_conf::parse) {
            None => None,
            Some(Ok(conf)) => Some(conf),
            Some(Err(e)) if e.is_empty_file() => None,
            Some(Err(e)) => return Err(e.to_string()),
        };
        let seed = rng.next_u64();
        let Some(conf) = loaded else {
            let core = Core::new(random_node_id(rng), cfg, seed, now);
            let cluster = Cluster {
                core,
                path: path.to_path_buf(),
                slots_reply: None,
                _lock: lock,
            };
            cluster
                .save()
                .map_err(|e| format!("Can't save the cluster config file: {e}"))?;
            log::info!("No cluster configuration found, I'm {}", cluster.myself_id());
            return Ok(cluster);
        };
        let core = Core::from_conf(&conf, cfg, seed, now)?;
        let cluster = Cluster {
            core,
            path: path.to_path_buf(),
            slots_reply: None,
            _lock: lock,
        };
        log::info!("Node configuration loaded, I'm {}", cluster.myself_id());
        Ok(cluster)
    }

    /// This node's id.
    pub fn myself_id(&self) -> String {
        self.core.myself_name().to_text()
    }

    /// Write nodes.conf atomically (temp file, fsync, rename, directory fsync).
    pub fn save(&self) -> std::io::Result<()> {
        self.save_with(true)
    }

    /// Write nodes.conf atomically, fsyncing only when asked.
    pub fn save_with(&self, fsync: bool) -> std::io::Result<()> {
        nodes_conf::save_replacing(&self.path, &nodes_conf::render(&self.core.to_conf()), fsync)
    }

    /// clusterSaveConfigOrDie.
    pub fn save_or_die(&self, fsync: bool) {
        if let Err(e) = self.save_with(fsync) {
            log::warn!("Fatal: can't update cluster config file: {e}");
            std::process::exit(1);
        }
    }
}

/// 40 random lower-case hex digits, as Redis's getRandomHexChars.
pub fn random_node_id(rng: &mut impl rand::Rng) -> NodeId {
    let hex = crate::server::random_hex(rng, 40);
    let mut id = [0u8; 40];
    id.copy_from_slice(hex.as_bytes());
    NodeId(id)
}

/// The core's settings from the configuration (announced ports override the real ones).
pub fn core_config(config: &crate::config::Config, port: u16, cport: u16) -> CoreConfig {
    let announced = |name: &str, real: u16| match config.int(name) {
        p if p > 0 && p <= 65535 => p as u16,
        _ => real,
    };
    let announce_ip = config.str("cluster-announce-ip");
    CoreConfig {
        node_timeout: config.int("cluster-node-timeout"),
        port: announced("cluster-announce-port", port),
        pport: 0,
        cport: announced("cluster-announce-bus-port", cport),
        announce_ip: (!announce_ip.is_empty()).then(|| announce_ip.to_string()),
        announce_hostname: config.str("cluster-announce-hostname").to_string(),
        require_full_coverage: config.bool("cluster-require-full-coverage"),
        allow_replica_migration: config.bool("cluster-allow-replica-migration"),
        migration_barrier: config.int("cluster-migration-barrier"),
        replica_no_failover: config.bool("cluster-replica-no-failover"),
        replica_validity_factor: config.int("cluster-replica-validity-factor"),
        repl_ping_replica_period_ms: config.int("repl-ping-replica-period") * 1000,
        preferred_endpoint: match config.str("cluster-preferred-endpoint-type") {
            "hostname" => self::core::Endpoint::Hostname,
            "unknown-endpoint" => self::core::Endpoint::Unknown,
            _ => self::core::Endpoint::Ip,
        },
        election_policy: ElectionPolicy::from_config(config.str("cluster-election-policy")),
    }
}
