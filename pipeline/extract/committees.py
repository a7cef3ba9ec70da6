"""Committee mentions, linked to one ``committee_id`` through the registry.

Registry surfaces (names, abbreviations, ``ฯ`` forms, former names) are matched
exactly; other ``คณะ(อนุ)กรรมการ…`` / ``คณะทำงาน…`` names are cut out of the text
by stop words and linked to the registry with rapidfuzz, or given a stable id
hashed from their written form.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process

from ..normalize import arabic_digits
from ..record import CommitteeMention, Notice
from ..segment import MONTH

REGISTRY_PATH = Path(__file__).resolve().parents[2] / "models" / "committees.yaml"
FUZZY_THRESHOLD = 92
COREF_THRESHOLD = 85  # same body within one notice: a word dropped from a long name

# A body's written name runs from its head noun to the first of these.
_HEAD = re.compile(
    r"คณะอนุกรรมการ|คณะกรรมการ|คณะทำงาน|คณะอนุกรรมาธิการ|คณะกรรมาธิการ"
    r"|สภา(?:มหาวิทยาลัย|วิชาการ|คณาจารย์|องค์การบริหารส่วน|เทศบาล|ผู้แทนราษฎร|นิติบัญญัติ)"
    r"|คณะกรมการ(?=จังหวัด|อำเภอ)|(?<!คณะ)กรมการ(?:จังหวัด|อำเภอ)"
)
# A count ("21 คน") or a day ("31 ก.ค.") is never part of a name.
_CLASSIFIERS = "คน|ราย|แห่ง|ท่าน|คณะ|เสียง|ครั้ง|โครงการ|เรื่อง|หน่วยงาน"
_MONTHS = MONTH.pattern
_TITLES = json.loads((Path(__file__).resolve().parents[1] / "data" / "persons.json").read_text("utf-8"))["titles"]
# "… และมีนายX เป็นประธาน", "… และมีผู้แทน… เข้าร่วม", "… และมีมติ": และมี opens
# the participants or the resolution; before a quality (… ทันสมัยและมีขีด
# สมรรถนะสูง, … โปร่งใสและมีธรรมาภิบาล) it is the name's.
_PARTICIPANTS = (r"ผู้|เจ้าหน้าที่|ตัวแทน|หัวหน้า|ข้าราชการ|บุคลากร|คณะ|หน่วยงาน|ส่วนราชการ|มติ|ปลัด|อธิบดี|รอง|เลขาธิการ|"
                 + "|".join(re.escape(t) for t in sorted(_TITLES, key=len, reverse=True)))
# Words that also occur inside real names stop only where they cannot be one:
# ความพร้อม, การเข้าร่วม, การ/จัดประชุม, ตรวจสอบภายใน are names' words.
_STOP = re.compile(
    r"\s*(?:ครั้งที่|ประจำเดือน|สมัย(?:สามัญ|วิสามัญ|ที่|แรก|ประชุม)|คณะหนึ่ง|(?<!จัด)(?<!การ)ประชุม|โดยมี|โดย"
    rf"|(?<![\u0e01-\u0e4e])ณ\s|ผ่าน|เมื่อ|ซึ่ง|เป็นประธาน|เป็น|ได้|ร่วมกับ|ที่มี|และมี(?=\s*(?:{_PARTICIPANTS}))|มีมติ|จำนวน|ประกอบด้วย|ที่ประชุม"
    r"|ทำหน้าที่|(?<!การ)เข้าร่วม|(?<!ความ)พร้อม|และ(?:ผู้ช่วย)?เลขานุการ|อีกครั้ง"
    # "รายงานต่อคณะกรรมการ X ต่อไป", "… ให้แล้วเสร็จ": the clause goes on after the
    # name; ต่อ itself is a name's word (ต่อต้านการทุจริต) unless a body or a forum follows.
    r"|ต่อไป|ต่อ(?=\s*(?:คณะ|ที่ประชุม))|(?:ให้)?แล้ว"
    # "สภามหาวิทยาลัยอนุมัติแล้ว", "… แห่งชาติเห็นชอบ": the body resolving, glued on; a name
    # holds such a verb only as its task (พิจารณาอนุมัติ, กลั่นกรองและอนุมัติ, การอนุมัติ).
    r"|(?<!การ)(?<!พิจารณา)(?<!และ)(?<!หรือ)(?<!ขอ)(?:อนุมัติ|เห็นชอบ|รับทราบ)|\sเรียก(?:โดย)?ย่อ"
    r"|ภายใต้(?=\s*(?:คณะ|สภา|[\u0e01-\u0e2e]{1,3}\.))"  # "คณะอนุกรรมการ X ภายใต้คณะกรรมการ Y": Y is the parent
    r"|ภายใน(?=\s*(?:วัน|เดือน|ปี|สัปดาห์|[0-9๐-๙]))|(?:ใน|ตั้งแต่)?วันที่\s*[0-9๐-๙]"
    rf"|[0-9๐-๙]{{1,2}}\s*(?:{_MONTHS})|[0-9๐-๙][0-9๐-๙,]*\s*(?:{_CLASSIFIERS})(?![\u0e01-\u0e4e])"
    # "… ในพระบรมราชูปถัมภ์": royal patronage is part of a council's or an institution's name
    r"|\s(?:เพื่อ|และ|ใน(?!พระบรมราชูปถัมภ์|พระราชูปถัมภ์|พระอุปถัมภ์)|ของ|ให้|ว่า|ที่|ตาม|สรุป|มี|เรื่อง)|,|\n|“|\"|$)"
)
# A council sits for good; its "ประจำปี 2567" labels a session. A working
# group's fiscal year (ประจำปีงบประมาณ …) is part of its name.
_COUNCIL_YEAR = re.compile(r"\s*ประจำปี")
# A body word right after a member's or officer's title is part of a job
# title (กรรมการสภามหาวิทยาลัยผู้ทรงคุณวุฒิ): the body's name ends before the
# words that qualify the member.
_POSITION_BEFORE = re.compile(r"(?:กรรมการ|สมาชิก|ประธาน|นายก|เลขานุการ)$")
_MEMBER_QUALIFIER = re.compile(r"ผู้ทรงคุณวุฒิ|ผู้แทน|โดยตำแหน่ง")
_BRACKET = re.compile(r"\s*\(([^()\n]+)\)")
_THAI_ABBREV = r"[\u0e01-\u0e2e]{1,4}(?:\.[\u0e01-\u0e2e]{1,4})*\.?"
# ก.บ.จ.เชียงราย, กกจ.ลำพูน: a provincial body's abbreviation with the
# province spelled out; two consonants at least, so จ.เชียงราย stays a place.
_PLACE_ABBREV = r"(?:[\u0e01-\u0e2e]{2,4}|[\u0e01-\u0e2e]{1,4}(?:\.[\u0e01-\u0e2e]{1,4})+)\.[\u0e01-\u0e4e]+\.?"
# อ.ก.พ.ร., กพม., อ.ก.พ.ร. ฯ, OGP, compounds such as อพ.สธ. - ทช., and a
# zone's body such as กขป. เขต 9.
_ABBREV = re.compile(
    rf"^{_THAI_ABBREV}(?:\s?[\u0e01-\u0e4e]+ฯ)?(?:\s*-\s*{_THAI_ABBREV})*$|^{_PLACE_ABBREV}$|^[A-Z]{{2,8}}$"
    rf"|^{_THAI_ABBREV}\s?(?:เขต|ภาค)(?:ที่)?\s?[0-9๐-๙]{{1,2}}$"
)
# After "(abbreviation)" these words still qualify the body (อ.ค.ต.ป. เกี่ยวกับ…).
_QUALIFIERS = r"เกี่ยวกับ|ด้าน|ประจำ"
_QUALIFIER = re.compile(rf"\s*(?:{_QUALIFIERS})")
# Words opening the body a committee belongs to, or the place it serves.
_OWNERS = (r"สภา|จังหวัด|อำเภอ|เทศบาล|องค์การ|กระทรวง|กรม|สำนักงาน|มหาวิทยาลัย|โรงพยาบาล|โรงเรียน"
           r"|สถาบัน|ศาล|กรุงเทพมหานคร|เขต|ภาค")
# After a ฯ short form and a space the name goes on only with a noun phrase:
# a qualifier, a nominal (คณะอนุกรรมการฯ การกัดเซาะชายฝั่ง), an owner
# (…พระราชดำริฯ กรมป่าไม้) or an abbreviation (…พระราชดำริฯ ทช.). Any other
# word is the body's action: "คณะทำงานฯ กำหนดประชุมครั้งต่อไป".
_SHORT_FORM_END = re.compile(
    rf"(?<=ฯ)\s+(?!{_QUALIFIERS}|ระดับ|การ|ความ|{_OWNERS}|[\u0e01-\u0e2e]{{1,4}}\.|[A-Z]{{2,8}}(?![a-z]))"
)
# "… ดิจิทัล (ครั้งที่ 15)": a bracket a stop word cut open is not the name's.
_UNCLOSED = re.compile(r"\s*[(\[][^()\[\]]*$")
# A bracket in Latin script closing the name is an English gloss, not the Thai name;
# its ": DGSC" tail is the body's abbreviation.
_GLOSS = re.compile(r"\s*\([A-Za-z0-9\u0e50-\u0e59 .&/-]+(?::\s*(?P<abbrev>[A-Z]{2,8})\s*)?\)\s*$")
# A body's action: after a space or a ฯ short form it is no longer the name
# ("… สภากรุงเทพมหานคร ติดตามแผน…", "คณะอนุกรรมการกลั่นกรองฯ เสนอ"). A verb
# right after the head word, or listed with และ/หรือ after it, names the
# body's task (คณะทำงาน ติดตาม…, คณะกรรมการกำกับ ติดตามและประเมินผล).
_PREDICATES = (r"(?:เปิดเผย|แถลง|เผย|ติดตาม|เสนอ|จัดทำ|เร่ง|ลงพื้นที่|เห็นชอบ|อนุมัติ|รับทราบ|มอบหมาย|หารือ"
               r"|พิจารณา|เตรียม|ผลักดัน|เดินหน้า|ตรวจเยี่ยม|ชี้แจง|แจ้ง|ดำเนินการ)(?!\s?(?:และ|หรือ))")
_PREDICATE = re.compile(rf"(?:\s+|(?<=ฯ)){_PREDICATES}")
# Right after a head word, whose own การ (คณะกรรมการ) the lookbehinds below would take for a nominal.
_VERB = re.compile(_PREDICATES)
# Written on, the action needs context to be told from the name: a body given
# a task (มอบหมายให้คณะทำงานระดับจังหวัดจัดทำแผน…) or a clause running into a
# second body (… ป.ป.ช.เปิดเผยผลการประชุมคณะกรรมการ…). A verb after การ, และ,
# หรือ or เพื่อ is still the name's (คณะอนุกรรมการด้านการติดตาม…).
_JOINED_PREDICATE = re.compile(rf"(?<!การ)(?<!และ)(?<!หรือ)(?<!เพื่อ){_PREDICATES}")
_TASKED_BEFORE = re.compile(r"(?:มอบหมาย|ให้)\s*$")
# "ร่างระเบียบคณะกรรมการ X ว่าด้วย…": the body issues an instrument, whose subject is not its name.
_INSTRUMENT_BEFORE = re.compile(r"(?:ระเบียบ|ประกาศ|คำสั่ง|ข้อบังคับ)\s*$")
_INSTRUMENT_SUBJECT = re.compile(r"\s*(?:ว่าด้วย|\(ฉบับ|พ\.ศ\.)")
# "คณะกรรมการ A กับคณะกรรมการ B": a conjunction before a second body joins two bodies.
_JOIN = re.compile(r"\s*(?:ร่วมกับ|กับ|และ|หรือ)?\s*$")
# An abbreviation in these contexts names an office or a room, not the body.
_NOT_BODY_BEFORE = re.compile(r"(สำนักงาน|เลขาธิการ|ห้องประชุม|กรม|ข้าราชการ|ประธาน)\s*$")


@dataclass(frozen=True)
class Committee:
    committee_id: str
    name: str
    abbreviation: str | None = None
    aliases: tuple[str, ...] = ()
    parent: str | None = None


@dataclass
class Registry:
    committees: dict[str, Committee]
    surfaces: dict[str, str] = field(default_factory=dict)  # surface → id
    expansions: dict[str, str] = field(default_factory=dict)

    @property
    def surface_pattern(self) -> re.Pattern:
        return _surface_pattern(tuple(sorted(self.surfaces, key=len, reverse=True)))


@lru_cache(maxsize=8)
def _surface_pattern(surfaces: tuple[str, ...]) -> re.Pattern:
    # Abbreviations must not match inside a longer word (กบง. in xกบง.); a
    # spelled-out คณะ… name may follow a word directly (การประชุมคณะรัฐมนตรี).
    return re.compile("|".join(
        re.escape(s) if s.startswith("คณะ") else f"(?<![\u0e01-\u0e2e.]){re.escape(s)}" for s in surfaces
    ))


def key(name: str) -> str:
    """Comparison key: no spaces, no trailing ฯ, no doubled การ after the head."""
    k = re.sub(r"\s+", "", name).rstrip("ฯ")
    return re.sub(r"^(คณะ(?:อนุ)?กรรมการ)การ", r"\1", k)


def stable_id(name: str) -> str:
    return "c-" + hashlib.sha1(key(name).encode("utf-8")).hexdigest()[:10]


@lru_cache(maxsize=4)
def load_registry(path: Path = REGISTRY_PATH) -> Registry:
    data = yaml.safe_load(path.read_text("utf-8"))
    committees: dict[str, Committee] = {}
    surfaces: dict[str, str] = {}
    for entry in data["committees"]:
        c = Committee(entry["id"], entry["name"], entry.get("abbreviation"), tuple(entry.get("aliases", [])), entry.get("parent"))
        committees[c.committee_id] = c
        for s in (c.name, c.abbreviation, *c.aliases):
            if s:
                surfaces[s] = c.committee_id
    return Registry(committees, surfaces, data.get("expansions", {}))


def _expand(name: str, registry: Registry) -> str:
    for short, full in registry.expansions.items():
        if name.startswith(short):
            return full + name[len(short):].strip()
    return name


def link(name: str, registry: Registry) -> str:
    """The committee_id of a written name: registry match, else a stable hash."""
    if name in registry.surfaces:
        return registry.surfaces[name]
    expanded = key(_expand(name, registry))
    keys = {key(_expand(s, registry)): cid for s, cid in registry.surfaces.items() if len(s) > 12}
    if expanded in keys:
        return keys[expanded]
    best = process.extractOne(expanded, list(keys), scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
    # hashed spelled out, so "อ.ก.พ.ร. เกี่ยวกับ X" and its full name are one body
    return keys[best[0]] if best else stable_id(_expand(name, registry))


# "(เดิมชื่อ คณะกรรมการ…)": the body's former name, bracketed after the new one
# (and after the new one's abbreviation or English gloss, if any).
_FORMER_CUE = r"(?:เดิมชื่อ|ชื่อเดิม|เดิมคือ|เปลี่ยนชื่อจาก)"
_FORMER = re.compile(rf"(?:\s*\([^()\n]+\))?\s*\(\s*{_FORMER_CUE}\s*(?P<name>[^()\n]+?)\s*\)")
_FORMER_BEFORE = re.compile(rf"\(\s*{_FORMER_CUE}\s*$")


def is_former_name(text: str, mention: CommitteeMention) -> bool:
    """Is the mention a renamed body's former name, "(เดิมชื่อ …)"?"""
    return bool(_FORMER_BEFORE.search(text, max(0, mention.start - 20), mention.start))


def cut_name(text: str, start: int) -> tuple[int, str | None]:
    """End of the body name starting at ``start``, and an abbreviation in brackets after it."""
    stop = _STOP.search(text, start + 8)
    end = stop.start() if stop else len(text)
    if text.startswith("สภา", start):
        year = _COUNCIL_YEAR.search(text, start, end)
        end = year.start() if year else end
    if _POSITION_BEFORE.search(text, max(0, start - 10), start):
        qualifier = _MEMBER_QUALIFIER.search(text, start, end)
        end = qualifier.start() if qualifier else end
    if _INSTRUMENT_BEFORE.search(text, max(0, start - 10), start):
        subject = _INSTRUMENT_SUBJECT.search(text, start, end)
        end = subject.start() if subject else end
    short_form = _SHORT_FORM_END.search(text, start, end)
    end = short_form.start() if short_form else end
    end = _end_before_predicate(text, start, end)
    # a body named inside a bracket, "(คณะกรรมการ ป.ป.ช.)", ends with it
    close = text.find(")", start, end)
    if close >= 0 and "(" not in text[start:close]:
        end = close
    name = text[start:end]
    unclosed = _UNCLOSED.search(name)
    name = name[:unclosed.start()] if unclosed else name
    # A bracket inside the name: an abbreviation ends it unless a qualifier
    # follows; a former name ends it too; anything else is part of it, but
    # for a closing English gloss.
    for m in _BRACKET.finditer(name):
        inner = m.group(1).strip()
        if re.match(_FORMER_CUE, inner):
            name = name[:m.start()]
            break
        if _bracketed_abbreviation(inner) and not _QUALIFIER.match(name, m.end()):
            return start + m.start(), inner
    gloss = _GLOSS.search(name)
    if gloss:
        return start + gloss.start(), gloss.group("abbrev")
    end = start + len(name)
    after = _BRACKET.match(text, end)
    if after and _bracketed_abbreviation(after.group(1).strip()):
        return end, after.group(1).strip()
    return end, None


def _bracketed_abbreviation(inner: str) -> bool:
    """กนช., "กขป. เขต 9", and "คณะกรรมการ ป.ป.ช." (a head before the letters)."""
    head = _HEAD.match(inner)
    return bool(_ABBREV.match(inner[head.end():].strip() if head else inner))


def _end_before_predicate(text: str, start: int, end: int) -> int:
    """The name's end before a verb that states what the body does."""
    head = _HEAD.match(text, start)
    body = start + len(head.group()) if head else start
    for m in _PREDICATE.finditer(text, body, end):
        if m.start() > body:  # "คณะทำงาน ติดตาม…": the task names the body
            return m.start()
    # a council after a committee's name is its owner (… สภาเทศบาลนครเชียงใหม่), not a second body
    second = next((h for h in _HEAD.finditer(text, body, end) if h.group().startswith("คณะ")
                   and text.count("(", start, h.start()) <= text.count(")", start, h.start())), None)
    if second:
        end = _JOIN.search(text, start, second.start()).start()
    if not (second or _TASKED_BEFORE.search(text, max(0, start - 12), start)):
        return end
    if _JOINED_PREDICATE.match(text, body):  # "คณะทำงานจัดทำแผน…": a body named for its task
        return end
    verb = _JOINED_PREDICATE.search(text, body + 1, end)
    return verb.start() if verb else end


@lru_cache(maxsize=8)
def is_abbreviation(surface: str) -> bool:
    """อ.ก.พ.ร., กพม., อ.ก.พ.ร. ขับเคลื่อนฯ, OGP: the short forms a notice brackets after a name."""
    surface = surface.strip()
    return bool(_ABBREV.match(surface)) and not _HEAD.match(surface)  # คณะทำงานฯ is a cut name


def is_back_reference(surface: str) -> bool:
    """คณะกรรมการฯ, คณะทำงานฯ, or a bare head given a task (ให้คณะกรรมการเร่งรัด…):
    a head word pointing back to a body named before it."""
    return bool(_HEAD.fullmatch(surface.strip().rstrip("ฯ").strip()))


def _abbreviation_heads(heads: tuple[str, ...]) -> re.Pattern:
    alternation = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"(?<![\u0e01-\u0e2e.])(?:{alternation})\s?(?:ฯ\s?)?(?=เกี่ยวกับ|ด้าน|ว่าด้วย|ประจำ|วิสามัญ|สามัญ|กระทรวง|กรม|สำนัก)")


def find_mentions(text: str, registry: Registry) -> list[CommitteeMention]:
    """Every committee mention, longest first, non-overlapping, in text order."""
    found: list[CommitteeMention] = []
    taken = [False] * (len(text) + 1)

    def claim(s: int, e: int) -> bool:
        if any(taken[s:e]):
            return False
        for i in range(s, e):
            taken[i] = True
        return True

    def claim_body(s: int, e: int) -> bool:
        # a short form or registry name after สำนักงาน, เลขาธิการ… (สำนักงาน ก.พ.ร.) is the office or its officer
        return not _NOT_BODY_BEFORE.search(text, max(0, s - 20), s) and claim(s, e)

    abbreviations: dict[str, str] = {}  # written name → its bracketed abbreviation
    for m in _HEAD.finditer(text):
        if re.search(r"(?:สำนักงาน|ห้องประชุม|ห้อง)\s?$", text[max(0, m.start() - 12):m.start()]):
            continue  # สำนักงานคณะกรรมการ… is the body's office, ห้องประชุมสภา… a room
        earlier = [c for c in found if c.surface.startswith(m.group())]
        if (earlier and _TASKED_BEFORE.search(text, max(0, m.start() - 12), m.start())
                and _VERB.match(text, m.end())):
            # "ให้คณะกรรมการเร่งรัด…" once the notice has named its คณะกรรมการ: that
            # body given a task, not a new one named for the task
            if claim(m.start(), m.end()):
                found.append(CommitteeMention(earlier[-1].committee_id, m.group(), m.start(), m.end(), "mentioned"))
            continue
        end, abbrev = cut_name(text, m.start())
        name = text[m.start():end].strip()
        if len(key(name)) <= len(m.group()) + 1 and not abbrev:
            # "คณะกรรมการฯ" points back to the last body named with that head;
            # a bare "คณะกรรมการ" names no body
            if name.endswith("ฯ") and earlier and claim(m.start(), m.start() + len(name)):
                found.append(CommitteeMention(earlier[-1].committee_id, name, m.start(), m.start() + len(name), "mentioned"))
            continue
        if claim(m.start(), m.start() + len(name)):
            cid = link(name, registry)
            former = _FORMER.match(text, end)
            if former and claim(former.start("name"), former.end("name")):
                # a renamed body: one id for both names, the registry's if it knows either
                former_id = link(former.group("name"), registry)
                cid = former_id if cid not in registry.committees and former_id in registry.committees else cid
                found.append(CommitteeMention(cid, former.group("name"), former.start("name"), former.end("name"), "mentioned"))
            found.append(CommitteeMention(cid, name, m.start(), m.start() + len(name), "mentioned"))
            if abbrev:
                abbreviations[name] = abbrev
    _join_shared_abbreviations(found, abbreviations, registry)
    # A name's bracketed abbreviation, there and wherever else the notice uses
    # it, is the same body: "… ระบบราชการ 4.0 (อ.ก.พ.ร. ขับเคลื่อนฯ)".
    named = {c.surface: c.committee_id for c in found}
    for name, abbrev in abbreviations.items():
        for m in re.finditer(rf"(?<![\u0e01-\u0e4e.]){re.escape(abbrev)}(?![\u0e01-\u0e2e])", text):
            if claim_body(m.start(), m.end()):
                found.append(CommitteeMention(named[name], abbrev, m.start(), m.end(), "mentioned"))
    # "อ.ก.พ.ร. เกี่ยวกับ X", "อ.ก.พ. กระทรวง X": an abbreviation heading a
    # sub-committee's name, known to the registry or not.
    for m in _abbreviation_heads(tuple(registry.expansions)).finditer(text):
        end, _ = cut_name(text, m.start())
        name = text[m.start():end].strip()
        if claim_body(m.start(), m.start() + len(name)):
            found.append(CommitteeMention(link(name, registry), name, m.start(), m.start() + len(name), "mentioned"))
    for m in registry.surface_pattern.finditer(text):
        if claim_body(m.start(), m.end()):
            found.append(CommitteeMention(registry.surfaces[m.group()], m.group(), m.start(), m.end(), "mentioned"))
    corefer(found, abbreviations)
    _join_same_session(found, text)
    return sorted(found, key=lambda c: c.start)


# "… ครั้งที่ 3/2565" right after a name: the session that body held.
_SESSION_AFTER = re.compile(r"\s*ครั้งที่\s*([0-9๐-๙]+\s*/\s*[0-9๐-๙]{2,4})")
_MIN_PIECE = 4  # a piece shared with the fuller name is a word at least, not a letter or two


def _join_same_session(found: list[CommitteeMention], text: str) -> None:
    """Two names each followed by the same numbered session are one body: a
    headline's short form (คณะกรรมการขับเคลื่อนธนาคารปูม้าชุมชน ครั้งที่ 3/2565)
    and the body's full name with the words it dropped (คณะกรรมการขับเคลื่อน
    การดำเนินงานธนาคารปูม้าชุมชน กรม… ครั้งที่ 3/2565). Both take the registry's
    id, else the fuller name's."""
    sessions: dict[str, list[CommitteeMention]] = {}
    for c in found:
        m = _SESSION_AFTER.match(text, c.end)
        if m and _HEAD.match(c.surface):
            sessions.setdefault(re.sub(r"\s", "", arabic_digits(m.group(1))), []).append(c)
    registry = _registry_ids()
    moved: dict[str, str] = {}
    for same in sessions.values():
        for short in same:
            fuller = [o for o in same if _words_dropped(short.surface, o.surface)
                      and not (short.committee_id in registry and o.committee_id in registry)]
            if fuller:
                long = max(fuller, key=lambda o: len(key(o.surface))).committee_id
                target = short.committee_id if short.committee_id in registry else long
                source = long if target == short.committee_id else short.committee_id
                if source != target:
                    moved[source] = target
    for c in found:
        c.committee_id = moved.get(c.committee_id, c.committee_id)


def _words_dropped(short: str, long: str) -> bool:
    """Is ``short`` the ``long`` name with words left out, its pieces kept in order?"""
    ks, kl = key(short), key(long)
    if len(ks) >= len(kl) or _HEAD.match(ks).group() != _HEAD.match(kl).group():
        return False
    i = j = 0
    while i < len(ks):
        n = len(ks) - i
        while n >= _MIN_PIECE and kl.find(ks[i:i + n], j) < 0:
            n -= 1
        if n < _MIN_PIECE:
            return False
        j = kl.find(ks[i:i + n], j) + n
        i += n
    return True


def _join_shared_abbreviations(found: list[CommitteeMention], abbreviations: dict[str, str], registry: Registry) -> None:
    """Names bracketing the same abbreviation are one body: a title's shorter
    name and the body's fuller one ("… แบบบูรณาการ (ก.บ.จ.เชียงราย)" and
    "… แบบบูรณาการจังหวัดเชียงราย (ก.บ.จ.เชียงราย)") take the registry's id,
    else the fullest name's."""
    by_abbrev: dict[str, list[str]] = {}
    for name, abbrev in abbreviations.items():
        by_abbrev.setdefault(key(abbrev), []).append(name)
    for names in by_abbrev.values():
        ids = {c.surface: c.committee_id for c in found if c.surface in names}
        known = [cid for cid in ids.values() if cid in registry.committees]
        cid = known[0] if known else ids[max(names, key=lambda n: len(key(n)))]
        for c in found:
            if c.surface in names:
                c.committee_id = cid


def _short_form_of(short: str, long: str, abbrev: str | None) -> bool:
    """Does ``short`` name the same body as ``long`` in one notice?

    Titles shorten names: a ``ฯ`` cut (คณะอนุกรรมการฯ การกัดเซาะชายฝั่ง…), the
    long form's bracketed abbreviation (คณะกรรมการดำเนินงานโครงการ อพ.สธ. - ทช.),
    or a word dropped from the stem before ``ฯ`` (คณะกรรมการโครงการ…พระราชดำริฯ).
    """
    ks, kl = key(short), key(long)
    if len(ks) >= len(kl) or _HEAD.match(ks).group() != _HEAD.match(kl).group():
        return False
    if abbrev and ks.endswith(key(abbrev)):
        return True
    if short.strip().endswith("ฯ") and kl.startswith(ks) and not is_back_reference(short):
        return True  # คณะอนุกรรมการกลั่นกรองฯ: the name's head, the rest left to ฯ
    if "ฯ" in ks:
        pos = 0
        for part in filter(None, ks.split("ฯ")):
            pos = kl.find(part, pos)
            if pos < 0:
                break
            pos += len(part)
        else:
            return True
        stem_s, stem_l = ks.split("ฯ")[0], kl.split("ฯ")[0]
        return fuzz.ratio(stem_s, stem_l) >= COREF_THRESHOLD
    return False


_OWNER_AFTER = re.compile(rf"\s+(?:{_OWNERS})")
_OWNER_ENDS = re.compile(rf"(?:{_OWNERS})$")


def _owner_dropped(short: str, long: str) -> bool:
    """Is ``short`` the ``long`` name without the body or place that owns it?

    "คณะกรรมการการสาธารณสุข" for "… การสาธารณสุข สภากรุงเทพมหานคร", and
    "คณะกรรมการบริหารโรงพยาบาล" for "… โรงพยาบาลพุทธชินราช พิษณุโลก". A
    qualifier after the short name ("… เกี่ยวกับ X") makes another body.
    """
    short = short.strip()
    if not long.startswith(short) or len(key(short)) >= len(key(long)) or short.endswith("ฯ"):
        return False
    return bool(_OWNER_AFTER.match(long, len(short)) or _OWNER_ENDS.search(short))


def corefer(mentions: list[CommitteeMention], abbreviations: dict[str, str]) -> None:
    """Give a short written form the id of the fuller name it stands for in the same notice.

    Only names the registry does not know are re-linked; their ids are hashes
    of the written form, so without this a title's short form and the body's
    full name would count as two committees.
    """
    spelled = [m for m in mentions if _HEAD.match(m.surface)]
    moved: dict[str, str] = {}
    for m in spelled:
        if m.committee_id in _registry_ids():
            continue
        fuller = [o for o in spelled if _short_form_of(m.surface, o.surface, abbreviations.get(o.surface))]
        owned = [o for o in spelled if _owner_dropped(m.surface, o.surface)]
        if not fuller and len({o.committee_id for o in owned}) == 1:  # two owners: which one is unknown
            fuller = owned
        if fuller:
            full_id = max(fuller, key=lambda o: len(key(o.surface))).committee_id
            moved[m.committee_id] = full_id
            m.committee_id = full_id
    # a "คณะกรรมการฯ" that pointed back to the short form follows it
    for m in mentions:
        m.committee_id = moved.get(m.committee_id, m.committee_id)


def _registry_ids() -> frozenset[str]:
    return frozenset(load_registry().committees)


def extract_committees(notice: Notice) -> Notice:
    notice.committee_mentions = find_mentions(notice.text, load_registry())
    return notice
