//! Test harness: start real `gossamer-server` and `redis-server` processes on
//! free loopback ports, talk to them with real clients, bound every wait, and
//! kill every process in Drop.

#![allow(dead_code)]

pub mod dataset;

pub mod compare;

pub mod cluster;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicU16, Ordering};
use std::time::{Duration, Instant};

/// Path of the binary under test.
pub fn gossamer_bin() -> &'static str {
    env!("CARGO_BIN_EXE_gossamer-server")
}

/// Fail loudly when a tool the tests need is missing: `.ci/run` installs them.
pub fn require_tool(name: &str) -> PathBuf {
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {name}"))
        .output()
        .expect("run sh");
    let path = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert!(
        out.status.success() && !path.is_empty(),
        "{name} is required by this test and is not installed (apt-get install redis-tools redis-server; .ci/run does it)"
    );
    PathBuf::from(path)
}

static NEXT_PORT: AtomicU16 = AtomicU16::new(0);
/// Numbers scratch directories (apart from ports, so directories do not use up port numbers).
static NEXT_DIR: AtomicU16 = AtomicU16::new(0);

/// Ports each test process hands out before it wraps around.
const PORTS_PER_PROCESS: u16 = 500;

/// A loopback port that is free now (and whose +10000 bus port is too), spread by process id so
/// parallel test binaries rarely collide. Within a process ports are handed out in sequence over a
/// window of 500, so a port a test gave up (a killed server it restarts later on the same port) is
/// not handed to another test meanwhile.
pub fn free_port() -> u16 {
    let base = 20000 + (std::process::id() % 40) as u16 * PORTS_PER_PROCESS;
    loop {
        let offset = NEXT_PORT.fetch_add(1, Ordering::Relaxed) % PORTS_PER_PROCESS;
        let port = base + offset;
        if TcpListener::bind(("127.0.0.1", port)).is_ok() && TcpListener::bind(("127.0.0.1", port + 10000)).is_ok() {
            return port;
        }
    }
}

/// A scratch directory removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!(
            "gossamer-test-{}-{}-{}",
            tag,
            std::process::id(),
            NEXT_DIR.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Which server program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavor {
    Gossamer,
    Redis,
}

/// A running server process, killed on drop.
pub struct ServerProcess {
    pub child: Child,
    pub port: u16,
    pub dir: TempDir,
    pub flavor: Flavor,
}

impl ServerProcess {
    /// Start a server with `extra` directives (`--name value` form) on a free port.
    pub fn start(flavor: Flavor, extra: &[&str]) -> ServerProcess {
        let port = free_port();
        Self::start_on(flavor, port, extra)
    }

    pub fn gossamer(extra: &[&str]) -> ServerProcess {
        Self::start(Flavor::Gossamer, extra)
    }

    pub fn redis(extra: &[&str]) -> ServerProcess {
        Self::start(Flavor::Redis, extra)
    }

    pub fn start_on(flavor: Flavor, port: u16, extra: &[&str]) -> ServerProcess {
        let dir = TempDir::new(match flavor {
            Flavor::Gossamer => "g",
            Flavor::Redis => "r",
        });
        Self::start_in_dir(flavor, port, dir, extra)
    }

    fn wait_ready(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!(
                    "{:?} server exited early with {status}; log:\n{}",
                    self.flavor,
                    self.log()
                );
            }
            if let Ok(mut s) = TcpStream::connect(("127.0.0.1", self.port)) {
                let _ = s.set_read_timeout(Some(Duration::from_secs(2)));
                if s.write_all(b"PING\r\n").is_ok() {
                    let mut buf = [0u8; 64];
                    if let Ok(n) = s.read(&mut buf)
                        && (buf[..n].starts_with(b"+PONG") || buf[..n].starts_with(b"-NOAUTH"))
                    {
                        return;
                    }
                }
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!(
            "{:?} server on port {} not ready in 10 s; log:\n{}",
            self.flavor,
            self.port,
            self.log()
        );
    }

    /// The server's log file contents.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("server.log")).unwrap_or_default()
    }

    /// A `redis` crate connection.
    pub fn conn(&self) -> redis::Connection {
        let client = redis::Client::open(format!("redis://127.0.0.1:{}/", self.port)).expect("client");
        let conn = client
            .get_connection_with_timeout(Duration::from_secs(5))
            .expect("connect");
        conn.set_read_timeout(Some(Duration::from_secs(10))).expect("timeout");
        conn
    }

    /// A raw TCP connection with a read timeout.
    pub fn raw(&self) -> RawConn {
        RawConn::connect(self.port)
    }

    /// Run redis-cli against this server; stdout as a string.
    pub fn cli(&self, args: &[&str]) -> String {
        let out = cli_output(self.port, args);
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Send SIGTERM and wait (bounded) for exit; returns how long it took.
    pub fn terminate(&mut self) -> Duration {
        let start = Instant::now();
        // SAFETY: kill on our own child's pid.
        unsafe { libc::kill(self.child.id() as i32, libc::SIGTERM) };
        let deadline = start + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return start.elapsed();
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        panic!("server did not exit within 10 s of SIGTERM");
    }

    /// Stop the server (SIGTERM) and hand over its directory, kept on disk
    /// until the returned guard drops (restart tests).
    pub fn stop_keep_dir(mut self) -> TempDir {
        self.terminate();
        std::mem::replace(&mut self.dir, TempDir(PathBuf::new()))
    }

    /// `kill -9` the server and hand over its directory (crash tests).
    pub fn kill_keep_dir(mut self) -> TempDir {
        let _ = self.child.kill();
        let _ = self.child.wait();
        std::mem::replace(&mut self.dir, TempDir(PathBuf::new()))
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Run redis-cli with a bounded time.
pub fn cli_output(port: u16, args: &[&str]) -> Output {
    require_tool("redis-cli");
    run_bounded(
        Command::new("redis-cli").arg("-p").arg(port.to_string()).args(args),
        Duration::from_secs(30),
    )
}

/// Run a command, killing it if it outlives `limit` (then the test fails).
pub fn run_bounded(cmd: &mut Command, limit: Duration) -> Output {
    run_limited(cmd, limit).unwrap_or_else(|out| {
        panic!(
            "command {:?} exceeded {:?}; stdout: {}",
            cmd,
            limit,
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

/// Run a command: `Err` with what it printed when it outlives `limit` (it is killed).
pub fn run_limited(cmd: &mut Command, limit: Duration) -> Result<Output, Output> {
    run_limited_with_input(cmd, b"", limit)
}

/// Like [`run_limited`], with `input` written to the command's stdin (then
/// closed). Output is drained while the command runs, so a chatty command
/// (redis-cli --cluster reshard) cannot stall on a full pipe.
pub fn run_limited_with_input(cmd: &mut Command, input: &[u8], limit: Duration) -> Result<Output, Output> {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(input);
    }
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut buf);
            }
            buf
        })
    };
    let stdout = drain(child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let stderr = drain(child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let deadline = Instant::now() + limit;
    let (status, finished) = loop {
        if let Ok(Some(status)) = child.try_wait() {
            break (status, true);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            break (child.wait().expect("wait"), false);
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let output = Output {
        status,
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
    };
    if finished { Ok(output) } else { Err(output) }
}

/// A raw connection for byte-exact protocol tests.
pub struct RawConn {
    pub stream: TcpStream,
}

impl RawConn {
    pub fn connect(port: u16) -> RawConn {
        let stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
        stream.set_read_timeout(Some(Duration::from_secs(10))).expect("timeout");
        stream.set_nodelay(true).expect("nodelay");
        RawConn { stream }
    }

    pub fn send(&mut self, bytes: &[u8]) {
        self.stream.write_all(bytes).expect("write");
    }

    /// Encode and send a command as a multibulk.
    pub fn send_cmd(&mut self, args: &[&[u8]]) {
        self.send(&encode(args));
    }

    /// Read one complete RESP reply (any type, nested), as raw bytes.
    pub fn read_reply(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        self.read_value(&mut out);
        out
    }

    fn read_line(&mut self, out: &mut Vec<u8>) -> Vec<u8> {
        let start = out.len();
        let mut byte = [0u8; 1];
        loop {
            let n = self.stream.read(&mut byte).expect("read reply");
            assert!(
                n == 1,
                "connection closed while reading a reply; got so far: {:?}",
                String::from_utf8_lossy(out)
            );
            out.push(byte[0]);
            if out.ends_with(b"\r\n") {
                return out[start..out.len() - 2].to_vec();
            }
        }
    }

    fn read_exact(&mut self, n: usize, out: &mut Vec<u8>) {
        let start = out.len();
        out.resize(start + n, 0);
        self.stream.read_exact(&mut out[start..]).expect("read body");
    }

    fn read_value(&mut self, out: &mut Vec<u8>) {
        let line = self.read_line(out);
        let (kind, rest) = (line[0], &line[1..]);
        let n: i64 = std::str::from_utf8(rest).ok().and_then(|s| s.parse().ok()).unwrap_or(0);
        match kind {
            b'$' | b'=' | b'!' if n >= 0 => self.read_exact(n as usize + 2, out),
            b'*' | b'~' | b'>' => (0..n.max(0)).for_each(|_| self.read_value(out)),
            b'%' | b'|' => (0..2 * n.max(0)).for_each(|_| self.read_value(out)),
            _ => {}
        }
    }

    /// Wait up to `limit` for the next reply: None when nothing arrives in time
    /// (push-style tests: "no further message"). The read timeout is restored.
    pub fn try_read_reply(&mut self, limit: Duration) -> Option<Vec<u8>> {
        let before = self.stream.read_timeout().ok().flatten();
        self.stream.set_read_timeout(Some(limit)).expect("timeout");
        let mut byte = [0u8; 1];
        let ready = matches!(self.stream.peek(&mut byte), Ok(n) if n > 0);
        self.stream.set_read_timeout(before).expect("timeout");
        ready.then(|| self.read_reply())
    }

    /// Read until the peer closes (bounded by the read timeout); returns the bytes.
    pub fn read_to_close(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        let _ = self.stream.read_to_end(&mut out);
        out
    }
}

/// RESP multibulk encoding of a command.
pub fn encode(args: &[&[u8]]) -> Vec<u8> {
    let mut out = format!("*{}\r\n", args.len()).into_bytes();
    for a in args {
        out.extend_from_slice(format!("${}\r\n", a.len()).as_bytes());
        out.extend_from_slice(a);
        out.extend_from_slice(b"\r\n");
    }
    out
}

/// Split a command line on spaces (no quoting) into byte args.
pub fn words(line: &str) -> Vec<Vec<u8>> {
    line.split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| w.as_bytes().to_vec())
        .collect()
}

impl ServerProcess {
    /// Start a server on `port` in an existing directory (e.g. one kept by
    /// `stop_keep_dir`), with the same base arguments as `start_on`; the
    /// directory is owned (and removed on drop) by the new process.
    pub fn start_in_dir(flavor: Flavor, port: u16, dir: TempDir, extra: &[&str]) -> ServerProcess {
        let program = match flavor {
            Flavor::Gossamer => PathBuf::from(gossamer_bin()),
            Flavor::Redis => require_tool("redis-server"),
        };
        let log = dir.path().join("server.log");
        let mut args: Vec<String> = vec![
            "--port".into(),
            port.to_string(),
            "--bind".into(),
            "127.0.0.1".into(),
            "--save".into(),
            "".into(),
            "--appendonly".into(),
            "no".into(),
            "--daemonize".into(),
            "no".into(),
            "--dir".into(),
            dir.path().display().to_string(),
            "--logfile".into(),
            log.display().to_string(),
        ];
        args.extend(extra.iter().map(|s| s.to_string()));
        let child = Command::new(program)
            .args(&args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn server");
        let mut server = ServerProcess {
            child,
            port,
            dir,
            flavor,
        };
        server.wait_ready();
        server
    }
}
