//! Slot migration state and the redirections it causes (SETSLOT MIGRATING/IMPORTING/NODE, ASK,
//! TRYAGAIN, ASKING, MOVED after the move), compared byte for byte with real redis-server 7.0.15.
//!
//! The same scripted session runs on two-node clusters of every flavor pair (Redis+Redis,
//! Gossamer+Gossamer and both mixed pairs); node ids and ports are masked, and every transcript
//! must equal the all-Redis one. The final slot tables must agree on both nodes.

mod common;

use std::time::{Duration, Instant};

use common::{Flavor, RawConn, ServerProcess, free_port};

/// "foo" hashes to slot 12182; `{foo}...` keys share it.
const SLOT: &str = "12182";

struct Pair {
    a: ServerProcess,
    b: ServerProcess,
    a_id: String,
    b_id: String,
}

fn start(flavor: Flavor) -> ServerProcess {
    let cport = free_port().to_string();
    ServerProcess::start(
        flavor,
        &[
            "--cluster-enabled",
            "yes",
            "--cluster-node-timeout",
            "1000",
            "--cluster-port",
            &cport,
        ],
    )
}

fn cmd(conn: &mut RawConn, args: &[&str]) -> String {
    let args: Vec<&[u8]> = args.iter().map(|s| s.as_bytes()).collect();
    conn.send_cmd(&args);
    String::from_utf8_lossy(&conn.read_reply()).into_owned()
}

fn bus_port(node: &ServerProcess) -> String {
    let mut c = node.raw();
    let nodes = cmd(&mut c, &["CLUSTER", "NODES"]);
    let me = nodes.lines().find(|l| l.contains("myself")).expect("myself line");
    let addr = me.split(' ').nth(1).expect("address");
    addr.split('@')
        .nth(1)
        .expect("cport")
        .split(',')
        .next()
        .unwrap_or_default()
        .to_string()
}

fn id(node: &ServerProcess) -> String {
    let mut c = node.raw();
    let reply = cmd(&mut c, &["CLUSTER", "MYID"]);
    reply.lines().nth(1).expect("id").to_string()
}

/// Per node: (id, flags minus myself, master, epoch, slots...) from CLUSTER NODES, sorted.
fn view(node: &ServerProcess) -> Vec<String> {
    let mut c = node.raw();
    let text = cmd(&mut c, &["CLUSTER", "NODES"]);
    let mut lines: Vec<String> = text
        .lines()
        .filter(|l| l.len() > 40 && !l.starts_with('$') && !l.starts_with('='))
        .map(|l| {
            let f: Vec<&str> = l.split(' ').collect();
            let flags: Vec<&str> = f[2].split(',').filter(|x| *x != "myself").collect();
            let slots: Vec<&str> = f[8..].iter().copied().filter(|s| !s.starts_with('[')).collect();
            format!("{} {} {} {} {}", f[0], flags.join(","), f[3], f[6], slots.join(" "))
        })
        .collect();
    lines.sort();
    lines
}

fn wait_until(what: &str, mut cond: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if cond() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("timed out waiting for {what}");
}

/// A owns every slot; B is an empty master that met A.
fn form_pair(fa: Flavor, fb: Flavor) -> Pair {
    let a = start(fa);
    let b = start(fb);
    let (a_id, b_id) = (id(&a), id(&b));
    let mut ca = a.raw();
    let mut cb = b.raw();
    assert_eq!(cmd(&mut ca, &["CLUSTER", "ADDSLOTSRANGE", "0", "16383"]), "+OK\r\n");
    assert_eq!(cmd(&mut ca, &["CLUSTER", "SET-CONFIG-EPOCH", "1"]), "+OK\r\n");
    assert_eq!(cmd(&mut cb, &["CLUSTER", "SET-CONFIG-EPOCH", "2"]), "+OK\r\n");
    let a_port = a.port.to_string();
    let a_cport = bus_port(&a);
    assert_eq!(
        cmd(&mut cb, &["CLUSTER", "MEET", "127.0.0.1", &a_port, &a_cport]),
        "+OK\r\n"
    );
    wait_until(&format!("{fa:?}+{fb:?} pair to form"), || {
        let (va, vb) = (view(&a), view(&b));
        va.len() == 2 && va == vb && !va.iter().any(|l| l.contains("handshake") || l.contains("fail"))
    });
    wait_until("cluster_state:ok on both", || {
        [&a, &b]
            .iter()
            .all(|n| cmd(&mut n.raw(), &["CLUSTER", "INFO"]).contains("cluster_state:ok"))
    });
    Pair { a, b, a_id, b_id }
}

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
