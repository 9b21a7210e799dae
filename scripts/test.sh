#!/usr/bin/env bash
# README command 2: installs what is missing, then runs every check and test.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say "formatting (cargo fmt --check)"
cargo fmt --all -- --check

say "lints, every crate of the workspace, the geometry build included (cargo clippy)"
cargo clippy --workspace --all-targets -- -D warnings

say "lints, web app (cargo clippy --target wasm32-unknown-unknown)"
cargo clippy --target wasm32-unknown-unknown --lib --bin frontier-atlas -- -D warnings

say "licences of every crate, and the notices shipped with the site (cargo about)"
scripts/notices.sh --check

say "data check (atlas validate)"
cargo run --quiet --bin atlas -- validate

say "native tests (cargo test), and the examples in the core's documentation"
cargo test --workspace --tests
cargo test -p atlas-core --doc

say "building dist/ for the browser tests (trunk build --release --features test-hooks)"
# The test hooks (a deliberate panic) are only in this build, never in a deployed one.
trunk build --release --features test-hooks

say "browser tests in headless Chromium (node --test)"
node --test tests/browser/
