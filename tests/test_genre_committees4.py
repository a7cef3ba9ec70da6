"""Committee names from probe round 4: "และมี" inside a name, long former names,
an unclosed bracket, an office's abbreviation, and a ฯ short form before a verb."""
import pytest

from pipeline.extract.committees import cut_name, find_mentions, load_registry


def _surfaces(text: str) -> list[str]:
    return [c.surface for c in find_mentions(text, load_registry())]


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(c.surface, c.committee_id) for c in find_mentions(text, load_registry())]


def _cut(text: str) -> str:
    start = text.index("คณะ")
    end, _ = cut_name(text, start)
    return text[start:end]


@pytest.mark.parametrize("text,name", [
    # a quality the body aims at, joined by และมี, is the name's
    ("ประชุมคณะทำงานพัฒนาองค์กรให้ทันสมัยและมีขีดสมรรถนะสูง ครั้งที่ 1/2568",
     "คณะทำงานพัฒนาองค์กรให้ทันสมัยและมีขีดสมรรถนะสูง"),
    ("ประชุมคณะอนุกรรมการส่งเสริมการบริหารที่โปร่งใสและมีธรรมาภิบาล ครั้งที่ 2",
     "คณะอนุกรรมการส่งเสริมการบริหารที่โปร่งใสและมีธรรมาภิบาล"),
    # และมี opening the participants or the resolution is a new clause
    ("ประชุมคณะทำงานพัฒนาระบบบริหารและมีนายสมชาย ใจดี เป็นประธาน", "คณะทำงานพัฒนาระบบบริหาร"),
    ("ประชุมคณะทำงานพัฒนาระบบบริหารและมีผู้แทนส่วนราชการเข้าร่วม", "คณะทำงานพัฒนาระบบบริหาร"),
    ("ประชุมคณะทำงานพัฒนาระบบบริหารและมีมติเห็นชอบ", "คณะทำงานพัฒนาระบบบริหาร"),
])
def test_และมี_ends_a_name_only_before_a_clause(text, name):
    assert _cut(text) == name


def test_a_long_former_name_in_brackets_is_linked_not_glued():
    old = "คณะอนุกรรมการพัฒนาระบบราชการเกี่ยวกับการพัฒนาและส่งเสริมการบริหารราชการแบบมีส่วนร่วมในระดับพื้นที่"
    new = "คณะอนุกรรมการพัฒนาระบบราชการเกี่ยวกับการส่งเสริมการบริหารภาครัฐระบบเปิดและการมีส่วนร่วม"
    mentions = _mentions(f"ประชุม{new} (เดิมชื่อ {old}) ครั้งที่ 3/2568")
    assert [s for s, _ in mentions] == [new, old]
    assert mentions[0][1] == mentions[1][1] == "opdc-open-gov"


def test_an_unclosed_bracket_is_not_part_of_the_name():
    text = ("ประชุมคณะทำงานขับเคลื่อนการพัฒนาองค์กรดิจิทัล ประชุม (ครั้งที่ 15)\n\n"
            "ประธานการประชุมคณะทำงานขับเคลื่อนการพัฒนาองค์กรดิจิทัล (ครั้งที่ 15) ผ่านระบบออนไลน์")
    mentions = _mentions(text)
    assert [s for s, _ in mentions] == ["คณะทำงานขับเคลื่อนการพัฒนาองค์กรดิจิทัล"] * 2
    assert len({cid for _, cid in mentions}) == 1


@pytest.mark.parametrize("office", ["สำนักงาน ก.พ.ร.", "เลขาธิการ ก.พ.ร.", "รองเลขาธิการ ก.พ.ร."])
def test_an_office_named_by_the_bodys_abbreviation_is_no_mention(office):
    text = f"การประชุมคณะกรรมการพัฒนาระบบราชการ (ก.พ.ร.) ครั้งที่ 1 โดยมี{office} นำเสนอ ที่ประชุม ก.พ.ร. เห็นชอบ"
    assert _surfaces(text) == ["คณะกรรมการพัฒนาระบบราชการ", "ก.พ.ร.", "ก.พ.ร."]


def test_an_office_before_a_sub_committee_abbreviation_is_no_mention():
    text = "ผู้แทนสำนักงาน อ.ก.พ. กระทรวงมหาดไทย ชี้แจง"
    assert _surfaces(text) == []


@pytest.mark.parametrize("text,name", [
    # after a ฯ short form and a space, a verb is the body's action
    ("ทั้งนี้ คณะทำงานฯ กำหนดประชุมครั้งต่อไปในเดือนเมษายน", "คณะทำงานฯ"),
    ("ทั้งนี้ คณะอนุกรรมการกลั่นกรองฯ ขอให้ส่วนราชการส่งข้อมูล", "คณะอนุกรรมการกลั่นกรองฯ"),
])
def test_a_short_form_ends_before_the_next_word(text, name):
    assert _cut(text) == name


@pytest.mark.parametrize("text,name", [
    # a nominal, a qualifier, an owner or an abbreviation goes on with the name
    ("ประชุมคณะอนุกรรมการฯ การกัดเซาะชายฝั่ง ครั้งที่ 1", "คณะอนุกรรมการฯ การกัดเซาะชายฝั่ง"),
    ("ประชุมคณะกรรมการโครงการอนุรักษ์พันธุกรรมพืชอันเนื่องมาจากพระราชดำริฯ กรมป่าไม้ ครั้งที่ 1",
     "คณะกรรมการโครงการอนุรักษ์พันธุกรรมพืชอันเนื่องมาจากพระราชดำริฯ กรมป่าไม้"),
    ("ประชุมคณะกรรมการโครงการอนุรักษ์พันธุกรรมพืชอันเนื่องมาจากพระราชดำริฯ ทช. ครั้งที่ 1",
     "คณะกรรมการโครงการอนุรักษ์พันธุกรรมพืชอันเนื่องมาจากพระราชดำริฯ ทช."),
    ("ประชุมคณะทำงานฯ ด้านการประเมินผล ครั้งที่ 1", "คณะทำงานฯ ด้านการประเมินผล"),
])
def test_a_short_form_goes_on_with_a_noun_phrase(text, name):
    assert _cut(text) == name
