"""Encoding repair and whitespace folding: the first thing done to any text.

Every later offset refers to the text this module returns, so nothing after it
may assume the raw bytes' layout.  Contract: :func:`repair_text` output has only
``\\n`` line breaks; :func:`fold_lines` output lines have no leading, trailing or
doubled horizontal whitespace (the lexicon's whole-line patterns rely on it).
"""

from __future__ import annotations

import re

import ftfy

__all__ = ["fold_lines", "repair_text"]

# Curly quotes are kept: they are correct characters, not damage, and analysis
# normalises apostrophes when it groups names.  ftfy's uncurl would also make
# the pre-check below useless (nearly every article has a curly quote).
_FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False)

# Characters that appear in the damage ftfy repairs: UTF-8 read as Latin-1 /
# cp1252 / MacRoman (lead bytes Â Ã â Ð Ñ Ø Ù Ï Î ‚), C1 controls, ligatures,
# fullwidth forms, replacement char, surrogates, HTML entities.  Measured on
# tehrantimes-mek/control (3 kB median): ftfy on every text 0.75 ms/doc, this
# pre-check ~0.01 ms; texts without any of these are returned unchanged by ftfy.
_SUSPECT = re.compile(
    "[\x80-\x9f\u00c2\u00c3\u00c5\u00ce\u00cf\u00d0\u00d1\u00d8\u00d9\u00e2\u00ef\u201a"
    "\ufb00-\ufb06\uff01-\uff5e\ufffd\ud800-\udfff]|&(?:#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});"
)
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
# Zero-width and BOM characters carry no text; dropping them keeps offsets honest
# for the reader (what you see is what is indexed).
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_HSPACE = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_BLANKS = re.compile(r"\n{3,}")


def repair_text(text: str) -> str:
    """Mojibake, odd characters and line breaks repaired; ``\\n`` line breaks only."""
    text = _LINE_BREAKS.sub("\n", text)
    if _SUSPECT.search(text):
        text = ftfy.fix_text(text, _FTFY_CONFIG)
    return _INVISIBLE.sub("", text)


def fold_lines(text: str) -> list[str]:
    """The text as lines, each stripped with inner whitespace runs folded to one space.

    Blank lines are kept (as ``""``) but never more than one in a row: a blank
    line is a paragraph break.
    """
    text = _BLANKS.sub("\n\n", _HSPACE.sub(" ", text))
    lines = [line.strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out
