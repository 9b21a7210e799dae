#!/usr/bin/env bash
# Benchmark: dist/ sizes (raw and gzip), start-up time and slider-step cost in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser >/dev/null
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release >/dev/null 2>&1
node tests/bench/bench.mjs
