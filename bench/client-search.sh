#!/bin/sh
# Client search as you type on the reference dataset, one query type after the other: 5 s of warm-up, then
# wrk for the given time with the given number of connections against the application on port 8082.
# Usage: bench/client-search.sh <SESSION cookies of signed-in staff, comma-separated> [duration] [connections]
SESSIONS="$1"; DURATION="${2:-30s}"; CONNECTIONS="${3:-16}"; export SESSIONS
cd "$(dirname "$0")"
for Q in "m%C3%BCll" "kowal" "anna.kowalska1" "eha.saar77777%40ex" "07506%20348193" "C-0001234" "A-123456" "O-654321"; do
  export Q
  wrk -t1 -c16 -d5s -s client-search.lua http://localhost:8082 > /dev/null
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  wrk -t1 -c"$CONNECTIONS" -d"$DURATION" -s client-search.lua http://localhost:8082 | grep RESULT
done
