#!/usr/bin/env bash
# The one test command for a fresh checkout on Debian (run as root, or with sudo available):
#
#   bash scripts/test-all.sh        (or: npm run test:all, once node_modules exists)
#
# 1. installs Chromium, the Noto CJK fonts, nginx, LibreOffice Calc, Java and poppler with apt-get if missing,
# 2. npm ci (the system Node 20 runs npm; the `node` devDependency gives the tools Node 24),
# 3. npm run typecheck, npm run lint, then npm test — the unit, golden and bad-input tests — and
#    npm run test:slow — the tests that build sites, run LibreOffice, deploy, run CI tools,
# 4. npm run build — validates data/ and builds dist/,
# 5. npm run test:e2e — the browser tests against that build.
# Stops at the first step that fails, with its exit code.
# TEST_ALL_SKIP_NPM_CI=1 keeps node_modules as it is (for a shared working copy where others are
# running things: npm ci deletes node_modules first).
set -euo pipefail
cd "$(dirname "$0")/.."

export NO_COLOR=1 CI="${CI:-1}"
# Each step's time, said when the next begins, and all of them at the end: where a run's minutes go.
timings=()
step_name=""
step_started=$SECONDS
end_step() { [ -n "$step_name" ] && timings+=("$(printf '%5d s  %s' $((SECONDS - step_started)) "$step_name")"); step_started=$SECONDS; }
step() { end_step; step_name="$*"; printf '\n=== %s ===\n' "$*"; }
report_timings() { end_step; step_name=""; printf '\n=== time per step ===\n'; printf '%s\n' "${timings[@]}"; printf '%5d s  in all\n' "$SECONDS"; }
trap report_timings EXIT

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else echo "Need root (or sudo) to run: $*" >&2; exit 1
  fi
}

# The real programs the tests use instead of mocks: Chromium (browser tests), CJK fonts, nginx (the
# self-hosting config is served for real), LibreOffice Calc (opens the Excel forms), Java (the W3C
# Nu HTML checker), poppler-utils (PDF pages as pictures), rsync (npm run deploy is tested against a folder).
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
for pkg in fonts-noto-cjk nginx libreoffice-calc-nogui default-jre-headless poppler-utils rsync; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  step "apt-get install ${missing[*]}"
  # Another apt may be running: retry update, and let install wait for the dpkg lock.
  for try in 1 2 3 4 5 6; do
    as_root apt-get update && break
    [ "$try" -eq 6 ] && { echo "apt-get update kept failing" >&2; exit 1; }
    echo "apt-get update failed (lock held?); retrying in 20 s" >&2; sleep 20
  done
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y "${missing[@]}"
fi

if [ "${TEST_ALL_SKIP_NPM_CI:-}" = 1 ]; then
  step "npm ci skipped (TEST_ALL_SKIP_NPM_CI=1)"
else
  step "npm ci"
  npm ci --no-audit --no-fund
fi
echo "tools run on Node $(npx --no-install node --version)"

step "type check (npm run typecheck)"
npm run typecheck

step "lint (npm run lint: ESLint, Prettier)"
npm run lint

step "fast tests (npm test)"
npm test

step "slow tests (npm run test:slow)"
npm run test:slow

step "build (npm run build)"
npm run build

step "e2e tests (npm run test:e2e)"
E2E_BUILD=never npm run test:e2e
