"""Meeting sentences as police, military, municipal and ministry releases write them."""
import pytest

from pipeline.dates import find_dates
from tests.conftest import run_text


def test_venue_ends_before_the_chair_named_after_it():
    m = run_text("เมื่อวันพฤหัสบดีที่ 18 มกราคม 2567 ณ ห้องประชุม 1 ชั้น 2 อาคาร 1 สำนักงานตำรวจแห่งชาติ "
                 "พล.ต.อ.สมชาย ใจดี รองผู้บัญชาการตำรวจแห่งชาติ ทำหน้าที่ประธานการประชุมคณะกรรมการพัฒนาระบบงานสอบสวน "
                 "ครั้งที่ 1/2567").meeting
    assert (m.mode, m.venue) == ("onsite", "ห้องประชุม 1 ชั้น 2 อาคาร 1 สำนักงานตำรวจแห่งชาติ")


def test_venue_ends_at_acting_chair_cue():
    m = run_text("เมื่อวันที่ 3 มีนาคม 2567 ณ ห้องประชุมศาลากลางจังหวัดน่าน รองผู้ว่าราชการจังหวัดน่าน "
                 "ทำหน้าที่ประธานการประชุมคณะกรรมการบริหารงานจังหวัด ครั้งที่ 2/2567").meeting
    assert m.venue.startswith("ห้องประชุมศาลากลางจังหวัดน่าน") and "ทำหน้าที่" not in m.venue


def test_too_long_venue_is_cut_at_its_last_place_piece():
    m = run_text("เมื่อวันที่ 3 มีนาคม 2567 คณะกรรมการบริหารงานจังหวัดน่าน ประชุม ครั้งที่ 2/2567 ณ ห้องประชุม 2 ศาลากลางจังหวัดน่าน "
                 "ท่ามกลางบรรยากาศความร่วมมือของภาคีเครือข่ายภาครัฐและเอกชนจำนวนมากที่มาร่วมกันแลกเปลี่ยนความคิดเห็น"
                 "อย่างกว้างขวางตลอดทั้งวันในหลายประเด็นสำคัญของจังหวัด").meeting
    assert (m.mode, m.venue) == ("onsite", "ห้องประชุม 2 ศาลากลางจังหวัดน่าน")


@pytest.mark.parametrize("place", ["กองบัญชาการกองทัพเรือ", "ท่าอากาศยานสุวรรณภูมิ", "วัดพระธาตุดอยสุเทพ", "ท่าเรือแหลมฉบัง"])
def test_place_words_beyond_rooms_and_offices(place):
    m = run_text(f"เมื่อวันที่ 28 กุมภาพันธ์ 2567 ผู้บัญชาการทหารเรือ ได้ประชุมหารือร่วมกับกรมเจ้าท่า ณ {place} "
                 "พร้อมด้วยผู้แทนหน่วยงานที่เกี่ยวข้อง").meeting
    assert (m.mode, m.venue) == ("onsite", place)


@pytest.mark.parametrize("wording,venue", [
    ("ในรูปแบบผสมผสาน (Hybrid Meeting) ณ ห้องประชุม 501 ชั้น 5 สำนักงาน ก.พ.ร.", "ห้องประชุม 501 ชั้น 5 สำนักงาน ก.พ.ร."),
    ("ในรูปแบบไฮบริด", None),
    ("แบบ Hybrid", None),
])
def test_hybrid_wording(wording, venue):
    m = run_text("เมื่อวันที่ 5 กันยายน 2566 สำนักงาน ก.พ.ร. จัดประชุมคณะอนุกรรมการพัฒนาระบบราชการ ครั้งที่ 2/2566 "
                 f"{wording} โดยมีนายสมชาย ใจดี เป็นประธาน").meeting
    assert (m.mode, m.venue) == ("hybrid", venue)


def test_two_digit_session_year():
    m = run_text("เมื่อวันที่ 9 กรกฎาคม 2567 จัดประชุมคณะทำงานจัดทำมาตรฐานการอุดมศึกษา ครั้งที่ 1/67 ผ่านระบบ Zoom").meeting
    assert (m.session_no, m.session_year_be, m.session_year_ce) == (1, 2567, 2024)


def test_hyphen_before_two_digits_is_no_session_year():
    m = run_text("เมื่อวันที่ 9 กรกฎาคม 2567 จัดประชุมคณะทำงานจัดทำมาตรฐาน ครั้งที่ 1-12 ผ่านระบบ Zoom").meeting
    assert m.session_no is None


def test_council_session_label_in_words_is_no_date():
    text = "รับรองรายงานการประชุมสภาเทศบาล สมัยสามัญ สมัยแรก ประจำปี 2567 ครั้งที่ 2 เมื่อวันที่ 28 กุมภาพันธ์ 2567"
    assert [d.surface for d in find_dates(text)] == ["28 กุมภาพันธ์ 2567"]


def test_municipal_council_is_a_council_session():
    m = run_text("การประชุมสภาเทศบาลนครขอนแก่น สมัยสามัญ สมัยที่ 2 ประจำปี 2567 ครั้งที่ 1\n\n"
                 "วันพุธที่ 15 พฤษภาคม 2567 ณ ห้องประชุมสภาเทศบาลนครขอนแก่น นายประสิทธิ์ บุญเรือง "
                 "ประธานสภาเทศบาลนครขอนแก่น ทำหน้าที่ประธานในที่ประชุม").meeting
    assert m.meeting_kind == "council_session" and m.venue == "ห้องประชุมสภาเทศบาลนครขอนแก่น"
