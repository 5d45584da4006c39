#!/usr/bin/env sh
# Starts the whole platform on this machine: embedded MongoDB-wire server and Kafka, the four services and the
# gateway (http://localhost:8080, which also serves the web app), with the demo province loaded on first start.
# Needs a JDK 17+, and Node 20+ with npm to build the web app.
# Options are passed to the launcher; see: deploy/local/run.sh --help
set -eu

cd "$(dirname "$0")/../.."

if ! command -v java >/dev/null 2>&1; then
  echo "run.sh: no 'java' on the PATH; install a JDK 17 or newer" >&2
  exit 1
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "run.sh: no 'npm' on the PATH; the web app is built with Node 20 or newer and npm" >&2
  exit 1
fi

launcher=deploy/local/platform/target/local-platform.jar
jars="institution-registry/app/target/registry-app.jar inspection-service/app/target/inspection-app.jar
  case-service/app/target/case-app.jar reporting-service/app/target/reporting-app.jar gateway/target/gateway.jar $launcher"

# Build when a jar is missing or any source or pom changed since the last build (e.g. after a git pull).
needs_build=""
for jar in $jars; do
  [ -f "$jar" ] || needs_build="$jar is missing"
done
if [ -z "$needs_build" ] && [ -n "$(find . -path ./var -prune -o -path '*/target' -prune -o \
    -path '*/node_modules' -prune -o \( -name pom.xml -o -path '*/src/main/*' -o -path './gateway/admin-ui/src/*' \
    -o -path './gateway/admin-ui/package*.json' -o -path './gateway/admin-ui/index.html' \) -type f -newer "$launcher" \
    -print 2>/dev/null | head -n 1)" ]; then
  needs_build="sources changed since the last build"
fi
if [ -n "$needs_build" ]; then
  echo "run.sh: $needs_build; building the platform first (a few minutes the first time)..."
  ./mvnw -q -B -DskipTests install
fi

# YBJG_LAUNCHER_JAVA_OPTS: extra JVM options for the launcher, which hosts Kafka and the MongoDB-wire server.
# shellcheck disable=SC2086
exec java ${YBJG_LAUNCHER_JAVA_OPTS:-} -jar "$launcher" "$@"
