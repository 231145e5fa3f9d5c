//! Failover: masters granting votes (clusterSendFailoverAuthIfNeeded), replicas running elections
//! (clusterHandleSlaveFailover: rank, delay, FAILOVER_AUTH_REQUEST, counting FAILOVER_AUTH_ACKs,
//! replacing the master), manual failover on both sides (CLUSTER FAILOVER [FORCE|TAKEOVER],
//! MFSTART, the master's write pause and offset hand-over, the 5 s timeout) and replica migration
//! to orphaned masters (clusterHandleSlaveMigration). Data replication itself is the shell's: it
//! reports offsets and link state in [`super::core::ReplStatus`] and acts on
//! `ReplicateFrom` / `StopReplication` / `PauseWrites` outputs.
//!
//! # Election policy (`cluster-election-policy redis|fast`)
//!
//! How long a replica waits between seeing its master FAIL and asking for votes is local policy:
//! masters vote by the same rules whatever the delay (one vote per epoch, `node_timeout·2` per
//! failed master, slot epochs), so either policy is wire-compatible with redis-server masters and
//! sibling replicas. Votes, the validity factor, epochs, retries and manual failovers (no delay,
//! FORCEACK) are identical under both; only [`election_delay`] and the rank tie-break differ.
//!
//! * `redis`: exactly redis-server 7.0.15 (clusterHandleSlaveFailover / clusterGetSlaveRank):
//!   `500 + random(0..500) + rank·1000` ms, replicas with equal offsets share a rank.
//! * `fast` (Valkey's rules as far as they keep the Redis 7.0 protocol):
//!   - fixed delay `min(500, node_timeout/30)` — valkey-io/valkey PR #2449 "Make cluster failover
//!     delay relative to node timeout" (merged, 2025-08). Only the PR text could be read here: the
//!     Valkey snapshots available (valkey-io/valkey src/cluster_legacy.c at 55bbbe09a3b3 and
//!     44a0154ee4b5) predate it and still use `500 + random() % 500`; the random part of a
//!     rank > 0 replica, `random(0..fixed)`, scaling like the fixed part, is our choice;
//!   - the best-ranked replica (rank 0) skips the random part. Valkey PR #2227 (commit
//!     6822a676fe8f, "Do the failover immediately if the replica is the best ranked replica",
//!     9.1.0-rc2) skips the whole delay, but only once every replica of the shard gossips a new
//!     CLUSTER_NODE_MY_PRIMARY_FAIL flag, which Redis 7.0 nodes never send; without that proof we
//!     keep the fixed part, whose jobs are to let FAIL reach the voting masters (a master that has
//!     not seen it refuses the vote, and the retry costs `4·max(2·node_timeout, 2 s)`) and to let
//!     sibling replicas exchange offsets before anyone asks;
//!   - equal offsets are ordered by node name (the smaller name ranks better), as Valkey's
//!     clusterGetReplicaRank does since PR #762 (visible in src/cluster_legacy.c at 44a0154ee4b5),
//!     so siblings with the same offset are a full rank (1000 ms) apart instead of relying on a
//!     now much smaller random part. The per-rank penalty stays 1000 ms.
//!
//! Default: `fast`. At the default node timeout (15000) it differs from Redis only by dropping the
//! rank-0 random part (saving 250 ms on average) and the name tie-break; at short timeouts it saves
//! most of the 500–1000 ms. It stays safe: at most one winner per epoch is guaranteed by the
//! masters' votes, not by the delay; siblings remain ≥ 1000 ms apart after the offset exchange; and
//! the fixed delay still covers FAIL propagation (tens of ms even at node_timeout 1000, far above
//! bus latency on a LAN). `redis` reproduces redis-server's timing for side-by-side comparisons.

use super::bus::{Body, Header, Message, msg_flags, node_flags as nf};
use super::core::{Core, Output, SLOTS, State};
use super::node::{LinkId, NodeIdx};

/// CLUSTER_MF_TIMEOUT and CLUSTER_MF_PAUSE_MULT.
const MF_TIMEOUT_MS: i64 = 5000;
const MF_PAUSE_MULT: i64 = 2;
/// CLUSTER_SLAVE_MIGRATION_DELAY.
const MIGRATION_DELAY_MS: i64 = 5000;
/// Redis's fixed election delay ("let FAIL msg propagate") and the cap of the `fast` one.
const REDIS_FIXED_DELAY_MS: i64 = 500;
/// The election delay added per rank (both policies).
const RANK_DELAY_MS: i64 = 1000;

/// When a replica asks for votes after its master failed (`cluster-election-policy`); see the
/// module documentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ElectionPolicy {
    /// redis-server 7.0.15: `500 + random(0..500) + rank·1000` ms.
    Redis,
    /// `min(500, node_timeout/30)`, plus `random(0..that)` unless rank 0, plus `rank·1000` ms;
    /// equal offsets ranked by node name.
    #[default]
    Fast,
}

impl ElectionPolicy {
    /// The configuration value (`redis` or `fast`, as lowercased by the config parser).
    pub fn from_config(value: &str) -> ElectionPolicy {
        match value {
            "redis" => ElectionPolicy::Redis,
            _ => ElectionPolicy::Fast,
        }
    }
}

/// The fixed part of the automatic election delay (ms).
pub fn fixed_delay(policy: ElectionPolicy, node_timeout: i64) -> i64 {
    match policy {
        ElectionPolicy::Redis => REDIS_FIXED_DELAY_MS,
        ElectionPolicy::Fast => (node_timeout / 30).clamp(0, REDIS_FIXED_DELAY_MS),
    }
}

/// Exclusive upper bound of the random part of the delay (0: no random part).
pub fn jitter_span(policy: ElectionPolicy, node_timeout: i64, rank: usize) -> i64 {
    match policy {
        ElectionPolicy::Redis => REDIS_FIXED_DELAY_MS,
        ElectionPolicy::Fast if rank == 0 => 0,
        ElectionPolicy::Fast => fixed_delay(policy, node_timeout),
    }
}

/// The delay before an automatic election for a replica of `rank`, with `jitter` drawn from
/// `0..jitter_span(..)` by the caller.
pub fn election_delay(policy: ElectionPolicy, node_timeout: i64, rank: usize, jitter: i64) -> i64 {
    fixed_delay(policy, node_timeout) + jitter + rank as i64 * RANK_DELAY_MS
}

/// Whether a sibling replica (`offset`, `name`) ranks before me (`my_offset`, `my_name`): a larger
/// offset, or under `fast` an equal one and a smaller name.
pub fn outranks(policy: ElectionPolicy, offset: u64, name: &[u8], my_offset: u64, my_name: &[u8]) -> bool {
    offset > my_offset || (policy == ElectionPolicy::Fast && offset == my_offset && name < my_name)
}

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

    /// clusterGetSlaveRank: replicas of my master (not NOFAILOVER) that [`outranks`] me.
    fn replica_rank(&self) -> usize {
        let me = self.me();
        let Some(master) = me.slaveof else { return 0 };
        let (mine, my_name) = (self.repl.offset, &me.name.0);
        let policy = self.cfg.election_policy;
        self.nodes[master]
            .replicas
            .iter()
            .filter(|&&r| r != self.myself)
            .map(|&r| &self.nodes[r])
            .filter(|n| !n.has(nf::NOFAILOVER) && outranks(policy, n.repl_offset, &n.name.0, mine, my_name))
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
                let added = (rank - self.election.auth_rank) as i64 * RANK_DELAY_MS;
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

    /// A new election window: delay by [`election_delay`] (now for a manual one).
    fn schedule_election(&mut self, now: i64) {
        let (policy, node_timeout) = (self.cfg.election_policy, self.cfg.node_timeout);
        let rank = self.replica_rank();
        let span = jitter_span(policy, node_timeout, rank);
        let jitter = if span > 0 {
            rand::RngExt::random_range(&mut self.rng, 0..span)
        } else {
            0
        };
        let e = &mut self.election;
        e.auth_time = now + election_delay(policy, node_timeout, rank, jitter);
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

#[cfg(test)]
mod tests {
    use super::ElectionPolicy::{Fast, Redis};
    use super::*;

    #[test]
    fn redis_delay_is_500_plus_jitter_plus_rank_seconds() {
        for nt in [0, 1000, 15000, 60000] {
            assert_eq!(fixed_delay(Redis, nt), 500);
            for rank in 0..3 {
                assert_eq!(jitter_span(Redis, nt, rank), 500);
            }
            assert_eq!(election_delay(Redis, nt, 0, 0), 500);
            assert_eq!(election_delay(Redis, nt, 0, 499), 999);
            assert_eq!(election_delay(Redis, nt, 2, 123), 500 + 123 + 2000);
        }
    }

    #[test]
    fn fast_fixed_delay_is_node_timeout_over_30_capped_at_500() {
        // The table of valkey-io/valkey PR #2449.
        for (nt, fixed) in [
            (15000, 500),
            (60000, 500),
            (7500, 250),
            (3000, 100),
            (1500, 50),
            (1000, 33),
            (29, 0),
            (0, 0),
        ] {
            assert_eq!(fixed_delay(Fast, nt), fixed, "node timeout {nt}");
        }
    }

    #[test]
    fn fast_best_ranked_replica_has_no_random_part() {
        assert_eq!(jitter_span(Fast, 1000, 0), 0);
        assert_eq!(election_delay(Fast, 1000, 0, 0), 33);
        assert_eq!(election_delay(Fast, 15000, 0, 0), 500);
        // Lower ranks: random part as wide as the fixed one, and the full 1000 ms per rank.
        assert_eq!(jitter_span(Fast, 1000, 1), 33);
        assert_eq!(jitter_span(Fast, 29, 1), 0);
        assert_eq!(election_delay(Fast, 1000, 1, 32), 33 + 32 + 1000);
        assert_eq!(election_delay(Fast, 15000, 2, 499), 500 + 499 + 2000);
        // Rank r+1 always starts after the latest rank r start.
        for nt in [100, 1000, 5000, 15000] {
            for rank in 0..3 {
                let latest = election_delay(Fast, nt, rank, (jitter_span(Fast, nt, rank) - 1).max(0));
                assert!(election_delay(Fast, nt, rank + 1, 0) > latest, "nt {nt} rank {rank}");
            }
        }
    }

    #[test]
    fn fast_never_waits_longer_than_redis() {
        for nt in [0, 1000, 5000, 15000, 60000] {
            for rank in 0..3 {
                let worst_fast = election_delay(Fast, nt, rank, (jitter_span(Fast, nt, rank) - 1).max(0));
                assert!(
                    worst_fast <= election_delay(Redis, nt, rank, 499),
                    "nt {nt} rank {rank}"
                );
            }
        }
    }

    #[test]
    fn rank_ties_break_by_name_only_under_fast() {
        let (a, b) = (b"aaaa".as_slice(), b"bbbb".as_slice());
        assert!(outranks(Redis, 2, b, 1, a) && outranks(Fast, 2, b, 1, a));
        assert!(!outranks(Redis, 1, a, 2, b) && !outranks(Fast, 1, a, 2, b));
        assert!(!outranks(Redis, 5, a, 5, b), "Redis: equal offsets share a rank");
        assert!(outranks(Fast, 5, a, 5, b), "fast: the smaller name ranks first");
        assert!(!outranks(Fast, 5, b, 5, a));
    }

    #[test]
    fn policy_from_config_value() {
        assert_eq!(ElectionPolicy::from_config("redis"), Redis);
        assert_eq!(ElectionPolicy::from_config("fast"), Fast);
        assert_eq!(ElectionPolicy::default(), Fast);
    }
}
