//! DEBUG, behind `enable-debug-command`: SLEEP, SET-ACTIVE-EXPIRE, HELP.

use super::keys::reply_help;
use super::{Ctx, Handler, err, is};
use crate::resp::parse::Args;
use crate::util::num::string2ld;

pub const COMMANDS: &[(&str, Handler)] = &[("debug", debug)];

const HELP: &[&str] = &[
    "DEBUG <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
    "SET-ACTIVE-EXPIRE <0|1>",
    "    Setting it to 0 disables expiring keys in background when they are not",
    "    accessed (otherwise the Redis behavior). Setting it to 1 reenables back the",
    "    default.",
    "SLEEP <seconds>",
    "    Stop the server for <seconds>. Decimals allowed.",
    "HELP",
    "    Prints this help.",
];

fn debug(ctx: &mut Ctx, args: &Args) {
    let sub = args.get(1);
    if is(sub, "HELP") {
        reply_help(ctx, HELP);
    } else if is(sub, "SLEEP") && args.len() == 3 {
        let Some(secs) = string2ld(args.get(2)).filter(|s| *s >= 0.0) else {
            return ctx.reply.error(err::NOT_FLOAT);
        };
        std::thread::sleep(std::time::Duration::from_secs_f64(secs.min(3600.0)));
        ctx.reply.ok();
    } else if is(sub, "SET-ACTIVE-EXPIRE") && args.len() == 3 {
        let Some(on) = super::parse_int(ctx, args.get(2)) else {
            return;
        };
        ctx.srv.active_expire_enabled = on != 0;
        ctx.reply.ok();
    } else {
        ctx.reply.error(&format!(
            "ERR unknown subcommand or wrong number of arguments for '{}'. Try DEBUG HELP.",
            String::from_utf8_lossy(sub)
        ));
    }
}
