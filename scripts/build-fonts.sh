#!/usr/bin/env bash
# Rebuilds fonts/: for Japanese, Chinese and Korean, one small font holding only the characters
# the map shows in that language (its words and its data), so CJK and Hangul read on a machine
# with only default fonts; and a tiny one for the language names in the switch. Russian needs
# none (every default font has Cyrillic).
#   1. fetches @fontsource/noto-sans-{jp,sc,kr}@5.3.0 (OFL-1.1) from the npm registry into
#      target/font-cache/, checked against the integrity hashes below;
#   2. runs scripts/build_fonts.py (fontTools from PyPI: pip install fonttools brotli).
# The outputs are committed; building or testing the app never needs this step. Run it after
# changing any text in Japanese, Chinese or Korean: a native test (tests/fonts.rs) fails while a
# character the map shows is missing from its font.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

cache=target/font-cache
mkdir -p "$cache"
# shellcheck source=scripts/npm-fetch.sh
. scripts/npm-fetch.sh
# Only the regular weight and the licence: the rest is not used.
fetch() { npm_fetch "$cache/${1#@fontsource/}" "$@" 'package/files/*-400-normal.woff2' package/LICENSE package/package.json; }
fetch @fontsource/noto-sans-jp 5.3.0 'sha512-OZbBzZ8LrFRs2RFT2Cc0HUV2C2ZeSfyEXhDJWR0EZuZaraJfRubpvrFmUnCljuBDEkw8Vn6CE/+nf9dj9b+0lg=='
fetch @fontsource/noto-sans-sc 5.3.0 'sha512-HeqIlGm0+ohOKxZLuHj1qW6r6avHH0OWdKERAcSDI0RQ+MXrteuLKA+M+5eOA8rYy0MFvOR5AT0fQo2rUkye0Q=='
fetch @fontsource/noto-sans-kr 5.3.0 'sha512-/JnpTjaCOXW7xUoqOyCVYSr05VOkDy5Yla9O+WAEiS7u+yYLsmHoqj6v1W0bf91G8G3XA2+NnRS3CX2Tf/FVZg=='

python3 -c "import fontTools, brotli" 2>/dev/null || { echo "needs fontTools and brotli: pip install fonttools brotli" >&2; exit 1; }
say "subsetting to the characters the map shows (scripts/build_fonts.py)"
python3 scripts/build_fonts.py --cache "$cache" --out fonts
