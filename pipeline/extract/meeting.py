"""The meeting a notice reports: kind, host body, session, date, mode, venue, chair.

Everything is read from the *opening*: the title and the body up to the first
paragraph that speaks of the meeting (ประชุม / ประธาน). A session number or date
cited later (รับรองรายงานการประชุมครั้งที่ 2/2565 เมื่อ…) is never this meeting's.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from ..dates import written_year
from ..normalize import alternation as _alt, arabic_digits
from .committees import is_back_reference, is_former_name, key
from ..record import CommitteeMention, DateExpr, Meeting, Notice, Person, Span

_DATA = json.loads((Path(__file__).resolve().parents[1] / "data" / "meeting.json").read_text("utf-8"))


_ONLINE = re.compile(_alt(_DATA["online"]), re.I)
_HYBRID = re.compile(_alt(_DATA["hybrid"]), re.I)
_HEADS = _alt(_DATA["venue_heads"])
_VENUE_END = (rf"(?=\s*(?:{_alt(_DATA['venue_stops'])})|\s(?:{_alt(_DATA['venue_stops_after_space'])})"
              rf"|\s*[,(]|\s*$)")
_VENUE = re.compile(
    rf"(?:ณ\s*|ที่(?=ห้อง|ศาลา|หอประชุม|ทำเนียบ|โรงแรม)"
    rf"|^[ \t]*(?:(?:{_alt(_DATA['venue_labels'])})[ \t]*[:：]|{_alt(_DATA['venue_pins'])})\s*)"
    rf"(?P<v>(?:{_HEADS})[^\n]*?){_VENUE_END}", re.M
)
# A bracket after the place and the words after it, up to the next stop.
_BRACKET = re.compile(rf"\s*\((?P<b>[^()\n]{{1,40}})\)(?P<v>[^\n]*?){_VENUE_END}", re.M)
# A bracket of Latin only, or one dotted abbreviation, glosses the place: (Auditorium), (สพร.).
_GLOSS = re.compile(r"[^ก-๙]*|\s*\S+\.\s*")
_MAX_VENUE = 120  # longer is a clause the stops missed, not a place
# A space-separated piece of a venue that opens with a place word (อาคาร 1, สำนักงานตำรวจแห่งชาติ).
_HEAD_PIECE = re.compile(rf"(?<!\S)(?:{_HEADS})\S*")
# An address word after a space, not the first letter of a dotted short form (อ.ก.พ.ร.).
_ADDRESS = re.compile(rf"\s(?:{_alt(_DATA['venue_address'])})(?![ก-ฮ]\.)")
_BARE_HEAD = re.compile(rf"(?<!\S)(?:{_HEADS})$")
_CITY = re.compile(_alt(_DATA["venue_city"]))
_AGENCY_PIECE = re.compile(rf"(?:{_alt(_DATA['venue_agency_heads'])})\S+")
_PLACE_WORD = re.compile(_HEADS)
_BARE_WORD = re.compile(r"[ก-ฮะ-ฺเ-์]+")  # Thai letters only: no digit, dot or ฯ
_CONSULT = re.compile(_alt(_DATA["consultation"]))
_COUNCIL = re.compile(rf"(?:{_alt(_DATA['council'])})\S*.{{0,80}}?สมัย")
_CITED = re.compile(rf"(?:{_alt(_DATA['cited_meeting'])})\S*\s*\S*\s*$")
_RESOLVED = re.compile(r"มีมติ|มติที่ประชุม")
_DEADLINE = re.compile(rf"(?:{_alt(_DATA['deadline'])})\s*(?:วัน\S{{0,12}}ที่)?\s*$")
_TODAY = re.compile(_alt(_DATA["today"]))
# ที่ประชุม is the meeting as the subject of a resolution (มติที่ประชุม), said in any paragraph.
_MEETING_CUE = re.compile(r"(?<!ที่)ประชุม|ประธาน")
_BACKGROUND = re.compile(rf"\s*(?:{_alt(_DATA['background'])})")
_REPORTING = re.compile(_alt(_DATA["reporting"]))
# The day a meeting sat is told after เมื่อ (เมื่อวันพฤหัสบดีที่ 5 …) or right after its session.
_SAT_ON = re.compile(r"(?:เมื่อ|ครั้งที่\s*\S+)\s*(?:วัน\S{0,12}ที่)?\s*$")
# The cue word inside a reference to an earlier meeting (ในคราวประชุมเมื่อ…).
_CITED_CUE = re.compile(_alt(_DATA["cited_meeting"]))
# "… ครั้งที่ 4/2561 เมื่อวันที่ 23 …": the day a session sat, cited when the session is.
_SESSION_DAY = re.compile(r"ครั้งที่\s*\S+\s*เมื่อ\s*(?:วัน\S{0,12}ที่)?\s*$")
# Session forms, most specific first; groups: no, total, year.
_SESSIONS = [
    re.compile(r"ครั้งที่\s*(?P<no>\d+)\s*\((?P<total>\d+)\)\s*/\s*(?P<year>\d{4})"),
    # ครั้งที่ 1/67 writes the year short; after a hyphen two digits are a range (ครั้งที่ 1-12).
    re.compile(r"ครั้งที่\s*(?P<no>\d+)\s*[/-]\s*(?P<year>\d{4}|(?<=/)\d{2}(?!\d))(?:\s*\(\s*ครั้งที่\s*(?P<total>\d+)\s*\))?"),
    re.compile(r"ครั้งที่\s*(?P<total>\d+)\s*\(\s*(?P<no>\d+)\s*/\s*(?P<year>\d{4})\s*\)"),
    re.compile(r"ครั้งที่\s*(?P<no>\d+)\s*(?:ประจำปี|ปี)(?:งบประมาณ)?\s*(?:พ\.ศ\.\s*)?(?P<year>\d{4})"),
]
_HOST_BEFORE = re.compile(r"(?:ประชุม|ประธาน\S*|ของ)\s*$")


# A header broken into lines (name and session / date and mode / chair) is one
# statement: lines after the cue line belong to it until it has a date.
_MAX_CONTINUATION = 2
# A header line that still tells where or how the meeting sat, after its day
# ("ครั้งที่ 45/2565" / "วันอังคารที่ 14 ธันวาคม 2565" / "ณ ห้องประชุม 1501 …").
_GOES_ON = re.compile(r"[ \t]*(?:ณ\s|ผ่าน|ที่ห้อง)")
_NUMBERED = re.compile(r"\s*(?:\(?[0-9๐-๙]+[.)]|ระเบียบวาระที่|วาระที่)")
# A form header (ประชุมเมื่อ : … / สถานที่ : … / ประธานการประชุม : …) is one statement
# however many lines it has; its labels hold no digits, unlike a time (10:00).
_FORM_LINE = re.compile(r"[ \t]*[^\n:：0-9๐-๙]{2,30}?[ \t]*[:：]")


def opening(notice: Notice) -> tuple[list[Span], Span | None]:
    """Title and body paragraphs up to the meeting paragraph, and that paragraph."""
    spans: list[Span] = []
    segments = [seg for seg in notice.segments if seg.label in ("title", "paragraph")]
    for i, seg in enumerate(segments):
        spans.append(seg)
        if seg.label == "paragraph" and not _BACKGROUND.match(notice.text, seg.start) and any(
            not _CITED_CUE.search(notice.text, max(seg.start, m.start() - 12), m.end())
            for m in _MEETING_CUE.finditer(notice.text, seg.start, seg.end)
        ):
            return spans, _with_continuation(notice, seg, segments[i + 1:])
    return spans, None


def _with_continuation(notice: Notice, seg: Span, following: list[Span]) -> Span:
    end = seg.end
    if _FORM_LINE.match(notice.text, seg.start):
        for nxt in following:
            if nxt.label != "paragraph" or not _FORM_LINE.match(notice.text, nxt.start):
                break
            end = nxt.end
        return seg if end == seg.end else Span("paragraph", seg.start, end)
    for nxt in following[:_MAX_CONTINUATION]:
        if nxt.label != "paragraph" or _NUMBERED.match(notice.text, nxt.start):
            break
        if _has_day(notice, seg.start, end) and not _GOES_ON.match(notice.text, nxt.start):
            break
        end = nxt.end
    return seg if end == seg.end else Span("paragraph", seg.start, end)


def _has_day(notice: Notice, start: int, end: int) -> bool:
    return any(d.granularity == "day" and start <= d.start < end for d in notice.dates)


def find_session(text: str, spans: list[Span]) -> tuple[int, int, int | None] | None:
    """``(session_no, session_year_be, session_total)`` of this meeting."""
    view = arabic_digits(text)
    found = []
    for seg in spans:
        for pattern in _SESSIONS:
            for m in pattern.finditer(view, seg.start, seg.end):
                if not _CITED.search(view[max(seg.start, m.start() - 60):m.start()]):
                    total = m.groupdict().get("total")
                    found.append((int(m.group("no")), _year_be(m.group("year")), int(total) if total else None))
    if not found:
        return None
    # The first form sets the session; a fuller form of it (ครั้งที่ 10 (2/2566)
    # in the body after 2/2566 in the title) adds the running count.
    no, year, _ = found[0]
    return no, year, next((t for n, y, t in found if (n, y) == (no, year) and t), None)


def _year_be(digits: str) -> int:
    """A session year in BE; a short one (67) is read the way dates read it."""
    return int(digits) if len(digits) == 4 else written_year(digits, None)[0] + 543


# "อ.ก.พ.ร. ฯ 2 คณะ", "ทั้งสองคณะ": several bodies, none of which is the host.
_SEVERAL_BODIES = re.compile(r"(?:ฯ|\.|ร่วม|ทั้ง)\s*(?:[2-9]|[1-9]\d|สอง|สาม|สี่|ห้า)\s*คณะ")


def host_committee(notice: Notice, spans: list[Span]) -> str | None:
    view = arabic_digits(notice.text)
    if any(_SEVERAL_BODIES.search(view, s.start, s.end) for s in spans):
        return None
    inside = [c for c in notice.committee_mentions if any(s.start <= c.start < s.end for s in spans)]
    for c in inside:
        if _HOST_BEFORE.search(notice.text[max(0, c.start - 20):c.start]):
            return c.committee_id
    for c in inside:
        if re.match(r"\s*ครั้งที่", notice.text[c.end:c.end + 12]):
            return c.committee_id
    return inside[0].committee_id if inside else None


def _written_name(text: str, mentions: list[CommitteeMention], spans: list[Span]) -> str | None:
    mentions = [m for m in mentions if not is_former_name(text, m)]
    spelled = [m for m in mentions if m.surface.startswith("คณะ") and not m.surface.endswith("ฯ")
               and not is_back_reference(m.surface)]
    # the name where the session sits; one inside an agenda item or a resolution
    # (รายงานต่อคณะกรรมการ X ต่อไป) may run into its clause
    opening = [m for m in spelled if any(s.start <= m.start < s.end for s in spans)]
    pool = [m.surface for m in (opening or spelled or mentions)]
    # the most complete form; spacing (often a PDF line break) does not count
    return max(pool, key=lambda s: len(key(s))) if pool else None


def meeting_date(notice: Notice, spans: list[Span], paragraph: Span | None) -> DateExpr | None:
    """The day-precise date of the meeting sentence, else the posting date when that
    sentence says "today", else the opening's first; a deadline only when nothing else is left."""
    text = notice.text
    days = [d for d in notice.dates if d.granularity == "day" and d.date_start is not None
            and not _cited(text, d.start)]
    deadlines = [d for d in days if _DEADLINE.search(text[max(0, d.start - 30):d.start])]

    def first(segs: list[Span], pool: list[DateExpr]) -> DateExpr | None:
        return next((d for seg in segs for d in pool if seg.start <= d.start < seg.end), None)

    dated = [d for d in days if d not in deadlines]
    own = [paragraph] if paragraph else []
    rest = [s for s in spans if s.label == "paragraph"] + [s for s in spans if s.label == "title"]
    today = None
    if paragraph and _TODAY.search(text, paragraph.start, paragraph.end):
        today = first(list(notice.segment("posting")), dated)
    lead = first(own, dated)
    if lead:
        lead = _day_it_sat(text, lead, [d for d in dated if lead.start < d.start < paragraph.end])
    return lead or today or first(rest, dated) or first(own + rest, deadlines)


def _cited(text: str, start: int) -> bool:
    """Is the day at ``start`` an earlier meeting's (ในคราวประชุมเมื่อวันที่ …,
    ในคราวประชุมครั้งที่ 4/2561 เมื่อวันที่ …)?"""
    if _CITED.search(text[max(0, start - 60):start]):
        return True
    session = _SESSION_DAY.search(text, max(0, start - 40), start)
    return bool(session and _CITED.search(text[max(0, session.start() - 60):session.start()]))


def _day_it_sat(text: str, lead: DateExpr, later: list[DateExpr]) -> DateExpr:
    """A leading day whose clause reports the meeting (วันที่ 6 … นายX เปิดเผยผลการประชุม …)
    is the briefing's; the day the sentence then says the meeting sat on is the meeting's."""
    sat = next((d for d in later if _SAT_ON.search(text[max(0, d.start - 40):d.start])), None)
    if sat is None:
        return lead
    cue = _MEETING_CUE.search(text, lead.end, sat.start)
    return sat if cue and _REPORTING.search(text, lead.end, cue.start()) else lead


def find_venue(text: str, spans: list[Span], persons: list[Person]) -> str | None:
    """The place after ณ; it ends before a named person (ณ ห้องประชุม 1 พล.ต.อ.X …)."""
    for seg in spans:
        m = _VENUE.search(text, seg.start, seg.end)
        if m:
            end = m.end("v")
            while (b := _BRACKET.match(text, end, seg.end)) and _of_the_place(b, persons):
                end = b.end("v")
            end = min([p.start for p in persons if m.start("v") < p.start < end], default=end)
            return _cut(_before_address(text[m.start("v"):end].strip()))
    return None


def _of_the_place(bracket: re.Match, persons: list[Person]) -> bool:
    """(ดินแดง), (อาคาร C), (หลังนอก) name part of the place; a bracket holding the
    mode, a gloss or a person does not, and the place ends before it."""
    inside = bracket.group("b")
    return not (_ONLINE.search(inside) or _HYBRID.search(inside) or _GLOSS.fullmatch(inside)
                or any(bracket.start("b") <= p.start < bracket.end("b") for p in persons))


def _before_address(venue: str) -> str:
    """The place without the street address written after it; an address word right
    after a bare place word (ศาลากลาง จังหวัดพิษณุโลก) names the place and stays."""
    for m in _ADDRESS.finditer(venue):
        if _BARE_HEAD.search(venue, 0, m.start()):
            continue
        place = venue[:m.start()].rstrip()
        pieces = place.split()
        if (_CITY.match(venue, m.start() + 1) and len(pieces) > 2 and _BARE_WORD.fullmatch(pieces[-1])
                and not _PLACE_WORD.match(pieces[-1]) and _AGENCY_PIECE.fullmatch(pieces[-2])):
            # กรมส่งเสริมสหกรณ์ เทเวศร์ กรุงเทพมหานคร: a locality between the agency and the city
            return place[:-len(pieces[-1])].rstrip()
        return place
    return venue


def _cut(venue: str) -> str | None:
    """A venue too long for a place (a clause the stops missed) ends with its last
    piece that opens with a place word, rather than being lost."""
    if len(venue) <= _MAX_VENUE:
        return venue
    ends = [m.end() for m in _HEAD_PIECE.finditer(venue) if m.end() <= _MAX_VENUE]
    return venue[:ends[-1]] if ends else None


def meeting_kind(text: str, spans: list[Span], host: str | None, session, chair: bool) -> str:
    head = " ".join(text[s.start:s.end] for s in spans)
    if _COUNCIL.search(head):
        return "council_session"
    if host and session:
        return "committee_meeting"  # a numbered session is formal even when it also "หารือ"s
    if _CONSULT.search(head):
        return "consultation"
    if host and (chair or _RESOLVED.search(head)):
        return "committee_meeting"  # chaired, or passing resolutions: a formal meeting
    return "other"


def extract_meeting(notice: Notice) -> Notice:
    text = notice.text
    spans, paragraph = opening(notice)
    title_cue = any(s.label == "title" and _MEETING_CUE.search(text, s.start, s.end) for s in spans)
    chair = next((p for p in notice.persons if p.role == "chair"), None)
    if paragraph is None and not title_cue and chair is None:
        notice.meeting = None
        return notice
    meeting_spans = [s for s in spans if s.label == "title"] + ([paragraph] if paragraph else [])
    # The meeting paragraph may run past the opening (a headline, then the sentence that names the session).
    searched = spans + ([paragraph] if paragraph else [])
    session = find_session(text, searched)
    host = host_committee(notice, searched)
    for c in notice.committee_mentions:
        c.role = "host" if c.committee_id == host else "mentioned"
    when = meeting_date(notice, spans, paragraph)
    venue = find_venue(text, meeting_spans, notice.persons)
    online = any(_ONLINE.search(text, s.start, s.end) for s in meeting_spans)
    # ในรูปแบบผสมผสาน (Hybrid Meeting) names the mode even when no room is written.
    hybrid = any(_HYBRID.search(text, s.start, s.end) for s in meeting_spans)
    mode = "hybrid" if hybrid or (venue and online) else "online" if online else "onsite" if venue else None
    notice.meeting = Meeting(
        meeting_kind=meeting_kind(text, meeting_spans, host, session, chair is not None),
        committee_id=host,
        committee_name=_written_name(text, [c for c in notice.committee_mentions if c.committee_id == host], searched),
        session_no=session[0] if session else None,
        session_year_be=session[1] if session else None,
        session_year_ce=session[1] - 543 if session and session[1] > 2400 else None,
        session_total=session[2] if session else None,
        meeting_date=when.date_start if when else None,
        weekday_stated=when.weekday_stated if when else None,
        mode=mode,
        venue=venue,
        chair_name=chair.full_name if chair else None,
    )
    return notice
