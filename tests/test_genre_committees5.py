"""Committee names and the meeting row from probe round 5: a name in a later
clause running into it (… ต่อไป), a tasked head word pointing back, a headline's
short form joined to the body's full name by their shared session, and an
agenda item's background paragraph citing an earlier meeting."""
import datetime as dt

import pytest

from pipeline.extract.committees import cut_name, find_mentions, is_back_reference, load_registry
from tests.conftest import run_text


def _cut(text: str) -> str:
    start = text.index("คณะ")
    end, _ = cut_name(text, start)
    return text[start:end]


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(c.surface, c.committee_id) for c in find_mentions(text, load_registry())]


@pytest.mark.parametrize("text,name", [
    ("และเสนอแผนต่อคณะกรรมการพัฒนาเศรษฐกิจฐานรากจังหวัดน่านต่อไป", "คณะกรรมการพัฒนาเศรษฐกิจฐานรากจังหวัดน่าน"),
    ("มอบหมายให้คณะทำงานจัดทำแผนพัฒนาทักษะแรงงานให้แล้วเสร็จภายในเดือนมีนาคม", "คณะทำงานจัดทำแผนพัฒนาทักษะแรงงาน"),
    ("โดยคณะทำงานสำรวจข้อมูลแหล่งน้ำชุมชนรายงานผลต่อที่ประชุม", "คณะทำงานสำรวจข้อมูลแหล่งน้ำชุมชนรายงานผล"),
    # ต่อ opening a name's own word stays
    ("ประชุมคณะอนุกรรมการต่อต้านการทุจริตภาคเอกชน ครั้งที่ 1/2567", "คณะอนุกรรมการต่อต้านการทุจริตภาคเอกชน"),
])
def test_a_name_ends_where_its_clause_goes_on(text, name):
    assert _cut(text) == name


def test_a_tasked_bare_head_points_back_to_the_body_named_before():
    text = ("รายงานการประชุมคณะกรรมการพัฒนาระบบบริการสุขภาพอำเภอนาหมื่น ครั้งที่ 2/2567\n"
            "ประธานแจ้งว่า จังหวัดได้มอบนโยบายให้คณะกรรมการเร่งรัดการจัดทำแผนบริการปฐมภูมิให้แล้วเสร็จภายในเดือนมิถุนายน 2567")
    mentions = _mentions(text)
    assert len({cid for _, cid in mentions}) == 1
    assert [s for s, _ in mentions] == ["คณะกรรมการพัฒนาระบบบริการสุขภาพอำเภอนาหมื่น", "คณะกรรมการ"]
    assert is_back_reference("คณะกรรมการ")


def test_a_name_in_a_later_resolution_does_not_lengthen_the_meeting_name():
    # "…พลังงานทราบ" links to the registry's body, but it is a clause, not its name
    m = run_text("มติการประชุมคณะกรรมการบริหารนโยบายพลังงาน ครั้งที่ 2/2567\n\n"
                 "เมื่อวันพุธที่ 7 กุมภาพันธ์ 2567 นายสมชาย ใจดี เป็นประธานการประชุม\n\n"
                 "1. การกำหนดราคาขายปลีกก๊าซธรรมชาติ\nมติของที่ประชุม\n"
                 "มอบหมายให้กรมธุรกิจพลังงานติดตามราคาและรายงานให้คณะกรรมการบริหารนโยบายพลังงานทราบ\n").meeting
    assert m.committee_name == "คณะกรรมการบริหารนโยบายพลังงาน"


def test_a_headline_short_form_and_the_full_name_with_the_same_session_are_one_body():
    text = ("จังหวัดน่านประชุมคณะทำงานส่งเสริมตลาดสินค้าเกษตร ครั้งที่ 2/2566\n"
            "วันที่ 5 มิถุนายน 2566 สำนักงานเกษตรจังหวัดน่าน จัดประชุมคณะทำงานส่งเสริมและพัฒนาตลาดสินค้าเกษตรอินทรีย์ "
            "จังหวัดน่าน ครั้งที่ 2/2566 ณ ห้องประชุมศาลากลางจังหวัดน่าน")
    assert len({cid for _, cid in _mentions(text)}) == 1
    m = run_text(text.replace("\n", "\n\n")).meeting
    assert m.committee_name == "คณะทำงานส่งเสริมและพัฒนาตลาดสินค้าเกษตรอินทรีย์ จังหวัดน่าน"


@pytest.mark.parametrize("text", [
    # the same session, but no name is the other with words left out
    "ประชุมคณะทำงานส่งเสริมตลาดสินค้าเกษตร ครั้งที่ 1/2566 และคณะทำงานพัฒนาบุคลากรสาธารณสุข ครั้งที่ 1/2566",
    # a short form and a fuller name with different sessions
    "ประชุมคณะทำงานส่งเสริมตลาด ครั้งที่ 1/2566 และคณะทำงานส่งเสริมและพัฒนาตลาดสินค้าเกษตรอินทรีย์ ครั้งที่ 2/2566",
])
def test_bodies_of_different_sessions_or_names_stay_apart(text):
    assert len({cid for _, cid in _mentions(text)}) == 2


def test_an_agenda_items_background_paragraph_is_no_meeting():
    notice = run_text("ระเบียบวาระที่ 3 เรื่องเสนอเพื่อพิจารณา\n\n"
                      "3.1 การปรับปรุงหลักสูตรวิทยาศาสตรบัณฑิต สาขาวิชาเคมี\n\n"
                      "ตามที่ คณะวิทยาศาสตร์ได้ปรับปรุงหลักสูตรดังกล่าว นั้น คณะกรรมการประจำคณะวิทยาศาสตร์ "
                      "ในคราวประชุมครั้งที่ 2/2565 เมื่อวันที่ 14 มีนาคม 2565 ได้พิจารณาให้ความเห็นชอบแล้ว "
                      "และได้จัดประชุมสัมมนาผู้ใช้บัณฑิตเพื่อรับฟังความคิดเห็นแล้ว\n")
    assert notice.meeting is None


def test_the_day_of_a_cited_session_is_not_the_meeting_day():
    m = run_text("ประชุมคณะกรรมการบริหารหลักสูตร ครั้งที่ 5/2565\n\n"
                 "คณะกรรมการบริหารหลักสูตร ได้ประชุม โดยมีนายสมชาย ใจดี เป็นประธาน เพื่อพิจารณาข้อเสนอที่สภาวิชาการ "
                 "ในคราวประชุมครั้งที่ 4/2565 เมื่อวันที่ 20 เมษายน 2565 ได้ให้ความเห็นชอบไว้\n").meeting
    assert m.meeting_date is None
