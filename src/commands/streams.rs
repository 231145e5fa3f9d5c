//! Stream commands: XADD, XLEN, XRANGE, XREVRANGE, XDEL, XTRIM, XREAD,
//! XREADGROUP, XGROUP, XACK, XPENDING, XCLAIM, XAUTOCLAIM, XINFO, XSETID.
//! Argument parsing, replies, errors and bookkeeping (keyspace hits, dirty
//! counter, modified-key signals) as Redis 7.0's t_stream.c; the data
//! structure is [`crate::db::stream`].

use super::keys::reply_help;
use super::{Access, Ctx, Handler, TimeoutReply, err, is, parse_int, typed_at};
use crate::db::Value;
use crate::db::stream::{
    AppendError, DeliveryCount, ENTRIES_READ_INVALID, EntryRef, IdRequest, NodeLimits, Stream, StreamId, Trim, parse_id,
};
use crate::resp::Reply;
use crate::resp::parse::Args;
use crate::server::Server;
use crate::util::num::string2ll;

pub const COMMANDS: &[(&str, Handler)] = &[
    ("xadd", xadd),
    ("xlen", xlen),
    ("xrange", xrange),
    ("xrevrange", xrevrange),
    ("xdel", xdel),
    ("xtrim", xtrim),
    ("xread", xread),
    ("xreadgroup", xreadgroup),
    ("xgroup", xgroup),
    ("xsetid", xsetid),
    ("xack", xack),
    ("xpending", xpending),
    ("xclaim", xclaim),
    ("xautoclaim", xautoclaim),
    ("xinfo", xinfo),
];

const INVALID_ID: &str = "ERR Invalid stream ID specified as stream command argument";
const NO_SUCH_KEY_OR_GROUP: &[u8] = b"NOGROUP No such key '";

// ---------------------------------------------------------------------------
// Lookups and reply helpers.
// ---------------------------------------------------------------------------

/// Look up the stream at `key` (expiring it lazily). `Err` means the key
/// holds another type.
fn stream_at<'s>(
    srv: &'s mut Server,
    db: usize,
    key: &[u8],
    now: i64,
    access: Access,
) -> Result<Option<&'s mut Stream>, ()> {
    typed_at(srv, db, key, now, access, |v| v.as_stream_mut().map(|s| &mut **s)).map_err(|_| ())
}

/// A looked-up stream (None when the key is missing) and the reply buffer.
type Opened<'c> = (Option<&'c mut Stream>, &'c mut Reply);

/// Look up a stream for a command; None when WRONGTYPE was replied.
fn open<'c>(ctx: &'c mut Ctx, key: &[u8], access: Access) -> Option<Opened<'c>> {
    let (db, now) = (ctx.client().db, ctx.now);
    let Ctx { srv, reply, .. } = ctx;
    match stream_at(srv, db, key, now, access) {
        Ok(stream) => Some((stream, &mut **reply)),
        Err(()) => {
            reply.error(err::WRONGTYPE);
            None
        }
    }
}

/// The part of an argument a C string would see (up to the first NUL).
fn cstr(arg: &[u8]) -> &[u8] {
    arg.split(|&b| b == 0).next().unwrap_or(arg)
}

/// An error reply assembled from byte strings (key and group names need
/// not be UTF-8), as Redis's addReplyErrorFormat.
fn error_bytes(reply: &mut Reply, parts: &[&[u8]]) {
    let text: Vec<u8> = parts.concat();
    match std::str::from_utf8(&text) {
        Ok(s) => reply.error(s),
        Err(_) => {
            reply.buf.push(b'-');
            reply
                .buf
                .extend(text.iter().map(|&b| if b == b'\r' || b == b'\n' { b' ' } else { b }));
            reply.buf.extend_from_slice(b"\r\n");
            reply.errors += 1;
            let prefix = text.split(|&b| b == b' ').next().unwrap_or(b"ERR");
            reply.last_error_prefix = Some(String::from_utf8_lossy(prefix).into_owned());
        }
    }
}

/// Redis's addReplySubcommandSyntaxError.
pub(super) fn subcommand_syntax_error(reply: &mut Reply, args: &Args) {
    let sub = cstr(args.get(1));
    let sub = &sub[..sub.len().min(128)];
    let cmd = cstr(args.get(0)).to_ascii_uppercase();
    error_bytes(
        reply,
        &[
            b"ERR unknown subcommand or wrong number of arguments for '",
            sub,
            b"'. Try ",
            &cmd,
            b" HELP.",
        ],
    );
}

fn reply_id(reply: &mut Reply, id: StreamId) {
    reply.bulk(&id.text());
}

/// One entry as `[id, [field, value, ...]]`.
fn reply_entry(reply: &mut Reply, entry: &EntryRef) {
    reply.array(2);
    reply_id(reply, entry.id);
    reply.array(entry.num_fields() * 2);
    for (field, value) in entry.fields() {
        reply.bulk(field);
        reply.bulk(value);
    }
}

/// Insert an aggregate header of `n` elements at `pos` once its elements
/// have been written (Redis's deferred lengths). `map` picks a map header.
fn set_deferred_len(reply: &mut Reply, pos: usize, n: usize, map: bool) {
    let mut header = Reply::new(reply.resp);
    if map {
        header.map(n);
    } else {
        header.array(n);
    }
    reply.buf.splice(pos..pos, header.buf);
}

/// Emit up to `count` (0 = all) entries of `iter` as an array; returns the
/// IDs emitted when `collect` (for consumer-group bookkeeping).
fn reply_entries<'a>(
    reply: &mut Reply,
    iter: impl Iterator<Item = EntryRef<'a>>,
    count: usize,
    mut collect: Option<&mut Vec<StreamId>>,
) -> usize {
    let pos = reply.buf.len();
    let limit = if count == 0 { usize::MAX } else { count };
    let mut n = 0;
    for entry in iter.take(limit) {
        reply_entry(reply, &entry);
        if let Some(ids) = collect.as_deref_mut() {
            ids.push(entry.id);
        }
        n += 1;
    }
    set_deferred_len(reply, pos, n, false);
    n
}

/// Parse a strict ID (no `-`/`+`), replying with Redis's error.
fn strict_id(reply: &mut Reply, arg: &[u8]) -> Option<StreamId> {
    let parsed = parse_id(arg, 0, true, false).map(|p| p.id);
    if parsed.is_none() {
        reply.error(INVALID_ID);
    }
    parsed
}

/// Parse a range bound, with `(` for an exclusive one
/// (streamParseIntervalIDOrReply plus the increment/decrement).
fn interval_id(reply: &mut Reply, arg: &[u8], missing_seq: u64, is_start: bool) -> Option<StreamId> {
    let exclusive = arg.len() > 1 && arg[0] == b'(';
    let parsed = if exclusive {
        parse_id(&arg[1..], missing_seq, true, false)
    } else {
        parse_id(arg, missing_seq, false, false)
    };
    let Some(parsed) = parsed else {
        reply.error(INVALID_ID);
        return None;
    };
    if !exclusive {
        return Some(parsed.id);
    }
    let moved = if is_start { parsed.id.next() } else { parsed.id.prev() };
    if moved.is_none() {
        reply.error(if is_start {
            "ERR invalid start ID for the interval"
        } else {
            "ERR invalid end ID for the interval"
        });
    }
    moved
}

/// Parse an integer with a custom error text (getLongLongFromObjectOrReply).
fn int_or(reply: &mut Reply, arg: &[u8], error: &str) -> Option<i64> {
    let v = string2ll(arg);
    if v.is_none() {
        reply.error(error);
    }
    v
}

fn node_limits(ctx: &Ctx) -> NodeLimits {
    NodeLimits {
        max_bytes: ctx.srv.settings.stream_node_max_bytes,
        max_entries: ctx.srv.settings.stream_node_max_entries,
    }
}

// ---------------------------------------------------------------------------
// XADD, XTRIM.
// ---------------------------------------------------------------------------

/// Parsed XADD / XTRIM options (streamAddTrimArgs).
struct AddTrimArgs {
    /// The ID argument for XADD: None for `*`, else the ID and whether its
    /// sequence was given.
    id: Option<(StreamId, bool)>,
    no_mkstream: bool,
    trim: Option<Trim>,
    approx: bool,
    limit: u64,
    /// Position of the ID argument (XADD).
    id_pos: usize,
}

/// Parse XADD / XTRIM options as streamParseAddOrTrimArgsOrReply; None
/// when an error was replied.
fn parse_add_trim(ctx: &mut Ctx, args: &Args, xadd: bool) -> Option<AddTrimArgs> {
    let mut parsed = AddTrimArgs {
        id: None,
        no_mkstream: false,
        trim: None,
        approx: false,
        limit: 0,
        id_pos: 0,
    };
    let mut limit_given = false;
    let mut limit: i64 = 0;
    let mut i = 2;
    while i < args.len() {
        let more = args.len() - 1 - i;
        let opt = args.get(i);
        if xadd && opt == b"*" {
            break;
        } else if (is(opt, "maxlen") || is(opt, "minid")) && more > 0 {
            if parsed.trim.is_some() {
                ctx.reply
                    .error("ERR syntax error, MAXLEN and MINID options at the same time are not compatible");
                return None;
            }
            parsed.approx = false;
            let next = args.get(i + 1);
            if more >= 2 && next == b"~" {
                parsed.approx = true;
                i += 1;
            } else if more >= 2 && next == b"=" {
                i += 1;
            }
            let value = args.get(i + 1);
            parsed.trim = Some(if is(opt, "maxlen") {
                let n = parse_int(ctx, value)?;
                if n < 0 {
                    ctx.reply.error("ERR The MAXLEN argument must be >= 0.");
                    return None;
                }
                Trim::MaxLen(n as u64)
            } else {
                Trim::MinId(strict_id(ctx.reply, value)?)
            });
            i += 1;
        } else if is(opt, "limit") && more > 0 {
            limit = parse_int(ctx, args.get(i + 1))?;
            if limit < 0 {
                ctx.reply.error("ERR The LIMIT argument must be >= 0.");
                return None;
            }
            limit_given = true;
            i += 1;
        } else if xadd && is(opt, "nomkstream") {
            parsed.no_mkstream = true;
        } else if xadd {
            let Some(id) = parse_id(opt, 0, true, true) else {
                ctx.reply.error(INVALID_ID);
                return None;
            };
            parsed.id = Some((id.id, id.seq_given));
            break;
        } else {
            ctx.reply.error(err::SYNTAX);
            return None;
        }
        i += 1;
    }
    parsed.id_pos = i;
    if limit != 0 && parsed.trim.is_none() {
        ctx.reply
            .error("ERR syntax error, LIMIT cannot be used without specifying a trimming strategy");
        return None;
    }
    if !xadd && parsed.trim.is_none() {
        ctx.reply
            .error("ERR syntax error, XTRIM must be called with a trimming strategy");
        return None;
    }
    if limit_given {
        if !parsed.approx {
            ctx.reply
                .error("ERR syntax error, LIMIT cannot be used without the special ~ option");
            return None;
        }
        parsed.limit = limit as u64;
    } else if parsed.approx {
        let per_node = ctx.srv.settings.stream_node_max_entries as i64;
        let default = per_node.saturating_mul(100);
        parsed.limit = if default <= 0 { 10000 } else { default.min(1_000_000) } as u64;
    }
    Some(parsed)
}

fn xadd(ctx: &mut Ctx, args: &Args) {
    let Some(opts) = parse_add_trim(ctx, args, true) else {
        return;
    };
    let field_pos = opts.id_pos + 1;
    let fields = args.len() as i64 - field_pos as i64;
    if fields < 2 || fields % 2 == 1 {
        return ctx
            .reply
            .error(&format!("ERR wrong number of arguments for '{}' command", ctx.cmd.name));
    }
    if opts.id == Some((StreamId::MIN, true)) {
        return ctx.reply.error("ERR The ID specified in XADD must be greater than 0-0");
    }
    let key = args.get(1);
    let limits = node_limits(ctx);
    let now = ctx.now;
    let Some((found, reply)) = open(ctx, key, Access::Write) else {
        return;
    };
    if found.is_none() {
        if opts.no_mkstream {
            return reply.null();
        }
        ctx.db().set(key, Value::Stream(Box::new(Stream::new())), now, false);
    }
    let Some((Some(stream), reply)) = open(ctx, key, Access::Write) else {
        return;
    };
    if stream.last_id() == StreamId::MAX {
        return reply.error("ERR The stream has exhausted the last possible ID, unable to add more items");
    }
    let request = match opts.id {
        None => IdRequest::Auto(now.max(0) as u64),
        Some((id, true)) => IdRequest::Exact(id),
        Some((id, false)) => IdRequest::AutoSeq(id.ms),
    };
    let pairs: Vec<&[u8]> = args.iter_from(field_pos).collect();
    let id = match stream.append(request, &pairs, limits) {
        Ok(id) => id,
        Err(AppendError::NotGreater) => {
            return reply.error("ERR The ID specified in XADD is equal or smaller than the target stream top item");
        }
        Err(AppendError::SeqExhausted | AppendError::TooLarge) => {
            return reply.error("ERR Elements are too large to be stored");
        }
    };
    reply_id(reply, id);
    if let Some(trim) = opts.trim {
        stream.trim(trim, opts.approx, opts.limit);
    }
    // Replicas get the ID this node chose (an auto ID would differ there).
    let id_text = id.to_string();
    let argv: Vec<Vec<u8>> = args
        .iter_from(0)
        .enumerate()
        .map(|(i, a)| {
            if i == opts.id_pos {
                id_text.as_bytes().to_vec()
            } else {
                a.to_vec()
            }
        })
        .collect();
    ctx.srv.repl.propagate_as = Some(argv);
    ctx.key_modified(key);
}

fn xtrim(ctx: &mut Ctx, args: &Args) {
    let Some(opts) = parse_add_trim(ctx, args, false) else {
        return;
    };
    let key = args.get(1);
    let Some((found, reply)) = open(ctx, key, Access::Write) else {
        return;
    };
    let Some(stream) = found else {
        return reply.int(0);
    };
    let Some(trim) = opts.trim else {
        return reply.int(0);
    };
    let removed = stream.trim(trim, opts.approx, opts.limit);
    reply.int(removed as i64);
    if removed > 0 {
        ctx.key_modified(key);
        ctx.srv.dirty += removed - 1;
    }
}

// ---------------------------------------------------------------------------
// XLEN, XRANGE, XREVRANGE, XDEL.
// ---------------------------------------------------------------------------

fn xlen(ctx: &mut Ctx, args: &Args) {
    let Some((found, reply)) = open(ctx, args.get(1), Access::Read) else {
        return;
    };
    reply.int(found.map_or(0, |s| s.len() as i64));
}

fn xrange(ctx: &mut Ctx, args: &Args) {
    xrange_generic(ctx, args, false);
}

fn xrevrange(ctx: &mut Ctx, args: &Args) {
    xrange_generic(ctx, args, true);
}

fn xrange_generic(ctx: &mut Ctx, args: &Args, rev: bool) {
    let (start_arg, end_arg) = if rev {
        (args.get(3), args.get(2))
    } else {
        (args.get(2), args.get(3))
    };
    let Some(start) = interval_id(ctx.reply, start_arg, 0, true) else {
        return;
    };
    let Some(end) = interval_id(ctx.reply, end_arg, u64::MAX, false) else {
        return;
    };
    let mut count: i64 = -1;
    let mut j = 4;
    while j < args.len() {
        if is(args.get(j), "COUNT") && j + 1 < args.len() {
            let Some(n) = parse_int(ctx, args.get(j + 1)) else {
                return;
            };
            count = n.max(0);
            j += 1;
        } else {
            return ctx.reply.error(err::SYNTAX);
        }
        j += 1;
    }
    let Some((found, reply)) = open(ctx, args.get(1), Access::Read) else {
        return;
    };
    let Some(stream) = found else {
        return reply.array(0);
    };
    let count = match count {
        0 => return reply.null_array(),
        -1 => 0,
        n => usize::try_from(n).unwrap_or(usize::MAX),
    };
    if rev {
        reply_entries(reply, stream.range_rev(start, end), count, None);
    } else {
        reply_entries(reply, stream.range(start, end), count, None);
    }
}

fn xdel(ctx: &mut Ctx, args: &Args) {
    let key = args.get(1);
    let Some((found, reply)) = open(ctx, key, Access::Write) else {
        return;
    };
    let Some(stream) = found else {
        return reply.int(0);
    };
    let mut ids = Vec::with_capacity(args.len() - 2);
    for arg in args.iter_from(2) {
        let Some(id) = strict_id(reply, arg) else {
            return;
        };
        ids.push(id);
    }
    let deleted = stream.delete(&ids);
    reply.int(deleted as i64);
    if deleted > 0 {
        ctx.key_modified(key);
        ctx.srv.dirty += deleted - 1;
    }
}

// ---------------------------------------------------------------------------
// XREAD, XREADGROUP.
// ---------------------------------------------------------------------------

/// Count XREAD serves a woken client with when it gave none
/// (XREAD_BLOCKED_DEFAULT_COUNT).
const BLOCKED_DEFAULT_COUNT: usize = 1000;

/// Parsed XREAD / XREADGROUP options.
struct ReadArgs<'a> {
    /// Timeout in ms when BLOCK was given (0 = forever).
    block: Option<i64>,
    count: usize,
    noack: bool,
    group: Option<(&'a [u8], &'a [u8])>,
    /// Index of the first key.
    streams: usize,
    /// Number of keys.
    nkeys: usize,
}

fn parse_read_args<'a>(ctx: &mut Ctx, args: &Args<'a>, xreadgroup: bool) -> Option<ReadArgs<'a>> {
    let mut parsed = ReadArgs {
        block: None,
        count: 0,
        noack: false,
        group: None,
        streams: 0,
        nkeys: 0,
    };
    let mut i = 1;
    while i < args.len() {
        let more = args.len() - i - 1;
        let opt = args.get(i);
        if is(opt, "BLOCK") && more > 0 {
            i += 1;
            let ms = int_or(ctx.reply, args.get(i), "ERR timeout is not an integer or out of range")?;
            if ms < 0 {
                ctx.reply.error("ERR timeout is negative");
                return None;
            }
            parsed.block = Some(ms);
        } else if is(opt, "COUNT") && more > 0 {
            i += 1;
            let n = parse_int(ctx, args.get(i))?;
            parsed.count = usize::try_from(n.max(0)).unwrap_or(usize::MAX);
        } else if is(opt, "STREAMS") && more > 0 {
            parsed.streams = i + 1;
            let rest = args.len() - parsed.streams;
            if !rest.is_multiple_of(2) {
                ctx.reply
                    .error("ERR Unbalanced XREAD list of streams: for each stream key an ID or '$' must be specified.");
                return None;
            }
            parsed.nkeys = rest / 2;
            break;
        } else if is(opt, "GROUP") && more >= 2 {
            if !xreadgroup {
                ctx.reply
                    .error("ERR The GROUP option is only supported by XREADGROUP. You called XREAD instead.");
                return None;
            }
            parsed.group = Some((args.get(i + 1), args.get(i + 2)));
            i += 2;
        } else if is(opt, "NOACK") {
            if !xreadgroup {
                ctx.reply
                    .error("ERR The NOACK option is only supported by XREADGROUP. You called XREAD instead.");
                return None;
            }
            parsed.noack = true;
        } else {
            ctx.reply.error(err::SYNTAX);
            return None;
        }
        i += 1;
    }
    if parsed.streams == 0 {
        ctx.reply.error(err::SYNTAX);
        return None;
    }
    if xreadgroup && parsed.group.is_none() {
        ctx.reply.error("ERR Missing GROUP option for XREADGROUP");
        return None;
    }
    Some(parsed)
}

fn xread(ctx: &mut Ctx, args: &Args) {
    xread_generic(ctx, args);
}

fn xreadgroup(ctx: &mut Ctx, args: &Args) {
    xread_generic(ctx, args);
}

/// `>` in XREADGROUP: new entries only (Redis marks it with the largest ID).
const NEW_ENTRIES: StreamId = StreamId::MAX;

/// Resolve each key's ID argument (`$` and `>` included), checking types
/// and groups; None when an error was replied.
fn resolve_read_ids(ctx: &mut Ctx, args: &Args, ra: &ReadArgs, xreadgroup: bool) -> Option<Vec<StreamId>> {
    let mut ids = Vec::with_capacity(ra.nkeys);
    for k in 0..ra.nkeys {
        let key = args.get(ra.streams + k);
        let arg = args.get(ra.streams + ra.nkeys + k);
        let (found, reply) = open(ctx, key, Access::Read)?;
        if let Some((group, _)) = ra.group
            && found.as_ref().is_none_or(|s| s.group(group).is_none())
        {
            error_bytes(
                reply,
                &[
                    NO_SUCH_KEY_OR_GROUP,
                    cstr(key),
                    b"' or consumer group '",
                    cstr(group),
                    b"' in XREADGROUP with GROUP option",
                ],
            );
            return None;
        }
        let id = match cstr(arg) {
            b"$" if xreadgroup => {
                reply.error("ERR The $ ID is meaningless in the context of XREADGROUP: you want to read the history of this consumer by specifying a proper ID, or use the > ID to get new messages. The $ ID would just return an empty result set.");
                return None;
            }
            b"$" => found.map_or(StreamId::MIN, |s| s.last_id()),
            b">" if !xreadgroup => {
                reply.error("ERR The > ID can be specified only when calling XREADGROUP using the GROUP <group> <consumer> option.");
                return None;
            }
            b">" => NEW_ENTRIES,
            _ => strict_id(reply, arg)?,
        };
        ids.push(id);
    }
    Some(ids)
}

/// XREAD and XREADGROUP (xreadCommand), as called by a client.
fn xread_generic(ctx: &mut Ctx, args: &Args) {
    let xreadgroup = ctx.cmd.name == "xreadgroup";
    let Some(ra) = parse_read_args(ctx, args, xreadgroup) else {
        return;
    };
    let Some(ids) = resolve_read_ids(ctx, args, &ra, xreadgroup) else {
        return;
    };
    let mode = if ctx.is_rerun() { Mode::Woken } else { Mode::Call };
    serve_or_block(ctx, args, &ra, &ids, mode);
}

/// Serve an XREAD / XREADGROUP that blocked and one of whose keys changed
/// (Redis's serveClientsBlockedOnStreamKey). `ids` are the IDs its first run
/// resolved (see the `TODO(blocking)` in [`serve_or_block`]): `$` must keep
/// meaning "after the last ID when the client blocked". Keys that are now
/// missing or of another type are not served (the client stays blocked), a
/// destroyed group is an error, and without COUNT at most 1000 entries per
/// key are served.
pub fn xread_woken(ctx: &mut Ctx, args: &Args, ids: &[StreamId]) {
    let xreadgroup = ctx.cmd.name == "xreadgroup";
    let Some(ra) = parse_read_args(ctx, args, xreadgroup) else {
        return;
    };
    if ids.len() != ra.nkeys {
        return ctx.reply.error(err::SYNTAX);
    }
    serve_or_block(ctx, args, &ra, ids, Mode::Woken);
}

/// Whether a read runs as called or for a woken blocked client.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Call,
    Woken,
}

/// What serving one key did.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Served {
    Nothing,
    Entries,
    /// An error was replied; the command is over.
    Failed,
}

fn serve_or_block(ctx: &mut Ctx, args: &Args, ra: &ReadArgs, ids: &[StreamId], mode: Mode) {
    let count = match (ra.count, mode) {
        (0, Mode::Woken) => BLOCKED_DEFAULT_COUNT,
        (n, _) => n,
    };
    let top = ctx.reply.buf.len();
    let mut served = 0;
    let all_keys: Vec<&[u8]> = args.iter_from(ra.streams).take(ra.nkeys).collect();
    let serving = ctx.keys_to_serve(&all_keys);
    for (k, gt) in ids.iter().enumerate() {
        let key = args.get(ra.streams + k);
        if !serving.contains(&key) {
            continue;
        }
        match serve_stream(ctx, key, *gt, count, ra, mode) {
            Served::Nothing => {}
            Served::Entries => served += 1,
            Served::Failed => {
                ctx.reply.buf.truncate(top);
                return serve_stream_error(ctx);
            }
        }
    }
    if served > 0 {
        let map = ctx.reply.resp >= 3;
        return set_deferred_len(ctx.reply, top, served, map);
    }
    match ra.block {
        Some(timeout) if ctx.may_block() => {
            // The re-run must see `$` as the id it meant now: store the
            // command with `$` replaced by the resolved ids.
            let keys: Vec<&[u8]> = args.iter_from(ra.streams).take(ra.nkeys).collect();
            let texts: Vec<Vec<u8>> = ids.iter().map(|id| id.text().to_vec()).collect();
            let command: Vec<&[u8]> = (0..args.len())
                .map(|i| match i.checked_sub(ra.streams + ra.nkeys) {
                    Some(k) if k < ra.nkeys && args.get(i) == b"$" => texts[k].as_slice(),
                    _ => args.get(i),
                })
                .collect();
            ctx.block_with_command(&keys, timeout, TimeoutReply::NullArray, &command);
        }
        _ => ctx.reply.null_array(),
    }
}

/// The error a woken XREADGROUP gets when its group was destroyed.
fn serve_stream_error(ctx: &mut Ctx) {
    ctx.reply
        .error("NOGROUP the consumer group this client was blocked on no longer exists");
}

/// Serve one key of an XREAD / XREADGROUP if it has something for the
/// client (nothing is written otherwise).
fn serve_stream(ctx: &mut Ctx, key: &[u8], gt: StreamId, count: usize, ra: &ReadArgs, mode: Mode) -> Served {
    let now = ctx.now;
    let resp = ctx.reply.resp;
    let access = if mode == Mode::Call {
        Access::Read
    } else {
        Access::Write
    };
    let db = ctx.client().db;
    let Ctx { srv, reply, .. } = ctx;
    let Ok(Some(stream)) = stream_at(srv, db, key, now, access) else {
        return Served::Nothing;
    };
    // Redis serves a woken client when the last ID (tombstones included)
    // passed its ID, a calling one when a live entry did.
    let top = match mode {
        Mode::Call => stream.edge_id(false),
        Mode::Woken => Some(stream.last_id()),
    };
    let Some((group_name, consumer)) = ra.group else {
        if top.is_none_or(|last| last <= gt) {
            return Served::Nothing;
        }
        if resp == 2 {
            reply.array(2);
        }
        reply.bulk(key);
        let start = gt.next().unwrap_or(StreamId::MIN);
        reply_entries(reply, stream.range(start, StreamId::MAX), count, None);
        return Served::Entries;
    };
    let Some(group) = stream.group(group_name) else {
        return if mode == Mode::Woken {
            Served::Failed
        } else {
            Served::Nothing
        };
    };
    let history = gt != NEW_ENTRIES;
    let from = if history {
        gt
    } else {
        let last_delivered = group.last_id;
        if top.is_none_or(|last| last <= last_delivered) {
            return Served::Nothing;
        }
        last_delivered
    };
    if resp == 2 {
        reply.array(2);
    }
    reply.bulk(key);
    let Some(group) = stream.group_mut(group_name) else {
        return Served::Nothing;
    };
    let created = !group.touch_consumer(consumer, now) && group.create_consumer(consumer, now);
    let start = from.next().unwrap_or(StreamId::MIN);
    if history {
        serve_history(reply, stream, group_name, consumer, start, count, now);
    } else {
        let mut delivered = Vec::new();
        reply_entries(reply, stream.range(start, StreamId::MAX), count, Some(&mut delivered));
        stream.record_delivery(group_name, consumer, &delivered, ra.noack, now);
    }
    srv.dirty += u64::from(created) + u64::from(mode == Mode::Call);
    Served::Entries
}

/// XREADGROUP with an explicit ID: the consumer's own pending entries from
/// `start` (streamReplyWithRangeFromConsumerPEL). Entries deleted since
/// delivery come as `[id, nil]`.
fn serve_history(
    reply: &mut Reply,
    stream: &mut Stream,
    group: &[u8],
    consumer: &[u8],
    start: StreamId,
    count: usize,
    now: i64,
) {
    let limit = if count == 0 { usize::MAX } else { count };
    let ids: Vec<StreamId> = stream
        .group(group)
        .and_then(|g| g.consumer(consumer))
        .map(|c| c.pending_from(start).take(limit).collect())
        .unwrap_or_default();
    reply.array(ids.len());
    let mut still_there = Vec::with_capacity(ids.len());
    for &id in &ids {
        match stream.get(id) {
            Some(entry) => {
                reply_entry(reply, &entry);
                still_there.push(id);
            }
            None => {
                reply.array(2);
                reply_id(reply, id);
                reply.null_array();
            }
        }
    }
    if let Some(g) = stream.group_mut(group) {
        for id in still_there {
            if let Some(nack) = g.nack_mut(id) {
                nack.delivery_time = now;
                nack.delivery_count += 1;
            }
        }
    }
}

// ---------------------------------------------------------------------------
// XGROUP, XSETID.
// ---------------------------------------------------------------------------

const XGROUP_HELP: &[&str] = &[
    "XGROUP <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
    "CREATE <key> <groupname> <id|$> [option]",
    "    Create a new consumer group. Options are:",
    "    * MKSTREAM",
    "      Create the empty stream if it does not exist.",
    "    * ENTRIESREAD entries_read",
    "      Set the group's entries_read counter (internal use).",
    "CREATECONSUMER <key> <groupname> <consumer>",
    "    Create a new consumer in the specified group.",
    "DELCONSUMER <key> <groupname> <consumer>",
    "    Remove the specified consumer.",
    "DESTROY <key> <groupname>",
    "    Remove the specified group.",
    "SETID <key> <groupname> <id|$> [ENTRIESREAD entries_read]",
    "    Set the current group ID and entries_read counter.",
    "HELP",
    "    Prints this help.",
];

/// XGROUP CREATE / SETID options.
struct GroupOpts {
    mkstream: bool,
    entries_read: i64,
}

fn parse_group_opts(ctx: &mut Ctx, args: &Args, sub: &str) -> Option<GroupOpts> {
    let mut opts = GroupOpts {
        mkstream: false,
        entries_read: ENTRIES_READ_INVALID,
    };
    let (create, setid) = (sub == "xgroup|create", sub == "xgroup|setid");
    let mut i = 5;
    while i < args.len() {
        let opt = args.get(i);
        if create && is(opt, "MKSTREAM") {
            opts.mkstream = true;
            i += 1;
        } else if (create || setid) && is(opt, "ENTRIESREAD") && i + 1 < args.len() {
            let n = parse_int(ctx, args.get(i + 1))?;
            if n < 0 && n != ENTRIES_READ_INVALID {
                ctx.reply.error("ERR value for ENTRIESREAD must be positive or -1");
                return None;
            }
            opts.entries_read = n;
            i += 2;
        } else {
            subcommand_syntax_error(ctx.reply, args);
            return None;
        }
    }
    Some(opts)
}

fn xgroup(ctx: &mut Ctx, args: &Args) {
    let sub = ctx.cmd.name;
    if sub == "xgroup|help" {
        return reply_help(ctx, XGROUP_HELP);
    }
    let Some(opts) = parse_group_opts(ctx, args, sub) else {
        return;
    };
    let (key, group) = (args.get(2), args.get(3));
    let Some((found, reply)) = open(ctx, key, Access::Write) else {
        return;
    };
    let exists = found.is_some();
    if !opts.mkstream {
        let Some(stream) = found else {
            return reply.error("ERR The XGROUP subcommand requires the key to exist. Note that for CREATE you may want to use the MKSTREAM option to create an empty stream automatically.");
        };
        let needs_group = matches!(sub, "xgroup|setid" | "xgroup|createconsumer" | "xgroup|delconsumer");
        if needs_group && stream.group(group).is_none() {
            return error_bytes(
                reply,
                &[
                    b"NOGROUP No such consumer group '",
                    cstr(group),
                    b"' for key name '",
                    cstr(key),
                    b"'",
                ],
            );
        }
    }
    let argc = args.len();
    match sub {
        "xgroup|create" if (5..=8).contains(&argc) => xgroup_create(ctx, args, opts.entries_read, exists),
        "xgroup|setid" if argc == 5 || argc == 7 => xgroup_setid(ctx, args, opts.entries_read),
        "xgroup|destroy" if argc == 4 => xgroup_destroy(ctx, key, group),
        "xgroup|createconsumer" if argc == 5 => xgroup_createconsumer(ctx, key, group, args.get(4)),
        "xgroup|delconsumer" if argc == 5 => xgroup_delconsumer(ctx, key, group, args.get(4)),
        _ => subcommand_syntax_error(ctx.reply, args),
    }
}

fn xgroup_create(ctx: &mut Ctx, args: &Args, entries_read: i64, exists: bool) {
    let (key, group) = (args.get(2), args.get(3));
    let Some((found, reply)) = open(ctx, key, Access::Write) else {
        return;
    };
    let id = if cstr(args.get(4)) == b"$" {
        found.map_or(StreamId::MIN, |s| s.last_id())
    } else {
        match strict_id(reply, args.get(4)) {
            Some(id) => id,
            None => return,
        }
    };
    if !exists {
        let now = ctx.now;
        ctx.db().set(key, Value::Stream(Box::new(Stream::new())), now, false);
        ctx.key_modified(key);
    }
    let Some((Some(stream), reply)) = open(ctx, key, Access::Write) else {
        return;
    };
    if stream.create_group(group, id, entries_read) {
        reply.ok();
        if exists {
            ctx.srv.dirty += 1;
        }
    } else {
        reply.error("BUSYGROUP Consumer Group name already exists");
    }
}

fn xgroup_setid(ctx: &mut Ctx, args: &Args, entries_read: i64) {
    let Some((Some(stream), reply)) = open(ctx, args.get(2), Access::Write) else {
        return;
    };
    let id = if cstr(args.get(4)) == b"$" {
        stream.last_id()
    } else {
        match parse_id(args.get(4), 0, false, false) {
            Some(p) => p.id,
            None => return reply.error(INVALID_ID),
        }
    };
    if let Some(g) = stream.group_mut(args.get(3)) {
        g.last_id = id;
        g.entries_read = entries_read;
    }
    reply.ok();
    ctx.srv.dirty += 1;
}

fn xgroup_destroy(ctx: &mut Ctx, key: &[u8], group: &[u8]) {
    let Some((Some(stream), reply)) = open(ctx, key, Access::Write) else {
        return;
    };
    if !stream.destroy_group(group) {
        return reply.int(0);
    }
    reply.int(1);
    ctx.srv.dirty += 1;
    // Wake XREADGROUP clients blocked on this group (they get -NOGROUP).
    let db = ctx.client().db;
    crate::blocking::signal_key(ctx.srv, db, key);
}

fn xgroup_createconsumer(ctx: &mut Ctx, key: &[u8], group: &[u8], consumer: &[u8]) {
    let now = ctx.now;
    let Some((Some(stream), reply)) = open(ctx, key, Access::Write) else {
        return;
    };
    let created = stream
        .group_mut(group)
        .is_some_and(|g| g.create_consumer(consumer, now));
    reply.int(i64::from(created));
    if created {
        ctx.srv.dirty += 1;
    }
}

fn xgroup_delconsumer(ctx: &mut Ctx, key: &[u8], group: &[u8], consumer: &[u8]) {
    let Some((Some(stream), reply)) = open(ctx, key, Access::Write) else {
        return;
    };
    let pending = stream.group_mut(group).and_then(|g| g.delete_consumer(consumer));
    reply.int(pending.unwrap_or(0) as i64);
    if pending.is_some() {
        ctx.srv.dirty += 1;
    }
}

fn xsetid(ctx: &mut Ctx, args: &Args) {
    let Some(id) = strict_id(ctx.reply, args.get(2)) else {
        return;
    };
    let mut entries_added: i64 = -1;
    let mut max_deleted = StreamId::MIN;
    let mut i = 3;
    while i < args.len() {
        let more = args.len() - 1 - i;
        let opt = args.get(i);
        if is(opt, "ENTRIESADDED") && more > 0 {
            entries_added = match parse_int(ctx, args.get(i + 1)) {
                Some(n) if n < 0 => return ctx.reply.error("ERR entries_added must be positive"),
                Some(n) => n,
                None => return,
            };
        } else if is(opt, "MAXDELETEDID") && more > 0 {
            let Some(max) = strict_id(ctx.reply, args.get(i + 1)) else {
                return;
            };
            if id < max {
                return ctx
                    .reply
                    .error("ERR The ID specified in XSETID is smaller than the provided max_deleted_entry_id");
            }
            max_deleted = max;
        } else {
            return ctx.reply.error(err::SYNTAX);
        }
        i += 2;
    }
    let Some((found, reply)) = open(ctx, args.get(1), Access::Write) else {
        return;
    };
    let Some(stream) = found else {
        return reply.error(err::NO_SUCH_KEY);
    };
    if !stream.is_empty() {
        if stream.edge_id(false).is_some_and(|top| id < top) {
            return reply.error("ERR The ID specified in XSETID is smaller than the target stream top item");
        }
        if entries_added != -1 && stream.len() > entries_added as u64 {
            return reply.error("ERR The entries_added specified in XSETID is smaller than the target stream length");
        }
    }
    let added = (entries_added != -1).then_some(entries_added as u64);
    stream.set_counters(id, added, max_deleted);
    reply.ok();
    ctx.srv.dirty += 1;
}

// ---------------------------------------------------------------------------
// XACK, XPENDING.
// ---------------------------------------------------------------------------

fn xack(ctx: &mut Ctx, args: &Args) {
    let group = args.get(2);
    let Some((found, reply)) = open(ctx, args.get(1), Access::Read) else {
        return;
    };
    let Some(g) = found.and_then(|s| s.group_mut(group)) else {
        return reply.int(0);
    };
    let mut ids = Vec::with_capacity(args.len() - 3);
    for arg in args.iter_from(3) {
        let Some(id) = strict_id(reply, arg) else {
            return;
        };
        ids.push(id);
    }
    let acked = ids.into_iter().filter(|&id| g.ack(id)).count();
    reply.int(acked as i64);
    ctx.srv.dirty += acked as u64;
}

/// The NOGROUP error of XPENDING, XCLAIM and XAUTOCLAIM.
fn no_key_or_group(reply: &mut Reply, key: &[u8], group: &[u8]) {
    error_bytes(
        reply,
        &[
            NO_SUCH_KEY_OR_GROUP,
            cstr(key),
            b"' or consumer group '",
            cstr(group),
            b"'",
        ],
    );
}

/// XPENDING's extended form.
struct PendingRange<'a> {
    min_idle: i64,
    start: StreamId,
    end: StreamId,
    count: i64,
    consumer: Option<&'a [u8]>,
}

fn parse_pending_range<'a>(ctx: &mut Ctx, args: &Args<'a>) -> Option<PendingRange<'a>> {
    let mut at = 3;
    let mut min_idle = 0;
    if is(args.get(3), "IDLE") {
        min_idle = parse_int(ctx, args.get(4))?;
        if args.len() < 8 {
            ctx.reply.error(err::SYNTAX);
            return None;
        }
        at += 2;
    }
    let count = parse_int(ctx, args.get(at + 2))?.max(0);
    let start = interval_id(ctx.reply, args.get(at), 0, true)?;
    let end = interval_id(ctx.reply, args.get(at + 1), u64::MAX, false)?;
    let consumer = (at + 3 < args.len()).then(|| args.get(at + 3));
    Some(PendingRange {
        min_idle,
        start,
        end,
        count,
        consumer,
    })
}

fn xpending(ctx: &mut Ctx, args: &Args) {
    let argc = args.len();
    if argc != 3 && !(6..=9).contains(&argc) {
        return ctx.reply.error(err::SYNTAX);
    }
    let range = if argc >= 6 {
        match parse_pending_range(ctx, args) {
            Some(r) => Some(r),
            None => return,
        }
    } else {
        None
    };
    let now = ctx.now;
    let (key, group_name) = (args.get(1), args.get(2));
    let Some((found, reply)) = open(ctx, key, Access::Read) else {
        return;
    };
    let Some(group) = found.and_then(|s| s.group(group_name)) else {
        return no_key_or_group(reply, key, group_name);
    };
    let Some(range) = range else {
        reply.array(4);
        reply.int(group.pending_len() as i64);
        let Some((first, last)) = group.pending_bounds() else {
            reply.null();
            reply.null();
            return reply.null_array();
        };
        reply_id(reply, first);
        reply_id(reply, last);
        reply.array(group.consumers().filter(|c| c.pending_len() > 0).count());
        for c in group.consumers().filter(|c| c.pending_len() > 0) {
            reply.array(2);
            reply.bulk(c.name());
            reply.bulk_i64(c.pending_len() as i64);
        }
        return;
    };
    let ids: Box<dyn Iterator<Item = StreamId>> = match range.consumer {
        Some(name) => match group.consumer(name) {
            Some(c) => Box::new(c.pending_from(range.start)),
            None => return reply.array(0),
        },
        None => Box::new(group.pending_from(range.start).map(|(id, _)| id)),
    };
    let pos = reply.buf.len();
    let mut left = range.count;
    let mut n = 0;
    for id in ids {
        if left == 0 || id > range.end {
            break;
        }
        let Some(nack) = group.nack(id) else {
            continue;
        };
        let idle = now - nack.delivery_time;
        if range.min_idle != 0 && idle < range.min_idle {
            continue;
        }
        n += 1;
        left -= 1;
        reply.array(4);
        reply_id(reply, id);
        reply.bulk(nack.consumer());
        reply.int(idle.max(0));
        reply.int(nack.delivery_count as i64);
    }
    set_deferred_len(reply, pos, n, false);
}

// ---------------------------------------------------------------------------
// XCLAIM, XAUTOCLAIM.
// ---------------------------------------------------------------------------

/// XCLAIM's options.
struct ClaimOpts {
    force: bool,
    justid: bool,
    /// Delivery time to set (IDLE / TIME), if given.
    delivery_time: Option<i64>,
    retry_count: Option<i64>,
    last_id: StreamId,
}

fn parse_claim_opts(ctx: &mut Ctx, args: &Args, from: usize) -> Option<ClaimOpts> {
    let mut opts = ClaimOpts {
        force: false,
        justid: false,
        delivery_time: None,
        retry_count: None,
        last_id: StreamId::MIN,
    };
    let now = ctx.now;
    let mut j = from;
    while j < args.len() {
        let more = args.len() - 1 - j;
        let opt = args.get(j);
        if is(opt, "FORCE") {
            opts.force = true;
        } else if is(opt, "JUSTID") {
            opts.justid = true;
        } else if is(opt, "IDLE") && more > 0 {
            j += 1;
            let idle = int_or(ctx.reply, args.get(j), "ERR Invalid IDLE option argument for XCLAIM")?;
            opts.delivery_time = Some(now.wrapping_sub(idle));
        } else if is(opt, "TIME") && more > 0 {
            j += 1;
            opts.delivery_time = Some(int_or(
                ctx.reply,
                args.get(j),
                "ERR Invalid TIME option argument for XCLAIM",
            )?);
        } else if is(opt, "RETRYCOUNT") && more > 0 {
            j += 1;
            let n = int_or(
                ctx.reply,
                args.get(j),
                "ERR Invalid RETRYCOUNT option argument for XCLAIM",
            )?;
            opts.retry_count = Some(n);
        } else if is(opt, "LASTID") && more > 0 {
            j += 1;
            opts.last_id = strict_id(ctx.reply, args.get(j))?;
        } else {
            error_bytes(ctx.reply, &[b"ERR Unrecognized XCLAIM option '", cstr(opt), b"'"]);
            return None;
        }
        j += 1;
    }
    Some(opts)
}

/// Make sure the claiming consumer exists (looked up once per command, as
/// Redis does); the first claim refreshes or creates it.
fn claim_consumer(stream: &mut Stream, group: &[u8], consumer: &[u8], now: i64, ready: &mut bool, dirty: &mut u64) {
    if *ready {
        return;
    }
    *ready = true;
    if let Some(g) = stream.group_mut(group)
        && !g.touch_consumer(consumer, now)
        && g.create_consumer(consumer, now)
    {
        *dirty += 1;
    }
}

fn xclaim(ctx: &mut Ctx, args: &Args) {
    let (key, group_name, consumer) = (args.get(1), args.get(2), args.get(3));
    let Some((found, reply)) = open(ctx, key, Access::Read) else {
        return;
    };
    if found.is_none_or(|s| s.group(group_name).is_none()) {
        return no_key_or_group(reply, key, group_name);
    }
    let Some(min_idle) = int_or(ctx.reply, args.get(4), "ERR Invalid min-idle-time argument for XCLAIM") else {
        return;
    };
    let min_idle = min_idle.max(0);
    let ids: Vec<StreamId> = args
        .iter_from(5)
        .map_while(|a| parse_id(a, 0, true, false).map(|p| p.id))
        .collect();
    let Some(opts) = parse_claim_opts(ctx, args, 5 + ids.len()) else {
        return;
    };
    let now = ctx.now;
    let delivery_time = match opts.delivery_time {
        Some(t) if (0..=now).contains(&t) => t,
        _ => now,
    };
    let count = match (opts.retry_count, opts.justid) {
        (Some(n), _) if n >= 0 => DeliveryCount::Set(n as u64),
        (_, false) => DeliveryCount::Increment,
        (_, true) => DeliveryCount::Keep,
    };
    let Some((Some(stream), reply)) = open(ctx, key, Access::Write) else {
        return;
    };
    let mut dirty = 0u64;
    let mut propagate_last_id = false;
    if let Some(g) = stream.group_mut(group_name)
        && opts.last_id > g.last_id
    {
        g.last_id = opts.last_id;
        propagate_last_id = true;
    }
    let pos = reply.buf.len();
    let mut claimed = 0;
    let mut consumer_ready = false;
    for id in ids {
        let exists = stream.contains(id);
        let Some(g) = stream.group_mut(group_name) else {
            break;
        };
        let nack = g.nack(id).map(|n| now - n.delivery_time);
        if !exists {
            if nack.is_some() {
                g.ack(id);
                dirty += 1;
                propagate_last_id = false;
            }
            continue;
        }
        match nack {
            None if !opts.force => continue,
            Some(idle) if min_idle != 0 && idle < min_idle => continue,
            _ => {}
        }
        claim_consumer(stream, group_name, consumer, now, &mut consumer_ready, &mut dirty);
        if let Some(g) = stream.group_mut(group_name) {
            g.assign(id, consumer, delivery_time, count);
        }
        if opts.justid {
            reply_id(reply, id);
        } else if let Some(entry) = stream.get(id) {
            reply_entry(reply, &entry);
        }
        claimed += 1;
        dirty += 1;
        propagate_last_id = false;
    }
    set_deferred_len(reply, pos, claimed, false);
    ctx.srv.dirty += dirty + u64::from(propagate_last_id);
}

/// XAUTOCLAIM's options.
struct AutoclaimOpts {
    min_idle: i64,
    start: StreamId,
    count: usize,
    justid: bool,
}

fn parse_autoclaim(ctx: &mut Ctx, args: &Args) -> Option<AutoclaimOpts> {
    let min_idle = int_or(
        ctx.reply,
        args.get(4),
        "ERR Invalid min-idle-time argument for XAUTOCLAIM",
    )?
    .max(0);
    let start = interval_id(ctx.reply, args.get(5), 0, true)?;
    let mut opts = AutoclaimOpts {
        min_idle,
        start,
        count: 100,
        justid: false,
    };
    let max_count = i64::MAX / 16;
    let mut j = 6;
    while j < args.len() {
        let more = args.len() - 1 - j;
        let opt = args.get(j);
        if is(opt, "COUNT") && more > 0 {
            match string2ll(args.get(j + 1)) {
                Some(n) if (1..=max_count).contains(&n) => opts.count = n as usize,
                _ => {
                    ctx.reply.error("ERR COUNT must be > 0");
                    return None;
                }
            }
            j += 1;
        } else if is(opt, "JUSTID") {
            opts.justid = true;
        } else {
            ctx.reply.error(err::SYNTAX);
            return None;
        }
        j += 1;
    }
    Some(opts)
}

fn xautoclaim(ctx: &mut Ctx, args: &Args) {
    let (key, group_name, consumer) = (args.get(1), args.get(2), args.get(3));
    // Redis looks the key up (counting a hit or miss) before parsing.
    let (db, now) = (ctx.client().db, ctx.now);
    let type_ok = stream_at(ctx.srv, db, key, now, Access::Read).is_ok();
    let Some(opts) = parse_autoclaim(ctx, args) else {
        return;
    };
    if !type_ok {
        return ctx.reply.error(err::WRONGTYPE);
    }
    let Some((found, reply)) = open(ctx, key, Access::Write) else {
        return;
    };
    let Some(stream) = found.filter(|s| s.group(group_name).is_some()) else {
        return no_key_or_group(reply, key, group_name);
    };
    let mut body = Reply::new(reply.resp);
    let mut claimed = 0;
    let mut deleted = Vec::new();
    let mut dirty = 0u64;
    let mut consumer_ready = false;
    let mut count = opts.count;
    let mut attempts = opts.count.saturating_mul(10);
    let mut cursor = Some(opts.start);
    while attempts > 0 && count > 0 {
        attempts -= 1;
        let Some(from) = cursor else {
            break;
        };
        let Some((id, delivered)) = stream
            .group(group_name)
            .and_then(|g| g.pending_from(from).next().map(|(id, n)| (id, n.delivery_time)))
        else {
            cursor = None;
            break;
        };
        cursor = id.next();
        if !stream.contains(id) {
            if let Some(g) = stream.group_mut(group_name) {
                g.ack(id);
            }
            deleted.push(id);
            count -= 1;
            dirty += 1;
            continue;
        }
        if opts.min_idle != 0 && now - delivered < opts.min_idle {
            continue;
        }
        claim_consumer(stream, group_name, consumer, now, &mut consumer_ready, &mut dirty);
        let delivery = if opts.justid {
            DeliveryCount::Keep
        } else {
            DeliveryCount::Increment
        };
        if let Some(g) = stream.group_mut(group_name) {
            g.assign(id, consumer, now, delivery);
        }
        if opts.justid {
            reply_id(&mut body, id);
        } else if let Some(entry) = stream.get(id) {
            reply_entry(&mut body, &entry);
        }
        claimed += 1;
        count -= 1;
        dirty += 1;
    }
    let next = cursor
        .and_then(|from| stream.group(group_name)?.pending_from(from).next().map(|(id, _)| id))
        .unwrap_or(StreamId::MIN);
    reply.array(3);
    reply_id(reply, next);
    reply.array(claimed);
    reply.raw(&body.buf);
    reply.array(deleted.len());
    for id in deleted {
        reply_id(reply, id);
    }
    ctx.srv.dirty += dirty;
}

// ---------------------------------------------------------------------------
// XINFO.
// ---------------------------------------------------------------------------

const XINFO_HELP: &[&str] = &[
    "XINFO <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
    "CONSUMERS <key> <groupname>",
    "    Show consumers of <groupname>.",
    "GROUPS <key>",
    "    Show the stream consumer groups.",
    "STREAM <key> [FULL [COUNT <count>]",
    "    Show information about the stream.",
    "HELP",
    "    Prints this help.",
];

fn xinfo(ctx: &mut Ctx, args: &Args) {
    let sub = ctx.cmd.name;
    if sub == "xinfo|help" {
        return reply_help(ctx, XINFO_HELP);
    }
    let now = ctx.now;
    let key = args.get(2);
    let Some((found, reply)) = open(ctx, key, Access::Read) else {
        return;
    };
    let Some(stream) = found else {
        return reply.error(err::NO_SUCH_KEY);
    };
    match sub {
        "xinfo|consumers" => xinfo_consumers(reply, stream, key, args.get(3), now),
        "xinfo|groups" => xinfo_groups(reply, stream),
        _ => xinfo_stream(reply, stream, args),
    }
}

fn xinfo_consumers(reply: &mut Reply, stream: &Stream, key: &[u8], group: &[u8], now: i64) {
    let Some(g) = stream.group(group) else {
        return error_bytes(
            reply,
            &[
                b"NOGROUP No such consumer group '",
                cstr(group),
                b"' for key name '",
                cstr(key),
                b"'",
            ],
        );
    };
    reply.array(g.consumers_len());
    for c in g.consumers() {
        reply.map(3);
        reply.bulk(b"name");
        reply.bulk(c.name());
        reply.bulk(b"pending");
        reply.int(c.pending_len() as i64);
        reply.bulk(b"idle");
        reply.int((now - c.seen_time).max(0));
    }
}

fn reply_opt_int(reply: &mut Reply, v: Option<i64>) {
    match v {
        Some(n) => reply.int(n),
        None => reply.null(),
    }
}

fn xinfo_groups(reply: &mut Reply, stream: &Stream) {
    let meta = stream.meta();
    reply.array(stream.groups_len());
    for (name, g) in stream.groups() {
        reply.map(6);
        reply.bulk(b"name");
        reply.bulk(name);
        reply.bulk(b"consumers");
        reply.int(g.consumers_len() as i64);
        reply.bulk(b"pending");
        reply.int(g.pending_len() as i64);
        reply.bulk(b"last-delivered-id");
        reply_id(reply, g.last_id);
        reply.bulk(b"entries-read");
        reply_opt_int(
            reply,
            (g.entries_read != ENTRIES_READ_INVALID).then_some(g.entries_read),
        );
        reply.bulk(b"lag");
        reply_opt_int(reply, meta.lag(g));
    }
}

fn xinfo_stream(reply: &mut Reply, stream: &Stream, args: &Args) {
    let opts: Vec<&[u8]> = args.iter_from(3).collect();
    let (full, count) = match opts.as_slice() {
        [] => (false, 10),
        [full] if is(full, "full") => (true, 10),
        [full, count, n] if is(full, "full") && is(count, "count") => match string2ll(n) {
            Some(n) if n < 0 => (true, 10),
            Some(n) => (true, n),
            None => return reply.error(err::NOT_INTEGER),
        },
        _ => return subcommand_syntax_error(reply, args),
    };
    let meta = stream.meta();
    reply.map(if full { 9 } else { 10 });
    reply.bulk(b"length");
    reply.int(meta.length as i64);
    reply.bulk(b"radix-tree-keys");
    reply.int(stream.node_count() as i64);
    reply.bulk(b"radix-tree-nodes");
    reply.int(stream.rax_nodes() as i64);
    reply.bulk(b"last-generated-id");
    reply_id(reply, meta.last_id);
    reply.bulk(b"max-deleted-entry-id");
    reply_id(reply, meta.max_deleted_entry_id);
    reply.bulk(b"entries-added");
    reply.int(meta.entries_added as i64);
    reply.bulk(b"recorded-first-entry-id");
    reply_id(reply, meta.first_id);
    if !full {
        reply.bulk(b"groups");
        reply.int(stream.groups_len() as i64);
        reply.bulk(b"first-entry");
        match stream.range(StreamId::MIN, StreamId::MAX).next() {
            Some(e) => reply_entry(reply, &e),
            None => reply.null(),
        }
        reply.bulk(b"last-entry");
        match stream.range_rev(StreamId::MIN, StreamId::MAX).next() {
            Some(e) => reply_entry(reply, &e),
            None => reply.null(),
        }
        return;
    }
    let count = usize::try_from(count).unwrap_or(usize::MAX);
    reply.bulk(b"entries");
    reply_entries(reply, stream.range(StreamId::MIN, StreamId::MAX), count, None);
    reply.bulk(b"groups");
    reply.array(stream.groups_len());
    for (name, g) in stream.groups() {
        xinfo_full_group(reply, &meta, name, g, count);
    }
}

fn xinfo_full_group(
    reply: &mut Reply,
    meta: &crate::db::stream::StreamMeta,
    name: &[u8],
    g: &crate::db::stream::ConsumerGroup,
    count: usize,
) {
    let limit = if count == 0 { usize::MAX } else { count };
    reply.map(7);
    reply.bulk(b"name");
    reply.bulk(name);
    reply.bulk(b"last-delivered-id");
    reply_id(reply, g.last_id);
    reply.bulk(b"entries-read");
    reply_opt_int(
        reply,
        (g.entries_read != ENTRIES_READ_INVALID).then_some(g.entries_read),
    );
    reply.bulk(b"lag");
    reply_opt_int(reply, meta.lag(g));
    reply.bulk(b"pel-count");
    reply.int(g.pending_len() as i64);
    reply.bulk(b"pending");
    reply.array(g.pending_len().min(limit));
    for (id, nack) in g.pending_from(StreamId::MIN).take(limit) {
        reply.array(4);
        reply_id(reply, id);
        reply.bulk(nack.consumer());
        reply.int(nack.delivery_time);
        reply.int(nack.delivery_count as i64);
    }
    reply.bulk(b"consumers");
    reply.array(g.consumers_len());
    for c in g.consumers() {
        reply.map(4);
        reply.bulk(b"name");
        reply.bulk(c.name());
        reply.bulk(b"seen-time");
        reply.int(c.seen_time);
        reply.bulk(b"pel-count");
        reply.int(c.pending_len() as i64);
        reply.bulk(b"pending");
        reply.array(c.pending_len().min(limit));
        for id in c.pending_from(StreamId::MIN).take(limit) {
            let nack = g.nack(id);
            reply.array(3);
            reply_id(reply, id);
            reply.int(nack.map_or(0, |n| n.delivery_time));
            reply.int(nack.map_or(0, |n| n.delivery_count as i64));
        }
    }
}
