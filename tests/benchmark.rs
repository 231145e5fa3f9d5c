//! redis-benchmark runs clean against Gossamer (speed is measured by `make
//! bench`, not asserted here).

mod common;

use std::process::Command;
use std::time::Duration;

use common::{ServerProcess, require_tool, run_bounded};

#[test]
fn redis_benchmark_set_get_incr_mset_completes_without_errors() {
    require_tool("redis-benchmark");
    let server = ServerProcess::gossamer(&[]);
    let out = run_bounded(
        Command::new("redis-benchmark").args([
            "-p",
            &server.port.to_string(),
            "-t",
            "set,get,incr,mset",
            "-n",
            "200000",
            "-q",
        ]),
        Duration::from_secs(300),
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "redis-benchmark failed: {stdout}{stderr}");
    for test in ["SET:", "GET:", "INCR:", "MSET (10 keys):"] {
        assert!(stdout.contains(test), "missing {test} in:\n{stdout}");
    }
    assert!(
        !stdout.contains("ERR") && !stderr.contains("ERR"),
        "errors in benchmark output:\n{stdout}{stderr}"
    );
    let keys = server.cli(&["GET", "counter:__rand_int__"]);
    assert_eq!(keys.trim(), "200000", "INCR counter after 200000 INCRs");
}

#[test]
fn redis_benchmark_default_suite_runs_clean() {
    require_tool("redis-benchmark");
    let server = ServerProcess::gossamer(&[]);
    let out = run_bounded(
        Command::new("redis-benchmark").args(["-p", &server.port.to_string(), "-n", "100000", "-q"]),
        Duration::from_secs(600),
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "redis-benchmark failed: {stdout}{stderr}");
    let expected = [
        "PING_INLINE:",
        "PING_MBULK:",
        "SET:",
        "GET:",
        "INCR:",
        "LPUSH:",
        "RPUSH:",
        "LPOP:",
        "RPOP:",
        "SADD:",
        "HSET:",
        "SPOP:",
        "ZADD:",
        "ZPOPMIN:",
        "LPUSH (needed to benchmark LRANGE):",
        "LRANGE_100 (first 100 elements):",
        "LRANGE_300 (first 300 elements):",
        "LRANGE_500 (first 500 elements):",
        "LRANGE_600 (first 600 elements):",
        "MSET (10 keys):",
    ];
    for test in expected {
        assert!(stdout.contains(test), "missing {test} in:\n{stdout}");
    }
    assert!(
        !stdout.contains("ERR") && !stderr.contains("ERR"),
        "errors in benchmark output:\n{stdout}{stderr}"
    );
    // XADD is not in 7.0's default set; run it explicitly.
    let out = run_bounded(
        Command::new("redis-benchmark").args([
            "-p",
            &server.port.to_string(),
            "-n",
            "100000",
            "-q",
            "XADD",
            "mystream",
            "*",
            "myfield",
            "myvalue",
        ]),
        Duration::from_secs(120),
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success() && stdout.contains("XADD mystream"), "{stdout}");
    assert_eq!(server.cli(&["XLEN", "mystream"]).trim(), "100000");
}
