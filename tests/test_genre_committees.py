"""Committee names across agencies: where a written name stops, and when two written forms are one body."""
import pytest

from pipeline.extract.committees import find_mentions, is_abbreviation, link, load_registry, stable_id
from tests.conftest import run_text


def _surfaces(text: str) -> list[str]:
    return [c.surface for c in find_mentions(text, load_registry())]


def test_abbreviation_headed_name_and_spelled_out_name_share_one_id():
    reg = load_registry()
    short = "อ.ก.พ.ร. เกี่ยวกับการส่งเสริมนวัตกรรมภาครัฐ"
    full = "คณะอนุกรรมการพัฒนาระบบราชการเกี่ยวกับการส่งเสริมนวัตกรรมภาครัฐ"
    assert link(short, reg) == link(full, reg) == stable_id(full)


def test_host_written_name_is_the_spelled_out_form_when_the_title_abbreviates():
    n = run_text("การประชุม อ.ก.พ.ร. เกี่ยวกับการส่งเสริมนวัตกรรมภาครัฐ ครั้งที่ 1/2567\n\n"
                 "เมื่อวันจันทร์ที่ 8 มกราคม 2567 สำนักงาน ก.พ.ร. จัดประชุมคณะอนุกรรมการพัฒนาระบบราชการเกี่ยวกับการส่งเสริมนวัตกรรมภาครัฐ "
                 "ครั้งที่ 1/2567 โดยมีนายสมชาย ดีงาม เป็นประธานการประชุม")
    m = n.meeting
    assert m.committee_name == "คณะอนุกรรมการพัฒนาระบบราชการเกี่ยวกับการส่งเสริมนวัตกรรมภาครัฐ"
    assert {c.committee_id for c in n.committee_mentions if c.surface.startswith(("อ.ก.พ.ร. เกี่ยวกับ", "คณะ"))} == {m.committee_id}


@pytest.mark.parametrize("surface", ["ก.บ.จ.เชียงราย", "กกจ.ลำพูน", "ก.บ.จ.นครราชสีมา"])
def test_abbreviation_followed_by_a_place_is_an_abbreviation(surface):
    assert is_abbreviation(surface)


def test_bracketed_abbreviation_with_place_ends_the_name_and_joins_mentions():
    n = run_text("จังหวัดลำพูนประชุมคณะกรรมการบริหารงานจังหวัดแบบบูรณาการ (ก.บ.จ.ลำพูน) ครั้งที่ 3/2567\n\n"
                 "เมื่อวันที่ 4 มิถุนายน 2567 นายสมศักดิ์ ใจงาม ผู้ว่าราชการจังหวัดลำพูน เป็นประธานการประชุม"
                 "คณะกรรมการบริหารงานจังหวัดแบบบูรณาการจังหวัดลำพูน (ก.บ.จ.ลำพูน) ครั้งที่ 3/2567 ณ ห้องประชุมศาลากลางจังหวัดลำพูน")
    assert not any("(" in c.surface for c in n.committee_mentions)
    assert len({c.committee_id for c in n.committee_mentions}) == 1
    assert n.meeting.committee_name == "คณะกรรมการบริหารงานจังหวัดแบบบูรณาการจังหวัดลำพูน"


@pytest.mark.parametrize("text,name", [
    ("โดยมีคณะกรรมการพัฒนาการท่องเที่ยวเข้าร่วมประชุม", "คณะกรรมการพัฒนาการท่องเที่ยว"),
    ("ประธานสภาเทศบาลเมืองลำพูน ทำหน้าที่ประธานในที่ประชุม", "สภาเทศบาลเมืองลำพูน"),
    ("และคณะกรรมการติดตามงบประมาณ พร้อมด้วยผู้แทนส่วนราชการ", "คณะกรรมการติดตามงบประมาณ"),
    ("ให้เสนอคณะทำงานจัดทำแผนภายในวันที่ 15 มีนาคม 2567", "คณะทำงานจัดทำแผน"),
    ("ให้เสนอคณะทำงานจัดทำแผน 15 มีนาคม 2567", "คณะทำงานจัดทำแผน"),
    ("คณะกรรมการบริหารกองทุนประชุม 2 ครั้ง", "คณะกรรมการบริหารกองทุน"),
    ("มีคณะกรรมการตรวจรับพัสดุ 5 คน ทำหน้าที่", "คณะกรรมการตรวจรับพัสดุ"),
    ("การประชุมสภาองค์การบริหารส่วนจังหวัดลำพูน สมัยวิสามัญ สมัยที่ 1 ประจำปี 2567", "สภาองค์การบริหารส่วนจังหวัดลำพูน"),
    ("การประชุมสภาเทศบาลตำบลบ้านกลาง ประจำปี 2567", "สภาเทศบาลตำบลบ้านกลาง"),
    ("คณะกรรมการส่งเสริมวิสาหกิจชุมชน เรียกโดยย่อว่า กสว.", "คณะกรรมการส่งเสริมวิสาหกิจชุมชน"),
    ("คณะกรรมการบริหารกองทุน เรื่อง หลักเกณฑ์การจ่ายเงิน", "คณะกรรมการบริหารกองทุน"),
])
def test_name_stops_at_clause_words_dates_counts_and_session_labels(text, name):
    assert _surfaces(text) == [name]


@pytest.mark.parametrize("text,name", [
    # words that also occur inside real names do not cut them
    ("ประชุมคณะกรรมการตรวจสอบภายใน ครั้งที่ 1", "คณะกรรมการตรวจสอบภายใน"),
    ("ประชุมคณะกรรมการเตรียมความพร้อมรับมือสาธารณภัย ครั้งที่ 1", "คณะกรรมการเตรียมความพร้อมรับมือสาธารณภัย"),
    ("ประชุมคณะทำงานจัดประชุมวิชาการระดับชาติ ครั้งที่ 1", "คณะทำงานจัดประชุมวิชาการระดับชาติ"),
    ("ประชุมคณะกรรมการพิจารณาอนุมัติโครงการ ครั้งที่ 1", "คณะกรรมการพิจารณาอนุมัติโครงการ"),
    ("การประชุมสภามหาวิทยาลัยราชภัฏวไลยอลงกรณ์ ในพระบรมราชูปถัมภ์ ครั้งที่ 5/2562",
     "สภามหาวิทยาลัยราชภัฏวไลยอลงกรณ์ ในพระบรมราชูปถัมภ์"),
    ("ประชุมคณะอนุกรรมการขับเคลื่อนยุทธศาสตร์ภายใต้แผนแม่บท ครั้งที่ 1", "คณะอนุกรรมการขับเคลื่อนยุทธศาสตร์ภายใต้แผนแม่บท"),
])
def test_stop_words_do_not_cut_names_that_contain_them(text, name):
    assert _surfaces(text) == [name]


@pytest.mark.parametrize("text", [
    "ศาสตราจารย์ ดร.สมใจ ดีมาก กรรมการสภามหาวิทยาลัยผู้ทรงคุณวุฒิ ได้ให้ข้อสังเกต",
    "โดยมีสมาชิกสภาเทศบาลเข้าร่วมประชุม 18 คน",
    "นางสาวสมศรี ใจดี เป็นคณะทำงานและเลขานุการ",
    "นายสมชาย ใจดี เป็นกรรมการและผู้ช่วยเลขานุการ",
    "จะนำเสนอคณะกรรมการอีกครั้ง",
    "ซึ่งสภามหาวิทยาลัยอนุมัติแล้ว ในคราวประชุม",
])
def test_body_word_inside_a_job_title_is_not_a_new_body(text):
    assert _surfaces(text) == []


def test_body_word_after_a_position_keeps_a_named_body():
    assert _surfaces("นายสมชาย ดีงาม กรรมการสภามหาวิทยาลัยราชภัฏเชียงใหม่ผู้ทรงคุณวุฒิ") == ["สภามหาวิทยาลัยราชภัฏเชียงใหม่"]


def test_bare_fo_noi_form_refers_back_to_the_last_named_body():
    mentions = find_mentions("ประชุมคณะกรรมการพัฒนาระบบงานสืบสวน ครั้งที่ 2/2567 โดยมีคณะกรรมการฯ เข้าร่วมประชุม",
                             load_registry())
    assert [c.surface for c in mentions] == ["คณะกรรมการพัฒนาระบบงานสืบสวน", "คณะกรรมการฯ"]
    assert len({c.committee_id for c in mentions}) == 1


def test_bare_fo_noi_form_with_no_named_body_before_it_is_no_body():
    assert _surfaces("โดยมีคณะกรรมการฯ เข้าร่วมประชุม") == []


def test_council_session_host_name_stops_before_the_session_label():
    n = run_text("การประชุมสภาเทศบาลเมืองลำพูน สมัยสามัญ สมัยที่ 3 ประจำปี 2567 ครั้งที่ 1\n\n"
                 "วันศุกร์ที่ 16 สิงหาคม 2567 เวลา 10.00 น. ณ ห้องประชุมสภาเทศบาลเมืองลำพูน นายสมปอง ทองดี "
                 "ประธานสภาเทศบาลเมืองลำพูน ทำหน้าที่ประธานในที่ประชุม โดยมีสมาชิกสภาเทศบาลเข้าร่วมประชุม 15 คน")
    assert n.meeting.committee_name == "สภาเทศบาลเมืองลำพูน"
    assert {c.surface for c in n.committee_mentions} == {"สภาเทศบาลเมืองลำพูน"}


def test_committee_row_is_named_by_the_fullest_form_and_skips_back_references():
    from pipeline.tables import committee_rows

    cid = "c-0000000000"
    mentions = [{"committee_id": cid, "surface": s} for s in
                ("คณะทำงานพัฒนาระบบ", "คณะทำงานฯ", "คณะทำงานพัฒนาระบบข้อมูลภาครัฐ", "คณะทำงานพัฒนาระบบ")]
    row = next(r for r in committee_rows(mentions) if r["committee_id"] == cid)
    assert (row["name"], row["aliases"]) == ("คณะทำงานพัฒนาระบบข้อมูลภาครัฐ", ["คณะทำงานพัฒนาระบบ"])


def test_a_sub_committee_stops_before_the_body_it_sits_under():
    assert _surfaces("ประชุมคณะอนุกรรมการติดตามคุณภาพอากาศ ภายใต้คณะกรรมการควบคุมมลพิษ ครั้งที่ 1") == [
        "คณะอนุกรรมการติดตามคุณภาพอากาศ", "คณะกรรมการควบคุมมลพิษ"]
