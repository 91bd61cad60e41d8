#!/usr/bin/env bash
# Every check, in the order a failure is cheapest to find: static gates, unit tests, the
# production build, then browser tests against it. Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p reports
rm -f reports/unit.json reports/e2e.json

gate_failed=0
gate() {
  local name="$1"; shift
  echo "── $name"
  if "$@"; then echo "   $name: ok"; else echo "   $name: FAILED"; gate_failed=$((gate_failed + 1)); fi
}

gate "chromium" bash scripts/ensure-chromium.sh
gate "data validation" npx tsx scripts/validate-data.ts
gate "lint" npx eslint .
gate "format" npx prettier --check . --log-level warn
gate "typecheck" npm run --silent typecheck
gate "unit tests" npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json
# Remove the old build marker so a failed build can never leave browser tests running on a stale one.
rm -f .next/BUILD_ID
gate "build" npm run --silent build
if [ -f .next/BUILD_ID ]; then
  gate "end-to-end tests" npx playwright test
else
  echo "   end-to-end tests skipped: the build failed"
fi

node scripts/summarise-tests.mjs "$gate_failed"
