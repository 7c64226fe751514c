#!/usr/bin/env bash
# Builds Portico and starts the demo: the portal and the PSA sandbox (with demo data) on one
# Payara Micro at http://localhost:8080/. Ctrl-C or SIGTERM stops everything this script started.
# PSA_KIND=autotask runs the portal against the sandbox's Autotask face instead of its ConnectWise face
# (the default, PSA_KIND=connectwise): the same seeded data either way.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${PORTICO_PORT:-8080}"
listen_address="${PORTICO_LISTEN_ADDRESS:-127.0.0.1}"
psa_kind="${PSA_KIND:-connectwise}"
case "$psa_kind" in
  connectwise|autotask) ;;
  *) echo "PSA_KIND must be connectwise or autotask (got: $psa_kind)." >&2; exit 1 ;;
esac
stage="$root/deploy/e2e-tests/target/demo"
run="$root/deploy/run"

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

http_ok() {
  local status
  { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 1
  printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$1" >&3
  IFS= read -r status <&3 || true
  exec 3<&- 3>&-
  [[ "$status" == *" 200"* ]]
}

if port_in_use "$port"; then
  echo "Port $port is already in use. Stop whatever is listening there (an earlier demo?) or set PORTICO_PORT." >&2
  exit 1
fi

echo "Building Portico (the first build downloads dependencies and takes a few minutes)..."
build_log="$(mktemp)"
if ! mvn -B -Dstyle.color=never -f "$root/pom.xml" -DskipTests -pl deploy/e2e-tests -am pre-integration-test \
    >"$build_log" 2>&1; then
  echo "The build failed. The end of its output (full log: $build_log):" >&2
  tail -n 60 "$build_log" >&2
  exit 1
fi
rm -f "$build_log"

rm -rf "$run"
mkdir -p "$run"
cat > "$run/listen.preboot" <<PREBOOT
set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=$listen_address
PREBOOT
# no Server or X-Powered-By header naming the server
cat "$root/deploy/payara/hardening.preboot" >> "$run/listen.preboot"

# The connectors ship no PSA credentials: pass the sandbox's, from deploy/demo-config, as system properties
# (the sandbox takes its credentials from the same keys). autotask.properties also maps Autotask's portal
# security levels onto permissions, so it is read in Autotask mode only.
demo_config=()
demo_files=(connectwise.properties)
[[ "$psa_kind" == autotask ]] && demo_files+=(autotask.properties portal-managed-passwords.properties)
for file in "${demo_files[@]}"; do
  while IFS='=' read -r key value; do
    [[ -z "$key" || "$key" == \#* ]] && continue
    demo_config+=("-D$key=$value")
  done < "$root/deploy/demo-config/$file"
done
# (In Autotask mode Portico checks the passwords itself, seeded with the demo log-ins' hashes: Autotask cannot.)

echo "Starting Payara Micro on port $port, psa.kind=$psa_kind (server log: $run/payara.log)..."
java -Xmx1g -Djava.io.tmpdir="$run" \
  -Dpsa.kind="$psa_kind" \
  -Dpsa.connectwise.url="http://127.0.0.1:$port/v4_6_release/apis/3.0" \
  -Dpsa.autotask.url="http://127.0.0.1:$port/v4_6_release/atservicesrest/" \
  "${demo_config[@]}" \
  -Dportal.brand.name="${PORTAL_BRAND_NAME:-Northwind Managed Services}" \
  -Dportal.brand.helpdesk-phone="${PORTAL_BRAND_HELPDESK_PHONE:-+1 (555) 010-0100}" \
  -Dportal.brand.helpdesk-hours="${PORTAL_BRAND_HELPDESK_HOURS:-Monday to Friday, 7 am to 6 pm}" \
  -Dportal.announcements.dir="${PORTAL_ANNOUNCEMENTS_DIR:-$root/deploy/demo-announcements}" \
  -jar "$stage/payara-micro.jar" \
  --deploy "$stage/ROOT.war" --deploy "$stage/v4_6_release.war" \
  --port "$port" --nocluster --nohazelcast \
  --prebootcommandfile "$run/listen.preboot" --rootdir "$run/runtime" \
  >"$run/payara.log" 2>&1 &
server_pid=$!

stop() {
  trap - INT TERM EXIT
  if kill -0 "$server_pid" 2>/dev/null; then
    echo "Stopping Portico..."
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
}
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM
trap stop EXIT

for _ in $(seq 1 180); do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "Payara Micro stopped during start-up. The end of its log:" >&2
    tail -n 40 "$run/payara.log" >&2
    exit 1
  fi
  if http_ok /v4_6_release/sandbox/stats && http_ok /login.xhtml; then
    cat <<READY

Portico is ready at http://localhost:$port/ (PSA: the sandbox's $psa_kind face)

Demo log-ins (password for all: portico-demo)
  ava.admin@contoso.example      Contoso Ltd    company admin
  sam.standard@contoso.example   Contoso Ltd    standard user, sees all company tickets
  olly.own@contoso.example       Contoso Ltd    sees only own tickets
  fay.admin@fabrikam.example     Fabrikam Inc   company admin
  dan.disabled@contoso.example   Contoso Ltd    portal log-in disabled (is refused)

Press Ctrl-C to stop.
READY
    wait "$server_pid"
    exit $?
  fi
  sleep 1
done

echo "Portico did not become ready within 3 minutes. The end of the server log:" >&2
tail -n 40 "$run/payara.log" >&2
exit 1
