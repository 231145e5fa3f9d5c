//! Differential test for the stream commands: one script is replayed against
//! a real `redis-server` 7.0.15 and against `gossamer-server`, step by step
//! on both (so times on both sides stay close), and every reply is compared
//! byte for byte, Redis being the reference. All mismatches are collected
//! and reported at the end.
//!
//! Script lines are split on spaces; an optional leading tag changes how a
//! line is run or compared:
//!
//! - `args:` arguments separated by `|`, with `\xHH`, `\r`, `\n`, `\0`, `\\`
//!   escapes (empty, binary or space-holding arguments);
//! - `time:` the reply holds times: IDs made by `*` (compared on their
//!   milliseconds, within a tolerance, and checked to be near now), absolute
//!   times (integers past 2001, within a tolerance) and idle times (values
//!   after an `idle` key and the third element of XPENDING entries, within a
//!   tolerance); everything else is still compared exactly;
//! - `stats:` run the command and compare how it changed keyspace_hits and
//!   keyspace_misses in INFO stats;
//! - `hello:` compare only the reply type (HELLO's reply has a client id);
//! - `sleep:` wait this many milliseconds.
//!
//! Blocking reads are exercised where they do not block: with data
//! available, argument errors, short timeouts on empty streams, and inside
//! MULTI (where they answer at once).

mod common;

use std::process::Command;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use common::compare::{self, Lcg, Resp, keyspace_counts, unescape};
use common::{RawConn, ServerProcess, require_tool, run_bounded, words};

/// How far apart times may be on the two servers (ms).
const TOLERANCE_MS: i64 = 3000;
/// Integers at least this large are taken for absolute times (ms, 2001+).
const ABSOLUTE_TIME: i64 = 1_000_000_000_000;

const BASICS: &str = r"
FLUSHALL
XADD s 1-1 a 1
XADD s 1-2 b 2 c 3
XADD s 1-2 x y
XADD s 1-1 x y
XADD s 0-5 x y
XADD s 2 name v
XADD s 2-* f v
XADD s 3-* f v
XADD s 3-* f v
XADD s 1-* f v
XADD s 0-0 f v
XADD s 0 f v
XADD s 0-* f v
XADD newkey 0-0 f v
EXISTS newkey
XADD newkey 0-* f v
XADD newkey 0-* f v
XADD newkey 0-3 f v
XRANGE newkey - +
XADD s abc f v
XADD s 1-abc f v
XADD s -1 f v
XADD s 1-2-3 f v
XADD s - f v
XADD s + f v
XADD s 5-+ f v
XADD s 5--1 f v
XADD s 99999999999999999999-1 f v
XADD s 5-99999999999999999999 f v
XADD s f v
XADD s * f
XADD s * f v g
XADD s *
XADD s 5-1
XADD s maxlen
XADD s maxlen 5
XADD s maxlen 5 *
XADD s maxlen abc * f v
XADD s maxlen -1 * f v
XADD s maxlen ~ * f v
XADD s minid abc * f v
XADD s minid - * f v
XADD s maxlen 5 minid 1 * f v
XADD s minid 1 maxlen 5 * f v
XADD s limit 5 * f v
XADD s limit -1 * f v
XADD s limit abc * f v
XADD s maxlen 5 limit 5 * f v
XADD s maxlen = 5 limit 5 * f v
XADD s maxlen ~ 5 limit -5 * f v
XADD s nomkstream
XADD s nomkstream 5-1 f
XADD s 4-1 f v g h
XADD s 4-2 f v g h
XADD s 4-3 g h f v
XADD s 4-4 f 12345 g -7
XADD s 4-5 f 99999999999999999999 g 0
XADD s 4-6 field value field value
XLEN s
XLEN missing
SET str hello
XLEN str
XADD str 1-1 f v
XADD str NOMKSTREAM 1-1 f v
XADD nk NOMKSTREAM 1-1 f v
EXISTS nk
XADD nk NOMKSTREAM MAXLEN 0 1-1 f v
EXISTS nk
TYPE s
OBJECT ENCODING s
XADD fut 99999999999999-5 f v
XADD fut * f v
XADD fut 99999999999999-* f v
XADD fut 99999999999999-3 f v
XADD fut 100000000000000-* f v
XADD ex 18446744073709551615-18446744073709551614 f v
XADD ex 18446744073709551615-* f v
XADD ex * f v
XADD ex 5-1 f v
XADD ex 18446744073709551615-18446744073709551615 f v
XADD ex2 5-18446744073709551615 f v
XADD ex2 5-* f v
XADD ex2 6-* f v
XADD ex3 18446744073709551615-18446744073709551615 f v
XADD ex3 * f v
XLEN ex3
args: XADD|sp| 5-1|f|v
args: XADD|sp|+6-1|f|v
args: XADD|sp|7--0|f|v
args: XADD|sp|8- -1|f|v
args: XADD|sp|010-1|f|v
args: XADD|sp|11-\t+2|f|v
args: XADD|sp|12-1\0junk|f|v
args: XADD|sp|13-|f|v
args: XADD|sp|-|f|v
args: XADD|sp|14-0|||
args: XADD|sp|15-0|\x00\xff|\r\n
args: XADD|sp|16-0|f|0
args: XADD|sp|17-0|f|-0
args: XADD|sp|18-0|123456789012345678901|9223372036854775807
XRANGE sp - +
XRANGE s - +
XRANGE s - + COUNT 2
XRANGE s - + COUNT 0
XRANGE s - + COUNT -1
XRANGE s - + COUNT 1 COUNT 3
XRANGE s - + COUNT
XRANGE s - + COUNT abc
XRANGE s - + foo
XRANGE s - + count 1 foo
XRANGE s (1-1 +
XRANGE s - (2-0
XRANGE s (1-1 (2-0
XRANGE s 1 1
XRANGE s 2 1
XRANGE s 4 4
XRANGE s 4-2 4-4
XRANGE s (18446744073709551615-18446744073709551615 +
XRANGE s - (0-0
XRANGE s ( +
XRANGE s - (
XRANGE s (- +
XRANGE s - (+
XRANGE s (0 +
XRANGE s abc +
XRANGE s - abc
XRANGE missing - +
XRANGE missing abc +
XRANGE missing - + COUNT 0
XRANGE str - +
XRANGE str abc +
XREVRANGE s + -
XREVRANGE s + - COUNT 1
XREVRANGE s + - COUNT 0
XREVRANGE s (2-0 -
XREVRANGE s + (3-1
XREVRANGE s - +
XREVRANGE s 4 4
XREVRANGE s abc -
XREVRANGE s + abc
XREVRANGE missing + -
XREVRANGE str + -
XDEL s 1-2
XDEL s 1-2
XDEL s 99-0
XDEL s abc
XDEL s 2-1 abc
XRANGE s - (3
XDEL s -
XDEL s 2-1 2-1 2-2
XDEL missing 1-1
XDEL missing abc
XDEL str 1-1
XDEL str abc
XINFO STREAM s
XTRIM s MAXLEN 8
XTRIM s MAXLEN = 7
XTRIM s MAXLEN 100
XTRIM s MINID 4-2
XTRIM s MINID = 4-3
XRANGE s - +
XTRIM s
XTRIM s foo
XTRIM s MAXLEN
XTRIM s MAXLEN -1
XTRIM s MAXLEN abc
XTRIM s MAXLEN 1 LIMIT 10
XTRIM s LIMIT 10
XTRIM s LIMIT 0 MAXLEN 1
XTRIM s LIMIT 0
XTRIM s MAXLEN 1 MINID 0
XTRIM s MINID abc
XTRIM s MINID -
XTRIM s MINID
XTRIM s MAXLEN ~ 1 LIMIT -1
XTRIM s MAXLEN ~
XTRIM s NOMKSTREAM MAXLEN 1
XTRIM s MAXLEN 1 *
XTRIM missing MAXLEN 0
XTRIM missing MAXLEN abc
XTRIM str MAXLEN 0
XTRIM s MAXLEN ~ 1 LIMIT 1
XLEN s
XTRIM s MAXLEN ~ 0
XLEN s
XINFO STREAM s
EXISTS s
XADD s 20-0 f v
XADD s MAXLEN 1 NOMKSTREAM 21-0 f v
XADD s NOMKSTREAM MAXLEN = 1 22-0 f v
XADD s MAXLEN ~ 1 LIMIT 5 23-0 f v
XADD s MINID 23 24-0 f v
XADD s minid ~ 0 limit 0 25-0 f v
XRANGE s - +
XINFO STREAM s
";

const GROUPS: &str = r"
FLUSHALL
SET str hello
XADD s 1-0 a 1
XADD s 2-0 b 2
XADD s 3-0 c 3
XGROUP CREATE s g 0
XGROUP CREATE s g 0
XGROUP CREATE s g2 $
XGROUP CREATE s g3 2-0 ENTRIESREAD 1
XGROUP CREATE s g4 abc
XGROUP CREATE s g4 -
XGROUP CREATE s g4 +
XGROUP CREATE s g4 1
XGROUP CREATE missing g 0
XGROUP CREATE missing g $ MKSTREAM
TYPE missing
XLEN missing
XINFO STREAM missing
XGROUP CREATE str g 0
XGROUP CREATE str g 0 MKSTREAM
XGROUP CREATE s g5 0 FOO
XGROUP CREATE s g5 0 ENTRIESREAD
XGROUP CREATE s g5 0 ENTRIESREAD abc
XGROUP CREATE s g5 0 ENTRIESREAD -2
XGROUP CREATE s g5 0 ENTRIESREAD -1
XGROUP CREATE s g6 0 MKSTREAM ENTRIESREAD 3 MKSTREAM
XGROUP CREATE nokey g6 0 MKSTREAM ENTRIESREAD 3 MKSTREAM
EXISTS nokey
XGROUP CREATE s g6 0 MKSTREAM MKSTREAM MKSTREAM
XGROUP create s g7 0 mkstream
XGROUP CREATE s g8 0 ENTRIESREAD 99999
XGROUP CREATE
XGROUP CREATE s
XGROUP CREATE s g9
XINFO GROUPS s
XGROUP SETID s g 1-0
XGROUP SETID s g $
XGROUP SETID s g -
XINFO GROUPS s
XGROUP SETID s g +
XINFO GROUPS s
XGROUP SETID s g 0 ENTRIESREAD 5
XGROUP SETID s nog 0
XGROUP SETID missing2 g 0
XGROUP SETID str g 0
XGROUP SETID s g abc
XGROUP SETID s g 0 MKSTREAM
XGROUP SETID s g 0 ENTRIESREAD
XGROUP SETID s g 0 ENTRIESREAD 1 ENTRIESREAD 2
XGROUP SETID s g 0 ENTRIESREAD -5
XGROUP SETID s g 0 ENTRIESREAD 1 FOO
XGROUP SETID s
XINFO GROUPS s
XGROUP DESTROY s g7
XGROUP DESTROY s g7
XGROUP DESTROY missing2 g
XGROUP DESTROY str g
XGROUP DESTROY s
XGROUP DESTROY s g7 extra
XGROUP CREATECONSUMER s g alice
XGROUP CREATECONSUMER s g alice
XGROUP CREATECONSUMER s nog alice
XGROUP CREATECONSUMER missing2 g alice
XGROUP CREATECONSUMER s g
XGROUP DELCONSUMER s g alice
XGROUP DELCONSUMER s g nobody
XGROUP DELCONSUMER s nog alice
XGROUP DELCONSUMER missing2 g alice
XGROUP HELP
XGROUP help
XGROUP HELP extra
XGROUP FOO
XGROUP FOO bar
XGROUP
XGROUP SETID s g 0
XREADGROUP GROUP g alice COUNT 1 STREAMS s >
XREADGROUP GROUP g alice STREAMS s >
XREADGROUP GROUP g alice STREAMS s >
XREADGROUP GROUP g bob STREAMS s 0
XREADGROUP GROUP g alice STREAMS s 0
XREADGROUP GROUP g alice COUNT 1 STREAMS s 1-0
XREADGROUP GROUP g alice COUNT 0 STREAMS s 0
XREADGROUP GROUP g alice COUNT -1 STREAMS s 0
XPENDING s g
time: XPENDING s g - + 10
time: XPENDING s g - + 10 alice
time: XPENDING s g IDLE 0 - + 10
XPENDING s g IDLE 100000 - + 10
time: XPENDING s g IDLE -5 - + 1
XPENDING s g - + 10 nobody
time: XPENDING s g (1-0 + 10
time: XPENDING s g - (3-0 10
time: XPENDING s g 2 2 10
XPENDING s g - + 0
XPENDING s g - + -5
XPENDING s g - + abc
XPENDING s g abc + 10
XPENDING s g - abc 10
XPENDING s g (18446744073709551615-18446744073709551615 + 10
XPENDING s g - (0-0 10
XPENDING s g -
XPENDING s g - +
XPENDING s g IDLE 10 - +
XPENDING s g IDLE abc - + 10
XPENDING s g IDLE abc - +
time: XPENDING s g - + 10 alice extra
time: XPENDING s g - + 10 alice extra extra
time: XPENDING s g IDLE 0 - + 10 alice extra
XPENDING s nog
XPENDING missing2 g
XPENDING str g
XPENDING nog
XPENDING s nog - + abc
XPENDING missing2 g - + 10
XINFO GROUPS s
XDEL s 2-0
XINFO GROUPS s
XREADGROUP GROUP g alice STREAMS s 0
XREADGROUP GROUP g alice STREAMS s 18446744073709551615-18446744073709551615
XACK s g 1-0
XACK s g 1-0
XACK s g abc
XACK s g 1-0 abc
XACK s g -
XACK s nog 1-0
XACK s nog abc
XACK missing2 g 1-0
XACK missing2 g abc
XACK str g 1-0
XACK s g 2-0 3-0 99-0
XPENDING s g
XINFO GROUPS s
time: XINFO CONSUMERS s g
XINFO CONSUMERS s nog
XINFO CONSUMERS missing2 g
XINFO CONSUMERS str g
XINFO CONSUMERS s
XINFO STREAM s
time: XINFO STREAM s FULL
time: XINFO STREAM s full count 1
time: XINFO STREAM s FULL COUNT 0
time: XINFO STREAM s FULL COUNT -1
XINFO STREAM s FULL COUNT abc
XINFO STREAM s FOO
XINFO STREAM s FULL COUNT
XINFO STREAM s FULL FOO 1
XINFO STREAM s FULL COUNT 1 extra
XINFO STREAM missing2
XINFO STREAM missing2 FOO
XINFO STREAM str
XINFO GROUPS str
XINFO GROUPS missing2
XINFO HELP
XINFO help
XINFO HELP x
XINFO FOO
XINFO FOO bar
XINFO STREAM
XINFO GROUPS
XINFO
XREADGROUP GROUP g alice STREAMS s $
XREADGROUP GROUP nog alice STREAMS s >
XREADGROUP GROUP g alice STREAMS missing2 >
XREADGROUP GROUP g alice STREAMS str >
XREADGROUP GROUP g alice STREAMS s missing2 > >
XREADGROUP COUNT 1 STREAMS s >
XREADGROUP COUNT 1 COUNT 1 STREAMS s >
XREADGROUP GROUP g alice STREAMS s t >
XREADGROUP GROUP g alice BLOCK abc STREAMS s >
XREADGROUP GROUP g alice BLOCK -1 STREAMS s >
XREADGROUP GROUP g alice BLOCK 1.5 STREAMS s >
XREADGROUP GROUP g alice COUNT abc STREAMS s >
XREADGROUP GROUP g alice FOO STREAMS s >
XREADGROUP GROUP g alice STREAMS s abc
XREADGROUP GROUP g alice STREAMS s -
XREADGROUP GROUP g alice STREAMS s +
XREADGROUP GROUP g STREAMS s >
XREADGROUP GROUP g alice STREAMS s
XREADGROUP GROUP g alice NOACK
XREADGROUP GROUP g alice NOACK STREAMS s 0
XREADGROUP GROUP g alice BLOCK 10 STREAMS s 0
XADD s 4-0 d 4
XADD s 5-0 e 5
XINFO GROUPS s
XREADGROUP GROUP g carol NOACK STREAMS s >
XINFO GROUPS s
XPENDING s g
time: XINFO CONSUMERS s g
XADD s 6-0 f 6
XREADGROUP GROUP g carol BLOCK 10 STREAMS s >
XREADGROUP GROUP g carol BLOCK 50 STREAMS s >
XREADGROUP GROUP g dave BLOCK 10 NOACK STREAMS s >
XINFO CONSUMERS s g3
XREADGROUP GROUP g3 x STREAMS s s > >
XINFO GROUPS s
XGROUP SETID s g3 0
XREADGROUP GROUP g3 x COUNT 2 STREAMS s s > >
XREADGROUP GROUP g3 x STREAMS s s 0 0
XPENDING s g3
XGROUP SETID s g3 0
XREADGROUP GROUP g3 y COUNT 2 STREAMS s >
XPENDING s g3
time: XPENDING s g3 - + 10
time: XINFO CONSUMERS s g3
XGROUP DELCONSUMER s g3 x
XPENDING s g3
XGROUP DELCONSUMER s g3 y
XPENDING s g3
XINFO GROUPS s
args: XREADGROUP|GROUP|g\xff|c|STREAMS|s|>
args: XREADGROUP|GROUP|g|c|STREAMS|k\xfe\0ey|>
args: XPENDING|k\0ey|g\r\nx
args: XCLAIM|s|g|c|0|1-0|\xff\xfe
args: XGROUP|SETID|s|g\xff|0
args: XINFO|CONSUMERS|s|g\xff
args: XGROUP|CREATE|s|g|0|\xff
args: XREADGROUP|GROUP|g|c|STREAMS|s|$\0x
args: XREAD|STREAMS|s|$\0x
XGROUP CREATECONSUMER s g3 z
time: XINFO CONSUMERS s g3
time: XINFO STREAM s FULL COUNT 1
XRANGE s - + COUNT 9223372036854775807
XREAD COUNT 9223372036854775807 STREAMS s 0
time: XINFO STREAM s FULL COUNT 9223372036854775807
";

const READ: &str = r"
FLUSHALL
SET str hello
XADD s 1-0 a 1
XADD s 2-0 b 2
XADD s 3-0 c 3
XADD t 5-0 x 1
XREAD STREAMS s 0
XREAD COUNT 1 STREAMS s 0
XREAD COUNT 0 STREAMS s 0
XREAD COUNT -5 STREAMS s 0
XREAD STREAMS s $
XREAD STREAMS s 3-0
XREAD STREAMS s 2
XREAD STREAMS s t 0 0
XREAD STREAMS s t 2-0 5-0
XREAD STREAMS s missing 0 0
XREAD STREAMS missing 0
XREAD STREAMS missing $
XREAD STREAMS s s 0 1-0
XREAD COUNT 1 STREAMS s t missing 0 0 0
XREAD STREAMS s +
XREAD STREAMS s -
XREAD STREAMS s abc
XREAD STREAMS s >
XREAD GROUP g c STREAMS s 0
XREAD NOACK STREAMS s 0
XREAD STREAMS s
XREAD STREAMS s t 0
XREAD COUNT 1 s
XREAD COUNT 1 STREAMS
XREAD COUNT abc STREAMS s 0
XREAD BLOCK abc STREAMS s 0
XREAD BLOCK -1 STREAMS s 0
XREAD BLOCK 10 STREAMS s 0
XREAD BLOCK 50 STREAMS s $
XREAD BLOCK 20 STREAMS missing $
XREAD BLOCK 20 COUNT 1 STREAMS s t 3-0 5-0
XREAD STREAMS str 0
XREAD STREAMS s str 0 0
XREAD STREAMS s str 0 abc
XREAD FOO STREAMS s 0
xread count 2 streams s 0
MULTI
XREAD BLOCK 0 STREAMS s $
XREAD BLOCK 0 STREAMS s 0
XREADGROUP GROUP nog c BLOCK 0 STREAMS s >
EXEC
XGROUP CREATE s g $
MULTI
XREADGROUP GROUP g c BLOCK 0 STREAMS s >
XREADGROUP GROUP g c BLOCK 0 STREAMS s 0
EXEC
XDEL s 3-0
XREAD STREAMS s 2-0
XREAD STREAMS s $
XADD e 1-0 f v
XDEL e 1-0
XREAD STREAMS e 0
XREAD STREAMS e $
XINFO STREAM e
XGROUP CREATE e eg 0
XREADGROUP GROUP eg c STREAMS e >
XREADGROUP GROUP eg c STREAMS e 0
XINFO GROUPS e
";

const CLAIM: &str = r"
FLUSHALL
SET str hello
XADD s 1-0 a 1
XADD s 2-0 b 2
XADD s 3-0 c 3
XADD s 4-0 d 4
XADD s 5-0 e 5
XGROUP CREATE s g 0
XREADGROUP GROUP g alice STREAMS s >
XCLAIM s g bob 0 1-0
XCLAIM s g bob 0 1-0 JUSTID
XCLAIM s g bob 3600000 2-0
XCLAIM s g bob 0 2-0 3-0 RETRYCOUNT 7
XCLAIM s g bob 0 4-0 IDLE 5000
XCLAIM s g bob 0 5-0 TIME 12345
time: XPENDING s g - + 10
XCLAIM s g bob 0 9-0
XCLAIM s g bob 0 9-0 FORCE
XADD s 6-0 f 6
XCLAIM s g carol 0 6-0 FORCE
XCLAIM s g carol 0 6-0 FORCE
time: XPENDING s g - + 10
XCLAIM s g bob 0 1-0 LASTID 10-0 JUSTID
XINFO GROUPS s
XCLAIM s g bob 0 1-0 LASTID 5-0 JUSTID
XINFO GROUPS s
XCLAIM s g bob 0 1-0 LASTID abc
XCLAIM s g bob 0 1-0 FOO
XCLAIM s g bob 0 1-0 IDLE
XCLAIM s g bob 0 1-0 IDLE abc
XCLAIM s g bob 0 1-0 TIME abc
XCLAIM s g bob 0 1-0 RETRYCOUNT abc
XCLAIM s g bob abc 1-0
XCLAIM s g bob 1.5 1-0
XCLAIM s nog bob 0 1-0
XCLAIM s nog bob abc 1-0
XCLAIM missing g bob 0 1-0
XCLAIM str g bob 0 1-0
XCLAIM s g bob 0 abc
XCLAIM s g bob 0 -
XCLAIM s g bob 0 1-0 abc 2-0
XCLAIM s g bob -5 1-0 JUSTID
XCLAIM s g bob 0 1-0 RETRYCOUNT -3 JUSTID
XCLAIM s g bob 0 1-0 RETRYCOUNT 0 JUSTID
XCLAIM s g bob 0 1-0 TIME -1 JUSTID
XCLAIM s g bob 0 1-0 TIME 99999999999999 JUSTID
XCLAIM s g bob 0 1-0 IDLE -100 JUSTID
time: XPENDING s g - + 10
XCLAIM s g bob 0 1-0 1-0 JUSTID
XDEL s 3-0
XCLAIM s g dave 0 3-0
XPENDING s g
time: XINFO CONSUMERS s g
XCLAIM s g erin 0 1-0 JUSTID FORCE
time: XINFO CONSUMERS s g
XGROUP CREATE s g2 0
XREADGROUP GROUP g2 alice STREAMS s >
XAUTOCLAIM s g2 eve 0 0
XAUTOCLAIM s g2 eve 0 0 COUNT 1
XAUTOCLAIM s g2 bob 0 0 COUNT 2 JUSTID
XAUTOCLAIM s g2 eve 3600000 0
XAUTOCLAIM s g2 eve 0 (1-0 COUNT 1
XAUTOCLAIM s g2 eve 0 (18446744073709551615-18446744073709551615
XAUTOCLAIM s g2 eve 0 abc
XAUTOCLAIM s g2 eve 0 -
XAUTOCLAIM s g2 eve 0 +
XAUTOCLAIM s g2 eve abc 0
XAUTOCLAIM s g2 eve -1 0 COUNT 1
XAUTOCLAIM s g2 eve 0 0 COUNT 0
XAUTOCLAIM s g2 eve 0 0 COUNT -1
XAUTOCLAIM s g2 eve 0 0 COUNT abc
XAUTOCLAIM s g2 eve 0 0 COUNT 576460752303423488
XAUTOCLAIM s g2 eve 0 0 FOO
XAUTOCLAIM s g2 eve 0 0 COUNT
XAUTOCLAIM s g2 eve 0 0 JUSTID JUSTID COUNT 1 COUNT 3
XAUTOCLAIM s nog eve 0 0
XAUTOCLAIM missing g eve 0 0
XAUTOCLAIM str g eve 0 0
XAUTOCLAIM str g eve abc 0
XAUTOCLAIM missing g eve abc 0
XDEL s 4-0 5-0
XAUTOCLAIM s g2 eve 0 0 COUNT 1
XAUTOCLAIM s g2 eve 0 0
XAUTOCLAIM s g2 eve 0 0
XPENDING s g2
time: XINFO STREAM s FULL
XTRIM s MAXLEN 0
XAUTOCLAIM s g2 eve 0 0
XAUTOCLAIM s g eve 0 0 JUSTID
XPENDING s g
XPENDING s g2
XINFO GROUPS s
DEL a
XADD a 1-0 f v
XADD a 2-0 f v
XADD a 3-0 f v
XADD a 4-0 f v
XADD a 5-0 f v
XADD a 6-0 f v
XADD a 7-0 f v
XADD a 8-0 f v
XADD a 9-0 f v
XADD a 10-0 f v
XADD a 11-0 f v
XADD a 12-0 f v
XADD a 13-0 f v
XADD a 14-0 f v
XADD a 15-0 f v
XGROUP CREATE a g 0
XREADGROUP GROUP g c STREAMS a >
XAUTOCLAIM a g d 3600000 0 COUNT 1
XAUTOCLAIM a g d 3600000 11 COUNT 1
XAUTOCLAIM a g d 3600000 0 COUNT 2
XDEL a 2-0 3-0 4-0
XAUTOCLAIM a g d 0 0 COUNT 2
XAUTOCLAIM a g d 0 0 COUNT 2 JUSTID
XAUTOCLAIM a g d 0 (14-0 COUNT 2 JUSTID
XAUTOCLAIM a g d 0 14 JUSTID
XAUTOCLAIM a g d 0 15-0 COUNT 1 JUSTID
XAUTOCLAIM a g d 0 16-0 COUNT 1 JUSTID
time: XPENDING a g - + 20
time: XINFO CONSUMERS a g
";

const SETID_AND_LAG: &str = r"
FLUSHALL
SET str hello
XADD s 1-0 a 1
XADD s 2-0 b 2
XADD s 3-0 c 3
XSETID s 10-0
XINFO STREAM s
XSETID s 1-0
XSETID s 3-0
XSETID s 100-0 ENTRIESADDED 2
XSETID s 100-0 ENTRIESADDED 3
XSETID s 100-0 ENTRIESADDED -1
XSETID s 100-0 ENTRIESADDED abc
XSETID s 100-0 MAXDELETEDID 200-0
XSETID s 100-0 MAXDELETEDID abc
XSETID s 100-0 MAXDELETEDID -
XSETID s 100-0 ENTRIESADDED 50 MAXDELETEDID 50-0
XINFO STREAM s
XSETID s 100-0 MAXDELETEDID 0-0
XINFO STREAM s
XSETID s 100-0 FOO
XSETID s 100-0 ENTRIESADDED
XSETID s 100-0 MAXDELETEDID
XSETID s abc
XSETID s -
XSETID s +
XSETID s 100
XSETID missing 1-0
XSETID missing abc
XSETID str 1-0
XADD s 50-0 f v
XADD s 100-0 f v
XADD s 100-* f v
time: XADD s * f v
XGROUP CREATE empty g $ MKSTREAM
XSETID empty 5-0 ENTRIESADDED 0
XINFO STREAM empty
XSETID empty 1-0
XINFO STREAM empty
XADD empty 1-1 f v
XADD empty 5-1 f v
XINFO STREAM empty
FLUSHALL
XADD l 1-0 f v
XADD l 2-0 f v
XADD l 3-0 f v
XADD l 4-0 f v
XADD l 5-0 f v
XGROUP CREATE l g1 0
XGROUP CREATE l g2 $
XGROUP CREATE l g3 3-0
XGROUP CREATE l g4 0 ENTRIESREAD 2
XGROUP CREATE l g5 9-0
XINFO GROUPS l
XREADGROUP GROUP g1 c COUNT 2 STREAMS l >
XREADGROUP GROUP g3 c COUNT 1 STREAMS l >
XINFO GROUPS l
XDEL l 4-0
XINFO GROUPS l
XREADGROUP GROUP g1 c COUNT 1 STREAMS l >
XINFO GROUPS l
XREADGROUP GROUP g1 c STREAMS l >
XINFO GROUPS l
XADD l 6-0 f v
XINFO GROUPS l
XDEL l 1-0
XINFO GROUPS l
XTRIM l MAXLEN 1
XINFO GROUPS l
XINFO STREAM l
XGROUP SETID l g2 0
XINFO GROUPS l
XGROUP SETID l g2 6-0 ENTRIESREAD 6
XINFO GROUPS l
XDEL l 6-0
XINFO GROUPS l
XINFO STREAM l
XADD l 7-0 f v
XINFO GROUPS l
XREADGROUP GROUP g4 c STREAMS l >
XINFO GROUPS l
XADD l2 1-0 f v
XGROUP CREATE l2 g $
XADD l2 2-0 f v
XTRIM l2 MAXLEN 0
XINFO GROUPS l2
XADD l2 3-0 f v
XINFO GROUPS l2
XGROUP CREATE l2 g0 0
XINFO GROUPS l2
XREADGROUP GROUP g0 c STREAMS l2 >
XINFO GROUPS l2
XSETID l2 1-0
XINFO STREAM l2
XSETID l2 2-0
XADD l2 2-* f v
XADD l2 3-* f v
XINFO STREAM l2
XINFO GROUPS l2
XADD l3 1-0 f v
XGROUP CREATE l3 g 0
XSETID l3 5-0 ENTRIESADDED 10 MAXDELETEDID 3-0
XINFO GROUPS l3
XREADGROUP GROUP g c STREAMS l3 >
XINFO GROUPS l3
XADD l3 6-0 f v
XINFO GROUPS l3
";

const MISC: &str = r"
FLUSHALL
XADD s 1-0 f v
XGROUP CREATE s g 0
XREADGROUP GROUP g c STREAMS s >
WATCH s
XACK s g 1-0
XREADGROUP GROUP g c STREAMS s 0
XGROUP CREATE s g2 0
XGROUP CREATECONSUMER s g c2
XGROUP SETID s g 0
XCLAIM s g c3 0 1-0
XAUTOCLAIM s g c4 0 0
XDEL s 99-0
XTRIM s MAXLEN 5
XSETID s 5-0
MULTI
PING
EXEC
WATCH s
XDEL s 1-0
MULTI
PING
EXEC
WATCH s
XADD s 6-0 f v
MULTI
PING
EXEC
WATCH s
XTRIM s MAXLEN 0
MULTI
PING
EXEC
WATCH nk
XGROUP CREATE nk g $ MKSTREAM
MULTI
PING
EXEC
MULTI
XADD m 1-0 f v
XRANGE m - +
XADD m 1-0 f v
XLEN m
EXEC
DEL s
XADD s 1-0 f v
PEXPIRE s 1
sleep: 20
XLEN s
XRANGE s - +
XINFO STREAM s
EXISTS s
stats: XLEN nostream
stats: XLEN m
stats: XRANGE m - +
stats: XRANGE nostream - +
stats: XREVRANGE m + -
stats: XREAD STREAMS m nostream 0 0
stats: XREAD STREAMS m $
stats: XADD m 2-0 f v
stats: XDEL m 9-0
stats: XTRIM m MAXLEN 5
stats: XINFO STREAM m
stats: XINFO STREAM nostream
stats: XGROUP CREATE m g 0
stats: XREADGROUP GROUP g c STREAMS m >
stats: XREADGROUP GROUP g c STREAMS nostream >
stats: XACK m g 1-0
stats: XACK nostream g 1-0
stats: XPENDING m g
stats: XPENDING nostream g
stats: XCLAIM m g c 0 2-0
stats: XCLAIM nostream g c 0 2-0
stats: XAUTOCLAIM m g c 0 0
stats: XAUTOCLAIM nostream g c abc 0
stats: XSETID m 9-0
stats: XINFO GROUPS m
hello: HELLO 3
XRANGE m - +
XRANGE m - + COUNT 0
XRANGE nostream - +
XREAD STREAMS m 0
XREAD STREAMS m nostream 0 0
XREAD STREAMS m $
XREADGROUP GROUP g c STREAMS m 0
XINFO STREAM m
time: XINFO STREAM m FULL COUNT 0
XINFO GROUPS m
XPENDING m g
XGROUP CREATE m g9 0
XPENDING m g9
XINFO STREAM nostream
XADD e 1-0 f v
XDEL e 1-0
XINFO STREAM e
XGROUP CREATE e g 0
XADD e 2-0 f v
XREADGROUP GROUP g c STREAMS e >
XDEL e 2-0
XREADGROUP GROUP g c STREAMS e 0
XINFO GROUPS e
XAUTOCLAIM e g c 0 0
XCLAIM e g c 0 1-0
XREAD BLOCK 10 STREAMS nostream $
hello: HELLO 2
XREAD BLOCK 10 STREAMS nostream $
";

/// A command step and how to compare it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Norm {
    Exact,
    Time,
    Stats,
    Kind,
}

#[derive(Clone, Debug)]
enum Action {
    Cmd(Vec<Vec<u8>>),
    Sleep(u64),
}

type Step = compare::Step<Action, Norm>;

fn parse_line(section: &'static str, line: &str) -> Step {
    let (tag, rest) = match line.split_once(": ") {
        Some((tag, rest)) if !tag.contains(' ') => (tag, rest),
        _ => ("", line),
    };
    let (action, norm) = match tag {
        "" => (Action::Cmd(words(line)), Norm::Exact),
        "args" => (Action::Cmd(rest.split('|').map(unescape).collect()), Norm::Exact),
        "time" => (Action::Cmd(words(rest)), Norm::Time),
        "stats" => (Action::Cmd(words(rest)), Norm::Stats),
        "hello" => (Action::Cmd(words(rest)), Norm::Kind),
        "sleep" => (Action::Sleep(rest.trim().parse().expect("sleep ms")), Norm::Exact),
        other => panic!("unknown tag {other}"),
    };
    Step {
        section,
        action,
        norm,
        label: line.to_string(),
    }
}

fn parse_section(section: &'static str, text: &str) -> Vec<Step> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| parse_line(section, l))
        .collect()
}

fn cmd_step(section: &'static str, args: Vec<Vec<u8>>, norm: Norm) -> Step {
    let text = args
        .iter()
        .map(|a| String::from_utf8_lossy(&a[..a.len().min(40)]).into_owned())
        .collect::<Vec<_>>()
        .join(" ");
    Step {
        section,
        label: text,
        action: Action::Cmd(args),
        norm,
    }
}

fn cmd(parts: &[&str]) -> Vec<Vec<u8>> {
    parts.iter().map(|p| p.as_bytes().to_vec()).collect()
}

/// A 1000-entry stream: approximate and exact trimming, node removal by
/// XDEL, and XINFO's node counts along the way.
fn big_steps() -> Vec<Step> {
    let s = "big";
    let mut steps = vec![cmd_step(s, cmd(&["FLUSHALL"]), Norm::Exact)];
    for i in 1..=1000 {
        let id = format!("{i}-0");
        steps.push(cmd_step(s, cmd(&["XADD", "big", &id, "f", "v"]), Norm::Exact));
    }
    let script = r"
XINFO STREAM big
XTRIM big MAXLEN ~ 555
XLEN big
XINFO STREAM big
XTRIM big MAXLEN ~ 555 LIMIT 50
XTRIM big MAXLEN ~ 555 LIMIT 100
XLEN big
XTRIM big MAXLEN ~ 555 LIMIT 0
XLEN big
XTRIM big MINID ~ 705
XLEN big
XTRIM big MINID 750
XLEN big
XINFO STREAM big
XRANGE big - + COUNT 3
XREVRANGE big + - COUNT 3
XRANGE big 799 803
XDEL big 801-0 802-0 803-0 804-0 805-0
XINFO STREAM big
XTRIM big MINID 803-0
XINFO STREAM big
XRANGE big - + COUNT 2
XADD big MAXLEN ~ 100 2000-0 f v
XLEN big
XADD big MINID ~ 950 2001-0 f v
XLEN big
XADD big MAXLEN = 50 LIMIT 10 2002-0 f v
XADD big MAXLEN ~ 10 LIMIT 1000 2003-0 f v
XLEN big
XINFO STREAM big FULL COUNT 3
XTRIM big MAXLEN 0
XINFO STREAM big
XADD big 2004-0 f v
XINFO STREAM big
";
    steps.extend(parse_section(s, script));
    for i in 1..=350 {
        let id = format!("{i}-{}", i % 3);
        steps.push(cmd_step(s, cmd(&["XADD", "mid", &id, "f", "v"]), Norm::Exact));
    }
    // Empty whole nodes in the middle and at the ends (radix tree shapes).
    let mut del = cmd(&["XDEL", "mid"]);
    for i in (101..=200).chain(301..=350) {
        del.push(format!("{i}-{}", i % 3).into_bytes());
    }
    steps.push(cmd_step(s, del, Norm::Exact));
    steps.extend(parse_section(
        s,
        r"
XINFO STREAM mid
XADD mid 400-0 f v
XINFO STREAM mid
XRANGE mid 95 105
XREVRANGE mid 205 195
XDEL mid 1-1 2-2 3-0
XINFO STREAM mid
XTRIM mid MINID 250
XINFO STREAM mid
",
    ));
    steps
}

/// Entries of varied shapes and sizes, so nodes split on bytes and entries
/// share (or not) their node's field names.
fn varied_steps(section: &'static str, key: &str, n: u64, seed: u64) -> Vec<Step> {
    let mut rng = Lcg(seed);
    let names = ["f", "name", "12", "-5", "field", "x"];
    let mut steps = Vec::new();
    let mut ms = 1000u64;
    for _ in 0..n {
        ms += rng.below(3);
        let id = if rng.below(4) == 0 {
            format!("{ms}-*")
        } else {
            format!("{ms}-{}", rng.below(1_000_000))
        };
        let mut args = cmd(&["XADD", key, &id]);
        let pairs = 1 + rng.below(3);
        for p in 0..pairs {
            let name = if rng.below(3) == 0 {
                names[p as usize]
            } else {
                names[rng.below(6) as usize]
            };
            let value = match rng.below(8) {
                0 => rng.next().to_string(),
                1 => format!("-{}", rng.below(100000)),
                2 => "9223372036854775807".to_string(),
                3 => "x".repeat(rng.below(5000) as usize),
                4 => String::new(),
                _ => "v".repeat(rng.below(200) as usize),
            };
            args.push(name.as_bytes().to_vec());
            args.push(value.into_bytes());
        }
        steps.push(cmd_step(section, args, Norm::Exact));
        if rng.below(25) == 0 {
            let info = cmd(&["XINFO", "STREAM", key]);
            steps.push(cmd_step(section, info, Norm::Exact));
        }
        if rng.below(40) == 0 {
            let victim = cmd(&["XRANGE", key, "-", "+", "COUNT", "3"]);
            steps.push(cmd_step(section, victim, Norm::Exact));
        }
    }
    for trim in [
        &["XINFO", "STREAM", key][..],
        &["XRANGE", key, "-", "+"],
        &["XREVRANGE", key, "+", "-", "COUNT", "7"],
        &["XTRIM", key, "MAXLEN", "~", "40"],
        &["XINFO", "STREAM", key],
        &["XTRIM", key, "MAXLEN", "35"],
        &["XINFO", "STREAM", key],
        &["XINFO", "STREAM", key, "FULL"],
    ] {
        steps.push(cmd_step(section, cmd(trim), Norm::Exact));
    }
    steps
}

/// `*` IDs: compared by property (near now, same shape).
fn time_steps() -> Vec<Step> {
    parse_section(
        "time",
        r"
DEL ts
time: XADD ts * f v
time: XADD ts * f v
time: XADD ts MAXLEN 1 * f v
XLEN ts
time: XRANGE ts - +
time: XINFO STREAM ts
XADD ts 1-0 f v
time: XADD ts NOMKSTREAM * f v
XGROUP CREATE ts g 0
time: XREADGROUP GROUP g c STREAMS ts >
time: XPENDING ts g
time: XINFO STREAM ts FULL
time: XAUTOCLAIM ts g c 0 0
time: XREAD STREAMS ts 0
sleep: 30
time: XINFO CONSUMERS ts g
",
    )
}

fn script() -> Vec<Step> {
    let mut steps = Vec::new();
    for (name, text) in [
        ("basics", BASICS),
        ("groups", GROUPS),
        ("read", READ),
        ("claim", CLAIM),
        ("setid-lag", SETID_AND_LAG),
    ] {
        steps.extend(parse_section(name, text));
    }
    steps.extend(time_steps());
    steps.extend(big_steps());
    steps.push(cmd_step("varied", cmd(&["FLUSHALL"]), Norm::Exact));
    steps.extend(varied_steps("varied", "var", 400, 7));
    steps.extend(parse_section("misc", MISC));
    steps
}

// ---------------------------------------------------------------------------
// RESP trees, for the comparisons that are not byte for byte.
// ---------------------------------------------------------------------------

fn now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).expect("clock").as_millis() as i64
}

fn int_of(r: &Resp) -> Option<i64> {
    match r {
        Resp::Line(b':', t) => std::str::from_utf8(t).ok()?.parse().ok(),
        _ => None,
    }
}

/// The milliseconds of an ID made by `*` (an `<ms>-<seq>` past 2001).
fn time_id_ms(r: &Resp) -> Option<i64> {
    let Resp::Bulk(b'$', Some(t)) = r else {
        return None;
    };
    let (ms, seq) = std::str::from_utf8(t).ok()?.split_once('-')?;
    seq.parse::<u64>().ok()?;
    let ms: i64 = ms.parse().ok()?;
    (ms >= ABSOLUTE_TIME).then_some(ms)
}

fn is_id(r: &Resp) -> bool {
    matches!(r, Resp::Bulk(b'$', Some(t)) if std::str::from_utf8(t).ok().and_then(|s| s.split_once('-')).is_some_and(|(a, b)| a.parse::<u64>().is_ok() && b.parse::<u64>().is_ok()))
}

/// Compare with tolerance for times; `idle` marks an idle-time position.
fn close(redis: &Resp, goss: &Resp, idle: bool, problems: &mut Vec<String>) -> bool {
    if let (Some(a), Some(b)) = (int_of(redis), int_of(goss)) {
        let timeish = idle || a.min(b) >= ABSOLUTE_TIME;
        if a == b || (timeish && (a - b).abs() <= TOLERANCE_MS) {
            if timeish && b >= ABSOLUTE_TIME && (b - now_ms()).abs() > 600_000 && a != b {
                problems.push(format!("time {b} is not near now"));
            }
            return true;
        }
        return false;
    }
    if let (Some(a), Some(b)) = (time_id_ms(redis), time_id_ms(goss)) {
        if (b - now_ms()).abs() > 600_000 {
            problems.push(format!("ID time {b} is not near now"));
        }
        return (a - b).abs() <= TOLERANCE_MS;
    }
    match (redis, goss) {
        (Resp::Agg(k1, n1, a), Resp::Agg(k2, n2, b)) if k1 == k2 && *n1 >= 0 && *n2 >= 0 && a.len() == b.len() => {
            let pending_entry = a.len() == 4 && is_id(&a[0]) && matches!(a[1], Resp::Bulk(..));
            a.iter().zip(b).enumerate().all(|(i, (x, y))| {
                let after_idle = i > 0 && a[i - 1] == Resp::Bulk(b'$', Some(b"idle".to_vec()));
                close(x, y, after_idle || (pending_entry && i == 2), problems)
            })
        }
        _ => redis == goss,
    }
}

// ---------------------------------------------------------------------------
// Running the script.
// ---------------------------------------------------------------------------

fn keyspace_stats(conn: &mut RawConn) -> (i64, i64) {
    conn.send_cmd(&[b"INFO", b"stats"]);
    let raw = conn.read_reply();
    keyspace_counts(&String::from_utf8_lossy(&raw))
}

/// One reply (or stats delta) per server for a step.
fn run_on(conn: &mut RawConn, step: &Step) -> Vec<u8> {
    let Action::Cmd(args) = &step.action else {
        return Vec::new();
    };
    let argv: Vec<&[u8]> = args.iter().map(|a| a.as_slice()).collect();
    if step.norm == Norm::Stats {
        let before = keyspace_stats(conn);
        conn.send_cmd(&argv);
        conn.read_reply();
        let after = keyspace_stats(conn);
        return format!("hits +{} misses +{}", after.0 - before.0, after.1 - before.1).into_bytes();
    }
    conn.send_cmd(&argv);
    conn.read_reply()
}

fn show(bytes: &[u8]) -> String {
    let text: String = bytes
        .iter()
        .flat_map(|&b| std::ascii::escape_default(b))
        .map(char::from)
        .collect();
    if text.len() > 600 {
        format!("{}...", &text[..600])
    } else {
        text
    }
}

fn compare(step: &Step, redis: &[u8], goss: &[u8]) -> Option<String> {
    let mut problems = Vec::new();
    let ok = match step.norm {
        Norm::Exact | Norm::Stats => redis == goss,
        Norm::Kind => redis.first() == goss.first(),
        Norm::Time => {
            let a = Resp::first(redis);
            let b = Resp::first(goss);
            close(&a, &b, false, &mut problems)
        }
    };
    (!ok || !problems.is_empty()).then(|| {
        format!(
            "{}\n    redis:    {}\n    gossamer: {}",
            problems.join("; "),
            show(redis),
            show(goss)
        )
    })
}

/// Replay `steps` on both servers, one step at a time on each; the
/// mismatches found.
fn replay(redis: &ServerProcess, goss: &ServerProcess, steps: &[Step]) -> Vec<String> {
    let mut rc = redis.raw();
    let mut gc = goss.raw();
    let mut mismatches = Vec::new();
    for (n, step) in steps.iter().enumerate() {
        if let Action::Sleep(ms) = step.action {
            std::thread::sleep(Duration::from_millis(ms));
            continue;
        }
        let r = run_on(&mut rc, step);
        let g = run_on(&mut gc, step);
        if let Some(diff) = compare(step, &r, &g) {
            mismatches.push(format!("step {n} [{}] {}: {diff}", step.section, step.label));
        }
    }
    mismatches
}

fn assert_no_mismatches(mismatches: &[String], steps: usize) {
    assert!(
        mismatches.is_empty(),
        "{} of {} steps differ from Redis:\n{}",
        mismatches.len(),
        steps,
        mismatches.join("\n")
    );
}

#[test]
fn streams_match_redis_byte_for_byte() {
    let redis = ServerProcess::redis(&[]);
    let goss = ServerProcess::gossamer(&[]);
    let steps = script();
    assert!(steps.len() > 2000, "the script has {} steps", steps.len());
    let mismatches = replay(&redis, &goss, &steps);
    assert_no_mismatches(&mismatches, steps.len());
}

/// A container command's unknown-subcommand error keeps the subcommand's
/// bytes as given (this one is the dispatcher's, src/commands/mod.rs).
#[test]
fn xgroup_unknown_subcommand_error_keeps_binary_bytes() {
    let redis = ServerProcess::redis(&[]);
    let goss = ServerProcess::gossamer(&[]);
    let steps = parse_section("dispatch", "args: XGROUP|FOO\\xff|s\nargs: XINFO|\\xfe\n");
    let mismatches = replay(&redis, &goss, &steps);
    assert_no_mismatches(&mismatches, steps.len());
}

/// Node limits other than the defaults: splitting on bytes only, on entries
/// only, and with both tiny.
#[test]
fn stream_node_limits_match_redis() {
    let configs: [&[&str]; 3] = [
        &["--stream-node-max-bytes", "300", "--stream-node-max-entries", "0"],
        &["--stream-node-max-bytes", "0", "--stream-node-max-entries", "7"],
        &["--stream-node-max-bytes", "1", "--stream-node-max-entries", "1"],
    ];
    for (i, config) in configs.iter().enumerate() {
        let redis = ServerProcess::redis(config);
        let goss = ServerProcess::gossamer(config);
        let mut steps = varied_steps("limits", "var", 150, 11 + i as u64);
        steps.extend(parse_section(
            "limits",
            r"
XTRIM var MAXLEN ~ 20
XINFO STREAM var
XTRIM var MAXLEN ~ 5 LIMIT 3
XINFO STREAM var
XTRIM var MINID ~ 1100
XINFO STREAM var
",
        ));
        let mismatches = replay(&redis, &goss, &steps);
        assert_no_mismatches(&mismatches, steps.len());
    }
}

/// redis-benchmark's XADD test (`XADD mystream * myfield myvalue`; the
/// 7.0 benchmark has no `-t xadd`, the command is given explicitly), plain
/// and pipelined.
#[test]
fn redis_benchmark_xadd_completes() {
    require_tool("redis-benchmark");
    let server = ServerProcess::gossamer(&[]);
    let port = server.port.to_string();
    for pipeline in ["1", "16"] {
        let out = run_bounded(
            Command::new("redis-benchmark").args([
                "-p", &port, "-n", "20000", "-P", pipeline, "-q", "XADD", "mystream", "*", "myfield", "myvalue",
            ]),
            Duration::from_secs(120),
        );
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "redis-benchmark failed: {stdout}{stderr}");
        assert!(stdout.contains("requests per second"), "no result in:\n{stdout}");
        assert!(
            !stdout.contains("ERR") && !stderr.contains("ERR"),
            "errors:\n{stdout}{stderr}"
        );
    }
    assert_eq!(server.cli(&["XLEN", "mystream"]).trim(), "40000");
    let last = server.cli(&["XREVRANGE", "mystream", "+", "-", "COUNT", "1"]);
    assert!(
        last.contains("myfield") && last.contains("myvalue"),
        "last entry: {last}"
    );
    let info = server.cli(&["XINFO", "STREAM", "mystream"]);
    assert!(info.contains("entries-added\n40000"), "XINFO STREAM: {info}");
}
