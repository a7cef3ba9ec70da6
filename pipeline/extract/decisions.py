"""Decision cues (เห็นชอบ, รับทราบ, …) and the items they decide.

Cues are found with a spaCy PhraseMatcher over the project tokenizer, longest
match first (``พิจารณาเห็นชอบ`` is one approve, ``เห็นชอบในหลักการ`` is not an
approve). A cue counts as a resolution where the item opens with it or where
the meeting is its subject (``ที่ประชุมเห็นชอบ``, ``มีมติ…``); a verb buried in a
noun phrase (``…ประกอบการพิจารณาอนุมัติ-อนุญาต``) does not.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from ..nlp import get_nlp
from ..record import AgendaItem, Decision, Notice

_PATTERNS = Path(__file__).resolve().parents[1] / "data" / "decisions.jsonl"
# Words that may stand between an item's number and its opening cue.
_OPENING = re.compile(r"^(?:การ|ให้|ที่ประชุม(?:ได้)?|ได้|โดยที่ประชุม)?\s*$")
# A subject or auxiliary right before a cue makes it the meeting's resolution.
# "ที่ประชุมพิจารณาแล้วเห็นชอบ": deliberation may stand between subject and cue.
_RESOLUTION = re.compile(r"(?:ที่ประชุม|มีมติ|อ\.ก\.พ\.ร\.|ซึ่ง|ได้|และ|โดย|ทั้งนี้|พร้อมทั้ง|จึง|ให้)\s*(?:ได้)?(?:พิจารณาแล้ว|ร่วมกันพิจารณาแล้ว)?\s*(?:ได้|จึง|มีมติ|ร่วมกัน)?\s*$")
# "ซึ่งคณะรัฐมนตรีมีมติเห็นชอบ": another body's earlier resolution, cited.
_OTHER_BODY = re.compile(r"คณะรัฐมนตรี|ครม\.|คราวประชุม")
_ALWAYS = {"certify_minutes", "opinion"}
# A paragraph that opens as the resolution of the item above it (minutes style):
# "มติที่ประชุม", "มติ ที่ประชุม…", "มติ :", or the meeting as the subject of a
# resolving verb ("ที่ประชุมรับรองรายงานการประชุม…", "ที่ประชุมมีมติ…"), bulleted or not.
_RESOLUTION_HEAD = re.compile(
    r"\s*(?:[-–•●▪*]\s*)?(?:มติ\s*(?:ที่ประชุม|[:：])|ที่ประชุม\s*(?:ได้)?\s*(?:มีมติ|รับรอง|รับทราบ|เห็นชอบ|อนุมัติ|ไม่เห็นชอบ|ไม่อนุมัติ|พิจารณาแล้ว))")
_OPEN_ONLY = {"report", "consider"}  # meaningful only as the item's own opening


@lru_cache(maxsize=1)
def matcher() -> PhraseMatcher:
    nlp = get_nlp()
    m = PhraseMatcher(nlp.vocab, attr="ORTH")
    for row in map(json.loads, _PATTERNS.read_text("utf-8").splitlines()):
        m.add(row["label"], [nlp.make_doc(row["pattern"])])
    return m


def find_cues(doc) -> list[Decision]:
    """Every decision cue in ``doc``, longest match, in text order."""
    strings = doc.vocab.strings
    matches = [(strings[k], doc[s:e]) for k, s, e in matcher()(doc)]
    labels = {(sp.start, sp.end): label for label, sp in matches}
    return [Decision(None, labels[(sp.start, sp.end)], sp.text, sp.start_char, sp.end_char)
            for sp in filter_spans([sp for _, sp in matches])]


def _within(cues: list[Decision], start: int, end: int) -> list[Decision]:
    return [c for c in cues if start <= c.start and c.end <= end]


def item_decisions(text: str, cues: list[Decision], item: AgendaItem, body_start: int) -> list[Decision]:
    """Resolutions stated in one item, in order, one per type."""
    kept: list[Decision] = []
    for cue in _within(cues, body_start, item.end):
        before = text[body_start:cue.start]
        opening = bool(_OPENING.match(before))
        if cue.decision_type in _OPEN_ONLY:
            ok = opening and not (cue.decision_type == "consider" and before.strip() == "การ" and item.level > 1)
        else:
            # A cue that opens with มีมติ states a resolution by itself.
            resolved = cue.cue.startswith("มีมติ") or bool(_RESOLUTION.search(before[-30:]))
            ok = opening or cue.decision_type in _ALWAYS or (resolved and not _OTHER_BODY.search(before[-30:]))
        if ok and cue.decision_type not in {d.decision_type for d in kept}:
            cue.item_number = item.number
            kept.append(cue)
    return kept


def _resolution_of(notice: Notice, start: int) -> AgendaItem | None:
    """The item a "มติที่ประชุม …" paragraph resolves: the last item before it (minutes style)."""
    if not _RESOLUTION_HEAD.match(notice.text, start):
        return None
    before = [item for item in notice.agenda if item.start < start]
    return before[-1] if before else None


def extract_decisions(notice: Notice) -> Notice:
    text, cues = notice.text, find_cues(notice.doc)
    decisions: list[Decision] = []
    covered: list[tuple[int, int]] = []
    for item in notice.agenda:
        body_start = item.end - len(item.text)
        found = item_decisions(text, cues, item, body_start)
        item.decisions = [d.decision_type for d in found]
        decisions += found
        covered.append((item.start, item.end))
    # Resolutions in running text outside items ("ที่ประชุมมีมติเห็นชอบ…").
    for seg in notice.segment("paragraph"):
        if any(s <= seg.start < e for s, e in covered):
            continue
        owner = _resolution_of(notice, seg.start)
        if owner is not None:
            found = [c for c in _within(cues, seg.start, seg.end)
                     if c.decision_type not in _OPEN_ONLY and c.decision_type not in owner.decisions]
            for cue in found:
                cue.item_number = owner.number
                owner.decisions.append(cue.decision_type)
            decisions += found
            continue
        resolved = False  # "ที่ประชุมเห็นชอบ … และมอบหมายให้ …": a resolution carries to the cues joined to it
        for cue in _within(cues, seg.start, seg.end):
            before = text[seg.start:cue.start]
            if cue.decision_type in _OPEN_ONLY:
                continue
            if re.search(r"(?:ที่ประชุม|มีมติ)\S{0,12}\s*$", before) or (
                    resolved and _RESOLUTION.search(before[-30:]) and not _OTHER_BODY.search(before[-30:])):
                resolved = True
                decisions.append(cue)
            elif cue.decision_type in _ALWAYS:
                decisions.append(cue)
    notice.decisions = sorted(decisions, key=lambda d: d.start)
    return notice
