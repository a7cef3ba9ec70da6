"""Committee mentions, linked to one ``committee_id`` through the registry.

Registry surfaces (names, abbreviations, ``ฯ`` forms, former names) are matched
exactly; other ``คณะ(อนุ)กรรมการ…`` / ``คณะทำงาน…`` names are cut out of the text
by stop words and linked to the registry with rapidfuzz, or given a stable id
hashed from their written form.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process

from ..record import CommitteeMention, Notice

REGISTRY_PATH = Path(__file__).resolve().parents[2] / "models" / "committees.yaml"
FUZZY_THRESHOLD = 92

# A body's written name runs from its head noun to the first of these.
_HEAD = re.compile(r"คณะอนุกรรมการ|คณะกรรมการ|คณะทำงาน")
_STOP = re.compile(
    r"\s*(?:ครั้งที่|คณะหนึ่ง|\sประชุม|โดยมี|โดย|ณ\s|ผ่าน|เมื่อ|ซึ่ง|เป็นประธาน|เป็น|ได้|ร่วมกับ|ที่มี|และมี|มีมติ|จำนวน|ประกอบด้วย|ที่ประชุม|\sประจำปี"
    r"|\s(?:เพื่อ|และ|ใน|ของ|ให้|ว่า|ที่|ตาม|สรุป|มี)|,|\n|“|\"|$)"
)
_BRACKET = re.compile(r"\s*\(([^()\n]{1,80})\)")
_ABBREV = re.compile(r"^[\u0e01-\u0e2e]{1,4}(?:\.[\u0e01-\u0e2e]{1,4})*\.?(?:\s?[\u0e01-\u0e4e]+ฯ)?$|^[A-Z]{2,8}$")
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
    # Abbreviations must not match inside a longer word (กบง. in xกบง.).
    return re.compile("|".join(f"(?<![\u0e01-\u0e2e.]){re.escape(s)}" for s in surfaces))


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
    return keys[best[0]] if best else stable_id(name)


def cut_name(text: str, start: int) -> tuple[int, str | None]:
    """End of the body name starting at ``start``, and an abbreviation in brackets after it."""
    stop = _STOP.search(text, start + 8)
    end = stop.start() if stop else len(text)
    name = text[start:end]
    # A bracket inside the name: an abbreviation ends it; anything else is part of it.
    for m in _BRACKET.finditer(name):
        inner = m.group(1).strip()
        if _ABBREV.match(inner):
            return start + m.start(), inner
    after = _BRACKET.match(text, end)
    if after and _ABBREV.match(after.group(1).strip()):
        return end, after.group(1).strip()
    return end, None


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

    for m in _HEAD.finditer(text):
        if text[max(0, m.start() - 8):m.start()].endswith(("สำนักงาน", "สำนักงาน ")):
            continue  # สำนักงานคณะกรรมการ… is the body's office, an agency
        end, abbrev = cut_name(text, m.start())
        name = text[m.start():end].strip()
        if len(name) <= len(m.group()) + 1 and not abbrev:
            continue  # a bare "คณะกรรมการ" names no body
        if claim(m.start(), m.start() + len(name)):
            found.append(CommitteeMention(link(name, registry), name, m.start(), m.start() + len(name), "mentioned"))
    for m in registry.surface_pattern.finditer(text):
        if _NOT_BODY_BEFORE.search(text[max(0, m.start() - 20):m.start()]):
            continue
        if claim(m.start(), m.end()):
            found.append(CommitteeMention(registry.surfaces[m.group()], m.group(), m.start(), m.end(), "mentioned"))
    return sorted(found, key=lambda c: c.start)


def extract_committees(notice: Notice) -> Notice:
    notice.committee_mentions = find_mentions(notice.text, load_registry())
    return notice
