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
