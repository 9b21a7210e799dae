#!/usr/bin/env bash
# Benchmark (not a test): this map against a plain Leaflet page drawing the same pieces, in one
# run in headless Chromium: first-view bytes, start-up, slider steps, long tasks, memory, DOM
# writes, and with --lighthouse a Lighthouse mobile run of each. See README, Benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser >/dev/null
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release >/dev/null 2>&1
# The floor page shares the app's build folder, so the app's dependencies are not built twice.
(cd tests/bench/floor && CARGO_TARGET_DIR="$PWD/../../../target" trunk build --release >/dev/null 2>&1)
node tests/bench/bench.mjs "$@"
