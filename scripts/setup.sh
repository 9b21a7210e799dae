#!/usr/bin/env bash
# Installs whatever building, serving and testing Frontier Atlas needs and is missing, from the
# package registries only (crates.io, npm, Debian). Safe to run again: it skips what is there.
#   scripts/setup.sh            tools to build and serve the map
#   scripts/setup.sh --browser  also Debian's Chromium, for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# Trunk 0.22 needs a newer rustc than this machine's 1.95; 0.21.14 builds with it.
if ! trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.14$'; then
  say "installing trunk 0.21.14 from crates.io (once; 5-10 minutes on 2 cores)"
  cargo install trunk --version 0.21.14 --locked
fi

# Must match the wasm-bindgen crate pinned in Cargo.toml. Not --locked: its lockfile pins a crate
# version the registry no longer has.
if ! wasm-bindgen --version 2>/dev/null | grep -q '^wasm-bindgen 0\.2\.130$'; then
  say "installing wasm-bindgen-cli 0.2.130 from crates.io (once; about 3 minutes)"
  cargo install wasm-bindgen-cli --version 0.2.130
fi

# cargo-about checks the crates' licences and writes the third-party notices (scripts/notices.sh).
if ! cargo about --version 2>/dev/null | grep -q '^cargo-about 0\.9\.3$'; then
  say "installing cargo-about 0.9.3 from crates.io (once; about 3 minutes)"
  cargo install cargo-about --version 0.9.3 --locked --features cli
fi

# wasm-opt from npm binaryen 132 (Debian's binaryen 108 emits a module that fails at start-up),
# playwright-core, which drives the system Chromium and never downloads a browser, and axe-core,
# the accessibility checks the browser tests run in the page.
if ! wasm-opt --version 2>/dev/null | grep -q 'version 132' || [ ! -d node_modules/playwright-core ] \
  || [ ! -d node_modules/axe-core ]; then
  say "installing npm tools (binaryen wasm-opt 132, playwright-core, axe-core)"
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--browser" ] && ! command -v chromium >/dev/null; then
  say "installing Debian's chromium for the browser tests"
  sudo_if_needed=""
  [ "$(id -u)" -eq 0 ] || sudo_if_needed="sudo"
  $sudo_if_needed apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_if_needed apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi

say "tools ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(wasm-opt --version | awk '{print $3}'), $(cargo about --version)"
