"""Agenda sections: an eppo section heading that repeats its line of the agenda
list, and minutes items whose body paragraphs run to the next item."""
from pipeline.extract.agenda import find_items
from tests.conftest import run_text
from tests.test_genre_agenda_persons import paragraphs

EPPO = ("มติการประชุมคณะกรรมการบริหารนโยบายพลังงาน\nครั้งที่ 3/2562 (ครั้งที่ 70)\n"
        "เมื่อวันพุธที่ 13 มีนาคม 2562 เวลา 13.30 น.\n"
        "1.การกำหนดราคาขายปลีกก๊าซธรรมชาติ\n2.ฐานะกองทุนเพื่อส่งเสริมการอนุรักษ์พลังงาน\n"
        "เรื่องที่ 1 การกำหนดราคาขายปลีกก๊าซธรรมชาติ\nสรุปสาระสำคัญ\nฝ่ายเลขานุการฯ เสนอแนวทางการปรับราคา\n"
        "มติของที่ประชุม\n1. เห็นชอบการปรับราคาขายปลีกก๊าซธรรมชาติ\n"
        "เรื่องที่ 2 ฐานะกองทุนเพื่อส่งเสริมการอนุรักษ์พลังงาน\nสรุปสาระสำคัญ\n"
        "ฝ่ายเลขานุการฯ นำเสนอฐานะกองทุน ณ สิ้นเดือนกุมภาพันธ์ 2562\nมติของที่ประชุม\nที่ประชุมรับทราบ")


def test_section_heading_repeating_a_listed_item_anchors_it():
    items = find_items(EPPO, paragraphs(EPPO))
    # One item per number, in text order, keeping the list's style.
    assert [(a.number, a.style) for a in items] == [("1", "1."), ("1.1", "1."), ("2", "1.")]
    second = items[-1]
    assert EPPO[second.start:].startswith("เรื่องที่ 2")
    assert second.end == len(EPPO) and EPPO[second.end - len(second.text):].startswith("ฐานะกองทุน")


def test_section_resolutions_go_to_the_listed_item_not_the_one_above():
    n = run_text(EPPO)
    assert [(a.number, a.decisions) for a in n.agenda] == [("1", []), ("1.1", ["approve"]), ("2", ["acknowledge"])]


def test_minutes_sub_item_spans_its_body_paragraphs():
    text = ("ระเบียบวาระที่ ๓ เรื่องเสนอเพื่อพิจารณา\n"
            "        ๓.๑ การปรับปรุงหลักสูตรครุศาสตรบัณฑิต สาขาวิชาภาษาไทย\n \nสรุปเรื่อง\n \n"
            "        คณะครุศาสตร์ได้ปรับปรุงหลักสูตรให้สอดคล้องกับเกณฑ์มาตรฐาน\n \nมติที่ประชุม\n \n"
            "        อนุมัติ และมอบหมายให้คณะครุศาสตร์ดำเนินการเสนอสภามหาวิทยาลัยต่อไป\n"
            "        ๓.๒ การกำหนดปฏิทินการศึกษา\n")
    n = run_text(text)
    items = {a.number: a for a in n.agenda}
    assert items["3.1"].end > text.index("อนุมัติ") and items["3.2"].start > items["3.1"].end
    assert [(a.number, a.decisions) for a in n.agenda] == [("3", []), ("3.1", ["approve", "assign"]), ("3.2", [])]


def test_repeated_heading_line_keeps_its_body():
    text = ("ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ\n"
            "ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ\n"
            "ประธานแจ้งว่าการประชุมครั้งต่อไปจะจัดขึ้นในเดือนสิงหาคม\n\nมติที่ประชุม ที่ประชุมรับทราบ")
    items = find_items(text, paragraphs(text))
    assert [(a.number, a.start, a.end) for a in items] == [("1", text.index("\n") + 1, len(text))]


def test_closing_resolution_of_an_announced_list_stays_with_the_heading():
    n = run_text("ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ ดังนี้\n"
                 "1.1 กำหนดการตรวจราชการประจำปี\n1.2 การจัดกิจกรรมวันสถาปนา\nมติที่ประชุม รับทราบ\n"
                 "ระเบียบวาระที่ 2 เรื่องอื่น ๆ")
    assert [(a.number, a.decisions) for a in n.agenda] == [("1", ["acknowledge"]), ("1.1", []), ("1.2", []), ("2", [])]
