"""Committee names that run into a predicate or a second body, short and full forms
of one body, and brackets that gloss a name rather than belong to it."""
import pytest

from pipeline.extract.committees import find_mentions, load_registry
from tests.conftest import run_text


def _surfaces(text: str) -> list[str]:
    return [c.surface for c in find_mentions(text, load_registry())]


def _ids(text: str) -> dict[str, str]:
    return {c.surface: c.committee_id for c in find_mentions(text, load_registry())}


@pytest.mark.parametrize("text,name", [
    # a predicate after a space, or after a ฯ short form, is the body's action
    ("คณะกรรมการการศึกษา สภากรุงเทพมหานคร ติดตามการก่อสร้างโรงเรียน", "คณะกรรมการการศึกษา สภากรุงเทพมหานคร"),
    ("ตามที่คณะอนุกรรมการกลั่นกรองฯ เสนอ ส่วนที่เหลือให้ทบทวน", "คณะอนุกรรมการกลั่นกรองฯ"),
    ("คณะกรรมการ ก.ล.ต. เปิดเผยผลการพิจารณา", "คณะกรรมการ ก.ล.ต."),
    ("คณะกรรมการบริหารท่าเรือ แถลงผลการดำเนินงาน", "คณะกรรมการบริหารท่าเรือ"),
    # after "มอบหมายให้" a body's name ends before the task it is given
    ("มอบหมายให้คณะทำงานระดับอำเภอจัดทำแผนงาน", "คณะทำงานระดับอำเภอ"),
])
def test_name_ends_before_a_predicate(text, name):
    assert _surfaces(text) == [name]


@pytest.mark.parametrize("text,name", [
    # a verb right after the head word names the body's task
    ("ประชุมคณะทำงานจัดทำแผนปฏิบัติการ ครั้งที่ 1", "คณะทำงานจัดทำแผนปฏิบัติการ"),
    ("มอบหมายให้คณะทำงานจัดทำแผนปฏิบัติการ", "คณะทำงานจัดทำแผนปฏิบัติการ"),
    ("ประชุมคณะกรรมการ ติดตามการใช้จ่ายงบประมาณ ครั้งที่ 2", "คณะกรรมการ ติดตามการใช้จ่ายงบประมาณ"),
    ("มอบหมายให้คณะกรรมการติดตามและประเมินผลการดำเนินงาน", "คณะกรรมการติดตามและประเมินผลการดำเนินงาน"),
    # a verb joined by และ, การ or เพื่อ is part of the name
    ("มอบหมายให้คณะกรรมการกำกับและติดตามโครงการ", "คณะกรรมการกำกับและติดตามโครงการ"),
    ("มอบหมายให้คณะอนุกรรมการด้านการติดตามผล", "คณะอนุกรรมการด้านการติดตามผล"),
    ("มอบหมายให้คณะทำงานเพื่อจัดทำแผนแม่บท", "คณะทำงานเพื่อจัดทำแผนแม่บท"),
    ("ประชุมคณะอนุกรรมการฯ การกัดเซาะชายฝั่ง ครั้งที่ 1", "คณะอนุกรรมการฯ การกัดเซาะชายฝั่ง"),
])
def test_verbs_inside_a_name_do_not_cut_it(text, name):
    assert _surfaces(text)[-1] == name


@pytest.mark.parametrize("text,names", [
    ("การประชุมร่วมระหว่างคณะกรรมการการคลังกับคณะกรรมการการเงิน ครั้งที่ 1", ["คณะกรรมการการคลัง", "คณะกรรมการการเงิน"]),
    # the clause between the two bodies starts at its predicate
    ("คณะกรรมการ ก.ล.ต.เปิดเผยผลการประชุมคณะกรรมการกำกับหลักทรัพย์ ครั้งที่ 1",
     ["คณะกรรมการ ก.ล.ต.", "คณะกรรมการกำกับหลักทรัพย์"]),
])
def test_a_second_body_word_starts_a_second_body(text, names):
    assert _surfaces(text) == names


def test_head_plus_abbreviation_in_brackets_ends_the_name_and_is_the_same_body():
    text = ("สำนักงานฯ แถลงผลการประชุมคณะกรรมการ ก.ล.ต. ครั้งที่ 5/2567\n\n"
            "เลขาธิการเปิดเผยผลการประชุมคณะกรรมการกำกับหลักทรัพย์และตลาดหลักทรัพย์ (คณะกรรมการ ก.ล.ต.) ครั้งที่ 5/2567")
    ids = _ids(text)
    assert "คณะกรรมการกำกับหลักทรัพย์และตลาดหลักทรัพย์" in ids
    assert ids["คณะกรรมการ ก.ล.ต."] == ids["คณะกรรมการกำกับหลักทรัพย์และตลาดหลักทรัพย์"]


@pytest.mark.parametrize("text,short,full", [
    ("ประชุมคณะกรรมการการศึกษา สภากรุงเทพมหานคร โดยมีประธานคณะกรรมการ ในการประชุมคณะกรรมการการศึกษา ครั้งที่ 2/2567",
     "คณะกรรมการการศึกษา", "คณะกรรมการการศึกษา สภากรุงเทพมหานคร"),
    ("ประชุมคณะกรรมการบริหารโรงพยาบาลมหาราช นครราชสีมา ครั้งที่ 3 โดยการประชุมคณะกรรมการบริหารโรงพยาบาล ประจำเดือนมีนาคม",
     "คณะกรรมการบริหารโรงพยาบาล", "คณะกรรมการบริหารโรงพยาบาลมหาราช นครราชสีมา"),
])
def test_short_form_without_its_owner_is_the_same_body(text, short, full):
    ids = _ids(text)
    assert ids[short] == ids[full]


def test_short_form_shared_by_two_fuller_names_stays_apart():
    ids = _ids("คณะกรรมการการศึกษา สภากรุงเทพมหานคร และคณะกรรมการการศึกษา สภาเทศบาลนครเชียงใหม่ "
               "กับคณะกรรมการการศึกษา ครั้งที่ 1")
    assert ids["คณะกรรมการการศึกษา"] not in (ids["คณะกรรมการการศึกษา สภากรุงเทพมหานคร"],
                                             ids["คณะกรรมการการศึกษา สภาเทศบาลนครเชียงใหม่"])


def test_a_qualifier_after_a_short_name_makes_a_different_body():
    ids = _ids("คณะอนุกรรมการพัฒนาบุคลากร เกี่ยวกับการฝึกอบรม กับคณะอนุกรรมการพัฒนาบุคลากร ครั้งที่ 1")
    assert ids["คณะอนุกรรมการพัฒนาบุคลากร"] != ids["คณะอนุกรรมการพัฒนาบุคลากร เกี่ยวกับการฝึกอบรม"]


@pytest.mark.parametrize("text,name", [
    ("ประชุมคณะกรรมการเขตสุขภาพเพื่อประชาชน เขต 1 (กขป. เขต 1) ครั้งที่ 2/2567",
     "คณะกรรมการเขตสุขภาพเพื่อประชาชน เขต 1"),
    ("ประชุมคณะกรรมการขับเคลื่อนรัฐบาลดิจิทัล (Digital Government Steering Committee : DGSC) "
     "(ชื่อเดิม คณะกรรมการพัฒนารัฐบาลดิจิทัล) ครั้งที่ 4/2567", "คณะกรรมการขับเคลื่อนรัฐบาลดิจิทัล"),
    ("แต่งตั้งคณะทำงานพัฒนาระบบศาลอิเล็กทรอนิกส์ (D-Court) (ชื่อเดิม คณะทำงานพัฒนาระบบ e-Court)",
     "คณะทำงานพัฒนาระบบศาลอิเล็กทรอนิกส์"),
])
def test_bracketed_abbreviation_or_gloss_is_not_part_of_the_name(text, name):
    assert _surfaces(text)[0] == name


def test_gloss_before_a_former_name_keeps_the_former_name_as_the_same_body():
    ids = _ids("ประชุมคณะกรรมการขับเคลื่อนรัฐบาลดิจิทัล (Digital Government Steering Committee : DGSC) "
               "(ชื่อเดิม คณะกรรมการพัฒนารัฐบาลดิจิทัล) ครั้งที่ 4/2567")
    assert ids["คณะกรรมการพัฒนารัฐบาลดิจิทัล"] == ids["คณะกรรมการขับเคลื่อนรัฐบาลดิจิทัล"]


def test_abbreviation_in_a_gloss_and_a_zone_abbreviation_link_their_other_uses():
    ids = _ids("DGA จัดประชุม DGSC ครั้งที่ 4/2567\n\nประชุมคณะกรรมการขับเคลื่อนรัฐบาลดิจิทัล "
               "(Digital Government Steering Committee : DGSC) ครั้งที่ 4/2567")
    assert ids["DGSC"] == ids["คณะกรรมการขับเคลื่อนรัฐบาลดิจิทัล"]
    ids = _ids("ประชุม กขป. เขต 1 ครั้งที่ 2/2567\n\nประชุมคณะกรรมการเขตสุขภาพเพื่อประชาชน เขต 1 (กขป. เขต 1) ครั้งที่ 2")
    assert ids["กขป. เขต 1"] == ids["คณะกรรมการเขตสุขภาพเพื่อประชาชน เขต 1"]


def test_renamed_host_with_a_gloss_is_named_without_it_and_its_abbreviation_is_the_host():
    n = run_text("DGA จัดประชุม DGSC ครั้งที่ 4/2567\n\nเมื่อวันที่ 28 พฤศจิกายน 2567 จัดการประชุมคณะกรรมการขับเคลื่อนรัฐบาลดิจิทัล "
                 "(Digital Government Steering Committee : DGSC) (ชื่อเดิม คณะกรรมการพัฒนารัฐบาลดิจิทัล) ครั้งที่ 4/2567 "
                 "โดยมีนายสมชาย ดีงาม เป็นประธานการประชุม")
    assert n.meeting.committee_name == "คณะกรรมการขับเคลื่อนรัฐบาลดิจิทัล"
    assert {c.committee_id for c in n.committee_mentions if c.surface == "DGSC"} == {n.meeting.committee_id}


@pytest.mark.parametrize("text,name", [
    ("ร่างระเบียบคณะกรรมการบริหารศาลปกครองว่าด้วยการจ่ายเงินค่าตอบแทน (ฉบับที่ 2) พ.ศ. 2568",
     "คณะกรรมการบริหารศาลปกครอง"),
    ("ประกาศคณะกรรมการกิจการพลังงานว่าด้วยหลักเกณฑ์การรับซื้อไฟฟ้า พ.ศ. 2567", "คณะกรรมการกิจการพลังงาน"),
])
def test_an_instruments_issuer_ends_before_its_subject(text, name):
    assert _surfaces(text) == [name]


def test_body_named_inside_a_bracket_ends_at_the_bracket():
    ids = _ids("คณะกรรมการกำกับหลักทรัพย์และตลาดหลักทรัพย์ (คณะกรรมการ ก.ล.ต.) ครั้งที่ 5/2567")
    assert set(ids) == {"คณะกรรมการกำกับหลักทรัพย์และตลาดหลักทรัพย์", "คณะกรรมการ ก.ล.ต."}
    assert len(set(ids.values())) == 1


def test_back_reference_to_a_short_form_follows_it_to_the_full_name():
    mentions = find_mentions("ประชุมคณะกรรมการการศึกษา สภากรุงเทพมหานคร ครั้งที่ 2 ในการประชุมคณะกรรมการการศึกษา "
                             "ครั้งที่ 2/2567 ทั้งนี้ คณะกรรมการฯ มีกำหนดลงพื้นที่", load_registry())
    assert [c.surface for c in mentions][-1] == "คณะกรรมการฯ"
    assert len({c.committee_id for c in mentions}) == 1


def test_fo_noi_cut_of_a_longer_name_is_the_same_body():
    ids = _ids("คณะอนุกรรมการกลั่นกรองคำขอกู้เงินกองทุนพัฒนาสหกรณ์ ครั้งที่ 5 อนุมัติตามที่คณะอนุกรรมการกลั่นกรองฯ เสนอ")
    assert ids["คณะอนุกรรมการกลั่นกรองฯ"] == ids["คณะอนุกรรมการกลั่นกรองคำขอกู้เงินกองทุนพัฒนาสหกรณ์"]
