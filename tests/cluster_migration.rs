//! Slot migration state and the redirections it causes (SETSLOT MIGRATING/IMPORTING/NODE, ASK,
//! TRYAGAIN, ASKING, MOVED after the move), compared byte for byte with real redis-server 7.0.15.
//!
//! The same scripted session runs on two-node clusters of every flavor pair (Redis+Redis,
//! Gossamer+Gossamer and both mixed pairs); node ids and ports are masked, and every transcript
//! must equal the all-Redis one. The final slot tables must agree on both nodes.

mod common;

use std::time::Duration;

use common::cluster::{Pair, cmd, form_pair, view, wait_until};
use common::{Flavor, RawConn};

/// "foo" hashes to slot 12182; `{foo}...` keys share it.
const SLOT: &str = "12182";

/// The scripted session; returns the masked transcript.
fn session(p: &Pair) -> Vec<String> {
    let mut a = p.a.raw();
    let mut b = p.b.raw();
    let (aid, bid) = (p.a_id.as_str(), p.b_id.as_str());
    let unknown = "0123456789012345678901234567890123456789";
    let mut t: Vec<String> = Vec::new();
    let mut run = |who: &str, conn: &mut RawConn, args: &[&str]| {
        let reply = cmd(conn, args);
        t.push(format!("{who} {args:?} -> {reply:?}"));
    };
    run("a", &mut a, &["SET", "foo", "1"]);
    run("a", &mut a, &["SET", "{foo}k2", "2"]);
    run("b", &mut b, &["CLUSTER", "SETSLOT", SLOT, "IMPORTING", aid]);
    run("a", &mut a, &["CLUSTER", "SETSLOT", SLOT, "MIGRATING", bid]);
    run("a", &mut a, &["GET", "foo"]);
    run("a", &mut a, &["GET", "{foo}missing"]);
    run("a", &mut a, &["MGET", "foo", "{foo}missing"]);
    run("a", &mut a, &["MGET", "foo", "{foo}k2"]);
    run("a", &mut a, &["SET", "{foo}new", "x"]);
    run("a", &mut a, &["EXISTS", "{foo}missing"]);
    run("a", &mut a, &["GET", "bar"]);
    run("b", &mut b, &["GET", "foo"]);
    run("b", &mut b, &["ASKING"]);
    run("b", &mut b, &["GET", "foo"]);
    run("b", &mut b, &["GET", "foo"]);
    run("b", &mut b, &["ASKING"]);
    run("b", &mut b, &["MSET", "{foo}x", "1", "{foo}y", "2"]);
    run("b", &mut b, &["ASKING"]);
    run("b", &mut b, &["SET", "{foo}x", "1"]);
    run("b", &mut b, &["ASKING"]);
    run("b", &mut b, &["GET", "{foo}x"]);
    run("b", &mut b, &["MULTI"]);
    run("b", &mut b, &["ASKING"]);
    run("b", &mut b, &["GET", "{foo}x"]);
    run("b", &mut b, &["GET", "{foo}x"]);
    run("b", &mut b, &["EXEC"]);
    run("b", &mut b, &["READONLY"]);
    run("b", &mut b, &["GET", "{foo}x"]);
    run("b", &mut b, &["READWRITE"]);
    run("b", &mut b, &["CLUSTER", "SETSLOT", SLOT, "MIGRATING", aid]);
    run("a", &mut a, &["CLUSTER", "SETSLOT", SLOT, "IMPORTING", bid]);
    run("a", &mut a, &["CLUSTER", "SETSLOT", SLOT, "NODE", unknown]);
    run("a", &mut a, &["CLUSTER", "SETSLOT", SLOT, "MIGRATING", unknown]);
    run("a", &mut a, &["CLUSTER", "SETSLOT", SLOT, "BOGUS"]);
    run("a", &mut a, &["CLUSTER", "SETSLOT", SLOT, "STABLE", "extra"]);
    run("a", &mut a, &["CLUSTER", "SETSLOT", "16384", "STABLE"]);
    run("a", &mut a, &["CLUSTER", "SETSLOT", SLOT, "NODE", bid]);
    run("a", &mut a, &["CLUSTER", "COUNTKEYSINSLOT", SLOT]);
    run("a", &mut a, &["CLUSTER", "GETKEYSINSLOT", SLOT, "10"]);
    run("a", &mut a, &["DEL", "foo", "{foo}k2"]);
    run("a", &mut a, &["CLUSTER", "SETSLOT", SLOT, "NODE", bid]);
    run("b", &mut b, &["CLUSTER", "SETSLOT", SLOT, "NODE", bid]);
    run("b", &mut b, &["GET", "{foo}x"]);
    run("a", &mut a, &["GET", "{foo}x"]);
    run("b", &mut b, &["CLUSTER", "SETSLOT", "0", "STABLE"]);
    run("b", &mut b, &["CLUSTER", "BUMPEPOCH"]);
    let ports = [(p.a.port.to_string(), "<A-port>"), (p.b.port.to_string(), "<B-port>")];
    t.into_iter()
        .map(|line| {
            let mut line = line.replace(aid, "<A>").replace(bid, "<B>");
            for (port, name) in &ports {
                line = line.replace(&format!(":{port}"), &format!(":{name}"));
            }
            line
        })
        .collect()
}

/// Both nodes agree that B owns the moved slot, A the rest.
fn wait_for_move(p: &Pair) {
    wait_until("both nodes to agree on the moved slot", || {
        let (va, vb) = (view(&p.a), view(&p.b));
        va == vb && va.iter().any(|l| l.starts_with(&p.b_id) && l.ends_with(" 12182"))
    });
}

#[test]
fn slot_migration_redirections_match_redis_in_every_pairing() {
    let reference = form_pair(Flavor::Redis, Flavor::Redis);
    let want = session(&reference);
    wait_for_move(&reference);
    let pairings = [
        (Flavor::Gossamer, Flavor::Gossamer),
        (Flavor::Redis, Flavor::Gossamer),
        (Flavor::Gossamer, Flavor::Redis),
    ];
    for (fa, fb) in pairings {
        let pair = form_pair(fa, fb);
        let got = session(&pair);
        for (i, (w, g)) in want.iter().zip(&got).enumerate() {
            assert_eq!(g, w, "{fa:?}+{fb:?}: step {i} differs from Redis+Redis");
        }
        assert_eq!(got.len(), want.len());
        wait_for_move(&pair);
    }
}

/// A client blocked on a key whose slot is given away gets MOVED, as from Redis's clientsCron.
fn blocked_client_redirect(fa: Flavor, fb: Flavor) -> String {
    let pair = form_pair(fa, fb);
    let mut blocked = pair.a.raw();
    blocked.send_cmd(&[b"BLPOP", b"foo", b"0"]);
    std::thread::sleep(Duration::from_millis(200));
    let mut a = pair.a.raw();
    assert_eq!(
        cmd(&mut a, &["CLUSTER", "SETSLOT", SLOT, "NODE", &pair.b_id]),
        "+OK\r\n"
    );
    let reply = String::from_utf8_lossy(&blocked.read_reply()).into_owned();
    reply.replace(&format!(":{}", pair.b.port), ":<B-port>")
}

#[test]
fn blocked_client_is_redirected_when_its_slot_moves() {
    let want = blocked_client_redirect(Flavor::Redis, Flavor::Redis);
    assert_eq!(want, "-MOVED 12182 127.0.0.1:<B-port>\r\n");
    assert_eq!(blocked_client_redirect(Flavor::Gossamer, Flavor::Gossamer), want);
}

/// CLUSTER SLOTS and MOVED under each cluster-preferred-endpoint-type, with and without an
/// announced hostname, byte for byte against Redis (node id and ports masked).
fn endpoint_transcript(flavor: Flavor) -> Vec<String> {
    let pair = form_pair(flavor, flavor);
    let mut a = pair.a.raw();
    let mut b = pair.b.raw();
    cmd(&mut b, &["CLUSTER", "SETSLOT", SLOT, "NODE", &pair.b_id]);
    cmd(&mut a, &["CLUSTER", "SETSLOT", SLOT, "NODE", &pair.b_id]);
    cmd(
        &mut b,
        &["CONFIG", "SET", "cluster-announce-hostname", "node-b.example"],
    );
    wait_until("A to learn B's hostname", || {
        cmd(&mut pair.a.raw(), &["CLUSTER", "NODES"]).contains("node-b.example")
    });
    let mut t = Vec::new();
    for kind in ["ip", "hostname", "unknown-endpoint"] {
        cmd(&mut a, &["CONFIG", "SET", "cluster-preferred-endpoint-type", kind]);
        for args in [&["GET", "foo"][..], &["CLUSTER", "SLOTS"]] {
            t.push(format!("{kind} {args:?} -> {:?}", cmd(&mut a, args)));
        }
        cmd(&mut a, &["HELLO", "3"]);
        t.push(format!(
            "{kind} RESP3 SLOTS -> {:?}",
            cmd(&mut a, &["CLUSTER", "SLOTS"])
        ));
        cmd(&mut a, &["HELLO", "2"]);
    }
    let (aid, bid) = (pair.a_id.as_str(), pair.b_id.as_str());
    t.into_iter()
        .map(|l| {
            l.replace(aid, "<A>")
                .replace(bid, "<B>")
                .replace(&format!(":{}", pair.a.port), ":<A-port>")
                .replace(&format!(":{}", pair.b.port), ":<B-port>")
                .replace(&format!(":{}\\r\\n", pair.a.port), ":<A-port>\\r\\n")
                .replace(&format!(":{}\\r\\n", pair.b.port), ":<B-port>\\r\\n")
        })
        .collect()
}

#[test]
fn preferred_endpoint_types_match_redis() {
    let want = endpoint_transcript(Flavor::Redis);
    let got = endpoint_transcript(Flavor::Gossamer);
    for (w, g) in want.iter().zip(&got) {
        assert_eq!(g, w);
    }
    assert_eq!(got.len(), want.len());
}
