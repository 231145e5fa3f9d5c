//! FUNCTION: the function library API of Redis 7.0 without a scripting
//! engine. We hold no libraries, so DUMP gives the empty payload, LIST an
//! empty array, and RESTORE accepts payloads that carry no library — what
//! `redis-cli --cluster add-node` sends from a Redis node without functions.
//! Loading code fails as Redis does for an engine it does not have.

use super::streams::subcommand_syntax_error;
use super::{Ctx, Handler, is};
use crate::resp::parse::Args;

pub const COMMANDS: &[(&str, Handler)] = &[("function", function)];

const HELP: &[&str] = &[
    "FUNCTION <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
    "DUMP",
    "    Return a serialized payload representing the current libraries, can be restored using FUNCTION RESTORE command",
    "FLUSH [ASYNC|SYNC]",
    "    Delete all the libraries.",
    "LIST [LIBRARYNAME <pattern>] [WITHCODE]",
    "    Return general information on all the libraries:",
    "RESTORE <PAYLOAD> [FLUSH|APPEND|REPLACE]",
    "    Restore the libraries represented by the given payload, it is possible to give a restore policy to",
    "HELP",
    "    Prints this help.",
];

fn function(ctx: &mut Ctx, args: &Args) {
    match ctx.cmd.name {
        "function|dump" => ctx.reply.bulk(&crate::rdb::empty_functions_payload()),
        "function|list" => list(ctx, args),
        "function|restore" => restore(ctx, args),
        "function|flush" => flush(ctx, args),
        "function|load" => load(ctx, args),
        "function|delete" => ctx.reply.error("ERR Library not found"),
        "function|kill" => ctx.reply.error("NOTBUSY No scripts in execution right now."),
        "function|stats" => stats(ctx),
        "function|help" => super::keys::reply_help(ctx, HELP),
        _ => subcommand_syntax_error(ctx.reply, args),
    }
}

/// FUNCTION LIST [WITHCODE] [LIBRARYNAME pattern]: options checked as Redis
/// does, then the (empty) library list.
fn list(ctx: &mut Ctx, args: &Args) {
    let (mut with_code, mut library_name) = (false, false);
    let mut i = 2;
    while i < args.len() {
        let arg = args.get(i);
        if !with_code && is(arg, "withcode") {
            with_code = true;
        } else if !library_name && is(arg, "libraryname") {
            if i + 1 >= args.len() {
                return ctx.reply.error("ERR library name argument was not given");
            }
            library_name = true;
            i += 1;
        } else {
            let mut text = b"ERR Unknown argument ".to_vec();
            text.extend_from_slice(arg);
            return ctx.reply.error_bytes(&text);
        }
        i += 1;
    }
    ctx.reply.array(0);
}

/// FUNCTION RESTORE payload [FLUSH|APPEND|REPLACE].
fn restore(ctx: &mut Ctx, args: &Args) {
    if args.len() > 4 {
        return subcommand_syntax_error(ctx.reply, args);
    }
    if args.len() == 4 && !["append", "replace", "flush"].iter().any(|p| is(args.get(3), p)) {
        return ctx
            .reply
            .error("ERR Wrong restore policy given, value should be either FLUSH, APPEND or REPLACE.");
    }
    let payload = args.get(2);
    if !crate::rdb::verify_dump_payload(payload, true) {
        return ctx.reply.error("ERR DUMP payload version or checksum are wrong");
    }
    let body = &payload[..payload.len() - 10];
    match body.first() {
        None => {
            ctx.srv.dirty += 1;
            ctx.reply.ok()
        }
        Some(&t) if t == crate::rdb::file::OP_FUNCTION || t == crate::rdb::file::OP_FUNCTION2 => {
            ctx.reply.error("ERR Engine 'LUA' not found")
        }
        Some(_) => ctx.reply.error("ERR given type is not a function"),
    }
}

/// FUNCTION FLUSH [ASYNC|SYNC]: nothing to delete.
fn flush(ctx: &mut Ctx, args: &Args) {
    if args.len() == 3 && !is(args.get(2), "async") && !is(args.get(2), "sync") {
        return ctx.reply.error("ERR FUNCTION FLUSH only supports SYNC|ASYNC option");
    }
    if args.len() > 3 {
        return subcommand_syntax_error(ctx.reply, args);
    }
    ctx.srv.dirty += 1;
    ctx.reply.ok();
}

/// FUNCTION LOAD [REPLACE] code: Redis's option and metadata checks, then
/// the error for an engine this server does not have.
fn load(ctx: &mut Ctx, args: &Args) {
    let mut pos = 2;
    while pos < args.len() - 1 {
        if !is(args.get(pos), "replace") {
            let mut text = b"ERR Unknown option given: ".to_vec();
            text.extend_from_slice(args.get(pos));
            return ctx.reply.error_bytes(&text);
        }
        pos += 1;
    }
    if pos >= args.len() {
        return ctx.reply.error("ERR Function code is missing");
    }
    let code = args.get(pos);
    let Some(shebang) = code.strip_prefix(b"#!") else {
        return ctx.reply.error("ERR Missing library metadata");
    };
    let first_line = shebang.split(|&b| b == b'\n').next().unwrap_or_default();
    let engine = first_line.split(|&b| b == b' ').next().unwrap_or_default();
    let mut text = b"ERR Engine '".to_vec();
    text.extend_from_slice(engine);
    text.extend_from_slice(b"' not found");
    ctx.reply.error_bytes(&text);
}

/// FUNCTION STATS: no running script, no engine.
fn stats(ctx: &mut Ctx) {
    ctx.reply.map(2);
    ctx.reply.bulk(b"running_script");
    ctx.reply.null();
    ctx.reply.bulk(b"engines");
    ctx.reply.map(0);
}
