"""Atomic Parquet output: every table is written to a temporary name, then renamed.

A crash while writing leaves the previous outputs as they were; a rerun
replaces whole tables, so rows never duplicate.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq


def write_tables(tables: dict[str, pa.Table], out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out))
    try:
        for name, tbl in tables.items():
            pq.write_table(tbl, staging / f"{name}.parquet", compression="zstd")
        written = []
        for name in tables:
            target = out / f"{name}.parquet"
            os.replace(staging / f"{name}.parquet", target)
            written.append(target)
        return written
    finally:
        shutil.rmtree(staging, ignore_errors=True)
