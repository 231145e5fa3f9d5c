#!/usr/bin/env bash
# Start a local Gossamer cluster: 3 masters on ports 7000-7002 and one replica each on 7003-7005
# (bus ports +10000), formed with CLUSTER commands. `scripts/cluster.sh stop` stops it. State lives
# in ./cluster-run/<port>/. REPLICAS=0 starts masters only.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-target/release/gossamer-server}
MASTERS=(${MASTERS:-7000 7001 7002})
REPLICAS=${REPLICAS:-1}
REPLICA_PORTS=()
if [ "$REPLICAS" -gt 0 ]; then
  for p in "${MASTERS[@]}"; do REPLICA_PORTS+=($((p + ${#MASTERS[@]}))); done
fi
PORTS=("${MASTERS[@]}" "${REPLICA_PORTS[@]}")
RUN=cluster-run
CLI=${CLI:-redis-cli}

stop() {
  for p in "${PORTS[@]}"; do
    if [ -f "$RUN/$p/pid" ]; then kill "$(cat "$RUN/$p/pid")" 2>/dev/null || true; fi
  done
  echo "stopped"
}

if [ "${1:-}" = stop ]; then stop; exit 0; fi
command -v "$CLI" >/dev/null || { echo "redis-cli not found (apt-get install redis-tools)"; exit 1; }
[ -x "$BIN" ] || cargo build --release

for p in "${PORTS[@]}"; do
  if "$CLI" -p "$p" ping >/dev/null 2>&1; then echo "port $p is in use; run: make cluster-stop"; exit 1; fi
  mkdir -p "$RUN/$p"
  rm -f "$RUN/$p/nodes.conf" "$RUN/$p/nodes.conf.lock" "$RUN/$p/dump.rdb"
  (cd "$RUN/$p" && "../../$BIN" --port "$p" --cluster-enabled yes --cluster-node-timeout 5000 \
     --daemonize yes --pidfile "$PWD/pid" --logfile log)
done
for p in "${PORTS[@]}"; do
  for _ in $(seq 50); do "$CLI" -p "$p" ping >/dev/null 2>&1 && break; sleep 0.1; done
done

n=${#MASTERS[@]}
for i in "${!MASTERS[@]}"; do
  lo=$(( 16384 * i / n )); hi=$(( 16384 * (i + 1) / n - 1 ))
  "$CLI" -p "${MASTERS[$i]}" cluster addslotsrange "$lo" "$hi" >/dev/null
done
for i in "${!PORTS[@]}"; do
  "$CLI" -p "${PORTS[$i]}" cluster set-config-epoch "$((i + 1))" >/dev/null
  [ "$i" -gt 0 ] && "$CLI" -p "${PORTS[$i]}" cluster meet 127.0.0.1 "${PORTS[0]}" >/dev/null
done
# Replicas: CLUSTER REPLICATE once they know their master.
for i in "${!REPLICA_PORTS[@]}"; do
  master_id=$("$CLI" -p "${MASTERS[$i]}" cluster myid)
  for _ in $(seq 100); do
    "$CLI" -p "${REPLICA_PORTS[$i]}" cluster replicate "$master_id" 2>/dev/null | grep -q OK && break
    sleep 0.1
  done
done
n=${#PORTS[@]}

printf "waiting for cluster_state:ok"
for _ in $(seq 100); do
  ok=0
  for p in "${PORTS[@]}"; do
    "$CLI" -p "$p" cluster info | grep -q "cluster_state:ok" && ok=$((ok + 1))
  done
  slaves=$("$CLI" -p "${PORTS[0]}" cluster nodes | grep -c slave || true)
  [ "$ok" -eq "$n" ] && [ "$slaves" -eq "${#REPLICA_PORTS[@]}" ] && break
  printf "."; sleep 0.2
done
echo
"$CLI" -p "${PORTS[0]}" cluster nodes
echo
echo "Cluster up. Connect with:   redis-cli -c -p ${PORTS[0]}"
echo "Check it with:              redis-cli --cluster check 127.0.0.1:${PORTS[0]}"
echo "Stop it with:               make cluster-stop"
