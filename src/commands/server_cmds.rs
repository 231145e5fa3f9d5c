//! Server commands: TIME, LASTSAVE, SHUTDOWN, SAVE, BGSAVE (the snapshot
//! work itself is in crate::persistence).

use super::{Ctx, Handler, err, is};
use crate::persistence::{self, ShutdownFlags};
use crate::resp::parse::Args;
use crate::server::Shutdown;
use crate::util::time::ustime;

pub const COMMANDS: &[(&str, Handler)] = &[
    ("time", time),
    ("lastsave", lastsave),
    ("shutdown", shutdown),
    ("save", save),
    ("bgsave", bgsave),
];

/// SAVE (saveCommand).
fn save(ctx: &mut Ctx, _args: &Args) {
    if ctx.srv.rdb_child.is_some() {
        return ctx.reply.error("ERR Background save already in progress");
    }
    ctx.srv.rdb.saves += 1;
    match persistence::save(ctx.srv, ctx.now) {
        Ok(()) => ctx.reply.ok(),
        Err(_) => ctx.reply.error("ERR"),
    }
}

/// BGSAVE [SCHEDULE] (bgsaveCommand).
fn bgsave(ctx: &mut Ctx, args: &Args) {
    // SCHEDULE only matters while another kind of child (AOF rewrite) runs,
    // which Gossamer never has: it is validated and otherwise a no-op.
    if args.len() > 1 && !(args.len() == 2 && is(args.get(1), "SCHEDULE")) {
        return ctx.reply.error(err::SYNTAX);
    }
    let in_exec = ctx.client().in_exec;
    if ctx.srv.rdb_child.is_some() {
        ctx.reply.error("ERR Background save already in progress");
    } else if in_exec {
        // Redis defers a BGSAVE inside EXEC to serverCron (no fork mid-transaction).
        ctx.srv.rdb.bgsave_scheduled = true;
        ctx.reply.simple("Background saving scheduled");
    } else if persistence::bgsave(ctx.srv).is_ok() {
        ctx.reply.simple("Background saving started");
    } else {
        ctx.reply.error("ERR");
    }
}

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
    let (mut save, mut nosave, mut abort, mut force) = (false, false, false, false);
    for opt in args.iter_from(1) {
        if is(opt, "SAVE") {
            save = true;
        } else if is(opt, "NOSAVE") {
            nosave = true;
        } else if is(opt, "ABORT") {
            abort = true;
        } else if is(opt, "FORCE") {
            force = true;
        } else if is(opt, "NOW") {
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
    // prepareForShutdown runs now, so a failed save is this client's error.
    let flags = ShutdownFlags { save, nosave, force };
    if persistence::prepare_shutdown(ctx.srv, flags, ctx.now).is_err() {
        return ctx.reply.error("ERR Errors trying to SHUTDOWN. Check logs.");
    }
    // Saved already (if at all): the event loop only has to exit.
    ctx.srv.shutdown = Some(Shutdown::NoSave);
    // No reply: the connection closes when the server exits, as Redis does.
}
