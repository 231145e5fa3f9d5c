//! Against real redis-server 7.0.15 nodes: a fake node (a TCP listener on a bus port) that real nodes
//! MEET, whose PONGs are built by [`encode`]. It checks what the real nodes send decodes as expected and
//! that they accept our PONGs (handshake completes, hostname learned, UPDATE sent in reaction to a stale
//! slot claim). With `GOSSAMER_BUS_CAPTURE=<dir>` it also writes the frames it received there (that is
//! how `testdata/` was made). Skipped when `redis-server` is not installed; every wait is bounded.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::thread;
use std::time::{Duration, Instant};

use super::*;

const PORT_A: u16 = 17091;
const PORT_B: u16 = 17092;
const PORT_FAKE: u16 = 17093;
const FAKE_ID: &str = "f00dcafe00000000000000000000000000000001";
const FAKE_HOST: &str = "fake.example";
const HOST_A: &str = "node-a.example";

/// A redis-server child process, killed on drop.
struct RealNode {
    child: Child,
    port: u16,
}

impl RealNode {
    fn start(dir: &std::path::Path, port: u16, extra: &[&str]) -> RealNode {
        let log = std::fs::File::create(dir.join(format!("redis-{port}.log"))).expect("log file");
        let conf = dir.join(format!("nodes-{port}.conf"));
        let mut args: Vec<String> = vec![
            "--port".into(),
            port.to_string(),
            "--cluster-enabled".into(),
            "yes".into(),
            "--cluster-config-file".into(),
            conf.to_string_lossy().into_owned(),
            "--cluster-node-timeout".into(),
            "2000".into(),
            "--save".into(),
            String::new(),
            "--appendonly".into(),
            "no".into(),
            "--bind".into(),
            "127.0.0.1".into(),
            "--dir".into(),
            dir.to_string_lossy().into_owned(),
        ];
        args.extend(extra.iter().map(|s| s.to_string()));
        let child = Command::new("redis-server")
            .args(&args)
            .stdout(Stdio::from(log))
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn redis-server");
        let node = RealNode { child, port };
        wait_until(Duration::from_secs(10), || {
            node.try_cmd(&["PING"]).is_some_and(|r| r == "PONG")
        });
        node
    }

    fn try_cmd(&self, args: &[&str]) -> Option<String> {
        resp_command(self.port, args).ok()
    }

    fn cmd(&self, args: &[&str]) -> String {
        let r = resp_command(self.port, args).unwrap_or_else(|e| panic!("{args:?} on {}: {e}", self.port));
        assert!(!r.starts_with('-'), "{args:?} on {}: {r}", self.port);
        r
    }

    fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for RealNode {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Sends one command in RESP and reads a simple, error, integer or bulk reply as text.
fn resp_command(port: u16, args: &[&str]) -> std::io::Result<String> {
    let mut s = TcpStream::connect(("127.0.0.1", port))?;
    s.set_read_timeout(Some(Duration::from_secs(5)))?;
    let mut req = format!("*{}\r\n", args.len());
    for a in args {
        req.push_str(&format!("${}\r\n{a}\r\n", a.len()));
    }
    s.write_all(req.as_bytes())?;
    let mut r = BufReader::new(s);
    let mut line = String::new();
    r.read_line(&mut line)?;
    let line = line.trim_end().to_string();
    let Some(len) = line.strip_prefix('$') else {
        return Ok(line.trim_start_matches(['+', ':']).to_string());
    };
    let len: usize = len.parse().map_err(|_| std::io::Error::other("bad bulk length"))?;
    let mut body = vec![0; len + 2];
    r.read_exact(&mut body)?;
    body.truncate(len);
    Ok(String::from_utf8_lossy(&body).into_owned())
}

fn wait_until(limit: Duration, mut ok: impl FnMut() -> bool) -> bool {
    let end = Instant::now() + limit;
    while Instant::now() < end {
        if ok() {
            return true;
        }
        thread::sleep(Duration::from_millis(50));
    }
    false
}

/// What a connection thread reports: a frame, or a frame our decoder rejected.
enum Report {
    Frame(Box<Received>),
    Rejected(String),
}

/// A frame received by the fake node: which connection, raw bytes, decoded message.
struct Received {
    conn: usize,
    raw: Vec<u8>,
    msg: Message,
}

/// What the fake node's PONGs say besides the basics.
#[derive(Clone, Default)]
struct Behaviour {
    /// Claim slot 0 at configEpoch 1.
    claim_slot0: bool,
    /// Gossip that this node is PFAIL.
    report_pfail: Option<GossipEntry>,
}

type Shared = Arc<Mutex<Behaviour>>;

/// The fake node: accepts bus connections, reports every frame, answers PING/MEET with our PONG.
struct FakeNode {
    stop: Arc<AtomicBool>,
    behaviour: Shared,
    rx: mpsc::Receiver<Report>,
}

impl FakeNode {
    fn start(listener: TcpListener) -> FakeNode {
        let stop = Arc::new(AtomicBool::new(false));
        let behaviour = Shared::default();
        let (tx, rx) = mpsc::channel();
        let (stop2, behaviour2) = (stop.clone(), behaviour.clone());
        listener.set_nonblocking(true).expect("nonblocking");
        thread::spawn(move || accept_loop(listener, stop2, behaviour2, tx));
        FakeNode { stop, behaviour, rx }
    }

    fn set(&self, f: impl FnOnce(&mut Behaviour)) {
        f(&mut self.behaviour.lock().expect("behaviour lock"));
    }

    /// The next frame matching `pred`, others are dropped; panics after `limit`.
    fn expect(&self, what: &str, limit: Duration, pred: impl Fn(&Received) -> bool) -> Received {
        let end = Instant::now() + limit;
        loop {
            let left = end.saturating_duration_since(Instant::now());
            match self.rx.recv_timeout(left) {
                Ok(Report::Frame(r)) if pred(&r) => return *r,
                Ok(Report::Frame(_)) => {}
                Ok(Report::Rejected(e)) => panic!("while waiting for {what}: {e}"),
                Err(_) => panic!("no {what} within {limit:?}"),
            }
        }
    }
}

impl Drop for FakeNode {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

fn accept_loop(l: TcpListener, stop: Arc<AtomicBool>, behaviour: Shared, tx: mpsc::Sender<Report>) {
    let mut conn = 0;
    while !stop.load(Ordering::SeqCst) {
        match l.accept() {
            Ok((s, _)) => {
                conn += 1;
                let (stop, behaviour, tx) = (stop.clone(), behaviour.clone(), tx.clone());
                thread::spawn(move || serve(conn, s, stop, behaviour, tx));
            }
            Err(_) => thread::sleep(Duration::from_millis(20)),
        }
    }
}

fn serve(conn: usize, mut s: TcpStream, stop: Arc<AtomicBool>, behaviour: Shared, tx: mpsc::Sender<Report>) {
    let _ = s.set_nonblocking(false);
    let _ = s.set_read_timeout(Some(Duration::from_millis(100)));
    let mut reader = FrameReader::new();
    let mut buf = vec![0; 65536];
    while !stop.load(Ordering::SeqCst) {
        match s.read(&mut buf) {
            Ok(0) => return,
            Ok(n) => reader.push(&buf[..n]),
            Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => continue,
            Err(_) => return,
        }
        loop {
            let before = reader.buffered().to_vec();
            match reader.next_event() {
                Ok(Some(Event::Message(msg))) => {
                    let raw = before[..before.len() - reader.buffered().len()].to_vec();
                    if matches!(msg.body, Body::Ping(_) | Body::Meet(_)) {
                        let mut out = Vec::new();
                        let b = behaviour.lock().map(|b| b.clone()).unwrap_or_default();
                        encode(&fake_pong(&b), &mut out);
                        if s.write_all(&out).is_err() {
                            return;
                        }
                    }
                    let _ = tx.send(Report::Frame(Box::new(Received { conn, raw, msg: *msg })));
                }
                Ok(Some(Event::Discarded { reason, .. })) => {
                    let _ = tx.send(Report::Rejected(format!(
                        "real node sent a message we discard: {reason}"
                    )));
                }
                Ok(None) => break,
                Err(reason) => {
                    let _ = tx.send(Report::Rejected(format!(
                        "our framing closed a real node's link: {reason}"
                    )));
                    return;
                }
            }
        }
    }
}

/// Our PONG: a master with no slots (or a stale claim on slot 0 at configEpoch 1), a hostname, and
/// possibly a failure report.
fn fake_pong(b: &Behaviour) -> Message {
    let mut header = Header::new(NodeId::from_hex(FAKE_ID).expect("fake id"));
    header.port = PORT_FAKE;
    header.cport = PORT_FAKE + 10000;
    header.flags = node_flags::MASTER | node_flags::MYSELF;
    header.current_epoch = 1;
    header.config_epoch = 1;
    if b.claim_slot0 {
        header.myslots.set(0, true);
    }
    let entries = b.report_pfail.iter().cloned().collect();
    let gossip = Gossip {
        entries,
        exts: vec![PingExt::Hostname(FAKE_HOST.as_bytes().to_vec())],
    };
    Message {
        header,
        body: Body::Pong(gossip),
    }
}

fn capture(name: &str, raw: &[u8]) {
    if let Some(dir) = std::env::var_os("GOSSAMER_BUS_CAPTURE") {
        let path = PathBuf::from(dir).join(name);
        std::fs::write(&path, raw).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
    }
}

fn redis_available() -> bool {
    Command::new("redis-server")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn real_nodes_talk_to_our_codec() {
    // A missing peer fails the test: .ci/run installs redis-server.
    assert!(
        redis_available(),
        "redis-server 7.0.15 is required (apt-get install redis-server)"
    );
    let dir = TempDir::new();
    let listener = TcpListener::bind(("127.0.0.1", PORT_FAKE + 10000)).expect("bind fake bus port");
    let fake = FakeNode::start(listener);
    // Dropped (killed) before `dir` is removed, also when the scenario panics.
    let a = RealNode::start(&dir.0, PORT_A, &["--cluster-announce-hostname", HOST_A]);
    let mut b = RealNode::start(&dir.0, PORT_B, &[]);
    run_scenario(&a, &mut b, &fake);
}

/// A scratch directory for the nodes' files, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        let dir = std::env::temp_dir().join(format!("gossamer-bus-live-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("tmp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn run_scenario(a: &RealNode, b: &mut RealNode, fake: &FakeNode) {
    let secs = Duration::from_secs;
    a.cmd(&["CLUSTER", "ADDSLOTSRANGE", "0", "5"]);
    a.cmd(&["CLUSTER", "SET-CONFIG-EPOCH", "5"]);
    let id_a = NodeId::from_hex(&a.cmd(&["CLUSTER", "MYID"])).expect("id a");
    let id_b = NodeId::from_hex(&b.cmd(&["CLUSTER", "MYID"])).expect("id b");
    eprintln!("node A {id_a} (port {PORT_A}), node B {id_b} (port {PORT_B})");

    // 1. A meets us: a MEET with its hostname; we answer with our PONG, A completes the handshake.
    a.cmd(&["CLUSTER", "MEET", "127.0.0.1", &PORT_FAKE.to_string()]);
    let meet = fake.expect("MEET from A", secs(10), |r| matches!(r.msg.body, Body::Meet(_)));
    capture("meet_a.bin", &meet.raw);
    check_header_a(&meet.msg, &id_a);
    let g = meet.msg.body.gossip().expect("gossip");
    assert_eq!(g.hostname(), Some(HOST_A.as_bytes()));
    assert_eq!(meet.raw.len(), 2256 + 104 * g.entries.len() + 24);

    // 2. A pings us on the same link; the PONG that answers it is processed with a known sender.
    let ping = fake.expect("PING from A", secs(10), |r| {
        r.conn == meet.conn && matches!(r.msg.body, Body::Ping(_))
    });
    check_header_a(&ping.msg, &id_a);
    let learned = wait_until(secs(10), || {
        a.try_cmd(&["CLUSTER", "NODES"]).is_some_and(|n| {
            n.lines().any(|l| {
                l.starts_with(FAKE_ID)
                    && l.contains(&format!(
                        "127.0.0.1:{PORT_FAKE}@{},{FAKE_HOST} master",
                        PORT_FAKE + 10000
                    ))
                    && l.ends_with("connected")
            })
        })
    });
    let nodes = a.cmd(&["CLUSTER", "NODES"]);
    assert!(learned, "A did not learn our node from our PONGs:\n{nodes}");
    eprintln!("A's CLUSTER NODES after our PONGs:\n{nodes}");

    // 2b. We connect to A's bus port and PING it (an inbound link for A): A answers with a PONG.
    let pong = ping_over_new_link(PORT_A + 10000);
    capture("pong_a.bin", &pong.raw);
    check_header_a(&pong.msg, &id_a);
    assert!(matches!(pong.msg.body, Body::Pong(_)), "{:?}", pong.msg.body);

    // 3. A meets B; B hears of us through A's gossip, adds us with our real id (no handshake, so a
    // PING, not a MEET) and pings us; A's PINGs now gossip about B.
    a.cmd(&["CLUSTER", "MEET", "127.0.0.1", &PORT_B.to_string()]);
    let ping_b = fake.expect("PING from B", secs(15), |r| r.msg.header.sender == id_b);
    capture("ping_b.bin", &ping_b.raw);
    assert!(matches!(ping_b.msg.body, Body::Ping(_)), "{:?}", ping_b.msg.body);
    assert_eq!(ping_b.msg.header.port, PORT_B);
    assert_eq!(ping_b.msg.header.mflags, 0);
    assert_eq!(ping_b.msg.body.gossip().and_then(Gossip::hostname), None);
    let gossip_ping = fake.expect("PING from A gossiping about B", secs(15), |r| {
        r.msg.header.sender == id_a
            && matches!(&r.msg.body, Body::Ping(g) if g.entries.iter().any(|e| e.nodename == id_b))
    });
    capture("ping_a_gossip.bin", &gossip_ping.raw);

    // 4. PUBLISH is propagated to us.
    a.cmd(&["PUBLISH", "chan1", "hello-world"]);
    let publish = fake.expect("PUBLISH from A", secs(10), |r| {
        r.msg.header.sender == id_a && matches!(r.msg.body, Body::Publish { .. })
    });
    capture("publish_a.bin", &publish.raw);
    assert_eq!(publish.raw.len(), 2280);

    // 5. Our PONGs now claim slot 0 at configEpoch 1; A owns it at epoch 5 and sends an UPDATE.
    fake.set(|b| b.claim_slot0 = true);
    let update = fake.expect("UPDATE from A", secs(15), |r| {
        r.msg.header.sender == id_a && matches!(r.msg.body, Body::Update { .. })
    });
    capture("update_a.bin", &update.raw);
    let Body::Update {
        config_epoch,
        nodename,
        slots,
    } = &update.msg.body
    else {
        unreachable!()
    };
    assert_eq!((*config_epoch, *nodename), (5, id_a));
    assert_eq!(slots.iter().collect::<Vec<_>>(), vec![0, 1, 2, 3, 4, 5]);
    fake.set(|b| b.claim_slot0 = false);

    // 6. B dies. A marks it PFAIL after the node timeout; our PONGs report it PFAIL too, which makes A
    // mark it FAIL (quorum 1: A is the only master with slots) and tell us.
    b.kill();
    let report = GossipEntry {
        nodename: id_b,
        ping_sent: 1,
        pong_received: 0,
        ip: NetIp::new("127.0.0.1"),
        port: PORT_B,
        cport: PORT_B + 10000,
        flags: node_flags::MASTER | node_flags::PFAIL,
        pport: 0,
    };
    fake.set(|b| b.report_pfail = Some(report));
    let fail = fake.expect("FAIL from A", secs(20), |r| {
        r.msg.header.sender == id_a && matches!(r.msg.body, Body::Fail { .. })
    });
    capture("fail_a.bin", &fail.raw);
    assert_eq!(fail.msg.body, Body::Fail { nodename: id_b });
    capture("ping_a.bin", &ping.raw);
}

/// Opens a link to a real node's bus port, sends our PING and returns the PONG it answers with.
fn ping_over_new_link(bus_port: u16) -> Received {
    let mut s = TcpStream::connect(("127.0.0.1", bus_port)).expect("connect to bus port");
    s.set_read_timeout(Some(Duration::from_secs(5))).expect("timeout");
    let mut ping = fake_pong(&Behaviour::default());
    ping.body = Body::Ping(ping.body.gossip().cloned().unwrap_or_default());
    let mut out = Vec::new();
    encode(&ping, &mut out);
    s.write_all(&out).expect("send PING");
    let mut reader = FrameReader::new();
    let mut buf = vec![0; 65536];
    loop {
        let n = s.read(&mut buf).expect("read PONG");
        assert!(n > 0, "link closed before the PONG");
        reader.push(&buf[..n]);
        let raw = reader.buffered().to_vec();
        match reader.next_event() {
            Ok(Some(Event::Message(msg))) => {
                let len = raw.len() - reader.buffered().len();
                return Received {
                    conn: 0,
                    raw: raw[..len].to_vec(),
                    msg: *msg,
                };
            }
            Ok(None) => {}
            other => panic!("unexpected answer to our PING: {other:?}"),
        }
    }
}

fn check_header_a(m: &Message, id_a: &NodeId) {
    let h = &m.header;
    eprintln!(
        "A's header flags {}, epochs {}/{}",
        h.flags, h.current_epoch, h.config_epoch
    );
    assert_eq!(h.sender, *id_a);
    assert_eq!((h.port, h.cport, h.pport), (PORT_A, PORT_A + 10000, 0));
    assert_eq!(
        h.flags & (node_flags::MASTER | node_flags::MYSELF),
        node_flags::MASTER | node_flags::MYSELF
    );
    assert_eq!(h.slaveof, None);
    assert_eq!(h.config_epoch, 5);
    assert_eq!(h.myslots.iter().collect::<Vec<_>>(), vec![0, 1, 2, 3, 4, 5]);
    assert_eq!(h.mflags, msg_flags::EXT_DATA);
}
