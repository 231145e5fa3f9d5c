//! Which arguments of a command are keys, from the 7.0 key specs (Redis's
//! getKeysUsingKeySpecs). Used by COMMAND GETKEYS and, with cluster mode, by
//! slot routing.

use super::table::{BeginSearch, CommandInfo, FindKeys, KeySpec};
use crate::resp::parse::Args;
use crate::util::num::string2ll;

/// The arguments do not fit the command's key specs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadKeySpec;

/// A key argument: its position and the flags of the spec that found it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyRef {
    pub pos: usize,
    pub flags: &'static [&'static str],
}

/// Positions of the key arguments of `args` for `cmd`, in spec order.
/// `Err` means the arguments do not fit the specs (a syntax error the
/// command itself will report).
pub fn key_positions(cmd: &CommandInfo, args: &Args) -> Result<Vec<KeyRef>, BadKeySpec> {
    if cmd.name == "migrate" {
        // Its KEYS spec is "incomplete": Redis falls back to migrateGetKeys.
        return Ok(migrate_keys(cmd, args));
    }
    let argc = args.len();
    let mut keys = Vec::new();
    for spec in cmd.key_specs {
        if spec.flags.contains(&"NOT_KEY") {
            continue;
        }
        let Some(first) = begin(spec, args) else { continue };
        let (first, last, step) = find(spec, args, first)?;
        if last >= argc as i64 || last < first || first >= argc as i64 {
            return Err(BadKeySpec);
        }
        let mut i = first;
        while i <= last {
            keys.push(KeyRef {
                pos: i as usize,
                flags: spec.flags,
            });
            i += step.max(1);
        }
    }
    Ok(keys)
}

/// MIGRATE's keys (Redis's migrateGetKeys): the arguments after KEYS when the
/// key argument is empty, none when it is not (MIGRATE reports that), else
/// the key argument.
fn migrate_keys(cmd: &CommandInfo, args: &Args) -> Vec<KeyRef> {
    let flags = cmd.key_specs.first().map_or(&[][..], |s| s.flags);
    let mut i = 6;
    let mut range = 3..4;
    while i < args.len() {
        let arg = args.get(i);
        if arg.eq_ignore_ascii_case(b"keys") {
            range = if args.get(3).is_empty() {
                i + 1..args.len()
            } else {
                0..0
            };
            break;
        }
        i += if arg.eq_ignore_ascii_case(b"auth") {
            2
        } else if arg.eq_ignore_ascii_case(b"auth2") {
            3
        } else {
            1
        };
    }
    range.map(|pos| KeyRef { pos, flags }).collect()
}

/// Where the spec's keys start, or None when its keyword is absent.
fn begin(spec: &KeySpec, args: &Args) -> Option<i64> {
    let argc = args.len() as i64;
    match spec.begin_search {
        BeginSearch::Index(pos) => Some(pos as i64),
        BeginSearch::Keyword { keyword, startfrom } => {
            let startfrom = startfrom as i64;
            let start = if startfrom > 0 { startfrom } else { argc + startfrom };
            let end = if startfrom > 0 { argc - 1 } else { 1 };
            let mut i = start;
            loop {
                if i >= argc || i < 1 {
                    return None;
                }
                if args.get(i as usize).eq_ignore_ascii_case(keyword.as_bytes()) {
                    return Some(i + 1);
                }
                if i == end {
                    return None;
                }
                i = if start <= end { i + 1 } else { i - 1 };
            }
        }
        BeginSearch::Unknown => None,
    }
}

/// (first, last, step) of the spec's keys.
fn find(spec: &KeySpec, args: &Args, first: i64) -> Result<(i64, i64, i64), BadKeySpec> {
    let argc = args.len() as i64;
    match spec.find_keys {
        FindKeys::Range { lastkey, step, limit } => {
            let (lastkey, limit) = (lastkey as i64, limit as i64);
            let last = if lastkey >= 0 {
                first + lastkey
            } else if limit == 0 {
                argc + lastkey
            } else {
                first + ((argc - first) / limit + lastkey)
            };
            Ok((first, last, step as i64))
        }
        FindKeys::Keynum {
            keynumidx,
            firstkey,
            step,
        } => {
            let keynumidx = keynumidx as i64;
            if keynumidx >= argc - first {
                return Err(BadKeySpec);
            }
            let numkeys = string2ll(args.get((first + keynumidx) as usize))
                .filter(|n| *n >= 0)
                .ok_or(BadKeySpec)?;
            let first = first + firstkey as i64;
            Ok((first, first + numkeys - 1, step as i64))
        }
        FindKeys::Unknown => Err(BadKeySpec),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::table::lookup;

    fn positions(line: &str) -> Result<Vec<usize>, BadKeySpec> {
        let words: Vec<&[u8]> = line.split(' ').map(str::as_bytes).collect();
        let mut buf = Vec::new();
        let mut ranges = Vec::new();
        for w in &words {
            let start = buf.len();
            buf.extend_from_slice(w);
            ranges.push(start..buf.len());
        }
        let args = Args::new(&buf, &ranges);
        let cmd = lookup(words[0]).expect("command");
        key_positions(cmd, &args).map(|keys| keys.iter().map(|k| k.pos).collect())
    }

    #[test]
    fn common_shapes() {
        assert_eq!(positions("GET k"), Ok(vec![1]));
        assert_eq!(positions("MSET a 1 b 2"), Ok(vec![1, 3]));
        assert_eq!(positions("DEL a b c"), Ok(vec![1, 2, 3]));
        assert_eq!(positions("BLPOP a b 0"), Ok(vec![1, 2]));
        assert_eq!(positions("ZUNIONSTORE d 2 a b"), Ok(vec![1, 3, 4]));
        assert_eq!(positions("XREAD COUNT 1 STREAMS s1 s2 0 0"), Ok(vec![4, 5]));
        assert_eq!(positions("LMPOP 2 a b LEFT"), Ok(vec![2, 3]));
        assert_eq!(positions("PING"), Ok(vec![]));
        assert_eq!(positions("ZUNIONSTORE d x a b"), Err(BadKeySpec));
        assert_eq!(positions("MIGRATE h 1 k 0 5"), Ok(vec![3]));
        assert_eq!(positions("MIGRATE h 1  0 5 AUTH keys KEYS a b"), Ok(vec![9, 10]));
        assert_eq!(positions("MIGRATE h 1 k 0 5 KEYS a b"), Ok(vec![]));
    }
}
