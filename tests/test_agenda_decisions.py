from tests.conftest import run_text

OPENING = "เมื่อวันที่ 26 กุมภาพันธ์ 2563 สำนักงาน ก.พ.ร. จัดการประชุม โดยมี นายธงทอง จันทรางศุ เป็นประธาน โดยมีสาระสำคัญดังนี้\n\n"


def tree(text):
    n = run_text(OPENING + text)
    return [(a.number, a.level, a.parent_number, a.style, a.decisions) for a in n.agenda], n


def test_round_bracket_list_nests_under_dotted_item():
    items, _ = tree("1. รายงานความก้าวหน้าผลการรับสมัครรางวัล\n\n2. การพิจารณาเห็นชอบในแนวทาง ดังนี้\n"
                    "1) การซักซ้อมความเข้าใจ\n2) การพิจารณามอบรางวัลให้แก่หน่วยงาน\n3. รับทราบผลการดำเนินงาน")
    assert items == [
        ("1", 1, None, "1.", ["report"]),
        ("2", 1, None, "1.", ["approve"]),
        ("2.1", 2, "2", "1)", []),
        ("2.2", 2, "2", "1)", []),
        ("3", 1, None, "1.", ["acknowledge"]),
    ]


def test_dotted_numbers_carry_their_path_and_thai_digits():
    items, _ = tree("๑. พิจารณาเห็นชอบข้อเสนอ\n๑.๑ การผลักดัน\n๑.๒ การพัฒนา\n๒. รับทราบการดำเนินงาน")
    assert [(i[0], i[1], i[3]) for i in items] == [("1", 1, "๑."), ("1.1", 2, "๑.๑"), ("1.2", 2, "๑.๑"), ("2", 1, "๑.")]


def test_new_list_after_running_text_starts_at_top():
    items, _ = tree("(1) แผนการปฏิรูป\n(2) อ.ก.พ.ร. ภูมิภาคฯ ได้ดำเนินการ\n\nทั้งนี้ ที่ประชุมมีความเห็นว่า ดังนี้\n\n(1). อ.ก.พ.ร. ส่วนร่วมฯ มุ่งเน้น")
    assert [(i[0], i[1], i[3]) for i in items] == [("1", 1, "(1)"), ("2", 1, "(1)"), ("1", 1, "(1).")]


def test_consider_then_outcome_in_order_and_principle_is_not_approve():
    items, _ = tree("2. พิจารณาหลักเกณฑ์การประกวดจังหวัดดีเด่น ซึ่งที่ประชุมเห็นชอบในหลักการให้บรรจุรางวัลฯ")
    assert items[0][4] == ["consider", "approve_in_principle"]


def test_verb_inside_a_noun_phrase_is_not_a_decision():
    items, _ = tree("3. การพิจารณาเห็นชอบในแนวทาง ดังนี้\n1) การกำหนดหลักเกณฑ์ประกอบการพิจารณาอนุมัติ-อนุญาต")
    assert items == [("3", 1, None, "1.", ["approve"]), ("3.1", 2, "3", "1)", [])]


def test_cited_cabinet_resolution_is_not_this_meetings():
    items, _ = tree("1. รับทราบความก้าวหน้า ร่างพระราชบัญญัติ ซึ่งคณะรัฐมนตรีมีมติเห็นชอบในคราวประชุมเมื่อวันที่ 30 มีนาคม 2564")
    assert items[0][4] == ["acknowledge"]


def test_session_numbers_are_not_items():
    items, _ = tree("2563. ปีที่ผ่านมา")
    assert items == []


def test_numbered_summary_under_an_agenda_heading_nests_in_it():
    n = run_text("มติการประชุมคณะกรรมการบริหารนโยบายพลังงาน\nครั้งที่ 3/2562\n"
                 "เรื่องที่ 1 โครงสร้างราคาก๊าซ\nสรุปสาระสำคัญ\n1. วันที่ 1 มีนาคม 2562 ฝ่ายเลขานุการรายงาน\n"
                 "2. ฝ่ายเลขานุการเสนอแนวทาง\nเรื่องที่ 2 แผนพลังงาน\n1. ความเป็นมา")
    assert [(a.number, a.level) for a in n.agenda] == [("1", 1), ("1.1", 2), ("1.2", 2), ("2", 1), ("2.1", 2)]


def test_minutes_extract_opening_with_an_agenda_heading():
    n = run_text("ระเบียบวาระที่ ๓ เรื่องเสนอเพื่อพิจารณา\n๓.๑ ร่างแผนยุทธศาสตร์\nสรุปเรื่อง\nที่ประชุมพิจารณาแล้ว")
    assert [(a.number, a.style) for a in n.agenda] == [("3", "ระเบียบวาระที่ ๑"), ("3.1", "๑.๑")]


def test_deliberation_before_the_cue_and_postponement():
    items, _ = tree("1. ร่างแนวทางการประเมิน ที่ประชุมพิจารณาแล้วเห็นชอบ\n"
                    "2. ร่างหลักเกณฑ์ ซึ่งที่ประชุมได้ร่วมกันพิจารณาแล้วมีมติเห็นชอบ โดยให้ปรับปรุงตามข้อสังเกต\n"
                    "3. การปรับปรุงโครงสร้าง ที่ประชุมมีมติให้เลื่อนออกไปก่อน")
    assert [(number, decisions) for number, *_, decisions in items] == [
        ("1", ["approve"]), ("2", ["approve"]), ("3", ["postpone"])]  # ตามข้อสังเกต cites remarks


def test_minutes_style_resolution_paragraph_belongs_to_the_item_above():
    items, n = tree("ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ\nมติที่ประชุม รับทราบ\n"
                    "ระเบียบวาระที่ 3 เรื่องเพื่อพิจารณา\n3.1 ร่างแผนปฏิบัติการ\n"
                    "มติ : ที่ประชุมพิจารณาแล้วเห็นชอบ และมอบหมายให้ฝ่ายเลขานุการดำเนินการ")
    assert [(number, decisions) for number, *_, decisions in items] == [
        ("1", ["acknowledge"]), ("3", []), ("3.1", ["approve", "assign"])]
    assert [(d.item_number, d.decision_type) for d in n.decisions] == [
        ("1", "acknowledge"), ("3.1", "approve"), ("3.1", "assign")]


def test_resolution_paragraph_forms_with_a_space_or_the_meeting_as_subject():
    items, n = tree("ระเบียบวาระที่ 2 รับรองรายงานการประชุม ครั้งที่ 4/2564\n"
                    "ที่ประชุมรับรองรายงานการประชุมโดยไม่มีการแก้ไข\n"
                    "ระเบียบวาระที่ 3 เรื่องเพื่อพิจารณา\n3.1 แนวทางการประเมิน\n"
                    "มติ ที่ประชุมเห็นชอบในหลักการ และมอบหมายให้ฝ่ายเลขานุการปรับปรุง\n"
                    "3.2 การขับเคลื่อนรัฐบาลดิจิทัล\nมติ ที่ประชุมไม่เห็นชอบ\n"
                    "ที่ประชุมเสนอแนะให้เร่งรัด\n"
                    "ระเบียบวาระที่ 4 เรื่องอื่น ๆ\n- ที่ประชุมรับทราบ")
    assert [(number, decisions) for number, *_, decisions in items] == [
        ("2", ["certify_minutes"]), ("3", []), ("3.1", ["approve_in_principle", "assign"]), ("3.2", ["reject"]),
        ("4", ["acknowledge"])]
    assert all(d.item_number for d in n.decisions)


def test_running_text_resolution_carries_to_the_cues_joined_to_it():
    n = run_text("สำนักงาน ก.พ.ร. จัดประชุมคณะทำงานปรับปรุงบริการภาครัฐ ครั้งที่ 2/2566 เมื่อวันที่ 20 ตุลาคม 2566 "
                 "โดยมีนางสาวอรุณี แสงทอง เป็นประธาน\n"
                 "ที่ประชุมเห็นชอบแนวทางการปรับปรุงบริการภาครัฐ และมอบหมายให้ฝ่ายเลขานุการจัดทำรายงาน "
                 "ซึ่งคณะรัฐมนตรีมีมติอนุมัติไว้แล้ว\n"
                 "กรมบัญชีกลางมอบหมายให้หน่วยงานจัดทำแผน")
    assert [(d.item_number, d.decision_type) for d in n.decisions] == [(None, "approve"), (None, "assign")]
