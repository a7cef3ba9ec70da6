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

from bs4 import BeautifulSoup, NavigableString
from bs4.element import PreformattedString, Tag

from .record import ErrorRow, Notice

log = logging.getLogger(__name__)

SUFFIXES = {".txt", ".html", ".htm", ".jsonl"}
MAX_BYTES = 20 * 1024 * 1024  # a notice is a few kB; 20 MB is a wrong file, not a notice
_THAI = re.compile(r"[\u0e01-\u0e5b]")
# Page furniture that never holds the article, removed before text extraction.
_HTML_DROP = ["script", "style", "noscript", "template", "aside", "form", "iframe", "svg", "button"]
# Site chrome, dropped unless it holds the chosen article (WordPress puts the
# headline and post date in a <header> inside <article>).
_CHROME = ["nav", "header", "footer"]
# Class or id words of page furniture inside or beside the story (share bars,
# related posts, pagers, tag lists, view counters), matched as whole words of a
# class name ("jeg_share_top", "related-news", "statistics_counter").
_FURNITURE = re.compile(
    r"^view$|(?:^|[-_])(?:share|sharing|sharedaddy|social|addthis|a2a|related|pager|pagenav|post-navigation|"
    r"breadcrumbs?|tags|views|view-?count|hits|counter|submitted|sidebar|footer|colophon|copyright)(?:[-_]|$)", re.I)
# Elements that start a new line in a browser; everything else flows inline.
_BLOCK = frozenset(
    "address article aside blockquote body caption center dd details div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary table tbody td tfoot th thead tr ul"
    .split())
# Blocks that are a paragraph of their container: their text counts for the
# container when looking for the story, as a <p> does for its <div>.
_PARAGRAPHS = frozenset("p li ul ol dl dd dt h1 h2 h3 h4 h5 h6 blockquote pre address table tbody thead tfoot tr "
                        "caption figcaption".split())
_HEADINGS = ["h1", "h2", "h3"]
_LINE_BREAK = "\ue000"  # stands for <br>, so source newlines stay plain spaces
# A post's view counter after its date ("วันที่ 30 พฤศจิกายน 2565  อ่าน 89 ครั้ง",
# "… | อ่าน 645", "1,022 views"); the date alone is then a posting line.
_COUNTER = re.compile(r"(?:^|\s*\|?\s+)(?:(?:จำนวน)?(?:ผู้เข้าชม|ผู้ชม|เข้าชม|เปิดอ่าน|อ่าน|views?|hits)\s*:?\s*[0-9๐-๙,]+"
                      r"\s*(?:ครั้ง|คน)?|[0-9๐-๙,]+\s*views?)$", re.I)
_BLANK_LINE = re.compile(r"\n\s*\n")
_COPYRIGHT = re.compile(r"copyright|©|สงวนลิขสิทธิ์|all rights reserved", re.I)
_META_LINE = 120  # a post's meta line ("โพสต์เมื่อ … | โดย … | อ่าน 645") is short; a paragraph is not


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


def _holds(a, b) -> bool:
    """Whether a is b or holds it."""
    return a is b or any(p is a for p in b.parents)


def _is_furniture(el) -> bool:
    names = [*el.get("class", []), el.get("id") or ""]
    return any(_FURNITURE.search(name) for name in names)


def _text_sizes(root) -> dict[int, tuple[int, int, int, int]]:
    """Per element id: (Thai characters, visible characters, characters inside
    links, links), summed in one pass from the leaves up."""
    sizes: dict[int, tuple[int, int, int, int]] = {}
    for el in reversed([root, *root.find_all(True)]):
        thai = chars = linked = links = 0
        for child in el.children:
            if isinstance(child, Tag):
                t, c, k, n = sizes[id(child)]
            elif isinstance(child, NavigableString) and not isinstance(child, PreformattedString):
                t, c, k, n = len(_THAI.findall(child)), len("".join(child.split())), 0, 0
            else:
                continue
            thai, chars, linked, links = thai + t, chars + c, linked + k, links + n
        if el.name == "a":
            linked, links = chars, links + 1
        sizes[id(el)] = (thai, chars, linked, links)
    return sizes


def _drop_furniture(root, keep) -> None:
    """Remove share bars, related posts, pagers, sidebars and menus.

    Furniture is known by a class or id word, or as a block of several links
    that are most of its text (menus, tag clouds, "พิมพ์ | « ย้อนกลับ"). One
    link is a source or a document of the story; a linked <h1> is the headline.
    An element holding half the page's Thai, or the chosen article, is the
    story whatever its class says.
    """
    sizes = _text_sizes(root)
    total = sizes[id(root)][0]
    furniture = []
    for el in root.find_all(_BLOCK | {"span"}):
        thai, chars, linked, links = sizes[id(el)]
        link_dense = el.name in _BLOCK and el.name != "h1" and links >= 2 and linked > 0.5 * chars
        if (link_dense or _is_furniture(el)) and 2 * thai < total and not (keep is not None and _holds(el, keep)):
            furniture.append(el)
    _remove(furniture)


def _remove(elements) -> None:
    """Decompose elements, each once: one inside another goes with it."""
    ids = {id(el) for el in elements}
    for el in [el for el in elements if not any(id(p) in ids for p in el.parents)]:
        el.decompose()


def _has_block(el) -> bool:
    return any(d.name in _BLOCK for d in el.descendants if isinstance(d, Tag))


def _own_text(el) -> int:
    """Thai characters el holds outside its block children (a bare text run)."""
    return sum(len(_THAI.findall(c if isinstance(c, NavigableString) else c.get_text()))
               for c in el.children if isinstance(c, NavigableString) or (c.name not in _BLOCK and not _has_block(c)))


def _densest_block(root):
    """The block that holds most of the page's Thai prose, widened to take in
    its headline and post date.

    Pages without ``<article>`` or ``<main>`` keep sidebars ("ข่าวล่าสุด" lists
    of other meetings) in the body; the story is where the text is, as
    paragraphs of one ``<div>`` or as bare lines in one layout-table ``<td>``.
    The block widens while that adds little text, up to the first wrapper that
    takes in a heading.
    """
    weight: dict[int, int] = {}
    elements = {}
    for el in root.find_all(_BLOCK):
        own = _own_text(el)
        if not own:
            continue
        holder = el
        while holder.name in _PARAGRAPHS and holder.parent is not None and holder.parent is not root:
            holder = holder.parent
        elements[id(holder)] = holder
        weight[id(holder)] = weight.get(id(holder), 0) + own
    sizes = _text_sizes(root)
    total = sizes[id(root)][0]
    if not weight or not total:
        return None
    block = elements[max(weight, key=weight.get)]
    size, headed = sizes[id(block)][0], block.find(_HEADINGS) is not None
    while not headed and block.parent is not root and sizes[id(block.parent)][0] <= 1.25 * size:
        block = block.parent
        headed = block.find(_HEADINGS) is not None
    return block if sizes[id(block)][0] >= 0.6 * total else None


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


def _title(soup, body) -> str | None:
    """The headline: ``og:title``, else the story's first ``<h1>``, else the
    ``<title>`` without its " | site name" tail."""
    og = soup.find("meta", attrs={"property": "og:title"})
    if og is not None and og.get("content", "").strip():
        return " ".join(og["content"].split())
    h1 = body.find("h1")
    if h1 is not None and h1.get_text(strip=True):
        return " ".join(h1.get_text(" ").split())
    if soup.title is None:
        return None
    # The tail is the site's name: no digits, unlike "… 1 - 15 พฤษภาคม 2566".
    title = re.sub(r"\s+[|\-–—]\s+[^|\-–—0-9๐-๙]+$", "", " ".join(soup.title.get_text().split()))
    return title or None


def _lines(run: str) -> list[str]:
    """A text run's lines as a browser shows them: one per <br>, spaces collapsed,
    a post's view counter and copyright notice left out."""
    lines = []
    # A blank line typed into the page source is a paragraph break; a single
    # newline is only the source's wrapping.
    for line in _BLANK_LINE.sub(_LINE_BREAK, run).split(_LINE_BREAK):
        line = " ".join(line.split())
        if len(line) <= _META_LINE:
            line = _COUNTER.sub("", line)
            lines.extend(part.strip() for part in line.split(" | "))
        else:
            lines.append(line)
    return [line for line in lines if line and not _COPYRIGHT.search(line)]


def _strings(el):
    for node in el.descendants:
        if isinstance(node, NavigableString) and not isinstance(node, PreformattedString):
            yield str(node)


def _row(tr) -> str | None:
    """A table row of plain cells as one line ("1 นายกุลิศ สมบัติศิริ ประธานกรรมการ");
    ``None`` for a layout row whose cells hold paragraphs or several lines."""
    cells = tr.find_all(["td", "th"], recursive=False)
    if len(cells) < 2 or any(_has_block(c) or _LINE_BREAK in c.get_text() for c in cells):
        return None
    if all(c.name == "th" for c in cells):
        return ""  # column labels
    return " ".join(" ".join("".join(_strings(c)).split()) for c in cells).strip()


def _flush(run: list[str], out: list[str]) -> None:
    lines = _lines("".join(run))
    if lines:
        out.append("\n".join(lines))
    run.clear()


def _blocks(top) -> list[str]:
    """top's text as blocks: each run of inline content between block children
    is one, so loose text beside paragraphs is kept and no text comes twice.

    A loop over a stack, not recursion: old pages leave <p> and <font> open,
    and the parser nests each in the one before, thousands deep.
    """
    out: list[str] = []
    stack = [(iter(top.children), [])]
    while stack:
        children, run = stack[-1]
        child = next(children, None)
        if child is None:
            _flush(run, out)
            stack.pop()
        elif isinstance(child, NavigableString):
            if not isinstance(child, PreformattedString):
                run.append(str(child))
        elif child.name not in _BLOCK and not _has_block(child):
            run.extend(_strings(child))
        else:
            _flush(run, out)
            row = _row(child) if child.name == "tr" else None
            if row is None:
                stack.append((iter(child.children), []))
            elif row:
                out.append(row)
    return out


def html_to_text(html: str) -> tuple[str | None, str]:
    """Return ``(title, article text)`` from a saved web page."""
    soup = BeautifulSoup(html, "html.parser")
    _remove(soup(_HTML_DROP))
    for br in soup.find_all("br"):
        br.replace_with(_LINE_BREAK)
    body = soup.find("article") or soup.find("main")
    _remove([tag for tag in soup(_CHROME) if body is None or not (_holds(tag, body) or _holds(body, tag))])
    root = soup.body or soup
    _drop_furniture(root, body)
    body = body or _densest_block(root) or root
    _number_lists(body)
    return _title(soup, body), "\n\n".join(_blocks(body))


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
