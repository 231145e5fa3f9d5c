#!/usr/bin/env bash
# Start a local 3-master Gossamer cluster on ports 7000-7002 (bus ports 17000-17002) and form it
# with CLUSTER commands. `scripts/cluster.sh stop` stops it. State lives in ./cluster-run/<port>/.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-target/release/gossamer-server}
PORTS=(${PORTS:-7000 7001 7002})
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
  rm -f "$RUN/$p/nodes.conf" "$RUN/$p/nodes.conf.lock"
  (cd "$RUN/$p" && "../../$BIN" --port "$p" --cluster-enabled yes --cluster-node-timeout 5000 \
     --daemonize yes --pidfile "$PWD/pid" --logfile log)
done
for p in "${PORTS[@]}"; do
  for _ in $(seq 50); do "$CLI" -p "$p" ping >/dev/null 2>&1 && break; sleep 0.1; done
done

n=${#PORTS[@]}
for i in "${!PORTS[@]}"; do
  lo=$(( 16384 * i / n )); hi=$(( 16384 * (i + 1) / n - 1 ))
  "$CLI" -p "${PORTS[$i]}" cluster addslotsrange "$lo" "$hi" >/dev/null
  "$CLI" -p "${PORTS[$i]}" cluster set-config-epoch "$((i + 1))" >/dev/null
  [ "$i" -gt 0 ] && "$CLI" -p "${PORTS[$i]}" cluster meet 127.0.0.1 "${PORTS[0]}" >/dev/null
done

printf "waiting for cluster_state:ok"
for _ in $(seq 100); do
  ok=0
  for p in "${PORTS[@]}"; do
    "$CLI" -p "$p" cluster info | grep -q "cluster_state:ok" && ok=$((ok + 1))
  done
  [ "$ok" -eq "$n" ] && break
  printf "."; sleep 0.2
done
echo
"$CLI" -p "${PORTS[0]}" cluster nodes
echo
echo "Cluster up. Connect with:   redis-cli -c -p ${PORTS[0]}"
echo "Check it with:              redis-cli --cluster check 127.0.0.1:${PORTS[0]}"
echo "Stop it with:               make cluster-stop"
