"""Agenda markers of anti-corruption and hospital releases: Thai lettered
sub-items (ก. ข. ค.) and the keycap numbers of Facebook posts (1️⃣ 2️⃣)."""
from pipeline.extract.agenda import find_items
from tests.conftest import run_text
from tests.test_genre_agenda_flags import OPENING, items_of
from tests.test_genre_agenda_persons import paragraphs


def test_lettered_items_nest_under_the_numbered_item_by_letter_order():
    text = ("สรุปสาระสำคัญได้ดังนี้\n"
            "1. คดีกล่าวหาเจ้าหน้าที่ของรัฐ จำนวน 3 เรื่อง ดังนี้\n"
            "   ก. กรณีกล่าวหานายกองค์การบริหารส่วนตำบล ที่ประชุมมีมติเห็นชอบ\n"
            "   ข. กรณีกล่าวหาเจ้าหน้าที่กรมทางหลวงชนบท ที่ประชุมมีมติไม่เห็นชอบ\n"
            "   ค. กรณีกล่าวหาอดีตผู้อำนวยการโรงพยาบาล ที่ประชุมมีมติให้ถอนเรื่อง\n"
            "2. การตรวจสอบบัญชีแสดงรายการทรัพย์สินและหนี้สิน\n"
            "   ก. ที่ประชุมมีมติเห็นชอบให้เปิดเผยบัญชีทรัพย์สิน\n"
            "   ข. ที่ประชุมรับทราบรายงานผลการตรวจสอบ")
    text = "\n".join(line.strip() for line in text.split("\n"))  # as normalization leaves it
    assert items_of(text) == [
        ("1", "1.", 1, None),
        ("1.1", "ก.", 2, "1"),
        ("1.2", "ก.", 2, "1"),
        ("1.3", "ก.", 2, "1"),
        ("2", "1.", 1, None),
        ("2.1", "ก.", 2, "2"),
        ("2.2", "ก.", 2, "2"),
    ]


def test_lettered_items_keep_their_decisions():
    n = run_text(OPENING + "สรุปสาระสำคัญได้ดังนี้\n"
                 "1. คดีกล่าวหาเจ้าหน้าที่ของรัฐ ดังนี้\n"
                 "ก. กรณีทุจริตการจัดซื้อ ที่ประชุมมีมติเห็นชอบให้ส่งอัยการสูงสุด\n"
                 "ข. กรณีเบิกจ่ายเกินจริง ที่ประชุมมีมติไม่เห็นชอบให้ไต่สวนต่อ")
    assert [(a.number, a.decisions) for a in n.agenda] == [("1", []), ("1.1", ["approve"]), ("1.2", ["reject"])]


def test_letter_with_bracket_forms_and_order_past_the_obsolete_letters():
    # ฃ ฅ ฆ are never list letters: ง is the fourth.
    text = ("ที่ประชุมพิจารณาเรื่องต่าง ๆ ดังนี้\n"
            "ก) แผนพัฒนาบุคลากร\nข) แผนการเงิน\nค) แผนจัดซื้อ\nง) แผนความเสี่ยง\n"
            "มีวาระอื่นดังนี้\n"
            "(ก) เรื่องแจ้งเพื่อทราบ")
    assert items_of(text) == [
        ("1", "ก)", 1, None), ("2", "ก)", 1, None), ("3", "ก)", 1, None), ("4", "ก)", 1, None),
        ("1", "(ก)", 1, None),
    ]


def test_a_later_letter_continues_its_list_over_a_body_line():
    text = ("ดังนี้\n"
            "ก. โครงการก่อสร้างอาคาร\n"
            "โดยมีรายละเอียดตามเอกสารแนบ\n"
            "ข. โครงการจัดซื้อครุภัณฑ์")
    assert items_of(text) == [("1", "ก.", 1, None), ("2", "ก.", 1, None)]


def test_dotted_abbreviations_and_addresses_at_a_line_start_are_not_letters():
    text = ("ที่ประชุมได้พิจารณาเรื่องต่าง ๆ ดังนี้\n"
            "ก.พ.ร. ได้เสนอแนวทางการประเมินส่วนราชการ\n"
            "ค.ศ. 2024 เป็นปีแห่งการท่องเที่ยว\n"
            "1. โครงการก่อสร้างถนน ณ บ้านหนองบัว\n"
            "อ. เมือง จ. อุดรธานี ที่ประชุมรับทราบ\n"
            "ก. ข้อความนี้ไม่อยู่ในรายการ เพราะมาหลังข้อความทั่วไป")
    assert items_of(text) == [("1", "1.", 1, None)]


def test_keycap_numbers_are_numbered_items_of_their_own_style():
    text = ("✅ ประเด็นสำคัญจากที่ประชุม\n"
            "1️⃣ สถานการณ์การเงินการคลัง ที่ประชุมรับทราบ\n"
            "2\u20e3 การเตรียมรับการประเมิน HA\n"
            "9️⃣ แผนซ้อม Mock Survey\n"
            "🔟 โครงการ Smart Hospital\n"
            "1️⃣1️⃣ ข้อร้องเรียนผู้รับบริการ")
    items = find_items(text, paragraphs(text))
    assert [(a.number, a.style, a.level) for a in items] == [
        ("1", "1️⃣", 1), ("2", "1️⃣", 1), ("9", "1️⃣", 1), ("10", "1️⃣", 1), ("11", "1️⃣", 1)]
    assert items[0].text == "สถานการณ์การเงินการคลัง ที่ประชุมรับทราบ"


def test_keycap_items_keep_their_decisions():
    n = run_text(OPENING + "✅ ประเด็นสำคัญจากที่ประชุม\n"
                 "1️⃣ สถานการณ์การเงินการคลัง อยู่ในระดับปกติ ที่ประชุมรับทราบ\n"
                 "2️⃣ โครงการ Smart Hospital ระยะที่ 3 ที่ประชุมมีมติอนุมัติ")
    assert [(a.number, a.style, a.decisions) for a in n.agenda] == [
        ("1", "1️⃣", ["acknowledge"]), ("2", "1️⃣", ["approve"])]
