#!/usr/bin/env bash
# README command 1: installs what is missing, builds the map and serves it on http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
printf '\033[1m==> %s\033[0m\n' "building and serving the map on http://127.0.0.1:8080 (Ctrl-C to stop)"
exec trunk serve --release
