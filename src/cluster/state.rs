//! The cluster state (clusterUpdateState): ok only with every slot served by a non-FAIL node (unless
//! cluster-require-full-coverage is off) and a reachable majority of slot-owning masters; the
//! writable delay after start and the rejoin delay after a minority partition. Also the slot
//! statistics of CLUSTER INFO.

use super::bus::node_flags as nf;
use super::core::{Core, SLOTS, State};

/// CLUSTER_WRITABLE_DELAY.
pub const WRITABLE_DELAY_MS: i64 = 2000;
/// CLUSTER_MAX_REJOIN_DELAY / CLUSTER_MIN_REJOIN_DELAY.
const MAX_REJOIN_DELAY: i64 = 5000;
const MIN_REJOIN_DELAY: i64 = 500;

/// CLUSTER INFO's slot counters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SlotStats {
    pub assigned: usize,
    pub ok: usize,
    pub pfail: usize,
    pub fail: usize,
}

impl Core {
    /// clusterUpdateState.
    pub fn update_state(&mut self, now: i64) {
        self.todo.update_state = false;
        if self.first_state_call == 0 {
            self.first_state_call = now;
        }
        if self.me().is_master() && self.state == State::Fail && now - self.first_state_call < WRITABLE_DELAY_MS {
            return;
        }
        let mut new_state = State::Ok;
        if self.cfg.require_full_coverage && !self.fully_covered() {
            new_state = State::Fail;
        }
        let mut size = 0;
        let mut reachable = 0;
        for (_, n) in self.nodes.iter() {
            if n.is_master() && n.numslots > 0 {
                size += 1;
                if !n.has(nf::FAIL | nf::PFAIL) {
                    reachable += 1;
                }
            }
        }
        self.size = size;
        if reachable < size / 2 + 1 {
            new_state = State::Fail;
            self.among_minority_time = now;
        }
        if new_state == self.state {
            return;
        }
        let rejoin_delay = self.cfg.node_timeout.clamp(MIN_REJOIN_DELAY, MAX_REJOIN_DELAY);
        if new_state == State::Ok && self.me().is_master() && now - self.among_minority_time < rejoin_delay {
            return;
        }
        log::warn!(
            "Cluster state changed: {}",
            if new_state == State::Ok { "ok" } else { "fail" }
        );
        self.state = new_state;
    }

    /// Every slot has an owner that is not FAIL.
    /// (Owners' slot sets never overlap, so counting the slots of non-FAIL nodes is enough.)
    fn fully_covered(&self) -> bool {
        let served: usize = self
            .nodes
            .iter()
            .filter(|(_, n)| !n.failed())
            .map(|(_, n)| n.numslots)
            .sum();
        served == SLOTS
    }

    /// Assigned / ok / pfail / fail slot counts.
    pub fn slot_stats(&self) -> SlotStats {
        let mut st = SlotStats::default();
        for (_, n) in self.nodes.iter() {
            if n.numslots == 0 {
                continue;
            }
            st.assigned += n.numslots;
            if n.failed() {
                st.fail += n.numslots;
            } else if n.timed_out() {
                st.pfail += n.numslots;
            } else {
                st.ok += n.numslots;
            }
        }
        st
    }
}
