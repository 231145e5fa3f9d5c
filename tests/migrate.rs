//! MIGRATE and FUNCTION replies compared byte for byte with redis-server 7.0.15: the same session
//! runs from a Gossamer source to a Gossamer target and from a real source to a real target (and
//! across kinds), covering NOKEY, syntax and KEYS errors, BUSYKEY from the target, REPLACE, COPY,
//! TTLs kept, AUTH errors relayed from the target, IOERR for a closed port and an unresolvable
//! host, and the empty FUNCTION payload that `redis-cli --cluster add-node` moves.

mod common;

use common::{Flavor, RawConn, ServerProcess, free_port};

/// One MIGRATE session from `src` to `dst`; every reply as text.
fn session(src: &ServerProcess, dst: &ServerProcess) -> Vec<String> {
    let (mut s, mut d) = (src.raw(), dst.raw());
    let dst_port = dst.port.to_string();
    let closed = free_port().to_string();
    let mut out = Vec::new();
    let run = |conn: &mut RawConn, args: &[&str], out: &mut Vec<String>| {
        let argv: Vec<&[u8]> = args.iter().map(|a| a.as_bytes()).collect();
        conn.send_cmd(&argv);
        out.push(format!("{args:?} -> {}", String::from_utf8_lossy(&conn.read_reply())));
    };
    let m = |extra: &[&'static str]| -> Vec<String> {
        let mut v: Vec<String> = ["MIGRATE", "127.0.0.1"].iter().map(|s| s.to_string()).collect();
        v.push(dst_port.clone());
        v.extend(extra.iter().map(|s| s.to_string()));
        v
    };
    run(&mut s, &["SET", "a", "1"], &mut out);
    run(&mut s, &["RPUSH", "l", "x", "y"], &mut out);
    run(&mut s, &["SET", "t", "v", "PX", "100000"], &mut out);
    run(&mut d, &["SET", "l", "busy"], &mut out);
    for extra in [
        &["nokey", "0", "1000"][..],
        &["a", "0", "1000", "KEYS", "x"],
        &["", "0", "1000", "FOO"],
        &["", "0", "1000", "AUTH"],
        &["", "0", "x"],
        &["", "x", "1000"],
        &["", "0", "1000", "KEYS", "a", "l", "t"],
    ] {
        run(&mut s, &as_strs(&m(extra)), &mut out);
    }
    run(&mut s, &["EXISTS", "a", "l", "t"], &mut out);
    run(&mut d, &["EXISTS", "a", "l", "t"], &mut out);
    let pttl = String::from_utf8_lossy(&{
        d.send_cmd(&[b"PTTL", b"t"]);
        d.read_reply()
    })
    .into_owned();
    let ttl_ms: i64 = pttl.trim_start_matches(':').trim().parse().unwrap_or(-1);
    out.push(format!("TTL kept: {}", (90_000..=100_000).contains(&ttl_ms)));
    run(&mut s, &as_strs(&m(&["l", "0", "1000", "REPLACE"])), &mut out);
    run(&mut d, &["LRANGE", "l", "0", "-1"], &mut out);
    run(&mut s, &["SET", "c", "copied"], &mut out);
    run(&mut s, &as_strs(&m(&["c", "0", "1000", "COPY"])), &mut out);
    run(&mut s, &["EXISTS", "c"], &mut out);
    run(&mut d, &["GET", "c"], &mut out);
    run(&mut s, &as_strs(&m(&["c", "0", "1000", "AUTH", "pw"])), &mut out);
    run(&mut s, &as_strs(&m(&["c", "0", "1000", "AUTH2", "u", "pw"])), &mut out);
    run(&mut s, &["MIGRATE", "127.0.0.1", &closed, "c", "0", "1000"], &mut out);
    run(
        &mut s,
        &["MIGRATE", "no.such.host.invalid", "1", "c", "0", "1000"],
        &mut out,
    );
    // FUNCTION: the empty payload, policies, a bad payload.
    s.send_cmd(&[b"FUNCTION", b"DUMP"]);
    let dump = s.read_reply();
    let payload = &dump[dump.iter().position(|&b| b == b'\n').map_or(0, |i| i + 1)..dump.len() - 2];
    out.push(format!(
        "FUNCTION DUMP -> {}",
        String::from_utf8_lossy(&dump).escape_debug()
    ));
    for args in [
        &[&b"FUNCTION"[..], b"RESTORE", payload][..],
        &[b"FUNCTION", b"RESTORE", payload, b"REPLACE"],
        &[b"FUNCTION", b"RESTORE", payload, b"BOGUS"],
        &[b"FUNCTION", b"RESTORE", b"garbage"],
        &[b"FUNCTION", b"LIST"],
        &[b"FUNCTION", b"LIST", b"WITHCODE", b"LIBRARYNAME"],
        &[b"FUNCTION", b"LIST", b"NOPE"],
        &[b"FUNCTION", b"FLUSH", b"SYNC"],
        &[b"FUNCTION", b"FLUSH", b"NOW"],
    ] {
        d.send_cmd(args);
        out.push(format!(
            "{:?} -> {}",
            args.iter()
                .map(|a| String::from_utf8_lossy(a).into_owned())
                .collect::<Vec<_>>(),
            String::from_utf8_lossy(&d.read_reply())
        ));
    }
    // Ports differ between runs.
    out.iter()
        .map(|line| line.replace(&dst_port, "<dst>").replace(&closed, "<closed>"))
        .collect()
}

#[test]
fn migrate_and_function_replies_match_redis() {
    let expected = session(&ServerProcess::redis(&[]), &ServerProcess::redis(&[]));
    let all = expected.join("\n");
    for word in [
        "+NOKEY",
        "BUSYKEY",
        "-IOERR error or timeout writing",
        "-IOERR error or timeout connecting",
        "TTL kept: true",
    ] {
        assert!(all.contains(word), "the Redis session lacks {word}:\n{all}");
    }
    for (src, dst) in [
        (Flavor::Gossamer, Flavor::Gossamer),
        (Flavor::Gossamer, Flavor::Redis),
        (Flavor::Redis, Flavor::Gossamer),
    ] {
        let got = session(&ServerProcess::start(src, &[]), &ServerProcess::start(dst, &[]));
        for (i, (want, have)) in expected.iter().zip(&got).enumerate() {
            assert_eq!(have, want, "{src:?} → {dst:?}: step {i} differs from Redis");
        }
        assert_eq!(got.len(), expected.len());
    }
}

fn as_strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}
