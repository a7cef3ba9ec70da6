"""The venue stops before a street address, a credit's office after an untitled
name is its position, and an office written right after a name stays its
position when a clause (ซึ่ง…) follows."""
from pipeline.extract.meeting import find_venue
from pipeline.extract.persons import find_authors, find_persons
from pipeline.record import Span


def venue(text):
    return find_venue(text, [Span("paragraph", 0, len(text))], [])


def test_venue_ends_before_the_street_and_district():
    assert venue("จัดการประชุม ครั้งที่ 2/2568 ณ ห้องประชุม 3 ชั้น 2 สำนักงาน ป.ป.ท. ถนนแจ้งวัฒนะ "
                 "แขวงทุ่งสองห้อง เขตหลักสี่ กรุงเทพมหานคร โดยมีนายสมชาย ใจดี เป็นประธาน") \
        == "ห้องประชุม 3 ชั้น 2 สำนักงาน ป.ป.ท."


def test_venue_drops_a_locality_between_the_agency_and_the_city():
    assert venue("ณ ห้องประชุม 1 อาคาร 2 กรมการค้าภายใน นนทบุรี จังหวัดนนทบุรี โดยมี") \
        == "ห้องประชุม 1 อาคาร 2 กรมการค้าภายใน"


def test_venue_keeps_a_province_that_names_the_place():
    assert venue("ณ ห้องประชุม 2 ศาลากลาง จังหวัดลำปาง โดยมี") == "ห้องประชุม 2 ศาลากลาง จังหวัดลำปาง"
    assert venue("ณ ห้องประชุม 741 ศาลากลางจังหวัดพิษณุโลก ถนนวังจันทน์ โดยมี") \
        == "ห้องประชุม 741 ศาลากลางจังหวัดพิษณุโลก"


def test_venue_keeps_a_dotted_short_form_that_opens_like_an_address():
    assert venue("ณ ห้องประชุม อ.ก.พ.ร. ชั้น 5 โดยมี") == "ห้องประชุม อ.ก.พ.ร. ชั้น 5"


def credit(line):
    return [(p.full_name, p.given_name, p.family_name, p.position) for p in find_authors(line, [(0, len(line))])]


def test_untitled_credit_name_then_division_splits_at_the_division():
    assert credit("ข่าว/ภาพ : สุภาพร สถาบันพัฒนาข้าราชการพลเรือน") == [
        ("สุภาพร", "สุภาพร", None, "สถาบันพัฒนาข้าราชการพลเรือน")]
    assert credit("ข่าว : สุภาพร ใจงาม กลุ่มงานประชาสัมพันธ์") == [
        ("สุภาพร ใจงาม", "สุภาพร", "ใจงาม", "กลุ่มงานประชาสัมพันธ์")]


def test_an_abbreviated_office_after_a_credit_name_is_its_position():
    assert credit("ข่าว : ศิริพร ทองดี สทช.๒") == [("ศิริพร ทองดี", "ศิริพร", "ทองดี", "สทช.๒")]


def test_family_name_that_opens_like_a_division_stays_a_family_name():
    assert credit("ภาพ : สุภาพร กองแก้ว") == [("สุภาพร กองแก้ว", "สุภาพร", "กองแก้ว", None)]


def test_office_right_after_a_name_before_a_clause_is_the_position():
    text = ("นายสมชาย ใจดี รองประธานกรรมการ ทำหน้าที่ประธานในการประชุม แทนนายวิชัย มั่นคง "
            "ประธานกรรมการ ซึ่งติดภารกิจ ที่ประชุมได้พิจารณา")
    got = {p.full_name: p for p in find_persons(text, [(0, len(text))])}
    assert got["นายวิชัย มั่นคง"].position == "ประธานกรรมการ"
    assert got["นายวิชัย มั่นคง"].role == "mentioned"
