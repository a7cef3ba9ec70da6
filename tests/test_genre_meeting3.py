"""Form-style and pinned venue lines, briefing datelines, brackets inside a venue,
and council sessions numbered in words (probe round 3)."""
import datetime as dt

import pytest

from pipeline.dates import find_dates
from tests.conftest import run_text


def test_venue_from_a_form_style_header():
    m = run_text("สรุปผลการประชุมคณะกรรมการบริหารสำนักงาน ครั้งที่ 3/2567\n\n"
                 "ประชุมเมื่อ : วันพุธที่ 6 มีนาคม 2567 เวลา 09.30 น.\n"
                 "สถานที่ : ห้องประชุม 2 ชั้น 4 อาคารสำนักงานกลาง ถนนพหลโยธิน\n"
                 "ประธานการประชุม : นายสมชาย ใจดี ผู้อำนวยการ\n\n"
                 "เรื่องที่ 1 รับรองรายงานการประชุม\nมติที่ประชุม : รับรอง\n").meeting
    assert (m.meeting_date, m.mode, m.venue) == (
        dt.date(2024, 3, 6), "onsite", "ห้องประชุม 2 ชั้น 4 อาคารสำนักงานกลาง")


def test_venue_from_a_pinned_line():
    m = run_text("📌 ประชุมคณะกรรมการบริหารโรงพยาบาลบ้านนา ครั้งที่ 2/2567\n\n"
                 "🗓️ วันจันทร์ที่ 4 มี.ค. 67\n\n"
                 "📍 ห้องประชุมราชพฤกษ์ ชั้น 3 โรงพยาบาลบ้านนา\n\n"
                 "นายแพทย์สมชาย ใจดี ผู้อำนวยการโรงพยาบาลบ้านนา เป็นประธานการประชุม\n").meeting
    assert (m.mode, m.venue) == ("onsite", "ห้องประชุมราชพฤกษ์ ชั้น 3 โรงพยาบาลบ้านนา")


def test_meeting_day_after_muea_beats_the_briefing_dateline():
    m = run_text("สำนักงานคณะกรรมการกลาง แถลงผลการประชุม\n\n"
                 "วันที่ 12 มิถุนายน 2567 นายสมชาย ใจดี เลขาธิการคณะกรรมการกลาง เปิดเผยผลการประชุมคณะกรรมการกลาง "
                 "ครั้งที่ 20/2567 เมื่อวันอังคารที่ 11 มิถุนายน 2567 ณ ห้องประชุม 1 สรุปสาระสำคัญได้ดังนี้\n").meeting
    assert (m.meeting_date, m.weekday_stated) == (dt.date(2024, 6, 11), "อังคาร")


def test_leading_day_without_a_reporting_verb_stays_the_meeting_day():
    m = run_text("วันที่ 12 มิถุนายน 2567 นายสมชาย ใจดี เป็นประธานการประชุมคณะกรรมการกลาง ครั้งที่ 20/2567 "
                 "ที่ประชุมรับทราบผลการดำเนินงานเมื่อวันที่ 1 มิถุนายน 2567\n").meeting
    assert m.meeting_date == dt.date(2024, 6, 12)


@pytest.mark.parametrize("place", [
    "ห้องประชุม 2 อาคารสภากรุงเทพมหานคร (ดินแดง)",
    "ห้องประชุม 1 ชั้น 17 อาคาร Energy Complex (อาคาร C) ศูนย์ราชการ",
    "ห้องประชุมตึกสันติไมตรี (หลังนอก) ทำเนียบรัฐบาล",
])
def test_bracket_that_is_part_of_the_place_is_kept(place):
    m = run_text(f"เมื่อวันที่ 3 ตุลาคม 2567 การประชุมคณะกรรมการกลาง ครั้งที่ 1/2567 ณ {place} "
                 "นายสมชาย ใจดี เป็นประธานการประชุม").meeting
    assert (m.mode, m.venue) == ("onsite", place)


@pytest.mark.parametrize("bracket,mode", [
    ("(Auditorium)", "onsite"),
    ("(ผ่านระบบ Zoom)", "hybrid"),
    ("(นายสมชาย ใจดี ประธาน)", "onsite"),
])
def test_venue_stops_at_a_gloss_mode_or_person_bracket(bracket, mode):
    m = run_text(f"เมื่อวันที่ 3 ตุลาคม 2567 การประชุมคณะกรรมการกลาง ครั้งที่ 1/2567 ณ ห้องประชุม 1 ชั้น 5 {bracket} "
                 "เป็นประธานการประชุม").meeting
    assert (m.mode, m.venue) == (mode, "ห้องประชุม 1 ชั้น 5")


@pytest.mark.parametrize("ordinal", ["สมัยที่สอง", "สมัยที่สาม", "ครั้งที่สอง"])
def test_session_numbered_in_words_is_not_a_year(ordinal):
    text = f"ก่อนเสนอสภากรุงเทพมหานครในสมัยประชุมสามัญ {ordinal} ประจำปี 2567 เมื่อวันที่ 28 กุมภาพันธ์ 2567"
    assert [d.surface for d in find_dates(text)] == ["28 กุมภาพันธ์ 2567"]


def test_a_minutes_extract_whose_only_cue_is_มติที่ประชุม_reports_no_meeting():
    n = run_text("ระเบียบวาระที่ ๔ เรื่องเสนอเพื่อทราบ\n๔.๑ ผลการดำเนินงานของมหาวิทยาลัย\n"
                 "มติที่ประชุม\nสภามหาวิทยาลัยรับทราบ")
    assert n.meeting is None or n.meeting.meeting_kind == "other"
    assert "no_date" not in {f.flag for f in n.flags}


def test_a_background_paragraph_names_no_chair_of_this_meeting():
    n = run_text("การประชุมคณะรัฐมนตรี เมื่อวันที่ 14 มิถุนายน 2559 มีมติอนุมัติให้แต่งตั้งกรรมการผู้ทรงคุณวุฒิ จำนวน 2 คน\n"
                 "1. นายสมชัย สัจจพงษ์\n2. นายรณภพ ปัทมะดิษ\n"
                 "อนึ่ง พระราชบัญญัติองค์การมหาชน พ.ศ. 2542 กำหนดให้มีคณะกรรมการคณะหนึ่ง ประกอบด้วย "
                 "ประธานกรรมการพัฒนาระบบราชการ เป็นประธานกรรมการ")
    assert n.meeting.chair_name is None
    assert "no_chair" in {f.flag for f in n.flags}


def test_the_venue_line_under_a_printed_header_day_is_the_meetings():
    m = run_text("มติคณะกรรมการกำกับกิจการพลังงาน\nการประชุม กกพ. ครั้งที่ 45/2565 (ครั้งที่ 812)\n"
                 "วันอังคารที่ 14 ธันวาคม 2565\nณ ห้องประชุม 1501 ชั้น 15 อาคารจัตุรัสจามจุรี\n"
                 "เรื่องที่ 1 การรับรองรายงานการประชุม\nมติ รับรองรายงานการประชุม").meeting
    assert (m.meeting_date, m.mode, m.venue) == (dt.date(2022, 12, 14), "onsite", "ห้องประชุม 1501 ชั้น 15 อาคารจัตุรัสจามจุรี")


def test_a_print_header_dates_no_expression():
    n = run_text("8/3/66 11:02 สำนักงาน ก.พ.ร. - ข่าวประชาสัมพันธ์\nการประชุมคณะทำงาน ครั้งที่ 1/2566\n"
                 "เมื่อวันที่ 2 มีนาคม 2566 นายสมชาย ใจดี เป็นประธาน")
    assert [d.surface for d in n.dates] == ["2 มีนาคม 2566"]
