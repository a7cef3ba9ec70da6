"""Reading: paths → raw notices, with unreadable input returned as error rows.

Nothing here raises for bad input: every problem becomes an :class:`ErrorRow`
with a specific ``error_code`` so a batch goes on.
"""
from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from bs4 import BeautifulSoup

from .record import ErrorRow, Notice

log = logging.getLogger(__name__)

SUFFIXES = {".txt", ".html", ".htm", ".jsonl"}
MAX_BYTES = 20 * 1024 * 1024  # a notice is a few kB; 20 MB is a wrong file, not a notice
_THAI = re.compile(r"[\u0e01-\u0e5b]")
# Page furniture that never holds the article, removed before text extraction.
_HTML_DROP = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button"]


class ErrorCode:
    """The ``errors.error_code`` values, one per way input can be unreadable."""

    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"
    UNSUPPORTED = "unsupported_format"
    EMPTY = "empty"
    BINARY = "binary"
    ENCODING = "invalid_encoding"
    TOO_LARGE = "too_large"
    NO_THAI = "no_thai_text"
    MALFORMED_JSON = "malformed_json"
    MISSING_TEXT = "missing_text"
    NO_ARTICLE = "no_article_body"
    STAGE_FAILED = "stage_failed"


def decode(data: bytes) -> str:
    """Decode notice bytes: UTF-8 (with or without BOM), else Thai cp874/TIS-620.

    cp874 is only accepted when the result reads as Thai, so a Latin-1 or
    random binary file is reported rather than silently mis-decoded.
    """
    if b"\x00" in data[:4096]:
        raise ValueError(ErrorCode.BINARY)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = data.decode("cp874")
    except UnicodeDecodeError:
        raise ValueError(ErrorCode.ENCODING) from utf8_error
    high = [c for c in text if ord(c) > 127]
    if high and sum(1 for c in high if _THAI.match(c)) / len(high) > 0.9:
        return text
    raise ValueError(ErrorCode.ENCODING) from utf8_error


def _densest_block(soup: BeautifulSoup):
    """The element whose own paragraphs hold most of the page's Thai prose.

    Pages without ``<article>`` or ``<main>`` keep sidebars ("ข่าวล่าสุด" lists
    of other meetings) in the body; the story is where the paragraphs are.
    """
    weight: dict[int, int] = {}
    elements = {}
    for p in soup.find_all("p"):
        parent = p.parent
        if parent is not None:
            elements[id(parent)] = parent
            weight[id(parent)] = weight.get(id(parent), 0) + len(_THAI.findall(p.get_text()))
    total = sum(weight.values())
    if not total:
        return None
    best = max(weight, key=weight.get)
    return elements[best] if weight[best] >= 0.6 * total else None


def _number_lists(body) -> None:
    """Write out the numbers a browser draws for ``<ol>`` items ("1. ", "1.1 "): the
    agenda stage reads numbers from the text, and an ordered list is an agenda."""
    for ol in body.find_all("ol"):
        outer = ol.find_parent("li")
        parent = outer.get("data-number") if outer is not None else None
        try:
            first = int(ol.get("start", 1))
        except ValueError:
            first = 1
        for i, li in enumerate(ol.find_all("li", recursive=False)):
            number = f"{parent}.{first + i}" if parent else str(first + i)
            li["data-number"] = number
            if not re.match(r"\s*[\d๐-๙(]", li.get_text()):
                li.insert(0, f"{number} " if parent else f"{number}. ")


def html_to_text(html: str) -> tuple[str | None, str]:
    """Return ``(title, article text)`` from a saved web page."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(_HTML_DROP):
        tag.decompose()
    title = None
    if soup.title and soup.title.string:
        title = soup.title.string.strip()
    body = soup.find("article") or soup.find("main") or _densest_block(soup) or soup.body or soup
    for br in body.find_all("br"):
        br.replace_with("\n")
    _number_lists(body)
    blocks = []
    for el in body.find_all(["h1", "h2", "h3", "p", "li", "td", "div"], recursive=True):
        if not el.find(["p", "li", "div", "td"]):
            blocks.append(el.get_text(" ", strip=True))
        elif el.name == "li":  # an item with a sub-list: its own words, the sub-items follow as blocks
            blocks.append(" ".join(t.strip() for t in el.find_all(string=True, recursive=False) if t.strip()))
    text = "\n\n".join(b for b in blocks if b) or body.get_text("\n", strip=True)
    return title, text


def _check_text(text: str) -> str | None:
    if not text.strip():
        return ErrorCode.EMPTY
    if not _THAI.search(text):
        return ErrorCode.NO_THAI
    return None


def _error(source: str, code: str, message: str) -> ErrorRow:
    return ErrorRow(source=source, error_code=code, message=message)


def _read_bytes(path: Path) -> bytes | ErrorRow:
    src = str(path)
    if not path.exists():
        return _error(src, ErrorCode.NOT_FOUND, f"no such file: {src}")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return _error(src, ErrorCode.TOO_LARGE, f"{size:,} bytes is over the {MAX_BYTES:,}-byte limit for one notice")
        return path.read_bytes()
    except OSError as exc:
        return _error(src, ErrorCode.UNREADABLE, f"cannot read {src}: {exc.strerror or exc}")


def read_file(path: Path) -> Iterator[Notice | ErrorRow]:
    """Yield the notices in one file (several for ``.jsonl``), or error rows."""
    src = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield _error(src, ErrorCode.UNSUPPORTED, f"{path.name}: expected one of {', '.join(sorted(SUFFIXES))}")
        return
    data = _read_bytes(path)
    if isinstance(data, ErrorRow):
        yield data
        return
    if not data.strip():
        yield _error(src, ErrorCode.EMPTY, f"{path.name} is empty")
        return
    try:
        text = decode(data)
    except ValueError as exc:
        code = str(exc)
        what = "binary data, not text" if code == ErrorCode.BINARY else "neither UTF-8 nor Thai cp874/TIS-620"
        yield _error(src, code, f"{path.name}: {what}")
        return
    if suffix == ".jsonl":
        yield from _read_jsonl(path, text)
        return
    title = None
    if suffix in {".html", ".htm"}:
        title, text = html_to_text(text)
        if not text.strip():
            yield _error(src, ErrorCode.NO_ARTICLE, f"{path.name}: the page has no article text")
            return
    problem = _check_text(text)
    if problem:
        yield _error(src, problem, f"{path.name}: {'empty text' if problem == ErrorCode.EMPTY else 'no Thai text'}")
        return
    notice = Notice(notice_id=path.stem, source=src, raw=text)
    notice.title = title
    yield notice


def _read_jsonl(path: Path, text: str) -> Iterator[Notice | ErrorRow]:
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _error(where, ErrorCode.MALFORMED_JSON, f"line {lineno}: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield _error(where, ErrorCode.MISSING_TEXT, f"line {lineno}: no string field 'text'")
            continue
        problem = _check_text(obj["text"])
        if problem:
            yield _error(where, problem, f"line {lineno}: {'empty text' if problem == ErrorCode.EMPTY else 'no Thai text'}")
            continue
        yield Notice(
            notice_id=str(obj.get("id") or f"{path.stem}:{lineno}"),
            source=where,
            raw=obj["text"],
            url=obj.get("url"),
            partial=bool(obj.get("partial", False)),
        )


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, and the notice files under named directories."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            yield path


def read_paths(paths: Iterable[str | Path]) -> Iterator[Notice | ErrorRow]:
    for path in expand_paths(paths):
        yield from read_file(path)
