"""Meeting sentences that run past the headline, deadlines beside the meeting day,
and items withdrawn by their proposer (probe round 2)."""
import datetime as dt

from tests.conftest import run_text


def test_session_in_the_meeting_paragraph_after_the_headline():
    m = run_text("ข่าวสารนิเทศ กรมการปกครอง\n\n"
                 "อธิบดีกรมการปกครอง ประชุมผู้บริหาร ย้ำเตรียมพร้อมเลือกตั้ง\n\n"
                 "เมื่อวันที่ 3 มิถุนายน 2567 นายสมชาย ใจดี อธิบดีกรมการปกครอง "
                 "เป็นประธานการประชุมผู้บริหารกรมการปกครอง ครั้งที่ 4/2567 ณ ห้องประชุมกรมการปกครอง\n").meeting
    assert (m.session_no, m.session_year_be) == (4, 2567)


def test_deadline_in_the_meeting_paragraph_is_not_the_meeting_day():
    m = run_text("วันที่ 5 มิ.ย. 2567\nข่าวสารนิเทศ กระทรวงมหาดไทย\n\n"
                 "รัฐมนตรี ประชุมผู้บริหารกระทรวง ย้ำเตรียมพร้อมรับมือฤดูฝน\n\n"
                 "เมื่อวันนี้ เวลา 09.30 น. นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงมหาดไทย เป็นประธานการประชุมผู้บริหาร "
                 "และขอให้ทุกจังหวัดจัดทำแผนเผชิญเหตุให้แล้วเสร็จภายในวันที่ 20 มิถุนายน 2567\n").meeting
    assert m.meeting_date == dt.date(2024, 6, 5)


def test_meeting_day_is_kept_before_a_deadline_in_the_same_sentence():
    m = run_text("ข่าวประชาสัมพันธ์\n\n"
                 "แจ้งให้ส่วนราชการส่งข้อมูลภายในวันที่ 30 กันยายน 2567 ตามมติที่ประชุมคณะกรรมการบริหารงานจังหวัด "
                 "เมื่อวันที่ 3 กันยายน 2567 ณ ห้องประชุมศาลากลางจังหวัดน่าน\n").meeting
    assert m.meeting_date == dt.date(2024, 9, 3)


def _decisions(text):
    return {i.number: i.decisions for i in run_text(text).agenda}


def test_withdrawal_by_the_proposer_is_the_items_outcome():
    got = _decisions("เมื่อวันที่ 28 กันยายน 2567 สภามหาวิทยาลัย ประชุมครั้งที่ 8/2567 ที่ประชุมพิจารณาเรื่องสำคัญ ดังนี้\n"
                     "1. ขอความเห็นชอบหลักสูตรใหม่ ฝ่ายเลขานุการขอถอนวาระ เพื่อนำกลับไปทบทวน\n"
                     "2. ข้อเสนอจัดตั้งศูนย์บริการ ผู้เสนอขอถอนเรื่อง\n"
                     "3. การเลื่อนขั้นเงินเดือนพนักงาน ประจำปี 2567 ที่ประชุมรับทราบ\n")
    assert got == {"1": ["postpone"], "2": ["postpone"], "3": ["acknowledge"]}


def test_yearless_meeting_day_told_in_the_past_under_a_dateline():
    n = run_text("ภูเก็ต ๑๒ ธ.ค. ๒๕๖๗\n\nผู้ว่าฯ ภูเก็ต ประชุมคณะกรรมการโรคติดต่อจังหวัดภูเก็ต ครั้งที่ ๔/๒๕๖๗\n\n"
                 "เมื่อวันอังคารที่ ๑๐ ธันวาคม ที่ผ่านมา เวลา ๑๐.๓๐ น. ณ ห้องประชุมศาลากลางจังหวัดภูเก็ต "
                 "นายโสภณ สุวรรณรัตน์ ผู้ว่าราชการจังหวัดภูเก็ต เป็นประธานการประชุม\n\n"
                 "ข้อ ๑ แผนระหว่างวันที่ ๒๗ ธันวาคม ๒๕๖๗ - ๕ มกราคม ๒๕๖๘ ที่ประชุมมีมติอนุมัติ")
    assert (n.meeting.meeting_date, n.meeting.weekday_stated) == (dt.date(2024, 12, 10), "อังคาร")
    assert [s.label for s in n.segments][0] == "posting"
