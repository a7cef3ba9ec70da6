"""Decision cues (เห็นชอบ, รับทราบ, …) and the items they decide.

Cues are found on the characters of the text, longest match first
(``พิจารณาเห็นชอบ`` is one approve, ``เห็นชอบในหลักการ`` is not an approve):
newmm glues a cue to its neighbour (``รายงาน|ผลการสำรวจ``, ``การรายงานผล|การ``),
so token phrases miss it. A cue must still start a word, or follow the
nominalizer การ, so that ``ขอความเห็นชอบ`` or ``ขออนุมัติ`` (a request) is no cue.
A cue counts as a resolution where the item opens with it or where
the meeting is its subject (``ที่ประชุมเห็นชอบ``, ``มีมติ…``, or the body that met
by its own name: ``คณะรัฐมนตรีรับทราบ``, ``กนช. อนุมัติ``); a verb buried in a
noun phrase (``…ประกอบการพิจารณาอนุมัติ-อนุญาต``) does not.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..record import AgendaItem, Decision, Notice
from .agenda import ANNOUNCES_LIST
from .committees import key, load_registry

_PATTERNS = Path(__file__).resolve().parents[1] / "data" / "decisions.jsonl"
# Words that may stand between an item's number and its opening cue;
# "1. เรื่อง รายงานผล…" labels the item before it opens.
_OPENING = re.compile(r"^(?:เรื่อง(?:\s*[:：])?\s+)?(?:การ|ให้|ที่ประชุม(?:ได้)?|ได้|โดยที่ประชุม)?\s*$")
# Who resolves: the meeting, alone or with others ("ที่ประชุมและผู้แทนภาคเอกชน"),
# or the parties to a consultation ("ทั้งสองหน่วยงานเห็นชอบร่วมกัน", "ทั้งสองฝ่าย");
# the body that met, by its own names, joins them per notice (see _grammar).
_SUBJECT = (r"ที่ประชุม(?:และ\S{1,24})?"
            r"|ทั้ง(?:สอง|สาม|สี่|ห้า|[0-9๐-๙]+)\s*(?:หน่วยงาน|ฝ่าย|องค์กร|ส่วนราชการ|กระทรวง|ประเทศ|สถาบัน)"
            r"|ทุก(?:ฝ่าย|หน่วยงาน)")
# "ซึ่งคณะรัฐมนตรีมีมติเห็นชอบ": a body whose earlier resolutions notices cite,
# unless it is the body that met.
_CITED_BODIES = ("คณะรัฐมนตรี", "ครม.")
# How far before a cue a subject, or a cited body, still governs it.
_NEAR = 30
# The body's name where it does not resolve: inside an office's or officer's
# ("สำนักงาน ก.พ.ร.", "เลขาธิการ กนช."), or addressed by a request ("เสนอ กนช. เห็นชอบ").
_NOT_RESOLVING = "".join(f"(?<!{w})(?<!{w} )" for w in ("สำนักงาน", "เลขาธิการ", "ประธาน", "เสนอ", "ต่อ", "ขอ", "ให้"))
_ALWAYS = {"certify_minutes", "opinion"}
# "ให้ปรับปรุงตามข้อสังเกตของที่ประชุม": remarks cited as the measure of a revision, not made here.
_CITES = re.compile(r"(?<!ติด)ตาม(?:ที่)?\s*$")
# The "ให้ … ดำเนินการ" row of decisions.jsonl matches ให้ alone (see its "why").
_DIRECTIVE = "ให้"
_OPEN_ONLY = {"report", "consider"}  # meaningful only as the item's own opening
# "อนุมัติ 18 เสียง ไม่อนุมัติ 2 เสียง": after a count, the next cue is the tally's next line.
_TALLY = re.compile(r"\s*(?:ด้วย)?(?:คะแนน)?(?:เสียง)?\s*[0-9๐-๙]+\s*(?:เสียง|คะแนน)\s*")
# newmm glues the nominalizer to the verb it opens ("การรายงานผล", "การพิจารณา").
_NOMINALIZER = "การ"


@dataclass(frozen=True)
class _Grammar:
    """One notice's resolution patterns: its host may be the subject of a cue."""
    resolution: re.Pattern  # a subject or auxiliary right before a cue
    subject_before: re.Pattern  # a subject opening a running-text resolution, a few words before its cue
    head: re.Pattern  # a paragraph opening as the resolution of the item above it
    cited: re.Pattern  # another body's earlier resolution, cited
    reach: int  # characters before a cue that the longest subject needs


@lru_cache(maxsize=64)
def _grammar(host: tuple[str, ...]) -> _Grammar:
    # A short form must not end a longer word (กนช. in สกนช.); a spelled-out คณะ… name may follow one.
    # "คณะกรรมการบริหารนโยบายพลังงาน (กบง.) เห็นชอบ": the name may carry its bracketed abbreviation.
    names = "".join(f"|{_NOT_RESOLVING}" + ("" if h.startswith("คณะ") else r"(?<![\u0e01-\u0e2e.])") + re.escape(h)
                    + r"(?:\s*\([^()\n]{1,20}\))?" for h in host)
    subject = _SUBJECT + names
    # "ที่ประชุมพิจารณาแล้วเห็นชอบ": deliberation may stand between subject and cue;
    # "มติที่ประชุม : เห็นชอบ", "มติ : รับทราบ": a form's colon may follow the subject.
    resolution = re.compile(rf"(?:{subject}|มีมติ|มติ(?=\s*[:：]|\s)|ซึ่ง|ได้|และ|โดย|ทั้งนี้|พร้อมทั้ง|จึง|ให้)\s*[:：]?\s*(?:ได้)?"
                            r"(?:พิจารณาแล้ว|ร่วมกันพิจารณาแล้ว|หารือ(?:ร่วมกัน)?แล้ว)?\s*(?:ได้|จึง|มีมติ|ร่วมกัน)?\s*$")
    subject_before = re.compile(rf"(?:{subject}|มีมติ)\s*[:：]?\S{{0,12}}\s*$")
    # "มติที่ประชุม", "มติ ที่ประชุม…", "มติ :", or the meeting as the subject of a resolving
    # verb ("ที่ประชุมรับรองรายงานการประชุม…", "คณะรัฐมนตรีมีมติ…"), bulleted or not.
    # A form's label may stand apart from its verb by a tab, printed as spaces ("มติ    เห็นชอบ").
    verbs = r"(?:มีมติ|รับรอง|รับทราบ|เห็นชอบ|อนุมัติ|ไม่เห็นชอบ|ไม่อนุมัติ|พิจารณาแล้ว)"
    head = re.compile(
        rf"\s*(?:[-–•●▪*]\s*)?(?:มติ\s*(?:ที่ประชุม|[:：]{names})|มติ\s+(?={verbs}|ให้)|(?:ที่ประชุม{names})\s*[:：]?\s*(?:ได้)?\s*"
        rf"{verbs})")
    cited = "|".join([*(re.escape(b) for b in _CITED_BODIES if b not in host), "คราวประชุม"])
    return _Grammar(resolution, subject_before, head, re.compile(cited), _NEAR + max(map(len, host), default=0))


def host_names(notice: Notice) -> tuple[str, ...]:
    """The names of the body that met: as the notice writes them, as the registry lists them,
    and the short form heading its family (อ.ก.พ.ร. for a คณะอนุกรรมการพัฒนาระบบราชการ…)."""
    meeting = notice.meeting
    if meeting is None or meeting.committee_id is None:
        return ()
    names = {c.surface for c in notice.committee_mentions if c.committee_id == meeting.committee_id}
    registry = load_registry()
    entry = registry.committees.get(meeting.committee_id)
    if entry is not None:
        names |= {s for s in (entry.name, entry.abbreviation, *entry.aliases) if s}
    full = key(entry.name if entry is not None else meeting.committee_name or "")
    names |= {short for short, long in registry.expansions.items() if full.startswith(key(long))}
    return tuple(sorted(names, key=len, reverse=True))


@lru_cache(maxsize=1)
def _rows() -> tuple[dict, ...]:
    return tuple(json.loads(line) for line in _PATTERNS.read_text("utf-8").splitlines() if line.strip())


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(row["regex"] if "regex" in row else re.escape(row["pattern"])), row["label"])
                 for row in _rows())


@lru_cache(maxsize=1)
def _anywhere() -> frozenset[str]:
    """Cues that resolve an item whoever states them: the item's withdrawal
    (ฝ่ายเลขานุการขอถอนวาระ, ผู้เสนอขอถอนเรื่อง) is its outcome, though no meeting is the subject."""
    return frozenset(row["pattern"] for row in _rows() if row.get("anywhere"))


def _starts_word(text: str, starts: list[int], start: int) -> bool:
    """Whether ``start`` opens a token, or follows the nominalizer that opens one."""
    token = starts[bisect_right(starts, start) - 1]
    return start == token or text[token:start] == _NOMINALIZER


def find_cues(doc) -> list[Decision]:
    """Every decision cue in ``doc``, longest match, in text order; a vote tally counts once."""
    text = doc.text  # Doc.text joins every token on each access
    starts = [t.idx for t in doc]
    found = [Decision(None, label, m.group(), m.start(), m.end())
             for pattern, label in _patterns() for m in pattern.finditer(text)
             if _starts_word(text, starts, m.start())
             and not (label == "opinion" and _CITES.search(text, max(0, m.start() - 8), m.start()))]
    kept: list[Decision] = []
    for cue in sorted(found, key=lambda d: (d.start - d.end, d.start)):
        if all(cue.end <= k.start or k.end <= cue.start for k in kept):
            kept.append(cue)
    kept.sort(key=lambda d: d.start)
    return [c for p, c in zip([None, *kept], kept) if p is None or not _TALLY.fullmatch(text, p.end, c.start)]


def _within(cues: list[Decision], start: int, end: int) -> list[Decision]:
    return [c for c in cues if start <= c.start and c.end <= end]


def item_decisions(text: str, cues: list[Decision], item: AgendaItem, body_start: int,
                   host: tuple[str, ...] = ()) -> list[Decision]:
    """Resolutions stated in one item, in order, one per type; ``host`` names the body that met."""
    grammar = _grammar(host)
    kept: list[Decision] = []
    for cue in _within(cues, body_start, item.end):
        before = text[body_start:cue.start]
        opening = bool(_OPENING.match(before))
        if cue.decision_type in _OPEN_ONLY:
            ok = opening and not (cue.decision_type == "consider" and before.strip() == "การ" and item.level > 1)
        else:
            # A cue that opens with มีมติ states a resolution by itself.
            resolved = cue.cue.startswith("มีมติ") or bool(grammar.resolution.search(before[-grammar.reach:]))
            ok = opening or cue.decision_type in _ALWAYS or cue.cue in _anywhere() or (
                resolved and not grammar.cited.search(before[-_NEAR:]))
            if cue.cue == _DIRECTIVE and not opening:
                # "ประธานแจ้ง… โดยให้ทุกหน่วยดำเนินการ" is the chair's word; the meeting assigns
                # in its own resolution: "ที่ประชุมมีมติให้…", "ที่ประชุมรับทราบ และให้…".
                ok = ok and bool(kept or grammar.subject_before.search(before))
        if ok and cue.decision_type not in {d.decision_type for d in kept}:
            cue.item_number = item.number
            kept.append(cue)
    return kept


def _resolution_of(notice: Notice, start: int, grammar: _Grammar) -> AgendaItem | None:
    """The item a "มติที่ประชุม …" paragraph resolves: the last item before it (minutes style),
    or its parent when the parent announced a list ("… ได้แก่") that the paragraph closes
    and no sub-item has a resolution of its own."""
    if not grammar.head.match(notice.text, start):
        return None
    before = [item for item in notice.agenda if item.start < start]
    if not before:
        return None
    last = before[-1]
    parent = next((i for i in reversed(before) if i.level < last.level), None)
    after = next((i for i in notice.agenda if i.start > start), None)
    closes = after is None or after.level < last.level
    if parent is not None and closes and ANNOUNCES_LIST.search(parent.text):
        if not any(i.decisions for i in before if i.start > parent.start):
            return parent
    return last


def extract_decisions(notice: Notice) -> Notice:
    text, cues = notice.text, find_cues(notice.doc)
    host = host_names(notice)
    grammar = _grammar(host)
    decisions: list[Decision] = []
    covered: list[tuple[int, int]] = []
    for item in notice.agenda:
        body_start = item.end - len(item.text)
        found = item_decisions(text, cues, item, body_start, host)
        item.decisions = [d.decision_type for d in found]
        decisions += found
        covered.append((item.start, item.end))
    # Resolutions in running text outside items ("ที่ประชุมมีมติเห็นชอบ…").
    for seg in notice.segment("paragraph"):
        if any(s <= seg.start < e for s, e in covered):
            continue
        owner = _resolution_of(notice, seg.start, grammar)
        if owner is not None:
            for cue in _within(cues, seg.start, seg.end):
                if cue.decision_type not in _OPEN_ONLY and cue.decision_type not in owner.decisions:
                    cue.item_number = owner.number
                    owner.decisions.append(cue.decision_type)
                    decisions.append(cue)
            continue
        resolved = False  # "ที่ประชุมเห็นชอบ … และมอบหมายให้ …": a resolution carries to the cues joined to it
        for cue in _within(cues, seg.start, seg.end):
            before = text[seg.start:cue.start]
            if cue.decision_type in _OPEN_ONLY:
                continue
            if grammar.subject_before.search(before) or (
                    resolved and grammar.resolution.search(before[-grammar.reach:]) and not grammar.cited.search(before[-_NEAR:])):
                resolved = True
                decisions.append(cue)
            elif cue.decision_type in _ALWAYS:
                decisions.append(cue)
    notice.decisions = sorted(decisions, key=lambda d: d.start)
    return notice
