#!/usr/bin/env bash
# Gateway overhead: GET /api/registry/institutions/{id} (a demo institution, a county administrator's token)
# straight to the registry and through the gateway, at the same concurrency, in one run. The two sides alternate
# in several rounds (the order flips every round), so this VM's drift of ±30 % between minutes falls on both alike.
# Prints requests/s of each side, the ratio direct ÷ gateway, and the CPU per request of the gateway and of the
# registry, read from /proc/<pid>/stat before and after each round.
#
# Starts its own platform (deploy/local/run.sh, ports +30000, data in var/gateway-benchmark, demo province loaded
# on the first run) and stops it at the end; --gateway=URL --registry=URL measures a running platform instead
# (its processes must run on this machine for the CPU figures).
#
# Load generator: wrk (installed with apt-get when missing). A C event loop needs a fraction of the CPU a Java
# client would take from the two cores the measured processes share.
#
# Usage: deploy/local/gateway-benchmark.sh [--rounds=6] [--seconds=10] [--connections=8] [--port-offset=30000]
#                                          [--gateway=URL --registry=URL]
set -euo pipefail

cd "$(dirname "$0")/../.."

rounds=6
seconds=10
connections=8
offset=30000
gateway=""
registry=""
for arg in "$@"; do
  case "$arg" in
    --rounds=*) rounds="${arg#*=}" ;;
    --seconds=*) seconds="${arg#*=}" ;;
    --connections=*) connections="${arg#*=}" ;;
    --port-offset=*) offset="${arg#*=}" ;;
    --gateway=*) gateway="${arg#*=}" ;;
    --registry=*) registry="${arg#*=}" ;;
    -h | --help)
      sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "gateway-benchmark: unknown option $arg (see --help)" >&2
      exit 2
      ;;
  esac
done

if ! command -v wrk >/dev/null 2>&1; then
  echo "gateway-benchmark: installing wrk (Debian package)..."
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && $sudo apt-get install -y -qq wrk >/dev/null
fi

launcher_pid=""
stop_platform() {
  if [ -n "$launcher_pid" ] && kill -0 "$launcher_pid" 2>/dev/null; then
    echo "gateway-benchmark: stopping the platform (pid $launcher_pid)"
    kill -TERM "$launcher_pid" 2>/dev/null || true
    wait "$launcher_pid" 2>/dev/null || true
  fi
}
trap stop_platform EXIT
trap 'exit 130' INT TERM

if [ -z "$gateway" ] || [ -z "$registry" ]; then
  var="var/gateway-benchmark"
  mkdir -p "$var"
  log="$var/platform.out"
  gateway="http://127.0.0.1:$((8080 + offset))"
  registry="http://127.0.0.1:$((8081 + offset))"
  echo "gateway-benchmark: starting the platform on ports +$offset (output in $log; the first run builds the jars"
  echo "and loads the demo province, a few minutes)"
  deploy/local/run.sh --port-offset="$offset" --var="$var" >"$log" 2>&1 &
  launcher_pid=$!
  # The launcher prints its banner once every process is UP and the demo province is loaded (or was already).
  until grep -q "is running: started in" "$log" 2>/dev/null; do
    if ! kill -0 "$launcher_pid" 2>/dev/null; then
      echo "gateway-benchmark: the platform did not start; the end of $log:" >&2
      tail -n 30 "$log" >&2
      exit 1
    fi
    sleep 2
  done
fi

pid_on_port() {
  local port="${1##*:}"
  port="${port%%/*}"
  ss -Htlnp "sport = :$port" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | sed -n 1p
}
gateway_pid=$(pid_on_port "$gateway")
registry_pid=$(pid_on_port "$registry")
if [ -z "$gateway_pid" ] || [ -z "$registry_pid" ]; then
  echo "gateway-benchmark: no local process listens on $gateway or $registry" >&2
  exit 1
fi

# No `head` in these pipelines: it would close the pipe early, and pipefail would end the script without a word.
token=$(curl -sf -X POST "$gateway/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"county-admin","password":"demo"}' | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p') || true
institution=$(curl -sf "$registry/api/registry/institutions?size=1" -H "Authorization: Bearer $token" |
  grep -o '"id" *: *"[^"]*"' | sed -n '1s/.*"\([^"]*\)"$/\1/p') || true
if [ -z "$token" ] || [ -z "$institution" ]; then
  echo "gateway-benchmark: no token or no institution in the county administrator's region" >&2
  exit 1
fi
path="/api/registry/institutions/$institution"
for url in "$registry$path" "$gateway$path"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "$url" -H "Authorization: Bearer $token")
  if [ "$status" != 200 ]; then
    echo "gateway-benchmark: GET $url answered $status, not 200" >&2
    exit 1
  fi
done

ticks=$(getconf CLK_TCK)
# utime + stime of a process, in clock ticks (fields 14 and 15 of /proc/<pid>/stat, counted after the name).
cpu_ticks() { sed 's/^.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'; }

# Runs wrk against one side; prints "requests seconds gateway_ticks registry_ticks".
measure() {
  local url="$1" duration="$2" out gw0 rg0 gw1 rg1 start end
  gw0=$(cpu_ticks "$gateway_pid")
  rg0=$(cpu_ticks "$registry_pid")
  start=$(date +%s.%N)
  out=$(wrk -t2 -c"$connections" -d"${duration}s" -H "Authorization: Bearer $token" "$url")
  end=$(date +%s.%N)
  gw1=$(cpu_ticks "$gateway_pid")
  rg1=$(cpu_ticks "$registry_pid")
  if grep -q "Non-2xx" <<<"$out"; then
    echo "gateway-benchmark: $url answered errors:" >&2
    echo "$out" >&2
    exit 1
  fi
  local requests
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  echo "$requests $(awk -v a="$start" -v b="$end" 'BEGIN {print b - a}') $((gw1 - gw0)) $((rg1 - rg0))"
}

echo "gateway-benchmark: GET $path, $connections connections, $rounds rounds of ${seconds} s per side"
echo "gateway $gateway (pid $gateway_pid), registry $registry (pid $registry_pid); warming up both sides..."
warm=$(measure "$registry$path" "$seconds")
warm=$(measure "$gateway$path" "$seconds")

rows=$(mktemp)
trap 'rm -f "$rows"; stop_platform' EXIT
for round in $(seq 1 "$rounds"); do
  if [ $((round % 2)) = 1 ]; then
    direct=$(measure "$registry$path" "$seconds")
    proxied=$(measure "$gateway$path" "$seconds")
  else
    proxied=$(measure "$gateway$path" "$seconds")
    direct=$(measure "$registry$path" "$seconds")
  fi
  echo "$round $direct $proxied" >>"$rows"
done

# Per round and over all rounds: requests/s of each side, their ratio, and CPU milliseconds per request of the
# gateway (gateway rounds) and of the registry (direct rounds, gateway rounds).
awk -v t="$ticks" '
  function row(label, dn, ds, gn, gs, gg, dr, gr) {
    printf "%-6s %11.0f %12.0f %7.2f %14.3f %14.3f %14.3f\n", label, dn / ds, gn / gs, (dn / ds) / (gn / gs),
      gg * 1000 / t / gn, dr * 1000 / t / dn, gr * 1000 / t / gn
  }
  BEGIN { printf "%-6s %11s %12s %7s %14s %14s %14s\n", "round", "direct r/s", "gateway r/s", "ratio",
            "gw CPU ms/req", "reg ms direct", "reg ms via gw" }
  { row($1, $2, $3, $6, $7, $8, $5, $9)
    ratio[NR] = ($2 / $3) / ($6 / $7)
    dn += $2; ds += $3; dr += $5; gn += $6; gs += $7; gg += $8; gr += $9 }
  END {
    row("all", dn, ds, gn, gs, gg, dr, gr)
    n = NR
    for (i = 2; i <= n; i++) { v = ratio[i]; for (j = i - 1; j >= 1 && ratio[j] > v; j--) ratio[j + 1] = ratio[j]; ratio[j + 1] = v }
    median = (n % 2) ? ratio[(n + 1) / 2] : (ratio[n / 2] + ratio[n / 2 + 1]) / 2
    printf "ratio direct/gateway: %.2f over all rounds (median of rounds %.2f, range %.2f-%.2f)\n",
      (dn / ds) / (gn / gs), median, ratio[1], ratio[n]
    printf "CPU per request: gateway %.3f ms; registry %.3f ms direct, %.3f ms through the gateway\n",
      gg * 1000 / t / gn, dr * 1000 / t / dn, gr * 1000 / t / gn
  }' "$rows"
