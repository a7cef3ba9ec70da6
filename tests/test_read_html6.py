"""Saved web pages: which text of the page becomes the notice, and in which lines."""
from pipeline.read import html_to_text
from tests.conftest import run_text

MEETING = ("เมื่อวันอังคารที่ 29 พฤศจิกายน 2565 เวลา 13.30 น. นายสมพงษ์ ใจดี เกษตรจังหวัด เป็นประธานการประชุม"
           "คณะกรรมการขับเคลื่อนงานด้านการเกษตรระดับจังหวัด ครั้งที่ 4/2565 ณ ห้องประชุมสำนักงานเกษตรจังหวัด ดังนี้")
ITEMS = ["1. รับรองรายงานการประชุม ครั้งที่ 3/2565", "2. พิจารณาแผนการส่งเสริมการปลูกพืชหลังนา ที่ประชุมเห็นชอบ",
         "3. รายงานความก้าวหน้าโครงการส่งเสริมเกษตรแปลงใหญ่ ที่ประชุมรับทราบ"]


def lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


def test_loose_text_beside_paragraphs_is_kept():
    page = (f"<html><body><div class='detail'>&nbsp;&nbsp;{MEETING}<br><br>"
            + "".join(f"<p>{item}</p>" for item in ITEMS) + "<p>กมลวรรณ /ข้อมูล</p></div></body></html>")
    assert lines(html_to_text(page)[1]) == [MEETING, *ITEMS, "กมลวรรณ /ข้อมูล"]


def test_text_directly_in_body_is_kept():
    _, text = html_to_text(f"<html><body>{MEETING}<p>{ITEMS[0]}</p>ภาพ/ข่าว : มาลี สุขสม</body></html>")
    assert lines(text) == [MEETING, ITEMS[0], "ภาพ/ข่าว : มาลี สุขสม"]


def test_br_lines_stay_lines_and_source_newlines_do_not():
    page = f"<html><body><article><p>ที่ประชุมมีมติ\nที่สำคัญ ดังนี้<br>\n{'<br>'.join(ITEMS)}</p></article></body></html>"
    assert lines(html_to_text(page)[1]) == ["ที่ประชุมมีมติ ที่สำคัญ ดังนี้", *ITEMS]
    items = run_text(html_to_text(page)[1]).agenda
    assert [i.number for i in items] == ["1", "2", "3"]


# A story four times the length of its headline and date, as a meeting notice is.
MORE = [*ITEMS, "4. มอบหมายให้เกษตรอำเภอทุกอำเภอสำรวจพื้นที่ได้รับผลกระทบจากอุทกภัย ให้แล้วเสร็จภายในวันที่ 15 ธันวาคม 2565",
        "5. เรื่องอื่น ๆ ที่ประชุมรับทราบกำหนดการประชุมครั้งต่อไปในเดือนกุมภาพันธ์ 2566"]
LAYOUT_PAGE = f"""<html><head><title>:: สำนักงานเกษตรจังหวัด :: ข่าวประชาสัมพันธ์</title></head><body>
<table><tr><td colspan="2"><img src="banner.jpg"></td></tr>
<tr><td><table><tr><td><a href="index.php">หน้าหลัก</a></td></tr><tr><td><a href="about.php">ประวัติหน่วยงาน</a></td></tr>
  <tr><td><a href="webboard.php">เว็บบอร์ด</a></td></tr><tr><td>ผู้เข้าชม : 045821</td></tr></table></td>
 <td><table><tr><td><b>ประชุมคณะกรรมการขับเคลื่อนงานด้านการเกษตรระดับจังหวัด ครั้งที่ 4/2565</b></td></tr>
  <tr><td>วันที่ 30 พฤศจิกายน 2565 &nbsp;&nbsp; อ่าน 89 ครั้ง</td></tr>
  <tr><td>{MEETING}<br><br>{'<br>'.join(MORE)}<br><br>ภาพ/ข่าว : มาลี สุขสม</td></tr>
  <tr><td><a href="javascript:window.print()">พิมพ์</a> | <a href="news.php">&laquo; ย้อนกลับ</a></td></tr></table></td></tr>
<tr><td colspan="2" class="footer">สำนักงานเกษตรจังหวัด ศูนย์ราชการจังหวัด 72000<br>Copyright &copy; 2565</td></tr>
</table></body></html>"""


def test_layout_table_page_keeps_the_story_cells_not_the_menu_or_footer():
    _, text = html_to_text(LAYOUT_PAGE)
    assert lines(text) == ["ประชุมคณะกรรมการขับเคลื่อนงานด้านการเกษตรระดับจังหวัด ครั้งที่ 4/2565",
                           "วันที่ 30 พฤศจิกายน 2565", MEETING, *MORE, "ภาพ/ข่าว : มาลี สุขสม"]


def test_view_counter_after_the_post_date_leaves_a_posting_line():
    notice = run_text(html_to_text(LAYOUT_PAGE)[1])
    posting = notice.segment("posting")
    assert [notice.text[s.start:s.end] for s in posting] == ["วันที่ 30 พฤศจิกายน 2565"]
    assert notice.meeting.meeting_date.isoformat() == "2022-11-29"


def test_meta_line_drops_its_counter_and_splits_at_pipes():
    page = (f"<html><body><div class='post'><h2>หัวข้อข่าว</h2><div class='post-info'>โพสต์เมื่อ 20 กันยายน 2566 | "
            f"อ่าน 645</div><div class='post-body'><p>{MEETING}</p><p>{ITEMS[0]}</p></div></div></body></html>")
    assert lines(html_to_text(page)[1]) == ["หัวข้อข่าว", "โพสต์เมื่อ 20 กันยายน 2566", MEETING, ITEMS[0]]


def test_a_table_row_is_one_line_and_header_cells_are_left_out():
    page = (f"<html><body><main><p>{MEETING}</p><p>ผู้มาประชุม</p><table><thead><tr><th>ลำดับ</th><th>ชื่อ</th>"
            "<th>ตำแหน่ง</th></tr></thead><tbody><tr><td>1</td><td>นายกุลิศ สมบัติศิริ</td><td>ประธานกรรมการ</td></tr>"
            "<tr><td>2</td><td>นางสาวนันทิกา ทังสุพานิช</td><td>กรรมการ</td></tr></tbody></table></main></body></html>")
    assert lines(html_to_text(page)[1]) == [MEETING, "ผู้มาประชุม", "1 นายกุลิศ สมบัติศิริ ประธานกรรมการ",
                                            "2 นางสาวนันทิกา ทังสุพานิช กรรมการ"]


def test_a_wrapper_and_its_heading_are_emitted_once():
    page = (f"<html><body><main><div class='page-header'><h2>มติคณะกรรมการ ครั้งที่ 5/2566</h2></div>"
            f"<div><div><p>{MEETING}</p></div></div></main></body></html>")
    assert lines(html_to_text(page)[1]) == ["มติคณะกรรมการ ครั้งที่ 5/2566", MEETING]


def test_header_inside_the_article_is_kept_site_header_and_footer_are_not():
    page = ("<html><body><header class='site-header'><p>สำนักงาน ก.ก.ถ.</p></header><main><article>"
            "<header class='entry-header'><h1>การประชุมคณะกรรมการ ครั้งที่ 3/2566</h1><div>• วันที่ : 9 มิถุนายน 2566</div>"
            f"</header><div class='entry-content'><p>{MEETING}</p></div></article></main>"
            "<footer><p>ทำเนียบรัฐบาล ถนนพิษณุโลก</p></footer></body></html>")
    assert lines(html_to_text(page)[1]) == ["การประชุมคณะกรรมการ ครั้งที่ 3/2566", "• วันที่ : 9 มิถุนายน 2566", MEETING]


def test_share_related_pager_tags_and_link_bars_inside_the_article_are_dropped():
    page = (
        "<html><body><article><h1>การประชุมคณะกรรมการ ครั้งที่ 3/2566</h1>"
        "<div class='jeg_meta_date'>27 ตุลาคม 2566</div><div class='jeg_meta_views'>1,022 views</div>"
        "<div class='jeg_share_top'><a href='#'>Share on Facebook</a><a href='#'>Share on Twitter</a></div>"
        "<div class='btn-group'><a href='#'>พิมพ์</a> <a href='#'>อีเมล</a></div>"
        f"<div class='content-inner'><p>{MEETING}</p><p>ที่มา : <a href='/x'>กองนโยบายปิโตรเลียมและก๊าซธรรมชาติ</a></p></div>"
        "<div class='sharedaddy'><h3>แชร์:</h3></div><div class='news-tags'>Tags : <a href='#'>ระยอง</a></div>"
        "<div class='jeg_related'><h3>ข่าวที่เกี่ยวข้อง</h3><p>ประชุมคณะกรรมการ ครั้งที่ 2/2566</p><small>24 กรกฎาคม 2566</small></div>"
        "<ul class='pager pagenav'><li><a href='/1'>&lt; ก่อนหน้า</a></li><li><a href='/2'>ถัดไป &gt;</a></li></ul>"
        "</article></body></html>")
    assert lines(html_to_text(page)[1]) == ["การประชุมคณะกรรมการ ครั้งที่ 3/2566", "27 ตุลาคม 2566", MEETING,
                                            "ที่มา : กองนโยบายปิโตรเลียมและก๊าซธรรมชาติ"]


def test_a_sidebar_of_links_beside_a_story_without_article_markup_is_dropped():
    menu = "".join(f"<li><a href='/n/{i}'>ข่าวกิจกรรม {i}</a></li>" for i in range(3))
    page = (f"<html><body><div class='row'><div class='col-md-9'><h3>หัวข้อข่าว</h3><div class='detail'>{MEETING}<br><br>"
            + "".join(f"<p>{item}</p>" for item in ITEMS) + "</div></div>"
            f"<div class='col-md-3'><div class='panel-heading'>เมนูข่าวสาร</div><ul>{menu}</ul></div></div></body></html>")
    assert lines(html_to_text(page)[1]) == ["หัวข้อข่าว", MEETING, *ITEMS]


def test_title_is_og_title_then_the_story_h1_then_the_page_title_without_the_site_name():
    head = "<title>ประชุมคณะกรรมการ ครั้งที่ 1 - 15 พฤษภาคม 2566 | สำนักงานเกษตรจังหวัด</title>"
    story = f"<article><p>{MEETING}</p></article>"
    og = "<meta property='og:title' content='ทช. ประชุมคณะอนุกรรมการ ครั้งที่ ๑/๒๕๖๖'>"
    assert html_to_text(f"<html><head>{og}{head}</head><body>{story}</body></html>")[0] == "ทช. ประชุมคณะอนุกรรมการ ครั้งที่ ๑/๒๕๖๖"
    with_h1 = f"<article><h1>ประชุมคณะกรรมการ ครั้งที่ 4/2565</h1><p>{MEETING}</p></article>"
    assert html_to_text(f"<html><head>{head}</head><body>{with_h1}</body></html>")[0] == "ประชุมคณะกรรมการ ครั้งที่ 4/2565"
    assert html_to_text(f"<html><head>{head}</head><body>{story}</body></html>")[0] == \
        "ประชุมคณะกรรมการ ครั้งที่ 1 - 15 พฤษภาคม 2566"


def test_pages_with_thousands_of_unclosed_tags_are_read():
    page = "<html><body>" + "".join(f"<p>ย่อหน้าที่ {i} การประชุม" for i in range(3000)) + "</body></html>"
    assert len(lines(html_to_text(page)[1])) == 3000
