//! COMMAND and its subcommands (COUNT, INFO, DOCS, LIST, HELP), encoded from
//! the 7.0.15 command table exactly as redis-server encodes them.

use super::key_specs::key_positions;
use super::keys::reply_help;
use super::table::{ArgDoc, BeginSearch, COMMANDS, CommandInfo, FindKeys, KeySpec, lookup_full};
use super::{Ctx, Handler, err, implemented, is};
use crate::glob::glob_match;
use crate::resp::Reply;
use crate::resp::parse::Args;

pub const HANDLERS: &[(&str, Handler)] = &[("command", command)];

const HELP: &[&str] = &[
    "COMMAND <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
    "(no subcommand)",
    "    Return details about all Redis commands.",
    "COUNT",
    "    Return the total number of commands in this Redis server.",
    "LIST",
    "    Return a list of all commands in this Redis server.",
    "INFO [<command-name> ...]",
    "    Return details about multiple Redis commands.",
    "    If no command names are given, documentation details for all",
    "    commands are returned.",
    "DOCS [<command-name> ...]",
    "    Return documentation details about multiple Redis commands.",
    "    If no command names are given, documentation details for all",
    "    commands are returned.",
    "GETKEYS <full-command>",
    "    Return the keys from a full Redis command.",
    "GETKEYSANDFLAGS <full-command>",
    "    Return the keys and the access flags from a full Redis command.",
    "HELP",
    "    Prints this help.",
];

fn served() -> impl Iterator<Item = &'static CommandInfo> {
    COMMANDS.iter().filter(|c| implemented(c))
}

fn command(ctx: &mut Ctx, args: &Args) {
    if args.len() == 1 {
        let all: Vec<_> = served().collect();
        ctx.reply.array(all.len());
        for info in all {
            write_info(ctx.reply, info);
        }
        return;
    }
    match ctx.cmd.name {
        "command|count" => ctx.reply.int(served().count() as i64),
        "command|info" => info(ctx, args),
        "command|docs" => docs(ctx, args),
        "command|list" => list(ctx, args),
        "command|getkeys" => getkeys(ctx, args, false),
        "command|getkeysandflags" => getkeys(ctx, args, true),
        "command|help" => reply_help(ctx, HELP),
        _ => ctx.reply.error(&format!(
            "ERR unknown subcommand '{}'. Try COMMAND HELP.",
            String::from_utf8_lossy(args.get(1))
        )),
    }
}

/// Look a command up by full name, only when Gossamer serves it.
fn served_lookup(name: &[u8]) -> Option<&'static CommandInfo> {
    let info = lookup_full(name)?;
    let top = match name.iter().position(|&b| b == b'|') {
        Some(i) => super::table::lookup(&name[..i])?,
        None => info,
    };
    implemented(top).then_some(info)
}

fn info(ctx: &mut Ctx, args: &Args) {
    if args.len() == 2 {
        let all: Vec<_> = served().collect();
        ctx.reply.array(all.len());
        for info in all {
            write_info(ctx.reply, info);
        }
        return;
    }
    ctx.reply.array(args.len() - 2);
    for name in args.iter_from(2) {
        match served_lookup(name) {
            Some(info) => write_info(ctx.reply, info),
            None => ctx.reply.null(),
        }
    }
}

/// One COMMAND INFO entry (10 elements in 7.0).
fn write_info(r: &mut Reply, c: &CommandInfo) {
    r.array(10);
    r.bulk(c.name.as_bytes());
    r.int(c.arity as i64);
    r.set(c.flags.len());
    for f in c.flags {
        r.simple(f);
    }
    r.int(c.first_key as i64);
    r.int(c.last_key as i64);
    r.int(c.step as i64);
    r.set(c.acl_categories.len());
    for cat in c.acl_categories {
        r.simple(cat);
    }
    r.set(c.tips.len());
    for tip in c.tips {
        r.bulk(tip.as_bytes());
    }
    r.set(c.key_specs.len());
    for spec in c.key_specs {
        write_key_spec(r, spec);
    }
    if c.subcommands.is_empty() {
        r.set(0);
    } else {
        r.array(c.subcommands.len());
        for sub in c.subcommands {
            write_info(r, sub);
        }
    }
}

fn write_key_spec(r: &mut Reply, spec: &KeySpec) {
    r.map(3 + spec.notes.is_some() as usize);
    if let Some(notes) = spec.notes {
        r.bulk(b"notes");
        r.bulk(notes.as_bytes());
    }
    r.bulk(b"flags");
    r.set(spec.flags.len());
    for f in spec.flags {
        r.simple(f);
    }
    r.bulk(b"begin_search");
    r.map(2);
    r.bulk(b"type");
    match spec.begin_search {
        BeginSearch::Index(i) => {
            r.bulk(b"index");
            r.bulk(b"spec");
            r.map(1);
            r.bulk(b"index");
            r.int(i as i64);
        }
        BeginSearch::Keyword { keyword, startfrom } => {
            r.bulk(b"keyword");
            r.bulk(b"spec");
            r.map(2);
            r.bulk(b"keyword");
            r.bulk(keyword.as_bytes());
            r.bulk(b"startfrom");
            r.int(startfrom as i64);
        }
        BeginSearch::Unknown => {
            r.bulk(b"unknown");
            r.bulk(b"spec");
            r.map(0);
        }
    }
    r.bulk(b"find_keys");
    r.map(2);
    r.bulk(b"type");
    match spec.find_keys {
        FindKeys::Range { lastkey, step, limit } => {
            r.bulk(b"range");
            r.bulk(b"spec");
            r.map(3);
            for (k, v) in [("lastkey", lastkey), ("keystep", step), ("limit", limit)] {
                r.bulk(k.as_bytes());
                r.int(v as i64);
            }
        }
        FindKeys::Keynum {
            keynumidx,
            firstkey,
            step,
        } => {
            r.bulk(b"keynum");
            r.bulk(b"spec");
            r.map(3);
            for (k, v) in [("keynumidx", keynumidx), ("firstkey", firstkey), ("keystep", step)] {
                r.bulk(k.as_bytes());
                r.int(v as i64);
            }
        }
        FindKeys::Unknown => {
            r.bulk(b"unknown");
            r.bulk(b"spec");
            r.map(0);
        }
    }
}

fn docs(ctx: &mut Ctx, args: &Args) {
    let wanted: Vec<&'static CommandInfo> = if args.len() == 2 {
        served().collect()
    } else {
        args.iter_from(2).filter_map(served_lookup).collect()
    };
    ctx.reply.map(wanted.len());
    for c in wanted {
        ctx.reply.bulk(c.name.as_bytes());
        write_docs(ctx.reply, c);
    }
}

fn write_docs(r: &mut Reply, c: &CommandInfo) {
    let d = &c.doc;
    let fields = [
        !d.summary.is_empty(),
        !d.since.is_empty(),
        true,
        d.complexity.is_some(),
        !d.doc_flags.is_empty(),
        d.deprecated_since.is_some(),
        d.replaced_by.is_some(),
        !d.history.is_empty(),
        !d.arguments.is_empty(),
        !c.subcommands.is_empty(),
    ];
    r.map(fields.iter().filter(|&&f| f).count());
    let text = |r: &mut Reply, name: &str, value: Option<&str>| {
        if let Some(v) = value.filter(|v| !v.is_empty() || name == "group") {
            r.bulk(name.as_bytes());
            r.bulk(v.as_bytes());
        }
    };
    text(r, "summary", Some(d.summary));
    text(r, "since", Some(d.since));
    text(r, "group", Some(d.group));
    text(r, "complexity", d.complexity);
    if !d.doc_flags.is_empty() {
        r.bulk(b"doc_flags");
        r.set(d.doc_flags.len());
        for f in d.doc_flags {
            r.simple(f);
        }
    }
    text(r, "deprecated_since", d.deprecated_since);
    text(r, "replaced_by", d.replaced_by);
    if !d.history.is_empty() {
        r.bulk(b"history");
        r.set(d.history.len());
        for (version, what) in d.history {
            r.array(2);
            r.bulk(version.as_bytes());
            r.bulk(what.as_bytes());
        }
    }
    if !d.arguments.is_empty() {
        r.bulk(b"arguments");
        write_args(r, d.arguments);
    }
    if !c.subcommands.is_empty() {
        r.bulk(b"subcommands");
        r.map(c.subcommands.len());
        for sub in c.subcommands {
            r.bulk(sub.name.as_bytes());
            write_docs(r, sub);
        }
    }
}

fn write_args(r: &mut Reply, args: &[ArgDoc]) {
    r.array(args.len());
    for a in args {
        let nested = a.kind == "oneof" || a.kind == "block";
        let optional = [
            a.key_spec_index >= 0,
            a.token.is_some(),
            a.summary.is_some(),
            a.since.is_some(),
            a.deprecated_since.is_some(),
            !a.flags.is_empty(),
            nested,
        ];
        r.map(2 + optional.iter().filter(|&&f| f).count());
        r.bulk(b"name");
        r.bulk(a.name.as_bytes());
        r.bulk(b"type");
        r.bulk(a.kind.as_bytes());
        if a.key_spec_index >= 0 {
            r.bulk(b"key_spec_index");
            r.int(a.key_spec_index as i64);
        }
        for (name, value) in [
            ("token", a.token),
            ("summary", a.summary),
            ("since", a.since),
            ("deprecated_since", a.deprecated_since),
        ] {
            if let Some(v) = value {
                r.bulk(name.as_bytes());
                r.bulk(v.as_bytes());
            }
        }
        if !a.flags.is_empty() {
            r.bulk(b"flags");
            r.set(a.flags.len());
            for f in a.flags {
                r.simple(f);
            }
        }
        if nested {
            r.bulk(b"arguments");
            write_args(r, a.arguments);
        }
    }
}

/// COMMAND GETKEYS / GETKEYSANDFLAGS <command> <args...>.
fn getkeys(ctx: &mut Ctx, args: &Args, with_flags: bool) {
    let Some(info) = served_lookup(args.get(2)) else {
        return ctx.reply.error("ERR Invalid command specified");
    };
    let argc = args.len() - 2;
    let arity_ok = if info.arity > 0 {
        argc as i32 == info.arity
    } else {
        argc as i32 >= -info.arity
    };
    if !arity_ok {
        return ctx.reply.error("ERR Invalid number of arguments specified for command");
    }
    let ranges: Vec<std::ops::Range<usize>> = (2..args.len()).map(|i| ctx.args.range(i)).collect();
    let sub = Args::new(ctx.args.buffer(), &ranges);
    match key_positions(info, &sub) {
        Err(_) => ctx.reply.error("ERR Invalid arguments specified for command"),
        Ok(keys) if keys.is_empty() => ctx.reply.error("ERR The command has no key arguments"),
        Ok(keys) => {
            ctx.reply.array(keys.len());
            for key in keys {
                if with_flags {
                    let flags = resolved_flags(info, &sub, key.flags);
                    ctx.reply.array(2);
                    ctx.reply.bulk(sub.get(key.pos));
                    ctx.reply.set(flags.len());
                    for f in flags {
                        ctx.reply.simple(f);
                    }
                } else {
                    ctx.reply.bulk(sub.get(key.pos));
                }
            }
        }
    }
}

/// Key flags for the actual arguments where a spec says `variable_flags`
/// (SET: overwrite unless GET reads the old value, as Redis's setGetKeys).
fn resolved_flags(info: &CommandInfo, args: &Args, flags: &'static [&'static str]) -> &'static [&'static str] {
    if !flags.contains(&"variable_flags") {
        return flags;
    }
    match info.name {
        "set" if args.iter_from(3).any(|a| is(a, "GET")) => &["RW", "access", "update"],
        "set" => &["OW", "update"],
        _ => flags,
    }
}

fn list(ctx: &mut Ctx, args: &Args) {
    let names: Vec<&str> = match args.len() {
        2 => served().map(|c| c.name).collect(),
        5 if is(args.get(2), "FILTERBY") => {
            let (kind, value) = (args.get(3), args.get(4));
            if is(kind, "PATTERN") {
                served()
                    .filter(|c| glob_match(value, c.name.as_bytes(), true))
                    .map(|c| c.name)
                    .collect()
            } else if is(kind, "ACLCAT") {
                let cat = String::from_utf8_lossy(value).to_ascii_lowercase();
                served()
                    .filter(|c| c.acl_categories.iter().any(|a| a.trim_start_matches('@') == cat))
                    .map(|c| c.name)
                    .collect()
            } else if is(kind, "MODULE") {
                Vec::new()
            } else {
                return ctx.reply.error(err::SYNTAX);
            }
        }
        _ => return ctx.reply.error(err::SYNTAX),
    };
    ctx.reply.array(names.len());
    for name in names {
        ctx.reply.bulk(name.as_bytes());
    }
}
