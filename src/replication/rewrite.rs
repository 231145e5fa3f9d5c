//! How a command that changed the dataset is written into the replication stream, where Redis
//! 7.0.15 does not propagate it as received: relative expiries become absolute (EXPIRE → PEXPIREAT,
//! SET … EX → SET … PXAT, SETEX/PSETEX → SET … PXAT, GETEX → PEXPIREAT/PERSIST), so a replica
//! (or a later partial resync) sees the same deadline. Commands whose effect depends on what the
//! master found (blocking pops, SPOP, …) set an explicit propagation in their handler instead.

use crate::commands::is;

/// The argv to propagate for `argv` executed at `now`, or None to propagate it unchanged.
pub fn rewrite(argv: &[&[u8]], now: i64) -> Option<Vec<Vec<u8>>> {
    let name = argv.first()?;
    if is(name, "expire") || is(name, "pexpire") || is(name, "expireat") {
        return expire_family(argv, now);
    }
    if is(name, "setex") || is(name, "psetex") {
        let unit = if is(name, "setex") { 1000 } else { 1 };
        let n = crate::util::num::string2ll(argv.get(2)?)?;
        return Some(set_pxat(argv[1], argv.get(3)?, now + n * unit));
    }
    if is(name, "set") {
        return set_with_expiry(argv, now);
    }
    if is(name, "getex") {
        return getex(argv, now);
    }
    None
}

fn owned(parts: &[&[u8]]) -> Vec<Vec<u8>> {
    parts.iter().map(|p| p.to_vec()).collect()
}

fn set_pxat(key: &[u8], value: &[u8], at_ms: i64) -> Vec<Vec<u8>> {
    owned(&[b"SET", key, value, b"PXAT", at_ms.to_string().as_bytes()])
}

/// EXPIRE/PEXPIRE/EXPIREAT key n [NX|XX|GT|LT] → PEXPIREAT key abs-ms [option].
fn expire_family(argv: &[&[u8]], now: i64) -> Option<Vec<Vec<u8>>> {
    let n = crate::util::num::string2ll(argv.get(2)?)?;
    let name = argv[0];
    let at = if is(name, "expire") {
        now + n * 1000
    } else if is(name, "pexpire") {
        now + n
    } else {
        n * 1000
    };
    let at = at.to_string();
    let mut out: Vec<&[u8]> = vec![b"PEXPIREAT", argv[1], at.as_bytes()];
    out.extend_from_slice(&argv[3..]);
    Some(owned(&out))
}

/// SET key value … EX/PX/EXAT n → SET key value PXAT abs (the other options already took effect).
fn set_with_expiry(argv: &[&[u8]], now: i64) -> Option<Vec<Vec<u8>>> {
    let mut i = 3;
    while i < argv.len() {
        let opt = argv[i];
        let factor_base = if is(opt, "ex") {
            Some((1000, now))
        } else if is(opt, "px") {
            Some((1, now))
        } else if is(opt, "exat") {
            Some((1000, 0))
        } else {
            None
        };
        if let Some((factor, base)) = factor_base {
            let n = crate::util::num::string2ll(argv.get(i + 1)?)?;
            return Some(set_pxat(argv[1], argv[2], base + n * factor));
        }
        i += 1;
    }
    None
}

/// GETEX key EX/PX/EXAT/PXAT n → PEXPIREAT key abs; GETEX key PERSIST → PERSIST key.
fn getex(argv: &[&[u8]], now: i64) -> Option<Vec<Vec<u8>>> {
    let opt = argv.get(2)?;
    if is(opt, "persist") {
        return Some(owned(&[b"PERSIST", argv[1]]));
    }
    let n = crate::util::num::string2ll(argv.get(3)?)?;
    let at = if is(opt, "ex") {
        now + n * 1000
    } else if is(opt, "px") {
        now + n
    } else if is(opt, "exat") {
        n * 1000
    } else if is(opt, "pxat") {
        n
    } else {
        return None;
    };
    Some(owned(&[b"PEXPIREAT", argv[1], at.to_string().as_bytes()]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(v: Option<Vec<Vec<u8>>>) -> Option<Vec<String>> {
        v.map(|a| {
            a.into_iter()
                .map(|x| String::from_utf8(x).unwrap_or_default())
                .collect()
        })
    }

    #[test]
    fn relative_expiries_become_absolute() {
        let now = 1_000_000;
        assert_eq!(
            texts(rewrite(&[b"EXPIRE", b"k", b"10", b"NX"], now)),
            Some(vec!["PEXPIREAT".into(), "k".into(), "1010000".into(), "NX".into()])
        );
        assert_eq!(
            texts(rewrite(&[b"set", b"k", b"v", b"NX", b"PX", b"500"], now)),
            Some(vec![
                "SET".into(),
                "k".into(),
                "v".into(),
                "PXAT".into(),
                "1000500".into()
            ])
        );
        assert_eq!(
            texts(rewrite(&[b"SETEX", b"k", b"2", b"v"], now)),
            Some(vec![
                "SET".into(),
                "k".into(),
                "v".into(),
                "PXAT".into(),
                "1002000".into()
            ])
        );
        assert_eq!(
            texts(rewrite(&[b"GETEX", b"k", b"PERSIST"], now)),
            Some(vec!["PERSIST".into(), "k".into()])
        );
        assert_eq!(rewrite(&[b"SET", b"k", b"v"], now), None);
        assert_eq!(rewrite(&[b"LPUSH", b"k", b"v"], now), None);
    }
}
