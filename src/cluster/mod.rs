//! Redis Cluster support. What exists now: the bus codec (`bus`), nodes.conf
//! (`nodes_conf`), and this node's cluster identity, loaded from or created
//! in `cluster-config-file` at start-up and kept locked while we run. The
//! sans-IO core (membership, failure detection, epochs), the simulator and the
//! bus links arrive with the rest of the cluster-bus issue.

pub mod bus;
pub mod nodes_conf;
pub mod routing;

use std::path::{Path, PathBuf};

use bus::{NodeId, SlotBitmap};
use nodes_conf::{Flags, LockGuard, NodeLine, NodesConf};

use crate::server::Server;

/// Period of clusterCron, as in Redis.
pub const CRON_PERIOD_MS: i64 = 100;

/// clusterCron: nothing to do until the cluster bus exists.
pub fn cron(_srv: &mut Server, _now_ms: i64) {}

/// This node's view of the cluster and the file that persists it.
pub struct Cluster {
    pub conf: NodesConf,
    pub path: PathBuf,
    /// Held for the process's lifetime: a second node cannot use the file.
    _lock: LockGuard,
    /// When the node started (CLUSTER_WRITABLE_DELAY counts from here).
    pub opened_ms: i64,
}

/// A master waits this long after start before its state may become ok,
/// giving the cluster a chance to reconfigure it (Redis's CLUSTER_WRITABLE_DELAY).
pub const WRITABLE_DELAY_MS: i64 = 2000;

impl Cluster {
    /// Open `path` (relative to `dir`, where Redis runs) as clusterInit does:
    /// lock it, load it, or create a fresh identity when it is missing or
    /// empty. A corrupt file stops start-up and is left untouched.
    pub fn open(path: &Path, port: u16, cport: u16, rng: &mut impl rand::Rng) -> Result<Cluster, String> {
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
        let mut cluster = match loaded {
            Some(conf) => Cluster {
                conf,
                path: path.to_path_buf(),
                _lock: lock,
                opened_ms: crate::util::time::mstime(),
            },
            None => {
                let conf = fresh_conf(random_node_id(rng), port, cport);
                let cluster = Cluster {
                    conf,
                    path: path.to_path_buf(),
                    _lock: lock,
                    opened_ms: crate::util::time::mstime(),
                };
                cluster
                    .save()
                    .map_err(|e| format!("Can't save the cluster config file: {e}"))?;
                log::info!("No cluster configuration found, I'm {}", cluster.myself_id());
                return Ok(cluster);
            }
        };
        cluster.conf.vars.current_epoch = cluster.conf.effective_current_epoch();
        if let Some(me) = cluster.myself_mut() {
            me.port = port as i32;
            me.cport = cport as i32;
        }
        log::info!("Node configuration loaded, I'm {}", cluster.myself_id());
        Ok(cluster)
    }

    /// This node's id.
    pub fn myself_id(&self) -> String {
        self.conf
            .myself()
            .map(|n| String::from_utf8_lossy(&n.id.0).into_owned())
            .unwrap_or_default()
    }

    fn myself_mut(&mut self) -> Option<&mut NodeLine> {
        self.conf.nodes.iter_mut().find(|n| n.flags.has(Flags::MYSELF))
    }

    /// Write nodes.conf atomically (temp file, fsync, rename, directory fsync).
    pub fn save(&self) -> std::io::Result<()> {
        nodes_conf::save_atomically(&self.path, &nodes_conf::render(&self.conf))
    }
}

/// A new node's configuration: myself, a master with no slots, epoch 0.
fn fresh_conf(id: NodeId, port: u16, cport: u16) -> NodesConf {
    let mut me = NodeLine::placeholder(id);
    me.flags = Flags(Flags::MYSELF.0 | Flags::MASTER.0);
    me.port = port as i32;
    me.cport = cport as i32;
    me.connected = true;
    me.slots = SlotBitmap::new();
    NodesConf {
        nodes: vec![me],
        ..NodesConf::default()
    }
}

/// 40 random lower-case hex digits, as Redis's getRandomHexChars.
pub fn random_node_id(rng: &mut impl rand::Rng) -> NodeId {
    let hex = crate::server::random_hex(rng, 40);
    let mut id = [0u8; 40];
    id.copy_from_slice(hex.as_bytes());
    NodeId(id)
}
