//! The state changes behind CLUSTER subcommands (the command layer parses arguments, checks the
//! keyspace and formats replies): MEET (clusterStartHandshake), FORGET and its blacklist, RESET,
//! SETSLOT, REPLICATE, ADDSLOTS/DELSLOTS, SET-CONFIG-EPOCH.

use std::net::IpAddr;

use super::bus::{NodeId, node_flags as nf};
use super::core::{Core, Output, SLOTS};
use super::node::{Node, NodeIdx};

/// CLUSTER_BLACKLIST_TTL, seconds.
const BLACKLIST_TTL_SECS: i64 = 60;

/// CLUSTER MEET got an address that is not an IP with ports in 1..65535.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidAddress;

/// A SETSLOT action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetSlot {
    Migrating(NodeIdx),
    Importing(NodeIdx),
    Stable,
    Node(NodeIdx),
}

impl Core {
    /// clusterStartHandshake: `Err` for an invalid address (EINVAL); Ok also when a handshake to the
    /// same address is already in progress.
    pub fn meet(&mut self, ip: &str, port: i64, cport: i64, now: i64) -> Result<(), InvalidAddress> {
        let addr: IpAddr = ip.parse().map_err(|_| InvalidAddress)?;
        if !(1..=65535).contains(&port) || !(1..=65535).contains(&cport) {
            return Err(InvalidAddress);
        }
        let norm = addr.to_string();
        let (port, cport) = (port as u16, cport as u16);
        let in_progress = self
            .nodes
            .iter()
            .any(|(_, n)| n.in_handshake() && n.ip.eq_ignore_ascii_case(&norm) && n.port == port && n.cport == cport);
        if in_progress {
            return Ok(());
        }
        let mut node = Node::new(self.random_name(), nf::HANDSHAKE | nf::MEET, now);
        node.ip = norm;
        node.port = port;
        node.cport = cport;
        self.add_node(node);
        self.flag_save(false);
        Ok(())
    }

    /// CLUSTER FORGET: the caller has checked it is not myself nor my master.
    pub fn forget(&mut self, idx: NodeIdx, now: i64) {
        let name = self.nodes[idx].name;
        self.blacklist_add(name, now);
        self.del_node(idx);
        self.flag_save(false);
        self.todo.update_state = true;
    }

    fn blacklist_add(&mut self, name: NodeId, now: i64) {
        let now_secs = now / 1000;
        self.blacklist.retain(|_, &mut expire| expire >= now_secs);
        self.blacklist.insert(name, now_secs + BLACKLIST_TTL_SECS);
    }

    /// clusterBlacklistExists (purging expired entries first).
    pub(super) fn blacklisted(&mut self, name: &NodeId, now: i64) -> bool {
        if self.blacklist.is_empty() {
            return false;
        }
        let now_secs = now / 1000;
        self.blacklist.retain(|_, &mut expire| expire >= now_secs);
        self.blacklist.contains_key(name)
    }

    /// clusterReset: the caller flushes the data when myself was a replica.
    pub fn reset(&mut self, hard: bool, new_name: Option<NodeId>) {
        let me = self.myself;
        if self.nodes[me].is_replica() {
            self.set_node_as_master(me);
            self.out.push(Output::StopReplication);
            self.repl.configured = false;
        }
        self.migrating.clear();
        self.importing.clear();
        self.reset_manual_failover();
        self.election = Default::default();
        for slot in 0..SLOTS as u16 {
            self.del_slot(slot);
        }
        let others: Vec<NodeIdx> = self.nodes.iter().map(|(i, _)| i).filter(|&i| i != me).collect();
        for idx in others {
            self.del_node(idx);
        }
        if hard {
            self.current_epoch = 0;
            self.last_vote_epoch = 0;
            self.nodes[me].config_epoch = 0;
            if let Some(name) = new_name {
                self.rename_node(me, name);
                log::info!("Node hard reset, now I'm {name}");
            }
        }
        self.flag_save(true);
        self.todo.update_state = true;
    }

    /// CLUSTER SETSLOT after validation. `slot_has_keys` tells whether the slot holds keys here.
    /// Saving and the state update are flagged for before-sleep.
    pub fn set_slot(&mut self, slot: u16, action: SetSlot, slot_has_keys: bool, now: i64) {
        match action {
            SetSlot::Migrating(n) => {
                self.migrating.insert(slot, n);
            }
            SetSlot::Importing(n) => {
                self.importing.insert(slot, n);
            }
            SetSlot::Stable => {
                self.migrating.remove(&slot);
                self.importing.remove(&slot);
            }
            SetSlot::Node(n) => self.set_slot_node(slot, n, slot_has_keys, now),
        }
        self.topology_version += 1;
        self.flag_save(false);
        self.todo.update_state = true;
    }

    fn set_slot_node(&mut self, slot: u16, n: NodeIdx, slot_has_keys: bool, now: i64) {
        let me = self.myself;
        let slot_was_mine = self.slot_owner(slot) == Some(me);
        if !slot_has_keys {
            self.migrating.remove(&slot);
        }
        self.del_slot(slot);
        self.add_slot(n, slot);
        if slot_was_mine && n != me && self.nodes[me].numslots == 0 && self.cfg.allow_replica_migration {
            log::warn!(
                "Configuration change detected. Reconfiguring myself as a replica of {}",
                self.nodes[n].name
            );
            self.set_my_master(n);
            self.flag_save(true);
        }
        if n == me && self.importing.remove(&slot).is_some() {
            if self.bump_epoch_without_consensus() {
                log::warn!("configEpoch updated after importing slot {slot}");
            }
            self.broadcast_pong(false, now);
        }
    }

    /// CLUSTER REPLICATE after validation.
    pub fn replicate(&mut self, master: NodeIdx) {
        self.set_my_master(master);
        self.flag_save(false);
        self.todo.update_state = true;
    }

    /// CLUSTER ADDSLOTS/DELSLOTS after validation; ADDSLOTS also clears importing state.
    pub fn assign_slots(&mut self, slots: impl Iterator<Item = u16>, add: bool) {
        let me = self.myself;
        for slot in slots {
            if add {
                self.importing.remove(&slot);
                self.add_slot(me, slot);
            } else {
                self.del_slot(slot);
            }
        }
        self.flag_save(false);
        self.todo.update_state = true;
    }

    /// CLUSTER FLUSHSLOTS.
    pub fn flush_slots(&mut self) {
        let me = self.myself;
        self.del_node_slots(me);
        self.flag_save(false);
        self.todo.update_state = true;
    }

    /// CLUSTER SET-CONFIG-EPOCH after validation.
    pub fn set_config_epoch(&mut self, epoch: u64) {
        let me = self.myself;
        self.nodes[me].config_epoch = epoch;
        if self.current_epoch < epoch {
            self.current_epoch = epoch;
        }
        self.topology_version += 1;
        self.flag_save(true);
        self.todo.update_state = true;
    }

    /// A PUBLISH to every node (or PUBLISHSHARD to my shard).
    pub fn publish(&mut self, channel: &[u8], message: &[u8], shard: bool) {
        use super::bus::{Body, Message};
        let body = if shard {
            Body::PublishShard {
                channel: channel.to_vec(),
                message: message.to_vec(),
            }
        } else {
            Body::Publish {
                channel: channel.to_vec(),
                message: message.to_vec(),
            }
        };
        let msg = Message {
            header: self.header(),
            body,
        };
        if !shard {
            return self.broadcast(&msg);
        }
        let me = self.myself;
        let master = self.nodes[me]
            .slaveof
            .filter(|_| self.nodes[me].is_replica())
            .unwrap_or(me);
        let mut shard_nodes = vec![master];
        shard_nodes.extend(self.nodes[master].replicas.iter().copied());
        for idx in shard_nodes {
            if idx != me
                && !self.nodes[idx].in_handshake()
                && let Some(link) = self.nodes[idx].link
            {
                self.send(link, &msg);
            }
        }
    }

    /// DEBUG CLUSTERLINK KILL: free a node's outbound and/or inbound link.
    pub fn kill_links(&mut self, idx: NodeIdx, outbound: bool, inbound: bool) {
        let n = &self.nodes[idx];
        let (to, from) = (n.link, n.inbound_link);
        if let Some(l) = to.filter(|_| outbound) {
            self.free_link(l);
        }
        if let Some(l) = from.filter(|_| inbound) {
            self.free_link(l);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cluster::core::CoreConfig;

    fn name(i: u8) -> NodeId {
        NodeId([b'a' + i; 40])
    }

    /// Shards {A (slots 0..100), its replica RA} and {B (slots 100..200), its replicas RB1, RB2};
    /// node i has the outbound link 100 + i. Myself is node `me_at` (0 A, 1 RA, 2 B, 3 RB1, 4 RB2).
    fn five_nodes(me_at: u8) -> (Core, Vec<NodeIdx>) {
        let mut core = Core::new(name(me_at), CoreConfig::default(), 1, 0);
        let mut idx = Vec::new();
        for i in 0..5u8 {
            if i == me_at {
                idx.push(core.myself);
                continue;
            }
            let role = if i == 0 || i == 2 { nf::MASTER } else { nf::SLAVE };
            idx.push(core.add_node(Node::new(name(i), role, 0)));
        }
        for (i, &n) in idx.iter().enumerate() {
            if n != core.myself {
                core.nodes[n].link = Some(100 + i);
            }
        }
        let (a, b) = (idx[0], idx[2]);
        core.set_node_as_master(a);
        core.set_node_as_master(b);
        for (replica, master) in [(idx[1], a), (idx[3], b), (idx[4], b)] {
            let n = &mut core.nodes[replica];
            n.flags = (n.flags & !nf::MASTER) | nf::SLAVE;
            n.slaveof = Some(master);
            core.add_replica(master, replica);
        }
        for s in 0..100 {
            core.add_slot(a, s);
        }
        for s in 100..200 {
            core.add_slot(b, s);
        }
        core.take_outputs();
        (core, idx)
    }

    fn removed(out: &[Output]) -> Vec<Vec<u16>> {
        out.iter()
            .filter_map(|o| match o {
                Output::RemoveShardChannels(s) => Some(s.clone()),
                _ => None,
            })
            .collect()
    }

    fn sent_to(out: &[Output]) -> Vec<usize> {
        let mut links: Vec<usize> = out
            .iter()
            .filter_map(|o| match o {
                Output::Send { link, .. } => Some(*link),
                _ => None,
            })
            .collect();
        links.sort();
        links
    }

    #[test]
    fn losing_a_slot_of_my_shard_removes_its_shard_channels() {
        let (mut core, idx) = five_nodes(0);
        core.set_slot(5, SetSlot::Node(idx[2]), false, 0);
        assert_eq!(removed(&core.take_outputs()), vec![vec![5]]);
        // Another shard's slot changing hands is none of our business.
        core.set_slot(150, SetSlot::Node(idx[0]), false, 0);
        assert!(removed(&core.take_outputs()).is_empty());
        // Consecutive deletions share one output, in slot order.
        core.flush_slots();
        let expected: Vec<u16> = (0..100).filter(|&s| s != 5).chain([150]).collect();
        assert_eq!(removed(&core.take_outputs()), vec![expected]);
    }

    #[test]
    fn a_replica_drops_the_channels_of_slots_its_master_loses() {
        let (mut core, idx) = five_nodes(3);
        core.set_slot(120, SetSlot::Node(idx[0]), false, 0);
        assert_eq!(removed(&core.take_outputs()), vec![vec![120]]);
        core.set_slot(7, SetSlot::Node(idx[2]), false, 0);
        assert!(removed(&core.take_outputs()).is_empty());
    }

    #[test]
    fn publishshard_goes_to_my_shard_only_publish_to_everyone() {
        // A master: its replica.
        let (mut core, _) = five_nodes(2);
        core.publish(b"ch", b"m", true);
        assert_eq!(sent_to(&core.take_outputs()), vec![103, 104]);
        core.publish(b"ch", b"m", false);
        assert_eq!(sent_to(&core.take_outputs()), vec![100, 101, 103, 104]);
        // A replica: its master and the master's other replicas.
        let (mut core, _) = five_nodes(4);
        core.publish(b"ch", b"m", true);
        assert_eq!(sent_to(&core.take_outputs()), vec![102, 103]);
    }
}
