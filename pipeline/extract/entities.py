"""Named entities: rule results first, then the gazetteer EntityRuler, then the model.

Rules are sure where they fire (a person found from a title, a parsed date),
so an entity from the ruler or the model that overlaps one is dropped.
The date stage alone decides what is a date or a time: it has already read
every candidate and refused some on purpose (``ครั้งที่ 9/2562`` is a session),
so the model's DATE and TIME guesses are not kept.
"""
from __future__ import annotations

import re

from ..nlp import get_nlp
from ..record import Entity, Notice
from .decisions import find_cues

_DATE_STAGE_LABELS = {"DATE", "TIME"}
# A law's name runs on from its kind to a clause word, which newmm text often glues on
# ("ร่างพระราชกฤษฎีกาตามข้อสังเกตของกรรมการ", "รัฐธรรมนูญ โดยสรุป…", "รัฐธรรมนูญ ประจำปี").
_LAW = re.compile(r"(?:ร่าง)?(?:พระราชบัญญัติ|พ\.ร\.บ\.|พระราชกฤษฎีกา|พ\.ร\.ฎ\.|ประมวลกฎหมาย|กฎกระทรวง|ระเบียบ\S*ว่าด้วย|รัฐธรรมนูญ)"
                  r"\s?[^\s,()]*?(?=ตาม|โดย|ประจำ|มาตรา|ซึ่ง|ที่ประชุม|[\s,()]|$)"
                  r"(?:\s?(?:\(ฉบับที่\s?[\d๐-๙.]+\))?\s?พ\.ศ\.\s?[\d๐-๙.…]+)?")
_MONEY = re.compile(r"[\d๐-๙][\d๐-๙,.]*\s?(?:ล้าน|แสน|พัน)?\s?บาท")
_PERCENT = re.compile(r"ร้อยละ\s?[\d๐-๙][\d๐-๙.,]*|[\d๐-๙][\d๐-๙.,]*\s?%")


def rule_entities(notice: Notice) -> list[Entity]:
    text = notice.text
    ents = [Entity("PERSON", text[p.start:p.end], p.start, p.end, "rule") for p in notice.persons]
    ents += [Entity("DATE", d.surface, d.start, d.end, "rule") for d in notice.dates]
    ents += [Entity("TIME", t.surface, t.start, t.end, "rule") for t in notice.times]
    ents += [Entity("ORGANIZATION", c.surface, c.start, c.end, "rule") for c in notice.committee_mentions]
    for label, pattern in (("LAW", _LAW), ("MONEY", _MONEY), ("PERCENT", _PERCENT)):
        ents += [Entity(label, m.group().strip(), m.start(), m.start() + len(m.group().strip()), "rule") for m in pattern.finditer(text)]
    return ents


# A separator with space beside it ("สป.อว. / ภาพ", "ข่าว : …") joins two fields of a
# credit or form line; no name holds one.
_SEPARATOR = re.compile(r"\s[/:]|[/:]\s")
# Clause words the model carries past a name's end ("กลุ่มพัฒนาระบบบริหารภายในวันที่").
_TRAILING = re.compile(r"(?:\s*(?:ภายใน|วันที่|เมื่อ|และ|โดย|ของ|ที่|ใน))+$")


def _cuts_a_bracket(text: str) -> bool:
    """"ร่าง)", "Smart Grid)": a span holding half of a bracket pair is the model's misread, not a name."""
    return any(text.count(o) != text.count(c) for o, c in ("()", "[]", "“”"))


def model_span(text: str, label: str, holds_cue: bool) -> str | None:
    """The model's span as an entity's text, or None where it cannot be one: a date or time
    (the date stage decides those), half a bracket pair, two fields of a credit line, a
    "person" holding a decision cue ("ที่ประชุมรับรองรายงานการประชุม")."""
    if label in _DATE_STAGE_LABELS or _cuts_a_bracket(text) or _SEPARATOR.search(text):
        return None
    if label == "PERSON" and holds_cue:
        return None
    return _TRAILING.sub("", text)


def extract_entities(notice: Notice) -> Notice:
    doc, gazetteer = notice.doc, set()
    for name, proc in get_nlp().pipeline:
        doc = proc(doc)
        if name == "entity_ruler":
            gazetteer = {(e.start_char, e.end_char) for e in doc.ents}
    notice.doc = doc
    candidates = rule_entities(notice)
    cues = [(c.start, c.end) for c in find_cues(doc)]
    for e in doc.ents:
        source = "gazetteer" if (e.start_char, e.end_char) in gazetteer else "ner"
        text = e.text
        if source == "ner":
            text = model_span(text, e.label_, any(s < e.end_char and e.start_char < t for s, t in cues))
            if text is None:
                continue
        # Whitespace is a token in Thai text; a span must not begin or end with it.
        start = e.start_char + len(text) - len(text.lstrip())
        end = e.start_char + len(text.rstrip())
        candidates.append(Entity(e.label_, notice.text[start:end], start, end, source))
    taken = [False] * (len(notice.text) + 1)
    kept: list[Entity] = []
    for ent in sorted(candidates, key=lambda e: (("rule", "gazetteer", "ner").index(e.source), -(e.end - e.start))):
        if ent.end > ent.start and not any(taken[ent.start:ent.end]):
            taken[ent.start:ent.end] = [True] * (ent.end - ent.start)
            kept.append(ent)
    notice.entities = sorted(kept, key=lambda e: e.start)
    return notice
