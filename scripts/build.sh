#!/usr/bin/env bash
# Builds dist/ for deploying: the release build without the browser tests' hooks, checked.
# Put the contents of dist/ on any static host (see README.md, "Deploying").
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say "building dist/ (trunk build --release)"
trunk build --release

# A deployed page exports no test switch (the browser tests build with --features test-hooks).
if grep -q panic_for_test dist/*.js; then
  echo "dist/ exports the test hook panic_for_test: it was built with --features test-hooks" >&2
  exit 1
fi
say "dist/ is ready: $(du -sh dist | cut -f1), $(find dist -type f | wc -l) files"
