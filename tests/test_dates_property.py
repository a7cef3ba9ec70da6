"""Property tests: what pythainlp's thai_strftime writes, find_dates reads back.

thai_strftime renders %B/%b as Thai month names, %A as วัน…, %Y/%y as the BE
year, and Thai digits with thaidigit=True. (%D is left out on purpose: it is
the US month/day/year order, which Thai notices do not use.)
"""
from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from pythainlp.util import arabic_digit_to_thai_digit, thai_strftime

from pipeline.dates import find_dates, find_times, weekday_th

# BE 2400–2699 is the span the reader accepts for a 4-digit BE year.
ANY_DAY = st.dates(dt.date(1857, 1, 1), dt.date(2156, 12, 31))
# %y gives the BE year's last two digits; 40–99 are read as 2540–2599.
SHORT_YEAR_DAY = st.dates(dt.date(1997, 1, 1), dt.date(2056, 12, 31))

FOUR_DIGIT_FORMATS = [
    "%-d %B %Y", "%d %B %Y", "%-d %b %Y", "%-d%b%Y", "%-d %B พ.ศ. %Y", "%-d %b พ.ศ.%Y",
    "%Aที่ %-d %B พ.ศ. %Y", "%A %d %B %Y", "%Aที่ %-d %b %Y", "%d/%m/%Y", "%v",
]
SHORT_FORMATS = ["%d %b %y", "%-d %b %y", "%-d%b%y", "%-d %B %y", "%Aที่ %-d %b %y"]
BEFORE = ["", "เมื่อ", "เมื่อวันที่ ", "ประกาศ ณ วันที่ ", "การประชุม ครั้งที่ 3/2566 ", "ข่าวสาร ก.พ.ร.\n\n"]
AFTER = ["", " สำนักงาน ก.พ.ร. จัดประชุม", " เวลา 09.30 น. ณ ห้องประชุม", "\n0", " (ครั้งที่ 59)"]


def _render(day: dt.date, fmt: str, thaidigit: bool) -> str:
    return thai_strftime(dt.datetime(day.year, day.month, day.day), fmt, thaidigit=thaidigit).strip()


def _only(text: str, **kw):
    found = find_dates(text, **kw)
    assert len(found) == 1, (text, found)
    return found[0]


def _check_day(day: dt.date, fmt: str, thaidigit: bool, before: str, after: str) -> None:
    written = _render(day, fmt, thaidigit)
    text = before + written + after
    d = _only(text)
    assert (d.kind, d.date_start, d.date_end, d.rule, d.invalid) == ("date", day, day, "explicit", None), (text, d)
    assert text[d.start:d.end] == d.surface and written.endswith(d.surface)
    assert d.weekday_stated == (weekday_th(day) if "%A" in fmt else None)


@settings(max_examples=200, deadline=None)
@given(ANY_DAY, st.sampled_from(FOUR_DIGIT_FORMATS), st.booleans(), st.sampled_from(BEFORE), st.sampled_from(AFTER))
def test_four_digit_year_round_trip(day, fmt, thaidigit, before, after):
    _check_day(day, fmt, thaidigit, before, after)


@settings(max_examples=100, deadline=None)
@given(SHORT_YEAR_DAY, st.sampled_from(SHORT_FORMATS), st.booleans(), st.sampled_from(BEFORE), st.sampled_from(AFTER))
def test_two_digit_year_round_trip(day, fmt, thaidigit, before, after):
    _check_day(day, fmt, thaidigit, before, after)


@settings(max_examples=60, deadline=None)
@given(st.dates(dt.date(1800, 1, 1), dt.date(2199, 12, 31)), st.booleans())
def test_ce_years_round_trip(day, marked):
    year = f"ค.ศ. {day.year}" if marked else str(day.year)
    text = f"ข้อมูล ณ วันที่ {_render(day, '%-d %B', False)} {year} จากเว็บไซต์"
    d = _only(text)
    assert (d.date_start, d.date_end) == (day, day)
    assert _only(f"ลงวันที่ {day.day:02d}/{day.month:02d}/{day.year}").date_start == day


@settings(max_examples=60, deadline=None)
@given(ANY_DAY, st.integers(0, 27), st.sampled_from(["%B %Y", "%b %Y"]), st.booleans())
def test_day_range_in_one_month(end, span, fmt, thaidigit):
    start = end - dt.timedelta(days=min(span, end.day - 1))
    first = arabic_digit_to_thai_digit(str(start.day)) if thaidigit else str(start.day)
    text = f"ระหว่างวันที่ {first}-{_render(end, '%-d ' + fmt, thaidigit)} ณ จังหวัดชลบุรี"
    d = _only(text)
    assert (d.kind, d.date_start, d.date_end) == ("date_range", start, end), (text, d)


@settings(max_examples=60, deadline=None)
@given(ANY_DAY, st.integers(1, 60))
def test_range_across_months_takes_the_end_year(start, length):
    end = start + dt.timedelta(days=length)
    if (end.year, end.month) == (start.year, start.month) or end.year > 2156:
        return
    text = f"จัดอบรมระหว่างวันที่ {_render(start, '%-d %b', False)} - {_render(end, '%-d %b %Y', False)}"
    d = _only(text)
    assert (d.kind, d.date_start, d.date_end, d.rule) == ("date_range", start, end, "range_end"), (text, d)


@settings(max_examples=60, deadline=None)
@given(ANY_DAY, st.booleans())
def test_month_mentions(day, thaidigit):
    d = _only(f"ให้แล้วเสร็จภายในเดือน{_render(day, '%B %Y', thaidigit)}")
    last = calendar.monthrange(day.year, day.month)[1]
    assert (d.kind, d.date_start, d.date_end) == ("month", day.replace(day=1), day.replace(day=last))


@settings(max_examples=60, deadline=None)
@given(st.integers(2401, 2699), st.sampled_from(["ปีงบประมาณ พ.ศ. {}", "ประจำปีงบประมาณ {}", "ปีงบ {}"]), st.booleans())
def test_fiscal_years(be, pattern, thaidigit):
    year = arabic_digit_to_thai_digit(str(be)) if thaidigit else str(be)
    d = _only(f"แผนปฏิบัติราชการ {pattern.format(year)} ของสำนักงาน")
    ce = be - 543
    assert (d.kind, d.date_start, d.date_end) == ("fiscal_year", dt.date(ce - 1, 10, 1), dt.date(ce, 9, 30))


@settings(max_examples=60, deadline=None)
@given(ANY_DAY, st.sampled_from(["%-d %B", "%-d %b"]))
def test_yearless_day_takes_the_session_year(day, fmt):
    text = f"ที่ประชุมมีมติให้นำเสนอภายในวันที่ {_render(day, fmt, False)} ต่อไป"
    d = _only(text, session_year_be=day.year + 543)
    assert (d.date_start, d.rule) == (day, "session_year")
    assert _only(text).date_start is None  # without the session year nothing makes the year certain


@settings(max_examples=60, deadline=None)
@given(st.integers(2400, 2699), st.integers(1, 12), st.integers(0, 3))
def test_days_past_the_month_end_are_invalid_not_shifted(be, month, extra):
    last = calendar.monthrange(be - 543, month)[1]
    day = last + 1 + extra
    if day > 31 and extra:
        return
    name = thai_strftime(dt.datetime(2000, month, 1), "%B")
    d = _only(f"เมื่อวันที่ {day} {name} {be} ได้มีการประชุม")
    assert d.date_start is None and d.date_end is None and d.invalid


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 23), st.integers(0, 59), st.booleans(), st.sampled_from(["เวลา {} น.", "{} น.", "เวลา {}"]))
def test_times(hour, minute, thaidigit, pattern):
    clock = f"{hour:02d}.{minute:02d}"
    text = "เริ่มประชุม" + pattern.format(arabic_digit_to_thai_digit(clock) if thaidigit else clock)
    (t,) = find_times(text)
    assert t.value == f"{hour:02d}:{minute:02d}" and text[t.start:t.end] == t.surface
    assert find_dates(text) == []


_TOKENS = [
    "มกราคม", "กุมภาพันธ์", "ตุลาคม", "ม.ค.", "ก.พ.", "ก.พ.ร.", "ธ.ค", "พ.ศ.", "ค.ศ.", "ปี", "ปีงบประมาณ", "เดือน",
    "วันที่", "วันจันทร์ที่", "ครั้งที่", "ถึง", "และ", "-", "/", ".", " ", "\n", "น.", "เวลา", "29", "31", "2566",
    "๒๕๖๓", "66", "๑", "0", "2020", "4.0",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_TOKENS), st.text("0123456789๐๑๒๓ .-/กขคมปี", max_size=4)), max_size=25),
       st.one_of(st.none(), st.integers(2400, 2699)))
def test_never_raises_and_spans_are_sound(parts, session):
    text = "".join(parts)
    found = find_dates(text, session_year_be=session)
    last_end = 0
    for d in found:
        assert text[d.start:d.end] == d.surface and d.start >= last_end
        last_end = d.end
        assert (d.date_start is None) == (d.date_end is None)
        assert d.date_start is None or d.date_start <= d.date_end
    for t in find_times(text):
        assert text[t.start:t.end] == t.surface
