import json

import pytest

from pipeline.read import ErrorCode, read_paths
from pipeline.record import ErrorRow, Notice

THAI = "การประชุมคณะอนุกรรมการ ครั้งที่ 1/2566\n\nเมื่อวันที่ 3 กุมภาพันธ์ 2566 นายสมชาย ใจดี เป็นประธาน"


def read_one(path):
    items = list(read_paths([path]))
    assert len(items) == 1, items
    return items[0]


def test_txt_is_a_notice_named_by_its_stem(tmp_path):
    p = tmp_path / "abc_1.txt"
    p.write_text(THAI, "utf-8")
    n = read_one(p)
    assert isinstance(n, Notice) and n.notice_id == "abc_1" and n.raw == THAI


def test_cp874_text_is_decoded_not_an_error(tmp_path):
    p = tmp_path / "tis.txt"
    p.write_bytes(THAI.encode("cp874"))
    n = read_one(p)
    assert isinstance(n, Notice) and n.raw == THAI


def test_jsonl_ids_and_errors(tmp_path):
    p = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": "a", "text": THAI, "url": "u", "partial": True}, ensure_ascii=False),
             "{not json", json.dumps({"id": "b"}), json.dumps({"text": THAI}, ensure_ascii=False)]
    p.write_text("\n".join(lines), "utf-8")
    items = list(read_paths([p]))
    assert items[0].notice_id == "a" and items[0].partial and items[0].url == "u"
    assert isinstance(items[1], ErrorRow) and items[1].error_code == ErrorCode.MALFORMED_JSON
    assert isinstance(items[2], ErrorRow) and items[2].error_code == ErrorCode.MISSING_TEXT
    assert items[3].notice_id == "batch:4"


@pytest.mark.parametrize("name,data,code", [
    ("empty.txt", b"", ErrorCode.EMPTY),
    ("bin.txt", b"\x00\x01\x02\xff" * 50, ErrorCode.BINARY),
    ("latin.txt", "Réunion du comité".encode("latin-1") + b"\x81\x8d", ErrorCode.ENCODING),
    ("english.txt", b"Meeting of the committee", ErrorCode.NO_THAI),
    ("page.html", b"<html><body><nav>menu</nav><script>x</script></body></html>", ErrorCode.NO_ARTICLE),
    ("notes.docx", b"PK", ErrorCode.UNSUPPORTED),
])
def test_bad_input_is_one_specific_error_row(tmp_path, name, data, code):
    p = tmp_path / name
    p.write_bytes(data)
    row = read_one(p)
    assert isinstance(row, ErrorRow) and row.error_code == code, row


def test_missing_path(tmp_path):
    row = read_one(tmp_path / "nope.txt")
    assert row.error_code == ErrorCode.NOT_FOUND


def test_html_drops_navigation_and_scripts(tmp_path):
    p = tmp_path / "n.html"
    p.write_text("<html><head><title>ข่าว</title></head><body><nav>หน้าแรก เมนู</nav><article><p>"
                 + THAI + "</p></article><footer>ลิขสิทธิ์</footer><script>var a</script></body></html>", "utf-8")
    n = read_one(p)
    assert "นายสมชาย" in n.raw and "เมนู" not in n.raw and "ลิขสิทธิ์" not in n.raw and n.title == "ข่าว"


def test_html_without_article_keeps_the_story_not_the_sidebar(tmp_path):
    p = tmp_path / "n.html"
    sidebar = "<div class='side'><p>ข่าวล่าสุด การประชุมคณะกรรมการอื่น ครั้งที่ 1/2560</p></div>"
    story = "<div class='content'><p>" + THAI + "</p><p>ที่ประชุมรับทราบผลการดำเนินงานและเห็นชอบแผนปฏิบัติการประจำปี</p></div>"
    p.write_text(f"<html><body><div class='wrap'>{sidebar}{story}</div></body></html>", "utf-8")
    n = read_one(p)
    assert "นายสมชาย" in n.raw and "ข่าวล่าสุด" not in n.raw


def test_html_ordered_lists_keep_the_numbers_a_browser_shows(tmp_path):
    from tests.conftest import run_text

    p = tmp_path / "n.html"
    p.write_text("<html><body><article><p>" + THAI + "</p><ol><li>เรื่องเพื่อพิจารณา<ol><li>ที่ประชุมเห็นชอบแผนงาน</li>"
                 "<li>ที่ประชุมอนุมัติงบประมาณ</li></ol></li><li>ที่ประชุมรับทราบผลการประเมิน</li></ol>"
                 "<ol start=\"5\"><li>5. เขียนเลขไว้แล้ว</li></ol><ul><li>ไม่มีเลข</li></ul></article></body></html>", "utf-8")
    raw = read_one(p).raw
    assert [line for line in raw.split("\n") if line][2:] == [
        "1. เรื่องเพื่อพิจารณา", "1.1 ที่ประชุมเห็นชอบแผนงาน", "1.2 ที่ประชุมอนุมัติงบประมาณ", "2. ที่ประชุมรับทราบผลการประเมิน",
        "5. เขียนเลขไว้แล้ว", "ไม่มีเลข"]
    items = run_text(raw).agenda
    assert [(i.number, i.level, i.decisions) for i in items][:4] == [
        ("1", 1, []), ("1.1", 2, ["approve"]), ("1.2", 2, ["approve"]), ("2", 1, ["acknowledge"])]
