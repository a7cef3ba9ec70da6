import datetime as dt

from pipeline.normalize import arabic_digits, normalize_text
from tests.conftest import run_text


def test_normalize_fixes_typos_spaces_and_keeps_paragraphs():
    raw = "หัวข้อ\u00a0ข่าว\n\n\n   วันอังคารทีี่ ๒๗\u200b สิงหาคม  ๒๕๖๒ ดําเนินการ เเละ\n"
    assert normalize_text(raw) == "หัวข้อ ข่าว\n\nวันอังคารที่ ๒๗ สิงหาคม ๒๕๖๒ ดำเนินการ และ"


def test_thai_digits_stay_in_text_but_read_as_numbers():
    text = "ครั้งที่ ๑/๒๕๖๓"
    assert arabic_digits(text) == "ครั้งที่ 1/2563" and len(arabic_digits(text)) == len(text)


def test_segments_boilerplate_and_glued_credit_line():
    n = run_text("การประชุม ครั้งที่ 9/2562\n\nแชร์หน้านี้\n\nเมื่อวันที่ 29 ตุลาคม 2562 ที่ประชุมรับทราบ"
                 " จำนวน 16 ผลงาน จากผลงานทั้งหมด 74 ผลงานตวงทอง /ข้อมูล\n"
                 "กลุ่มงานเลขานุการ ก.พ.ร. และการประชาสัมพันธ์ / จัดทำ")
    labels = {n.text[s.start:s.end]: s.label for s in n.segments}
    assert labels["แชร์หน้านี้"] == "boilerplate"
    assert labels["ตวงทอง /ข้อมูล"] == "credit"
    assert labels["กลุ่มงานเลขานุการ ก.พ.ร. และการประชาสัมพันธ์ / จัดทำ"] == "credit"
    assert n.title == "การประชุม ครั้งที่ 9/2562"
    authors = [(p.full_name, p.role) for p in n.persons if p.role == "author"]
    assert authors == [("ตวงทอง", "author")]  # the agency credit is not a person


def test_posting_date_line_is_not_body():
    n = run_text("ข่าวสาร ก.พ.ร.\n\nการประชุม อ.ก.พ.ร. ครั้งที่ 4/2565\n\n22 ก.ค. 2565\n0\n\nเมื่อวันอังคารที่ 19 กรกฎาคม 2565 มีการประชุม")
    labels = [s.label for s in n.segments]
    assert labels == ["boilerplate", "title", "posting", "boilerplate", "paragraph"]


def test_provincial_page_furniture_and_news_photo_credit():
    n = run_text("ประชุมคณะกรรมการพัฒนาจังหวัด ครั้งที่ 2/2566\n"
                 "วันที่ 14 มีนาคม 2566 นายสมชาย ใจดี ผู้ว่าราชการจังหวัดน่าน เป็นประธานการประชุม\n"
                 "ข่าว/ภาพ : นางสาวสุดา ใจงาม สำนักงานประชาสัมพันธ์จังหวัดน่าน\nที่มา : สำนักข่าวกรมประชาสัมพันธ์\n"
                 "จำนวนผู้เข้าชม 125 ครั้ง\nTags: ประชุม, จังหวัดน่าน\nพิมพ์ แชร์")
    assert [s.label for s in n.segments] == ["title", "paragraph", "credit", "credit", "boilerplate", "boilerplate", "boilerplate"]
    author = next(p for p in n.persons if p.role == "author")
    assert (author.full_name, author.family_name, author.position) == (
        "นางสาวสุดา ใจงาม", "ใจงาม", "สำนักงานประชาสัมพันธ์จังหวัดน่าน")


def test_a_session_or_meeting_day_alone_on_a_line_is_no_posting_date():
    n = run_text("รายงานการประชุมคณะอนุกรรมการด้านการติดตามและประเมินผล\nครั้งที่ ๙/๒๕๖๒\n"
                 "วันพุธที่ ๒๖ กุมภาพันธ์ ๒๕๖๓\nณ ห้องประชุม ๑ ทำเนียบรัฐบาล\n"
                 "นายสมชาย ใจดี ประธานอนุกรรมการ เป็นประธานการประชุม")
    assert "posting" not in {s.label for s in n.segments}
    assert (n.meeting.session_no, n.meeting.meeting_date) == (9, dt.date(2020, 2, 26))
