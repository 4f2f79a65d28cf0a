#!/usr/bin/python3
"""Subsets WenQuanYi Micro Hei (Apache-2.0) into WOFF2 slices for the portal's pages.

The slices hold the 3,755 common hanzi of GB 2312 level 1, every character the pages' Chinese texts use, and CJK
and full-width punctuation; each slice is declared with its unicode-range, so a browser fetches only the slices
a page needs. The characters of the pages' own texts come first, so that the pages need one or two slices;
product names and other data in Chinese take what else they use. Run it after adding Chinese text with characters outside GB 2312 level 1 (the bundle test names
them); needs Debian's python3-fonttools, python3-brotli and fonts-wqy-microhei:

    /usr/bin/python3 portal-war/fonts/make-web-font.py
"""
import json
import pathlib
import re

from fontTools import subset
from fontTools.ttLib import TTCollection

HERE = pathlib.Path(__file__).resolve().parent
WEBAPP = HERE.parent / "src" / "main" / "webapp"
OUT = WEBAPP / "static" / "fonts"
SOURCE = pathlib.Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
SLICES = 9


def wanted():
    """The characters to ship, those of the pages' own texts first."""
    chars = set()
    for row in range(0xB0, 0xD8):  # GB 2312 level 1: rows 16-55
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(bytes([row, cell]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    texts = [p.read_text("utf-8") for p in sorted(WEBAPP.rglob("*")) if p.suffix in (".json", ".html", ".js")
             and "fonts" not in p.parts and "webjars" not in p.parts]
    own = sorted({c for text in texts for c in text if ord(c) > 0x2E7F})
    chars.update(own)
    chars.update(chr(c) for c in range(0x3000, 0x3040))  # CJK symbols and punctuation
    chars.update(chr(c) for c in range(0xFF01, 0xFF5F))  # full-width forms
    return own + sorted(chars - set(own))


def ranges(codes):
    out, start, prev = [], None, None
    for c in codes:
        if start is None:
            start = prev = c
        elif c == prev + 1:
            prev = c
        else:
            out.append((start, prev))
            start = prev = c
    out.append((start, prev))
    return ", ".join(f"U+{a:X}" if a == b else f"U+{a:X}-{b:X}" for a, b in out)


def ranges_of(codes):
    return ranges(sorted(codes))


def main():
    chars = wanted()
    font = TTCollection(str(SOURCE)).fonts[0]
    cmap = font.getBestCmap()
    codes = [ord(c) for c in chars if ord(c) in cmap]
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("wqy-microhei-web-*.woff2"):
        old.unlink()
    per = -(-len(codes) // SLICES)
    css = ["/* WenQuanYi Micro Hei, subset by portal-war/fonts/make-web-font.py; licence in COPYRIGHT */"]
    for i in range(SLICES):
        part = codes[i * per:(i + 1) * per]
        options = subset.Options()
        options.flavor = "woff2"
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.notdef_outline = True
        s = subset.Subsetter(options)
        copy = TTCollection(str(SOURCE)).fonts[0]
        s.populate(unicodes=part)
        s.subset(copy)
        name = f"wqy-microhei-web-{i}.woff2"
        copy.flavor = "woff2"
        copy.save(str(OUT / name))
        css.append("@font-face { font-family: \"Tanji CJK\"; font-display: swap; "
                   f"src: url(\"{name}\") format(\"woff2\"); unicode-range: {ranges_of(part)}; }}")
    (OUT / "fonts.css").write_text("\n".join(css) + "\n", "utf-8")
    print(len(codes), "characters in", SLICES, "slices,",
          sum(p.stat().st_size for p in OUT.glob("*.woff2")), "bytes")


if __name__ == "__main__":
    main()
