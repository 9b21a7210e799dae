#!/usr/bin/env bash
# Licences of the crates Frontier Atlas is built from (cargo-about, configured by about.toml).
#   scripts/notices.sh          check every crate, then write third-party-notices.html (commit it;
#                               Trunk copies it into dist/, the page links to it)
#   scripts/notices.sh --check  the same checks, and fail if the committed file is out of date
# Fails if any crate, with any feature on any target, is under a licence about.toml does not allow.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

# Every crate the project uses (tools, tests and the geometry build included): allowed licences only.
cargo about generate --workspace --all-features --offline --fail --format json -o /dev/null

# The notices for the code in the wasm: the web app's crates built for wasm32 (the package at the
# top, not the whole workspace: the data crate and the tools never reach the wasm).
out=third-party-notices.html
if [ "${1:-}" = "--check" ]; then
  fresh=$(mktemp)
  trap 'rm -f "$fresh"' EXIT
  cargo about generate --offline --fail --target wasm32-unknown-unknown about.hbs -o "$fresh"
  if ! cmp -s "$fresh" "$out"; then
    echo "third-party-notices.html is out of date (the crates changed): run scripts/notices.sh and commit it" >&2
    diff <(grep -o '<li>[^<]*' "$out") <(grep -o '<li>[^<]*' "$fresh") | head -20 >&2 || true
    exit 1
  fi
else
  cargo about generate --offline --fail --target wasm32-unknown-unknown about.hbs -o "$out"
fi
echo "licences: every crate allowed; notices for the wasm in $out"
