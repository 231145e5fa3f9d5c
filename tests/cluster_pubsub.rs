//! Cluster Pub/Sub end to end, against real redis-server 7.0.15 nodes in the same cluster and
//! compared byte for byte with real Redis:
//!
//! * PUBLISH from every node of a mixed cluster (3 real + 3 Gossamer nodes, with replicas)
//!   reaches one SUBSCRIBE subscriber per node exactly once;
//! * SPUBLISH reaches the SSUBSCRIBE subscribers of the owning shard's master and replica only
//!   (the bus carries PUBLISHSHARD to the shard's nodes only, as CLUSTER INFO's counters show),
//!   never global subscribers of the same name; other shards answer MOVED;
//! * replies and errors of the shard commands on two-node clusters equal real Redis's;
//! * a shard subscriber whose slot moves away (CLUSTER SETSLOT on its node, or a newer owner
//!   learnt over the bus) gets the `sunsubscribe` frames real Redis sends.

mod common;

use std::collections::BTreeSet;
use std::time::Duration;

use common::cluster::*;
use common::{Flavor, RawConn, ServerProcess};

const OURS: Flavor = Flavor::Gossamer;
const REAL: Flavor = Flavor::Redis;
const MIXED: [Flavor; 6] = [REAL, OURS, REAL, OURS, REAL, OURS];

/// Bound of every wait for one pushed message.
const MSG_WAIT: Duration = Duration::from_secs(10);

// ---------------------------------------------------------------------------
// RESP frames and subscriber connections.

/// A push frame (`*n` in RESP2, `>n` in RESP3) of bulk strings and an optional trailing integer.
fn frame(resp3: bool, bulks: &[&str], int: Option<i64>) -> String {
    let n = bulks.len() + usize::from(int.is_some());
    let mut out = format!("{}{n}\r\n", if resp3 { '>' } else { '*' });
    for b in bulks {
        out.push_str(&format!("${}\r\n{b}\r\n", b.len()));
    }
    if let Some(i) = int {
        out.push_str(&format!(":{i}\r\n"));
    }
    out
}

/// What PING answers a subscribed client: a `pong` frame in RESP2, `+PONG` in RESP3.
fn subscribed_pong(resp3: bool) -> String {
    if resp3 {
        "+PONG\r\n".into()
    } else {
        frame(false, &["pong", ""], None)
    }
}

/// A client connection that may be in subscribed mode.
struct Sub {
    conn: RawConn,
    port: u16,
    resp3: bool,
}

impl Sub {
    fn open(port: u16, resp3: bool) -> Sub {
        let mut conn = RawConn::connect(port);
        if resp3 {
            conn.send_cmd(&[b"HELLO", b"3"]);
            let hello = conn.read_reply();
            assert!(hello.starts_with(b"%"), "HELLO 3 on {port}: {}", show(&hello));
        }
        Sub { conn, port, resp3 }
    }

    fn send(&mut self, args: &[&str]) {
        let args: Vec<&[u8]> = args.iter().map(|a| a.as_bytes()).collect();
        self.conn.send_cmd(&args);
    }

    /// The next reply or pushed frame, waiting at most MSG_WAIT.
    fn next(&mut self, what: &str) -> String {
        match self.conn.try_read_reply(MSG_WAIT) {
            Some(bytes) => show(&bytes),
            None => panic!("nothing arrived on {} within {MSG_WAIT:?}: {what}", self.port),
        }
    }

    /// Send a command and return its (single) reply.
    fn call(&mut self, args: &[&str]) -> String {
        self.send(args);
        self.next(&format!("reply to {args:?}"))
    }

    /// PING must be answered before anything else: no stray frame is queued.
    fn assert_nothing_pending(&mut self, what: &str) {
        self.send(&["PING"]);
        assert_eq!(
            self.next("PING reply"),
            subscribed_pong(self.resp3),
            "a stray frame on {} ({what})",
            self.port
        );
    }
}

fn show(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// One command over a fresh raw connection; the reply bytes as text.
fn once(port: u16, args: &[&str]) -> String {
    cmd(&mut RawConn::connect(port), args)
}

/// `cluster_stats_messages_publishshard_received` of CLUSTER INFO (absent: 0).
fn publishshard_received(port: u16) -> u64 {
    let info = query(port, &["CLUSTER", "INFO"]).unwrap_or_else(|e| panic!("CLUSTER INFO on {port}: {e}"));
    info.lines()
        .find_map(|l| l.trim().strip_prefix("cluster_stats_messages_publishshard_received:"))
        .map_or(0, |v| v.parse().expect("counter"))
}

// ---------------------------------------------------------------------------
// The mixed cluster.

/// A master (index into the nodes), its replica, and a channel hashing to one of its slots.
struct Shard {
    master: usize,
    replica: usize,
    channel: String,
    slot: u16,
}

/// The three shards of a 6-node cluster with one replica per master, as node 0 sees them.
fn shards(nodes: &[ServerProcess]) -> Vec<Shard> {
    let lines = parsed(nodes[0].port).expect("CLUSTER NODES");
    let index = |port: u16| nodes.iter().position(|n| n.port == port).expect("a node of ours");
    let shards: Vec<Shard> = lines
        .iter()
        .filter(|l| l.has_flag("master") && !l.slots.is_empty())
        .map(|m| {
            let replicas: Vec<&NodeLine> = lines.iter().filter(|l| l.master == m.id).collect();
            assert_eq!(replicas.len(), 1, "replicas of {}\n{}", m.id, dump(nodes));
            let channel = keys_of_master(nodes[0].port, &m.id, 1).remove(0);
            Shard {
                master: index(m.port()),
                replica: index(replicas[0].port()),
                slot: gossamer::slot::key_hash_slot(channel.as_bytes()),
                channel,
            }
        })
        .collect();
    assert_eq!(shards.len(), 3, "{}", dump(nodes));
    shards
}

/// One SUBSCRIBE subscriber per node (RESP2 and RESP3 alternately); PUBLISH from each node in turn
/// reaches every subscriber once; a sentinel from every node then proves nothing was duplicated.
fn publish_reaches_every_node_once(nodes: &[ServerProcess]) {
    let mut subs: Vec<Sub> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let mut s = Sub::open(n.port, i % 2 == 1);
            let reply = s.call(&["SUBSCRIBE", "news"]);
            assert_eq!(reply, frame(s.resp3, &["subscribe", "news"], Some(1)));
            s
        })
        .collect();
    for (i, n) in nodes.iter().enumerate() {
        let msg = format!("from-{i}");
        // PUBLISH counts the receivers on the publishing node only.
        assert_eq!(
            once(n.port, &["PUBLISH", "news", &msg]),
            ":1\r\n",
            "PUBLISH on {:?} {}",
            n.flavor,
            n.port
        );
        for s in &mut subs {
            let got = s.next(&format!("{msg} published on {}", n.port));
            assert_eq!(
                got,
                frame(s.resp3, &["message", "news", &msg], None),
                "subscriber on {}",
                s.port
            );
        }
    }
    for (i, n) in nodes.iter().enumerate() {
        assert_eq!(once(n.port, &["PUBLISH", "news", &format!("end-{i}")]), ":1\r\n");
    }
    for s in &mut subs {
        let mut seen = BTreeSet::new();
        while seen.len() < nodes.len() {
            let got = s.next("the sentinels");
            let which = (0..nodes.len())
                .find(|i| got == frame(s.resp3, &["message", "news", &format!("end-{i}")], None))
                .unwrap_or_else(|| panic!("subscriber on {} got {got:?} instead of a sentinel", s.port));
            assert!(seen.insert(which), "sentinel end-{which} twice on {}", s.port);
        }
        s.assert_nothing_pending("after the PUBLISH sentinels");
    }
}

/// SSUBSCRIBE on every node (to its own shard's channel), SUBSCRIBE to every shard channel name on
/// every node; SPUBLISH from master and replica of each shard.
fn spublish_stays_in_its_shard(nodes: &[ServerProcess]) {
    let shards = shards(nodes);
    let shard_of = |i: usize| {
        shards
            .iter()
            .position(|s| s.master == i || s.replica == i)
            .expect("every node is in a shard")
    };
    // Shard subscribers: on a replica too, without READONLY (Redis serves shard channels there).
    let mut ssubs: Vec<Sub> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let mut s = Sub::open(n.port, i % 2 == 0);
            let ch = &shards[shard_of(i)].channel;
            let reply = s.call(&["SSUBSCRIBE", ch]);
            assert_eq!(
                reply,
                frame(s.resp3, &["ssubscribe", ch], Some(1)),
                "{:?} {}",
                n.flavor,
                n.port
            );
            s
        })
        .collect();
    // Global subscribers of the same names must never see a shard message.
    let mut gsubs: Vec<Sub> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let mut s = Sub::open(n.port, i % 2 == 1);
            for (k, sh) in shards.iter().enumerate() {
                let reply = s.call(&["SUBSCRIBE", &sh.channel]);
                assert_eq!(reply, frame(s.resp3, &["subscribe", &sh.channel], Some(k as i64 + 1)));
            }
            s
        })
        .collect();
    // Other shards redirect SSUBSCRIBE, SPUBLISH and SUNSUBSCRIBE to the owning master.
    for (i, n) in nodes.iter().enumerate() {
        for (k, sh) in shards.iter().enumerate() {
            if k == shard_of(i) {
                continue;
            }
            let moved = format!("-MOVED {} 127.0.0.1:{}\r\n", sh.slot, nodes[sh.master].port);
            for args in [
                vec!["SSUBSCRIBE", sh.channel.as_str()],
                vec!["SPUBLISH", sh.channel.as_str(), "x"],
                vec!["SUNSUBSCRIBE", sh.channel.as_str()],
            ] {
                assert_eq!(once(n.port, &args), moved, "{args:?} on {:?} {}", n.flavor, n.port);
            }
        }
    }
    let before: Vec<u64> = nodes.iter().map(|n| publishshard_received(n.port)).collect();
    for sh in &shards {
        let members = [sh.master, sh.replica];
        for (step, &publisher) in members.iter().enumerate() {
            let msg = format!("m-{}", nodes[publisher].port);
            let reply = once(nodes[publisher].port, &["SPUBLISH", &sh.channel, &msg]);
            assert_eq!(
                reply, ":1\r\n",
                "SPUBLISH on {:?} {}",
                nodes[publisher].flavor, nodes[publisher].port
            );
            for &m in &members {
                let s = &mut ssubs[m];
                let got = s.next(&format!("{msg} (step {step}) on shard {}", sh.channel));
                assert_eq!(
                    got,
                    frame(s.resp3, &["smessage", &sh.channel, &msg], None),
                    "on {}",
                    s.port
                );
            }
        }
        // The sentinel: the next frame of both shard subscribers.
        assert_eq!(once(nodes[sh.master].port, &["SPUBLISH", &sh.channel, "end"]), ":1\r\n");
        for &m in &members {
            let s = &mut ssubs[m];
            let got = s.next("the SPUBLISH sentinel");
            assert_eq!(
                got,
                frame(s.resp3, &["smessage", &sh.channel, "end"], None),
                "on {}",
                s.port
            );
        }
    }
    // A global PUBLISH on the first shard channel's name: the global subscribers' next frame (so no
    // shard message leaked into them), and nothing for the shard subscribers.
    let ch0 = shards[0].channel.clone();
    assert_eq!(once(nodes[0].port, &["PUBLISH", &ch0, "global"]), ":1\r\n");
    for s in &mut gsubs {
        let got = s.next("the global PUBLISH");
        assert_eq!(
            got,
            frame(s.resp3, &["message", &ch0, "global"], None),
            "global subscriber on {}",
            s.port
        );
        s.assert_nothing_pending("global subscriber");
    }
    for s in &mut ssubs {
        s.assert_nothing_pending("shard subscriber after a global PUBLISH");
    }
    // PUBLISHSHARD went to the other node of the publisher's shard only: a master received the one
    // its replica sent, a replica the two its master sent; nodes of other shards nothing more.
    for sh in &shards {
        for (node, expected) in [(sh.master, 1), (sh.replica, 2)] {
            let n = &nodes[node];
            let got = publishshard_received(n.port) - before[node];
            assert_eq!(
                got,
                expected,
                "PUBLISHSHARD received by {:?} {}\n{}",
                n.flavor,
                n.port,
                dump(nodes)
            );
        }
    }
}

#[test]
fn mixed_cluster_publish_and_spublish() {
    let nodes = ready_cluster(&MIXED, 1, &[]);
    publish_reaches_every_node_once(&nodes);
    spublish_stays_in_its_shard(&nodes);
}

// ---------------------------------------------------------------------------
// Two-node clusters: A owns every slot, B none. "foo" and "{foo}x" hash to 12182, "bar" to 5061.

/// Replace the pair's ports (they differ per run) by placeholders.
fn mask(p: &Pair, text: String) -> String {
    text.replace(&p.a.port.to_string(), "<A>")
        .replace(&p.b.port.to_string(), "<B>")
}

/// Replies of the shard commands and their errors, on A and on B.
fn replies_transcript(p: &Pair) -> Vec<String> {
    let mut out = Vec::new();
    let mut c = Sub::open(p.a.port, false);
    let mut log = |label: &str, reply: String| out.push(format!("{label} -> {reply}"));
    for args in [
        &["SSUBSCRIBE", "foo", "bar"][..],
        &["SUNSUBSCRIBE", "foo", "bar"],
        &["SPUBLISH", "foo"],
        &["SSUBSCRIBE"],
        &["SUNSUBSCRIBE"],
        &["SUNSUBSCRIBE", "foo"],
        &["SPUBLISH", "foo", "m"],
        &["PUBSUB", "SHARDCHANNELS", "a", "b"],
        &["PUBSUB", "SHARDNUMSUB"],
        &["PUBSUB", "SHARDNUMSUB", "foo"],
        &["MULTI"],
        &["SSUBSCRIBE", "foo"],
        &["EXEC"],
        &["MULTI"],
        &["SPUBLISH", "foo", "x"],
        &["EXEC"],
    ] {
        log(&args.join(" "), c.call(args));
    }
    c.send(&["SSUBSCRIBE", "foo", "{foo}2"]);
    log("SSUBSCRIBE foo {foo}2 (1)", c.next("ssubscribe 1"));
    log("SSUBSCRIBE foo {foo}2 (2)", c.next("ssubscribe 2"));
    for args in [
        &["GET", "x"][..],
        &["PUBLISH", "foo", "x"],
        &["SUBSCRIBE", "a"],
        &["UNSUBSCRIBE"],
        &["GET", "x"],
        &["PING"],
    ] {
        log(&args.join(" "), c.call(args));
    }
    for args in [
        &["SSUBSCRIBE", "foo"][..],
        &["SPUBLISH", "foo", "m"],
        &["SUNSUBSCRIBE", "foo"],
        &["SUNSUBSCRIBE"],
        &["PUBSUB", "SHARDNUMSUB", "foo"],
    ] {
        log(&format!("B: {}", args.join(" ")), mask(p, once(p.b.port, args)));
    }
    for args in [
        &["PUBSUB", "SHARDNUMSUB", "foo", "bar", "{foo}2"][..],
        &["PUBSUB", "SHARDCHANNELS", "f*"],
        &["PUBSUB", "SHARDCHANNELS", "b*"],
        &["PUBSUB", "NUMSUB", "foo"],
        &["PUBLISH", "foo", "x"],
        &["SPUBLISH", "foo", "hi"],
    ] {
        log(&format!("other: {}", args.join(" ")), once(p.a.port, args));
    }
    log("smessage", c.next("the smessage"));
    for args in [
        &["SUNSUBSCRIBE", "nope"][..],
        &["SUNSUBSCRIBE", "{foo}2"],
        &["SUNSUBSCRIBE"],
        &["PING"],
        &["GET", "x"],
    ] {
        log(&args.join(" "), c.call(args));
    }
    let mut r3 = Sub::open(p.a.port, true);
    log("RESP3 SSUBSCRIBE foo", r3.call(&["SSUBSCRIBE", "foo"]));
    r3.send(&["SPUBLISH", "foo", "me"]);
    log("RESP3 SPUBLISH foo me (1)", r3.next("smessage"));
    log("RESP3 SPUBLISH foo me (2)", r3.next("reply"));
    log("RESP3 GET x", r3.call(&["GET", "x"]));
    log("RESP3 PING", r3.call(&["PING"]));
    out
}

#[test]
fn shard_command_replies_match_redis() {
    let reference = replies_transcript(&form_pair(REAL, REAL));
    let ours = replies_transcript(&form_pair(OURS, OURS));
    assert_eq!(ours, reference);
}

/// A's shard subscribers while A gives slot 12182 to B (CLUSTER SETSLOT on A), then loses slot 5061
/// to B's newer claim learnt over the bus (SETSLOT IMPORTING + NODE on B).
fn slot_loss_transcript(p: &Pair) -> Vec<String> {
    let mut out = Vec::new();
    let mut s2 = Sub::open(p.a.port, false);
    let mut s3 = Sub::open(p.a.port, true);
    let mut log = |label: &str, reply: String| out.push(format!("{label} -> {}", mask(p, reply)));
    s2.send(&["SSUBSCRIBE", "foo", "{foo}x"]);
    log("RESP2 SSUBSCRIBE foo {foo}x (1)", s2.next("ssubscribe"));
    log("RESP2 SSUBSCRIBE foo {foo}x (2)", s2.next("ssubscribe"));
    log("RESP2 SSUBSCRIBE bar", s2.call(&["SSUBSCRIBE", "bar"]));
    log("RESP2 SUBSCRIBE g", s2.call(&["SUBSCRIBE", "g"]));
    log("RESP3 SSUBSCRIBE foo", s3.call(&["SSUBSCRIBE", "foo"]));
    log(
        "A: SETSLOT 12182 NODE B",
        once(p.a.port, &["CLUSTER", "SETSLOT", "12182", "NODE", &p.b_id]),
    );
    log("RESP2 after SETSLOT (1)", s2.next("sunsubscribe"));
    log("RESP2 after SETSLOT (2)", s2.next("sunsubscribe"));
    log("RESP3 after SETSLOT", s3.next("sunsubscribe"));
    log("RESP2 SSUBSCRIBE foo", s2.call(&["SSUBSCRIBE", "foo"]));
    log("RESP2 PING", s2.call(&["PING"]));
    log("RESP3 PING", s3.call(&["PING"]));
    log("A: SHARDCHANNELS", once(p.a.port, &["PUBSUB", "SHARDCHANNELS"]));
    log(
        "B: SETSLOT 5061 IMPORTING A",
        once(p.b.port, &["CLUSTER", "SETSLOT", "5061", "IMPORTING", &p.a_id]),
    );
    log(
        "B: SETSLOT 5061 NODE B",
        once(p.b.port, &["CLUSTER", "SETSLOT", "5061", "NODE", &p.b_id]),
    );
    log("RESP2 after B's claim", s2.next("sunsubscribe bar"));
    log("RESP2 SUNSUBSCRIBE", s2.call(&["SUNSUBSCRIBE"]));
    log("RESP2 PING", s2.call(&["PING"]));
    log("A: SPUBLISH bar", once(p.a.port, &["SPUBLISH", "bar", "x"]));
    log("A: SHARDCHANNELS", once(p.a.port, &["PUBSUB", "SHARDCHANNELS"]));
    out
}

#[test]
fn slot_moved_away_unsubscribes_shard_subscribers_as_redis_does() {
    let reference = slot_loss_transcript(&form_pair(REAL, REAL));
    // What real Redis 7.0.15 sends: one sunsubscribe frame per channel of the slot, in byte order,
    // with the shard subscription count left; the client stays subscribed to its other channels.
    let expected_frames = [
        frame(false, &["sunsubscribe", "foo"], Some(2)),
        frame(false, &["sunsubscribe", "{foo}x"], Some(1)),
        frame(true, &["sunsubscribe", "foo"], Some(0)),
    ];
    for (line, want) in reference[6..9].iter().zip(&expected_frames) {
        assert!(line.ends_with(want.as_str()), "real Redis: {line:?}, expected {want:?}");
    }
    for (fa, fb) in [(OURS, OURS), (OURS, REAL), (REAL, OURS)] {
        let ours = slot_loss_transcript(&form_pair(fa, fb));
        assert_eq!(ours, reference, "A {fa:?}, B {fb:?}");
    }
}
