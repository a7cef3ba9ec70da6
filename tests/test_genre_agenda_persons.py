"""Agenda markers and person roles and titles seen in council minutes, police,
military and university releases."""
from pipeline.extract.agenda import find_items
from pipeline.extract.persons import find_persons
from tests.conftest import run_text


def paragraphs(text):
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def people(text):
    return {p.full_name: p for p in find_persons(text, [(0, len(text))])}


def test_วาระที่_heading_is_an_item_and_parents_its_dotted_sub_items():
    text = ("ในวาระที่ 2 ของการดำรงตำแหน่ง ประธานสภาได้กล่าวเปิดประชุม\n"
            "วาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ\n"
            "มติที่ประชุม รับทราบ\n"
            "วาระที่ 3 ญัตติเพื่อพิจารณา\n"
            "3.1 ญัตติขออนุมัติจ่ายขาดเงินสะสม\n"
            "3.2 ญัตติขอความเห็นชอบร่างเทศบัญญัติ\n"
            "วาระที่ ๔ เรื่องอื่น ๆ")
    items = [(a.number, a.style, a.level, a.parent_number) for a in find_items(text, paragraphs(text))]
    assert items == [
        ("1", "วาระที่ 1", 1, None),
        ("3", "วาระที่ 1", 1, None),
        ("3.1", "1.1", 2, "3"),
        ("3.2", "1.1", 2, "3"),
        ("4", "วาระที่ ๑", 1, None),
    ]


def test_วาระที่_minutes_keep_their_resolutions():
    n = run_text("การประชุมสภาเทศบาลเมือง สมัยสามัญ สมัยที่ 2 ประจำปี 2567 ครั้งที่ 1\n\n"
                 "วาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ\nมติที่ประชุม รับทราบ\n\n"
                 "วาระที่ 2 รับรองรายงานการประชุมครั้งที่แล้ว\nมติที่ประชุม รับรองรายงานการประชุม")
    assert [(a.number, a.decisions) for a in n.agenda] == [("1", ["acknowledge"]), ("2", ["certify_minutes"])]


def test_every_name_listed_after_โดยมี_shares_the_closing_attendee_phrase():
    got = people("พล.ต.อ.สุรชัย มั่นคง รองผู้บัญชาการตำรวจแห่งชาติ ทำหน้าที่ประธานการประชุม "
                 "โดยมี พล.ต.ท.หญิง วรรณา ศรีสุข ผู้ช่วยผู้บัญชาการตำรวจแห่งชาติ "
                 "พ.ต.อ.ธนพล แก้วใส ผู้กำกับการ กองคดีอาญา และคณะกรรมการฯ เข้าร่วมประชุม")
    assert {k: p.role for k, p in got.items()} == {
        "พล.ต.อ.สุรชัย มั่นคง": "chair",
        "พล.ต.ท.หญิงวรรณา ศรีสุข": "attendee",
        "พ.ต.อ.ธนพล แก้วใส": "attendee",
    }
    assert got["พล.ต.ท.หญิงวรรณา ศรีสุข"].position == "ผู้ช่วยผู้บัญชาการตำรวจแห่งชาติ"


def test_a_name_with_its_own_clause_does_not_join_the_run():
    got = people("โดยมี นายสมชาย ใจดี ผู้อำนวยการสำนัก ได้กล่าวต้อนรับ นายวิชัย ทองดี ผู้แทนกรม เข้าร่วมประชุม")
    assert {k: p.role for k, p in got.items()} == {"นายสมชาย ใจดี": "mentioned", "นายวิชัย ทองดี": "attendee"}


def test_the_other_party_of_a_consultation_attends():
    got = people("พลเรือเอก สมศักดิ์ ใจกล้า ผู้บัญชาการทหารเรือ ได้ประชุมหารือร่วมกับนายประเสริฐ มั่นคง "
                 "อธิบดีกรมเจ้าท่า ณ กองบัญชาการกองทัพเรือ")
    assert got["นายประเสริฐ มั่นคง"].role == "attendee"
    assert got["นายประเสริฐ มั่นคง"].position == "อธิบดีกรมเจ้าท่า"
    other = people("ผู้ว่าราชการจังหวัดได้หารือกับนางสาวสุดา ใจงาม ผู้จัดการสาขา")
    assert other["นางสาวสุดา ใจงาม"].role == "attendee"


def test_honorary_professor_titles_stack_with_medical_title():
    got = people("ซึ่งศาสตราจารย์เกียรติคุณ นายแพทย์สุรพล อิสรไกรศีล กรรมการผู้ทรงคุณวุฒิ ได้ให้ข้อสังเกต "
                 "และ ศ.กิตติคุณ ดร.วิชัย ทองดี เป็นเลขานุการ")
    a = got["ศาสตราจารย์เกียรติคุณ นายแพทย์สุรพล อิสรไกรศีล"]
    assert (a.title, a.given_name, a.family_name) == ("ศาสตราจารย์เกียรติคุณ นายแพทย์", "สุรพล", "อิสรไกรศีล")
    assert a.position == "กรรมการผู้ทรงคุณวุฒิ"
    b = got["ศ.กิตติคุณ ดร.วิชัย ทองดี"]
    assert (b.title, b.given_name, b.family_name, b.role) == ("ศ.กิตติคุณ ดร.", "วิชัย", "ทองดี", "secretary")
