"""Numbered agenda items and their hierarchy.

An item is a line that opens with a numbering marker. Dotted numbers carry
their own path (``1.2``); other styles nest under the item above them when
they start a new style right after it (``2. … ดังนี้`` then ``1)`` → ``2.1``),
and are siblings of the last item of the same style. Bullets (``-``, ``•``)
are numbered by their position in their list; a bullet opens an item only
right after an item or a list intro, since pages also bullet their
date and photo-credit lines. Thai letters (``ก.``, ``ข)``) count in
alphabet order and stay in such a list too, since a line can also open with
an abbreviation (``อ. เมือง``). A section heading (``ระเบียบวาระที่ 3``,
``เรื่องที่ 3``) and a dotted sub-item under it span their unnumbered body
paragraphs up to the next item. A number alone on its line (text out of a PDF)
takes the next paragraph as its text; numbered lines of a roll call (ผู้มาประชุม)
are names, not items.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..normalize import arabic_digits
from ..record import AgendaItem, Notice
from .persons import roll_calls

# List letters in order: the obsolete ฃ ฅ and the rare ฆ are skipped (ค is followed by ง).
_LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"
_LETTER = rf"(?P<n>[{_LETTERS}])"
_LETTER_STYLES = ("ก.", "ก)", "(ก)")
# (style template, pattern on the Arabic-digit view); first match wins.
_MARKERS = [
    ("ระเบียบวาระที่ 1", re.compile(r"ระเบียบวาระที่\s*(?P<n>\d+(?:\.\d+)*)\s*")),
    ("วาระที่ 1", re.compile(r"วาระที่\s*(?P<n>\d+(?:\.\d+)*)\s*")),  # council minutes drop ระเบียบ
    ("เรื่องที่ 1", re.compile(r"เรื่องที่\s*(?P<n>\d+)(?!\s*/)\s*")),
    ("ข้อ 1", re.compile(r"ข้อ(?:ที่)?\s*(?P<n>\d+)(?!\.\d)\.?\s*")),
    ("1.1", re.compile(r"(?P<n>\d+(?:\.\d+)+)\.?(?!\d)\s*")),
    ("(1).", re.compile(r"\((?P<n>\d+)\)\.\s*")),
    ("(1)", re.compile(r"\((?P<n>\d+)\)\s*")),
    ("1)", re.compile(r"(?P<n>\d+)\)\s*")),
    ("1.", re.compile(r"(?P<n>\d+)\.(?!\d)\s*")),
    # Keycap digits (digit, optional U+FE0F, U+20E3) and 🔟 number the items of social-media posts.
    ("1️⃣", re.compile(r"(?P<n>(?:\d\uFE0F?\u20E3)+|\U0001F51F)\s*")),
    # A letter followed by another dotted letter is an abbreviation (ก.พ.ร., ค.ศ.).
    ("ก.", re.compile(rf"{_LETTER}\.(?![ก-ฮ]\.)\s*")),
    ("ก)", re.compile(rf"{_LETTER}\)\s*")),
    ("(ก)", re.compile(rf"\({_LETTER}\)\s*")),
]
# The glyph is the style; the number comes from the item's place in its list.
# A bullet that opens with the meeting's resolution ("- ที่ประชุมรับทราบ",
# "- มติที่ประชุม …") is the item above's outcome, not a new item.
_BULLET = re.compile(r"(?P<glyph>[-–•●▪])\s+(?!มติ|ที่ประชุม)")
# A line that announces the list below it: "สาระสำคัญของการประชุม สรุปได้ดังนี้",
# "ระเบียบวาระการประชุม".
_LIST_WORDS = r"ได้แก่|ดังนี้|ดังต่อไปนี้|ประกอบด้วย"
ANNOUNCES_LIST = re.compile(rf"(?:{_LIST_WORDS})\s*[:：]?\s*$")  # "… ได้แก่" closing an item's own text
_LIST_INTRO = re.compile(rf"(?:{_LIST_WORDS}|วาระการประชุม|สาระสำคัญ(?:ของ)?(?:การประชุม)?)\s*[:：]?\s*$")
_HEADINGS = ("ระเบียบวาระ", "วาระที่", "เรื่องที่")
_THAI_STYLE = str.maketrans("1", "๑")
_MAX_NUMBER = 60  # "2563. …" at a line start is a year, not item 2563


@dataclass
class _Open:
    style: str
    path: tuple[int, ...]


def _path(n: str) -> tuple[int, ...]:
    """The number path a marker's ``n`` stands for: a letter's place, a keycap's digits."""
    if n in _LETTERS:
        return (_LETTERS.index(n) + 1,)
    if n == "\U0001F51F":
        return (10,)
    return tuple(int(x) for x in re.sub(r"[\uFE0F\u20E3]", "", n).split("."))


def _in_list(style: str, path: tuple[int, ...], stack: list[_Open], after_list_line: bool) -> bool:
    """Whether a bullet or letter line opens an item where it stands.

    A letter goes on with its open list in order (past a body line), or starts
    a list at ก right after an item or a list intro; a bullet needs the latter.
    """
    if style not in _LETTER_STYLES:
        return bool(path) or after_list_line
    same = next((o for o in reversed(stack) if o.style == style), None)
    if same is not None and path[-1] == same.path[-1] + 1:
        return True
    return after_list_line and path == (1,)


def _marker(line: str, original: str) -> tuple[str, tuple[int, ...], int] | None:
    """``(style, number path, marker length)`` of the marker opening a line, even one with no text after it."""
    bullet = _BULLET.match(line)
    if bullet and bullet.end() < len(line):
        return bullet.group("glyph").replace("–", "-"), (), bullet.end()
    for style, pattern in _MARKERS:
        m = pattern.match(line)
        if not m:
            continue
        path = _path(m.group("n"))
        if any(n == 0 or n > _MAX_NUMBER for n in path):
            return None
        if re.match(r"[๐-๙]", original[m.start("n"):m.start("n") + 1]):
            style = style.translate(_THAI_STYLE)
        return style, path, m.end()
    return None


def match_marker(line: str, original: str) -> tuple[str, tuple[int, ...], int] | None:
    """``(style, number path, marker length)`` of an item line, else None.

    A bullet has the empty path: its number is its place in its list.
    """
    found = _marker(line, original)
    return found if found and found[2] < len(line) else None


def _bare_marker(view: str, text: str, at: int, paragraphs: list[tuple[int, int]]) -> tuple[str, tuple[int, ...], int] | None:
    """A number alone on its line ("1." then "เรื่องที่ประธานแจ้ง…", as text out of a
    PDF lays a list out): its item's text is the next paragraph, unless that one is
    numbered too. A letter alone (ก.) is more likely a cut abbreviation, so not one."""
    start, end = paragraphs[at]
    found = _marker(view[start:end], text[start:end])
    if not found or found[2] < end - start or found[0] in _LETTER_STYLES or at + 1 >= len(paragraphs):
        return None
    nstart, nend = paragraphs[at + 1]
    return None if _marker(view[nstart:nend], text[nstart:nend]) else found


def _extends(item: AgendaItem, items: list[AgendaItem]) -> bool:
    """Whether the unnumbered paragraphs after ``item`` are its body.

    A heading (ระเบียบวาระที่ 3 / เรื่องที่ 3) opens a section: its สรุปเรื่อง,
    ประเด็นเสนอ and มติ paragraphs run to the next marker. So does a dotted
    sub-item under one (3.2 of a minutes page), unless the heading announced
    its sub-items as a list ("… ดังนี้"): then a closing มติ paragraph is the
    heading's, and the decisions stage settles whose it is.
    """
    if item.style.startswith(_HEADINGS):
        return True
    if not item.style.startswith(("1.1", "๑.๑")):
        return False
    parents = {it.number: it for it in items}
    parent = parents.get(item.parent_number or "")
    while parent is not None and not parent.style.startswith(_HEADINGS):
        parent = parents.get(parent.parent_number or "")
    return parent is not None and not ANNOUNCES_LIST.search(parents[item.parent_number].text)


def find_items(text: str, paragraphs: list[tuple[int, int]]) -> list[AgendaItem]:
    view = arabic_digits(text)
    items: list[AgendaItem] = []
    stack: list[_Open] = []
    previous_was_item = previous_was_intro = False
    section: AgendaItem | None = None  # an item its unnumbered body paragraphs still extend
    seen: dict[tuple[str, str], AgendaItem] = {}
    roll_call = [(s, e) for s, e, _role in roll_calls(text)]
    after_bare = False  # this paragraph is the text of the bare number above it
    for at, (start, end) in enumerate(paragraphs):
        if after_bare:
            after_bare = False
            continue
        # "ผู้มาประชุม" then "1. ศาสตราจารย์ ดร.X นายกสภามหาวิทยาลัย": a numbered roll call, not the agenda.
        in_roll_call = any(s <= start < e for s, e in roll_call)
        found = None if in_roll_call else match_marker(view[start:end], text[start:end])
        body_start = None
        if not in_roll_call and not found and (found := _bare_marker(view, text, at, paragraphs)):
            body_start, end = paragraphs[at + 1]
            after_bare = True
        if found and not _in_list(*found[:2], stack, previous_was_item or previous_was_intro):
            found = None  # a bullet outside any list (a page's date or credit line), an abbreviation
        if not found:
            if section is not None:
                # "วาระที่ 1 เรื่องที่ประธานแจ้ง…" then "แจ้งนโยบาย… ที่ประชุมรับทราบ"; decisions
                # read an item's body as its text up to its end, so both grow together.
                section.text = text[section.end - len(section.text):end]
                section.end = end
            previous_was_item = False
            previous_was_intro = bool(_LIST_INTRO.search(text[start:end]))
            continue
        previous_was_intro = False
        section = None
        style, path, marker_len = found
        if style.startswith(("1.1", "๑.๑")):
            full = path
            while stack and len(stack[-1].path) >= len(full):
                stack.pop()
        else:
            same = next((i for i in range(len(stack) - 1, -1, -1) if stack[i].style == style), None)
            if not path:
                path = (stack[same].path[-1] + 1,) if same is not None else (1,)
            if same is not None:
                del stack[same:]
            elif style.startswith(_HEADINGS):
                stack.clear()
            elif not previous_was_item:
                # A new list after running text starts at the top, or under the
                # agenda heading (ระเบียบวาระที่ 4 / วาระที่ 4 / เรื่องที่ 1) whose section it is in.
                del stack[next((i + 1 for i in range(len(stack) - 1, -1, -1) if stack[i].style.startswith(_HEADINGS)), 0):]
            full = (stack[-1].path if stack else ()) + path
        stack.append(_Open(style, full))
        previous_was_item = True
        number = ".".join(map(str, full))
        body = text[start + marker_len if body_start is None else body_start:end].strip()
        earlier = seen.get((number, body))
        if earlier is not None:
            if style.startswith(_HEADINGS):
                # The eppo section "เรื่องที่ 3 รายงานสถานะ…" repeats line "3.…" of the list
                # above it (or a page header repeats the heading): one item, anchored where its
                # body follows so the section's resolutions are its own; it moves to its new
                # place since the decisions stage reads items in text order.
                items.remove(earlier)
                earlier.start, earlier.end, earlier.text = start, end, body
                items.append(earlier)
                section = earlier
            continue  # else the same line printed twice (page headers repeat)
        parent = ".".join(map(str, full[:-1])) or None
        ordinal = sum(1 for it in items if it.parent_number == parent) + 1
        items.append(AgendaItem(number, style, len(full), parent, ordinal, body, start, end))
        seen[(number, body)] = items[-1]
        if _extends(items[-1], items):
            section = items[-1]
    return items


def extract_agenda(notice: Notice) -> Notice:
    paragraphs = [(s.start, s.end) for s in notice.segment("paragraph")]
    notice.agenda = find_items(notice.text, paragraphs)
    return notice
