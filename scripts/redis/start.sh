#!/usr/bin/env bash
# Starts a throwaway Redis for the worker's scale-out queue and its tests: bound to
# 127.0.0.1, no persistence (the queue is scratch space; the graph store is the record),
# daemonized with a pid file under data/redis/. Installs Debian's redis-server when missing.
#
#   REDIS_PORT=6380 npm run redis:start    # default 6379; a busy port moves to a free one
#
# The URL it serves is printed and written to data/redis/url (tests read it when REDIS_URL
# is unset).
set -euo pipefail
cd "$(dirname "$0")/../.."
dir="$PWD/data/redis"
pidfile="$dir/redis.pid"
mkdir -p "$dir"

if ! command -v redis-server >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "redis:start: redis-server is not installed; run 'apt-get install -y redis-server' as root" >&2
    exit 1
  fi
  echo "redis:start: installing redis-server"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
fi

if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
  echo "redis:start: already running (pid $(cat "$pidfile")) at $(cat "$dir/url" 2>/dev/null || echo '?')"
  exit 0
fi
rm -f "$pidfile"

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

port="${REDIS_PORT:-6379}"
if port_busy "$port"; then
  # Someone else holds the port (another checkout's Redis, another service): take a free one
  # rather than share a queue with them.
  requested="$port"
  port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  echo "redis:start: port $requested is busy; using $port"
fi

redis-server \
  --bind 127.0.0.1 --port "$port" --protected-mode yes \
  --save '' --appendonly no \
  --maxmemory-policy noeviction \
  --daemonize yes --pidfile "$pidfile" \
  --dir "$dir" --logfile "$dir/redis.log"

for _ in $(seq 1 50); do
  if [ -f "$pidfile" ] && redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -q PONG; then
    echo "redis://127.0.0.1:$port" > "$dir/url"
    echo "redis:start: running (pid $(cat "$pidfile")) at redis://127.0.0.1:$port"
    exit 0
  fi
  sleep 0.1
done
echo "redis:start: redis-server did not answer on 127.0.0.1:$port; see $dir/redis.log" >&2
tail -n 20 "$dir/redis.log" >&2 || true
exit 1
