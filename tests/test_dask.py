"""The Dask engine: a LocalCluster of 2 worker processes gives the local engine's tables, row for row."""
import socket

import pandas as pd
import pytest

from pipeline.batch import extract
from pipeline.schema import SCHEMAS, TABLES
from tests.conftest import CORPUS

pytest.importorskip("dask.distributed")

_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Loopback only: the LocalCluster's scheduler and workers talk over 127.0.0.1; nothing leaves the machine."""
    connect, create_connection = socket.socket.connect, socket.create_connection

    def local_connect(sock, address):
        if sock.family in (socket.AF_INET, socket.AF_INET6) and address[0] not in _LOOPBACK:
            raise AssertionError(f"network access attempted: {address}")
        return connect(sock, address)

    def local_create_connection(address, *args, **kwargs):
        if address[0] not in _LOOPBACK:
            raise AssertionError(f"network access attempted: {address}")
        return create_connection(address, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", local_connect)
    monkeypatch.setattr(socket, "create_connection", local_create_connection)


def _sorted(df: pd.DataFrame, name: str) -> pd.DataFrame:
    """Rows in key order; enums as plain strings (a dictionary's order follows the rows')."""
    df = df.astype({c: object for c in df.columns if isinstance(df[c].dtype, pd.CategoricalDtype)})
    keys = [c for c in SCHEMAS[name].names if c not in ("aliases", "decisions")]  # list columns do not sort
    return df.sort_values(keys, na_position="first", kind="stable").reset_index(drop=True)


def test_dask_engine_writes_the_same_tables_as_the_local_engine(tmp_path):
    paths = [CORPUS / "seeds", CORPUS / "dev"]
    local = extract(paths, tmp_path / "local", workers=1)
    dask = extract(paths, tmp_path / "dask", workers=2, engine="dask")
    assert dask.processed == local.processed > 30 and not dask.errors
    assert dask.rows == local.rows
    for name in TABLES:
        expected = _sorted(pd.read_parquet(tmp_path / "local" / f"{name}.parquet"), name)
        got = _sorted(pd.read_parquet(tmp_path / "dask" / f"{name}.parquet"), name)
        pd.testing.assert_frame_equal(got, expected, obj=name)
    # Each table is a Parquet dataset a Dask cluster reads back, one partition per row group.
    import dask.dataframe as dd

    meetings = dd.read_parquet(tmp_path / "dask" / "meetings.parquet", split_row_groups=True)
    assert len(meetings.compute()) == local.rows["meetings"]


def test_dask_engine_is_incremental_like_the_local_one(tmp_path):
    seed = CORPUS / "seeds" / "001_bd9f5c640814bf54.txt"
    extract([seed], tmp_path, workers=1)
    again = extract([seed, CORPUS / "seeds" / "000_93c1d5c4c74128b9.txt"], tmp_path, workers=1, engine="dask")
    assert (again.processed, again.skipped, again.rows["notices"]) == (1, 1, 2)
