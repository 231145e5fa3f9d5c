//! CONFIG GET, SET, RESETSTAT, REWRITE and HELP.

use super::keys::reply_help;
use super::{Ctx, Handler};
use crate::resp::parse::Args;
use crate::server::Stats;

pub const COMMANDS: &[(&str, Handler)] = &[("config", config)];

const HELP: &[&str] = &[
    "CONFIG <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
    "GET <pattern>",
    "    Return parameters matching the glob-like <pattern> and their values.",
    "SET <directive> <value>",
    "    Set the configuration <directive> to <value>.",
    "RESETSTAT",
    "    Reset statistics reported by the INFO command.",
    "REWRITE",
    "    Rewrite the configuration file.",
    "HELP",
    "    Prints this help.",
];

fn config(ctx: &mut Ctx, args: &Args) {
    match ctx.cmd.name {
        "config|get" => get(ctx, args),
        "config|set" => set(ctx, args),
        "config|resetstat" => {
            ctx.srv.stats = Stats {
                ops_sample_last: (ctx.now, 0),
                ..Stats::default()
            };
            for db in &mut ctx.srv.dbs {
                db.expired_keys = 0;
            }
            ctx.reply.ok();
        }
        "config|rewrite" => match &ctx.srv.config_file {
            None => ctx.reply.error("ERR The server is running without a config file"),
            Some(_) => ctx
                .reply
                .error("ERR Rewriting config file: CONFIG REWRITE is not supported by Gossamer yet"),
        },
        "config|help" => reply_help(ctx, HELP),
        _ => ctx.reply.error(&format!(
            "ERR unknown subcommand '{}'. Try CONFIG HELP.",
            String::from_utf8_lossy(args.get(1))
        )),
    }
}

fn get(ctx: &mut Ctx, args: &Args) {
    let mut pairs: Vec<(String, String)> = Vec::new();
    for pattern in args.iter_from(2) {
        let pattern = String::from_utf8_lossy(pattern);
        for (name, value) in ctx.srv.config.get(&pattern) {
            if !pairs.iter().any(|(n, _)| *n == name) {
                pairs.push((name, value));
            }
        }
    }
    ctx.reply.map(pairs.len());
    for (name, value) in &pairs {
        ctx.reply.bulk(name.as_bytes());
        ctx.reply.bulk(value.as_bytes());
    }
}

fn set(ctx: &mut Ctx, args: &Args) {
    if !args.len().is_multiple_of(2) {
        return ctx.reply.error(crate::commands::err::SYNTAX);
    }
    let pairs: Vec<(String, String)> = (2..args.len())
        .step_by(2)
        .map(|i| {
            (
                String::from_utf8_lossy(args.get(i)).to_ascii_lowercase(),
                String::from_utf8_lossy(args.get(i + 1)).into_owned(),
            )
        })
        .collect();
    for (i, (name, _)) in pairs.iter().enumerate() {
        if pairs[..i].iter().any(|(n, _)| n == name) {
            return ctx.reply.error(&format!(
                "ERR CONFIG SET failed (possibly related to argument '{name}') - duplicate parameter"
            ));
        }
    }
    let local = ctx.client().addr.ip().is_loopback();
    // Apply all or nothing: try on a copy first.
    let mut candidate = ctx.srv.config.clone();
    for (name, value) in &pairs {
        if let Err(reason) = candidate.set_as(name, value, local) {
            return if reason.starts_with("Unknown option") {
                ctx.reply.error(&format!("ERR {reason}"))
            } else {
                ctx.reply.error(&format!(
                    "ERR CONFIG SET failed (possibly related to argument '{name}') - {reason}"
                ))
            };
        }
    }
    let old_port = ctx.srv.settings.port;
    let old_bind = ctx.srv.config.bind();
    ctx.srv.config = candidate;
    ctx.srv.refresh_settings();
    if ctx.srv.settings.port != old_port || ctx.srv.config.bind() != old_bind {
        ctx.srv.rebind_requested = true;
    }
    ctx.reply.ok();
}
