//! The server's state: configuration (raw and derived settings), databases,
//! every link (listeners and clients) in one slab, statistics, and the flags
//! the event loop acts on (shutdown). Commands reach all of it through
//! [`crate::commands::Ctx`].

use std::collections::HashMap;

use mio::net::TcpListener;
use rand::SeedableRng;
use rand::rngs::SmallRng;
use slab::Slab;

use crate::client::Client;
use crate::config::Config;
use crate::db::Db;

/// Version reported to clients and tools.
pub const REDIS_VERSION: &str = "7.0.15";
/// Gossamer's own version.
pub const GOSSAMER_VERSION: &str = env!("CARGO_PKG_VERSION");

/// One entry of the link slab.
pub enum Link {
    Listener(TcpListener),
    Client(Box<Client>),
    /// The cluster bus port.
    BusListener(TcpListener),
    /// A cluster bus connection (inbound or outbound).
    Bus(Box<crate::event_loop::bus_links::BusConn>),
    /// The replica's link to its master while handshaking and syncing.
    Master(Box<crate::event_loop::master_link::MasterConn>),
}

/// `enable-debug-command` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protection {
    No,
    Yes,
    Local,
}

impl Protection {
    fn parse(v: &str) -> Protection {
        match v {
            "yes" => Protection::Yes,
            "local" => Protection::Local,
            _ => Protection::No,
        }
    }
}

/// One class of client-output-buffer-limit (0 disables a limit).
#[derive(Debug, Clone, Copy)]
pub struct ObufLimit {
    pub hard: usize,
    pub soft: usize,
    pub soft_secs: i64,
}

impl ObufLimit {
    fn from_config(config: &Config, class: &str) -> ObufLimit {
        let (hard, soft, soft_secs) = config.client_output_buffer_limit(class);
        ObufLimit {
            hard: hard as usize,
            soft: soft as usize,
            soft_secs: soft_secs as i64,
        }
    }

    /// True when `pending` bytes break the limit (Redis's
    /// checkClientOutputBufferLimits); tracks when the soft limit was first hit.
    fn exceeded(&self, pending: usize, soft_since: &mut Option<i64>, now: i64) -> bool {
        if self.hard > 0 && pending > self.hard {
            return true;
        }
        if self.soft > 0 && pending > self.soft {
            let since = *soft_since.get_or_insert(now);
            return (now - since) / 1000 >= self.soft_secs;
        }
        *soft_since = None;
        false
    }
}

/// Typed values derived from the config, read on hot paths.
#[derive(Debug, Clone)]
pub struct Settings {
    pub port: u16,
    pub hz: u32,
    pub maxclients: usize,
    pub timeout_secs: i64,
    pub tcp_keepalive: u32,
    pub proto_max_bulk_len: i64,
    pub client_query_buffer_limit: usize,
    /// client-output-buffer-limit for normal and pub/sub clients.
    pub obuf_normal: ObufLimit,
    pub obuf_pubsub: ObufLimit,
    pub requirepass: Option<Vec<u8>>,
    pub protected_mode: bool,
    pub databases: usize,
    pub cluster_enabled: bool,
    pub cluster_allow_reads_when_down: bool,
    pub cluster_require_full_coverage: bool,
    pub enable_debug_command: Protection,
    /// Encoding thresholds of the aggregate types (Redis's *-max-* directives).
    pub list_max_listpack_size: i64,
    pub hash_max_listpack_entries: usize,
    pub hash_max_listpack_value: usize,
    pub set_max_intset_entries: usize,
    pub zset_max_listpack_entries: usize,
    pub zset_max_listpack_value: usize,
    pub stream_node_max_bytes: usize,
    pub stream_node_max_entries: usize,
    /// maxmemory in bytes (0: no limit), its policy and sampling.
    pub maxmemory: usize,
    pub maxmemory_policy: crate::evict::Policy,
    pub maxmemory_samples: usize,
    pub lfu: crate::evict::Lfu,
    /// Replication checks made per command (see crate::replication::gate).
    pub replica_read_only: bool,
    pub replica_serve_stale_data: bool,
    /// (min-replicas-to-write, min-replicas-max-lag) when both are set (non-zero).
    pub min_replicas: Option<(usize, i64)>,
}

impl Settings {
    /// Derive settings from the current configuration.
    pub fn from_config(config: &Config) -> Settings {
        let requirepass = config.str("requirepass");
        Settings {
            port: config.int("port") as u16,
            hz: config.int("hz").clamp(1, 500) as u32,
            maxclients: config.int("maxclients").max(1) as usize,
            timeout_secs: config.int("timeout"),
            tcp_keepalive: config.int("tcp-keepalive").max(0) as u32,
            proto_max_bulk_len: config.int("proto-max-bulk-len"),
            client_query_buffer_limit: config.int("client-query-buffer-limit").max(0) as usize,
            obuf_normal: ObufLimit::from_config(config, "normal"),
            obuf_pubsub: ObufLimit::from_config(config, "pubsub"),
            requirepass: (!requirepass.is_empty()).then(|| requirepass.as_bytes().to_vec()),
            protected_mode: config.bool("protected-mode"),
            databases: config.int("databases").max(1) as usize,
            cluster_enabled: config.bool("cluster-enabled"),
            cluster_allow_reads_when_down: config.bool("cluster-allow-reads-when-down"),
            cluster_require_full_coverage: config.bool("cluster-require-full-coverage"),
            enable_debug_command: Protection::parse(config.str("enable-debug-command")),
            list_max_listpack_size: config.int("list-max-listpack-size"),
            hash_max_listpack_entries: config.int("hash-max-listpack-entries").max(0) as usize,
            hash_max_listpack_value: config.int("hash-max-listpack-value").max(0) as usize,
            set_max_intset_entries: config.int("set-max-intset-entries").max(0) as usize,
            zset_max_listpack_entries: config.int("zset-max-listpack-entries").max(0) as usize,
            zset_max_listpack_value: config.int("zset-max-listpack-value").max(0) as usize,
            stream_node_max_bytes: config.int("stream-node-max-bytes").max(0) as usize,
            stream_node_max_entries: config.int("stream-node-max-entries").max(0) as usize,
            maxmemory: config.int("maxmemory").max(0) as usize,
            maxmemory_policy: crate::evict::Policy::parse(config.str("maxmemory-policy")),
            maxmemory_samples: config.int("maxmemory-samples").max(1) as usize,
            lfu: crate::evict::Lfu {
                log_factor: config.int("lfu-log-factor").max(0) as u32,
                decay_minutes: config.int("lfu-decay-time"),
            },
            replica_read_only: config.bool("replica-read-only"),
            replica_serve_stale_data: config.bool("replica-serve-stale-data"),
            min_replicas: {
                let (to_write, max_lag) = (config.int("min-replicas-to-write"), config.int("min-replicas-max-lag"));
                (to_write > 0 && max_lag > 0).then_some((to_write as usize, max_lag))
            },
        }
    }
}

/// Counters reported by INFO stats.
#[derive(Debug, Default)]
pub struct Stats {
    pub total_connections_received: u64,
    pub total_commands_processed: u64,
    pub rejected_connections: u64,
    pub keyspace_hits: u64,
    pub keyspace_misses: u64,
    pub net_input_bytes: u64,
    pub net_output_bytes: u64,
    pub total_error_replies: u64,
    pub unexpected_error_replies: u64,
    pub expired_keys_base: u64,
    pub errorstats: HashMap<String, u64>,
    /// Commands processed at the last ops/sec sample, and samples.
    pub ops_sample_last: (i64, u64),
    pub ops_samples: [u64; 16],
    pub ops_sample_idx: usize,
    pub net_in_sample_last: u64,
    pub net_out_sample_last: u64,
    pub net_in_samples: [u64; 16],
    pub net_out_samples: [u64; 16],
}

impl Stats {
    /// Record one instantaneous-rate sample (Redis's trackInstantaneousMetric).
    pub fn sample(&mut self, now_ms: i64) {
        let (last_ms, last_ops) = self.ops_sample_last;
        let dt = (now_ms - last_ms).max(1) as u64;
        let i = self.ops_sample_idx % 16;
        self.ops_samples[i] = (self.total_commands_processed - last_ops) * 1000 / dt;
        self.net_in_samples[i] = (self.net_input_bytes - self.net_in_sample_last) * 1000 / dt;
        self.net_out_samples[i] = (self.net_output_bytes - self.net_out_sample_last) * 1000 / dt;
        self.ops_sample_idx += 1;
        self.ops_sample_last = (now_ms, self.total_commands_processed);
        self.net_in_sample_last = self.net_input_bytes;
        self.net_out_sample_last = self.net_output_bytes;
    }

    fn avg(samples: &[u64; 16]) -> u64 {
        samples.iter().sum::<u64>() / 16
    }

    /// instantaneous_ops_per_sec.
    pub fn ops_per_sec(&self) -> u64 {
        Stats::avg(&self.ops_samples)
    }

    /// instantaneous_input_kbps / output, in bytes per second.
    pub fn net_rates(&self) -> (u64, u64) {
        (Stats::avg(&self.net_in_samples), Stats::avg(&self.net_out_samples))
    }
}

/// How SHUTDOWN was requested.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shutdown {
    Save,
    NoSave,
    Default,
}

/// The whole server state.
pub struct Server {
    pub config: Config,
    pub settings: Settings,
    pub config_file: Option<String>,
    pub executable: String,
    pub dbs: Vec<Db>,
    pub links: Slab<Link>,
    pub stats: Stats,
    pub rng: SmallRng,
    pub run_id: String,
    pub start_ms: i64,
    pub next_client_id: u64,
    pub connected_clients: usize,
    pub shutdown: Option<Shutdown>,
    pub active_expire_enabled: bool,
    pub lastsave: i64,
    pub cron_loops: u64,
    /// Slab keys of clients with output to write before the next poll.
    pub pending_writes: Vec<usize>,
    /// Slab keys of clients to close before the next poll.
    pub pending_close: Vec<usize>,
    /// Effective cron frequency.
    pub hz_effective: u32,
    /// CONFIG SET changed `port` or `bind`: the loop must re-create listeners.
    pub rebind_requested: bool,
    /// Changes since the last save (Redis's server.dirty).
    pub dirty: u64,
    /// Clients blocked on each (db, key), in arrival order (slab keys).
    pub blocking_keys: HashMap<(usize, Box<[u8]>), std::collections::VecDeque<usize>>,
    /// Keys with blocked clients that were modified since the last serve.
    pub ready_keys: Vec<(usize, Box<[u8]>)>,
    /// Clients watching each (db, key) (slab keys).
    pub watched_keys: HashMap<(usize, Box<[u8]>), Vec<usize>>,
    /// Deadlines of blocked clients: (ms, slab key).
    pub block_deadlines: std::collections::BTreeSet<(i64, usize)>,
    pub blocked_clients: usize,
    /// The blocked client whose command is being run again, and the key
    /// whose change woke it.
    pub reprocessing: Option<usize>,
    pub ready_key: Option<Box<[u8]>>,
    /// Clients unblocked outside the serving pass (CLIENT UNBLOCK, timeouts):
    /// their buffered input must be processed.
    pub unblocked: Vec<usize>,
    /// Pub/Sub: channel -> subscribers, pattern -> subscribers (slab keys, in subscription order).
    pub pubsub_channels: HashMap<Box<[u8]>, indexmap::IndexSet<usize>>,
    pub pubsub_patterns: indexmap::IndexMap<Box<[u8]>, indexmap::IndexSet<usize>>,
    /// Sharded Pub/Sub: shard channel -> subscribers, and each subscribed client's shard
    /// channels (slab key -> channels, in subscription order).
    pub pubsub_shard_channels: HashMap<Box<[u8]>, indexmap::IndexSet<usize>>,
    pub pubsub_shard_clients: HashMap<usize, indexmap::IndexSet<Box<[u8]>>>,
    /// Eviction pool and counters.
    pub evictor: crate::evict::Evictor,
    /// CLIENT PAUSE in force, and the clients whose next command waits for its end.
    pub pause: Option<crate::pause::Pause>,
    pub paused_clients: Vec<usize>,
    /// Cluster identity and nodes.conf (cluster-enabled yes only).
    pub cluster: Option<crate::cluster::Cluster>,
    /// Replication: role, ids, offset, backlog, replicas, link to the master.
    pub repl: crate::replication::ReplState,
    /// Cluster bus port we listen on.
    pub bus_port: u16,
    /// Core link id → slab key of its bus connection.
    pub bus_keys: HashMap<usize, usize>,
    /// Command names as clients spelled them, resolved (see commands::dispatch).
    pub command_cache: Vec<(Box<[u8]>, &'static crate::commands::table::CommandInfo)>,
    /// The forked RDB child, if one runs (see crate::persistence).
    pub rdb_child: Option<crate::persistence::RdbChild>,
    /// RDB save/load bookkeeping (INFO persistence).
    pub rdb: crate::persistence::RdbState,
    /// MIGRATE's cached connections to its targets.
    pub migrate_sockets: crate::commands::migrate::SocketCache,
}

impl Server {
    /// A server with `config`, no links yet.
    pub fn new(config: Config, config_file: Option<String>, executable: String, now_ms: i64) -> Server {
        let settings = Settings::from_config(&config);
        let mut rng = SmallRng::from_rng(&mut rand::rng());
        let run_id = random_hex(&mut rng, 40);
        let dbs = (0..settings.databases).map(|_| Db::new()).collect();
        let hz = settings.hz;
        let mut srv = Server {
            config,
            settings,
            config_file,
            executable,
            dbs,
            links: Slab::with_capacity(1024),
            stats: Stats {
                ops_sample_last: (now_ms, 0),
                ..Stats::default()
            },
            rng,
            run_id,
            start_ms: now_ms,
            next_client_id: 1,
            connected_clients: 0,
            shutdown: None,
            active_expire_enabled: true,
            lastsave: now_ms / 1000,
            cron_loops: 0,
            pending_writes: Vec::new(),
            pending_close: Vec::new(),
            hz_effective: hz,
            rebind_requested: false,
            dirty: 0,
            blocking_keys: HashMap::new(),
            ready_keys: Vec::new(),
            watched_keys: HashMap::new(),
            block_deadlines: Default::default(),
            blocked_clients: 0,
            reprocessing: None,
            ready_key: None,
            unblocked: Vec::new(),
            pubsub_channels: HashMap::new(),
            pubsub_patterns: Default::default(),
            pubsub_shard_channels: HashMap::new(),
            pubsub_shard_clients: HashMap::new(),
            evictor: Default::default(),
            pause: None,
            paused_clients: Vec::new(),
            command_cache: Vec::new(),
            cluster: None,
            repl: crate::replication::ReplState::new(random_hex(&mut rand::rng(), 40)),
            bus_port: 0,
            bus_keys: HashMap::new(),
            rdb_child: None,
            rdb: Default::default(),
            migrate_sockets: Default::default(),
        };
        srv.apply_lfu_mode();
        srv
    }

    /// Re-derive typed settings after CONFIG SET.
    pub fn refresh_settings(&mut self) {
        self.settings = Settings::from_config(&self.config);
        self.hz_effective = self.settings.hz;
        self.apply_lfu_mode();
        log::set_max_level(crate::logging::level_filter(self.config.str("loglevel")));
        if let Some(cluster) = self.cluster.as_mut() {
            let cfg = crate::cluster::core_config(&self.config, self.settings.port, self.bus_port);
            cluster.core.cfg = cfg;
            // The endpoint type or announced addresses may have changed what topology replies show.
            cluster.core.topology_version += 1;
        }
    }

    /// Databases count LFU accesses only under an LFU policy.
    fn apply_lfu_mode(&mut self) {
        let lfu = self.settings.maxmemory_policy.is_lfu().then_some(self.settings.lfu);
        for db in &mut self.dbs {
            db.lfu = lfu;
        }
    }

    /// The client at slab key `id`, if it is a client.
    pub fn client(&mut self, id: usize) -> Option<&mut Client> {
        match self.links.get_mut(id) {
            Some(Link::Client(c)) => Some(c),
            _ => None,
        }
    }

    /// Every client, by slab key.
    pub fn clients(&self) -> impl Iterator<Item = (usize, &Client)> {
        self.links.iter().filter_map(|(k, l)| match l {
            Link::Client(c) => Some((k, &**c)),
            _ => None,
        })
    }

    /// Total keys that expired (lazy and active).
    pub fn expired_keys(&self) -> u64 {
        self.stats.expired_keys_base + self.dbs.iter().map(|d| d.expired_keys).sum::<u64>()
    }

    /// Queue a client's pending output for the next write pass, closing it
    /// instead when its output breaks client-output-buffer-limit (normal or
    /// pub/sub class).
    pub fn queue_write(&mut self, id: usize, now: i64) {
        let (normal, pubsub) = (self.settings.obuf_normal, self.settings.obuf_pubsub);
        let shard_subscribed = !self.pubsub_shard_clients.is_empty() && self.pubsub_shard_clients.contains_key(&id);
        let Some(client) = self.client(id) else { return };
        let limit = if client.channels.is_empty() && client.patterns.is_empty() && !shard_subscribed {
            normal
        } else {
            pubsub
        };
        let pending = client.pending_output();
        if limit.exceeded(pending, &mut client.obuf_soft_since, now) {
            log::warn!(
                "Client {} scheduled to be closed ASAP for overcoming of output buffer limits.",
                client.info_line(now, None)
            );
            self.close_client_later(id);
            return;
        }
        if (pending > 0 || client.close_after_reply) && !client.write_queued {
            client.write_queued = true;
            self.pending_writes.push(id);
        }
    }

    /// Queue a client for closing before the next poll.
    pub fn close_client_later(&mut self, id: usize) {
        if let Some(c) = self.client(id)
            && !c.close_asap
        {
            c.close_asap = true;
            self.pending_close.push(id);
        }
    }
}

/// `n` random lower-case hex digits (run ids, node ids).
pub fn random_hex(rng: &mut impl rand::Rng, n: usize) -> String {
    use rand::RngExt;
    const HEX: &[u8] = b"0123456789abcdef";
    (0..n).map(|_| HEX[rng.random_range(0..16)] as char).collect()
}
