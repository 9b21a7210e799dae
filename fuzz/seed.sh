#!/usr/bin/env bash
# Seeds the fuzz corpora from the project's own data and examples (fuzz/corpus/, not committed).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/date corpus/link corpus/who corpus/data
printf '1855-01-01' > corpus/date/first
printf '1904-02-29' > corpus/date/leap
printf '#date=1898-03-28&view=liaodong' > corpus/link/focus
printf '#date=1904&view=121.5,38.7,123.25,40.125' > corpus/link/box
printf 'view=amur' > corpus/link/view
printf 'lon,lat,date\n121.26,38.81,1899-01-01\n' > corpus/who/header
printf '"lon";"lat";"date"\r\n121,26;38,81;1906-01-01\r\n' > corpus/who/semicolon
# The data target's first byte picks the parser (see fuzz_targets/data.rs).
n=0
for f in events.json places.geojson regimes.json piece_names.json railways.geojson labels.geojson; do
  { printf "\\x$(printf %02x $n)"; cat "../geo/$f"; } > "corpus/data/$f"
  n=$((n + 1))
done
{ printf '\x06'; head -c 20000 ../geo/pieces.geojson; } > corpus/data/pieces-head
