"""Person roles and names from form-style minutes, co-chairs, Latin-script
guests, positions that run into the next clause and spaced stacked titles."""
from pipeline.extract.persons import find_persons
from tests.conftest import run_text


def people(text):
    return {p.full_name: p for p in find_persons(text, [(0, len(text))])}


def test_form_label_before_the_colon_gives_the_role():
    got = people("ประธานการประชุม : นายชนะ ธีรกุล ประธานศาลฎีกา\n"
                 "ผู้ไม่มาประชุม : นายสมหมาย ใจงาม (ติดราชการ)\n"
                 "เลขานุการ : นายสมศักดิ์ ลิมปกุล เลขาธิการสำนักงานศาลยุติธรรม")
    assert {n: p.role for n, p in got.items()} == {
        "นายชนะ ธีรกุล": "chair", "นายสมหมาย ใจงาม": "mentioned", "นายสมศักดิ์ ลิมปกุล": "secretary"}
    assert got["นายชนะ ธีรกุล"].position == "ประธานศาลฎีกา"
    assert got["นายสมหมาย ใจงาม"].position is None


def test_form_header_chair_is_the_meetings_chair():
    n = run_text("สรุปผลการประชุมคณะกรรมการบริหารศาลยุติธรรม (ก.บ.ศ.) ครั้งที่ 2/2568\n\n"
                 "ประชุมเมื่อ : วันพฤหัสบดีที่ 20 กุมภาพันธ์ 2568 เวลา 13.30 น.\n"
                 "ประธานการประชุม : นายชนะ ธีรกุล ประธานศาลฎีกา\n"
                 "ผู้มาประชุม : นายสมหมาย ใจงาม\n\n"
                 "เรื่องที่ 1 รับรองรายงานการประชุม\nมติที่ประชุม : รับรอง")
    assert {(p.full_name, p.role) for p in n.persons} == {
        ("นายชนะ ธีรกุล", "chair"), ("นายสมหมาย ใจงาม", "attendee")}
    assert n.meeting.chair_name == "นายชนะ ธีรกุล"


def test_no_title_inside_a_dotted_abbreviation():
    got = people("เรื่องที่ 1 รับรองรายงานการประชุม ก.บ.ศ. ครั้งที่ 1/2568 และ อ.ก.พ.ร.นายกรัฐมนตรีมอบหมาย")
    assert got == {}


def test_title_after_an_office_abbreviation_is_still_a_name():
    got = people("โดยมี ผอ.นางสาวสุดา ใจงาม เป็นเลขานุการ")
    assert {n: p.role for n, p in got.items()} == {"นางสาวสุดา ใจงาม": "secretary"}


def test_co_chairs_both_chair_and_the_first_chairs_the_meeting():
    n = run_text("เมื่อวันที่ 18 กรกฎาคม 2567 นายแพทย์ประภาส ผ่องพิทยา ผู้ตรวจราชการกระทรวงสาธารณสุข เขตสุขภาพที่ 9 "
                 "และนางมาลี สุขสมบูรณ์ ประธานกรรมการร่วมภาคประชาชน เป็นประธานร่วมในการประชุมคณะกรรมการเขตสุขภาพเพื่อประชาชน เขต 9 "
                 "ครั้งที่ 2/2567 ณ ห้องประชุมราชสีมา โดยมีนายสมชาย ใจดี เป็นเลขานุการ")
    assert [(p.full_name, p.role) for p in n.persons] == [
        ("นายแพทย์ประภาส ผ่องพิทยา", "chair"), ("นางมาลี สุขสมบูรณ์", "chair"), ("นายสมชาย ใจดี", "secretary")]
    assert n.meeting.chair_name == "นายแพทย์ประภาส ผ่องพิทยา"


def test_ร่วมเป็นประธาน_joins_a_list_of_chairs_but_not_a_later_body():
    got = find_persons("นายเอก สมใจ ผู้ว่าราชการจังหวัด, นายโท ใจดี นายกองค์การบริหารส่วนจังหวัด และนางตรี มีสุข "
                       "ประธานหอการค้า ร่วมเป็นประธานการประชุม\n"
                       "ที่ประชุมรับทราบผลการประชุมคณะทำงาน ซึ่งมีนายจัตวา ดีงาม เป็นประธาน", [(0, 200)])
    assert [(p.full_name, p.role) for p in got] == [
        ("นายเอก สมใจ", "chair"), ("นายโท ใจดี", "chair"), ("นางตรี มีสุข", "chair"), ("นายจัตวา ดีงาม", "mentioned")]


def test_a_person_before_a_single_chair_is_not_a_co_chair():
    got = people("นายเอก สมใจ ผู้ว่าราชการจังหวัด และนายโท ใจดี นายกเทศมนตรี เป็นประธานการประชุม")
    assert {n: p.role for n, p in got.items()} == {"นายเอก สมใจ": "mentioned", "นายโท ใจดี": "chair"}


def test_latin_script_person_with_title():
    got = people("โดยมี รศ.ดร.ธนชาติ นุ่มนนท์ ประธานกรรมการ เป็นประธานการประชุม และ Mr. David Walker "
                 "ผู้เชี่ยวชาญด้าน Digital Identity จาก World Bank ร่วมนำเสนอผ่านระบบ Microsoft Teams และ Dr.Anna Berg เข้าร่วมประชุม")
    walker = got["Mr. David Walker"]
    assert (walker.title, walker.given_name, walker.family_name, walker.role) == ("Mr.", "David", "Walker", "presenter")
    assert walker.position == "ผู้เชี่ยวชาญด้าน Digital Identity จาก World Bank"
    assert got["Dr. Anna Berg"].role == "attendee"


def test_latin_title_needs_a_capitalized_name():
    assert people("ระบบ Dr. online และ Mr.bean ทดสอบ") == {}


def test_spaced_stacked_titles_are_joined():
    got = people("โดยมี รศ. ดร. ธนชาติ นุ่มนนท์ ประธานกรรมการ เป็นประธานการประชุม")
    p = got["รศ.ดร.ธนชาติ นุ่มนนท์"]
    assert (p.title, p.role) == ("รศ.ดร.", "chair")


def test_position_stops_at_contact_details():
    got = people("ติดต่อ นางสาวอรุณี ทองดี กลุ่มประชาสัมพันธ์ โทร. 0 2271 8000 ต่อ 2105")
    assert got["นางสาวอรุณี ทองดี"].position == "กลุ่มประชาสัมพันธ์"


def test_position_stops_at_a_reporting_verb():
    got = people("วันที่ 6 กันยายน 2567 นายนิวัติไชย เกษมมงคล เลขาธิการคณะกรรมการ ป.ป.ช. เปิดเผยผลการประชุมคณะกรรมการ ป.ป.ช.")
    assert got["นายนิวัติไชย เกษมมงคล"].position == "เลขาธิการคณะกรรมการ ป.ป.ช."
    got = people("นายปรีชา เรืองจันทร์ ผู้ว่าราชการจังหวัดพิษณุโลก กล่าวว่า ที่ประชุมเห็นชอบแผนงาน")
    assert got["นายปรีชา เรืองจันทร์"].position == "ผู้ว่าราชการจังหวัดพิษณุโลก"


def test_position_stops_before_ในฐานะ():
    got = people("โดยมี นายสุรสีห์ กิตติมณฑล เลขาธิการสำนักงานทรัพยากรน้ำแห่งชาติ (สทนช.) ในฐานะกรรมการและเลขานุการ "
                 "พร้อมด้วยกรรมการเข้าร่วมประชุม")
    p = got["นายสุรสีห์ กิตติมณฑล"]
    assert (p.role, p.position) == ("secretary", "เลขาธิการสำนักงานทรัพยากรน้ำแห่งชาติ (สทนช.)")
