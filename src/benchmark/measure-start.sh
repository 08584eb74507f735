#!/usr/bin/env bash
# Start-up time of command one ("mvn -Pserve package") on a warm machine: runs it RUNS times (default 3)
# with tsunagu.exitAfterRound=true, after one uncounted run that warms the Maven repository, target/ and
# the embedded database (and loads the sample into it), and archives Payara's classes (PayaraRuntime).
# Prints, per run, the launcher's own figure "healthy after N s" (from the start of Maven's JVM to
# /health UP with the sample loaded), whether Payara's classes came from the archive, the wall time
# of the whole command and the load average before it; then the minimum and the median.
#
#   src/benchmark/measure-start.sh [RUNS]      environment: PORT (default 18480), TSUNAGU_HOME
#                                              (default target/measure-start-home), JAVA_HOME as usual,
#                                              TARGET (default 20 s)
#
# Ends with exit code 3 when the median misses the target: healthy within TARGET seconds of the command.
#
# Timings on a shared machine follow its load: read them beside the load average.
set -euo pipefail
cd "$(dirname "$0")/../.."

runs="${1:-3}"
port="${PORT:-18480}"
target="${TARGET:-20}"
export TSUNAGU_HOME="${TSUNAGU_HOME:-$PWD/target/measure-start-home}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

one_run() {
  local log="$1"
  local started ended
  started=$(date +%s%N)
  mvn -B -ntp -Pserve package -Dtsunagu.port="$port" -Dtsunagu.exitAfterRound=true \
      -Dtsunagu.solveSeconds=5 >"$log" 2>&1 || { echo "command one failed, see its output:" >&2; tail -40 "$log" >&2; exit 1; }
  ended=$(date +%s%N)
  echo $(( (ended - started) / 1000000 ))
}

echo "warm-up run (not counted) ..."
one_run "$out/warmup.txt" >/dev/null

healthy=()
for i in $(seq 1 "$runs"); do
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  wall_ms=$(one_run "$out/run$i.txt")
  figure=$(grep -o 'healthy after [0-9.]* s' "$out/run$i.txt" | grep -o '[0-9.]*' | head -1)
  db=$(grep -o 'started in [0-9.]* s' "$out/run$i.txt" | grep -o '[0-9.]*' | head -1)
  classes=$(grep -q 'mapped from the shared archive' "$out/run$i.txt" && echo "mapped from the archive" || echo "loaded without the archive")
  healthy+=("$figure")
  printf 'run %d: healthy after %s s (database %s s, Payara classes %s), command %.1f s in all, load average before %s\n' \
      "$i" "$figure" "${db:-?}" "$classes" "$(echo "$wall_ms / 1000" | bc -l)" "$load"
done

sorted=$(printf '%s\n' "${healthy[@]}" | sort -n)
min=$(echo "$sorted" | head -1)
median=$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")
echo "healthy after: min ${min} s, median ${median} s over ${runs} runs (load average now $(cut -d' ' -f1-3 /proc/loadavg))"
if [ "$(echo "${median} < ${target}" | bc -l)" = 1 ]; then
  echo "target, healthy within ${target} s of the command (median): met"
else
  echo "target, healthy within ${target} s of the command (median): NOT MET"
  exit 3
fi
