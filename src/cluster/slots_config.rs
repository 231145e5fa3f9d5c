//! Slot ownership and epochs: clusterUpdateSlotsConfigWith (rebinding slots claimed with a newer
//! configEpoch, turning myself into a replica when my slots are gone), UPDATE messages sent and
//! applied, configEpoch collision resolution, bumps without consensus, and clusterSetMaster.

use super::bus::{Body, Header, Message, NodeId, SlotBitmap, node_flags as nf};
use super::core::{Core, Output, SLOTS};
use super::node::NodeIdx;

impl Core {
    /// clusterUpdateSlotsConfigWith.
    pub(super) fn update_slots_config_with(&mut self, sender: NodeIdx, epoch: u64, slots: &SlotBitmap, _now: i64) {
        if sender == self.myself {
            log::warn!("Discarding UPDATE message about myself.");
            return;
        }
        let me = self.myself;
        let curmaster = if self.nodes[me].is_master() {
            Some(me)
        } else {
            self.nodes[me].slaveof
        };
        let mut newmaster = None;
        let mut sender_slots = 0usize;
        let mut migrated_our_slots = 0usize;
        let mut dirty_slots: Vec<u16> = Vec::new();
        for j in 0..SLOTS as u16 {
            let owner = self.slot_owner(j);
            if slots.get(j) {
                sender_slots += 1;
                if owner == Some(sender) {
                    self.owner_not_claiming.set(j, false);
                    continue;
                }
                if self.importing.contains_key(&j) {
                    continue;
                }
                let rebind = self.slot_unclaimed(j) || owner.is_some_and(|o| self.nodes[o].config_epoch < epoch);
                if !rebind {
                    continue;
                }
                if owner == Some(me) {
                    dirty_slots.push(j);
                }
                if owner.is_some() && owner == curmaster {
                    newmaster = Some(sender);
                    migrated_our_slots += 1;
                }
                self.del_slot(j);
                self.add_slot(sender, j);
                self.owner_not_claiming.set(j, false);
                self.flag_save(true);
                self.todo.update_state = true;
            } else if owner == Some(sender) {
                self.owner_not_claiming.set(j, true);
            }
        }
        let curmaster_empty = curmaster.is_some_and(|m| self.nodes[m].numslots == 0);
        let grand_master = self.nodes[me]
            .slaveof
            .and_then(|m| self.nodes[m].slaveof)
            .filter(|&g| g != me);
        if newmaster.is_some()
            && curmaster_empty
            && (self.cfg.allow_replica_migration || sender_slots == migrated_our_slots)
        {
            log::warn!(
                "Configuration change detected. Reconfiguring myself as a replica of {}",
                self.nodes[sender].name
            );
            self.set_my_master(sender);
            self.flag_save(true);
            self.todo.update_state = true;
        } else if let Some(g) = grand_master {
            log::warn!(
                "I'm a sub-replica! Reconfiguring myself as a replica of grandmaster {}",
                self.nodes[g].name
            );
            self.set_my_master(g);
            self.flag_save(true);
            self.todo.update_state = true;
        } else if !dirty_slots.is_empty() {
            self.out.push(Output::DeleteKeysInSlots(dirty_slots));
        }
    }

    /// An UPDATE message: `nodename` owns `slots` with `epoch`.
    pub(super) fn process_update(
        &mut self,
        sender: Option<NodeIdx>,
        epoch: u64,
        nodename: &NodeId,
        slots: &SlotBitmap,
    ) {
        if sender.is_none() {
            return;
        }
        let Some(n) = self.lookup(&nodename.0) else { return };
        if self.nodes[n].config_epoch >= epoch {
            return;
        }
        if self.nodes[n].is_replica() {
            self.set_node_as_master(n);
        }
        self.nodes[n].config_epoch = epoch;
        self.flag_save(true);
        self.update_slots_config_with(n, epoch, slots, 0);
    }

    /// clusterSendUpdate: tell `to` that `about` owns its slots with a newer epoch.
    pub(super) fn send_update(&mut self, to: NodeIdx, about: NodeIdx) {
        let Some(link) = self.nodes[to].link else { return };
        let n = &self.nodes[about];
        let mut slots = n.slots().clone();
        for (i, b) in slots.0.iter_mut().enumerate() {
            *b &= !self.owner_not_claiming.0[i];
        }
        let msg = Message {
            header: self.header(),
            body: Body::Update {
                config_epoch: n.config_epoch,
                nodename: n.name,
                slots: Box::new(slots),
            },
        };
        self.send(link, &msg);
    }

    /// clusterHandleConfigEpochCollision: the node with the smaller name takes a new epoch.
    pub(super) fn handle_config_epoch_collision(&mut self, sender: NodeIdx) {
        let me = self.myself;
        if self.nodes[sender].config_epoch != self.nodes[me].config_epoch
            || !self.nodes[sender].is_master()
            || !self.nodes[me].is_master()
        {
            return;
        }
        if self.nodes[sender].name.0 <= self.nodes[me].name.0 {
            return;
        }
        self.current_epoch += 1;
        self.nodes[me].config_epoch = self.current_epoch;
        self.flag_save(true);
        self.topology_version += 1;
        log::debug!(
            "WARNING: configEpoch collision with node {}. configEpoch set to {}",
            self.nodes[sender].name,
            self.current_epoch
        );
    }

    /// clusterBumpConfigEpochWithoutConsensus: true if my epoch changed.
    pub fn bump_epoch_without_consensus(&mut self) -> bool {
        let max = self.max_epoch();
        let me = self.myself;
        if self.nodes[me].config_epoch == 0 || self.nodes[me].config_epoch != max {
            self.current_epoch += 1;
            self.nodes[me].config_epoch = self.current_epoch;
            self.flag_save(true);
            self.topology_version += 1;
            log::warn!("New configEpoch set to {}", self.current_epoch);
            true
        } else {
            false
        }
    }

    /// clusterGetMaxEpoch: the largest configEpoch, or currentEpoch if larger.
    pub fn max_epoch(&self) -> u64 {
        self.nodes
            .iter()
            .map(|(_, n)| n.config_epoch)
            .max()
            .unwrap_or(0)
            .max(self.current_epoch)
    }

    /// clusterSetMaster: myself becomes a replica of `master`.
    pub fn set_my_master(&mut self, master: NodeIdx) {
        let me = self.myself;
        if self.nodes[me].is_master() {
            let n = &mut self.nodes[me];
            n.flags &= !(nf::MASTER | nf::MIGRATE_TO);
            n.flags |= nf::SLAVE;
            self.migrating.clear();
            self.importing.clear();
        } else if let Some(old) = self.nodes[me].slaveof {
            self.remove_replica(old, me);
        }
        self.nodes[me].slaveof = Some(master);
        self.add_replica(master, me);
        let m = &self.nodes[master];
        self.out.push(Output::ReplicateFrom {
            ip: m.ip.clone(),
            port: m.port,
        });
        self.repl.configured = true;
        self.reset_manual_failover();
        self.topology_version += 1;
    }

    /// Every slot a vote request claims is unclaimed or owned with an epoch ≤ the request's (vote rule 6).
    pub(super) fn slots_claimable_by(&self, hdr: &Header) -> bool {
        hdr.myslots.iter().all(|s| {
            self.slot_unclaimed(s)
                || self
                    .slot_owner(s)
                    .is_some_and(|o| self.nodes[o].config_epoch <= hdr.config_epoch)
        })
    }
}
