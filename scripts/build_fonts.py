"""Subsets Noto Sans JP, SC and KR (from the fontsource npm packages) to the characters the map
shows in each language, merging the needed pieces of each into one WOFF2. See build-fonts.sh.

Which characters: every character at or above U+2E80 (CJK, kana, Hangul, fullwidth forms) in
crates/atlas-core/src/words/<lang>.rs, crates/atlas-core/src/words/lessons/<lang>.rs and in the <lang> texts of geo/ (any JSON value under the key "<lang>", and
the whole of geo/i18n/<lang>.json if present). Latin letters and digits are left to the reader's
default fonts, so the font loads only when the language's own script is on screen.
Writes fonts/atlas-<lang>.woff2 and fonts/atlas-<lang>.chars.txt (the characters it covers, for
the test), fonts/atlas-names.woff2 for the language names in the switch, and
fonts/atlas-sources.woff2 (and .chars.txt) for the sources' titles, shown as written in every
language (a Japanese archive's title on an English page).
"""
import argparse
import glob
import io
import json
import os
import sys

from fontTools import subset
from fontTools.merge import Merger
from fontTools.misc import timeTools
from fontTools.ttLib import TTFont

LANGS = {"ja": "noto-sans-jp", "zh": "noto-sans-sc", "ko": "noto-sans-kr"}
NAMES = "日本語中文한국어"  # the switch: 日本語 (ja), 中文 (zh), 한국어 (ko)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def wide(text):
    return {c for c in text if ord(c) >= 0x2E80}


def strings_under(value, lang):
    """Every string in a JSON value that sits under the key `lang`."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k == lang:
                yield from all_strings(v)
            else:
                yield from strings_under(v, lang)
    elif isinstance(value, list):
        for v in value:
            yield from strings_under(v, lang)


def all_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from all_strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from all_strings(v)


def titles(value, key=None):
    """Every string under a key "title" anywhere in a JSON value: the sources' titles, which
    are shown as written (a Japanese or Chinese title on an English page too)."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from titles(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from titles(v, key)
    elif isinstance(value, str) and key == "title":
        yield value


def geo_files():
    return sorted(glob.glob(os.path.join(ROOT, "geo", "*.json")) + glob.glob(os.path.join(ROOT, "geo", "*.geojson")))


def source_chars():
    chars = set()
    for path in geo_files():
        for t in titles(json.load(open(path, encoding="utf-8"))):
            chars |= wide(t)
    return chars


def cmap_of(package_dir):
    """Every code point some piece of a fontsource package has a glyph for."""
    have = set()
    for f in glob.glob(os.path.join(package_dir, "files", "*-400-normal.woff2")):
        have |= set(TTFont(f).getBestCmap())
    return have


def chars_for(lang):
    chars = set()
    for words in (os.path.join(ROOT, "crates", "atlas-core", "src", "words", f"{lang}.rs"),
                  os.path.join(ROOT, "crates", "atlas-core", "src", "words", "lessons", f"{lang}.rs")):
        # A catalogue that moved would silently drop its characters from the font.
        chars |= wide(open(words, encoding="utf-8").read())
    for path in geo_files():
        data = json.load(open(path, encoding="utf-8"))
        for s in strings_under(data, lang):
            chars |= wide(s)
    return chars


# A fixed date for the fonts' created/modified fields (merging sets them to now otherwise).
FIXED_TIME = timeTools.timestampFromString("Wed Jan 01 00:00:00 2025")


def save_reproducibly(font, out):
    """Saves as WOFF2 with the timestamps fixed, so the same characters give the same bytes."""
    font.recalcTimestamp = False
    font["head"].created = font["head"].modified = FIXED_TIME
    font.flavor = "woff2"
    font.save(out)


def build(package_dir, chars, out):
    """One WOFF2 holding `chars`, merged from the fontsource pieces that have them."""
    need = {ord(c) for c in chars}
    parts = []
    for f in sorted(glob.glob(os.path.join(package_dir, "files", "*-400-normal.woff2")),
                    key=lambda p: int(os.path.basename(p).split("-")[-3]) if os.path.basename(p).split("-")[-3].isdigit() else -1):
        font = TTFont(f)
        have = need & set(font.getBestCmap())
        if not have:
            continue
        need -= have
        opts = subset.Options()
        opts.layout_features = ["*"]
        opts.name_IDs = ["*"]
        opts.notdef_outline = True
        sub = subset.Subsetter(opts)
        sub.populate(unicodes=have)
        sub.subset(font)
        font.flavor = None
        font.recalcTimestamp = False
        buf = io.BytesIO()
        font.save(buf)
        buf.seek(0)
        parts.append(buf)
    if need:
        sys.exit(f"{out}: no glyph for {''.join(sorted(chr(c) for c in need))}")
    merged = Merger().merge(parts) if len(parts) > 1 else TTFont(parts[0])
    save_reproducibly(merged, out)
    return os.path.getsize(out)


def merge_from(a, takes, out):
    """One WOFF2 at `out` holding, for each (lang, chars) of `takes`, those characters from that
    language's font: Noto Sans JP, SC and KR share their design, so the pieces merge."""
    parts = []
    for lang, chars in takes:
        tmp = os.path.join(a.out, f".part-{lang}.woff2")
        build(os.path.join(a.cache, LANGS[lang]), chars, tmp)
        f = TTFont(tmp)
        f.flavor = None
        buf = io.BytesIO()
        f.save(buf)
        buf.seek(0)
        parts.append(buf)
        os.remove(tmp)
    merged = Merger().merge(parts) if len(parts) > 1 else TTFont(parts[0])
    save_reproducibly(merged, out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for lang, package in LANGS.items():
        chars = chars_for(lang)
        if not chars:
            print(f"{lang}: no text yet, skipped")
            continue
        out = os.path.join(a.out, f"atlas-{lang}.woff2")
        size = build(os.path.join(a.cache, package), chars, out)
        with open(os.path.join(a.out, f"atlas-{lang}.chars.txt"), "w", encoding="utf-8") as f:
            f.write("".join(sorted(chars)) + "\n")
        print(f"{lang}: {len(chars)} characters, {size} bytes")
    # The switch's names: Japanese glyphs for 日本語, Chinese for 中文, Korean for 한국어.
    names = os.path.join(a.out, "atlas-names.woff2")
    merge_from(a, [(lang, set(text)) for lang, text in (("ja", "日本語"), ("zh", "中文"), ("ko", "한국어"))], names)
    print(f"names: {os.path.getsize(names)} bytes")
    # The sources' titles, shown as written on a page in any language: each character from the
    # Japanese font where it has it (kana, kanji), else the Chinese (simplified forms), else the
    # Korean; the pieces merged into one font, as for the switch's names.
    sources = os.path.join(a.out, "atlas-sources.woff2")
    want = source_chars()
    takes = []
    for lang in ("ja", "zh", "ko"):
        take = {c for c in want if ord(c) in cmap_of(os.path.join(a.cache, LANGS[lang]))}
        want -= take
        if take:
            takes.append((lang, take))
    if want:
        sys.exit(f"{sources}: no glyph for {''.join(sorted(want))}")
    merge_from(a, takes, sources)
    with open(os.path.join(a.out, "atlas-sources.chars.txt"), "w", encoding="utf-8") as f:
        f.write("".join(sorted(source_chars())) + "\n")
    print(f"sources: {len(source_chars())} characters, {os.path.getsize(sources)} bytes")
    lic = open(os.path.join(a.cache, "noto-sans-jp", "LICENSE"), encoding="utf-8").read()
    open(os.path.join(a.out, "OFL.txt"), "w", encoding="utf-8").write(lic)


main()
