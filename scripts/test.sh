#!/usr/bin/env bash
# README command 2: installs what is missing, then runs every check and test.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say "formatting (cargo fmt --check)"
cargo fmt --all -- --check

say "lints, native and the geometry build (cargo clippy --all-features)"
cargo clippy --all-targets --all-features -- -D warnings

say "lints, web app (cargo clippy --target wasm32-unknown-unknown)"
cargo clippy --target wasm32-unknown-unknown --lib --bin frontier-atlas -- -D warnings

say "licences of every crate, and the notices shipped with the site (cargo about)"
scripts/notices.sh --check

say "data check (atlas validate)"
cargo run --quiet --bin atlas -- validate

say "native tests (cargo test)"
# --tests: the doc-test pass would print a final, empty '0 passed' line.
cargo test --tests

say "building dist/ for the browser tests (trunk build --release)"
trunk build --release

say "browser tests in headless Chromium (node --test)"
node --test tests/browser/
