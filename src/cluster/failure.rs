//! Failure detection: failure reports (valid 2 × node_timeout), "PFAIL becomes FAIL" on a majority of
//! slot-owning masters (markNodeAsFailingIfNeeded), the FAIL broadcast and its receipt, and the rules
//! that clear FAIL (clearNodeFailureIfNeeded). PFAIL itself is set by the cron ([`super::cron`]).

use super::bus::{Body, Message, NodeId, node_flags as nf};
use super::core::Core;
use super::node::NodeIdx;

/// CLUSTER_FAIL_REPORT_VALIDITY_MULT.
const FAIL_REPORT_VALIDITY_MULT: i64 = 2;
/// CLUSTER_FAIL_UNDO_TIME_MULT.
const FAIL_UNDO_TIME_MULT: i64 = 2;

impl Core {
    /// clusterNodeAddFailureReport: true if this is a new report.
    pub(super) fn add_failure_report(&mut self, failing: NodeIdx, sender: NodeIdx, now: i64) -> bool {
        let reports = &mut self.nodes[failing].fail_reports;
        if let Some(r) = reports.iter_mut().find(|(who, _)| *who == sender) {
            r.1 = now;
            return false;
        }
        reports.push((sender, now));
        true
    }

    /// clusterNodeDelFailureReport: true if a report was removed.
    pub(super) fn del_failure_report(&mut self, failing: NodeIdx, sender: NodeIdx, now: i64) -> bool {
        self.cleanup_failure_reports(failing, now);
        let reports = &mut self.nodes[failing].fail_reports;
        let before = reports.len();
        reports.retain(|(who, _)| *who != sender);
        reports.len() != before
    }

    fn cleanup_failure_reports(&mut self, idx: NodeIdx, now: i64) {
        let max_age = self.cfg.node_timeout * FAIL_REPORT_VALIDITY_MULT;
        self.nodes[idx].fail_reports.retain(|(_, t)| now - *t <= max_age);
    }

    /// clusterNodeFailureReportsCount (after purging expired reports).
    pub fn failure_reports_count(&mut self, idx: NodeIdx, now: i64) -> usize {
        self.cleanup_failure_reports(idx, now);
        self.nodes[idx].fail_reports.len()
    }

    /// markNodeAsFailingIfNeeded: PFAIL becomes FAIL when a majority of slot-owning masters agree.
    pub(super) fn mark_node_as_failing_if_needed(&mut self, idx: NodeIdx, now: i64) {
        let needed_quorum = self.size / 2 + 1;
        let n = &self.nodes[idx];
        if !n.timed_out() || n.failed() {
            return;
        }
        let mut failures = self.failure_reports_count(idx, now);
        if self.me().is_master() {
            failures += 1;
        }
        if failures < needed_quorum {
            return;
        }
        log::info!("Marking node {} as failing (quorum reached).", self.nodes[idx].name);
        let n = &mut self.nodes[idx];
        n.flags &= !nf::PFAIL;
        n.flags |= nf::FAIL;
        n.fail_time = now;
        let name = n.name;
        self.send_fail(name);
        self.todo.update_state = true;
        self.topology_version += 1;
        self.flag_save(false);
    }

    /// clusterSendFail: broadcast that `name` is FAIL.
    pub(super) fn send_fail(&mut self, nodename: NodeId) {
        let msg = Message {
            header: self.header(),
            body: Body::Fail { nodename },
        };
        self.broadcast(&msg);
    }

    /// A FAIL message from `sender` about `nodename`.
    pub(super) fn process_fail(&mut self, sender: Option<NodeIdx>, nodename: &NodeId, now: i64) {
        let Some(s) = sender else {
            log::info!("Ignoring FAIL message from unknown node about {nodename}");
            return;
        };
        let Some(failing) = self.lookup(&nodename.0) else {
            return;
        };
        let n = &self.nodes[failing];
        if n.has(nf::FAIL | nf::MYSELF) {
            return;
        }
        log::info!("FAIL message received from {} about {}", self.nodes[s].name, nodename);
        let n = &mut self.nodes[failing];
        n.flags |= nf::FAIL;
        n.fail_time = now;
        n.flags &= !nf::PFAIL;
        self.todo.update_state = true;
        self.topology_version += 1;
        self.flag_save(false);
    }

    /// clearNodeFailureIfNeeded: a FAIL node answered our PING.
    pub(super) fn clear_node_failure_if_needed(&mut self, idx: NodeIdx, now: i64) {
        let n = &self.nodes[idx];
        if n.is_replica() || n.numslots == 0 {
            log::info!(
                "Clear FAIL state for node {}: {} is reachable again.",
                n.name,
                if n.is_replica() {
                    "replica"
                } else {
                    "master without slots"
                }
            );
            self.nodes[idx].flags &= !nf::FAIL;
            self.todo.update_state = true;
            self.topology_version += 1;
            self.flag_save(false);
            return;
        }
        if n.is_master() && now - n.fail_time > self.cfg.node_timeout * FAIL_UNDO_TIME_MULT {
            log::info!(
                "Clear FAIL state for node {}: is reachable again and nobody is serving its slots after some time.",
                n.name
            );
            self.nodes[idx].flags &= !nf::FAIL;
            self.todo.update_state = true;
            self.topology_version += 1;
            self.flag_save(false);
        }
    }
}
