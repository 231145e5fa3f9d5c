#!/usr/bin/env bash
# make bench-cluster: cluster formation time and bus traffic, Gossamer vs redis-server 7.0.15 in
# the same run. For each kind: start N nodes (default 6) with cluster-node-timeout NODE_TIMEOUT
# (default 5000), form them with `redis-cli --cluster create`, report the time from the create
# command until every node says cluster_state:ok, then the bus messages each node sends per
# second over SAMPLE seconds (CLUSTER INFO cluster_stats_messages_sent; Gossamer also reports
# bytes). Median of ROUNDS (default 3) rounds, A/B interleaved.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-6}
NODE_TIMEOUT=${NODE_TIMEOUT:-5000}
SAMPLE=${SAMPLE:-5}
ROUNDS=${ROUNDS:-3}
GOSSAMER=${GOSSAMER:-target/release/gossamer-server}
for tool in redis-server redis-cli python3; do
  command -v "$tool" >/dev/null || { echo "bench-cluster: $tool is required" >&2; exit 1; }
done
[ -x "$GOSSAMER" ] || cargo build --release

pick_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

# round KIND BINARY -> "formation_ms msgs_per_node_per_s bytes_per_node_per_s"
round() {
  local kind=$1 bin=$2 ports=() round_pids=()
  for i in $(seq "$N"); do
    local port cport dir
    port=$(pick_port); cport=$(pick_port); dir="$work/$kind-$i-$RANDOM"; mkdir -p "$dir"
    "$bin" --port "$port" --cluster-enabled yes --cluster-port "$cport" --cluster-node-timeout "$NODE_TIMEOUT" \
      --bind 127.0.0.1 --save "" --appendonly no --dir "$dir" --logfile "$dir/log" &
    round_pids+=($!); pids+=($!); ports+=("$port")
  done
  for p in "${ports[@]}"; do
    for _ in $(seq 100); do redis-cli -p "$p" ping >/dev/null 2>&1 && break; sleep 0.05; done
  done
  local start; start=$(now_ms)
  redis-cli --cluster create $(printf '127.0.0.1:%s ' "${ports[@]}") --cluster-yes >/dev/null
  while true; do
    local ok=0
    for p in "${ports[@]}"; do redis-cli -p "$p" cluster info | grep -q 'cluster_state:ok' && ok=$((ok + 1)); done
    [ "$ok" -eq "$N" ] && break
    sleep 0.05
  done
  local formed=$(( $(now_ms) - start ))
  sum() { for p in "${ports[@]}"; do redis-cli -p "$p" cluster info | tr -d '\r' | { grep "^$1:" || true; } | cut -d: -f2; done | awk '{s+=$1} END {print s+0}'; }
  local m0 b0 m1 b1
  m0=$(sum cluster_stats_messages_sent); b0=$(sum cluster_stats_bytes_sent)
  sleep "$SAMPLE"
  m1=$(sum cluster_stats_messages_sent); b1=$(sum cluster_stats_bytes_sent)
  for p in "${round_pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait "${round_pids[@]}" 2>/dev/null || true
  echo "$formed $(( (m1 - m0) / N / SAMPLE )) $(( (b1 - b0) / N / SAMPLE ))"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A formed msgs bytes
for r in $(seq "$ROUNDS"); do
  for kind in gossamer redis; do
    bin=$GOSSAMER; [ "$kind" = redis ] && bin=redis-server
    read -r f m b < <(round "$kind" "$bin")
    formed[$kind]+="$f "; msgs[$kind]+="$m "; bytes[$kind]+="$b "
  done
done
echo "machine: $(nproc) cores, $(uname -sr); $N masters, cluster-node-timeout $NODE_TIMEOUT, median of $ROUNDS rounds"
printf '%-10s %14s %20s %20s\n' kind "formation ms" "bus msgs/s per node" "bus bytes/s per node"
for kind in gossamer redis; do
  f=$(tr ' ' '\n' <<<"${formed[$kind]}" | grep . | median)
  m=$(tr ' ' '\n' <<<"${msgs[$kind]}" | grep . | median)
  b=$(tr ' ' '\n' <<<"${bytes[$kind]}" | grep . | median)
  [ "$kind" = redis ] && b="n/a"
  printf '%-10s %14s %20s %20s\n' "$kind" "$f" "$m" "$b"
done
