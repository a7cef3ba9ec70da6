import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from pipeline import __version__
from pipeline.cli import main
from pipeline.schema import TABLES
from tests.conftest import CORPUS

SEED = CORPUS / "seeds" / "001_bd9f5c640814bf54.txt"


def invoke(*args):
    return CliRunner().invoke(main, list(map(str, args)), catch_exceptions=False)


@pytest.mark.parametrize("command", ["extract", "show", "eval", "sql", "committees"])
def test_every_command_has_help_with_an_example(command):
    result = invoke(command, "--help")
    assert result.exit_code == 0, result.output
    assert "Example" in result.output


def test_extract_writes_every_table_with_version_metadata(tmp_path):
    result = invoke("extract", SEED, "--out", tmp_path, "--json")
    assert result.exit_code == 0, result.output
    for name in TABLES:
        meta = pq.read_schema(tmp_path / f"{name}.parquet").metadata
        assert meta[b"pipeline_version"].decode() == __version__
    meetings = pd.read_parquet(tmp_path / "meetings.parquet")
    assert meetings.loc[0, "chair_name"] == "นายบัณฑูร เศรษฐศิโรตม์"


def test_rerun_replaces_rows_never_duplicates(tmp_path):
    invoke("extract", SEED, "--out", tmp_path, "--quiet")
    first = pd.read_parquet(tmp_path / "agenda_items.parquet")
    invoke("extract", SEED, "--out", tmp_path, "--quiet")
    again = pd.read_parquet(tmp_path / "agenda_items.parquet")
    assert len(again) == len(first) == 12


def test_bad_input_exits_3_and_writes_an_error_row(tmp_path):
    bad = tmp_path / "in" / "empty.txt"
    bad.parent.mkdir()
    bad.write_text("")
    result = invoke("extract", SEED, bad, "--out", tmp_path / "out", "--quiet")
    assert result.exit_code == 3
    errors = pd.read_parquet(tmp_path / "out" / "errors.parquet")
    assert list(errors["error_code"]) == ["empty"]
    assert len(pd.read_parquet(tmp_path / "out" / "notices.parquet")) == 1


def test_failed_write_leaves_previous_outputs_intact(tmp_path, monkeypatch):
    invoke("extract", SEED, "--out", tmp_path, "--quiet")
    before = (tmp_path / "meetings.parquet").read_bytes()
    import pipeline.store as store

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(store.pq, "write_table", boom)
    with pytest.raises(OSError):
        invoke("extract", SEED, "--out", tmp_path, "--quiet")
    assert (tmp_path / "meetings.parquet").read_bytes() == before
    assert not list(tmp_path.glob(".staging-*"))


def test_show_prints_the_meeting_card_and_agenda():
    result = invoke("show", "001_bd9f5c640814bf54", "--corpus", CORPUS)
    assert result.exit_code == 0, result.output
    out = result.output
    for expected in ["3/2566", "2023-05-25", "online", "นายบัณฑูร เศรษฐศิโรตม์", "1.6", "2.4", "approve", "acknowledge"]:
        assert expected in out, expected


def test_show_unknown_id_is_a_usage_error():
    result = CliRunner().invoke(main, ["show", "no-such-id", "--corpus", str(CORPUS)])
    assert result.exit_code == 2 and "no notice" in result.output


def test_sql_and_committees_read_the_tables(tmp_path):
    invoke("extract", SEED, "--out", tmp_path, "--quiet")
    result = invoke("sql", "SELECT session_no, chair_name FROM meetings", "--out", tmp_path)
    assert result.exit_code == 0 and "นายบัณฑูร" in result.output
    result = invoke("committees", "--out", tmp_path)
    assert result.exit_code == 0 and "opdc-open-gov" in result.output


def test_sql_error_is_one_clean_line(tmp_path):
    invoke("extract", SEED, "--out", tmp_path, "--quiet")
    result = CliRunner().invoke(main, ["sql", "SELECT nope FROM meetings", "--out", str(tmp_path)])
    assert result.exit_code == 1 and result.output.startswith("Error:")


def summary(*args):
    import json

    result = invoke("extract", *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_incremental_runs_process_only_new_or_changed_notices(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(SEED.read_text("utf-8"), "utf-8")
    out = tmp_path / "out"
    assert summary(src, "--out", out)["processed"] == 1
    assert summary(src, "--out", out)["processed"] == 0
    (src / "b.txt").write_text((CORPUS / "seeds" / "000_93c1d5c4c74128b9.txt").read_text("utf-8"), "utf-8")
    s = summary(src, "--out", out)
    assert (s["processed"], s["unchanged"], s["notices"]) == (1, 1, 2)
    # An edited notice replaces its old rows.
    (src / "a.txt").write_text(SEED.read_text("utf-8").replace("ครั้งที่ 3/2566", "ครั้งที่ 4/2566"), "utf-8")
    assert summary(src, "--out", out)["processed"] == 1
    meetings = pd.read_parquet(out / "meetings.parquet").set_index("notice_id")
    assert meetings.loc["a", "session_no"] == 4 and len(meetings) == 2
    assert pd.read_parquet(out / "agenda_items.parquet").groupby("notice_id").size().to_dict() == {"a": 12, "b": 4}
    assert summary(src, "--out", out, "--full")["processed"] == 2
