#!/usr/bin/env bash
# make bench: redis-benchmark against gossamer-server and redis-server 7.0.15
# in the same run, A/B interleaved, same flags, each server pinned to one CPU
# and the benchmark client to another where the machine has two. Prints rps
# and p50 per test for both and the ratio (Gossamer / Redis, higher is better).
#
# Environment: TESTS (default: the string, list, set, hash, zset and stream
# tests below; `xadd` runs `XADD mystream * myfield myvalue`), REQUESTS (default 200000),
# CLIENTS (50), PIPELINES ("1 16"), ROUNDS (3; the median round is reported).
set -euo pipefail
cd "$(dirname "$0")/.."

TESTS=${TESTS:-set,get,incr,mset,lpush,lpop,sadd,hset,zadd,lrange_100,xadd}
REQUESTS=${REQUESTS:-200000}
CLIENTS=${CLIENTS:-50}
PIPELINES=${PIPELINES:-"1 16"}
ROUNDS=${ROUNDS:-3}
GOSSAMER=target/release/gossamer-server

for tool in redis-server redis-benchmark redis-cli; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is required (apt-get install redis-server redis-tools)" >&2; exit 1; }
done
[ -x "$GOSSAMER" ] || cargo build --release

pick_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
ncpu=$(nproc)
server_pin=(); client_pin=()
if command -v taskset >/dev/null && [ "$ncpu" -ge 2 ]; then
  server_pin=(taskset -c 1); client_pin=(taskset -c 0)
fi

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

flags=(--bind 127.0.0.1 --save "" --appendonly no --daemonize no --protected-mode no)
gport=$(pick_port); rport=$(pick_port)
"${server_pin[@]}" "$GOSSAMER" --port "$gport" --dir "$work" --logfile "$work/g.log" "${flags[@]}" &
pids+=($!)
"${server_pin[@]}" redis-server --port "$rport" --dir "$work" --logfile "$work/r.log" "${flags[@]}" &
pids+=($!)
for port in "$gport" "$rport"; do
  for _ in $(seq 100); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.05; done
done

# run PORT TEST PIPELINE -> "rps p50"
run() {
  redis-cli -p "$1" flushall >/dev/null
  local what=(-t "$2")
  [ "$2" = xadd ] && what=(XADD mystream '*' myfield myvalue)
  "${client_pin[@]}" redis-benchmark -p "$1" -c "$CLIENTS" -n "$REQUESTS" -P "$3" -q "${what[@]}" 2>/dev/null |
    tr '\r' '\n' | grep 'requests per second' | tail -1 |
    sed -E 's/.*: ([0-9.]+) requests per second, p50=([0-9.]+) msec.*/\1 \2/'
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -sr)"
echo "redis-benchmark -c $CLIENTS -n $REQUESTS, median of $ROUNDS A/B-interleaved rounds; servers pinned: ${server_pin[*]:-no}"
printf '%-16s %3s %14s %10s %14s %10s %7s\n' test P gossamer_rps p50_ms redis_rps p50_ms ratio
for pipeline in $PIPELINES; do
  for test in ${TESTS//,/ }; do
    : >"$work/g" ; : >"$work/r"
    for _ in $(seq "$ROUNDS"); do
      run "$gport" "$test" "$pipeline" >>"$work/g"
      run "$rport" "$test" "$pipeline" >>"$work/r"
    done
    g=$(cut -d' ' -f1 "$work/g" | median); gp=$(cut -d' ' -f2 "$work/g" | median)
    r=$(cut -d' ' -f1 "$work/r" | median); rp=$(cut -d' ' -f2 "$work/r" | median)
    ratio=$(awk -v g="$g" -v r="$r" 'BEGIN { if (r > 0) printf "%.2f", g / r; else print "n/a" }')
    printf '%-16s %3s %14s %10s %14s %10s %7s\n' "$test" "$pipeline" "$g" "$gp" "$r" "$rp" "$ratio"
  done
done
