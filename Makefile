# Gossamer: build, run, test, bench.
CARGO ?= cargo
BIN := target/release/gossamer-server

.PHONY: all build run test bench bench-cluster cluster cluster-stop lint fmt clean

all: build

build:
	$(CARGO) build --release

run: build
	$(BIN)

# Every test: unit tests, integration tests against real processes
# (gossamer-server, redis-server 7.0.15, redis-cli, redis-benchmark).
test:
	$(CARGO) test --profile test-fast -- --test-threads=2

# Commands (redis-benchmark), then the cluster figures (formation, bus traffic, failover and
# reshard time), each side by side with redis-server 7.0.15.
bench: build
	bash scripts/bench.sh
	bash scripts/bench_cluster.sh

# Cluster formation time, bus traffic, failover and reshard time, Gossamer vs redis-server.
bench-cluster: build
	bash scripts/bench_cluster.sh

# A local 3-master cluster on ports 7000-7002, formed with CLUSTER commands.
cluster: build
	bash scripts/cluster.sh

cluster-stop:
	bash scripts/cluster.sh stop

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --release --all-targets -- -D warnings

fmt:
	$(CARGO) fmt --all

clean:
	$(CARGO) clean
