"""Thai temporal expressions → Gregorian (CE) date ranges; clock times.

The text is the normalized notice text. Thai digits stay in it and are read
through a same-length Arabic view, so every offset indexes the text as given.

What is a date here
    day dates      ``29 ตุลาคม 2562``, ``29 ม.ค.67``, ``25พ.ย.65``, ``๒๑ เมษายน ๒๕๖๐``,
                   ``3 มกราคม ค.ศ. 2023``, ``19/04/2022``, ``02/07/2561``
    day ranges     ``8-21 ตุลาคม 2562``, ``30 ก.ย. - 2 ต.ค. 2563``,
                   ``1 ตุลาคม 2565 ถึงวันที่ 30 กันยายน 2566``
    day lists      ``วันที่ 8 และ 9 ตุลาคม 2562`` (one DateExpr per day)
    months         ``เดือนธันวาคม 2562``, ``ธันวาคม 2562 - กุมภาพันธ์ 2563``, ``เดือน พ.ค. - มิ.ย. 62``
    years          ``ปี 2563``, ``ประจำปี พ.ศ. 2563``, ``ปี 2563-2565``, ``พ.ศ. ๒๕๖๐-๒๕๗๙``
    fiscal years   ``ปีงบประมาณ พ.ศ. 2565`` → 2021-10-01 … 2022-09-30
    quarters       ``ไตรมาสที่ 1 ปีงบประมาณ 2567`` → 2023-10 … 2023-12 (month_range),
                   ``ไตรมาสแรกของปี 2567`` → 2024-01 … 2024-03

Never a date: session numbers (``ครั้งที่ 3/2566``, ``ครั้งที่ 1 ประจำปี 2566``),
bare 4-digit numbers (``Awards 2020``, counts), versions (``4.0``), a lone
``พ.ศ. YYYY`` that is the year of a title (``พระราชบัญญัติองค์การมหาชน พ.ศ. 2542``).

Years: 4 digits 2400–2699 are BE, 1800–2199 are CE (a พ.ศ./ค.ศ. marker that
contradicts the number makes the expression invalid); 2 digits 40–99 are BE
25xx (``66`` → 2566).

Span convention: the span is the date itself. It starts at the day number for
day dates and ranges, at the month name for month mentions, at ``ปี`` /
``ปีงบประมาณ`` for year and fiscal-year mentions (without ``ประจำ``/``ใน``), at the
era marker for a bare ``พ.ศ. 2560-2579``. Lead words (``เมื่อ``, ``วันที่``, a weekday,
``เดือน``, ``ระหว่าง``) are never inside; a weekday written right before the day, or
in brackets right after the date (``12 มิถุนายน 2567 (วันพุธ)``), goes to
``weekday_stated``. A day list's extra days span their own number only.

``DateExpr.rule`` says where the year came from:
    explicit        written in the expression itself (also ``8-21 ตุลาคม 2562``)
    range_end       a range's start borrowed the year written at its end (``30 ก.ย. - 2 ต.ค. 2563``)
    range_start     a range's end borrowed the year written at its start
    list_end        a listed day took month and year from the last day (``8 และ 9 ตุลาคม 2562``)
    fiscal_year     yearless, placed in the fiscal year written just before it (same line,
                    within 80 characters): ``ปีงบประมาณ พ.ศ. 2567 … เดือนธันวาคม`` → 2023-12
    year_context    yearless, in the calendar year written just before it, same reach
                    (``ในปี 2563 จะเริ่มในเดือนมีนาคม``)
    session_year    yearless, the meeting's session year (``session_year_be``), used when the
                    notice's explicit day/month dates include that year or there are none
    notice_year     yearless, no session year given: the one year all the notice's explicit
                    day/month dates share
    before_posting  yearless and told in the past (``เมื่อวันอังคารที่ 10 ธันวาคม``, ``… ที่ผ่านมา``)
                    in a notice with a posting date or dateline: the latest such day or
                    month on or before it
    ambiguous_year  yearless, and the candidates disagree or the month sits across a
                    year boundary from them: ``date_start`` is None
    no_year         yearless and nothing to anchor it: ``date_start`` is None

A date that does not exist (``31 เมษายน``, ``29 กุมภาพันธ์ 2566``, a range that ends
before it starts) keeps its span with ``date_start``/``date_end`` None and ``invalid``
saying why; nothing is shifted to a nearby valid day.
"""
from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from pythainlp.util.date import thai_abbr_months, thai_full_month_lists, thai_full_months, thai_full_weekdays

from .normalize import alternation as _alt, arabic_digits
from .record import DateExpr, TimeExpr

__all__ = ["find_dates", "find_times", "weekday_th"]

_DATA = json.loads((Path(__file__).resolve().parent / "data" / "months.json").read_text("utf-8"))

_TH = "\u0e01-\u0e3a\u0e40-\u0e4e"  # Thai letters, vowels and marks; Thai digits excluded on purpose
_SP = "[ \t]*"  # the text is normalized: a date never spans a line break
_BE_OFFSET = 543
# A notice paragraph is one long line with no sentence marks, so "the same clause" is
# approximated by distance: a fiscal or calendar year anchors a yearless date only this close.
_CONTEXT_REACH = 80
_BOUNDARY = ({1, 2}, {11, 12})  # months whose year is unsure when anchored from the other end of the year


# --- vocabulary -------------------------------------------------------------------------------

_MONTH_OF: dict[str, int] = {}  # month surface without dots and spaces → 1..12
_FULL: list[str] = []
_SHORT: list[str] = []
for _no, _name in enumerate(thai_full_months, 1):
    _MONTH_OF[_name] = _no
    _FULL.append(_name)
for _no, _forms in enumerate(thai_full_month_lists, 1):
    for _f in _forms:  # มกรา, กุมภา, …; the lists also hold abbreviations and digits
        if "." not in _f and not _f.isdigit() and _f not in _MONTH_OF:
            _MONTH_OF[_f] = _no
            _SHORT.append(_f)
for _key, _forms in _DATA["month_spellings"].items():
    for _f in _forms:
        _MONTH_OF[_f] = int(_key)
        _FULL.append(_f)
for _key, _forms in _DATA["month_short_forms"].items():
    for _f in _forms:
        _MONTH_OF[_f] = int(_key)
        _SHORT.append(_f)

_ABBR_LOOSE: list[str] = []  # ม.ค. / ม.ค / ม. ค. / มค: only after a day number, where nothing else fits
_ABBR_DOTTED: list[str] = []  # the inner dot required: a lone มค is too weak to be a month
for _no, _abbr in enumerate(thai_abbr_months, 1):
    _parts = [p for p in _abbr.split(".") if p]
    _MONTH_OF["".join(_parts)] = _no
    for _inner, _out in (("\\.?[ ]?", _ABBR_LOOSE), ("\\.[ ]?", _ABBR_DOTTED)):
        _core = _inner.join(map(re.escape, _parts))
        # ก.พ.ร., ก.ค.ศ., ส.ค.ส. are agencies and cards, not February, July or August.
        _out.append(rf"{_core}(?:\.(?![{_TH}]{{1,3}}\.)|(?![{_TH}.]))")
_ABBR_LOOSE.sort(key=len, reverse=True)
_ABBR_DOTTED.sort(key=len, reverse=True)

_SHORT_RE = rf"(?:{_alt(_SHORT)})(?![{_TH}])"  # ตุลาการ is a judge, not ตุลา
_MON_AFTER_DAY = rf"(?:{_alt(_FULL)}|{_SHORT_RE}|{'|'.join(_ABBR_LOOSE)})"
# Without a day the abbreviation must not sit inside a longer abbreviation (อ.ก.พ.).
_MON_NAMED = rf"(?:{_alt(_FULL)}|{_SHORT_RE}|(?:(?<=เดือน)|(?<=เดือน )|(?<![{_TH}.]))(?:{'|'.join(_ABBR_DOTTED)}))"

_WEEKDAYS = [w.removeprefix("วัน") for w in thai_full_weekdays]  # Monday first, like date.weekday()
_WEEKDAY_OF = {w: w for w in _WEEKDAYS} | _DATA["weekday_variants"]
_WD = _alt(_WEEKDAY_OF)

_CONN = rf"(?:{_alt(_DATA['range_connectors'])})"
_ERA = r"(?:พุทธศักราช|คริสต์ศักราช|พ\.?[ ]?ศ\.?|ค\.?[ ]?ศ\.?)"  # formal notices spell the era out
_UNITS = _alt(_DATA["count_units"])
_YEAR_NUM = r"(?:\d{4}|\d{2})(?!\d)(?![.,/]\d)"  # 2563/2564 and 2,563 are not one year


def _year_tail(era: str, year: str) -> str:
    """An optional year after a month: ``2562``, ``พ.ศ. 2562``, ``ปี 2562``, ``67`` (glued: ``ม.ค.67``)."""
    plausible = r"(?:1[89]\d\d|2[0-14-6]\d\d)"  # CE 1800–2199 or BE 2400–2699
    short = rf"[4-9]\d(?!\d)(?!{_SP}(?:{_UNITS}))"  # 15 มีนาคม 50 คน is a count
    # 9-มิ.ย.-2562 (thai_strftime's %v) glues with hyphens; only a number may follow such a hyphen.
    return rf"(?:(?:{_SP}(?:ปี{_SP})?(?:(?P<{era}>{_ERA}){_SP})?|-)(?P<{year}>{plausible}(?!\d)|{short})(?![.,/]\d))?"


# --- patterns (matched on the Arabic-digit view) --------------------------------------------

_DAY = r"(?<![A-Za-z\d./])(?P<d1>\d{1,2})(?!\d)"
# 8-21 ตุลาคม and 6 ถึงวันพุธที่ 8 พฤศจิกายน: the first day shares the month;
# ณ วันที่ 5 เดือนมกราคม พุทธศักราช 2567 is the formal style.
_DATE_RE = re.compile(
    rf"{_DAY}(?:{_SP}{_CONN}{_SP}(?:วัน(?:{_WD}){_SP}(?:ที่{_SP})?|วันที่{_SP})?(?P<d2>\d{{1,2}})(?!\d))?"
    rf"(?:{_SP}|-)(?:เดือน{_SP})?(?P<mon>{_MON_AFTER_DAY})" + _year_tail("era", "year")
)
_MONTH_RE = re.compile(rf"(?:(?P<pre>เดือน){_SP})?(?P<mon>{_MON_NAMED})" + _year_tail("era", "year"))
_YEAR_RE = re.compile(
    rf"(?P<cue>{_alt(_DATA['year_cues'])}){_SP}(?:(?P<era>{_ERA}){_SP})?(?P<y1>{_YEAR_NUM})"
    rf"(?:{_SP}{_CONN}{_SP}(?:ปี{_SP})?(?:(?P<era2>{_ERA}){_SP})?(?P<y2>{_YEAR_NUM}))?"
)
_FISCAL_RE = re.compile(
    rf"(?P<cue>ปีงบประมาณ|ปีงบ(?![{_TH}])){_SP}(?:(?P<era>{_ERA}){_SP})?(?P<y1>{_YEAR_NUM})"
    rf"(?:{_SP}{_CONN}{_SP}(?:ปีงบประมาณ{_SP}|ปีงบ{_SP})?(?:(?P<era2>{_ERA}){_SP})?(?P<y2>{_YEAR_NUM}))?"
)
_ERA_YEAR_RE = re.compile(  # a bare พ.ศ. 2560-2579; the lookbehind keeps ก.ค.ศ. out
    rf"(?<!\.)(?P<era>{_ERA}){_SP}(?P<y1>{_YEAR_NUM})"
    rf"(?:{_SP}{_CONN}{_SP}(?:(?P<era2>{_ERA}){_SP})?(?P<y2>{_YEAR_NUM}))?"
)
_NUMERIC_RE = re.compile(r"(?<![\d/.])(?P<d>\d{1,2})(?P<sep>[/-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/])(?![.,]\d)")

# Context looked at around a match (on the view, anchored at the match).
# สมัยแรก / สมัยที่สอง ประจำปี 2567 is a council's session of that year, numbered in words.
_ORDINAL_WORD = r"(?:แรก|ที่(?:หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ยี่|เอ็ด)+)"
_SESSION_BEFORE = re.compile(
    rf"(?:(?:ครั้งที่|สมัยที่){_SP}\d+(?:{_SP}/{_SP}\d+)?(?:{_SP}\(\d+\))?|(?:ครั้ง|สมัย){_ORDINAL_WORD}){_SP}(?:ประจำ)?$"
)
_NUMERIC_GUARD = re.compile(rf"(?:{_alt(_DATA['numeric_guard'])}){_SP}$")
_ERA_YEAR_CUE = re.compile(rf"(?:{_alt(_DATA['era_year_cues'])}){_SP}$")
_WEEKDAY_BEFORE = re.compile(rf"วัน(?P<wd>{_WD}){_SP}(?:ที่{_SP})?(?:วันที่{_SP})?$")
_WEEKDAY_AFTER = re.compile(rf"{_SP}\({_SP}(?:วัน)?(?P<wd>{_WD}){_SP}\)")  # 12 มิถุนายน 2567 (วันพุธ)
_RANGE_GAP = re.compile(rf"{_SP}{_CONN}{_SP}(?:วัน(?:{_WD}){_SP}(?:ที่{_SP})?|วันที่{_SP}|เดือน{_SP})?")
_LIST_BEFORE = re.compile(rf"วันที่{_SP}(?P<list>(?:\d{{1,2}}{_SP}(?:,|และ|หรือ){_SP})+)$")
_LIST_DAY = re.compile(r"\d{1,2}")

_TIME_RE = re.compile(
    rf"(?:(?P<cue>เวลา){_SP})?(?<![\d.:/])(?P<h>\d{{1,2}})[.:](?P<m>\d{{2}})(?![\d])(?![.:]\d)"
    rf"(?:{_SP}(?P<unit>นาฬิกา|น\.|น(?![{_TH}])))?"
)
_TIME_GAP = re.compile(rf"{_SP}(?:[-–—]|ถึง){_SP}")
_LOOKBACK = 40  # characters of context read before a match


# --- the model of one candidate expression --------------------------------------------------

@dataclass
class _Cand:
    start: int
    end: int
    kind: str
    lo: tuple  # (year CE | None, month, day | None); day None = the month's first day
    hi: tuple  # (year CE | None, month, day | None); day None = the month's last day
    rule: str = "explicit"
    invalid: str | None = None
    weekday: str | None = None
    weak: bool = False  # a bare month name: a date only as one end of a range

    @property
    def granularity(self) -> str:
        if self.kind in ("date", "date_range"):
            return "day"
        return "month" if self.kind in ("month", "month_range") else "year"

    @property
    def yearless(self) -> bool:
        return self.lo[0] is None or self.hi[0] is None


def weekday_th(d: date) -> str:
    """The Thai weekday name of ``d`` without วัน: ``จันทร์`` … ``อาทิตย์``."""
    return _WEEKDAYS[d.weekday()]


def written_year(digits: str, era: str | None) -> tuple[int | None, str | None]:
    """A written year → (CE year, None); (None, why) when the era marker contradicts
    the number; (None, None) when the number is no plausible year at all."""
    y = int(digits)
    ce_marked = bool(era) and era.startswith("ค")
    if len(digits) == 2:
        return (2000 + y if ce_marked else 2500 + y - _BE_OFFSET), None
    if era and not ce_marked and y < 2400:
        return None, f"พ.ศ. year {y} looks like a CE year"
    if ce_marked and y >= 2400:
        return None, f"ค.ศ. year {y} looks like a BE year"
    if 2400 <= y <= 2699:
        return y - _BE_OFFSET, None
    if 1800 <= y <= 2199:
        return y, None
    return None, None


def _month(surface: str) -> int:
    return _MONTH_OF[surface.replace(".", "").replace(" ", "")]


def _weekday_before(text: str, start: int) -> str | None:
    m = _WEEKDAY_BEFORE.search(text, max(0, start - _LOOKBACK), start)
    return _WEEKDAY_OF[m.group("wd")] if m else None


def _ends(pattern: re.Pattern, view: str, at: int) -> bool:
    """Whether the text just before ``at`` ends with ``pattern`` (which is anchored with $)."""
    return pattern.search(view[max(0, at - _LOOKBACK):at]) is not None


# --- reading each form ------------------------------------------------------------------------

def _atom(m: re.Match, text: str, day: bool) -> _Cand:
    year, why = (None, None)
    if m.group("year"):
        year, why = written_year(m.group("year"), m.group("era"))
    month = _month(m.group("mon"))
    start = m.start("d1") if day else m.start("mon")
    if day:
        d1 = int(m.group("d1"))
        d2 = int(m.group("d2")) if m.group("d2") else None
        kind = "date_range" if d2 is not None else "date"
        c = _Cand(start, m.end(), kind, (year, month, d1), (year, month, d2 if d2 is not None else d1),
                  weekday=_weekday_before(text, start))
    else:
        c = _Cand(start, m.end(), "month", (year, month, None), (year, month, None),
                  weak=not m.group("pre") and not m.group("year"))
    c.invalid = why
    return c


def _combine(atoms: list[_Cand], view: str) -> list[_Cand]:
    """Join ``A - B`` into one range when both ends are single days or both are months."""
    out: list[_Cand] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        pair = b is not None and (a.kind, b.kind) in (("date", "date"), ("month", "month"))
        if pair and _RANGE_GAP.fullmatch(view, a.end, b.start):
            out.append(_range(a, b))
            i += 2
        else:
            out.append(a)
            i += 1
    return out


def _range(a: _Cand, b: _Cand) -> _Cand:
    lo, hi, rule = a.lo, b.hi, "explicit"
    order_lo, order_hi = (lo[1], lo[2] or 0), (hi[1], hi[2] or 0)
    if lo[0] is None and hi[0] is not None:
        lo, rule = (hi[0] if order_lo <= order_hi else hi[0] - 1, *lo[1:]), "range_end"
    elif hi[0] is None and lo[0] is not None:
        hi, rule = (lo[0] if order_hi >= order_lo else lo[0] + 1, *hi[1:]), "range_start"
    kind = "date_range" if a.kind == "date" else "month_range"
    return _Cand(a.start, b.end, kind, lo, hi, rule, a.invalid or b.invalid, a.weekday)


def _list_days(c: _Cand, view: str) -> list[_Cand]:
    """``วันที่ 8, 15 และ 22 ตุลาคม 2562``: the days before the last share its month and year."""
    if c.kind != "date":
        return []
    lead = max(0, c.start - _LOOKBACK)
    m = _LIST_BEFORE.search(view[lead:c.start])
    if not m:
        return []
    rule = "list_end" if c.lo[0] is not None else c.rule
    out = []
    for d in _LIST_DAY.finditer(m.group("list")):
        s = lead + m.start("list") + d.start()
        day = int(d.group())
        out.append(_Cand(s, s + len(d.group()), "date", (c.lo[0], c.lo[1], day), (c.lo[0], c.lo[1], day),
                         rule, c.invalid))
    return out


def _span_years(m: re.Match, cue_fiscal: bool) -> tuple[int | None, int | None, int, str | None]:
    """(first CE year, last CE year, end offset, why invalid) of a year or year-range match."""
    era = m.group("era")
    if len(m.group("y1")) == 2 and not (era or cue_fiscal):
        return None, None, m.end(), None  # ปี 66 without พ.ศ. is too often a count
    y1, why = written_year(m.group("y1"), era)
    if y1 is None or not m.group("y2"):
        return y1, y1, m.end("y1"), why
    raw2 = m.group("y2")
    if len(raw2) == 2:  # 2566-70
        first = int(m.group("y1")) if len(m.group("y1")) == 4 else 2500 + int(m.group("y1"))
        raw2 = str(first // 100 * 100 + int(raw2))
    y2, _ = written_year(raw2, m.group("era2") or era)
    if y2 is None or not 0 < y2 - y1 <= 100:
        return y1, y1, m.end("y1"), None  # the second number is something else: keep the first year
    return y1, y2, m.end(), None


# "ไตรมาสที่ 2 ปีงบประมาณ 2567": the quarter narrows the (fiscal) year after it.
_QUARTER_BEFORE = re.compile(rf"ไตรมาส(?:ที่)?{_SP}(?P<q>[1-4]|แรก|สุดท้าย){_SP}(?:ของ{_SP})?(?:ประจำ{_SP})?$")
_QUARTER_WORDS = {"แรก": 1, "สุดท้าย": 4}


def _quarter(c: _Cand, view: str) -> _Cand:
    """The year or fiscal year ``c``, narrowed to the quarter written right before it."""
    m = _QUARTER_BEFORE.search(view, max(0, c.start - 40), c.start)
    if m is None or c.invalid or c.lo[0] is None or c.kind not in ("year", "fiscal_year"):
        return c
    q = _QUARTER_WORDS.get(m.group("q")) or int(m.group("q"))
    first = (c.lo[0], c.lo[1]) if c.kind == "fiscal_year" else (c.lo[0], 1)  # fiscal Q1 starts in October
    months = first[0] * 12 + first[1] - 1 + 3 * (q - 1)
    lo, hi = divmod(months, 12), divmod(months + 2, 12)
    return replace(c, start=m.start(), kind="month_range", lo=(lo[0], lo[1] + 1, None), hi=(hi[0], hi[1] + 1, None))


def _years(view: str) -> list[_Cand]:
    return [_quarter(c, view) for c in _year_mentions(view)]


def _year_mentions(view: str) -> list[_Cand]:
    out = []
    for m in _YEAR_RE.finditer(view):
        if _ends(_SESSION_BEFORE, view, m.start()):
            continue  # ครั้งที่ 1 ประจำปี 2566 is the session, not a date
        y1, y2, end, why = _span_years(m, False)
        if y1 is None and why is None:
            continue
        kind = "year_range" if y2 is not None and y2 != y1 else "year"
        out.append(_Cand(m.start(), end, kind, (y1, 1, None), (y2, 12, None), invalid=why))
    for m in _ERA_YEAR_RE.finditer(view):
        y1, y2, end, why = _span_years(m, False)
        if y1 is None or why:
            continue
        if y2 != y1:
            out.append(_Cand(m.start(), end, "year_range", (y1, 1, None), (y2, 12, None)))
        elif _ends(_ERA_YEAR_CUE, view, m.start()):
            out.append(_Cand(m.start(), end, "year", (y1, 1, None), (y1, 12, None)))
    for m in _FISCAL_RE.finditer(view):
        if _ends(_SESSION_BEFORE, view, m.start()):
            continue
        y1, y2, end, why = _span_years(m, True)
        if y1 is None and why is None:
            continue
        out.append(_Cand(m.start(), end, "fiscal_year", (y1 - 1 if y1 else None, 10, 1), (y2, 9, 30), invalid=why))
    return out


def _numeric(view: str, text: str) -> list[_Cand]:
    out = []
    for m in _NUMERIC_RE.finditer(view):
        d, mo = int(m.group("d")), int(m.group("m"))
        if not (1 <= d <= 31 and 1 <= mo <= 12) or _ends(_NUMERIC_GUARD, view, m.start()):
            continue  # 3/12/45 out of range or after ครั้งที่: a reference, not a date
        raw = m.group("y")
        if len(raw) == 2 and not 40 <= int(raw) <= 99:
            continue
        y, why = written_year(raw, None)
        if y is None:
            continue
        out.append(_Cand(m.start(), m.end(), "date", (y, mo, d), (y, mo, d), invalid=why,
                         weekday=_weekday_before(text, m.start())))
    return out


def _longest_first(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping, the longest match winning, returned in text order."""
    chosen: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if all(c.end <= o.start or o.end <= c.start for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


# --- years for yearless expressions ----------------------------------------------------------

# "เมื่อวันอังคารที่ 10 ธันวาคม", "เมื่อเดือนมีนาคม", "10 ธันวาคม ที่ผ่านมา": a day already past.
_PAST_BEFORE = re.compile(rf"เมื่อ(?:{_SP}(?:วัน|เดือน)[{_TH}]{{0,14}})?{_SP}$")
_PAST_AFTER = re.compile(rf"{_SP}(?:ที่ผ่านมา|ที่แล้ว)")


def _resolve(c: _Cand, known: list[_Cand], text: str, session_ce: int | None, posted: date | None) -> _Cand:
    months = {c.lo[1], c.hi[1]}
    wraps = (c.hi[1], c.hi[2] or 0) < (c.lo[1], c.lo[2] or 0)

    before = [k for k in known if k.end <= c.start]
    if before:
        p = max(before, key=lambda k: k.end)
        near = c.start - p.end <= _CONTEXT_REACH and "\n" not in text[p.end:c.start]
        if near and p.kind == "fiscal_year" and p.hi[0] - p.lo[0] == 1:
            fy = p.hi[0]
            lo_y = fy - 1 if c.lo[1] >= 10 else fy
            hi_y = fy - 1 if c.hi[1] >= 10 else fy
            if (lo_y, c.lo[1]) <= (hi_y, c.hi[1]):
                return replace(c, lo=(lo_y, *c.lo[1:]), hi=(hi_y, *c.hi[1:]), rule="fiscal_year")
        if near and p.kind == "year" and not wraps:
            return replace(c, lo=(p.lo[0], *c.lo[1:]), hi=(p.lo[0], *c.hi[1:]), rule="year_context")

    past = _PAST_BEFORE.search(text, max(0, c.start - 30), c.start) or _PAST_AFTER.match(text, c.end)
    if posted is not None and past and not wraps:
        year = posted.year - ((c.hi[1], c.hi[2] or 1) > (posted.month, posted.day))
        return replace(c, lo=(year, *c.lo[1:]), hi=(year, *c.hi[1:]), rule="before_posting")

    explicit = [k for k in known if k.granularity in ("day", "month")]
    years = {k.lo[0] for k in explicit} | {k.hi[0] for k in explicit}
    if session_ce is not None:
        anchor, rule = session_ce, "session_year"
        if years and session_ce not in years:
            return replace(c, rule="ambiguous_year")  # the notice's own dates disagree with the session
    elif len(years) == 1:
        anchor, rule = next(iter(years)), "notice_year"
    else:
        return replace(c, rule="ambiguous_year" if years else "no_year")
    seen = {k.lo[1] for k in explicit if k.lo[0] == anchor} | {k.hi[1] for k in explicit if k.hi[0] == anchor}
    across = any(months & a and seen & b for a, b in (_BOUNDARY, _BOUNDARY[::-1]))
    if wraps or across:
        return replace(c, rule="ambiguous_year")  # 10 มกราคม in a December notice may be next year
    return replace(c, lo=(anchor, *c.lo[1:]), hi=(anchor, *c.hi[1:]), rule=rule)


def _check(c: _Cand) -> str | None:
    """Why the expression's dates do not exist, else None (a yearless 29 February passes)."""
    if c.invalid:
        return c.invalid
    if c.yearless and c.lo[1] == c.hi[1] and (c.lo[2] or 0) > (c.hi[2] or 31):
        return "the range ends before it starts"
    for y, mo, d in (c.lo, c.hi):
        if d is None:
            continue
        last = calendar.monthrange(y if y is not None else 2000, mo)[1]
        if not 1 <= d <= last:
            if y is not None and mo == 2 and d == 29:
                return f"{y + _BE_OFFSET} BE ({y} CE) is not a leap year: 29 February does not exist"
            return f"{calendar.month_name[mo]} has {last} days: day {d} does not exist"
    if not c.yearless and _bounds(c)[0] > _bounds(c)[1]:
        return "the range ends before it starts"
    return None


def _bounds(c: _Cand) -> tuple[date, date]:
    (y1, m1, d1), (y2, m2, d2) = c.lo, c.hi
    return date(y1, m1, d1 or 1), date(y2, m2, d2 or calendar.monthrange(y2, m2)[1])


# --- public API -------------------------------------------------------------------------------

def find_dates(text: str, session_year_be: int | None = None,
               posting: tuple[int, int] | None = None) -> list[DateExpr]:
    """Every temporal expression in ``text``, sorted by start, non-overlapping.

    ``session_year_be`` is the meeting's session year (ครั้งที่ 3/2566 → 2566) and
    ``posting`` the span of the notice's posting date or dateline; they anchor
    dates written without a year. See the module doc for the rules.
    """
    view = arabic_digits(text)
    days = [_atom(m, text, True) for m in _DATE_RE.finditer(view)]
    months = [a for a in (_atom(m, text, False) for m in _MONTH_RE.finditer(view))
              if all(a.end <= d.start or d.end <= a.start for d in days)]
    atoms = _combine(sorted(days + months, key=lambda c: c.start), view)
    cands = [a for a in atoms if not a.weak]
    cands += [x for a in atoms for x in _list_days(a, view)]
    cands += _years(view) + _numeric(view, text)
    chosen = _longest_first(cands)

    for c in chosen:
        after = _WEEKDAY_AFTER.match(text, c.end) if c.kind == "date" and c.weekday is None else None
        if after:
            c.weekday = _WEEKDAY_OF[after.group("wd")]
        if not c.yearless:
            c.invalid = _check(c)
    known = [c for c in chosen if not c.yearless and not c.invalid]
    session_ce = session_year_be - _BE_OFFSET if session_year_be else None
    posted = next((_bounds(k)[0] for k in known
                   if posting and posting[0] <= k.start < posting[1] and k.granularity == "day"), None)
    out = []
    for c in chosen:
        if c.yearless and not c.invalid:
            c = _resolve(c, known, text, session_ce, posted)
            c.invalid = _check(c)  # with the year found, or year-agnostic: 31 เมษายน is wrong in every year
        ok = not c.yearless and not c.invalid
        start, end = _bounds(c) if ok else (None, None)
        out.append(DateExpr(text[c.start:c.end], c.start, c.end, c.kind, start, end, c.granularity,
                            c.rule, c.weekday if c.granularity == "day" else None, c.invalid))
    return out


def find_times(text: str) -> list[TimeExpr]:
    """Clock times: ``09.30 น.``, ``๑๓.๓๐ น.``, ``เวลา 10.00 น.``, both ends of ``13.30-16.30 น.``.

    The span runs from the hour to ``น.`` when written (``เวลา`` is outside it);
    ``value`` is ``HH:MM``. A bare ``4.00`` with neither เวลา nor น. is not a time.
    """
    view = arabic_digits(text)
    found = []
    for m in _TIME_RE.finditer(view):
        h, mi = int(m.group("h")), int(m.group("m"))
        if mi > 59 or h > 24 or (h == 24 and mi):
            continue
        found.append((m, bool(m.group("cue") or m.group("unit")), f"{h:02d}:{mi:02d}"))
    out = []
    for i, (m, sure, value) in enumerate(found):
        if not sure and i + 1 < len(found):  # 13.30 in 13.30-16.30 น. borrows the น.
            nxt = found[i + 1]
            sure = nxt[1] and _TIME_GAP.fullmatch(view, m.end(), nxt[0].start("h")) is not None
        if sure:
            out.append(TimeExpr(text[m.start("h"):m.end()], m.start("h"), m.end(), value))
    return out
