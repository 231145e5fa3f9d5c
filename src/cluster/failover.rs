//! Elections, master side: granting votes to replicas (clusterSendFailoverAuthIfNeeded). The replica
//! side (scheduling an election, counting votes, replacing the master) and manual failover belong to
//! the replication issue; their messages are received here and logged.

use super::bus::{Body, Header, msg_flags};
use super::core::Core;
use super::node::{LinkId, NodeIdx};

impl Core {
    /// A FAILOVER_AUTH_REQUEST from `node`: vote for it when every rule of Redis holds.
    pub(super) fn send_failover_auth_if_needed(&mut self, node: NodeIdx, request: &Header, now: i64) {
        let me = self.me();
        if me.is_replica() || me.numslots == 0 {
            return;
        }
        let name = self.nodes[node].name;
        if request.current_epoch < self.current_epoch {
            log::warn!(
                "Failover auth denied to {name}: reqEpoch ({}) < curEpoch({})",
                request.current_epoch,
                self.current_epoch
            );
            return;
        }
        if self.last_vote_epoch == self.current_epoch {
            log::warn!(
                "Failover auth denied to {name}: already voted for epoch {}",
                self.current_epoch
            );
            return;
        }
        let force_ack = request.mflags & msg_flags::FORCEACK != 0;
        let master = self.nodes[node].slaveof;
        let Some(master) = master.filter(|_| !self.nodes[node].is_master()) else {
            log::warn!("Failover auth denied to {name}: it is a master node or its master is unknown");
            return;
        };
        if !self.nodes[master].failed() && !force_ack {
            log::warn!("Failover auth denied to {name}: its master is up");
            return;
        }
        if now - self.nodes[master].voted_time < self.cfg.node_timeout * 2 {
            log::warn!(
                "Failover auth denied to {name}: can't vote about this master before {} milliseconds",
                self.cfg.node_timeout * 2 - (now - self.nodes[master].voted_time)
            );
            return;
        }
        if !self.slots_claimable_by(request) {
            log::warn!("Failover auth denied to {name}: slot owned by a node with a greater configEpoch");
            return;
        }
        self.last_vote_epoch = self.current_epoch;
        self.nodes[master].voted_time = now;
        self.flag_save(true);
        self.send_to_node(node, Body::FailoverAuthAck);
        log::warn!("Failover auth granted to {name} for epoch {}", self.current_epoch);
    }

    /// A vote for my election (counted once replicas can run elections).
    pub(super) fn receive_failover_auth_ack(&mut self, sender: NodeIdx, hdr: &Header) {
        let s = &self.nodes[sender];
        if s.is_master() && s.numslots > 0 && hdr.current_epoch >= self.election.auth_epoch && self.election.auth_sent {
            self.election.auth_count += 1;
        }
    }

    /// MFSTART from a replica (manual failover arrives with replication).
    pub(super) fn receive_mfstart(&mut self, sender: NodeIdx, _link: LinkId, _now: i64) {
        if self.nodes[sender].slaveof != Some(self.myself) {
            return;
        }
        log::warn!(
            "Manual failover requested by replica {}: not supported yet",
            self.nodes[sender].name
        );
    }
}
