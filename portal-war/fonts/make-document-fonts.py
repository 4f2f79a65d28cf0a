#!/usr/bin/env python3
"""Makes the two fonts the portal's documents embed from WenQuanYi Micro Hei (Debian's fonts-wqy-microhei,
Apache-2.0 or GPL-3+ with the font exception), with fontTools (Debian's python3-fonttools):

  wqy-microhei-common.ttf  Latin, punctuation, symbols and the 6,763 hanzi of GB 2312 (what nearly every Chinese
                           company and product name is written in)
  wqy-microhei-full.ttf    every glyph of the original

In both, the glyphs that share the font's common advance width (the full-width hanzi) come last, so the
horizontal metrics table lists only the few hundred others in full. iText rebuilds that table for every document
it embeds a subset in, glyph by glyph, and on the original's 49,531 glyphs that was most of a label's rendering time.
Layout tables iText does not use (GSUB, GPOS, GDEF, vertical metrics) are left out; outlines and advance widths are
unchanged.

  /usr/bin/python3 portal-war/fonts/make-document-fonts.py /usr/share/fonts/truetype/wqy/wqy-microhei.ttc \\
      portal-war/src/main/resources/org/tanji/portal/fonts
"""
import collections
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

DROPPED = ["GSUB", "GPOS", "GDEF", "FFTM", "vhea", "vmtx"]


def common_characters():
    chars = set()
    for start, end in [(0x20, 0x7F), (0xA0, 0x100), (0x2000, 0x20A0), (0x2100, 0x2200), (0x2190, 0x2200),
                       (0x25A0, 0x2600), (0x3000, 0x3040), (0xFF00, 0xFFF0)]:
        chars.update(range(start, end))
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([high, low]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return chars


def reorder(font):
    """The glyphs with the most common advance width last, .notdef first; outlines untouched."""
    font.ensureDecompiled()
    order = font.getGlyphOrder()
    metrics = font["hmtx"].metrics
    common = collections.Counter(advance for advance, _ in metrics.values()).most_common(1)[0][0]
    new = [order[0]] + [g for g in order[1:] if metrics[g][0] != common] + \
          [g for g in order[1:] if metrics[g][0] == common]
    for tag in DROPPED:
        if tag in font:
            del font[tag]
    font.setGlyphOrder(new)
    font["glyf"].glyphOrder = new
    font["post"].formatType = 3.0  # no glyph names: a PDF addresses glyphs by number
    return font


def main(ttc, out):
    full = TTCollection(ttc).fonts[0]
    reorder(full).save(out + "/wqy-microhei-full.ttf")

    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.drop_tables += DROPPED
    options.font_number = 0
    common = subset.load_font(ttc, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=common_characters())
    subsetter.subset(common)
    common.save(out + "/common.tmp.ttf")
    reorder(TTFont(out + "/common.tmp.ttf")).save(out + "/wqy-microhei-common.ttf")
    import os
    os.remove(out + "/common.tmp.ttf")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
