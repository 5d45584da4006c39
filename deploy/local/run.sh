#!/usr/bin/env sh
# Starts the whole platform on this machine: embedded MongoDB-wire server and Kafka, the four services and the
# gateway (http://localhost:8080), with the demo province loaded on first start. Needs only a JDK 17+.
# Options are passed to the launcher; see: deploy/local/run.sh --help
set -eu

cd "$(dirname "$0")/../.."

if ! command -v java >/dev/null 2>&1; then
  echo "run.sh: no 'java' on the PATH; install a JDK 17 or newer" >&2
  exit 1
fi

launcher=deploy/local/platform/target/local-platform.jar
for jar in \
    institution-registry/app/target/registry-app.jar \
    inspection-service/app/target/inspection-app.jar \
    case-service/app/target/case-app.jar \
    reporting-service/app/target/reporting-app.jar \
    gateway/target/gateway.jar \
    "$launcher"; do
  if [ ! -f "$jar" ]; then
    echo "run.sh: $jar is missing; building the platform first (a few minutes the first time)..."
    ./mvnw -q -DskipTests install
    break
  fi
done

# YBJG_LAUNCHER_JAVA_OPTS: extra JVM options for the launcher, which hosts Kafka and the MongoDB-wire server.
# shellcheck disable=SC2086
exec java ${YBJG_LAUNCHER_JAVA_OPTS:-} -jar "$launcher" "$@"
