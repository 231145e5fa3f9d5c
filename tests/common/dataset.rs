//! One data set covering every type in its small and large encodings (integer and compressible
//! strings, TTLs, streams with consumer groups), and a per-key fingerprint read through ordinary
//! commands, shared by the RDB and persistence tests.

use redis::Value as RV;

/// Build the same data set on a server: every type in its small and large
/// encodings, integer and compressible strings, TTLs, streams with groups.
pub fn populate(conn: &mut redis::Connection) {
    let mut cmds: Vec<Vec<Vec<u8>>> = Vec::new();
    let mut add = |parts: Vec<Vec<u8>>| cmds.push(parts);
    let w = |s: &str| -> Vec<Vec<u8>> { s.split(' ').map(|p| p.as_bytes().to_vec()).collect() };
    for line in [
        "SET str:plain hello",
        "SET str:int 12345",
        "SET str:neg -70000",
        "SET str:big 9223372036854775807",
        "SET str:lead 007",
        "SET str:ttl temp PX 100000",
        "RPUSH list:small a b 1 1000 -70000",
        "PEXPIRE list:small 200000",
        "HSET hash:small f1 v1 f2 22",
        "SADD set:int 1 2 300 70000 -5",
        "SADD set:str x y z",
        "ZADD zset:small 1 a 2.5 b -3 c",
        "ZADD zset:inf +inf top -inf bottom 0 zero",
        "XADD stream:empty 5-1 f v",
        "XDEL stream:empty 5-1",
        "XGROUP CREATE stream:empty g 0",
    ] {
        add(w(line));
    }
    add(vec![
        b"SET".to_vec(),
        b"str:lzf".to_vec(),
        [b"abcd".repeat(100), b"xyz".to_vec()].concat(),
    ]);
    add(vec![b"SET".to_vec(), b"str:bin".to_vec(), (0..=255u8).collect()]);
    let mut big_list = w("RPUSH list:big");
    big_list.extend((0..3000).map(|i| format!("item-{i}").into_bytes()));
    add(big_list);
    add(vec![
        b"RPUSH".to_vec(),
        b"list:huge".to_vec(),
        vec![b'h'; 20000],
        b"tail".to_vec(),
    ]);
    let mut big_hash = w("HSET hash:big");
    big_hash.extend((0..300).flat_map(|i| [format!("field{i}").into_bytes(), format!("{i}").into_bytes()]));
    add(big_hash);
    add(vec![
        b"HSET".to_vec(),
        b"hash:long".to_vec(),
        b"f".to_vec(),
        vec![b'L'; 100],
    ]);
    let mut big_ints = w("SADD set:bigint");
    big_ints.extend((0..1000).map(|i| (i * 7 - 300).to_string().into_bytes()));
    add(big_ints);
    let mut big_set = w("SADD set:big");
    big_set.extend((0..400).map(|i| format!("member:{i}").into_bytes()));
    add(big_set);
    let mut big_zset = w("ZADD zset:big");
    big_zset.extend((0..200).flat_map(|i| [format!("{}", i as f64 / 3.0).into_bytes(), format!("m{i}").into_bytes()]));
    add(big_zset);
    add(vec![
        b"ZADD".to_vec(),
        b"zset:long".to_vec(),
        b"1".to_vec(),
        vec![b'Z'; 80],
    ]);
    for i in 1..=250 {
        let line = if i % 5 == 0 {
            format!("XADD stream:s {i}-1 other {i} more x")
        } else {
            format!("XADD stream:s {i}-1 f {i} g v{i}")
        };
        add(w(&line));
    }
    for line in [
        "XDEL stream:s 3-1 150-1",
        "XGROUP CREATE stream:s g1 0",
        "XGROUP CREATE stream:s g2 $",
        "XREADGROUP GROUP g1 alice COUNT 5 STREAMS stream:s >",
        "XREADGROUP GROUP g1 bob COUNT 3 STREAMS stream:s >",
        "XACK stream:s g1 2-1",
        "XGROUP CREATECONSUMER stream:s g2 carol",
    ] {
        add(w(line));
    }
    for parts in cmds {
        let mut c = redis::cmd(std::str::from_utf8(&parts[0]).expect("name"));
        for p in &parts[1..] {
            c.arg(&p[..]);
        }
        let _: RV = c.query(conn).expect("populate");
    }
}

pub const KEYS: &[&str] = &[
    "str:plain",
    "str:int",
    "str:neg",
    "str:big",
    "str:lead",
    "str:ttl",
    "str:lzf",
    "str:bin",
    "list:small",
    "list:big",
    "list:huge",
    "hash:small",
    "hash:big",
    "hash:long",
    "set:int",
    "set:str",
    "set:bigint",
    "set:big",
    "zset:small",
    "zset:inf",
    "zset:big",
    "zset:long",
    "stream:s",
    "stream:empty",
];

pub fn query(conn: &mut redis::Connection, args: &[&str]) -> RV {
    let mut c = redis::cmd(args[0]);
    for a in &args[1..] {
        c.arg(*a);
    }
    c.query(conn).unwrap_or_else(|e| panic!("{args:?}: {e}"))
}

pub fn sorted_items(v: RV, pairs: bool) -> String {
    let RV::Array(items) = v else {
        return format!("{v:?}");
    };
    let mut parts: Vec<String> = if pairs {
        items.chunks(2).map(|c| format!("{c:?}")).collect()
    } else {
        items.iter().map(|i| format!("{i:?}")).collect()
    };
    parts.sort();
    parts.join(",")
}

/// Everything observable about a key through read commands.
pub fn fingerprint(conn: &mut redis::Connection, key: &str) -> Vec<String> {
    let kind: String = redis::cmd("TYPE").arg(key).query(conn).expect("TYPE");
    let mut out = vec![kind.clone()];
    let pttl = match query(conn, &["PTTL", key]) {
        RV::Int(n) if n > 0 => "ttl".to_string(),
        other => format!("{other:?}"),
    };
    out.push(pttl);
    match kind.as_str() {
        "string" => out.push(format!("{:?}", query(conn, &["GET", key]))),
        "list" => out.push(format!("{:?}", query(conn, &["LRANGE", key, "0", "-1"]))),
        "hash" => out.push(sorted_items(query(conn, &["HGETALL", key]), true)),
        "set" => out.push(sorted_items(query(conn, &["SMEMBERS", key]), false)),
        "zset" => out.push(format!("{:?}", query(conn, &["ZRANGE", key, "0", "-1", "WITHSCORES"]))),
        "stream" => {
            out.push(format!("{:?}", query(conn, &["XRANGE", key, "-", "+"])));
            out.push(format!("{:?}", query(conn, &["XINFO", "STREAM", key, "FULL"])));
            out.push(format!("{:?}", query(conn, &["XINFO", "GROUPS", key])));
        }
        other => panic!("unexpected type {other}"),
    }
    out
}
