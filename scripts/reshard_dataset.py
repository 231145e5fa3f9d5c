#!/usr/bin/env python3
"""Print RESP commands (for `redis-cli --pipe`) that write KEYS keys spread evenly over hash
slots 0..SLOTS-1: strings, lists, hashes, sets and sorted sets in turn, every third with a TTL.
Used by scripts/bench_cluster.sh to time `redis-cli --cluster reshard`."""
import sys


def crc16(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc


def tags_for(slots: int) -> list:
    tags = [None] * slots
    found, i = 0, 0
    while found < slots:
        slot = crc16(str(i).encode()) % 16384
        if slot < slots and tags[slot] is None:
            tags[slot] = str(i)
            found += 1
        i += 1
    return tags


def command(*args) -> bytes:
    out = [b"*%d\r\n" % len(args)]
    for a in args:
        a = a if isinstance(a, bytes) else str(a).encode()
        out.append(b"$%d\r\n%s\r\n" % (len(a), a))
    return b"".join(out)


def main() -> None:
    keys, slots = int(sys.argv[1]), int(sys.argv[2])
    tags = tags_for(slots)
    out = sys.stdout.buffer
    for i in range(keys):
        key = "{%s}:%d" % (tags[i % slots], i)
        kind = i % 5
        if kind == 0:
            out.write(command("SET", key, "value-%d" % i))
        elif kind == 1:
            out.write(command("RPUSH", key, "a", i, "c"))
        elif kind == 2:
            out.write(command("HSET", key, "f", i, "g", "h"))
        elif kind == 3:
            out.write(command("SADD", key, "x", i, "z"))
        else:
            out.write(command("ZADD", key, 1, "m", 2, i))
        if i % 3 == 0:
            out.write(command("PEXPIRE", key, 3600000))


if __name__ == "__main__":
    main()
