"""Segmentation: title, page boilerplate, posting dates, credit lines, paragraphs.

Works line by line on the normalized text. Credit lines glued to the previous
sentence (``…74 ผลงานตวงทอง /ข้อมูล``) are split off at the name, found with
pythainlp's given-name lists, then its word segmenter. PDF text brings page
furniture: page numbers, and a running header that repeats the heading after
each page break.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from pythainlp.corpus import thai_female_names, thai_male_names
from pythainlp.tokenize import word_tokenize
from pythainlp.util.date import thai_abbr_months, thai_full_months

from .record import Notice, Span

_PATTERNS = json.loads((Path(__file__).parent / "data" / "segment_patterns.json").read_text("utf-8"))
_BOILERPLATE = [re.compile(p, re.I) for p in _PATTERNS["boilerplate"]]
_PAGE_BREAK = [re.compile(p, re.I) for p in _PATTERNS["page_break"]]
_POSTING = [re.compile(p) for p in _PATTERNS["posting"]]
MONTH = re.compile("|".join(re.escape(m) for m in sorted({*thai_full_months, *thai_abbr_months}, key=len, reverse=True)))
_CREDIT_LINE = [re.compile(p) for p in _PATTERNS["credit_line"]]
_GLUED_CREDIT = re.compile(_PATTERNS["glued_credit"])
# A first line opening like these is body text or an agenda heading (an
# extract of minutes), not a headline.
_NOT_TITLE = re.compile(r"^(เมื่อ|วัน(ที่|จันทร์|อังคาร|พุธ|พฤหัส|ศุกร์|เสาร์|อาทิตย์)|[0-9]{1,2}\s|\(?[0-9]+[.)]|-|•|ระเบียบวาระที่|เรื่องที่\s*[0-9])")
_MAX_TITLE = 300


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    return frozenset(thai_male_names()) | frozenset(thai_female_names())


def _digits(line: str) -> str:
    return line.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))


def split_glued_name(chunk: str) -> int:
    """Index in ``chunk`` where a name glued to the preceding word begins."""
    names = given_names()
    for i in range(len(chunk) - 2):
        if chunk[i:] in names:
            return i
    tokens = word_tokenize(chunk, engine="newmm", keep_whitespace=False)
    return len(chunk) - len(tokens[-1]) if len(tokens) > 1 else 0


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def is_page_break(line: str) -> bool:
    """A page number or a print footer: the line ends a page of PDF or print-view text."""
    probe = _digits(line)
    return any(p.search(probe) for p in _PAGE_BREAK)


def is_boilerplate(line: str) -> bool:
    probe = _digits(line)
    return is_page_break(line) or any(p.search(probe) for p in _BOILERPLATE)


def _squashed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def running_headers(lines: list[str]) -> set[int]:
    """Indices of running headers: the line right after a page break that repeats
    the document's heading (whole, or its first part: page 1 often wraps the heading
    over several lines) or repeats what follows another page break.
    """
    breaks = [i for i, line in enumerate(lines) if line and is_page_break(line)]
    if not breaks:
        return set()
    opening = _squashed("".join(line for line in lines[:breaks[0]] if not is_boilerplate(line)))
    heads: dict[str, list[int]] = {}
    for b in breaks:
        i = next((j for j in range(b + 1, len(lines)) if lines[j]), None)
        if i is not None and not is_boilerplate(lines[i]):
            heads.setdefault(_squashed(lines[i]), []).append(i)
    return {i for head, found in heads.items() for i in found
            if len(found) > 1 or (len(head) >= 10 and opening.startswith(head))}


def segment(notice: Notice) -> Notice:
    """Label every non-empty line; the title is the first headline-like line."""
    spans: list[Span] = []
    title_done = False
    title_line = None
    headers = running_headers(notice.text.split("\n"))
    for i, (start, line) in enumerate(_lines(notice.text)):
        if not line:
            continue
        end = start + len(line)
        probe = _digits(line)
        if i in headers or is_boilerplate(line):
            spans.append(Span("boilerplate", start, end))
            continue
        if MONTH.search(probe) and any(p.search(probe) for p in _POSTING):
            spans.append(Span("posting", start, end))
            continue
        if any(p.search(line) for p in _CREDIT_LINE) and len(line) < 200:
            spans.append(Span("credit", start, end))
            continue
        if not title_done:
            title_done = True
            if len(line) <= _MAX_TITLE and not _NOT_TITLE.match(probe) and "\n" in notice.text:
                spans.append(Span("title", start, end))
                title_line = line.strip()
                continue
        elif title_line and line.strip() == title_line:
            spans.append(Span("title", start, end))  # pages print the headline twice
            continue
        glued = _GLUED_CREDIT.search(line)
        if glued:
            cut = glued.start("chunk") + split_glued_name(glued.group("chunk"))
            if cut > 0:
                spans.append(Span("paragraph", start, start + cut))
            spans.append(Span("credit", start + cut, end))
            continue
        spans.append(Span("paragraph", start, end))
    notice.segments = spans
    if notice.title is None:
        titles = notice.segment("title")
        notice.title = notice.text[titles[0].start:titles[0].end] if titles else None
    return notice


# "ข่าว : A / ภาพ : B": one line, two credits; the kinds are credit_line's (segment_patterns.json).
_NEXT_CREDIT = re.compile(r"\s*[/|,]\s*(?=(?:ภาพ|ข่าว|ข้อมูล|เรียบเรียง|ถ่ายภาพ|เขียนข่าว)[^:\n]{0,12}:)")


def credit_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The credits of one credit line ``text[start:end]``, as ``(start, end)`` pairs."""
    cuts = [(m.start(), m.end()) for m in _NEXT_CREDIT.finditer(text, start, end)]
    bounds = [start] + [c for cut in cuts for c in cut] + [end]
    return list(zip(bounds[::2], bounds[1::2]))


def credit_parts(line: str) -> tuple[str, str] | None:
    """``(who, kind)`` of a credit line (``ตวงทอง /ข้อมูล`` → ``("ตวงทอง", "ข้อมูล")``)."""
    for pattern in _CREDIT_LINE:
        m = pattern.search(line)
        if m:
            return m.group("who").strip(), m.group("kind")
    m = _GLUED_CREDIT.search(line)
    if m:
        return m.group("chunk"), m.group("kind")
    return None
