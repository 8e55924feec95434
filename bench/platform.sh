#!/usr/bin/env bash
# Platform figures: cold build time, WAR size, and time from launch to readiness UP of
# `./musicrec demo`, next to a bare Payara Micro (no application) booted in the same run as the
# baseline. Also checks that stopping the demo leaves no process behind.
# usage: bench/platform.sh [--skip-cold-build]
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/musicrec-bench-platform.XXXXXX)
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ "${1:-}" != "--skip-cold-build" ]]; then
  # In a clone of the committed tree, so the class-path files under this target/ keep pointing at
  # the real local repository.
  git clone -q . "$work/src"
  t0=$(date +%s.%N)
  (cd "$work/src" && mvn -B -q -Dmaven.repo.local="$work/m2" -DskipTests package >/dev/null)
  t1=$(date +%s.%N)
  printf 'cold build (empty local repository, mvn -DskipTests package): %.0f s   [mvn -Dmaven.repo.local=EMPTY -DskipTests package]\n' "$(echo "$t1 - $t0" | bc)"
  echo "downloaded into the empty repository: $(du -sh "$work/m2" | cut -f1)"
  rm -rf "$work/m2" "$work/src"
fi
mvn -B -q -o -DskipTests package >/dev/null
printf 'WAR size: %s MB, %s jars in WEB-INF/lib   [ls -l target/musicrec.war]\n' \
  "$(echo "scale=1; $(stat -c %s target/musicrec.war) / 1048576" | bc)" "$(unzip -l target/musicrec.war | grep -c 'WEB-INF/lib/.*\.jar')"

port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }

# Baseline: Payara Micro with nothing deployed, until its "ready in" line.
bp=$(port)
t0=$(date +%s.%N)
java -jar target/payara-micro.jar --nocluster --disablephonehome --port "$bp" >"$work/bare.log" 2>&1 &
bare=$!
until grep -q "ready in" "$work/bare.log"; do sleep 0.2; done
t1=$(date +%s.%N)
kill "$bare"; wait "$bare" 2>/dev/null || true
bare_s=$(echo "$t1 - $t0" | bc)
printf 'bare Payara Micro (no app) ready: %.1f s   [java -jar target/payara-micro.jar --nocluster]\n' "$bare_s"

# The demo: services + Payara Micro + the WAR, until /health/ready is UP.
hp=$(port); kp=$(port); cp=$(port); mp=$(port)
t0=$(date +%s.%N)
setsid ./musicrec demo --data-dir "$work/var" --port "$hp" --kafka-port "$kp" --controller-port "$cp" --mongo-port "$mp" >"$work/demo.log" 2>&1 &
demo=$!
until curl -sf "http://127.0.0.1:$hp/health/ready" >/dev/null; do
  kill -0 "$demo" 2>/dev/null || { echo "demo died:"; tail -20 "$work/demo.log"; exit 1; }
  sleep 0.5
done
t1=$(date +%s.%N)
demo_s=$(echo "$t1 - $t0" | bc)
printf 'demo launch to readiness UP: %.1f s (%.2fx the bare runtime)   [./musicrec demo; curl /health/ready]\n' "$demo_s" "$(echo "$demo_s / $bare_s" | bc -l)"
printf 'Payara boot+deploy inside it: %s\n' "$(grep -o 'ready in [0-9,]* (ms)' "$work/var/payara/payara.log" | head -1)"

kill -TERM "$demo"
for _ in $(seq 1 60); do kill -0 "$demo" 2>/dev/null || break; sleep 0.5; done
left=$(pgrep -f "$work" || true)
if [[ -z "$left" ]]; then echo "stop: no process left behind"; else echo "stop: processes left: $left"; exit 1; fi
