//! Server commands: TIME, LASTSAVE, SHUTDOWN.

use super::{Ctx, Handler, err, is};
use crate::resp::parse::Args;
use crate::server::Shutdown;
use crate::util::time::ustime;

pub const COMMANDS: &[(&str, Handler)] = &[("time", time), ("lastsave", lastsave), ("shutdown", shutdown)];

fn time(ctx: &mut Ctx, _args: &Args) {
    let us = ustime();
    ctx.reply.array(2);
    ctx.reply.bulk_i64(us / 1_000_000);
    ctx.reply.bulk_i64(us % 1_000_000);
}

fn lastsave(ctx: &mut Ctx, _args: &Args) {
    let t = ctx.srv.lastsave;
    ctx.reply.int(t);
}

fn shutdown(ctx: &mut Ctx, args: &Args) {
    let (mut save, mut nosave, mut abort) = (false, false, false);
    for opt in args.iter_from(1) {
        if is(opt, "SAVE") {
            save = true;
        } else if is(opt, "NOSAVE") {
            nosave = true;
        } else if is(opt, "ABORT") {
            abort = true;
        } else if is(opt, "NOW") || is(opt, "FORCE") {
        } else {
            return ctx.reply.error(err::SYNTAX);
        }
    }
    if (save && nosave) || (abort && args.len() > 2) {
        return ctx.reply.error(err::SYNTAX);
    }
    if abort {
        return ctx.reply.error("ERR No shutdown in progress.");
    }
    ctx.srv.shutdown = Some(if save {
        Shutdown::Save
    } else if nosave {
        Shutdown::NoSave
    } else {
        Shutdown::Default
    });
    // No reply: the connection closes when the server exits, as Redis does.
}
