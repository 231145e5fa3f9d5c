//! MULTI/EXEC/WATCH and Pub/Sub with several real clients, replies compared
//! byte for byte with what Redis 7.0.15 sends.

mod common;

use std::time::Duration;

use common::{RawConn, ServerProcess};

fn exchange(raw: &mut RawConn, commands: &[&str]) -> Vec<String> {
    for c in commands {
        raw.send(format!("{c}\r\n").as_bytes());
    }
    commands
        .iter()
        .map(|_| String::from_utf8_lossy(&raw.read_reply()).into_owned())
        .collect()
}

#[test]
fn multi_exec_queues_and_runs() {
    let server = ServerProcess::gossamer(&[]);
    let mut raw = server.raw();
    let got = exchange(&mut raw, &["MULTI", "SET a 1", "INCR a", "GET a", "EXEC"]);
    assert_eq!(
        got,
        vec![
            "+OK\r\n",
            "+QUEUED\r\n",
            "+QUEUED\r\n",
            "+QUEUED\r\n",
            "*3\r\n+OK\r\n:2\r\n$1\r\n2\r\n"
        ]
    );
    let got = exchange(&mut raw, &["EXEC", "DISCARD", "MULTI", "MULTI", "DISCARD"]);
    assert_eq!(
        got,
        vec![
            "-ERR EXEC without MULTI\r\n",
            "-ERR DISCARD without MULTI\r\n",
            "+OK\r\n",
            "-ERR MULTI calls can not be nested\r\n",
            "+OK\r\n"
        ]
    );
}

#[test]
fn rejected_command_aborts_exec_but_runtime_errors_do_not() {
    let server = ServerProcess::gossamer(&[]);
    let mut raw = server.raw();
    let got = exchange(&mut raw, &["MULTI", "SET a 1", "NOSUCHCMD", "GET", "EXEC", "GET a"]);
    assert_eq!(
        got[2],
        "-ERR unknown command 'NOSUCHCMD', with args beginning with: \r\n"
    );
    assert_eq!(got[3], "-ERR wrong number of arguments for 'get' command\r\n");
    assert_eq!(
        got[4],
        "-EXECABORT Transaction discarded because of previous errors.\r\n"
    );
    assert_eq!(got[5], "$-1\r\n");
    let got = exchange(&mut raw, &["SET s abc", "MULTI", "INCR s", "SET t 1", "EXEC"]);
    assert_eq!(got[4], "*2\r\n-ERR value is not an integer or out of range\r\n+OK\r\n");
}

#[test]
fn watch_aborts_exec_when_another_client_writes() {
    let server = ServerProcess::gossamer(&[]);
    let mut a = server.raw();
    let mut b = server.raw();
    exchange(&mut a, &["SET k 1", "WATCH k", "MULTI", "INCR k"]);
    assert_eq!(exchange(&mut b, &["SET k 5"]), vec!["+OK\r\n"]);
    assert_eq!(exchange(&mut a, &["EXEC", "GET k"]), vec!["*-1\r\n", "$1\r\n5\r\n"]);
    // Unmodified watched key: EXEC runs.
    assert_eq!(
        exchange(&mut a, &["WATCH k", "MULTI", "INCR k", "EXEC"])[3],
        "*1\r\n:6\r\n"
    );
    // WATCH inside MULTI.
    assert_eq!(
        exchange(&mut a, &["MULTI", "WATCH x"])[1],
        "-ERR WATCH inside MULTI is not allowed\r\n"
    );
    assert_eq!(exchange(&mut a, &["DISCARD"])[0], "+OK\r\n");
    // FLUSHALL touches watched keys that existed.
    exchange(&mut a, &["WATCH k", "MULTI", "PING"]);
    exchange(&mut b, &["FLUSHALL"]);
    assert_eq!(exchange(&mut a, &["EXEC"])[0], "*-1\r\n");
    // Expiry through EXPIRE touches it too.
    exchange(&mut a, &["SET k 1", "WATCH k", "MULTI", "PING"]);
    exchange(&mut b, &["EXPIRE k 100"]);
    assert_eq!(exchange(&mut a, &["EXEC"])[0], "*-1\r\n");
}

#[test]
fn publish_reaches_channel_and_pattern_subscribers() {
    let server = ServerProcess::gossamer(&[]);
    let mut sub = server.raw();
    let mut psub = server.raw();
    let mut publisher = server.raw();
    sub.send(b"SUBSCRIBE news sport\r\n");
    assert_eq!(sub.read_reply(), b"*3\r\n$9\r\nsubscribe\r\n$4\r\nnews\r\n:1\r\n");
    assert_eq!(sub.read_reply(), b"*3\r\n$9\r\nsubscribe\r\n$5\r\nsport\r\n:2\r\n");
    psub.send(b"PSUBSCRIBE n*\r\n");
    assert_eq!(psub.read_reply(), b"*3\r\n$10\r\npsubscribe\r\n$2\r\nn*\r\n:1\r\n");
    assert_eq!(exchange(&mut publisher, &["PUBLISH news hello"]), vec![":2\r\n"]);
    assert_eq!(
        sub.read_reply(),
        b"*3\r\n$7\r\nmessage\r\n$4\r\nnews\r\n$5\r\nhello\r\n"
    );
    assert_eq!(
        psub.read_reply(),
        b"*4\r\n$8\r\npmessage\r\n$2\r\nn*\r\n$4\r\nnews\r\n$5\r\nhello\r\n"
    );
    assert_eq!(
        exchange(&mut publisher, &["PUBSUB NUMSUB news sport none", "PUBSUB NUMPAT"]),
        vec![
            "*6\r\n$4\r\nnews\r\n:1\r\n$5\r\nsport\r\n:1\r\n$4\r\nnone\r\n:0\r\n",
            ":1\r\n"
        ]
    );
    // RESP2 subscribed mode restricts commands; PING answers as an array.
    sub.send(b"GET x\r\nPING\r\n");
    assert_eq!(
        String::from_utf8_lossy(&sub.read_reply()),
        "-ERR Can't execute 'get': only (P|S)SUBSCRIBE / (P|S)UNSUBSCRIBE / PING / QUIT / RESET are allowed in this context\r\n"
    );
    assert_eq!(sub.read_reply(), b"*2\r\n$4\r\npong\r\n$0\r\n\r\n");
    sub.send(b"UNSUBSCRIBE\r\n");
    assert_eq!(sub.read_reply(), b"*3\r\n$11\r\nunsubscribe\r\n$4\r\nnews\r\n:1\r\n");
    assert_eq!(sub.read_reply(), b"*3\r\n$11\r\nunsubscribe\r\n$5\r\nsport\r\n:0\r\n");
    sub.send(b"UNSUBSCRIBE\r\nGET x\r\n");
    assert_eq!(sub.read_reply(), b"*3\r\n$11\r\nunsubscribe\r\n$-1\r\n:0\r\n");
    assert_eq!(sub.read_reply(), b"$-1\r\n");
    // A disconnected subscriber no longer counts.
    drop(psub);
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(exchange(&mut publisher, &["PUBLISH news again"]), vec![":0\r\n"]);
}

#[test]
fn resp3_subscribers_get_push_frames_and_can_run_commands() {
    let server = ServerProcess::gossamer(&[]);
    let mut sub = server.raw();
    sub.send(b"HELLO 3\r\n");
    sub.read_reply();
    sub.send(b"SUBSCRIBE c\r\n");
    assert_eq!(sub.read_reply(), b">3\r\n$9\r\nsubscribe\r\n$1\r\nc\r\n:1\r\n");
    sub.send(b"SET x 1\r\n");
    assert_eq!(sub.read_reply(), b"+OK\r\n");
    let mut publisher = server.raw();
    assert_eq!(exchange(&mut publisher, &["PUBLISH c m"]), vec![":1\r\n"]);
    assert_eq!(sub.read_reply(), b">3\r\n$7\r\nmessage\r\n$1\r\nc\r\n$1\r\nm\r\n");
}

#[test]
fn same_script_against_real_redis() {
    let redis = ServerProcess::redis(&[]);
    let ours = ServerProcess::gossamer(&[]);
    let script = [
        "MULTI",
        "SET a 1",
        "EXEC",
        "WATCH a",
        "UNWATCH",
        "MULTI",
        "GET a",
        "WATCH a",
        "EXEC",
        "SUBSCRIBE x y",
        "PSUBSCRIBE p*",
        "PING",
        "PING hi",
        "PUNSUBSCRIBE",
        "UNSUBSCRIBE y",
        "SET k v",
        "RESET",
        "GET a",
    ];
    let mut a = redis.raw();
    let mut b = ours.raw();
    for line in script {
        a.send(format!("{line}\r\n").as_bytes());
        b.send(format!("{line}\r\n").as_bytes());
        let expected_replies = match line {
            "SUBSCRIBE x y" => 2,
            _ => 1,
        };
        for _ in 0..expected_replies {
            let (want, got) = (a.read_reply(), b.read_reply());
            assert_eq!(
                String::from_utf8_lossy(&got),
                String::from_utf8_lossy(&want),
                "after {line}"
            );
        }
    }
}
