//! Command dispatch: lookup in the command table, Redis 7.0's checks in
//! processCommand's order (existence, arity, protected commands, auth), the
//! call, and per-command bookkeeping. One module per command family.

pub mod client_cmd;
pub mod cluster;
pub mod command_cmd;
pub mod config_cmd;
pub mod connection;
pub mod debug;
pub mod dump;
pub mod functions;
pub mod hashes;
pub mod info;
pub mod key_specs;
pub mod keys;
pub mod lists;
pub mod migrate;
pub mod multi;
pub mod pubsub;
pub mod server_cmds;
pub mod sets;
pub mod streams;
pub mod strings;
pub mod table;
pub mod zsets;

use std::sync::OnceLock;

use crate::client::Client;
use crate::db::Db;
use crate::resp::Reply;
use crate::resp::parse::Args;
use crate::server::{Protection, Server};
use table::{COMMANDS, CommandInfo};

/// Everything a command handler may touch.
pub struct Ctx<'a> {
    pub srv: &'a mut Server,
    /// Slab key of the calling client.
    pub id: usize,
    pub reply: &'a mut Reply,
    /// Time of this call, ms since the epoch.
    pub now: i64,
    /// The command (or subcommand) being run.
    pub cmd: &'static CommandInfo,
    /// Its arguments (also passed to the handler).
    pub args: Args<'a>,
}

/// What a blocked client receives when its timeout passes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeoutReply {
    /// Null array (`*-1` in RESP2): BLPOP, BZPOPMIN, BLMPOP, XREAD...
    NullArray,
    /// Null bulk (`$-1` in RESP2): BLMOVE, BRPOPLPUSH.
    Null,
}

impl Ctx<'_> {
    /// Record that `key` was changed (value, TTL or deletion), as Redis's
    /// signalModifiedKey + server.dirty++: invalidates WATCH, wakes clients
    /// blocked on the key, counts the change. Call it once per modified key
    /// after every successful modification.
    pub fn key_modified(&mut self, key: &[u8]) {
        self.srv.dirty += 1;
        let db = self.client().db;
        crate::blocking::signal_key(self.srv, db, key);
        crate::commands::multi::touch_watched_key(self.srv, db, key);
    }

    /// True when a blocking command may block now (false inside MULTI/EXEC,
    /// where blocking commands answer at once as if the timeout passed).
    pub fn may_block(&mut self) -> bool {
        let client = self.client();
        // The master link must never block: the replica would stop applying the stream.
        client.multi.is_none() && !client.in_exec && !client.is_master
    }

    /// Block the calling client on `keys` until one of them is modified (the
    /// whole command is then run again) or until `timeout_ms` passes (0 means
    /// forever); on timeout it gets `on_timeout`. The handler must not reply
    /// when it blocks.
    pub fn block(&mut self, keys: &[&[u8]], timeout_ms: i64, on_timeout: TimeoutReply) {
        crate::blocking::block_client(self, keys, timeout_ms, on_timeout);
    }

    /// Like [`Ctx::block`], with the command to run again given explicitly
    /// (XREAD stores `$` resolved to the id it meant when the client blocked).
    pub fn block_with_command(&mut self, keys: &[&[u8]], timeout_ms: i64, on_timeout: TimeoutReply, command: &[&[u8]]) {
        crate::blocking::block_with_command(self, keys, timeout_ms, on_timeout, command);
    }

    /// True while a blocked client's command runs again because one of its
    /// keys changed (a handler may serve such a run differently, as Redis's
    /// serveClientsBlockedOn*Key do).
    pub fn is_rerun(&self) -> bool {
        self.srv.reprocessing == Some(self.id)
    }

    /// The keys a blocking command may serve from now: all of them on a
    /// normal call; on a re-run only the key that became ready, as Redis
    /// serves a woken client from that key alone.
    pub fn keys_to_serve<'k>(&self, keys: &[&'k [u8]]) -> Vec<&'k [u8]> {
        match (&self.srv.ready_key, self.is_rerun()) {
            (Some(ready), true) => keys.iter().copied().filter(|k| *k == &ready[..]).take(1).collect(),
            _ => keys.to_vec(),
        }
    }

    /// Parse a blocking timeout given in (possibly fractional) seconds, as
    /// Redis's getTimeoutFromObjectOrReply: returns ms (0 = forever) or
    /// replies with Redis's error.
    pub fn parse_timeout(&mut self, arg: &[u8]) -> Option<i64> {
        match crate::util::long_double::timeout_ms(arg) {
            Ok(ms) => Some(ms),
            Err(e) => {
                self.reply.error(e);
                None
            }
        }
    }

    /// The calling client.
    pub fn client(&mut self) -> &mut Client {
        self.srv
            .client(self.id)
            .expect("the calling client is alive while its command runs")
    }

    /// The calling client's selected database.
    pub fn db(&mut self) -> &mut Db {
        let index = self.client().db;
        &mut self.srv.dbs[index]
    }
}

/// How a key is looked up: reads count keyspace hits and misses (Redis's
/// lookupKeyRead), writes do not (lookupKeyWrite).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
}

/// The key holds a value of another type (the caller replies WRONGTYPE).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WrongType;

/// Look up `key` in database `db` (expiring it lazily), count a hit or a miss
/// for reads, and view the value as one type with `cast` (e.g.
/// `Value::as_list_mut`). Every type's command family looks keys up this way.
pub fn typed_at<'s, T: ?Sized>(
    srv: &'s mut Server,
    db: usize,
    key: &[u8],
    now: i64,
    access: Access,
    cast: fn(&mut crate::db::Value) -> Option<&mut T>,
) -> Result<Option<&'s mut T>, WrongType> {
    let found = srv.dbs[db].lookup(key, now);
    if access == Access::Read {
        match found {
            Some(_) => srv.stats.keyspace_hits += 1,
            None => srv.stats.keyspace_misses += 1,
        }
    }
    match found {
        None => Ok(None),
        Some(entry) => cast(&mut entry.value).map(Some).ok_or(WrongType),
    }
}

/// A command implementation.
pub type Handler = fn(&mut Ctx, &Args);

/// Shared error texts (Redis's shared.* objects).
pub mod err {
    pub const SYNTAX: &str = "ERR syntax error";
    pub const WRONGTYPE: &str = "WRONGTYPE Operation against a key holding the wrong kind of value";
    pub const NOT_INTEGER: &str = "ERR value is not an integer or out of range";
    pub const NOT_FLOAT: &str = "ERR value is not a valid float";
    pub const NO_SUCH_KEY: &str = "ERR no such key";
    pub const OVERFLOW: &str = "ERR increment or decrement would overflow";
    pub const DB_RANGE: &str = "ERR DB index is out of range";
    pub const NOAUTH: &str = "NOAUTH Authentication required.";
    pub const DEBUG_DENIED: &str = "ERR DEBUG command not allowed. If the enable-debug-command option is set to \"local\", you can run it from a local connection, otherwise you need to set this option in the configuration file, and then restart the server.";
}

/// Command flags used by dispatch, as bits.
pub mod flag {
    pub const WRITE: u32 = 1;
    pub const DENYOOM: u32 = 2;
    pub const NO_AUTH: u32 = 4;
    pub const PROTECTED: u32 = 8;
    pub const FAST: u32 = 16;
    pub const READONLY: u32 = 32;
    pub const NO_MULTI: u32 = 64;
    pub const STALE: u32 = 128;

    /// Bits for the flag names COMMAND INFO prints.
    pub fn from_names(names: &[&str]) -> u32 {
        names.iter().fold(0, |bits, name| {
            bits | match *name {
                "write" => WRITE,
                "denyoom" => DENYOOM,
                "no_auth" => NO_AUTH,
                "protected" => PROTECTED,
                "fast" => FAST,
                "readonly" => READONLY,
                "no_multi" => NO_MULTI,
                "stale" => STALE,
                _ => 0,
            }
        })
    }
}

struct Registered {
    handler: Option<Handler>,
    flags: u32,
}

fn registry() -> &'static [Registered] {
    static REGISTRY: OnceLock<Vec<Registered>> = OnceLock::new();
    REGISTRY.get_or_init(|| {
        let mut reg: Vec<Registered> = COMMANDS
            .iter()
            .map(|c| Registered {
                handler: None,
                flags: flag::from_names(c.flags),
            })
            .collect();
        let families = [
            connection::COMMANDS,
            strings::COMMANDS,
            keys::COMMANDS,
            server_cmds::COMMANDS,
            client_cmd::COMMANDS,
            config_cmd::COMMANDS,
            command_cmd::HANDLERS,
            info::COMMANDS,
            crate::replication::commands::COMMANDS,
            debug::COMMANDS,
            lists::COMMANDS,
            hashes::COMMANDS,
            sets::COMMANDS,
            zsets::COMMANDS,
            streams::COMMANDS,
            multi::COMMANDS,
            pubsub::COMMANDS,
            cluster::COMMANDS,
            dump::COMMANDS,
            migrate::COMMANDS,
            functions::COMMANDS,
        ];
        for (name, handler) in families.iter().flat_map(|f| f.iter()) {
            let index = COMMANDS
                .iter()
                .position(|c| c.name == *name)
                .unwrap_or_else(|| panic!("command {name} is not in the 7.0.15 table"));
            reg[index].handler = Some(*handler);
        }
        reg
    })
}

fn index_of(info: &'static CommandInfo) -> usize {
    (info as *const CommandInfo as usize - COMMANDS.as_ptr() as usize) / std::mem::size_of::<CommandInfo>()
}

/// The flag bits of a top-level command, computed once at start-up.
pub fn command_flags(info: &'static CommandInfo) -> u32 {
    registry()[index_of(info)].flags
}

/// True when the command `name` is implemented (COMMAND lists only those).
pub fn implemented(info: &'static CommandInfo) -> bool {
    registry()[index_of(info)].handler.is_some()
}

/// Force the registry to be built (at start-up, so a bad table panics early).
pub fn init() {
    registry();
}

/// Redis's "unknown command" text, quoting the first arguments (128 bytes),
/// binary bytes kept as they are.
fn unknown_command(args: &Args) -> Vec<u8> {
    let mut listed = Vec::new();
    for arg in args.iter_from(1) {
        if listed.len() >= 128 {
            break;
        }
        let room = 128 - listed.len();
        listed.push(b'\'');
        listed.extend_from_slice(&arg[..arg.len().min(room)]);
        listed.extend_from_slice(b"' ");
    }
    let name = args.get(0);
    let mut text = b"ERR unknown command '".to_vec();
    text.extend_from_slice(&name[..name.len().min(128)]);
    text.extend_from_slice(b"', with args beginning with: ");
    text.extend_from_slice(&listed);
    text
}

fn arity_ok(arity: i32, argc: usize) -> bool {
    (arity > 0 && argc as i32 == arity) || (arity < 0 && argc as i32 >= -arity)
}

fn wrong_arity(info: &CommandInfo) -> String {
    format!("ERR wrong number of arguments for '{}' command", info.name)
}

/// Resolve a container command's subcommand, or Redis's error text.
fn resolve_subcommand(parent: &'static CommandInfo, args: &Args) -> Result<&'static CommandInfo, Vec<u8>> {
    let Some(sub) = table::lookup_subcommand(parent, args.get(1)) else {
        let given = args.get(1);
        let mut text = b"ERR unknown subcommand '".to_vec();
        text.extend_from_slice(&given[..given.len().min(128)]);
        text.extend_from_slice(format!("'. Try {} HELP.", parent.name.to_ascii_uppercase()).as_bytes());
        return Err(text);
    };
    if !arity_ok(sub.arity, args.len()) {
        return Err(wrong_arity(sub).into_bytes());
    }
    Ok(sub)
}

/// Most recent command names exactly as clients spelled them: an exact
/// byte match here saves the case-insensitive binary search of the table.
const COMMAND_CACHE_SIZE: usize = 32;

fn lookup_cached(srv: &mut Server, name: &[u8]) -> Option<&'static CommandInfo> {
    if let Some((_, info)) = srv.command_cache.iter().find(|(n, _)| **n == *name) {
        return Some(info);
    }
    let info = table::lookup(name)?;
    if srv.command_cache.len() < COMMAND_CACHE_SIZE {
        srv.command_cache.push((name.into(), info));
    }
    Some(info)
}

/// Reply with a rejection; inside MULTI it also dooms the transaction
/// (Redis's rejectCommand + flagTransaction).
fn reject(srv: &mut Server, id: usize, reply: &mut Reply, text: impl AsRef<[u8]>) {
    reply.error_bytes(text.as_ref());
    if let Some(multi) = srv.client(id).and_then(|c| c.multi.as_mut()) {
        multi.errored = true;
    }
}

/// In cluster mode, check that this node serves the command's keys (for
/// EXEC, the queued commands' keys), as Redis's processCommand does.
fn route_in_cluster(
    srv: &mut Server,
    id: usize,
    cmd: &'static CommandInfo,
    args: &Args,
    now: i64,
) -> Result<(), crate::cluster::routing::Redirect> {
    use crate::cluster::routing::{ClientFlags, RouteEnv, needs_check, route};
    let Some(cluster) = srv.cluster.as_ref() else {
        return Ok(());
    };
    if !needs_check(cmd) {
        return Ok(());
    }
    if matches!(srv.links.get(id), Some(crate::server::Link::Client(c)) if c.is_master) {
        return Ok(());
    }
    let client = match srv.links.get(id) {
        Some(crate::server::Link::Client(c)) => ClientFlags {
            asking: c.asking,
            readonly: c.readonly,
        },
        _ => ClientFlags::default(),
    };
    let shard_pubsub = matches!(cmd.name, "ssubscribe" | "sunsubscribe" | "spublish");
    let env = RouteEnv {
        core: &cluster.core,
        db: &srv.dbs[0],
        client,
        allow_reads_when_down: srv.settings.cluster_allow_reads_when_down,
        shard_pubsub,
        allow_pubsubshard_when_down: shard_pubsub && srv.config.bool("cluster-allow-pubsubshard-when-down"),
        now,
    };
    if cmd.name != "exec" {
        return route(&env, std::iter::once((cmd, *args)));
    }
    let queued: Vec<(Vec<u8>, Vec<std::ops::Range<usize>>)> = match srv.links.get(id) {
        Some(crate::server::Link::Client(c)) => c
            .multi
            .iter()
            .flat_map(|m| m.queued.iter())
            .map(|argv| multi::flatten(argv))
            .collect(),
        _ => Vec::new(),
    };
    let commands = queued.iter().filter_map(|(buf, ranges)| {
        let args = Args::new(buf, ranges);
        let info = table::lookup(args.get(0))?;
        let info = match info.subcommands.is_empty() {
            true => info,
            false => table::lookup_subcommand(info, args.get(1))?,
        };
        Some((info, args))
    });
    route(&env, commands)
}

/// Commands a RESP2 client in subscribed mode may still run.
const SUBSCRIBED_CONTEXT: &[&str] = &[
    "ping",
    "subscribe",
    "ssubscribe",
    "unsubscribe",
    "sunsubscribe",
    "psubscribe",
    "punsubscribe",
    "quit",
    "reset",
];

/// Commands that run at once instead of being queued inside MULTI.
const NOT_QUEUED: &[&str] = &["exec", "discard", "multi", "watch", "quit", "reset"];

/// Run one command for client `id`, appending its reply to `reply`. The
/// checks follow Redis 7.0's processCommand order.
pub fn dispatch(srv: &mut Server, id: usize, reply: &mut Reply, args: &Args, now: i64) {
    let Some(info) = lookup_cached(srv, args.get(0)) else {
        return reject(srv, id, reply, unknown_command(args));
    };
    let registered = &registry()[index_of(info)];
    let Some(handler) = registered.handler else {
        return reject(srv, id, reply, unknown_command(args));
    };
    if !arity_ok(info.arity, args.len()) {
        return reject(srv, id, reply, wrong_arity(info));
    }
    let (cmd, flags) = if info.subcommands.is_empty() {
        (info, registered.flags)
    } else {
        match resolve_subcommand(info, args) {
            Ok(sub) => (sub, registered.flags | flag::from_names(sub.flags)),
            Err(text) => return reject(srv, id, reply, text),
        }
    };
    if flags & flag::PROTECTED != 0 && !protected_allowed(srv, id) {
        return reject(srv, id, reply, err::DEBUG_DENIED);
    }
    let Some(client) = srv.client(id) else { return };
    if flags & flag::NO_AUTH == 0 && !client.authenticated {
        return reject(srv, id, reply, err::NOAUTH);
    }
    let in_multi = client.multi.is_some();
    if in_multi && flags & flag::NO_MULTI != 0 {
        return reject(srv, id, reply, "ERR Command not allowed inside a transaction");
    }
    let subscribed = pubsub::subscribed(srv, id);
    if subscribed && reply.resp == 2 && !SUBSCRIBED_CONTEXT.contains(&info.name) {
        return reject(
            srv,
            id,
            reply,
            format!(
                "ERR Can't execute '{}': only (P|S)SUBSCRIBE / (P|S)UNSUBSCRIBE / PING / QUIT / RESET are allowed in this context",
                cmd.name
            ),
        );
    }
    if let Err(redirect) = route_in_cluster(srv, id, cmd, args, now) {
        if info.name == "exec"
            && let Some(client) = srv.client(id)
        {
            client.multi = None;
            multi::unwatch_all(srv, id);
        }
        return reject(srv, id, reply, redirect.text());
    }
    let from_master = srv.client(id).is_some_and(|c| c.is_master);
    if srv.settings.maxmemory > 0 && !from_master {
        let out_of_memory = crate::evict::perform_evictions(srv, now) == crate::evict::Outcome::Fail;
        // Inside MULTI queuing itself costs memory, so everything but
        // EXEC/DISCARD/QUIT/RESET is refused, as Redis does.
        let queuing = in_multi && !["exec", "discard", "quit", "reset"].contains(&info.name);
        if out_of_memory && (flags & flag::DENYOOM != 0 || queuing) {
            return reject(
                srv,
                id,
                reply,
                "OOM command not allowed when used memory > 'maxmemory'.",
            );
        }
    }
    // MISCONF, NOREPLICAS, READONLY, MASTERDOWN (a served blocked client was checked when called).
    let checked = crate::replication::gate::Checked {
        name: info.name,
        flags,
        from_master,
    };
    if srv.reprocessing != Some(id)
        && let Some(text) = crate::replication::gate::check(srv, id, checked, now)
    {
        let text = crate::replication::gate::refusal(srv, id, info.name, text);
        return reject(srv, id, reply, text);
    }
    let Some(client) = srv.client(id) else { return };
    if in_multi && !NOT_QUEUED.contains(&info.name) {
        if let Some(multi) = client.multi.as_mut() {
            multi.queued.push(args.iter_from(0).map(<[u8]>::to_vec).collect());
        }
        return reply.simple("QUEUED");
    }
    let mut ctx = Ctx {
        srv,
        id,
        reply,
        now,
        cmd,
        args: *args,
    };
    let dirty_before = ctx.srv.dirty;
    handler(&mut ctx, args);
    if ctx.srv.dirty != dirty_before || ctx.srv.repl.propagate_as.is_some() {
        propagate_command(ctx.srv, id, cmd.name, args, now);
    }
    // A blocked command run again when its key changes was counted when called.
    if ctx.srv.reprocessing != Some(id) {
        ctx.srv.stats.total_commands_processed += 1;
    }
    if let Some(c) = ctx.srv.client(id) {
        c.last_cmd = cmd.name;
        // resetClient: ASKING lasts one command, or the whole transaction.
        if c.multi.is_none() && cmd.name != "asking" {
            c.asking = false;
        }
    }
}

/// A command changed the dataset: write it into the replication stream (as rewritten, or as a
/// handler asked). EXEC's commands propagate one by one.
fn propagate_command(srv: &mut Server, id: usize, name: &str, args: &Args, now: i64) {
    let explicit = srv.repl.propagate_as.take();
    if name == "exec" || !srv.repl.is_master() || !srv.repl.active() {
        return;
    }
    let db = srv.client(id).map_or(0, |c| c.db);
    let argv: Vec<&[u8]> = args.iter_from(0).collect();
    let rewritten = explicit.or_else(|| crate::replication::rewrite::rewrite(&argv, now));
    match rewritten {
        Some(owned) => {
            let parts: Vec<&[u8]> = owned.iter().map(Vec::as_slice).collect();
            crate::replication::propagate(srv, db, &parts, now);
        }
        None => crate::replication::propagate(srv, db, &argv, now),
    }
}

fn protected_allowed(srv: &mut Server, id: usize) -> bool {
    match srv.settings.enable_debug_command {
        Protection::Yes => true,
        Protection::No => false,
        Protection::Local => srv.client(id).is_some_and(|c| c.addr.ip().is_loopback()),
    }
}

/// Parse an integer argument, replying with Redis's error when it is not one.
pub fn parse_int(ctx: &mut Ctx, arg: &[u8]) -> Option<i64> {
    let v = crate::util::num::string2ll(arg);
    if v.is_none() {
        ctx.reply.error(err::NOT_INTEGER);
    }
    v
}

/// ASCII case-insensitive comparison of an argument with an option name.
pub fn is(arg: &[u8], name: &str) -> bool {
    arg.eq_ignore_ascii_case(name.as_bytes())
}
