"""Text taken from a PDF or a print view: hard wraps and page furniture."""
import datetime as dt

from pipeline.normalize import normalize_text, reflow
from pipeline.read import read_paths
from tests.conftest import CORPUS, run_text


def test_reflow_joins_a_title_or_given_name_wrapped_from_the_rest_of_the_name():
    raw = ("ผู้มาประชุม\n๑. นาง\nจุรี วิจิตรวาทการ ประธานอนุกรรมการ\n"
           "ผู้ช่วยศาสตราจารย์ ดร.\nกิตติพงศ์ วงศ์สวัสดิ์ ประธานคณะทำงาน\n"
           "ศาสตราจารย์ ดร.ภาวิช\nทองโรจน์\tนายกสภามหาวิทยาลัย\n"
           "ผู้อำนวยการกองนโยบายและแผน\n(นาง\nสาวรัตนา บุญมา)")
    assert normalize_text(raw).split("\n") == [
        "ผู้มาประชุม", "๑. นางจุรี วิจิตรวาทการ ประธานอนุกรรมการ",
        "ผู้ช่วยศาสตราจารย์ ดร.กิตติพงศ์ วงศ์สวัสดิ์ ประธานคณะทำงาน",
        "ศาสตราจารย์ ดร.ภาวิช ทองโรจน์ นายกสภามหาวิทยาลัย",
        "ผู้อำนวยการกองนโยบายและแผน", "(นางสาวรัตนา บุญมา)"]


def test_reflow_joins_a_date_wrapped_between_its_parts():
    raw = ("เมื่อวันจันทร์ที่ 25\nมิถุนายน 2561 เวลา 09.30 น.\n"
           "รับรองรายงานการประชุมเมื่อวันที่ ๒๓ กรกฎาคม\n๒๕๖๒\n"
           "วันอังคารที่\n14 ธันวาคม 2565")
    assert normalize_text(raw).split("\n") == [
        "เมื่อวันจันทร์ที่ 25 มิถุนายน 2561 เวลา 09.30 น.",
        "รับรองรายงานการประชุมเมื่อวันที่ ๒๓ กรกฎาคม ๒๕๖๒",
        "วันอังคารที่ 14 ธันวาคม 2565"]


def test_reflow_joins_a_word_or_name_split_across_lines_with_nothing():
    raw = ("ผู้ว่าราชการจังหวัดเชียง\nราย ประธานกรรมการ\n"
           "ได้ประชุมหารือร่วมกับพลตำรวจ\nเอกสุรเชษฐ์ หักพาล ณ ห้องประชุม 1 ชั้น 2 สำนักงาน\nตำรวจแห่งชาติ เพื่อหารือ\n"
           "3.1 ร่างแนวทางการประเมินผล ประจำปี\nงบประมาณ พ.ศ. ๒๕๖๓\n"
           "คณะกรรมการป้องกันและบรรเทาสาธารณภัยจังหวัด\nนครราชสีมา")
    assert normalize_text(raw).split("\n") == [
        "ผู้ว่าราชการจังหวัดเชียงราย ประธานกรรมการ",
        "ได้ประชุมหารือร่วมกับพลตำรวจเอกสุรเชษฐ์ หักพาล ณ ห้องประชุม 1 ชั้น 2 สำนักงานตำรวจแห่งชาติ เพื่อหารือ",
        "3.1 ร่างแนวทางการประเมินผล ประจำปีงบประมาณ พ.ศ. ๒๕๖๓",
        "คณะกรรมการป้องกันและบรรเทาสาธารณภัยจังหวัดนครราชสีมา"]


def test_reflow_never_joins_before_a_marker_a_label_furniture_or_a_blank_line():
    lines = ["ผู้ว่าราชการจังหวัด", "1. เรื่องที่ประธานแจ้ง", "สำนักงาน", "มติที่ประชุม รับทราบ",
             "ประจำเดือนกรกฎาคม", "- ๒ -", "ในเดือนกรกฎาคม", "หน้า 1 จาก 2", "ผู้แทนกระทรวง", "ผู้มาประชุม",
             "ผู้มาประชุม", "นายสมชาย ใจดี", "คณะกรรมการจังหวัด", "ระเบียบวาระที่ 2 เรื่องเพื่อทราบ",
             "ร่วมกับ นาง", "", "จุรี วิจิตรวาทการ", "• 4 ก.พ. 2566", "และ", "ข้อ 1 ให้ยกเลิก",
             "ประธาน :", "นางสาวสุดา ใจงาม"]
    assert reflow(lines) == lines


def test_reflow_leaves_every_corpus_web_notice_as_it_was():
    for notice in read_paths([CORPUS]):
        text = normalize_text(notice.raw)
        lines = text.split("\n")
        assert reflow(lines) == lines, notice.notice_id


def test_wrapped_minutes_give_the_chair_and_the_meeting_date():
    n = run_text("รายงานการประชุม\nคณะอนุกรรมการพัฒนาระบบราชการเกี่ยวกับการพัฒนาและส่งเสริมการบริหารราชการแบบ\n"
                 "มีส่วนร่วม\nครั้งที่ ๙/๒๕๖๒\nเมื่อวันอังคารที่ ๑๗\nกันยายน ๒๕๖๒ เวลา ๐๙.๓๐ น.\n"
                 "ผู้มาประชุม\n๑. นาง\nจุรี วิจิตรวาทการ ประธานอนุกรรมการ")
    assert n.meeting.meeting_date == dt.date(2019, 9, 17)
    assert n.meeting.chair_name == "นางจุรี วิจิตรวาทการ"
    assert n.meeting.committee_name.endswith("แบบมีส่วนร่วม")


def test_page_furniture_is_boilerplate_and_never_the_title():
    n = run_text("8/3/66 11:02 สำนักงาน ก.พ.ร. - ข่าวประชาสัมพันธ์\n"
                 "ก.พ.ร. หารือสำนักงานตำรวจแห่งชาติ เรื่องการปรับปรุงโครงสร้างส่วนราชการ\n"
                 "เมื่อวันพฤหัสบดีที่ 9 มีนาคม 2566 ที่ประชุมหารือแนวทาง\n"
                 "https://www.opdc.go.th/content/NzE1Ng 1/2\n- ๒ -\nหน้า 1 จาก 2\nหน้า ๔ จาก ๑๒\n"
                 "สำนักงานคณะกรรมการกำกับกิจการพลังงาน (สำนักงาน กกพ.) หน้า 1\n"
                 "ทั้งนี้ จะนำผลการหารือเสนอในการประชุมครั้งต่อไป")
    labels = [s.label for s in n.segments]
    assert labels == ["boilerplate", "title", "paragraph"] + ["boilerplate"] * 5 + ["paragraph"]
    assert n.title == "ก.พ.ร. หารือสำนักงานตำรวจแห่งชาติ เรื่องการปรับปรุงโครงสร้างส่วนราชการ"


def test_running_header_after_a_page_break_is_boilerplate():
    n = run_text("มติการประชุมคณะกรรมการบริหารนโยบายพลังงาน\nครั้งที่ 12/2561 (ครั้งที่ 59)\n"
                 "เรื่องที่ 1 โครงสร้างราคาน้ำมันดีเซล\nมติของที่ประชุม\nเห็นชอบ\nหน้า 1 จาก 2\n"
                 "มติการประชุมคณะกรรมการบริหารนโยบายพลังงาน ครั้งที่ 12/2561\n"
                 "เรื่องที่ 2 รายงานผลการดำเนินงาน\nมติของที่ประชุม\nที่ประชุมรับทราบ")
    header = n.text.index("มติการประชุมคณะกรรมการบริหารนโยบายพลังงาน ครั้งที่")
    assert next(s.label for s in n.segments if s.start == header) == "boilerplate"
    assert n.title == "มติการประชุมคณะกรรมการบริหารนโยบายพลังงาน"


def test_posting_date_with_a_view_counter_is_a_posting_line():
    for line in ("วันที่ 30 พฤศจิกายน 2565 อ่าน 89 ครั้ง", "4 ก.พ. 2566 335 views", "15 มิถุนายน 2565 เข้าชม 1,204"):
        n = run_text(f"การประชุมคณะกรรมการพัฒนาจังหวัด ครั้งที่ 2/2566\n{line}\n"
                     "เมื่อวันที่ 14 มีนาคม 2566 ที่ประชุมรับทราบ")
        assert [s.label for s in n.segments] == ["title", "posting", "paragraph"], line


def test_reflow_never_joins_before_a_sentence_opener():
    # "ประธานที่ประชุม" is one dictionary word, yet the second line starts a sentence
    assert reflow(["นายสมปอง ทองดี เป็นประธาน", "ที่ประชุมพิจารณา 3 เรื่อง ดังนี้"]) == [
        "นายสมปอง ทองดี เป็นประธาน", "ที่ประชุมพิจารณา 3 เรื่อง ดังนี้"]
