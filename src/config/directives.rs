//! The table of every configuration directive redis-server 7.0.15 accepts:
//! the `standardConfig configs[]` of Redis's config.c (with aliases), plus the
//! directives only understood in config files (`include`, `loadmodule`,
//! `user`, `rename-command`, `sentinel`, and the deprecated ones Redis
//! silently ignores). Parsing and validation live in `config/mod.rs`.

use std::collections::HashMap;
use std::sync::OnceLock;

/// How a directive's value is parsed and validated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `yes` or `no`.
    Bool,
    /// A plain integer (Redis `string2ll`), checked against the bounds.
    Int { min: i64, max: i64 },
    /// An integer with memory units (Redis `MEMORY_CONFIG`). The bounds and the
    /// stored value are `u64` bit patterns kept in an `i64`, compared unsigned
    /// ([`U64_MAX_BITS`] is `u64::MAX`).
    Memory { min: i64, max: i64 },
    /// Exactly one value from the list (case-insensitive).
    Enum(&'static [&'static str]),
    /// Several space separated values from the list (a multi-argument enum).
    Flags(&'static [&'static str]),
    /// A free string.
    Str,
    /// Validated by hand in `config/mod.rs`.
    Special,
}

/// One configuration directive.
#[derive(Debug)]
pub struct Directive {
    /// Canonical name.
    pub name: &'static str,
    /// Alternative name (e.g. `slaveof` for `replicaof`).
    pub alias: Option<&'static str>,
    pub kind: Kind,
    /// Value as CONFIG GET prints it on a fresh redis-server 7.0.15 started
    /// without a config file (`dir` is the working directory, shown as `./`).
    pub default: &'static str,
    /// False for Redis's `IMMUTABLE_CONFIG` (and config-file-only directives).
    pub mutable: bool,
    /// True when Gossamer implements the behaviour behind the directive.
    pub supported: bool,
    /// One line of meaning, used for redis.conf.example.
    pub doc: &'static str,
}

/// `u64::MAX` stored as an `i64` bit pattern, the upper bound of Redis's
/// `unsigned long long` memory configs.
pub const U64_MAX_BITS: i64 = -1;

const MUTABLE: bool = true;
const IMMUTABLE: bool = false;
const SUPPORTED: bool = true;
const UNSUPPORTED: bool = false;

const fn d(
    name: &'static str,
    alias: Option<&'static str>,
    kind: Kind,
    default: &'static str,
    mutable: bool,
    supported: bool,
    doc: &'static str,
) -> Directive {
    Directive {
        name,
        alias,
        kind,
        default,
        mutable,
        supported,
        doc,
    }
}

const SUPERVISED_MODE: &[&str] = &["upstart", "systemd", "auto", "no"];
const SYSLOG_FACILITY: &[&str] = &[
    "user", "local0", "local1", "local2", "local3", "local4", "local5", "local6", "local7",
];
const REPL_DISKLESS_LOAD: &[&str] = &["disabled", "on-empty-db", "swapdb"];
const LOGLEVEL: &[&str] = &["debug", "verbose", "notice", "warning"];
const MAXMEMORY_POLICY: &[&str] = &[
    "volatile-lru",
    "volatile-lfu",
    "volatile-random",
    "volatile-ttl",
    "allkeys-lru",
    "allkeys-lfu",
    "allkeys-random",
    "noeviction",
];
const AOF_FSYNC: &[&str] = &["everysec", "always", "no"];
const OOM_SCORE_ADJ: &[&str] = &["no", "yes", "relative", "absolute"];
const ACL_PUBSUB_DEFAULT: &[&str] = &["allchannels", "resetchannels"];
const SANITIZE_DUMP_PAYLOAD: &[&str] = &["no", "yes", "clients"];
const PROTECTED_ACTION: &[&str] = &["no", "yes", "local"];
const CLUSTER_PREFERRED_ENDPOINT_TYPE: &[&str] = &["ip", "hostname", "unknown-endpoint"];
/// `fast` first: the default (see src/cluster/failover.rs for the rules and why).
const CLUSTER_ELECTION_POLICY: &[&str] = &["fast", "redis"];
const PROPAGATION_ERROR_BEHAVIOR: &[&str] = &["ignore", "panic", "panic-on-replicas"];
const SHUTDOWN_ON_SIG: &[&str] = &["default", "save", "nosave", "now", "force"];
const TLS_AUTH_CLIENTS: &[&str] = &["no", "yes", "optional"];

/// Every directive redis-server 7.0.15 accepts, grouped like redis.conf.
pub static DIRECTIVES: &[Directive] = &[
    // INCLUDES AND MODULES
    d(
        "include",
        None,
        Kind::Special,
        "",
        IMMUTABLE,
        SUPPORTED,
        "Include one or more other config files (glob patterns allowed), read at this point.",
    ),
    d(
        "loadmodule",
        None,
        Kind::Special,
        "",
        IMMUTABLE,
        UNSUPPORTED,
        "Load a module at startup: loadmodule <path> [args...].",
    ),
    // NETWORK
    d(
        "bind",
        None,
        Kind::Special,
        "* -::*",
        MUTABLE,
        SUPPORTED,
        "Interfaces to listen on; '-' prefix makes an address optional, '*' means all IPv4, '::*' all IPv6.",
    ),
    d(
        "bind-source-addr",
        None,
        Kind::Str,
        "",
        MUTABLE,
        UNSUPPORTED,
        "Source address for outgoing connections (replication); empty means chosen by the OS.",
    ),
    d(
        "protected-mode",
        None,
        Kind::Bool,
        "yes",
        MUTABLE,
        SUPPORTED,
        "Refuse non-loopback clients when no password and no explicit bind are configured.",
    ),
    d(
        "enable-protected-configs",
        None,
        Kind::Enum(PROTECTED_ACTION),
        "no",
        IMMUTABLE,
        UNSUPPORTED,
        "Allow CONFIG SET of protected configs (dir, dbfilename): no, yes or local.",
    ),
    d(
        "enable-debug-command",
        None,
        Kind::Enum(PROTECTED_ACTION),
        "no",
        IMMUTABLE,
        SUPPORTED,
        "Allow the DEBUG command: no, yes or local (loopback clients only).",
    ),
    d(
        "enable-module-command",
        None,
        Kind::Enum(PROTECTED_ACTION),
        "no",
        IMMUTABLE,
        UNSUPPORTED,
        "Allow the MODULE command: no, yes or local (loopback clients only).",
    ),
    d(
        "port",
        None,
        Kind::Int { min: 0, max: 65535 },
        "6379",
        MUTABLE,
        SUPPORTED,
        "TCP port to accept connections on; 0 disables the TCP listener.",
    ),
    d(
        "tcp-backlog",
        None,
        Kind::Int {
            min: 0,
            max: i32::MAX as i64,
        },
        "511",
        IMMUTABLE,
        SUPPORTED,
        "Backlog of the listen() call for pending TCP connections.",
    ),
    d(
        "unixsocket",
        None,
        Kind::Str,
        "",
        IMMUTABLE,
        UNSUPPORTED,
        "Path of a Unix domain socket to listen on; empty disables it.",
    ),
    d(
        "unixsocketperm",
        None,
        Kind::Special,
        "0",
        IMMUTABLE,
        UNSUPPORTED,
        "Permissions (octal) of the Unix domain socket; 0 keeps the umask default.",
    ),
    d(
        "socket-mark-id",
        None,
        Kind::Int {
            min: 0,
            max: u32::MAX as i64,
        },
        "0",
        IMMUTABLE,
        UNSUPPORTED,
        "Mark (SO_MARK) applied to listening sockets for routing/firewall rules.",
    ),
    d(
        "timeout",
        None,
        Kind::Int {
            min: 0,
            max: i32::MAX as i64,
        },
        "0",
        MUTABLE,
        SUPPORTED,
        "Close a client connection after this many idle seconds; 0 disables.",
    ),
    d(
        "tcp-keepalive",
        None,
        Kind::Int {
            min: 0,
            max: i32::MAX as i64,
        },
        "300",
        MUTABLE,
        SUPPORTED,
        "Seconds between TCP keepalive probes sent to clients; 0 disables.",
    ),
    // TLS/SSL
    d(
        "tls-port",
        None,
        Kind::Int { min: 0, max: 65535 },
        "0",
        MUTABLE,
        UNSUPPORTED,
        "Port for TLS connections; 0 disables TLS listening.",
    ),
    d(
        "tls-cert-file",
        None,
        Kind::Str,
        "",
        MUTABLE,
        UNSUPPORTED,
        "X.509 certificate file used for TLS.",
    ),
    d(
        "tls-key-file",
        None,
        Kind::Str,
        "",
        MUTABLE,
        UNSUPPORTED,
        "Private key file matching tls-cert-file.",
    ),
    d(
        "tls-key-file-pass",
        None,
        Kind::Str,
        "",
        MUTABLE,
        UNSUPPORTED,
        "Passphrase of tls-key-file, if encrypted.",
    ),
    d(
        "tls-client-cert-file",
        None,
        Kind::Str,
        "",
        MUTABLE,
        UNSUPPORTED,
        "Certificate used when acting as a TLS client (replication, cluster bus).",
    ),
    d(
        "tls-client-key-file",
        None,
        Kind::Str,
        "",
        MUTABLE,
        UNSUPPORTED,
        "Private key matching tls-client-cert-file.",
    ),
    d(
        "tls-client-key-file-pass",
        None,
        Kind::Str,
        "",
        MUTABLE,
        UNSUPPORTED,
        "Passphrase of tls-client-key-file, if encrypted.",
    ),
    d(
        "tls-dh-params-file",
        None,
        Kind::Str,
        "",
        MUTABLE,
        UNSUPPORTED,
        "Diffie-Hellman parameters file for DH ciphers.",
    ),
    d(
        "tls-ca-cert-file",
        None,
        Kind::Str,
        "",
        MUTABLE,
        UNSUPPORTED,
        "CA certificate bundle used to authenticate peers.",
    ),
    d(
        "tls-ca-cert-dir",
        None,
        Kind::Str,
        "",
        MUTABLE,
        UNSUPPORTED,
        "Directory of CA certificates used to authenticate peers.",
    ),
    d(
        "tls-auth-clients",
        None,
        Kind::Enum(TLS_AUTH_CLIENTS),
        "yes",
        MUTABLE,
        UNSUPPORTED,
        "Require TLS client certificates: yes, no or optional.",
    ),
    d(
        "tls-replication",
        None,
        Kind::Bool,
        "no",
        MUTABLE,
        UNSUPPORTED,
        "Use TLS on replication links.",
    ),
    d(
        "tls-cluster",
        None,
        Kind::Bool,
        "no",
        MUTABLE,
        UNSUPPORTED,
        "Use TLS on the cluster bus.",
    ),
    d(
        "tls-protocols",
        None,
        Kind::Str,
        "",
        MUTABLE,
        UNSUPPORTED,
        "Allowed TLS protocol versions, e.g. \"TLSv1.2 TLSv1.3\"; empty means the default.",
    ),
    d(
        "tls-ciphers",
        None,
        Kind::Str,
        "",
        MUTABLE,
        UNSUPPORTED,
        "Allowed TLSv1.2 ciphers (OpenSSL cipher list).",
    ),
    d(
        "tls-ciphersuites",
        None,
        Kind::Str,
        "",
        MUTABLE,
        UNSUPPORTED,
        "Allowed TLSv1.3 ciphersuites.",
    ),
    d(
        "tls-prefer-server-ciphers",
        None,
        Kind::Bool,
        "no",
        MUTABLE,
        UNSUPPORTED,
        "Prefer the server's cipher order over the client's.",
    ),
    d(
        "tls-session-caching",
        None,
        Kind::Bool,
        "yes",
        MUTABLE,
        UNSUPPORTED,
        "Enable TLS session caching for faster reconnects.",
    ),
    d(
        "tls-session-cache-size",
        None,
        Kind::Int {
            min: 0,
            max: i32::MAX as i64,
        },
        "20480",
        MUTABLE,
        UNSUPPORTED,
        "Number of TLS sessions kept in the cache.",
    ),
    d(
        "tls-session-cache-timeout",
        None,
        Kind::Int {
            min: 0,
            max: i32::MAX as i64,
        },
        "300",
        MUTABLE,
        UNSUPPORTED,
        "Seconds a cached TLS session stays valid.",
    ),
    // GENERAL
    d(
        "daemonize",
        None,
        Kind::Bool,
        "no",
        IMMUTABLE,
        SUPPORTED,
        "Run in the background as a daemon.",
    ),
    d(
        "supervised",
        None,
        Kind::Enum(SUPERVISED_MODE),
        "no",
        IMMUTABLE,
        UNSUPPORTED,
        "Interact with a supervisor: no, upstart, systemd or auto.",
    ),
    d(
        "pidfile",
        None,
        Kind::Str,
        "",
        IMMUTABLE,
        SUPPORTED,
        "File the process id is written to; empty means none (unless daemonized).",
    ),
    d(
        "loglevel",
        None,
        Kind::Enum(LOGLEVEL),
        "notice",
        MUTABLE,
        SUPPORTED,
        "Log verbosity: debug, verbose, notice or warning.",
    ),
    d(
        "logfile",
        None,
        Kind::Str,
        "",
        IMMUTABLE,
        SUPPORTED,
        "Log file name; empty logs to standard output.",
    ),
    d(
        "syslog-enabled",
        None,
        Kind::Bool,
        "no",
        IMMUTABLE,
        SUPPORTED,
        "Also send log lines to the system logger.",
    ),
    d(
        "syslog-ident",
        None,
        Kind::Str,
        "redis",
        IMMUTABLE,
        SUPPORTED,
        "Identity used for syslog messages.",
    ),
    d(
        "syslog-facility",
        None,
        Kind::Enum(SYSLOG_FACILITY),
        "local0",
        IMMUTABLE,
        SUPPORTED,
        "Syslog facility: user or local0..local7.",
    ),
    d(
        "crash-log-enabled",
        None,
        Kind::Bool,
        "yes",
        MUTABLE,
        UNSUPPORTED,
        "Write a crash report to the log when the server crashes.",
    ),
    d(
        "crash-memcheck-enabled",
        None,
        Kind::Bool,
        "yes",
        MUTABLE,
        UNSUPPORTED,
        "Run a fast memory check as part of the crash report.",
    ),
    d(
        "databases",
        None,
        Kind::Int {
            min: 1,
            max: i32::MAX as i64,
        },
        "16",
        IMMUTABLE,
        SUPPORTED,
        "Number of logical databases (SELECT 0 .. databases-1).",
    ),
    d(
        "always-show-logo",
        None,
        Kind::Bool,
        "no",
        IMMUTABLE,
        SUPPORTED,
        "Show the ASCII logo in the startup log even when not on a terminal.",
    ),
    d(
        "set-proc-title",
        None,
        Kind::Bool,
        "yes",
        IMMUTABLE,
        SUPPORTED,
        "Change the process title shown by ps/top.",
    ),
    d(
        "proc-title-template",
        None,
        Kind::Str,
        "{title} {listen-addr} {server-mode}",
        MUTABLE,
        UNSUPPORTED,
        "Template for the process title ({title}, {listen-addr}, {server-mode}, {port}, {tls-port}, {unixsocket}, {config-file}).",
    ),
    d(
        "ignore-warnings",
        None,
        Kind::Str,
        "",
        MUTABLE,
        UNSUPPORTED,
        "Space separated list of startup warnings to suppress.",
    ),
    d(
        "use-exit-on-panic",
        None,
        Kind::Bool,
        "no",
        MUTABLE,
        UNSUPPORTED,
        "Hidden debug option: exit() instead of abort() on panic.",
    ),
    // SNAPSHOTTING
    d(
        "save",
        None,
        Kind::Special,
        "3600 1 300 100 60 10000",
        MUTABLE,
        SUPPORTED,
        "RDB save points as <seconds> <changes> pairs; an empty value disables snapshotting.",
    ),
    d(
        "stop-writes-on-bgsave-error",
        None,
        Kind::Bool,
        "yes",
        MUTABLE,
        SUPPORTED,
        "Refuse writes when the last background save failed.",
    ),
    d(
        "rdbcompression",
        None,
        Kind::Bool,
        "yes",
        MUTABLE,
        SUPPORTED,
        "Compress string values with LZF in RDB files.",
    ),
    d(
        "rdbchecksum",
        None,
        Kind::Bool,
        "yes",
        IMMUTABLE,
        SUPPORTED,
        "Append a CRC64 checksum to RDB files and verify it on load.",
    ),
    d(
        "sanitize-dump-payload",
        None,
        Kind::Enum(SANITIZE_DUMP_PAYLOAD),
        "no",
        MUTABLE,
        UNSUPPORTED,
        "Deep integrity check of RESTORE payloads and RDB loading: no, yes or clients.",
    ),
    d(
        "dbfilename",
        None,
        Kind::Str,
        "dump.rdb",
        MUTABLE,
        SUPPORTED,
        "File name of the RDB snapshot (inside dir).",
    ),
    d(
        "rdb-del-sync-files",
        None,
        Kind::Bool,
        "no",
        MUTABLE,
        UNSUPPORTED,
        "Delete RDB files used only for replication when persistence is off.",
    ),
    d(
        "dir",
        None,
        Kind::Special,
        "./",
        MUTABLE,
        SUPPORTED,
        "Working directory: RDB, AOF and cluster config files are written here.",
    ),
    d(
        "rdb-key-save-delay",
        None,
        Kind::Int {
            min: i32::MIN as i64,
            max: i32::MAX as i64,
        },
        "0",
        MUTABLE,
        UNSUPPORTED,
        "Hidden test option: microseconds to sleep per key while saving.",
    ),
    d(
        "key-load-delay",
        None,
        Kind::Int {
            min: i32::MIN as i64,
            max: i32::MAX as i64,
        },
        "0",
        MUTABLE,
        UNSUPPORTED,
        "Hidden test option: microseconds to sleep per key while loading.",
    ),
    d(
        "loading-process-events-interval-bytes",
        None,
        Kind::Int {
            min: 1024,
            max: i32::MAX as i64,
        },
        "2097152",
        MUTABLE,
        UNSUPPORTED,
        "Hidden option: bytes loaded between processing events while loading.",
    ),
    // REPLICATION
    d(
        "replicaof",
        Some("slaveof"),
        Kind::Special,
        "",
        IMMUTABLE,
        SUPPORTED,
        "Make this server a replica of <masterip> <masterport>.",
    ),
    d(
        "masterauth",
        None,
        Kind::Str,
        "",
        MUTABLE,
        SUPPORTED,
        "Password used to authenticate to the master.",
    ),
    d(
        "masteruser",
        None,
        Kind::Str,
        "",
        MUTABLE,
        SUPPORTED,
        "ACL user name used to authenticate to the master.",
    ),
    d(
        "replica-serve-stale-data",
        Some("slave-serve-stale-data"),
        Kind::Bool,
        "yes",
        MUTABLE,
        SUPPORTED,
        "Keep answering clients while the link with the master is down.",
    ),
    d(
        "replica-read-only",
        Some("slave-read-only"),
        Kind::Bool,
        "yes",
        MUTABLE,
        SUPPORTED,
        "Reject write commands on replicas.",
    ),
    d(
        "repl-diskless-sync",
        None,
        Kind::Bool,
        "yes",
        MUTABLE,
        SUPPORTED,
        "Stream the RDB to replicas through the socket instead of a disk file.",
    ),
    d(
        "repl-diskless-sync-delay",
        None,
        Kind::Int {
            min: 0,
            max: i32::MAX as i64,
        },
        "5",
        MUTABLE,
        SUPPORTED,
        "Seconds to wait for more replicas before starting a diskless transfer.",
    ),
    d(
        "repl-diskless-sync-max-replicas",
        None,
        Kind::Int {
            min: 0,
            max: i32::MAX as i64,
        },
        "0",
        MUTABLE,
        SUPPORTED,
        "Start a diskless transfer early once this many replicas wait; 0 disables.",
    ),
    d(
        "repl-diskless-load",
        None,
        Kind::Enum(REPL_DISKLESS_LOAD),
        "disabled",
        MUTABLE,
        // Accepted, no effect: our replicas always parse the payload in memory before flushing
        // the old data (see event_loop/master_link.rs).
        UNSUPPORTED,
        "Load the RDB from the socket on replicas: disabled, on-empty-db or swapdb.",
    ),
    d(
        "repl-ping-replica-period",
        Some("repl-ping-slave-period"),
        Kind::Int {
            min: 1,
            max: i32::MAX as i64,
        },
        "10",
        MUTABLE,
        SUPPORTED,
        "Seconds between PINGs sent by the master to its replicas.",
    ),
    d(
        "repl-timeout",
        None,
        Kind::Int {
            min: 1,
            max: i32::MAX as i64,
        },
        "60",
        MUTABLE,
        SUPPORTED,
        "Replication timeout in seconds.",
    ),
    d(
        "repl-disable-tcp-nodelay",
        None,
        Kind::Bool,
        "no",
        MUTABLE,
        UNSUPPORTED,
        "Disable TCP_NODELAY on the replication socket (less bandwidth, more lag).",
    ),
    d(
        "repl-backlog-size",
        None,
        Kind::Memory { min: 1, max: i64::MAX },
        "1048576",
        MUTABLE,
        SUPPORTED,
        "Size of the replication backlog used for partial resynchronization.",
    ),
    d(
        "repl-backlog-ttl",
        None,
        Kind::Int { min: 0, max: i64::MAX },
        "3600",
        MUTABLE,
        UNSUPPORTED,
        "Seconds without replicas after which the backlog is freed; 0 never frees it.",
    ),
    d(
        "replica-priority",
        Some("slave-priority"),
        Kind::Int {
            min: 0,
            max: i32::MAX as i64,
        },
        "100",
        MUTABLE,
        SUPPORTED,
        "Priority of this replica for promotion by Sentinel (lower wins, 0 never).",
    ),
    d(
        "propagation-error-behavior",
        None,
        Kind::Enum(PROPAGATION_ERROR_BEHAVIOR),
        "ignore",
        MUTABLE,
        UNSUPPORTED,
        "What a replica does when a propagated command fails: ignore, panic or panic-on-replicas.",
    ),
    d(
        "replica-ignore-disk-write-errors",
        None,
        Kind::Bool,
        "no",
        MUTABLE,
        SUPPORTED,
        "Keep replicating even when the replica cannot persist to disk.",
    ),
    d(
        "replica-announced",
        None,
        Kind::Bool,
        "yes",
        MUTABLE,
        UNSUPPORTED,
        "Let Sentinel announce this replica.",
    ),
    d(
        "min-replicas-to-write",
        Some("min-slaves-to-write"),
        Kind::Int {
            min: 0,
            max: i32::MAX as i64,
        },
        "0",
        MUTABLE,
        SUPPORTED,
        "Refuse writes unless at least this many replicas are connected; 0 disables.",
    ),
    d(
        "min-replicas-max-lag",
        Some("min-slaves-max-lag"),
        Kind::Int {
            min: 0,
            max: i32::MAX as i64,
        },
        "10",
        MUTABLE,
        SUPPORTED,
        "Maximum lag in seconds of a replica counted by min-replicas-to-write.",
    ),
    d(
        "replica-announce-ip",
        Some("slave-announce-ip"),
        Kind::Str,
        "",
        MUTABLE,
        UNSUPPORTED,
        "IP address a replica reports to its master.",
    ),
    d(
        "replica-announce-port",
        Some("slave-announce-port"),
        Kind::Int { min: 0, max: 65535 },
        "0",
        MUTABLE,
        UNSUPPORTED,
        "Port a replica reports to its master; 0 means the real port.",
    ),
    // KEYS TRACKING
    d(
        "tracking-table-max-keys",
        None,
        Kind::Int { min: 0, max: i64::MAX },
        "1000000",
        MUTABLE,
        UNSUPPORTED,
        "Maximum number of keys in the client side caching invalidation table; 0 is unlimited.",
    ),
    // SECURITY
    d(
        "user",
        None,
        Kind::Special,
        "",
        IMMUTABLE,
        UNSUPPORTED,
        "Define an ACL user: user <name> [rules...].",
    ),
    d(
        "acllog-max-len",
        None,
        Kind::Int { min: 0, max: i64::MAX },
        "128",
        MUTABLE,
        UNSUPPORTED,
        "Maximum number of entries in the ACL LOG.",
    ),
    d(
        "aclfile",
        None,
        Kind::Str,
        "",
        IMMUTABLE,
        UNSUPPORTED,
        "External ACL file; cannot be combined with user directives.",
    ),
    d(
        "requirepass",
        None,
        Kind::Str,
        "",
        MUTABLE,
        SUPPORTED,
        "Password of the default user; empty means no password.",
    ),
    d(
        "acl-pubsub-default",
        None,
        Kind::Enum(ACL_PUBSUB_DEFAULT),
        "resetchannels",
        MUTABLE,
        UNSUPPORTED,
        "Default Pub/Sub permission of new users: resetchannels or allchannels.",
    ),
    d(
        "rename-command",
        None,
        Kind::Special,
        "",
        IMMUTABLE,
        UNSUPPORTED,
        "Rename a command, or disable it with an empty new name: rename-command <name> <newname>.",
    ),
    // CLIENTS
    d(
        "maxclients",
        None,
        Kind::Int {
            min: 1,
            max: u32::MAX as i64,
        },
        "10000",
        MUTABLE,
        SUPPORTED,
        "Maximum number of simultaneously connected clients.",
    ),
    // MEMORY MANAGEMENT
    d(
        "maxmemory",
        None,
        Kind::Memory {
            min: 0,
            max: U64_MAX_BITS,
        },
        "0",
        MUTABLE,
        SUPPORTED,
        "Memory limit in bytes; 0 means no limit.",
    ),
    d(
        "maxmemory-policy",
        None,
        Kind::Enum(MAXMEMORY_POLICY),
        "noeviction",
        MUTABLE,
        SUPPORTED,
        "What to evict when maxmemory is reached.",
    ),
    d(
        "maxmemory-samples",
        None,
        Kind::Int {
            min: 1,
            max: i32::MAX as i64,
        },
        "5",
        MUTABLE,
        SUPPORTED,
        "Number of keys sampled by the approximated LRU/LFU/TTL eviction.",
    ),
    d(
        "maxmemory-eviction-tenacity",
        None,
        Kind::Int { min: 0, max: 100 },
        "10",
        MUTABLE,
        UNSUPPORTED,
        "Effort spent evicting per command (0-100).",
    ),
    d(
        "replica-ignore-maxmemory",
        Some("slave-ignore-maxmemory"),
        Kind::Bool,
        "yes",
        MUTABLE,
        UNSUPPORTED,
        "Replicas ignore maxmemory and let the master evict.",
    ),
    d(
        "active-expire-effort",
        None,
        Kind::Int { min: 1, max: 10 },
        "1",
        MUTABLE,
        SUPPORTED,
        "Effort of the active expire cycle (1-10).",
    ),
    d(
        "maxmemory-clients",
        None,
        Kind::Special,
        "0",
        MUTABLE,
        UNSUPPORTED,
        "Memory limit for all clients together, in bytes or as a percentage of maxmemory; 0 disables.",
    ),
    // LAZY FREEING
    d(
        "lazyfree-lazy-eviction",
        None,
        Kind::Bool,
        "no",
        MUTABLE,
        SUPPORTED,
        "Free evicted keys in a background thread.",
    ),
    d(
        "lazyfree-lazy-expire",
        None,
        Kind::Bool,
        "no",
        MUTABLE,
        SUPPORTED,
        "Free expired keys in a background thread.",
    ),
    d(
        "lazyfree-lazy-server-del",
        None,
        Kind::Bool,
        "no",
        MUTABLE,
        SUPPORTED,
        "Free keys deleted implicitly (e.g. overwritten by RENAME) in the background.",
    ),
    d(
        "replica-lazy-flush",
        Some("slave-lazy-flush"),
        Kind::Bool,
        "no",
        MUTABLE,
        UNSUPPORTED,
        "Flush the old data set asynchronously when a replica resynchronizes.",
    ),
    d(
        "lazyfree-lazy-user-del",
        None,
        Kind::Bool,
        "no",
        MUTABLE,
        SUPPORTED,
        "Make DEL behave like UNLINK.",
    ),
    d(
        "lazyfree-lazy-user-flush",
        None,
        Kind::Bool,
        "no",
        MUTABLE,
        SUPPORTED,
        "Make FLUSHDB/FLUSHALL/SCRIPT FLUSH/FUNCTION FLUSH asynchronous by default.",
    ),
    // THREADED I/O
    d(
        "io-threads",
        None,
        Kind::Int { min: 1, max: 128 },
        "1",
        IMMUTABLE,
        SUPPORTED,
        "Number of I/O threads (Gossamer always runs one).",
    ),
    d(
        "io-threads-do-reads",
        None,
        Kind::Bool,
        "no",
        IMMUTABLE,
        UNSUPPORTED,
        "Also use I/O threads for reading and parsing.",
    ),
    // KERNEL OOM CONTROL
    d(
        "oom-score-adj",
        None,
        Kind::Enum(OOM_SCORE_ADJ),
        "no",
        MUTABLE,
        UNSUPPORTED,
        "Control the kernel OOM killer score: no, yes, relative or absolute.",
    ),
    d(
        "oom-score-adj-values",
        None,
        Kind::Special,
        "0 200 800",
        MUTABLE,
        UNSUPPORTED,
        "OOM score adjustments for master, replica and background child.",
    ),
    // KERNEL TRANSPARENT HUGEPAGE CONTROL
    d(
        "disable-thp",
        None,
        Kind::Bool,
        "yes",
        IMMUTABLE,
        UNSUPPORTED,
        "Disable transparent huge pages for the process.",
    ),
    // APPEND ONLY MODE
    d(
        "appendonly",
        None,
        Kind::Bool,
        "no",
        MUTABLE,
        SUPPORTED,
        "Enable the append only file for durability.",
    ),
    d(
        "appendfilename",
        None,
        Kind::Str,
        "appendonly.aof",
        IMMUTABLE,
        UNSUPPORTED,
        "Base name of the append only files.",
    ),
    d(
        "appenddirname",
        None,
        Kind::Str,
        "appendonlydir",
        IMMUTABLE,
        UNSUPPORTED,
        "Directory (inside dir) holding the append only files.",
    ),
    d(
        "appendfsync",
        None,
        Kind::Enum(AOF_FSYNC),
        "everysec",
        MUTABLE,
        UNSUPPORTED,
        "When to fsync the AOF: always, everysec or no.",
    ),
    d(
        "no-appendfsync-on-rewrite",
        None,
        Kind::Bool,
        "no",
        MUTABLE,
        UNSUPPORTED,
        "Skip fsync while a background save or rewrite is running.",
    ),
    d(
        "auto-aof-rewrite-percentage",
        None,
        Kind::Int {
            min: 0,
            max: i32::MAX as i64,
        },
        "100",
        MUTABLE,
        UNSUPPORTED,
        "Rewrite the AOF when it grew by this percentage; 0 disables.",
    ),
    d(
        "auto-aof-rewrite-min-size",
        None,
        Kind::Memory { min: 0, max: i64::MAX },
        "67108864",
        MUTABLE,
        UNSUPPORTED,
        "Minimum AOF size before an automatic rewrite.",
    ),
    d(
        "aof-load-truncated",
        None,
        Kind::Bool,
        "yes",
        MUTABLE,
        UNSUPPORTED,
        "Load a truncated AOF instead of refusing to start.",
    ),
    d(
        "aof-use-rdb-preamble",
        None,
        Kind::Bool,
        "yes",
        MUTABLE,
        UNSUPPORTED,
        "Start rewritten AOFs with an RDB preamble.",
    ),
    d(
        "aof-timestamp-enabled",
        None,
        Kind::Bool,
        "no",
        MUTABLE,
        UNSUPPORTED,
        "Record timestamp annotations in the AOF.",
    ),
    d(
        "aof-disable-auto-gc",
        None,
        Kind::Bool,
        "no",
        MUTABLE,
        UNSUPPORTED,
        "Keep history AOF files instead of deleting them automatically.",
    ),
    d(
        "aof-rewrite-incremental-fsync",
        None,
        Kind::Bool,
        "yes",
        MUTABLE,
        UNSUPPORTED,
        "fsync the rewritten AOF every 4 MB while writing.",
    ),
    // SHUTDOWN
    d(
        "shutdown-timeout",
        None,
        Kind::Int {
            min: 0,
            max: i32::MAX as i64,
        },
        "10",
        MUTABLE,
        UNSUPPORTED,
        "Seconds to wait for replicas to catch up on shutdown.",
    ),
    d(
        "shutdown-on-sigint",
        None,
        Kind::Flags(SHUTDOWN_ON_SIG),
        "default",
        MUTABLE,
        UNSUPPORTED,
        "Shutdown flags on SIGINT: default, or any of save, nosave, now, force.",
    ),
    d(
        "shutdown-on-sigterm",
        None,
        Kind::Flags(SHUTDOWN_ON_SIG),
        "default",
        MUTABLE,
        UNSUPPORTED,
        "Shutdown flags on SIGTERM: default, or any of save, nosave, now, force.",
    ),
    // LONG BLOCKING COMMANDS
    d(
        "busy-reply-threshold",
        Some("lua-time-limit"),
        Kind::Int { min: 0, max: i64::MAX },
        "5000",
        MUTABLE,
        UNSUPPORTED,
        "Milliseconds a script or module command may run before others get BUSY errors.",
    ),
    // REDIS CLUSTER
    d(
        "cluster-enabled",
        None,
        Kind::Bool,
        "no",
        IMMUTABLE,
        SUPPORTED,
        "Run as a Redis Cluster node.",
    ),
    d(
        "cluster-config-file",
        None,
        Kind::Str,
        "nodes.conf",
        IMMUTABLE,
        SUPPORTED,
        "Cluster state file maintained by the node itself.",
    ),
    d(
        "cluster-node-timeout",
        None,
        Kind::Int { min: 0, max: i64::MAX },
        "15000",
        MUTABLE,
        SUPPORTED,
        "Milliseconds a node may be unreachable before it is considered failing.",
    ),
    d(
        "cluster-port",
        None,
        Kind::Int { min: 0, max: 65535 },
        "0",
        IMMUTABLE,
        SUPPORTED,
        "Cluster bus port; 0 means port + 10000.",
    ),
    d(
        "cluster-replica-validity-factor",
        Some("cluster-slave-validity-factor"),
        Kind::Int {
            min: 0,
            max: i32::MAX as i64,
        },
        "10",
        MUTABLE,
        SUPPORTED,
        "Replicas disconnected longer than factor * node-timeout do not fail over; 0 always can.",
    ),
    d(
        "cluster-migration-barrier",
        None,
        Kind::Int {
            min: 0,
            max: i32::MAX as i64,
        },
        "1",
        MUTABLE,
        SUPPORTED,
        "Replicas a master must keep before one may migrate to an orphaned master.",
    ),
    d(
        "cluster-allow-replica-migration",
        None,
        Kind::Bool,
        "yes",
        MUTABLE,
        SUPPORTED,
        "Allow replicas to migrate to orphaned masters.",
    ),
    d(
        "cluster-require-full-coverage",
        None,
        Kind::Bool,
        "yes",
        MUTABLE,
        SUPPORTED,
        "Stop accepting queries when some hash slots are not covered.",
    ),
    d(
        "cluster-replica-no-failover",
        Some("cluster-slave-no-failover"),
        Kind::Bool,
        "no",
        MUTABLE,
        SUPPORTED,
        "Never fail over this replica automatically.",
    ),
    d(
        "cluster-election-policy",
        None,
        Kind::Enum(CLUSTER_ELECTION_POLICY),
        "fast",
        MUTABLE,
        SUPPORTED,
        "Gossamer only: replica election delay, fast (Valkey's, node-timeout relative) or redis.",
    ),
    d(
        "cluster-allow-reads-when-down",
        None,
        Kind::Bool,
        "no",
        MUTABLE,
        SUPPORTED,
        "Serve reads while the cluster is marked down.",
    ),
    d(
        "cluster-allow-pubsubshard-when-down",
        None,
        Kind::Bool,
        "yes",
        MUTABLE,
        UNSUPPORTED,
        "Serve sharded Pub/Sub while the cluster is marked down.",
    ),
    d(
        "cluster-link-sendbuf-limit",
        None,
        Kind::Memory {
            min: 0,
            max: U64_MAX_BITS,
        },
        "0",
        MUTABLE,
        SUPPORTED,
        "Memory limit of each cluster bus link send buffer; 0 is unlimited.",
    ),
    d(
        "cluster-announce-hostname",
        None,
        Kind::Str,
        "",
        MUTABLE,
        SUPPORTED,
        "Hostname announced to other nodes and clients.",
    ),
    d(
        "cluster-preferred-endpoint-type",
        None,
        Kind::Enum(CLUSTER_PREFERRED_ENDPOINT_TYPE),
        "ip",
        MUTABLE,
        SUPPORTED,
        "Endpoint advertised to clients: ip, hostname or unknown-endpoint.",
    ),
    d(
        "cluster-announce-ip",
        None,
        Kind::Str,
        "",
        MUTABLE,
        SUPPORTED,
        "IP address announced to other cluster nodes.",
    ),
    d(
        "cluster-announce-port",
        None,
        Kind::Int { min: 0, max: 65535 },
        "0",
        MUTABLE,
        SUPPORTED,
        "Client port announced to other cluster nodes; 0 means the real port.",
    ),
    d(
        "cluster-announce-tls-port",
        None,
        Kind::Int { min: 0, max: 65535 },
        "0",
        MUTABLE,
        SUPPORTED,
        "TLS port announced to other cluster nodes; 0 means the real one.",
    ),
    d(
        "cluster-announce-bus-port",
        None,
        Kind::Int { min: 0, max: 65535 },
        "0",
        MUTABLE,
        SUPPORTED,
        "Cluster bus port announced to other nodes; 0 means the real one.",
    ),
    // SLOW LOG
    d(
        "slowlog-log-slower-than",
        None,
        Kind::Int { min: -1, max: i64::MAX },
        "10000",
        MUTABLE,
        UNSUPPORTED,
        "Log commands slower than this many microseconds; -1 disables, 0 logs all.",
    ),
    d(
        "slowlog-max-len",
        None,
        Kind::Int { min: 0, max: i64::MAX },
        "128",
        MUTABLE,
        UNSUPPORTED,
        "Maximum number of entries kept in the slow log.",
    ),
    // LATENCY MONITOR
    d(
        "latency-monitor-threshold",
        None,
        Kind::Int { min: 0, max: i64::MAX },
        "0",
        MUTABLE,
        UNSUPPORTED,
        "Record latency events above this many milliseconds; 0 disables.",
    ),
    d(
        "latency-tracking",
        None,
        Kind::Bool,
        "yes",
        MUTABLE,
        UNSUPPORTED,
        "Track per command latency percentiles.",
    ),
    d(
        "latency-tracking-info-percentiles",
        None,
        Kind::Special,
        "50 99 99.9",
        MUTABLE,
        UNSUPPORTED,
        "Percentiles reported by INFO latencystats.",
    ),
    // EVENT NOTIFICATION
    d(
        "notify-keyspace-events",
        None,
        Kind::Special,
        "",
        MUTABLE,
        UNSUPPORTED,
        "Keyspace notification classes (combination of K E g $ l s h z x e t m d n A).",
    ),
    // ADVANCED CONFIG
    d(
        "hash-max-listpack-entries",
        Some("hash-max-ziplist-entries"),
        Kind::Int { min: 0, max: i64::MAX },
        "512",
        MUTABLE,
        SUPPORTED,
        "Hashes with at most this many fields use the compact listpack encoding.",
    ),
    d(
        "hash-max-listpack-value",
        Some("hash-max-ziplist-value"),
        Kind::Memory { min: 0, max: i64::MAX },
        "64",
        MUTABLE,
        SUPPORTED,
        "Hashes with values at most this long use the compact listpack encoding.",
    ),
    d(
        "list-max-listpack-size",
        Some("list-max-ziplist-size"),
        Kind::Int {
            min: i32::MIN as i64,
            max: i32::MAX as i64,
        },
        "-2",
        MUTABLE,
        SUPPORTED,
        "Size of each quicklist node: positive = entries, -1..-5 = 4..64 KB.",
    ),
    d(
        "list-compress-depth",
        None,
        Kind::Int {
            min: 0,
            max: i32::MAX as i64,
        },
        "0",
        MUTABLE,
        UNSUPPORTED,
        "Number of quicklist nodes at each end left uncompressed; 0 disables compression.",
    ),
    d(
        "set-max-intset-entries",
        None,
        Kind::Int { min: 0, max: i64::MAX },
        "512",
        MUTABLE,
        SUPPORTED,
        "Integer-only sets with at most this many members use the intset encoding.",
    ),
    d(
        "zset-max-listpack-entries",
        Some("zset-max-ziplist-entries"),
        Kind::Int { min: 0, max: i64::MAX },
        "128",
        MUTABLE,
        SUPPORTED,
        "Sorted sets with at most this many members use the compact listpack encoding.",
    ),
    d(
        "zset-max-listpack-value",
        Some("zset-max-ziplist-value"),
        Kind::Memory { min: 0, max: i64::MAX },
        "64",
        MUTABLE,
        SUPPORTED,
        "Sorted sets with members at most this long use the compact listpack encoding.",
    ),
    d(
        "hll-sparse-max-bytes",
        None,
        Kind::Memory { min: 0, max: i64::MAX },
        "3000",
        MUTABLE,
        UNSUPPORTED,
        "HyperLogLog sparse representation limit in bytes.",
    ),
    d(
        "stream-node-max-bytes",
        None,
        Kind::Memory { min: 0, max: i64::MAX },
        "4096",
        MUTABLE,
        SUPPORTED,
        "Maximum bytes of a stream radix tree node; 0 is unlimited.",
    ),
    d(
        "stream-node-max-entries",
        None,
        Kind::Int { min: 0, max: i64::MAX },
        "100",
        MUTABLE,
        SUPPORTED,
        "Maximum entries of a stream radix tree node; 0 is unlimited.",
    ),
    d(
        "activerehashing",
        None,
        Kind::Bool,
        "yes",
        MUTABLE,
        UNSUPPORTED,
        "Spend CPU time rehashing the main dictionaries incrementally.",
    ),
    d(
        "client-output-buffer-limit",
        None,
        Kind::Special,
        "normal 0 0 0 slave 268435456 67108864 60 pubsub 33554432 8388608 60",
        MUTABLE,
        SUPPORTED,
        "Output buffer limits per class: <class> <hard> <soft> <soft-seconds> (classes normal, replica, pubsub).",
    ),
    d(
        "client-query-buffer-limit",
        None,
        Kind::Memory {
            min: 1024 * 1024,
            max: i64::MAX,
        },
        "1073741824",
        MUTABLE,
        SUPPORTED,
        "Maximum size of a single client query buffer.",
    ),
    d(
        "proto-max-bulk-len",
        None,
        Kind::Memory {
            min: 1024 * 1024,
            max: i64::MAX,
        },
        "536870912",
        MUTABLE,
        SUPPORTED,
        "Maximum size of a single bulk string in a request.",
    ),
    d(
        "hz",
        None,
        Kind::Int {
            min: 0,
            max: i32::MAX as i64,
        },
        "10",
        MUTABLE,
        SUPPORTED,
        "Frequency of background tasks per second (1-500).",
    ),
    d(
        "dynamic-hz",
        None,
        Kind::Bool,
        "yes",
        MUTABLE,
        SUPPORTED,
        "Raise hz temporarily when many clients are connected.",
    ),
    d(
        "rdb-save-incremental-fsync",
        None,
        Kind::Bool,
        "yes",
        MUTABLE,
        UNSUPPORTED,
        "fsync the RDB file every 4 MB while saving.",
    ),
    d(
        "lfu-log-factor",
        None,
        Kind::Int {
            min: 0,
            max: i32::MAX as i64,
        },
        "10",
        MUTABLE,
        UNSUPPORTED,
        "Logarithmic factor of the LFU access counter.",
    ),
    d(
        "lfu-decay-time",
        None,
        Kind::Int {
            min: 0,
            max: i32::MAX as i64,
        },
        "1",
        MUTABLE,
        UNSUPPORTED,
        "Minutes after which the LFU counter is decremented.",
    ),
    d(
        "jemalloc-bg-thread",
        None,
        Kind::Bool,
        "yes",
        MUTABLE,
        UNSUPPORTED,
        "Let jemalloc purge memory from a background thread.",
    ),
    d(
        "server_cpulist",
        None,
        Kind::Str,
        "",
        IMMUTABLE,
        UNSUPPORTED,
        "CPU affinity list for the main and I/O threads.",
    ),
    d(
        "bio_cpulist",
        None,
        Kind::Str,
        "",
        IMMUTABLE,
        UNSUPPORTED,
        "CPU affinity list for background I/O threads.",
    ),
    d(
        "aof_rewrite_cpulist",
        None,
        Kind::Str,
        "",
        IMMUTABLE,
        UNSUPPORTED,
        "CPU affinity list for the AOF rewrite child.",
    ),
    d(
        "bgsave_cpulist",
        None,
        Kind::Str,
        "",
        IMMUTABLE,
        UNSUPPORTED,
        "CPU affinity list for the background save child.",
    ),
    d(
        "watchdog-period",
        None,
        Kind::Int {
            min: 0,
            max: i32::MAX as i64,
        },
        "0",
        MUTABLE,
        UNSUPPORTED,
        "Hidden debug option: software watchdog period in milliseconds; 0 disables.",
    ),
    // ACTIVE DEFRAGMENTATION
    d(
        "activedefrag",
        None,
        Kind::Bool,
        "no",
        MUTABLE,
        UNSUPPORTED,
        "Enable active memory defragmentation (needs Redis' bundled jemalloc).",
    ),
    d(
        "active-defrag-ignore-bytes",
        None,
        Kind::Memory { min: 1, max: i64::MAX },
        "104857600",
        MUTABLE,
        UNSUPPORTED,
        "Minimum fragmentation waste before defragmentation starts.",
    ),
    d(
        "active-defrag-threshold-lower",
        None,
        Kind::Int { min: 0, max: 1000 },
        "10",
        MUTABLE,
        UNSUPPORTED,
        "Minimum fragmentation percentage before defragmentation starts.",
    ),
    d(
        "active-defrag-threshold-upper",
        None,
        Kind::Int { min: 0, max: 1000 },
        "100",
        MUTABLE,
        UNSUPPORTED,
        "Fragmentation percentage at which maximum effort is used.",
    ),
    d(
        "active-defrag-cycle-min",
        None,
        Kind::Int { min: 1, max: 99 },
        "1",
        MUTABLE,
        UNSUPPORTED,
        "Minimal CPU effort percentage of defragmentation.",
    ),
    d(
        "active-defrag-cycle-max",
        None,
        Kind::Int { min: 1, max: 99 },
        "25",
        MUTABLE,
        UNSUPPORTED,
        "Maximal CPU effort percentage of defragmentation.",
    ),
    d(
        "active-defrag-max-scan-fields",
        None,
        Kind::Int { min: 1, max: i64::MAX },
        "1000",
        MUTABLE,
        UNSUPPORTED,
        "Big keys with more fields than this are defragmented incrementally.",
    ),
    // SENTINEL AND DEPRECATED
    d(
        "sentinel",
        None,
        Kind::Special,
        "",
        IMMUTABLE,
        UNSUPPORTED,
        "Sentinel configuration; only valid when running in sentinel mode.",
    ),
    d(
        "list-max-ziplist-entries",
        None,
        Kind::Special,
        "",
        IMMUTABLE,
        SUPPORTED,
        "Deprecated: accepted and ignored, as by Redis 7.0.",
    ),
    d(
        "list-max-ziplist-value",
        None,
        Kind::Special,
        "",
        IMMUTABLE,
        SUPPORTED,
        "Deprecated: accepted and ignored, as by Redis 7.0.",
    ),
    d(
        "lua-replicate-commands",
        None,
        Kind::Special,
        "",
        IMMUTABLE,
        SUPPORTED,
        "Deprecated: accepted and ignored, as by Redis 7.0.",
    ),
];

const HIDDEN: &[&str] = &[
    "use-exit-on-panic",
    "rdb-key-save-delay",
    "key-load-delay",
    "watchdog-period",
    "loading-process-events-interval-bytes",
    "cluster-election-policy",
];
/// Gossamer's own directives, unknown to redis-server 7.0.15. They are also [`HIDDEN`], so
/// `CONFIG GET *` answers exactly what Redis answers; naming one works (CONFIG GET/SET, config
/// file, `--name value`).
const EXTENSIONS: &[&str] = &["cluster-election-policy"];
const SENSITIVE: &[&str] = &["masteruser", "masterauth", "requirepass"];
const PROTECTED: &[&str] = &["dbfilename", "dir"];
const DENY_LOADING: &[&str] = &["appendonly", "repl-diskless-load", "dir"];
const MULTI_ARG: &[&str] = &[
    "shutdown-on-sigint",
    "shutdown-on-sigterm",
    "save",
    "client-output-buffer-limit",
    "oom-score-adj-values",
    "bind",
    "replicaof",
    "latency-tracking-info-percentiles",
];
const FILE_ONLY: &[&str] = &[
    "include",
    "loadmodule",
    "user",
    "rename-command",
    "sentinel",
    "list-max-ziplist-entries",
    "list-max-ziplist-value",
    "lua-replicate-commands",
];

impl Directive {
    /// Hidden configs only show up in CONFIG GET when named exactly.
    pub fn is_hidden(&self) -> bool {
        HIDDEN.contains(&self.name)
    }

    /// A Gossamer directive that redis-server 7.0.15 does not have.
    pub fn is_extension(&self) -> bool {
        EXTENSIONS.contains(&self.name)
    }

    /// Values that must be redacted from SLOWLOG, MONITOR, etc.
    pub fn is_sensitive(&self) -> bool {
        SENSITIVE.contains(&self.name)
    }

    /// CONFIG SET needs `enable-protected-configs` (Redis `PROTECTED_CONFIG`).
    pub fn is_protected(&self) -> bool {
        PROTECTED.contains(&self.name)
    }

    /// CONFIG SET is refused with -LOADING while a dataset is being loaded.
    pub fn is_deny_loading(&self) -> bool {
        DENY_LOADING.contains(&self.name)
    }

    /// Takes several arguments (Redis `MULTI_ARG_CONFIG`).
    pub fn is_multi_arg(&self) -> bool {
        MULTI_ARG.contains(&self.name)
    }

    /// Only meaningful in config files: unknown to CONFIG GET/SET.
    pub fn is_file_only(&self) -> bool {
        FILE_ONLY.contains(&self.name)
    }
}

/// Index of every CONFIG GET/SET name (canonical and alias, lowercase) into
/// [`DIRECTIVES`].
fn index() -> &'static HashMap<&'static str, usize> {
    static INDEX: OnceLock<HashMap<&'static str, usize>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map = HashMap::new();
        for (i, d) in DIRECTIVES.iter().enumerate() {
            if d.is_file_only() {
                continue;
            }
            map.insert(d.name, i);
            if let Some(alias) = d.alias {
                map.insert(alias, i);
            }
        }
        map
    })
}

/// Looks up a CONFIG GET/SET name (canonical or alias, case-insensitive).
/// Config-file-only directives are not found. Returns the position in
/// [`DIRECTIVES`].
pub fn position(name: &str) -> Option<usize> {
    let map = index();
    map.get(name)
        .or_else(|| map.get(name.to_ascii_lowercase().as_str()))
        .copied()
}

/// Looks up a CONFIG GET/SET name (canonical or alias, case-insensitive).
pub fn find(name: &str) -> Option<&'static Directive> {
    position(name).map(|i| &DIRECTIVES[i])
}

/// Looks up any directive, including config-file-only ones, by canonical name.
pub fn find_any(name: &str) -> Option<&'static Directive> {
    find(name).or_else(|| DIRECTIVES.iter().find(|d| d.name.eq_ignore_ascii_case(name)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_lowercase() {
        let mut seen = std::collections::HashSet::new();
        for d in DIRECTIVES {
            for n in std::iter::once(d.name).chain(d.alias) {
                assert!(seen.insert(n), "duplicate {n}");
                assert_eq!(n, n.to_ascii_lowercase());
            }
        }
    }

    #[test]
    fn lookup() {
        assert_eq!(find("slaveof").map(|d| d.name), Some("replicaof"));
        assert_eq!(find("MaxMemory").map(|d| d.name), Some("maxmemory"));
        assert!(find("include").is_none());
        assert_eq!(find_any("include").map(|d| d.name), Some("include"));
        assert!(find("nope").is_none());
    }

    #[test]
    fn flag_lists_name_real_directives() {
        for list in [
            HIDDEN,
            EXTENSIONS,
            SENSITIVE,
            PROTECTED,
            DENY_LOADING,
            MULTI_ARG,
            FILE_ONLY,
        ] {
            for n in list {
                assert!(find_any(n).is_some(), "{n}");
            }
        }
    }

    #[test]
    fn counts_match_redis() {
        // 178 standard configs plus 8 config-file-only directives, plus Gossamer's own.
        assert_eq!(DIRECTIVES.len() - EXTENSIONS.len(), 186);
        let aliases = DIRECTIVES.iter().filter(|d| d.alias.is_some()).count();
        assert_eq!(aliases, 19);
    }
}
