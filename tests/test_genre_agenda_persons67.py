"""Printed minutes (text out of a PDF or a print view) and saved pages: a list
number alone on its line, a numbered roll call, label lines above names, นาย
before a given name opening with ก, and a presenter cue before the name."""
from pipeline.extract.agenda import find_items
from pipeline.extract.persons import find_persons


def paragraphs(text):
    spans, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def items(text):
    return [(a.number, a.text) for a in find_items(text, paragraphs(text))]


def roles(text):
    return {p.full_name: p.role for p in find_persons(text, paragraphs(text))}


def test_number_alone_on_its_line_takes_the_next_line_as_its_text():
    text = ("เริ่มประชุม เวลา 10.00 น.\n"
            "1.\nเรื่องที่ประธานแจ้งให้ที่ประชุมทราบ\nมติที่ประชุม รับทราบ\n"
            "2.\nพิจารณาร่างมาตรฐานการเชื่อมโยงข้อมูลภาครัฐ\nที่ประชุมมีมติเห็นชอบในหลักการ\n"
            "3.\n4. รายงานความก้าวหน้า")
    # "3." right above a numbered line has no text of its own: not an item.
    assert items(text) == [("1", "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ"),
                           ("2", "พิจารณาร่างมาตรฐานการเชื่อมโยงข้อมูลภาครัฐ"),
                           ("4", "รายงานความก้าวหน้า")]


def test_numbered_roll_call_is_not_the_agenda():
    text = ("รายงานการประชุมสภามหาวิทยาลัยราชภัฏนครปฐม ครั้งที่ 5/2565\n"
            "ผู้มาประชุม\n"
            "1. ศาสตราจารย์ ดร.วิจิตร ศรีสอ้าน นายกสภามหาวิทยาลัย\n"
            "2. รองศาสตราจารย์ ดร.ศิโรจน์ ผลพันธิน อธิการบดี\n"
            "ผู้ไม่มาประชุม\n"
            "1. นายสมชาย ใจดี กรรมการ (ติดราชการ)\n"
            "เริ่มประชุมเวลา 13.30 น.\n"
            "ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ\n"
            "มติ ที่ประชุมรับทราบ")
    assert [n for n, _ in items(text)] == ["1"]
    assert items(text)[0][1].startswith("เรื่องที่ประธานแจ้ง")


def test_roll_call_ends_at_a_line_with_no_name_and_the_list_below_is_the_agenda():
    text = ("ผู้เข้าร่วมประชุม\n"
            "รองปลัดกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม ประธานการประชุม\n"
            "(นายสมเกียรติ ตั้งกิจวานิชย์)\n"
            "ผลการหารือ\n"
            "1) ที่ประชุมเห็นชอบให้จัดสรรทุนวิจัยตามกรอบยุทธศาสตร์ใหม่\n"
            "2) มอบหมายให้กองนโยบายและแผนจัดทำรายละเอียด")
    assert [n for n, _ in items(text)] == ["1", "2"]


def test_names_in_a_roll_call_attend_and_the_absent_stay_mentioned():
    got = roles("ผู้มาประชุม\n"
                "1. ศาสตราจารย์ ดร.วิจิตร ศรีสอ้าน นายกสภามหาวิทยาลัย\n"
                "2. รองศาสตราจารย์ ดร.ศิโรจน์ ผลพันธิน อธิการบดี\n"
                "3. นางสาววรรณา ทองคำ เลขานุการสภามหาวิทยาลัย\n"
                "ผู้ไม่มาประชุม\n"
                "1. นายสมชาย ใจดี กรรมการ\n"
                "เริ่มประชุมเวลา 13.30 น.\n"
                "ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ นายประยุทธ ศรีสุข ผู้อำนวยการกอง")
    assert got == {"ศาสตราจารย์ ดร.วิจิตร ศรีสอ้าน": "attendee",
                   "รองศาสตราจารย์ ดร.ศิโรจน์ ผลพันธิน": "attendee",
                   "นางสาววรรณา ทองคำ": "secretary",
                   "นายสมชาย ใจดี": "mentioned",
                   "นายประยุทธ ศรีสุข": "mentioned"}


def test_role_label_alone_on_its_line_is_the_next_names_role():
    got = roles("ณ ห้องประชุมราชพฤกษ์ ชั้น ๓ อาคารสำนักงานอธิการบดี\n"
                "ประธานในที่ประชุม\n"
                "ศาสตราจารย์ ดร.ภาวิช ทองโรจน์ นายกสภามหาวิทยาลัย\n"
                "ระเบียบวาระที่ ๓ เรื่องเสนอเพื่อพิจารณา")
    assert got == {"ศาสตราจารย์ ดร.ภาวิช ทองโรจน์": "chair"}


def test_role_label_inside_a_roll_call_keeps_the_roll_call_going():
    got = roles("ผู้มาประชุม\nประธานกรรมการ\nนายสมบัติ อยู่เมือง\nนายวิชัย แก้วสว่าง ผู้แทนกรมบัญชีกลาง\n"
                "ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ")
    assert got == {"นายสมบัติ อยู่เมือง": "chair", "นายวิชัย แก้วสว่าง": "attendee"}


def test_label_below_a_signers_name_is_that_signers_office():
    got = roles("(นายสมบัติ อยู่เมือง)\nประธานกรรมการ\nนางสาวอรพินท์ สัมปัตตะวนิช\nผู้จดรายงานการประชุม")
    assert got["นางสาวอรพินท์ สัมปัตตะวนิช"] == "mentioned"


def test_นาย_before_a_given_name_opening_with_ก_is_a_name():
    got = roles("นายกุลิศ สมบัติศิริ ปลัดกระทรวงพลังงาน เป็นประธานการประชุม "
                "โดยมีนายกมล ทองดี และนายกิตติ ศรีสุข เข้าร่วมประชุม")
    assert got == {"นายกุลิศ สมบัติศิริ": "chair", "นายกมล ทองดี": "attendee", "นายกิตติ ศรีสุข": "attendee"}


def test_นายก_before_an_office_is_the_office():
    assert roles("นายกรัฐมนตรี นายกเทศมนตรีนครขอนแก่น นายกสภามหาวิทยาลัย นายกองค์การบริหารส่วนจังหวัดเลย "
                 "และนายกสมาคมธนาคารไทย ร่วมประชุม") == {}


def test_presenter_cue_before_the_name_and_เป็นผู้รายงาน():
    got = roles("1. รับทราบผลการดำเนินงานตามตัวชี้วัด นำเสนอโดย แพทย์หญิงพัชรี ชัยสุวรรณ ผู้อำนวยการสถาบันประสาทวิทยา\n"
                "3. รายงานความก้าวหน้าโครงการ โดยนายวีระ มั่นคง หัวหน้ากลุ่มส่งเสริมและพัฒนาการผลิต เป็นผู้รายงาน")
    assert got == {"แพทย์หญิงพัชรี ชัยสุวรรณ": "presenter", "นายวีระ มั่นคง": "presenter"}


def test_name_before_นำเสนอโดย_is_not_the_presenter():
    got = roles("นายสมชาย ใจดี ผู้อำนวยการกอง ได้พิจารณาแผนงาน นำเสนอโดย นางสาวสุดา ใจงาม นักวิเคราะห์นโยบาย")
    assert got == {"นายสมชาย ใจดี": "mentioned", "นางสาวสุดา ใจงาม": "presenter"}
