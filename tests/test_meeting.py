import datetime as dt

import pytest

from pipeline.extract.committees import link, load_registry, stable_id
from tests.conftest import run_text


@pytest.mark.parametrize("opening,no,year,total", [
    ("การประชุมคณะกรรมการบริหารนโยบายพลังงาน ครั้งที่ 12/2561 (ครั้งที่ 59) เมื่อวันจันทร์ที่ 25 มิถุนายน 2561", 12, 2561, 59),
    ("ได้มีการประชุมคณะกรรมการ กปร. ครั้งที่ 10 (2/2566) โดยมีวาระสำคัญ", 2, 2566, 10),
    ("การประชุมคณะอนุกรรมการด้านการติดตามและประเมินผล ครั้งที่ ๑/๒๕๖๓ ร่วมกับส่วนราชการ", 1, 2563, None),
    ("การประชุมคณะกรรมการ ครั้งที่ 1 ประจำปี 2566 ณ ห้องประชุม", 1, 2566, None),
    ("การประชุมคณะกรรมการ ครั้งที่ 1 ประจำปีงบประมาณ พ.ศ. 2567 ณ ห้องประชุม", 1, 2567, None),
    ("การประชุมคณะกรรมการ ครั้งที่ 2-2567 ณ ห้องประชุม", 2, 2567, None),
    ("ที่ประชุมอธิการบดี ในคราวประชุมครั้งที่ ๓(๑๓๕)/๒๕๖๐ ... การประชุมคณะกรรมการ ครั้งที่ ๓(๑๓๕)/๒๕๖๐", 3, 2560, 135),
])
def test_session_forms(opening, no, year, total):
    m = run_text(opening).meeting
    assert (m.session_no, m.session_year_be, m.session_total) == (no, year, total)
    assert m.session_year_ce == year - 543


def test_cited_session_is_not_this_meeting():
    m = run_text("เมื่อวันที่ 3 กุมภาพันธ์ 2566 นายสมชาย ใจดี เป็นประธานการประชุม ที่ประชุมได้มีการรับรองรายงานการประชุม"
                 "คณะอนุกรรมการ ครั้งที่ 2/2565 เมื่อวันที่ 31 สิงหาคม 2565").meeting
    assert m.session_no is None and m.meeting_date == dt.date(2023, 2, 3)


@pytest.mark.parametrize("sentence,mode,venue", [
    ("จัดประชุม อ.ก.พ.ร. ครั้งที่ 3/2566 ผ่านระบบอิเล็กทรอนิกส์ โดยมีนายบัณฑูร เศรษฐศิโรตม์ เป็นประธาน", "online", None),
    ("ครั้งที่ 3/2564 ณ ห้องประชุม ก.พ.ร. ชั้น 5 และการประชุมผ่านระบบอิเล็กทรอนิกส์ โดยมีนายทศพร ศิริสัมพันธ์ เป็นประธาน", "hybrid", "ห้องประชุม ก.พ.ร. ชั้น 5"),
    ("ครั้งที่ 9/2562 โดยมีนางจุรี วิจิตรวาทการ เป็นประธาน ณ ห้องประชุมฝ่ายบริหาร ชั้น 5 สำนักงาน ก.พ.ร. โดยสรุปผลการประชุมได้ดังนี้", "onsite", "ห้องประชุมฝ่ายบริหาร ชั้น 5 สำนักงาน ก.พ.ร."),
    ("ครั้งที่ 1/2563 โดยมีนายปรีชา วัชราภัย เป็นประธาน", None, None),
])
def test_mode_and_venue(sentence, mode, venue):
    m = run_text("เมื่อวันที่ 20 มกราคม 2563 สำนักงาน ก.พ.ร. จัดประชุมคณะอนุกรรมการพัฒนาระบบราชการ " + sentence).meeting
    assert (m.mode, m.venue) == (mode, venue)


def test_consultation_and_no_chair_flag():
    n = run_text("การประชุมหารือการเชื่อมโยงการดำเนินงาน\n\nเมื่อวันที่ 12 พฤษภาคม 2564 นางอารีย์พันธ์ เจริญสุข รองเลขาธิการ ก.พ.ร. "
                 "และนางสาวสุรุ่งลักษณ์ เมฆะอำนวยชัย รองเลขาธิการ ก.พ.ร. ได้ประชุมหารือเกี่ยวกับการเชื่อมโยง")
    assert n.meeting.meeting_kind == "consultation"
    assert {p.role for p in n.persons} == {"attendee"}
    assert "no_chair" in {f.flag for f in n.flags}


def test_weekday_mismatch_flag():
    n = run_text("เมื่อวันจันทร์ ที่ 13 สิงหาคม 2564 สำนักงาน ก.พ.ร. จัดประชุม อ.ก.พ.ร. ครั้งที่ 6/2564 โดยมีนายบัณฑูร เศรษฐศิโรตม์ เป็นประธาน")
    assert n.meeting.meeting_date == dt.date(2021, 8, 13) and n.meeting.weekday_stated == "จันทร์"
    assert [f.flag for f in n.flags] == ["weekday_mismatch"]


@pytest.mark.parametrize("announced,flagged", [("3", True), ("2", False), ("4", False)])
def test_count_announced_above_the_agenda_may_count_top_items_or_leaves(announced, flagged):
    n = run_text("การประชุมคณะอนุกรรมการพัฒนาระบบราชการ ครั้งที่ 2/2567 วันที่ 12 มิถุนายน 2567 นายสมปอง ทองดี เป็นประธาน\n"
                 f"ที่ประชุมพิจารณา {announced} เรื่อง ดังนี้\n"
                 "1. เรื่องเพื่อพิจารณา\n1.1 แผนปฏิบัติการ ที่ประชุมเห็นชอบ\n1.2 งบประมาณ ที่ประชุมอนุมัติ\n"
                 "1.3 ตัวชี้วัด ที่ประชุมเห็นชอบ\n2. เรื่องเพื่อทราบ ที่ประชุมรับทราบ")
    assert ("count_mismatch" in {f.flag for f in n.flags}) is flagged


def test_count_mismatch_flag():
    n = run_text("เมื่อวันที่ 25 พฤษภาคม 2566 จัดประชุม โดยมีนายบัณฑูร เศรษฐศิโรตม์ เป็นประธาน\n\n"
                 "2. รับทราบการดำเนินงาน 4 เรื่อง ประกอบด้วย\n2.1 รายงานความก้าวหน้า\n2.2 รายงานผล\n2.3 รายงานผลการประเมิน")
    assert "count_mismatch" in {f.flag for f in n.flags}


def test_registry_links_abbreviations_short_forms_and_former_names():
    reg = load_registry()
    ids = {link(s, reg) for s in [
        "อ.ก.พ.ร. เกี่ยวกับการบริหารภาครัฐระบบเปิดและการมีส่วนร่วม",
        "อกพร.ส่วนร่วมฯ",
        "คณะอนุกรรมการการพัฒนาระบบราชการเกี่ยวกับการส่งเสริมการบริหารภาครัฐระบบเปิดและการมีส่วนร่วม",
        "คณะอนุกรรมการพัฒนาระบบราชการเกี่ยวกับการพัฒนาและส่งเสริมการบริหารราชการแบบมีส่วนร่วม",
    ]}
    assert ids == {"opdc-open-gov"}
    assert link("กกถ.", reg) == link("ก.ก.ถ.", reg) == "decentralization-board"


def test_unknown_committee_gets_a_stable_hashed_id():
    assert link("คณะกรรมการทดสอบระบบใหม่", load_registry()) == stable_id("คณะกรรมการ ทดสอบระบบใหม่") == stable_id("คณะกรรมการทดสอบระบบใหม่")


def test_host_committee_and_written_name():
    n = run_text("การประชุมคณะอนุกรรมการการพัฒนาระบบราชการเกี่ยวกับการส่งเสริมการบริหารภาครัฐระบบเปิดและการมีส่วนร่วม ครั้งที่ 3/2566\n\n"
                 "เมื่อวันพฤหัสบดีที่ 25 พฤษภาคม 2566 สำนักงาน ก.พ.ร. จัดประชุม อ.ก.พ.ร. เกี่ยวกับการบริหารภาครัฐระบบเปิดและการมีส่วนร่วม "
                 "ครั้งที่ 3/2566 ผ่านระบบอิเล็กทรอนิกส์ โดยมีนายบัณฑูร เศรษฐศิโรตม์ เป็นประธานในการประชุม")
    m = n.meeting
    assert m.committee_id == "opdc-open-gov" and m.meeting_kind == "committee_meeting"
    assert m.committee_name == "คณะอนุกรรมการการพัฒนาระบบราชการเกี่ยวกับการส่งเสริมการบริหารภาครัฐระบบเปิดและการมีส่วนร่วม"
    assert {c.role for c in n.committee_mentions if c.committee_id == "opdc-open-gov"} == {"host"}
    assert all(c.surface != "ก.พ.ร." for c in n.committee_mentions)  # สำนักงาน ก.พ.ร. is the office


def test_title_short_form_and_body_full_name_are_one_committee():
    n = run_text("กรมป่าไม้ ประชุมคณะกรรมการฯ การจัดการไฟป่า ครั้งที่ 2/2565\n\n"
                 "วันที่ 5 มีนาคม 2565 นายสมชาย ใจดี รองอธิบดี เป็นประธานการประชุมคณะกรรมการอำนวยการควบคุมไฟป่าและการจัดการไฟป่า"
                 " ครั้งที่ 2/2565 ณ ห้องประชุม 1 กรมป่าไม้")
    m = n.meeting
    assert m.committee_name == "คณะกรรมการอำนวยการควบคุมไฟป่าและการจัดการไฟป่า"
    assert len({c.committee_id for c in n.committee_mentions if c.surface.startswith("คณะกรรมการ")}) == 1


def test_abbreviation_then_qualifier_stays_in_the_name_but_a_trailing_gloss_does_not():
    m = run_text("เมื่อวันที่ 21 สิงหาคม 2563 สำนักงาน ก.พ.ร. จัดการประชุมคณะอนุกรรมการตรวจสอบและประเมินผลภาคราชการ (อ.ค.ต.ป.) "
                 "เกี่ยวกับการพัฒนาระบบข้อมูล ครั้งที่ 2/2563 โดยมีนายสมชาย ใจดี เป็นประธาน").meeting
    assert m.committee_name == "คณะอนุกรรมการตรวจสอบและประเมินผลภาคราชการ (อ.ค.ต.ป.) เกี่ยวกับการพัฒนาระบบข้อมูล"
    m = run_text("๔ กุมภาพันธ์ ๒๕๖๒ นายสมชาย ใจดี เป็นประธานการประชุมคณะทำงานพัฒนาระบบบริหาร (Digital Working Team) ครั้งที่ ๑/๒๕๖๒").meeting
    assert m.committee_name == "คณะทำงานพัฒนาระบบบริหาร"


def test_fiscal_year_is_part_of_a_working_group_name():
    m = run_text("เมื่อวันที่ 3 มีนาคม 2564 สำนักงาน ก.พ.ร. จัดการประชุมคณะทำงานพิจารณาตัวชี้วัด ประจำปีงบประมาณ พ.ศ. 2564 "
                 "ณ ห้องประชุม ก.พ.ร. ชั้น 5 โดยมีนายสมชาย ใจดี เป็นประธาน").meeting
    assert m.committee_name == "คณะทำงานพิจารณาตัวชี้วัด ประจำปีงบประมาณ พ.ศ. 2564"


def test_joint_meeting_of_several_bodies_has_no_host():
    m = run_text("การประชุมร่วม 2 คณะ ของ อ.ก.พ.ร. ส่วนร่วมฯ และ อ.ก.พ.ร. ภูมิภาคฯ\n\n"
                 "เมื่อวันที่ 12 พฤษภาคม 2564 เจ้าหน้าที่สำนักงาน ก.พ.ร. ได้ประชุมหารือร่วมกัน").meeting
    assert m.committee_id is None and m.committee_name is None


def test_cabinet_meeting_with_a_resolution_is_a_committee_meeting():
    m = run_text("การประชุมคณะรัฐมนตรี เมื่อวันที่ 14 มิถุนายน 2559 มีมติอนุมัติให้แต่งตั้งกรรมการ จำนวน 5 คน\n"
                 "1. นายสมชาย ใจดี").meeting
    assert (m.meeting_kind, m.committee_id) == ("committee_meeting", "cabinet")


def test_headline_printed_twice_does_not_hide_the_meeting_sentence():
    title = "การประชุม อ.ก.พ.ร. เกี่ยวกับการบริหารภาครัฐระบบเปิดและการมีส่วนร่วม ครั้งที่ 2/2566"
    m = run_text(f"{title}\n\n14 มี.ค. 2566\n{title}\n\nเมื่อวันอังคารที่ 7 มีนาคม 2566 สำนักงาน ก.พ.ร. จัดประชุม "
                 "ณ ห้องประชุม ก.พ.ร. ชั้น 5 และผ่านระบบอิเล็กทรอนิกส์ โดยมีนายสมชาย ใจดี เป็นประธาน").meeting
    assert (m.meeting_date, m.weekday_stated, m.mode) == (dt.date(2023, 3, 7), "อังคาร", "hybrid")


def test_a_meeting_cited_in_an_agenda_fragment_is_not_reported():
    n = run_text("1. รับทราบความก้าวหน้าของร่างพระราชบัญญัติ ซึ่งคณะรัฐมนตรีมีมติเห็นชอบในคราวประชุมเมื่อวันที่ 30 มีนาคม 2564 ที่ผ่านมา")
    assert n.meeting is None
    assert not {f.flag for f in n.flags} & {"no_chair", "no_date"}


@pytest.mark.parametrize("ending,truncated", [
    ("โดยสำนักงาน ก.พ.ร. อยู่ระหว่างการศึกษาและรวบ", True),
    ("และนำเสนอคณะรัฐมนตรีพิจารณาต่อไป", False),
    ("เพื่อพัฒนาสู่องค์การที่คล่องตัว (Agile Organization) ", True),
])
def test_truncated_only_when_cut_mid_sentence(ending, truncated):
    n = run_text("เมื่อวันที่ 3 มีนาคม 2564 นายสมชาย ใจดี เป็นประธานการประชุมคณะทำงาน ครั้งที่ 1/2564 " + ending, partial=True)
    assert ("truncated" in {f.flag for f in n.flags}) is truncated


def test_cut_opening_is_not_a_missing_chair():
    n = run_text("การประชุมคณะอนุกรรมการจัดทำแผน ครั้งที่ 1/2557\n\nเมื่อวันที่ 27 มิถุนายน 2557 สำนักงาน ก.ก.ถ. "
                 "ได้จัดการประชุมคณะอนุกรรมการจัดทำแผน ครั้งที่ 1/2557 ณ ห้องประชุม ชั้น 1 ทำเนียบรัฐบา", partial=True)
    assert "no_chair" not in {f.flag for f in n.flags}


@pytest.mark.parametrize("sentence,body", [
    ("เมื่อวันเสาร์ที่ 18 กุมภาพันธ์ 2566 ศาสตราจารย์ ดร.วิชัย ริ้วตระกูล นายกสภามหาวิทยาลัย เป็นประธานการประชุม"
     "สภามหาวิทยาลัยเทคโนโลยีราชมงคลธัญบุรี ครั้งที่ 2/2566 ณ ห้องประชุมสภามหาวิทยาลัย ชั้น 2 อาคารสำนักงานอธิการบดี",
     "สภามหาวิทยาลัยเทคโนโลยีราชมงคลธัญบุรี"),
    ("เมื่อวันพุธที่ 6 กันยายน 2566 คณะกรรมาธิการการปกครอง สภาผู้แทนราษฎร ได้ประชุมครั้งที่ 4/2566 "
     "ณ ห้องประชุมคณะกรรมาธิการ โดยมีนายสมชาย ใจดี เป็นประธาน", "คณะกรรมาธิการการปกครอง สภาผู้แทนราษฎร"),
    ("วันนี้ (5 มี.ค. 67) เวลา 09.30 น. ที่ห้องประชุมพระนารายณ์ ศาลากลางจังหวัดลพบุรี นายสมชาย ใจดี ผู้ว่าราชการจังหวัดลพบุรี "
     "เป็นประธานการประชุมกรมการจังหวัดลพบุรี ประจำเดือนมีนาคม 2567", "กรมการจังหวัดลพบุรี"),
], ids=["university-council", "house-committee", "provincial-board"])
def test_bodies_beyond_คณะกรรมการ_and_rooms_named_after_them(sentence, body):
    n = run_text(sentence)
    assert (n.meeting.meeting_kind, n.meeting.committee_name) == ("committee_meeting", body)
    assert all(not c.surface.startswith(("สภามหาวิทยาลัย ชั้น", "คณะกรรมาธิการ โดย")) for c in n.committee_mentions)


def test_sub_committee_headed_by_an_abbreviation_the_registry_does_not_list():
    n = run_text("การประชุม อ.ก.พ.ร. ครั้งที่ 2/2567\nเมื่อวันที่ 20 กุมภาพันธ์ 2567 นายปกรณ์ นิลประพันธ์ เป็นประธานการประชุม "
                 "อ.ก.พ.ร. เกี่ยวกับการพัฒนาระบบราชการ ครั้งที่ 2/2567 ณ ห้องประชุม 1 สำนักงาน ก.พ.ร.")
    m = n.meeting
    assert (m.meeting_kind, m.committee_name) == ("committee_meeting", "อ.ก.พ.ร. เกี่ยวกับการพัฒนาระบบราชการ")
    assert m.committee_id.startswith("c-")  # not in the registry: a stable hash id


@pytest.mark.parametrize("sentence,body", [
    ("เมื่อวันที่ 9 พฤศจิกายน 2560 นายสมชาย ใจดี ปลัดกระทรวงศึกษาธิการ เป็นประธานการประชุม อ.ก.พ. กระทรวงศึกษาธิการ "
     "ครั้งที่ 11/2560 ณ ห้องประชุม 1", "อ.ก.พ. กระทรวงศึกษาธิการ"),
    ("การประชุม อ.ก.พ.ร. ประจำกระทรวงการคลัง ครั้งที่ 1/2566 เมื่อวันที่ 3 มีนาคม 2566 โดยมีนายสมชาย ใจดี เป็นประธาน",
     "อ.ก.พ.ร. ประจำกระทรวงการคลัง"),
], ids=["ministry-civil-service", "ministry-opdc"])
def test_ministry_sub_committees_by_abbreviation(sentence, body):
    assert run_text(sentence).meeting.committee_name == body


def test_bracketed_abbreviation_of_an_unregistered_body_is_its_abbreviation_wherever_used():
    from pipeline.tables import committee_rows

    n = run_text("อ.ก.พ.ร. ขับเคลื่อนฯ ประชุมครั้งที่ 1/2565\n\nสำนักงาน ก.พ.ร. จัดประชุมคณะอนุกรรมการขับเคลื่อนการพัฒนาระบบราชการ"
                 "ไปสู่ระบบราชการ 4.0 (อ.ก.พ.ร. ขับเคลื่อนฯ) ครั้งที่ 1/2565 เมื่อวันที่ 18 มกราคม 2565 "
                 "นายสมชาย ใจดี เป็นประธาน ทั้งนี้ อ.ก.พ.ร. ขับเคลื่อนฯ จะประชุมอีกครั้งในเดือนมีนาคม")
    host = n.meeting.committee_id
    assert n.meeting.committee_name == "คณะอนุกรรมการขับเคลื่อนการพัฒนาระบบราชการไปสู่ระบบราชการ 4.0"
    assert [c.surface for c in n.committee_mentions if c.committee_id == host].count("อ.ก.พ.ร. ขับเคลื่อนฯ") == 3
    row = next(r for r in committee_rows([{"committee_id": c.committee_id, "surface": c.surface} for c in n.committee_mentions])
               if r["committee_id"] == host)
    assert (row["name"], row["abbreviation"], row["aliases"]) == (n.meeting.committee_name, "อ.ก.พ.ร. ขับเคลื่อนฯ", [])


def test_header_broken_into_lines_is_one_meeting_statement():
    m = run_text("ข่าวประชาสัมพันธ์ กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม\n"
                 "การประชุมคณะกรรมการส่งเสริมวิทยาศาสตร์ วิจัยและนวัตกรรม (กสว.) ครั้งที่ ๕/๒๕๖๖\n"
                 "วันพุธที่ ๒๐ ก.ย. ๖๖ เวลา ๑๓.๓๐ น. ผ่านระบบ Microsoft Teams\n"
                 "โดยมี รองศาสตราจารย์ ดร.สมหญิง รักดี รองประธานกรรมการ ทำหน้าที่ประธานการประชุม\n"
                 "๑. เรื่องเพื่อทราบ ณ ห้องประชุม ๑ ที่ประชุมรับทราบ").meeting
    assert (m.meeting_date, m.weekday_stated, m.mode, m.venue) == (dt.date(2023, 9, 20), "พุธ", "online", None)
    assert m.chair_name == "รองศาสตราจารย์ ดร.สมหญิง รักดี"


def test_renamed_body_former_name_in_brackets_is_linked_not_part_of_the_name():
    n = run_text("กรมส่งเสริมการปกครองท้องถิ่น จัดประชุมคณะกรรมการพัฒนาระบบงานดิจิทัล "
                 "(เดิมชื่อ คณะกรรมการพัฒนาระบบสารสนเทศท้องถิ่นและการบริการประชาชน) ครั้งที่ 1/2567 "
                 "เมื่อวันที่ 9 มกราคม 2567 นายสมศักดิ์ มั่นคง อธิบดี เป็นประธาน")
    assert n.meeting.committee_name == "คณะกรรมการพัฒนาระบบงานดิจิทัล"
    assert {c.surface for c in n.committee_mentions if c.committee_id == n.meeting.committee_id} == {
        "คณะกรรมการพัฒนาระบบงานดิจิทัล", "คณะกรรมการพัฒนาระบบสารสนเทศท้องถิ่นและการบริการประชาชน"}
    registry = load_registry()
    renamed = run_text("การประชุมคณะกรรมการพัฒนาระบบราชการแบบเปิด (เดิมชื่อ คณะกรรมการพัฒนาระบบราชการ) ครั้งที่ 1/2567")
    assert {c.committee_id for c in renamed.committee_mentions} == {link("คณะกรรมการพัฒนาระบบราชการ", registry)}


@pytest.mark.parametrize("where,mode,venue", [
    ("ณ จังหวัดขอนแก่น", "onsite", "จังหวัดขอนแก่น"),
    ("ณ โรงเรียนบ้านหนองบัว อำเภอเมือง", "onsite", "โรงเรียนบ้านหนองบัว"),  # the place, not its address
    ("ณ ห้องประชุม 2 และผ่านระบบ Zoom Meeting", "hybrid", "ห้องประชุม 2"),
    ("ผ่านระบบการประชุมทางไกล (VDO Conference)", "online", None),
    ("ณ ห้องประชุมสำนักงานเกษตรจังหวัด ชั้น 2 มีวาระการประชุมที่สำคัญ ดังนี้", "onsite", "ห้องประชุมสำนักงานเกษตรจังหวัด ชั้น 2"),
])
def test_venue_and_mode_forms(where, mode, venue):
    m = run_text(f"การประชุมคณะกรรมการ ก ครั้งที่ 1/2567 เมื่อวันที่ 3 ตุลาคม 2567 {where} นายเอ บีซี เป็นประธาน").meeting
    assert (m.mode, m.venue) == (mode, venue)
