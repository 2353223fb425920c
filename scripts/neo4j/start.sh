#!/usr/bin/env bash
# Starts a local Neo4j Community server (Bolt on 127.0.0.1:$NEO4J_BOLT_PORT, default 7687,
# no auth) from Maven Central's jars. Idempotent: returns at once when it is already up.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

BOLT_URI="bolt://$NEO4J_BOLT_HOST:$NEO4J_BOLT_PORT"
WAIT=(node "$NEO4J_SCRIPTS_DIR/wait-for-bolt.js" --uri "$BOLT_URI")

if pid_alive; then
  log "already running (pid $(cat "$NEO4J_PID_FILE")), waiting for $BOLT_URI"
  exec "${WAIT[@]}" --pid "$(cat "$NEO4J_PID_FILE")" --timeout "$NEO4J_START_TIMEOUT" --log "$NEO4J_LOG_FILE"
fi
rm -f "$NEO4J_PID_FILE"

JAVA="$(find_java)" || {
  log "Java 17 or 21 is required (Neo4j $NEO4J_VERSION does not run on other versions)."
  log "Install OpenJDK 17 or set NEO4J_JAVA_HOME to its home."
  exit 1
}
JAVA_HOME_DIR="$(cd "$(dirname "$JAVA")/.." && pwd)"

mkdir -p "$NEO4J_LOCAL_DIR"
MARKER="$NEO4J_LIB_DIR/.complete-$NEO4J_VERSION"
if [ ! -f "$MARKER" ]; then
  command -v mvn >/dev/null 2>&1 || { log "Maven (mvn) is required to fetch Neo4j's jars."; exit 1; }
  log "fetching Neo4j $NEO4J_VERSION jars with Maven into .neo4j/lib (first run only, ~120 MB)..."
  rm -rf "$NEO4J_LIB_DIR"
  if ! JAVA_HOME="$JAVA_HOME_DIR" mvn -q -B -f "$NEO4J_SCRIPTS_DIR/pom.xml" dependency:copy-dependencies >"$NEO4J_LOCAL_DIR/fetch.log" 2>&1; then
    log "Maven could not fetch org.neo4j:neo4j:$NEO4J_VERSION; its output:"
    tail -n 40 "$NEO4J_LOCAL_DIR/fetch.log"
    exit 1
  fi
  touch "$MARKER"
  log "fetched $(ls "$NEO4J_LIB_DIR" | wc -l | tr -d ' ') jars"
fi

# The jars are fetched even when another server answers: the Neo4j tools (neo4j-admin) run from them.
if "${WAIT[@]}" --timeout 0 --quiet; then
  log "a server already answers on $BOLT_URI (not started by this script); using it"
  exit 0
fi

LAUNCHER_CLASS="$NEO4J_CLASSES_DIR/Launcher.class"
if [ ! -f "$LAUNCHER_CLASS" ] || [ "$NEO4J_SCRIPTS_DIR/Launcher.java" -nt "$LAUNCHER_CLASS" ]; then
  mkdir -p "$NEO4J_CLASSES_DIR"
  "$JAVA_HOME_DIR/bin/javac" -nowarn -d "$NEO4J_CLASSES_DIR" -cp "$NEO4J_LIB_DIR/*" "$NEO4J_SCRIPTS_DIR/Launcher.java"
fi

# The flags Neo4j's own server passes to the JVM, with heap and page cache kept small so the
# server shares a laptop or a CI box politely.
JVM_OPTS=(
  -Xms256m -Xmx"${NEO4J_HEAP:-1g}"
  -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+DisableExplicitGC
  -XX:+UnlockExperimentalVMOptions -XX:+TrustFinalNonStaticFields
  -Djdk.nio.maxCachedBufferSize=1024
  -Dio.netty.tryReflectionSetAccessible=true
  -Dlog4j2.disable.jmx=true
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/sun.net.www.protocol.http=ALL-UNNAMED
  --add-exports=java.base/sun.nio.ch=ALL-UNNAMED
)
if [ "$(java_major "$JAVA")" = "21" ]; then
  JVM_OPTS+=(--enable-native-access=ALL-UNNAMED)
fi

log "starting Neo4j $NEO4J_VERSION on $BOLT_URI with $("$JAVA" -version 2>&1 | head -n1) (log: ${NEO4J_LOG_FILE#"$REPO_ROOT/"})"
echo "---- start $(date -u +%FT%TZ) ----" >>"$NEO4J_LOG_FILE"
# setsid: the server outlives the shell that started it (npm run returns at once).
setsid "$JAVA" "${JVM_OPTS[@]}" -cp "$NEO4J_CLASSES_DIR:$NEO4J_LIB_DIR/*" Launcher \
  "$NEO4J_HOME_DIR" "$NEO4J_BOLT_HOST:$NEO4J_BOLT_PORT" </dev/null >>"$NEO4J_LOG_FILE" 2>&1 &
echo $! >"$NEO4J_PID_FILE"

"${WAIT[@]}" --pid "$(cat "$NEO4J_PID_FILE")" --timeout "$NEO4J_START_TIMEOUT" --log "$NEO4J_LOG_FILE"
