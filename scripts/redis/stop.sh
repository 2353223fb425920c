#!/usr/bin/env bash
# Stops the Redis that start.sh started (by its pid file only: a Redis someone else runs
# is left alone).
set -euo pipefail
cd "$(dirname "$0")/../.."
dir="$PWD/data/redis"
pidfile="$dir/redis.pid"
if [ ! -f "$pidfile" ]; then
  echo "redis:stop: not running (no $pidfile)"
  exit 0
fi
pid="$(cat "$pidfile")"
if kill -0 "$pid" 2>/dev/null; then
  kill "$pid"
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "redis:stop: pid $pid did not stop on SIGTERM; sending SIGKILL" >&2
    kill -9 "$pid" 2>/dev/null || true
  fi
  echo "redis:stop: stopped (pid $pid)"
else
  echo "redis:stop: pid $pid was not running"
fi
rm -f "$pidfile" "$dir/url"
