"""Table-driven tests of pipeline.dates over tests/date_cases.yaml.

Each case lists every date expression its text holds, so a missed date and a
spurious one (a session number, a count, a law's year) both fail.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from pipeline.dates import find_dates, find_times, weekday_th
from pipeline.normalize import normalize_text

_TABLE = yaml.safe_load((Path(__file__).parent / "date_cases.yaml").read_text("utf-8"))
DATE_CASES = _TABLE["dates"]
TIME_CASES = _TABLE["times"]
KINDS = {"date", "date_range", "month", "month_range", "year", "year_range", "fiscal_year"}
RULES = {"explicit", "range_end", "range_start", "list_end", "fiscal_year", "year_context",
         "session_year", "notice_year", "before_posting", "ambiguous_year", "no_year"}


def _row(d) -> tuple:
    return d.surface, d.kind, d.date_start, d.date_end


def _expected_row(e: dict) -> tuple:
    return e["surface"], e["kind"], e["start"], e["end"]


@pytest.mark.parametrize("case", DATE_CASES, ids=[c["id"] for c in DATE_CASES])
def test_date_case(case):
    # "posting": a dateline or posting-date line set above the text, as segmentation finds it
    posting = case.get("posting")
    text = f"{posting}\n{case['text']}" if posting else case["text"]
    found = find_dates(text, session_year_be=case.get("session"), posting=(0, len(posting)) if posting else None)
    assert [_row(d) for d in found] == [_expected_row(e) for e in case["expect"]]
    for d, e in zip(found, case["expect"]):
        assert d.weekday_stated == e.get("weekday"), d
        assert bool(d.invalid) == e.get("invalid", False), d
        if "rule" in e:
            assert d.rule == e["rule"], d


@pytest.mark.parametrize("case", DATE_CASES, ids=[c["id"] for c in DATE_CASES])
def test_date_case_invariants(case):
    text = case["text"]
    found = find_dates(text, session_year_be=case.get("session"))
    ends = [0]
    for d in found:
        assert text[d.start:d.end] == d.surface and d.surface == d.surface.strip()
        assert d.start >= ends[-1], "sorted and non-overlapping"
        ends.append(d.end)
        assert d.kind in KINDS and d.rule in RULES
        assert d.granularity == {"date": "day", "date_range": "day", "month": "month",
                                 "month_range": "month"}.get(d.kind, "year")
        assert (d.date_start is None) == (d.date_end is None)
        if d.date_start is not None:
            assert d.date_start <= d.date_end and d.invalid is None
        if d.invalid:
            assert d.date_start is None


@pytest.mark.parametrize("case", DATE_CASES + TIME_CASES, ids=lambda c: c.get("id", c["text"][:30]))
def test_cases_are_normalized_text(case):
    """The stage receives normalized text; the table must look like it."""
    assert normalize_text(case["text"]) == case["text"]


@pytest.mark.parametrize("case", TIME_CASES, ids=[c["text"][:40] for c in TIME_CASES])
def test_time_case(case):
    found = find_times(case["text"])
    assert [[t.surface, t.value] for t in found] == case["expect"]
    for t in found:
        assert case["text"][t.start:t.end] == t.surface


def test_table_size():
    """The brief asks for at least 150 expressions in context."""
    expressions = sum(max(1, len(c["expect"])) for c in DATE_CASES)
    assert expressions >= 150, expressions


@pytest.mark.parametrize("day,name", [
    (dt.date(2023, 5, 25), "พฤหัสบดี"), (dt.date(2021, 8, 13), "ศุกร์"), (dt.date(2018, 6, 25), "จันทร์"),
    (dt.date(2022, 7, 19), "อังคาร"), (dt.date(2022, 6, 15), "พุธ"), (dt.date(2023, 3, 18), "เสาร์"),
    (dt.date(2023, 3, 19), "อาทิตย์"),
])
def test_weekday_th(day, name):
    assert weekday_th(day) == name


def test_invalid_says_why():
    (d,) = find_dates("เมื่อวันที่ 29 กุมภาพันธ์ 2566")
    assert "leap" in d.invalid and "2566" in d.invalid
    (d,) = find_dates("เมื่อวันที่ 31 เมษายน 2566")
    assert "April" in d.invalid and "31" in d.invalid


def test_session_year_anchors_only_yearless_dates():
    text = "เมื่อวันที่ 25 พฤษภาคม 2565 และวันที่ 3 มิถุนายน"
    first, second = find_dates(text, session_year_be=2565)
    assert (first.rule, first.date_start) == ("explicit", dt.date(2022, 5, 25))
    assert (second.rule, second.date_start) == ("session_year", dt.date(2022, 6, 3))


def test_offsets_index_text_with_thai_digits():
    text = "ครั้งที่ ๑/๒๕๖๓ วันจันทร์ที่ ๑๔ กันยายน ๒๕๖๓ เวลา ๑๓.๓๐ น."
    (d,) = find_dates(text)
    (t,) = find_times(text)
    assert text[d.start:d.end] == "๑๔ กันยายน ๒๕๖๓" and text[t.start:t.end] == "๑๓.๓๐ น."


def test_empty_and_no_thai():
    assert find_dates("") == [] and find_times("") == []
    assert find_dates("Awards 2020, version 4.0, 12/2020") == []
