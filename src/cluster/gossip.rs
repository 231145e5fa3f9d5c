//! Membership and gossip (Redis's clusterProcessPacket for PING/PONG/MEET, clusterSendPing,
//! clusterProcessGossipSection): the handshake and renaming, PONG replies, pong_received refresh,
//! discovery of nodes from gossip, address updates, roles learnt from headers, and the dispatch of
//! every other message type to its module.

use super::bus::{Body, Gossip, GossipEntry, Message, MessageType, NetIp, PingExt, node_flags as nf};
use super::core::{Core, Output};
use super::node::{LinkId, Node, NodeIdx};

impl Core {
    /// clusterProcessPacket for one decoded message received on `link`.
    pub fn handle(&mut self, link: LinkId, msg: &Message, len: usize, now: i64) {
        let kind = msg.body.kind();
        self.count_received(kind, len);
        if self.links.get(link).is_none() {
            return;
        }
        if self.drop_filter == i64::from(kind) {
            log::warn!("Dropping packet that matches debug drop filter");
            return;
        }
        let hdr = &msg.header;
        let sender = self.sender_of(link, msg);
        if let Some(s) = sender {
            self.nodes[s].data_received = now;
            if !self.nodes[s].in_handshake() {
                self.apply_header_epochs(s, msg);
            }
        }
        match &msg.body {
            Body::Ping(g) | Body::Pong(g) | Body::Meet(g) => self.process_ping(link, msg, g, sender, now),
            Body::Fail { nodename } => self.process_fail(sender, nodename, now),
            Body::Update {
                config_epoch,
                nodename,
                slots,
            } => self.process_update(sender, *config_epoch, nodename, slots),
            Body::Publish { channel, message } | Body::PublishShard { channel, message } => {
                if sender.is_some() {
                    self.out.push(Output::Deliver {
                        channel: channel.clone(),
                        message: message.clone(),
                        shard: matches!(msg.body, Body::PublishShard { .. }),
                    });
                }
            }
            Body::FailoverAuthRequest => {
                if let Some(s) = sender {
                    self.send_failover_auth_if_needed(s, hdr, now);
                }
            }
            Body::FailoverAuthAck => {
                if let Some(s) = sender {
                    self.receive_failover_auth_ack(s, hdr);
                }
            }
            Body::MfStart => {
                if let Some(s) = sender {
                    self.receive_mfstart(s, link, now);
                }
            }
            Body::Module { .. } => {}
            Body::Unknown { kind, .. } => log::warn!("Received unknown packet type: {kind}"),
        }
    }

    /// getNodeFromLinkAndMsg: the link's node unless in handshake, else the header's sender, binding an
    /// inbound link to it on first sight.
    fn sender_of(&mut self, link: LinkId, msg: &Message) -> Option<NodeIdx> {
        let link_node = self.links[link].node;
        if let Some(n) = link_node
            && !self.nodes[n].in_handshake()
        {
            return Some(n);
        }
        let sender = self.lookup(&msg.header.sender.0)?;
        if link_node.is_none() {
            self.bind_inbound(sender, link);
        }
        Some(sender)
    }

    /// currentEpoch, sender configEpoch and replication offset from a known sender's header.
    fn apply_header_epochs(&mut self, s: NodeIdx, msg: &Message) {
        let hdr = &msg.header;
        if hdr.current_epoch > self.current_epoch {
            self.current_epoch = hdr.current_epoch;
        }
        if hdr.config_epoch > self.nodes[s].config_epoch {
            self.nodes[s].config_epoch = hdr.config_epoch;
            self.flag_save(true);
            self.topology_version += 1;
        }
        if (self.nodes[s].repl_offset == 0) != (hdr.offset == 0) {
            self.topology_version += 1;
        }
        self.nodes[s].repl_offset = hdr.offset;
        let me = self.me();
        if self.election.mf_end != 0
            && me.is_replica()
            && me.slaveof == Some(s)
            && hdr.mflags & super::bus::msg_flags::PAUSED != 0
            && self.election.mf_master_offset.is_none()
        {
            self.election.mf_master_offset = Some(hdr.offset);
            self.handle_manual_failover = true;
            log::warn!(
                "Received replication offset for paused master manual failover: {}",
                hdr.offset
            );
        }
    }

    fn process_ping(&mut self, link: LinkId, msg: &Message, gossip: &Gossip, mut sender: Option<NodeIdx>, now: i64) {
        let hdr = &msg.header;
        let kind = msg.body.kind();
        let is_ping = kind == MessageType::Ping as u16;
        let is_meet = kind == MessageType::Meet as u16;
        if is_ping || is_meet {
            self.learn_my_ip(link, is_meet);
            if sender.is_none() && is_meet {
                let mut node = Node::new(self.random_name(), nf::HANDSHAKE, now);
                node.ip = self.peer_ip_for(link, &hdr.myip);
                node.port = hdr.port;
                node.pport = hdr.pport;
                node.cport = hdr.cport;
                self.add_node(node);
                self.flag_save(false);
                self.process_gossip_section(None, gossip, now);
            }
            self.send_ping(link, MessageType::Pong, now);
        }
        let inbound = self.links[link].inbound;
        if !inbound {
            let Some(link_node) = self.links[link].node else { return };
            if self.nodes[link_node].in_handshake() {
                if let Some(s) = sender {
                    log::debug!(
                        "Handshake: we already know node {}, updating the address if needed.",
                        hdr.sender
                    );
                    if self.update_address_if_needed(s, link, msg) {
                        self.flag_save(false);
                        self.todo.update_state = true;
                    }
                    self.del_node(link_node);
                    return;
                }
                self.rename_node(link_node, hdr.sender);
                log::debug!("Handshake with node {} completed.", hdr.sender);
                let n = &mut self.nodes[link_node];
                n.flags &= !nf::HANDSHAKE;
                n.flags |= hdr.flags & (nf::MASTER | nf::SLAVE);
                self.flag_save(false);
            } else if self.nodes[link_node].name != hdr.sender {
                log::debug!(
                    "PONG contains mismatching sender ID. About node {}",
                    self.nodes[link_node].name
                );
                let n = &mut self.nodes[link_node];
                n.flags |= nf::NOADDR;
                n.ip.clear();
                n.port = 0;
                n.pport = 0;
                n.cport = 0;
                self.free_link(link);
                self.flag_save(false);
                return;
            }
        }
        if let Some(s) = sender {
            let n = &mut self.nodes[s];
            n.flags = (n.flags & !nf::NOFAILOVER) | (hdr.flags & nf::NOFAILOVER);
            if is_ping && !n.in_handshake() && self.update_address_if_needed(s, link, msg) {
                self.flag_save(false);
                self.todo.update_state = true;
            }
        }
        if !inbound && kind == MessageType::Pong as u16 {
            self.pong_on_outbound(link, now);
        }
        // A handshake node renamed above stays unknown for the rest of this packet.
        if sender.is_some_and(|s| !self.nodes.contains(s)) {
            sender = None;
        }
        let Some(s) = sender else { return };
        self.learn_role(s, msg);
        self.learn_slots(s, msg, now);
        if self.me().is_master() && self.nodes[s].is_master() && hdr.config_epoch == self.me().config_epoch {
            self.handle_config_epoch_collision(s);
        }
        self.process_gossip_section(Some(s), gossip, now);
        self.process_ping_ext(s, gossip);
    }

    /// A PONG on our outbound link: the node answered.
    fn pong_on_outbound(&mut self, link: LinkId, now: i64) {
        let Some(idx) = self.links[link].node else { return };
        let n = &mut self.nodes[idx];
        n.pong_received = now;
        n.ping_sent = 0;
        if n.timed_out() {
            n.flags &= !nf::PFAIL;
            self.topology_version += 1;
            self.flag_save(false);
            self.todo.update_state = true;
        } else if n.failed() {
            self.clear_node_failure_if_needed(idx, now);
        }
    }

    /// The sender's role from `slaveof` in the header.
    fn learn_role(&mut self, s: NodeIdx, msg: &Message) {
        match msg.header.slaveof.filter(|m| !m.is_null()) {
            None => self.set_node_as_master(s),
            Some(master_name) => {
                let master = self.lookup(&master_name.0);
                if self.nodes[s].is_master() {
                    self.del_node_slots(s);
                    let n = &mut self.nodes[s];
                    n.flags &= !(nf::MASTER | nf::MIGRATE_TO);
                    n.flags |= nf::SLAVE;
                    self.flag_save(false);
                    self.todo.update_state = true;
                    self.topology_version += 1;
                }
                if let Some(m) = master
                    && self.nodes[s].slaveof != Some(m)
                {
                    if let Some(old) = self.nodes[s].slaveof {
                        self.remove_replica(old, s);
                    }
                    self.add_replica(m, s);
                    self.nodes[s].slaveof = Some(m);
                    self.flag_save(false);
                }
            }
        }
    }

    /// Step 9 of packet processing: rebind slots from a newer config, or tell a stale sender (UPDATE).
    fn learn_slots(&mut self, s: NodeIdx, msg: &Message, now: i64) {
        let hdr = &msg.header;
        let sender_master = if self.nodes[s].is_master() {
            Some(s)
        } else {
            self.nodes[s].slaveof
        };
        let Some(sm) = sender_master else { return };
        if *self.nodes[sm].slots() == hdr.myslots {
            return;
        }
        if self.nodes[s].is_master() {
            self.update_slots_config_with(s, hdr.config_epoch, &hdr.myslots, now);
        }
        for slot in hdr.myslots.iter() {
            let Some(owner) = self.slot_owner(slot) else { continue };
            if owner == s || self.slot_unclaimed(slot) {
                continue;
            }
            if self.nodes[owner].config_epoch > hdr.config_epoch {
                log::debug!(
                    "Node {} has old slots configuration, sending an UPDATE message about {}",
                    self.nodes[s].name,
                    self.nodes[owner].name
                );
                self.send_update(s, owner);
                break;
            }
        }
    }

    /// Learn my own IP from the socket a MEET (or, while I have none, a PING) arrived on.
    fn learn_my_ip(&mut self, link: LinkId, is_meet: bool) {
        if self.cfg.announce_ip.is_some() {
            return;
        }
        let me = self.myself;
        if !is_meet && !self.nodes[me].ip.is_empty() {
            return;
        }
        let local = self.links[link].local_ip.clone();
        if !local.is_empty() && local != self.nodes[me].ip {
            log::warn!("IP address for this node updated to {local}");
            self.nodes[me].ip = local;
            self.flag_save(false);
            self.topology_version += 1;
        }
    }

    /// nodeIp2String: the announced IP if any, else the link's peer address.
    fn peer_ip_for(&self, link: LinkId, announced: &NetIp) -> String {
        if announced.is_empty() {
            self.links[link].peer_ip.clone()
        } else {
            announced.to_text()
        }
    }

    /// nodeUpdateAddressIfNeeded.
    fn update_address_if_needed(&mut self, idx: NodeIdx, link: LinkId, msg: &Message) -> bool {
        if self.nodes[idx].link == Some(link) {
            return false;
        }
        let hdr = &msg.header;
        let ip = self.peer_ip_for(link, &hdr.myip);
        let n = &self.nodes[idx];
        if n.port == hdr.port && n.cport == hdr.cport && n.pport == hdr.pport && n.ip == ip {
            return false;
        }
        self.move_node(idx, ip, (hdr.port, hdr.pport, hdr.cport));
        let n = &self.nodes[idx];
        log::warn!("Address updated for node {}, now {}", n.name, n.address());
        if self.me().is_replica() && self.me().slaveof == Some(idx) {
            let n = &self.nodes[idx];
            self.out.push(Output::ReplicateFrom {
                ip: n.ip.clone(),
                port: n.port,
            });
        }
        true
    }

    /// clusterProcessGossipSection.
    fn process_gossip_section(&mut self, sender: Option<NodeIdx>, gossip: &Gossip, now: i64) {
        let sender_is_master = sender.is_some_and(|s| self.nodes[s].is_master());
        for g in &gossip.entries {
            match self.lookup(&g.nodename.0) {
                Some(idx) => {
                    if let Some(s) = sender.filter(|_| sender_is_master)
                        && idx != self.myself
                    {
                        if g.flags & (nf::FAIL | nf::PFAIL) != 0 {
                            if self.add_failure_report(idx, s, now) {
                                log::debug!(
                                    "Node {} reported node {} as not reachable.",
                                    self.nodes[s].name,
                                    g.nodename
                                );
                            }
                            self.mark_node_as_failing_if_needed(idx, now);
                        } else if self.del_failure_report(idx, s, now) {
                            log::debug!(
                                "Node {} reported node {} is back online.",
                                self.nodes[s].name,
                                g.nodename
                            );
                        }
                    }
                    self.refresh_pong_from_gossip(idx, g, now);
                    self.update_address_from_gossip(idx, g);
                }
                None => {
                    if sender.is_some() && g.flags & nf::NOADDR == 0 && !self.blacklisted(&g.nodename, now) {
                        let mut node = Node::new(g.nodename, g.flags, now);
                        node.ip = g.ip.to_text();
                        node.port = g.port;
                        node.pport = g.pport;
                        node.cport = g.cport;
                        self.add_node(node);
                    }
                }
            }
        }
    }

    /// The pong_received refresh rule for a node another node reports as healthy.
    fn refresh_pong_from_gossip(&mut self, idx: NodeIdx, g: &GossipEntry, now: i64) {
        if g.flags & (nf::FAIL | nf::PFAIL) != 0
            || self.nodes[idx].ping_sent != 0
            || self.failure_reports_count(idx, now) != 0
        {
            return;
        }
        let pongtime = i64::from(g.pong_received) * 1000;
        let n = &mut self.nodes[idx];
        if pongtime <= now + 500 && pongtime > n.pong_received {
            n.pong_received = pongtime;
        }
    }

    /// A node I cannot reach shows up at another address in a healthy node's gossip.
    fn update_address_from_gossip(&mut self, idx: NodeIdx, g: &GossipEntry) {
        let n = &self.nodes[idx];
        if n.flags & (nf::FAIL | nf::PFAIL) == 0 || g.flags & (nf::NOADDR | nf::FAIL | nf::PFAIL) != 0 {
            return;
        }
        let ip = g.ip.to_text();
        if n.ip.eq_ignore_ascii_case(&ip) && n.port == g.port && n.cport == g.cport {
            return;
        }
        self.move_node(idx, ip, (g.port, g.pport, g.cport));
    }

    /// A node's new address: its outbound link is dropped (the cron reconnects), NOADDR cleared.
    fn move_node(&mut self, idx: NodeIdx, ip: String, (port, pport, cport): (u16, u16, u16)) {
        if let Some(l) = self.nodes[idx].link {
            self.free_link(l);
        }
        let n = &mut self.nodes[idx];
        n.ip = ip;
        n.port = port;
        n.pport = pport;
        n.cport = cport;
        n.flags &= !nf::NOADDR;
        self.topology_version += 1;
    }

    /// clusterProcessPingExt: the hostname, cleared when the packet carries none.
    fn process_ping_ext(&mut self, s: NodeIdx, gossip: &Gossip) {
        let hostname = gossip.hostname().map(|h| String::from_utf8_lossy(h).into_owned());
        let n = &mut self.nodes[s];
        let new = hostname.unwrap_or_default();
        if n.hostname != new {
            n.hostname = new;
            self.flag_save(false);
            self.topology_version += 1;
        }
    }

    /// clusterSendPing: a PING, PONG or MEET with gossip about random healthy nodes plus every PFAIL
    /// node, and the hostname extension when one is announced.
    pub(super) fn send_ping(&mut self, link: LinkId, kind: MessageType, now: i64) {
        let Some(l) = self.links.get(link) else { return };
        if !l.inbound
            && kind == MessageType::Ping
            && let Some(n) = l.node
        {
            self.nodes[n].ping_sent = now;
        }
        let gossip = self.build_gossip();
        let body = match kind {
            MessageType::Ping => Body::Ping(gossip),
            MessageType::Meet => Body::Meet(gossip),
            _ => Body::Pong(gossip),
        };
        let msg = Message {
            header: self.header(),
            body,
        };
        self.send(link, &msg);
    }

    /// Broadcast a PONG to every node (or only to my master's other replicas).
    pub(super) fn broadcast_pong(&mut self, only_my_shard_replicas: bool, now: i64) {
        let me = self.myself;
        let my_master = self.nodes[me].slaveof;
        let targets: Vec<LinkId> = self
            .nodes
            .iter()
            .filter(|(i, n)| *i != me && !n.in_handshake())
            .filter(|(_, n)| !only_my_shard_replicas || (n.is_replica() && n.slaveof == my_master))
            .filter_map(|(_, n)| n.link)
            .collect();
        for link in targets {
            self.send_ping(link, MessageType::Pong, now);
        }
    }

    fn build_gossip(&mut self) -> Gossip {
        let total = self.nodes.len();
        let mut freshnodes = total as i64 - 2;
        let wanted = ((total / 10).max(3) as i64).min(freshnodes).max(0) as usize;
        let mut entries: Vec<GossipEntry> = Vec::with_capacity(wanted + self.pfail_nodes);
        self.gossip_round += 1;
        let round = self.gossip_round;
        if self.gossip_mark.len() < self.nodes.capacity() {
            self.gossip_mark.resize(self.nodes.capacity(), 0);
        }
        let mut iterations = wanted * 3;
        while freshnodes > 0 && entries.len() < wanted && iterations > 0 {
            iterations -= 1;
            let idx = self.random_node();
            let n = &self.nodes[idx];
            if idx == self.myself || n.timed_out() {
                continue;
            }
            if n.has(nf::HANDSHAKE | nf::NOADDR) || (n.link.is_none() && n.numslots == 0) {
                freshnodes -= 1;
                continue;
            }
            if self.gossip_mark[idx] == round {
                continue;
            }
            self.gossip_mark[idx] = round;
            entries.push(gossip_entry(n));
            freshnodes -= 1;
        }
        let mut pfail_wanted = self.pfail_nodes;
        if pfail_wanted > 0 {
            for (_, n) in self.nodes.iter() {
                if n.has(nf::HANDSHAKE | nf::NOADDR) || !n.timed_out() {
                    continue;
                }
                entries.push(gossip_entry(n));
                pfail_wanted -= 1;
                if pfail_wanted == 0 {
                    break;
                }
            }
        }
        let exts = if self.cfg.announce_hostname.is_empty() {
            Vec::new()
        } else {
            vec![PingExt::Hostname(self.cfg.announce_hostname.as_bytes().to_vec())]
        };
        Gossip { entries, exts }
    }
}

/// clusterSetGossipEntry.
fn gossip_entry(n: &Node) -> GossipEntry {
    GossipEntry {
        nodename: n.name,
        ping_sent: (n.ping_sent / 1000) as u32,
        pong_received: (n.pong_received / 1000) as u32,
        ip: NetIp::new(&n.ip),
        port: n.port,
        cport: n.cport,
        flags: n.flags,
        pport: n.pport,
    }
}
