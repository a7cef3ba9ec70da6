"""Agenda markers seen in provincial and board releases (bullets, ข้อ N, heading
items with a body line) and the counts that announce an agenda."""
from pipeline.extract.agenda import find_items
from tests.conftest import run_text
from tests.test_genre_agenda_persons import paragraphs

OPENING = ("วันอังคารที่ 21 พฤษภาคม 2567 นายสมชาย ใจดี ผู้ว่าราชการจังหวัด เป็นประธานการประชุม"
           "คณะกรรมการบริหารจัดการน้ำจังหวัด ครั้งที่ 2/2567\n\n")


def items_of(text):
    return [(a.number, a.style, a.level, a.parent_number) for a in find_items(text, paragraphs(text))]


def test_bullets_are_numbered_by_position_and_another_glyph_nests():
    text = ("สาระสำคัญของการประชุม สรุปได้ดังนี้\n"
            "- รับรองรายงานการประชุมครั้งที่ 1/2567\n"
            "- แผนการจัดสรรน้ำฤดูฝน โดยมีประเด็นดังนี้\n"
            "• จัดสรรน้ำเพื่อการอุปโภคบริโภคเป็นลำดับแรก\n"
            "• ให้เกษตรกรเริ่มทำนาปี\n"
            "– โครงการเพิ่มความจุอ่างเก็บน้ำ")
    assert items_of(text) == [
        ("1", "-", 1, None),
        ("2", "-", 1, None),
        ("2.1", "•", 2, "2"),
        ("2.2", "•", 2, "2"),
        ("3", "-", 1, None),
    ]


def test_bulleted_date_and_credit_lines_outside_a_list_are_not_items():
    text = ("การประชุมคณะอนุกรรมการด้านการติดตามและประเมินผล ครั้งที่ 2/2567\n"
            "  • วันที่ :21 กุมภาพันธ์ 2567\n"
            "  • ภาพโดย :ส่วนเผยแพร่ข้อมูล\n"
            "วันพฤหัสบดีที่ 22 กุมภาพันธ์ 2567 เวลา 08.30 น. ณ ห้องประชุม 107")
    assert items_of(text) == []


def test_bullet_items_keep_their_decisions():
    n = run_text(OPENING + "สาระสำคัญของการประชุม สรุปได้ดังนี้\n"
                 "- รับรองรายงานการประชุมครั้งที่ 1/2567 โดยไม่มีการแก้ไข\n"
                 "- สถานการณ์น้ำในอ่างเก็บน้ำ ที่ประชุมรับทราบ")
    assert [(a.number, a.decisions) for a in n.agenda] == [("1", ["certify_minutes"]), ("2", ["acknowledge"])]


def test_ข้อ_lines_are_items_in_thai_digits():
    text = ("ที่ประชุมได้พิจารณาวาระต่าง ๆ ดังนี้\n"
            "ข้อ ๑ สถานการณ์โรคไข้เลือดออก ที่ประชุมรับทราบ\n"
            "ข้อที่ ๒ แผนเฝ้าระวังโรคติดต่อ ที่ประชุมมีมติอนุมัติ\n"
            "โดยเฉพาะข้อ 3 ของระเบียบ ให้ถือปฏิบัติ")
    assert items_of(text) == [("1", "ข้อ ๑", 1, None), ("2", "ข้อ ๑", 1, None)]


def test_body_line_under_a_heading_item_belongs_to_it():
    n = run_text(OPENING + "สรุปสาระสำคัญการประชุม ดังนี้\n"
                 "วาระที่ ๑ เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ\n"
                 "   แจ้งนโยบายกรมส่งเสริมการเกษตร ที่ประชุมรับทราบ\n"
                 "วาระที่ ๒ รับรองรายงานการประชุมครั้งที่ ๔/๒๕๖๗ ที่ประชุมมีมติรับรองรายงานการประชุม")
    assert [(a.number, a.decisions) for a in n.agenda] == [("1", ["acknowledge"]), ("2", ["certify_minutes"])]
    assert n.agenda[0].text.endswith("ที่ประชุมรับทราบ")


def test_count_of_วาระ_above_the_agenda_is_checked():
    n = run_text(OPENING + "ในการประชุมครั้งนี้ มีวาระสำคัญเพื่อพิจารณารวม 5 วาระ ได้แก่\n"
                 "1. แนวทางการจัดสอบแข่งขัน ที่ประชุมรับทราบ\n2. หลักเกณฑ์การประเมิน ที่ประชุมมีมติเห็นชอบ\n"
                 "3. การปรับปรุงระบบข้อมูล ที่ประชุมรับทราบ\n4. ข้อเสนอการปรับอัตราเงินเดือน ที่ประชุมรับทราบ")
    assert [f.flag for f in n.flags] == ["count_mismatch"]
