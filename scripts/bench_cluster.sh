#!/usr/bin/env bash
# make bench-cluster: cluster formation time and bus traffic, Gossamer vs redis-server 7.0.15 in
# the same run. For each kind: start N nodes (default 6) with cluster-node-timeout NODE_TIMEOUT
# (default 5000), form them with `redis-cli --cluster create`, report the time from the create
# command until every node says cluster_state:ok, then the bus messages each node sends per
# second over SAMPLE seconds (CLUSTER INFO cluster_stats_messages_sent; Gossamer also reports
# bytes). Median of ROUNDS (default 3) rounds, A/B interleaved.
# Then failover time: 3 masters + 3 replicas per kind, `kill -9` one master, time until every live
# node sees the dead master's slots served by its replica and reports cluster_state:ok with all
# 16384 slots ok; median of FAILOVER_ROUNDS (default 5) at
# each node timeout in FAILOVER_TIMEOUTS (default "1000 5000"), Gossamer once per
# cluster-election-policy in ELECTION_POLICIES (default "fast redis"). FAILOVER_ROUNDS=0 skips it.
# Then reshard time: 3 masters per kind, RESHARD_KEYS keys (default 100000, every type, a third
# with TTLs) in the first master's lowest RESHARD_SLOTS slots (default 1000), timed
# `redis-cli --cluster reshard` of those slots to the second master; median of RESHARD_ROUNDS
# (default 3). RESHARD_ROUNDS=0 skips it.
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

# start_nodes TAG COUNT BINARY NODE_TIMEOUT [EXTRA_ARGS...]: COUNT cluster nodes, each answering
# PING; their ports and pids go to the caller's `ports` and `round_pids` (bash dynamic scope).
start_nodes() {
  local tag=$1 count=$2 bin=$3 nt=$4
  shift 4
  for i in $(seq "$count"); do
    local port cport dir
    port=$(pick_port); cport=$(pick_port); dir="$work/$tag-$i-$RANDOM"; mkdir -p "$dir"
    "$bin" --port "$port" --cluster-enabled yes --cluster-port "$cport" --cluster-node-timeout "$nt" \
      --bind 127.0.0.1 --save "" --appendonly no --dir "$dir" --logfile "$dir/log" "$@" &
    round_pids+=($!); pids+=($!); ports+=("$port")
  done
  for p in "${ports[@]}"; do
    for _ in $(seq 100); do redis-cli -p "$p" ping >/dev/null 2>&1 && break; sleep 0.05; done
  done
}

# round KIND BINARY -> "formation_ms msgs_per_node_per_s bytes_per_node_per_s"
round() {
  local kind=$1 bin=$2 ports=() round_pids=()
  start_nodes "$kind" "$N" "$bin" "$NODE_TIMEOUT"
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

# failover KIND BINARY NODE_TIMEOUT [POLICY] -> ms from kill -9 to every live node ok with full
# coverage (POLICY: Gossamer's --cluster-election-policy)
failover() {
  local kind=$1 bin=$2 nt=$3 ports=() round_pids=() extra=()
  [ -n "${4:-}" ] && extra=(--cluster-election-policy "$4")
  start_nodes "fo-$kind" 6 "$bin" "$nt" "${extra[@]}"
  redis-cli --cluster create $(printf '127.0.0.1:%s ' "${ports[@]}") --cluster-replicas 1 --cluster-yes >/dev/null
  while true; do
    local ok=0 linked=0
    for p in "${ports[@]}"; do
      redis-cli -p "$p" cluster info | grep -q 'cluster_state:ok' && ok=$((ok + 1))
      redis-cli -p "$p" info replication | grep -q 'master_link_status:up' && linked=$((linked + 1))
    done
    [ "$ok" -eq 6 ] && [ "$linked" -eq 3 ] && break
    sleep 0.1
  done
  sleep 1
  local victim="" vport="" i=0
  for p in "${ports[@]}"; do
    if redis-cli -p "$p" info replication | grep -q 'role:master'; then victim=${round_pids[$i]}; vport=$p; break; fi
    i=$((i + 1))
  done
  local start; start=$(now_ms)
  kill -9 "$victim"
  while true; do
    local good=0
    for p in "${ports[@]}"; do
      [ "$p" = "$vport" ] && continue
      # Done when this node sees the dead master without slots (a replica took them) and is ok.
      redis-cli -p "$p" cluster nodes | grep ":$vport@" | grep -q -E 'connected$' &&
        redis-cli -p "$p" cluster info | tr -d '\r' | grep -q 'cluster_slots_ok:16384' &&
        redis-cli -p "$p" cluster info | grep -q 'cluster_state:ok' && good=$((good + 1))
    done
    [ "$good" -eq 5 ] && break
    sleep 0.02
  done
  echo $(( $(now_ms) - start ))
  for p in "${round_pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait "${round_pids[@]}" 2>/dev/null || true
}

# reshard KIND BINARY -> ms taken by `redis-cli --cluster reshard` of RESHARD_SLOTS slots
reshard() {
  local kind=$1 bin=$2 ports=() round_pids=()
  start_nodes "rs-$kind" 3 "$bin" 5000
  redis-cli --cluster create $(printf '127.0.0.1:%s ' "${ports[@]}") --cluster-yes >/dev/null
  while true; do
    local ok=0
    for p in "${ports[@]}"; do redis-cli -p "$p" cluster info | grep -q 'cluster_state:ok' && ok=$((ok + 1)); done
    [ "$ok" -eq 3 ] && break
    sleep 0.1
  done
  python3 scripts/reshard_dataset.py "$RESHARD_KEYS" "$RESHARD_SLOTS" | redis-cli -p "${ports[0]}" --pipe >/dev/null
  local from to start
  from=$(redis-cli -p "${ports[0]}" cluster myid); to=$(redis-cli -p "${ports[1]}" cluster myid)
  start=$(now_ms)
  redis-cli --cluster reshard "127.0.0.1:${ports[0]}" --cluster-from "$from" --cluster-to "$to" \
    --cluster-slots "$RESHARD_SLOTS" --cluster-yes >/dev/null
  echo $(( $(now_ms) - start ))
  local left; left=$(redis-cli -p "${ports[0]}" dbsize)
  [ "$left" -eq 0 ] || echo "reshard: $left keys left on the source ($kind)" >&2
  for p in "${round_pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait "${round_pids[@]}" 2>/dev/null || true
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

FAILOVER_ROUNDS=${FAILOVER_ROUNDS:-5}
FAILOVER_TIMEOUTS=${FAILOVER_TIMEOUTS:-"1000 5000"}
ELECTION_POLICIES=${ELECTION_POLICIES:-"fast redis"}
if [ "$FAILOVER_ROUNDS" -gt 0 ]; then
  echo
  echo "failover: kill -9 a master (3 masters + 3 replicas), until every live node is ok with 16384 slots ok; median of $FAILOVER_ROUNDS"
  echo "(gossamer-POLICY: Gossamer with --cluster-election-policy POLICY; ratio: gossamer-POLICY / redis)"
  printf '%-14s' node-timeout
  for pol in $ELECTION_POLICIES; do printf ' %18s' "gossamer-$pol ms"; done
  printf ' %10s' "redis ms"
  for pol in $ELECTION_POLICIES; do printf ' %8s' "$pol"; done
  echo
  for nt in $FAILOVER_TIMEOUTS; do
    declare -A fo=()
    for _ in $(seq "$FAILOVER_ROUNDS"); do
      for pol in $ELECTION_POLICIES; do fo[$pol]+="$(failover gossamer "$GOSSAMER" "$nt" "$pol") "; done
      fo[redis-server]+="$(failover redis redis-server "$nt") "
    done
    rm=$(tr ' ' '\n' <<<"${fo[redis-server]}" | grep . | median)
    printf '%-14s' "$nt"
    for pol in $ELECTION_POLICIES; do printf ' %18s' "$(tr ' ' '\n' <<<"${fo[$pol]}" | grep . | median)"; done
    printf ' %10s' "$rm"
    for pol in $ELECTION_POLICIES; do
      gm=$(tr ' ' '\n' <<<"${fo[$pol]}" | grep . | median)
      printf ' %8s' "$(awk -v a="$gm" -v b="$rm" 'BEGIN {printf "%.2f", a/b}')"
    done
    echo
    unset fo
  done
fi

RESHARD_ROUNDS=${RESHARD_ROUNDS:-3}
RESHARD_KEYS=${RESHARD_KEYS:-100000}
RESHARD_SLOTS=${RESHARD_SLOTS:-1000}
if [ "$RESHARD_ROUNDS" -gt 0 ]; then
  echo
  echo "reshard: redis-cli --cluster reshard of $RESHARD_SLOTS slots holding $RESHARD_KEYS keys (3 masters); median of $RESHARD_ROUNDS"
  g=""; r=""
  for _ in $(seq "$RESHARD_ROUNDS"); do
    g+="$(reshard gossamer "$GOSSAMER") "
    r+="$(reshard redis redis-server) "
  done
  gm=$(tr ' ' '\n' <<<"$g" | grep . | median); rm=$(tr ' ' '\n' <<<"$r" | grep . | median)
  printf '%-14s %14s %8s\n' "gossamer ms" "redis ms" ratio
  printf '%-14s %14s %8s\n' "$gm" "$rm" "$(awk -v a="$gm" -v b="$rm" 'BEGIN {printf "%.2f", a/b}')"
fi
