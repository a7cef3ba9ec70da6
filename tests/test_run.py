"""Batch behaviour: parallel equals serial; no input makes a notice crash the run."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.record import ErrorRow, Notice
from pipeline.run import process, run
from pipeline.tables import build_tables
from tests.conftest import CORPUS


def test_two_workers_give_the_same_tables_as_one():
    serial = build_tables(*_parts(run([CORPUS / "seeds"], workers=1)))
    parallel = build_tables(*_parts(run([CORPUS / "seeds"], workers=2)))
    for name, table in serial.items():
        assert table.equals(parallel[name]), name


def _parts(result):
    return result.notices, result.errors


THAI_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B),  # Thai letters, marks, digits
        st.sampled_from(list(" \n\t./()-:\u00a0\u200b0123456789ฯๆ")),
        st.characters(blacklist_categories=("Cs",)),
    ),
    max_size=400,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(THAI_TEXT)
def test_no_exception_escapes_and_offsets_index_the_text(text):
    result = process(Notice(notice_id="fuzz", source="fuzz", raw=text))
    assert isinstance(result, (Notice, ErrorRow))
    if isinstance(result, ErrorRow):
        assert result.error_code == "stage_failed"
        return
    t = result.text
    for rows, surface in ((result.entities, "text"), (result.dates, "surface"), (result.committee_mentions, "surface")):
        for r in rows:
            assert 0 <= r.start <= r.end <= len(t) and t[r.start:r.end] == getattr(r, surface)


def test_known_hard_strings_do_not_fail_a_stage():
    for text in ["ครั้งที่ /", "วันที่ 31 เมษายน 2566", "๑.", "(1)", "ณ", "นาย", "1)\n2)\n(3).", "เรื่องที่ 99999999999999"]:
        assert isinstance(process(Notice(notice_id="x", source="x", raw=text)), Notice), text


def test_kill_9_mid_run_then_rerun_gives_complete_duplicate_free_tables(tmp_path):
    import json
    import os
    import signal
    import subprocess
    import sys
    import time

    import pandas as pd

    from tests.conftest import ROOT

    src = tmp_path / "in.jsonl"
    seed = (CORPUS / "seeds" / "001_bd9f5c640814bf54.txt").read_text("utf-8")
    src.write_text("\n".join(json.dumps({"id": f"n{i}", "text": seed}, ensure_ascii=False) for i in range(400)), "utf-8")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "pipeline.cli", "extract", str(src), "--out", str(out), "--quiet"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env)
    time.sleep(4)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    leftovers = [p.name for p in out.glob("*.parquet")] if out.exists() else []
    assert leftovers == [] or len(leftovers) == 11  # never a partial set
    subprocess.run(cmd, cwd=ROOT, env=env, check=True)
    notices = pd.read_parquet(out / "notices.parquet")
    items = pd.read_parquet(out / "agenda_items.parquet")
    assert notices["notice_id"].is_unique and len(notices) == 400
    assert len(items) == 400 * 12


def _frame(table_or_path, name):
    import pandas as pd

    from pipeline.schema import SCHEMAS

    df = pd.read_parquet(table_or_path) if not hasattr(table_or_path, "to_pandas") else table_or_path.to_pandas()
    df = df.astype({c: object for c in df.columns if isinstance(df[c].dtype, pd.CategoricalDtype)})
    keys = [c for c in SCHEMAS[name].names if c not in ("aliases", "decisions")]
    return df.sort_values(keys, na_position="first", kind="stable").reset_index(drop=True)


def test_streamed_output_equals_the_in_memory_tables(tmp_path):
    """Small row groups, then an incremental run that copies kept rows batch by batch: same rows as build_tables."""
    import pandas as pd

    from pipeline.batch import extract, fingerprint
    from pipeline.schema import TABLES

    extract([CORPUS / "seeds"], tmp_path, workers=1, row_group_notices=2)
    second = extract([CORPUS / "dev"], tmp_path, workers=1, row_group_notices=3)
    assert second.skipped == 0 and second.rows["notices"] == 5 + second.processed
    expected = build_tables(*_parts(run([CORPUS / "seeds", CORPUS / "dev"])), fingerprint())
    for name in TABLES:
        if name != "errors":
            pd.testing.assert_frame_equal(_frame(tmp_path / f"{name}.parquet", name), _frame(expected[name], name), obj=name)


def test_readme_python_snippet_runs_and_writes_what_extract_would(tmp_path, monkeypatch, capsys):
    import re

    import pyarrow.parquet as pq

    readme = (CORPUS.parent / "README.md").read_text("utf-8")
    snippet = next(b for b in re.findall(r"```python\n(.*?)```", readme, re.S) if "build_tables" in b)
    monkeypatch.chdir(CORPUS.parent)
    scope: dict = {}
    exec(snippet.replace('"outputs-small"', repr(str(tmp_path / "small"))), scope)
    tables = scope["tables"]
    assert tables["meetings"].num_rows == 5 and tables["errors"].num_rows == 0
    printed = capsys.readouterr().out
    assert all(nid in printed for nid in tables["meetings"].column("notice_id").to_pylist())
    for name, table in tables.items():
        assert pq.read_table(tmp_path / "small" / f"{name}.parquet").equals(table), name
