#!/usr/bin/env bash
# Runs the whole test suite: unit, build and browser tests.
# The browser tests need Chromium; when none is found, Debian's is installed first (apt-get, as root or with sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

have_browser() {
  [ -n "${PLAYWRIGHT_CHROMIUM_EXECUTABLE:-}" ] && [ -x "${PLAYWRIGHT_CHROMIUM_EXECUTABLE}" ] && return 0
  command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1
}

if ! have_browser; then
  echo "No Chromium found: installing Debian's chromium package for the browser tests."
  if [ "$(id -u)" = 0 ]; then
    apt-get update && apt-get install -y chromium
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update && sudo apt-get install -y chromium
  else
    echo "Cannot install Chromium (not root, no sudo). Run: apt-get update && apt-get install -y chromium" >&2
    exit 1
  fi
fi

# The theme's pure client modules (progress store, share links): Node's own test runner, when Node is installed.
if command -v node >/dev/null 2>&1; then
  node --test tests/js/
else
  echo "Node not found: skipping the client unit tests in tests/js (apt-get install -y nodejs)." >&2
fi

dotnet test RoadmapSite.sln "$@"
