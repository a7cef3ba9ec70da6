"""The typed record a notice is as it flows through the stages.

Every stage takes a :class:`Notice` and returns it with its own part filled.
Offsets (``start``/``end``) are Python string indices into ``Notice.text``,
the normalized text, end exclusive.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass
class Span:
    """A labelled region of the normalized text (segments, tokens)."""

    label: str
    start: int
    end: int


@dataclass
class DateExpr:
    """A temporal expression and the Gregorian range it denotes.

    ``rule`` names how the value was resolved (``explicit``, ``session_year``,
    ``notice_year``, ``range_end``, ...), so an analyst can audit inferred years.
    """

    surface: str
    start: int
    end: int
    kind: str  # date, date_range, month, month_range, year, year_range, fiscal_year
    date_start: date | None
    date_end: date | None
    granularity: str  # day, month, year
    rule: str = "explicit"
    weekday_stated: str | None = None  # Thai weekday name written before the date
    invalid: str | None = None  # why the written date does not exist


@dataclass
class TimeExpr:
    surface: str
    start: int
    end: int
    value: str  # HH:MM


@dataclass
class Meeting:
    meeting_kind: str
    committee_id: str | None = None
    committee_name: str | None = None
    session_no: int | None = None
    session_year_be: int | None = None
    session_year_ce: int | None = None
    session_total: int | None = None
    meeting_date: date | None = None
    weekday_stated: str | None = None
    mode: str | None = None
    venue: str | None = None
    chair_name: str | None = None


@dataclass
class CommitteeMention:
    committee_id: str
    surface: str
    start: int
    end: int
    role: str  # host, mentioned


@dataclass
class Person:
    person_id: str
    full_name: str
    title: str | None
    given_name: str | None
    family_name: str | None
    position: str | None
    role: str
    start: int
    end: int


@dataclass
class AgendaItem:
    number: str
    style: str
    level: int
    parent_number: str | None
    ordinal: int
    text: str
    start: int
    end: int
    decisions: list[str] = field(default_factory=list)


@dataclass
class Decision:
    item_number: str | None
    decision_type: str
    cue: str
    start: int
    end: int


@dataclass
class Entity:
    label: str
    text: str
    start: int
    end: int
    source: str  # rule, gazetteer, ner


@dataclass
class Flag:
    flag: str
    detail: str


@dataclass
class ErrorRow:
    source: str
    error_code: str
    message: str


@dataclass
class Notice:
    notice_id: str
    source: str
    raw: str
    url: str | None = None
    partial: bool = False
    text: str = ""
    title: str | None = None
    sha256: str = ""
    segments: list[Span] = field(default_factory=list)
    doc: Any = None  # the spaCy Doc over ``text``, made once by the tokenize stage
    dates: list[DateExpr] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    meeting: Meeting | None = None
    committee_mentions: list[CommitteeMention] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)

    def __post_init__(self) -> None:
        # The content hash keys incremental runs, so it is taken from the input as read.
        if not self.sha256:
            self.sha256 = hashlib.sha256(self.raw.encode("utf-8")).hexdigest()

    def segment(self, label: str) -> list[Span]:
        return [s for s in self.segments if s.label == label]
