"""The chair of another body the notice cites, and offices that end in a list
or stand alone before a bracketed name."""
from pipeline.extract.persons import find_persons
from tests.conftest import run_text


def people(text):
    return {p.full_name: p for p in find_persons(text, [(0, len(text))])}


def roles(text):
    return {p.full_name: p.role for p in run_text(text).persons}


def test_chair_of_a_cited_body_is_only_mentioned():
    got = roles("ระเบียบวาระที่ 3 เรื่องเสนอเพื่อพิจารณา\n3.2 การปรับปรุงหลักสูตรครุศาสตรบัณฑิต\n\nสรุปเรื่อง\n\n"
                "คณะกรรมการประจำคณะครุศาสตร์ ในคราวประชุมครั้งที่ 4/2561 ได้ให้ความเห็นชอบหลักสูตรแล้ว "
                "และคณะกรรมการวิพากษ์หลักสูตร ซึ่งมีรองศาสตราจารย์ ดร.สมหมาย แก้วประเสริฐ เป็นประธาน "
                "ได้ให้ข้อเสนอแนะในการปรับปรุงรายวิชา")
    assert got == {"รองศาสตราจารย์ ดร.สมหมาย แก้วประเสริฐ": "mentioned"}


def test_chair_of_the_meetings_own_body_stays_chair():
    # The body written with the session, or said to have met, is this meeting's.
    assert roles("สรุปผลการประชุม\n\nเมื่อวันที่ 3 มีนาคม 2567 สำนักงานฯ รายงานต่อคณะกรรมการนโยบายที่ดินแห่งชาติแล้ว "
                 "การประชุมคณะกรรมการพัฒนาระบบราชการ ครั้งที่ 1/2567 ซึ่งมี นายสมชาย ใจดี เป็นประธาน "
                 "ได้พิจารณาเรื่องต่าง ๆ") == {"นายสมชาย ใจดี": "chair"}
    assert roles("สรุปผลการประชุม\n\nภายหลังคณะกรรมการนโยบายที่ดินแห่งชาติมอบหมาย "
                 "คณะอนุกรรมการพิจารณาปรับปรุงกฎหมาย (อปก.) ซึ่งมีนายสมชาย เกียรติวัฒนา เป็นประธาน "
                 "ได้มีการประชุมเมื่อวันที่ 29 มีนาคม 2566") == {"นายสมชาย เกียรติวัฒนา": "chair"}


def test_spaced_และ_before_the_last_word_of_an_office_is_part_of_it():
    got = people("โดยมีนางวิไลวรรณ ศรีสุข ผู้อำนวยการสถาบันวิจัยและพัฒนาทรัพยากรทางทะเล ชายฝั่งทะเล และป่าชายเลน "
                 "ได้รับมอบหมายให้เป็นประธานในการประชุม")
    assert got["นางวิไลวรรณ ศรีสุข"].position == ("ผู้อำนวยการสถาบันวิจัยและพัฒนาทรัพยากรทางทะเล ชายฝั่งทะเล "
                                                "และป่าชายเลน")


def test_และ_before_others_or_more_words_still_ends_the_office():
    got = people("ตามคำแนะนำของพลเอกสมชาย ใจดี องคมนตรี และตามพระบรมราโชบายนั้น สำนักงาน ทปอ. ได้มีคำสั่ง\n"
                 "พ.ต.อ.ธนพล แก้วใส ผู้กำกับการ กองคดีอาญา และคณะ เข้าร่วมประชุม")
    assert got["พลเอกสมชาย ใจดี"].position == "องคมนตรี"
    assert got["พ.ต.อ.ธนพล แก้วใส"].position == "ผู้กำกับการ กองคดีอาญา"


def test_role_word_alone_before_a_bracketed_name_is_the_office():
    inline = people("ประธานกรรมการ (นายวิรัช สุขประเสริฐ) กล่าวเปิดการประชุม")
    assert (inline["นายวิรัช สุขประเสริฐ"].role, inline["นายวิรัช สุขประเสริฐ"].position) == ("chair", "ประธานกรรมการ")
    minutes = people("ผู้มาประชุม\nประธานอนุกรรมการ\n(นายชนินทร์ ศรีวิไล)\n"
                     "ผู้อำนวยการสำนักงานนโยบายและแผนพลังงาน กรรมการและเลขานุการ\n(นายทวารัฐ สูตะบุตร)")
    assert {n: (p.role, p.position) for n, p in minutes.items()} == {
        "นายชนินทร์ ศรีวิไล": ("chair", "ประธานอนุกรรมการ"),
        "นายทวารัฐ สูตะบุตร": ("secretary", "ผู้อำนวยการสำนักงานนโยบายและแผนพลังงาน"),
    }
