//! maxmemory: eviction keeps used memory under the limit while a writer fills
//! the server, LRU keeps a hot set, noeviction refuses writes with Redis's
//! OOM error.

mod common;

use common::ServerProcess;
use redis::Commands;

fn info_field(conn: &mut redis::Connection, section: &str, field: &str) -> u64 {
    let info: String = redis::cmd("INFO").arg(section).query(conn).unwrap();
    info.lines()
        .find_map(|l| l.strip_prefix(&format!("{field}:")))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("{field} missing from INFO {section}"))
}

#[test]
fn allkeys_lru_stays_under_maxmemory_and_keeps_the_hot_set() {
    let limit: u64 = 24 * 1024 * 1024;
    let server = ServerProcess::gossamer(&["--maxmemory", "24mb", "--maxmemory-policy", "allkeys-lru"]);
    let mut c = server.conn();
    let value = vec![b'x'; 1000];
    for i in 0..100 {
        let _: () = c.set(format!("hot:{i}"), &value).unwrap();
    }
    let mut peak = 0;
    for i in 0..60_000 {
        let _: () = c.set(format!("cold:{i}"), &value).unwrap();
        if i % 100 == 0 {
            for h in 0..100 {
                let _: Option<Vec<u8>> = c.get(format!("hot:{h}")).unwrap();
            }
            peak = peak.max(info_field(&mut c, "memory", "used_memory"));
        }
    }
    let evicted = info_field(&mut c, "stats", "evicted_keys");
    let size: u64 = redis::cmd("DBSIZE").query(&mut c).unwrap();
    assert!(evicted > 0, "nothing was evicted");
    assert!(size < 60_100, "dbsize {size}");
    assert!(
        peak <= limit + limit / 10,
        "used_memory peaked at {peak} over maxmemory {limit}"
    );
    let hot_left = (0..100)
        .filter(|h| c.exists::<_, bool>(format!("hot:{h}")).unwrap())
        .count();
    assert!(hot_left >= 90, "LRU should keep the hot set: {hot_left}/100 left");
}

#[test]
fn noeviction_refuses_writes_with_oom_error() {
    let server = ServerProcess::gossamer(&["--maxmemory-policy", "noeviction"]);
    let mut c = server.conn();
    let _: () = c.set("before", "1").unwrap();
    let _: () = redis::cmd("CONFIG")
        .arg("SET")
        .arg("maxmemory")
        .arg("1")
        .query(&mut c)
        .unwrap();
    let err = c.set::<_, _, ()>("k", "v").unwrap_err();
    assert_eq!(err.code(), Some("OOM"));
    assert!(
        err.to_string()
            .contains("command not allowed when used memory > 'maxmemory'"),
        "{err}"
    );
    let v: String = c.get("before").unwrap();
    assert_eq!(v, "1", "reads still work");
    let _: () = redis::cmd("CONFIG")
        .arg("SET")
        .arg("maxmemory")
        .arg("0")
        .query(&mut c)
        .unwrap();
    let _: () = c.set("k", "v").unwrap();
}

#[test]
fn volatile_ttl_evicts_only_keys_with_a_ttl() {
    let server = ServerProcess::gossamer(&["--maxmemory", "16mb", "--maxmemory-policy", "volatile-ttl"]);
    let mut c = server.conn();
    let value = vec![b'y'; 1000];
    for i in 0..1000 {
        let _: () = c.set(format!("keep:{i}"), &value).unwrap();
    }
    let mut refused = false;
    for i in 0..40_000 {
        let r: redis::RedisResult<()> = redis::cmd("SET")
            .arg(format!("tmp:{i}"))
            .arg(&value)
            .arg("EX")
            .arg(1000 + i)
            .query(&mut c);
        if r.is_err() {
            refused = true;
            break;
        }
    }
    let kept = (0..1000)
        .filter(|i| c.exists::<_, bool>(format!("keep:{i}")).unwrap())
        .count();
    assert_eq!(kept, 1000, "persistent keys must never be evicted under volatile-ttl");
    assert!(info_field(&mut c, "stats", "evicted_keys") > 0 || refused);
}
