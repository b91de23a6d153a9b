#!/usr/bin/env bash
# A new module is a copied folder. In a scratch copy of the repository this copies the smallest module (economy) to a
# fifth module "scratch", renames it inside its folder and nowhere else, builds the host, starts it on a fresh data
# folder and checks that the new module is there: its GraphQL field, its own store and its targets in progress.
# Usage: scripts/fifth-module/check.sh   (CI runs it; it writes only inside one temporary folder, removed at the end)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/modular-fifth.XXXXXX")
host_pid=
cleanup() {
  if [ -n "$host_pid" ]; then kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "fifth module check: $*" >&2; [ -f "$work/host.log" ] && tail -40 "$work/host.log" >&2; exit 1; }

echo "== copy of the repository"
mkdir "$work/repo"
tar -C "$root" --exclude=./.git --exclude=bin --exclude=obj --exclude=node_modules -cf - . | tar -C "$work/repo" -xf -
cd "$work/repo"
find . -type f ! -path './src/Modules/Scratch/*' -print0 | sort -z | xargs -0 sha256sum >"$work/before"

echo "== src/Modules/Economy copied to src/Modules/Scratch and renamed inside that folder"
cp -r src/Modules/Economy src/Modules/Scratch
cd src/Modules/Scratch
find . -depth -name '*Economy*' | while read -r path; do mv "$path" "$(dirname "$path")/$(basename "$path" | sed 's/Economy/Scratch/g')"; done
grep -rlI -e Economy -e economy . | xargs sed -i 's/Economy/Scratch/g; s/economy/scratch/g'
# Target codes are unique in a plan: the copy's targets get codes of their own.
sed -i 's/"code": "/"code": "S/' Indicators/targets.json
cd "$work/repo"
find . -type f ! -path './src/Modules/Scratch/*' -print0 | sort -z | xargs -0 sha256sum | diff -q "$work/before" - >/dev/null \
  || fail "a file outside the copied folder changed"

echo "== build and start the host"
dotnet build src/Host -c Release -v q -nologo >"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; fail "the build failed"; }
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
key="fifth-module-check-signing-key-long-enough-for-hmac"
settings=(--Storage:Sqlite:Directory="$work/data" --Auth:SigningKey="$key")
dll=src/Host/bin/Release/net10.0/Modular.Host.dll
dotnet run --project src/Host -c Release --no-build --no-launch-profile -- --urls "http://127.0.0.1:$port" "${settings[@]}" >"$work/host.log" 2>&1 &
host_pid=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "http://127.0.0.1:$port/health/ready" | grep -q '"scratch"' || fail "the scratch store is not among the stores /health/ready reports"
token=$(dotnet "$dll" token --unit 56 --role admin "${settings[@]}" | tail -1)
graphql() {
  curl -fsS "http://127.0.0.1:$port/graphql" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "$(python3 -c 'import json, sys; print(json.dumps({"query": sys.argv[1]}))' "$1")"
}

echo "== the module's field, store and targets"
graphql '{ modules { key } scratch { moduleName } }' | tee "$work/modules.json" | grep -q '"key":"scratch"' || fail "scratch is not an installed module"
graphql 'mutation { scratch { createHousehold(input: { unitCode: "22330", headName: "Nguyễn Thị Lan", village: "Tổ 1",
  statusAtStart: POOR, supportStartedOn: "2025-01-10", support: LOAN, exitedPovertyOn: "2025-06-30" }) { id } } }' \
  | grep -q '"createHousehold":{"id"' || fail "a scratch record could not be written"
python3 - "$work/data/scratch.db" <<'PY' || fail "the record is not in the module's own store"
import sqlite3, sys
rows = sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM supported_households").fetchone()[0]
sys.exit(0 if rows == 1 else 1)
PY
progress=$(graphql '{ plan(code: "223/KH-BTV") { progress(unitCode: "56", moduleKey: "scratch", asOf: "2025-12-31") { target { code } actual } } }')
echo "$progress"
echo "$progress" | python3 -c '
import json, sys
rows = {p["target"]["code"]: p["actual"] for p in json.load(sys.stdin)["data"]["plan"]["progress"]}
sys.exit(0 if rows.get("S2.2a") == 1 and len(rows) == 5 else 1)' || fail "the scratch targets are not in progress, or do not count its record"
echo "fifth module check passed: field, store and targets of a copied module"
