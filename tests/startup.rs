//! Start-up like redis-server: arguments, config files and their fatal
//! errors, stdin config, Debian's default redis.conf, daemonize and pidfile,
//! clean shutdown on signals.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{ServerProcess, TempDir, free_port, gossamer_bin, run_bounded};

fn run(args: &[&str]) -> std::process::Output {
    run_bounded(Command::new(gossamer_bin()).args(args), Duration::from_secs(10))
}

#[test]
fn version_and_help() {
    let out = run(&["--version"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("Redis server v=7.0.15 "));
    let out = run(&["-v"]);
    assert!(out.status.success());
    let out = run(&["--help"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("Usage:"));
}

/// Start `program` with a config file holding `config` plus `extra`
/// arguments; returns (exit code, stderr).
fn fatal_report(program: &str, config: &str, extra: &[&str]) -> (i32, String) {
    let dir = TempDir::new("cfg");
    let path = dir.path().join("bad.conf");
    std::fs::write(&path, config).unwrap();
    let mut args = vec![path.to_str().unwrap()];
    args.extend_from_slice(extra);
    let out = run_bounded(Command::new(program).args(&args), Duration::from_secs(10));
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn config_errors_are_fatal_with_the_same_report_as_redis() {
    let redis = common::require_tool("redis-server");
    let redis = redis.to_str().unwrap();
    let cases: &[(&str, &[&str])] = &[
        ("port 7000\nbogus-directive yes\n", &[]),
        ("port abc\n", &[]),
        ("appendonly maybe\n", &[]),
        ("maxmemory-policy sometimes\n", &[]),
        ("maxmemory 12zb\n", &[]),
        ("hz\n", &[]),
        ("save 10\n", &[]),
        ("requirepass \"unbalanced\n", &[]),
        ("client-output-buffer-limit normal 1 2\n", &[]),
        ("", &["--port", "70000"]),
        ("port 7000\n", &["--bogus", "1"]),
    ];
    for (config, extra) in cases {
        let (redis_code, redis_err) = fatal_report(redis, config, extra);
        let (code, err) = fatal_report(gossamer_bin(), config, extra);
        assert_eq!(redis_code, 1, "redis accepted {config:?}");
        assert_eq!((code, err), (redis_code, redis_err), "config {config:?} {extra:?}");
    }
}

#[test]
fn missing_config_file_is_fatal() {
    let out = run(&["/nonexistent/gossamer.conf"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.ends_with(
            " # Fatal error, can't open config file '/nonexistent/gossamer.conf': No such file or directory\n"
        ),
        "{stdout}"
    );
}

#[test]
fn config_from_stdin() {
    let port = free_port();
    let dir = TempDir::new("stdin");
    let mut child = Command::new(gossamer_bin())
        .args(["-", "--dir", dir.path().to_str().unwrap()])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    writeln!(stdin, "port {port}\nbind 127.0.0.1\nsave \"\"\nhz 20").unwrap();
    drop(stdin);
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut hz = String::new();
    while Instant::now() < deadline {
        let out = common::cli_output(port, &["CONFIG", "GET", "hz"]);
        hz = String::from_utf8_lossy(&out.stdout).into_owned();
        if hz.contains("20") {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(hz, "hz\n20\n");
}

#[test]
fn debian_default_redis_conf_starts_unmodified() {
    let conf = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/debian-redis.conf");
    let port = free_port();
    let dir = TempDir::new("debian");
    let log = dir.path().join("log");
    let pid = dir.path().join("pid");
    let args = [
        conf,
        "--port",
        &port.to_string(),
        "--daemonize",
        "no",
        "--dir",
        dir.path().to_str().unwrap(),
        "--logfile",
        log.to_str().unwrap(),
        "--pidfile",
        pid.to_str().unwrap(),
        "--save",
        "",
    ]
    .map(String::from);
    let mut child = Command::new(gossamer_bin())
        .args(&args)
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut pong = String::new();
    while Instant::now() < deadline && pong != "PONG\n" {
        pong = String::from_utf8_lossy(&common::cli_output(port, &["PING"]).stdout).into_owned();
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(pong, "PONG\n");
    let log = std::fs::read_to_string(log).unwrap();
    assert!(log.contains("Configuration loaded"), "{log}");
    assert!(
        log.contains("is accepted but not supported"),
        "unsupported directives should be logged once: {log}"
    );
}

#[test]
fn daemonize_writes_pidfile_and_sigterm_removes_it() {
    let port = free_port();
    let dir = TempDir::new("daemon");
    let pidfile = dir.path().join("g.pid");
    let log = dir.path().join("g.log");
    let out = run(&[
        "--port",
        &port.to_string(),
        "--bind",
        "127.0.0.1",
        "--daemonize",
        "yes",
        "--pidfile",
        pidfile.to_str().unwrap(),
        "--logfile",
        log.to_str().unwrap(),
        "--dir",
        dir.path().to_str().unwrap(),
    ]);
    assert!(out.status.success(), "parent should exit 0 after forking");
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline && !pidfile.exists() {
        std::thread::sleep(Duration::from_millis(20));
    }
    let pid: i32 = std::fs::read_to_string(&pidfile)
        .expect("pidfile")
        .trim()
        .parse()
        .expect("pid");
    let pong = String::from_utf8_lossy(&common::cli_output(port, &["PING"]).stdout).into_owned();
    // SAFETY: signalling the daemon we started.
    unsafe { libc::kill(pid, libc::SIGTERM) };
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(5) && process_running(pid) {
        std::thread::sleep(Duration::from_millis(10));
    }
    let stopped_in = start.elapsed();
    assert_eq!(pong, "PONG\n");
    assert!(
        stopped_in < Duration::from_secs(1),
        "daemon took {stopped_in:?} to stop"
    );
    assert!(!pidfile.exists(), "pidfile should be removed on shutdown");
    let log = std::fs::read_to_string(log).unwrap();
    assert!(log.contains("Received SIGTERM scheduling shutdown..."), "{log}");
    assert!(log.contains("Redis is now ready to exit, bye bye..."), "{log}");
}

/// True while `pid` exists and is not a zombie (the daemon's parent is gone,
/// so nobody may reap it promptly).
fn process_running(pid: i32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => stat.rsplit_once(") ").is_some_and(|(_, rest)| !rest.starts_with('Z')),
        Err(_) => false,
    }
}

#[test]
fn sigterm_and_sigint_shut_down_within_a_second() {
    for signal in [libc::SIGTERM, libc::SIGINT] {
        let mut server = ServerProcess::gossamer(&[]);
        let start = Instant::now();
        // SAFETY: signalling our own child.
        unsafe { libc::kill(server.pid() as i32, signal) };
        while start.elapsed() < Duration::from_secs(5) {
            if let Ok(Some(status)) = server.child.try_wait() {
                assert!(status.success(), "exit status {status}");
                break;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        assert!(
            start.elapsed() < Duration::from_secs(1),
            "signal {signal}: took {:?}",
            start.elapsed()
        );
    }
}

#[test]
fn startup_log_lines_tools_wait_for() {
    let server = ServerProcess::gossamer(&[]);
    let log = server.log();
    for line in [
        "Redis version=7.0.15",
        "Server initialized",
        "Ready to accept connections",
    ] {
        assert!(log.contains(line), "missing {line:?} in:\n{log}");
    }
    let first = log.lines().next().unwrap();
    let re_ok = first
        .split_once(':')
        .is_some_and(|(pid, rest)| pid.parse::<u32>().is_ok() && rest.starts_with("C "));
    assert!(re_ok, "log line not in Redis format: {first}");
}

#[test]
fn port_in_use_is_fatal() {
    let server = ServerProcess::gossamer(&[]);
    let out = run(&["--port", &server.port.to_string(), "--bind", "127.0.0.1"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("Address already in use"), "{stdout}");
}

#[test]
fn shutdown_command_exits_cleanly() {
    let mut server = ServerProcess::gossamer(&[]);
    let out = common::cli_output(server.port, &["SHUTDOWN", "NOSAVE"]);
    assert!(String::from_utf8_lossy(&out.stdout).is_empty());
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(5) {
        if let Ok(Some(status)) = server.child.try_wait() {
            assert!(status.success());
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("SHUTDOWN did not stop the server");
}
