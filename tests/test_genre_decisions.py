from pipeline.extract.decisions import find_cues
from pipeline.nlp import get_nlp
from tests.conftest import run_text

OPENING = "เมื่อวันที่ 26 กุมภาพันธ์ 2567 สำนักงานจังหวัดจัดการประชุม โดยมี นายสมชาย ใจดี เป็นประธาน โดยมีสาระสำคัญดังนี้\n\n"


def decisions(text):
    n = run_text(OPENING + text)
    return [(a.number, a.decisions) for a in n.agenda], n


def test_cue_glued_to_the_next_word_by_the_tokenizer():
    items, _ = decisions("1. การรายงานผลการเบิกจ่ายงบประมาณจังหวัด ไตรมาสที่ 2 ที่ประชุมรับทราบ\n"
                         "2. รายงานผลการสำรวจความต้องการกำลังคน ที่ประชุมรับทราบ\n"
                         "3. พิจารณาร่างข้อบังคับ ซึ่งกรรมการได้ให้ข้อสังเกตว่าควรรับฟังความคิดเห็นก่อน")
    assert items == [("1", ["report", "acknowledge"]), ("2", ["report", "acknowledge"]),
                     ("3", ["consider", "opinion"])]


def test_a_cue_inside_a_longer_word_is_no_cue():
    doc = get_nlp().make_doc("ญัตติขอความเห็นชอบร่างเทศบัญญัติ และขออนุมัติจ่ายขาดเงินสะสม")
    assert find_cues(doc) == []


def test_vote_tally_is_one_outcome():
    items, n = decisions("ระเบียบวาระที่ 3 ญัตติเพื่อพิจารณา\n3.1 ญัตติขออนุมัติจ่ายขาดเงินสะสม\n"
                         "มติที่ประชุม อนุมัติ 18 เสียง ไม่อนุมัติ 2 เสียง งดออกเสียง 1 เสียง\n"
                         "3.2 ญัตติขอความเห็นชอบแผนพัฒนา\nมติที่ประชุม ไม่เห็นชอบ ๑๒ เสียง เห็นชอบ ๙ เสียง")
    assert items == [("3", []), ("3.1", ["approve"]), ("3.2", ["reject"])]
    assert [d.decision_type for d in n.decisions] == ["approve", "reject"]


def test_resolution_after_an_announced_list_resolves_the_parent():
    items, _ = decisions("1. ร่างหลักเกณฑ์การประเมินผู้ประกอบการ ประกอบด้วย 3 ส่วน ได้แก่\n"
                         "(1) หลักเกณฑ์ด้านคุณภาพงาน\n(2) หลักเกณฑ์ด้านระยะเวลา\n(3) การนำผลไปใช้\n"
                         "ที่ประชุมมีมติเห็นชอบร่างหลักเกณฑ์ดังกล่าว และมอบหมายให้กองการพัสดุจัดทำคู่มือ\n"
                         "2. รับทราบผลการดำเนินงาน")
    assert items == [("1", ["approve", "assign"]), ("1.1", []), ("1.2", []), ("1.3", []), ("2", ["acknowledge"])]


def test_sub_items_with_their_own_resolution_lines_keep_them():
    items, _ = decisions("ระเบียบวาระที่ 3 เรื่องเพื่อพิจารณา จำนวน 2 เรื่อง ดังนี้\n3.1 ร่างแผนปฏิบัติการ\n"
                         "มติที่ประชุม เห็นชอบ\n3.2 ร่างคู่มือการประเมิน\nมติที่ประชุม รับทราบ\n"
                         "ระเบียบวาระที่ 4 เรื่องอื่น ๆ")
    assert items == [("3", []), ("3.1", ["approve"]), ("3.2", ["acknowledge"]), ("4", [])]


def test_parties_to_a_consultation_resolve_like_the_meeting():
    items, _ = decisions("1) ทั้งสองหน่วยงานเห็นชอบร่วมกันให้จัดทำแผนเผชิญเหตุร่วม\n"
                         "2) กองทัพเรือจะสนับสนุนเรือ ทั้งสองฝ่ายเห็นชอบให้ฝึกซ้อมร่วมกัน\n"
                         "3) การจัดทำคู่มือ ที่ประชุมและผู้แทนภาคเอกชนเห็นชอบร่วมกัน\n"
                         "4) กรมเจ้าท่าเห็นชอบให้ใช้ท่าเรือ")
    assert items == [("1", ["approve"]), ("2", ["approve"]), ("3", ["approve"]), ("4", [])]


def test_council_acceptance_in_principle():
    items, _ = decisions("ระเบียบวาระที่ 3 ญัตติเพื่อพิจารณา\n3.1 ร่างเทศบัญญัติ วาระแรก (ขั้นรับหลักการ)\n"
                         "มติที่ประชุม รับหลักการ และตั้งคณะกรรมการแปรญัตติ จำนวน 5 คน")
    assert items == [("3", []), ("3.1", ["approve_in_principle"])]


def test_resolution_that_has_someone_carry_it_out_is_assign():
    items, _ = decisions("1. ร่างแผนปฏิบัติการ ที่ประชุมมีมติให้สำนักงาน ก.พ.ร. รับไปดำเนินการปรับปรุงตามข้อสังเกต\n"
                         "2. รายงานผลการสำรวจ ที่ประชุมรับทราบ และให้ฝ่ายเลขานุการดำเนินการต่อไป\n"
                         "3. ร่างคู่มือ ที่ประชุมเห็นชอบ\n"
                         "4. การพัฒนาระบบ เพื่อให้การดำเนินการมีประสิทธิภาพ ที่ประชุมรับทราบ\n"
                         "5. แนวทาง ที่ประชุมให้ความเห็นชอบ และให้ความสำคัญกับการดำเนินการ")
    assert items == [("1", ["assign"]), ("2", ["report", "acknowledge", "assign"]),
                     ("3", ["approve"]), ("4", ["acknowledge"]), ("5", ["approve"])]


def test_assign_is_counted_once_when_มอบหมาย_names_who_carries_it_out():
    n = run_text(OPENING.replace("โดยมีสาระสำคัญดังนี้", "")
                 + "ที่ประชุมเห็นชอบแนวทางดังกล่าว และมอบหมายให้ฝ่ายเลขานุการดำเนินการต่อไป")
    assert [d.decision_type for d in n.decisions] == ["approve", "assign"]


def test_the_chairs_directive_before_any_resolution_is_no_assignment():
    items, _ = decisions("1. ประธานแจ้งนโยบายการเร่งรัดคดี โดยให้ทุกกองบัญชาการดำเนินการให้แล้วเสร็จ ที่ประชุมรับทราบ\n"
                         "2. แผนงาน ที่ประชุมรับทราบ โดยให้ทุกหน่วยดำเนินการต่อไป")
    assert items == [("1", ["acknowledge"]), ("2", ["acknowledge", "assign"])]


def test_a_report_on_a_status_or_situation_opens_as_report():
    items, _ = decisions("1. รายงานสถานะกองทุนน้ำมันเชื้อเพลิง ที่ประชุมรับทราบ\n"
                         "2. รายงานสถานการณ์โรคไข้เลือดออก ที่ประชุมรับทราบ")
    assert items == [("1", ["report", "acknowledge"]), ("2", ["report", "acknowledge"])]


def test_the_body_that_met_resolves_under_its_bracketed_abbreviation():
    n = run_text("มติการประชุมคณะกรรมการบริหารนโยบายพลังงาน ครั้งที่ 12/2561\n"
                 "เมื่อวันจันทร์ที่ 25 มิถุนายน 2561\n"
                 "1. โครงสร้างราคาน้ำมัน คณะกรรมการบริหารนโยบายพลังงาน (กบง.) เห็นชอบแนวทางบรรเทาผลกระทบ")
    assert [(a.number, a.decisions) for a in n.agenda] == [("1", ["approve"])]


def test_a_resolution_giving_an_agent_a_task_is_assign():
    items, _ = decisions("1. ร่างแผนพัฒนา ที่ประชุมเห็นชอบ และให้ฝ่ายเลขานุการจัดทำรายละเอียดเสนอในการประชุมครั้งต่อไป\n"
                         "2. ผลการสำรวจ ที่ประชุมรับทราบ โดยให้ทุกจังหวัดเร่งประชาสัมพันธ์\n"
                         "3. แนวทาง ที่ประชุมมีมติให้สำนักงาน ก.พ.ร. ติดตามผล\n"
                         "4. ร่างหลักเกณฑ์ ที่ประชุมเห็นชอบ โดยให้ปรับปรุงถ้อยคำ\n"
                         "5. การพัฒนาระบบ เพื่อให้หน่วยงานมีข้อมูลครบถ้วน ที่ประชุมรับทราบ")
    assert items == [("1", ["approve", "assign"]), ("2", ["acknowledge", "assign"]), ("3", ["assign"]),
                     ("4", ["approve"]), ("5", ["acknowledge"])]


def test_a_resolution_label_set_apart_by_a_tab():
    items, _ = decisions("ระเบียบวาระที่ 3 เรื่องเพื่อพิจารณา\n3.1 ร่างแผนปฏิบัติการ\nมติ\tเห็นชอบ\n"
                         "3.2 ร่างคู่มือ\nมติ    ให้เลื่อนการพิจารณาออกไป")
    assert items == [("3", []), ("3.1", ["approve"]), ("3.2", ["postpone"])]


def test_remarks_cited_with_ตาม_are_no_opinion_remarks_made_are():
    items, _ = decisions("1. ร่างคู่มือ ที่ประชุมเห็นชอบ โดยให้ปรับปรุงตามข้อสังเกตของที่ประชุม\n"
                         "2. ร่างแผน ที่ประชุมมีข้อสังเกตให้เพิ่มตัวชี้วัด")
    assert items == [("1", ["approve"]), ("2", ["opinion"])]
