# Shared settings for start.sh and stop.sh (sourced, not run).
NEO4J_SCRIPTS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$NEO4J_SCRIPTS_DIR/../.." && pwd)"
NEO4J_VERSION="$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$NEO4J_SCRIPTS_DIR/pom.xml")"
NEO4J_LOCAL_DIR="$REPO_ROOT/.neo4j"
NEO4J_LIB_DIR="$NEO4J_LOCAL_DIR/lib"
NEO4J_CLASSES_DIR="$NEO4J_LOCAL_DIR/classes"
# Loopback only: this server runs without authentication.
NEO4J_BOLT_HOST=127.0.0.1
NEO4J_BOLT_PORT="${NEO4J_BOLT_PORT:-7687}"
# A server on another port (NEO4J_BOLT_PORT) gets its own store, pid and log files, so two
# can run side by side.
if [ "$NEO4J_BOLT_PORT" = "7687" ]; then NEO4J_SUFFIX=""; else NEO4J_SUFFIX="-$NEO4J_BOLT_PORT"; fi
NEO4J_HOME_DIR="$NEO4J_LOCAL_DIR/home$NEO4J_SUFFIX"
NEO4J_PID_FILE="$NEO4J_LOCAL_DIR/neo4j$NEO4J_SUFFIX.pid"
NEO4J_LOG_FILE="$NEO4J_LOCAL_DIR/neo4j$NEO4J_SUFFIX.log"
NEO4J_START_TIMEOUT="${NEO4J_START_TIMEOUT:-180}"

log() { echo "[neo4j] $*"; }

# Neo4j 5.26 runs on Java 17 or 21, not on newer JDKs some machines also carry.
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1
}

find_java() {
  local candidates=()
  [ -n "${NEO4J_JAVA_HOME:-}" ] && candidates+=("$NEO4J_JAVA_HOME/bin/java")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  local dir
  for dir in /usr/lib/jvm/java-17-openjdk* /usr/lib/jvm/*-17* /usr/lib/jvm/*17* /usr/lib/jvm/java-21-openjdk* /usr/lib/jvm/*-21* /usr/lib/jvm/*21* /Library/Java/JavaVirtualMachines/*17*/Contents/Home /Library/Java/JavaVirtualMachines/*21*/Contents/Home; do
    [ -x "$dir/bin/java" ] && candidates+=("$dir/bin/java")
  done
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  local c major
  for c in "${candidates[@]}"; do
    [ -x "$c" ] || continue
    major="$(java_major "$c")"
    if [ "$major" = "17" ] || [ "$major" = "21" ]; then
      echo "$c"
      return 0
    fi
  done
  return 1
}

pid_alive() {
  [ -f "$NEO4J_PID_FILE" ] && kill -0 "$(cat "$NEO4J_PID_FILE")" 2>/dev/null
}
