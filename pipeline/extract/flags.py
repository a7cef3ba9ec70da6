"""Quality flags: problems a reader should know the source has."""
from __future__ import annotations

import re

from ..dates import weekday_th
from ..normalize import arabic_digits
from ..record import Flag, Notice

# "รับทราบการดำเนินงาน 4 เรื่อง ประกอบด้วย", "รวม 5 วาระ ได้แก่": a count the listed sub-items must match.
_ANNOUNCED = re.compile(r"(?P<n>\d+)\s*(?:เรื่อง|ประเด็น|ข้อ|โครงการ|แนวทาง|มาตรการ|(?:ระเบียบ)?วาระ|รายการ|หัวข้อ)(?:ที่สำคัญ)?\s*(?:ดังนี้|ได้แก่|ประกอบด้วย|คือ)")
# Thai has no full stop; a cut text that still ends on a sentence-final word or
# a closing quote or stop was cut between sentences, not visibly mid-sentence. A
# closing bracket ends a gloss ("(Agile Organization)"), which the sentence goes past.
_COMPLETE_END = re.compile(r"(?:ต่อไป|แล้ว|ด้วย|เรียบร้อย|เป็นต้น|[.!?\"”])\s*$")


def find_flags(notice: Notice) -> list[Flag]:
    flags: list[Flag] = []
    m = notice.meeting
    for d in notice.dates:
        if d.invalid:
            flags.append(Flag("invalid_date", f"{d.surface}: {d.invalid}"))
        elif d.weekday_stated and d.date_start and d.granularity == "day":
            actual = weekday_th(d.date_start)
            if actual != d.weekday_stated:
                flags.append(Flag("weekday_mismatch", f"{d.surface}: stated {d.weekday_stated}, {d.date_start.isoformat()} is {actual}"))
    if m is not None:
        if m.meeting_date is None and not any(f.flag == "invalid_date" for f in flags):
            flags.append(Flag("no_date", "the notice reports a meeting but gives no day-precise date"))
        if m.chair_name is None and not _chair_by_position(notice) and not _opening_cut(notice):
            flags.append(Flag("no_chair", "the meeting's opening names no chair"))
        if m.session_year_ce and m.meeting_date and m.session_year_ce not in (m.meeting_date.year, m.meeting_date.year + 1):
            flags.append(Flag("session_year_mismatch", f"session year {m.session_year_be} BE, meeting on {m.meeting_date.isoformat()}"))
    flags += _count_mismatches(notice)
    if notice.partial and not _COMPLETE_END.search(notice.text):
        flags.append(Flag("truncated", "the source marks the text as cut off, and it stops mid-sentence"))
    return flags


def _chair_by_position(notice: Notice) -> bool:
    """A chair named by office only (``ผอ.สกถ. เป็นประธาน``) is still a chair: in the
    headline or the meeting paragraph, not in a paragraph before it about another body."""
    from .meeting import opening

    spans, paragraph = opening(notice)
    told = [s for s in spans if s.label == "title"] + ([paragraph] if paragraph else [])
    return any("ประธาน" in notice.text[s.start:s.end] for s in told)


def _opening_cut(notice: Notice) -> bool:
    """The text stops inside the meeting paragraph, where a chair would be named."""
    from .meeting import opening

    _, paragraph = opening(notice)
    return notice.partial and (paragraph is None or not notice.text[paragraph.end:].strip())


def _count_mismatches(notice: Notice) -> list[Flag]:
    flags = []
    last = notice.agenda[-1].number if notice.agenda else None
    for item in notice.agenda:
        announced = _ANNOUNCED.search(arabic_digits(item.text))
        children = [c for c in notice.agenda if c.parent_number == item.number]
        if not announced or not children:
            continue
        if notice.partial and children[-1].number == last:
            continue  # the list may go on past the cut
        if int(announced.group("n")) != len(children):
            flags.append(Flag("count_mismatch", f"item {item.number} announces {announced.group('n')}, lists {len(children)}"))
    return flags + _list_count_mismatch(notice)


def _list_count_mismatch(notice: Notice) -> list[Flag]:
    """"ที่ประชุมพิจารณา 3 เรื่อง ดังนี้" right above the agenda, which lists another number.

    The count may be of the top-level items or of the leaves (1.1, 1.2, 2.);
    only a number that is neither is a mismatch. A cut text may list fewer.
    """
    if not notice.agenda or notice.partial:
        return []
    first = notice.agenda[0]
    above = [s for s in notice.segment("paragraph") if s.end <= first.start and not notice.text[s.end:first.start].strip()]
    announced = _ANNOUNCED.search(arabic_digits(notice.text[above[-1].start:above[-1].end])) if above else None
    if announced is None:
        return []
    parents = {item.parent_number for item in notice.agenda}
    top = sum(item.level == first.level for item in notice.agenda)
    leaves = sum(item.number not in parents for item in notice.agenda)
    n = int(announced.group("n"))
    if n in (top, leaves):
        return []
    return [Flag("count_mismatch", f"the text announces {n}, the agenda lists {top}")]


def extract_flags(notice: Notice) -> Notice:
    notice.flags = find_flags(notice)
    return notice
