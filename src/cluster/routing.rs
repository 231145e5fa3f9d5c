//! Which node serves a command (Redis's getNodeByQuery) and the redirection
//! or error a client gets otherwise (clusterRedirectClient): CROSSSLOT,
//! CLUSTERDOWN variants and MOVED. ASK and TRYAGAIN arrive with slot migration.

use super::Cluster;
use super::nodes_conf::{Flags, NodeLine};
use crate::commands::key_specs::key_positions;
use crate::commands::table::CommandInfo;
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
    Moved {
        slot: u16,
        ip: String,
        port: i32,
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
            Redirect::Moved { slot, ip, port } => format!("MOVED {slot} {ip}:{port}"),
        }
    }
}

/// True when the command needs the routing check at all: it has key specs,
/// movable keys, or is EXEC.
pub fn needs_check(cmd: &CommandInfo) -> bool {
    !cmd.key_specs.is_empty() || cmd.flags.contains(&"movablekeys") || cmd.name == "exec"
}

/// Route a command (or, for EXEC, the queued commands): `Ok` when this node
/// serves it, else the redirection.
pub fn route<'a>(
    cluster: &Cluster,
    commands: impl Iterator<Item = (&'static CommandInfo, Args<'a>)>,
    allow_reads_when_down: bool,
    require_full_coverage: bool,
    now: i64,
) -> Result<(), Redirect> {
    // The first key borrows the arguments: no allocation per command.
    let mut first: Option<(&'a [u8], u16)> = None;
    let mut any_write = false;
    for (cmd, args) in commands {
        any_write |= cmd.flags.contains(&"write");
        let Ok(keys) = key_positions(cmd, &args) else { continue };
        for key in keys {
            let key = args.get(key.pos);
            let slot = key_hash_slot(key);
            match &first {
                None => {
                    if cluster.slot_owner(slot).is_none() {
                        return Err(Redirect::Unbound);
                    }
                    first = Some((key, slot));
                }
                Some((first_key, first_slot)) => {
                    if *first_key != key && *first_slot != slot {
                        return Err(Redirect::CrossSlot);
                    }
                }
            }
        }
    }
    let Some((_, slot)) = first else { return Ok(()) };
    if !cluster.state_ok(require_full_coverage, now) {
        if !allow_reads_when_down {
            return Err(Redirect::Down);
        }
        if any_write {
            return Err(Redirect::DownReadOnly);
        }
    }
    match cluster.slot_owner(slot) {
        Some(owner) if !owner.flags.has(Flags::MYSELF) => Err(Redirect::Moved {
            slot,
            ip: owner.ip.clone(),
            port: owner.port,
        }),
        _ => Ok(()),
    }
}

impl Cluster {
    /// The node serving `slot`, if any.
    pub fn slot_owner(&self, slot: u16) -> Option<&NodeLine> {
        self.conf.nodes.iter().find(|n| n.slots.get(slot))
    }

    /// cluster_state ok: past the writable delay, and every slot served
    /// (unless cluster-require-full-coverage is off). Failure detection will
    /// add its conditions here.
    pub fn state_ok(&self, require_full_coverage: bool, now: i64) -> bool {
        let covered = self.conf.nodes.iter().map(|n| n.slots.count()).sum::<usize>() == crate::slot::SLOTS;
        self.in_writable_period(now) && (covered || !require_full_coverage)
    }

    /// False during the first WRITABLE_DELAY_MS after start.
    pub fn in_writable_period(&self, now: i64) -> bool {
        now - self.opened_ms >= super::WRITABLE_DELAY_MS
    }

    /// cluster_size: masters serving a slot, as last evaluated; Redis keeps its
    /// initial 1 until the state is first evaluated after the writable delay.
    pub fn size(&self, now: i64) -> usize {
        if !self.in_writable_period(now) {
            return 1;
        }
        self.conf.nodes.iter().filter(|n| n.slots.count() > 0).count()
    }
}
