#!/usr/bin/env bash
# Throughput of the extract-features batch job in the server: the 40 real clips, copied 3 times
# under distinct track ids (120 files), run once with 1 partition and once with 2 (this machine
# has 2 cores); prints clips/s for each and the ratio. Starts its own demo (services + Payara) on
# free ports with a temporary data folder and stops it at the end.
# usage: bench/features-job.sh        (needs ../shared/data/audio-real, or musicrec.data.dir)
set -euo pipefail
cd "$(dirname "$0")/.."
data="${MUSICREC_DATA_DIR:-../shared/data}/audio-real"
[[ -d "$data" ]] || { echo "skipped: $data is absent"; exit 0; }
work=$(mktemp -d /tmp/musicrec-bench-features-job.XXXXXX)
cleanup() { if [[ -n "${demo:-}" ]]; then kill -TERM "$demo" 2>/dev/null || true; wait "$demo" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"

for copy in 1 2 3; do
  mkdir -p "$work/audio$copy"
  for f in "$data"/*.mp3; do
    id=$(basename "$f" .mp3)
    cp "$f" "$work/audio$copy/$((id + copy * 100000)).mp3"
  done
done
mkdir -p "$work/p1" "$work/p2"
cp "$work"/audio1/*.mp3 "$work"/audio2/*.mp3 "$work"/audio3/*.mp3 "$work/p1/"
for f in "$work"/p1/*.mp3; do cp "$f" "$work/p2/$(( $(basename "$f" .mp3) + 1000000 )).mp3"; done
n=$(ls "$work/p1" | wc -l)

port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
hp=$(port)
setsid ./musicrec demo --data-dir "$work/var" --port "$hp" --kafka-port "$(port)" --controller-port "$(port)" --mongo-port "$(port)" >"$work/demo.log" 2>&1 &
demo=$!
until grep -qs "musicrec is up" "$work/demo.log"; do kill -0 "$demo" || { tail "$work/demo.log"; exit 1; }; sleep 1; done
pw=$(grep -o "password [A-Za-z0-9]*" "$work/demo.log" | awk '{print $2}')
api="http://127.0.0.1:$hp/api/admin/jobs"

run() { # $1 = folder, $2 = partitions; prints seconds from the execution's start to its end
  local id status
  id=$(curl -sf -u "admin:$pw" -H 'Content-Type: application/json' -d "{\"audioDir\":\"$1\",\"partitions\":$2}" "$api/extract-features" \
       | python3 -c 'import json,sys;print(json.load(sys.stdin)["executionId"])')
  while :; do
    status=$(curl -sf -u "admin:$pw" "$api/executions/$id")
    case "$(echo "$status" | python3 -c 'import json,sys;print(json.load(sys.stdin)["status"])')" in
      COMPLETED) break ;; FAILED|STOPPED|ABANDONED) echo "job $id ended: $status" >&2; exit 1 ;;
    esac
    sleep 0.5
  done
  echo "$status" | python3 -c '
import json,sys,datetime
j=json.load(sys.stdin); p=lambda s: datetime.datetime.fromisoformat(s.replace("Z","+00:00"))
print((p(j["end"])-p(j["start"])).total_seconds())'
}

# Warm-up (JIT, decoder classes) on one copy, not measured.
run "$work/audio1" 2 >/dev/null
s1=$(run "$work/p1" 1)
s2=$(run "$work/p2" 2)
printf 'extract-features, %d clips (30 s MP3), 1 partition: %.1f s = %.2f clips/s   [POST /api/admin/jobs/extract-features {"partitions":1}]\n' "$n" "$s1" "$(echo "$n / $s1" | bc -l)"
printf 'extract-features, %d clips (30 s MP3), 2 partitions: %.1f s = %.2f clips/s (%.2fx one partition)   [{"partitions":2}]\n' "$n" "$s2" "$(echo "$n / $s2" | bc -l)" "$(echo "$s1 / $s2" | bc -l)"
