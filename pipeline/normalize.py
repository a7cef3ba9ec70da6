"""Normalization: Unicode NFC, pythainlp ``normalize``, spaces, lines, hard wraps.

The normalized text is the text every offset in the outputs points into, so
this stage runs first and nothing after it edits the text. Text taken from a
PDF or a print view is hard-wrapped; a wrap inside a unit (a title and its
name, a day and its month, one word) is joined here, so every later stage can
keep reading one line at a time.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

from pythainlp.corpus import thai_words
from pythainlp.tokenize import word_tokenize
from pythainlp.util import normalize as thai_normalize
from pythainlp.util.date import thai_full_weekdays

from .record import Notice
from .segment import MONTH, is_boilerplate

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


_DATA = Path(__file__).parent / "data"
_REFLOW = json.loads((_DATA / "segment_patterns.json").read_text("utf-8"))["reflow"]
_PERSONS = json.loads((_DATA / "persons.json").read_text("utf-8"))


def alternation(words) -> str:
    """A regex alternative of ``words``, longest first so the longest written form wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_TITLES = alternation(_PERSONS["titles"])
_THAI = "\u0e01-\u0e4e"  # Thai letters and marks, not Thai digits
_UNIT_START = [re.compile(p) for p in _REFLOW["unit_start"]] + [re.compile(f"^(?:{_REFLOW['labels']})")]
_LABEL_LINE = re.compile(f"^(?:{_REFLOW['labels']})\\S*$|:$")
_BARE_MARKER = re.compile(r"^(?:\(?[0-9]+(?:\.[0-9]+)*[.)]|(?:ระเบียบวาระที่|วาระที่|เรื่องที่)\s*[0-9]+)$")
_TITLE_END = re.compile(f"(?:^|[\\s(])(?:{_TITLES})+$")
_TITLE_START = re.compile(f"^(?:{_TITLES})")
# A roll-call line holding only a name still waiting for its family name
# (``ศาสตราจารย์ ดร.ภาวิช``); office words after a title are no given name.
_NAME_LINE = re.compile(f"^(?:\\(?[0-9]+[.)]\\s*)?\\(?(?:(?:{_TITLES})+\\s+)*(?P<title>(?:{_TITLES})+)(?P<given>[{_THAI}]{{2,}})$")
_NOT_GIVEN = {"นาย": _PERSONS["not_after_nai"], "นาง": _PERSONS["not_after_nang"]}
_WORD_START = re.compile(f"^[{_THAI}]+(?:\\s|$)")
_OPEN_END = re.compile(f"(?:{alternation(_REFLOW['open_end'])})$")
_DAY_END = re.compile(r"(?:^|\s|ที่)([0-9]{1,2})$")
_MONTH_START = re.compile(f"^(?:{MONTH.pattern})(?![{_THAI}])")
_MONTH_END = re.compile(f"(?:[0-9]\\s*|เดือน\\s*)(?:{MONTH.pattern})$")
_YEAR_START = re.compile(r"^(?:[พค]\.ศ\.\s*)?[0-9]{4}(?![0-9])")
_DAY_WORD_END = re.compile(f"(?:{alternation(thai_full_weekdays)}|วัน)ที่$")
_DAY_START = re.compile(f"^[0-9]{{1,2}}\\s*(?:{MONTH.pattern})")
_THAI_END = re.compile(f"[{_THAI}]$")
_THAI_START = re.compile(f"^[{_THAI}]")


def _splits_a_word(left: str, right: str) -> bool:
    """Whether a dictionary word runs across the break (เชียง|ราย, พลตำรวจ|เอก)."""
    from .nlp import word_trie  # here: spaCy and numpy load only once a wrap is in question

    left, right = left.rsplit(" ", 1)[-1][-20:], right.split(" ", 1)[0][:20]
    pos = 0
    # the tokenizer's dictionary, not a second copy of pythainlp's
    for word in word_tokenize(left + right, custom_dict=word_trie(), engine="newmm", keep_whitespace=False):
        if pos < len(left) < pos + len(word):
            return word in thai_words()
        pos += len(word)
    return False


def _waits_for_family_name(line: str) -> bool:
    m = _NAME_LINE.match(line)
    if not m:
        return False
    office = _PERSONS["not_after_title"] + _NOT_GIVEN.get(m.group("title"), [])
    return not m.group("given").startswith(tuple(office))


def _joint(line: str, next_line: str) -> str | None:
    """What replaces the break between two lines when it falls inside a unit, else None.

    Dates, list markers and a given name before its family name join with a
    space; a title before its name and a word or name split across the lines
    join with nothing, as Thai writes them.
    """
    a, b = arabic_digits(line), arabic_digits(next_line)
    if any(p.match(b) for p in _UNIT_START) or _LABEL_LINE.search(a):
        return None
    day = _DAY_END.search(a)
    if ((day and 1 <= int(day.group(1)) <= 31 and _MONTH_START.match(b))
            or (_MONTH_END.search(a) and _YEAR_START.match(b))  # a year alone would pass for a page number
            or (_DAY_WORD_END.search(a) and _DAY_START.match(b))):
        return " "
    if is_boilerplate(a) or is_boilerplate(b):
        return None
    if _BARE_MARKER.match(a):
        return " "
    if _TITLE_END.search(a) and _THAI_START.match(b):
        return " " if _TITLE_START.match(b) else ""
    if _TITLE_START.match(b):
        return None
    if _waits_for_family_name(a) and _WORD_START.match(b):
        return " "
    thai = bool(_THAI_END.search(a) and _THAI_START.match(b))
    if thai and (_OPEN_END.search(a) or _splits_a_word(a, b)):
        return ""
    if a.count("(") > a.count(")"):
        return "" if thai else " "
    return None


def reflow(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines whose break falls inside a unit.

    A blank line, a marker, a label and page furniture always break; so does a
    line printed more than once (a headline repeated, a running header).
    """
    repeated = {line for line, n in Counter(lines).items() if line and n > 1}
    out: list[str] = []
    previous = ""
    for line in lines:
        joint = None
        if previous and line and previous not in repeated and line not in repeated:
            joint = _joint(out[-1], line)
        if joint is None:
            out.append(line)
        else:
            out[-1] += joint + line
        previous = line
    return out


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
    return "\n".join(reflow(lines))


def normalize(notice: Notice) -> Notice:
    notice.text = normalize_text(notice.raw)
    return notice
