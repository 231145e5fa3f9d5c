//! Differential test of the set and sorted set commands: a script of a few
//! hundred commands is replayed against a real `redis-server` 7.0.15 and
//! against `gossamer-server`, in RESP2 and again in RESP3, and every reply is
//! compared byte for byte with Redis as the reference. All mismatches are
//! collected and reported together.
//!
//! Script lines are commands split on spaces (`"..."` quotes an argument,
//! with `\xHH`, `\0`, `\"`, `\\` escapes; `""` is an empty argument). A tag
//! changes how a reply is compared when its order or content is random in
//! Redis:
//!
//! - `sorted:` sort the top-level elements (SMEMBERS of a hashtable...);
//! - `len:` compare only the reply type and element count (SPOP count...);
//! - `sscan:` / `zscan:` iterate the whole scan (`sscan: key [options]`)
//!   and compare the sorted set of elements (member/score pairs for ZSCAN).
//!
//! Random commands are further checked by property (distinctness,
//! membership, scores), run on both servers, and so are keyspace hit/miss
//! counting, WATCH invalidation and blocking pops woken by another client.

mod common;

use std::time::Duration;

use common::compare::{Resp, keyspace_counts};
use common::{RawConn, ServerProcess};

const SETS: &str = r#"
FLUSHALL
SADD s1 1 2 3
SADD s1 3 4
SCARD s1
OBJECT ENCODING s1
SMEMBERS s1
SADD s1 -5 0 100 -9223372036854775808 9223372036854775807
SMEMBERS s1
SISMEMBER s1 2
SISMEMBER s1 02
SISMEMBER s1 x
SISMEMBER nokey x
SMISMEMBER s1 1 x 3 01
SMISMEMBER nokey a b
SADD s1 abc
OBJECT ENCODING s1
sorted: SMEMBERS s1
SREM s1 abc 1 nope
SCARD s1
OBJECT ENCODING s1
SADD s2 a b c
OBJECT ENCODING s2
SADD s3 01
OBJECT ENCODING s3
SADD s4 9223372036854775808
OBJECT ENCODING s4
SADD s5 -0
OBJECT ENCODING s5
SADD s6 " 1"
OBJECT ENCODING s6
SADD s7 +1
OBJECT ENCODING s7
SADD s8 ""
SMEMBERS s8
SISMEMBER s8 ""
SREM s8 ""
EXISTS s8
SADD s9 "bin\x00ary" "\xff\xfe"
sorted: SMEMBERS s9
SISMEMBER s9 "bin\x00ary"
SADD one x
SMEMBERS one
SET str x
SADD str a
SREM str a
SCARD str
SISMEMBER str a
SMISMEMBER str a
SMEMBERS str
SRANDMEMBER str
SRANDMEMBER str 2
SPOP str
SPOP str 2
SMOVE str s1 a
SMOVE s1 str 2
SMOVE nokey str 2
SINTER s1 str
SINTER str nokey
SUNION s1 str
SDIFF s1 str
SDIFF nokey str
SINTERSTORE d s1 str
SUNIONSTORE d str
SSCAN str 0
SREM s1 nope
SREM nokey a
SADD
SADD k
SREM k
SCARD
SMEMBERS a b
SISMEMBER k
SMISMEMBER k
SPOP
SPOP k 1 2
SPOP s1 -1
SPOP s1 abc
SPOP nokey
SPOP nokey 0
SPOP nokey 5
SPOP s1 0
SRANDMEMBER
SRANDMEMBER nokey
SRANDMEMBER nokey 5
SRANDMEMBER nokey -5
SRANDMEMBER s1 0
SRANDMEMBER s1 a b
SRANDMEMBER s1 -9223372036854775808
SRANDMEMBER s1 9223372036854775808
SRANDMEMBER s1 abc
SRANDMEMBER one
SRANDMEMBER one 5
SRANDMEMBER one -3
SRANDMEMBER one 1
SADD ints 5 3 9 1
SRANDMEMBER ints 4
SRANDMEMBER ints 100
len: SRANDMEMBER ints -7
len: SRANDMEMBER ints 2
len: SRANDMEMBER ints 3
len: SRANDMEMBER s1 -3
sorted: SRANDMEMBER s1 100
sorted: SRANDMEMBER s2 3
SPOP one
EXISTS one
SPOP ints 4
EXISTS ints
SADD ints 5 3 9 1
SPOP ints 100
SADD hs a b c 1
sorted: SPOP hs 4
EXISTS hs
SADD hs a b c 1 2 3 4 5 6 7 8 9
len: SPOP hs 2
SCARD hs
len: SPOP hs 9
SCARD hs
len: SPOP hs
SCARD hs
OBJECT ENCODING hs
DEL a b
SADD a 1 2 x
SMOVE a b 1
OBJECT ENCODING b
SMEMBERS b
SMOVE a b x
OBJECT ENCODING b
SMOVE a b nope
SMOVE a a 2
SMOVE a a 9
SMOVE a b 2
EXISTS a
sorted: SMEMBERS b
SMOVE b b nope
SMOVE b b x
SMOVE nokey b x
SADD c 5
SMOVE b c 5
SMOVE b c 1
SMEMBERS c
SMOVE
SMOVE a b
DEL i1 i2 i3 h1 h2 d
SADD i1 1 2 3 4 5
SADD i2 3 4 5 6
SADD i3 5 4 10
SINTER i1 i2 i3
SINTER i1 i2
SINTER i1
SINTER i1 nokey
SINTER nokey i1
SINTER nokey i1 str
SINTER i1 str
SINTER
SINTERCARD 2 i1 i2
SINTERCARD 3 i1 i2 i3
SINTERCARD 2 i1 i2 LIMIT 1
SINTERCARD 2 i1 i2 LIMIT 0
SINTERCARD 2 i1 i2 LIMIT 100
SINTERCARD 2 i1 i2 LIMIT -1
SINTERCARD 2 i1 i2 LIMIT abc
SINTERCARD 0 i1
SINTERCARD -1 i1
SINTERCARD abc i1
SINTERCARD 3 i1 i2
SINTERCARD 1 i1 FOO
SINTERCARD 1 i1 LIMIT
SINTERCARD 1 i1 LIMIT 1 LIMIT 2
SINTERCARD 1 str
SINTERCARD 2 i1 nokey
SINTERCARD 1 nokey
SINTERCARD
SINTERSTORE d i1 i2
OBJECT ENCODING d
SMEMBERS d
SINTERSTORE d i1 nokey
EXISTS d
SINTERSTORE d i1 nokey
SINTERSTORE d
SADD h1 a b c 1 2
SADD h2 b c d 2
sorted: SINTER h1 h2
sorted: SINTER h2 h1
SINTERSTORE d h1 h2
OBJECT ENCODING d
sorted: SMEMBERS d
SINTERSTORE d h1 i1
OBJECT ENCODING d
SMEMBERS d
SINTER i1 h1
SUNION i1 i2
SUNION i1 nokey i3
SUNION nokey
sorted: SUNION h1 i1
SUNIONSTORE d i1 h1
sorted: SMEMBERS d
OBJECT ENCODING d
SUNIONSTORE d i1 i2
OBJECT ENCODING d
SMEMBERS d
SUNIONSTORE d nokey
EXISTS d
SDIFF i1 i2
SDIFF i1 i2 i3
SDIFF i1 i1
SDIFF i1 nokey i1
SDIFF nokey i1
SDIFF i1 nokey
SDIFF i3 i1
sorted: SDIFF h1 h2 i1
sorted: SDIFF h1 i2
SDIFFSTORE d i1 i2
SMEMBERS d
OBJECT ENCODING d
SDIFFSTORE d i1 i1
EXISTS d
SDIFFSTORE d h1 h2
sorted: SMEMBERS d
OBJECT ENCODING d
SINTERSTORE i1 i1 i2
SMEMBERS i1
SUNIONSTORE i1 i1 i3
SMEMBERS i1
SADD big1 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20
SADD small1 3 50
SDIFF big1 small1
SDIFF small1 big1
SDIFF small1 big1 big1
SDIFF big1 small1 small1 small1
SDIFF big1 small1 nokey small1 small1
SADD dupset a a b
SCARD dupset
SSCAN i1 0
SSCAN i1 0 MATCH 1*
SSCAN i1 0 MATCH *
SSCAN i1 0 COUNT 1
SSCAN i1 0 count 1 match 5
SSCAN i1 0 COUNT 0
SSCAN i1 0 COUNT -1
SSCAN i1 0 COUNT abc
SSCAN i1 0 FOO bar
SSCAN i1 0 MATCH
SSCAN i1 abc
SSCAN i1 -1
SSCAN i1 +0
SSCAN i1 " 1"
SSCAN i1 "1 "
SSCAN i1 ""
SSCAN i1 18446744073709551615
SSCAN i1 18446744073709551616
SSCAN i1 "3\x00junk"
SSCAN nokey 0
SSCAN nokey abc
SSCAN nokey 0 COUNT 0
SSCAN str 0
SSCAN str 0 COUNT 0
SSCAN
SSCAN k
SADD sc a b c d e f g h i j k l m n o p q r s t u v w x y z aa ab ac
sscan: sc
sscan: sc COUNT 3
sscan: sc MATCH a*
sscan: sc MATCH a* COUNT 100
SSCAN one 0 MATCH y
CONFIG SET set-max-intset-entries 4
DEL c
SADD c 1 2 3 4
OBJECT ENCODING c
SADD c 5
OBJECT ENCODING c
SREM c 5 4
OBJECT ENCODING c
DEL c2
SADD c2 1 2 3 4 5 6
OBJECT ENCODING c2
SINTERSTORE d c2 c2
OBJECT ENCODING d
SINTERSTORE d c2 i2
OBJECT ENCODING d
SUNIONSTORE d c2
OBJECT ENCODING d
SADD e 1 2 3 4 5 6 7 8 9 10
OBJECT ENCODING e
len: SPOP e 9
SCARD e
OBJECT ENCODING e
DEL e
SADD e 1 2 3 4 5 6 7 8 9 10
len: SPOP e 2
OBJECT ENCODING e
SADD e2 1 2 3 4 5 6 7 8 9 10 x
sorted: SPOP e2 100
DEL e2
SADD e2 1 2 3 4 5 6 7 8 9 10
sorted: SPOP e2 10
CONFIG SET set-max-intset-entries 0
SADD z0 1
OBJECT ENCODING z0
SINTERSTORE d i2
OBJECT ENCODING d
CONFIG SET set-max-intset-entries 512
DEL sc c c2 d e z0
"#;

const ZSETS: &str = r#"
FLUSHALL
SET str x
ZADD z 1 a 2 b 3 c
ZADD z 1 a
ZADD z CH 5 a 2 b 7 d
ZRANGE z 0 -1 WITHSCORES
ZADD z NX 10 a 11 e
ZADD z XX 10 a 12 f
ZSCORE z a
ZSCORE z f
ZADD z XX CH 20 a
ZADD z GT 5 a
ZADD z GT CH 25 a
ZADD z LT CH 30 a
ZADD z LT CH 1 a
ZADD z gt xx ch 3 a 4 nosuch
ZADD z GT LT 1 a
ZADD z NX GT 1 a
ZADD z NX LT 1 a
ZADD z NX XX 1 a
ZADD z XX NX LT GT 1 a
ZADD z INCR 1 a 2 b
ZADD z INCR 5 a
ZADD z INCR NX 5 a
ZADD z INCR XX 5 newm
ZADD z INCR GT -100 a
ZADD z INCR LT -100 a
ZADD z INCR CH 0 a
ZADD z
ZADD z 1
ZADD z 1 a 2
ZADD z NX XX 1
ZADD z NX 1
ZADD z abc a
ZADD z nan a
ZADD z NaN a
ZADD z 1 a abc b
ZSCORE z a
ZADD z inf i -inf j +inf k
ZADD z Infinity i2 -INFINITY j2
ZADD z 1e400 a
ZADD z -1e400 a
ZADD z 1e-400 a
ZADD z 0e-400 zeroexp
ZADD z 0x10 hex
ZADD z 0X1P-2 hexq
ZADD z " 1" a
ZADD z "1 " a
ZADD z "" a
ZADD z . a
ZADD z 1.5e3 a
ZADD z .5 half
ZADD z 5. five
ZADD z -0 negz
ZSCORE z negz
ZSCORE z hex
ZSCORE z hexq
ZSCORE z zeroexp
ZSCORE z i
ZSCORE z j
ZADD z INCR inf i
ZADD z INCR -inf i
ZINCRBY z -inf i
ZINCRBY z +inf j
ZSCORE z i
ZINCRBY z 1 a
ZINCRBY z -1.25 a
ZINCRBY z abc a
ZINCRBY z 1 a b
ZINCRBY z 1
ZINCRBY nokey 5 m
ZINCRBY nokey2 -0 m
ZSCORE nokey2 m
ZINCRBY str 1 a
ZADD str 1 a
ZADD nokey3 XX 1 a
EXISTS nokey3
ZADD nokey3 XX INCR 1 a
ZADD nokey3 GT CH 1 a
ZRANGE z 0 -1 WITHSCORES
ZCARD z
ZCARD nokey
ZCARD str
ZCARD
ZSCORE z nosuch
ZSCORE nokey a
ZSCORE str a
ZMSCORE z a nosuch b
ZMSCORE nokey a b
ZMSCORE str a
ZMSCORE z
ZRANK z a
ZRANK z j
ZRANK z i
ZREVRANK z a
ZREVRANK z j
ZRANK z nosuch
ZRANK nokey a
ZRANK str a
ZREVRANK str a
ZRANK z
ZADD f 0.1 a 1e-3 b 1.5 c 1e20 d 123456789.123 e -1.5e-7 f 3.0000000000000001 g 0.30000000000000004 h 1e16 i 1e17 j 12345678901234567890 k 0.0001 l -2.5e-300 m 4611686018427387904 n 4611686018427387903 o -4611686018427387904 p 1.7976931348623157e308 q 5e-324 r
ZRANGE f 0 -1 WITHSCORES
ZSCAN f 0
ZSCORE f b
ZSCORE f l
ZMSCORE f m r q
DEL z
ZADD z 1 a 2 b 3 c 4 d 5 e
ZRANGE z 0 -1
ZRANGE z 1 3 WITHSCORES
ZRANGE z 1 3 withscores
ZRANGE z -2 -1
ZRANGE z 3 1
ZRANGE z 10 20
ZRANGE z -100 100
ZRANGE z -100 -50
ZRANGE z 0 -1 REV
ZRANGE z 0 1 REV WITHSCORES
ZRANGE z 1 -2 rev
ZRANGE z a b
ZRANGE z 0 b
ZRANGE z 0 -1 LIMIT 0 1
ZRANGE z 0 -1 LIMIT 0 -1
ZRANGE z 0 -1 LIMIT 0 -1 WITHSCORES
ZRANGE z 1 3 BYSCORE
ZRANGE z (1 3 BYSCORE
ZRANGE z (1 (3 BYSCORE WITHSCORES
ZRANGE z -inf +inf BYSCORE LIMIT 1 2
ZRANGE z -inf +inf BYSCORE LIMIT 1 -1
ZRANGE z -inf +inf BYSCORE LIMIT 1 -5
ZRANGE z -inf +inf BYSCORE LIMIT -1 2
ZRANGE z -inf +inf BYSCORE LIMIT 10 2
ZRANGE z -inf +inf BYSCORE LIMIT 4 2
ZRANGE z -inf +inf BYSCORE LIMIT 0 0
ZRANGE z +inf -inf BYSCORE REV
ZRANGE z 4 2 BYSCORE REV LIMIT 1 1
ZRANGE z 4 2 BYSCORE REV WITHSCORES
ZRANGE z 2 4 BYSCORE REV
ZRANGE z abc 3 BYSCORE
ZRANGE z 1 abc BYSCORE
ZRANGE z [a [c BYLEX
ZRANGE z - + BYLEX
ZRANGE z + - BYLEX REV
ZRANGE z [c - BYLEX REV LIMIT 0 2
ZRANGE z a c BYLEX
ZRANGE z - + BYLEX WITHSCORES
ZRANGE z 0 -1 BYSCORE BYLEX
ZRANGE z 0 -1 BYLEX BYLEX
ZRANGE z 0 -1 REV REV
ZRANGE z 0 -1 FOO
ZRANGE z 0 -1 LIMIT 1
ZRANGE z 0 -1 LIMIT a b BYSCORE
ZRANGE z 0 -1 LIMIT 1 b BYSCORE
ZRANGE z 0 -1 WITHSCORES WITHSCORES
ZRANGE nokey 0 -1
ZRANGE nokey a b
ZRANGE str 0 -1
ZRANGE str a b
ZRANGE str 0 -1 BYLEX
ZRANGE z 0
ZREVRANGE z 0 1 WITHSCORES
ZREVRANGE z 0 -1
ZREVRANGE z -1 -1
ZREVRANGE z 0 -1 BYSCORE
ZREVRANGE z 0 -1 REV
ZREVRANGE z 0 -1 LIMIT 0 1
ZREVRANGE nokey 0 -1
ZRANGEBYSCORE z 2 4
ZRANGEBYSCORE z 2 4 WITHSCORES LIMIT 1 5
ZRANGEBYSCORE z 2 4 LIMIT 1 5 WITHSCORES
ZRANGEBYSCORE z -inf inf
ZRANGEBYSCORE z (2 (2
ZRANGEBYSCORE z (2 2
ZRANGEBYSCORE z 2 2
ZRANGEBYSCORE z 2 4 REV
ZRANGEBYSCORE z 2 4 BYSCORE
ZRANGEBYSCORE z "" ""
ZRANGEBYSCORE z ( 3
ZRANGEBYSCORE z " 1" 2
ZRANGEBYSCORE z "1 " 2
ZRANGEBYSCORE z " " 2
ZRANGEBYSCORE z "2\x00junk" 3
ZRANGEBYSCORE z nan 2
ZRANGEBYSCORE z (nan 2
ZRANGEBYSCORE z 0x1 3
ZRANGEBYSCORE z 1e0 3e0
ZRANGEBYSCORE z -1e400 1e400
ZRANGEBYSCORE z ((1 3
ZRANGEBYSCORE z [1 3
ZRANGEBYSCORE nokey 0 1
ZRANGEBYSCORE str 0 1
ZRANGEBYSCORE str a 1
ZREVRANGEBYSCORE z 4 2
ZREVRANGEBYSCORE z +inf -inf WITHSCORES LIMIT 0 2
ZREVRANGEBYSCORE z +inf -inf LIMIT 2 100
ZREVRANGEBYSCORE z 2 4
ZREVRANGEBYSCORE z (4 (2
ZREVRANGEBYSCORE z 4 abc
ZADD lex 0 a 0 b 0 c 0 d 0 e 0 foo 0 fooa 0 ""
ZRANGEBYLEX lex - +
ZRANGEBYLEX lex [b (d
ZRANGEBYLEX lex (b [d
ZRANGEBYLEX lex [foo +
ZRANGEBYLEX lex (foo +
ZRANGEBYLEX lex - [a
ZRANGEBYLEX lex [ [a
ZRANGEBYLEX lex ( +
ZRANGEBYLEX lex - + LIMIT 2 3
ZRANGEBYLEX lex - + LIMIT 2 -1
ZRANGEBYLEX lex - + LIMIT -1 3
ZRANGEBYLEX lex - + LIMIT 20 3
ZRANGEBYLEX lex + -
ZRANGEBYLEX lex - -
ZRANGEBYLEX lex + +
ZRANGEBYLEX lex [c [c
ZRANGEBYLEX lex (c [c
ZRANGEBYLEX lex [d [b
ZRANGEBYLEX lex b d
ZRANGEBYLEX lex +a +
ZRANGEBYLEX lex "" +
ZRANGEBYLEX lex "-\x00x" +
ZRANGEBYLEX lex "[a\x00" +
ZRANGEBYLEX lex - "+\x00"
ZRANGEBYLEX lex - + WITHSCORES
ZRANGEBYLEX lex - + REV
ZRANGEBYLEX nokey - +
ZRANGEBYLEX str - +
ZREVRANGEBYLEX lex + -
ZREVRANGEBYLEX lex [d [b
ZREVRANGEBYLEX lex + - LIMIT 1 2
ZREVRANGEBYLEX lex - +
ZREVRANGEBYLEX lex b a
ZLEXCOUNT lex - +
ZLEXCOUNT lex [b (d
ZLEXCOUNT lex + -
ZLEXCOUNT lex a b
ZLEXCOUNT nokey - +
ZLEXCOUNT str - +
ZLEXCOUNT str a b
ZADD mixed 1 b 2 a 3 c 4 d
ZRANGEBYLEX mixed - +
ZRANGEBYLEX mixed [a [b
ZRANGEBYLEX mixed [b [c
ZREVRANGEBYLEX mixed [c [a
ZLEXCOUNT mixed [a [b
ZLEXCOUNT mixed [b [c
ZREMRANGEBYLEX mixed [a [b
ZRANGE mixed 0 -1
ZCOUNT z 2 4
ZCOUNT z (2 4
ZCOUNT z -inf +inf
ZCOUNT z 5 1
ZCOUNT z (5 5
ZCOUNT z 6 +inf
ZCOUNT z abc 1
ZCOUNT nokey 0 1
ZCOUNT str 0 1
ZCOUNT str a 1
ZRANGESTORE dst z 0 -1
ZRANGE dst 0 -1 WITHSCORES
OBJECT ENCODING dst
ZRANGESTORE dst z 1 2 REV
ZRANGE dst 0 -1 WITHSCORES
ZRANGESTORE dst z (1 4 BYSCORE LIMIT 1 2
ZRANGE dst 0 -1 WITHSCORES
ZRANGESTORE dst z 4 1 BYSCORE REV
ZRANGE dst 0 -1 WITHSCORES
ZRANGESTORE dst lex [b [d BYLEX
ZRANGE dst 0 -1 WITHSCORES
ZRANGESTORE dst lex [d [b BYLEX REV LIMIT 0 2
ZRANGE dst 0 -1 WITHSCORES
ZRANGESTORE dst z 0 -1 WITHSCORES
ZRANGESTORE dst z 0 -1 LIMIT 0 1
ZRANGESTORE dst z 5 10
EXISTS dst
ZRANGESTORE dst z 0 1
ZRANGESTORE dst nokey 0 -1
EXISTS dst
ZRANGESTORE dst str 0 -1
ZRANGESTORE dst z a b
ZRANGESTORE str2 z 0 -1
SET str2 x
ZRANGESTORE str2 z 0 0
TYPE str2
ZRANGESTORE dst z 0
ZREM z a nosuch
ZREM z nosuch
ZREM nokey a
ZREM str a
ZREM z
ZREM z b c d e
EXISTS z
ZADD z 1 a 2 b 3 c 4 d 5 e
ZREM z a a a
ZREM z b c d e f
EXISTS z
ZADD z 1 a 2 b 3 c 4 d 5 e
ZREMRANGEBYRANK z 0 1
ZREMRANGEBYRANK z -1 -1
ZREMRANGEBYRANK z 5 10
ZREMRANGEBYRANK z 1 0
ZREMRANGEBYRANK z a b
ZREMRANGEBYRANK nokey 0 1
ZREMRANGEBYRANK str 0 1
ZREMRANGEBYRANK str a 1
ZRANGE z 0 -1
ZREMRANGEBYRANK z 0 -1
EXISTS z
ZADD z 1 a 2 b 3 c 4 d 5 e
ZREMRANGEBYSCORE z (1 3
ZREMRANGEBYSCORE z -inf (1
ZREMRANGEBYSCORE z abc 1
ZREMRANGEBYSCORE z 5 1
ZREMRANGEBYSCORE z (4 (5
ZREMRANGEBYSCORE nokey 1 2
ZREMRANGEBYSCORE str 1 2
ZRANGE z 0 -1 WITHSCORES
ZREMRANGEBYSCORE z -inf +inf
EXISTS z
ZREMRANGEBYLEX lex [b (d
ZREMRANGEBYLEX lex a b
ZREMRANGEBYLEX lex + -
ZREMRANGEBYLEX nokey - +
ZREMRANGEBYLEX str - +
ZRANGE lex 0 -1
ZREMRANGEBYLEX lex - +
EXISTS lex
ZADD p 1 a 2 b 3 c 4 d
ZPOPMIN p
ZPOPMAX p
ZPOPMIN p 0
ZPOPMIN p 10
EXISTS p
ZPOPMIN nokey
ZPOPMIN nokey 5
ZPOPMIN nokey 0
ZPOPMIN p -1
ZPOPMIN p abc
ZPOPMIN p 1 2
ZPOPMIN str
ZPOPMAX str 1
ZPOPMIN str -1
ZPOPMIN
ZADD p 1 a 2 b 3 c
ZPOPMAX p 2
ZPOPMAX p 1
EXISTS p
ZADD p 1 a 2 b 3 c
BZPOPMIN p 0
BZPOPMAX nokey p 0
BZPOPMIN nokey 0.01
BZPOPMAX nokey nokey2 0.01
BZPOPMIN str 0
BZPOPMIN nokey str 0
BZPOPMIN p str 0
BZPOPMIN p abc
BZPOPMIN p -1
BZPOPMIN p
BZPOPMIN p 0.5
EXISTS p
ZADD p 1 a 2 b 3 c 4 d
ZMPOP 1 nokey MIN
ZMPOP 1 p MIN
ZMPOP 2 nokey p MAX COUNT 2
ZMPOP 1 p min count 10
EXISTS p
ZADD p 1 a 2 b
ZMPOP 0 p MIN
ZMPOP -1 p MIN
ZMPOP abc p MIN
ZMPOP 2 p MIN
ZMPOP 1 p FOO
ZMPOP 1 p MIN COUNT 0
ZMPOP 1 p MIN COUNT -1
ZMPOP 1 p MIN COUNT abc
ZMPOP 1 p MIN COUNT
ZMPOP 1 p MIN COUNT 1 COUNT 1
ZMPOP 1 p MIN FOO
ZMPOP 1 str MIN
ZMPOP 2 nokey str MIN
ZMPOP 9999999999999999999 p MIN
ZMPOP 9223372036854775807 p MIN
ZMPOP 1 p
BZMPOP 0.01 1 nokey MIN
BZMPOP 0 1 p MIN COUNT 5
BZMPOP abc 1 p MIN
BZMPOP -1 1 p MIN
BZMPOP 0 0 p MIN
BZMPOP 0 1 p FOO
BZMPOP 0 1 str MAX
BZMPOP 0.01 2 nokey nokey2 MAX COUNT 3
ZADD r 1 a 2 b 3 c
ZRANDMEMBER nokey
ZRANDMEMBER nokey 5
ZRANDMEMBER nokey 5 WITHSCORES
ZRANDMEMBER nokey abc
ZRANDMEMBER str
ZRANDMEMBER str 5
ZRANDMEMBER str 0
ZRANDMEMBER r 0
ZRANDMEMBER r 0 WITHSCORES
ZRANDMEMBER r 10
ZRANDMEMBER r 10 WITHSCORES
ZRANDMEMBER r 3 WITHSCORES
ZRANDMEMBER r 3
ZRANDMEMBER r abc
ZRANDMEMBER r 1 foo
ZRANDMEMBER r 1 WITHSCORES x
ZRANDMEMBER r -9223372036854775808
ZRANDMEMBER r 9223372036854775807 WITHSCORES
ZRANDMEMBER r -4611686018427387904 WITHSCORES
ZRANDMEMBER r 4611686018427387904 WITHSCORES
len: ZRANDMEMBER r -5
len: ZRANDMEMBER r -5 WITHSCORES
len: ZRANDMEMBER r 2
len: ZRANDMEMBER r 2 WITHSCORES
len: ZRANDMEMBER r 1 WITHSCORES
len: ZRANDMEMBER r
ZADD one 5 x
ZRANDMEMBER one
ZRANDMEMBER one -3 WITHSCORES
ZRANDMEMBER one 1 WITHSCORES
ZRANDMEMBER one 1
ZADD za 1 a 2 b 3 c
ZADD zb 10 b 20 c 30 d
SADD sa a d x
SADD si 1 2 3
ZADD zn 5 1 6 3 7 9
ZUNION 2 za zb
ZUNION 2 za zb WITHSCORES
ZUNION 2 za zb WEIGHTS 2 3 WITHSCORES
ZUNION 2 za zb weights 2 3 aggregate max withscores
ZUNION 2 za zb AGGREGATE MIN WITHSCORES
ZUNION 2 za zb AGGREGATE MAX WITHSCORES
ZUNION 2 za zb AGGREGATE SUM AGGREGATE MIN WITHSCORES
ZUNION 3 za zb sa WITHSCORES
ZUNION 3 za zb sa WEIGHTS 1 1 0.5 WITHSCORES
ZUNION 2 si zn WITHSCORES
ZUNION 2 za nokey WITHSCORES
ZUNION 1 nokey
ZUNION 1 sa WITHSCORES
ZUNION 0 za
ZUNION -1 za
ZUNION abc za
ZUNION 3 za zb
ZUNION 2 za zb WEIGHTS 1
ZUNION 2 za zb WEIGHTS 1 x
ZUNION 2 za zb WEIGHTS 1 nan
ZUNION 2 za zb WEIGHTS 1 2 3
ZUNION 2 za zb AGGREGATE foo
ZUNION 2 za zb AGGREGATE
ZUNION 2 za str
ZUNION 2 str za WEIGHTS x y
ZUNION 2 za zb FOO
ZUNION 2 za zb WITHSCORES WITHSCORES
ZUNION
ZINTER 2 za zb
ZINTER 2 za zb WITHSCORES
ZINTER 2 za zb WEIGHTS 1 -1 AGGREGATE SUM WITHSCORES
ZINTER 2 za zb AGGREGATE MAX WITHSCORES
ZINTER 3 za zb sa
ZINTER 2 za sa WITHSCORES
ZINTER 2 sa za WITHSCORES
ZINTER 2 sa sa WITHSCORES
ZINTER 2 za za WITHSCORES
ZINTER 2 za za WEIGHTS 2 3 AGGREGATE MIN WITHSCORES
ZINTER 2 si zn WITHSCORES
ZINTER 2 za nokey
ZINTER 1 str
ZINTERSTORE zd 2 za zb
ZRANGE zd 0 -1 WITHSCORES
OBJECT ENCODING zd
ZINTERSTORE zd 2 za zb WITHSCORES
ZINTERSTORE zd 2 za nokey
EXISTS zd
ZINTERSTORE zd 0 za
ZINTERSTORE zd 2 za
ZINTERCARD 2 za zb
ZINTERCARD 2 za zb LIMIT 1
ZINTERCARD 2 za zb LIMIT 0
ZINTERCARD 2 za zb LIMIT -1
ZINTERCARD 2 za zb LIMIT abc
ZINTERCARD 2 za zb LIMIT
ZINTERCARD 2 za zb WEIGHTS 1 2
ZINTERCARD 2 za zb WITHSCORES
ZINTERCARD 0 za
ZINTERCARD 2 za sa
ZINTERCARD 2 sa si
ZINTERCARD 1 nokey
ZINTERCARD 1 str
ZUNIONSTORE zd 2 za zb WEIGHTS 1 2
ZRANGE zd 0 -1 WITHSCORES
OBJECT ENCODING zd
ZUNIONSTORE zd 1 nokey
EXISTS zd
ZUNIONSTORE zd 2 za zb WITHSCORES
ZDIFF 2 za zb WITHSCORES
ZDIFF 2 za sa
ZDIFF 2 sa za WITHSCORES
ZDIFF 2 za za
ZDIFF 1 za
ZDIFF 3 za nokey zb
ZDIFF 1 nokey
ZDIFF 2 za zb WEIGHTS 1 1
ZDIFF 2 za zb AGGREGATE SUM
ZDIFF 0 za
ZDIFF 2 za str
ZDIFFSTORE zd 2 zb za
ZRANGE zd 0 -1 WITHSCORES
ZDIFFSTORE zd 2 za za
EXISTS zd
ZDIFFSTORE zd 2 za zb WITHSCORES
ZADD big1 1 a 2 b 3 c 4 d 5 e 6 f 7 g 8 h 9 i 10 j
ZADD small1 0 c 0 z
ZDIFF 2 big1 small1 WITHSCORES
ZDIFF 2 small1 big1 WITHSCORES
ZDIFF 3 small1 big1 big1
ZDIFF 4 big1 small1 small1 small1 WITHSCORES
ZDIFF 5 big1 small1 nokey small1 small1
ZADD dup 1 a 2 a
ZADD dup CH 3 a 3 a
ZADD dup NX CH 5 b 6 b
ZADD dup "1\x00" c
ZRANGE dup 0 -1 WITHSCORES
ZADD zi inf a 1 b
ZADD zj -inf a 2 b
ZUNION 2 zi zj WITHSCORES
ZUNION 2 zi zj AGGREGATE MIN WITHSCORES
ZUNION 2 zi zj AGGREGATE MAX WITHSCORES
ZINTER 2 zi zj WITHSCORES
ZINTER 2 zi zj WEIGHTS 0 1 WITHSCORES
ZINTER 2 zi zj WEIGHTS 0 0 AGGREGATE MAX WITHSCORES
ZUNION 1 zi WEIGHTS 0 WITHSCORES
ZUNION 1 zi WEIGHTS -1 WITHSCORES
ZINTER 2 zi zi WEIGHTS 1 -1 WITHSCORES
ZADD zz 0 b -0 a 0 c
ZRANGE zz 0 -1 WITHSCORES
ZUNION 2 zz zz WEIGHTS -1 0 WITHSCORES
ZUNION 1 zz WEIGHTS -1 WITHSCORES
ZUNIONSTORE zd 1 zz WEIGHTS -1
ZRANGE zd 0 -1 WITHSCORES
ZSCAN za 0
ZSCAN za 0 MATCH a*
ZSCAN za 0 MATCH *
ZSCAN za 0 COUNT 1
ZSCAN za 0 COUNT 0
ZSCAN za 0 NOVALUES
ZSCAN za abc
ZSCAN za -5
ZSCAN nokey 0
ZSCAN nokey abc
ZSCAN str 0
ZSCAN za
ZADD lp 1 a -0 b 2.5 c inf d -inf e 100000000000000000 f
ZSCAN lp 0
ZSCORE lp b
CONFIG SET zset-max-listpack-entries 3
CONFIG SET zset-max-listpack-value 5
ZADD e1 1 a 2 b 3 c
OBJECT ENCODING e1
ZADD e1 4 d
OBJECT ENCODING e1
ZREM e1 d
OBJECT ENCODING e1
ZADD e2 1 abcdef
OBJECT ENCODING e2
ZADD e3 1 a
OBJECT ENCODING e3
ZADD e3 2 abcdef
OBJECT ENCODING e3
ZADD e3x 1 abcde
OBJECT ENCODING e3x
ZUNIONSTORE e4 1 e1
OBJECT ENCODING e4
ZUNIONSTORE e4b 2 e1 e2
OBJECT ENCODING e4b
ZRANGESTORE e5 e1 0 -1
OBJECT ENCODING e5
ZRANGESTORE e5b e4b 0 -1
OBJECT ENCODING e5b
ZRANGESTORE e5c e4b 0 2
OBJECT ENCODING e5c
ZRANGESTORE e5d e4b -inf +inf BYSCORE LIMIT 0 3
OBJECT ENCODING e5d
ZINTERSTORE e6 2 e4b e4b
OBJECT ENCODING e6
ZDIFFSTORE e6b 2 e4b e2
OBJECT ENCODING e6b
ZADD e1 -0 negz
ZSCORE e1 negz
ZRANGE e1 0 -1 WITHSCORES
zscan: e1
ZADD e1 1e17 big 1.5 frac
zscan: e1
ZADD e1x 1 a -0 negz 1e17 big 1.5 frac
zscan: e1x
CONFIG SET zset-max-listpack-entries 0
ZADD e7 1 a
OBJECT ENCODING e7
ZINCRBY e8 1 a
OBJECT ENCODING e8
ZUNIONSTORE e9 1 e7
OBJECT ENCODING e9
CONFIG SET zset-max-listpack-entries 128
CONFIG SET zset-max-listpack-value 64
ZADD e10 1 a
OBJECT ENCODING e10
"#;

/// Blocking pops inside MULTI answer at once; WATCH sees only real changes.
const TRANSACTIONS: &str = r#"
FLUSHALL
MULTI
BZPOPMIN nokey 0
BZMPOP 0 1 nokey MIN
ZADD t 1 a
BZPOPMAX t 0
EXEC
SADD w a
WATCH w
SADD w a
SREM w nosuch
SMOVE w w a
SINTERSTORE nokey2 nokey
MULTI
PING
EXEC
WATCH w
SADD w b
MULTI
PING
EXEC
ZADD wz 1 a
WATCH wz
ZADD wz 1 a
ZADD wz XX 1 nosuch
ZREM wz nosuch
ZREMRANGEBYSCORE wz 5 6
ZINCRBY wz 0 a
MULTI
PING
EXEC
WATCH wz
ZINCRBY wz 1 a
MULTI
PING
EXEC
WATCH wz
ZPOPMIN wz
MULTI
PING
EXEC
"#;

/// How a reply is compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Norm {
    Exact,
    Sorted,
    Len,
    SScan,
    ZScan,
}

/// A property check run on each server; the summaries must be equal.
type CheckFn = fn(&mut RawConn, u16) -> String;

enum Step {
    Cmd {
        line: String,
        norm: Norm,
        args: Vec<Vec<u8>>,
    },
    Check {
        name: &'static str,
        f: CheckFn,
    },
}

/// Split a script line into arguments (see the module documentation).
fn tokenize(line: &str) -> Vec<Vec<u8>> {
    let bytes = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b' ' {
            i += 1;
            continue;
        }
        let mut arg = Vec::new();
        if bytes[i] == b'"' {
            i += 1;
            while i < bytes.len() && bytes[i] != b'"' {
                if bytes[i] == b'\\' && i + 1 < bytes.len() {
                    i += 1;
                    match bytes[i] {
                        b'x' => {
                            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).expect("hex");
                            arg.push(u8::from_str_radix(hex, 16).expect("hex escape"));
                            i += 2;
                        }
                        b'0' => arg.push(0),
                        c => arg.push(c),
                    }
                } else {
                    arg.push(bytes[i]);
                }
                i += 1;
            }
            i += 1;
        } else {
            while i < bytes.len() && bytes[i] != b' ' {
                arg.push(bytes[i]);
                i += 1;
            }
        }
        out.push(arg);
    }
    out
}

fn parse_script(text: &str) -> Vec<Step> {
    let mut steps = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (norm, rest) = [
            ("sorted: ", Norm::Sorted),
            ("len: ", Norm::Len),
            ("sscan: ", Norm::SScan),
            ("zscan: ", Norm::ZScan),
        ]
        .iter()
        .find_map(|(tag, norm)| line.strip_prefix(tag).map(|r| (*norm, r)))
        .unwrap_or((Norm::Exact, line));
        steps.push(Step::Cmd {
            line: line.to_string(),
            norm,
            args: tokenize(rest),
        });
    }
    steps
}

// ---------------------------------------------------------------------------
// Reading replies, for normalizing and checking them.
// ---------------------------------------------------------------------------

fn resp(buf: &[u8]) -> Resp {
    Resp::first(buf)
}

/// The text of a scalar reply (bulk, line or double).
fn text(r: &Resp) -> Vec<u8> {
    match r {
        Resp::Line(b'_', _) => b"<nil>".to_vec(),
        Resp::Line(_, t) => t.clone(),
        Resp::Bulk(_, Some(d)) => d.clone(),
        _ => b"<nil>".to_vec(),
    }
}

/// Top-level elements of an aggregate reply.
fn elements(r: &Resp) -> Vec<Resp> {
    match r {
        Resp::Agg(_, n, items) if *n >= 0 => items.clone(),
        _ => Vec::new(),
    }
}

fn sorted_reply(raw: &[u8]) -> Vec<u8> {
    match resp(raw) {
        Resp::Agg(k, n, mut items) if n >= 0 => {
            items.sort_by_key(Resp::to_bytes);
            Resp::Agg(k, n, items).to_bytes()
        }
        other => other.to_bytes(),
    }
}

fn shape(raw: &[u8]) -> Vec<u8> {
    match resp(raw) {
        Resp::Agg(k, n, items) if n >= 0 => format!("{} of {}", k as char, items.len()).into_bytes(),
        other => format!("scalar {}", other.to_bytes()[0] as char).into_bytes(),
    }
}

// ---------------------------------------------------------------------------
// Running the script.
// ---------------------------------------------------------------------------

fn cmd(conn: &mut RawConn, args: &[&[u8]]) -> Vec<u8> {
    conn.send_cmd(args);
    conn.read_reply()
}

fn cmd_str(conn: &mut RawConn, line: &str) -> Vec<u8> {
    let args = tokenize(line);
    let refs: Vec<&[u8]> = args.iter().map(|a| &a[..]).collect();
    cmd(conn, &refs)
}

/// Iterate a whole SSCAN/ZSCAN; the sorted elements (pairs for ZSCAN).
fn full_scan(conn: &mut RawConn, args: &[Vec<u8>], zscan: bool) -> Vec<u8> {
    let (key, opts) = args.split_first().expect("scan key");
    let mut found: Vec<Vec<u8>> = Vec::new();
    let mut cursor = b"0".to_vec();
    for _ in 0..10_000 {
        let mut call: Vec<&[u8]> = vec![if zscan { b"ZSCAN" } else { b"SSCAN" }, key, &cursor];
        call.extend(opts.iter().map(|o| &o[..]));
        let reply = resp(&cmd(conn, &call));
        let parts = elements(&reply);
        if parts.len() != 2 {
            return reply.to_bytes();
        }
        let items = elements(&parts[1]);
        if zscan {
            for pair in items.chunks(2) {
                let mut joined = text(&pair[0]);
                joined.push(b'=');
                joined.extend(pair.get(1).map(text).unwrap_or_default());
                found.push(joined);
            }
        } else {
            found.extend(items.iter().map(text));
        }
        cursor = text(&parts[0]);
        if cursor == b"0" {
            break;
        }
    }
    found.sort();
    found.dedup();
    found.join(&b","[..])
}

fn run_step(conn: &mut RawConn, port: u16, step: &Step) -> Vec<u8> {
    match step {
        Step::Cmd { norm, args, .. } => match norm {
            Norm::SScan => full_scan(conn, args, false),
            Norm::ZScan => full_scan(conn, args, true),
            _ => {
                let refs: Vec<&[u8]> = args.iter().map(|a| &a[..]).collect();
                let raw = cmd(conn, &refs);
                match norm {
                    Norm::Sorted => sorted_reply(&raw),
                    Norm::Len => shape(&raw),
                    _ => raw,
                }
            }
        },
        Step::Check { f, .. } => f(conn, port).into_bytes(),
    }
}

fn open(server: &ServerProcess, resp3: bool) -> RawConn {
    let mut conn = server.raw();
    if resp3 {
        let hello = resp(&cmd(&mut conn, &[b"HELLO", b"3"]));
        assert!(matches!(hello, Resp::Agg(b'%', ..)), "HELLO 3 failed: {hello:?}");
    }
    conn
}

fn run_all(server: &ServerProcess, steps: &[Step], resp3: bool) -> Vec<Vec<u8>> {
    let mut conn = open(server, resp3);
    steps.iter().map(|s| run_step(&mut conn, server.port, s)).collect()
}

fn show(bytes: &[u8]) -> String {
    let s: String = bytes.escape_ascii().to_string();
    if s.len() > 600 { format!("{}...", &s[..600]) } else { s }
}

/// Replay `steps` on both servers in both protocols; every mismatch.
fn compare(name: &str, steps: &[Step], server_args: &[&str]) -> Vec<String> {
    let redis = ServerProcess::redis(server_args);
    let gossamer = ServerProcess::gossamer(server_args);
    let mut mismatches = Vec::new();
    for resp3 in [false, true] {
        let expected = run_all(&redis, steps, resp3);
        let got = run_all(&gossamer, steps, resp3);
        for (i, step) in steps.iter().enumerate() {
            if expected[i] != got[i] {
                let what = match step {
                    Step::Cmd { line, .. } => line.clone(),
                    Step::Check { name, .. } => format!("check {name}"),
                };
                mismatches.push(format!(
                    "[{name} RESP{}] step {}: {what}\n   redis:    {}\n   gossamer: {}",
                    if resp3 { 3 } else { 2 },
                    i + 1,
                    show(&expected[i]),
                    show(&got[i])
                ));
            }
        }
    }
    mismatches
}

fn report(mismatches: Vec<String>, total: usize) {
    assert!(
        mismatches.is_empty(),
        "{} of {} replies differ from redis-server:\n{}",
        mismatches.len(),
        total,
        mismatches.join("\n")
    );
}

// ---------------------------------------------------------------------------
// Generated steps for big (hashtable / skiplist) values.
// ---------------------------------------------------------------------------

fn line_step(norm: Norm, line: String) -> Step {
    let args = tokenize(&line);
    Step::Cmd { line, norm, args }
}

fn big_steps() -> Vec<Step> {
    let mut s = Vec::new();
    let mut exact = |l: String| s.push(line_step(Norm::Exact, l));
    exact("FLUSHALL".into());
    let members: Vec<String> = (0..300).map(|i| format!("m{i}")).collect();
    exact(format!("SADD bigs {}", members.join(" ")));
    exact("SCARD bigs".into());
    exact("OBJECT ENCODING bigs".into());
    let ints: Vec<String> = (0..600).map(|i| ((i * 7919) % 1000 - 500).to_string()).collect();
    exact(format!("SADD bigi {}", ints.join(" ")));
    exact("OBJECT ENCODING bigi".into());
    exact(format!("SREM bigi {}", ints[..100].join(" ")));
    exact("SCARD bigi".into());
    exact("OBJECT ENCODING bigi".into());
    exact("SADD smalli 1 2 3 -1 -2 -3 500 -500 7 8 9".into());
    exact("SINTERSTORE d bigi smalli".into());
    exact("OBJECT ENCODING d".into());
    exact("SMEMBERS d".into());
    exact("SINTERCARD 2 bigi smalli".into());
    exact("SINTERCARD 2 bigi smalli LIMIT 2".into());
    exact("SDIFFSTORE d smalli bigi".into());
    exact("SMEMBERS d".into());
    let scores: Vec<String> = (0..250)
        .map(|i| format!("{} z{:03}", (i * 37 % 101) as f64 / 4.0, i))
        .collect();
    exact(format!("ZADD bigz {}", scores.join(" ")));
    exact("ZCARD bigz".into());
    exact("OBJECT ENCODING bigz".into());
    for l in [
        "ZRANGE bigz 0 -1 WITHSCORES",
        "ZRANGE bigz 50 60 WITHSCORES",
        "ZRANGE bigz -10 -1 REV",
        "ZRANGE bigz 100 110 REV WITHSCORES",
        "ZRANK bigz z000",
        "ZRANK bigz z123",
        "ZRANK bigz z249",
        "ZREVRANK bigz z123",
        "ZRANK bigz nosuch",
        "ZRANGEBYSCORE bigz 3 5 WITHSCORES LIMIT 2 10",
        "ZRANGEBYSCORE bigz (3 (5",
        "ZREVRANGEBYSCORE bigz 5 3 LIMIT 1 5",
        "ZREVRANGEBYSCORE bigz +inf 20 WITHSCORES",
        "ZRANGEBYSCORE bigz -inf 0.5",
        "ZCOUNT bigz 3 (5",
        "ZCOUNT bigz -inf +inf",
        "ZCOUNT bigz 30 40",
        "ZCOUNT bigz 12.5 12.5",
        "ZADD bigz 100 z005",
        "ZRANK bigz z005",
        "ZINCRBY bigz -50 z007",
        "ZRANK bigz z007",
        "ZADD bigz 0.25 z008",
        "ZRANK bigz z008",
        "ZADD bigz GT CH 1000 z009 -1000 z010",
        "ZADD bigz LT CH 1000 z011 -1000 z012",
        "ZRANGE bigz 0 5 WITHSCORES",
        "ZREMRANGEBYRANK bigz 10 19",
        "ZREMRANGEBYRANK bigz -5 -3",
        "ZREMRANGEBYSCORE bigz 2 3",
        "ZREMRANGEBYSCORE bigz (20 (21",
        "ZRANGE bigz 0 -1 WITHSCORES",
        "ZCARD bigz",
        "ZPOPMIN bigz 3",
        "ZPOPMAX bigz 2",
        "ZPOPMIN bigz",
        "ZMPOP 1 bigz MAX COUNT 2",
        "ZRANGESTORE bigr bigz 0 199",
        "OBJECT ENCODING bigr",
        "ZRANGESTORE bigr bigz 0 9",
        "OBJECT ENCODING bigr",
        "ZRANGE bigr 0 -1 WITHSCORES",
        "ZUNIONSTORE bigu 2 bigz bigr WEIGHTS 1 10",
        "ZRANGE bigu 0 -1 WITHSCORES",
        "OBJECT ENCODING bigu",
        "ZINTER 2 bigz bigr WITHSCORES",
        "ZINTERCARD 2 bigz bigr",
        "ZDIFF 2 bigz bigr",
        "ZDIFFSTORE bigd 2 bigz bigr",
        "OBJECT ENCODING bigd",
        "ZRANDMEMBER bigz 1000 WITHSCORES",
        "ZRANDMEMBER bigz 1000",
        "ZSCORE bigz z100",
        "ZMSCORE bigz z100 z101 nosuch",
    ] {
        exact(l.to_string());
    }
    let lex: Vec<String> = (0..200).map(|i| format!("0 w{i}")).collect();
    exact(format!("ZADD biglex {}", lex.join(" ")));
    for l in [
        "ZRANGEBYLEX biglex [w1 (w2",
        "ZRANGEBYLEX biglex (w50 + LIMIT 3 4",
        "ZREVRANGEBYLEX biglex [w5 [w3",
        "ZLEXCOUNT biglex [w1 (w2",
        "ZLEXCOUNT biglex - +",
        "ZLEXCOUNT biglex + -",
        "ZREMRANGEBYLEX biglex [w1 (w2",
        "ZCARD biglex",
        "ZRANGE biglex 0 20",
    ] {
        exact(l.to_string());
    }
    for l in [
        "SMEMBERS bigs",
        "SINTER bigs bigs",
        "SUNION bigs smalli",
        "SDIFF bigs smalli",
        "SRANDMEMBER bigs 1000",
        "SPOP d 100",
    ] {
        s.push(line_step(Norm::Sorted, l.to_string()));
    }
    for l in [
        "bigs",
        "bigs COUNT 7",
        "bigs MATCH m1*",
        "bigs MATCH m1* COUNT 1000",
        "bigi",
        "smalli",
    ] {
        s.push(line_step(Norm::SScan, l.to_string()));
    }
    for l in ["bigz", "bigz COUNT 3", "bigz MATCH z1*", "biglex MATCH w1?"] {
        s.push(line_step(Norm::ZScan, l.to_string()));
    }
    s
}

// ---------------------------------------------------------------------------
// Property checks for random replies, stats, WATCH and blocking.
// ---------------------------------------------------------------------------

fn members_of(conn: &mut RawConn, line: &str) -> Vec<Vec<u8>> {
    elements(&resp(&cmd_str(conn, line))).iter().map(text).collect()
}

fn check_srandmember(conn: &mut RawConn, _port: u16) -> String {
    let mut out = Vec::new();
    for setup in ["SADD rs 1 2 3 4 5 6 7 8 9 10", "SADD rs a b c d e f g h i j"] {
        cmd_str(conn, "DEL rs");
        cmd_str(conn, setup);
        let all = members_of(conn, "SMEMBERS rs");
        for count in [1i64, 2, 3, 4, 9, 10, -1, -5, -30] {
            for _ in 0..20 {
                let got = members_of(conn, &format!("SRANDMEMBER rs {count}"));
                let mut distinct = got.clone();
                distinct.sort();
                distinct.dedup();
                let ok_len = got.len() == count.unsigned_abs() as usize;
                let ok_members = got.iter().all(|m| all.contains(m));
                let ok_distinct = count < 0 || distinct.len() == got.len();
                if !(ok_len && ok_members && ok_distinct) {
                    out.push(format!("SRANDMEMBER rs {count} -> {got:?}"));
                }
            }
        }
        let single = text(&resp(&cmd_str(conn, "SRANDMEMBER rs")));
        if !all.contains(&single) {
            out.push(format!("SRANDMEMBER rs -> {single:?}"));
        }
    }
    if out.is_empty() { "ok".into() } else { out.join("; ") }
}

fn check_spop(conn: &mut RawConn, _port: u16) -> String {
    let mut out = Vec::new();
    for setup in [
        "SADD ps 1 2 3 4 5 6 7 8 9 10 11 12",
        "SADD ps a b c d e f g h i j k l",
        "SADD ps a b c d e f 1 2 3 4 5 6",
    ] {
        for count in [1usize, 2, 5, 9, 11, 12] {
            cmd_str(conn, "DEL ps");
            cmd_str(conn, setup);
            let mut before = members_of(conn, "SMEMBERS ps");
            before.sort();
            let old_encoding = text(&resp(&cmd_str(conn, "OBJECT ENCODING ps")));
            let popped = members_of(conn, &format!("SPOP ps {count}"));
            let mut after = members_of(conn, "SMEMBERS ps");
            let encoding = text(&resp(&cmd_str(conn, "OBJECT ENCODING ps")));
            let mut union = popped.clone();
            union.extend(after.iter().cloned());
            union.sort();
            after.sort();
            let disjoint = popped.iter().all(|p| !after.contains(p));
            // When most of the set is popped Redis rebuilds it from what
            // stays, so an all-integer remainder becomes an intset again.
            let remaining = before.len() - count;
            let int_rest = after
                .iter()
                .all(|m| std::str::from_utf8(m).is_ok_and(|t| t.parse::<i64>().is_ok()));
            let expected_encoding = if remaining == 0 {
                b"<nil>".to_vec()
            } else if remaining * 5 > count {
                old_encoding.clone()
            } else if int_rest {
                b"intset".to_vec()
            } else {
                b"hashtable".to_vec()
            };
            let ok = popped.len() == count && disjoint && union == before && encoding == expected_encoding;
            if !ok {
                out.push(format!(
                    "SPOP {count} of {setup}: popped {popped:?} left {after:?} encoding {}",
                    String::from_utf8_lossy(&encoding)
                ));
            } else {
                out.push(format!("{count}:ok"));
            }
        }
    }
    cmd_str(conn, "DEL ps");
    cmd_str(conn, "SADD ps x y z");
    let mut seen = Vec::new();
    for _ in 0..3 {
        seen.push(text(&resp(&cmd_str(conn, "SPOP ps"))));
    }
    seen.sort();
    out.push(format!("singles {:?}", seen));
    out.push(format!(
        "after {}",
        String::from_utf8_lossy(&cmd_str(conn, "EXISTS ps"))
    ));
    out.join("; ")
}

/// Elements of an array reply, RESP3 [member, score] pairs flattened.
fn flatten(reply: &Resp) -> Vec<Vec<u8>> {
    let mut items = Vec::new();
    for e in elements(reply) {
        match &e {
            Resp::Agg(_, n, pair) if *n >= 0 => items.extend(pair.iter().map(text)),
            other => items.push(text(other)),
        }
    }
    items
}

fn check_zrandmember(conn: &mut RawConn, _port: u16) -> String {
    let mut out = Vec::new();
    for setup in ["ZADD rz 1 a 2 b 3 c 4 d 5 e 6 f 7 g 8 h", "ZADD rz 1.5 a -2 b 3e5 c"] {
        cmd_str(conn, "DEL rz");
        cmd_str(conn, setup);
        let flat = flatten(&resp(&cmd_str(conn, "ZRANGE rz 0 -1 WITHSCORES")));
        let len = text(&resp(&cmd_str(conn, "ZCARD rz")));
        let size: usize = String::from_utf8_lossy(&len).parse().unwrap_or(0);
        for count in [1i64, 2, 3, 7, -1, -4, -20] {
            for withscores in [false, true] {
                let line = format!("ZRANDMEMBER rz {count}{}", if withscores { " WITHSCORES" } else { "" });
                let items = flatten(&resp(&cmd_str(conn, &line)));
                let per = if withscores { 2 } else { 1 };
                let expect = if count < 0 {
                    count.unsigned_abs() as usize
                } else {
                    (count as usize).min(size)
                };
                let mut names: Vec<Vec<u8>> = items.chunks(per).map(|c| c[0].clone()).collect();
                let pairs_ok = !withscores
                    || items.chunks(2).all(|c| {
                        let pos = flat.iter().position(|m| *m == c[0]);
                        pos.is_some_and(|p| p % 2 == 0 && flat.get(p + 1) == c.get(1))
                    });
                let members_ok = names.iter().all(|n| flat.iter().step_by(2).any(|m| m == n));
                let n = names.len();
                names.sort();
                names.dedup();
                let distinct_ok = count < 0 || names.len() == n;
                if n != expect || !pairs_ok || !members_ok || !distinct_ok {
                    out.push(format!("{line} -> {items:?}"));
                }
            }
        }
    }
    if out.is_empty() { "ok".into() } else { out.join("; ") }
}

/// keyspace_hits / keyspace_misses from INFO stats.
fn hits_misses(conn: &mut RawConn) -> (i64, i64) {
    let info = text(&resp(&cmd_str(conn, "INFO stats")));
    keyspace_counts(&String::from_utf8_lossy(&info))
}

fn check_keyspace_stats(conn: &mut RawConn, _port: u16) -> String {
    cmd_str(conn, "FLUSHALL");
    cmd_str(conn, "SADD ks a b");
    cmd_str(conn, "ZADD kz 1 a");
    let mut out = Vec::new();
    for line in [
        "SISMEMBER ks a",
        "SISMEMBER nokey a",
        "SMEMBERS ks",
        "SINTER ks nokey kz",
        "SUNION ks ks nokey",
        "SCARD nokey",
        "SADD ks c",
        "SREM ks c",
        "SPOP nokey",
        "SMOVE ks nokey2 a",
        "SRANDMEMBER ks",
        "SSCAN ks 0",
        "ZSCORE kz a",
        "ZRANGE kz 0 -1",
        "ZRANGE nokey 0 -1",
        "ZUNION 3 kz ks nokey",
        "ZADD kz 2 b",
        "ZPOPMIN nokey",
        "ZREMRANGEBYRANK kz 5 6",
        "ZRANGESTORE dst kz 0 -1",
        "ZRANDMEMBER kz",
        "ZSCAN kz 0",
        "ZCOUNT kz 0 1",
        "ZMSCORE nokey a",
    ] {
        let before = hits_misses(conn);
        cmd_str(conn, line);
        let after = hits_misses(conn);
        out.push(format!("{line}: +{} +{}", after.0 - before.0, after.1 - before.1));
    }
    out.join("; ")
}

/// A pop blocked on a key is served when another client adds to it.
fn check_blocking_wakeup(conn: &mut RawConn, port: u16) -> String {
    let mut out = Vec::new();
    for (block, feed) in [
        ("BZPOPMIN bk 5", "ZADD bk 3 c 1 a"),
        ("BZPOPMAX nokey bk 5", "ZADD bk 3 c 1 a"),
        ("BZMPOP 5 2 nokey bk MAX COUNT 5", "ZADD bk 3 c 1 a 2 b"),
    ] {
        cmd_str(conn, "DEL bk");
        let mut other = RawConn::connect(port);
        other.send_cmd(&tokenize(block).iter().map(|a| &a[..]).collect::<Vec<_>>());
        std::thread::sleep(Duration::from_millis(100));
        cmd_str(conn, feed);
        let woke = other.read_reply();
        let left = cmd_str(conn, "ZRANGE bk 0 -1 WITHSCORES");
        out.push(format!("{} / {}", show(&woke), show(&left)));
    }
    // A timeout answers with a null array.
    let mut other = RawConn::connect(port);
    out.push(show(&cmd_str(&mut other, "BZPOPMIN nokey 0.05")));
    out.join("; ")
}

fn checks() -> Vec<Step> {
    vec![
        Step::Check {
            name: "srandmember",
            f: check_srandmember,
        },
        Step::Check {
            name: "spop",
            f: check_spop,
        },
        Step::Check {
            name: "zrandmember",
            f: check_zrandmember,
        },
        Step::Check {
            name: "keyspace stats",
            f: check_keyspace_stats,
        },
    ]
}

/// Cases that depend on shared number code outside the set/zset modules:
/// `%.17g` formatting of doubles in [1e-5, 1e-4) (src/util/num.rs
/// format_g17) and timeouts too large for a double-to-integer conversion
/// (Ctx::parse_timeout, where Redis parses a long double).
const SHARED_NUMBERS: &str = r#"
FLUSHALL
ZADD f 1e-5 b 0.00005 c 9.9999999999999991e-05 d 0.0001 e
ZRANGE f 0 -1 WITHSCORES
ZSCAN f 0
ZSCORE f b
ZINCRBY f 0 c
ZADD p 1 a
BZPOPMIN p 1e400
BZPOPMIN nokey 1e17
"#;

#[test]
fn shared_number_code_matches_redis() {
    let steps = parse_script(SHARED_NUMBERS);
    let total = steps.len() * 2;
    report(compare("shared numbers", &steps, &[]), total);
}

#[test]
fn sets_match_redis() {
    let steps = parse_script(SETS);
    let total = steps.len() * 2;
    report(compare("sets", &steps, &[]), total);
}

#[test]
fn zsets_match_redis() {
    let steps = parse_script(ZSETS);
    let total = steps.len() * 2;
    report(compare("zsets", &steps, &[]), total);
}

#[test]
fn big_values_match_redis() {
    let steps = big_steps();
    let total = steps.len() * 2;
    report(compare("big", &steps, &[]), total);
}

#[test]
fn random_replies_have_redis_properties() {
    let steps = checks();
    let total = steps.len() * 2;
    report(compare("properties", &steps, &[]), total);
}

#[test]
fn transactions_and_watch_match_redis() {
    let steps = parse_script(TRANSACTIONS);
    let total = steps.len() * 2;
    report(compare("transactions", &steps, &[]), total);
}

#[test]
fn blocking_pops_wake_up_like_redis() {
    let steps = vec![Step::Check {
        name: "blocking wake-up",
        f: check_blocking_wakeup,
    }];
    report(compare("blocking", &steps, &[]), 2);
}
