//! clusterCron, every 100 ms: reconnect links, drop stale handshakes, the once-a-second random PING,
//! PINGs to nodes not heard from for node_timeout/2, the link watchdog, PFAIL, and the state update.
//! Then the replica duties (see [`super::failover`]): replication target, manual failover,
//! elections and migration to orphaned masters.

use super::bus::{MessageType, node_flags as nf};
use super::core::{Core, State};
use super::node::NodeIdx;

/// Every `RANDOM_PING_EVERY`th run PINGs the best of `RANDOM_PING_SAMPLE` random nodes.
const RANDOM_PING_EVERY: u64 = 10;
const RANDOM_PING_SAMPLE: usize = 5;

impl Core {
    /// One clusterCron run at `now`.
    pub fn tick(&mut self, now: i64) {
        self.iteration += 1;
        self.update_myself_hostname();
        let handshake_timeout = self.cfg.node_timeout.max(1000);
        self.pfail_nodes = 0;
        let keys: Vec<NodeIdx> = self.nodes.iter().map(|(i, _)| i).collect();
        for &idx in &keys {
            self.reconnect_if_needed(idx, handshake_timeout, now);
        }
        if self.iteration.is_multiple_of(RANDOM_PING_EVERY) {
            self.ping_random_node(now);
        }
        let census = self.orphan_census(now);
        let mut update_state = false;
        for &idx in &keys {
            update_state |= self.check_node(idx, now);
        }
        self.replica_cron(census, now);
        if update_state || self.state == State::Fail {
            self.update_state(now);
        }
    }

    /// clusterUpdateMyselfHostname: myself's hostname follows cluster-announce-hostname.
    pub fn update_myself_hostname(&mut self) {
        let me = self.myself;
        if self.nodes[me].hostname != self.cfg.announce_hostname {
            self.nodes[me].hostname = self.cfg.announce_hostname.clone();
            self.topology_version += 1;
        }
    }

    /// clusterNodeCronHandleReconnect.
    fn reconnect_if_needed(&mut self, idx: NodeIdx, handshake_timeout: i64, now: i64) {
        let Some(n) = self.nodes.get(idx) else { return };
        if n.has(nf::MYSELF | nf::NOADDR) {
            return;
        }
        if n.timed_out() {
            self.pfail_nodes += 1;
        }
        if n.in_handshake() && now - n.ctime > handshake_timeout {
            self.del_node(idx);
            return;
        }
        if n.link.is_none() {
            self.open_link(idx, now);
        }
    }

    /// PING the node with the oldest pong among a few random ones.
    fn ping_random_node(&mut self, now: i64) {
        let mut best: Option<(NodeIdx, i64)> = None;
        for _ in 0..RANDOM_PING_SAMPLE {
            let idx = self.random_node();
            let n = &self.nodes[idx];
            if n.link.is_none() || n.ping_sent != 0 || n.has(nf::MYSELF | nf::HANDSHAKE) {
                continue;
            }
            if best.is_none_or(|(_, pong)| pong > n.pong_received) {
                best = Some((idx, n.pong_received));
            }
        }
        if let Some((idx, _)) = best
            && let Some(link) = self.nodes[idx].link
        {
            self.send_ping(link, MessageType::Ping, now);
        }
    }

    /// Watchdog, periodic PING and PFAIL for one node; true if it just became PFAIL.
    fn check_node(&mut self, idx: NodeIdx, now: i64) -> bool {
        let Some(n) = self.nodes.get(idx) else { return false };
        if n.has(nf::MYSELF | nf::NOADDR | nf::HANDSHAKE) {
            return false;
        }
        let half = self.cfg.node_timeout / 2;
        let ping_delay = now - n.ping_sent;
        let data_delay = now - n.data_received;
        if let Some(link) = n.link
            && now - self.links[link].ctime > self.cfg.node_timeout
            && n.ping_sent != 0
            && ping_delay > half
            && data_delay > half
        {
            self.free_link(link);
        }
        let n = &self.nodes[idx];
        if let Some(link) = n.link
            && n.ping_sent == 0
            && now - n.pong_received > half
        {
            self.send_ping(link, MessageType::Ping, now);
            return false;
        }
        if let Some(link) = n.link
            && self.election.mf_end != 0
            && self.me().is_master()
            && self.election.mf_slave == Some(idx)
        {
            self.send_ping(link, MessageType::Ping, now);
            return false;
        }
        let n = &self.nodes[idx];
        if n.ping_sent == 0 {
            return false;
        }
        let node_delay = ping_delay.min(data_delay);
        if node_delay > self.cfg.node_timeout && !n.has(nf::PFAIL | nf::FAIL) {
            log::debug!("*** NODE {} possibly failing", n.name);
            self.nodes[idx].flags |= nf::PFAIL;
            self.topology_version += 1;
            return true;
        }
        false
    }
}
