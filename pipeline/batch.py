"""Batch extraction: incremental by content hash, merged over earlier outputs.

``notices.parquet`` is the manifest: a notice whose content hash and pipeline
fingerprint (version + rule data + models) match a row there is not
processed again; an edited notice replaces all its old rows; ``full``
reprocesses everything.
"""
from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from . import __version__
from .read import read_paths
from .record import ErrorRow, Notice
from .run import RunResult, iter_results
from .schema import TABLES
from .store import write_tables
from .tables import build_tables

_PACKAGE = Path(__file__).resolve().parent
_MODELS = _PACKAGE.parent / "models"


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """Changes when anything that shapes the output changes: code version, rule data, models."""
    h = hashlib.sha256(__version__.encode())
    files = sorted((_PACKAGE / "data").glob("*")) + sorted(_MODELS.glob("*.yaml")) + sorted(_MODELS.glob("ner/**/*"))
    for f in files:
        if f.is_file():
            h.update(f.name.encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def _previous(out: Path) -> dict[str, pa.Table]:
    if not all((out / f"{name}.parquet").exists() for name in TABLES):
        return {}
    return {name: pq.read_table(out / f"{name}.parquet") for name in TABLES}


@dataclass
class BatchResult(RunResult):
    skipped: int = 0


def extract(paths: Iterable[Path], out: Path, workers: int = 1, full: bool = False,
            on_result: Callable[[Notice | ErrorRow], None] | None = None) -> tuple[BatchResult, dict[str, pa.Table]]:
    started = time.perf_counter()
    previous = {} if full else _previous(out)
    done: dict[str, str] = {}
    if previous:
        n = previous["notices"]
        current = pc.equal(n["fingerprint"], fingerprint())
        done = dict(zip(n["notice_id"].filter(current).to_pylist(), n["sha256"].filter(current).to_pylist()))
    result = BatchResult()
    todo: list[Notice | ErrorRow] = []
    for item in read_paths(paths):
        if isinstance(item, Notice) and done.get(item.notice_id) == item.sha256:
            result.skipped += 1
            if on_result:
                on_result(item)
        else:
            todo.append(item)
    for item in iter_results(todo, workers):
        (result.errors if isinstance(item, ErrorRow) else result.notices).append(item)
        if on_result:
            on_result(item)
    replaced = pa.array(sorted({n.notice_id for n in result.notices}), pa.string())
    keep = {name: t.filter(pc.invert(pc.is_in(t["notice_id"], value_set=replaced)))
            for name, t in previous.items() if "notice_id" in t.schema.names}
    tables = build_tables(result.notices, result.errors, fingerprint(), keep)
    write_tables(tables, out)
    result.seconds = time.perf_counter() - started
    return result, tables
