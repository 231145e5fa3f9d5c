//! Differential test: one command script is replayed against `gossamer-server`
//! and against a real `redis-server` 7.0.15, and every reply is compared byte
//! for byte, with Redis as the reference.
//!
//! The script is data: sections of command lines split on spaces, where an
//! optional leading tag changes how a line is run or compared:
//!
//! - `sorted:` sort the elements of the reply array (KEYS order differs);
//! - `pairs:` sort the name/value pairs of the reply (CONFIG GET);
//! - `hello:` blank the `id` field of a HELLO reply;
//! - `approx:` integers within 0.2 % (TTLs), negative values exact;
//! - `kind:` compare only the reply type byte;
//! - `scan:` full SCAN iteration with these options, compare the sorted key set;
//! - `batch:` pipeline `;`-separated commands, compare all replies up to a sentinel;
//! - `inline:` send the (escaped) bytes verbatim and compare one reply;
//! - `proto:` on a fresh connection send the (escaped) bytes and compare
//!   everything the server writes until it closes the connection;
//! - `quit:` compare the reply, then expect the server to close the connection;
//! - `reconnect:` continue on a new connection.
//!
//! A few steps with empty or binary arguments are built in code. Every
//! mismatch is collected and reported at the end, not just the first.

mod common;

use std::time::Duration;

use common::compare::{self, Outcome, Resp, Session, reshape, sort_pairs, unescape};
use common::{ServerProcess, words};

/// Both servers run with DEBUG enabled.
const SERVER_ARGS: &[&str] = &["--enable-debug-command", "yes"];
/// How long to wait for one reply before calling it missing.
const REPLY_TIMEOUT: Duration = Duration::from_secs(3);

const CONNECTION: &str = r"
FLUSHALL
PING
PING hello
ping lower
PiNg
PING a b
ECHO hi
ECHO
ECHO a b
SELECT 1
SET dbkey one
DBSIZE
SELECT 0
EXISTS dbkey
DBSIZE
SELECT 15
SELECT 16
SELECT -1
SELECT abc
SELECT 1.5
SELECT 99999999999999999999
SELECT
SELECT 1 2
SELECT 1
GET dbkey
FLUSHDB
SELECT 0
AUTH foo
AUTH default foo
AUTH nosuchuser foo
AUTH default
AUTH a b c
AUTH
RESET
RESET extra
hello: HELLO
hello: HELLO 2
HELLO 4
HELLO 1
HELLO 0
HELLO -1
HELLO abc
HELLO 2.0
HELLO 3 FOO
HELLO 3 AUTH default
HELLO 3 SETNAME
HELLO 3 AUTH nosuchuser pw
GET missing
hello: HELLO 2 AUTH default anything
hello: HELLO 2 SETNAME conn-name
CLIENT GETNAME
hello: HELLO 2 AUTH default pw SETNAME other
CLIENT GETNAME
hello: HELLO 2 SETNAME a SETNAME b
CLIENT GETNAME
quit: QUIT
PING
quit: QUIT extra args
GET missing
";

const RESP3: &str = r"
hello: HELLO 3
GET missing
SET s v GET
GET s
SET s w GET
MGET s missing s
SET s v NX
SET s v XX GET
GETDEL nothing
GETEX nothing
INCRBYFLOAT f 1.5
INCR n
EXISTS s missing
TTL s
TYPE s
TYPE missing
pairs: CONFIG GET hz
pairs: CONFIG GET nosuchparam
OBJECT ENCODING s
OBJECT ENCODING missing
OBJECT REFCOUNT missing
OBJECT FREQ s
CLIENT GETNAME
sorted: KEYS *
SCAN 0 COUNT 100 MATCH nothing*
COMMAND INFO get
COMMAND INFO nosuch
COMMAND GETKEYS set a b
ECHO x
PING
PING hi
DEBUG SLEEP 0
OBJECT HELP
SELECT 16
FOOBAR x
GET
hello: HELLO
RESET
GET missing
hello: HELLO 3
CLIENT SETNAME n3
hello: HELLO 2
GET missing
CLIENT GETNAME
FLUSHALL
";

const SET_OPTIONS: &str = r"
FLUSHALL
GET nokey
SET k v
GET k
SET k v2 NX
GET k
SET k v3 XX
GET k
SET newk v XX
EXISTS newk
SET newk v NX
SET k v NX XX
SET k v XX NX
SET k v EX 10 PX 100
SET k v PX 100 EX 10
SET k v KEEPTTL EX 10
SET k v EX 10 KEEPTTL
SET k v PX 10 KEEPTTL
SET k v EXAT 10 EX 10
SET k v PXAT 1 EXAT 1
SET k v EX 10 EXAT 10
SET k v EX
SET k v PX
SET k v EXAT
SET k v PXAT
SET k v EX 0
SET k v EX -1
SET k v PX 0
SET k v PX -5
SET k v EXAT 0
SET k v PXAT -1
SET k v EX abc
SET k v EX 1.5
SET k v EX 10abc
SET k v PX 9223372036854775807
SET k v EX 9223372036854775807
SET k v EX 9223372036854775
SET k v EX 9223372036854776
SET k v EXAT 9223372036854775807
SET k v PXAT 9223372036854775807
PEXPIRETIME k
SET k v FOO
SET k v GET GET
SET k v NX NX
SET k v XX XX
SET k v KEEPTTL KEEPTTL
SET k v EX 100 EX 1000000
approx: TTL k
SET k v ex 1000000
approx: TTL k
approx: PTTL k
SET k v2 KEEPTTL
approx: TTL k
GET k
SET k v
TTL k
SET k v EXAT 4102444800
EXPIRETIME k
PEXPIRETIME k
SET k v PXAT 4102444800123
PEXPIRETIME k
EXPIRETIME k
SET k v EXAT 1
EXISTS k
SET k v PXAT 1
GET k
SET k v PX 100000000
approx: PTTL k
SET k old
SET k new GET
SET k newer NX GET
GET k
SET k newest XX GET
SET missing1 v GET
GET missing1
SET missing2 v NX GET
SET missing3 v XX GET
EXISTS missing3
SET k v GET EX 1000000
approx: TTL k
SET k w GET KEEPTTL
approx: TTL k
SET tmp v PX 50
DEBUG SLEEP 0.2
GET tmp
EXISTS tmp
SET
SET k
SET k v EX 10 GET extra
SETNX nx 1
SETNX nx 2
GET nx
SETNX nx
SETNX a b c
SETEX se 1000000 v
approx: TTL se
GET se
SETEX se 0 v
SETEX se -1 v
SETEX se abc v
SETEX se 1.5 v
SETEX se 9223372036854775807 v
SETEX se 9223372036854775 v
SETEX se 10
SETEX se 10 v extra
PSETEX pse 1000000000 v
approx: PTTL pse
GET pse
PSETEX pse 0 v
PSETEX pse -100 v
PSETEX pse abc v
PSETEX pse 9223372036854775807 v
PSETEX pse 10
GETSET gs a
GETSET gs b
GET gs
SET gs v EX 1000000
GETSET gs x
TTL gs
GETSET gs
SET gd v
GETDEL gd
GETDEL gd
EXISTS gd
GETDEL
GETDEL a b
SET ge v
GETEX ge
TTL ge
GETEX ge EX 1000000
approx: TTL ge
GETEX ge PX 1000000000
approx: PTTL ge
GETEX ge EXAT 4102444800
EXPIRETIME ge
GETEX ge PXAT 4102444800999
PEXPIRETIME ge
GETEX ge PERSIST
TTL ge
GETEX ge PERSIST
GETEX ge EX 10 PX 10
GETEX ge EX 10 PERSIST
GETEX ge PERSIST EX 10
GETEX ge EXAT 10 PXAT 10
GETEX ge PERSIST PERSIST
GETEX ge KEEPTTL
GETEX ge NX
GETEX ge GET
GETEX ge FOO
GETEX ge EX
GETEX ge EX 0
GETEX ge EX -1
GETEX ge PX 0
GETEX ge EXAT 0
GETEX ge EX abc
GETEX ge PX 9223372036854775807
GETEX ge EX 9223372036854775807
GETEX ge ex 1000000
approx: TTL ge
GETEX ge EX 100 EX 1000000
approx: TTL ge
GETEX missing EX 10
GETEX missing FOO
GETEX missing EX abc
GETEX ge EXAT 1
EXISTS ge
GETEX
MSET a 1 b 2 c 3
MGET a b c missing a
MGET missing
MGET
MSET a
MSET a 1 b
MSET
MSET a 1 a 2
GET a
MSETNX x 1 y 2
MSETNX y 3 z 4
EXISTS z
GET y
MSETNX d 1 d 2
GET d
MSETNX x
MSETNX x 1 y
APPEND ap hello
APPEND ap _world
GET ap
STRLEN ap
SET ai 123
OBJECT ENCODING ai
APPEND ai 456
GET ai
OBJECT ENCODING ai
APPEND
APPEND ap
APPEND ap a b
SET si 12345
STRLEN si
SET si -12
STRLEN si
SET si 9223372036854775807
STRLEN si
STRLEN missing
STRLEN
STRLEN a b
";

const COUNTERS: &str = r"
FLUSHALL
SET n 10
INCR n
DECR n
INCRBY n 5
DECRBY n 20
INCRBY n -5
DECRBY n -5
GET n
OBJECT ENCODING n
INCR newcounter
DECR newcounter2
INCRBY newcounter3 100
DECRBY newcounter4 100
INCRBY n abc
INCRBY n 1.5
INCRBY n 9223372036854775808
INCRBY n -9223372036854775809
SET n 9223372036854775807
INCR n
INCRBY n 1
INCRBY n 0
DECRBY n -1
GET n
SET n -9223372036854775808
DECR n
DECRBY n 1
INCRBY n -1
INCRBY n 9223372036854775807
SET n 0
DECRBY n -9223372036854775808
DECRBY n 9223372036854775807
DECR n
DECR n
INCRBY n -9223372036854775808
SET n 1
INCRBY n -9223372036854775808
SET n abc
INCR n
SET n 1.5
INCR n
SET n 007
INCR n
SET n -0
INCR n
SET n +1
INCR n
SET n 12345678901234567890
INCR n
SET n 0x10
INCR n
SET n 99
INCR n
OBJECT REFCOUNT n
SET n 9998
INCR n
OBJECT REFCOUNT n
INCR n
OBJECT REFCOUNT n
OBJECT ENCODING n
INCR
INCR n extra
DECR
INCRBY n
INCRBY n 1 2
DECRBY n
SET f 10.5
INCRBYFLOAT f 0.1
GET f
SET f 5.0e3
INCRBYFLOAT f 2.0e2
INCRBYFLOAT f 3.0e3
GET f
INCRBYFLOAT newf 3.0e3
INCRBYFLOAT newf2 -1.5
INCRBYFLOAT f abc
INCRBYFLOAT f 1.5x
SET f abc
INCRBYFLOAT f 1
SET f 1.7e308
INCRBYFLOAT f 1.7e308
GET f
INCRBYFLOAT f inf
INCRBYFLOAT f -inf
INCRBYFLOAT f nan
INCRBYFLOAT f +inf
SET f inf
INCRBYFLOAT f 1
SET f 0
INCRBYFLOAT f -0
SET f -0
INCRBYFLOAT f -0
INCRBYFLOAT f 0
SET f 0.1
INCRBYFLOAT f 0.2
SET f 1
INCRBYFLOAT f 1e-5
INCRBYFLOAT f 0.0000000000000000001
SET f 3
INCRBYFLOAT f 1.5e1
INCRBYFLOAT f 1.0
INCRBYFLOAT f -19
INCRBYFLOAT f 1e10
INCRBYFLOAT f 0x10
INCRBYFLOAT f 1_000
INCRBYFLOAT f .5
INCRBYFLOAT f 5.
INCRBYFLOAT f 1e400
SET f 100
INCRBYFLOAT f 1e20
INCRBYFLOAT f 1
SET f 1
INCRBYFLOAT f 1e-20
SET f 9007199254740993
INCRBYFLOAT f 0
SET f 5
OBJECT ENCODING f
INCRBYFLOAT f 1
OBJECT ENCODING f
INCRBYFLOAT
INCRBYFLOAT f
INCRBYFLOAT f 1 2
";

const RANGES: &str = r"
FLUSHALL
SET gr Hello_World
GETRANGE gr 0 4
GETRANGE gr -5 -1
GETRANGE gr 0 -1
GETRANGE gr -1 0
GETRANGE gr 5 2
GETRANGE gr -100 2
GETRANGE gr 2 100
GETRANGE gr -100 -50
GETRANGE gr 0 -100
GETRANGE gr 11 11
GETRANGE gr 10 10
GETRANGE gr 10 -1
GETRANGE gr 3 -3
GETRANGE gr -3 3
GETRANGE gr -1 -1
GETRANGE gr -11 -11
GETRANGE gr -12 -12
GETRANGE gr 0 0
GETRANGE gr 9223372036854775807 9223372036854775807
GETRANGE gr -9223372036854775808 9223372036854775807
GETRANGE gr -9223372036854775808 -9223372036854775808
GETRANGE gr 0 9223372036854775808
GETRANGE gr a 1
GETRANGE gr 1 b
GETRANGE gr 0
GETRANGE gr 0 1 2
GETRANGE missing 0 -1
GETRANGE missing 5 2
GETRANGE missing a b
SET gri 1234567
GETRANGE gri 1 3
GETRANGE gri -2 -1
GETRANGE gri 0 -1
SUBSTR gr 0 4
SUBSTR gr -3 -1
SUBSTR gr 5 2
SUBSTR gr 1
SUBSTR missing 0 1
SETRANGE sr 0 abc
SETRANGE sr 5 xy
GET sr
STRLEN sr
SETRANGE sr 1 Z
GET sr
SETRANGE sr -1 x
SETRANGE sr 536870912 x
SETRANGE sr 536870911 xy
SETRANGE sr abc x
SETRANGE sr 1.5 x
SETRANGE sr 0
SETRANGE sr 0 a b
SETRANGE nosr 536870912 x
SETRANGE nosr -1 x
EXISTS nosr
SET sri 12345
SETRANGE sri 1 ab
GET sri
OBJECT ENCODING sri
SETRANGE sri 7 z
GET sri
SET sre hello
OBJECT ENCODING sre
SETRANGE sre 0 J
OBJECT ENCODING sre
GET sre
";

/// `|`-separated, escaped arguments: empty and binary values.
const BINARY: &str = r"
FLUSHALL
args: SET||
args: GET|
args: EXISTS|
args: STRLEN|
args: OBJECT|ENCODING|
args: KEYS|
args: SCAN|0|MATCH|
args: APPEND||x
args: GET|
args: DEL|
args: SET|bin|a\0b\r\nc
args: GET|bin
args: STRLEN|bin
args: GETRANGE|bin|1|3
args: SETRANGE|bin|1|\xff\xfe
args: GET|bin
args: SET|e|
args: GET|e
args: STRLEN|e
args: OBJECT|ENCODING|e
args: APPEND|e|
args: GETRANGE|e|0|-1
args: GETRANGE|e|0|0
args: INCR|e
args: INCRBYFLOAT|e|1
args: SETRANGE|e|0|
args: SETRANGE|e|3|
args: SETRANGE|e|-1|
args: SETRANGE|nosr|0|
args: SETRANGE|nosr|5|
args: EXISTS|nosr
args: SET|n| 1
args: INCR|n
args: OBJECT|ENCODING|n
args: SET|n|1\x20
args: INCR|n
args: SET|n|1\0
args: INCR|n
args: SET|n|1
args: INCRBY|n| 1
args: INCRBY|n|
args: INCRBYFLOAT|n|
args: INCRBYFLOAT|n| 1
args: INCRBYFLOAT|n|1\x20
args: EXPIRE|n|
args: SET|n|v|EX|
args: SELECT|
args: ECHO|\0\r\n\xff
args: ECHO|
args: PING|
args: MSET||a||b
args: MGET|
args: NOSUCHCMD|a\r\nb
args: NOSUCHCMD|
args:
args: FO\nO|x
args: CLIENT|SETNAME|a b
args: CLIENT|SETNAME|a\nb
args: CLIENT|SETNAME|\xc3\xa9
args: CLIENT|SETNAME|ok
args: CLIENT|SETNAME|
args: CLIENT|GETNAME
args: HELLO|2|SETNAME|a b
args: CLIENT|GETNAME
args: CONFIG|SET|hz|
";

const KEYSPACE: &str = r"
FLUSHALL
MSET k1 a k2 b k3 c
DEL k1 k2 missing
DEL k1
DEL k3 k3
DEL
MSET k1 a k2 b k3 c
UNLINK k1 k1 missing
UNLINK k2 k3
UNLINK
MSET a 1 b 2
EXISTS a a b missing
EXISTS missing
EXISTS a
EXISTS
TOUCH a b missing
TOUCH a a
TOUCH
TYPE a
TYPE missing
TYPE
TYPE a b
DBSIZE
DBSIZE x
SET r1 v
RENAME missing x
RENAME missing missing
RENAME r1 r1
GET r1
SET r2 other
RENAME r1 r2
GET r2
EXISTS r1
SET r1 x EXAT 4102444800
RENAME r1 r3
PEXPIRETIME r3
EXISTS r1
SET r4 y PXAT 4102444800500
RENAME r3 r4
GET r4
PEXPIRETIME r4
SET r5 z EXAT 4102444900
RENAME r5 r4
PEXPIRETIME r4
SET r6 plain
RENAME r6 r4
PEXPIRETIME r4
TTL r4
RENAMENX r4 r7
GET r7
RENAMENX r7 r7
RENAMENX missing x
RENAMENX missing missing
SET r8 a
RENAMENX r7 r8
GET r8
GET r7
SET r9 v PXAT 4102444800777
RENAMENX r9 r10
PEXPIRETIME r10
RENAME r1
RENAME
RENAMENX r1
RENAME a b c
FLUSHALL
MSET a 1 b 2 c 3
DBSIZE
SELECT 2
SET x 1
DBSIZE
SELECT 0
FLUSHDB ASYNC
DBSIZE
SELECT 2
DBSIZE
FLUSHDB SYNC
DBSIZE
SET y 1
FLUSHDB
DBSIZE
FLUSHDB foo
FLUSHDB ASYNC SYNC
FLUSHDB async
SELECT 0
SET a 1
FLUSHALL ASYNC
DBSIZE
SET a 1
FLUSHALL SYNC
DBSIZE
SET a 1
FLUSHALL
FLUSHALL foo
FLUSHALL SYNC ASYNC
DBSIZE
";

const EXPIRY: &str = r"
FLUSHALL
SET e v
EXPIRE e 1000000
approx: TTL e
approx: PTTL e
approx: EXPIRETIME e
approx: PEXPIRETIME e
EXPIRE e 100 NX
EXPIRE e 2000000 XX
approx: TTL e
EXPIRE e 100 GT
EXPIRE e 3000000 GT
approx: TTL e
EXPIRE e 100 LT
approx: TTL e
EXPIRE e 200 LT
EXPIRE e -1 GT
EXISTS e
EXPIRE e 10 NX XX
EXPIRE e 10 XX NX
EXPIRE e 10 GT LT
EXPIRE e 10 NX GT
EXPIRE e 10 NX LT
EXPIRE e 10 XX GT
EXPIRE e 1000 XX GT
approx: TTL e
EXPIRE e 10 FOO
EXPIRE e 10 NX FOO
EXPIRE e 10 nx
EXPIRE e 10 NX NX
EXPIRE e 10 xx lt
approx: TTL e
EXPIRE e abc
EXPIRE e 1.5
EXPIRE e 9223372036854775807
EXPIRE e -9223372036854775808
EXPIRE e 9223372036854775
EXISTS e
EXPIRE missing 100
EXPIRE missing 100 FOO
EXPIRE missing 100 NX XX
EXPIRE e
EXPIRE
SET p v
EXPIRE p 100 XX
EXPIRE p 100 GT
EXPIRE p 1000000 LT
approx: TTL p
PERSIST p
PERSIST p
PERSIST missing
PERSIST
PERSIST p extra
EXPIRE p 1000000 NX
EXPIRE p -1 LT
EXISTS p
SET p v
EXPIRE p -1
EXISTS p
SET p v
EXPIRE p 0
EXISTS p
SET p v
PEXPIRE p -100
EXISTS p
SET p v
PEXPIRE p 0
EXISTS p
SET p v
EXPIREAT p 1
EXISTS p
SET p v
PEXPIREAT p 1
GET p
SET p v
EXPIREAT p 0
EXISTS p
SET p v
EXPIREAT p 4102444800
EXPIRETIME p
PEXPIRETIME p
approx: TTL p
EXPIREAT p 4102444801 GT
EXPIRETIME p
EXPIREAT p 4102444700 GT
EXPIREAT p 4102444700 LT
EXPIRETIME p
EXPIREAT p 4102444800 NX
EXPIREAT p 4102444800 XX
EXPIREAT p 4102444800 NX XX
EXPIREAT p abc
EXPIREAT p 9223372036854775807
EXPIREAT p
PEXPIREAT p 4102444800555
PEXPIRETIME p
EXPIRETIME p
PEXPIREAT p 4102444800556 LT
PEXPIREAT p 4102444800556 GT
PEXPIRETIME p
PEXPIREAT p 9223372036854775807
PEXPIRETIME p
EXPIRETIME p
approx: TTL p
PEXPIRE p 1000000000
approx: PTTL p
PEXPIRE p 9223372036854775807
PEXPIRE p -9223372036854775808
EXISTS p
SET p v
PEXPIRE p 100 FOO
PEXPIRE p 100 GT LT
PEXPIRE p abc
PEXPIRE p
PEXPIREAT p
TTL missing
PTTL missing
EXPIRETIME missing
PEXPIRETIME missing
SET q v
TTL q
PTTL q
EXPIRETIME q
PEXPIRETIME q
TTL
TTL a b
PTTL
EXPIRETIME
PEXPIRETIME a b
DEBUG SET-ACTIVE-EXPIRE 1
SET short v PX 100
DEBUG SLEEP 0.3
EXISTS short
DBSIZE
";

const PATTERNS: &str = r"
FLUSHALL
MSET hello 1 hallo 2 hxllo 3 hllo 4 heeeello 5 h*llo 6 a[b 7 key:1 8 key:2 9 KEY:3 10 h\llo 11 h]llo 12 h-llo 13
sorted: KEYS *
sorted: KEYS h?llo
sorted: KEYS h*llo
sorted: KEYS h[ae]llo
sorted: KEYS h[^e]llo
sorted: KEYS h[a-b]llo
sorted: KEYS h[b-a]llo
sorted: KEYS h\*llo
sorted: KEYS h\\llo
sorted: KEYS key:*
sorted: KEYS KEY:*
sorted: KEYS nomatch*
sorted: KEYS [
sorted: KEYS a[b
sorted: KEYS a\[b
sorted: KEYS *[
sorted: KEYS ?
sorted: KEYS ????
sorted: KEYS *llo*
sorted: KEYS h[!a]llo
sorted: KEYS h[a-]llo
sorted: KEYS h[\]]llo
sorted: KEYS h[]llo
sorted: KEYS h[-]llo
sorted: KEYS **llo
sorted: KEYS *\
KEYS
KEYS a b
scan:
scan: COUNT 3
scan: COUNT 1
scan: MATCH h*llo COUNT 2
scan: MATCH h[ae]llo
scan: MATCH * COUNT 1000
scan: TYPE string
scan: TYPE STRING
scan: TYPE list
scan: TYPE foo
scan: MATCH key:* TYPE string COUNT 7
scan: MATCH key:* MATCH h*
scan: COUNT 5 COUNT 100
SCAN abc
SCAN 1.5
SCAN 18446744073709551616
SCAN 0 COUNT 0
SCAN 0 COUNT -1
SCAN 0 COUNT abc
SCAN 0 MATCH
SCAN 0 COUNT
SCAN 0 TYPE
SCAN 0 FOO bar
SCAN 0 MATCH a b
SCAN
FLUSHDB
SCAN 0
SCAN 0 MATCH *
RANDOMKEY
SET only 1
RANDOMKEY
SET two 2
kind: RANDOMKEY
RANDOMKEY x
";

const OBJECTS: &str = r"
FLUSHALL
SET oi 123
OBJECT ENCODING oi
SET oe hello
OBJECT ENCODING oe
SET o44 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
OBJECT ENCODING o44
STRLEN o44
SET o45 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
OBJECT ENCODING o45
STRLEN o45
APPEND oe x
OBJECT ENCODING oe
SET neg -123
OBJECT ENCODING neg
SET z0 0
OBJECT ENCODING z0
SET mz -0
OBJECT ENCODING mz
SET lz 007
OBJECT ENCODING lz
SET plus +1
OBJECT ENCODING plus
SET max 9223372036854775807
OBJECT ENCODING max
SET over 9223372036854775808
OBJECT ENCODING over
SET min -9223372036854775808
OBJECT ENCODING min
SET twenty 12345678901234567890
OBJECT ENCODING twenty
SET flt 1.5
OBJECT ENCODING flt
OBJECT REFCOUNT oi
OBJECT REFCOUNT oe
OBJECT REFCOUNT z0
OBJECT REFCOUNT neg
SET big 10000
OBJECT REFCOUNT big
OBJECT ENCODING big
SET small 9999
OBJECT REFCOUNT small
OBJECT REFCOUNT missing
OBJECT ENCODING missing
OBJECT FREQ oe
OBJECT FREQ missing
kind: OBJECT IDLETIME oe
OBJECT IDLETIME missing
OBJECT HELP
OBJECT help
OBJECT foo
OBJECT foo bar
OBJECT
OBJECT ENCODING
OBJECT ENCODING a b
OBJECT REFCOUNT
OBJECT HELP extra
CONFIG SET maxmemory-policy allkeys-lfu
SET lf abc
OBJECT FREQ lf
OBJECT IDLETIME lf
CONFIG SET maxmemory-policy noeviction
OBJECT FREQ lf
";

const ERRORS: &str = r"
FOOBAR
FOOBAR a b c
foobar x
GET
GET a b
SET a
MGET
DEL
UNLINK
EXISTS
TOUCH
TYPE
EXPIRE a
PEXPIRE a
EXPIREAT a
PEXPIREAT a
TTL
PERSIST
INCR
INCRBY a
DECRBY a
INCRBYFLOAT a
APPEND a
STRLEN
GETRANGE a 1
SUBSTR a 1
SETRANGE a 1
RENAME a
RENAMENX a
GETSET a
GETDEL
GETEX
SETNX a
SETEX a 1
PSETEX a 1
MSETNX
ECHO
SELECT
DBSIZE x
FLUSHALL a b
KEYS
SCAN
RANDOMKEY x
RESET x
PING a b
CLIENT
CONFIG
OBJECT
DEBUG
AUTH
";

const CLIENTS: &str = r"
CLIENT foo
CLIENT foo bar
CLIENT HELP
CLIENT help
CLIENT KILL 1.2.3.4:5
CLIENT KILL ADDR 1.2.3.4:5
CLIENT KILL LADDR 1.2.3.4:5
CLIENT KILL ID abc
CLIENT KILL ID 0
CLIENT KILL ID -5
CLIENT KILL ID 999999
CLIENT KILL TYPE foo
CLIENT KILL TYPE master
CLIENT KILL TYPE pubsub
CLIENT KILL USER nosuch
CLIENT KILL SKIPME maybe
CLIENT KILL foo bar
CLIENT KILL ID
CLIENT KILL a b c
CLIENT KILL ID 1 TYPE
CLIENT KILL
CLIENT SETNAME valid-name
CLIENT GETNAME
CLIENT SETNAME a b
CLIENT SETNAME
CLIENT GETNAME x
CLIENT GETNAME
CLIENT NO-EVICT on
CLIENT NO-EVICT off
CLIENT NO-EVICT ON
CLIENT NO-EVICT maybe
CLIENT NO-EVICT
CLIENT NO-EVICT on off
CLIENT REPLY foo
CLIENT REPLY
CLIENT REPLY ON
CLIENT REPLY ON extra
batch: CLIENT REPLY OFF ; SET ro 1 ; GET ro ; CLIENT REPLY ON ; GET ro
batch: CLIENT REPLY SKIP ; SET ro 2 ; GET ro
batch: CLIENT REPLY SKIP ; CLIENT REPLY SKIP ; PING one ; PING two
batch: CLIENT REPLY OFF ; CLIENT REPLY SKIP ; PING three ; CLIENT REPLY ON ; PING four
batch: CLIENT REPLY OFF ; FOOBAR ; GET ; CLIENT REPLY ON
batch: CLIENT REPLY SKIP ; FOOBAR ; PING five
batch: CLIENT REPLY SKIP ; CLIENT REPLY ON ; PING six
batch: CLIENT REPLY OFF ; RESET ; PING seven
batch: SET p1 a ; GET p1 ; DEL p1 ; GET p1 ; FOOBAR ; PING
kind: CLIENT ID
kind: CLIENT INFO
kind: CLIENT LIST
CLIENT GETREDIR
CLIENT UNPAUSE
CLIENT CACHING yes
CLIENT INFO x
CLIENT LIST foo
CLIENT LIST TYPE foo
CLIENT LIST ID abc
CLIENT PAUSE abc
CLIENT PAUSE 10 FOO
CLIENT ID x
";

const CONFIGS: &str = r"
CONFIG foo
CONFIG HELP
CONFIG GET maxmemory
pairs: CONFIG GET hz
pairs: CONFIG GET HZ
pairs: CONFIG GET *max-*-entries*
pairs: CONFIG GET maxmemory-policy
pairs: CONFIG GET nosuch
pairs: CONFIG GET hz maxmemory
pairs: CONFIG GET hz hz
pairs: CONFIG GET proto-max-bulk-len
pairs: CONFIG GET databases
pairs: CONFIG GET enable-debug-command
pairs: CONFIG GET save
pairs: CONFIG GET appendonly
pairs: CONFIG GET timeout
pairs: CONFIG GET tcp-keepalive
pairs: CONFIG GET lfu-*
pairs: CONFIG GET maxmemory*
pairs: CONFIG GET *ziplist*
pairs: CONFIG GET active-expire-effort
pairs: CONFIG GET lazyfree-lazy-user-flush
CONFIG GET
CONFIG SET hz 20
pairs: CONFIG GET hz
CONFIG SET HZ 15
pairs: CONFIG GET hz
CONFIG SET hz abc
CONFIG SET hz -1
CONFIG SET hz 0
pairs: CONFIG GET hz
CONFIG SET hz 1000
pairs: CONFIG GET hz
CONFIG SET hz 10
CONFIG SET maxmemory-policy foo
CONFIG SET maxmemory-policy ALLKEYS-LRU
pairs: CONFIG GET maxmemory-policy
CONFIG SET maxmemory-policy noeviction
CONFIG SET maxmemory 100mb
pairs: CONFIG GET maxmemory
CONFIG SET maxmemory 1GB
pairs: CONFIG GET maxmemory
CONFIG SET maxmemory abc
CONFIG SET maxmemory -1
CONFIG SET maxmemory 0
pairs: CONFIG GET maxmemory
CONFIG SET nosuch 1
CONFIG SET hz
CONFIG SET hz 10 maxmemory
CONFIG SET hz 10 hz 20
CONFIG SET hz 11 maxmemory 0
pairs: CONFIG GET hz
CONFIG SET hz 12 nosuch 1
pairs: CONFIG GET hz
CONFIG SET hz 13 maxmemory-policy foo
pairs: CONFIG GET hz
CONFIG SET daemonize yes
CONFIG SET appendonly maybe
CONFIG SET proto-max-bulk-len 100
CONFIG SET timeout 0
CONFIG SET hz 10
CONFIG RESETSTAT
CONFIG RESETSTAT x
CONFIG REWRITE
";

const COMMANDS: &str = r"
COMMAND INFO get set mset
COMMAND INFO GET
COMMAND INFO nosuch
COMMAND INFO get nosuch
COMMAND INFO config|get
COMMAND DOCS get
COMMAND DOCS nosuch
COMMAND GETKEYS set a b
COMMAND GETKEYS mset a b c d
COMMAND GETKEYS get
COMMAND GETKEYS nosuch a
COMMAND GETKEYS ping
COMMAND GETKEYS
COMMAND GETKEYSANDFLAGS set a b
COMMAND foo
COMMAND HELP
DEBUG SLEEP 0
DEBUG SLEEP 0.01
DEBUG SET-ACTIVE-EXPIRE 1
DEBUG foo
DEBUG SLEEP
SELECT 9
DEBUG POPULATE 3
sorted: KEYS *
GET key:0
DEBUG POPULATE 2 pop 10
GET pop:1
FLUSHDB
SELECT 0
";

const INLINE: &str = r#"
inline: PING\r\n
inline: SET "a b" 'c d'\r\n
inline: GET "a b"\r\n
inline: ECHO "\\x41\\x42"\r\n
inline: ECHO "a\\nb"\r\n
inline: ECHO 'it\\'s'\r\n
inline: ECHO ""\r\n
inline: ECHO ''\r\n
inline: ECHO "\\u"\r\n
inline: ECHO "\\xZZ"\r\n
inline:    PING   \r\n
inline: \r\n\r\nPING\r\n
inline: PING\n
inline: echo X\r\n
inline: NOPE a "b c"\r\n
inline: ECHO a\tb\r\n
inline: SET k "v"\r\n
inline: GET k\r\n
"#;

const PROTOCOL: &str = r#"
proto: *abc\r\n
proto: *1\r\n$-1\r\n
proto: *1\r\nfoo\r\n
proto: *2\r\n$3\r\nGET\r\n:1\r\n
proto: *1\r\n$abc\r\n
proto: *1\r\n$-5\r\n
proto: SET "abc\r\n
proto: ECHO "a"b\r\n
proto: ECHO 'a\r\n
proto: *3000000000\r\n
proto: *1\r\n$2147483648\r\n
proto: *1\r\n$536870913\r\n
proto: PING\r\n*abc\r\n
proto: *-1\r\nPING\r\n
proto: *0\r\nPING\r\n
proto: *1\r\n$4\r\nPINGxx*1\r\n$4\r\nPING\r\n
"#;

/// Needs a non-string type; LPUSH is the simplest way to get one.
const WRONG_TYPE: &str = r"
FLUSHALL
LPUSH wt a
GET wt
SET wt v GET
GETSET wt x
GETDEL wt
GETEX wt
GETEX wt EX 10
APPEND wt x
STRLEN wt
INCR wt
INCRBYFLOAT wt 1
GETRANGE wt 0 -1
SETRANGE wt 0 x
SETNX wt x
MGET wt a
MSETNX wt x y z
TYPE wt
OBJECT ENCODING wt
sorted: KEYS *
scan: TYPE list
scan: TYPE string
RENAME wt wt2
TYPE wt2
SET wt2 v
TYPE wt2
quit: QUIT
";

/// How a step's replies are compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Norm {
    Exact,
    Sorted,
    Pairs,
    Hello,
    Approx,
    Kind,
}

/// What a step does on the wire.
enum Action {
    Cmd(Vec<Vec<u8>>),
    Inline(Vec<u8>),
    Batch(Vec<Vec<Vec<u8>>>),
    ScanAll(Vec<Vec<u8>>),
    Closing(Vec<Vec<u8>>),
    Protocol(Vec<u8>),
    Reconnect,
}

/// One line of the script.
type Step = compare::Step<Action, Norm>;

/// The whole script, in order.
fn script() -> Vec<Step> {
    let sections: [(&'static str, &str); 17] = [
        ("connection", CONNECTION),
        ("resp3", RESP3),
        ("set-options", SET_OPTIONS),
        ("counters", COUNTERS),
        ("ranges", RANGES),
        ("binary", BINARY),
        ("keyspace", KEYSPACE),
        ("expiry", EXPIRY),
        ("patterns", PATTERNS),
        ("objects", OBJECTS),
        ("errors", ERRORS),
        ("clients", CLIENTS),
        ("configs", CONFIGS),
        ("commands", COMMANDS),
        ("inline", INLINE),
        ("protocol", PROTOCOL),
        ("wrong-type", WRONG_TYPE),
    ];
    let mut steps = Vec::new();
    for (name, text) in sections {
        steps.extend(parse_section(name, text));
        if name == "binary" {
            steps.extend(large_steps());
        }
        if name == "protocol" {
            steps.extend(oversized_protocol_steps());
        }
    }
    steps
}

fn parse_section(section: &'static str, text: &str) -> Vec<Step> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| parse_line(section, line))
        .collect()
}

fn parse_line(section: &'static str, line: &str) -> Step {
    let (tag, rest) = match line.split_once(' ') {
        Some((tag, rest)) if tag.ends_with(':') => (tag, rest),
        None if line.ends_with(':') => (line, ""),
        _ => ("", line),
    };
    let norm = match tag {
        "sorted:" => Norm::Sorted,
        "pairs:" => Norm::Pairs,
        "hello:" => Norm::Hello,
        "approx:" => Norm::Approx,
        "kind:" => Norm::Kind,
        _ => Norm::Exact,
    };
    let action = match tag {
        "" | "sorted:" | "pairs:" | "hello:" | "approx:" | "kind:" => Action::Cmd(words(rest)),
        "args:" => Action::Cmd(rest.split('|').map(unescape).collect()),
        "scan:" => Action::ScanAll(words(rest)),
        "batch:" => Action::Batch(rest.split(';').map(words).collect()),
        "inline:" => Action::Inline(unescape(rest)),
        "proto:" => Action::Protocol(unescape(rest)),
        "quit:" => Action::Closing(words(rest)),
        "reconnect:" => Action::Reconnect,
        other => panic!("unknown tag {other:?} in script line {line:?}"),
    };
    Step {
        section,
        label: line.to_string(),
        action,
        norm,
    }
}

/// A command step built in code (empty or binary arguments).
fn cmd_step(section: &'static str, args: &[&[u8]]) -> Step {
    let label = args
        .iter()
        .map(|a| format!("\"{}\"", short(a, 40)))
        .collect::<Vec<_>>()
        .join(" ");
    Step {
        section,
        label,
        action: Action::Cmd(args.iter().map(|a| a.to_vec()).collect()),
        norm: Norm::Exact,
    }
}

/// Steps whose arguments are too big to write out: a 100 KB value, a 200-byte
/// argument, and more argument text than an unknown-command error shows.
fn large_steps() -> Vec<Step> {
    let big: Vec<u8> = (0..100_000u32).map(|i| b'a' + (i % 26) as u8).collect();
    let long_arg = vec![b'z'; 200];
    let twenty = vec![b'y'; 20];
    let mut many: Vec<&[u8]> = vec![b"NOSUCHCMD"];
    many.extend(std::iter::repeat_n(twenty.as_slice(), 10));
    let cmds: [&[&[u8]]; 9] = [
        &[b"SET", b"big", &big],
        &[b"STRLEN", b"big"],
        &[b"GET", b"big"],
        &[b"APPEND", b"big", b"!"],
        &[b"GETRANGE", b"big", b"99990", b"-1"],
        &[b"OBJECT", b"ENCODING", b"big"],
        &[b"NOSUCHCMD", &long_arg],
        &[&long_arg],
        &many,
    ];
    cmds.iter().map(|args| cmd_step("large", args)).collect()
}

/// Protocol errors that need more than 64 KiB of input.
fn oversized_protocol_steps() -> Vec<Step> {
    let inline = vec![b'a'; 70_000];
    let mut mbulk = b"*".to_vec();
    mbulk.extend(vec![b'1'; 70_000]);
    let mut bulk = b"*1\r\n$".to_vec();
    bulk.extend(vec![b'1'; 70_000]);
    [
        ("70000-byte inline line", inline),
        ("70000-digit *count", mbulk),
        ("70000-digit $length", bulk),
    ]
    .into_iter()
    .map(|(label, bytes)| Step {
        section: "protocol",
        label: label.to_string(),
        action: Action::Protocol(bytes),
        norm: Norm::Exact,
    })
    .collect()
}

/// Apply a normalisation to one raw reply; replies that do not parse are left alone.
fn normalize(norm: Norm, raw: &[u8]) -> Vec<u8> {
    reshape(raw, |children| match norm {
        Norm::Sorted => children.sort(),
        Norm::Pairs => sort_pairs(children),
        Norm::Hello => {
            for pair in children.chunks_mut(2) {
                if pair[0] == Resp::Bulk(b'$', Some(b"id".to_vec())) && pair.len() == 2 {
                    pair[1] = Resp::Line(b':', b"<id>".to_vec());
                }
            }
        }
        _ => {}
    })
}

/// The value of an integer reply.
fn integer(raw: &[u8]) -> Option<i64> {
    match Resp::parse_whole(raw)? {
        Resp::Line(b':', text) => std::str::from_utf8(&text).ok()?.parse().ok(),
        _ => None,
    }
}

/// Whether Gossamer's outcome matches Redis's under the step's normalisation.
fn same(norm: Norm, redis: &[u8], gossamer: &[u8]) -> bool {
    match norm {
        Norm::Exact => redis == gossamer,
        Norm::Kind => redis.first() == gossamer.first(),
        Norm::Approx => match (integer(redis), integer(gossamer)) {
            (Some(r), Some(g)) if r >= 0 && g >= 0 => r.abs_diff(g) <= (r.unsigned_abs() / 500).max(2),
            _ => redis == gossamer,
        },
        Norm::Sorted | Norm::Pairs | Norm::Hello => normalize(norm, redis) == normalize(norm, gossamer),
    }
}

/// Run one step's action; the reply or the failure marker.
fn run(session: &mut Session, action: &Action) -> Vec<u8> {
    let outcome: Outcome = match action {
        Action::Cmd(args) => session.request(args),
        Action::Inline(bytes) => session.send(bytes).and_then(|()| session.read()),
        Action::Batch(cmds) => session.batch(cmds),
        Action::ScanAll(options) => session.scan_all(options),
        Action::Closing(args) => session.closing(args),
        Action::Protocol(bytes) => session.protocol(bytes),
        Action::Reconnect => {
            session.reconnect();
            Ok(Vec::new())
        }
    };
    outcome.unwrap_or_else(|failure| failure)
}

/// Run every step against one server; one outcome per step.
fn run_script(server: &ServerProcess, steps: &[Step]) -> Vec<Vec<u8>> {
    let mut session = Session::new(server, REPLY_TIMEOUT);
    steps.iter().map(|step| run(&mut session, &step.action)).collect()
}

/// Escaped bytes, cut to `max` characters.
fn short(bytes: &[u8], max: usize) -> String {
    let text = bytes.escape_ascii().to_string();
    if text.len() <= max {
        return text;
    }
    let cut = (0..=max).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
    format!("{}... ({} bytes)", &text[..cut], bytes.len())
}

/// One side of a mismatch: whole if short, else a window around the first difference.
fn excerpt(bytes: &[u8], diff_at: usize) -> String {
    if bytes.len() <= 600 {
        return format!("\"{}\"", bytes.escape_ascii());
    }
    let start = diff_at.saturating_sub(150).min(bytes.len());
    let end = (diff_at + 250).min(bytes.len());
    format!("({} bytes) ...\"{}\"...", bytes.len(), bytes[start..end].escape_ascii())
}

/// A mismatch report, showing normalised replies where the comparison normalised them.
fn describe(number: usize, step: &Step, redis: &[u8], gossamer: &[u8]) -> String {
    let (redis, gossamer) = match step.norm {
        Norm::Sorted | Norm::Pairs | Norm::Hello => (normalize(step.norm, redis), normalize(step.norm, gossamer)),
        _ => (redis.to_vec(), gossamer.to_vec()),
    };
    let diff_at = redis
        .iter()
        .zip(&gossamer)
        .position(|(r, g)| r != g)
        .unwrap_or(redis.len().min(gossamer.len()));
    format!(
        "#{number} [{}] {} (compared {:?}, first difference at byte {diff_at})\n    redis:    {}\n    gossamer: {}",
        step.section,
        step.label,
        step.norm,
        excerpt(&redis, diff_at),
        excerpt(&gossamer, diff_at)
    )
}

#[test]
fn gossamer_replies_match_redis_byte_for_byte() {
    let steps = script();
    let redis = ServerProcess::redis(SERVER_ARGS);
    let mut gossamer = ServerProcess::gossamer(SERVER_ARGS);
    let expected = run_script(&redis, &steps);
    let actual = run_script(&gossamer, &steps);

    let mismatches: Vec<String> = steps
        .iter()
        .zip(expected.iter().zip(&actual))
        .filter(|(step, (r, g))| !same(step.norm, r, g))
        .enumerate()
        .map(|(i, (step, (r, g)))| describe(i + 1, step, r, g))
        .collect();
    let exited = gossamer.child.try_wait().ok().flatten();

    eprintln!(
        "compared {} steps against redis-server; {} mismatches",
        steps.len(),
        mismatches.len()
    );
    for text in &mismatches {
        eprintln!("{text}");
    }
    if let Some(status) = exited {
        eprintln!(
            "gossamer-server exited during the script ({status}); log:\n{}",
            gossamer.log()
        );
    }
    assert!(
        mismatches.is_empty() && exited.is_none(),
        "{} of {} steps differ from redis-server 7.0.15 (details above)",
        mismatches.len(),
        steps.len()
    );
}
