"""Regression snapshots: every table's rows for every corpus notice.

A change in extraction shows up as a YAML diff with the Thai text readable.
Read why each row changed before regenerating (``pytest --force-regen``).
"""
import datetime as dt

import pytest

from pipeline.read import read_paths
from pipeline.tables import notice_rows
from tests.conftest import CORPUS

NOTICE_IDS = sorted(n.notice_id for n in read_paths([CORPUS]))


def _plain(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def snapshot(notice) -> dict:
    rows = notice_rows(notice)
    # The checkout's location must not show in the snapshot: sources are kept relative to it.
    rows["notices"] = [{**{k: v for k, v in r.items() if k != "text"},
                        "source": r["source"].replace(f"{CORPUS.parent}/", "")} for r in rows["notices"]]
    return {table: [{k: _plain(v) for k, v in r.items() if k != "notice_id"} for r in part]
            for table, part in rows.items() if table not in ("committees", "errors")}


def test_corpus_has_all_notices():
    assert len(NOTICE_IDS) == 37


@pytest.mark.parametrize("notice_id", NOTICE_IDS)
def test_tables_snapshot(notice_id, corpus_run, data_regression):
    data_regression.check(snapshot(corpus_run[notice_id]), basename=notice_id.replace(":", "_"))
