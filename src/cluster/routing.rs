//! Which node serves a command (Redis's getNodeByQuery) and the redirection or error a client gets
//! otherwise (clusterRedirectClient): CROSSSLOT, TRYAGAIN, ASK, MOVED and the CLUSTERDOWN variants.

use super::bus::node_flags as nf;
use super::core::{Core, State};
use crate::commands::key_specs::key_positions;
use crate::commands::table::CommandInfo;
use crate::db::Db;
use crate::resp::parse::Args;
use crate::slot::key_hash_slot;

/// Why a command is not served here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Redirect {
    CrossSlot,
    /// A key's slot has no owner.
    Unbound,
    /// The cluster is down.
    Down,
    /// Down, and reads are allowed but this is a write.
    DownReadOnly,
    /// Multi-key command while the slot is being migrated and some keys are missing.
    TryAgain,
    Moved {
        slot: u16,
        ip: String,
        port: u16,
    },
    Ask {
        slot: u16,
        ip: String,
        port: u16,
    },
}

impl Redirect {
    /// The error reply, without the leading `-`.
    pub fn text(&self) -> String {
        match self {
            Redirect::CrossSlot => "CROSSSLOT Keys in request don't hash to the same slot".into(),
            Redirect::Unbound => "CLUSTERDOWN Hash slot not served".into(),
            Redirect::Down => "CLUSTERDOWN The cluster is down".into(),
            Redirect::DownReadOnly => "CLUSTERDOWN The cluster is down and only accepts read commands".into(),
            Redirect::TryAgain => "TRYAGAIN Multiple keys request during rehashing of slot".into(),
            Redirect::Moved { slot, ip, port } => format!("MOVED {slot} {ip}:{port}"),
            Redirect::Ask { slot, ip, port } => format!("ASK {slot} {ip}:{port}"),
        }
    }
}

/// True when the command needs the routing check at all: it has key specs,
/// movable keys, or is EXEC.
pub fn needs_check(cmd: &CommandInfo) -> bool {
    !cmd.key_specs.is_empty() || cmd.flags.contains(&"movablekeys") || cmd.name == "exec"
}

/// The client's flags that routing reads.
#[derive(Debug, Clone, Copy, Default)]
pub struct ClientFlags {
    pub asking: bool,
    pub readonly: bool,
}

/// What routing needs besides the commands.
pub struct RouteEnv<'a> {
    pub core: &'a Core,
    pub db: &'a Db,
    pub client: ClientFlags,
    pub allow_reads_when_down: bool,
    /// The command is SSUBSCRIBE, SUNSUBSCRIBE or SPUBLISH (not inside EXEC): shard channels do not
    /// look at the keyspace while a slot moves, replicas serve them, and
    /// cluster-allow-pubsubshard-when-down governs them when the cluster is down.
    pub shard_pubsub: bool,
    pub allow_pubsubshard_when_down: bool,
    pub now: i64,
}

/// Route a command (or, for EXEC, the queued commands): `Ok` when this node serves it, else the
/// redirection.
pub fn route<'a>(
    env: &RouteEnv,
    commands: impl Iterator<Item = (&'static CommandInfo, Args<'a>)>,
) -> Result<(), Redirect> {
    let core = env.core;
    let me = core.myself;
    let mut first: Option<(&'a [u8], u16)> = None;
    let mut any_write = false;
    let mut any_asking_cmd = false;
    let mut is_migrate = false;
    let mut migrating = false;
    let mut importing = false;
    let mut multiple_keys = false;
    let mut existing = 0usize;
    let mut missing = 0usize;
    for (cmd, args) in commands {
        any_write |= cmd.flags.contains(&"write");
        any_asking_cmd |= cmd.flags.contains(&"asking");
        is_migrate |= cmd.name == "migrate";
        let Ok(keys) = key_positions(cmd, &args) else { continue };
        for key in keys {
            let key = args.get(key.pos);
            let slot = key_hash_slot(key);
            match first {
                None => {
                    let Some(owner) = core.slot_owner(slot) else {
                        return Err(Redirect::Unbound);
                    };
                    if owner == me && core.migrating.contains_key(&slot) {
                        migrating = true;
                    } else if core.importing.contains_key(&slot) {
                        importing = true;
                    }
                    first = Some((key, slot));
                }
                Some((first_key, first_slot)) => {
                    if first_key != key {
                        if first_slot != slot {
                            return Err(Redirect::CrossSlot);
                        }
                        multiple_keys = true;
                    }
                }
            }
            if (migrating || importing) && !env.shard_pubsub {
                if env.db.peek(key).is_some() && !env.db.is_expired(key, env.now) {
                    existing += 1;
                } else {
                    missing += 1;
                }
            }
        }
    }
    let Some((_, slot)) = first else { return Ok(()) };
    if core.state != State::Ok {
        if env.shard_pubsub {
            if !env.allow_pubsubshard_when_down {
                return Err(Redirect::Down);
            }
        } else if !env.allow_reads_when_down {
            return Err(Redirect::Down);
        }
        if any_write {
            return Err(Redirect::DownReadOnly);
        }
    }
    if is_migrate && (migrating || importing) {
        return Ok(());
    }
    if migrating && missing > 0 {
        if existing > 0 {
            return Err(Redirect::TryAgain);
        }
        let target = core.migrating[&slot];
        return Err(Redirect::Ask {
            slot,
            ip: core.endpoint(target).to_string(),
            port: core.node(target).port,
        });
    }
    if importing && (env.client.asking || any_asking_cmd) {
        if multiple_keys && missing > 0 {
            return Err(Redirect::TryAgain);
        }
        return Ok(());
    }
    let owner = core.slot_owner(slot).unwrap_or(me);
    let mine = core.me();
    if (env.client.readonly || env.shard_pubsub) && !any_write && mine.has(nf::SLAVE) && mine.slaveof == Some(owner) {
        return Ok(());
    }
    if owner != me {
        return Err(Redirect::Moved {
            slot,
            ip: core.endpoint(owner).to_string(),
            port: core.node(owner).port,
        });
    }
    Ok(())
}
