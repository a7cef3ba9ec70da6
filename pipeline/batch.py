"""Batch extraction: incremental by content hash, merged over earlier outputs.

``notices.parquet`` is the manifest: a notice whose content hash and pipeline
fingerprint (version + rule data + models) match a row there is not
processed again; an edited notice replaces all its old rows; ``full``
reprocesses everything.

Memory stays flat however many notices a run has: results stream into one
``ParquetWriter`` per table (a row group per :data:`ROW_GROUP_NOTICES`
notices) under a staging directory, earlier rows that are kept are copied
batch by batch, and the files are renamed into place only at the end. What
grows with the run is ids only (the manifest's and the processed ones).
"""
from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from . import __version__
from .nlp import ner_enabled
from .read import read_paths
from .record import ErrorRow, Notice
from .run import iter_results
from .schema import TABLES, with_metadata
from .schema import table as make_table
from .store import StagedTables
from .tables import CommitteesSeen, committee_rows, notice_rows

_PACKAGE = Path(__file__).resolve().parent
_MODELS = _PACKAGE.parent / "models"


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """Changes when anything that shapes the output changes: code version, rule data, models, NER on/off."""
    h = hashlib.sha256(__version__.encode())
    if not ner_enabled():  # THAI_NOTICES_NO_NER=1: other entities
        h.update(b"no-ner")
    files = sorted((_PACKAGE / "data").glob("*")) + sorted(_MODELS.glob("*.yaml")) + sorted(_MODELS.glob("ner/**/*"))
    for f in files:
        if f.is_file():
            h.update(f.name.encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


ENGINES = ("local", "dask")
ROW_GROUP_NOTICES = 500  # notices per row group: the rows buffered in memory at any time
# Tables whose earlier rows are kept for notices not reprocessed; errors are per run, committees derived.
_MERGED = tuple(name for name in TABLES if name not in ("errors", "committees"))


def _previous(out: Path) -> dict[str, Path]:
    """The earlier run's tables, when it left a complete set."""
    paths = {name: out / f"{name}.parquet" for name in TABLES}
    return {name: paths[name] for name in _MERGED} if all(p.exists() for p in paths.values()) else {}


def _manifest(notices: Path) -> dict[str, str]:
    """notice_id → sha256 of the earlier notices processed with this fingerprint (three columns read)."""
    done: dict[str, str] = {}
    for batch in pq.ParquetFile(notices).iter_batches(columns=["notice_id", "sha256", "fingerprint"]):
        current = pc.equal(batch["fingerprint"], fingerprint())
        done.update(zip(batch["notice_id"].filter(current).to_pylist(), batch["sha256"].filter(current).to_pylist()))
    return done


def _conform(batch: pa.RecordBatch, schema: pa.Schema) -> pa.Table:
    """Earlier rows in this version's schema (a column it lacks is null)."""
    n = batch.num_rows
    cols = [batch.column(f.name).cast(f.type) if f.name in batch.schema.names else pa.nulls(n, f.type) for f in schema]
    return pa.Table.from_arrays(cols, schema=schema)


@dataclass
class BatchResult:
    processed: int = 0
    skipped: int = 0
    errors: list[ErrorRow] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)  # rows per table written
    seconds: float = 0.0


def results(items: Iterable[Notice | ErrorRow], workers: int | None = None, engine: str = "local",
            scheduler: str | None = None) -> Iterator[Notice | ErrorRow]:
    """Every item through the stages on ``engine`` (``local``: in order; ``dask``: as completed)."""
    if engine == "dask":
        from .dask_engine import iter_results_dask

        return iter_results_dask(items, workers, scheduler)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r}: expected one of {', '.join(ENGINES)}")
    return iter_results(items, workers)


def extract(paths: Iterable[Path], out: Path, workers: int | None = None, full: bool = False,
            on_result: Callable[[Notice | ErrorRow], None] | None = None, engine: str = "local",
            scheduler: str | None = None, row_group_notices: int = ROW_GROUP_NOTICES) -> BatchResult:
    """Process new or changed notices under ``paths`` and write every table to ``out``.

    ``workers``: processes (default all cores); ``engine="dask"`` runs the
    stages on a Dask cluster (``scheduler`` address, else a LocalCluster).
    """
    started = time.perf_counter()
    previous = {} if full else _previous(out)
    done = _manifest(previous["notices"]) if previous else {}
    result = BatchResult()
    fp = fingerprint()

    def todo() -> Iterator[Notice | ErrorRow]:
        for item in read_paths(paths):
            if isinstance(item, Notice) and done.get(item.notice_id) == item.sha256:
                result.skipped += 1
                if on_result:
                    on_result(item)
            else:
                yield item

    processed: set[str] = set()
    seen = CommitteesSeen()
    with StagedTables(out, [name for name in TABLES if name != "committees"]) as staged:
        # 1. New results stream into the writers, a row group every ``row_group_notices`` notices.
        buffered = 0
        for item in results(todo(), workers, engine, scheduler):
            if isinstance(item, ErrorRow):
                result.errors.append(item)
                staged.add("errors", [asdict(item)])
            else:
                result.processed += 1
                processed.add(item.notice_id)
                rows = notice_rows(item, fp)
                for name, part in rows.items():
                    if part:
                        staged.add(name, part)
                seen.add(rows["committee_mentions"])
                buffered += 1
            if buffered >= row_group_notices:
                staged.flush()
                buffered = 0
            if on_result:
                on_result(item)
        staged.flush()
        # 2. Earlier rows of every notice not reprocessed, copied batch by batch.
        replaced = pa.array(sorted(processed), pa.string())
        for name, path in previous.items():
            schema = with_metadata(name)
            for batch in pq.ParquetFile(path).iter_batches():
                kept = _conform(batch, schema).filter(pc.invert(pc.is_in(batch["notice_id"], value_set=replaced)))
                staged.write(name, kept)
                if name == "committee_mentions":
                    seen.add(kept.select(["notice_id", "committee_id", "surface"]).to_pylist())
        # 3. The committee dimension, from every mention kept or new; then rename into place.
        staged.write_table("committees", make_table("committees", committee_rows(seen.mentions())))
        result.rows = staged.commit()
    result.seconds = time.perf_counter() - started
    return result
