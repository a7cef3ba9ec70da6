"""Normalization: Unicode NFC, pythainlp ``normalize``, spaces, lines.

The normalized text is the text every offset in the outputs points into, so
this stage runs first and nothing after it edits the text.
"""
from __future__ import annotations

import re
import unicodedata

from pythainlp.util import normalize as thai_normalize

from .record import Notice

# NBSP, narrow NBSP, figure space, ideographic space and friends read as spaces;
# zero-width characters and the BOM are invisible and only break matching.
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_MULTISPACE = re.compile(r" {2,}")
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def arabic_digits(text: str) -> str:
    """Same-length copy of ``text`` with Thai digits read as Arabic digits.

    Patterns match against this view so one rule serves both digit systems,
    while offsets stay valid in the original text.
    """
    return text.translate(_THAI_DIGITS)


def normalize_text(raw: str) -> str:
    """Return the canonical form of a notice's text.

    Lines are normalized one by one (pythainlp's ``normalize`` would otherwise
    merge them), stripped, and runs of blank lines collapse to one, so the
    paragraph structure that segmentation needs survives.
    """
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    lines: list[str] = []
    for line in text.split("\n"):
        line = _MULTISPACE.sub(" ", thai_normalize(line).strip()) if line.strip() else ""
        if line or (lines and lines[-1]):
            lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def normalize(notice: Notice) -> Notice:
    notice.text = normalize_text(notice.raw)
    return notice
