//! Differential test for the list and hash commands: one script is replayed
//! against a real `redis-server` 7.0.15 and against `gossamer-server`, and
//! every reply is compared byte for byte, Redis being the reference. All
//! mismatches are collected and reported at the end.
//!
//! Script lines are split on spaces; an optional leading tag changes how a
//! line is run or compared:
//!
//! - `args:` arguments separated by `|`, with `\xHH`, `\r`, `\n`, `\0`, `\\`
//!   escapes (empty and binary arguments);
//! - `sorted:` sort the elements of the reply array (hashtable order);
//! - `pairs:` sort the field/value pairs of the reply (HGETALL of a big hash);
//! - `rand:` a random reply (HRANDFIELD): compare its shape (types and
//!   counts), and check on each server that every field exists with the
//!   value returned, and that fields are distinct for a positive count;
//! - `hscan:` iterate HSCAN over the key (with the given options) until the
//!   cursor is 0, compare the sorted, deduplicated field/value pairs;
//! - `stats:` run the command and report how it changed keyspace_hits and
//!   keyspace_misses in INFO stats;
//! - `kind:` compare only the reply's type byte (HELLO);
//! - `sleep:` wait this many milliseconds (lazy expiry).
//!
//! Blocking commands are exercised where they do not block: with data
//! available, argument errors, and inside MULTI (where they answer at once).

mod common;

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::net::TcpStream;
use std::time::Duration;

use common::compare::{self, Lcg, Resp, keyspace_counts, read_some, reshape, sort_pairs, unescape};
use common::{ServerProcess, encode, words};

const REPLY_TIMEOUT: Duration = Duration::from_secs(5);

const LISTS: &str = r"
FLUSHALL
RPUSH l a b c
LPUSH l z y
LRANGE l 0 -1
LLEN l
LLEN nolist
LPUSHX nolist a
RPUSHX nolist a
EXISTS nolist
LPUSHX l x1 x2
RPUSHX l t1 t2
LRANGE l 0 -1
LRANGE l -3 -1
LRANGE l 2 1
LRANGE l 100 200
LRANGE l -100 100
LRANGE l 0 -100
LRANGE l -9223372036854775808 9223372036854775807
LRANGE l a 1
LRANGE l 0 b
LRANGE l 0 1.5
LRANGE nolist 0 -1
LRANGE nolist a b
LINDEX l 0
LINDEX l -1
LINDEX l 100
LINDEX l -100
LINDEX l abc
LINDEX nolist abc
LINDEX l 9223372036854775807
LINDEX l -9223372036854775808
LSET l 0 first
LSET l -1 last
LSET l 100 x
LSET l -100 x
LSET l abc x
LSET nolist 0 x
LSET nolist abc x
LRANGE l 0 -1
LPOP l
RPOP l
LPOP l 0
LPOP l 2
RPOP l 2
LPOP l -1
LPOP l abc
LPOP l 1 2
RPOP l 1 2 3
LPOP nolist
LPOP nolist 0
LPOP nolist 3
LPOP nolist -1
RPOP nolist abc
LRANGE l 0 -1
RPOP l 100
EXISTS l
LPOP l
RPOP l 1
RPUSH n 1 2 3 -5 9223372036854775807 0x10 01 -0 1.5
args:RPUSH|n| 1||\x00\xff|a b
LRANGE n 0 -1
LINDEX n 3
LINDEX n -3
LLEN n
OBJECT ENCODING n
TYPE n
RPUSH n
LPUSH
LLEN
LLEN a b
LINDEX n
LRANGE n 0
RPUSHX n
LPUSH x1 a b c d e f g h i j k l m n o p q r s t u v w x y z
LRANGE x1 0 -1
LRANGE x1 5 5
LRANGE x1 -1 -1
RPOP x1 30
";

const LIST_EDITS: &str = r"
FLUSHALL
RPUSH l a b c b
LINSERT l BEFORE b x
LINSERT l after b y
LINSERT l AFTER c z
LINSERT l before zz q
LINSERT l middle b q
LINSERT nolist before a b
LINSERT nolist middle a b
LRANGE l 0 -1
LLEN l
LINSERT l BEFORE a first
LINSERT l AFTER z last
LRANGE l 0 -1
LINSERT l BEFORE
DEL l
RPUSH l x a x b x c x
LREM l 2 x
LRANGE l 0 -1
LREM l -1 x
LRANGE l 0 -1
LREM l 0 x
LRANGE l 0 -1
LREM l 0 nothing
LREM l abc a
LREM l 1.0 a
LREM nolist 0 a
LREM nolist abc a
RPUSH only v v
LREM only 0 v
EXISTS only
RPUSH m 1 2 1 2 1 2 1
LREM m -2 1
LRANGE m 0 -1
LREM m 9223372036854775807 2
LRANGE m 0 -1
LREM m -9223372036854775808 1
EXISTS m
DEL l
RPUSH l 1 2 3 4 5 6 7
LTRIM l 1 -2
LRANGE l 0 -1
LTRIM l -100 100
LRANGE l 0 -1
LTRIM l 2 1
EXISTS l
RPUSH l 1 2 3
LTRIM l 5 10
EXISTS l
LTRIM nolist 0 1
LTRIM nolist a 1
RPUSH l 1 2 3
LTRIM l 0 0
LRANGE l 0 -1
LTRIM l 0 abc
LTRIM l -1 -1
LRANGE l 0 -1
LTRIM l -9223372036854775808 9223372036854775807
LRANGE l 0 -1
";

const LPOS: &str = r"
FLUSHALL
RPUSH l a b c 1 2 3 c c
LPOS l c
LPOS l a
LPOS l 1
LPOS l c RANK 2
LPOS l c RANK 3
LPOS l c RANK 4
LPOS l c RANK -1
LPOS l c RANK -2
LPOS l c RANK -3
LPOS l c RANK -4
LPOS l c COUNT 0
LPOS l c COUNT 2
LPOS l c COUNT 10
LPOS l c RANK -1 COUNT 2
LPOS l c RANK -2 COUNT 0
LPOS l c RANK 2 COUNT 0
LPOS l c MAXLEN 3
LPOS l c MAXLEN 2
LPOS l c MAXLEN 3 COUNT 0
LPOS l c RANK -1 MAXLEN 1
LPOS l c RANK -1 MAXLEN 2 COUNT 0
LPOS l c RANK 2 MAXLEN 7
LPOS l c RANK 2 MAXLEN 8
LPOS l x
LPOS l x COUNT 5
LPOS l c RANK 0
LPOS l c RANK abc
LPOS l c COUNT -1
LPOS l c COUNT abc
LPOS l c MAXLEN -1
LPOS l c MAXLEN abc
LPOS l c FOO 1
LPOS l c RANK
LPOS l c COUNT
LPOS l c COUNT 1 RANK 0
LPOS nolist c
LPOS nolist c COUNT 1
LPOS nolist c COUNT 0
LPOS nolist c RANK 0
LPOS l c RANK 9223372036854775807
LPOS l c RANK -9223372036854775807
LPOS l c RANK -9223372036854775808
LPOS l c RANK -9223372036854775808 COUNT 2
LPOS l c RANK -9223372036854775808 COUNT 0
LPOS l c RANK 10 COUNT 1
LPOS l c rank 1 count 1 maxlen 0
LPOS l c RANK 1 RANK -1
LPOS l
";

const MOVES: &str = r"
FLUSHALL
RPUSH src a b c
LMOVE src dst LEFT RIGHT
LMOVE src dst RIGHT LEFT
LRANGE src 0 -1
LRANGE dst 0 -1
RPUSH src x y
LMOVE src src LEFT RIGHT
LRANGE src 0 -1
LMOVE src src right left
LRANGE src 0 -1
LMOVE src dst left left
LMOVE src dst left left
LMOVE src dst left left
EXISTS src
LMOVE src dst LEFT RIGHT
LMOVE src dst UP RIGHT
LMOVE src dst LEFT DOWN
LMOVE nosrc dst UP DOWN
LRANGE dst 0 -1
RPOPLPUSH dst dst
LRANGE dst 0 -1
RPOPLPUSH dst newdst
LRANGE newdst 0 -1
SET str v
RPOPLPUSH dst str
LLEN dst
RPOPLPUSH str dst
LMOVE str dst LEFT LEFT
RPOPLPUSH nosrc str
LMOVE nosrc str LEFT LEFT
LMOVE dst str LEFT RIGHT
LLEN dst
RPOPLPUSH dst
LMOVE dst a b
RPUSH one only
RPOPLPUSH one two
EXISTS one
LRANGE two 0 -1
";

const MPOP: &str = r"
FLUSHALL
RPUSH b 1 2 3 4 5
LMPOP 2 a b LEFT
LMPOP 2 a b RIGHT COUNT 2
LMPOP 3 a c b left count 10
EXISTS b
LMPOP 2 a b LEFT
LMPOP 0 a LEFT
LMPOP -1 a LEFT
LMPOP abc a LEFT
LMPOP 3 a b LEFT
LMPOP 1 a MIDDLE
LMPOP 1 a LEFT COUNT 0
LMPOP 1 a LEFT COUNT -1
LMPOP 1 a LEFT COUNT abc
LMPOP 1 a LEFT COUNT 1 COUNT 2
LMPOP 1 a LEFT COUNT
LMPOP 1 a LEFT FOO
LMPOP 9223372036854775807 a LEFT
LMPOP 9223372036854775806 a LEFT
LMPOP 1 a
SET str v
LMPOP 2 str a LEFT
RPUSH a x y
LMPOP 2 a str RIGHT
LMPOP 2 nokey str LEFT
LMPOP 1 a LEFT COUNT 9223372036854775807
EXISTS a
";

const BLOCKING: &str = r"
FLUSHALL
RPUSH b 1 2 3 4 5 6 7 8 9 10 11 12
SET str v
BLPOP a b 0
BRPOP a b 0
BLPOP a b 0.5
BRPOP b a 1.5
BLPOP a b -1
BLPOP a b abc
BLPOP a b inf
BLPOP a b 1e400
BLPOP a b 99999999999999999999
BRPOP str 0
BRPOP a str 0
BLPOP b str 0
BLPOP
BLPOP a
BLMOVE b a LEFT RIGHT 0
BLMOVE b a LEFT MIDDLE 0
BLMOVE b a LEFT RIGHT -1
BLMOVE b a LEFT RIGHT abc
BLMOVE b str LEFT RIGHT 0
BLMOVE str a LEFT RIGHT 0
LRANGE a 0 -1
BRPOPLPUSH b a 0
BRPOPLPUSH b a abc
BRPOPLPUSH str a 0
BRPOPLPUSH b str 0
BRPOPLPUSH b a -1.5
LRANGE a 0 -1
LRANGE b 0 -1
BLMPOP 0 2 nokey a LEFT COUNT 5
BLMPOP 0 2 nokey b RIGHT
BLMPOP abc 1 a LEFT
BLMPOP -1 1 a LEFT
BLMPOP 0 0 a LEFT
BLMPOP 0 1 a LEFT COUNT 0
BLMPOP 0 1 a MIDDLE
BLMPOP 0 2 a LEFT
BLMPOP abc 0 a LEFT
BLMPOP 0 1 str LEFT
EXISTS a b
MULTI
BLPOP nokey 0
BRPOP nokey nokey2 1
BLMOVE nokey a LEFT LEFT 0
BRPOPLPUSH nokey a 0
BLMPOP 0 1 nokey LEFT
BLMPOP 0 1 nokey LEFT COUNT 3
RPUSH nokey v w
BLPOP nokey 0
BLMOVE nokey a LEFT LEFT 0
BLPOP str 0
EXEC
LRANGE a 0 -1
MULTI
BLPOP nokey -1
EXEC
MULTI
BLPOP nokey 0x10
BLPOP nokey -0.0001
BLPOP nokey 0.0001
BLPOP nokey 1e-400
BRPOPLPUSH nokey a -0.001
BRPOPLPUSH nokey a -0.002
BRPOPLPUSH nokey a inf
BLMPOP 1e400 1 nokey LEFT
BLMOVE nokey a LEFT LEFT 9223372036854775807
EXEC
";

const WATCHES: &str = r"
FLUSHALL
RPUSH l a b c
HSET h f v
WATCH l
LPUSHX nolist x
LREM l 0 nothing
LINSERT l BEFORE zz x
LSET l 10 x
LPOP l 0
LMOVE nolist l LEFT LEFT
MULTI
PING
EXEC
WATCH l
LTRIM l 0 -1
MULTI
PING
EXEC
WATCH l
LPOS l a
LRANGE l 0 -1
MULTI
PING
EXEC
WATCH l
LSET l 0 a
MULTI
PING
EXEC
WATCH h
HDEL h nofield
HSETNX h f other
HINCRBY h f 1
HGET h f
MULTI
PING
EXEC
WATCH h
HSET h f v
MULTI
PING
EXEC
WATCH h
HDEL h f
MULTI
PING
EXEC
WATCH dst
RPUSH src x
RPOPLPUSH src dst
MULTI
PING
EXEC
WATCH src
RPUSH src x
MULTI
PING
EXEC
";

const RESP3: &str = r"
FLUSHALL
kind: HELLO 3
LPOP nokey
LPOP nokey 1
LPOP nokey 0
LPOS nokey x
LPOS nokey x COUNT 1
LINDEX nokey 0
LMPOP 1 nokey LEFT
RPOPLPUSH nokey x
LMOVE nokey x LEFT LEFT
RPUSH r3 a b
LPOP r3 5
RPUSH r3 a b
LMPOP 1 r3 LEFT
LPOS r3 b
LINDEX r3 5
MULTI
BLPOP nokey 0
BLMOVE nokey a LEFT LEFT 0
BLMPOP 0 1 nokey LEFT
EXEC
HGETALL nokey
HKEYS nokey
HSET h a 1 b 2
HGETALL h
HMGET h a zz
HGET h zz
HRANDFIELD nokey
HRANDFIELD nokey 2
HRANDFIELD nokey 2 WITHVALUES
HRANDFIELD h 5 WITHVALUES
HRANDFIELD h 5
HRANDFIELD h 0 WITHVALUES
rand: HRANDFIELD h 1 WITHVALUES
rand: HRANDFIELD h -5 WITHVALUES
rand: HRANDFIELD h -5
HINCRBYFLOAT h a 1.5
HSCAN h 0
HSCAN nokey 0
kind: HELLO 2
";

const HASHES: &str = r"
FLUSHALL
HSET h f1 v1
HSET h f2 v2 f3 v3
HSET h f1 new
HSET h f1 new f1 newer
HGET h f1
HGET h nofield
HGET nohash f
HMSET h f4 v4 f5 v5
HMGET h f1 nofield f5
HMGET nohash a b
HSET h
HSET h f1
HSET h f1 v1 f2
HMSET h f1
HMSET h f1 v1 f2
HGET h
HMGET h
HSETNX h f1 x
HSETNX h f6 v6
HSETNX newh f v
HSETNX h f7
HGETALL h
HKEYS h
HVALS h
HLEN h
HLEN nohash
HEXISTS h f1
HEXISTS h zz
HEXISTS nohash f
HSTRLEN h f1
HSTRLEN h zz
HSTRLEN nohash f
HDEL h f1 f1 zz f2
HDEL h zz
HDEL nohash f
HDEL h
HGETALL h
HDEL h f3 f4 f5 f6
EXISTS h
HGETALL nohash
HKEYS nohash
HVALS nohash
HLEN h
args:HSET|n|1|10|2|-5|big|9223372036854775807|hex|0x10|sp| 1|lead|01|empty||neg|-0|bin|\x00\xff\r\n
HSTRLEN n big
HSTRLEN n empty
HSTRLEN n bin
HGETALL n
args:HGET|n|
args:HSET|n||emptyfield
args:HGET|n|
HLEN n
TYPE n
HSET o c 1 a 2 b 3
HSET o a 9
HDEL o c
HSET o c 4 d 5
HGETALL o
HKEYS o
HVALS o
HSCAN o 0
HSCAN o 0 MATCH ?
HSCAN o 0 MATCH c* COUNT 1
HSCAN o 17
HSCAN o 0 MATCH *
HSCAN o 0 MATCH [a-b]
HSCAN o 0 count 1 match d
HSCAN o 0 COUNT 0
HSCAN o 0 COUNT -1
HSCAN o 0 COUNT abc
HSCAN o 0 TYPE string
HSCAN o 0 MATCH
HSCAN o 0 FOO bar
HSCAN o abc
HSCAN o -1
HSCAN o +1
HSCAN o 18446744073709551615
HSCAN o 18446744073709551616
args:HSCAN|o|
args:HSCAN|o| 1
HSCAN nohash 0
HSCAN nohash abc
HSCAN nohash 0 COUNT 0
HSCAN o
";

const COUNTERS: &str = r"
FLUSHALL
HINCRBY c f 5
HINCRBY c f -10
HINCRBY c f abc
HINCRBY c f 1.5
HINCRBY c f 9223372036854775807
HINCRBY c f 10
HINCRBY c g -9223372036854775808
HINCRBY c g -1
HINCRBY c g 0
HSET c s hello
HINCRBY c s 1
HSET c sp 1
HINCRBY c sp 1
HSET c lead 01
HINCRBY c lead 1
HINCRBY nohash2 f abc
EXISTS nohash2
HINCRBY nohash2 f 0
HGETALL nohash2
HGETALL c
HINCRBY c f
HINCRBYFLOAT fl a 10.5
HINCRBYFLOAT fl a 0.1
HINCRBYFLOAT fl b 0.1
HINCRBYFLOAT fl b 0.2
HINCRBYFLOAT fl c 1e20
HINCRBYFLOAT fl d 1e-20
HINCRBYFLOAT fl e 1e400
HINCRBYFLOAT fl e 1e400
HINCRBYFLOAT fl f 5.0e3
HINCRBYFLOAT fl g -1.5
HINCRBYFLOAT fl g 1.5
HINCRBYFLOAT fl h 3
HINCRBYFLOAT fl h 0x10
HINCRBYFLOAT fl h 0x1.8p1
HINCRBYFLOAT fl i .5
HINCRBYFLOAT fl i 5.
HINCRBYFLOAT fl i +2
HINCRBYFLOAT fl i -2E-1
HINCRBYFLOAT fl a abc
HINCRBYFLOAT fl a inf
HINCRBYFLOAT fl a -inf
HINCRBYFLOAT fl a Infinity
HINCRBYFLOAT fl a nan
HINCRBYFLOAT fl a 1e
HINCRBYFLOAT fl a 1e5000
HINCRBYFLOAT fl a 1e-5000
HINCRBYFLOAT fl a 0x
HINCRBYFLOAT fl a 1.2.3
args:HINCRBYFLOAT|fl|a| 1
args:HINCRBYFLOAT|fl|a|1 
args:HINCRBYFLOAT|fl|a|
args:HINCRBYFLOAT|fl|a|1\x002
HSET fl s hello
HINCRBYFLOAT fl s 1
HSET fl inf inf
HINCRBYFLOAT fl inf 1
HSET fl nan nan
HINCRBYFLOAT fl nan 1
HSET fl big 1.1e4932
HINCRBYFLOAT fl big 1.1e4932
HINCRBYFLOAT fl big -1.1e4932
HSET fl int 9223372036854775807
HINCRBYFLOAT fl int 1
HINCRBYFLOAT fl int 0.5
HINCRBYFLOAT fl pi 3.14159265358979323846
HINCRBYFLOAT fl pi 2.71828182845904523536
HINCRBYFLOAT fl u 1.23456789012345678901234567890
HINCRBYFLOAT fl v -0.0000001
HINCRBYFLOAT fl w 123456789.123456789
HINCRBYFLOAT fl x 1e17
HINCRBYFLOAT fl x 0.5
HINCRBYFLOAT fl y 0.000000000000000005
HINCRBYFLOAT fl y 0.000000000000000005
HINCRBYFLOAT fl z -0.000000000000000001
HINCRBYFLOAT fl zz 1e-4940
OBJECT ENCODING fl
pairs: HGETALL fl
HGET fl e
HINCRBYFLOAT fl a
HINCRBYFLOAT nohash3 f abc
EXISTS nohash3
";

const ENCODINGS: &str = r"
FLUSHALL
RPUSH ql a
OBJECT ENCODING ql
CONFIG SET hash-max-listpack-entries 4
HSET e a 1 b 2 c 3 d 4
OBJECT ENCODING e
HSET e d 5
OBJECT ENCODING e
HSET e e 5
OBJECT ENCODING e
HDEL e a b c d
OBJECT ENCODING e
CONFIG SET hash-max-listpack-value 8
HSET e2 f 12345678
OBJECT ENCODING e2
HSET e2 f 123456789
OBJECT ENCODING e2
HSET e3 123456789 x
OBJECT ENCODING e3
HSETNX e5 f 123456789
OBJECT ENCODING e5
HINCRBY e6 123456789 1
OBJECT ENCODING e6
HINCRBYFLOAT e7 f 1234567.5
OBJECT ENCODING e7
HINCRBYFLOAT e7b f 123456.5
OBJECT ENCODING e7b
HSETNX e8 a 1
HSETNX e8 a 123456789
OBJECT ENCODING e8
HSET e9 a 1 b 123456789
OBJECT ENCODING e9
HSET e10 a 1
HSET e10 a 1 b 123456789
HDEL e10 b
OBJECT ENCODING e10
HMSET e11 a 1 b 2 c 3 d 4 e 5
OBJECT ENCODING e11
CONFIG SET hash-max-listpack-entries 0
HSET z a 1
OBJECT ENCODING z
CONFIG SET hash-max-ziplist-entries 128
CONFIG SET hash-max-ziplist-value 64
HSET z2 a 1
OBJECT ENCODING z2
";

const BIG: &str = r"
OBJECT ENCODING big
OBJECT ENCODING biglist
LLEN biglist
LINDEX biglist 500
LRANGE biglist 995 1005
LPOS biglist e777
HLEN big
pairs: HGETALL big
sorted: HKEYS big
sorted: HVALS big
hscan: big
hscan: big COUNT 3
hscan: big COUNT 1000
hscan: big MATCH f1*
hscan: big MATCH *9 COUNT 7
HSCAN big 0 COUNT 0
HSCAN big 0 TYPE hash
HSCAN big abc
HGET big f150
HSTRLEN big f150
HDEL big f150 f151
HLEN big
HEXISTS big f150
HINCRBY big f152 1
HINCRBY big f152 1
HINCRBYFLOAT big f153 0.25
HRANDFIELD big 0
rand: HRANDFIELD big
rand: HRANDFIELD big 1
rand: HRANDFIELD big 10 WITHVALUES
rand: HRANDFIELD big 150
rand: HRANDFIELD big -5
rand: HRANDFIELD big -300 WITHVALUES
rand: HRANDFIELD big 198 WITHVALUES
rand: HRANDFIELD big 1000
rand: HRANDFIELD big 1000 WITHVALUES
";

const RANDOM: &str = r"
FLUSHALL
HSET r a 1 b 2 c 3 d 4 e 5
HRANDFIELD r 5
HRANDFIELD r 10 WITHVALUES
HRANDFIELD r 9223372036854775807
HRANDFIELD r 4611686018427387903 WITHVALUES
HRANDFIELD r 0
HRANDFIELD r 0 WITHVALUES
rand: HRANDFIELD r
rand: HRANDFIELD r 1
rand: HRANDFIELD r 2
rand: HRANDFIELD r 3
rand: HRANDFIELD r 4 WITHVALUES
rand: HRANDFIELD r 3 withvalues
rand: HRANDFIELD r -3
rand: HRANDFIELD r -10 WITHVALUES
rand: HRANDFIELD r 1 WITHVALUES
rand: HRANDFIELD r -1 WITHVALUES
rand: HRANDFIELD r -1
HRANDFIELD r abc
HRANDFIELD r 1.5
HRANDFIELD r -9223372036854775808
HRANDFIELD r -9223372036854775808 WITHVALUES
HRANDFIELD r 9223372036854775807 WITHVALUES
HRANDFIELD r 4611686018427387904 WITHVALUES
HRANDFIELD r -4611686018427387904 WITHVALUES
HRANDFIELD r 3 WITHSCORES
HRANDFIELD r 3 WITHVALUES x
HRANDFIELD r abc WITHSCORES
HRANDFIELD nohash
HRANDFIELD nohash 3
HRANDFIELD nohash 3 WITHVALUES
HRANDFIELD nohash -3 WITHVALUES
HRANDFIELD nohash abc
HRANDFIELD nohash 3 bad
HSET one f v
HRANDFIELD one
HRANDFIELD one -3 WITHVALUES
HRANDFIELD one 3
";

const WRONG_TYPE: &str = r"
FLUSHALL
SET s v
RPUSH l a
HSET h f v
LPUSH s a
RPUSH s a
LPUSHX s a
RPUSHX s a
LINSERT s BEFORE a b
LLEN s
LINDEX s 0
LSET s 0 a
LPOP s
RPOP s 1
LRANGE s 0 -1
LTRIM s 0 1
LPOS s a
LREM s 0 a
LMOVE s l LEFT LEFT
LMOVE l s LEFT LEFT
RPOPLPUSH s l
LMPOP 1 s LEFT
BLPOP s 0
BLMOVE s l LEFT LEFT 0
BLMPOP 0 1 s LEFT
HSET s f v
HMSET s f v
HSETNX s f v
HGET s f
HMGET s f
HDEL s f
HLEN s
HSTRLEN s f
HEXISTS s f
HGETALL s
HKEYS s
HVALS s
HINCRBY s f 1
HINCRBYFLOAT s f 1
HSCAN s 0
HRANDFIELD s
HRANDFIELD s 1
HGET l f
HSET l f v
HGETALL l
LPUSH h a
LLEN h
LRANGE h 0 -1
GET l
GET h
TYPE l
TYPE h
LRANGE l 0 -1
HGETALL h
";

const STATS: &str = r"
FLUSHALL
RPUSH l a b c d e f
HSET h f v
SET s v
stats: LLEN l
stats: LLEN nolist
stats: LLEN s
stats: LRANGE l 0 -1
stats: LRANGE nolist 0 -1
stats: LINDEX l 0
stats: LPOS l a
stats: LPOS nolist a
stats: LPUSH l c
stats: LPOP l
stats: LPOP nolist
stats: LMOVE l l2 LEFT LEFT
stats: LMPOP 2 nolist l LEFT
stats: BLPOP l 0
stats: HGET h f
stats: HGET nohash f
stats: HMGET h f g
stats: HMGET nohash f
stats: HLEN h
stats: HSTRLEN h f
stats: HEXISTS h f
stats: HGETALL h
stats: HKEYS nohash
stats: HSCAN h 0
stats: HSCAN nohash 0
stats: HRANDFIELD h
stats: HRANDFIELD h 2
stats: HRANDFIELD nohash 2
stats: HSET h g w
stats: HDEL h g
stats: HINCRBY h n 1
stats: HGET s f
";

const EXPIRY: &str = r"
FLUSHALL
RPUSH tl a b
HSET th f v
PEXPIRE tl 1
PEXPIRE th 1
sleep: 20
LLEN tl
LPUSHX tl x
HGET th f
HSETNX th f new
HGETALL th
EXISTS tl th
RPUSH tl2 a
EXPIRE tl2 100
RPUSH tl2 b
TTL tl2
LPOP tl2 2
EXISTS tl2
TTL tl2
";

/// What one script step does.
enum Action {
    Cmd(Vec<Vec<u8>>),
    HscanAll(Vec<Vec<u8>>),
    Stats(Vec<Vec<u8>>),
    Sleep(u64),
}

/// How a step's replies are compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Norm {
    Exact,
    Sorted,
    Pairs,
    Random,
    /// Only the reply's type byte (HELLO, whose id differs).
    Kind,
}

type Step = compare::Step<Action, Norm>;

fn script() -> Vec<Step> {
    let sections: [(&'static str, &str); 14] = [
        ("lists", LISTS),
        ("list-edits", LIST_EDITS),
        ("lpos", LPOS),
        ("moves", MOVES),
        ("mpop", MPOP),
        ("blocking", BLOCKING),
        ("watch", WATCHES),
        ("hashes", HASHES),
        ("counters", COUNTERS),
        ("encodings", ENCODINGS),
        ("random", RANDOM),
        ("resp3", RESP3),
        ("wrong-type", WRONG_TYPE),
        ("expiry", EXPIRY),
    ];
    let mut steps = Vec::new();
    for (name, text) in sections {
        steps.extend(parse_section(name, text));
        if name == "counters" {
            steps.extend(float_steps());
        }
        if name == "encodings" {
            steps.extend(big_steps());
            steps.extend(parse_section("big", BIG));
        }
    }
    steps.extend(parse_section("stats", STATS));
    steps
}

fn parse_section(section: &'static str, text: &str) -> Vec<Step> {
    text.lines()
        .map(str::trim_start)
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| parse_line(section, line))
        .collect()
}

fn parse_line(section: &'static str, line: &str) -> Step {
    let (tag, rest) = match line.split_once(':') {
        Some((tag, rest)) if !tag.contains(' ') => (tag, rest.strip_prefix(' ').unwrap_or(rest)),
        _ => ("", line),
    };
    let (action, norm) = match tag {
        "" => (Action::Cmd(words(rest)), Norm::Exact),
        "args" => (Action::Cmd(rest.split('|').map(unescape).collect()), Norm::Exact),
        "sorted" => (Action::Cmd(words(rest)), Norm::Sorted),
        "pairs" => (Action::Cmd(words(rest)), Norm::Pairs),
        "rand" => (Action::Cmd(words(rest)), Norm::Random),
        "kind" => (Action::Cmd(words(rest)), Norm::Kind),
        "hscan" => (Action::HscanAll(words(rest)), Norm::Exact),
        "stats" => (Action::Stats(words(rest)), Norm::Exact),
        "sleep" => (Action::Sleep(rest.trim().parse().expect("sleep ms")), Norm::Exact),
        other => panic!("unknown tag {other:?} in {line:?}"),
    };
    Step {
        section,
        label: line.to_string(),
        action,
        norm,
    }
}

fn cmd_step(section: &'static str, args: Vec<Vec<u8>>) -> Step {
    let label = args
        .iter()
        .map(|a| String::from_utf8_lossy(a).into_owned())
        .collect::<Vec<_>>()
        .join(" ");
    let label = if label.len() > 100 {
        format!("{}... ({} args)", &label[..100], args.len())
    } else {
        label
    };
    Step {
        section,
        label,
        action: Action::Cmd(args),
        norm: Norm::Exact,
    }
}

/// HINCRBYFLOAT with many increments of varied size and precision: long
/// double arithmetic and `%.17Lf` printing must match exactly.
fn float_steps() -> Vec<Step> {
    let mut rng = Lcg(42);
    let mut steps = Vec::new();
    for i in 0..150 {
        let field = format!("r{}", i % 7);
        let int = rng.next() % 100_000;
        let frac_digits = (rng.next() % 12) as usize;
        let frac: String = (0..frac_digits)
            .map(|_| char::from(b'0' + (rng.next() % 10) as u8))
            .collect();
        let exp = match rng.next() % 6 {
            0 => format!("e{}", rng.next() % 25),
            1 => format!("e-{}", rng.next() % 25),
            _ => String::new(),
        };
        let sign = if rng.next().is_multiple_of(3) { "-" } else { "" };
        let point = if frac.is_empty() { "" } else { "." };
        let incr = format!("{sign}{int}{point}{frac}{exp}");
        steps.push(cmd_step(
            "floats",
            vec![
                b"HINCRBYFLOAT".to_vec(),
                b"rf".to_vec(),
                field.into_bytes(),
                incr.into_bytes(),
            ],
        ));
    }
    steps.push(cmd_step("floats", vec![b"HGETALL".to_vec(), b"rf".to_vec()]));
    steps
}

/// A 200-field hash (hashtable) and a 1000-element list.
fn big_steps() -> Vec<Step> {
    let mut hset = vec![b"HSET".to_vec(), b"big".to_vec()];
    for i in 0..200 {
        hset.push(format!("f{i}").into_bytes());
        hset.push(format!("v{}", i * 7).into_bytes());
    }
    let mut rpush = vec![b"RPUSH".to_vec(), b"biglist".to_vec()];
    rpush.extend((0..1000).map(|i| format!("e{i}").into_bytes()));
    vec![cmd_step("big", hset), cmd_step("big", rpush)]
}

/// Sort a reply's elements (`Sorted`) or field/value pairs (`Pairs`).
fn normalize(norm: Norm, raw: &[u8]) -> Vec<u8> {
    reshape(raw, |children| match norm {
        Norm::Sorted => children.sort(),
        Norm::Pairs => sort_pairs(children),
        _ => {}
    })
}

struct Session<'a> {
    server: &'a ServerProcess,
    stream: Option<TcpStream>,
    pending: Vec<u8>,
}

impl Session<'_> {
    fn new(server: &ServerProcess) -> Session<'_> {
        Session {
            server,
            stream: None,
            pending: Vec::new(),
        }
    }

    fn request(&mut self, args: &[Vec<u8>]) -> Vec<u8> {
        if self.stream.is_none() {
            let stream = TcpStream::connect(("127.0.0.1", self.server.port)).expect("connect");
            stream.set_read_timeout(Some(REPLY_TIMEOUT)).expect("timeout");
            stream.set_nodelay(true).expect("nodelay");
            self.stream = Some(stream);
            self.pending.clear();
        }
        let refs: Vec<&[u8]> = args.iter().map(Vec::as_slice).collect();
        let stream = self.stream.as_mut().expect("connected");
        if let Err(e) = stream.write_all(&encode(&refs)) {
            self.stream = None;
            return format!("<write error {:?}>", e.kind()).into_bytes();
        }
        loop {
            if let Some((_, used)) = Resp::parse(&self.pending) {
                return self.pending.drain(..used).collect();
            }
            let stream = self.stream.as_mut().expect("connected");
            if let Err(failure) = read_some(stream, &mut self.pending) {
                self.stream = None;
                let partial = std::mem::take(&mut self.pending);
                return [partial, format!("<{}>", failure.text(" ")).into_bytes()].concat();
            }
        }
    }

    fn run(&mut self, step: &Step) -> Vec<u8> {
        match &step.action {
            Action::Cmd(args) if step.norm == Norm::Random => self.random_check(args),
            Action::Cmd(args) => self.request(args),
            Action::HscanAll(args) => self.hscan_all(args),
            Action::Stats(args) => self.stats_delta(args),
            Action::Sleep(ms) => {
                std::thread::sleep(Duration::from_millis(*ms));
                Vec::new()
            }
        }
    }

    /// Iterate HSCAN to cursor 0; the sorted, deduplicated pairs.
    fn hscan_all(&mut self, args: &[Vec<u8>]) -> Vec<u8> {
        let (key, options) = args.split_first().expect("hscan: needs a key");
        let mut cursor = b"0".to_vec();
        let mut pairs: Vec<Vec<Resp>> = Vec::new();
        for _ in 0..100_000 {
            let mut cmd = vec![b"HSCAN".to_vec(), key.clone(), cursor];
            cmd.extend(options.iter().cloned());
            let reply = self.request(&cmd);
            let Some(Resp::Agg(b'*', 2, parts)) = Resp::parse_whole(&reply) else {
                return reply;
            };
            let [Resp::Bulk(_, Some(next)), Resp::Agg(_, _, page)] = parts.as_slice() else {
                return reply;
            };
            pairs.extend(page.chunks(2).map(<[Resp]>::to_vec));
            cursor = next.clone();
            if cursor == b"0" {
                pairs.sort();
                pairs.dedup();
                let flat = pairs.concat();
                return Resp::Agg(b'*', flat.len() as i64, flat).to_bytes();
            }
        }
        b"<HSCAN did not finish>".to_vec()
    }

    /// The reply plus how keyspace_hits / keyspace_misses moved.
    fn stats_delta(&mut self, args: &[Vec<u8>]) -> Vec<u8> {
        let before = self.keyspace_stats();
        let mut out = self.request(args);
        let after = self.keyspace_stats();
        out.extend(format!("stats: hits+{} misses+{}\r\n", after.0 - before.0, after.1 - before.1).into_bytes());
        out
    }

    fn keyspace_stats(&mut self) -> (i64, i64) {
        let reply = self.request(&[b"INFO".to_vec(), b"stats".to_vec()]);
        keyspace_counts(&String::from_utf8_lossy(&reply))
    }

    /// A random reply: its shape, plus the verdict of a property check
    /// against the hash's contents.
    fn random_check(&mut self, args: &[Vec<u8>]) -> Vec<u8> {
        let reply = self.request(args);
        let Some(parsed) = Resp::parse_whole(&reply) else {
            return reply;
        };
        let key = args[1].clone();
        let all = self.request(&[b"HGETALL".to_vec(), key]);
        let contents: HashMap<Vec<u8>, Vec<u8>> = match Resp::parse_whole(&all) {
            Some(Resp::Agg(_, _, items)) => items
                .chunks(2)
                .filter_map(|p| Some((p[0].bytes()?.to_vec(), p.get(1)?.bytes()?.to_vec())))
                .collect(),
            _ => HashMap::new(),
        };
        let mut out = parsed.shape().to_bytes();
        out.extend(check_random(args, &parsed, &contents).into_bytes());
        out
    }
}

/// Property check of an HRANDFIELD reply: fields exist, values match, and a
/// positive count gives distinct fields.
fn check_random(args: &[Vec<u8>], reply: &Resp, contents: &HashMap<Vec<u8>, Vec<u8>>) -> String {
    let with_values = args.len() == 4;
    let count: Option<i64> = args.get(2).and_then(|c| std::str::from_utf8(c).ok()?.parse().ok());
    let items: Vec<(Vec<u8>, Option<Vec<u8>>)> = match reply {
        Resp::Bulk(_, Some(field)) => vec![(field.clone(), None)],
        Resp::Agg(_, _, children) if with_values && children.iter().all(|c| matches!(c, Resp::Agg(..))) => children
            .iter()
            .filter_map(|c| match c {
                Resp::Agg(_, 2, pair) => Some((pair[0].bytes()?.to_vec(), Some(pair[1].bytes()?.to_vec()))),
                _ => None,
            })
            .collect(),
        Resp::Agg(_, _, children) if with_values => children
            .chunks(2)
            .filter_map(|p| Some((p[0].bytes()?.to_vec(), Some(p.get(1)?.bytes()?.to_vec()))))
            .collect(),
        Resp::Agg(_, _, children) => children
            .iter()
            .filter_map(|c| Some((c.bytes()?.to_vec(), None)))
            .collect(),
        _ => return String::new(),
    };
    let mut seen = HashSet::new();
    for (field, value) in &items {
        let Some(stored) = contents.get(field) else {
            return format!("rand: field {:?} not in the hash\r\n", String::from_utf8_lossy(field));
        };
        if value.as_ref().is_some_and(|v| v != stored) {
            return format!("rand: wrong value for {:?}\r\n", String::from_utf8_lossy(field));
        }
        if !seen.insert(field.clone()) && count.is_some_and(|c| c > 0) {
            return format!("rand: field {:?} repeated\r\n", String::from_utf8_lossy(field));
        }
    }
    "rand: ok\r\n".into()
}

fn run_script(server: &ServerProcess, steps: &[Step]) -> Vec<Vec<u8>> {
    let mut session = Session::new(server);
    steps.iter().map(|step| session.run(step)).collect()
}

/// A step whose outcome is not a complete reply (a timeout or a closed
/// connection, marked by `<...>`) fails even if both servers agree: the
/// script must never block or lose a connection.
fn failed(outcome: &[u8]) -> bool {
    !outcome.is_empty() && !outcome.ends_with(b"\r\n")
}

fn same(norm: Norm, redis: &[u8], gossamer: &[u8]) -> bool {
    if failed(redis) || failed(gossamer) {
        return false;
    }
    match norm {
        Norm::Sorted | Norm::Pairs => normalize(norm, redis) == normalize(norm, gossamer),
        Norm::Kind => redis.first() == gossamer.first(),
        _ => redis == gossamer,
    }
}

fn show(bytes: &[u8]) -> String {
    let text = bytes.escape_ascii().to_string();
    if text.len() > 400 {
        format!("{}... ({} bytes)", &text[..400], bytes.len())
    } else {
        text
    }
}

#[test]
fn lists_and_hashes_match_redis_byte_for_byte() {
    let steps = script();
    let redis = ServerProcess::redis(&[]);
    let mut gossamer = ServerProcess::gossamer(&[]);
    let expected = run_script(&redis, &steps);
    let actual = run_script(&gossamer, &steps);
    let mismatches: Vec<String> = steps
        .iter()
        .zip(expected.iter().zip(&actual))
        .filter(|(step, (r, g))| !same(step.norm, r, g))
        .map(|(step, (r, g))| {
            format!(
                "[{}] {} ({:?})\n    redis:    {}\n    gossamer: {}",
                step.section,
                step.label,
                step.norm,
                show(r),
                show(g)
            )
        })
        .collect();
    let exited = gossamer.child.try_wait().ok().flatten();
    eprintln!("compared {} steps; {} mismatches", steps.len(), mismatches.len());
    for m in &mismatches {
        eprintln!("{m}");
    }
    if let Some(status) = exited {
        eprintln!("gossamer-server exited ({status}); log:\n{}", gossamer.log());
    }
    assert!(
        mismatches.is_empty() && exited.is_none(),
        "{} of {} steps differ from redis-server 7.0.15",
        mismatches.len(),
        steps.len()
    );
}

/// HRANDFIELD is actually random: over many calls every field shows up, for
/// both encodings, with and without repetitions.
#[test]
fn hrandfield_covers_every_field() {
    let server = ServerProcess::gossamer(&[]);
    let mut raw = server.raw();
    let mut request = |args: &[&[u8]]| {
        raw.send_cmd(args);
        Resp::parse_whole(&raw.read_reply()).expect("reply")
    };
    let mut small: Vec<&[u8]> = vec![b"HSET", b"small"];
    let names: Vec<String> = (0..300).map(|i| format!("f{i}")).collect();
    for name in names.iter().take(5) {
        small.push(name.as_bytes());
        small.push(b"v");
    }
    request(&small);
    let mut big: Vec<&[u8]> = vec![b"HSET", b"big"];
    for name in &names {
        big.push(name.as_bytes());
        big.push(b"v");
    }
    request(&big);
    for (key, size) in [(&b"small"[..], 5usize), (&b"big"[..], 300)] {
        for count in [&b"-2000"[..], b"3"] {
            let mut seen = HashSet::new();
            for _ in 0..(if count == b"3" { 2000 } else { 3 }) {
                if let Resp::Agg(_, _, items) = request(&[b"HRANDFIELD", key, count]) {
                    seen.extend(items.iter().filter_map(|i| i.bytes().map(<[u8]>::to_vec)));
                }
            }
            assert_eq!(
                seen.len(),
                size,
                "HRANDFIELD {} {}",
                String::from_utf8_lossy(key),
                String::from_utf8_lossy(count)
            );
        }
        let mut seen = HashSet::new();
        for _ in 0..(size * 30) {
            if let Some(field) = request(&[b"HRANDFIELD", key]).bytes() {
                seen.insert(field.to_vec());
            }
        }
        assert_eq!(seen.len(), size);
    }
}
