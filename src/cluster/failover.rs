//! Failover: masters granting votes (clusterSendFailoverAuthIfNeeded), replicas running elections
//! (clusterHandleSlaveFailover: rank, delay, FAILOVER_AUTH_REQUEST, counting FAILOVER_AUTH_ACKs,
//! replacing the master), manual failover on both sides (CLUSTER FAILOVER [FORCE|TAKEOVER],
//! MFSTART, the master's write pause and offset hand-over, the 5 s timeout) and replica migration
//! to orphaned masters (clusterHandleSlaveMigration). Data replication itself is the shell's: it
//! reports offsets and link state in [`super::core::ReplStatus`] and acts on
//! `ReplicateFrom` / `StopReplication` / `PauseWrites` outputs.

use super::bus::{Body, Header, Message, msg_flags, node_flags as nf};
use super::core::{Core, Output, SLOTS, State};
use super::node::{LinkId, NodeIdx};

/// CLUSTER_MF_TIMEOUT and CLUSTER_MF_PAUSE_MULT.
const MF_TIMEOUT_MS: i64 = 5000;
const MF_PAUSE_MULT: i64 = 2;
/// CLUSTER_SLAVE_MIGRATION_DELAY.
const MIGRATION_DELAY_MS: i64 = 5000;

/// The three forms of CLUSTER FAILOVER.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ManualFailover {
    Default,
    Force,
    Takeover,
}

impl Core {
    /// The shell's replication state (offsets, link); the core uses it for ranks and data age.
    pub fn set_repl(&mut self, status: super::core::ReplStatus) {
        self.repl = status;
        let me = self.myself;
        self.nodes[me].repl_offset = status.offset;
    }

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

    /// A vote for my election.
    pub(super) fn receive_failover_auth_ack(&mut self, sender: NodeIdx, hdr: &Header) {
        let s = &self.nodes[sender];
        if s.is_master() && s.numslots > 0 && hdr.current_epoch >= self.election.auth_epoch {
            self.election.auth_count += 1;
            self.handle_failover = true;
        }
    }

    /// MFSTART from one of my replicas: pause writes, remember it, PING it back with PAUSED.
    pub(super) fn receive_mfstart(&mut self, sender: NodeIdx, link: LinkId, now: i64) {
        if self.nodes[sender].slaveof != Some(self.myself) {
            return;
        }
        self.reset_manual_failover();
        self.election.mf_end = now + MF_TIMEOUT_MS;
        self.election.mf_slave = Some(sender);
        self.out.push(Output::PauseWrites {
            until: now + MF_TIMEOUT_MS * MF_PAUSE_MULT,
        });
        log::warn!("Manual failover requested by replica {}.", self.nodes[sender].name);
        self.send_ping(link, super::bus::MessageType::Ping, now);
    }

    /// resetManualFailover.
    pub(super) fn reset_manual_failover(&mut self) {
        if self.election.mf_slave.is_some() {
            self.out.push(Output::UnpauseWrites);
        }
        let e = &mut self.election;
        e.mf_end = 0;
        e.mf_can_start = false;
        e.mf_slave = None;
        e.mf_master_offset = None;
    }

    /// manualFailoverCheckTimeout.
    pub(super) fn manual_failover_check_timeout(&mut self, now: i64) {
        if self.election.mf_end != 0 && self.election.mf_end < now {
            log::warn!("Manual failover timed out.");
            self.reset_manual_failover();
        }
    }

    /// clusterHandleManualFailover: the election may start once my offset reached the paused master's.
    pub(super) fn handle_manual_failover_step(&mut self) {
        let e = &self.election;
        if e.mf_end == 0 || e.mf_can_start {
            return;
        }
        let Some(target) = e.mf_master_offset else { return };
        if target == self.repl.offset {
            self.election.mf_can_start = true;
            log::warn!("All master replication stream processed, manual failover can start.");
            self.handle_failover = true;
            return;
        }
        self.handle_manual_failover = true;
    }

    /// CLUSTER FAILOVER on a replica (the caller checked I am one and know my master, and for the
    /// default form that the master is reachable).
    pub fn manual_failover(&mut self, kind: ManualFailover, now: i64) {
        self.reset_manual_failover();
        self.election.mf_end = now + MF_TIMEOUT_MS;
        match kind {
            ManualFailover::Takeover => {
                log::warn!("Taking over the master (user request).");
                self.bump_epoch_without_consensus();
                self.replace_my_master(now);
            }
            ManualFailover::Force => {
                log::warn!("Forced failover user request accepted.");
                self.election.mf_can_start = true;
                self.handle_failover = true;
            }
            ManualFailover::Default => {
                log::warn!("Manual failover user request accepted.");
                if let Some(m) = self.me().slaveof {
                    self.send_to_node(m, Body::MfStart);
                }
            }
        }
    }

    /// clusterGetSlaveRank: replicas of my master (not NOFAILOVER) with a larger known offset.
    fn replica_rank(&self) -> usize {
        let me = self.me();
        let Some(master) = me.slaveof else { return 0 };
        let mine = self.repl.offset;
        self.nodes[master]
            .replicas
            .iter()
            .filter(|&&r| r != self.myself)
            .map(|&r| &self.nodes[r])
            .filter(|n| !n.has(nf::NOFAILOVER) && n.repl_offset > mine)
            .count()
    }

    /// How old my data is, Redis's way (ms).
    fn data_age(&self, now: i64) -> i64 {
        let now_secs = now / 1000;
        let age = if self.repl.link_up {
            (now_secs - self.repl.last_interaction_ms / 1000) * 1000
        } else {
            (now_secs - self.repl.down_since_ms / 1000) * 1000
        };
        if age > self.cfg.node_timeout {
            age - self.cfg.node_timeout
        } else {
            age
        }
    }

    /// clusterHandleSlaveFailover.
    pub(super) fn handle_replica_failover(&mut self, now: i64) {
        self.handle_failover = false;
        let manual = self.election.mf_end != 0 && self.election.mf_can_start;
        let me = self.me();
        let Some(master) = me.slaveof.filter(|_| me.is_replica()) else {
            return;
        };
        let m = &self.nodes[master];
        if (!manual && (!m.failed() || self.cfg.replica_no_failover)) || m.numslots == 0 {
            return;
        }
        let auth_timeout = (self.cfg.node_timeout * 2).max(2000);
        let auth_retry_time = auth_timeout * 2;
        let auth_age = now - self.election.auth_time;
        let needed_quorum = self.size / 2 + 1;
        let factor = self.cfg.replica_validity_factor;
        if factor != 0
            && self.data_age(now) > self.cfg.repl_ping_replica_period_ms + self.cfg.node_timeout * factor
            && !manual
        {
            return;
        }
        if auth_age > auth_retry_time {
            self.schedule_election(now);
            return;
        }
        if !self.election.auth_sent && self.election.mf_end == 0 {
            let rank = self.replica_rank();
            if rank > self.election.auth_rank {
                let added = (rank - self.election.auth_rank) as i64 * 1000;
                self.election.auth_time += added;
                self.election.auth_rank = rank;
                log::warn!("Replica rank updated to #{rank}, added {added} milliseconds of delay.");
            }
        }
        if now < self.election.auth_time || auth_age > auth_timeout {
            return;
        }
        if !self.election.auth_sent {
            self.request_votes();
            return;
        }
        if self.election.auth_count >= needed_quorum {
            log::warn!("Failover election won: I'm the new master.");
            let me = self.myself;
            if self.nodes[me].config_epoch < self.election.auth_epoch {
                self.nodes[me].config_epoch = self.election.auth_epoch;
                log::warn!(
                    "configEpoch set to {} after successful failover",
                    self.election.auth_epoch
                );
            }
            self.replace_my_master(now);
        }
    }

    /// A new election window: delay by 500 + random(0..500) + rank·1000 ms (now for a manual one).
    fn schedule_election(&mut self, now: i64) {
        let jitter = rand::RngExt::random_range(&mut self.rng, 0..500);
        let rank = self.replica_rank();
        let e = &mut self.election;
        e.auth_time = now + 500 + jitter + rank as i64 * 1000;
        e.auth_count = 0;
        e.auth_sent = false;
        e.auth_rank = rank;
        if e.mf_end != 0 {
            e.auth_time = now;
            e.auth_rank = 0;
            self.handle_failover = true;
        }
        log::warn!(
            "Start of election delayed for {} milliseconds (rank #{}, offset {}).",
            self.election.auth_time - now,
            self.election.auth_rank,
            self.repl.offset
        );
        self.broadcast_pong(true, now);
    }

    /// clusterRequestFailoverAuth after a new epoch.
    fn request_votes(&mut self) {
        self.current_epoch += 1;
        self.election.auth_epoch = self.current_epoch;
        log::warn!("Starting a failover election for epoch {}.", self.current_epoch);
        let mut header = self.header();
        if self.election.mf_end != 0 {
            header.mflags |= msg_flags::FORCEACK;
        }
        self.broadcast(&Message {
            header,
            body: Body::FailoverAuthRequest,
        });
        self.election.auth_sent = true;
        self.flag_save(true);
        self.todo.update_state = true;
    }

    /// clusterFailoverReplaceYourMaster: become master, take the old master's slots, tell everyone.
    pub(super) fn replace_my_master(&mut self, now: i64) {
        let me = self.myself;
        let Some(old) = self.nodes[me].slaveof.filter(|_| self.nodes[me].is_replica()) else {
            return;
        };
        self.set_node_as_master(me);
        self.out.push(Output::StopReplication);
        self.repl.configured = false;
        for slot in 0..SLOTS as u16 {
            if self.nodes[old].has_slot(slot) {
                self.del_slot(slot);
                self.add_slot(me, slot);
            }
        }
        self.update_state(now);
        self.flag_save(true);
        self.broadcast_pong(false, now);
        self.reset_manual_failover();
    }

    /// Cron bookkeeping for replica migration: (orphaned masters, max ok replicas, my master's).
    pub(super) fn orphan_census(&mut self, now: i64) -> (usize, usize, usize) {
        let me = self.myself;
        if !self.nodes[me].is_replica() {
            return (0, 0, 0);
        }
        let my_master = self.nodes[me].slaveof;
        let (mut orphaned, mut max_ok, mut mine) = (0, 0, 0);
        for (idx, n) in self.nodes.iter() {
            if n.has(nf::MYSELF | nf::NOADDR | nf::HANDSHAKE) || !n.is_master() || n.failed() {
                continue;
            }
            let ok = self.ok_replicas(idx);
            if ok == 0 && n.numslots > 0 && n.has(nf::MIGRATE_TO) {
                orphaned += 1;
            }
            max_ok = max_ok.max(ok);
            if my_master == Some(idx) {
                mine = ok;
            }
        }
        let _ = now;
        (orphaned, max_ok, mine)
    }

    /// clusterCountNonFailingSlaves.
    fn ok_replicas(&self, master: NodeIdx) -> usize {
        self.nodes[master]
            .replicas
            .iter()
            .filter(|&&r| !self.nodes[r].failed())
            .count()
    }

    /// clusterHandleSlaveMigration.
    pub(super) fn handle_replica_migration(&mut self, max_replicas: usize, now: i64) {
        if self.state != State::Ok {
            return;
        }
        let me = self.myself;
        let Some(my_master) = self.nodes[me].slaveof else {
            return;
        };
        let ok_here = self.nodes[my_master]
            .replicas
            .iter()
            .filter(|&&r| !self.nodes[r].has(nf::FAIL | nf::PFAIL))
            .count();
        if ok_here as i64 <= self.cfg.migration_barrier {
            return;
        }
        let mut candidate = me;
        let mut target = None;
        let keys: Vec<NodeIdx> = self.nodes.iter().map(|(i, _)| i).collect();
        for idx in keys {
            let n = &self.nodes[idx];
            let ok = if n.is_master() { self.ok_replicas(idx) } else { 0 };
            let orphaned = n.is_master() && !n.failed() && n.has(nf::MIGRATE_TO) && ok == 0;
            if orphaned {
                if target.is_none() && n.numslots > 0 {
                    target = Some(idx);
                }
                if self.nodes[idx].orphaned_time == 0 {
                    self.nodes[idx].orphaned_time = now;
                }
            } else {
                self.nodes[idx].orphaned_time = 0;
            }
            if ok == max_replicas {
                for &r in &self.nodes[idx].replicas {
                    if self.nodes[r].name.0 < self.nodes[candidate].name.0 {
                        candidate = r;
                    }
                }
            }
        }
        if let Some(t) = target
            && candidate == me
            && now - self.nodes[t].orphaned_time > MIGRATION_DELAY_MS
        {
            log::warn!("Migrating to orphaned master {}", self.nodes[t].name);
            self.set_my_master(t);
        }
    }

    /// The replica-only part of clusterCron after the per-node loop.
    pub(super) fn replica_cron(&mut self, census: (usize, usize, usize), now: i64) {
        let me = self.myself;
        if self.nodes[me].is_replica()
            && !self.repl.configured
            && let Some(m) = self.nodes[me].slaveof
            && !self.nodes[m].has(nf::NOADDR)
        {
            self.repl.configured = true;
            let n = &self.nodes[m];
            self.out.push(Output::ReplicateFrom {
                ip: n.ip.clone(),
                port: n.port,
            });
        }
        self.manual_failover_check_timeout(now);
        if !self.nodes[me].is_replica() {
            return;
        }
        self.handle_manual_failover_step();
        self.handle_replica_failover(now);
        let (orphaned, max_ok, mine) = census;
        if orphaned > 0 && max_ok >= 2 && mine == max_ok && self.cfg.allow_replica_migration {
            self.handle_replica_migration(max_ok, now);
        }
    }
}
