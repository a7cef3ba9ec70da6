"""``thai-notices report``: the page builders, the atomic site write, and the site in headless Chromium."""
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.report import (Mark, NoticeData, build_site, index_page, load_notices, notice_page, page_name,
                             render_text, span_docs, write_site)
from pipeline.store import write_tables
from pipeline.tables import build_tables
from tests.conftest import CORPUS, ROOT

SEED_ID = "001_bd9f5c640814bf54"
CHAIR = "นายบัณฑูร เศรษฐศิโรตม์"
SEED_ITEMS = ["1", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2", "2.1", "2.2", "2.3", "2.4"]
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
SCREENSHOT = ROOT / "outputs" / "report-screenshot.png"


@pytest.fixture(scope="module")
def tables_dir(corpus_run, tmp_path_factory):
    """The corpus run's Parquet tables, as `thai-notices extract` writes them."""
    out = tmp_path_factory.mktemp("tables")
    write_tables(build_tables(list(corpus_run.values()), []), out)
    return out


@pytest.fixture(scope="module")
def notices(tables_dir):
    return {n.notice_id: n for n in load_notices(tables_dir)}


@pytest.fixture(scope="module")
def site(tables_dir):
    return write_site(tables_dir, tables_dir / "report", CORPUS / "gold")


# --- page builders ----------------------------------------------------------------

def test_seed_page_has_the_meeting_card_agenda_and_highlighted_spans(notices):
    page = notice_page(notices[SEED_ID])
    assert '<meta charset="utf-8">' in page
    assert f'<td data-field="chair">{CHAIR}</td>' in page
    assert '<td data-field="session">3/2566</td>' in page
    assert '<td data-field="date (CE)">2023-05-25</td>' in page
    assert '<td data-field="mode">online</td>' in page
    # The agenda tree in order, 1.1 nested under 1, with the decisions.
    positions = [page.index(f'<li data-number="{n}">') for n in SEED_ITEMS]
    assert positions == sorted(positions)
    assert re.search(r'<li data-number="1">.*?<ul><li data-number="1.1">', page)
    assert '<span class="badge">approve</span>' in page and '<span class="badge">acknowledge</span>' in page
    # displaCy's span markup, with a label from each table.
    assert page.count('<div class="spans"') > 5
    for label in ["PERSON", "ORGANIZATION", "person: chair", "date: 2023-05-25", "committee: host", "decision: approve"]:
        assert f"{label}\n" in page or f"{label}<" in page, label


def test_index_lists_every_notice_and_links_its_page(notices):
    page = index_page(list(notices.values()))
    assert len(notices) == 37
    assert page.count("<tr data-notice=") == 37
    for notice_id in notices:
        assert f'href="{page_name(notice_id)}"' in page
    assert "<script>" in page and "sortTable" in page
    assert "http://" not in page and "https://" not in page


def test_site_has_one_page_per_notice_and_the_scores(site, notices):
    assert site.pages == 37 and site.scores is not None
    index = site.index.read_text("utf-8")
    assert 'id="scores"' in index and "overall" in index and f"Misses ({len(site.scores.misses)})" in index
    assert sorted(p.name for p in site.index.parent.iterdir()) == sorted(
        ["index.html", *(page_name(n) for n in notices)])
    assert "Misses against gold" in (site.index.parent / page_name(SEED_ID)).read_text("utf-8")


def test_text_and_labels_are_escaped():
    text = "ประชุม <b>คณะ</b> & ผู้แทน\nบรรทัดที่สอง"
    data = NoticeData({"notice_id": "x:1", "title": "<script>alert(1)</script>", "text": text, "source": "t"},
                      {"meetings": [{"meeting_kind": "other", "venue": "ห้อง A & B"}]})
    page = notice_page(data)
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "ห้อง A &amp; B" in page
    html = render_text(text, [Mark(7, 18, "<x>", "entity")])
    assert "<b>" not in html and "&lt;b&gt;" in html and "&lt;x&gt;" in html


def test_span_docs_cut_tokens_at_every_offset_and_split_at_lines():
    text = "abc def\nghi"
    docs = span_docs(text, [Mark(4, 7, "A", "entity"), Mark(0, 11, "B", "date"), Mark(5, 6, "C", "person")])
    assert [d["tokens"] for d in docs] == [["abc ", "d", "e", "f"], ["ghi"]]
    assert [(s["start_token"], s["end_token"], s["label"]) for s in docs[0]["spans"]] == [(1, 4, "A"), (0, 4, "B"),
                                                                                          (2, 3, "C")]
    assert [(s["start_token"], s["end_token"], s["label"]) for s in docs[1]["spans"]] == [(0, 1, "B")]


def test_page_names_are_safe_relative_links_and_unique():
    assert page_name(SEED_ID) == f"{SEED_ID}.html"
    assert ":" not in page_name("notices:3")
    assert page_name("notices:3") != page_name("notices_3")


def test_a_failed_write_leaves_the_previous_site(tables_dir, site, monkeypatch):
    out = site.index.parent
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    real = Path.write_text

    def disk_full(self, *args, **kwargs):
        if self.name != "index.html":
            raise OSError("disk full")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", disk_full)
    with pytest.raises(OSError):
        write_site(tables_dir, out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert [p.name for p in out.parent.iterdir() if p.name.startswith(".report-")] == []


def test_build_site_is_pure(notices):
    once, twice = build_site(list(notices.values())), build_site(list(notices.values()))
    assert once == twice and len(once) == 38


# --- command line -----------------------------------------------------------------

def test_report_command(tables_dir, tmp_path):
    result = CliRunner().invoke(main, ["report", "--tables", str(tables_dir), "--out", str(tmp_path / "site"),
                                       "--gold", str(CORPUS / "gold")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "37 notice pages, scores over 37 gold notices" in result.output
    assert (tmp_path / "site" / "index.html").exists()
    help_ = CliRunner().invoke(main, ["report", "--help"])
    assert help_.exit_code == 0 and "Example" in help_.output


def test_report_without_tables_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["report", "--tables", str(tmp_path), "--out", str(tmp_path / "site")])
    assert result.exit_code == 2 and "no tables" in result.output
    assert not (tmp_path / "site").exists()


# --- in a browser -----------------------------------------------------------------

@pytest.fixture
def chromium(tmp_path):
    """Run headless Chromium offline with a fresh profile; Sarabun is added to its fonts for the Thai screenshot."""
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (CI must install it: see .ci/run)")
        pytest.skip("chromium is not installed")
    env = {**os.environ, "HOME": str(tmp_path)}
    try:
        import fontpkg_sarabun

        fonts = Path(fontpkg_sarabun.__file__).parent / "files"
        conf = tmp_path / "fonts.conf"
        conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
                        f"<dir>{fonts}</dir><cachedir>{tmp_path / 'fontcache'}</cachedir></fontconfig>")
        env["FONTCONFIG_FILE"] = str(conf)
    except ImportError:
        pass

    def run(*args: str) -> str:
        profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
        cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={profile}", *args]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)
        assert done.returncode == 0, done.stderr[-2000:]
        return done.stdout

    return run


def test_site_renders_in_chromium(site, chromium):
    pages = site.index.parent
    # The index, sorted newest first by its own script (#sort=date-desc).
    dom = chromium("--dump-dom", f"{site.index.as_uri()}#sort=date-desc")
    rows = re.findall(r'<tr data-notice="([^"]+)">.*?</tr>', dom, re.S)
    assert len(rows) == 37
    assert re.search(r'<th data-key="date" data-dir="desc">', dom), "the sort script did not run"
    dates = re.findall(r'<td class="nowrap">(\d{4}-\d\d-\d\d)</td>', dom)
    assert dates and dates == sorted(dates, reverse=True)
    # One notice page: the card, the agenda and displaCy's spans are in the rendered DOM.
    seed = (pages / page_name(SEED_ID)).as_uri()
    dom = chromium("--dump-dom", seed)
    for expected in [CHAIR, "3/2566", "2023-05-25", 'data-number="2.4"', 'class="spans"', "person: chair"]:
        assert expected in dom, expected
    # The screenshot is kept as a CI artifact.
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    SCREENSHOT.unlink(missing_ok=True)
    chromium(f"--screenshot={SCREENSHOT}", "--window-size=1280,2000", seed)
    assert SCREENSHOT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
