#!/usr/bin/env bash
# Stops the local Neo4j server cleanly: SIGTERM runs the launcher's shutdown hook, which
# checkpoints and closes the store. Idempotent.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

if ! pid_alive; then
  rm -f "$NEO4J_PID_FILE"
  log "not running"
  exit 0
fi

PID="$(cat "$NEO4J_PID_FILE")"
log "stopping (pid $PID)"
kill -TERM "$PID"
for _ in $(seq 1 "${NEO4J_STOP_TIMEOUT:-60}"); do
  kill -0 "$PID" 2>/dev/null || break
  sleep 1
done
if kill -0 "$PID" 2>/dev/null; then
  log "did not stop within ${NEO4J_STOP_TIMEOUT:-60}s; killing it (the store will recover on next start)"
  kill -KILL "$PID" 2>/dev/null || true
fi
rm -f "$NEO4J_PID_FILE"
log "stopped"
