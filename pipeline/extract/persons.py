"""Named persons: title, given and family name, position and role.

A name is found from the honorific that opens it (stacked ranks included);
its role from the cue words that follow it in the same clause
(``… เป็นประธาน``, ``… เป็นเลขานุการ``) or, for a name in brackets after a
position, from the position before it (``ประธานกรรมการ (นายX)``). A chair introduced after a
body the notice only cites (``คณะกรรมการX ซึ่งมีนายY เป็นประธาน``) is mentioned.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import takewhile
from pathlib import Path

from pythainlp.corpus import thai_family_names

from ..normalize import alternation as _alternation
from ..record import CommitteeMention, Notice, Person
from ..segment import credit_parts, credit_pieces, given_names

_DATA = json.loads((Path(__file__).resolve().parents[1] / "data" / "persons.json").read_text("utf-8"))
_T = r"[\u0e01-\u0e2e\u0e30-\u0e4e]"  # a Thai letter or mark, not a digit or ฯ


# A woman's rank carries หญิง after it: พันตำรวจเอกหญิง, พ.ต.อ.หญิง, เรืออากาศโทหญิง.
_TITLES = rf"(?:{_alternation(_DATA['titles'])})(?:\s?หญิง(?=\s?[\u0e01-\u0e2e]))?"
_WEAK = _alternation(_DATA["weak_titles"])
# "ก.บ.ศ. ครั้งที่": a title never starts inside a dotted abbreviation (ศ. here),
# though it may follow an office's short form (ผอ.นางสาวX).
_NAME = re.compile(
    rf"(?<![ก-ฮ]\.[ก-ฮ]\.)(?<![\s(][ก-ฮ]\.)(?<!^[ก-ฮ]\.)(?P<title>(?:{_TITLES})(?:\s?(?:{_TITLES}))*|{_WEAK})\s?"
    rf"(?P<given>[\u0e01-\u0e2e\u0e40-\u0e44]{_T}+)"
    rf"(?:\s(?P<family>(?:ณ\s)?[\u0e01-\u0e2e\u0e40-\u0e44]{_T}+(?:\sณ\s{_T}+)?))?"
)
_LATIN_TITLES = _alternation(_DATA["latin_titles"])
_LATIN_NAME = re.compile(
    rf"(?<![A-Za-z])(?P<title>(?:{_LATIN_TITLES})(?:\s?(?:{_LATIN_TITLES}))*)\s?"
    r"(?P<given>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:\s(?P<family>[A-Z][A-Za-z'-]+))?"
)
# "นายX ณ ห้องประชุม…" is a venue after a one-word name, not the ณ of a family name.
_PLACE_AFTER_NA = re.compile(r"ณ\s(?:ห้อง|ศาลา|อาคาร|ตึก|ทำเนียบ|โรงแรม|สำนักงาน|ศูนย์|กระทรวง|กรม|จังหวัด|พื้นที่|บริเวณ)")
_WEAK_SET = frozenset(_DATA["weak_titles"])
_NOT_FAMILY = tuple(_DATA["not_a_family_name"])
_NOT_PERSON = [re.compile(p) for p in _DATA["not_a_person"]]
_ROLE_CUES = re.compile("|".join(
    f"(?P<{role}>{_alternation(cues)})" for role, cues in _DATA["roles"].items()
))
# A role cue is looked for after the name up to the next clause that starts
# another participant or the end of the sentence.
_PREDICATE = re.compile(r"(?:ได้|จะ|ก็|ยัง|กล่าว|ให้)")
_CLAUSE_END = re.compile(r"\n|\s(?:โดยมี|ซึ่ง|โดย|ทั้งนี้|ณ\s)|\s\(|$")
_WINDOW = 220
# What the person did, or a clause about them, after an office written right after the name.
_AFTER_OFFICE = re.compile(r"\s(?:เป็น|ได้|ซึ่ง|โดย|ทั้งนี้)")
_POSITION_END = re.compile(rf"\s(?:{_alternation(_DATA['position_ends'])})(?!แพร่)")
_OTHERS_AFTER_AND = re.compile(rf"(?:{_alternation(_DATA['others_after_and'])})")
_LABEL = rf"[\s\-•*]*(?P<label>{_alternation(_DATA['form_labels'])})\s*"
_FORM_LABEL = re.compile(_LABEL + r"[:：]\s*")
_CO_CHAIR = re.compile(_alternation(_DATA["co_chair"]))
# A label alone on its line heads the names below it (see roll_calls).
_LABEL_LINE = re.compile(_LABEL + r"[:：]?\s*")
_ROLL_CALL_END = re.compile(rf"\s*(?:[\d๐-๙]+[.)]\s*)?(?:{_alternation(_DATA['roll_call_ends'])})")
_ROLL_CALL_WORD = re.compile(rf"{_TITLES}|{_WEAK}|{_ROLE_CUES.pattern}")
_CUES_BEFORE = tuple(_DATA["cue_before_name"])
_CUE_BEFORE = re.compile(rf"(?P<cue>{_alternation(_CUES_BEFORE)})\s*[:：]?\s*$")


def person_id(given: str, family: str | None) -> str:
    """Stable across notices: the name without title and spaces."""
    k = re.sub(r"\s+", "", given + (family or ""))
    return "p-" + hashlib.sha1(k.encode("utf-8")).hexdigest()[:10]


@lru_cache(maxsize=1)
def _names_by_length() -> list[str]:
    return sorted(given_names(), key=len, reverse=True)


def split_glued(name: str) -> tuple[str, str | None]:
    """Split ``มงคลชัยสมอุดร`` into given and family name with the name lists."""
    names = given_names()
    for i in range(len(name) - 2, 1, -1):
        if name[:i] in names and len(name) - i >= 3:
            return name[:i], name[i:]
    return name, None


def _bad_title_use(title: str, after: str) -> bool:
    """นายกรัฐมนตรี, นายอำเภอ, นางพยาบาล, นายแพทย์สาธารณสุขจังหวัด: a word, not a title and a name;
    but นายกิตติ is a name."""
    last = title.rstrip().split()[-1] if title.strip() else title
    word = after.split(maxsplit=1)[0] if after.strip() else ""
    if word in given_names():
        return False
    if after.startswith(tuple(_DATA["not_after_title"])):
        return True
    if last.endswith("นาย") and (after.startswith(tuple(_DATA["not_after_nai"]))
                                  or after.startswith("ก") and after[1:].startswith(tuple(_DATA["after_nayok"]))):
        return True
    return last.endswith("นาง") and after.startswith(tuple(_DATA["not_after_nang"]))


_ROLE_PRIORITY = list(_DATA["roles"])  # earlier wins inside one cue cluster
_CLUSTER = 25
# "นายX กรรมการผู้ทรงคุณวุฒิ ทำหน้าที่ประธาน": acting in a role outranks the
# membership named before it, within the person's own clause.
_ACTING = re.compile(r"ทำหน้าที่(?:เป็น)?\s?(?:(?P<vice_chair>รองประธาน)|(?P<chair>ประธาน)|(?P<secretary>เลขานุการ))")


def _role_in(text: str) -> tuple[str | None, int]:
    """Role named by the first cue cluster in ``text``, and where it starts.

    Cues close together are one phrase (``อนุกรรมการและเลขานุการ``), read by
    priority; a bare กรรมการ inside a longer word (คณะกรรมการ) is no cue.
    """
    clause = _CLAUSE_END.search(text)
    acting = _ACTING.search(text, 0, clause.start() if clause else len(text))
    if acting:
        return acting.lastgroup, acting.start()
    cues = [m for m in _ROLE_CUES.finditer(text)
            if not (m.group().endswith("กรรมการ") and m.lastgroup == "attendee"
                    and m.start() > 0 and not text[m.start() - 1].isspace())
            and not text.startswith(_CUES_BEFORE, m.start())]  # "นำเสนอโดย นายY": Y's role, not this name's
    if not cues:
        return None, -1
    first = cues[0].start()
    cluster = [m.lastgroup for m in cues if m.start() - first <= _CLUSTER]
    return min(cluster, key=_ROLE_PRIORITY.index), first


def _office_before_and(text: str) -> str:
    """"ผู้อำนวยการสถาบัน… ชายฝั่งทะเล และป่าชายเลน": a spaced และ before the last
    word joins the last item of a list in the office's name; before other people
    (และคณะ) or before more words (องคมนตรี และตามพระบรมราโชบาย…) it ends the office."""
    for m in re.finditer(r"\sและ\s?", text):
        rest = text[m.end():].strip()
        if _OTHERS_AFTER_AND.match(rest) or re.search(r"\s", rest):
            return text[:m.start()]
    return text


def _clean_position(text: str) -> str | None:
    text = _POSITION_END.split(text)[0]  # "… พร้อมด้วยเจ้าหน้าที่": others join here
    text = re.sub(r"^(?:\s|\)|,|พร้อมด้วย|โดยมี)+|(?:\s|,|เป็น|และ|โดยมี|ในฐานะ)+$", "", text)
    if _PREDICATE.match(text):
        return None  # "นายX ได้กล่าวต้อนรับ": what the person did, not an office
    return text if 1 < len(text) <= 120 else None


def _next_name(text: str, pos: int, end: int) -> re.Match | None:
    """The first Thai or Latin-script name from ``pos``."""
    found = [m for m in (_NAME.search(text, pos, end), _LATIN_NAME.search(text, pos, end)) if m]
    return min(found, key=lambda m: m.start(), default=None)


def _title_form(title: str) -> str:
    """Stacked titles normalized for spacing: Thai abbreviations join (รศ. ดร. →
    รศ.ดร.), words keep one space (ศาสตราจารย์ ดร., Prof. Dr.)."""
    return re.sub(r"(?<=\.)\s(?![A-Za-z])", "", " ".join(title.split()))


def find_persons(text: str, spans: list[tuple[int, int]], bodies: Sequence[CommitteeMention] = ()) -> list[Person]:
    """Persons named inside ``spans`` (body paragraphs and title) of ``text``;
    ``bodies``, the committee mentions, tell a chair of another body."""
    found: list[Person] = []
    for seg_start, seg_end in spans:
        pos = seg_start
        while m := _next_name(text, pos, seg_end):
            pos = m.start("given")  # a match turned down gives its words back: "ปลัดจังหวัด… และนางX"
            title, given, family = _title_form(m.group("title")), m.group("given"), m.group("family")
            if _bad_title_use(title, text[m.start("given"):]):
                continue
            if title in _WEAK_SET and (given not in given_names() or (m.start() and not text[m.start() - 1].isspace())):
                continue
            if family is None and text.startswith("ฯ", m.end("given")):
                # "นายเอกรัฐฯ กล่าวว่า": the name shortened, pointing back to a person named before.
                if earlier := next((q for q in reversed(found) if q.given_name == given), None):
                    found.append(replace(earlier, role="mentioned", start=m.start(), end=m.end("given") + 1))
                pos = m.end("given") + 1
                continue
            end = m.end()
            if family and (family.startswith(_NOT_FAMILY) or _PLACE_AFTER_NA.match(family)):
                family, end = None, m.end("given")
            if family is None:
                given, family = split_glued(given)
            start, position = m.start(), None
            if title in _WEAK_SET and title != "คุณ":
                # รองอธิบดีพรศรี: an office, not an honorific; the name starts after it.
                start, title, position = m.start("given"), None, title
            # "title + name, spaces normalized": a title is written joined to the name,
            # an English one apart from it (Mr. David Walker)
            joint = " " if title and given.isascii() else ""
            full = (title + joint if title else "") + re.sub(r"\s+", " ", text[m.start("given") if title else start:end])
            found.append(Person(person_id(given, family), full, title, given, family, position, "mentioned", start, end))
            pos = end
    for i, p in enumerate(found):
        nxt = found[i + 1].start if i + 1 < len(found) else len(text)
        _assign_role(text, p, nxt)
        if cue := _CUE_BEFORE.search(text, max(0, p.start - 20), p.start):
            p.role = _DATA["cue_before_name"][cue.group("cue")]
    _roll_call_roles(text, found)
    _coordinate(text, found)
    _chairs_of_other_bodies(text, found, bodies)
    _one_chair(found, _co_chairs(text, found))
    return found


def roll_calls(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, role)`` of the lines a form label alone on its line heads.

    An attendance label (ผู้มาประชุม, or ผู้ไม่มาประชุม for the absent) heads a
    roll call, one name a line, up to the meeting's opening or first agenda
    heading, or a line with no title or role word (ผลการหารือ). Any other label
    (ประธานในที่ประชุม) heads the name opening the next line, unless a name stands
    right above it: then it is that signer's office.
    """
    lines, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    roles = [_DATA["form_labels"][m.group("label")] if (m := _LABEL_LINE.fullmatch(text, *span)) else None
             for span in lines]
    blocks = []
    for i, role in enumerate(roles):
        if role in ("attendee", "mentioned"):
            # A one-person label inside the roll call (ประธานกรรมการ above a name) goes on with it.
            names = list(takewhile(lambda j: roles[j] not in ("attendee", "mentioned")
                                   and not _ROLL_CALL_END.match(text, *lines[j])
                                   and _ROLL_CALL_WORD.search(text, *lines[j]), range(i + 1, len(lines))))
        elif (role and i + 1 < len(lines) and _NAME.match(text[slice(*lines[i + 1])].lstrip())
              and not (i and _NAME.search(text, *lines[i - 1]))):
            names = [i + 1]
        else:
            names = []
        if names:
            blocks.append((lines[names[0]][0], lines[names[-1]][1], role))
    return blocks


def _roll_call_roles(text: str, persons: list[Person]) -> None:
    """A name under a label line takes its role; under an attendance label it is
    at least an attendee (the chair and secretary keep theirs), under an absent
    one only mentioned whatever office follows it."""
    for start, end, role in roll_calls(text):
        for p in persons:
            if start <= p.start < end and (role != "attendee" or p.role == "mentioned"):
                p.role = role


# "คณะกรรมการX (กกก.) ซึ่งมีนายY เป็นประธาน": Y is introduced as the chair of that body.
_CHAIRED_BY = re.compile(r"(?:\)|\s*\([^()\n]{1,30}\))?\s*(?:ซึ่ง|ที่)\s?มี\s*")
# This meeting's body is the one the session is written with: "ประชุมคณะกรรมการX",
# "คณะกรรมการX ครั้งที่ 3/2566", or "… เป็นประธาน ได้มีการประชุม".
_MET_BEFORE = re.compile(r"ประชุม\s*$")
_SESSION_AFTER = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?ครั้งที่")
_HELD_MEETING = re.compile(r"เป็นประธาน(?:ในการ|การ)?\s*(?:ได้)?(?:มีการ|จัด|เปิด)?(?:การ)?ประชุม")


def _chairs_of_other_bodies(text: str, persons: list[Person], bodies: Sequence[CommitteeMention]) -> None:
    """"และคณะกรรมการวิพากษ์หลักสูตร ซึ่งมีรศ.ดร.X เป็นประธาน ได้ให้ข้อเสนอแนะ": X chairs
    a body the notice only cites, so is only mentioned, even as the one chair named."""
    ordered = sorted(bodies, key=lambda b: b.start)
    for p in persons:
        if p.role != "chair":
            continue
        body = next((b for b in ordered if b.end <= p.start and _CHAIRED_BY.fullmatch(text, b.end, p.start)), None)
        if (body and not _may_host(text, body.committee_id, ordered)
                and not _HELD_MEETING.search(text[p.end:p.end + _WINDOW].split("\n")[0])):
            p.role = "mentioned"


def _may_host(text: str, committee_id: str, ordered: list[CommitteeMention]) -> bool:
    """The host is not known before the meeting stage: it is the first body
    named or one written with the session."""
    return committee_id == ordered[0].committee_id or any(
        _MET_BEFORE.search(text, max(0, b.start - 10), b.start) or _SESSION_AFTER.match(text, b.end)
        for b in ordered if b.committee_id == committee_id)


def _co_chairs(text: str, persons: list[Person]) -> list[set[str]]:
    """"A และ B … เป็นประธานร่วม", "A, B และ C ร่วมเป็นประธาน": the names
    joined before a chair cued as co-chair chair with it, as one group."""
    groups = []
    for i, p in enumerate(persons):
        nxt = persons[i + 1].start if i + 1 < len(persons) else len(text)
        window = text[p.end:min(nxt, p.end + _WINDOW)].split("\n")[0]
        clause = _CLAUSE_END.search(window)
        if p.role != "chair" or not _CO_CHAIR.search(window, 0, clause.start() if clause else len(window)):
            continue
        group, j = {p.person_id}, i
        while j > 0 and persons[j - 1].role == "mentioned":
            gap = text[persons[j - 1].end:persons[j].start]
            if not re.search(r"(?:\sและ|,)\s?$", gap) or _RUN_BREAK.search(gap):
                break
            j -= 1
            persons[j].role = "chair"
            group.add(persons[j].person_id)
        groups.append(group)
    return groups


def _one_chair(persons: list[Person], co_chairs: list[set[str]]) -> None:
    """The first person cued as chair chairs the meeting, with any co-chairs;
    a later, different "ที่มี X เป็นประธาน" chairs some other body and is only
    mentioned."""
    chair = next((p.person_id for p in persons if p.role == "chair"), None)
    chairs = next((g for g in co_chairs if chair in g), {chair})
    for p in persons:
        if p.role == "chair" and p.person_id not in chairs:
            p.role = "mentioned"


def _assign_role(text: str, p: Person, next_start: int) -> None:
    line_start = text.rfind("\n", 0, p.start) + 1
    if label := _FORM_LABEL.fullmatch(text, line_start, p.start):
        # "ประธานการประชุม : นายX ประธานศาลฎีกา (…)": the office is the rest of the line.
        p.role = _DATA["form_labels"][label.group("label")]
        p.position = p.position or _clean_position(re.split(r"\s?\(", text[p.end:].split("\n")[0])[0])
        return
    bracketed = text[max(0, p.start - 2):p.start].rstrip().endswith("(")
    if bracketed:
        # "ตำแหน่ง ประธานกรรมการ (นายX)": position and role come before the bracket.
        open_at = text.rfind("(", 0, p.start)
        if open_at == 0 or text[open_at - 1] == "\n":
            # Minutes style: the position line stands above "(นายX)".
            before = text[text.rfind("\n", 0, open_at - 1) + 1:max(0, open_at - 1)]
        else:
            # Inline "ตำแหน่ง (นายX)": only the words right before the bracket.
            line = text[text.rfind("\n", 0, open_at) + 1:open_at]
            before = re.split(r"\s|โดยมี|และ", line.rstrip())[-1]
        role, at = _role_in(before)
        if role:
            # "ประธานกรรมการ (นายX)" with no office before the cue: the cue is the office.
            p.role, p.position = role, _clean_position(before[:at]) or _clean_position(before[at:])
            return
        p.position = p.position or _clean_position(before)
    close = text.find(")", p.end, p.end + 3)
    after_start = close + 1 if bracketed and close != -1 else p.end
    limit = min(next_start, after_start + _WINDOW)
    window = text[after_start:limit].split("\n")[0]
    role, at = _role_in(window)
    if role:
        p.role = role
        if not bracketed and not p.position:
            p.position = _clean_position(_office_before_and(re.split(r"\sได้", window[:at])[0]))
            if p.position is None and not window[:at].strip() and (then := _AFTER_OFFICE.search(window, at)):
                # "นายX ประธานอนุกรรมการ เป็นประธานการประชุม", "นายX กรรมการผู้ทรงคุณวุฒิ
                # ได้ให้ข้อสังเกต", "แทนนายX ประธานอนุกรรมการ ซึ่งติดภารกิจ": the office is the cue itself.
                p.position = _clean_position(window[:then.start()])
    elif not bracketed and not p.position:
        clause = _CLAUSE_END.search(window)
        p.position = _clean_position(_office_before_and(window[: clause.start() if clause else len(window)]))


# "ผู้เข้าร่วมประชุม ได้แก่ A … และ B …": a list of attendees, the cue before the names.
_ATTENDEE_LIST = re.compile(r"(?:เข้าร่วม(?:การ)?ประชุม|ร่วมประชุม|เข้าประชุม)\S{0,12}\s*(?:ได้แก่|ประกอบด้วย|คือ)")
_LIST_BREAK = re.compile(r"ทั้งนี้|โดยมี|ซึ่ง|เป็น|\n")
_RUN_OPEN = re.compile(rf"(?:{_alternation(_DATA['list_openers'])})\s*$")
# Inside "โดยมี A ตำแหน่ง B ตำแหน่ง … เข้าร่วมประชุม" only positions come between
# the names; a verb or a new clause means the earlier name had a sentence of its own.
_RUN_BREAK = re.compile(r"\n|ทั้งนี้|ซึ่ง|โดย|\sณ\s|ได้|เป็น|กล่าว")
_COUNTERPART = re.compile(rf"(?:{_alternation(_DATA['consultation_with'])})\s*$")


def _coordinate(text: str, persons: list[Person]) -> None:
    """"A และ B ได้ประชุม": A shares B's attendee role; so does a name listed after
    "เข้าร่วมประชุม ได้แก่", and the other party of "หารือร่วมกับ X"; repeat
    mentions keep the first role."""
    for p in persons:
        intros = list(_ATTENDEE_LIST.finditer(text, max(0, p.start - 300), p.start))
        if p.role == "mentioned" and intros and not _LIST_BREAK.search(text, intros[-1].end(), p.start):
            p.role = "attendee"
    for p in persons:
        if p.role == "mentioned" and _COUNTERPART.search(text, max(0, p.start - 30), p.start):
            p.role = "attendee"
    for a, b in reversed(list(zip(persons, persons[1:]))):
        gap = text[a.end:b.start]
        if a.role == "mentioned" and b.role == "attendee" and re.search(r"(?:\sและ|,)\s?$", gap) and "\n" not in gap:
            a.role = "attendee"
    _share_run_role(text, persons)
    first_role: dict[str, str] = {}
    for p in persons:
        if p.role == "mentioned" and p.person_id in first_role:
            p.role = first_role[p.person_id]
        first_role.setdefault(p.person_id, p.role)


def _share_run_role(text: str, persons: list[Person]) -> None:
    """Names listed after โดยมี/พร้อมด้วย attend when the phrase closing the list says so."""
    for i, p in enumerate(persons):
        if p.role != "mentioned" or not _RUN_OPEN.search(text, max(0, p.start - 20), p.start):
            continue
        j = i
        while (persons[j].role == "mentioned" and j + 1 < len(persons)
               and not _RUN_BREAK.search(text, persons[j].end, persons[j + 1].start)):
            j += 1
        if persons[j].role == "attendee":
            for q in persons[i:j]:
                q.role = "attendee"


_WORD = re.compile(r"\s*\S+")
_NEXT_WORD = re.compile(r"\s(\S+)")


@lru_cache(maxsize=1)
def _family_names() -> frozenset[str]:
    return frozenset(thai_family_names())


def _office_after_name(who: str, name_start: int) -> int | None:
    """Where an office opens after the given name of a credit (กอง…, กลุ่ม…, สำนัก…),
    unless that word is a listed family name (กองแก้ว); an abbreviation (สทช.๒) is an
    office too, since no name holds a dot."""
    given = _WORD.match(who, name_start)
    for m in _NEXT_WORD.finditer(who, given.end() if given else name_start):
        word = m.group(1)
        if "." in word or (any(p.search(word) for p in _NOT_PERSON) and word not in _family_names()):
            return m.start()
    return None


def find_authors(text: str, spans: list[tuple[int, int]]) -> list[Person]:
    """Persons in credit lines (``ตวงทอง /ข้อมูล``, ``ภาพ/ข่าว : …``, ``ข่าว : A / ภาพ : B``)."""
    authors = []
    for start, end in (piece for span in spans for piece in credit_pieces(text, *span)):
        parts = credit_parts(text[start:end])
        if not parts:
            continue
        who, _kind = parts
        position = None
        bracket = re.search(r"\s*\(([^)]*)\)\s*$", who)
        if bracket:
            position, who = bracket.group(1).strip(), who[: bracket.start()].strip()
        if len(who) < 3 or any(p.search(who) for p in _NOT_PERSON) or not re.match(_T, who):
            continue
        named = _NAME.match(who)
        title = named.group("title").strip() if named else None
        if office := _office_after_name(who, named.end("title") if named else 0):
            # "ธีรวัฒน์ กองพัฒนาระบบการบริหารราชการส่วนกลาง": the division follows the name.
            position = position or who[office:].strip()
            who = who[:office].strip()
        elif named and named.group("family") and who[named.end():].strip():
            # "นางสาวสุดา ใจงาม สำนักงานประชาสัมพันธ์จังหวัด": the office follows the name.
            position = position or who[named.end():].strip()
            who = who[:named.end()]
        bare = who[named.end("title"):].strip() if named else who
        given, _, family = bare.partition(" ")
        offset = start + text[start:end].find(who)
        authors.append(Person(person_id(given, family or None), who, title, given, family or None, position,
                              "author", offset, offset + len(who)))
    return authors


def extract_persons(notice: Notice) -> Notice:
    body = [(s.start, s.end) for s in notice.segments if s.label in ("title", "paragraph")]
    credits = [(s.start, s.end) for s in notice.segment("credit")]
    notice.persons = find_persons(notice.text, body, notice.committee_mentions) + find_authors(notice.text, credits)
    return notice
